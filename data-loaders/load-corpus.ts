import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import type { CatalogEntry, Corpus } from "./types.ts";
import { readDocumentsSync } from "./read/read-documents.ts";
import { loadCatalog } from "./catalog/load-catalog.ts";
import { runPipeline } from "./pipeline.ts";

export interface LoadOptions {
  /** A catalog file; by default the `catalog.json` of every folder given. */
  catalog?: string;
  maxBytes?: number;
  /** Receives one line per rejected file, naming the file and the reason. */
  warn?: (message: string) => void;
}

function catalogsOf(paths: readonly string[], explicit: string | undefined): Map<string, CatalogEntry> {
  const files = explicit
    ? [explicit]
    : paths.filter((p) => existsSync(p) && statSync(p).isDirectory()).map((dir) => join(dir, "catalog.json"));
  const merged = new Map<string, CatalogEntry>();
  for (const file of files) for (const [doc, entry] of loadCatalog(file)) merged.set(doc, entry);
  return merged;
}

/**
 * Reads files and folders of `.txt` articles and runs the whole pipeline over them.
 * @example
 * const { documents, facts, events, figures } = loadCorpus(["seeds"]);
 */
export function loadCorpus(paths: readonly string[], options: LoadOptions = {}): Corpus {
  const reads = readDocumentsSync([...paths], options.maxBytes ? { maxBytes: options.maxBytes } : {});
  for (const read of reads) {
    if (read.status === "rejected") options.warn?.(`${read.path}: rejected: ${read.reason}`);
  }
  return runPipeline(reads, { catalog: catalogsOf(paths, options.catalog) });
}
