// The headline comparison: what North Korea stole against what its missiles cost, both as the articles state
// them. The cost is a range, so it is drawn as a range; the theft is one number, drawn as a point on the same axis.
import * as Plot from "@observablehq/plot";
import type { EventRecord, Fact, FigureRecord } from "../../data-loaders/types.ts";
import { eventsOf, figuresOf, firstFact, factIndex, text, type CorpusLike } from "./lib/corpus.js";
import { checkedAnnotations, frameChart, type FigureOptions, type PlotArea } from "./lib/frame.js";
import { currencyWord, formatCompact, formatDate, formatNumber, formatQuantity, pluralize } from "./lib/format.js";
import { shortQuote, quoted } from "./lib/quote.js";
import type { FigureRow } from "./lib/rows.js";
import { linear, niceCeil } from "./lib/scale.js";
import { textWidth, wrapText } from "./lib/text-width.js";
import { EVENT_TYPE_COLORS, MUTED_OPACITY } from "./lib/theme.js";
import { figureEntry } from "./lib/figure-entry.js";

export type Currency = "USD" | "KRW";

export interface TheftVsMissilesOptions extends FigureOptions {
  currency?: Currency;
}

interface Measure {
  key: "theft" | "cost";
  label: string;
  low: number;
  high: number | null;
  unit: string;
  figure: FigureRecord;
  /** Short quote of the sentence the figure comes from. */
  excerpt: string;
}

export interface TheftVsMissilesData {
  currency: string;
  theft: Measure | null;
  cost: Measure | null;
  /** Won per dollar implied by the article (the theft's won equivalent over its dollar amount), when stated. */
  rate: { value: number; figure: FigureRecord | null; event: EventRecord | null } | null;
  /** Missiles the cost paid for ("23 ballistic missiles"), when the launch event counts them. */
  missiles: { value: number; unit: string } | null;
  /** True when KRW was asked for but the articles give no rate, so amounts stay in their own currency. */
  fellBack: boolean;
}

