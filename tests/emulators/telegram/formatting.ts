/**
 * Text formatting as the Telegram Bot API server parses it (parse_mode HTML, MarkdownV2, Markdown),
 * modelled on tdlib's `parse_html` / `parse_markdown_v2` / `parse_markdown` and
 * `fix_formatted_text`. Used by the Telegram emulator (server.ts).
 *
 * Errors are thrown as `EntityParseError`; the server turns them into
 * `400 Bad Request: can't parse entities: <message>` exactly like Telegram.
 *
 * One deliberate difference (opt-out with `strictHtml: false`): Telegram's documentation says every
 * literal `<`, `>` and `&` must be escaped, but the real server silently keeps a bare `&` or `>` (and
 * an unknown entity such as `&nbsp;`) as literal text. In strict mode the emulator rejects them so a
 * bot that forgets to escape user input fails in tests instead of showing `&nbsp;` to users.
 */

export interface Entity {
  type: string;
  /** UTF-16 code units, as in the Bot API. */
  offset: number;
  length: number;
  url?: string;
  language?: string;
  custom_emoji_id?: string;
}

export interface FormattedText {
  text: string;
  entities: Entity[];
}

export class EntityParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EntityParseError";
  }
}

/** Byte offset (UTF-8) of JS string index `i`, as tdlib reports positions. */
function byteOffset(s: string, i: number): number {
  return Buffer.byteLength(s.slice(0, i), "utf8");
}

/** Number of Unicode code points (tdlib's `utf8_length`). */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

const isSpace = (c: string | undefined): boolean =>
  c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\0" || c === "\v" || c === "\f";
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isHex = (c: string | undefined): boolean =>
  c !== undefined && ((c >= "0" && c <= "9") || (c >= "a" && c <= "f") || (c >= "A" && c <= "F"));
const isAlpha = (c: string | undefined): boolean =>
  c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));
const isAlnum = (c: string | undefined): boolean => isAlpha(c) || isDigit(c);

interface DecodedEntity {
  ch: string;
  end: number;
  hasSemicolon: boolean;
}

/** tdlib `decode_html_entity`: &lt; &gt; &amp; &quot; &#NNN; &#xHHH; (semicolon optional). */
function decodeHtmlEntity(s: string, pos: number): DecodedEntity | null {
  let end = pos + 1;
  let cp = 0;
  if (s[end] === "#") {
    end++;
    let digits = 0;
    if (s[end] === "x") {
      end++;
      while (isHex(s[end])) {
        cp = cp * 16 + parseInt(s[end] as string, 16);
        end++;
        digits++;
        if (cp >= 0x10ffff) return null;
      }
    } else {
      while (isDigit(s[end])) {
        cp = cp * 10 + (s.charCodeAt(end) - 48);
        end++;
        digits++;
        if (cp >= 0x10ffff) return null;
      }
    }
    if (digits === 0 || cp === 0 || cp >= 0x10ffff || end - pos >= 10) return null;
    if (cp >= 0xd800 && cp <= 0xdfff) return null;
  } else {
    while (isAlpha(s[end])) end++;
    const name = s.slice(pos + 1, end);
    if (name === "lt") cp = 0x3c;
    else if (name === "gt") cp = 0x3e;
    else if (name === "amp") cp = 0x26;
    else if (name === "quot") cp = 0x22;
    else return null;
  }
  const hasSemicolon = s[end] === ";";
  if (hasSemicolon) end++;
  return { ch: String.fromCodePoint(cp), end, hasSemicolon };
}

const HTML_TAGS = new Set([
  "a",
  "b",
  "strong",
  "i",
  "em",
  "s",
  "strike",
  "del",
  "u",
  "ins",
  "tg-spoiler",
  "tg-emoji",
  "blockquote",
  "span",
  "pre",
  "code",
]);

interface OpenTag {
  tag: string;
  argument: string;
  offset: number;
}

