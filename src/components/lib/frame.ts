// The frame every chart shares: title, subtitle, legend, source line and as-of date drawn inside one SVG (so the
// browser, the tests and the slide export show the same picture), alt text as <title> and aria-label, and the
// rows as an accessible table next to it.
import * as Plot from "@observablehq/plot";
import type { CorpusLike } from "./corpus.js";
import { dataTable } from "./data-table.js";
import { formatDay } from "./format.js";
import type { FigureRow } from "./rows.js";
import { asOfDay, sourceLine } from "./sources.js";
import { textWidth, wrapText } from "./text-width.js";
import { FAINT_OPACITY, FONT_FAMILY, MUTED_OPACITY, paletteOf, type Palette, type ThemeName } from "./theme.js";

const SVG_NS = "http://www.w3.org/2000/svg";

/** Options every figure takes; the rest of a figure's options are its own. */
export interface FigureOptions {
  width?: number;
  /** Total height; when absent the figure takes the height its data needs. */
  height?: number;
  theme?: ThemeName;
  /** The DOM to build in; defaults to the browser's. Pass `createServerDocument()` elsewhere. */
  document?: Document;
  /** "YYYY-MM-DD" the figure is current to; defaults to the latest publication date among its sources. */
  asOf?: string | null;
  title?: string;
  subtitle?: string;
  /** How many labels or quotes to draw, in figures that choose some (timeline labels, quotes under a chart). */
  annotations?: number;
}

export interface LegendItem {
  label: string;
  color: string;
  /** "dot" for day-precise marks, "ring" for hollow ones, "bar" for spans and stacks. */
  shape?: "dot" | "ring" | "bar";
}

/** Where a figure's own chart goes inside the frame, in pixels of the whole SVG. */
export interface PlotArea {
  top: number;
  left: number;
  width: number;
  height: number;
  palette: Palette;
}

export interface ChartSpec {
  /** Short kebab-case name, e.g. "timeline". */
  id: string;
  title: string;
  subtitle: string;
  alt: string;
  docs: readonly string[];
  rows: readonly FigureRow[];
  legend?: readonly LegendItem[];
  /** Extra footer lines, such as what was left out and why. */
  notes?: readonly string[];
  /** Height the chart area needs, margins included; a function gets the area's width. */
  plotHeight: number | ((width: number) => number);
  /**
   * Plot options for the chart area. Margins are relative to the area; channels given in pixels
   * (`{value, scale: null}`) add `area.top` / `area.left`. Null draws the `empty` message instead.
   */
  plot: ((area: PlotArea) => Plot.PlotOptions) | null;
  empty?: string;
}

const PAD_EXPORT = 16;
const TITLE = { size: 17, line: 23 };
const SUBTITLE = { size: 13, line: 18 };
const LEGEND = { size: 12, line: 20, swatch: 10 };
const FOOTER = { size: 11, line: 15 };
const CHART_FONT_SIZE = "11px";

/** The browser's document, or a clear error telling server code what to pass. */
export function documentOf(options: { document?: Document }): Document {
  const document = options.document ?? (typeof window !== "undefined" ? window.document : undefined);
  if (!document) throw new TypeError("no document: pass {document: createServerDocument()} outside a browser");
  return document;
}

function checkedWidth(width: unknown): number {
  if (width === undefined) return 640;
  if (typeof width !== "number" || !Number.isFinite(width) || width <= 0)
    throw new TypeError(`invalid width: ${width}`);
  return Math.max(280, Math.round(width));
}

function checkedHeight(height: unknown): number | undefined {
  if (height === undefined) return undefined;
  if (typeof height !== "number" || !Number.isFinite(height) || height <= 0) {
    throw new TypeError(`invalid height: ${height}`);
  }
  return Math.round(height);
}

function svgElement(document: Document, name: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG_NS, name) as SVGElement;
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

function textLine(
  document: Document,
  content: string,
  x: number,
  y: number,
  size: number,
  attributes: Record<string, string | number> = {},
): SVGElement {
  const element = svgElement(document, "text", { x, y, "font-size": size, "text-anchor": "start", ...attributes });
  element.textContent = content;
  return element;
}

/** A count of annotations, or undefined for "as many as the figure draws by default". */
export function checkedAnnotations(annotations: unknown): number | undefined {
  if (annotations === undefined) return undefined;
  if (typeof annotations !== "number" || !Number.isInteger(annotations) || annotations < 0) {
    throw new TypeError(`invalid annotations: ${String(annotations)}`);
  }
  return annotations;
}

interface LegendPlacement {
  item: LegendItem;
  x: number;
  row: number;
}

function layoutLegend(items: readonly LegendItem[], width: number): LegendPlacement[] {
  const placements: LegendPlacement[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const itemWidth = LEGEND.swatch + 5 + textWidth(item.label, LEGEND.size) + 16;
    if (x > 0 && x + itemWidth > width) {
      row += 1;
      x = 0;
    }
    placements.push({ item, x, row });
    x += itemWidth;
  }
  return placements;
}

function legendSwatch(document: Document, item: LegendItem, x: number, cy: number): SVGElement {
  const r = LEGEND.swatch / 2;
  if (item.shape === "ring") {
    return svgElement(document, "circle", {
      cx: x + r,
      cy,
      r: r - 1,
      fill: "none",
      stroke: item.color,
      "stroke-width": 2,
    });
  }
  if (item.shape === "bar") {
    return svgElement(document, "rect", {
      x,
      y: cy - r,
      width: LEGEND.swatch,
      height: LEGEND.swatch,
      rx: 2,
      fill: item.color,
    });
  }
  return svgElement(document, "circle", { cx: x + r, cy, r, fill: item.color });
}

