// Bytes → text, or a rejection that says what is wrong with the file. The text is kept exactly as
// decoded (only a byte order mark is dropped) because every fact offset indexes it.
import { HTML_PAGE_REASON, inspectMarkup } from "./html.ts";
import { utf8ErrorOffset } from "./utf8-error-offset.ts";
import { hasUnusualBytes } from "./unusual-bytes.ts";

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type DecodeResult = { status: "ok"; text: string; warnings: string[] } | { status: "rejected"; reason: string };

export interface DecodeOptions {
  /** Files larger than this are rejected unread. Default 5 MB. */
  maxBytes?: number;
}

/** Share of control characters above which a file is treated as binary rather than text. */
const BINARY_CONTROL_SHARE = 0.05;
// Decoders are reused: without {stream: true} each decode() call is independent. They drop a leading BOM.
const UTF8 = new TextDecoder("utf-8", { fatal: true });
const UTF16LE = new TextDecoder("utf-16le", { fatal: true });
const UTF16BE = new TextDecoder("utf-16be", { fatal: true });
/* eslint-disable no-control-regex -- control characters are what these patterns look for */
const CONTROL_CHARS = /[\x00-\x08\x0e-\x1f\x7f]/g;
const UNUSUAL_CHARS = /[\x00-\x08\x0e-\x1f\x7f\r]/;
/* eslint-enable no-control-regex */

/**
 * Decodes a file's bytes as UTF-8 (or UTF-16 when it starts with a byte order mark) and checks that
 * the result is article text. Rejections give a reason that names the problem; the caller adds the file name.
 * @example
 * decodeBytes(new TextEncoder().encode("Title\nBody.")) // {status: "ok", text: "Title\nBody.", warnings: []}
 * decodeBytes(new Uint8Array(0)) // {status: "rejected", reason: "empty file (0 bytes)"}
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) return rejected(oversizedReason(bytes.length, maxBytes));
  if (bytes.length === 0) return rejected("empty file (0 bytes)");
  const utf16 = utf16Of(bytes);
  const decoded = utf16 ? decodeUtf16(bytes, utf16[0], utf16[1]) : decodeUtf8(bytes);
  if (decoded.status === "rejected") return decoded;
  // UTF-16 spells control characters in two bytes: look for them in the text instead.
  const unusual = utf16 ? UNUSUAL_CHARS.test(decoded.text) : hasUnusualBytes(bytes);
  return inspectText(decoded.text, decoded.warnings, bytes.length, unusual);
}

/** The reason given for a file over the size limit (also used before reading, from the file size alone). */
export function oversizedReason(bytes: number, maxBytes: number): string {
  return `too large: ${bytes} bytes (${megabytes(bytes)}), over the limit of ${megabytes(maxBytes)}`;
}

type Utf16 = ["utf-16le", "UTF-16 LE"] | ["utf-16be", "UTF-16 BE"];

/** The UTF-16 encoding a byte order mark announces, or null. */
function utf16Of(bytes: Uint8Array): Utf16 | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return ["utf-16le", "UTF-16 LE"];
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return ["utf-16be", "UTF-16 BE"];
  return null;
}

function decodeUtf8(bytes: Uint8Array): DecodeResult {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return rejected(binaryNulReason(bytes, nul));
  const warnings: string[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) warnings.push("UTF-8 byte order mark stripped");
  try {
    return { status: "ok", text: UTF8.decode(bytes), warnings };
  } catch {
    if (controlShareOfBytes(bytes) > BINARY_CONTROL_SHARE) return rejected("binary data: many control bytes");
    const at = utf8ErrorOffset(bytes);
    const byte = bytes[at] ?? 0;
    return rejected(
      `invalid UTF-8 at byte ${at} (0x${byte.toString(16).toUpperCase().padStart(2, "0")}); ` +
        "the file may be in another encoding such as Windows-1252: save it as UTF-8",
    );
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", name: string): DecodeResult {
  if (bytes.length % 2 !== 0) return rejected(`invalid ${name}: odd number of bytes (${bytes.length})`);
  try {
    const text = (encoding === "utf-16le" ? UTF16LE : UTF16BE).decode(bytes);
    return { status: "ok", text, warnings: [`decoded as ${name} (byte order mark stripped)`] };
  } catch {
    return rejected(`invalid ${name}: unpaired surrogate`);
  }
}

/** Checks decoded text; `unusual` says whether it holds control characters or CR (the detailed checks need one). */
function inspectText(text: string, warnings: string[], byteLength: number, unusual: boolean): DecodeResult {
  if (!/\S/.test(text)) return rejected(`empty: only whitespace (${byteLength} bytes)`);
  if (unusual) {
    const nul = text.indexOf("\0");
    if (nul !== -1) return rejected(`binary data: contains NUL characters (first at character ${nul})`);
    const controls = text.match(CONTROL_CHARS)?.length ?? 0;
    const share = controls / text.length;
    if (share > BINARY_CONTROL_SHARE) return rejected(`binary data: ${percent(share)} control characters`);
    if (controls > 0) warnings.push(`${controls} control character${controls === 1 ? "" : "s"} (kept as read)`);
  }
  const markup = inspectMarkup(text);
  if (markup.page) return rejected(HTML_PAGE_REASON);
  const tags = markup.tags;
  if (tags > 0) warnings.push(`${tags} HTML-like tag${tags === 1 ? "" : "s"} kept as text (shown escaped)`);
  if (unusual && text.includes("\r\n")) warnings.push("CRLF line endings seen (kept as read)");
  if (unusual && /\r(?!\n)/.test(text)) warnings.push("CR line endings seen (kept as read)");
  const nbsp = countChar(text, "\u00a0");
  if (nbsp > 0) warnings.push(`${nbsp} non-breaking space${nbsp === 1 ? "" : "s"} (U+00A0) seen (kept as read)`);
  return { status: "ok", text, warnings };
}

function binaryNulReason(bytes: Uint8Array, first: number): string {
  const hint = looksLikeBomlessUtf16(bytes) ? "; it looks like UTF-16 without a byte order mark: save it as UTF-8" : "";
  return `binary data: contains NUL bytes (first at byte ${first})${hint}`;
}

/** UTF-16 English text without a BOM has a NUL in every other byte. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0 && bytes[i + 1] !== 0) even++;
    if (bytes[i + 1] === 0 && bytes[i] !== 0) odd++;
  }
  return n >= 4 && Math.max(even, odd) >= 0.8 * (n / 2);
}

/** Share of control bytes in the first 64 KB: enough to tell a binary file from mis-encoded text. */
function controlShareOfBytes(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 65536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) controls++;
  }
  return controls / n;
}

function countChar(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) count++;
  return count;
}

function rejected(reason: string): DecodeResult {
  return { status: "rejected", reason };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
