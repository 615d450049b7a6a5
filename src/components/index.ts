// Every figure of the notebook in one list, so the slide export and the Figure lab can iterate them: render for
// pages, svg for files, rows for the CSV written next to each figure. Each entry lives with its component, so a
// page that shows one figure imports that one only.
import { designationsFigure, Designations } from "./designations.js";
import { FigureCards, FigureCardsSvg, figureCardsFigure } from "./figureCards.js";
import type { FigureEntry } from "./lib/figure-entry.js";
import { Responses, responsesFigure } from "./responses.js";
import { TheftVsMissiles, theftVsMissilesFigure } from "./theftVsMissiles.js";
import { Timeline, timelineFigure } from "./timeline.js";
import { Voices, voicesFigure } from "./voices.js";
import { YearInFocus, yearInFocusFigure } from "./yearInFocus.js";

// Kept out of this module on purpose: lib/server-document.ts (linkedom), which must never reach a page's bundle.
export const figures: readonly FigureEntry[] = [
  figureCardsFigure,
  theftVsMissilesFigure,
  designationsFigure,
  responsesFigure,
  timelineFigure,
  yearInFocusFigure,
  voicesFigure,
];

/** The entry for `id`; throws on an unknown id, naming it. */
export function figureById(id: string): FigureEntry {
  const entry = figures.find((f) => f.id === id);
  if (!entry) throw new TypeError(`unknown figure: ${id}`);
  return entry;
}

export { serialize, svgOf, toSvgString } from "./lib/serialize.js";
export type { FigureEntry } from "./lib/figure-entry.js";
export type { FigureOptions } from "./lib/frame.js";
export type { FigureRow } from "./lib/rows.js";
export type { CorpusLike } from "./lib/corpus.js";
export { Designations, FigureCards, FigureCardsSvg, Responses, TheftVsMissiles, Timeline, Voices, YearInFocus };
