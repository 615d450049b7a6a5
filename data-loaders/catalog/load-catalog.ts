// seeds/catalog.json: what a curator knows about each file (publisher, url, publication date).
// It is the curator's own file, so mistakes in it stop the run with a message naming the entry.
import { existsSync, readFileSync } from "node:fs";
import type { CatalogEntry } from "../types.ts";

const FIELDS = ["doc", "publisher", "url", "published", "note"] as const;

/**
 * Loads a catalog file into a map keyed by document file name. A missing file gives an empty map;
 * a malformed one throws an Error naming the file, the entry and what is wrong.
 * @example
 * loadCatalog("seeds/catalog.json").get("000_f98022329e002b79.txt")?.publisher // "NationPress (IANS)"
 */
export function loadCatalog(path: string): Map<string, CatalogEntry> {
  if (!existsSync(path)) return new Map();
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return parseCatalog(data, path);
}

/** Validates parsed catalog JSON; `source` names the file in error messages. */
export function parseCatalog(data: unknown, source: string): Map<string, CatalogEntry> {
  if (!Array.isArray(data)) throw new Error(`${source}: expected a JSON array of entries, got ${typeName(data)}`);
  const catalog = new Map<string, CatalogEntry>();
  data.forEach((item: unknown, i) => {
    const entry = parseEntry(item, `${source}: entry ${i}`);
    if (catalog.has(entry.doc)) throw new Error(`${source}: entry ${i}: duplicate doc "${entry.doc}"`);
    catalog.set(entry.doc, entry);
  });
  return catalog;
}

function parseEntry(item: unknown, where: string): CatalogEntry {
  if (typeof item !== "object" || item === null || Array.isArray(item))
    throw new Error(`${where}: expected an object, got ${typeName(item)}`);
  const record = item as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !(FIELDS as readonly string[]).includes(key));
  if (unknown.length > 0)
    throw new Error(`${where}: unknown field${unknown.length > 1 ? "s" : ""} ${unknown.map(quoted).join(", ")}`);
  const doc = record.doc;
  if (typeof doc !== "string" || doc.trim() === "") throw new Error(`${where}: "doc" must be a file name`);
  const at = `${where} ("${doc}")`;
  const published = optionalString(record, "published", at);
  if (published !== null && !isCalendarDate(published))
    throw new Error(`${at}: "published" must be a date YYYY-MM-DD, got "${published}"`);
  return {
    doc,
    publisher: optionalString(record, "publisher", at),
    url: optionalString(record, "url", at),
    published,
    note: optionalString(record, "note", at),
  };
}

/** A field that may be absent or null (both mean "not known"), else a string. */
function optionalString(record: Record<string, unknown>, key: string, where: string): string | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw new Error(`${where}: "${key}" must be a string or null, got ${typeName(value)}`);
  return value;
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}

function quoted(key: string): string {
  return `"${key}"`;
}
