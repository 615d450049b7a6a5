import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findLoaders, invalidateStaleLoaders, pipelineInputsHash } from "../../scripts/loader-cache.ts";

const LONG_AGO = new Date("2020-01-01T00:00:00Z");
const NOW = new Date("2026-01-02T03:04:05Z");

let root: string;
function write(path: string, text: string): string {
  const file = join(root, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
  return file;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "loader-cache-"));
  write("seeds/000_a.txt", "An article.");
  write("data-loaders/extract.ts", "export const x = 1;");
  write("package-lock.json", "{}");
  for (const loader of ["src/data/facts.json.ts", "src/data/events.csv.js"])
    utimesSync(write(loader, ""), LONG_AGO, LONG_AGO);
  write("src/components/Chart.ts", "");
  write("src/components/types.d.ts", "");
  write("src/.observablehq/cache/data/facts.json", "[]");
  write("src/.observablehq/cache/_npm/d3@7.9.2/.keep", "");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("pipelineInputsHash(root)", () => {
  it("pipelineInputsHash(root) changes when a seed is added or the library is edited, not when files are touched", () => {
    const before = pipelineInputsHash(root);
    utimesSync(join(root, "seeds/000_a.txt"), NOW, NOW);
    expect(pipelineInputsHash(root)).toBe(before);
    write("seeds/001_b.txt", "Another article.");
    const withSeed = pipelineInputsHash(root);
    expect(withSeed).not.toBe(before);
    write("data-loaders/extract.ts", "export const x = 2;");
    expect(pipelineInputsHash(root)).not.toBe(withSeed);
  });

  it("pipelineInputsHash(root) tells a renamed file from the original", () => {
    const before = pipelineInputsHash(root);
    rmSync(join(root, "seeds/000_a.txt"));
    write("seeds/000_renamed.txt", "An article.");
    expect(pipelineInputsHash(root)).not.toBe(before);
  });
});

describe("findLoaders(srcDir)", () => {
  it("findLoaders(srcDir) lists data loaders only, not components, declarations or Framework's cache", () => {
    expect(findLoaders(join(root, "src")).map((file) => file.slice(root.length + 1))).toEqual([
      "src/data/events.csv.js",
      "src/data/facts.json.ts",
    ]);
  });
});

describe("invalidateStaleLoaders(root, now)", () => {
  it("invalidateStaleLoaders(root, now) drops cached loader outputs, which a build would reuse, and keeps _npm", () => {
    invalidateStaleLoaders(root, NOW);
    expect(existsSync(join(root, "src/.observablehq/cache/data/facts.json"))).toBe(false);
    expect(existsSync(join(root, "src/.observablehq/cache/_npm/d3@7.9.2/.keep"))).toBe(true);
    write("src/.observablehq/cache/data/facts.json", "[]");
    invalidateStaleLoaders(root, NOW);
    expect(existsSync(join(root, "src/.observablehq/cache/data/facts.json"))).toBe(true);
  });

  it("invalidateStaleLoaders(root, now) touches the loaders once, then again only after the seeds change", () => {
    const loader = join(root, "src/data/facts.json.ts");
    expect(invalidateStaleLoaders(root, NOW).changed).toBe(true);
    expect(statSync(loader).mtimeMs).toBe(NOW.getTime());

    utimesSync(loader, LONG_AGO, LONG_AGO);
    expect(invalidateStaleLoaders(root, NOW)).toEqual({ changed: false, touched: [] });
    expect(statSync(loader).mtimeMs).toBe(LONG_AGO.getTime());

    write("seeds/001_b.txt", "Another article.");
    const { changed, touched } = invalidateStaleLoaders(root, NOW);
    expect(changed).toBe(true);
    expect(touched).toHaveLength(2);
    expect(statSync(loader).mtimeMs).toBe(NOW.getTime());
  });
});
