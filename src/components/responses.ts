// How Pyongyang answered, on one time axis: sanctions actions on the upper lane, North Korean statements on the
// lower one, and an arrow from each action to the first statement dated on or after it (lib/responses.ts pairs
// them by date only). A date known to the day is a mark; one known only to a month or a year is a shaded bar.
import * as Plot from "@observablehq/plot";
import type { EventRecord } from "../../data-loaders/types.ts";
import { eventsOf, factIndex, factsOf, firstFact, text, type CorpusLike } from "./lib/corpus.js";
import type { DateSpan } from "./lib/dates.js";
import { spanOf } from "./lib/dates.js";
import { frameChart, type FigureOptions, type PlotArea } from "./lib/frame.js";
import { formatDate, formatNumber, pluralize } from "./lib/format.js";
import { actorCountries, northKoreanStatements, pairResponses, speakerOf, type Response } from "./lib/responses.js";
import type { FigureRow } from "./lib/rows.js";
import { EVENT_TYPE_COLORS, FAINT_OPACITY } from "./lib/theme.js";
import { eventRow } from "./timeline.js";
import { figureEntry } from "./lib/figure-entry.js";

export const LANE_LABELS = ["Sanctions action", "North Korean statement"] as const;

export interface ResponsesData {
  /** Every sanctions action, oldest first, with the first North Korean statement on or after it. */
  responses: Response[];
  /** North Korean statements the articles date, oldest first. */
  statements: [EventRecord, DateSpan][];
  /** North Korean statements without a usable date (not drawn). */
  undated: number;
}

const MARGIN = { top: 6, right: 16, bottom: 26, left: 16 };
// The upper lane's label sits above it, the lower one's below it, so no arrow crosses a label; the lanes are
// LANE.gap apart (more on a tall slide).
const LANE = { label: 20, below: 26, gap: 58, mark: 5, bar: 12 };
const NATURAL_HEIGHT = MARGIN.top + LANE.label + LANE.gap + LANE.below + MARGIN.bottom;
const DAY_MS = 86_400_000;

/** Sanctions actions paired with the North Korean statements that followed them, and those statements. */
export function responsesData(data: CorpusLike): ResponsesData {
  const events = eventsOf(data);
  const answers = northKoreanStatements(events, actorCountries(factsOf(data)));
  const responses = pairResponses(
    events.filter((e) => e.type === "designation"),
    answers,
  );
  const statements = answers
    .map((e) => [e, spanOf(e.date)] as const)
    .filter((p): p is [EventRecord, DateSpan] => p[1] !== null)
    .sort(([a, sa], [b, sb]) => sa.start.getTime() - sb.start.getTime() || text(a.id).localeCompare(text(b.id)));
  return { responses, statements, undated: answers.length - statements.length };
}

/** One row per mark drawn: each dated action (with its next statement and the days between) and each statement. */
export function rows(data: CorpusLike): FigureRow[] {
  const { responses, statements } = responsesData(data);
  const actions = responses
    .filter((r): r is Response & { actionSpan: DateSpan } => r.actionSpan !== null)
    .map((r) => ({
      lane: LANE_LABELS[0],
      ...eventRow(r.action, r.actionSpan),
      next: text(r.statement?.id),
      days: r.days,
      order: text(r.order),
    }));
  const said = statements.map(([e, span]) => ({
    lane: LANE_LABELS[1],
    ...eventRow(e, span),
    actor: speakerOf(e),
    next: "",
    days: null,
    order: "",
  }));
  return [...actions, ...said];
}

function years(spans: readonly DateSpan[]): string {
  if (!spans.length) return "";
  const first = Math.min(...spans.map((s) => s.start.getUTCFullYear()));
  const last = Math.max(...spans.map((s) => new Date(s.end.getTime() - 1).getUTCFullYear()));
  return first === last ? `${first}` : `${first}–${last}`;
}

function spansOf(d: ResponsesData): DateSpan[] {
  return [...d.responses.flatMap((r) => (r.actionSpan ? [r.actionSpan] : [])), ...d.statements.map(([, span]) => span)];
}

