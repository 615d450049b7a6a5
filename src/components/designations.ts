// Who designated whom, and when: one bar per authority and date, stacked by target type, with the named
// targets (hacking groups, companies) written next to the bar.
import * as Plot from "@observablehq/plot";
import type { DateValue, EventRecord, FigureRecord } from "../../data-loaders/types.ts";
import { eventsOf, figuresOf, firstFact, text, type CorpusLike } from "./lib/corpus.js";
import { spanOf } from "./lib/dates.js";
import { frameChart, type FigureOptions, type PlotArea } from "./lib/frame.js";
import { formatDate, formatNumber, pluralize } from "./lib/format.js";
import type { FigureRow } from "./lib/rows.js";
import { linear, niceCeil } from "./lib/scale.js";
import { textWidth, truncateToWidth } from "./lib/text-width.js";
import { TARGET_TYPE_COLORS } from "./lib/theme.js";
import { figureEntry } from "./lib/figure-entry.js";

export const TARGET_ORDER = [
  "individual",
  "entity",
  "individual or entity",
  "vessel",
  "group",
  "aircraft",
  "unspecified",
] as const;
export type TargetKind = (typeof TARGET_ORDER)[number];

export interface Designation {
  key: string;
  authority: string;
  date: DateValue | null;
  proposed: boolean;
  counts: Record<TargetKind, number>;
  total: number;
  names: string[];
  doc: string;
  quote: string;
  fact: string;
  source: string;
}

interface Source {
  id: string;
  actor: unknown;
  agency: unknown;
  date: DateValue | null;
  status: unknown;
  targets: unknown;
  names: unknown;
  doc: unknown;
  quote: unknown;
  facts: unknown;
}

function fromEvent(e: EventRecord): Source {
  const details = e.details && typeof e.details === "object" ? e.details : {};
  return {
    id: e.id,
    actor: e.actor,
    agency: details.agency,
    date: e.date,
    status: details.status,
    targets: e.targets,
    names: e.targetNames,
    doc: e.doc,
    quote: e.quote,
    facts: e.facts,
  };
}

function fromFigure(f: FigureRecord): Source {
  return {
    id: f.id,
    actor: f.actor,
    agency: null,
    date: f.date,
    status: null,
    targets: f.parts,
    names: [],
    doc: f.doc,
    quote: f.quote,
    facts: f.facts,
  };
}

function countsOf(targets: unknown, names: string[]): Record<TargetKind, number> {
  const counts = Object.fromEntries(TARGET_ORDER.map((k) => [k, 0])) as Record<TargetKind, number>;
  if (targets && typeof targets === "object") {
    for (const [type, n] of Object.entries(targets)) {
      if (typeof n !== "number" || !Number.isFinite(n) || n <= 0) continue;
      const kind = (TARGET_ORDER as readonly string[]).includes(type) ? (type as TargetKind) : "unspecified";
      counts[kind] += n;
    }
  }
  // Named targets without a count still count: three named groups are three targets.
  const counted = TARGET_ORDER.reduce((sum, k) => sum + counts[k], 0);
  if (counted < names.length) counts.unspecified += names.length - counted;
  return counts;
}

function designation(s: Source): Designation {
  const names = Array.isArray(s.names)
    ? s.names.filter((n): n is string => typeof n === "string" && n.trim() !== "")
    : [];
  const counts = countsOf(s.targets, names);
  const authority = text(s.actor) || text(s.agency) || "Unattributed";
  const proposed = s.status === "proposed";
  const date = s.date && typeof s.date === "object" ? s.date : null;
  return {
    key: `${authority} · ${formatDate(date)}${proposed ? " (proposed)" : ""}`,
    authority,
    date,
    proposed,
    counts,
    total: TARGET_ORDER.reduce((sum, k) => sum + counts[k], 0),
    names,
    doc: text(s.doc),
    quote: text(s.quote),
    fact: firstFact(s),
    source: s.id,
  };
}

// The same designation reported in two articles must not count twice: within one article, parts add up
// (the text may split "6 individuals and 3 entities" over two clauses); across articles, the fullest report wins.
function merge(group: Designation[]): Designation {
  const byDoc = new Map<string, Designation>();
  for (const d of group) {
    const seen = byDoc.get(d.doc);
    if (!seen) {
      byDoc.set(d.doc, { ...d, counts: { ...d.counts }, names: [...d.names] });
      continue;
    }
    for (const k of TARGET_ORDER) seen.counts[k] += d.counts[k];
    seen.total += d.total;
    for (const n of d.names) if (!seen.names.includes(n)) seen.names.push(n);
  }
  return [...byDoc.values()].reduce((best, d) => (d.total > best.total ? d : best));
}

