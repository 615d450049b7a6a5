// Headline numbers as cards: the value with its unit, its date, one line of context and a link to the sentence
// it comes from. HTML for pages (every piece of article text set with textContent, never parsed as markup), and
// the same cards drawn as SVG for the slide export.
import * as Plot from "@observablehq/plot";
import type { FigureRecord } from "../../data-loaders/types.ts";
import { documentIndex, factIndex, figuresOf, firstFact, text, type CorpusLike } from "./lib/corpus.js";
import { spanOf } from "./lib/dates.js";
import { dataTable } from "./lib/data-table.js";
import { documentOf, frameChart, type FigureOptions, type PlotArea } from "./lib/frame.js";
import { formatDate, formatDay, formatNumber, formatQuantity, pluralize } from "./lib/format.js";
import { shortQuote } from "./lib/quote.js";
import type { FigureRow } from "./lib/rows.js";
import { asOfDay, sourceLine } from "./lib/sources.js";
import { textWidth, truncateToWidth, wrapText } from "./lib/text-width.js";
import { FAINT_OPACITY, FONT_FAMILY, MUTED_OPACITY, paletteOf } from "./lib/theme.js";
import { figureEntry } from "./lib/figure-entry.js";

export interface FigureCardsOptions extends FigureOptions {
  /** Figure kinds to show, in this order (default: every kind, headline kinds first). */
  kinds?: readonly string[];
}

/** What one card says, in the order it says it. */
export interface Card {
  id: string;
  kind: string;
  label: string;
  value: string;
  /** "6 individuals · 3 entities" for designations, else "". */
  parts: string;
  /** "Mar 2022 · North Korea" */
  meta: string;
  context: string;
  formula: string;
  /** `sources#<fact id>`: the sentence the number comes from. */
  href: string;
  quote: string;
  /** The fact's own words inside the quote, which a shortened quote keeps in view. */
  focus: string;
  source: string;
  doc: string;
  fact: string;
}

// Headline kinds first; kinds the pipeline adds later follow in alphabetical order.
const KIND_ORDER = [
  "theft",
  "missile-cost",
  "cost-per-missile",
  "missiles-per-theft",
  "icbm-launches",
  "designation",
  "exchange-rate",
];

function kindRank(kind: string): number {
  const rank = KIND_ORDER.indexOf(kind);
  return rank < 0 ? KIND_ORDER.length : rank;
}

function partsText(parts: unknown): string {
  if (!parts || typeof parts !== "object") return "";
  return Object.entries(parts)
    .filter(
      (entry): entry is [string, number] => typeof entry[1] === "number" && Number.isFinite(entry[1]) && entry[1] > 0,
    )
    .map(([type, n]) => `${formatNumber(n)} ${pluralize(type, n)}`)
    .join(" · ");
}

function cardOf(f: FigureRecord, data: CorpusLike, facts: Map<string, { quote?: string }>): Card {
  const value = typeof f.value === "number" && Number.isFinite(f.value) ? f.value : null;
  const publisher = documentIndex(data).get(text(f.doc))?.publisher;
  return {
    id: text(f.id),
    kind: text(f.kind),
    label: text(f.label) || text(f.kind) || "Figure",
    value: value === null ? "–" : formatQuantity({ value, high: f.high, unit: f.unit, qualifier: f.qualifier }),
    parts: partsText(f.parts),
    meta: [f.date ? formatDate(f.date) : "", text(f.actor)].filter(Boolean).join(" · "),
    context: text(f.context),
    formula: text(f.formula),
    href: `sources#${firstFact(f)}`,
    quote: text(f.quote),
    focus: text(facts.get(firstFact(f))?.quote),
    source: publisher || text(f.doc),
    doc: text(f.doc),
    fact: firstFact(f),
  };
}

/** The cards shown: one per figure, headline kinds first, then by date. */
export function figureCardsData(data: CorpusLike, options: { kinds?: readonly string[] } = {}): Card[] {
  if (options.kinds !== undefined && !Array.isArray(options.kinds))
    throw new TypeError(`invalid kinds: ${String(options.kinds)}`);
  const kinds = options.kinds;
  const rank = (f: FigureRecord) => (kinds ? kinds.indexOf(f.kind) : kindRank(f.kind));
  const facts = factIndex(data);
  const time = (f: FigureRecord) => spanOf(f.date)?.start.getTime() ?? Number.POSITIVE_INFINITY;
  return figuresOf(data)
    .filter((f) => !kinds || kinds.includes(f.kind))
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        text(a.kind).localeCompare(text(b.kind)) ||
        time(a) - time(b) ||
        text(a.id).localeCompare(text(b.id)),
    )
    .map((f) => cardOf(f, data, facts));
}

