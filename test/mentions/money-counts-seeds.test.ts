// The money and counts a careful reader finds in each of the five seed articles (seeds/*.txt).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractCounts } from "../../data-loaders/mentions/counts.ts";
import { extractMoney } from "../../data-loaders/mentions/money.ts";

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), "utf8");

type Row = [quote: string, value: number, high: number | null, unit: string, qualifier: string | null];

function moneyRows(text: string): Row[] {
  return extractMoney(text).map((m) => [text.slice(m.start, m.end), m.value, m.high, m.unit, m.qualifier]);
}

function countRows(text: string): Row[] {
  return extractCounts(text).map((c) => [text.slice(c.start, c.end), c.value, c.high, c.unit, c.qualifier]);
}

const SEEDS: Record<string, { money: Row[]; counts: Row[] }> = {
  "000_f98022329e002b79.txt": {
    money: [],
    counts: [
      ["eight North Korean individuals", 8, null, "individual", null],
      ["two organizations", 2, null, "organization", null],
      ["seven vessels", 7, null, "vessel", null],
    ],
  },
  "001_9d2ae734795a9dc4.txt": {
    money: [
      ["$620 million", 620e6, null, "USD", null],
      ["$400-650 million", 400e6, 650e6, "USD", null],
      ["about 828.6 billion won", 828.6e9, null, "KRW", "about"],
    ],
    counts: [
      ["at least 9 out of 15 member states", 9, null, "member state", "at least"],
      ["15 member states", 15, null, "member state", null],
      ["5 permanent members", 5, null, "permanent member", null],
      ["at least eight times", 8, null, "time", "at least"],
      ["31 ballistic missiles", 31, null, "ballistic missile", null],
      ["three major hacking organizations", 3, null, "hacking organization", null],
      ["two “mixer” companies", 2, null, "mixer company", null],
      ["15 North Korean nationals", 15, null, "national", null],
      ["16 institutions", 16, null, "institution", null],
    ],
  },
  "002_5f76f34adb6de2fd.txt": {
    money: [],
    counts: [
      ["two countries", 2, null, "country", null],
      ["200 US soldiers", 200, null, "soldier", null],
      ["nine cases", 9, null, "case", null],
    ],
  },
  "003_d1f2b0232cde14cc.txt": {
    money: [],
    counts: [["three allies", 3, null, "ally", null]],
  },
  "004_fcfc1a8f3b45e3ee.txt": {
    money: [],
    counts: [
      ["one day", 1, null, "day", null],
      ["one party", 1, null, "party", null],
      ["two countries", 2, null, "country", null],
      ["at least one nuclear test site", 1, null, "nuclear test site", "at least"],
    ],
  },
};

describe("seeds", () => {
  for (const [name, expected] of Object.entries(SEEDS)) {
    it(`extractMoney(text) finds the money in ${name}`, () => {
      expect(moneyRows(seed(name))).toEqual(expected.money);
    });
    it(`extractCounts(text) finds the counts in ${name}`, () => {
      expect(countRows(seed(name))).toEqual(expected.counts);
    });
  }
});
