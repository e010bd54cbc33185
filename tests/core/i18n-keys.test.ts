/**
 * Every message key the code uses exists in every language. The source is scanned for string
 * literals shaped like keys (`"hr-error-flood"`, `error: "pu-err-name"`, `t(cond ? "a" : "b")`)
 * and for keys built from a prefix (`` t(`hr-cat-${c}`) ``), whose values are resolved from the
 * code's own vocabularies. A key missing in Swedish or English would fall back to Finnish at run
 * time; here it fails.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { messageKeys } from "../../src/core/i18n/index.js";
import { LOCALES } from "../../src/core/types.js";
import { CATEGORIES, STATUSES } from "../../src/core/features/help-requests/constants.js";
import { DETAIL_FIELDS, REQUIRED_FIELDS } from "../../src/core/features/purchases/form.js";
import { SEED_COURSE_TYPES } from "../../src/core/seed.js";

const src = fileURLToPath(new URL("../../src", import.meta.url));

/** Literals shaped like keys that are not message keys: dialog flows, a feature's name, a guarded field's name, a prefix tested with startsWith. */
const NOT_KEYS = new Set([
  "hr-offer",
  "hr-hide",
  "hr-ask",
  "pu-need",
  "pu-new",
  "pu-seats",
  "help-requests",
  "hr-error-until",
  "org-similar",
  "help-request",
]);

const SEAT_STATUSES = ["committed", "waiting", "offered"];
/** Every prefix the code builds keys from, with the values that can follow it. */
const DYNAMIC: Record<string, readonly string[]> = {
  "hr-cat-": CATEGORIES,
  "hr-status-": STATUSES,
  "hr-offer-status-": ["pending", "accepted", "declined"],
  "pu-ask-": [...REQUIRED_FIELDS, ...DETAIL_FIELDS],
  "pu-field-": [...REQUIRED_FIELDS, ...DETAIL_FIELDS],
  "pu-mine-seat-": SEAT_STATUSES,
  "pu-mine-status-": ["open", "tipped", "closed", "cancelled"],
  "pu-seat-status-": SEAT_STATUSES,
  "pu-seats-current-": SEAT_STATUSES,
  "help-section-": ["terminal", "slack"],
  "help-": ["terminal", "slack"],
  "course-": SEED_COURSE_TYPES.map((c) => c.key),
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (p.includes(`${path.sep}generated`)) return [];
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return p.endsWith(".ts") ? [p] : [];
  });
}

describe("message keys used in the code", () => {
  const finnish = new Set(messageKeys("fi"));
  const namespaces = new Set([...finnish].map((k) => k.split("-")[0]!));
  const used = new Map<string, string>(); // key → file
  const prefixes = new Map<string, string>();
  for (const file of sourceFiles(src)) {
    const code = readFileSync(file, "utf8");
    const rel = path.relative(src, file);
    for (const m of code.matchAll(/(["'`])([a-z][a-z0-9]*(?:-[a-z0-9_]+)+)\1/g)) {
      const key = m[2]!;
      if (!namespaces.has(key.split("-")[0]!) || NOT_KEYS.has(key)) continue;
      // A literal that begins other keys ("pt-kind" of "pt-kind-job") is a prefix the code builds keys from.
      if (!finnish.has(key) && [...finnish].some((k) => k.startsWith(`${key}-`))) continue;
      used.set(key, rel);
    }
    for (const m of code.matchAll(/`([a-z][a-z0-9]*-(?:[a-z0-9_]+-)*)\$\{/g)) {
      if (namespaces.has(m[1]!.split("-")[0]!)) prefixes.set(m[1]!, rel);
    }
  }

  it("finds the keys (the scan itself works)", () => {
    expect(used.size).toBeGreaterThan(200);
    expect(used.get("hr-error-flood")).toBeDefined();
    expect(prefixes.get("hr-cat-")).toBeDefined();
  });

  it("every key built from a prefix not listed here has at least its prefix's keys in every language", () => {
    // Prefixes listed in DYNAMIC are resolved value by value below; for the others (newer
    // features' vocabularies) the same keys under the prefix in every language is what can be checked.
    for (const prefix of [...prefixes.keys()].filter((p) => !(p in DYNAMIC))) {
      const under = (l: (typeof LOCALES)[number]) =>
        messageKeys(l)
          .filter((k) => k.startsWith(prefix))
          .sort();
      expect(under("fi").length, prefix).toBeGreaterThan(0);
      for (const l of LOCALES) expect(under(l), `${prefix} in ${l}`).toEqual(under("fi"));
    }
  });

  for (const locale of LOCALES) {
    it(`every key exists in ${locale}`, () => {
      const have = new Set(messageKeys(locale));
      const missing = [...used].filter(([k]) => !have.has(k)).map(([k, f]) => `${k} (${f})`);
      for (const [prefix, file] of prefixes) {
        for (const v of DYNAMIC[prefix] ?? []) if (!have.has(`${prefix}${v}`)) missing.push(`${prefix}${v} (${file})`);
      }
      expect(missing).toEqual([]);
    });
  }
});
