// One year month by month: the timeline zoomed in, so events known to the month show as month-long bars and
// the busy months stand out. By default the year with the most events.
import * as Plot from "@observablehq/plot";
import type { EventRecord } from "../../data-loaders/types.ts";
import { text, type CorpusLike } from "./lib/corpus.js";
import type { DateSpan } from "./lib/dates.js";
import { eventLabel, eventLaneMarks, LANE, layoutEventLanes } from "./lib/event-lanes.js";
import { checkedAnnotations, frameChart, type FigureOptions, type PlotArea } from "./lib/frame.js";
import { formatDate, MONTHS_LONG, MONTHS_SHORT, pluralize } from "./lib/format.js";
import type { FigureRow } from "./lib/rows.js";
import { FAINT_OPACITY, MUTED_OPACITY } from "./lib/theme.js";
import { countsInWords, datedEvents, eventRow, PRECISION_NOTE, typeLegend, type EventFilter } from "./timeline.js";
import { figureEntry } from "./lib/figure-entry.js";

export interface YearInFocusOptions extends FigureOptions, EventFilter {
  /** The year to show; defaults to the year with the most events (the latest such year on a tie). */
  year?: number;
}

const MARGIN = { top: 22, right: 8, bottom: 24, left: 8 };

function yearBounds(year: number): [Date, Date] {
  return [new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year + 1, 0, 1))];
}

function touches(span: DateSpan, year: number): boolean {
  const [start, end] = yearBounds(year);
  return span.start < end && span.end > start;
}

/** The year with the most events (counting every year an event's stretch touches); latest wins a tie. */
export function busiestYear(events: readonly [EventRecord, DateSpan][]): number | null {
  const counts = new Map<number, number>();
  for (const [, span] of events) {
    const last = new Date(span.end.getTime() - 1).getUTCFullYear();
    for (let y = span.start.getUTCFullYear(); y <= last; y++) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, n] of counts)
    if (best === null || n > (counts.get(best) ?? 0) || (n === counts.get(best) && year > best)) best = year;
  return best;
}

function checkedYear(year: unknown): number | undefined {
  if (year === undefined || year === null) return undefined;
  if (typeof year !== "number" || !Number.isInteger(year)) throw new TypeError(`invalid year: ${String(year)}`);
  return year;
}

/** The year shown and its events, oldest first. */
export function yearInFocusData(
  data: CorpusLike,
  options: EventFilter & { year?: number } = {},
): { year: number | null; events: [EventRecord, DateSpan][] } {
  const all = datedEvents(data, options).events;
  const year = checkedYear(options.year) ?? busiestYear(all);
  return { year, events: year === null ? [] : all.filter(([, span]) => touches(span, year)) };
}

/** One row per event of the year. */
export function rows(data: CorpusLike, options: EventFilter & { year?: number } = {}): FigureRow[] {
  return yearInFocusData(data, options).events.map(([e, span]) => eventRow(e, span));
}

/** Events that fall inside one month, by month (0–11); longer stretches are not counted in any month. */
function monthCounts(events: readonly [EventRecord, DateSpan][], year: number): number[] {
  const counts = new Array<number>(12).fill(0);
  for (const [, span] of events) {
    const last = new Date(span.end.getTime() - 1);
    if (
      span.start.getUTCFullYear() !== year ||
      last.getUTCMonth() !== span.start.getUTCMonth() ||
      last.getUTCFullYear() !== year
    )
      continue;
    counts[span.start.getUTCMonth()] += 1;
  }
  return counts;
}

/** "2022 month by month, 14 events: …; busiest month March (3 events). Events: March: …" */
export function yearInFocusAlt(data: CorpusLike, options: EventFilter & { year?: number } = {}): string {
  const { year, events } = yearInFocusData(data, options);
  if (year === null || !events.length) return "Empty chart: no dated events to show month by month.";
  const counts = monthCounts(events, year);
  const busiest = counts.indexOf(Math.max(...counts));
  const busy =
    counts[busiest] > 0
      ? ` Busiest month: ${MONTHS_LONG[busiest]} (${counts[busiest]} ${pluralize("event", counts[busiest])}).`
      : "";
  const listed = events.slice(0, 12).map(([e]) => `${formatDate(e.date, "long")}: ${eventLabel(e)}`);
  const more = events.length > listed.length ? `; and ${events.length - listed.length} more` : "";
  return (
    `Month-by-month chart of ${year} with ${events.length} ${pluralize("event", events.length)}: ${countsInWords(events.map(([e]) => e))}.` +
    `${busy} ${listed.join("; ")}${more}.`
  );
}

