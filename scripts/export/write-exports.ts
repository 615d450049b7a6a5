// Writes an export's files into one folder, creating it; returns the paths written.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ExportFile } from "./export-figures.ts";

export function writeExports(files: readonly ExportFile[], out: string): string[] {
  mkdirSync(out, { recursive: true });
  return files.map((file) => {
    const path = join(out, file.name);
    writeFileSync(path, file.contents);
    return path;
  });
}