/** One row per card: the figure's numbers, formula, doc and quote. */
export function rows(data: CorpusLike, options: { kinds?: readonly string[] } = {}): FigureRow[] {
  const byId = new Map(figuresOf(data).map((f) => [f.id, f]));
  return figureCardsData(data, options).map((card) => {
    const f = byId.get(card.id);
    return {
      figure: card.id,
      kind: card.kind,
      label: card.label,
      value: typeof f?.value === "number" ? f.value : null,
      high: typeof f?.high === "number" ? f.high : null,
      unit: text(f?.unit),
      qualifier: text(f?.qualifier),
      date: text(f?.date?.iso),
      actor: text(f?.actor),
      formula: card.formula,
      fact: card.fact,
      doc: card.doc,
      quote: card.quote,
    };
  });
}

/** "Headline figures: Crypto stolen by North Korea, 235 million USD (May 2019); …" */
export function figureCardsAlt(data: CorpusLike, options: { kinds?: readonly string[] } = {}): string {
  const byId = new Map(figuresOf(data).map((f) => [f.id, f]));
  const cards = figureCardsData(data, options);
  if (!cards.length) return "No headline figures in the articles yet.";
  const described = cards.map((card) => {
    const f = byId.get(card.id);
    const words =
      f && typeof f.value === "number"
        ? formatQuantity({ value: f.value, high: f.high, unit: f.unit, qualifier: f.qualifier }, "words")
        : card.value;
    const when = f?.date ? ` (${formatDate(f.date, "long")})` : "";
    return `${card.label}: ${words}${when}${card.parts ? `, ${card.parts.replace(/ · /g, ", ")}` : ""}`;
  });
  return `${cards.length} headline ${pluralize("figure", cards.length)}. ${described.join("; ")}.`;
}

const TITLE = "Headline figures";

function subtitleOf(cards: Card[]): string {
  return cards.length
    ? `${cards.length} ${pluralize("number", cards.length)} computed from the articles; each links to the sentence it comes from`
    : "";
}

function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className: string,
  content: string,
  style = "",
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.setAttribute("class", className);
  if (style) node.setAttribute("style", style);
  node.textContent = content;
  return node;
}

const BORDER = "1px solid var(--theme-foreground-faintest, rgba(127, 127, 127, 0.3))";

function cardElement(document: Document, card: Card): HTMLElement {
  const article = document.createElement("article");
  article.setAttribute("class", "nk-card");
  article.setAttribute(
    "style",
    `border: ${BORDER}; border-radius: 8px; padding: 12px 14px; display: flex; flex-direction: column; gap: 4px; min-width: 0;`,
  );
  article.setAttribute("data-figure", card.id);
  const muted = `margin: 0; opacity: ${MUTED_OPACITY};`;
  article.append(
    element(document, "h3", "nk-card-label", card.label, `margin: 0; font-size: 13px; font-weight: 600; ${muted}`),
    element(
      document,
      "p",
      "nk-card-value",
      card.value,
      "margin: 0; font-size: 26px; font-weight: 600; line-height: 1.15; font-variant-numeric: tabular-nums;",
    ),
  );
  if (card.parts) article.append(element(document, "p", "nk-card-parts", card.parts, "margin: 0; font-size: 13px;"));
  if (card.meta) article.append(element(document, "p", "nk-card-date", card.meta, `font-size: 12px; ${muted}`));
  if (card.context)
    article.append(element(document, "p", "nk-card-context", card.context, "margin: 0; font-size: 13px;"));
  if (card.formula)
    article.append(
      element(document, "p", "nk-card-formula", card.formula, `font-size: 12px; font-style: italic; ${muted}`),
    );
  const link = element(document, "a", "nk-card-source", `Source: ${card.source}`, "margin-top: auto; font-size: 12px;");
  link.setAttribute("href", card.href);
  link.setAttribute("title", card.quote);
  article.append(link);
  return article;
}

