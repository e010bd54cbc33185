/**
 * The portal's pages, server-rendered with `html` (escaping by construction). Every page works
 * without JavaScript: search and filters are GET forms, so every result has a link to share.
 */
import { translator, type Translate } from "../../core/i18n/index.js";
import {
  MUNICIPALITIES,
  PLACE_KINDS,
  SERVED_LANGUAGES,
  TARGET_GROUPS,
  type PlaceKind,
  type TargetGroup,
} from "../../core/features/portal/constants.js";
import type { PublicPlace, PublicProfile } from "../../core/features/portal/public.js";
import type { SearchHit } from "../../core/features/portal/search.js";
import { formatDay } from "../../core/time.js";
import { LOCALES, type Locale } from "../../core/types.js";
import { html, jsonLd, type Html } from "./html.js";

export interface PageContext {
  locale: Locale;
  t: Translate;
  /** The current path (for the language switch and aria-current). */
  path: string;
  /** The current query without `lang`. */
  query: URLSearchParams;
  /** Absolute origin for JSON-LD and feeds, e.g. http://localhost:3000. */
  origin: string;
  timeZone: string;
}

export function pageContext(
  locale: Locale,
  path: string,
  query: URLSearchParams,
  origin: string,
  timeZone: string,
): PageContext {
  const q = new URLSearchParams(query);
  q.delete("lang");
  return { locale, t: translator(locale), path, query: q, origin, timeZone };
}

/** An internal link in the page's language. */
export function href(
  ctx: PageContext,
  path: string,
  params: Record<string, string | undefined> = {},
  locale: Locale = ctx.locale,
): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  q.set("lang", locale);
  return `${path}?${q.toString()}`;
}

function nav(ctx: PageContext): Html {
  const items: [string, string][] = [
    ["/", "web-nav-home"],
    ["/jarjestot", "web-nav-organisations"],
    ["/paikat", "web-nav-places"],
    ["/tulokset", "web-nav-achieved"],
    ["/tietoa", "web-nav-about"],
  ];
  return html`<nav aria-label="${ctx.t("web-nav-label")}"><ul>${items.map(
    ([p, key]) =>
      html`<li><a href="${href(ctx, p)}"${ctx.path === p ? html` aria-current="page"` : ""}>${ctx.t(key)}</a></li>`,
  )}</ul></nav>`;
}

function languageSwitch(ctx: PageContext): Html {
  const params = Object.fromEntries(ctx.query.entries());
  return html`<nav class="lang" aria-label="Kieli – Språk – Language"><ul>${LOCALES.map((l) =>
    l === ctx.locale
      ? html`<li><a lang="${l}" hreflang="${l}" href="${href(ctx, ctx.path, params, l)}" aria-current="true">${translator(l)("web-language-name")}</a></li>`
      : html`<li><a lang="${l}" hreflang="${l}" href="${href(ctx, ctx.path, params, l)}">${translator(l)("web-language-name")}</a></li>`,
  )}</ul></nav>`;
}

export function layout(
  ctx: PageContext,
  title: string,
  body: Html,
  options: { description?: string; ld?: unknown[] } = {},
): Html {
  const { t } = ctx;
  const params = Object.fromEntries(ctx.query.entries());
  return html`<!doctype html>
<html lang="${ctx.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – ${t("web-site-name")}</title>
<meta name="description" content="${options.description ?? t("web-site-description")}">
<link rel="stylesheet" href="/assets/portal.css">
<link rel="alternate" type="application/feed+json" title="${t("web-feed-title")}" href="/paikat.json">
${LOCALES.map((l) => html`<link rel="alternate" hreflang="${l}" href="${ctx.origin}${href(ctx, ctx.path, params, l)}">\n`)}${(options.ld ?? []).map((d) => html`<script type="application/ld+json">${jsonLd(d)}</script>\n`)}</head>
<body>
<a class="skip" href="#main">${t("web-skip")}</a>
<header>
<a class="brand" href="${href(ctx, "/")}">${t("web-site-name")}</a>
${nav(ctx)}
${languageSwitch(ctx)}
</header>
<main id="main">
${body}
</main>
<footer><p>${t("web-footer")}</p><p><a href="/paikat.json">${t("web-feed-link")}</a></p></footer>
</body>
</html>
`;
}

export interface SearchForm {
  q?: string | undefined;
  municipality?: string | undefined;
  targetGroup?: TargetGroup | undefined;
  kind?: PlaceKind | undefined;
}

function select(id: string, label: string, any: string, options: [string, string][], value: string | undefined): Html {
  return html`<div><label for="${id}">${label}</label>
<select id="${id}" name="${id}"><option value="">${any}</option>${options.map(
    ([v, l]) => html`<option value="${v}"${v === value ? html` selected` : ""}>${l}</option>`,
  )}</select></div>`;
}

