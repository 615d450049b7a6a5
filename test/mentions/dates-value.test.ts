import { describe, expect, it } from "vitest";
import {
  dateValue,
  dayIntervalValue,
  dayValue,
  monthIntervalValue,
  monthValue,
  yearIntervalValue,
  yearValue,
} from "../../data-loaders/mentions/dates.ts";

describe("DateValue builders", () => {
  it("dayValue(iso) builds a day and refuses days that do not exist", () => {
    expect(dayValue("2024-02-29")).toEqual({
      iso: "2024-02-29",
      precision: "day",
      first: "2024-02-29",
      last: "2024-02-29",
    });
    expect(dayValue({ year: 2022, month: 8, day: 11 })?.iso).toBe("2022-08-11");
    expect(dayValue("2023-02-29")).toBeNull();
    expect(dayValue("2022-8-11")).toBeNull();
  });

  it("monthValue(year, month) runs from the first to the last day of the month, leap years included", () => {
    expect(monthValue(2024, 2)).toEqual({
      iso: "2024-02",
      precision: "month",
      first: "2024-02-01",
      last: "2024-02-29",
    });
    expect(monthValue(1900, 2)?.last).toBe("1900-02-28");
    expect(monthValue(2022, 13)).toBeNull();
  });

  it("yearValue(year) covers the whole year and only four-digit years", () => {
    expect(yearValue(2019)).toEqual({ iso: "2019", precision: "year", first: "2019-01-01", last: "2019-12-31" });
    expect(yearValue(999)).toBeNull();
    expect(yearValue(10000)).toBeNull();
  });

  it("monthIntervalValue(from, to) and dayIntervalValue(first, last) write ISO intervals", () => {
    expect(monthIntervalValue({ year: 2022, month: 1 }, { year: 2022, month: 6 })).toEqual({
      iso: "2022-01/2022-06",
      precision: "interval",
      first: "2022-01-01",
      last: "2022-06-30",
    });
    expect(dayIntervalValue({ year: 2022, month: 11, day: 21 }, { year: 2022, month: 11, day: 27 })?.iso).toBe(
      "2022-11-21/2022-11-27",
    );
    expect(monthIntervalValue({ year: 2022, month: 7 }, { year: 2022, month: 6 })).toBeNull();
    expect(yearIntervalValue(1950, 1953)).toEqual({
      iso: "1950/1953",
      precision: "interval",
      first: "1950-01-01",
      last: "1953-12-31",
    });
    expect(yearIntervalValue(2023, 2017)).toBeNull();
  });

  it("dateValue(iso) reads every precision back, and null for anything else", () => {
    expect(dateValue("2022-03-14")?.precision).toBe("day");
    expect(dateValue("2022-03")).toEqual(monthValue(2022, 3));
    expect(dateValue("2022")).toEqual(yearValue(2022));
    expect(dateValue("2022-01/2022-06")).toEqual(
      monthIntervalValue({ year: 2022, month: 1 }, { year: 2022, month: 6 }),
    );
    expect(dateValue("2022-11-21/2022-11-27")?.last).toBe("2022-11-27");
    for (const bad of ["", "2022-13", "2022-06/2022-01", "2022-01/2022-06-30", "March 2022", "2022-02-30"]) {
      expect(dateValue(bad)).toBeNull();
    }
  });
});
