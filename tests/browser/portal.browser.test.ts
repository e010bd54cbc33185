/**
 * The public page in a real browser: headless Chromium (Debian's `chromium` package) driven by
 * playwright-core. Searches with the form, filters, switches the language, opens a place and a
 * profile, walks the skip link with the keyboard, and runs axe-core (WCAG 2.1 A and AA rules) on
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
    await context.close();
  }, 60_000);
});
