import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../scripts/export.ts";

describe("npm run export (main(argv))", () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("main(['--size', '10x']) exits 2 naming the bad value and writes nothing", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const out = join(tmpdir(), "nk-export-never");
    expect(await main(["--size", "10x", "--out", out])).toBe(2);
    expect(errors).toHaveBeenCalledWith("invalid --size: 10x");
    expect(existsSync(out)).toBe(false);
  });

  it("main(['--only', 'nope']) exits 2 listing the valid figure ids", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await main(["--only", "nope"])).toBe(2);
    expect(String(errors.mock.calls[0][0])).toMatch(/^unknown figure: nope \(valid: figure-cards, theft-vs-missiles, /);
  });

  it("main(['--only', 'designations', '--format', 'svg,csv', '--out', dir]) writes those files from the seeds", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "log").mockImplementation(() => {});
    const dir = mkdtempSync(join(tmpdir(), "nk-export-"));
    dirs.push(dir);
    expect(await main(["--only", "designations", "--format", "svg,csv", "--out", dir])).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["designations.csv", "designations_1920x1080.svg"]);
  });
});
