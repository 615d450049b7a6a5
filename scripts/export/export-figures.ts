// Renders figures for slides in-process, from the same components the pages use: SVG text, PNG bytes (resvg)
// and CSV text per figure, then the deck. Nothing here touches the file system; write-exports.ts does.
import type { FigureEntry } from "../../src/components/index.ts";
import type { CorpusLike } from "../../src/components/lib/corpus.ts";
import { toCsv } from "../../src/components/lib/export-csv.ts";
import { slideSvg } from "../../src/components/lib/export-slide.ts";
import { createServerDocument } from "../../src/components/lib/server-document.ts";
import type { ExportFormat } from "./args.ts";
import { buildDeck } from "./deck.ts";
import { csvName, DECK_NAME, pngName, svgName } from "./file-names.ts";
import { renderPng } from "./render-png.ts";

export interface ExportSettings {
  width: number;
  height: number;
  scale: number;
  theme: "light" | "dark";
  formats: readonly ExportFormat[];
}

/** One output file: its name and its bytes (or text). */
export interface ExportFile {
  name: string;
  contents: string | Buffer;
}

export interface FigureTiming {
  id: string;
  /** Milliseconds to lay the figure out as SVG, and to rasterize it. */
  svgMs: number;
  pngMs: number;
}

export interface ExportResult {
  files: ExportFile[];
  timings: FigureTiming[];
}

/** The SVG of `entry` for a slide of the given settings (a fresh server DOM each time, so renders never share state). */
export function figureSlideSvg(entry: FigureEntry, data: CorpusLike, settings: ExportSettings): string {
  return slideSvg(entry, data, {
    width: settings.width,
    height: settings.height,
    theme: settings.theme,
    document: createServerDocument(),
  });
}

/** Every requested file for `entries`, in the registry's order, the deck last. */
export async function exportFigures(
  entries: readonly FigureEntry[],
  data: CorpusLike,
  settings: ExportSettings,
): Promise<ExportResult> {
  const files: ExportFile[] = [];
  const timings: FigureTiming[] = [];
  const wants = (format: ExportFormat) => settings.formats.includes(format);
  const { width, height, scale } = settings;
  for (const entry of entries) {
    const started = performance.now();
    const svg = wants("svg") || wants("png") ? figureSlideSvg(entry, data, settings) : "";
    const laidOut = performance.now();
    if (wants("svg")) files.push({ name: svgName(entry.id, width, height), contents: svg });
    if (wants("png")) {
      const png = renderPng(svg, { width: Math.round(width * scale) }).png;
      files.push({ name: pngName(entry.id, width, height, scale), contents: png });
    }
    timings.push({ id: entry.id, svgMs: laidOut - started, pngMs: performance.now() - laidOut });
    if (wants("csv")) files.push({ name: csvName(entry.id), contents: toCsv(entry.rows(data)) });
  }
  if (wants("pptx")) files.push({ name: DECK_NAME, contents: await buildDeck(entries, data, settings) });
  return { files, timings };
}