/** Renders a chart inside the shared frame and returns `<figure>` holding the SVG and its data table. */
export function frameChart(spec: ChartSpec, data: CorpusLike, options: FigureOptions): HTMLElement {
  const document = documentOf(options);
  const width = checkedWidth(options.width);
  const height = checkedHeight(options.height);
  const palette = paletteOf(options.theme);
  const pad = palette.background ? PAD_EXPORT : 0;
  const inner = width - 2 * pad;
  const title = options.title ?? spec.title;
  const subtitle = options.subtitle ?? spec.subtitle;
  const muted = { fill: palette.foreground, "fill-opacity": MUTED_OPACITY };
  checkedAnnotations(options.annotations);

  // Header: title, subtitle, legend — measured first so the chart area knows where it starts.
  const titleLines = wrapText(title, inner, TITLE.size, "semibold");
  const subtitleLines = wrapText(subtitle, inner, SUBTITLE.size);
  const legend = layoutLegend(spec.legend ?? [], inner);
  const legendRows = legend.length ? legend[legend.length - 1].row + 1 : 0;
  const headerHeight =
    pad + titleLines.length * TITLE.line + subtitleLines.length * SUBTITLE.line + legendRows * LEGEND.line + 10;

  // Footer: notes, then the source line and the as-of date.
  const asOf = asOfDay(spec.docs, data, options.asOf);
  // No-break spaces keep "As of 6 Nov 2025" on one line.
  const source = `${sourceLine(spec.docs, data)} · ${`As of ${asOf ? formatDay(asOf) : "an unknown date"}`.replace(/ /g, "\u00a0")}`;
  const footerLines = [...(spec.notes ?? []), source].flatMap((line) => wrapText(line, inner, FOOTER.size));
  const footerHeight = 8 + footerLines.length * FOOTER.line + pad;

  const wanted = typeof spec.plotHeight === "function" ? spec.plotHeight(inner) : spec.plotHeight;
  const areaHeight = height !== undefined ? Math.max(80, height - headerHeight - footerHeight) : Math.max(40, wanted);
  const area: PlotArea = { top: headerHeight, left: pad, width: inner, height: areaHeight, palette };
  const chart: Plot.PlotOptions = spec.plot
    ? spec.plot(area)
    : {
        marks: [
          Plot.text([spec.empty ?? "Nothing to show yet."], {
            frameAnchor: "middle",
            fontSize: 13,
            fillOpacity: MUTED_OPACITY,
          }),
        ],
      };
  const totalHeight = headerHeight + areaHeight + footerHeight;
  const style: Record<string, string> = { fontFamily: FONT_FAMILY, fontSize: CHART_FONT_SIZE };
  if (palette.background) Object.assign(style, { color: palette.foreground, background: palette.background });

  const svg = Plot.plot({
    ...chart,
    width,
    height: totalHeight,
    marginTop: headerHeight + (chart.marginTop ?? 0),
    marginBottom: footerHeight + (chart.marginBottom ?? 0),
    marginLeft: pad + (chart.marginLeft ?? 0),
    marginRight: pad + (chart.marginRight ?? 0),
    document,
    style,
    ariaLabel: spec.alt,
  }) as unknown as SVGSVGElement;

  svg.setAttribute("xmlns", SVG_NS);
  svg.setAttribute("role", "img");
  svg.setAttribute("class", `${svg.getAttribute("class") ?? ""} nk-chart nk-chart--${spec.id}`.trim());
  const titleElement = svgElement(document, "title", {});
  titleElement.textContent = spec.alt;
  const afterStyle = svg.querySelector("style")?.nextSibling ?? svg.firstChild;
  if (palette.background) {
    svg.insertBefore(
      svgElement(document, "rect", { width, height: totalHeight, fill: palette.background }),
      afterStyle,
    );
  }
  svg.insertBefore(titleElement, svg.firstChild);

  const header = svgElement(document, "g", { class: "nk-header", fill: palette.foreground });
  let y = pad;
  for (const line of titleLines) {
    header.append(textLine(document, line, pad, y + TITLE.size, TITLE.size, { "font-weight": 600 }));
    y += TITLE.line;
  }
  for (const line of subtitleLines) {
    header.append(textLine(document, line, pad, y + SUBTITLE.size, SUBTITLE.size, muted));
    y += SUBTITLE.line;
  }
  for (const { item, x, row } of legend) {
    const cy = y + row * LEGEND.line + LEGEND.line / 2 + 2;
    header.append(legendSwatch(document, item, pad + x, cy));
    header.append(textLine(document, item.label, pad + x + LEGEND.swatch + 5, cy + LEGEND.size * 0.35, LEGEND.size));
  }
  const footer = svgElement(document, "g", {
    class: "nk-footer",
    fill: palette.foreground,
    "fill-opacity": MUTED_OPACITY,
  });
  const footerTop = totalHeight - footerHeight;
  footer.append(
    svgElement(document, "line", {
      x1: pad,
      x2: width - pad,
      y1: footerTop + 0.5,
      y2: footerTop + 0.5,
      stroke: palette.foreground,
      "stroke-opacity": FAINT_OPACITY,
    }),
  );
  footerLines.forEach((line, i) => {
    footer.append(textLine(document, line, pad, footerTop + 8 + i * FOOTER.line + FOOTER.size, FOOTER.size));
  });
  svg.append(header, footer);

  const figure = document.createElement("figure");
  figure.setAttribute("class", `nk-figure nk-figure--${spec.id}`);
  figure.setAttribute("style", "margin: 0; max-width: 100%;");
  figure.append(svg, dataTable(document, spec.rows, `${title}: the rows behind the chart`));
  return figure;
}
