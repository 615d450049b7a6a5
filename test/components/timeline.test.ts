import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Corpus, EventRecord } from "../../data-loaders/types.ts";
import { LANE } from "../../src/components/lib/event-lanes.ts";
import { toSvgString } from "../../src/components/lib/serialize.ts";
import { datedEvents, layoutTimeline, rows, Timeline, timelineAlt } from "../../src/components/timeline.ts";
import { loadCorpus, server } from "./fixture.ts";

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function labelBoxes(data: Partial<Corpus>, width: number): Box[] {
  return layoutTimeline(data, {}, { left: 0, right: width, top: 0 }).items.map((i) => ({
    left: i.labelLeft,
    right: i.labelRight,
    top: i.y - LANE.labelHeight / 2,
    bottom: i.y + LANE.labelHeight / 2,
  }));
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function firstOverlap(boxes: Box[]): [Box, Box] | null {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i], boxes[j])) return [boxes[i], boxes[j]];
  return null;
}

const DAY = 86_400_000;
const arbitraryEvent = fc
  .record({
    start: fc.integer({ min: Date.UTC(2003, 0, 1), max: Date.UTC(2025, 11, 1) }),
    days: fc.constantFrom(0, 29, 180, 364, 1500),
    summary: fc.string({ maxLength: 80 }),
    type: fc.constantFrom("theft", "statement", "meeting", "designation", "treaty"),
  })
  .map(({ start, days, summary, type }, i = 0) => {
    const first = new Date(start - (start % DAY)).toISOString().slice(0, 10);
    const last = new Date(start - (start % DAY) + days * DAY).toISOString().slice(0, 10);
    return {
      id: `e${i}-${start}`,
      type,
      summary,
      doc: "d",
      quote: summary,
      facts: [],
      date: { iso: first, precision: days ? "interval" : "day", first, last },
    } as unknown as EventRecord;
  });

describe("timeline", () => {
  it("layoutTimeline(data) never lets two label boxes intersect, at any width", () => {
    for (const width of [280, 480, 640, 960, 1400]) expect(firstOverlap(labelBoxes(loadCorpus(), width))).toBeNull();
  });

  it("layoutTimeline(data) never lets two label boxes intersect, for random events", () => {
    fc.assert(
      fc.property(fc.array(arbitraryEvent, { maxLength: 40 }), fc.integer({ min: 280, max: 1600 }), (events, width) => {
        expect(firstOverlap(labelBoxes({ events }, width))).toBeNull();
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("layoutTimeline(data) keeps every label inside the chart", () => {
    for (const item of layoutTimeline(loadCorpus(), {}, { left: 10, right: 630, top: 0 }).items) {
      expect(item.labelLeft).toBeGreaterThanOrEqual(10 - 1e-9);
      expect(item.labelRight).toBeLessThanOrEqual(630 + 1e-9);
    }
  });

  it("Timeline(data) draws a span for each month-, year- or interval-dated event and a dot for each day", () => {
    const corpus = loadCorpus();
    const { events } = datedEvents(corpus);
    const coarse = events.filter(([, span]) => !span.isDay).length;
    const figure = Timeline(corpus, { ...server(), width: 800 });
    expect(coarse).toBeGreaterThan(5);
    expect(figure.querySelectorAll('g[aria-label="rect"] rect, g[aria-label="rect"] path').length).toBe(coarse);
    expect(figure.querySelectorAll('g[aria-label="dot"] circle').length).toBe(events.length - coarse);
  });

  it("Timeline(data) draws a year-precision event as a bar one year wide", () => {
    const corpus = loadCorpus();
    corpus.events = corpus.events.filter((e) => e.date?.precision === "year" || e.date?.iso === "2022-10-14");
    const figure = Timeline(corpus, { ...server(), width: 800 });
    const bars = [...figure.querySelectorAll('g[aria-label="rect"] rect')].map((r) => Number(r.getAttribute("width")));
    // The kept events run from 2003 to 2022, so the axis covers 20 whole years.
    const years = 2023 - 2003;
    const plotWidth = 800 - 32;
    expect(bars.length).toBe(6);
    for (const width of bars) expect(width).toBeCloseTo(plotWidth / years, 0);
  });

  it("Timeline(data, {types, docs}) shows only the chosen types from the chosen documents", () => {
    const out = rows(loadCorpus(), { types: ["statement"], docs: ["004_fcfc1a8f3b45e3ee.txt"] });
    expect(out.map((r) => r.actor)).toEqual(["Kim Jong-un", "Vladimir Putin", "Vladimir Putin", "Kim Yong-jae"]);
    expect(() => rows(loadCorpus(), { types: "statement" as unknown as string[] })).toThrow(/invalid types/);
  });

  it("Timeline(data) notes events it leaves out for want of a date", () => {
    const corpus = loadCorpus();
    corpus.events[0] = { ...corpus.events[0], date: null };
    expect(toSvgString(Timeline(corpus, server()))).toContain("1 event without a usable date is not shown");
  });

  it("timelineAlt(data) gives the span of years, the counts by type and the first and last events", () => {
    const alt = timelineAlt(loadCorpus());
    expect(alt).toContain("29 dated events from 2003 to 2025");
    expect(alt).toContain("12 statements");
    expect(alt).toContain("Earliest: North Korea withdrew Nuclear Non-Proliferation Treaty (2003)");
    expect(alt).toContain("(6 November 2025)");
  });
});