/** The search/filter form. `fields` chooses which filters a page offers. */
export function searchForm(
  ctx: PageContext,
  action: string,
  f: SearchForm,
  fields: { q?: boolean; kind?: boolean } = { q: true, kind: true },
): Html {
  const { t } = ctx;
  return html`<form class="search" action="${action}" method="get" role="search" aria-label="${t("web-search-label")}">
<input type="hidden" name="lang" value="${ctx.locale}">
${
  fields.q
    ? html`<div class="wide"><label for="q">${t("web-search-words")}</label>
<input id="q" name="q" type="search" value="${f.q ?? ""}" placeholder="${t("web-search-placeholder")}"></div>`
    : ""
}
${select(
  "kunta",
  t("web-filter-municipality"),
  t("web-filter-any"),
  MUNICIPALITIES.map((m) => [m, m]),
  f.municipality,
)}
${select(
  "kohderyhma",
  t("web-filter-target"),
  t("web-filter-any"),
  TARGET_GROUPS.map((g) => [g, t(`pt-tg-${g}`)]),
  f.targetGroup,
)}
${
  fields.kind
    ? select(
        "tyyppi",
        t("web-filter-kind"),
        t("web-filter-any"),
        PLACE_KINDS.map((k) => [k, t(`pt-kind-${k}`)]),
        f.kind,
      )
    : ""
}
<div class="wide"><button type="submit">${t("web-search-button")}</button></div>
</form>`;
}

function tags(t: Translate, prefix: string, keys: readonly string[]): Html {
  return html`${keys.map((k) => html`<span class="tag">${t(`${prefix}-${k}`)}</span>`)}`;
}

function placeCard(ctx: PageContext, p: PublicPlace, headingLevel: 2 | 3 = 3): Html {
  const { t } = ctx;
  const title = html`<a href="${href(ctx, `/paikat/${p.id}`)}">${t(`pt-kind-${p.kind}`)}: ${p.title}</a>`;
  return html`<li class="card">${headingLevel === 2 ? html`<h2>${title}</h2>` : html`<h3>${title}</h3>`}
<p class="meta">${p.organisation} · ${p.municipality}${p.hoursPerWeek ? ` · ${t("pt-hours-value", { hours: p.hoursPerWeek })}` : ""} · ${t("pt-until", { date: formatDay(p.endsAt, ctx.timeZone) })}</p>
${p.targetGroups.length ? html`<p>${tags(t, "pt-tg", p.targetGroups)}</p>` : ""}</li>`;
}

function profileCard(ctx: PageContext, p: PublicProfile): Html {
  const { t } = ctx;
  return html`<li class="card"><h3><a href="${href(ctx, `/jarjestot/${p.organisationId}`)}">${p.name}</a></h3>
<p>${excerpt(p.about)}</p>
<p class="meta">${p.municipalities.join(", ")}</p>
<p>${tags(t, "pt-tg", p.targetGroups)}</p></li>`;
}

function excerpt(s: string, max = 200): string {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}

export function frontPage(ctx: PageContext, places: PublicPlace[], organisations: number): Html {
  const { t } = ctx;
  return layout(
    ctx,
    t("web-front-title"),
    html`<h1>${t("web-front-title")}</h1>
<p>${t("web-front-intro")}</p>
${searchForm(ctx, "/haku", {})}
<h2>${t("web-front-latest", { count: places.length })}</h2>
${places.length ? html`<ul class="cards">${places.slice(0, 10).map((p) => placeCard(ctx, p))}</ul>` : html`<p class="empty">${t("web-places-none")}</p>`}
<p><a href="${href(ctx, "/paikat")}">${t("web-all-places")}</a> · <a href="${href(ctx, "/jarjestot")}">${t("web-all-organisations", { count: organisations })}</a></p>`,
  );
}

export function searchPage(
  ctx: PageContext,
  f: SearchForm,
  hits: SearchHit[],
  total: number,
  placesById: Map<number, PublicPlace>,
  profilesById: Map<number, PublicProfile>,
): Html {
  const { t } = ctx;
  const items = hits.map((h) => {
    if (h.doc.type === "place") {
      const p = placesById.get(h.doc.refId);
      return p ? placeCard(ctx, p) : "";
    }
    const p = profilesById.get(h.doc.organisationId);
    return p ? profileCard(ctx, p) : "";
  });
  return layout(
    ctx,
    f.q ? t("web-search-title-words", { words: f.q }) : t("web-search-title"),
    html`<h1>${t("web-search-title")}</h1>
${searchForm(ctx, "/haku", f)}
<h2 id="results">${t("web-search-results", { count: total })}</h2>
${hits.length ? html`<ul class="cards">${items}</ul>` : html`<div class="empty"><p>${t("web-search-none")}</p><p>${t("web-search-none-hint")}</p></div>`}`,
  );
}

