/**
 * Minimal multipart/form-data parser for the Telegram emulator.
 *
 * Handles what real clients send: quoted or unquoted parameters (grammY writes
 * `content-disposition:form-data;name="x";filename=report.pdf` without spaces or quotes),
 * RFC 5987 `filename*=UTF-8''…`, and binary file content.
 */

export interface UploadedFile {
  /** Form field name (grammY uses a random id and refers to it as `attach://<id>`). */
  field: string;
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface MultipartResult {
  fields: Record<string, string>;
  files: Map<string, UploadedFile>;
}

export class MultipartError extends Error {}

export function boundaryFromContentType(contentType: string): string | null {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!m) return null;
  return (m[1] ?? m[2]) as string;
}

const CRLF_CRLF = Buffer.from("\r\n\r\n");

export function parseMultipart(body: Buffer, boundary: string): MultipartResult {
  const fields: Record<string, string> = {};
  const files = new Map<string, UploadedFile>();
  const delimiter = Buffer.from(`--${boundary}`);
  const nextDelimiter = Buffer.from(`\r\n--${boundary}`);

  let pos = body.indexOf(delimiter);
  if (pos < 0) throw new MultipartError("multipart boundary not found");
  pos += delimiter.length;
  for (;;) {
    // after a delimiter: "--" (end) or CRLF then headers
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break;
    if (body[pos] === 0x0d && body[pos + 1] === 0x0a) pos += 2;
    const headerEnd = body.indexOf(CRLF_CRLF, pos);
    if (headerEnd < 0) throw new MultipartError("unterminated multipart headers");
    const headers = parseHeaders(body.subarray(pos, headerEnd).toString("utf8"));
    const contentStart = headerEnd + 4;
    const end = body.indexOf(nextDelimiter, contentStart);
    if (end < 0) throw new MultipartError("unterminated multipart body");
    const content = body.subarray(contentStart, end);
    const disposition = headers.get("content-disposition") ?? "";
    const name = dispositionParam(disposition, "name");
    const filename = dispositionFilename(disposition);
    if (name !== null) {
      if (filename !== null) {
        files.set(name, {
          field: name,
          filename,
          contentType: headers.get("content-type") ?? "application/octet-stream",
          content: Buffer.from(content),
        });
      } else {
        fields[name] = content.toString("utf8");
      }
    }
    pos = end + nextDelimiter.length;
  }
  return { fields, files };
}

function parseHeaders(block: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of block.split("\r\n")) {
    const idx = line.indexOf(":");
    if (idx <= 0) continue;
    out.set(line.slice(0, idx).trim().toLowerCase(), line.slice(idx + 1).trim());
  }
  return out;
}

function dispositionParam(disposition: string, param: string): string | null {
  const quoted = new RegExp(`(?:^|;)\\s*${param}="((?:[^"\\\\]|\\\\.)*)"`, "i").exec(disposition);
  if (quoted) return (quoted[1] as string).replace(/\\(.)/g, "$1");
  const bare = new RegExp(`(?:^|;)\\s*${param}=([^;]*)`, "i").exec(disposition);
  if (bare) return (bare[1] as string).trim();
  return null;
}

function dispositionFilename(disposition: string): string | null {
  const ext = /(?:^|;)\s*filename\*=([^']*)'[^']*'([^;]*)/i.exec(disposition);
  if (ext) {
    try {
      return decodeURIComponent((ext[2] as string).trim());
    } catch {
      return (ext[2] as string).trim();
    }
  }
  const quoted = /(?:^|;)\s*filename="((?:[^"\\]|\\.)*)"/i.exec(disposition);
  if (quoted) return (quoted[1] as string).replace(/\\(.)/g, "$1");
  // grammY: unquoted, always the last parameter, may contain ';' or spaces
  const bare = /(?:^|;)\s*filename=(.*)$/i.exec(disposition);
  if (bare) return (bare[1] as string).trim();
  return null;
}