/** Designations grouped by authority, date and status, oldest first. */
export function designationsData(data: CorpusLike): Designation[] {
  const events = eventsOf(data).filter((e) => e.type === "designation");
  const sources = events.length
    ? events.map(fromEvent)
    : figuresOf(data)
        .filter((f) => f.kind === "designation")
        .map(fromFigure);
  const groups = new Map<string, Designation[]>();
  for (const d of sources.map(designation)) groups.set(d.key, [...(groups.get(d.key) ?? []), d]);
  const time = (d: Designation) => spanOf(d.date)?.start.getTime() ?? Number.POSITIVE_INFINITY;
  return [...groups.values()]
    .map(merge)
    .sort((a, b) => time(a) - time(b) || a.authority.localeCompare(b.authority) || a.key.localeCompare(b.key));
}

function countsText(d: Designation): string {
  const parts = TARGET_ORDER.filter((k) => d.counts[k] > 0).map((k) =>
    k === "unspecified"
      ? `${formatNumber(d.counts[k])} unspecified ${pluralize("target", d.counts[k])}`
      : `${formatNumber(d.counts[k])} ${pluralize(k, d.counts[k])}`,
  );
  if (!parts.length) return "a number of targets not stated";
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts[0];
}

/** "Bar chart of 6 designations…: Japan, 3 May 2019: 6 individuals and 3 entities; …" */
export function designationsAlt(list: Designation[]): string {
  if (!list.length) return "Empty chart: the articles report no sanctions designations.";
  const shown = list.slice(0, 8).map((d) => {
    const names = d.names.length ? ` (${d.names.join(", ")})` : "";
    return `${d.authority}${d.proposed ? " (proposed)" : ""}, ${formatDate(d.date, "long")}: ${countsText(d)}${names}`;
  });
  const more = list.length > shown.length ? `; and ${list.length - shown.length} more` : "";
  return `Bar chart of ${list.length} ${pluralize("designation", list.length)} by authority and date, stacked by target type. ${shown.join("; ")}${more}.`;
}

function subtitleOf(list: Designation[]): string {
  if (!list.length) return "";
  const authorities = new Set(list.map((d) => d.authority));
  const years = list.map((d) => spanOf(d.date)?.start.getUTCFullYear()).filter((y): y is number => y !== undefined);
  const span = years.length
    ? `, ${Math.min(...years)}${Math.max(...years) > Math.min(...years) ? `–${Math.max(...years)}` : ""}`
    : "";
  const total = list.reduce((sum, d) => sum + d.total, 0);
  return `${list.length} ${pluralize("designation", list.length)} by ${authorities.size} ${pluralize("authority", authorities.size)}${span}, naming ${formatNumber(total)} ${pluralize("target", total)} in all`;
}

/** One row per designation, with counts by target type, named targets, doc and quote. */
export function rows(data: CorpusLike): FigureRow[] {
  return designationsData(data).map((d) => ({
    authority: d.authority,
    date: text(d.date?.iso),
    status: d.proposed ? "proposed" : "imposed",
    ...Object.fromEntries(TARGET_ORDER.map((k) => [k, d.counts[k]])),
    total: d.total,
    names: d.names.join("; "),
    event: d.source,
    fact: d.fact,
    doc: d.doc,
    quote: d.quote,
  }));
}

const BAND = 30;
const LABEL_SIZE = 11;

