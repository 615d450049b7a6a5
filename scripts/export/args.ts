// The export CLI's options: parsed strictly, each bad value named in the message, so a typo never exports
// something other than what was asked for.
import { parseSlideSize } from "../../src/components/lib/export-slide.ts";
import type { ThemeName } from "../../src/components/lib/theme.ts";

export type ExportFormat = "svg" | "png" | "csv" | "pptx";

export interface ExportOptions {
  /** Figure ids, in the registry's order; null for every figure. */
  only: string[] | null;
  width: number;
  height: number;
  /** PNG pixels per slide pixel (`--scale 2`: a 3840×2160 PNG of a 1920×1080 slide). */
  scale: number;
  theme: Exclude<ThemeName, "auto">;
  formats: ExportFormat[];
  out: string;
}

/** A mistake in how the CLI was called: exit status 2 and the message, nothing written. */
export class UsageError extends Error {}

export const USAGE = `Usage: npm run export -- [options]
  --only ID,...           figures to export (default: all)
  --size 16:9|4:3|1:1|WxH slide size in pixels (16:9 = 1920x1080, 4:3 = 1440x1080, 1:1 = 1080x1080)
  --scale N               PNG pixels per slide pixel, e.g. 2 for a 3840x2160 PNG (default: 1)
  --theme light|dark      colors (default: light)
  --format svg,png,csv,pptx  what to write (default: all four)
  --out DIR               where to write (default: exports)`;

const FORMATS: readonly ExportFormat[] = ["svg", "png", "csv", "pptx"];

function fail(option: string, value: string): never {
  throw new UsageError(`invalid --${option}: ${value}`);
}

function parseSize(value: string): [number, number] {
  try {
    const { width, height } = parseSlideSize(value);
    return [width, height];
  } catch {
    return fail("size", value);
  }
}

function parseScale(value: string): number {
  const scale = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(scale >= 0.25 && scale <= 4)) fail("scale", value);
  return scale;
}

function parseList(option: string, value: string): string[] {
  const items = value.split(",").map((s) => s.trim());
  if (!items.length || items.some((s) => s === "")) fail(option, value);
  return [...new Set(items)];
}

function parseFormats(value: string): ExportFormat[] {
  const items = parseList("format", value);
  const bad = items.find((f) => !FORMATS.includes(f as ExportFormat));
  if (bad !== undefined) throw new UsageError(`invalid --format: ${bad} (choose from ${FORMATS.join(", ")})`);
  return FORMATS.filter((f) => items.includes(f));
}

function parseTheme(value: string): "light" | "dark" {
  if (value !== "light" && value !== "dark") fail("theme", value);
  return value;
}

/** Options from `argv` (without node and the script); `--name value` and `--name=value` both work. */
export function parseExportArgs(argv: readonly string[], figureIds: readonly string[]): ExportOptions {
  const options: ExportOptions = {
    only: null,
    width: 1920,
    height: 1080,
    scale: 1,
    theme: "light",
    formats: [...FORMATS],
    out: "exports",
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (flag === "--help" || flag === "-h") throw new UsageError(USAGE);
    if (!["--only", "--size", "--scale", "--theme", "--format", "--out"].includes(flag)) {
      throw new UsageError(`unknown option: ${arg}\n${USAGE}`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith("--"))) {
      throw new UsageError(`missing value for ${flag}`);
    }
    if (flag === "--only") {
      const ids = parseList("only", value);
      const unknown = ids.filter((id) => !figureIds.includes(id));
      if (unknown.length) {
        throw new UsageError(`unknown figure: ${unknown.join(", ")} (valid: ${figureIds.join(", ")})`);
      }
      options.only = figureIds.filter((id) => ids.includes(id));
    } else if (flag === "--size") [options.width, options.height] = parseSize(value);
    else if (flag === "--scale") options.scale = parseScale(value);
    else if (flag === "--theme") options.theme = parseTheme(value);
    else if (flag === "--format") options.formats = parseFormats(value);
    else if (value.trim() === "") fail("out", value);
    else options.out = value;
  }
  return options;
}
