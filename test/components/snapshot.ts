// Snapshot comparison in the manner of Observable Plot's own tests: normalize, compare with the committed
// test/output/<name>.<ext>, write <name>-changed.<ext> on a mismatch; a missing snapshot is written and passes.
import { existsSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const OUTPUT = fileURLToPath(new URL("../output/", import.meta.url));

/** Ids renumbered in order of appearance (and their references), numbers rounded to two decimals. */
export function normalize(markup: string): string {
  const ids = [...markup.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  let out = markup;
  ids.forEach((id, i) => {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(`(id="|#)${escaped}(?=["')])`, "g"), `$1id-${i + 1}`);
  });
  return out.replace(/\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
}

export interface SnapshotResult {
  status: "written" | "same" | "changed";
  path: string;
}

/** Compares `markup` with test/output/<name>.<ext>; see the file comment for what happens on each outcome. */
export function snapshot(name: string, markup: string, ext = "svg"): SnapshotResult {
  const path = `${OUTPUT}${name}.${ext}`;
  const changed = `${OUTPUT}${name}-changed.${ext}`;
  const actual = normalize(markup);
  if (!existsSync(path)) {
    writeFileSync(path, actual);
    return { status: "written", path };
  }
  if (readFileSync(path, "utf8") === actual) {
    if (existsSync(changed)) unlinkSync(changed);
    return { status: "same", path };
  }
  writeFileSync(changed, actual);
  return { status: "changed", path: changed };
}
