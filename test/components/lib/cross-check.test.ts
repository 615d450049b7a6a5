import { describe, expect, it } from "vitest";
import { crossCheck } from "../../../src/components/lib/cross-check.ts";
import type { DateValue, EventRecord } from "../../../data-loaders/types.ts";

function month(iso: string): DateValue {
  const [y, m] = iso.split("-").map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { iso, precision: "month", first: `${iso}-01`, last: `${iso}-${last}` };
}

function event(
  id: string,
  doc: string,
  type: EventRecord["type"],
  date: DateValue,
  extra: Partial<EventRecord> = {},
): EventRecord {
  return {
    id,
    type,
    doc,
    date,
    actor: null,
    start: 0,
    end: 1,
    quote: "",
    sentence: 0,
    targets: null,
    targetNames: [],
    amount: null,
    equivalents: [],
    count: null,
    details: {},
    participants: [],
    summary: "",
    facts: [],
    ...extra,
  };
}

// Mirrors seeds 002 and 004: both report the Singapore summit of June 2018.
const summit = (id: string, doc: string, date: DateValue) =>
  event(id, doc, "meeting", date, { details: { kind: "summit", place: "Singapore" } });
const theft = (id: string, doc: string, value: number) =>
  event(id, doc, "theft", month("2022-03"), {
    actor: "North Korea",
    details: { victim: "Ronin" },
    amount: { value, high: null, unit: "USD", qualifier: null, fact: `${id}-f` },
  });

describe("crossCheck", () => {
  it("crossCheck(events) finds the same meeting in two articles and reports that they agree", () => {
    const [comparison, ...rest] = crossCheck([
      summit("a", "002", month("2018-06")),
      summit("b", "004", month("2018-06")),
    ]);
    expect(rest).toEqual([]);
    expect(comparison.subject).toBe("summit in Singapore");
    expect(comparison.differences).toEqual([]);
  });

  it("crossCheck(events) reports a date that differs and an amount that differs", () => {
    const comparisons = crossCheck([
      summit("a", "002", month("2018-06")),
      summit("b", "004", month("2019-02")),
      theft("t1", "001", 620e6),
      theft("t2", "005", 625e6),
    ]);
    expect(comparisons.map((c) => c.differences)).toEqual([
      ["date: Jun 2018 against Feb 2019"],
      ["amount: $620 million against $625 million"],
    ]);
  });

  it("crossCheck(events) never compares two events of one article, nor statements", () => {
    const statement = (id: string, doc: string) =>
      event(id, doc, "statement", month("2018-06"), { actor: "Kim Jong Un" });
    expect(crossCheck([summit("a", "002", month("2018-06")), summit("b", "002", month("2019-02"))])).toEqual([]);
    expect(crossCheck([statement("s1", "002"), statement("s2", "004")])).toEqual([]);
  });

  it("crossCheck(events) pairs designations by one authority only when their dates overlap", () => {
    const designation = (id: string, doc: string, date: DateValue, individual: number) =>
      event(id, doc, "designation", date, {
        actor: "United States",
        targets: { individual },
        details: { status: "imposed" },
      });
    const comparisons = crossCheck([
      designation("d1", "000", month("2025-11"), 8),
      designation("d2", "003", month("2025-11"), 7),
      designation("d3", "001", month("2022-10"), 15),
    ]);
    expect(comparisons).toHaveLength(1);
    expect(comparisons[0].differences).toEqual(["targets: 8 against 7"]);
  });
});
