// Who said what, when: one row per speaker, one dot per statement or quote over time, colored by the speaker's
// country, with the speaker's latest words written next to the row.
import * as Plot from "@observablehq/plot";
import type { DateValue, Fact, QuoteFact } from "../../data-loaders/types.ts";
import { documentIndex, eventsOf, factIndex, factsOf, text, type CorpusLike } from "./lib/corpus.js";
import { spanOf, type DateSpan } from "./lib/dates.js";
import { frameChart, type FigureOptions, type PlotArea } from "./lib/frame.js";
import { formatDate, pluralize } from "./lib/format.js";
import { quoted } from "./lib/quote.js";
import type { FigureRow } from "./lib/rows.js";
import { linear } from "./lib/scale.js";
import { textWidth, truncateToWidth } from "./lib/text-width.js";
import { categoricalColors, OTHER_COLOR } from "./lib/theme.js";
import { figureEntry } from "./lib/figure-entry.js";

export interface VoicesOptions extends FigureOptions {
  /** Documents to take statements from (all when absent). */
  docs?: readonly string[];
}

export interface Voice {
  speaker: string;
  country: string;
  date: DateValue;
  span: DateSpan;
  /** "statement" when the text dates the statement; "article" when only the article's date is known. */
  datedBy: "statement" | "article";
  words: string;
  doc: string;
  quote: string;
  fact: string;
  source: string;
}

const UNKNOWN_COUNTRY = "Country not stated";
const ROW_HEIGHT = 24;
const DOT_RADIUS = 5;
const DODGE = 9;
const LABEL_SIZE = 11;
const MARGIN = { top: 6, right: 8, bottom: 26 };

// The speaker's country, from the actor facts the extractor found: a person's or organization's country,
// or the country itself when a country speaks.
function countryIndex(facts: Fact[]): Map<string, string> {
  const countries = new Map<string, string>();
  for (const f of facts) {
    if (f.kind !== "person" && f.kind !== "organization" && f.kind !== "country") continue;
    const name = text(f.value);
    const country = f.kind === "country" ? name : text(f.country);
    if (name && country && !countries.has(name)) countries.set(name, country);
  }
  return countries;
}

function isQuote(f: Fact | undefined): f is QuoteFact {
  return f?.kind === "quote";
}

/** Statements (dated by the text) and attributed quotes no statement covers (dated by their article). */
export function voicesData(data: CorpusLike, options: { docs?: readonly string[] } = {}): Voice[] {
  if (options.docs !== undefined && !Array.isArray(options.docs))
    throw new TypeError(`invalid docs: ${String(options.docs)}`);
  const inDocs = (doc: string) => !options.docs || options.docs.includes(doc);
  const facts = factsOf(data);
  const byId = factIndex(data);
  const countries = countryIndex(facts);
  const countryOf = (speaker: string) => countries.get(speaker) ?? UNKNOWN_COUNTRY;
  const voices: Voice[] = [];
  const covered = new Set<string>();
  for (const e of eventsOf(data)) {
    if (e.type !== "statement" || !inDocs(text(e.doc))) continue;
    const quoteFacts = (Array.isArray(e.facts) ? e.facts : []).map((id) => byId.get(id)).filter(isQuote);
    quoteFacts.forEach((f) => covered.add(f.id));
    const speaker = text(e.actor) || text(e.participants?.[0]) || text(quoteFacts[0]?.speaker);
    const span = spanOf(e.date);
    if (!speaker || !span || !e.date) continue;
    const words = quoteFacts.length ? quoteFacts.map((f) => text(f.value)).join(" … ") : "";
    voices.push({
      speaker,
      country: countryOf(speaker),
      date: e.date,
      span,
      datedBy: "statement",
      words,
      doc: text(e.doc),
      quote: quoteFacts[0] ? text(quoteFacts[0].quote) : text(e.quote),
      fact: quoteFacts[0]?.id ?? text(e.facts?.[0]),
      source: text(e.id),
    });
  }
  const documents = documentIndex(data);
  for (const f of facts) {
    if (!isQuote(f) || covered.has(f.id) || !text(f.speaker) || !inDocs(text(f.doc))) continue;
    const published = documents.get(f.doc)?.published;
    const span = spanOf(published);
    if (!span || !published) continue;
    voices.push({
      speaker: text(f.speaker),
      country: countryOf(text(f.speaker)),
      date: published,
      span,
      datedBy: "article",
      words: text(f.value),
      doc: text(f.doc),
      quote: text(f.quote),
      fact: f.id,
      source: f.id,
    });
  }
  return voices.sort(
    (a, b) =>
      a.span.start.getTime() - b.span.start.getTime() ||
      a.speaker.localeCompare(b.speaker) ||
      a.source.localeCompare(b.source),
  );
}

