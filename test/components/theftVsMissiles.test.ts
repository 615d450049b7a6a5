import { describe, expect, it } from "vitest";
import {
  rows,
  TheftVsMissiles,
  theftVsMissilesAlt,
  theftVsMissilesData,
} from "../../src/components/theftVsMissiles.ts";
import { toSvgString } from "../../src/components/lib/serialize.ts";
import { loadCorpus, server } from "./fixture.ts";

describe("theftVsMissiles", () => {
  it("theftVsMissilesData(data) pairs the theft with the missile cost range from the same article", () => {
    const d = theftVsMissilesData(loadCorpus());
    expect(d.theft).toMatchObject({ low: 620e6, high: null, unit: "USD" });
    expect(d.cost).toMatchObject({ low: 400e6, high: 650e6, unit: "USD" });
    expect(d.missiles).toEqual({ value: 31, unit: "ballistic missile" });
  });

  it("theftVsMissilesData(data, {currency: 'KRW'}) keeps the article's own won amount and converts the cost at its implied rate", () => {
    const d = theftVsMissilesData(loadCorpus(), { currency: "KRW" });
    expect(d.currency).toBe("KRW");
    expect(d.theft?.low).toBe(828.6e9);
    expect(d.rate?.value).toBeCloseTo(828.6e9 / 620e6, 6);
    expect(d.cost?.low).toBeCloseTo(400e6 * (828.6e9 / 620e6), 0);
    expect(d.cost?.high).toBeCloseTo(650e6 * (828.6e9 / 620e6), 0);
  });

  it("theftVsMissilesData(data, {currency: 'KRW'}) falls back to the theft event's won equivalent when no rate figure exists", () => {
    const corpus = loadCorpus();
    corpus.figures = corpus.figures.filter((f) => f.kind !== "exchange-rate");
    const d = theftVsMissilesData(corpus, { currency: "KRW" });
    expect(d.fellBack).toBe(false);
    expect(d.rate?.value).toBeCloseTo(828.6e9 / 620e6, 6);
  });

  it("theftVsMissilesData(data, {currency: 'KRW'}) stays in dollars and says so when the articles give no won amount", () => {
    const corpus = loadCorpus();
    corpus.figures = corpus.figures.filter((f) => f.kind !== "exchange-rate");
    corpus.events = corpus.events.map((e) => ({ ...e, equivalents: [] }));
    const d = theftVsMissilesData(corpus, { currency: "KRW" });
    expect(d).toMatchObject({ currency: "USD", fellBack: true });
    const svg = toSvgString(TheftVsMissiles(corpus, { ...server(), currency: "KRW" }));
    expect(svg).toContain("no won equivalent");
  });

  it("theftVsMissilesData(data, {currency}) rejects a currency it cannot show", () => {
    expect(() => theftVsMissilesData(loadCorpus(), { currency: "JPY" as "USD" })).toThrow(/invalid currency: JPY/);
  });

  it("theftVsMissilesAlt(d) states both amounts in words, their dates and where the theft falls", () => {
    const alt = theftVsMissilesAlt(theftVsMissilesData(loadCorpus()));
    expect(alt).toContain("theft of 620 million USD in March 2022");
    expect(alt).toContain("missile cost of 400 to 650 million USD for 31 ballistic missiles in January to June 2022");
    expect(alt).toContain("falls within the cost range");
  });

  it("theftVsMissilesAlt(d) says the theft exceeds the cost when it does", () => {
    const corpus = loadCorpus();
    corpus.figures = corpus.figures.map((f) => (f.kind === "theft" ? { ...f, value: 900e6 } : f));
    expect(theftVsMissilesAlt(theftVsMissilesData(corpus))).toContain("exceeds the cost range");
  });

  it("TheftVsMissiles(data) draws the cost as a range, the theft as a point, and cites both sentences", () => {
    const figure = TheftVsMissiles(loadCorpus(), server());
    const svg = figure.querySelector("svg");
    const range = svg?.querySelector('g[aria-label="rect"] path, g[aria-label="rect"] rect');
    expect(range).not.toBeNull();
    expect(svg?.querySelectorAll('g[aria-label="dot"] circle').length).toBe(1);
    const text = toSvgString(figure);
    expect(text).toContain("spent shooting 31 ballistic");
    expect(text).toContain("in March was $620 million");
    expect(svg?.getAttribute("aria-label")).toContain("620 million USD");
  });

  // The pipeline's exchange-rate figure lists the dollar fact first and quotes the theft sentence (seed 001).
  const pipelineShapedRate = () => {
    const corpus = loadCorpus();
    const theftSentence = corpus.events.find((e) => e.type === "theft")!.quote;
    corpus.figures = corpus.figures.map((f) =>
      f.kind === "exchange-rate" ? { ...f, facts: ["d001-money-5230", "d001-money-5411"], quote: theftSentence } : f,
    );
    return corpus;
  };
  const wonLine = (svg: string) => svg.match(/Won equivalent: [^<]*/)?.[0] ?? "";

  it("TheftVsMissiles(data, {currency: 'KRW'}) quotes the sentence giving the won amount, not the theft sentence", () => {
    const svg = toSvgString(TheftVsMissiles(pipelineShapedRate(), { ...server(), currency: "KRW" }));
    expect(wonLine(svg)).toBe(
      "Won equivalent: “There is also an analysis that it reaches Russia (about 828.6 billion won).”",
    );
  });

  it("TheftVsMissiles(data, {currency: 'KRW'}) quotes the won equivalent's sentence when the rate comes from the theft event", () => {
    const corpus = pipelineShapedRate();
    corpus.figures = corpus.figures.filter((f) => f.kind !== "exchange-rate");
    const svg = toSvgString(TheftVsMissiles(corpus, { ...server(), currency: "KRW" }));
    expect(wonLine(svg)).toContain("(about 828.6 billion won)");
    expect(wonLine(svg)).not.toContain("$620 million");
  });

  it("TheftVsMissiles(data) in dollars carries no won line, whatever the rate figure quotes", () => {
    const usd = (corpus: ReturnType<typeof loadCorpus>) => toSvgString(TheftVsMissiles(corpus, server()));
    expect(usd(pipelineShapedRate())).toBe(usd(loadCorpus()));
    expect(wonLine(usd(loadCorpus()))).toBe("");
  });

  it("rows(data) lists each figure used with its doc and quote", () => {
    const out = rows(loadCorpus(), { currency: "KRW" });
    expect(out.map((r) => r.measure)).toEqual(["Theft", "Missile cost", "Won per dollar"]);
    for (const row of out) {
      expect(row.doc).toBe("001_9d2ae734795a9dc4.txt");
      expect(row.quote.length).toBeGreaterThan(20);
    }
  });

  it("TheftVsMissiles(data) shows the one figure it has when the other is missing", () => {
    const corpus = loadCorpus();
    corpus.figures = corpus.figures.filter((f) => f.kind !== "missile-cost");
    const svg = toSvgString(TheftVsMissiles(corpus, server()));
    expect(svg).toContain("no missile cost to compare with");
    expect(svg).toContain("$620M");
  });
});
