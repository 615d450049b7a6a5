import { describe, expect, it } from "vitest";
import { cite, citedSentence, citeTitle, factOf, factsById, sourceHref } from "../../../src/components/lib/cite.ts";
import { createServerDocument } from "../../../src/components/lib/server-document.ts";
import type { Fact } from "../../../data-loaders/types.ts";

// The theft sentence of seed 001 (News1), with its money fact at the offsets the pipeline gives it.
const SENTENCE =
  "The amount of cryptocurrency stolen by North Korea through the hacking of the blockchain-based game ‘Exinfinity’ in March was $620 million, equivalent to the cost ($400-650 million) spent shooting 31 ballistic missiles in the first half of this year.";
const START = 5104;
const at = (words: string) => START + SENTENCE.indexOf(words);
const money = {
  kind: "money",
  id: "money-001-5230-5242",
  doc: "001.txt",
  start: at("$620 million"),
  end: at("$620 million") + 12,
  quote: "$620 million",
  value: 620e6,
  high: null,
  unit: "USD",
  crypto: false,
  qualifier: null,
  sentence: { index: 27, start: START, end: START + SENTENCE.length, text: SENTENCE },
} as Fact;

describe("cite", () => {
  it("cite(value, fact) links to the fact on the Sources page with its sentence as the hover text", () => {
    const document = createServerDocument();
    const link = cite("$620 million", money, { document });
    expect(link.tagName.toLowerCase()).toBe("a");
    expect(link.getAttribute("class")).toBe("cite");
    expect(link.getAttribute("href")).toBe("./sources#money-001-5230-5242");
    expect(link.getAttribute("title")).toBe(SENTENCE);
    expect(link.textContent).toBe("$620 million");
  });

  it("cite(value, null) shows the value as uncited instead of throwing", () => {
    const document = createServerDocument();
    const span = cite(42, null, { document });
    expect(span.tagName.toLowerCase()).toBe("span");
    expect(span.getAttribute("class")).toBe("uncited");
    expect(span.textContent).toBe("42");
  });

  it("cite(value, fact) sets markup in the value as text, never as elements", () => {
    const document = createServerDocument();
    const link = cite("<script>alert(1)</script>", { id: "x", quote: "<b>q</b>" }, { document });
    expect(link.querySelector("script")).toBeNull();
    expect(link.textContent).toBe("<script>alert(1)</script>");
    expect(link.getAttribute("title")).toBe("<b>q</b>");
  });

  it("citeTitle(fact) falls back to the fact's own words when its sentence does not hold them; sourceHref escapes the id", () => {
    expect(citeTitle({ id: "a", quote: "eight times" })).toBe("eight times");
    expect(citeTitle({ id: "a", quote: "“One. Two.”", sentence: { text: "“One." } })).toBe("“One. Two.”");
    expect(sourceHref("a b#c")).toBe("./sources#a%20b%23c");
  });

  it("factOf(record, facts) finds the record's first fact, or keeps its sentence when the fact is unknown", () => {
    const facts = factsById([money]);
    expect(factOf({ facts: [money.id], quote: SENTENCE }, facts)).toBe(money);
    expect(factOf({ facts: ["missing"], quote: "q" }, facts)).toEqual({ id: "missing", quote: "q" });
    expect(factOf({ facts: [] }, facts)).toBeNull();
    expect(factOf(null, facts)).toBeNull();
  });

  it("citedSentence(sentence, facts) links each fact where it stands and keeps the rest as text", () => {
    const document = createServerDocument();
    const count = {
      id: "count-1",
      quote: "31 ballistic missiles",
      start: at("31 ballistic"),
      end: at("31 ballistic") + 21,
    };
    const outside = { id: "far", quote: "x", start: 0, end: 5 };
    const quote = citedSentence(money.sentence, [count, money, outside], { document });
    expect(quote.textContent).toBe(SENTENCE);
    const links = [...quote.querySelectorAll("a.cite")].map((a) => [a.textContent, a.getAttribute("href")]);
    expect(links).toEqual([
      ["$620 million", "./sources#money-001-5230-5242"],
      ["31 ballistic missiles", "./sources#count-1"],
    ]);
  });
});
