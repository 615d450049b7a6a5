// Files → ReadResults: one per file, bad files included with the reason they cannot be used.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { ReadResult } from "../types.ts";
import { collectFiles, describe, type FileEntry } from "./collect-files.ts";
import { decodeBytes, DEFAULT_MAX_BYTES, oversizedReason, type DecodeOptions } from "./decode.ts";

export type ReadOptions = DecodeOptions;

/**
 * Reads files and folders (their `.txt` files, sorted by name) into decoded documents. Never throws on
 * a bad path or a bad file: it becomes a rejected ReadResult whose reason says what is wrong.
 * @example
 * const [first] = readDocumentsSync(["seeds"]);
 * first.doc // "000_f98022329e002b79.txt"; first.status // "ok"
 */
export function readDocumentsSync(paths: string[], options: ReadOptions = {}): ReadResult[] {
  return collectFiles(paths).map((entry) => readEntry(entry, options, (path) => readFileSync(path)));
}

/**
 * Asynchronous {@link readDocumentsSync}: same results in the same order.
 * @example
 * const results = await readDocuments(["seeds", "new-article.txt"], { maxBytes: 1_000_000 });
 */
export async function readDocuments(paths: string[], options: ReadOptions = {}): Promise<ReadResult[]> {
  const entries = collectFiles(paths);
  const loaded = await Promise.all(entries.map((entry) => loadBytes(entry, options)));
  return entries.map((entry, i) => readEntry(entry, options, () => loaded[i]));
}

type Loaded = Uint8Array | Error | null;

/** Reads the bytes when the entry is worth reading; null when it is rejected before reading. */
async function loadBytes(entry: FileEntry, options: ReadOptions): Promise<Loaded> {
  if (entry.error !== null || entry.bytes > maxBytesOf(options)) return null;
  try {
    return await readFile(entry.path);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function readEntry(entry: FileEntry, options: ReadOptions, read: (path: string) => Loaded): ReadResult {
  if (entry.error !== null) return rejected(entry, entry.error);
  const maxBytes = maxBytesOf(options);
  // Checked from the size on disk so a huge file is never loaded.
  if (entry.bytes > maxBytes) return rejected(entry, oversizedReason(entry.bytes, maxBytes));
  let bytes: Loaded;
  try {
    bytes = read(entry.path);
  } catch (error) {
    bytes = error instanceof Error ? error : new Error(String(error));
  }
  if (bytes === null) return rejected(entry, "file could not be read");
  if (bytes instanceof Error) return rejected(entry, `file could not be read: ${describe(bytes)}`);
  const decoded = decodeBytes(bytes, { maxBytes });
  if (decoded.status === "rejected") return rejected(entry, decoded.reason, bytes.length);
  const { text, warnings } = decoded;
  return {
    doc: basename(entry.path),
    path: entry.path,
    bytes: bytes.length,
    status: "ok",
    reason: null,
    text,
    warnings,
  };
}

// Results are built as whole literals, one field order for all: spreading a base made them objects of many shapes.
function rejected(entry: FileEntry, reason: string, bytes = entry.bytes): ReadResult {
  return { doc: basename(entry.path), path: entry.path, bytes, status: "rejected", reason, text: "", warnings: [] };
}

function maxBytesOf(options: ReadOptions): number {
  return options.maxBytes ?? DEFAULT_MAX_BYTES;
}
