// Every dated event on one time axis, colored by type. A date known to the day is a dot; one known only to the
// month, the year or a stretch of time is a bar over the whole stretch, so the chart never claims more precision
// than the article gives. Labels are packed into lanes so that none overlaps another.
import type * as Plot from "@observablehq/plot";
import type { EventRecord } from "../../data-loaders/types.ts";
import { eventsOf, firstFact, text, type CorpusLike } from "./lib/corpus.js";
import { spanOf, type DateSpan } from "./lib/dates.js";
import {
  eventLabel,
  eventLaneMarks,
  LANE,
  layoutEventLanes,
  type LaneFrame,
  type LaneItem,
} from "./lib/event-lanes.js";
import { checkedAnnotations, frameChart, type FigureOptions, type PlotArea } from "./lib/frame.js";
import { formatDate, pluralize } from "./lib/format.js";
import type { FigureRow } from "./lib/rows.js";
import { EVENT_TYPE_COLORS, eventTypeColor, eventTypeLabel } from "./lib/theme.js";
import { figureEntry } from "./lib/figure-entry.js";

export interface EventFilter {
  /** Event types to show (all when absent). */
  types?: readonly string[];
  /** Documents to show events from (all when absent). */
  docs?: readonly string[];
}

export interface TimelineOptions extends FigureOptions, EventFilter {}

export interface TimelineLayout {
  items: LaneItem[];
  lanes: number;
  domain: [Date, Date];
  /** Events left out because they have no usable date. */
  undated: number;
}

const MARGIN = { top: 10, right: 16, bottom: 26, left: 16 };

function checkList(name: string, value: unknown): readonly string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new TypeError(`invalid ${name}: ${String(value)}`);
  return value.map(String);
}

/** The events passing the filters that have a usable date, oldest first, and how many had none. */
export function datedEvents(
  data: CorpusLike,
  filter: EventFilter = {},
): { events: [EventRecord, DateSpan][]; undated: number } {
  const types = checkList("types", filter.types);
  const docs = checkList("docs", filter.docs);
  const chosen = eventsOf(data).filter((e) => (!types || types.includes(e.type)) && (!docs || docs.includes(e.doc)));
  const dated = chosen
    .map((e) => [e, spanOf(e.date)] as const)
    .filter((p): p is [EventRecord, DateSpan] => p[1] !== null);
  dated.sort(
    ([a, sa], [b, sb]) =>
      sa.start.getTime() - sb.start.getTime() ||
      sa.end.getTime() - sb.end.getTime() ||
      text(a.id).localeCompare(text(b.id)),
  );
  return { events: dated, undated: chosen.length - dated.length };
}

/** Last year an event covers (its end is exclusive). */
function lastYear(span: DateSpan): number {
  return new Date(span.end.getTime() - 1).getUTCFullYear();
}

/** Whole years from the first event's year to the end of the last event's year. */
function domainOf(events: [EventRecord, DateSpan][]): [Date, Date] {
  const start = Math.min(...events.map(([, s]) => s.start.getUTCFullYear()));
  const end = Math.max(...events.map(([, s]) => lastYear(s)));
  return [new Date(Date.UTC(start, 0, 1)), new Date(Date.UTC(end + 1, 0, 1))];
}

/** Marks and label boxes of every event between pixels `frame.left` and `frame.right`, packed into lanes. */
export function layoutTimeline(data: CorpusLike, filter: EventFilter, frame: LaneFrame): TimelineLayout {
  const { events, undated } = datedEvents(data, filter);
  if (!events.length) return { items: [], lanes: 0, domain: [new Date(0), new Date(0)], undated };
  const domain = domainOf(events);
  return { ...layoutEventLanes(events, domain, frame), domain, undated };
}

