// A small "Download" menu under every figure: SVG, PNG at slide size, CSV with sources, and a citation line.
// Native <details>/<summary> and <button>s, so it opens, moves and closes with the keyboard; nothing leaves the page.
import type { CitationSource } from "./export-citation.js";
import type { CorpusLike } from "./corpus.js";
import { slideSvg } from "./export-slide.js";
import type { FigureEntry } from "./figure-entry.js";
import type { FigureOptions } from "./frame.js";
import type { FigureRow } from "./rows.js";

// The code that makes the files loads on the first click, not with every page that shows a chart.
const browserExport = () => import("./export-browser.js");

export interface DownloadMenuOptions {
  /** File-name-safe figure id: files are `<id>.svg`, `<id>_<width>x<height>.png`, `<id>.csv`. */
  id: string;
  title: string;
  rows: readonly FigureRow[];
  /** The line to copy, or what to build it from (the corpus, and optionally docs, as-of day and URL). */
  citation: string | CitationSource;
  /** PNG size in pixels (default 1920×1080, a 16:9 slide). */
  width?: number;
  height?: number;
  /** Renders the figure again at the PNG's size (e.g. with slideFigure); otherwise the shown one is scaled to fit. */
  render?: (size: { width: number; height: number }) => Element;
}

const MENU_STYLE = "display: inline-block; position: relative; font-size: 13px; margin: 4px 0;";
const SUMMARY_STYLE =
  "cursor: pointer; list-style: none; display: inline-block; padding: 2px 10px; border: 1px solid currentColor;" +
  " border-radius: 4px; opacity: 0.8;";
const PANEL_STYLE =
  "position: absolute; z-index: 10; margin-top: 4px; padding: 6px; display: flex; flex-direction: column;" +
  " gap: 4px; min-width: 12em; background: var(--theme-background, Canvas); color: inherit;" +
  " border: 1px solid var(--theme-foreground-faint, GrayText); border-radius: 4px;";
const BUTTON_STYLE = "font: inherit; text-align: left; padding: 4px 8px; cursor: pointer; white-space: nowrap;";

function safeName(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "") || "figure";
}

function checkedSize(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 16 || value > 8192) throw new TypeError(`invalid ${name}: ${value}`);
  return Math.round(value);
}

/** A `<details>` menu offering the figure as SVG, PNG and CSV, and a citation to copy. */
export function downloadMenu(figure: Element, options: DownloadMenuOptions): HTMLDetailsElement {
  const document = figure.ownerDocument;
  const name = safeName(options.id);
  const width = checkedSize(options.width, 1920, "width");
  const height = checkedSize(options.height, 1080, "height");

  const details = document.createElement("details");
  details.className = "nk-download-menu";
  details.setAttribute("style", MENU_STYLE);
  const summary = document.createElement("summary");
  summary.textContent = "Download";
  summary.setAttribute("style", SUMMARY_STYLE);
  summary.setAttribute("aria-label", `Download ${options.title}`);
  const panel = document.createElement("div");
  panel.setAttribute("role", "group");
  panel.setAttribute("aria-label", `Download ${options.title}`);
  panel.setAttribute("style", PANEL_STYLE);
  const status = document.createElement("p");
  status.setAttribute("role", "status");
  status.setAttribute("style", "margin: 0; font-size: 12px; max-width: 28em;");

  const run = async (label: string, action: () => Promise<string>) => {
    status.textContent = `${label}…`;
    try {
      status.textContent = await action();
    } catch (error) {
      status.textContent = `Could not ${label.toLowerCase()}: ${error instanceof Error ? error.message : error}`;
    }
  };
  const button = (label: string, action: () => Promise<string>) => {
    const element = document.createElement("button");
    element.type = "button";
    element.textContent = label;
    element.setAttribute("style", BUTTON_STYLE);
    element.addEventListener("click", () => void run(label, action));
    panel.append(element);
    return element;
  };

  button("Download SVG", async () => {
    const { saveFile, standaloneSvg } = await browserExport();
    saveFile(new Blob([standaloneSvg(figure)], { type: "image/svg+xml" }), `${name}.svg`);
    return `Saved ${name}.svg`;
  });
  button(`Download PNG (${width}×${height})`, async () => {
    const { backgroundBehind, pageFontCss, saveFile, standaloneSvg, svgToPng } = await browserExport();
    const source = options.render ? options.render({ width, height }) : figure;
    // A re-rendered figure must be in the page for its colors to resolve; it is removed right after.
    const holder = source === figure ? null : document.createElement("div");
    if (holder) {
      holder.setAttribute("style", "position: absolute; left: -99999px; top: 0;");
      holder.append(source);
      figure.parentElement?.append(holder);
    }
    try {
      const background = backgroundBehind(figure);
      const svg = standaloneSvg(source, { width, height, fontCss: pageFontCss(document) });
      saveFile(await svgToPng(svg, width, height, background), `${name}_${width}x${height}.png`);
    } finally {
      holder?.remove();
    }
    return `Saved ${name}_${width}x${height}.png`;
  });
  button("Download CSV", async () => {
    const [{ saveFile }, { toCsv }] = await Promise.all([browserExport(), import("./export-csv.js")]);
    saveFile(new Blob([toCsv(options.rows)], { type: "text/csv;charset=utf-8" }), `${name}.csv`);
    return `Saved ${name}.csv (${options.rows.length} rows with their sources)`;
  });
  button("Copy citation", async () => {
    const { copyText } = await browserExport();
    const line =
      typeof options.citation === "string"
        ? options.citation
        : (await import("./export-citation.js")).citationLine(options.title, options.rows, options.citation);
    return (await copyText(line)) ? `Copied: ${line}` : `Select and copy: ${line}`;
  });

  // Escape closes the menu and gives focus back to its summary, as a menu button does.
  details.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && details.open) {
      details.open = false;
      summary.focus();
    }
  });
  panel.append(status);
  details.append(summary, panel);
  return details;
}

