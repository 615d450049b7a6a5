// Events on a time axis, each with its label, packed into lanes so no label box meets another. Shared by the
// timeline (all years) and the year in focus (one year): a day is a dot, anything coarser a bar over its stretch.
import * as Plot from "@observablehq/plot";
import type { EventRecord } from "../../../data-loaders/types.ts";
import { firstFact, text } from "./corpus.js";
import type { DateSpan } from "./dates.js";
import { formatDate } from "./format.js";
import { assignLanes } from "./lanes.js";
import { shortQuote } from "./quote.js";
import { linear } from "./scale.js";
import { textWidth, truncateToWidth } from "./text-width.js";
import { eventTypeColor, eventTypeLabel } from "./theme.js";

export const LANE = {
  dot: 4.5,
  bar: 8,
  height: 19,
  labelSize: 11,
  /** Height of a label's box, for overlap checks: one line of 11px text. */
  labelHeight: 14,
  labelGap: 5,
  laneGap: 8,
};

export interface LaneItem {
  event: EventRecord;
  /** The event's stretch of time, clipped to the axis domain. */
  span: DateSpan;
  label: string;
  /** Where the bar ends: the span's end, or later so the bar is at least 2px wide. */
  drawEnd: Date;
  markLeft: number;
  markRight: number;
  labelLeft: number;
  labelRight: number;
  /** "start": right of the mark; "end": left of it; "inside": over a long bar that leaves no room on either side. */
  labelAnchor: "start" | "end" | "inside";
  /** False when the event is drawn without its label because only `LaneFrame.labels` events keep one. */
  labelled: boolean;
  lane: number;
  /** Vertical centre of the lane, in pixels of the whole SVG. */
  y: number;
}

export interface LaneFrame {
  left: number;
  right: number;
  top: number;
  /** How many events keep a label (all when absent); the others are drawn as marks only and pack tighter. */
  labels?: number;
}

// When only some events may carry a label, every kind of event keeps one first (its earliest), then the rarer and
// weightier kinds keep theirs; statements, the most numerous, come last. Ties go to the earlier event.
const LABEL_PRIORITY = [
  "theft",
  "missile-launch",
  "nuclear-test",
  "designation",
  "vote",
  "veto",
  "treaty",
  "meeting",
  "statement",
];

/** Indices of the events (in date order) that keep their label when at most `count` may. */
export function labelledEvents(events: readonly [EventRecord, DateSpan][], count: number | undefined): Set<number> {
  const all = events.map((_, i) => i);
  if (count === undefined || count >= events.length) return new Set(all);
  const typeOf = (i: number) => text(events[i][0].type);
  const rank = (i: number) => {
    const at = LABEL_PRIORITY.indexOf(typeOf(i));
    return at < 0 ? LABEL_PRIORITY.length - 1 : at;
  };
  const seen = new Set<string>();
  const isFirst = new Set(all.filter((i) => !seen.has(typeOf(i)) && seen.add(typeOf(i))));
  const order = all.sort((a, b) => Number(isFirst.has(b)) - Number(isFirst.has(a)) || rank(a) - rank(b) || a - b);
  return new Set(order.slice(0, Math.max(0, count)));
}

/** The event's own summary, else its type and actor. */
export function eventLabel(event: EventRecord): string {
  const summary = text(event.summary).trim();
  if (summary) return summary;
  return [eventTypeLabel(text(event.type)), text(event.actor)].filter(Boolean).join(": ");
}

function clip(span: DateSpan, domain: [Date, Date]): DateSpan {
  const start = span.start < domain[0] ? domain[0] : span.start;
  const end = span.end > domain[1] ? domain[1] : span.end;
  return { ...span, start, end: end > start ? end : start };
}

/**
 * Positions marks and labels between `frame.left` and `frame.right`: a label goes right of its mark, or left of
 * it near the right edge, cut with an ellipsis to the room there is; marks with labels are packed into lanes.
 */