/** Parse Telegram HTML. Throws EntityParseError. */
export function parseHtml(input: string, strict = true): FormattedText {
  const entities: Entity[] = [];
  const stack: OpenTag[] = [];
  let out = "";
  const n = input.length;
  let i = 0;

  const strictEntityCheck = (at: number, decoded: DecodedEntity | null): void => {
    if (strict && (decoded === null || !decoded.hasSemicolon)) {
      throw new EntityParseError(
        `Unescaped character "&" at byte offset ${byteOffset(input, at)}; use &amp; (emulator strict HTML check)`,
      );
    }
  };

  while (i < n) {
    const c = input[i];
    if (c === "&") {
      const decoded = decodeHtmlEntity(input, i);
      strictEntityCheck(i, decoded);
      if (decoded !== null) {
        out += decoded.ch;
        i = decoded.end;
        continue;
      }
      out += c;
      i++;
      continue;
    }
    if (c !== "<") {
      if (strict && c === ">") {
        throw new EntityParseError(
          `Unescaped character ">" at byte offset ${byteOffset(input, i)}; use &gt; (emulator strict HTML check)`,
        );
      }
      out += c;
      i++;
      continue;
    }

    const begin = i;
    i++;
    if (input[i] !== "/") {
      // start tag
      while (i < n && !isSpace(input[i]) && input[i] !== ">") i++;
      if (i >= n) throw new EntityParseError(`Unclosed start tag at byte offset ${byteOffset(input, begin)}`);
      const tag = input.slice(begin + 1, i).toLowerCase();
      if (!HTML_TAGS.has(tag)) {
        throw new EntityParseError(`Unsupported start tag "${tag}" at byte offset ${byteOffset(input, begin)}`);
      }
      let argument = "";
      while (input[i] !== ">") {
        while (i < n && isSpace(input[i])) i++;
        if (i >= n) throw new EntityParseError(`Unclosed start tag at byte offset ${byteOffset(input, begin)}`);
        if (input[i] === ">") break;
        const attrBegin = i;
        while (i < n && !isSpace(input[i]) && input[i] !== "=" && input[i] !== ">") i++;
        const attrName = input.slice(attrBegin, i).toLowerCase();
        if (attrName.length === 0) {
          throw new EntityParseError(
            `Empty attribute name in the tag "${tag}" at byte offset ${byteOffset(input, begin)}`,
          );
        }
        while (i < n && isSpace(input[i])) i++;
        if (input[i] !== "=") {
          if (tag === "blockquote" && attrName === "expandable") {
            argument = "1";
            continue;
          }
          if (i >= n) throw new EntityParseError(`Unclosed start tag at byte offset ${byteOffset(input, begin)}`);
          throw new EntityParseError(
            `Expected equal sign in declaration of an attribute of the tag "${tag}" at byte offset ${byteOffset(input, begin)}`,
          );
        }
        i++;
        while (i < n && isSpace(input[i])) i++;
        if (i >= n) {
          throw new EntityParseError(`Unclosed start tag "${tag}" at byte offset ${byteOffset(input, begin)}`);
        }
        let value = "";
        const q = input[i];
        if (q !== "'" && q !== '"') {
          const tokenBegin = i;
          while (isAlnum(input[i]) || input[i] === "." || input[i] === "-") i++;
          value = input.slice(tokenBegin, i).toLowerCase();
          if (!isSpace(input[i]) && input[i] !== ">") {
            throw new EntityParseError(`Unexpected end of name token at byte offset ${byteOffset(input, tokenBegin)}`);
          }
        } else {
          i++;
          while (i < n && input[i] !== q) {
            if (input[i] === "&") {
              const decoded = decodeHtmlEntity(input, i);
              strictEntityCheck(i, decoded);
              if (decoded !== null) {
                value += decoded.ch;
                i = decoded.end;
                continue;
              }
            }
            value += input[i];
            i++;
          }
          if (input[i] === q) i++;
        }
        if (i >= n) throw new EntityParseError(`Unclosed start tag at byte offset ${byteOffset(input, begin)}`);

        if (tag === "a" && attrName === "href") argument = value;
        else if (tag === "code" && attrName === "class" && value.startsWith("language-")) argument = value.slice(9);
        else if (tag === "span" && attrName === "class" && value.startsWith("tg-")) argument = value.slice(3);
        else if (tag === "tg-emoji" && attrName === "emoji-id") argument = value;
        else if (tag === "blockquote" && attrName === "expandable") argument = "1";
      }
      if (tag === "span" && argument !== "spoiler") {
        throw new EntityParseError(
          `Tag "span" must have class "tg-spoiler" at byte offset ${byteOffset(input, begin)}`,
        );
      }
      if (tag === "tg-emoji" && !/^\d+$/.test(argument)) {
        throw new EntityParseError(`Invalid custom emoji identifier specified`);
      }
      stack.push({ tag, argument, offset: out.length });
      i++; // skip '>'
    } else {
      // end tag
      if (stack.length === 0)
        throw new EntityParseError(`Unexpected end tag at byte offset ${byteOffset(input, begin)}`);
      i++;
      const nameBegin = i;
      while (i < n && !isSpace(input[i]) && input[i] !== ">") i++;
      const endName = input.slice(nameBegin, i).toLowerCase();
      while (i < n && isSpace(input[i])) i++;
      if (input[i] !== ">") throw new EntityParseError(`Unclosed end tag at byte offset ${byteOffset(input, begin)}`);
      i++;
      const open = stack.pop() as OpenTag;
      if (endName.length > 0 && endName !== open.tag) {
        throw new EntityParseError(
          `Unmatched end tag at byte offset ${byteOffset(input, begin)}, expected "</${open.tag}>", found "</${endName}>"`,
        );
      }
      const length = out.length - open.offset;
      if (length <= 0) continue;
      const e = htmlTagToEntity(open, length, out);
      if (e === null) continue;
      if (e.type === "pre") {
        // <pre><code class="language-x">…</code></pre> → pre with language
        const last = entities[entities.length - 1];
        if (last !== undefined && last.type === "code" && last.offset === e.offset && last.length === e.length) {
          entities.pop();
          if (last.language !== undefined) e.language = last.language;
        }
      }
      entities.push(e);
    }
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1] as OpenTag;
    throw new EntityParseError(`Can't find end tag corresponding to start tag "${open.tag}"`);
  }
  return finish(out, entities);
}