/** Speakers in order of their first appearance. */
function speakersOf(voices: readonly Voice[]): string[] {
  return [...new Set(voices.map((v) => v.speaker))];
}

/** Countries, most voices first; they take the categorical colors in that order. */
function countryColors(voices: readonly Voice[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const v of voices) if (v.country !== UNKNOWN_COUNTRY) counts.set(v.country, (counts.get(v.country) ?? 0) + 1);
  const order = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
  const colors = categoricalColors(order);
  colors.set(UNKNOWN_COUNTRY, OTHER_COLOR);
  return colors;
}

/** One row per statement or quote: speaker, country, date, the words, doc and quote. */
export function rows(data: CorpusLike, options: { docs?: readonly string[] } = {}): FigureRow[] {
  return voicesData(data, options).map((v) => ({
    speaker: v.speaker,
    country: v.country,
    date: text(v.date.iso),
    precision: v.span.precision,
    dated_by: v.datedBy,
    words: v.words,
    source: v.source,
    fact: v.fact,
    doc: v.doc,
    quote: v.quote,
  }));
}

/** "Dot chart of 14 statements by 11 speakers, 2018 to 2025, colored by country: North Korea 6 (…), …" */
export function voicesAlt(voices: readonly Voice[]): string {
  if (!voices.length) return "Empty chart: no attributed statements or quotes in the articles.";
  const speakers = speakersOf(voices);
  const years = voices.map((v) => v.span.start.getUTCFullYear());
  const byCountry = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const v of voices) {
    byCountry.set(v.country, (byCountry.get(v.country) ?? new Set()).add(v.speaker));
    counts.set(v.country, (counts.get(v.country) ?? 0) + 1);
  }
  const countries = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([c, n]) => `${c}: ${n} (${[...(byCountry.get(c) ?? [])].join(", ")})`);
  const perSpeaker = speakers.map((s) => [s, voices.filter((v) => v.speaker === s).length] as const);
  const top = perSpeaker.reduce((a, b) => (b[1] > a[1] ? b : a));
  const most = top[1] > 1 ? ` Most quoted: ${top[0]} (${top[1]}).` : "";
  return (
    `Dot chart of ${voices.length} ${pluralize("statement", voices.length)} by ${speakers.length} ${pluralize("speaker", speakers.length)}, ` +
    `${Math.min(...years)} to ${Math.max(...years)}, one row per speaker, colored by country. ${countries.join("; ")}.${most}`
  );
}

