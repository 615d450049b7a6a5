import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../../data-loaders/types.ts";
import { toSvgString } from "../../src/components/lib/serialize.ts";
import { Responses, responsesAlt, responsesData, rows } from "../../src/components/responses.ts";
import { loadCorpus, server } from "./fixture.ts";
import { snapshot } from "./snapshot.ts";

describe("responses", () => {
  it("responsesData(data) pairs each sanctions action with the first North Korean statement on or after it", () => {
    const d = responsesData(loadCorpus());
    expect(d.responses.map((r) => r.action.type)).toEqual(Array(5).fill("designation"));
    // Seed 000: Treasury designations on 4 Nov 2025, Kim Un Chol's answer on 6 Nov 2025.
    const last = d.responses.at(-1)!;
    expect([last.action.id, last.statement?.id, last.days, last.order]).toEqual([
      "d000-designation-530",
      "d000-statement-1132",
      2,
      "after",
    ]);
    expect(d.statements.map(([, span]) => span.start.getTime())).toEqual(
      d.statements.map(([, span]) => span.start.getTime()).sort((a, b) => a - b),
    );
    expect(d.undated).toBe(0);
  });

  it("rows(data) gives one row per mark drawn, each with doc and quote, actions naming their next statement", () => {
    const out = rows(loadCorpus());
    expect(out.filter((r) => r.lane === "Sanctions action")).toHaveLength(5);
    expect(out.filter((r) => r.lane === "North Korean statement")).toHaveLength(5);
    for (const row of out) {
      expect(row.doc).toMatch(/\.txt$/);
      expect(String(row.quote).length).toBeGreaterThan(20);
    }
    expect(out.find((r) => r.event === "d000-designation-530")).toMatchObject({ next: "d000-statement-1132", days: 2 });
  });

  it("responsesAlt(d) counts both lanes and says how soon the first answer came", () => {
    expect(responsesAlt(responsesData(loadCorpus()))).toBe(
      "Chart of 5 dated sanctions actions and 5 dated North Korean statements, 2018–2025. Each action is joined by an arrow to the first statement dated on or after it: 5 of 5 have one, the soonest 2 days later.",
    );
    expect(responsesAlt(responsesData({}))).toMatch(/^Empty chart/);
  });

  it("Responses(data) draws an arrow per answered action, squares for day-dated actions and links to the sources", () => {
    const figure = Responses(loadCorpus(), server());
    const svg = figure.querySelector("svg")!;
    expect(svg.querySelectorAll('g[aria-label="arrow"] path')).toHaveLength(5);
    expect(svg.querySelectorAll('g[aria-label="dot"] a').length).toBeGreaterThan(0);
    expect(svg.querySelector('g[aria-label="dot"] a')?.getAttribute("href")).toMatch(/^sources#d00\d-/);
    expect(toSvgString(figure)).toContain("Sanctions and the North Korean statements that followed");
  });

  it("Responses(data, {height}) spreads the lanes over a tall slide and keeps the height asked for", () => {
    const lanes = (height?: number) =>
      [...Responses(loadCorpus(), { ...server(), width: 960, height }).querySelectorAll('g[aria-label="rule"] line')]
        .map((line) => Number(line.getAttribute("y1")))
        .sort((a, b) => a - b);
    const [top, bottom] = lanes(540);
    const [naturalTop, naturalBottom] = lanes();
    expect(bottom - top).toBeGreaterThan(naturalBottom - naturalTop);
    expect(
      Responses(loadCorpus(), { ...server(), width: 960, height: 540 })
        .querySelector("svg")
        ?.getAttribute("height"),
    ).toBe("540");
  });

  it("Responses(data) says so when nothing is dated, and never throws on half-filled events", () => {
    expect(toSvgString(Responses({}, server()))).toContain("No dated sanctions action");
    const event = fc.record({
      id: fc.string(),
      type: fc.constantFrom("designation", "statement", "theft"),
      doc: fc.string(),
      actor: fc.option(fc.constantFrom("North Korea", "KCNA", "United States")),
      date: fc.option(
        fc.record({ iso: fc.constantFrom("2019", "2022-03", "2025-11-06", "bad"), precision: fc.constant("day") }),
      ),
      facts: fc.array(fc.string(), { maxLength: 2 }),
    });
    const facts = [{ id: "c", kind: "country", value: "North Korea" }];
    fc.assert(
      fc.property(fc.array(event, { maxLength: 8 }), (events) => {
        const data = { events: events as unknown as EventRecord[], facts: facts as never };
        expect(() => toSvgString(Responses(data, server()))).not.toThrow();
        expect(() => rows(data)).not.toThrow();
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it("Responses(data) matches its committed SVG (test/output/responses.svg)", () => {
    const result = snapshot("responses", toSvgString(Responses(loadCorpus(), { ...server(), theme: "light" })));
    expect(result.status, `changed: see ${result.path}`).not.toBe("changed");
  });
});
