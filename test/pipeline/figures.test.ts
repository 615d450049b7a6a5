import { describe, expect, it } from "vitest";
import { figure, seedCorpus } from "./seed-corpus.ts";

describe("chooseFigures on the seeds", () => {
  const corpus = seedCorpus();

  it("finds the theft of $620 million in March 2022", () => {
    const theft = figure(corpus, "theft");
    expect(theft).toMatchObject({ value: 620e6, high: null, unit: "USD", doc: "001_9d2ae734795a9dc4.txt" });
    expect(theft.date).toMatchObject({ iso: "2022-03", precision: "month" });
    expect(theft.quote).toContain("$620 million");
  });

  it("derives the exchange rate implied by 828.6 billion won for $620 million", () => {
    const rate = figure(corpus, "exchange-rate");
    expect(rate.unit).toBe("KRW/USD");
    expect(rate.value).toBeCloseTo(828.6e9 / 620e6, 6);
    expect(rate.formula).toMatch(/828\.6 billion KRW ÷ 620 million USD/);
    expect(rate.facts).toHaveLength(2);
  });

  it("finds 31 ballistic missiles costing $400-650 million in the first half of 2022", () => {
    const cost = figure(corpus, "missile-cost");
    expect(cost).toMatchObject({ value: 400e6, high: 650e6, unit: "USD" });
    expect(cost.date).toMatchObject({ iso: "2022-01/2022-06", precision: "interval" });
    expect(cost.label).toContain("31 ballistic missiles");
  });

  it("derives the cost per missile and the missiles the theft would pay for, both as ranges", () => {
    const perMissile = figure(corpus, "cost-per-missile");
    expect(perMissile.value).toBeCloseTo(400e6 / 31, 3);
    expect(perMissile.high).toBeCloseTo(650e6 / 31, 3);
    expect(perMissile.formula).toContain("÷ 31 ballistic missiles");
    const paysFor = figure(corpus, "missiles-per-theft");
    expect(paysFor.value).toBeCloseTo(620e6 / (650e6 / 31), 6);
    expect(paysFor.high).toBeCloseTo(620e6 / (400e6 / 31), 6);
    expect(paysFor.unit).toBe("ballistic missile");
  });

  it("counts at least eight ICBM launches in 2022", () => {
    const launches = figure(corpus, "launches");
    expect(launches).toMatchObject({ value: 8, qualifier: "at least" });
    expect(launches.unit).toMatch(/^ICBM launch$/i);
    expect(launches.date).toMatchObject({ iso: "2022", precision: "year" });
  });

  it("reads the US designation of 4 November 2025: 8 individuals and 2 entities", () => {
    const d = figure(corpus, "designation", (f) => f.date?.iso === "2025-11-04");
    expect(d).toMatchObject({ actor: "United States", parts: { individual: 8, entity: 2 }, value: 10 });
  });

  it("reads South Korea's designation of 14 October 2022: 15 individuals and 16 entities", () => {
    const d = figure(corpus, "designation", (f) => f.date?.iso === "2022-10-14");
    expect(d).toMatchObject({ actor: "South Korea", parts: { individual: 15, entity: 16 } });
  });

  it("reads the US designation of three hacking groups in 2019, with their names", () => {
    const d = figure(corpus, "designation", (f) => f.date?.iso === "2019");
    expect(d).toMatchObject({ actor: "United States", parts: { group: 3 } });
    const event = corpus.events.find((e) => e.id === d.events[0])!;
    expect(event.targetNames).toEqual(expect.arrayContaining(["Lazarus Group", "Bluenoroff", "Andariel"]));
  });

  it("reads the US sanctions on two mixers in 2022", () => {
    const d = figure(corpus, "designation", (f) => f.date?.iso === "2022" && f.actor === "United States");
    expect(d.parts).toEqual({ entity: 2 });
    expect(d.context).toMatch(/mixer/);
  });

  it("reads seven vessels put forward for UN sanctions as a proposal, not a designation", () => {
    const d = figure(corpus, "sanctions-proposal");
    expect(d).toMatchObject({ actor: "United States", parts: { vessel: 7 } });
  });

  it("gives every figure facts that exist and a quote that slices its document", () => {
    const facts = new Set(corpus.facts.map((f) => f.id));
    const texts = new Map(corpus.documents.map((d) => [d.doc, d.text]));
    for (const f of corpus.figures) {
      expect(f.facts.length).toBeGreaterThan(0);
      for (const id of f.facts) expect(facts.has(id)).toBe(true);
      expect(texts.get(f.doc)!.slice(f.start, f.end)).toBe(f.quote);
    }
  });

  it("gives every figure a unique id", () => {
    const ids = corpus.figures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