function numeric(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function figureOfKind(figures: FigureRecord[], kind: string, doc?: string): FigureRecord | null {
  const usable = figures.filter((f) => f.kind === kind && numeric(f.value) !== null);
  return usable.find((f) => doc !== undefined && f.doc === doc) ?? usable[0] ?? null;
}

function eventsOfFigure(figure: FigureRecord | null, events: EventRecord[]): EventRecord[] {
  const ids = new Set(Array.isArray(figure?.events) ? figure.events : []);
  return events.filter((e) => ids.has(e.id));
}

// Won per dollar: the pipeline's "exchange-rate" figure, else the theft event's own won equivalent.
function wonPerDollar(
  figures: FigureRecord[],
  theft: FigureRecord | null,
  events: EventRecord[],
): TheftVsMissilesData["rate"] {
  const figure = figureOfKind(figures, "exchange-rate", theft?.doc);
  const value = numeric(figure?.value);
  if (figure && value !== null && value > 0) {
    const inverted = /^USD\b|USD\s*(?:per|\/)\s*KRW/i.test(text(figure.unit)) || value < 1;
    return { value: inverted ? 1 / value : value, figure, event: null };
  }
  for (const event of eventsOfFigure(theft, events)) {
    const dollars = event.amount?.unit === "USD" ? numeric(event.amount.value) : null;
    const won = (Array.isArray(event.equivalents) ? event.equivalents : []).find((a) => a?.unit === "KRW");
    if (dollars && won && numeric(won.value)) return { value: won.value / dollars, figure: null, event };
  }
  return null;
}

function convert(value: number, from: string, to: string, rate: number | null): number | null {
  if (from === to) return value;
  if (rate === null) return null;
  if (from === "USD" && to === "KRW") return value * rate;
  if (from === "KRW" && to === "USD") return value / rate;
  return null;
}

function measure(
  key: Measure["key"],
  label: string,
  figure: FigureRecord | null,
  currency: string,
  rate: number | null,
  data: CorpusLike,
): Measure | null {
  const value = numeric(figure?.value);
  if (!figure || value === null) return null;
  const unit = text(figure.unit) || "USD";
  const low = convert(value, unit, currency, rate);
  const high = numeric(figure.high);
  const facts = factIndex(data);
  const excerpt = shortQuote(figure.quote, facts.get(firstFact(figure))?.quote, 96);
  if (low === null) return { key, label, low: value, high, unit, figure, excerpt };
  return {
    key,
    label,
    low,
    high: high === null ? null : convert(high, unit, currency, rate),
    unit: currency,
    figure,
    excerpt,
  };
}

/** The two figures compared, converted to `currency` at the article's own rate when it gives one. */
export function theftVsMissilesData(data: CorpusLike, options: { currency?: Currency } = {}): TheftVsMissilesData {
  const requested = options.currency ?? "USD";
  if (requested !== "USD" && requested !== "KRW") throw new TypeError(`invalid currency: ${String(requested)}`);
  const figures = figuresOf(data);
  const events = eventsOf(data);
  const costFigure = figureOfKind(figures, "missile-cost");
  const theftFigure = figureOfKind(figures, "theft", costFigure?.doc);
  const rate = wonPerDollar(figures, theftFigure, events);
  const fellBack = requested === "KRW" && rate === null;
  const currency = fellBack ? "USD" : requested;
  const theft = measure("theft", "Theft", theftFigure, currency, rate?.value ?? null, data);
  // The article's own won amount beats a recomputed one: "about 412.3 billion won" stays 412.3 billion.
  if (theft && currency === "KRW") {
    const own = eventsOfFigure(theftFigure, events)
      .flatMap((e) => (Array.isArray(e.equivalents) ? e.equivalents : []))
      .find((a) => a?.unit === "KRW" && numeric(a.value) !== null);
    if (own) theft.low = own.value;
  }
  const cost = measure("cost", "Missile cost", costFigure, currency, rate?.value ?? null, data);
  const count = eventsOfFigure(costFigure, events).find((e) => numeric(e.count?.value) !== null)?.count;
  const missiles = count ? { value: count.value, unit: text(count.unit) || "missile" } : null;
  return { currency, theft, cost, rate, missiles, fellBack };
}

function amountText(m: Measure, style: "symbol" | "words" = "symbol"): string {
  const qualifier = m.key === "theft" && m.unit === "KRW" ? "about" : m.figure.qualifier;
  return formatQuantity({ value: m.low, high: m.high, unit: m.unit, qualifier }, style);
}

function missilesText(d: TheftVsMissilesData): string {
  return d.missiles
    ? `${formatNumber(d.missiles.value)} ${pluralize(d.missiles.unit, d.missiles.value)}`
    : "the missiles";
}

function relation(theft: Measure, cost: Measure): "within" | "above" | "below" {
  const high = cost.high ?? cost.low;
  return theft.low < cost.low ? "below" : theft.low > high ? "above" : "within";
}

const RELATION_WORDS = { within: "falls within", above: "exceeds", below: "is less than" };

/** "Theft of 235 million USD in May 2019 against a missile cost of 300 to 550 million USD…" */
export function theftVsMissilesAlt(d: TheftVsMissilesData): string {
  const { theft, cost } = d;
  const theftWords = theft && `theft of ${amountText(theft, "words")} in ${formatDate(theft.figure.date, "long")}`;
  const costWords =
    cost &&
    `a missile cost of ${amountText(cost, "words")} for ${missilesText(d)} in ${formatDate(cost.figure.date, "long")}`;
  if (theft && cost) {
    const verdict = `; the theft ${RELATION_WORDS[relation(theft, cost)]} the cost${cost.high !== null ? " range" : ""}.`;
    return `Chart comparing a ${theftWords} against ${costWords}${verdict}`;
  }
  if (theft) return `Chart of a ${theftWords}; the articles give no missile cost to compare with.`;
  if (cost) return `Chart of ${costWords}; the articles give no theft amount to compare with.`;
  return "Empty chart: the articles give neither a theft amount nor a missile cost.";
}

function capitalize(line: string): string {
  return line ? line[0].toUpperCase() + line.slice(1) : line;
}

function subtitleOf(d: TheftVsMissilesData): string {
  const { theft, cost } = d;
  if (theft && cost) {
    const perTheft = `${amountText(theft)} stolen in ${formatDate(theft.figure.date)} ${RELATION_WORDS[relation(theft, cost)]}`;
    return `${perTheft} the ${amountText(cost)} spent on ${missilesText(d)} in ${formatDate(cost.figure.date)}`;
  }
  if (theft) return `${amountText(theft)} stolen in ${formatDate(theft.figure.date)}; no missile cost to compare with`;
  if (cost) return `${amountText(cost)} spent on ${missilesText(d)}; no theft amount to compare with`;
  return "";
}

/** The rows behind the chart: one per figure used, with doc and quote. */
export function rows(data: CorpusLike, options: { currency?: Currency } = {}): FigureRow[] {
  const d = theftVsMissilesData(data, options);
  const out: FigureRow[] = [];
  for (const m of [d.theft, d.cost]) {
    if (!m) continue;
    out.push({
      measure: m.label,
      low: m.low,
      high: m.high,
      unit: m.unit,
      date: text(m.figure.date?.iso),
      figure: text(m.figure.id),
      fact: firstFact(m.figure),
      doc: text(m.figure.doc),
      quote: text(m.figure.quote),
    });
  }
  if (d.currency === "KRW" && d.rate) {
    const source = d.rate.figure ?? d.rate.event;
    out.push({
      measure: "Won per dollar",
      low: d.rate.value,
      high: null,
      unit: "KRW per USD",
      date: text(source?.date?.iso),
      figure: text(d.rate.figure?.id),
      fact: source ? firstFact(source) : "",
      doc: text(source?.doc),
      quote: text(source?.quote),
    });
  }
  return out;
}

const ROW = { top: 26, bar: 18, dot: 6, gap: 50 };
const LABEL_SIZE = 12;
const NOTE = { size: 11, line: 15 };

// The won amount among a rate's facts (its figure lists the dollar fact first, then the won one; an event names
// its won equivalent), so the chart quotes the sentence that gives it rather than the theft's.
function wonFact(source: FigureRecord | EventRecord, facts: Map<string, Fact>): Fact | null {
  const equivalents = "equivalents" in source && Array.isArray(source.equivalents) ? source.equivalents : [];
  const ids = [...(Array.isArray(source.facts) ? source.facts : []), ...equivalents.map((a) => a?.fact)];
  return ids.map((id) => facts.get(text(id))).find((f) => f?.kind === "money" && f.unit === "KRW") ?? null;
}

// The citations under the axis: each figure's short quote, prefixed by what it supports.
function citationsOf(d: TheftVsMissilesData, facts: Map<string, Fact>): string[] {
  const lines = [d.cost, d.theft]
    .filter((m): m is Measure => m !== null)
    .map((m) => `${m.label} (${formatDate(m.figure.date)}): ${quoted(m.excerpt)}`);
  const source = d.currency === "KRW" ? (d.rate?.figure ?? d.rate?.event) : null;
  if (source) {
    const won = wonFact(source, facts);
    const sentence = won ? text(won.sentence?.text) || won.quote : source.quote;
    const focus = won ? won.quote : facts.get(firstFact(source))?.quote;
    lines.push(`Won equivalent: ${quoted(shortQuote(sentence, focus, 96))}`);
  }
  return lines;
}

function wrapAll(lines: string[], width: number): string[] {
  return lines.flatMap((line) => wrapText(line, width, NOTE.size));
}

function chartOf(d: TheftVsMissilesData, citations: string[], area: PlotArea): Plot.PlotOptions {
  const measures = [d.cost, d.theft].filter((m): m is Measure => m !== null);
  const lines = wrapAll(citations, area.width);
  const marginLeft = Math.ceil(Math.max(...measures.map((m) => textWidth(m.label, LABEL_SIZE, "semibold")))) + 14;
  const marginRight = 24; // half of the widest tick label, so the last tick is not cut
  const quoteHeight = lines.length * NOTE.line + 6;
  const marginTop = 10;
  const marginBottom = 30 + quoteHeight;
  // Frame top sits at marginTop; the first row's centre ROW.top below the area top.
  const left = area.left + marginLeft;
  const right = area.left + area.width - marginRight;
  const max = niceCeil(Math.max(...measures.map((m) => Math.max(m.low, m.high ?? m.low))) * 1.04);
  const x = linear(0, max, left, right);
  const unit = measures[0].unit;
  // Given more height than the rows need (a slide), the rows spread out and sit centred above the axis.
  const natural = ROW.top + ROW.bar / 2 + (measures.length - 1) * ROW.gap + 22 + 36 + lines.length * NOTE.line;
  const band = area.height - marginTop - marginBottom;
  const spread = area.height > natural;
  const gap = spread ? Math.min(ROW.gap * 2.5, band / measures.length) : ROW.gap;
  const yOf = new Map<Measure["key"], number>();
  let y = spread ? area.top + marginTop + (band - (measures.length - 1) * gap) / 2 : area.top + ROW.top;
  for (const m of measures) {
    yOf.set(m.key, y);
    y += gap;
  }
  // y is an identity scale: every vertical position below is already in pixels.
  const px = (value: number) => () => value;
  const atX = (value: number) => ({ value: () => value, scale: null });
  const marks: Plot.Markish[] = [
    Plot.gridX({ strokeOpacity: 0.12 }),
    Plot.axisX({ tickFormat: (v: number) => formatCompact(v, unit) }),
  ];
  for (const m of measures) {
    const cy = yOf.get(m.key) ?? 0;
    marks.push(
      Plot.text([m.label], {
        x: atX(area.left),
        y: px(cy),
        textAnchor: "start",
        fontWeight: 600,
        fontSize: LABEL_SIZE,
      }),
    );
  }
  const tip = (m: Measure) => `${m.label}: ${amountText(m)}, ${formatDate(m.figure.date)}\n${quoted(m.excerpt)}`;
  const href = (m: Measure) => `sources#${firstFact(m.figure)}`;
  const { cost, theft } = d;
  if (cost) {
    const cy = yOf.get("cost") ?? 0;
    const high = cost.high ?? cost.low;
    const [x1, x2] = [x(cost.low), x(high)];
    marks.push(
      Plot.rect([cost], {
        x1: () => cost.low,
        x2: () => Math.max(high, cost.low),
        y1: px(cy - ROW.bar / 2),
        y2: px(cy + ROW.bar / 2),
        fill: EVENT_TYPE_COLORS["missile-launch"],
        rx: 3,
        insetLeft: high === cost.low ? -2 : 0,
        insetRight: high === cost.low ? -2 : 0,
        title: tip,
        href,
      }),
    );
    const lowLabel = formatCompact(cost.low, cost.unit);
    const highLabel = formatCompact(high, cost.unit);
    const fits = x2 - x1 >= textWidth(lowLabel, 11) + textWidth(highLabel, 11) + 12;
    const ends = fits
      ? [
          { at: cost.low, label: lowLabel, anchor: "start" as const },
          { at: high, label: highLabel, anchor: "end" as const },
        ]
      : [
          {
            at: (cost.low + high) / 2,
            label: high === cost.low ? lowLabel : `${lowLabel}–${highLabel}`,
            anchor: "middle" as const,
          },
        ];
    for (const end of ends) {
      marks.push(
        Plot.text([end.label], {
          x: () => end.at,
          y: px(cy - ROW.bar / 2 - 9),
          textAnchor: end.anchor,
          fillOpacity: MUTED_OPACITY,
        }),
      );
    }
  }
  if (theft) {
    const cy = yOf.get("theft") ?? 0;
    if (cost) {
      const top = (yOf.get("cost") ?? 0) + ROW.bar / 2;
      marks.push(
        Plot.ruleX([theft.low], {
          x: (v: number) => v,
          y1: px(top),
          y2: px(cy - ROW.dot),
          strokeDasharray: "3,3",
          strokeOpacity: 0.6,
        }),
      );
    }
    marks.push(
      Plot.dot([theft], { x: () => theft.low, y: px(cy), r: ROW.dot, fill: EVENT_TYPE_COLORS.theft, title: tip, href }),
    );
    const label = formatCompact(theft.low, theft.unit);
    const roomRight = x(theft.low) + ROW.dot + 6 + textWidth(label, LABEL_SIZE) <= area.left + area.width;
    marks.push(
      Plot.text([label], {
        x: () => theft.low,
        y: px(cy),
        dx: roomRight ? ROW.dot + 6 : -(ROW.dot + 6),
        textAnchor: roomRight ? "start" : "end",
        fontSize: LABEL_SIZE,
      }),
    );
  }
  const quoteTop = area.top + area.height - quoteHeight + 4;
  marks.push(
    Plot.text(lines, {
      x: atX(area.left),
      y: (_: string, i: number) => quoteTop + i * NOTE.line + NOTE.size * 0.7,
      text: (line: string) => line,
      textAnchor: "start",
      fontSize: NOTE.size,
      fontStyle: "italic",
      fillOpacity: MUTED_OPACITY,
    }),
  );
  return {
    marginTop,
    marginLeft,
    marginRight,
    marginBottom,
    x: { domain: [0, max], range: [left, right], label: null, ticks: Math.max(2, Math.floor(area.width / 110)) },
    y: { type: "identity", axis: null },
    marks,
  };
}

/** Theft amount against the range of what the missiles cost, on one money axis. */
export function TheftVsMissiles(data: CorpusLike, options: TheftVsMissilesOptions = {}): HTMLElement {
  const { currency, ...frame } = options;
  const annotations = checkedAnnotations(frame.annotations);
  const d = theftVsMissilesData(data, { currency });
  const measures = [d.cost, d.theft].filter((m): m is Measure => m !== null);
  const notes: string[] = [];
  if (d.currency === "KRW" && d.rate) {
    notes.push(
      `Won at ${formatNumber(d.rate.value)} ${currencyWord("KRW")} per dollar, the rate implied by the article’s own won equivalent of the theft.`,
    );
  }
  if (d.fellBack) notes.push("The articles give no won equivalent, so amounts are shown in US dollars.");
  // `annotations` keeps the first quotes only (the cost's, then the theft's, then the rate's).
  const citations = citationsOf(d, factIndex(data)).slice(0, annotations);
  // Rows, then room under the last one, then the axis and the citations.
  const rowsHeight = ROW.top + ROW.bar / 2 + (measures.length - 1) * ROW.gap + 22;
  const plotHeight = (width: number) => rowsHeight + 36 + wrapAll(citations, width).length * NOTE.line;
  return frameChart(
    {
      id: "theft-vs-missiles",
      title: "Crypto theft against missile spending",
      subtitle: capitalize(subtitleOf(d)),
      alt: theftVsMissilesAlt(d),
      docs: measures.map((m) => text(m.figure.doc)),
      rows: rows(data, { currency }),
      legend: [
        ...(d.cost
          ? [
              {
                label: `Missile cost, ${d.cost.high !== null ? "range " : ""}as reported`,
                color: EVENT_TYPE_COLORS["missile-launch"],
                shape: "bar" as const,
              },
            ]
          : []),
        ...(d.theft ? [{ label: "Theft", color: EVENT_TYPE_COLORS.theft, shape: "dot" as const }] : []),
      ],
      notes,
      plotHeight,
      plot: measures.length ? (area) => chartOf(d, citations, area) : null,
      empty: "No theft amount or missile cost in these articles yet.",
    },
    data,
    frame,
  );
}

/** This figure for the registry (components/index.ts) and for pages with a download menu. */
export const theftVsMissilesFigure = figureEntry(
  "theft-vs-missiles",
  "Crypto theft against missile spending",
  TheftVsMissiles,
  rows,
);