/** Event types present, most frequent first, with their counts. */
export function typeCounts(events: readonly EventRecord[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(text(event.type), (counts.get(text(event.type)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** "12 statements, 6 meetings, 5 designations" */
export function countsInWords(events: readonly EventRecord[]): string {
  return typeCounts(events)
    .map(([type, n]) => `${n} ${pluralize(eventTypeLabel(type).toLowerCase(), n)}`)
    .join(", ");
}

/** "Timeline of 29 dated events from 2003 to 2025: 12 statements, …. Earliest: …. Latest: …." */
export function timelineAlt(data: CorpusLike, filter: EventFilter = {}): string {
  const { events } = datedEvents(data, filter);
  if (!events.length) return "Empty timeline: no dated events match.";
  const [first, last] = [events[0], events[events.length - 1]];
  const years = `${first[1].start.getUTCFullYear()} to ${Math.max(...events.map(([, s]) => lastYear(s)))}`;
  return (
    `Timeline of ${events.length} dated ${pluralize("event", events.length)} from ${years}: ` +
    `${countsInWords(events.map(([e]) => e))}. Earliest: ${eventLabel(first[0])} (${formatDate(first[0].date, "long")}). ` +
    `Latest: ${eventLabel(last[0])} (${formatDate(last[0].date, "long")}).`
  );
}

/** One row per event: its date and precision, type, actor, summary, doc and quote. */
export function eventRow(e: EventRecord, span: DateSpan): FigureRow {
  return {
    date: text(e.date?.iso),
    precision: span.precision,
    first: text(e.date?.first),
    last: text(e.date?.last),
    type: text(e.type),
    actor: text(e.actor),
    summary: eventLabel(e),
    event: text(e.id),
    fact: firstFact(e),
    doc: text(e.doc),
    quote: text(e.quote),
  };
}

/** One row per dated event shown. */
export function rows(data: CorpusLike, filter: EventFilter = {}): FigureRow[] {
  return datedEvents(data, filter).events.map(([e, span]) => eventRow(e, span));
}

/** Legend entries for the event types present, in the color table's order; unknown types last. */
export function typeLegend(events: readonly EventRecord[]) {
  const known = Object.keys(EVENT_TYPE_COLORS);
  const rank = (type: string) => (known.includes(type) ? known.indexOf(type) : known.length);
  return typeCounts(events)
    .map(([type]) => type)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((type) => ({ label: eventTypeLabel(type), color: eventTypeColor(type), shape: "dot" as const }));
}

export const PRECISION_NOTE =
  "Dots are dated to the day; bars span events the articles date only to a month, a year or a stretch of time.";

function chartOf(layout: TimelineLayout, area: PlotArea): Plot.PlotOptions {
  const left = area.left + MARGIN.left;
  const right = area.left + area.width - MARGIN.right;
  const years = (layout.domain[1].getTime() - layout.domain[0].getTime()) / (365.25 * 86_400_000);
  const wanted = years / Math.max(2, Math.floor((right - left) / 60));
  const step = [1, 2, 5, 10, 20, 50].find((s) => s >= wanted) ?? 100;
  const ticks = `${step} years`;
  return {
    marginTop: MARGIN.top,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    x: { type: "utc", domain: layout.domain, range: [left, right], label: null, ticks, tickFormat: "%Y", grid: true },
    y: { type: "identity", axis: null },
    marks: eventLaneMarks(layout.items),
  };
}

/** Every dated event from the earliest to the latest, colored by type; filter with `types` and `docs`. */
export function Timeline(data: CorpusLike, options: TimelineOptions = {}): HTMLElement {
  const { types, docs, ...frame } = options;
  const filter = { types, docs };
  const layoutAt = (area: { left: number; width: number; top: number }) =>
    layoutTimeline(data, filter, {
      left: area.left + MARGIN.left,
      right: area.left + area.width - MARGIN.right,
      top: area.top + MARGIN.top,
      labels: checkedAnnotations(frame.annotations),
    });
  const { events, undated } = datedEvents(data, filter);
  const shown = events.map(([e]) => e);
  const years = events.length
    ? `, ${events[0][1].start.getUTCFullYear()}–${Math.max(...events.map(([, s]) => lastYear(s)))}`
    : "";
  const notes = [PRECISION_NOTE];
  if (undated)
    notes.push(
      `${undated} ${pluralize("event", undated)} without a usable date ${undated === 1 ? "is" : "are"} not shown.`,
    );
  return frameChart(
    {
      id: "timeline",
      title: "Timeline of events in the articles",
      subtitle: `${shown.length} dated ${pluralize("event", shown.length)}${years}, colored by type`,
      alt: timelineAlt(data, filter),
      docs: shown.map((e) => text(e.doc)),
      rows: rows(data, filter),
      legend: typeLegend(shown),
      notes,
      plotHeight: (width) => MARGIN.top + layoutAt({ left: 0, width, top: 0 }).lanes * LANE.height + MARGIN.bottom,
      plot: shown.length ? (area) => chartOf(layoutAt(area), area) : null,
      empty: "No dated events match.",
    },
    data,
    frame,
  );
}

/** This figure for the registry (components/index.ts) and for pages with a download menu. */
export const timelineFigure = figureEntry("timeline", "Timeline of events in the articles", Timeline, rows);