function chartOf(voices: Voice[], area: PlotArea, colors: Map<string, string>): Plot.PlotOptions {
  const speakers = speakersOf(voices);
  const marginLeft = Math.min(
    area.width * 0.3,
    Math.ceil(Math.max(...speakers.map((s) => textWidth(s, LABEL_SIZE)))) + 12,
  );
  const left = area.left + marginLeft;
  const right = area.left + area.width - MARGIN.right;
  const firstYear = Math.min(...voices.map((v) => v.span.start.getUTCFullYear()));
  const lastYear = Math.max(...voices.map((v) => new Date(v.span.end.getTime() - 1).getUTCFullYear()));
  const domain: [Date, Date] = [new Date(Date.UTC(firstYear, 0, 1)), new Date(Date.UTC(lastYear + 1, 0, 1))];
  const x = linear(domain[0].getTime(), domain[1].getTime(), left + DOT_RADIUS * 2, right - DOT_RADIUS * 2);
  const rowY = (speaker: string) => area.top + MARGIN.top + (speakers.indexOf(speaker) + 0.5) * ROW_HEIGHT;
  // Dots at the middle of their stretch; statements of one speaker on one day side by side, not on top of each other.
  const middle = (v: Voice) => (v.span.start.getTime() + v.span.end.getTime()) / 2;
  const placed = voices.map((v) => ({ v, px: x(middle(v)), y: rowY(v.speaker) }));
  const groups = new Map<string, typeof placed>();
  for (const p of placed) {
    const key = `${p.v.speaker}|${Math.round(p.px)}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  for (const group of groups.values()) group.forEach((p, i) => (p.px += (i - (group.length - 1) / 2) * DODGE));
  type Placed = (typeof placed)[number];
  // Each row ends with the speaker's latest words, right of the last dot or, near the edge, left of the first.
  const labels = speakers.map((speaker) => {
    const own = placed.filter((p) => p.v.speaker === speaker);
    const lastX = Math.max(...own.map((p) => p.px)) + DOT_RADIUS + 6;
    const firstX = Math.min(...own.map((p) => p.px)) - DOT_RADIUS - 6;
    const latest = own.filter((p) => p.v.words).at(-1)?.v;
    const words = latest ? quoted(latest.words) : "";
    const roomRight = area.left + area.width - lastX;
    const roomLeft = firstX - left;
    const anchor: "start" | "end" =
      roomRight >= Math.min(textWidth(words, LABEL_SIZE), 160) || roomRight >= roomLeft ? "start" : "end";
    const text = truncateToWidth(words, anchor === "start" ? roomRight : roomLeft, LABEL_SIZE);
    return { speaker, x: anchor === "start" ? lastX : firstX, y: rowY(speaker), text, anchor };
  });
  type Label = (typeof labels)[number];
  const fill = (p: Placed) => colors.get(p.v.country) ?? OTHER_COLOR;
  const tip = (p: Placed) =>
    `${p.v.speaker} (${p.v.country}), ${formatDate(p.v.date)}${p.v.datedBy === "article" ? " (article date)" : ""}\n${quoted(p.v.words) || p.v.quote}`;
  const atX = <T>(f: (d: T) => number) => ({ value: f, scale: null });
  const years = lastYear + 1 - firstYear;
  const wanted = years / Math.max(2, Math.floor((right - left) / 60));
  const step = [1, 2, 5, 10, 20, 50].find((s) => s >= wanted) ?? 100;
  return {
    marginTop: MARGIN.top,
    marginLeft,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    x: {
      type: "utc",
      domain,
      range: [left + DOT_RADIUS * 2, right - DOT_RADIUS * 2],
      label: null,
      ticks: `${step} years`,
      tickFormat: "%Y",
      grid: true,
    },
    y: { type: "identity", axis: null },
    marks: [
      Plot.ruleY(speakers, { y: (s: string) => rowY(s), x1: domain[0], x2: domain[1], strokeOpacity: 0.1 }),
      Plot.text(speakers, {
        x: atX(() => area.left),
        y: (s: string) => rowY(s),
        text: (s: string) => truncateToWidth(s, marginLeft - 10, LABEL_SIZE),
        textAnchor: "start",
        fontSize: LABEL_SIZE,
      }),
      Plot.dot(
        placed.filter((p) => p.v.span.isDay),
        {
          x: atX((p: Placed) => p.px),
          y: (p: Placed) => p.y,
          r: DOT_RADIUS,
          fill,
          title: tip,
          href: (p: Placed) => `sources#${p.v.fact}`,
        },
      ),
      Plot.dot(
        placed.filter((p) => !p.v.span.isDay),
        {
          x: atX((p: Placed) => p.px),
          y: (p: Placed) => p.y,
          r: DOT_RADIUS - 1,
          stroke: fill,
          strokeWidth: 2,
          fill: "none",
          title: tip,
          href: (p: Placed) => `sources#${p.v.fact}`,
        },
      ),
      ...(["start", "end"] as const).map((anchor) =>
        Plot.text(
          labels.filter((l) => l.anchor === anchor && l.text),
          {
            x: atX((l: Label) => l.x),
            y: (l: Label) => l.y,
            text: (l: Label) => l.text,
            textAnchor: anchor,
            fontSize: LABEL_SIZE,
            fontStyle: "italic",
            fillOpacity: 0.8,
          },
        ),
      ),
    ],
  };
}

/** Statements and quotes by speaker (rows) over time (x), colored by the speaker's country. */
export function Voices(data: CorpusLike, options: VoicesOptions = {}): HTMLElement {
  const { docs, ...frame } = options;
  const voices = voicesData(data, { docs });
  const colors = countryColors(voices);
  const countries = [...colors.keys()].filter((c) => voices.some((v) => v.country === c));
  const speakers = speakersOf(voices);
  const notes = [
    "Filled dots are dated to the day; rings to a month or a year (or, for a quote without a dated statement, the article’s date).",
  ];
  return frameChart(
    {
      id: "voices",
      title: "Who said what, and when",
      subtitle: voices.length
        ? `${voices.length} ${pluralize("statement", voices.length)} by ${speakers.length} ${pluralize("speaker", speakers.length)}, colored by country${voices.some((v) => v.words) ? "; each row ends with the speaker’s latest words" : ""}`
        : "",
      alt: voicesAlt(voices),
      docs: voices.map((v) => v.doc),
      rows: rows(data, { docs }),
      legend: countries.map((c) => ({ label: c, color: colors.get(c) ?? OTHER_COLOR, shape: "dot" as const })),
      notes,
      plotHeight: MARGIN.top + speakers.length * ROW_HEIGHT + MARGIN.bottom,
      plot: voices.length ? (area) => chartOf(voices, area, colors) : null,
      empty: "No attributed statements or quotes in these articles yet.",
    },
    data,
    frame,
  );
}

/** This figure for the registry (components/index.ts) and for pages with a download menu. */
export const voicesFigure = figureEntry("voices", "Who said what, and when", Voices, rows);
