import { describe, expect, it } from "vitest";
import { extractDocument, extractDocuments } from "../../data-loaders/pipeline.ts";
import { loadCatalog } from "../../data-loaders/catalog/load-catalog.ts";
import { readDocumentsSync } from "../../data-loaders/read/read-documents.ts";
import type { ReadResult } from "../../data-loaders/types.ts";
import { SEEDS } from "./seed-corpus.ts";

function readText(doc: string, text: string): ReadResult {
  return { doc, path: doc, bytes: text.length, status: "ok", reason: null, text, warnings: [] };
}

const REJECTED: ReadResult = {
  doc: "empty.txt",
  path: "empty.txt",
  bytes: 0,
  status: "rejected",
  reason: "empty file (0 bytes)",
  text: "",
  warnings: [],
};

// The batch runs each extractor over all documents before the next one; nothing of one document may leak into another.
describe("extractDocuments(reads) over a batch", () => {
  it("gives each seed the same document and facts as extracting it alone", () => {
    const catalog = loadCatalog(`${SEEDS}/catalog.json`);
    const reads = readDocumentsSync([SEEDS]);
    const batch = extractDocuments(reads, catalog);
    expect(batch).toHaveLength(5);
    reads.forEach((read, i) => expect(batch[i]).toEqual(extractDocument(read, catalog.get(read.doc))));
    expect(batch.flatMap((e) => e.facts).length).toBeGreaterThan(100);
  });

  it("keeps rejected files in their place and pairs facts with their own text, even under one file name", () => {
    const first = readText("same.txt", "Seoul fined 3 firms.\n\nIt also blacklisted 12 vessels on Monday.");
    const second = readText("same.txt", "Tokyo named 40 people.\n\nThe 2 banks were spared.");
    const batch = extractDocuments([first, REJECTED, second]);
    expect(batch.map((e) => e.document.status)).toEqual(["ok", "rejected", "ok"]);
    expect(batch[1].document.reason).toBe("empty file (0 bytes)");
    expect(batch[0].facts.filter((f) => f.kind === "count").map((f) => f.quote)).toEqual(["3 firms", "12 vessels"]);
    expect(batch[2].facts.filter((f) => f.kind === "count").map((f) => f.quote)).toEqual(["40 people", "2 banks"]);
    for (const [i, read] of [first, REJECTED, second].entries()) {
      expect(batch[i].document.text).toBe(read.text);
      for (const f of batch[i].facts) expect(read.text.slice(f.start, f.end)).toBe(f.quote);
    }
  });
});
