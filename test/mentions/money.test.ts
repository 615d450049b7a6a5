import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { currencyAfter, currencyBefore } from "../../data-loaders/mentions/currencies.ts";
import { extractMoney } from "../../data-loaders/mentions/money.ts";
import { qualifierBefore } from "../../data-loaders/mentions/qualifiers.ts";
import type { Qualifier } from "../../data-loaders/types.ts";

/** The facts as a reader checks them: what was quoted and what it was read as. */
function read(text: string) {
  return extractMoney(text).map((m) => ({
    quote: text.slice(m.start, m.end),
    value: m.value,
    high: m.high,
    unit: m.unit,
    crypto: m.crypto,
    qualifier: m.qualifier,
  }));
}

const usd = (quote: string, value: number, high: number | null = null) => ({
  quote,
  value,
  high,
  unit: "USD",
  crypto: false,
  qualifier: null,
});

describe("extractMoney", () => {
  it.each([
    ["$620 million", usd("$620 million", 6.2e8)],
    ["a cost ($400-650 million) spent", usd("$400-650 million", 4e8, 6.5e8)],
    ["$400–650 million", usd("$400–650 million", 4e8, 6.5e8)],
    ["$400 million to $650 million", usd("$400 million to $650 million", 4e8, 6.5e8)],
    ["costing between $400 and $650 million", usd("between $400 and $650 million", 4e8, 6.5e8)],
    ["two billion dollars", usd("two billion dollars", 2e9)],
    ["$2.7bn", usd("$2.7bn", 2.7e9)],
    ["$2.7 bln", usd("$2.7 bln", 2.7e9)],
    ["$250M", usd("$250M", 2.5e8)],
    ["$250m", usd("$250m", 2.5e8)],
    ["1.5 billion U.S. dollars", usd("1.5 billion U.S. dollars", 1.5e9)],
    ["1.5 billion US dollars", usd("1.5 billion US dollars", 1.5e9)],
    ["USD 3 billion", usd("USD 3 billion", 3e9)],
    ["$1.2tn", usd("$1.2tn", 1.2e12)],
    ["$900 to 1.2 billion", usd("$900 to 1.2 billion", 9e8, 1.2e9)],
    ["a $3.5-billion hack", usd("$3.5-billion", 3.5e9)],
    ["between $400m and $650m", usd("between $400m and $650m", 4e8, 6.5e8)],
    ["$400 million-$650 million", usd("$400 million-$650 million", 4e8, 6.5e8)],
  ])("extractMoney(%j) reads US dollars", (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it.each([
    ["rose from $630 million in 2022 to $1 billion", [usd("$630 million", 6.3e8), usd("$1 billion", 1e9)]],
    ["since 2019 to $2 billion", [usd("$2 billion", 2e9)]],
  ])("extractMoney(%j) reads a year before 'to' as a time, not a range's low end", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ["(about 828.6 billion won)", "about 828.6 billion won", 828.6e9, "KRW", "about"],
    ["KRW 828.6 billion", "KRW 828.6 billion", 828.6e9, "KRW", null],
    ["1 trillion South Korean won", "1 trillion South Korean won", 1e12, "KRW", null],
    ["5 billion North Korean won", "5 billion North Korean won", 5e9, "KPW", null],
    ["35 billion yen", "35 billion yen", 35e9, "JPY", null],
    ["¥35 billion", "¥35 billion", 35e9, "JPY", null],
    ["€40 million", "€40 million", 40e6, "EUR", null],
    ["40 million euros", "40 million euros", 40e6, "EUR", null],
    ["£3 million", "£3 million", 3e6, "GBP", null],
    ["£3m", "£3m", 3e6, "GBP", null],
    ["RMB 5 billion", "RMB 5 billion", 5e9, "CNY", null],
    ["5 billion yuan", "5 billion yuan", 5e9, "CNY", null],
    ["300 million rubles", "300 million rubles", 3e8, "RUB", null],
    ["HK$2 billion", "HK$2 billion", 2e9, "HKD", null],
    ["Rs 500 crore", "Rs 500 crore", 5e9, "INR", null],
    ["48.2 billion yen ($308 million)", "48.2 billion yen", 48.2e9, "JPY", null],
  ])("extractMoney(%j) reads other currencies as ISO 4217", (text, quote, value, unit, qualifier) => {
    const [first] = read(text);
    expect(first).toEqual({ quote, value, high: null, unit, crypto: false, qualifier });
  });

  it.each([
    ["12,000 BTC", 12000, "BTC"],
    ["12,000 bitcoin", 12000, "BTC"],
    ["2.5 million USDT", 2.5e6, "USDT"],
    ["100,000 ether", 100000, "ETH"],
    ["100,000 ETH", 100000, "ETH"],
    ["500 XMR", 500, "XMR"],
  ])("extractMoney(%j) reads crypto tokens by symbol", (text, value, unit) => {
    expect(read(text)).toEqual([{ quote: text, value, high: null, unit, crypto: true, qualifier: null }]);
  });

  it("extractMoney(text) reads a range with the currency word after it: 400-650 billion won", () => {
    expect(read("400-650 billion won")).toEqual([
      { quote: "400-650 billion won", value: 400e9, high: 650e9, unit: "KRW", crypto: false, qualifier: null },
    ]);
  });

  it("extractMoney(text) reads US$1.7 billion and 2.3 trillion won as two facts", () => {
    expect(read("US$1.7 billion and 2.3 trillion won")).toEqual([
      usd("US$1.7 billion", 1.7e9),
      { quote: "2.3 trillion won", value: 2.3e12, high: null, unit: "KRW", crypto: false, qualifier: null },
    ]);
  });

  it("extractMoney(text) reads $1 million-plus as more than $1 million", () => {
    expect(read("a $1 million-plus bounty")).toEqual([{ ...usd("$1 million-plus", 1e6), qualifier: "more than" }]);
  });

  it.each<[string, Qualifier]>([
    ["about", "about"],
    ["around", "about"],
    ["roughly", "about"],
    ["approximately", "about"],
    ["some", "about"],
    ["nearly", "nearly"],
    ["almost", "almost"],
    ["at least", "at least"],
    ["more than", "more than"],
    ["over", "over"],
    ["up to", "up to"],
    ["as much as", "as much as"],
    ["an estimated", "an estimated"],
    ["less than", "less than"],
    ["under", "under"],
  ])("extractMoney(text) puts the qualifier %j in the span as %j", (words, qualifier) => {
    const text = `stole ${words} $620 million`;
    expect(read(text)).toEqual([{ ...usd(`${words} $620 million`, 6.2e8), qualifier }]);
  });

  it("extractMoney(text) reads lower-case scale abbreviations and words", () => {
    expect(read("$5k, $3b, $2tn and $7 trillion").map((m) => m.value)).toEqual([5e3, 3e9, 2e12, 7e12]);
  });

  it.each([
    "Trump won the election",
    "the party won 3 seats",
    "the team that in 2016 won the title",
    "it won't ease sanctions",
    "weighing 500 pounds",
    "several million dollars",
    "millions of dollars",
    "a billion-dollar industry",
    "the 7th nuclear test",
    "COP26",
  ])("extractMoney(%j) finds no money", (text) => {
    expect(read(text)).toEqual([]);
  });

  it("extractMoney(text) keeps 'won' as money after an unscaled amount", () => {
    expect(read("a fine of 500,000 won and 300 won per day")).toEqual([
      { quote: "500,000 won", value: 500000, high: null, unit: "KRW", crypto: false, qualifier: null },
      { quote: "300 won", value: 300, high: null, unit: "KRW", crypto: false, qualifier: null },
    ]);
  });

  it("extractMoney(text) reads a plural currency's possessive ('dollars’ worth') but not “won't”", () => {
    expect(read("three hundred million dollars' worth of bitcoin; 40 million dollars’ worth of ether")).toEqual([
      usd("three hundred million dollars", 300_000_000),
      usd("40 million dollars", 40_000_000),
    ]);
    expect(read("He said 5 won't do.")).toEqual([]);
  });

  it("extractMoney(text) reads a range whose high end carries its own qualifier: 'to more than $1 billion'", () => {
    expect(read("estimates ranging from $630 million to more than $1 billion")).toEqual([
      usd("$630 million to more than $1 billion", 630_000_000, 1_000_000_000),
    ]);
  });

  it("extractMoney(text) gives offsets into the whole text", () => {
    const text = "In March hackers stole $620 million.";
    const [money] = extractMoney(text);
    expect(money).toMatchObject({ start: 23, end: 35 });
    expect(text.slice(money.start, money.end)).toBe("$620 million");
  });

  it("extractMoney(text) never throws and returns spans inside the text", () => {
    const pieces = [
      " ", "$", "US$", "€", "¥", "₩", "KRW ", "USD", " won", " dollars", " BTC", "1", "2.5", "12,000", ",", ".", "-",
      "–", " to ", " and ", "between ", "about ", "at least ", "million", " billion", "bn", "m", "k", "two", "a ",
      "hundred", "half", "(", ")", "\n", "’", "“", "plus", "+", "0", ":", "/",
    ]; // prettier-ignore
    const text = fc.oneof(
      fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join("")),
      fc.string({ unit: "grapheme", maxLength: 80 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        for (const m of extractMoney(t)) {
          if (!(m.start >= 0 && m.start < m.end && m.end <= t.length)) return false;
          if (!Number.isFinite(m.value) || (m.high !== null && !(m.high > m.value))) return false;
        }
        return true;
      }),
      { seed: 42, numRuns: 3000 },
    );
  });
});

describe("currencies", () => {
  it("currencyBefore(text, pos) reads the symbol or code right before an amount", () => {
    expect(currencyBefore("US$1.7 billion", 3)).toMatchObject({ unit: "USD", start: 0, end: 3 });
    expect(currencyBefore("KRW 828.6 billion", 4)).toMatchObject({ unit: "KRW", start: 0 });
    expect(currencyBefore("FUSD 5", 5)).toBeNull();
  });

  it("currencyAfter(text, pos) reads the currency word after an amount, starting at the word", () => {
    expect(currencyAfter("35 billion yen", 10)).toMatchObject({ unit: "JPY", start: 11, end: 14 });
    expect(currencyAfter("2 won't", 1)).toBeNull();
  });
});

describe("qualifierBefore", () => {
  it("qualifierBefore(text, start) reads the longest phrasing and where it starts", () => {
    expect(qualifierBefore("no more than 5", 13)).toEqual({ qualifier: "up to", start: 0 });
    expect(qualifierBefore("(about 828.6", 7)).toEqual({ qualifier: "about", start: 1 });
    expect(qualifierBefore("moreover 5", 9)).toBeNull();
  });
});