function htmlTagToEntity(open: OpenTag, length: number, out: string): Entity | null {
  const base = { offset: open.offset, length };
  switch (open.tag) {
    case "b":
    case "strong":
      return { type: "bold", ...base };
    case "i":
    case "em":
      return { type: "italic", ...base };
    case "u":
    case "ins":
      return { type: "underline", ...base };
    case "s":
    case "strike":
    case "del":
      return { type: "strikethrough", ...base };
    case "tg-spoiler":
    case "span":
      return { type: "spoiler", ...base };
    case "blockquote":
      return { type: open.argument ? "expandable_blockquote" : "blockquote", ...base };
    case "code": {
      const e: Entity = { type: "code", ...base };
      if (open.argument) e.language = open.argument;
      return e;
    }
    case "pre":
      return { type: "pre", ...base };
    case "tg-emoji":
      return { type: "custom_emoji", ...base, custom_emoji_id: open.argument };
    case "a": {
      const url = open.argument || out.slice(open.offset, open.offset + length);
      const m = /^tg:\/\/user\?id=(\d+)$/.exec(url);
      if (m) return { type: "text_mention", ...base, url };
      return { type: "text_link", ...base, url };
    }
    default:
      return null;
  }
}

/** Sort entities and apply fix_formatted_text's trimming of leading/trailing whitespace. */
function finish(text: string, entities: Entity[]): FormattedText {
  let start = 0;
  let end = text.length;
  while (start < end && isTrimSpace(text.charCodeAt(start))) start++;
  while (end > start && isTrimSpace(text.charCodeAt(end - 1))) end--;
  const trimmed = start === 0 && end === text.length ? text : text.slice(start, end);
  const fixed: Entity[] = [];
  for (const e of entities) {
    const s = Math.max(e.offset - start, 0);
    const t = Math.min(e.offset + e.length - start, trimmed.length);
    if (t <= s) continue;
    fixed.push({ ...e, offset: s, length: t - s });
  }
  fixed.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text: trimmed, entities: fixed };
}

function isTrimSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c;
}

/** Plain text (no parse_mode): only trimming. */
export function plainText(input: string): FormattedText {
  return finish(input, []);
}

/** Text with explicit `entities` (already validated shape). */
export function withEntities(input: string, entities: Entity[]): FormattedText {
  return finish(input, entities);
}

// ---------------------------------------------------------------------------------------------
// MarkdownV2 (tdlib parse_markdown_v2, simplified: no nested-entity validity checks)

const MDV2_RESERVED = "_*[]()~`>#+-=|{}.!";

type MdType =
  "bold" | "italic" | "underline" | "strikethrough" | "spoiler" | "code" | "pre" | "text_link" | "custom_emoji";

const MD_TYPE_NAMES: Record<MdType, string> = {
  bold: "Bold",
  italic: "Italic",
  underline: "Underline",
  strikethrough: "Strikethrough",
  spoiler: "Spoiler",
  code: "Code",
  pre: "Pre",
  text_link: "TextUrl",
  custom_emoji: "CustomEmoji",
};

interface MdOpen {
  type: MdType;
  argument: string;
  offset: number;
  byteBegin: number;
}

export function parseMarkdownV2(input: string): FormattedText {
  const entities: Entity[] = [];
  const stack: MdOpen[] = [];
  let out = "";
  const n = input.length;
  let quoteStart = -1;
  for (let i = 0; i < n; i++) {
    const c = input[i] as string;
    const atLineStart = i === 0 || input[i - 1] === "\n";
    if (c === "\\" && i + 1 < n && input.charCodeAt(i + 1) > 0 && input.charCodeAt(i + 1) <= 126) {
      i++;
      out += input[i];
      continue;
    }
    const top = stack[stack.length - 1];
    const inCode = top !== undefined && (top.type === "code" || top.type === "pre");
    if (c === ">" && atLineStart && !inCode) {
      // block quotation line
      if (quoteStart < 0) quoteStart = out.length;
      continue;
    }
    if (c === "\n" && quoteStart >= 0 && input[i + 1] !== ">") {
      out += c;
      entities.push({ type: "blockquote", offset: quoteStart, length: out.length - quoteStart });
      quoteStart = -1;
      continue;
    }
    const reserved = inCode ? "`" : MDV2_RESERVED;
    if (!reserved.includes(c)) {
      out += c;
      continue;
    }
    let isEnd = false;
    if (top !== undefined) {
      switch (top.type) {
        case "bold":
          isEnd = c === "*";
          break;
        case "italic":
          isEnd = c === "_" && input[i + 1] !== "_";
          break;
        case "code":
          isEnd = c === "`";
          break;
        case "pre":
          isEnd = c === "`" && input[i + 1] === "`" && input[i + 2] === "`";
          break;
        case "text_link":
        case "custom_emoji":
          isEnd = c === "]";
          break;
        case "underline":
          isEnd = c === "_" && input[i + 1] === "_";
          break;
        case "strikethrough":
          isEnd = c === "~";
          break;
        case "spoiler":
          isEnd = c === "|" && input[i + 1] === "|";
          break;
      }
    }
    if (!isEnd) {
      const byteBegin = byteOffset(input, i);
      let type: MdType;
      let argument = "";
      switch (c) {
        case "_":
          if (input[i + 1] === "_") {
            type = "underline";
            i++;
          } else type = "italic";
          break;
        case "*":
          type = "bold";
          break;
        case "~":
          type = "strikethrough";
          break;
        case "|":
          if (input[i + 1] === "|") {
            i++;
            type = "spoiler";
            break;
          }
          throw reservedError(c);
        case "[":
          type = "text_link";
          break;
        case "`":
          if (input[i + 1] === "`" && input[i + 2] === "`") {
            i += 3;
            type = "pre";
            let langEnd = i;
            while (langEnd < n && !isSpace(input[langEnd]) && input[langEnd] !== "`") langEnd++;
            if (i !== langEnd && langEnd < n && input[langEnd] !== "`") {
              argument = input.slice(i, langEnd);
              i = langEnd;
            }
            if (input[i] === "\n" || input[i] === "\r") {
              if ((input[i + 1] === "\n" || input[i + 1] === "\r") && input[i] !== input[i + 1]) i += 2;
              else i++;
            }
            i--;
          } else type = "code";
          break;
        case "!":
          if (input[i + 1] === "[") {
            i++;
            type = "custom_emoji";
            break;
          }
          throw reservedError(c);
        default:
          throw reservedError(c);
      }
      stack.push({ type, argument, offset: out.length, byteBegin });
    } else {
      const open = stack.pop() as MdOpen;
      let url: string | undefined;
      switch (open.type) {
        case "underline":
        case "spoiler":
          i++;
          break;
        case "pre":
          i += 2;
          break;
        case "text_link":
        case "custom_emoji": {
          if (input[i + 1] !== "(") {
            if (open.type === "custom_emoji")
              throw new EntityParseError("Custom emoji entity must contain a tg://emoji URL");
            url = out.slice(open.offset);
          } else {
            i += 2;
            const urlBegin = i;
            let u = "";
            while (i < n && input[i] !== ")") {
              if (input[i] === "\\" && i + 1 < n && input.charCodeAt(i + 1) > 0 && input.charCodeAt(i + 1) <= 126) {
                u += input[i + 1];
                i += 2;
                continue;
              }
              u += input[i];
              i++;
            }
            if (input[i] !== ")") {
              throw new EntityParseError(`Can't find end of a URL at byte offset ${byteOffset(input, urlBegin)}`);
            }
            url = u;
          }
          break;
        }
        default:
          break;
      }
      const length = out.length - open.offset;
      if (length > 0) {
        if (open.type === "text_link") {
          entities.push({ type: "text_link", offset: open.offset, length, url: url ?? "" });
        } else if (open.type === "custom_emoji") {
          const m = /^tg:\/\/emoji\?id=(\d+)$/.exec(url ?? "");
          if (!m) throw new EntityParseError("Custom emoji entity must contain a tg://emoji URL");
          entities.push({ type: "custom_emoji", offset: open.offset, length, custom_emoji_id: m[1] as string });
        } else {
          const e: Entity = { type: open.type, offset: open.offset, length };
          if (open.type === "pre" && open.argument) e.language = open.argument;
          entities.push(e);
        }
      }
    }
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1] as MdOpen;
    throw new EntityParseError(`Can't find end of ${MD_TYPE_NAMES[open.type]} entity at byte offset ${open.byteBegin}`);
  }
  if (quoteStart >= 0 && out.length > quoteStart) {
    entities.push({ type: "blockquote", offset: quoteStart, length: out.length - quoteStart });
  }
  return finish(out, entities);
}

