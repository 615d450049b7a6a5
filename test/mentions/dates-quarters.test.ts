// Quarters of a year in news and filings: "Q1 2024", "in Q4", "the fourth quarter". Sentences are modeled on
// wire copy about exports, trade and launches; none comes from a seed.
import { describe, expect, it } from "vitest";
import { extractDates } from "../../data-loaders/mentions/dates.ts";

interface Found {
  quote: string;
  value: string;
  precision: string;
  first: string;
  last: string;
  resolution: string;
}

function dates(text: string, documentDate: string | null): Found[] {
  return extractDates(text, { documentDate }).map((d) => ({
    quote: text.slice(d.start, d.end),
    value: d.value,
    precision: d.date.precision,
    first: d.date.first,
    last: d.date.last,
    resolution: d.resolution,
  }));
}

function pairs(text: string, documentDate: string | null): [string, string][] {
  return dates(text, documentDate).map((d) => [d.quote, d.value]);
}

const doc = "2022-11-24";

describe("extractDates(text) quarters named by label", () => {
  it("extractDates(text) reads Q1 2024 as an interval from the quarter's first to its last day", () => {
    expect(dates("Exports to China fell in Q1 2024, customs data showed.", null)).toEqual([
      {
        quote: "Q1 2024",
        value: "2024-01/2024-03",
        precision: "interval",
        first: "2024-01-01",
        last: "2024-03-31",
        resolution: "absolute",
      },
    ]);
  });

  it("extractDates(text) reads the label's year however it is joined: Q2, 2023; Q3 of 2021; Q4-2020; 2019 Q1; 2018-Q2", () => {
    expect(pairs("in Q2, 2023; in Q3 of 2021; Q4-2020; 2019 Q1; 2018-Q2", null)).toEqual([
      ["Q2, 2023", "2023-04/2023-06"],
      ["Q3 of 2021", "2021-07/2021-09"],
      ["Q4-2020", "2020-10/2020-12"],
      ["2019 Q1", "2019-01/2019-03"],
      ["2018-Q2", "2018-04/2018-06"],
    ]);
  });

  it("extractDates(text) reads the year after a label even before a plural noun: Q3 2023 exports", () => {
    expect(pairs("In Q3 2023 exports rose.", doc)).toEqual([["Q3 2023", "2023-07/2023-09"]]);
  });

  it("extractDates(text) reads Q3 last year against the document date", () => {
    expect(dates("trade rebounded in Q3 last year", doc)).toMatchObject([
      { quote: "Q3 last year", value: "2021-07/2021-09", resolution: "relative to document date" },
    ]);
  });

  it("extractDates(text) reads in Q4 as the document year's Q4 once it has begun, else the year before", () => {
    expect(dates("Launches slowed in Q4.", doc)).toEqual([
      {
        quote: "Q4",
        value: "2022-10/2022-12",
        precision: "interval",
        first: "2022-10-01",
        last: "2022-12-31",
        resolution: "quarter from document date",
      },
    ]);
    expect(pairs("Launches slowed in Q4.", "2023-02-10")).toEqual([["Q4", "2022-10/2022-12"]]);
    expect(pairs("Results for Q1 were weak, and by Q2 things improved.", "2023-05-02")).toEqual([
      ["Q1", "2023-01/2023-03"],
      ["Q2", "2023-04/2023-06"],
    ]);
  });

  it("extractDates(text) reads no quarter label without a year or a word that introduces a time", () => {
    const text = "The Audi Q4 e-tron sold well. Q1: what changed? HQ4 staff and Q5 2024 and Q12 2024.";
    expect(pairs(text, doc)).toEqual([]);
    expect(pairs("Launches slowed in Q4.", null)).toEqual([]);
  });
});

describe("extractDates(text) quarters named by ordinal", () => {
  it("extractDates(text) reads in the first quarter of 2024 and the third quarter of last year", () => {
    expect(pairs("in the first quarter of 2024, after the third quarter of last year", doc)).toEqual([
      ["the first quarter of 2024", "2024-01/2024-03"],
      ["the third quarter of last year", "2021-07/2021-09"],
    ]);
  });

  it("extractDates(text) reads the fourth quarter without a year against the document date", () => {
    expect(dates("Shipments rose in the fourth quarter, the ministry said.", doc)).toEqual([
      {
        quote: "the fourth quarter",
        value: "2022-10/2022-12",
        precision: "interval",
        first: "2022-10-01",
        last: "2022-12-31",
        resolution: "quarter from document date",
      },
    ]);
    expect(pairs("first-quarter exports and the final quarter", "2023-02-10")).toEqual([
      ["first-quarter", "2023-01/2023-03"],
      ["the final quarter", "2022-10/2022-12"],
    ]);
  });

  it("extractDates(text) reads last, this and next quarter as calendar quarters around the document date", () => {
    expect(pairs("Exports fell last quarter and will rise this quarter and next quarter.", doc)).toEqual([
      ["last quarter", "2022-07/2022-09"],
      ["this quarter", "2022-10/2022-12"],
      ["next quarter", "2023-01/2023-03"],
    ]);
    expect(pairs("Sales fell last quarter.", "2023-02-10")).toEqual([["last quarter", "2022-10/2022-12"]]);
  });

  it("extractDates(text) reads no quarter of something else, nor a stretch such as over the last quarter", () => {
    const text =
      "a quarter of the population; over the last quarter; in the last quarter; the first quarter of the game; " +
      "a quarter-century; the second quarter of fiscal 2024; every quarter";
    expect(pairs(text, doc)).toEqual([]);
    expect(pairs("Shipments rose in the fourth quarter.", null)).toEqual([]);
  });
});
