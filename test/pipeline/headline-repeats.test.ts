import { describe, expect, it } from "vitest";
import { wireCorpus } from "./wire-corpus.ts";

// Wire-style copy written for this test: a headline that restates the lead, as most news headlines do.
function eventsOf(text: string) {
  return wireCorpus(text, "2025-05-08").events;
}

describe("events repeated by the headline", () => {
  it("keeps the lead's launch and drops the headline's copy of it", () => {
    const events = eventsOf(
      "N. Korea fires 2 short-range ballistic missiles into East Sea\n\nSEOUL, May 8 -- North Korea fired two short-range ballistic missiles toward the East Sea on Thursday, the military said.\n",
    );
    const launches = events.filter((e) => e.type === "missile-launch");
    expect(launches).toHaveLength(1);
    expect(launches[0]).toMatchObject({
      count: expect.objectContaining({ value: 2 }),
      date: expect.objectContaining({ iso: "2025-05-08" }),
    });
  });

  it("keeps a headline event the body does not repeat", () => {
    const events = eventsOf(
      "N. Korea fires 3 cruise missiles\n\nSEOUL, May 8 -- North Korea fired two short-range ballistic missiles on Thursday, the military said.\n",
    );
    expect(
      events
        .filter((e) => e.type === "missile-launch")
        .map((e) => e.count?.value)
        .sort(),
    ).toEqual([2, 3]);
  });

  it("drops a headline theft whose sum differs from the body's when both name the same victim", () => {
    const events = eventsOf(
      "Crypto platform Atomic Wallet hit by $100m hack\n\nSEOUL, May 8 -- Hackers stole more than $35 million from Atomic Wallet users last week, analysts said. Losses may reach $100m.\n",
    );
    const thefts = events.filter((e) => e.type === "theft");
    expect(thefts.map((e) => [e.amount?.value, e.details.victim])).toEqual([[35e6, "Atomic Wallet"]]);
  });

  it("drops a headline theft in won that the body gives as the equivalent of its dollars", () => {
    const events = eventsOf(
      "North Korean hackers stole 1.5 trillion won from South Korea\n\nSEOUL, May 8 -- North Korean hackers stole about 1.5 trillion won ($1.1 billion) in virtual assets from South Korea, the spy agency said.\n",
    );
    const thefts = events.filter((e) => e.type === "theft");
    expect(thefts.map((e) => [e.amount?.value, e.amount?.unit, e.equivalents.map((a) => a.unit)])).toEqual([
      [1.1e9, "USD", ["KRW"]],
    ]);
  });
});