/** "Chart of 6 sanctions actions and 17 dated North Korean statements, 2017–2025. …" */
export function responsesAlt(d: ResponsesData): string {
  const actions = d.responses.filter((r) => r.actionSpan);
  if (!actions.length && !d.statements.length) {
    return "Empty chart: the articles date no sanctions action and no North Korean statement.";
  }
  const answered = actions.filter((r) => r.statement);
  const soonest = answered.filter((r) => r.order === "after" || r.order === "same day").map((r) => r.days ?? 0);
  const head =
    `Chart of ${actions.length} dated sanctions ${pluralize("action", actions.length)} and ` +
    `${d.statements.length} dated North Korean ${pluralize("statement", d.statements.length)}, ${years(spansOf(d))}. `;
  const pairing = `Each action is joined by an arrow to the first statement dated on or after it: ${answered.length} of ${actions.length} have one`;
  const first = soonest.length ? Math.min(...soonest) : null;
  const when =
    first === null
      ? ""
      : first === 0
        ? ", the soonest the same day"
        : `, the soonest ${formatNumber(first)} ${pluralize("day", first)} later`;
  return `${head}${pairing}${when}.`;
}

function subtitleOf(d: ResponsesData): string {
  const actions = d.responses.filter((r) => r.actionSpan).length;
  const span = years(spansOf(d));
  return (
    `${actions} sanctions ${pluralize("action", actions)} and ${d.statements.length} North Korean ` +
    `${pluralize("statement", d.statements.length)}${span ? `, ${span}` : ""}; each action points to the next statement`
  );
}

// A day is drawn at its middle; a longer stretch from its first day.
function anchor(span: DateSpan): Date {
  return span.isDay ? new Date(span.start.getTime() + DAY_MS / 2) : span.start;
}

