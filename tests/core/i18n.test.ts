import { describe, expect, it } from "vitest";
import { messageKeys, t, localeFromHint } from "../../src/core/i18n/index.js";

describe("i18n", () => {
  it("has every Finnish message in Swedish and English, and nothing extra", () => {
    const fi = new Set(messageKeys("fi"));
    for (const locale of ["sv", "en"] as const) {
      const other = new Set(messageKeys(locale));
      expect(
        [...fi].filter((k) => !other.has(k)),
        `missing in ${locale}`,
      ).toEqual([]);
      expect(
        [...other].filter((k) => !fi.has(k)),
        `only in ${locale}`,
      ).toEqual([]);
    }
    expect(fi.size).toBeGreaterThan(20);
  });

  it("formats arguments without isolation marks and falls back to Finnish", () => {
    expect(t("en", "organisation-joined", { organisation: "Manna ry" })).toBe("Great! You are now part of Manna ry.");
    expect(t("xx", "language-changed")).toBe("Selvä! Puhun nyt suomea.");
    expect(t("fi", "no-such-key")).toBe("no-such-key");
  });

  it("maps platform language hints", () => {
    expect(localeFromHint("sv-FI")).toBe("sv");
    expect(localeFromHint("en")).toBe("en");
    expect(localeFromHint("de")).toBe("fi");
    expect(localeFromHint(undefined)).toBe("fi");
  });
});
