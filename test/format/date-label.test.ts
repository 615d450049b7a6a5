import { describe, expect, it } from "vitest";
import { dateLabel } from "../../data-loaders/format/date-label.ts";
import { dateValue } from "../../data-loaders/mentions/dates/date-value.ts";

const label = (iso: string) => dateLabel(dateValue(iso));

describe("dateLabel words a date as coarsely as its precision", () => {
  it("dateLabel: a day, a month, a year", () => {
    expect([label("2022-12-13"), label("2022-03"), label("2022")]).toEqual(["13 December 2022", "March 2022", "2022"]);
  });

  it("dateLabel: whole years as a span of years", () => {
    expect([label("2017/2023"), label("2018/2018")]).toEqual(["2017–2023", "2018"]);
  });

  it("dateLabel: whole months within a year and across years", () => {
    expect([label("2022-01/2022-06"), label("2021-11/2022-02")]).toEqual([
      "January–June 2022",
      "November 2021–February 2022",
    ]);
  });

  it("dateLabel: days, such as a week, with their days", () => {
    expect([label("2022-11-21/2022-11-27"), label("2022-10-31/2022-11-06"), label("2022-12-29/2023-01-04")]).toEqual([
      "21–27 November 2022",
      "31 October–6 November 2022",
      "29 December 2022–4 January 2023",
    ]);
  });

  it("dateLabel: no date is 'undated'", () => {
    expect(dateLabel(null)).toBe("undated");
  });
});