/** Items per list page: keeps a page light (well under 60 KB) however many there are. */
export const PAGE_SIZE = 30;

/** The current page number from `?sivu=` (1-based). */
export function pageNumber(ctx: PageContext): number {
  const n = Number(ctx.query.get("sivu") ?? "1");
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

function paged<T>(ctx: PageContext, items: T[]): { items: T[]; pager: Html } {
  const page = pageNumber(ctx);
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const slice = items.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  if (pages === 1) return { items: slice, pager: html`` };
  const params = Object.fromEntries(ctx.query.entries());
  const link = (n: number, key: string, rel: string) =>
    html`<a rel="${rel}" href="${href(ctx, ctx.path, { ...params, sivu: String(n) })}">${ctx.t(key)}</a>`;
  return {
    items: slice,
    pager: html`<nav aria-label="${ctx.t("web-pages-label")}"><p>${current > 1 ? link(current - 1, "web-page-previous", "prev") : ""} ${ctx.t("web-page-of", { page: current, pages })} ${current < pages ? link(current + 1, "web-page-next", "next") : ""}</p></nav>`,
  };
}

export function organisationsPage(ctx: PageContext, f: SearchForm, all: PublicProfile[]): Html {
  const { t } = ctx;
  const { items: profiles, pager } = paged(ctx, all);
  return layout(
    ctx,
    t("web-organisations-title"),
    html`<h1>${t("web-organisations-title")}</h1>
<p>${t("web-organisations-intro")}</p>
${searchForm(ctx, "/jarjestot", f, {})}
<h2>${t("web-organisations-count", { count: all.length })}</h2>
${profiles.length ? html`<ul class="cards">${profiles.map((p) => profileCard(ctx, p))}</ul>${pager}` : html`<p class="empty">${t("web-organisations-none")}</p>`}`,
  );
}

function contactParts(contact: string): { email?: string; telephone?: string; url?: string } {
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(contact)?.[0];
  const telephone = /(?:\+358|0)[\d ()-]{6,16}\d/.exec(contact)?.[0]?.trim();
  const url = /https?:\/\/[^\s,;]+/.exec(contact)?.[0];
  return { ...(email ? { email } : {}), ...(telephone ? { telephone } : {}), ...(url ? { url } : {}) };
}

export function organisationLd(ctx: PageContext, p: PublicProfile): Record<string, unknown> {
  const c = contactParts(p.contact);
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": `${ctx.origin}/jarjestot/${p.organisationId}`,
    name: p.name,
    description: p.about,
    url: c.url ?? `${ctx.origin}/jarjestot/${p.organisationId}`,
    ...(c.email ? { email: c.email } : {}),
    ...(c.telephone ? { telephone: c.telephone } : {}),
    areaServed: p.municipalities.map((m) => ({ "@type": "City", name: m })),
    knowsLanguage: p.languages,
    ...(p.premises
      ? { address: { "@type": "PostalAddress", streetAddress: p.premises.split("\n")[0], addressCountry: "FI" } }
      : {}),
  };
}

export function profilePage(ctx: PageContext, p: PublicProfile, places: PublicPlace[]): Html {
  const { t } = ctx;
  const row = (key: string, value: Html | string) =>
    value && (typeof value !== "string" || value.trim()) ? html`<dt>${t(key)}</dt><dd>${value}</dd>` : "";
  return layout(
    ctx,
    p.name,
    html`<h1>${p.name}</h1>
<p>${p.about}</p>
<dl>
${row("pt-label-for-whom", tags(t, "pt-tg", p.targetGroups))}
${p.activities.length || p.services ? row("pt-label-activities", html`${tags(t, "pt-act", p.activities)}${p.services ? html`<br>${p.services}` : ""}`) : ""}
${row("pt-label-municipalities", p.municipalities.join(", "))}
${row("pt-label-premises", p.premises)}
${row("pt-label-contact", p.contact)}
${row(
  "pt-label-languages",
  p.languages
    .filter((l) => (SERVED_LANGUAGES as readonly string[]).includes(l))
    .map((l) => t(`pt-lang-${l}`))
    .join(", "),
)}
${row("pt-label-accessibility", p.accessibility)}
</dl>
<p class="meta">${t("web-profile-updated", { date: formatDay(p.updatedAt, ctx.timeZone) })}</p>
<h2>${t("web-profile-places", { count: places.length })}</h2>
${places.length ? html`<ul class="cards">${places.slice(0, PAGE_SIZE).map((pl) => placeCard(ctx, pl))}</ul>` : html`<p>${t("web-profile-no-places")}</p>`}
${places.length > PAGE_SIZE ? html`<p><a href="${href(ctx, "/paikat")}">${t("web-all-places")}</a></p>` : ""}`,
    { description: excerpt(p.about, 160), ld: [organisationLd(ctx, p)] },
  );
}

