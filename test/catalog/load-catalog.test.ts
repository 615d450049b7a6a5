import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCatalog } from "../../data-loaders/catalog/load-catalog.ts";

const SEEDS = join(import.meta.dirname, "../../seeds");
let folder: string;
beforeAll(() => (folder = mkdtempSync(join(tmpdir(), "catalog-"))));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes `content` (JSON-encoded unless a string) to a temp catalog and returns its path. */
function catalogFile(name: string, content: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

const entry = { doc: "a.txt", publisher: "Yonhap", url: null, published: "2022-12-13", note: "from the dateline" };

describe("loadCatalog", () => {
  it("loadCatalog('seeds/catalog.json') has an entry for every seed, keyed by file name", () => {
    const catalog = loadCatalog(join(SEEDS, "catalog.json"));
    const seeds = readdirSync(SEEDS).filter((name) => name.endsWith(".txt"));
    expect([...catalog.keys()].sort()).toEqual(seeds.sort());
    expect(catalog.get("002_5f76f34adb6de2fd.txt")).toMatchObject({ publisher: "Sputnik", published: "2018-08-06" });
    for (const value of catalog.values()) expect(value.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("loadCatalog(path) returns an empty map when the file does not exist", () => {
    expect(loadCatalog(join(folder, "missing.json"))).toEqual(new Map());
  });

  it("loadCatalog(path) treats absent fields as unknown (null)", () => {
    const catalog = loadCatalog(catalogFile("sparse.json", [{ doc: "b.txt" }]));
    expect(catalog.get("b.txt")).toEqual({ doc: "b.txt", publisher: null, url: null, published: null, note: null });
  });

  it("loadCatalog(path) throws an Error naming the file and the problem for malformed catalogs", () => {
    const cases: [string, unknown, RegExp][] = [
      ["syntax.json", "[{", /syntax\.json: .*JSON/],
      ["object.json", { doc: "a.txt" }, /object\.json: expected a JSON array of entries, got an object/],
      ["item.json", ["a.txt"], /item\.json: entry 0: expected an object, got string "a\.txt"/],
      ["no-doc.json", [{ publisher: "X" }], /no-doc\.json: entry 0: "doc" must be a file name/],
      [
        "date.json",
        [{ ...entry, published: "2022-02-30" }],
        /entry 0 \("a\.txt"\): "published" must be a date YYYY-MM-DD, got "2022-02-30"/,
      ],
      ["month.json", [{ ...entry, published: "Dec 2022" }], /"published" must be a date YYYY-MM-DD/],
      ["type.json", [{ ...entry, url: 42 }], /entry 0 \("a\.txt"\): "url" must be a string or null, got number 42/],
      ["typo.json", [{ ...entry, publshed: "2022-12-13" }], /entry 0: unknown field "publshed"/],
      ["dupe.json", [entry, { ...entry, note: null }], /dupe\.json: entry 1: duplicate doc "a\.txt"/],
    ];
    for (const [name, content, message] of cases) {
      const path = catalogFile(name, content);
      expect(() => loadCatalog(path), name).toThrowError(message);
      expect(() => loadCatalog(path), name).toThrowError(path);
    }
  });
});