function chartOf(list: Designation[], area: PlotArea): Plot.PlotOptions {
  const keys = list.map((d) => d.key);
  const marginLeft = Math.min(
    area.width * 0.42,
    Math.ceil(Math.max(...keys.map((k) => textWidth(k, LABEL_SIZE)))) + 12,
  );
  // The total goes after the bar unless the bar is one segment already showing it.
  const single = (d: Designation) => TARGET_ORDER.filter((k) => d.counts[k] > 0).length === 1;
  const labelOf = (d: Designation) => {
    if (!d.total) return "number not stated";
    const total =
      single(d) && x(d.total) - x(0) >= textWidth(formatNumber(d.total), 10) + 6 ? "" : formatNumber(d.total);
    return [total, d.names.join(", ")].filter(Boolean).join(" · ");
  };
  // Leave room on the right for the longest label, within reason; longer names are cut with an ellipsis.
  const widest = Math.max(
    ...list.map((d) => textWidth([formatNumber(d.total), d.names.join(", ")].join(" · "), LABEL_SIZE)),
  );
  const marginRight = Math.min(area.width * 0.4, Math.ceil(widest) + 14);
  const left = area.left + marginLeft;
  const right = area.left + area.width - marginRight;
  const max = niceCeil(Math.max(1, ...list.map((d) => d.total)));
  const x = linear(0, max, left, right);
  const segments = list.flatMap((d) => {
    let start = 0;
    return TARGET_ORDER.filter((k) => d.counts[k] > 0).map((k) => {
      const segment = { d, kind: k, x1: start, x2: start + d.counts[k] };
      start = segment.x2;
      return segment;
    });
  });
  type Segment = (typeof segments)[number];
  const inside = segments.filter((s) => x(s.x2) - x(s.x1) >= textWidth(formatNumber(s.x2 - s.x1), 10) + 6);
  const tip = (s: Segment) =>
    `${s.d.key}: ${formatNumber(s.x2 - s.x1)} ${pluralize(s.kind === "unspecified" ? "target" : s.kind, s.x2 - s.x1)}`;
  return {
    marginTop: 4,
    marginLeft,
    marginRight,
    marginBottom: 28,
    x: {
      domain: [0, max],
      range: [left, right],
      label: null,
      ticks: Math.max(2, Math.floor((right - left) / 45)),
      grid: true,
    },
    y: {
      domain: keys,
      padding: 0.28,
      label: null,
      tickSize: 0,
      tickFormat: (k: string) => truncateToWidth(k, marginLeft - 10, LABEL_SIZE),
    },
    marks: [
      Plot.barX(segments, {
        x1: "x1",
        x2: "x2",
        y: (s: Segment) => s.d.key,
        fill: (s: Segment) => TARGET_TYPE_COLORS[s.kind],
        fillOpacity: (s: Segment) => (s.d.proposed ? 0.5 : 1),
        title: tip,
        href: (s: Segment) => `sources#${s.d.fact}`,
      }),
      Plot.text(inside, {
        x: (s: Segment) => (s.x1 + s.x2) / 2,
        y: (s: Segment) => s.d.key,
        text: (s: Segment) => formatNumber(s.x2 - s.x1),
        fill: "white",
        fontSize: 10,
        fontWeight: 600,
      }),
      Plot.text(list, {
        x: (d: Designation) => d.total,
        y: "key",
        text: (d: Designation) => truncateToWidth(labelOf(d), area.left + area.width - x(d.total) - 8, LABEL_SIZE),
        dx: 6,
        textAnchor: "start",
        fontSize: LABEL_SIZE,
      }),
      Plot.ruleX([0]),
    ],
  };
}

/** Designations by authority and date, stacked by target type, with named targets. */
export function Designations(data: CorpusLike, options: FigureOptions = {}): HTMLElement {
  const list = designationsData(data);
  const kinds = TARGET_ORDER.filter((k) => list.some((d) => d.counts[k] > 0));
  const proposed = list.some((d) => d.proposed);
  return frameChart(
    {
      id: "designations",
      title: "Sanctions designations by authority",
      subtitle: subtitleOf(list),
      alt: designationsAlt(list),
      docs: list.map((d) => d.doc),
      rows: rows(data),
      legend: kinds.map((k) => ({
        label: pluralize(k[0].toUpperCase() + k.slice(1)),
        color: TARGET_TYPE_COLORS[k],
        shape: "bar" as const,
      })),
      notes: proposed ? ["Faded bars are sanctions proposed, not yet imposed."] : [],
      plotHeight: list.length * BAND + 36,
      plot: list.length ? (area) => chartOf(list, area) : null,
      empty: "No sanctions designations in these articles yet.",
    },
    data,
    options,
  );
}

/** This figure for the registry (components/index.ts) and for pages with a download menu. */
export const designationsFigure = figureEntry(
  "designations",
  "Sanctions designations by authority",
  Designations,
  (data) => rows(data),
);
