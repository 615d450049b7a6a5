import { describe, expect, it } from "vitest";
import type { DocumentRecord } from "../../../data-loaders/types.ts";
import { wireCorpus } from "../../pipeline/wire-corpus.ts";
import { withoutSentenceText, withSentenceText } from "../../../src/components/lib/sentence-text.ts";

const text = "Title line\n\nPyongyang fired two missiles on Monday. Seoul said 31 missiles flew in 2022.";
const corpus = wireCorpus(text, "2024-05-01");

describe("withoutSentenceText / withSentenceText", () => {
  it("serves sentences as offsets only, then gives back the very records the pipeline made", async () => {
    const served = JSON.parse(JSON.stringify(withoutSentenceText(corpus.facts)));
    expect(corpus.facts.length).toBeGreaterThan(3);
    expect(JSON.stringify(served)).not.toContain("Seoul said 31");
    expect(served.every((f: { sentence: object }) => !("text" in f.sentence))).toBe(true);
    const documents = JSON.parse(JSON.stringify(corpus.documents)) as DocumentRecord[];
    expect(await withSentenceText(Promise.resolve(served), Promise.resolve(documents))).toEqual(corpus.facts);
  });

  it("lets the facts of one sentence share its record, and gives an unknown document's facts empty words", async () => {
    const facts = await withSentenceText(withoutSentenceText(corpus.facts), corpus.documents);
    const second = facts.filter((f) => f.sentence.text.startsWith("Seoul"));
    expect(second.length).toBeGreaterThan(1);
    expect(new Set(second.map((f) => f.sentence)).size).toBe(1);
    const orphans = await withSentenceText(withoutSentenceText(corpus.facts), []);
    expect(orphans.every((f) => f.sentence.text === "")).toBe(true);
  });
});