/** Headline figure cards as HTML: value with unit, date, context, and a link to the source sentence. */
export function FigureCards(data: CorpusLike, options: FigureCardsOptions = {}): HTMLElement {
  const document = documentOf(options);
  const palette = paletteOf(options.theme);
  const cards = figureCardsData(data, options);
  const alt = figureCardsAlt(data, options);
  const title = options.title ?? TITLE;
  const figure = document.createElement("figure");
  figure.setAttribute("class", "nk-figure nk-figure--figure-cards");
  figure.setAttribute("role", "group");
  figure.setAttribute("aria-label", alt);
  const frameStyle = [`margin: 0; font-family: ${FONT_FAMILY};`];
  if (options.width !== undefined) frameStyle.push(`max-width: ${Math.round(options.width)}px;`);
  if (palette.background)
    frameStyle.push(`color: ${palette.foreground}; background: ${palette.background}; padding: 16px;`);
  figure.setAttribute("style", frameStyle.join(" "));
  figure.append(
    element(document, "h2", "nk-figure-title", title, "margin: 0 0 2px; font-size: 17px; font-weight: 600;"),
  );
  const subtitle = options.subtitle ?? subtitleOf(cards);
  if (subtitle)
    figure.append(
      element(
        document,
        "p",
        "nk-figure-subtitle",
        subtitle,
        `margin: 0 0 12px; font-size: 13px; opacity: ${MUTED_OPACITY};`,
      ),
    );
  if (cards.length) {
    const grid = document.createElement("div");
    grid.setAttribute("class", "nk-cards");
    grid.setAttribute(
      "style",
      "display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 12px;",
    );
    for (const card of cards) grid.append(cardElement(document, card));
    figure.append(grid);
  } else {
    figure.append(
      element(document, "p", "nk-empty", "No headline figures in these articles yet.", `opacity: ${MUTED_OPACITY};`),
    );
  }
  const docs = cards.map((c) => c.doc);
  const asOf = asOfDay(docs, data, options.asOf);
  const caption = `${sourceLine(docs, data)} · As of ${asOf ? formatDay(asOf) : "an unknown date"}`;
  figure.append(
    element(
      document,
      "figcaption",
      "nk-figure-source",
      caption,
      `margin-top: 12px; font-size: 11px; opacity: ${MUTED_OPACITY};`,
    ),
    dataTable(document, rows(data, options), `${title}: the rows behind the cards`),
  );
  return figure;
}

// ---------------------------------------------------------------------------
// The same cards drawn in SVG, for slides and PNG export (resvg cannot lay out HTML).

const CARD = { min: 190, gap: 12, pad: 12, label: 12, value: 24, line: 15, small: 11 };

interface CardLines {
  card: Card;
  label: string[];
  value: string;
  valueSize: number;
  lines: { text: string; size: number; muted: boolean; italic: boolean }[];
}

// A cut paragraph ends with an ellipsis, so a card never pretends the text stops there.
function clampLines(lines: string[], max: number, width: number, size: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = truncateToWidth(`${kept[max - 1]}…`, width, size);
  return kept;
}

function cardLines(card: Card, width: number): CardLines {
  const inner = width - 2 * CARD.pad;
  const lines: CardLines["lines"] = [];
  const add = (content: string, size: number, muted = false, italic = false, max = 3) => {
    for (const t of clampLines(wrapText(content, inner, size), max, inner, size))
      lines.push({ text: t, size, muted, italic });
  };
  if (card.parts) add(card.parts, CARD.small + 1);
  if (card.meta) add(card.meta, CARD.small, true);
  if (card.context) add(card.context, CARD.small);
  if (card.formula) add(card.formula, CARD.small, true, true, 1);
  add(`“${shortQuote(card.quote, card.focus, 90)}”`, CARD.small - 1, true, true, 2);
  add(`Source: ${card.source}`, CARD.small - 1, true, false, 1);
  // Long values ("1,754.5 won per dollar") shrink to fit rather than lose their unit.
  const natural = textWidth(card.value, CARD.value, "semibold");
  const valueSize = natural > inner ? Math.max(14, Math.floor((CARD.value * inner) / natural)) : CARD.value;
  return {
    card,
    label: clampLines(wrapText(card.label, inner, CARD.label, "semibold"), 2, inner, CARD.label),
    value: truncateToWidth(card.value, inner, valueSize, "semibold"),
    valueSize,
    lines,
  };
}

