/**
 * The digests of one run, as the platform messages they are sent in: the shared part gathered
 * and rendered once, each member's own section only for members who have one, and every digest
 * cut between whole items to what one message of the recipient's platform may hold.
 */
import type { CoreDeps } from "../../app/contract.js";
import { plainLength, splitRichText } from "../../text.js";
import type { OutgoingMessage, RichText } from "../../types.js";
import {
  gatherPersonal,
  gatherShared,
  joinDigest,
  membersWithOwnPart,
  renderOwn,
  renderShared,
  type DigestData,
  type DigestWindow,
  type SharedRendering,
} from "./build.js";
import type { LimitsOf } from "./pacing.js";

/** How long a run reuses what every digest shares before gathering it again, so a long run still shows recent changes. */
export const SHARED_MAX_AGE_MS = 60_000;

export interface DigestRecipient {
  platform: string;
  locale: string;
  personal: boolean;
  memberId?: number | undefined;
}

interface SharedSnapshot {
  at: number;
  data: DigestData;
  /** Members whose own section is not empty (see `membersWithOwnPart`). */
  withOwn: Set<number>;
  /** Per locale and kind (private / group). */
  rendered: Map<string, SharedRendering>;
  /** Whole digests of recipients without an own section, per locale, kind and platform. */
  packed: Map<string, OutgoingMessage[]>;
}

/**
 * Builds the digests of one run. What every recipient's digest shares is gathered once (and again
 * after SHARED_MAX_AGE_MS), rendered once per locale and kind and, for recipients without an own
 * section, also cut into platform messages once; per member only their own section is gathered,
 * and only for members who have one. Holds one digest's data and a handful of renderings, never
 * one per recipient. It lives for one call (`runDigest`) in one process: no shared state.
 */
export class DigestBuilder {
  readonly #deps: CoreDeps;
  readonly #window: DigestWindow;
  #snapshot: Promise<SharedSnapshot> | undefined;

  readonly #limitsOf: LimitsOf;

  /** `limitsOf`: each platform's limits (from its notifier); a platform without them gets each digest in one message. */
  constructor(deps: CoreDeps, window: DigestWindow, limitsOf: LimitsOf = () => undefined) {
    this.#deps = deps;
    this.#window = window;
    this.#limitsOf = limitsOf;
  }

  async #shared(): Promise<SharedSnapshot> {
    const now = this.#deps.now();
    const current = this.#snapshot && (await this.#snapshot);
    if (current && now.getTime() - current.at < SHARED_MAX_AGE_MS) return current;
    const { db } = this.#deps;
    const pending = (async (): Promise<SharedSnapshot> => {
      const data = await gatherShared(db, this.#window, now);
      return { at: now.getTime(), data, withOwn: await membersWithOwnPart(db), rendered: new Map(), packed: new Map() };
    })();
    this.#snapshot = pending;
    pending.catch(() => {
      if (this.#snapshot === pending) this.#snapshot = undefined;
    });
    return pending;
  }

  /** The digest for one recipient, as the platform messages it will be sent in. */
  async parts(recipient: DigestRecipient): Promise<OutgoingMessage[]> {
    const snapshot = await this.#shared();
    const options = {
      locale: recipient.locale,
      timeZone: this.#deps.config.digest.timezone,
      personal: recipient.personal,
    };
    const kind = `${recipient.locale}:${recipient.personal ? "private" : "group"}`;
    let shared = snapshot.rendered.get(kind);
    if (!shared) snapshot.rendered.set(kind, (shared = renderShared(snapshot.data, options)));
    const limit = this.#limitsOf(recipient.platform)?.messageLength ?? Number.POSITIVE_INFINITY;
    const memberId = recipient.personal ? recipient.memberId : undefined;
    if (memberId !== undefined && snapshot.withOwn.has(memberId)) {
      const own = renderOwn(await gatherPersonal(this.#deps.db, memberId), snapshot.data.now, options);
      return toParts(joinDigest(shared, own), limit);
    }
    const key = `${kind}:${recipient.platform}`;
    let parts = snapshot.packed.get(key);
    if (!parts) snapshot.packed.set(key, (parts = toParts(joinDigest(shared, []), limit)));
    return [...parts];
  }
}

function toParts(message: OutgoingMessage, limit: number): OutgoingMessage[] {
  const texts = Number.isFinite(limit) ? packLines(message.text, limit) : [message.text];
  return texts.map((text, i) =>
    i === texts.length - 1 && message.buttons ? { text, buttons: message.buttons } : { text },
  );
}

/** The digest for one recipient, as the platform messages it will be sent in (a run uses one `DigestBuilder` for all). */
export async function digestParts(
  deps: CoreDeps,
  window: DigestWindow,
  recipient: DigestRecipient,
  limitsOf?: LimitsOf,
): Promise<OutgoingMessage[]> {
  return new DigestBuilder(deps, window, limitsOf).parts(recipient);
}

/** Rich text cut into lines at the line breaks of its plain spans. */
function toLines(text: RichText): RichText[] {
  const lines: RichText[] = [[]];
  for (const span of text) {
    if (typeof span !== "string") {
      lines.at(-1)!.push(span);
      continue;
    }
    span.split("\n").forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece) lines.at(-1)!.push(piece);
    });
  }
  return lines;
}

/**
 * Cuts a digest into parts of at most `limit` visible characters between whole items: a section
 * (paragraph) stays in one part when it fits, otherwise it is cut between lines; only a single
 * line longer than a whole message is cut inside (at a space, by `splitRichText`).
 */
export function packLines(text: RichText, limit: number): RichText[] {
  if (plainLength(text) <= limit) return [text];
  const paragraphs: RichText[][] = [[]];
  for (const line of toLines(text)) {
    if (line.length === 0) {
      if (paragraphs.at(-1)!.length) paragraphs.push([]);
    } else paragraphs.at(-1)!.push(line);
  }
  const parts: RichText[][] = [];
  let current: RichText[] = [];
  let used = 0;
  const flush = () => {
    while (current.length && current.at(-1)!.length === 0) current.pop();
    if (current.length) parts.push(current);
    current = [];
    used = 0;
  };
  const size = (lines: RichText[]) => lines.reduce((n, l) => n + plainLength(l) + 1, 0);
  for (const paragraph of paragraphs.filter((p) => p.length)) {
    const gap = current.length ? 1 : 0;
    if (used + gap + size(paragraph) <= limit + 1) {
      if (gap) current.push([]);
      current.push(...paragraph);
      used += gap + size(paragraph);
      continue;
    }
    flush();
    for (const line of paragraph) {
      const len = plainLength(line) + 1;
      if (used + len > limit + 1) flush();
      if (len > limit + 1) {
        for (const piece of splitRichText(line, limit)) parts.push([piece]);
        continue;
      }
      current.push(line);
      used += len;
    }
  }
  flush();
  return parts.map((lines) => lines.flatMap((line, i) => (i ? ["\n", ...line] : line)));
}
