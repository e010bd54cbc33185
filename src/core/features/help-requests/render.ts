/** How a help request looks: in group/channel posts, lists and private messages. */
import { ANONYMISED_TEXT } from "../../privacy/deletion.js";
import type { HelpRequest, Member, Organisation } from "../../../generated/prisma/client.js";
import type { CoreDeps, PostView } from "../../app/contract.js";
import { translator, type Translate } from "../../i18n/index.js";
import type { Button, Locale, OutgoingMessage, Platform, RichText } from "../../types.js";
import { formatDay } from "../../time.js";
import { LIVE, OTHER_MUNICIPALITY, type Status } from "./constants.js";

export type RequestView = HelpRequest & { organisation: Organisation | null; asker: Member | null };

export const requestInclude = { organisation: true, asker: true } as const;

export function isLive(status: string): boolean {
  return (LIVE as string[]).includes(status);
}

export function categoryLabel(t: Translate, category: string): string {
  return t(`hr-cat-${category}`);
}

export function municipalityLabel(t: Translate, municipality: string): string {
  return municipality === OTHER_MUNICIPALITY ? t("hr-mun-other") : municipality;
}

export function statusLabel(t: Translate, status: string): string {
  return t(`hr-status-${status as Status}`);
}

/** Who asks, as the community sees it: the organisation (or the member's own name), or "anonymous" — never the person then. */
export function whoAsks(t: Translate, r: RequestView): string {
  if (r.askedAs === "anonymous") return t("hr-anonymous");
  return r.organisation?.name ?? r.asker?.displayName ?? t("hr-anonymous");
}

/** Who really asked, for staff only: name and organisation even when the request is anonymous. */
export function realAsker(t: Translate, r: RequestView): string {
  if (!r.asker) return t("hr-asker-unknown");
  return r.organisation ? `${r.asker.displayName} (${r.organisation.name})` : r.asker.displayName;
}

/** A short form of a title for button labels. */
export function shortTitle(title: string, max = 24): string {
  const chars = [...title];
  return chars.length <= max
    ? title
    : `${chars
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`;
}

/** The full description of a request: title, details and the facts, one per line. */
export function describeRequest(
  t: Translate,
  r: RequestView,
  timeZone: string,
  options: { staffView?: boolean } = {},
): RichText {
  const text: RichText = [{ b: r.title }];
  if (r.details) text.push("\n", r.details);
  text.push(
    "\n\n",
    `${t("hr-label-category")}: `,
    categoryLabel(t, r.category),
    "\n",
    `${t("hr-label-municipality")}: `,
    municipalityLabel(t, r.municipality),
    "\n",
    `${t("hr-label-asker")}: `,
    whoAsks(t, r),
  );
  if (options.staffView && r.askedAs === "anonymous")
    text.push(` (${t("hr-label-staff-sees")}: `, realAsker(t, r), ")");
  text.push("\n", `${t("hr-label-until")}: `, formatDay(r.expiresAt, timeZone));
  return text;
}

export function statusLine(t: Translate, r: RequestView): RichText {
  const text: RichText = [`${t("hr-label-status")}: `, { b: statusLabel(t, r.status) }];
  if (r.status === "in_progress") text.push(" – ", t("hr-status-in_progress-hint"));
  if (r.status === "resolved") text.push(" – ", t("hr-status-resolved-hint"));
  return text;
}

/**
 * The group/channel post of a request, from its current state. Only the staff channel's post (in
 * every adapter: Slack's staff channel, the terminal's) carries the staff buttons (hide, close,
 * reopen); the core still checks staff rights whatever button is pressed. A hidden request's
 * content leaves the community group's post; staff still see it.
 */
export async function renderRequestPost(
  deps: CoreDeps,
  id: number,
  locale: Locale,
  platform: Platform,
  view?: PostView,
): Promise<OutgoingMessage | null> {
  const r = await deps.db.helpRequest.findUnique({ where: { id }, include: requestInclude });
  if (!r) return null;
  const t = translator(locale);
  const staffView = (view ?? (platform === "slack" ? "staff" : "community")) === "staff";
  if (r.status === "hidden" && !staffView) return { text: [t("hr-post-hidden")], buttons: [] };
  // The asker deleted their data: the post says the request was withdrawn, and nothing more.
  if (r.status === "withdrawn") return { text: [t("hr-post-withdrawn")], buttons: [] };
  // A hidden request's text is not posted again, not even to staff (it may be why it was hidden):
  // staff see that it is hidden, why, and can reopen it or remove its text for good.
  const text: RichText =
    r.status === "hidden"
      ? ["🙋 #", String(r.id), " – ", t("hr-post-hidden"), "\n", ...statusLine(t, r)]
      : ["🙋 ", ...describeRequest(t, r, deps.config.digest.timezone), "\n", ...statusLine(t, r)];
  if (staffView && r.statusReason && r.status === "hidden")
    text.push("\n", `${t("hr-label-reason")}: `, r.statusReason);
  const buttons: Button[][] = [];
  if (isLive(r.status)) buttons.push([{ label: t("hr-button-offer"), action: `hr:offer:${r.id}` }]);
  if (staffView) buttons.push(staffButtons(t, r));
  return { text, buttons };
}

export function staffButtons(t: Translate, r: Pick<HelpRequest, "id" | "status"> & { title?: string }): Button[] {
  if (isLive(r.status)) {
    return [
      { label: t("hr-button-hide"), action: `hr:hide:${r.id}` },
      { label: t("hr-button-close"), action: `hr:close:${r.id}` },
    ];
  }
  const reopen = { label: t("hr-button-reopen"), action: `hr:reopen:${r.id}` };
  // Removing the text is offered on a hidden request, until it is done.
  if (r.status !== "hidden" || r.title === ANONYMISED_TEXT) return [reopen];
  return [reopen, { label: t("hr-button-purge"), action: `hr:purge:${r.id}` }];
}
