/**
 * The public web page as a browser or another site sees it over HTTP: three languages, pages
 * escaped by construction, security and caching headers, GET forms that filter, JSON-LD and the
 * JSON feed; only published information is ever shown.
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { startPortalWeb } from "../support/portal-web.js";
import { seedPlace, seedPortalBulk, seedProfile } from "../support/portal-seed.js";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createPortalHandler, FEED_PAGE_SIZE, negotiateLocale } from "../../src/http/portal/handler.js";
import { createPortalSearch } from "../../src/core/features/portal/search.js";

afterAll(cleanupDatabases);
let web: Awaited<ReturnType<typeof startPortalWeb>> | undefined;
afterEach(async () => {
  await web?.close();
  web = undefined;
});

function jsonLd(page: string): Record<string, unknown>[] {
  return [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}

describe("portal web page", () => {
  it("negotiates the language from Accept-Language, with ?lang= winning", () => {
    expect(negotiateLocale(null, "sv-FI,sv;q=0.9,en;q=0.8")).toEqual({ locale: "sv", explicit: false });
    expect(negotiateLocale(null, "de-DE,en;q=0.7,fi;q=0.9")).toEqual({ locale: "fi", explicit: false });
    expect(negotiateLocale(null, "en-GB")).toEqual({ locale: "en", explicit: false });
    expect(negotiateLocale(null, undefined)).toEqual({ locale: "fi", explicit: false });
    expect(negotiateLocale("en", "sv")).toEqual({ locale: "en", explicit: true });
    expect(negotiateLocale("xx", "sv")).toEqual({ locale: "sv", explicit: false });
  });

  it("serves the front page in Finnish, Swedish and English with security and caching headers", async () => {
    web = await startPortalWeb();
    const fi = await web.get("/");
    expect(fi.status).toBe(200);
    const body = await fi.text();
    expect(body).toContain('<html lang="fi">');
    expect(body).toContain("Mitä seudun järjestöt tekevät");
    expect(body).toContain("Eläintenhoitaja kotieläinpihalle");
    expect(fi.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(fi.headers.get("content-security-policy")).not.toContain("unsafe-inline");
    expect(fi.headers.get("x-content-type-options")).toBe("nosniff");
    expect(fi.headers.get("referrer-policy")).toBe("no-referrer");
    expect(fi.headers.get("cache-control")).toContain("max-age=60");
    expect(fi.headers.get("vary")).toBe("Accept-Language");
    expect(fi.headers.get("set-cookie")).toBeNull();
    expect(body).not.toMatch(/<script(?![^>]*application\/ld\+json)/); // no scripts at all
    expect(body).not.toContain("style=");
    const sv = await (await web.get("/", { "accept-language": "sv-FI,sv;q=0.9" })).text();
    expect(sv).toContain('<html lang="sv">');
    expect(sv).toContain("Arbetsprövning: Eläintenhoitaja kotieläinpihalle");
    const en = await web.get("/?lang=en", { "accept-language": "sv" });
    expect(await en.text()).toContain("Work trial: Eläintenhoitaja kotieläinpihalle");
    expect(en.headers.get("vary")).toBeNull();

    // A repeated request with the ETag gets 304; HEAD has no body; other methods 405; others' paths pass.
    const etag = fi.headers.get("etag")!;
    expect((await web.get("/", { "if-none-match": etag })).status).toBe(304);
    const head = await web.get("/tietoa", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    expect((await web.get("/haku", {}, "POST")).status).toBe(405);
    expect(await (await web.get("/telegram")).text()).toBe("not ours\n");
    const css = await web.get("/assets/portal.css");
    expect(css.headers.get("content-type")).toContain("text/css");
    expect(css.headers.get("cache-control")).toContain("max-age=86400");
  });

  it("searches and filters with plain GET forms; results are shareable links", async () => {
    web = await startPortalWeb();
    const hits = await (await web.get("/haku?q=nuorille+el%C3%A4inten+parissa&kunta=Hollola&lang=fi")).text();
    expect(hits).toContain("Eläintenhoitaja kotieläinpihalle");
    expect(hits).toContain('href="/jarjestot/');
    expect(hits).not.toContain("Lahden 4H-yhdistys");
    expect(hits).toMatch(/<option value="Hollola" selected>/);
    const wage = await (await web.get("/paikat?tyyppi=wage_subsidy")).text();
    expect(wage).toContain("Myyjä kierrätysmyymälään");
    expect(wage).not.toContain("Eläintenhoitaja");
    const young = await (await web.get("/jarjestot?kohderyhma=youth")).text();
    expect(young).toContain("Lahden 4H-yhdistys");
    expect(young).not.toContain("Manna ry");
    const none = await (await web.get("/haku?q=avaruusraketti")).text();
    expect(none).toContain("Haulla ei löytynyt");
    // Unknown filter values are ignored, not errors.
    expect((await web.get("/paikat?kunta=<script>&tyyppi=x&kohderyhma=y")).status).toBe(200);
  });

  it("shows only published profiles and their open places; escapes what organisations wrote", async () => {
    web = await startPortalWeb();
    const now = web.clock.now();
    const evil = await seedProfile(
      web.db,
      {
        name: "Paha <script>alert(1)</script> ry",
        about: 'Teemme "kaikkea" & <b>enemmän</b>',
        targetGroups: ["everyone"],
        municipalities: ["Lahti"],
      },
      now,
    );
    await seedPlace(
      web.db,
      {
        organisation: "Paha <script>alert(1)</script> ry",
        kind: "volunteering",
        title: "<img src=x onerror=alert(1)>",
        municipality: "Lahti",
      },
      now,
    );
    const list = await (await web.get("/jarjestot")).text();
    expect(list).toContain("Paha &lt;script&gt;alert(1)&lt;/script&gt; ry");
    expect(list).not.toContain("<script>alert(1)");
    expect(list).not.toContain("Luonnosseura"); // not approved yet
    const page = await (await web.get(`/jarjestot/${evil.organisationId}`)).text();
    expect(page).toContain("Teemme &quot;kaikkea&quot; &amp; &lt;b&gt;enemmän&lt;/b&gt;");
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt;");
    const ld = jsonLd(page);
    expect(ld[0]!["@type"]).toBe("Organization");
    expect(ld[0]!.name).toBe("Paha <script>alert(1)</script> ry");
    expect(page).not.toMatch(/<script type="application\/ld\+json">[^<]*<\/script>[^<]*<script>alert/);
    const luonnos = await web.db.organisation.findFirstOrThrow({ where: { name: "Luonnosseura" } });
    expect((await web.get(`/jarjestot/${luonnos.id}`)).status).toBe(404);
    const hidden = await web.db.openPlace.findFirstOrThrow({ where: { title: "Metsätöitä luonnossa" } });
    expect((await web.get(`/paikat/${hidden.id}`)).status).toBe(404);
    expect(await (await web.get("/paikat")).text()).not.toContain("Metsätöitä luonnossa");
    expect((await web.get("/jarjestot/99999")).status).toBe(404);
  });

  it("a profile page has Organization JSON-LD; a work-trial page JobPosting; volunteering none; expired places are gone", async () => {
    web = await startPortalWeb();
    const org = await web.db.organisation.findFirstOrThrow({ where: { name: "Kaupunkikylä ry" } });
    const profile = await (await web.get(`/jarjestot/${org.id}?lang=en`)).text();
    const [o] = jsonLd(profile);
    expect(o).toMatchObject({ "@context": "https://schema.org", "@type": "Organization", name: "Kaupunkikylä ry" });
    expect(o!.email).toMatch(/^info@kaupunkikyl\w*\.fi$/);
    expect(o!.areaServed).toEqual([
      { "@type": "City", name: "Lahti" },
      { "@type": "City", name: "Hollola" },
    ]);
    expect(profile).toContain("Work trial: Eläintenhoitaja kotieläinpihalle");
    const trial = await web.db.openPlace.findFirstOrThrow({ where: { title: "Eläintenhoitaja kotieläinpihalle" } });
    const placePage = await (await web.get(`/paikat/${trial.id}`)).text();
    const [job] = jsonLd(placePage);
    expect(job).toMatchObject({
      "@type": "JobPosting",
      title: "Työkokeilu: Eläintenhoitaja kotieläinpihalle",
      employmentType: "PART_TIME",
      hiringOrganization: { "@type": "Organization", name: "Kaupunkikylä ry" },
      jobLocation: { "@type": "Place", address: { addressLocality: "Hollola", addressCountry: "FI" } },
    });
    expect(new Date(String(job!.validThrough)).getTime()).toBe(trial.endsAt.getTime());
    const volunteer = await web.db.openPlace.findFirstOrThrow({ where: { title: "Ruoanjakaja" } });
    expect(jsonLd(await (await web.get(`/paikat/${volunteer.id}`)).text())).toEqual([]);
    web.clock.advance(61 * 86_400_000);
    expect((await web.get(`/paikat/${trial.id}`)).status).toBe(404);
  });

  it("publishes a JSON Feed of open places for other sites", async () => {
    web = await startPortalWeb({ env: { PUBLIC_URL: "https://portaali.example.fi/" } });
    const res = await web.get("/paikat.json", { host: "evil.example", "x-forwarded-proto": "http" });
    expect(res.headers.get("content-type")).toContain("application/feed+json");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const feed = (await res.json()) as {
      version: string;
      items: { title: string; url: string; _place: { municipality: string; kind: string } }[];
    };
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    const titles = feed.items.map((i) => i.title);
    expect(titles).toContain("Työkokeilu: Eläintenhoitaja kotieläinpihalle");
    expect(titles).not.toContain("Työkokeilu: Metsätöitä luonnossa");
    const item = feed.items.find((i) => i.title.includes("Eläintenhoitaja"))!;
    expect(item._place).toMatchObject({ municipality: "Hollola", kind: "work_trial" });
    // Absolute links from PUBLIC_URL only, never from the request's Host / X-Forwarded-*.
    expect(item.url).toMatch(/^https:\/\/portaali\.example\.fi\/paikat\/\d+$/);
    // The feed's words follow Accept-Language, so a shared cache must key on it (F12).
    expect(res.headers.get("vary")).toBe("Accept-Language");
    const sv = await web.get("/paikat.json", { "accept-language": "sv" });
    expect(((await sv.json()) as { language: string }).language).toBe("sv");
    expect((await web.get("/paikat.json?lang=en")).headers.get("vary")).toBeNull();
  });

  it("never builds links from Host or X-Forwarded-*: relative without PUBLIC_URL, PUBLIC_URL with it (F14)", async () => {
    web = await startPortalWeb();
    const spoofed = { host: "evil.example", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" };
    const page = await (await web.get("/", spoofed)).text();
    expect(page).not.toContain("evil.example");
    expect(page).toContain('<link rel="alternate" hreflang="fi" href="/?lang=fi">');
    const feed = await (await web.get("/paikat.json", spoofed)).text();
    expect(feed).not.toContain("evil.example");
    expect(feed).toMatch(/"url":"\/paikat\/\d+"/);
    const place = await web.db.openPlace.findFirstOrThrow({ where: { title: "Eläintenhoitaja kotieläinpihalle" } });
    expect(await (await web.get(`/paikat/${place.id}`, spoofed)).text()).not.toContain("evil.example");
    await web.close();
    web = await startPortalWeb({ env: { PUBLIC_URL: "https://portaali.example.fi" } });
    const withUrl = await (await web.get("/", spoofed)).text();
    expect(withUrl).toContain('<link rel="alternate" hreflang="sv" href="https://portaali.example.fi/?lang=sv">');
    expect(withUrl).not.toContain("evil.example");
  });

  it("ids that name no row answer the portal's 404 page: too large, zero, negative, leading zeros, not a number (F21)", async () => {
    web = await startPortalWeb();
    const place = await web.db.openPlace.findFirstOrThrow({ where: { title: "Eläintenhoitaja kotieläinpihalle" } });
    expect((await web.get(`/paikat/${place.id}`)).status).toBe(200);
    for (const path of [
      "/paikat/2147483648",
      "/paikat/9999999999",
      "/paikat/99999999999999999999",
      "/jarjestot/2147483648",
      "/jarjestot/9999999999",
      "/paikat/0",
      "/paikat/-1",
      "/jarjestot/-5",
      `/paikat/0${place.id}`,
      "/paikat/abc",
      "/jarjestot/1e3",
      "/paikat/1.5",
      "/paikat/%20",
    ]) {
      const res = await web.get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toContain('<html lang="fi">');
      expect(res.headers.get("content-security-policy"), path).toContain("default-src 'none'");
    }
    expect(web.log.entries.filter((e) => e.level === "error")).toEqual([]);
  });

  it("pages long lists so a page stays light", async () => {
    web = await startPortalWeb();
    await seedPortalBulk(web.db, { organisations: 80, places: 300, now: web.clock.now() });
    const first = await (await web.get("/paikat?lang=fi")).text();
    expect(Buffer.byteLength(first)).toBeLessThan(60_000);
    expect(first).toContain("Sivu 1/11");
    expect(first).toContain('rel="next" href="/paikat?sivu=2&amp;lang=fi"');
    const second = await (await web.get("/paikat?sivu=2&lang=fi")).text();
    expect(second).toContain("Sivu 2/11");
    expect(second).toContain('rel="prev"');
    const orgs = await (await web.get("/jarjestot?kunta=Lahti")).text();
    expect(Buffer.byteLength(orgs)).toBeLessThan(60_000);
    expect(Buffer.byteLength(await (await web.get("/haku?q=kahvila")).text())).toBeLessThan(60_000);
    expect(Buffer.byteLength(await (await web.get("/")).text())).toBeLessThan(60_000);
  });

  it("pages the JSON feed with next_url, so a reader following it gets every open place once", async () => {
    web = await startPortalWeb({ env: { PUBLIC_URL: "https://portaali.example.fi" } });
    await seedPortalBulk(web.db, { organisations: 40, places: 250, now: web.clock.now() });
    const open = await web.db.openPlace.count({
      where: { status: "open", endsAt: { gt: web.clock.now() }, organisation: { profile: { published: true } } },
    });
    const urls: string[] = [];
    let next: string | undefined = `${web.base}/paikat.json`;
    let pages = 0;
    while (next) {
      const feed = (await (await fetch(next)).json()) as { next_url?: string; items: { url: string }[] };
      expect(feed.items.length).toBeLessThanOrEqual(FEED_PAGE_SIZE);
      urls.push(...feed.items.map((i) => i.url));
      next = feed.next_url?.replace(/^https:\/\/portaali\.example\.fi/, web.base);
      if (++pages > 10) throw new Error("the feed's next_url never ends");
    }
    expect(pages).toBe(Math.ceil(open / FEED_PAGE_SIZE));
    expect(new Set(urls).size).toBe(open);
  });

  it("two instances on one database: a change through either shows on the other's pages at once", async () => {
    web = await startPortalWeb();
    // A second process: its own handler and search cache over the same database.
    const other = createPortalHandler({ deps: web.deps, search: createPortalSearch() });
    const server = createServer((req, res) => void other(req, res));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const page = async (path: string) => {
      const res = await fetch(`${base}${path}`);
      return { status: res.status, text: await res.text() };
    };
    try {
      const org = await web.db.organisation.findUniqueOrThrow({ where: { name: "Manna ry" } });
      expect((await page("/paikat?lang=fi")).text).toContain("Ruoanjakaja");
      expect((await page(`/jarjestot/${org.id}`)).status).toBe(200);
      // Changed in the database (as the first instance's chat flows do): a new place, one filled, a profile withdrawn.
      await seedPlace(
        web.db,
        { organisation: "Kaupunkikylä ry", kind: "volunteering", title: "Kanojen ruokkija", municipality: "Hollola" },
        web.clock.now(),
      );
      await web.db.openPlace.updateMany({ where: { title: "Ruoanjakaja" }, data: { status: "filled" } });
      await web.db.portalProfile.update({ where: { organisationId: org.id }, data: { published: false } });
      const list = (await page("/paikat?lang=fi")).text;
      expect(list).toContain("Kanojen ruokkija");
      expect(list).not.toContain("Ruoanjakaja");
      expect((await page(`/jarjestot/${org.id}`)).status).toBe(404);
      expect((await page("/haku?q=kanojen")).text).toContain("Kanojen ruokkija");
      expect((await page("/jarjestot")).text).not.toContain("Manna ry");
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
