/**
 * The one i18n layer of the product, shared by every adapter: Fluent (.ftl) files per locale in
 * ./locales/<locale>/, one file per feature. Finnish is the source language; a key missing in
 * Swedish or English falls back to Finnish (a test checks that none is missing).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { LOCALES, type Locale } from "../types.js";

const localesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "locales");

export type TArgs = Record<string, FluentVariable>;
export type Translate = (key: string, args?: TArgs) => string;

/**
 * A name in the Swedish genitive, for "i { GENITIVE($organisation) } namn": an abbreviation or a
 * number at the end takes a colon ("Manna ry:s", "SPR:s"), a name ending in s, x or z takes
 * nothing ("Lahtis"), any other an s ("Dilas").
 */
export function swedishGenitive(name: string): string {
  const last = name.trim().split(/\s+/).at(-1) ?? "";
  if (/^(ry|rf|oy|ab|r\.y\.|r\.f\.)$/i.test(last) || /^[\p{Lu}\d-]{2,}$/u.test(last) || /\d$/.test(last))
    return `${name}:s`;
  if (/[sxz]$/i.test(name)) return name;
  return `${name}s`;
}

function loadBundle(locale: Locale): FluentBundle {
  const bundle = new FluentBundle(locale, {
    useIsolating: false,
    functions: { GENITIVE: ([name]) => (typeof name === "string" ? swedishGenitive(name) : String(name ?? "")) },
  });
  const dir = path.join(localesDir, locale);
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".ftl"))
    .sort()) {
    const errors = bundle.addResource(new FluentResource(readFileSync(path.join(dir, file), "utf8")));
    if (errors.length) throw new Error(`i18n: ${locale}/${file}: ${errors.map((e) => e.message).join("; ")}`);
  }
  return bundle;
}

// Each locale's messages are parsed when first used (≈ 1 MB of heap each): a process that only
// ever speaks Finnish never holds the Swedish and English ones. Every .ftl file is parsed by the
// tests (tests/core/i18n*.test.ts), so a broken file cannot wait to be found by the first user.
const bundles = new Map<Locale, FluentBundle>();
function bundleOf(locale: Locale): FluentBundle {
  let bundle = bundles.get(locale);
  if (!bundle) bundles.set(locale, (bundle = loadBundle(locale)));
  return bundle;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A stored locale as a supported one: Finnish when it is not (a value from an older version, a typo in the database). */
export function asLocale(value: string): Locale {
  return isLocale(value) ? value : "fi";
}

/** Picks a supported locale from a platform's hint ("sv-FI", "en_US", …); Finnish otherwise. */
export function localeFromHint(hint: string | undefined, fallback: Locale = "fi"): Locale {
  const lang = hint?.slice(0, 2).toLowerCase();
  return isLocale(lang) ? lang : fallback;
}

/** Translates `key` in `locale`; falls back to Finnish, then to the key itself. */
export function t(locale: string, key: string, args?: TArgs): string {
  for (const l of [asLocale(locale), "fi"] as Locale[]) {
    const bundle = bundleOf(l);
    const message = bundle.getMessage(key);
    if (message?.value) return bundle.formatPattern(message.value, args);
  }
  return key;
}

export function translator(locale: string): Translate {
  return (key, args) => t(locale, key, args);
}

/** All message keys of one locale (for tests and tooling). */
export function messageKeys(locale: Locale): string[] {
  return [...(bundleOf(locale) as unknown as { _messages: Map<string, unknown> })._messages.keys()];
}

/** The name of each language in that language, for the language menu. */
export const LANGUAGE_NAMES: Record<Locale, string> = { fi: "suomi", sv: "svenska", en: "English" };
