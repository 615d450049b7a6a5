// Paths and folders → the list of files to read, in a deterministic order.
import { readdirSync, statSync, type Stats } from "node:fs";
import { join, resolve } from "node:path";
import { byCodeUnit } from "../util/by-code-unit.ts";

/** A file to read, or a path that could not be used and why. */
export interface FileEntry {
  path: string;
  /** Size in bytes from `stat`, 0 when unknown. */
  bytes: number;
  error: string | null;
}

/**
 * Expands folders to the `.txt` files directly inside them (sorted by name), keeps files given
 * explicitly whatever their extension, and turns unusable paths into entries with an error.
 * @example
 * collectFiles(["seeds"]) // [{path: "seeds/000_f98022329e002b79.txt", bytes: 2469, error: null}, …]
 */
export function collectFiles(paths: string[]): FileEntry[] {
  const entries: FileEntry[] = [];
  const seen = new Set<string>();
  const add = (entry: FileEntry) => {
    const key = resolve(entry.path);
    if (seen.has(key)) return; // the same file named twice is read once
    seen.add(key);
    entries.push(entry);
  };
  for (const path of paths) {
    const stat = statOrError(path);
    if (typeof stat === "string") add({ path, bytes: 0, error: stat });
    else if (stat.isDirectory()) for (const entry of folderEntries(path)) add(entry);
    else if (stat.isFile()) add({ path, bytes: stat.size, error: null });
    else add({ path, bytes: 0, error: "not a regular file" });
  }
  return entries;
}

function folderEntries(folder: string): FileEntry[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    return [{ path: folder, bytes: 0, error: `folder could not be listed: ${describe(error)}` }];
  }
  // Dot files (editor backups, macOS "._" forks) are not articles.
  const texts = names.filter((name) => /\.txt$/i.test(name) && !name.startsWith(".")).sort(byCodeUnit);
  const entries: FileEntry[] = [];
  for (const name of texts) {
    const path = join(folder, name);
    const stat = statOrError(path);
    if (typeof stat === "string") entries.push({ path, bytes: 0, error: stat });
    else if (stat.isFile()) entries.push({ path, bytes: stat.size, error: null });
    // A folder named "x.txt" is skipped like any other sub-folder: expansion is not recursive.
  }
  return entries;
}

function statOrError(path: string): Stats | string {
  try {
    return statSync(path);
  } catch (error) {
    return describe(error);
  }
}

/** Turns a file-system error into words ("file not found", "permission denied", …). */
export function describe(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === "ENOENT") return "file not found";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a folder";
  if (code === "ENOTDIR") return "a parent of the path is not a folder";
  return error instanceof Error ? error.message : String(error);
}
