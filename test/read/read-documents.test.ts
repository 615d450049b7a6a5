import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readDocuments, readDocumentsSync } from "../../data-loaders/read/read-documents.ts";
import { collectFiles } from "../../data-loaders/read/collect-files.ts";
import type { ReadResult } from "../../data-loaders/types.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures/bad-files");
const GOOD = "North Korea vows response to new sanctions\n\nSeoul, Nov 6 (NationPress) North Korea said so.\n";
let folder: string;

/** A folder mixing the committed fixtures with files too big or too binary to commit. */
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "read-documents-"));
  cpSync(FIXTURES, folder, { recursive: true });
  writeFileSync(join(folder, "good.txt"), GOOD);
  writeFileSync(
    join(folder, "binary.txt"),
    Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256),
  );
  writeFileSync(join(folder, "latin1.txt"), Uint8Array.from([...Buffer.from("Caf"), 0xe9]));
  writeFileSync(join(folder, "utf16le.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, "utf16le")]));
  writeFileSync(
    join(folder, "utf16be.txt"),
    Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(GOOD, "utf16le").swap16()]),
  );
  writeFileSync(join(folder, "big.txt"), "");
  truncateSync(join(folder, "big.txt"), 20 * 1024 * 1024); // sparse: 20 MB on paper, nothing written
  writeFileSync(join(folder, "notes.md"), "# not an article");
  writeFileSync(join(folder, ".hidden.txt"), GOOD);
  mkdirSync(join(folder, "sub.txt")); // a folder named like a file is not read
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const byDoc = (results: ReadResult[]) => new Map(results.map((r) => [r.doc, r]));

describe("readDocumentsSync", () => {
  it("readDocumentsSync([folder]) yields every .txt file sorted by name, the good ones ok", () => {
    const results = readDocumentsSync([folder]);
    expect(results.map((r) => r.doc)).toEqual([
      "big.txt",
      "binary.txt",
      "crlf-article.txt",
      "empty.txt",
      "good.txt",
      "html-page.txt",
      "latin1.txt",
      "nbsp-article.txt",
      "script-in-article.txt",
      "utf16be.txt",
      "utf16le.txt",
      "whitespace-only.txt",
    ]);
    const statuses = Object.fromEntries(results.map((r) => [r.doc, r.status]));
    expect(statuses).toEqual({
      "big.txt": "rejected",
      "binary.txt": "rejected",
      "crlf-article.txt": "ok",
      "empty.txt": "rejected",
      "good.txt": "ok",
      "html-page.txt": "rejected",
      "latin1.txt": "rejected",
      "nbsp-article.txt": "ok",
      "script-in-article.txt": "ok",
      "utf16be.txt": "ok",
      "utf16le.txt": "ok",
      "whitespace-only.txt": "rejected",
    });
  });

  it("readDocumentsSync(paths) gives each rejected file a reason naming the problem", () => {
    const results = byDoc(readDocumentsSync([folder]));
    expect(results.get("big.txt")?.reason).toBe("too large: 20971520 bytes (20.0 MB), over the limit of 5.0 MB");
    expect(results.get("binary.txt")?.reason).toMatch(/^binary data: contains NUL bytes/);
    expect(results.get("empty.txt")?.reason).toBe("empty file (0 bytes)");
    expect(results.get("whitespace-only.txt")?.reason).toBe("empty: only whitespace (9 bytes)");
    expect(results.get("html-page.txt")?.reason).toBe("HTML page, not article text");
    expect(results.get("latin1.txt")?.reason).toMatch(/^invalid UTF-8 at byte 3 /);
    for (const result of results.values()) {
      if (result.status === "rejected") expect(result).toMatchObject({ text: "", warnings: [] });
      else expect(result.reason).toBeNull();
    }
  });

  it("readDocumentsSync(paths) keeps text as read, fills doc, path and bytes, and passes warnings on", () => {
    const results = byDoc(readDocumentsSync([folder]));
    const crlf = results.get("crlf-article.txt");
    expect(crlf?.text).toContain("sanctions\r\n\r\nSeoul");
    expect(crlf?.warnings).toEqual(["CRLF line endings seen (kept as read)"]);
    expect(crlf).toMatchObject({ path: join(folder, "crlf-article.txt"), bytes: 142 });
    expect(results.get("utf16le.txt")?.text).toBe(GOOD);
    expect(results.get("utf16be.txt")?.text).toBe(GOOD);
    expect(results.get("utf16be.txt")?.bytes).toBe(2 + GOOD.length * 2);
    expect(results.get("nbsp-article.txt")?.text).toContain("media.\u00a0It");
    expect(results.get("script-in-article.txt")?.text).toContain('<script>alert("not article text")</script>');
  });

  it("readDocumentsSync(paths) rejects a missing path instead of throwing", () => {
    const missing = join(folder, "no-such-file.txt");
    expect(readDocumentsSync([missing])).toEqual([
      {
        doc: "no-such-file.txt",
        path: missing,
        bytes: 0,
        status: "rejected",
        reason: "file not found",
        text: "",
        warnings: [],
      },
    ]);
  });

  it("readDocumentsSync(paths) reads files named explicitly whatever their extension, once each", () => {
    const notes = join(folder, "notes.md");
    const good = join(folder, "good.txt");
    const results = readDocumentsSync([notes, good, folder, good]);
    expect(results.map((r) => r.doc).slice(0, 3)).toEqual(["notes.md", "good.txt", "big.txt"]);
    expect(results[0]).toMatchObject({ status: "ok", text: "# not an article" });
    expect(results.filter((r) => r.doc === "good.txt")).toHaveLength(1);
  });

  it("readDocumentsSync(paths, {maxBytes}) applies the given size limit", () => {
    const [result] = readDocumentsSync([join(folder, "good.txt")], { maxBytes: 10 });
    expect(result.reason).toMatch(/^too large: \d+ bytes/);
  });

  it("readDocumentsSync(['seeds']) reads the five seed articles as ok", () => {
    const seeds = readDocumentsSync([join(import.meta.dirname, "../../seeds")]);
    expect(seeds.map((r) => r.status)).toEqual(["ok", "ok", "ok", "ok", "ok"]);
    expect(seeds[2].warnings).toEqual([expect.stringMatching(/^\d+ non-breaking spaces \(U\+00A0\) seen/)]);
  });
});

describe("readDocuments", () => {
  it("readDocuments(paths) resolves to the same results as readDocumentsSync(paths)", async () => {
    const paths = [folder, join(folder, "notes.md"), join(folder, "missing.txt")];
    expect(await readDocuments(paths)).toEqual(readDocumentsSync(paths));
  });
});

describe("collectFiles", () => {
  it("collectFiles([folder]) lists .txt files by name, skips dot files and sub-folders, and keeps sizes", () => {
    const entries = collectFiles([folder]);
    expect(entries.some((e) => e.path.endsWith(".hidden.txt") || e.path.endsWith("sub.txt"))).toBe(false);
    expect(entries.find((e) => e.path.endsWith("big.txt"))).toMatchObject({ bytes: 20 * 1024 * 1024, error: null });
  });
});
