/**
 * The public web page of the network's portal, as one handler of the process's HTTP server
 * (`HttpHandler`: answers true when it took the request). GET and HEAD only; everything else on
 * its paths is 405. No cookies, no tracking, no login: only what organisations published.
 *
 * Pages: `/` (front page with search), `/haku` (search results), `/jarjestot` and
 * `/jarjestot/<id>` (organisations), `/paikat` and `/paikat/<id>` (open places), `/tietoa`
 * (about the network), `/tulokset` (what the network achieved: the report's figures and charts,
 * see achievements.ts) with `/tulokset.csv` and `/tulokset/<chart>.svg|png`, `/paikat.json` (a
 * JSON Feed of open places for other sites) and `/assets/portal.css`. The language comes from `?lang=` or the browser's Accept-Language.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { CoreDeps } from "../../core/app/contract.js";
import { isRowId, PLACE_KINDS, type PlaceKind } from "../../core/features/portal/constants.js";
import { filterPlaces, filterProfiles, isMunicipality, isTargetGroup } from "../../core/features/portal/public.js";
import type { PublicPlace } from "../../core/features/portal/public.js";
import type { PortalSearch } from "../../core/features/portal/search.js";
import {
  createPublicReport,
  DEFAULT_CHOICE,
  parsePublicPeriod,
  PublicReportBusy,
  type PublicReport,
} from "../../core/features/report/public.js";
import { translator } from "../../core/i18n/index.js";
import { LOCALES, type Locale } from "../../core/types.js";
import { reportCsv } from "../../core/features/report/render.js";
import { ACHIEVED_PATH, achievementsPage, CHART_NAMES, chartImage } from "./achievements.js";
import { PORTAL_CSS } from "./assets.js";
import type { Html } from "./html.js";
import {
  aboutPage,
  frontPage,
  notFoundPage,
  organisationsPage,
  pageContext,
  pageNumber,
  placePage,
  placesPage,
  profilePage,
  searchPage,
  type PageContext,
  type SearchForm,
} from "./pages.js";

/** Takes a request (true) or passes it on to the next handler (false). */
export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export const SECURITY_HEADERS: Record<string, string> = {
  "content-security-policy":
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-site",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
};

/** The locale of `?lang=`, else the best of Accept-Language (q-values honoured), else Finnish. */
export function negotiateLocale(
  langParam: string | null,
  acceptLanguage: string | undefined,
): { locale: Locale; explicit: boolean } {
  if (langParam && (LOCALES as readonly string[]).includes(langParam))
    return { locale: langParam as Locale, explicit: true };
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((p) => p.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? "1",
      );
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  const hit = ranked.find((x) => (LOCALES as readonly string[]).includes(x.lang));
  return { locale: (hit?.lang as Locale | undefined) ?? "fi", explicit: false };
}

interface Answer {
  status: number;
  type: string;
  body: string | Uint8Array;
  cache: string;
  vary?: string;
  extra?: Record<string, string>;
}

function send(req: IncomingMessage, res: ServerResponse, a: Answer): void {
  const etag = `"${createHash("sha1").update(a.body).digest("base64url").slice(0, 27)}"`;
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    "content-type": a.type,
    "cache-control": a.cache,
    etag,
    ...(a.vary ? { vary: a.vary } : {}),
    ...a.extra,
  };
  if (
    a.status === 200 &&
    req.headers["if-none-match"]
      ?.split(",")
      .map((s) => s.trim())
      .includes(etag)
  ) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  headers["content-length"] = String(Buffer.byteLength(a.body));
  res.writeHead(a.status, headers);
  res.end(req.method === "HEAD" ? undefined : a.body);
}

const HTML = "text/html; charset=utf-8";
/** Items per page of the JSON feed (about 1 KB each). */
export const FEED_PAGE_SIZE = 100;
const PAGE_CACHE = "public, max-age=60, stale-while-revalidate=300";

function form(q: URLSearchParams): SearchForm {
  const kunta = q.get("kunta");
  const kohderyhma = q.get("kohderyhma");
  const tyyppi = q.get("tyyppi");
  return {
    q: (q.get("q") ?? "").slice(0, 200).trim() || undefined,
    municipality: isMunicipality(kunta) ? kunta : undefined,
    targetGroup: isTargetGroup(kohderyhma) ? kohderyhma : undefined,
    kind: tyyppi && (PLACE_KINDS as readonly string[]).includes(tyyppi) ? (tyyppi as PlaceKind) : undefined,
  };
}

export interface PortalHandlerOptions {
  deps: Pick<CoreDeps, "db" | "now" | "config" | "log">;
  search: PortalSearch;
  /** The "what the network achieved" page's figures and charts (made from `deps` when absent). */
  achieved?: PublicReport;
}

