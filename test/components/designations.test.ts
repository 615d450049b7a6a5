import { describe, expect, it } from "vitest";
import { Designations, designationsAlt, designationsData, rows } from "../../src/components/designations.ts";
import { toSvgString } from "../../src/components/lib/serialize.ts";
import { loadCorpus, server } from "./fixture.ts";

describe("designations", () => {
  it("designationsData(data) groups by authority and date, oldest first, with counts by target type", () => {
    const list = designationsData(loadCorpus());
    expect(list.map((d) => d.key)).toEqual([
      "United States · 2019",
      "United States · 2022",
      "South Korea · 14 Oct 2022",
      "United States · 3–9 Nov 2025 (proposed)",
      "United States · 4 Nov 2025",
    ]);
    expect(list[2].counts).toMatchObject({ individual: 15, entity: 16 });
    expect(list[0]).toMatchObject({ total: 3, names: ["Lazarus Group", "Bluenoroff", "Andariel"] });
  });

  it("designationsData(data) counts named targets without a stated count as unspecified targets", () => {
    const corpus = loadCorpus();
    corpus.events = corpus.events.map((e) => (e.targetNames.length ? { ...e, targets: null } : e));
    const named = designationsData(corpus).find((d) => d.names.length);
    expect(named?.counts.unspecified).toBe(3);
  });

  it("designationsAlt(list) names a count of individuals or entities as the text gives it", () => {
    const corpus = loadCorpus();
    const korea = corpus.events.find((e) => e.actor === "South Korea" && e.type === "designation")!;
    korea.targets = { "individual or entity": 31 };
    const list = designationsData(corpus);
    expect(list.find((d) => d.authority === "South Korea")?.counts["individual or entity"]).toBe(31);
    expect(designationsAlt(list)).toContain("31 individuals or entities");
  });

  it("designationsData(data) does not count one designation twice when two articles report it", () => {
    const corpus = loadCorpus();
    const korea = corpus.events.find((e) => e.actor === "South Korea" && e.type === "designation")!;
    corpus.events.push({ ...korea, id: "copy", doc: "other.txt", targets: { individual: 15 } });
    const merged = designationsData(corpus).filter((d) => d.authority === "South Korea");
    expect(merged).toHaveLength(1);
    expect(merged[0].total).toBe(31);
  });

  it("designationsData(data) falls back to designation figures when there are no designation events", () => {
    const corpus = loadCorpus();
    corpus.events = [];
    expect(designationsData(corpus).map((d) => d.total)).toEqual([31, 10]);
  });

  it("designationsAlt(list) names authorities, dates, counts and named targets", () => {
    const alt = designationsAlt(designationsData(loadCorpus()));
    expect(alt).toContain("South Korea, 14 October 2022: 15 individuals and 16 entities");
    expect(alt).toContain("Lazarus Group, Bluenoroff, Andariel");
    expect(alt).toContain("(proposed)");
  });

  it("Designations(data) stacks one bar segment per target type and writes the named targets", () => {
    const figure = Designations(loadCorpus(), server());
    expect(figure.querySelectorAll('g[aria-label="bar"] rect').length).toBe(7);
    expect(toSvgString(figure)).toContain("Lazarus Group, Bluenoroff, Andariel");
  });

  it("rows(data) gives one row per designation with counts, names, doc and quote", () => {
    const out = rows(loadCorpus());
    expect(out).toHaveLength(5);
    expect(out[4]).toMatchObject({
      authority: "United States",
      individual: 8,
      entity: 2,
      total: 10,
      doc: "000_f98022329e002b79.txt",
    });
    expect(out[4].quote).toContain("eight North Korean individuals");
  });
});
