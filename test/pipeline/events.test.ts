import { describe, expect, it } from "vitest";
import { buildEvents } from "../../data-loaders/events/build-events.ts";
import { eventsOf, seedCorpus } from "./seed-corpus.ts";
import { wireCorpus } from "./wire-corpus.ts";

describe("buildEvents on the seeds", () => {
  const corpus = seedCorpus();

  it("dates the US designation 'on Tuesday' to the Tuesday before the 6 November 2025 article, with its reason", () => {
    const [d] = eventsOf(corpus, "designation", "000").filter((e) => e.details.status === "imposed");
    expect(d.date?.iso).toBe("2025-11-04");
    expect(d.targets).toEqual({ individual: 8, entity: 2 });
    expect(d.details.reason).toMatch(/laundering funds/);
  });

  it("resolves 'on the 14th of last month' for South Korea's designation", () => {
    const d = eventsOf(corpus, "designation", "001").find((e) => e.actor === "South Korea")!;
    expect(d.date).toMatchObject({ iso: "2022-10-14", precision: "day" });
    expect(d.details.reason).toMatch(/North Korea’s nuclear and missile development/);
  });

  it("keeps the 2020 prosecution out of the 2019 designation of hacking groups", () => {
    const d = eventsOf(corpus, "designation", "001").find((e) => e.targets?.group)!;
    expect(d.date?.iso).toBe("2019");
    expect(d.quote).not.toContain("2020");
  });

  it("separates the theft from the missile cost in one sentence", () => {
    const [theft] = eventsOf(corpus, "theft", "001");
    expect(theft.amount).toMatchObject({ value: 620e6, unit: "USD" });
    expect(theft.date?.iso).toBe("2022-03");
    expect(theft.equivalents).toEqual([expect.objectContaining({ value: 828.6e9, unit: "KRW", qualifier: "about" })]);
    const cost = eventsOf(corpus, "missile-launch", "001").find((e) => e.amount)!;
    expect(cost.amount).toMatchObject({ value: 400e6, high: 650e6 });
    expect(cost.count).toMatchObject({ value: 31, unit: "ballistic missile" });
    expect(cost.actor).toBe("North Korea");
  });

  it("dates the summits and meetings the articles report, each with its place", () => {
    const meetings = corpus.events.filter((e) => e.type === "meeting");
    const found = meetings.map((m) => `${m.date?.iso} ${m.details.place ?? ""}`.trim());
    expect(found).toEqual(
      expect.arrayContaining(["2022-12-13 Indonesia", "2018-06 Singapore", "2019-02 Hanoi", "2019-04-25 Vladivostok"]),
    );
    expect(found.some((m) => m.startsWith("2022-11-17"))).toBe(true);
  });

  it("dates the Security Council vote to May 2022 and gives the veto to China and Russia", () => {
    const [vote] = eventsOf(corpus, "vote", "001");
    expect(vote.date?.iso).toBe("2022-05");
    const [veto] = eventsOf(corpus, "veto", "001");
    expect(veto.participants).toEqual(["China", "Russia"]);
  });

  it("places North Korea's first nuclear test in 2006 and its NPT withdrawal in 2003", () => {
    const [test] = eventsOf(corpus, "nuclear-test");
    expect(test).toMatchObject({ actor: "North Korea", date: expect.objectContaining({ iso: "2006" }) });
    const [treaty] = eventsOf(corpus, "treaty");
    expect(treaty).toMatchObject({ actor: "North Korea", date: expect.objectContaining({ iso: "2003" }) });
  });

  it("does not read a hypothetical seventh nuclear test as an event", () => {
    expect(eventsOf(corpus, "nuclear-test")).toHaveLength(1);
  });

  it("attributes statements to their speakers", () => {
    const speakers = new Set(corpus.events.filter((e) => e.type === "statement").map((e) => e.actor));
    for (const name of ["Kim Un Chol", "Rodong Sinmun", "Vladimir Putin", "Ned Price", "Jung Pak"])
      expect(speakers).toContain(name);
  });

  it("gives every event a quote that slices its document and facts that exist", () => {
    const texts = new Map(corpus.documents.map((d) => [d.doc, d.text]));
    const facts = new Set(corpus.facts.map((f) => f.id));
    for (const e of corpus.events) {
      expect(texts.get(e.doc)!.slice(e.start, e.end)).toBe(e.quote);
      for (const id of e.facts) expect(facts.has(id)).toBe(true);
    }
  });

  it("builds the same events from facts whose documents interleave, in any order", () => {
    const byIndex = corpus.facts.map((f, i) => ({ f, key: (i * 7919) % corpus.facts.length }));
    const shuffled = byIndex.sort((a, b) => a.key - b.key).map(({ f }) => f);
    expect(new Set(shuffled.slice(0, 20).map((f) => f.doc)).size).toBeGreaterThan(1);
    expect(buildEvents(corpus.documents, shuffled)).toEqual(corpus.events);
  });

  it("dates a statement by the last date its paragraph gives before it, whatever order the facts come in", () => {
    const corpus = wireCorpus(
      "Talks\n\nEnvoys met on March 3, 2024. They met again on May 9, 2024. " +
        "Kim Yo Jong said: \u201cWe will never give up our weapons for anything.\u201d\n",
      "2024-06-01",
    );
    const statement = (events: typeof corpus.events) => events.find((e) => e.type === "statement")!;
    expect(statement(corpus.events).date?.iso).toBe("2024-05-09");
    const reversed = [...corpus.facts].reverse();
    expect(statement(buildEvents(corpus.documents, reversed))).toEqual(statement(corpus.events));
  });
});
