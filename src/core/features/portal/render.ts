/** How profiles and open places look in chat: labels of the fixed lists, descriptions, posts. */
import type { OpenPlace, Organisation, PortalProfile } from "../../../generated/prisma/client.js";
import type { CoreDeps, PostView } from "../../app/contract.js";
import { translator, type Translate } from "../../i18n/index.js";
import type { Button, Locale, OutgoingMessage, Platform, RichText } from "../../types.js";
import { formatDay } from "../../time.js";
import {
  ACTIVITIES,
  MUNICIPALITIES,
  PLACE_KINDS,
  SERVED_LANGUAGES,
  TARGET_GROUPS,
  parseKeys,
  type PlaceKind,
} from "./constants.js";
import type { Option } from "./form.js";

export const targetGroupOptions = (t: Translate): Option[] =>
  TARGET_GROUPS.map((k) => ({ key: k, label: t(`pt-tg-${k}`) }));
export const activityOptions = (t: Translate): Option[] => ACTIVITIES.map((k) => ({ key: k, label: t(`pt-act-${k}`) }));
export const kindOptions = (t: Translate): Option[] => PLACE_KINDS.map((k) => ({ key: k, label: t(`pt-kind-${k}`) }));
export const languageOptions = (t: Translate): Option[] =>
  SERVED_LANGUAGES.map((k) => ({ key: k, label: t(`pt-lang-${k}`) }));
/** Municipalities are names; their keys are the names themselves. */
export const municipalityOptions = (): Option[] => MUNICIPALITIES.map((m) => ({ key: m, label: m }));

export function labels(t: Translate, prefix: string, keys: readonly string[]): string {
  return keys.map((k) => t(`${prefix}-${k}`)).join(", ");
}

export function kindLabel(t: Translate, kind: string): string {
  return t(`pt-kind-${kind as PlaceKind}`);
}

/** The fields of a profile as the form and the draft hold them. */
export interface ProfileFields {
  about: string;
  targetGroups: string[];
  activities: string[];
  services: string;
  municipalities: string[];
  premises: string;
  contact: string;
  languages: string[];
  accessibility: string;
}

export function publishedFields(p: PortalProfile): ProfileFields {
  return {
    about: p.about,
    targetGroups: parseKeys(p.targetGroups, TARGET_GROUPS),
    activities: parseKeys(p.activities, ACTIVITIES),
    services: p.services,
    municipalities: parseKeys(p.municipalities, MUNICIPALITIES),
    premises: p.premises,
    contact: p.contact,
    languages: parseKeys(p.languages, SERVED_LANGUAGES),
    accessibility: p.accessibility,
  };
}

/** A profile's description: the organisation's name and every field that is filled in. */
export function describeProfile(t: Translate, name: string, f: ProfileFields): RichText {
  const text: RichText = [{ b: name }, "\n", f.about];
  const line = (key: string, value: string) => {
    if (value) text.push("\n", `${t(key)}: `, value);
  };
  text.push("\n");
  line("pt-label-for-whom", labels(t, "pt-tg", f.targetGroups));
  line("pt-label-activities", [labels(t, "pt-act", f.activities), f.services].filter(Boolean).join(" · "));
  line("pt-label-municipalities", f.municipalities.join(", "));
  line("pt-label-premises", f.premises);
  line("pt-label-contact", f.contact);
  line("pt-label-languages", labels(t, "pt-lang", f.languages));
  line("pt-label-accessibility", f.accessibility);
  return text;
}

export type PlaceView = OpenPlace & { organisation: Organisation };

export function placeFacts(t: Translate, p: OpenPlace, timeZone: string): RichText {
  const text: RichText = [];
  const groups = parseKeys(p.targetGroups, TARGET_GROUPS);
  if (groups.length) text.push("\n", `${t("pt-label-for-whom")}: `, labels(t, "pt-tg", groups));
  text.push("\n", `${t("hr-label-municipality")}: `, p.municipality);
  if (p.hoursPerWeek) text.push("\n", `${t("pt-label-hours")}: `, t("pt-hours-value", { hours: p.hoursPerWeek }));
  text.push("\n", `${t("pt-label-start")}: `, p.startsAt ? formatDay(p.startsAt, timeZone) : t("pt-start-now"));
  text.push("\n", `${t("pt-label-ends")}: `, formatDay(p.endsAt, timeZone));
  return text;
}

/** The full description of an open place. */
export function describePlace(t: Translate, p: PlaceView, timeZone: string): RichText {
  const text: RichText = [{ b: `${kindLabel(t, p.kind)}: ${p.title}` }, "\n", p.organisation.name];
  if (p.tasks) text.push("\n\n", p.tasks);
  text.push("\n", ...placeFacts(t, p, timeZone));
  if (p.howToApply) text.push("\n", `${t("pt-label-apply")}: `, p.howToApply);
  return text;
}

/** The post of a place in the community group and the staff channel, from its current state. */
export async function renderPlacePost(
  deps: CoreDeps,
  id: number,
  locale: Locale,
  platform: Platform,
  view?: PostView,
): Promise<OutgoingMessage | null> {
  const p = await deps.db.openPlace.findUnique({ where: { id }, include: { organisation: true } });
  if (!p) return null;
  const t = translator(locale);
  if (p.status === "hidden") return { text: [t("pt-place-hidden")], buttons: [] };
  const staffView = (view ?? (platform === "slack" ? "staff" : "community")) === "staff";
  const text: RichText = ["📌 ", ...describePlace(t, p, deps.config.digest.timezone)];
  text.push("\n", `${t("hr-label-status")}: `, { b: t(`pt-place-status-${p.status}`) });
  const buttons: Button[][] = [];
  if (staffView) {
    const row: Button[] = [];
    if (p.status === "pending") row.push({ label: t("pt-button-approve"), action: `pt:approveplace:${p.id}` });
    row.push({ label: t("pt-button-hide"), action: `pt:hideplace:${p.id}` });
    buttons.push(row);
  }
  return { text, buttons };
}
