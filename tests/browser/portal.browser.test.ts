/**
 * The public page in a real browser: headless Chromium (Debian's `chromium` package) driven by
 * playwright-core. Searches with the form, filters, switches the language, opens a place and a
 * profile, walks the skip link with the keyboard, opens "what the network achieved" (period form,
 * chart images, their tables, CSV), and runs axe-core (WCAG 2.1 A and AA rules) on
 * every page: no serious or critical violations. Screenshots of each page go to
 * test-artifacts/portal/ (not committed). Without Chromium the tests are skipped, saying so.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { cleanupDatabases } from "../support/db.js";
import { startPortalWeb } from "../support/portal-web.js";

const CHROMIUM = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p): p is string =>
  Boolean(p && existsSync(p)),
);
const ARTIFACTS = path.resolve(import.meta.dirname, "../../test-artifacts/portal");
const AXE_SOURCE = readFileSync(path.resolve(import.meta.dirname, "../../node_modules/axe-core/axe.min.js"), "utf8");

if (!CHROMIUM) {
  console.warn(
    "Browser tests SKIPPED: no Chromium found (install it with `apt-get install -y chromium`, or set CHROMIUM_PATH).",
  );
}

afterAll(cleanupDatabases);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function axe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the page's CSP (no inline scripts) stays in force.
  await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(
    'axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })',
  )) as { violations: AxeViolation[] };
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

describe.skipIf(!CHROMIUM)(`portal in headless Chromium${CHROMIUM ? "" : " (SKIPPED: Chromium not installed)"}`, () => {
  let web: Awaited<ReturnType<typeof startPortalWeb>>;
  let browser: Browser;
  const cspErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    web = await startPortalWeb();
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: ["--no-sandbox", "--disable-dev-shm-usage"] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  async function open(locale = "fi"): Promise<Page> {
    const context = await browser.newContext({
      locale,
      extraHTTPHeaders: { "accept-language": locale },
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    return page;
  }

  async function check(page: Page, name: string) {
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
    const violations = await axe(page);
    expect(
      violations.map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      name,
    ).toEqual([]);
  }

  it("searches, filters, switches language, opens a place and a profile; axe passes on every page", async () => {
    const page = await open("fi");
    await page.goto(`${web.base}/`);
    expect(await page.getAttribute("html", "lang")).toBe("fi");
    await check(page, "01-front-fi");

    // The skip link is the first thing the keyboard reaches.
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement && document.activeElement.textContent")).toBe(
      "Siirry sisältöön",
    );

    await page.getByLabel("Hakusanat").fill("nuorille eläinten parissa");
    await page.getByLabel("Kunta").selectOption("Hollola");
    await page.getByRole("button", { name: "Hae" }).click();
    await page.waitForURL(/\/haku\?/);
    expect(page.url()).toContain("kunta=Hollola");
    expect(await page.textContent("main")).toContain("Eläintenhoitaja kotieläinpihalle");
    await check(page, "02-search-fi");

    await page.getByRole("link", { name: "svenska" }).click();
    await page.waitForURL(/lang=sv/);
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    expect(await page.textContent("h1")).toBe("Sökning");
    expect(await page.textContent("main")).toContain("Arbetsprövning: Eläintenhoitaja kotieläinpihalle");
    await check(page, "03-search-sv");

    await page.getByRole("link", { name: "Arbetsprövning: Eläintenhoitaja kotieläinpihalle" }).click();
    await page.waitForURL(/\/paikat\/\d+/);
    expect(await page.textContent("h1")).toBe("Arbetsprövning: Eläintenhoitaja kotieläinpihalle");
    await check(page, "04-place-sv");

    await page.getByRole("link", { name: "Kaupunkikylä ry" }).click();
    await page.waitForURL(/\/jarjestot\/\d+/);
    expect(await page.textContent("h1")).toBe("Kaupunkikylä ry");
    await check(page, "05-profile-sv");

    await page.getByRole("link", { name: "English" }).click();
    await page.waitForURL(/lang=en/);
    await page.getByRole("link", { name: "Organisations", exact: true }).click();
    await page.getByLabel("For whom").selectOption("youth");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/kohderyhma=youth/);
    const orgs = await page.textContent("main");
    expect(orgs).toContain("Lahden 4H-yhdistys");
    expect(orgs).not.toContain("Manna ry");
    await check(page, "06-organisations-en");

    await page.getByRole("link", { name: "Open places", exact: true }).click();
    await page.getByLabel("Type of place").selectOption("wage_subsidy");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/tyyppi=wage_subsidy/);
    expect(await page.textContent("main")).toContain("Wage subsidy: Myyjä kierrätysmyymälään");
    await check(page, "07-places-en");

    await page.getByRole("link", { name: "About the network" }).click();
    await check(page, "08-about-en");

    await page.goto(`${web.base}/paikat/999999?lang=fi`);
    await check(page, "09-not-found-fi");

    expect(cspErrors).toEqual([]);
  }, 120_000);

  it("what the network achieved: navigation, period form, charts as images with tables, CSV; axe passes", async () => {
    const page = await open("fi");
    await page.goto(`${web.base}/`);
    await page.getByRole("link", { name: "Mitä saimme aikaan" }).click();
    await page.waitForURL(/\/tulokset\?/);
    expect(await page.textContent("h1")).toBe("Mitä verkosto sai aikaan");
    expect(await page.textContent("main")).toContain("Jakso 1.12.2025–30.11.2026");
    // The three charts load as images from the portal (CSP: img-src 'self') at their stated size.
    const images = page.locator("figure img");
    expect(await images.count()).toBe(3);
    // Evaluated as strings, as axe is: the tests are compiled without the DOM's types.
    await page.waitForFunction('[...document.querySelectorAll("figure img")].every((i) => i.complete)', undefined, {
      timeout: 30_000,
    });
    const sizes = await page.evaluate(
      '[...document.querySelectorAll("figure img")].map((i) => [i.naturalWidth, i.naturalHeight])',
    );
    expect(sizes).toEqual([
      [1000, 500],
      [1000, 500],
      [1000, 500],
    ]);
    await check(page, "11-achieved-fi");

    await page.getByLabel("Jakso", { exact: true }).selectOption("kuukausi");
    await page.getByRole("button", { name: "Näytä luvut" }).click();
    await page.waitForURL(/jakso=kuukausi/);
    expect(await page.textContent("main")).toContain("Jakso 1.11.2026–30.11.2026");
    // A chart's figures open as a table with the keyboard.
    await page.getByText("Kuvan luvut taulukkona: Avunpyynnöt kunnittain").focus();
    await page.keyboard.press("Enter");
    expect(await page.locator("details").nth(2).getAttribute("open")).not.toBeNull();
    await check(page, "12-achieved-month-fi");

    await page.getByRole("link", { name: "English" }).click();
    await page.waitForURL(/lang=en/);
    expect(page.url()).toContain("jakso=kuukausi");
    await page.getByLabel("Period", { exact: true }).selectOption("oma");
    await page.getByLabel("From").fill("2026-01-01");
    await page.getByLabel("To").fill("2020-01-01");
    await page.getByRole("button", { name: "Show the figures" }).click();
    await page.waitForURL(/jakso=oma/);
    expect(await page.textContent("[role=alert]")).toContain("Those dates do not work");
    await check(page, "13-achieved-error-en");

    const csv = await page.request.get(`${web.base}/tulokset.csv?jakso=kuukausi&lang=en`);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    // For Finnish Excel, like the purchase list: BOM, ";".
    expect((await csv.text()).split("\r\n")[0]).toBe("\uFEFFSection;Figure;1.11.2026–30.11.2026;1.10.2026–31.10.2026");
    expect(cspErrors).toEqual([]);
  }, 120_000);

  it("works the same on a wide screen with JavaScript turned off", async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
      extraHTTPHeaders: { "accept-language": "en" },
    });
    const page = await context.newPage();
    await page.goto(`${web.base}/`);
    await page.getByLabel("Search words").fill("recycling");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/haku\?/);
    expect(await page.textContent("main")).toContain("Pelastusarmeija");
    await page.screenshot({ path: path.join(ARTIFACTS, "10-search-en-wide-nojs.png"), fullPage: true });
    await page.getByRole("link", { name: "What we achieved" }).click();
    await page.getByLabel("Period", { exact: true }).selectOption("vuosi");
    await page.getByRole("button", { name: "Show the figures" }).click();
    await page.waitForURL(/jakso=vuosi/);
    expect(await page.textContent("main")).toContain("Period 1.1.2026–31.12.2026");
    await page.screenshot({ path: path.join(ARTIFACTS, "14-achieved-en-wide-nojs.png"), fullPage: true });
    await context.close();
  }, 60_000);
});