function cardsLayout(cards: Card[], width: number) {
  const columns = Math.max(1, Math.floor((width + CARD.gap) / (CARD.min + CARD.gap)));
  const cardWidth = (width - (columns - 1) * CARD.gap) / columns;
  const laid = cards.map((c) => cardLines(c, cardWidth));
  const cardHeight = Math.max(
    0,
    ...laid.map((l) => CARD.pad * 2 + l.label.length * CARD.line + 6 + CARD.value + 8 + l.lines.length * CARD.line),
  );
  const rowsCount = Math.ceil(cards.length / columns);
  return {
    columns,
    cardWidth,
    cardHeight,
    laid,
    height: rowsCount * cardHeight + Math.max(0, rowsCount - 1) * CARD.gap,
  };
}

function svgCards(cards: Card[], area: PlotArea): Plot.PlotOptions {
  const { columns, cardWidth, cardHeight, laid } = cardsLayout(cards, area.width);
  const boxes = laid.map((l, i) => ({
    l,
    x: area.left + (i % columns) * (cardWidth + CARD.gap),
    y: area.top + Math.floor(i / columns) * (cardHeight + CARD.gap),
  }));
  type Box = (typeof boxes)[number];
  const texts = boxes.flatMap((b) => {
    const x = b.x + CARD.pad;
    let y = b.y + CARD.pad;
    const out = b.l.label.map((label) => {
      y += CARD.line;
      return { b, x, y: y - 2, text: label, size: CARD.label, weight: 600, muted: true, italic: false };
    });
    y += 6 + CARD.value;
    out.push({ b, x, y, text: b.l.value, size: b.l.valueSize, weight: 600, muted: false, italic: false });
    y += 8;
    for (const line of b.l.lines) {
      y += CARD.line;
      out.push({
        b,
        x,
        y: y - 3,
        text: line.text,
        size: line.size,
        weight: 400,
        muted: line.muted,
        italic: line.italic,
      });
    }
    return out;
  });
  type Line = (typeof texts)[number];
  const px = <T>(f: (d: T) => number) => ({ value: f, scale: null });
  return {
    x: { type: "identity", axis: null },
    y: { type: "identity", axis: null },
    marks: [
      Plot.rect(boxes, {
        x1: (b: Box) => b.x + 0.5,
        x2: (b: Box) => b.x + cardWidth - 0.5,
        y1: (b: Box) => b.y + 0.5,
        y2: (b: Box) => b.y + cardHeight - 0.5,
        rx: 8,
        fill: "none",
        stroke: "currentColor",
        strokeOpacity: FAINT_OPACITY,
        href: (b: Box) => b.l.card.href,
        title: (b: Box) => b.l.card.quote,
      }),
      ...[400, 600].flatMap((weight) =>
        [false, true].map((italic) =>
          Plot.text(
            texts.filter((t) => t.weight === weight && t.italic === italic),
            {
              x: px((t: Line) => t.x),
              y: px((t: Line) => t.y),
              text: (t: Line) => t.text,
              fontSize: (t: Line) => t.size,
              fillOpacity: (t: Line) => (t.muted ? MUTED_OPACITY : 1),
              textAnchor: "start",
              lineAnchor: "bottom",
              fontWeight: weight,
              fontStyle: italic ? "italic" : "normal",
            },
          ),
        ),
      ),
    ],
  };
}

/** The headline cards as one SVG figure (title, source line and data table included), for slides. */
export function FigureCardsSvg(data: CorpusLike, options: FigureCardsOptions = {}): HTMLElement {
  const { kinds, ...frame } = options;
  const cards = figureCardsData(data, { kinds });
  return frameChart(
    {
      id: "figure-cards",
      title: TITLE,
      subtitle: subtitleOf(cards),
      alt: figureCardsAlt(data, { kinds }),
      docs: cards.map((c) => c.doc),
      rows: rows(data, { kinds }),
      plotHeight: (width) => cardsLayout(cards, width).height + 4,
      plot: cards.length ? (area) => svgCards(cards, area) : null,
      empty: "No headline figures in these articles yet.",
    },
    data,
    frame,
  );
}

/** This figure for the registry (components/index.ts) and for pages with a download menu. */
export const figureCardsFigure = figureEntry("figure-cards", "Headline figures", FigureCards, rows, FigureCardsSvg);
