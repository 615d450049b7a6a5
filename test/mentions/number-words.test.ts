import { describe, expect, it } from "vitest";
import { scanNumbers } from "../../data-loaders/mentions/number-scan.ts";
import { abbreviatedScaleAt, matchNumberAt, parseNumber } from "../../data-loaders/mentions/number-words.ts";
import { singularize } from "../../data-loaders/mentions/singular.ts";

describe("parseNumber", () => {
  it.each([
    ["two billion", 2e9],
    ["828.6 billion", 828.6e9],
    ["1,200", 1200],
    ["12,000", 12000],
    ["a hundred", 100],
    ["eight", 8],
    ["Eight", 8],
    ["twenty-one", 21],
    ["twenty one", 21],
    ["half a million", 500000],
    ["one hundred and five", 105],
    ["two and a half million", 2.5e6],
    ["nine hundred ninety-nine", 999],
    ["twenty-five thousand three hundred", 25300],
    ["a dozen", 12],
    ["half a dozen", 6],
    ["three dozen", 36],
    ["1.5 trillion", 1.5e12],
    ["5 hundred thousand", 500000],
    ["2.7bn", 2.7e9],
    ["$2.7 bln".slice(1), 2.7e9],
    ["250M", 2.5e8],
  ])("parseNumber(%j) → %d", (words, value) => {
    expect(parseNumber(words)).toBe(value);
  });

  it.each(["", "billion-dollar", "eight individuals", "the", "half of", "2022.8.11", "07:05", "a", "twenty twenty"])(
    "parseNumber(%j) is null: not exactly one number",
    (words) => {
      expect(parseNumber(words)).toBeNull();
    },
  );

  it("parseNumber(words) keeps decimal amounts exact at every scale", () => {
    expect(parseNumber("828.6 billion")).toBe(828600000000);
    expect(parseNumber("0.1 million")).toBe(100000);
    expect(parseNumber("4.35 trillion")).toBe(4350000000000);
  });
});

describe("matchNumberAt", () => {
  it("matchNumberAt(text, pos) reports where a number with its scale ends", () => {
    const text = "about 828.6 billion won";
    expect(matchNumberAt(text, 6)).toMatchObject({ start: 6, end: 19, value: 828.6e9, numeral: true, scaleExp: 9 });
  });

  it("matchNumberAt(text, pos) marks digits glued by dots, colons and slashes as joined", () => {
    expect(matchNumberAt("2022.8.11/News 1", 0)).toMatchObject({ joined: true, end: 9 });
    expect(matchNumberAt("07:05 GMT", 0)).toMatchObject({ joined: true, end: 5 });
  });

  it("matchNumberAt(text, pos) marks a scale word with no count before it as bare", () => {
    expect(matchNumberAt("thousand years", 0)).toMatchObject({ bare: true, value: 1000 });
    expect(matchNumberAt("a thousand years", 0)).toMatchObject({ bare: false, value: 1000 });
  });

  it("matchNumberAt(text, pos) stops a spelled number before a hyphenated word", () => {
    expect(matchNumberAt("six-month report", 0)).toMatchObject({ value: 6, end: 3 });
    expect(matchNumberAt("twenty-first century", 0)).toMatchObject({ value: 20, end: 6 });
  });
});

describe("abbreviatedScaleAt", () => {
  it("abbreviatedScaleAt(text, pos) reads glued and spaced abbreviations", () => {
    expect(abbreviatedScaleAt("$2.7bn", 4)).toEqual({ exp: 9, end: 6 });
    expect(abbreviatedScaleAt("$2.7 bln", 4)).toEqual({ exp: 9, end: 8 });
    expect(abbreviatedScaleAt("$250m", 4)).toEqual({ exp: 6, end: 5 });
    expect(abbreviatedScaleAt("$1.2tn", 4)).toEqual({ exp: 12, end: 6 });
    expect(abbreviatedScaleAt("$5k", 2)).toEqual({ exp: 3, end: 3 });
  });

  it("abbreviatedScaleAt(text, pos) ignores letters that start a word", () => {
    expect(abbreviatedScaleAt("5 missiles", 1)).toBeNull();
    expect(abbreviatedScaleAt("5mm shells", 1)).toBeNull();
    expect(abbreviatedScaleAt("5 m", 1)).toBeNull();
  });
});

describe("scanNumbers", () => {
  it("scanNumbers(text) finds numerals and spelled numbers, with the article of 'a hundred'", () => {
    const text = "eight individuals, 1,200 tons, a hundred times and half a million dollars";
    const found = scanNumbers(text).map((n) => [text.slice(n.start, n.end), n.value]);
    expect(found).toEqual([
      ["eight", 8],
      ["1,200", 1200],
      ["a hundred", 100],
      ["half a million", 500000],
    ]);
  });

  it("scanNumbers(text) ignores number words inside other words and vague plurals", () => {
    expect(scanNumbers("often someone tones hundreds of thousands, dozens")).toEqual([]);
  });
});

describe("singularize", () => {
  it.each([
    ["missiles", "missile"],
    ["allies", "ally"],
    ["entities", "entity"],
    ["launches", "launch"],
    ["businesses", "business"],
    ["people", "person"],
    ["gunmen", "gunman"],
    ["women", "woman"],
    ["embargoes", "embargo"],
    ["foes", "foe"],
    ["cases", "case"],
    ["operatives", "operative"],
    ["thieves", "thief"],
    ["aircraft", "aircraft"],
    ["status", "status"],
  ])("singularize(%j) → %j", (plural, singular) => {
    expect(singularize(plural)).toBe(singular);
  });
});