export function placesPage(ctx: PageContext, f: SearchForm, all: PublicPlace[]): Html {
  const { t } = ctx;
  const { items: places, pager } = paged(ctx, all);
  return layout(
    ctx,
    t("web-places-title"),
    html`<h1>${t("web-places-title")}</h1>
<p>${t("web-places-intro")}</p>
${searchForm(ctx, "/paikat", f, { kind: true })}
<h2>${t("web-places-count", { count: all.length })}</h2>
${places.length ? html`<ul class="cards">${places.map((p) => placeCard(ctx, p))}</ul>${pager}` : html`<p class="empty">${t("web-places-none")}</p>`}`,
  );
}

export function jobPostingLd(ctx: PageContext, p: PublicPlace, kindLabel: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    "@id": `${ctx.origin}/paikat/${p.id}`,
    title: `${kindLabel}: ${p.title}`,
    description: p.tasks || p.title,
    datePosted: p.createdAt.toISOString(),
    validThrough: p.endsAt.toISOString(),
    employmentType: p.hoursPerWeek && p.hoursPerWeek >= 35 ? "FULL_TIME" : p.hoursPerWeek ? "PART_TIME" : "OTHER",
    ...(p.startsAt ? { jobStartDate: p.startsAt.toISOString().slice(0, 10) } : {}),
    hiringOrganization: {
      "@type": "Organization",
      name: p.organisation,
      sameAs: `${ctx.origin}/jarjestot/${p.organisationId}`,
    },
    jobLocation: {
      "@type": "Place",
      address: { "@type": "PostalAddress", addressLocality: p.municipality, addressCountry: "FI" },
    },
    ...(p.hoursPerWeek ? { workHours: `${p.hoursPerWeek} h/week` } : {}),
    url: `${ctx.origin}/paikat/${p.id}`,
  };
}

export function placePage(ctx: PageContext, p: PublicPlace): Html {
  const { t } = ctx;
  const kind = t(`pt-kind-${p.kind}`);
  return layout(
    ctx,
    `${kind}: ${p.title}`,
    html`<h1>${kind}: ${p.title}</h1>
<p class="meta"><a href="${href(ctx, `/jarjestot/${p.organisationId}`)}">${p.organisation}</a> · ${p.municipality}</p>
${p.tasks ? html`<p>${p.tasks}</p>` : ""}
<dl>
${p.targetGroups.length ? html`<dt>${t("pt-label-for-whom")}</dt><dd>${tags(t, "pt-tg", p.targetGroups)}</dd>` : ""}
${p.hoursPerWeek ? html`<dt>${t("pt-label-hours")}</dt><dd>${t("pt-hours-value", { hours: p.hoursPerWeek })}</dd>` : ""}
<dt>${t("pt-label-start")}</dt><dd>${p.startsAt ? formatDay(p.startsAt, ctx.timeZone) : t("pt-start-now")}</dd>
<dt>${t("pt-label-ends")}</dt><dd>${formatDay(p.endsAt, ctx.timeZone)}</dd>
${p.howToApply ? html`<dt>${t("pt-label-apply")}</dt><dd>${p.howToApply}</dd>` : ""}
</dl>
<p class="meta">${t(`web-kind-explained-${p.kind}`)}</p>`,
    {
      description: `${kind}: ${p.title} – ${p.organisation}, ${p.municipality}`,
      ...(p.job ? { ld: [jobPostingLd(ctx, p, kind)] } : {}),
    },
  );
}

export function aboutPage(ctx: PageContext): Html {
  const { t } = ctx;
  return layout(
    ctx,
    t("web-about-title"),
    html`<h1>${t("web-about-title")}</h1>
<p>${t("web-about-1")}</p>
<p>${t("web-about-2")}</p>
<h2>${t("web-about-join-title")}</h2>
<p>${t("web-about-join")}</p>
<h2>${t("web-about-privacy-title")}</h2>
<p>${t("web-about-privacy")}</p>
<h2>${t("web-about-words-title")}</h2>
<dl>${PLACE_KINDS.map((k) => html`<dt>${t(`pt-kind-${k}`)}</dt><dd>${t(`web-kind-explained-${k}`)}</dd>`)}</dl>`,
  );
}

export function notFoundPage(ctx: PageContext): Html {
  const { t } = ctx;
  return layout(
    ctx,
    t("web-not-found-title"),
    html`<h1>${t("web-not-found-title")}</h1><p>${t("web-not-found")}</p><p><a href="${href(ctx, "/")}">${t("web-nav-home")}</a></p>`,
  );
}
