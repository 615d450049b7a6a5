// A figure in the registry's terms: how a page draws it, how a file holds it, and the rows behind it. Each
// component module exports its own entry, so a page imports only the figure it shows and components/index.ts
// lists them all for the export and the Figure lab.
import type { CorpusLike } from "./corpus.js";
import type { FigureOptions } from "./frame.js";
import type { FigureRow } from "./rows.js";
import { toSvgString } from "./serialize.js";

export interface FigureEntry {
  /** File-name-safe id: exports are written as `<id>_<width>x<height>.svg`. */
  id: string;
  title: string;
  /** The element a page shows (SVG charts in a <figure>, or HTML cards). */
  render: (data: CorpusLike, options?: FigureOptions) => HTMLElement;
  /** The figure as a standalone SVG document, for files and PNG export. */
  svg: (data: CorpusLike, options?: FigureOptions) => string;
  /** The rows behind the figure, each with `doc` and `quote`; pass the options it was drawn with (its filters). */
  rows: (data: CorpusLike, options?: FigureOptions) => FigureRow[];
}

/**
 * An entry from a figure's own render and rows (typed with its own options: a currency, a filter, a year).
 * A chart is its own export, the SVG inside the rendered <figure>; cards render as HTML on pages and as SVG for
 * files, so they name both.
 */
export function figureEntry<Options extends FigureOptions>(
  id: string,
  title: string,
  render: (data: CorpusLike, options?: Options) => HTMLElement,
  rows: (data: CorpusLike, options?: Options) => FigureRow[],
  svgRender: (data: CorpusLike, options?: Options) => HTMLElement = render,
): FigureEntry {
  // The registry passes a figure the options the page gave it, its own among them.
  const own = (options?: FigureOptions) => options as Options | undefined;
  return {
    id,
    title,
    render: (data, options) => render(data, own(options)),
    svg: (data, options) => toSvgString(svgRender(data, own(options))),
    rows: (data, options) => rows(data, own(options)),
  };
}