export function layoutEventLanes(
  events: readonly [EventRecord, DateSpan][],
  domain: [Date, Date],
  frame: LaneFrame,
): { items: LaneItem[]; lanes: number } {
  const x = linear(domain[0].getTime(), domain[1].getTime(), frame.left, frame.right);
  const invert = linear(frame.left, frame.right, domain[0].getTime(), domain[1].getTime());
  const maxLabel = Math.max(60, Math.min(280, (frame.right - frame.left) * 0.42));
  const keep = labelledEvents(events, frame.labels);
  const items: LaneItem[] = events.map(([event, whole], index) => {
    const span = clip(whole, domain);
    const x1 = x(span.start.getTime());
    const markLeft = whole.isDay ? x1 - LANE.dot : x1;
    const markRight = whole.isDay ? x1 + LANE.dot : Math.max(x(span.end.getTime()), x1 + 2);
    const drawEnd = new Date(Math.max(span.end.getTime(), invert(x1 + 2)));
    const labelled = keep.has(index);
    const full = labelled ? truncateToWidth(eventLabel(event), maxLabel, LANE.labelSize) : "";
    const need = textWidth(full, LANE.labelSize);
    const roomRight = frame.right - markRight - LANE.labelGap;
    const roomLeft = markLeft - LANE.labelGap - frame.left;
    const roomInside = whole.isDay ? -1 : markRight - markLeft - 2 * LANE.labelGap;
    // Right of the mark if the label fits there, else left; otherwise wherever there is most room, which for a
    // bar spanning nearly the whole axis is inside the bar itself.
    const labelAnchor: LaneItem["labelAnchor"] =
      roomRight >= need
        ? "start"
        : roomLeft >= need
          ? "end"
          : roomInside > Math.max(roomLeft, roomRight)
            ? "inside"
            : roomRight >= roomLeft
              ? "start"
              : "end";
    const room = labelAnchor === "start" ? roomRight : labelAnchor === "end" ? roomLeft : roomInside;
    const label = truncateToWidth(full, Math.max(0, room), LANE.labelSize);
    const width = textWidth(label, LANE.labelSize);
    const labelLeft =
      labelAnchor === "start"
        ? markRight + LANE.labelGap
        : labelAnchor === "end"
          ? markLeft - LANE.labelGap - width
          : markLeft + LANE.labelGap;
    return {
      event,
      span: { ...span, isDay: whole.isDay },
      label,
      drawEnd,
      markLeft,
      markRight,
      labelLeft,
      labelRight: labelLeft + width,
      labelAnchor,
      labelled,
      lane: 0,
      y: 0,
    };
  });
  const lanes = assignLanes(
    items.map((i) =>
      i.labelled
        ? { left: Math.min(i.markLeft, i.labelLeft), right: Math.max(i.markRight, i.labelRight) }
        : { left: i.markLeft, right: i.markRight },
    ),
    LANE.laneGap,
  );
  items.forEach((item, i) => {
    item.lane = lanes[i];
    item.y = frame.top + LANE.height / 2 + lanes[i] * LANE.height;
  });
  return { items, lanes: items.length ? Math.max(...lanes) + 1 : 0 };
}

/** Bars for spans, dots for days, and the labels; x must be a UTC scale, y an identity scale. */
export function eventLaneMarks(items: readonly LaneItem[]): Plot.Markish[] {
  const color = (i: LaneItem) => eventTypeColor(text(i.event.type));
  const tip = (i: LaneItem) =>
    `${formatDate(i.event.date)} · ${eventTypeLabel(text(i.event.type))}\n${eventLabel(i.event)}\n${shortQuote(i.event.quote, "", 160)}`;
  const href = (i: LaneItem) => `sources#${firstFact(i.event)}`;
  const labels = (anchor: "start" | "end") =>
    Plot.text(
      items.filter((i) => i.labelled && (anchor === "end" ? i.labelAnchor === "end" : i.labelAnchor !== "end")),
      {
        x: { value: (i: LaneItem) => (anchor === "start" ? i.labelLeft : i.labelRight), scale: null },
        y: (i: LaneItem) => i.y,
        text: (i: LaneItem) => i.label,
        textAnchor: anchor,
        fontSize: LANE.labelSize,
      },
    );
  // A bar carrying its label inside is drawn as a faint band as tall as the text, so the text stays legible.
  const half = (i: LaneItem) => (i.labelAnchor === "inside" ? LANE.labelHeight / 2 + 1 : LANE.bar / 2);
  return [
    Plot.rect(
      items.filter((i) => !i.span.isDay),
      {
        x1: (i: LaneItem) => i.span.start,
        x2: (i: LaneItem) => i.drawEnd,
        y1: (i: LaneItem) => i.y - half(i),
        y2: (i: LaneItem) => i.y + half(i),
        fill: color,
        fillOpacity: (i: LaneItem) => (i.labelAnchor === "inside" ? 0.35 : 1),
        rx: 2,
        title: tip,
        href,
      },
    ),
    Plot.dot(
      items.filter((i) => i.span.isDay),
      { x: (i: LaneItem) => i.span.start, y: (i: LaneItem) => i.y, r: LANE.dot, fill: color, title: tip, href },
    ),
    labels("start"),
    labels("end"),
  ];
}
