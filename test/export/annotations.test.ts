// The `annotations` option of the figures that choose some of many labels or quotes.
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../../data-loaders/types.ts";
import { figureById } from "../../src/components/index.ts";
import { spanOf } from "../../src/components/lib/dates.ts";
import { labelledEvents } from "../../src/components/lib/event-lanes.ts";
import { loadCorpus, server } from "../components/fixture.ts";

function labelTexts(svg: string): string[] {
  return [...svg.matchAll(/<g[^>]*aria-label="text"[^>]*>(.*?)<\/g>/gs)].flatMap((m) =>
    [...m[1].matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]),
  );
}

describe("annotations", () => {
  const corpus = loadCorpus();

  it("labelledEvents(events, n) labels each kind of event once before a second of any kind", () => {
    const event = (id: string, type: string, iso: string) =>
      [
        { id, type, date: { iso, first: iso, last: iso, precision: "day" } } as unknown as EventRecord,
        spanOf({ iso, first: iso, last: iso, precision: "day" } as never)!,
      ] as const;
    const events = [
      event("a", "statement", "2020-01-01"),
      event("b", "statement", "2020-01-02"),
      event("c", "theft", "2020-01-03"),
      event("d", "theft", "2020-01-04"),
      event("e", "meeting", "2020-01-05"),
    ].map(([e, s]) => [e, s] as [EventRecord, NonNullable<typeof s>]);
    expect([...labelledEvents(events, 3)].sort()).toEqual([0, 2, 4]);
    expect([...labelledEvents(events, 4)].sort()).toEqual([0, 2, 3, 4]);
    expect(labelledEvents(events, undefined).size).toBe(5);
    expect(labelledEvents(events, 0).size).toBe(0);
  });

  it("Timeline(data, {annotations: n}) draws n labels and leaves every mark", () => {
    const timeline = figureById("timeline");
    const all = timeline.svg(corpus, server());
    const three = timeline.svg(corpus, { ...server(), annotations: 3 });
    expect(labelTexts(three)).toHaveLength(3);
    expect(labelTexts(all).length).toBeGreaterThan(3);
    const marks = (svg: string) => (svg.match(/<circle|<rect rx/g) ?? []).length;
    expect(marks(three)).toBe(marks(all));
  });

  it("YearInFocus(data, {annotations: 0}) draws marks without labels", () => {
    const svg = figureById("year-in-focus").svg(corpus, { ...server(), annotations: 0 });
    expect(svg).toMatch(/<circle|<rect rx/);
    expect(labelTexts(svg).filter((t) => !/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d+)$/.test(t))).toEqual(
      [],
    );
  });

  it("TheftVsMissiles(data, {annotations: 1}) keeps the first quote under the axis only", () => {
    const entry = figureById("theft-vs-missiles");
    const italic = (svg: string) =>
      (svg.match(/font-style="italic"[^>]*>(.*?)<\/g>/s)?.[1].match(/<text/g) ?? []).length;
    // Wide enough that no quote wraps: one line per quote.
    expect(italic(entry.svg(corpus, { ...server(), width: 2400 }))).toBe(2);
    expect(italic(entry.svg(corpus, { ...server(), width: 2400, annotations: 1 }))).toBe(1);
    expect(entry.svg(corpus, { ...server(), annotations: 0 })).not.toContain('font-style="italic"');
  });

  it("figures reject an annotations count that is not a whole number of zero or more", () => {
    for (const bad of [-1, 1.5, Number.NaN]) {
      expect(() => figureById("timeline").svg(corpus, { ...server(), annotations: bad })).toThrow(
        `invalid annotations: ${bad}`,
      );
    }
  });
});
