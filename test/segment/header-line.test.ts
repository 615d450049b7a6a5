// Lines written for the tests in the shapes found at the top of saved news pages.
import { describe, expect, it } from "vitest";
import { classifyHeaderLine } from "../../data-loaders/segment/header-line.ts";
import { findParagraphs } from "../../data-loaders/segment/paragraphs.ts";
import { findTitleParagraph } from "../../data-loaders/segment/title.ts";

describe("classifyHeaderLine", () => {
  it("classifyHeaderLine(line) calls short, navigation and timestamp lines boilerplate", () => {
    const lines = [
      "Top stories",
      "Watch Live",
      "Opinion",
      "WORLD NEWS ASIA",
      "Home | World | Asia Pacific",
      "By Jane Doe and John Roe",
      "Updated: 3 March 2023 10:15 KST",
      "Published 14:02 GMT, Tuesday 5 July 2022",
      "Last modified on Mon 12 Dec 2022 23.10 GMT",
      "Article ID: 4412087",
      "WATCH: Footage shows the launch from Pyongyang",
      "Photo: Korean Central News Agency via Reuters",
      "• North Korea fired two missiles.",
      "Korea Security Policy Analysis",
      "Skip to main content",
      "Sign up for our daily newsletter",
    ];
    for (const line of lines) expect(classifyHeaderLine(line), line).toBe("boilerplate");
  });

  it("classifyHeaderLine(line) recognizes headlines, including questions and acronym labels", () => {
    const lines = [
      "North Korea fires ballistic missile into sea off east coast",
      "Treasury Sanctions Eight North Korean Bankers Over Crypto Laundering",
      "What do the new UN sanctions on Pyongyang mean?",
      "UN: North Korean hackers stole $3 billion in six years",
      "Lazarus Group linked to $100 million Horizon bridge theft",
    ];
    for (const line of lines) expect(classifyHeaderLine(line), line).toBe("headline");
  });

  it("classifyHeaderLine(line) calls long sentences and dateline openings body", () => {
    const lines = [
      "North Korea launched a ballistic missile on Tuesday that flew over Japan for the first time in five years, officials said.",
      "SEOUL, Oct 4 (Reuters) - North Korea fired a missile.",
      "Pyongyang fired again. Tokyo protested.",
      "x".repeat(260),
    ];
    for (const line of lines) expect(classifyHeaderLine(line), line.slice(0, 40)).toBe("body");
  });
});

describe("findTitleParagraph", () => {
  it("findTitleParagraph(text, paragraphs) skips page furniture above the headline", () => {
    const text =
      "Menu\nWORLD\n12:30 KST, 4 October 2022\nNorth Korea fires missile over Japan\nSEOUL (AP) — It flew far.";
    expect(findTitleParagraph(text, findParagraphs(text))).toBe(3);
  });

  it("findTitleParagraph(text, paragraphs) is -1 when the body comes before any headline", () => {
    const text =
      "Listen\nNorth Korea launched a ballistic missile on Tuesday that flew over Japan, officials said.\nA B C D";
    expect(findTitleParagraph(text, findParagraphs(text))).toBe(-1);
    expect(findTitleParagraph("", [])).toBe(-1);
  });
});
