// Per-seed expectations: literal seed strings are fine here (they are the test's answers).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { segment } from "../../data-loaders/segment/segment.ts";
import type { Segments, Span } from "../../data-loaders/types.ts";

const SEEDS = join(import.meta.dirname, "../../seeds");
const read = (doc: string) => readFileSync(join(SEEDS, doc), "utf8");
const slice = (text: string, span: Span | null) => (span === null ? null : text.slice(span.start, span.end));

function sentencesOf(text: string, segments: Segments): string[] {
  return segments.sentences.map((s) => text.slice(s.start, s.end));
}

/** The sentence holding `needle`, which must exist exactly once. */
function sentenceWith(text: string, segments: Segments, needle: string): string {
  const found = sentencesOf(text, segments).filter((s) => s.includes(needle));
  expect(found, `sentences containing ${JSON.stringify(needle)}`).toHaveLength(1);
  return found[0];
}

const expected: Record<string, { title: string | null; dateline: string | null }> = {
  "000_f98022329e002b79.txt": {
    title: "Why Is North Korea Condemning US Sanctions on Pyongyang?",
    dateline: "Seoul, Nov 6 (NationPress)",
  },
  "001_9d2ae734795a9dc4.txt": {
    title: "North Korea’s ‘strong’ reaction to the discussion of independent sanctions such as cryptocurrency… why?",
    dateline: null,
  },
  // The saved page lost its headline: it opens with a timestamp, player and section links, then the body.
  "002_5f76f34adb6de2fd.txt": { title: null, dateline: null },
  "003_d1f2b0232cde14cc.txt": { title: "US to coordinate North Korea sanctions with Asian allies", dateline: null },
  "004_fcfc1a8f3b45e3ee.txt": {
    title: "North Korean Diplomat Says Pyongyang ‘Not Bothered’ by UN Sanctions, US Should Change Its Approach",
    dateline: "TEHRAN (defapress)-",
  },
};

describe("segment(seed)", () => {
  for (const [doc, { title, dateline }] of Object.entries(expected)) {
    it(`segment(text) finds the title ${JSON.stringify(title)} and dateline ${JSON.stringify(dateline)} of ${doc}`, () => {
      const text = read(doc);
      const segments = segment(text);
      expect(slice(text, segments.title)).toBe(title);
      expect(slice(text, segments.dateline)).toBe(dateline);
    });
  }

  it("segment(text) keeps seed 000's dateline inside its first body paragraph and splits its takeaways", () => {
    const text = read("000_f98022329e002b79.txt");
    const segments = segment(text);
    const body = segments.paragraphs.find((p) => p.start === segments.dateline?.start);
    expect(slice(text, body ?? null)).toMatch(/^Seoul, Nov 6 \(NationPress\) North Korea has openly criticized/);
    expect(sentencesOf(text, segments)).toContain("- North Korea vows to respond accordingly.");
  });

  it("segment(text) does not split seed 001 at U.S., inside numbers, or at an ellipsis before lower case", () => {
    const text = read("001_9d2ae734795a9dc4.txt");
    const segments = segment(text);
    expect(sentenceWith(text, segments, "South Korean and U.S. governments")).toMatch(
      /^Recently, .* 7th nuclear test\.$/,
    );
    expect(sentenceWith(text, segments, "($400-650 million)")).toMatch(/^The amount of cryptocurrency .* this year\.$/);
    expect(sentenceWith(text, segments, "2022.8.11/News 1")).toBe("(Chosun Central TV capture) 2022.8.11/News 1");
    expect(sentenceWith(text, segments, "U.S. Deputy Special Representative")).toMatch(/United States\.”$/);
  });

  it("segment(text) ends a seed 001 sentence after a closing quote and starts the next at the opening quote", () => {
    const text = read("001_9d2ae734795a9dc4.txt");
    const segments = segment(text);
    expect(sentenceWith(text, segments, "I see all the stars")).toMatch(/now I see all the stars\.”$/);
    expect(sentenceWith(text, segments, "If (Korea) still")).toBe(
      "‘If (Korea) still feels so attached to it, try it a hundred times or a thousand times from now on,” he said.",
    );
  });

  it("segment(text) trims seed 002's indentation and trailing NBSP, and keeps ?\" the newspaper added together", () => {
    const text = read("002_5f76f34adb6de2fd.txt");
    const segments = segment(text);
    for (const p of segments.paragraphs) expect(slice(text, p)).toMatch(/^\S(.*\S)?$/s);
    expect(sentenceWith(text, segments, "How could the sanctions")).toMatch(/amity\?" the newspaper added\.$/);
    expect(sentenceWith(text, segments, "It takes two")).toBe('"It takes two to\u00a0tango," the website said.');
  });

  it("segment(text) keeps the initial in seed 003's 'Sung Y. Kim' inside its sentence", () => {
    const text = read("003_d1f2b0232cde14cc.txt");
    const segments = segment(text);
    expect(sentenceWith(text, segments, "Sung Y. Kim (C)")).toMatch(
      /^US envoy for North Korea, Sung Y\. Kim \(C\), is seen/,
    );
    expect(sentenceWith(text, segments, "many in direct retaliation")).toMatch(/as practice for an invasion\.$/);
  });

  it("segment(text) splits seed 004's quoted 'security. That's it. All of us' into three sentences", () => {
    const text = read("004_fcfc1a8f3b45e3ee.txt");
    const segments = segment(text);
    const sentences = sentencesOf(text, segments);
    const at = sentences.indexOf("“[The North Koreans] only need guarantees about their security.");
    expect(at).toBeGreaterThan(0);
    expect(sentences[at + 1]).toBe("That's it.");
    expect(sentences[at + 2]).toMatch(/^All of us together need to think about this,” Putin stressed/);
  });

  it("segment(text) gives every seed sentences that slice the text, inside their paragraphs", () => {
    for (const doc of Object.keys(expected)) {
      const text = read(doc);
      const { paragraphs, sentences } = segment(text);
      expect(sentences.length).toBeGreaterThan(paragraphs.length - 1);
      for (const s of sentences) {
        const p = paragraphs[s.paragraph];
        expect(s.start >= p.start && s.end <= p.end).toBe(true);
        expect(text.slice(s.start, s.end)).toMatch(/^\S(.*\S)?$/s);
      }
    }
  });
});
