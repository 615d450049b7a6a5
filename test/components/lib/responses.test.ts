import { describe, expect, it } from "vitest";
import { actorCountries, northKoreanStatements, pairResponses } from "../../../src/components/lib/responses.ts";
import type { DateValue, EventRecord, Fact } from "../../../data-loaders/types.ts";

function day(iso: string): DateValue {
  return { iso, precision: "day", first: iso, last: iso };
}
const YEAR_2019: DateValue = { iso: "2019", precision: "year", first: "2019-01-01", last: "2019-12-31" };

function event(
  id: string,
  type: EventRecord["type"],
  doc: string,
  date: DateValue | null,
  actor: string,
  quote = "",
): EventRecord {
  return {
    id,
    type,
    doc,
    date,
    actor,
    start: 0,
    end: 1,
    quote: "",
    sentence: 0,
    targets: null,
    targetNames: [],
    amount: null,
    equivalents: [],
    count: null,
    details: quote ? { quote } : {},
    participants: [actor],
    summary: `${type} ${actor}`,
    facts: [],
  };
}

// Mirrors seed 000: US Treasury designations on 4 Nov 2025, Kim Un Chol's answer on 6 Nov 2025.
const designation = event("d1", "designation", "000", day("2025-11-04"), "United States");
const kimUnChol = event("s1", "statement", "000", day("2025-11-06"), "Kim Un Chol", "we too will respond");
const state = event("s2", "statement", "003", day("2025-11-06"), "North Korea");
const price = event("s3", "statement", "003", day("2025-11-05"), "Ned Price", "we won't hesitate");

describe("responses", () => {
  it("actorCountries(facts) maps people and organizations to their country and countries to themselves", () => {
    const facts = [
      { kind: "person", value: "Kim Un Chol", country: "North Korea" },
      { kind: "organization", value: "Rodong Sinmun", country: "North Korea" },
      { kind: "country", value: "North Korea", country: null },
      { kind: "money", value: 5 },
    ] as unknown as Fact[];
    const countries = actorCountries(facts);
    expect(countries.get("Kim Un Chol")).toBe("North Korea");
    expect(countries.get("North Korea")).toBe("North Korea");
    expect(countries.size).toBe(3);
  });

  it("northKoreanStatements(events, countries) keeps statements by North Korean speakers only", () => {
    const countries = new Map([
      ["Kim Un Chol", "North Korea"],
      ["North Korea", "North Korea"],
      ["Ned Price", "United States"],
    ]);
    expect(northKoreanStatements([designation, kimUnChol, state, price], countries).map((e) => e.id)).toEqual([
      "s1",
      "s2",
    ]);
  });

  it("pairResponses(actions, statements) pairs an action with the first statement after it, preferring the same article and a quotation", () => {
    const [response] = pairResponses([designation], [state, kimUnChol]);
    expect(response.statement?.id).toBe("s1");
    expect(response.days).toBe(2);
    expect(response.order).toBe("after");
    expect(response.sameDocument).toBe(true);
  });

  it("pairResponses marks the order uncertain when the action is dated only to a year", () => {
    const action = event("d2", "designation", "001", YEAR_2019, "United States");
    const answer = event("s4", "statement", "004", day("2019-04-27"), "Kim Yong Jae", "let them impose sanctions");
    const [response] = pairResponses([action], [answer]);
    expect(response.order).toBe("same period");
    expect(response.days).toBe(116);
  });

  it("pairResponses leaves undated actions and actions with no later statement unpaired, oldest first", () => {
    const late = event("d3", "designation", "000", day("2026-01-01"), "United States");
    const undated = event("d4", "designation", "000", null, "United States");
    const responses = pairResponses([late, undated, designation], [kimUnChol]);
    expect(responses.map((r) => [r.action.id, r.statement?.id ?? null])).toEqual([
      ["d1", "s1"],
      ["d3", null],
      ["d4", null],
    ]);
  });
});
