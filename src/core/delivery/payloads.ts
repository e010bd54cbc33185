/**
 * What the outbox stores in `payload`, checked when it is read back: a row written by an older
 * version or damaged by hand is refused for good (reported, not retried) instead of reaching a
 * platform half-formed.
 */
import { z } from "zod";
import type { OutgoingFile, OutgoingMessage } from "../types.js";

const span = z.union([
  z.string(),
  z.object({ b: z.string() }),
  z.object({ i: z.string() }),
  z.object({ code: z.string() }),
  z.object({ link: z.string(), href: z.string() }),
]);

const button = z.object({ label: z.string(), action: z.string() });

export const messagePayload: z.ZodType<OutgoingMessage> = z.object({
  text: z.array(span),
  buttons: z.array(z.array(button)).optional(),
});

export const filePayload: z.ZodType<OutgoingFile> = z.object({
  filename: z.string(),
  content: z.string(),
  mimeType: z.string(),
  caption: z.string().optional(),
});

/** A post or a post's edit: rendered at delivery time in the channel's language. */
export const postPayload = z.object({ locale: z.string().optional() });

/** The stored JSON checked against `schema`; null when it is not JSON or does not match. */
export function readPayload<T>(schema: z.ZodType<T>, stored: string): T | null {
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
