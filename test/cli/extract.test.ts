import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = new URL("../..", import.meta.url).pathname;

function extract(...args: string[]) {
  return spawnSync("npx", ["tsx", "data-loaders/cli/extract.ts", ...args], { cwd: ROOT, encoding: "utf8" });
}

describe("npm run extract", () => {
  it("prints documents, facts, events and figures as JSON for the seeds by default", () => {
    const run = extract();
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(["documents", "facts", "events", "figures"]);
    expect(out.documents).toHaveLength(5);
    expect(out.figures.length).toBeGreaterThan(5);
  });

  it("names rejected files and their reason on stderr and still reads the good ones", () => {
    const dir = mkdtempSync(join(tmpdir(), "extract-"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "good.txt"), "Seoul, Nov 6 (Yonhap) The US sanctioned eight North Korean individuals.\n");
    const run = extract("--format", "jsonl", dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/empty\.txt: rejected: .*empty/i);
    const tables = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).table);
    expect(tables.filter((t) => t === "documents")).toHaveLength(2);
  });

  it("exits 1 when no document could be read", () => {
    const dir = mkdtempSync(join(tmpdir(), "extract-"));
    writeFileSync(join(dir, "empty.txt"), "");
    expect(extract(dir).status).toBe(1);
  });

  it("exits 2 on a usage error", () => {
    const run = extract("--format", "xml");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/invalid --format: xml/);
  });

  it("writes CSV of the facts with a header and quotes escaped", () => {
    const dir = mkdtempSync(join(tmpdir(), "extract-"));
    const out = join(dir, "facts.csv");
    const run = extract("--format", "csv", "--out", out);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    const [header, ...rows] = readFileSync(out, "utf8").trim().split("\r\n");
    expect(header).toBe("id,doc,kind,value,high,unit,qualifier,start,end,quote,sentence");
    expect(rows.some((r) => r.includes('"$400-650 million"') || r.includes(",$400-650 million,"))).toBe(true);
  });
});
