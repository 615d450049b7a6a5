// Oversized files must be rejected from their size on disk, without reading them into memory.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const reads = vi.hoisted(() => [] as string[]);
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const readFileSync = ((path: string, ...rest: []) => {
    reads.push(String(path));
    return fs.readFileSync(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, readFileSync, default: { ...fs, readFileSync } };
});
vi.mock("node:fs/promises", async (importOriginal) => {
  const fsp = await importOriginal<typeof import("node:fs/promises")>();
  const readFile = ((path: string, ...rest: []) => {
    reads.push(String(path));
    return fsp.readFile(path, ...rest);
  }) as typeof fsp.readFile;
  return { ...fsp, readFile, default: { ...fsp, readFile } };
});

const { readDocuments, readDocumentsSync } = await import("../../data-loaders/read/read-documents.ts");

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "read-oversized-"));
  writeFileSync(join(folder, "big.txt"), "");
  truncateSync(join(folder, "big.txt"), 20 * 1024 * 1024);
  writeFileSync(join(folder, "small.txt"), "A headline for the test\nBody text.");
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it("readDocumentsSync(paths) rejects a 20 MB file from its size without reading it", () => {
  reads.length = 0;
  const started = performance.now();
  const [big, small] = readDocumentsSync([folder]);
  expect(performance.now() - started).toBeLessThan(1000);
  expect(big).toMatchObject({ doc: "big.txt", status: "rejected", bytes: 20 * 1024 * 1024 });
  expect(big.reason).toMatch(/^too large/);
  expect(small.status).toBe("ok");
  expect(reads).toEqual([join(folder, "small.txt")]);
});

it("readDocuments(paths) rejects a 20 MB file from its size without reading it", async () => {
  reads.length = 0;
  const [big] = await readDocuments([folder]);
  expect(big.reason).toMatch(/^too large/);
  expect(reads).toEqual([join(folder, "small.txt")]);
});
