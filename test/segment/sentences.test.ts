import { describe, expect, it } from "vitest";
import { findParagraphs } from "../../data-loaders/segment/paragraphs.ts";
import { findSentences } from "../../data-loaders/segment/sentences.ts";

function split(text: string): string[] {
  return findSentences(text, findParagraphs(text)).map((s) => text.slice(s.start, s.end));
}

describe("findSentences", () => {
  it("findSentences(text, paragraphs) splits on . ? ! followed by a space and a capital", () => {
    expect(split("It fired. Seoul protested! Why now? Nobody knows")).toEqual([
      "It fired.",
      "Seoul protested!",
      "Why now?",
      "Nobody knows",
    ]);
  });

  it("findSentences(text, paragraphs) does not split after titles, months and short forms", () => {
    const texts = [
      "Mr. Kim met Dr. Lee and Gen. Park.",
      "It happened on Jan. 5 and again on Feb. 9, Sept. 12 and Dec. 13 near St. Petersburg.",
      "He cited resolution No. 2397 and the case U.S. vs. Kim.",
      "Sanctions (e.g. Treasury designations, i.e. SDN listings) work.",
      "The U.S. Treasury and the U.N. Security Council acted.",
      "US envoy Sung Y. Kim met J. R. Smith.",
    ];
    for (const text of texts) expect(split(text)).toEqual([text]);
  });

  it("findSentences(text, paragraphs) does not split inside numbers", () => {
    expect(split("It stole $2.7 billion in 2022.8.11 terms. Then 3.5 more.")).toEqual([
      "It stole $2.7 billion in 2022.8.11 terms.",
      "Then 3.5 more.",
    ]);
  });

  it("findSentences(text, paragraphs) ends a sentence after a number", () => {
    expect(split("The test came in 2006. The next followed.")).toEqual([
      "The test came in 2006.",
      "The next followed.",
    ]);
  });

  it("findSentences(text, paragraphs) keeps closing quotes with their sentence", () => {
    expect(split("He said, “We will respond.” The ministry agreed.")).toEqual([
      "He said, “We will respond.”",
      "The ministry agreed.",
    ]);
    expect(split("“Is this war?” he asked. “No,” she said.")).toEqual(["“Is this war?” he asked.", "“No,” she said."]);
    expect(split("It called them ‘idiots.’ Seoul replied.")).toEqual(["It called them ‘idiots.’", "Seoul replied."]);
  });

  it("findSentences(text, paragraphs) ends a sentence at … or ... before a capital, not before lower case", () => {
    expect(split("Sanctions such as crypto… why? Because… It works... Maybe")).toEqual([
      "Sanctions such as crypto… why?",
      "Because…",
      "It works...",
      "Maybe",
    ]);
  });

  it("findSentences(text, paragraphs) ends a sentence after a quoted abbreviation", () => {
    expect(split("They blamed “the U.S.” North Korea then fired.")).toEqual([
      "They blamed “the U.S.”",
      "North Korea then fired.",
    ]);
  });

  it("findSentences(text, paragraphs) splits across non-breaking spaces but never across a line", () => {
    expect(split("It fired.\u00a0Seoul protested.\r\nTokyo too")).toEqual([
      "It fired.",
      "Seoul protested.",
      "Tokyo too",
    ]);
    const text = "First paragraph ends.\n\nSecond. Third";
    const sentences = findSentences(text, findParagraphs(text));
    expect(sentences.map((s) => [s.index, s.paragraph])).toEqual([
      [0, 0],
      [1, 1],
      [2, 1],
    ]);
  });

  it("findSentences(text, []) returns no sentences", () => {
    expect(findSentences("Text. More.", [])).toEqual([]);
  });
});
