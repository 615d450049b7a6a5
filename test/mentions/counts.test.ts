import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractCounts } from "../../data-loaders/mentions/counts.ts";
import type { Span } from "../../data-loaders/types.ts";

/** The facts as a reader checks them: what was quoted and what it was read as. */
function read(text: string, exclude?: Span[]) {
  return extractCounts(text, exclude ? { exclude } : {}).map((c) => ({
    quote: text.slice(c.start, c.end),
    value: c.value,
    high: c.high,
    unit: c.unit,
    qualifier: c.qualifier,
  }));
}

const count = (quote: string, value: number, unit: string, extra: { high?: number; qualifier?: string } = {}) => ({
  quote,
  value,
  high: extra.high ?? null,
  unit,
  qualifier: extra.qualifier ?? null,
});

describe("extractCounts", () => {
  it.each([
    ["fired 31 ballistic missiles this year", count("31 ballistic missiles", 31, "ballistic missile")],
    ["resumed firing eight ICBMs.", count("eight ICBMs", 8, "icbm")],
    ["against seven vessels alleged to", count("seven vessels", 7, "vessel")],
    [
      "designated “three major hacking organizations,”",
      count("three major hacking organizations", 3, "hacking organization"),
    ],
    ["sanctioned two “mixer” companies that", count("two “mixer” companies", 2, "mixer company")],
    ['sanctioned two "mixer" companies that', count('two "mixer" companies', 2, "mixer company")],
    ["the remains of 200 US soldiers who died", count("200 US soldiers", 200, "soldier")],
    ["investigating nine cases of coal shipments", count("nine cases", 9, "case")],
    ["no one of the 5 permanent members (US, UK)", count("5 permanent members", 5, "permanent member")],
    [
      "launched two short-range ballistic missiles",
      count("two short-range ballistic missiles", 2, "short-range ballistic missile"),
    ],
    ["the three allies would", count("three allies", 3, "ally")],
    ["twenty-five hackers", count("twenty-five hackers", 25, "hacker")],
    ["a dozen missiles", count("a dozen missiles", 12, "missile")],
    ["1,200 North Korean workers", count("1,200 North Korean workers", 1200, "worker")],
    ["five more missiles", count("five more missiles", 5, "missile")],
    ["10 arms dealers", count("10 arms dealers", 10, "arms dealer")],
    ["12 aircraft", count("12 aircraft", 12, "aircraft")],
    ["200 people", count("200 people", 200, "person")],
    ["the two countries' amity", count("two countries", 2, "country")],
    ["at least one ICBM", count("at least one ICBM", 1, "icbm", { qualifier: "at least" })],
    ["EIGHT North Korean Individuals Sanctioned", count("EIGHT North Korean Individuals", 8, "individual")],
    ["two ballistic missiles days after", count("two ballistic missiles", 2, "ballistic missile")],
    ["three missiles hours later", count("three missiles", 3, "missile")],
  ])("extractCounts(%j) reads the counted noun as a singular unit", (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it("extractCounts(text) reads eight North Korean individuals and two organizations as two facts", () => {
    expect(read("sanctions on eight North Korean individuals and two organizations linked to")).toEqual([
      count("eight North Korean individuals", 8, "individual"),
      count("two organizations", 2, "organization"),
    ]);
  });

  it("extractCounts(text) reads 15 North Korean nationals and 16 institutions as two facts", () => {
    expect(read("designated 15 North Korean nationals and 16 institutions as")).toEqual([
      count("15 North Korean nationals", 15, "national"),
      count("16 institutions", 16, "institution"),
    ]);
  });

  it("extractCounts(text) reads one individual and three entities: 'individual' alone is the noun", () => {
    expect(read("OFAC sanctioned one individual and three entities involved in")).toEqual([
      count("one individual", 1, "individual"),
      count("three entities", 3, "entity"),
    ]);
    // Before another noun it stays a modifier: the hacker is counted.
    expect(read("one individual hacker")).toEqual([count("one individual hacker", 1, "hacker")]);
  });

  it("extractCounts(text) reads 8 individuals and 2 entities as two facts", () => {
    expect(read("8 individuals and 2 entities")).toEqual([
      count("8 individuals", 8, "individual"),
      count("2 entities", 2, "entity"),
    ]);
  });

  it("extractCounts(text) reads '60 individuals and entities' as one count of either, not 60 individuals", () => {
    expect(read("sanctioned 60 individuals and entities linked to it")).toEqual([
      count("60 individuals and entities", 60, "individual or entity"),
    ]);
    expect(read("five companies or banks")).toEqual([count("five companies or banks", 5, "company or bank")]);
    // A number or a word before the second noun makes it a phrase of its own.
    expect(read("ten individuals and dozens of entities")).toEqual([count("ten individuals", 10, "individual")]);
    expect(read("31 missiles and other weapons")).toEqual([count("31 missiles", 31, "missile")]);
  });

  it("extractCounts(text) puts the qualifier in the span: at least eight times", () => {
    expect(read("by firing ICBMs at least eight times this year")).toEqual([
      count("at least eight times", 8, "time", { qualifier: "at least" }),
    ]);
  });

  it("extractCounts(text) reads 'at least 9 out of 15 member states' as 9 and 15 member states", () => {
    expect(read("only when at least 9 out of 15 member states are in favor")).toEqual([
      count("at least 9 out of 15 member states", 9, "member state", { qualifier: "at least" }),
      count("15 member states", 15, "member state"),
    ]);
  });

  it("extractCounts(text) reads a count of one up to its singular noun", () => {
    expect(read("demolishing at least one nuclear test site, and")).toEqual([
      count("at least one nuclear test site", 1, "nuclear test site", { qualifier: "at least" }),
    ]);
  });

  it.each([
    ["two to three missiles", count("two to three missiles", 2, "missile", { high: 3 })],
    ["10-15 vessels", count("10-15 vessels", 10, "vessel", { high: 15 })],
    ["10–15 vessels", count("10–15 vessels", 10, "vessel", { high: 15 })],
    ["10 – 15 vessels", count("10 – 15 vessels", 10, "vessel", { high: 15 })],
    ["between 10 and 15 vessels", count("between 10 and 15 vessels", 10, "vessel", { high: 15 })],
    ["two or three missiles", count("two or three missiles", 2, "missile", { high: 3 })],
    [
      "about 2 to 3 million people",
      count("about 2 to 3 million people", 2e6, "person", { high: 3e6, qualifier: "about" }),
    ],
  ])("extractCounts(%j) reads a range", (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it.each([
    ["some 200 soldiers", "about"],
    ["nearly 40 vessels", "nearly"],
    ["more than 300 hackers", "more than"],
    ["up to 12 launches", "up to"],
    ["as many as 12 launches", "as much as"],
    ["fewer than 10 ships", "less than"],
    ["an estimated 7,000 hackers", "an estimated"],
  ])("extractCounts(%j) reads the qualifier", (text, qualifier) => {
    expect(read(text)).toEqual([expect.objectContaining({ quote: text, qualifier })]);
  });

  it("extractCounts(text) reads 'over' before a stretch of time as a preposition, not a qualifier", () => {
    expect(read("stole an estimated $3 billion over six years.")).toEqual([count("six years", 6, "year")]);
    expect(read("for over 20 years")).toEqual([count("over 20 years", 20, "year", { qualifier: "over" })]);
  });

  it("extractCounts(text) takes a year-like number as a count only after a qualifier", () => {
    expect(read("some 2000 troops")).toEqual([count("some 2000 troops", 2000, "troop", { qualifier: "about" })]);
    expect(read("in 2000 troops")).toEqual([]);
  });

  it.each([
    "sanctions in 2019 hackers",
    "the first successful trial in 2006.",
    "at the US Embassy in Jakarta, Indonesia, December 13, 2022. ©",
    "In a statement on the 24th, Kim said",
    "Seoul, Nov 6 (NationPress) North Korea",
    "27 October 2020 reports",
    "2022.8.11/News 1",
    "such as the 7th nuclear test",
    "the country’s seventh test since its first successful trial",
    "Executive Order 13382 designations",
    "UN Security Council Resolution 2397 sanctions",
    "the 149-page report said",
    "call +82-2-555-0100 today",
    "(202) 555-0100 offices",
    "40% of exports",
    "40 percent of exports",
    "1 percent growth",
    "07:05 GMT27 October 2020",
    "Publish Date: 27April 2019 - 15:21",
    "News ID: 77070",
    "The six-month UN report by experts",
    "Kim, aged 45 years",
    "a 45-year-old man",
    "one of North Korea's propaganda websites",
    "After holding one-on-one talks",
    "try it a hundred times or a thousand times from now on",
    "for a hundred, or thousand years, if they wish",
    "dozens of missiles",
    "hundreds of soldiers",
    "tens of thousands of workers",
    "several hundred troops",
    "It takes two to tango",
    "already 200 got sent back",
    "Stalin 90 years ago",
    "Hwasong-17 missiles",
    "the 1990s famines",
    "5G networks",
    "no one knows",
    "Unit 180 hackers",
    "Bureau 121 operatives",
    "the twenty-first century",
    "including six involving ICBMs",
  ])("extractCounts(%j) finds no count", (text) => {
    expect(read(text)).toEqual([]);
  });

  it("extractCounts(text) skips numbers inside money amounts", () => {
    expect(read("stole $620 million and 12,000 BTC from 3 exchanges")).toEqual([count("3 exchanges", 3, "exchange")]);
    expect(read("two billion dollars")).toEqual([]);
  });

  it("extractCounts(text, {exclude}) skips numbers inside the given spans instead of computing money", () => {
    const text = "3 ships and 5 ships";
    expect(read(text, [{ start: 0, end: 1 }])).toEqual([count("5 ships", 5, "ship")]);
    expect(read(text)).toHaveLength(2);
    // Without money computed, a currency symbol before a number still rules out a count.
    expect(read("$20 million buyers", [])).toEqual([]);
  });

  it("extractCounts(text) gives offsets into the whole text", () => {
    const text = "This week, the US pursued sanctions against seven vessels.";
    const [found] = extractCounts(text);
    expect(found).toMatchObject({ start: 44, end: 57, value: 7, unit: "vessel" });
  });

  it("extractCounts(text) never throws and returns spans inside the text", () => {
    const pieces = [
      " ", "1", "15", "2,000", "2019", ".", ",", "-", "–", " to ", " or ", " and ", " out of ", "between ",
      "about ", "at least ", "two", "twenty", "-one", "a ", "hundred", " thousand", "dozen", "half", " missiles",
      " North Korean", " “mixer”", " companies", " times", " ICBMs", " people", "'", "’s", "\"", "\n", "%", ":",
      "/", "th", "$", " won", "Order ", "the ", "one",
    ]; // prettier-ignore
    const text = fc.oneof(
      fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join("")),
      fc.string({ unit: "grapheme", maxLength: 80 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        for (const c of extractCounts(t)) {
          if (!(c.start >= 0 && c.start < c.end && c.end <= t.length)) return false;
          if (!Number.isFinite(c.value) || c.unit.length === 0) return false;
        }
        return true;
      }),
      { seed: 42, numRuns: 3000 },
    );
  });
});