/** Figures and charts change slowly and cost something to make: kept a few minutes by browsers and proxies. */
const ACHIEVED_CACHE = "public, max-age=300, stale-while-revalidate=600";
const CHART_PATH = new RegExp(`^${ACHIEVED_PATH}/(${CHART_NAMES.join("|")})\\.(svg|png)$`);

/** Serves the portal's paths; any other path is passed on (false). */
export function createPortalHandler(options: PortalHandlerOptions): HttpHandler {
  const { deps, search } = options;
  const timeZone = deps.config.digest.timezone;
  // Absolute links come from configuration only (PUBLIC_URL), never from the request's Host or
  // X-Forwarded-* headers, so a cached page cannot carry a visitor's chosen host. Without it: relative.
  const origin = deps.config.publicUrl ?? "";
  const achieved = options.achieved ?? createPublicReport(deps, { timeZone });
  const isOurs = (path: string) =>
    path === "/" ||
    path === "/haku" ||
    path === "/tietoa" ||
    path === ACHIEVED_PATH ||
    path === `${ACHIEVED_PATH}.csv` ||
    CHART_PATH.test(path) ||
    path === "/paikat.json" ||
    path === "/assets/portal.css" ||
    /^\/(jarjestot|paikat)(\/[^/]+)?\/?$/.test(path);

  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://portal.invalid");
    const path = url.pathname;
    if (!isOurs(path)) return false;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...SECURITY_HEADERS, allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" });
      res.end("Method not allowed\n");
      return true;
    }
    if (path === "/assets/portal.css") {
      send(req, res, {
        status: 200,
        type: "text/css; charset=utf-8",
        body: PORTAL_CSS,
        cache: "public, max-age=86400",
      });
      return true;
    }
    const { locale, explicit } = negotiateLocale(url.searchParams.get("lang"), req.headers["accept-language"]);
    const ctx = pageContext(locale, path.replace(/\/$/, "") || "/", url.searchParams, origin, timeZone);
    const page = (status: number, body: Html) =>
      send(req, res, {
        status,
        type: HTML,
        body: body.value,
        cache: status === 200 ? PAGE_CACHE : "no-store",
        ...(explicit ? {} : { vary: "Accept-Language" }),
        extra: { "content-language": locale },
      });

    if (path === ACHIEVED_PATH || path === `${ACHIEVED_PATH}.csv` || CHART_PATH.test(path)) {
      try {
        await achievedRoute(req, res, { path, query: url.searchParams, ctx, explicit, page });
      } catch (err) {
        if (!(err instanceof PublicReportBusy)) throw err;
        res.writeHead(503, {
          ...SECURITY_HEADERS,
          "retry-after": "30",
          "cache-control": "no-store",
          "content-type": "text/plain; charset=utf-8",
        });
        res.end(req.method === "HEAD" ? undefined : "Busy, please try again in a moment.\n");
      }
      return true;
    }
    if (ctx.path === "/tietoa") {
      page(200, aboutPage(ctx));
      return true;
    }
    // Every page reads the search's snapshot of what is published: rebuilt when the database
    // changed (in any process), so no page answers from stale data (see search.ts).
    const snap = await search.published(deps);
    const now = deps.now().getTime();
    if (path === "/paikat.json") {
      send(req, res, {
        status: 200,
        type: "application/feed+json; charset=utf-8",
        body: JSON.stringify(feed(ctx, filterPlaces(snap.places, {}, now))),
        cache: "public, max-age=300",
        // The feed's title and labels follow the language, like the pages.
        ...(explicit ? {} : { vary: "Accept-Language" }),
        extra: { "access-control-allow-origin": "*" },
      });
      return true;
    }
    const f = form(url.searchParams);
    const item = /^\/(jarjestot|paikat)\/([^/]+)\/?$/.exec(path);
    if (item) {
      // Only the canonical id (1…2³¹−1, no leading zeros) names a page; anything else is 404.
      const id = /^[1-9]\d{0,9}$/.test(item[2]!) ? Number(item[2]) : 0;
      if (!isRowId(id)) {
        page(404, notFoundPage(ctx));
        return true;
      }
      if (item[1] === "jarjestot") {
        const p = snap.profileById.get(id);
        if (!p) page(404, notFoundPage(ctx));
        else page(200, profilePage(ctx, p, filterPlaces(snap.places, { organisationId: id }, now)));
      } else {
        const p = snap.placeById.get(id);
        if (!p || p.endsAt.getTime() <= now) page(404, notFoundPage(ctx));
        else page(200, placePage(ctx, p));
      }
      return true;
    }
    switch (ctx.path) {
      case "/": {
        page(200, frontPage(ctx, filterPlaces(snap.places, {}, now), snap.profiles.length));
        break;
      }
      case "/haku": {
        const { hits, total } = await search.search(
          deps,
          f.q ?? "",
          { municipality: f.municipality, targetGroup: f.targetGroup, kind: f.kind, publicOnly: true },
          30,
        );
        page(200, searchPage(ctx, f, hits, total, snap.placeById, snap.profileById));
        break;
      }
      case "/jarjestot":
        page(200, organisationsPage(ctx, f, filterProfiles(snap.profiles, f)));
        break;
      case "/paikat":
        page(200, placesPage(ctx, f, filterPlaces(snap.places, f, now)));
        break;
      default:
        page(404, notFoundPage(ctx));
    }
    return true;
  };

  /** `/tulokset`, its CSV and its charts. A period the form cannot read: the page says so (400), the rest 404. */
  async function achievedRoute(
    req: IncomingMessage,
    res: ServerResponse,
    r: {
      path: string;
      query: URLSearchParams;
      ctx: PageContext;
      explicit: boolean;
      page: (status: number, body: Html) => void;
    },
  ): Promise<void> {
    const { path, query, ctx, page } = r;
    const now = deps.now();
    const period = parsePublicPeriod(query, now, timeZone);
    const vary = r.explicit ? {} : { vary: "Accept-Language" };
    if (path === ACHIEVED_PATH) {
      const shown = period.ok
        ? period
        : parsePublicPeriod(new URLSearchParams({ jakso: DEFAULT_CHOICE }), now, timeZone);
      if (!shown.ok) throw new Error("the default period is always valid");
      const body = achievementsPage(ctx, period, shown, await achieved.figures(shown));
      if (period.ok) {
        send(req, res, {
          status: 200,
          type: HTML,
          body: body.value,
          cache: ACHIEVED_CACHE,
          ...vary,
          extra: { "content-language": ctx.locale },
        });
      } else page(400, body);
      return;
    }
    if (!period.ok) {
      page(404, notFoundPage(ctx));
      return;
    }
    if (path.endsWith(".csv")) {
      const { report } = await achieved.figures(period);
      const t = translator(ctx.locale);
      send(req, res, {
        status: 200,
        type: "text/csv; charset=utf-8",
        body: reportCsv(report, t, ctx.locale),
        cache: ACHIEVED_CACHE,
        ...vary,
        extra: {
          "content-disposition": `attachment; filename="tulokset-${period.key.split("/").slice(0, 2).join("_")}.csv"`,
        },
      });
      return;
    }
    const [, name, format] = CHART_PATH.exec(path)!;
    const image = chartImage(await achieved.charts(period, ctx.locale), name!, format as "svg" | "png");
    if (!image) {
      page(404, notFoundPage(ctx));
      return;
    }
    send(req, res, { status: 200, type: image.type, body: image.body, cache: ACHIEVED_CACHE, ...vary });
  }

  /**
   * The JSON Feed, newest first, FEED_PAGE_SIZE items a page: `next_url` (JSON Feed 1.1's
   * pagination) links the next page, `?sivu=2` and on, so a reader gets every open place.
   */
  function feed(ctx: PageContext, all: PublicPlace[]) {
    const t = translator(ctx.locale);
    const pages = Math.max(1, Math.ceil(all.length / FEED_PAGE_SIZE));
    const current = Math.min(pageNumber(ctx), pages);
    const places = all.slice((current - 1) * FEED_PAGE_SIZE, current * FEED_PAGE_SIZE);
    return {
      version: "https://jsonfeed.org/version/1.1",
      title: t("web-feed-title"),
      home_page_url: `${ctx.origin}/paikat`,
      feed_url: `${ctx.origin}/paikat.json${current > 1 ? `?sivu=${current}` : ""}`,
      ...(current < pages ? { next_url: `${ctx.origin}/paikat.json?sivu=${current + 1}` } : {}),
      language: ctx.locale,
      items: places.map((p) => ({
        id: `${ctx.origin}/paikat/${p.id}`,
        url: `${ctx.origin}/paikat/${p.id}`,
        title: `${t(`pt-kind-${p.kind}`)}: ${p.title}`,
        content_text: [p.tasks, p.howToApply].filter(Boolean).join("\n\n") || p.title,
        date_published: p.createdAt.toISOString(),
        date_modified: p.updatedAt.toISOString(),
        tags: [p.kind, ...p.targetGroups],
        _place: {
          kind: p.kind,
          kind_label: Object.fromEntries(LOCALES.map((l) => [l, translator(l)(`pt-kind-${p.kind}`)])),
          organisation: { name: p.organisation, url: `${ctx.origin}/jarjestot/${p.organisationId}` },
          municipality: p.municipality,
          target_groups: p.targetGroups,
          hours_per_week: p.hoursPerWeek,
          starts_at: p.startsAt?.toISOString() ?? null,
          ends_at: p.endsAt.toISOString(),
          how_to_apply: p.howToApply,
        },
      })),
    };
  }
}
