/** Platform-neutral types shared by the core and every adapter. */

export const PLATFORMS = ["telegram", "slack", "terminal"] as const;
export type Platform = (typeof PLATFORMS)[number];

export const LOCALES = ["fi", "sv", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** A piece of rich text. Plain strings are user or translated text and are escaped by every renderer. */
export type Span = string | { b: string } | { i: string } | { code: string } | { link: string; href: string };
export type RichText = Span[];

/** A button: `action` is a compact payload (≤ 64 bytes, Telegram's callback_data limit). */
export interface Button {
  label: string;
  action: string;
}

/** A message as the core composes it; each adapter renders it for its platform. */
export interface OutgoingMessage {
  text: RichText;
  buttons?: Button[][];
}

export interface OutgoingFile {
  filename: string;
  /** Text (CSV, JSON) or bytes (a PNG chart). */
  content: string | Uint8Array;
  mimeType: string;
  caption?: string;
}

/** A file's content as bytes (text as UTF-8). */
export function fileBytes(file: OutgoingFile): Buffer {
  return typeof file.content === "string"
    ? Buffer.from(file.content, "utf8")
    : Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength);
}

/** Where a message goes on one platform. */
export interface Target {
  chatId: string;
  threadId?: string | null;
}

/** Who is acting, as an adapter saw them. */
export interface ActorRef {
  platform: Platform;
  userId: string;
  /** Where a private message reaches this person. */
  privateChatId: string;
  displayName: string;
  username?: string | undefined;
  /** The platform's language hint (Telegram language_code, Slack locale), used at registration. */
  languageHint?: string | undefined;
  /** The adapter has verified the person is on the staff (e.g. a member of the Slack staff channel). */
  staffVerified?: boolean;
}

/** Where an interaction happened. */
export interface ChatRef {
  chatId: string;
  kind: "private" | "group";
}