/**
 * A `render` option that lays the figure out for the slide (as `npm run export` does) instead of scaling up the
 * page-sized one: `withDownloadMenu(chart, {..., render: slideRender(figureById("timeline"), corpus)})`.
 * The figure's own options (a currency, a filter, a year) pass through, so the slide shows what the page shows.
 */
export function slideRender(
  entry: FigureEntry,
  data: CorpusLike,
  options: Omit<FigureOptions, "width" | "height" | "document"> = {},
): NonNullable<DownloadMenuOptions["render"]> {
  return ({ width, height }) => {
    const parsed = new DOMParser().parseFromString(
      slideSvg(entry, data, { ...options, width, height }),
      "image/svg+xml",
    );
    return document.importNode(parsed.documentElement, true);
  };
}

/** The figure and its download menu in one block, for pages: `display(withDownloadMenu(chart, {...}))`. */
export function withDownloadMenu(figure: Element, options: DownloadMenuOptions): HTMLDivElement {
  const wrapper = figure.ownerDocument.createElement("div");
  wrapper.className = "nk-with-download";
  wrapper.append(figure, downloadMenu(figure, options));
  return wrapper;
}

/** "dark" when the reader's system asks for it (the notebook follows it), else "light". */
function pageScheme(): "light" | "dark" {
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** The title a frame draws at the top of a figure ("2022 month by month"), or "" when it draws none. */
export function drawnTitle(figure: Element): string {
  const lines = figure.querySelectorAll(".nk-header text[font-weight='600']");
  return [...lines]
    .map((line) => line.textContent ?? "")
    .join(" ")
    .trim();
}

/**
 * A figure of the registry drawn for the page, with its menu: the CSV holds the rows of what is drawn (the same
 * filters), and the PNG is the same view laid out for the slide. For pages, inside `resize`:
 * `resize((width) => figureWithMenu(figureById("timeline"), corpus, {width, types}))`.
 */
export function figureWithMenu(entry: FigureEntry, data: CorpusLike, options: FigureOptions = {}): HTMLDivElement {
  const figure = entry.render(data, options);
  // The page's width and document are the page's; everything else is the figure's view.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { width, height, document, ...view } = options;
  return withDownloadMenu(figure, {
    id: entry.id,
    title: drawnTitle(figure) || entry.title,
    rows: entry.rows(data, view),
    citation: { data },
    // A slide carries its own background and margins, in the scheme the reader sees.
    render: slideRender(entry, data, { theme: pageScheme(), ...view }),
  });
}
