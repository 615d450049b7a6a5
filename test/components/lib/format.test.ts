import { describe, expect, it } from "vitest";
import {
  formatCompact,
  formatDate,
  formatNumber,
  formatQuantity,
  pluralize,
} from "../../../src/components/lib/format.ts";

const dv = (iso: string, precision: "day" | "month" | "year" | "interval", first: string, last: string) => ({
  iso,
  precision,
  first,
  last,
});

describe("format", () => {
  it("formatNumber(x) groups thousands and keeps at most one decimal", () => {
    expect(formatNumber(1336.4516)).toBe("1,336.5");
    expect(formatNumber(828.6)).toBe("828.6");
    expect(formatNumber(8)).toBe("8");
    expect(formatNumber(-12500)).toBe("−12,500");
    expect(formatNumber(0.0123)).toBe("0.012");
    expect(formatNumber(Number.NaN)).toBe("–");
  });

  it("formatQuantity(q) reads money with its symbol and one scale word for both ends of a range", () => {
    expect(formatQuantity({ value: 620e6, unit: "USD" })).toBe("$620 million");
    expect(formatQuantity({ value: 400e6, high: 650e6, unit: "USD" })).toBe("$400–650 million");
    expect(formatQuantity({ value: 828.6e9, unit: "KRW", qualifier: "about" })).toBe("about ₩828.6 billion");
    expect(formatQuantity({ value: 1.7e9, unit: "ETH" })).toBe("1.7 billion ETH");
    expect(formatQuantity({ value: 900e6, high: 1.2e9, unit: "USD" })).toBe("$0.9–1.2 billion");
  });

  it("formatQuantity(q, 'words') gives the alt-text form: '400 to 650 million USD'", () => {
    expect(formatQuantity({ value: 400e6, high: 650e6, unit: "USD" }, "words")).toBe("400 to 650 million USD");
    expect(formatQuantity({ value: 8, unit: "launch", qualifier: "at least" }, "words")).toBe("at least 8 launches");
  });

  it("formatQuantity(q) pluralizes counts, rounds counts of ten or more, and reads rates", () => {
    expect(formatQuantity({ value: 31, unit: "ballistic missile" })).toBe("31 ballistic missiles");
    expect(formatQuantity({ value: 1, unit: "entity" })).toBe("1 entity");
    expect(formatQuantity({ value: 29.57, high: 48.05, unit: "missile" })).toBe("30–48 missiles");
    expect(formatQuantity({ value: 1336.45, unit: "KRW per USD" })).toBe("1,336.5 won per dollar");
    expect(formatQuantity({ value: 1336.45, unit: "KRW/USD" })).toBe("1,336.5 won per dollar");
    expect(formatQuantity({ value: 2.5, unit: "missile" })).toBe("2.5 missiles");
  });

  it("pluralize(noun) handles -y, -s/-ch and invariant nouns", () => {
    expect(pluralize("entity")).toBe("entities");
    expect(pluralize("launch")).toBe("launches");
    expect(pluralize("aircraft")).toBe("aircraft");
    expect(pluralize("ICBMs")).toBe("ICBMs");
    expect(pluralize("day", 1)).toBe("day");
  });

  it("formatCompact(v, unit) writes axis ticks such as $400M and ₩1T", () => {
    expect(formatCompact(400e6, "USD")).toBe("$400M");
    expect(formatCompact(1e12, "KRW")).toBe("₩1T");
    expect(formatCompact(0, "USD")).toBe("0");
    expect(formatCompact(1500, null)).toBe("1,500");
  });

  it("formatDate(date) shows each precision as precisely as it is known, no more", () => {
    expect(formatDate(dv("2022-10-14", "day", "2022-10-14", "2022-10-14"))).toBe("14 Oct 2022");
    expect(formatDate(dv("2022-03", "month", "2022-03-01", "2022-03-31"), "long")).toBe("March 2022");
    expect(formatDate(dv("2022", "year", "2022-01-01", "2022-12-31"))).toBe("2022");
    expect(formatDate(dv("2022-01/2022-06", "interval", "2022-01-01", "2022-06-30"))).toBe("Jan–Jun 2022");
    expect(formatDate(dv("2022-01/2022-06", "interval", "2022-01-01", "2022-06-30"), "long")).toBe(
      "January to June 2022",
    );
    expect(formatDate(dv("x", "interval", "2025-11-03", "2025-11-09"))).toBe("3–9 Nov 2025");
    expect(formatDate(dv("x", "interval", "2021-03-01", "2022-02-28"))).toBe("Mar 2021–Feb 2022");
    expect(formatDate(null)).toBe("undated");
  });
});