function chartOf(
  year: number,
  events: [EventRecord, DateSpan][],
  area: PlotArea,
  labels: number | undefined,
): Plot.PlotOptions {
  const left = area.left + MARGIN.left;
  const right = area.left + area.width - MARGIN.right;
  const domain = yearBounds(year);
  const { items } = layoutEventLanes(events, domain, { left, right, top: area.top + MARGIN.top, labels });
  const months = MONTHS_SHORT.map((label, m) => ({
    label,
    start: new Date(Date.UTC(year, m, 1)),
    end: new Date(Date.UTC(year, m + 1, 1)),
    middle: new Date(Date.UTC(year, m, 15, 12)),
  }));
  const counts = monthCounts(events, year);
  const top = area.top + MARGIN.top;
  const bottom = area.top + area.height - MARGIN.bottom;
  type Month = (typeof months)[number];
  return {
    marginTop: MARGIN.top,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    x: { type: "utc", domain, range: [left, right], label: null, axis: null },
    y: { type: "identity", axis: null },
    marks: [
      // Alternate months shaded, so a bar's month reads at a glance.
      Plot.rect(
        months.filter((_, m) => m % 2 === 0),
        {
          x1: (d: Month) => d.start,
          x2: (d: Month) => d.end,
          y1: top - MARGIN.top + 4,
          y2: bottom,
          fill: "currentColor",
          fillOpacity: 0.045,
        },
      ),
      Plot.text(months, { x: (d: Month) => d.middle, y: bottom + 12, text: (d: Month) => d.label, fontSize: 11 }),
      // Events dated within a month, counted above the month.
      Plot.text(
        months.filter((_, m) => counts[m] > 0),
        {
          x: (d: Month) => d.middle,
          y: top - 10,
          text: (d: Month) => String(counts[d.start.getUTCMonth()]),
          fontSize: 10,
          fillOpacity: MUTED_OPACITY,
        },
      ),
      Plot.ruleY([bottom], { y: (v: number) => v, strokeOpacity: FAINT_OPACITY }),
      ...eventLaneMarks(items),
    ],
  };
}

/** One year month by month, events as dots (day known) or month-long and longer bars; default the busiest year. */
export function YearInFocus(data: CorpusLike, options: YearInFocusOptions = {}): HTMLElement {
  const { year: requested, types, docs, ...frame } = options;
  const filter = { types, docs, year: requested };
  const { year, events } = yearInFocusData(data, filter);
  const shown = events.map(([e]) => e);
  const chosen = requested === undefined ? ", the year with the most events" : "";
  const labels = checkedAnnotations(frame.annotations);
  const lanesAt = (width: number) =>
    year === null
      ? 0
      : layoutEventLanes(events, yearBounds(year), { left: MARGIN.left, right: width - MARGIN.right, top: 0, labels })
          .lanes;
  return frameChart(
    {
      id: "year-in-focus",
      title: year === null ? "A year in focus" : `${year} month by month`,
      subtitle:
        year === null
          ? ""
          : `${shown.length} ${pluralize("event", shown.length)} in ${year}${chosen}; numbers count the events dated within each month`,
      alt: yearInFocusAlt(data, filter),
      docs: shown.map((e) => text(e.doc)),
      rows: rows(data, filter),
      legend: typeLegend(shown),
      notes: [PRECISION_NOTE],
      plotHeight: (width) => MARGIN.top + Math.max(1, lanesAt(width)) * LANE.height + 6 + MARGIN.bottom,
      plot: year !== null && shown.length ? (area) => chartOf(year, events, area, labels) : null,
      empty: year === null ? "No dated events in these articles yet." : `No events in ${year}.`,
    },
    data,
    frame,
  );
}

/** This figure for the registry (components/index.ts) and for pages with a download menu. */
export const yearInFocusFigure = figureEntry("year-in-focus", "A year month by month", YearInFocus, rows);
