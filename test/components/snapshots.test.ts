import { describe, expect, it } from "vitest";
import { Designations } from "../../src/components/designations.ts";
import { FigureCards, FigureCardsSvg } from "../../src/components/figureCards.ts";
import { serialize, toSvgString } from "../../src/components/lib/serialize.ts";
import { TheftVsMissiles } from "../../src/components/theftVsMissiles.ts";
import { Timeline } from "../../src/components/timeline.ts";
import { Voices } from "../../src/components/voices.ts";
import { YearInFocus } from "../../src/components/yearInFocus.ts";
import { loadCorpus, server } from "./fixture.ts";
import { snapshot } from "./snapshot.ts";

const corpus = loadCorpus();

const cases: [string, () => HTMLElement][] = [
  ["theftVsMissiles", () => TheftVsMissiles(corpus, { ...server(), theme: "light" })],
  [
    "theftVsMissiles-krw-dark",
    () => TheftVsMissiles(corpus, { ...server(), theme: "dark", currency: "KRW", width: 900 }),
  ],
  ["designations", () => Designations(corpus, { ...server(), theme: "light" })],
  ["timeline", () => Timeline(corpus, { ...server(), theme: "light" })],
  [
    "timeline-auto-filtered",
    () => Timeline(corpus, { ...server(), types: ["theft", "missile-launch", "designation"], width: 960 }),
  ],
  ["yearInFocus", () => YearInFocus(corpus, { ...server(), theme: "light" })],
  ["yearInFocus-dark-2019", () => YearInFocus(corpus, { ...server(), theme: "dark", year: 2019 })],
  ["voices", () => Voices(corpus, { ...server(), theme: "light" })],
  ["figureCards", () => FigureCardsSvg(corpus, { ...server(), theme: "light" })],
  ["designations-empty", () => Designations({}, { ...server(), theme: "light" })],
];

describe("figure snapshots (test/output/<name>.svg)", () => {
  for (const [name, render] of cases) {
    it(`${name} matches its committed SVG`, () => {
      const result = snapshot(name, toSvgString(render()));
      expect(result.status, `changed: see ${result.path}`).not.toBe("changed");
    });
  }

  it("FigureCards(data) matches its committed HTML", () => {
    const result = snapshot("figureCards", serialize(FigureCards(corpus, { ...server(), theme: "light" })), "html");
    expect(result.status, `changed: see ${result.path}`).not.toBe("changed");
  });
});
