import { describe, expect, it } from "vitest";
import { toSvgString } from "../../src/components/lib/serialize.ts";
import { rows, Voices, voicesAlt, voicesData } from "../../src/components/voices.ts";
import { loadCorpus, server } from "./fixture.ts";

describe("voices", () => {
  it("voicesData(data) takes each statement's speaker, date, words and the speaker's country", () => {
    const voices = voicesData(loadCorpus());
    expect(voices).toHaveLength(12);
    const park = voices.find((v) => v.speaker === "Jeong Park");
    expect(park).toMatchObject({ country: "United States", datedBy: "statement" });
    expect(park?.words).toContain("global problem");
    expect(voices.find((v) => v.speaker === "Rodong Sinmun")?.country).toBe("North Korea");
  });

  it("voicesData(data) adds attributed quotes no statement covers, dated by their article", () => {
    const corpus = loadCorpus();
    const kim = corpus.events.findIndex((e) => e.actor === "Kim Un-chol");
    corpus.events.splice(kim, 1);
    const voice = voicesData(corpus).find((v) => v.speaker === "Kim Un-chol");
    expect(voice).toMatchObject({ datedBy: "article", country: "North Korea" });
    expect(voice?.span.start.toISOString().slice(0, 10)).toBe("2025-11-06");
  });

  it("Voices(data) draws one row per speaker and one mark per statement, rings for coarse dates", () => {
    const figure = Voices(loadCorpus(), server());
    const marks = figure.querySelectorAll('g[aria-label="dot"] circle');
    expect(marks.length).toBe(12);
    const rings = figure.querySelectorAll('g[aria-label="dot"][fill="none"] circle');
    expect(rings).toHaveLength(1); // Donald Trump, "in June"
    expect(toSvgString(figure)).toContain("Kim Un-chol");
  });

  it("voicesAlt(voices) gives counts by country with the speakers and the most quoted speaker", () => {
    const alt = voicesAlt(voicesData(loadCorpus()));
    expect(alt).toContain("12 statements by 11 speakers, 2018 to 2025");
    expect(alt).toContain("Russia: 2 (Vladimir Putin)");
    expect(alt).toContain("Most quoted: Vladimir Putin (2)");
  });

  it("rows(data, {docs}) keeps only the chosen articles and carries each exact quote", () => {
    const out = rows(loadCorpus(), { docs: ["003_d1f2b0232cde14cc.txt"] });
    expect(out.map((r) => r.speaker)).toEqual(["Kim Gunn", "Ned Price"]);
    expect(out[1].quote).toBe("“we won’t hesitate to do that.”");
  });
});