function reservedError(c: string): EntityParseError {
  return new EntityParseError(`Character '${c}' is reserved and must be escaped with the preceding '\\'`);
}

// ---------------------------------------------------------------------------------------------
// Legacy Markdown (tdlib parse_markdown): *bold* _italic_ `code` ```pre``` [text](url)

export function parseMarkdown(input: string): FormattedText {
  const entities: Entity[] = [];
  let out = "";
  const n = input.length;
  for (let i = 0; i < n; i++) {
    const c = input[i] as string;
    if (c === "\\" && (input[i + 1] === "_" || input[i + 1] === "*" || input[i + 1] === "`" || input[i + 1] === "[")) {
      i++;
      out += input[i];
      continue;
    }
    if (c !== "_" && c !== "*" && c !== "`" && c !== "[") {
      out += c;
      continue;
    }
    const begin = i;
    let endChar = c;
    if (c === "[") endChar = "]";
    i++;
    let language = "";
    let isPre = false;
    if (c === "`" && input[i] === "`" && input[i + 1] === "`") {
      i += 2;
      isPre = true;
      let langEnd = i;
      while (langEnd < n && !isSpace(input[langEnd]) && input[langEnd] !== "`") langEnd++;
      if (i !== langEnd && langEnd < n && input[langEnd] !== "`") {
        language = input.slice(i, langEnd);
        i = langEnd;
      }
      if (input[i] === "\n" || input[i] === "\r") {
        if ((input[i + 1] === "\n" || input[i + 1] === "\r") && input[i] !== input[i + 1]) i += 2;
        else i++;
      }
    }
    const entityOffset = out.length;
    while (i < n && (input[i] !== endChar || (isPre && !(input[i + 1] === "`" && input[i + 2] === "`")))) {
      if (input[i] === "\\" && input[i + 1] === endChar && c !== "`") {
        i++;
      }
      out += input[i];
      i++;
    }
    if (i >= n) {
      throw new EntityParseError(`Can't find end of the entity starting at byte offset ${byteOffset(input, begin)}`);
    }
    const length = out.length - entityOffset;
    if (c === "[") {
      let url = "";
      if (input[i + 1] === "(") {
        i += 2;
        while (i < n && input[i] !== ")") {
          url += input[i];
          i++;
        }
        if (i >= n) {
          throw new EntityParseError(`Can't find end of a URL at byte offset ${byteOffset(input, begin)}`);
        }
      }
      if (length > 0 && url) entities.push({ type: "text_link", offset: entityOffset, length, url });
    } else if (length > 0) {
      if (isPre) {
        i += 2;
        const e: Entity = { type: "pre", offset: entityOffset, length };
        if (language) e.language = language;
        entities.push(e);
      } else {
        entities.push({ type: c === "*" ? "bold" : c === "_" ? "italic" : "code", offset: entityOffset, length });
      }
    } else if (isPre) {
      i += 2;
    }
  }
  return finish(out, entities);
}

/** Normalised parse mode or null when unsupported. "" = none. */
export function normaliseParseMode(mode: string | undefined): "" | "html" | "markdownv2" | "markdown" | null {
  if (mode === undefined || mode === "") return "";
  const m = mode.toLowerCase();
  if (m === "html" || m === "markdownv2" || m === "markdown") return m;
  return null;
}

export function parseFormatted(
  input: string,
  parseMode: "" | "html" | "markdownv2" | "markdown",
  strictHtml: boolean,
): FormattedText {
  switch (parseMode) {
    case "html":
      return parseHtml(input, strictHtml);
    case "markdownv2":
      return parseMarkdownV2(input);
    case "markdown":
      return parseMarkdown(input);
    default:
      return plainText(input);
  }
}

/** Detect `/command` and `/command@bot` entities the way Telegram marks incoming messages. */
export function detectBotCommands(text: string): Entity[] {
  const out: Entity[] = [];
  const re = /(^|[\s([{,.;:!?'"])(\/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?)(?=$|[\s)\]},.;:!?'"])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const offset = m.index + (m[1] as string).length;
    out.push({ type: "bot_command", offset, length: (m[2] as string).length });
  }
  return out;
}