function chartOf(d: ResponsesData, facts: ReturnType<typeof factIndex>, area: PlotArea): Plot.PlotOptions {
  const left = area.left + MARGIN.left;
  const right = area.left + area.width - MARGIN.right;
  const spans = spansOf(d);
  const from = Math.min(...spans.map((s) => s.start.getTime()));
  const to = Math.max(...spans.map((s) => s.end.getTime()));
  const pad = Math.max(30 * DAY_MS, (to - from) * 0.03);
  const domain = [new Date(from - pad), new Date(to + pad)];
  const yearsShown = (to - from + 2 * pad) / (365.25 * DAY_MS);
  const step = [1, 2, 5, 10, 20].find((s) => s >= yearsShown / Math.max(2, Math.floor((right - left) / 60))) ?? 50;

  // Given more height than the lanes need (a slide), the lanes move apart, centred in the area.
  const extra = Math.max(0, area.height - NATURAL_HEIGHT);
  const gap = Math.min(LANE.gap * 3.5, LANE.gap + extra);
  const top = area.top + MARGIN.top + LANE.label + (extra - (gap - LANE.gap)) / 2;
  const lanes = [top, top + gap];
  const at = (y: number) => () => y;
  const atX = (x: number) => ({ value: () => x, scale: null });

  const actions = d.responses.filter((r): r is Response & { actionSpan: DateSpan } => r.actionSpan !== null);
  const paired = actions.filter(
    (r): r is Response & { actionSpan: DateSpan; statement: EventRecord; statementSpan: DateSpan } =>
      r.statement !== null && r.statementSpan !== null,
  );
  const tip = (e: EventRecord) => `${formatDate(e.date)} · ${text(e.summary)}\n${text(e.quote)}`;
  // A statement links to its quotation when it has one, else to its first fact.
  const quoteFact = (e: EventRecord) =>
    (Array.isArray(e.facts) ? e.facts : []).find((id) => facts.get(id)?.kind === "quote") ?? firstFact(e);
  const laneMarks = (
    list: readonly { e: EventRecord; span: DateSpan }[],
    y: number,
    color: string,
    symbol: "square" | "circle",
    fact: (e: EventRecord) => string,
  ): Plot.Markish[] => [
    Plot.rect(
      list.filter((m) => !m.span.isDay),
      {
        x1: (m: { span: DateSpan }) => m.span.start,
        x2: (m: { span: DateSpan }) => m.span.end,
        y1: at(y - LANE.bar / 2),
        y2: at(y + LANE.bar / 2),
        fill: color,
        fillOpacity: 0.35,
        title: (m: { e: EventRecord }) => tip(m.e),
        href: (m: { e: EventRecord }) => `sources#${fact(m.e)}`,
      },
    ),
    Plot.dot(
      list.filter((m) => m.span.isDay),
      {
        x: (m: { span: DateSpan }) => anchor(m.span),
        y: at(y),
        r: LANE.mark,
        symbol,
        fill: color,
        title: (m: { e: EventRecord }) => tip(m.e),
        href: (m: { e: EventRecord }) => `sources#${fact(m.e)}`,
      },
    ),
  ];

  return {
    marginTop: MARGIN.top,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    x: { type: "utc", domain, range: [left, right], label: null, ticks: `${step} years`, tickFormat: "%Y", grid: true },
    y: { type: "identity", axis: null },
    marks: [
      Plot.ruleY(lanes, { y: (y: number) => y, strokeOpacity: FAINT_OPACITY / 3 }),
      Plot.text(LANE_LABELS, {
        x: atX(left),
        y: (_: string, i: number) => (i === 0 ? lanes[0] - LANE.label + 4 : lanes[1] + LANE.below - 10),
        textAnchor: "start",
        fontWeight: 600,
      }),
      // From the first day the action may have happened to the statement.
      Plot.arrow(paired, {
        x1: (r: (typeof paired)[number]) => anchor(r.actionSpan),
        x2: (r: (typeof paired)[number]) => anchor(r.statementSpan),
        y1: at(lanes[0]),
        y2: at(lanes[1]),
        stroke: "currentColor",
        strokeOpacity: 0.35,
        bend: true,
        insetEnd: LANE.mark + 1,
      }),
      ...laneMarks(
        actions.map((r) => ({ e: r.action, span: r.actionSpan })),
        lanes[0],
        EVENT_TYPE_COLORS.designation,
        "square",
        firstFact,
      ),
      ...laneMarks(
        d.statements.map(([e, span]) => ({ e, span })),
        lanes[1],
        EVENT_TYPE_COLORS.statement,
        "circle",
        quoteFact,
      ),
    ],
  };
}

/** Sanctions actions and the North Korean statements that followed, each action pointing to the next statement. */
export function Responses(data: CorpusLike, options: FigureOptions = {}): HTMLElement {
  const d = responsesData(data);
  const shown = [...d.responses.filter((r) => r.actionSpan).map((r) => r.action), ...d.statements.map(([e]) => e)];
  const notes = [
    "Marks are dated to the day; shaded bars span actions or statements the articles date only to a month or a year. The pairing goes by date only.",
  ];
  if (d.undated) {
    notes.push(
      `${d.undated} North Korean ${pluralize("statement", d.undated)} without a date ${d.undated === 1 ? "is" : "are"} not shown.`,
    );
  }
  return frameChart(
    {
      id: "responses",
      title: "Sanctions and the North Korean statements that followed",
      subtitle: subtitleOf(d),
      alt: responsesAlt(d),
      docs: shown.map((e) => text(e.doc)),
      rows: rows(data),
      legend: [
        { label: LANE_LABELS[0], color: EVENT_TYPE_COLORS.designation, shape: "bar" },
        { label: LANE_LABELS[1], color: EVENT_TYPE_COLORS.statement, shape: "dot" },
      ],
      notes,
      plotHeight: NATURAL_HEIGHT,
      plot: shown.length ? (area) => chartOf(d, factIndex(data), area) : null,
      empty: "No dated sanctions action or North Korean statement in these articles yet.",
    },
    data,
    options,
  );
}

/** This figure for the registry (components/index.ts) and for pages with a download menu. */
export const responsesFigure = figureEntry(
  "responses",
  "Sanctions and the North Korean statements that followed",
  Responses,
  (data) => rows(data),
);
