import { describe, expect, it } from "vitest";
import {
  FigureCards,
  figureCardsAlt,
  figureCardsData,
  FigureCardsSvg,
  rows,
} from "../../src/components/figureCards.ts";
import { serialize, toSvgString } from "../../src/components/lib/serialize.ts";
import { loadCorpus, server } from "./fixture.ts";

describe("figureCards", () => {
  it("figureCardsData(data) formats values with units, ranges and qualifiers", () => {
    const cards = figureCardsData(loadCorpus());
    const value = (kind: string) => cards.find((c) => c.kind === kind)?.value;
    expect(value("theft")).toBe("$620 million");
    expect(value("missile-cost")).toBe("$400–650 million");
    expect(value("cost-per-missile")).toBe("$12.9–21 million");
    expect(value("missiles-per-theft")).toBe("30–48 missiles");
    expect(value("icbm-launches")).toBe("at least 8 launches");
    expect(value("exchange-rate")).toBe("1,336.5 won per dollar");
    expect(cards.find((c) => c.id === "designation-united-states-2025-11-04")?.parts).toBe(
      "8 individuals · 2 entities",
    );
  });

  it("FigureCards(data) links each card to sources#<fact id> with the quote in a title attribute", () => {
    const corpus = loadCorpus();
    const theft = corpus.figures.find((f) => f.kind === "theft")!;
    const figure = FigureCards(corpus, server());
    const links = [...figure.querySelectorAll("a.nk-card-source")];
    expect(links).toHaveLength(8);
    expect(links[0].getAttribute("href")).toBe(`sources#${theft.facts[0]}`);
    expect(links[0].getAttribute("title")).toContain("was $620 million");
    expect(figure.querySelector(".nk-card-date")?.textContent).toBe("Mar 2022 · North Korea");
  });

  it("FigureCards(data) escapes article text: a <script> in a quote stays text", () => {
    const corpus = loadCorpus();
    corpus.figures[0] = {
      ...corpus.figures[0],
      quote: 'He said "<script>alert(1)</script>" & left',
      label: "<b>Bold</b> label",
      context: "<img src=x onerror=alert(1)>",
    };
    const figure = FigureCards(corpus, server());
    const html = serialize(figure);
    expect(figure.querySelector("script")).toBeNull();
    expect(figure.querySelector("img")).toBeNull();
    expect(figure.querySelector("b")).toBeNull();
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;b&gt;Bold&lt;/b&gt; label");
    expect(figure.querySelector(".nk-card-label")?.textContent).toBe("<b>Bold</b> label");
  });

  it("FigureCardsSvg(data) escapes article text too, so the SVG stays well-formed", () => {
    const corpus = loadCorpus();
    corpus.figures[0] = { ...corpus.figures[0], quote: "<script>alert(1)</script> & more", label: "A < B" };
    const svg = toSvgString(FigureCardsSvg(corpus, server()));
    expect(svg).not.toContain("<script");
    expect(svg).toContain("A &lt; B");
  });

  it("figureCardsAlt(data) reads every figure in words", () => {
    const alt = figureCardsAlt(loadCorpus());
    expect(alt).toContain("8 headline figures");
    expect(alt).toContain("Crypto stolen by North Korea: 620 million USD (March 2022)");
    expect(alt).toContain("Cost of 31 ballistic missiles: 400 to 650 million USD (January to June 2022)");
    expect(alt).toContain("8 individuals, 2 entities");
  });

  it("FigureCards(data, {kinds}) shows the chosen kinds in the order given", () => {
    expect(figureCardsData(loadCorpus(), { kinds: ["designation", "theft"] }).map((c) => c.kind)).toEqual([
      "designation",
      "designation",
      "theft",
    ]);
  });

  it("rows(data) gives one row per card with the raw numbers, doc and quote", () => {
    const out = rows(loadCorpus());
    expect(out[0]).toMatchObject({
      kind: "theft",
      value: 620e6,
      unit: "USD",
      date: "2022-03",
      doc: "001_9d2ae734795a9dc4.txt",
    });
    expect(out.every((r) => r.quote.length > 0)).toBe(true);
  });

  it("FigureCards({}) shows an empty state instead of throwing", () => {
    expect(FigureCards({}, server()).textContent).toContain("No headline figures");
  });
});
