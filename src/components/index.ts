// Every figure of the notebook in one list, so the slide export (and anything else) can iterate them:
// render for pages, svg for files, rows for the CSV written next to each figure.
import type { CorpusLike } from "./lib/corpus.js";
import type { FigureOptions } from "./lib/frame.js";
import type { FigureRow } from "./lib/rows.js";
import { toSvgString } from "./lib/serialize.js";
import { Designations, rows as designationRows } from "./designations.js";
import { FigureCards, FigureCardsSvg, rows as figureCardRows } from "./figureCards.js";
import { TheftVsMissiles, rows as theftVsMissileRows } from "./theftVsMissiles.js";
import { Timeline, rows as timelineRows } from "./timeline.js";
import { Voices, rows as voiceRows } from "./voices.js";
import { YearInFocus, rows as yearInFocusRows } from "./yearInFocus.js";

export interface FigureEntry {
  /** File-name-safe id: exports are written as `<id>_<width>x<height>.svg`. */
  id: string;
  title: string;
  /** The element a page shows (SVG charts in a <figure>, or HTML cards). */
  render: (data: CorpusLike, options?: FigureOptions) => HTMLElement;
  /** The figure as a standalone SVG document, for files and PNG export. */
  svg: (data: CorpusLike, options?: FigureOptions) => string;
  /** The rows behind the figure, each with `doc` and `quote`. */
  rows: (data: CorpusLike) => FigureRow[];
}

type Render = (data: CorpusLike, options?: FigureOptions) => HTMLElement;

// A chart is its own export: the SVG inside the rendered <figure>. Cards render as HTML on pages and as SVG
// for files, so they name both.
function chart(
  id: string,
  title: string,
  render: Render,
  rows: (data: CorpusLike) => FigureRow[],
  svgRender = render,
): FigureEntry {
  return { id, title, render, svg: (data, options) => toSvgString(svgRender(data, options)), rows };
}

// Kept out of this module on purpose: lib/server-document.ts (linkedom), which must never reach a page's bundle.
export const figures: readonly FigureEntry[] = [
  chart("figure-cards", "Headline figures", FigureCards, (data) => figureCardRows(data), FigureCardsSvg),
  chart("theft-vs-missiles", "Crypto theft against missile spending", TheftVsMissiles, (data) =>
    theftVsMissileRows(data),
  ),
  chart("designations", "Sanctions designations by authority", Designations, designationRows),
  chart("timeline", "Timeline of events in the articles", Timeline, (data) => timelineRows(data)),
  chart("year-in-focus", "A year month by month", YearInFocus, (data) => yearInFocusRows(data)),
  chart("voices", "Who said what, and when", Voices, (data) => voiceRows(data)),
];

/** The entry for `id`; throws on an unknown id, naming it. */
export function figureById(id: string): FigureEntry {
  const entry = figures.find((f) => f.id === id);
  if (!entry) throw new TypeError(`unknown figure: ${id}`);
  return entry;
}

export { serialize, svgOf, toSvgString } from "./lib/serialize.js";
export type { FigureOptions } from "./lib/frame.js";
export type { FigureRow } from "./lib/rows.js";
export type { CorpusLike } from "./lib/corpus.js";
export { Designations, FigureCards, FigureCardsSvg, TheftVsMissiles, Timeline, Voices, YearInFocus };
