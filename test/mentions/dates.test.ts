// Date expressions of news text; sentences are modeled on the seeds (seeds/*.txt) and on wire-style copy.
import { describe, expect, it } from "vitest";
import { extractDates } from "../../data-loaders/mentions/dates.ts";

interface Found {
  quote: string;
  value: string;
  precision: string;
  resolution: string;
}

function dates(text: string, documentDate: string | null): Found[] {
  return extractDates(text, { documentDate }).map((d) => ({
    quote: text.slice(d.start, d.end),
    value: d.value,
    precision: d.date.precision,
    resolution: d.resolution,
  }));
}

/** [quote, value] pairs, for compact expectations. */
function pairs(text: string, documentDate: string | null): [string, string][] {
  return dates(text, documentDate).map((d) => [d.quote, d.value]);
}

describe("extractDates(text) absolute dates", () => {
  const doc = "2023-01-15";
  it.each([
    ["The meeting in Jakarta, Indonesia, December 13, 2022. © AP", "December 13, 2022", "2022-12-13"],
    ["It was signed on 13 December 2022 in Seoul.", "13 December 2022", "2022-12-13"],
    ["Officials met on Dec. 13, 2022, in Jakarta.", "Dec. 13, 2022", "2022-12-13"],
    ["(Chosun Central TV capture) 2022.8.11/News 1", "2022.8.11", "2022-08-11"],
    ["Photo taken 2022. 8. 11. in Pyongyang", "2022. 8. 11", "2022-08-11"],
    ["Filed 2022-08-11 by the panel.", "2022-08-11", "2022-08-11"],
    ["Publish Date: 27April 2019 - 15:21", "27April 2019", "2019-04-27"],
    ["The update of 27 October 2020 added a photo.", "27 October 2020", "2020-10-27"],
    ["07:05 GMT27 October 2020\nListen Live", "27 October 2020", "2020-10-27"],
    ["Updated in: 28 February 2024 - 12:38", "28 February 2024", "2024-02-28"],
    ["It happened on the 13th of December 2022.", "the 13th of December 2022", "2022-12-13"],
    ["by September 30th, 2021 at the latest", "September 30th, 2021", "2021-09-30"],
  ])("extractDates(%j) reads the day", (text, quote, value) => {
    expect(dates(text, doc)).toEqual([{ quote, value, precision: "day", resolution: "absolute" }]);
  });

  it("extractDates(text) reads a month with its year as a month: March 2022, Dec 2021, March of 2020", () => {
    expect(pairs("In March 2022 and in Dec 2021, as in March of 2020.", doc)).toEqual([
      ["March 2022", "2022-03"],
      ["Dec 2021", "2021-12"],
      ["March of 2020", "2020-03"],
    ]);
  });

  it("extractDates(text) reads absolute dates without a document date, and nothing relative", () => {
    const text = "On Tuesday, 13 December 2022, after talks in March and in 2019, last year.";
    expect(pairs(text, null)).toEqual([
      ["13 December 2022", "2022-12-13"],
      ["2019", "2019"],
    ]);
  });

  it("extractDates(text) drops days that do not exist: February 30, 2022 and 2022.13.40", () => {
    expect(dates("February 30, 2022 and 2022.13.40 and 31 April 2021", doc)).toEqual([]);
  });

  it("extractDates(text) reads a full date after a weekday instead of the weekday: Tuesday, December 13, 2022", () => {
    expect(pairs("It was Tuesday, December 13, 2022 in Jakarta.", doc)).toEqual([["December 13, 2022", "2022-12-13"]]);
  });
});

describe("extractDates(text) partial dates", () => {
  it("extractDates(text) places a bare month at or before the document date: in March", () => {
    expect(pairs("the hack in March", "2022-11-24")).toEqual([["March", "2022-03"]]);
    expect(pairs("the hack in March", "2022-02-10")).toEqual([["March", "2021-03"]]);
    expect(pairs("the hack in March", "2022-03-05")).toEqual([["March", "2022-03"]]);
    expect(dates("the hack in March", "2022-11-24")[0]).toMatchObject({
      precision: "month",
      resolution: "year from document date",
    });
  });

  it("extractDates(text) places a month or day the sentence puts in the future at or after the document date", () => {
    expect(pairs("It will hold talks in September.", "2024-11-20")).toEqual([["September", "2025-09"]]);
    expect(pairs("It must submit a plan by July 5.", "2024-06-12")).toEqual([["July 5", "2024-07-05"]]);
    expect(pairs("The panel's mandate expires in April.", "2024-03-28")).toEqual([["April", "2024-04"]]);
    expect(pairs("Talks are set for 20 August.", "2024-09-01")).toEqual([["20 August", "2025-08-20"]]);
    expect(dates("It will meet in March.", "2024-06-12")[0].resolution).toBe("year ahead of document date");
  });

  it("extractDates(text) keeps a past verb's month in the past even after a future cue earlier in the sentence", () => {
    expect(pairs("The UN will investigate the hack that struck in May.", "2024-03-01")).toEqual([["May", "2023-05"]]);
    expect(pairs("It will meet. Hackers struck in May.", "2024-03-01")).toEqual([["May", "2023-05"]]);
  });

  it("extractDates(text) reads in May, In September, in February against the document date", () => {
    expect(pairs("put to a vote at the Security Council in May, both", "2022-11-24")).toEqual([["May", "2022-05"]]);
    expect(pairs("In September, the UN Security Council tightened", "2018-08-06")).toEqual([["September", "2017-09"]]);
    expect(pairs("a second summit in Hanoi, in February, which failed", "2019-04-27")).toEqual([
      ["February", "2019-02"],
    ]);
  });

  it("extractDates(text) reads a month of a year named relatively: in June last year, March next year", () => {
    expect(dates("a summit in Singapore in June last year, when", "2019-04-27")).toEqual([
      { quote: "June last year", value: "2018-06", precision: "month", resolution: "relative to document date" },
    ]);
    expect(pairs("exercises scheduled for March next year.", "2025-11-06")).toEqual([["March next year", "2026-03"]]);
    expect(pairs("in May of this year", "2025-11-06")).toEqual([["May of this year", "2025-05"]]);
  });

  it("extractDates(text) reads years after a preposition: in 2019, in 2003, since 2006, during 2018", () => {
    expect(dates("designated in 2019, withdrew in 2003, first trial since 2006, at sea during 2018", null)).toEqual(
      ["2019", "2003", "2006", "2018"].map((y) => ({ quote: y, value: y, precision: "year", resolution: "absolute" })),
    );
  });

  it("extractDates(text) reads a range of years as an interval: during 1950-1953, in 2017–2023", () => {
    expect(dates("fought during 1950-1953; stole $3 billion in 2017–2023", null)).toEqual([
      { quote: "1950-1953", value: "1950/1953", precision: "interval", resolution: "absolute" },
      { quote: "2017–2023", value: "2017/2023", precision: "interval", resolution: "absolute" },
    ]);
    expect(pairs("in 2000-3000 cases and in 2019-2017", null)).toEqual([]);
  });

  it("extractDates(text) reads last year, this year, next year against the document date", () => {
    expect(dates("output increased from last year; this year and next year too", "2019-04-27")).toEqual([
      { quote: "last year", value: "2018", precision: "year", resolution: "relative to document date" },
      { quote: "this year", value: "2019", precision: "year", resolution: "relative to document date" },
      { quote: "next year", value: "2020", precision: "year", resolution: "relative to document date" },
    ]);
  });

  it("extractDates(text) reads a dateline's Nov 6 and Nov. 6 in the latest year at or before the document date", () => {
    expect(dates("Seoul, Nov 6 (NationPress) North Korea", "2025-11-06")).toEqual([
      { quote: "Nov 6", value: "2025-11-06", precision: "day", resolution: "year from document date" },
    ]);
    expect(pairs("Seoul, Nov. 6 (Yonhap)", "2026-01-03")).toEqual([["Nov. 6", "2025-11-06"]]);
    expect(pairs("Seoul, Nov 6 (NationPress)", null)).toEqual([]);
  });

  it("extractDates(text) reads last month and earlier this month as months", () => {
    expect(pairs("talks last month and again earlier this month", "2022-01-10")).toEqual([
      ["last month", "2021-12"],
      ["earlier this month", "2022-01"],
    ]);
  });

  it("extractDates(text) reads last March as the latest March before the document's month", () => {
    expect(pairs("since last March", "2022-03-20")).toEqual([["last March", "2021-03"]]);
    expect(pairs("since last March", "2022-11-20")).toEqual([["last March", "2022-03"]]);
    expect(pairs("until next March", "2022-03-20")).toEqual([["next March", "2023-03"]]);
  });

  it("extractDates(text) reads in March 31 ballistic missiles as March, the number being a count", () => {
    expect(pairs("launched in March 31 ballistic missiles", "2022-11-24")).toEqual([["March", "2022-03"]]);
    expect(pairs("launched on March 31 two missiles", "2022-11-24")).toEqual([["March 31", "2022-03-31"]]);
  });

  it("extractDates(text) reads lists of dates: in 2019 and 2020, from March to May", () => {
    expect(pairs("in 2019 and 2020, and from March to May", "2022-11-24")).toEqual([
      ["2019", "2019"],
      ["2020", "2020"],
      ["March", "2022-03"],
      ["May", "2022-05"],
    ]);
  });
});

describe("extractDates(text) weekdays and days", () => {
  // 2025-11-06 is a Thursday.
  const thursday = "2025-11-06";

  it("extractDates(text) reads the document's own weekday as the document date: a Thursday article's on Thursday", () => {
    expect(dates("Kim met Putin on Thursday in Vladivostok.", thursday)).toEqual([
      { quote: "Thursday", value: "2025-11-06", precision: "day", resolution: "weekday before document date" },
    ]);
  });

  it("extractDates(text) reads other weekdays as the latest such day before the document date", () => {
    expect(pairs("announced on Tuesday; a Monday editorial; told Yonhap on Friday", thursday)).toEqual([
      ["Tuesday", "2025-11-04"],
      ["Monday", "2025-11-03"],
      ["Friday", "2025-10-31"],
    ]);
  });

  it("extractDates(text) reads last, next and this before a weekday", () => {
    expect(dates("last Thursday, next Monday and this Friday", thursday)).toEqual([
      { quote: "last Thursday", value: "2025-10-30", precision: "day", resolution: "weekday before document date" },
      { quote: "next Monday", value: "2025-11-10", precision: "day", resolution: "weekday after document date" },
      { quote: "this Friday", value: "2025-11-07", precision: "day", resolution: "relative to document date" },
    ]);
  });

  it("extractDates(text) reads on the 24th in the document's month, or the month before when later", () => {
    expect(dates("In a statement on the 24th, Kim said", "2022-11-24")).toEqual([
      { quote: "the 24th", value: "2022-11-24", precision: "day", resolution: "day of month from document date" },
    ]);
    expect(pairs("In a statement on the 24th, Kim said", "2022-11-20")).toEqual([["the 24th", "2022-10-24"]]);
    expect(pairs("The law took effect on the 31st.", "2022-03-05")).toEqual([["the 31st", "2022-01-31"]]);
  });

  it("extractDates(text) reads the 14th of last month and on the 17th", () => {
    expect(pairs("On the 14th of last month, the government designated", "2022-11-24")).toEqual([
      ["the 14th of last month", "2022-10-14"],
    ]);
    expect(pairs("the symposium held in Seoul on the 17th, and said", "2022-11-24")).toEqual([
      ["the 17th", "2022-11-17"],
    ]);
  });

  it("extractDates(text) reads yesterday, today and tomorrow", () => {
    expect(pairs("yesterday, today and tomorrow", "2022-03-01")).toEqual([
      ["yesterday", "2022-02-28"],
      ["today", "2022-03-01"],
      ["tomorrow", "2022-03-02"],
    ]);
  });

  it("extractDates(text) skips today inside a quotation and in names such as USA Today", () => {
    expect(pairs('"the remains sent back today," Trump told a rally. USA Today reported it.', "2018-08-06")).toEqual(
      [],
    );
  });

  it("extractDates(text) reads last week and this week as Monday-to-Sunday intervals", () => {
    expect(dates("This week, the State Department; last week's APEC summit", "2025-11-06")).toEqual([
      {
        quote: "This week",
        value: "2025-11-03/2025-11-09",
        precision: "interval",
        resolution: "relative to document date",
      },
      {
        quote: "last week",
        value: "2025-10-27/2025-11-02",
        precision: "interval",
        resolution: "relative to document date",
      },
    ]);
  });

  it("extractDates(text) reads halves and quarters of a year as month intervals", () => {
    const doc = "2022-11-24";
    expect(dates("31 ballistic missiles in the first half of this year.", doc)).toEqual([
      {
        quote: "the first half of this year",
        value: "2022-01/2022-06",
        precision: "interval",
        resolution: "relative to document date",
      },
    ]);
    expect(pairs("in the first half of 2022", null)).toEqual([["the first half of 2022", "2022-01/2022-06"]]);
    expect(pairs("in the second half of last year", doc)).toEqual([
      ["the second half of last year", "2021-07/2021-12"],
    ]);
    expect(pairs("in the fourth quarter of 2023", doc)).toEqual([["the fourth quarter of 2023", "2023-10/2023-12"]]);
  });

  it("extractDates(text) reads early, mid and late as thirds: early 2023 is January to April", () => {
    expect(dates("expected in early 2023", null)).toEqual([
      { quote: "early 2023", value: "2023-01/2023-04", precision: "interval", resolution: "absolute" },
    ]);
    expect(pairs("until late 2022 and since mid-2021", null)).toEqual([
      ["late 2022", "2022-09/2022-12"],
      ["mid-2021", "2021-05/2021-08"],
    ]);
    expect(pairs("late last year and in early March", "2022-11-24")).toEqual([
      ["late last year", "2021-09/2021-12"],
      ["early March", "2022-03-01/2022-03-10"],
    ]);
  });

  it("extractDates(text) skips periods with no fixed place: recent months, the last year, 90 years ago", () => {
    expect(
      pairs("in recent months, over the last year, and 90 years ago; in the last several months", "2022-11-24"),
    ).toEqual([]);
  });
});

describe("extractDates(text) what is not a date", () => {
  const doc = "2022-11-24";
  it.each([
    "a major provocation, such as the 7th nuclear test",
    "ranked 7th in the world",
    "Even if the 7th nuclear test becomes a reality",
    "firing ICBMs at least eight times",
    "spent shooting 31 ballistic missiles",
    "The amount was $620 million, equivalent to $400-650 million",
    "News ID: 77070",
    "the 149-page report",
    "the genocide caused by Stalin 90 years ago",
    "The situation may return to its original state",
    "They may not. May God help them.",
    "Theresa May's government and talks with May",
    "a protest march; they march on",
    "Executive Order 13382",
    "the Good Friday Agreement",
    "at least 9 out of 15 member states",
    "in the 1990s",
    "in 2000 troops",
    "at 15:21 and 07:05",
    "every Monday",
    "the 17th century",
  ])("extractDates(%j) finds nothing", (text) => {
    expect(pairs(text, doc)).toEqual([]);
  });
});

describe("extractDates(text) spans", () => {
  it("extractDates(text) leaves leading prepositions out of the span and keeps articles and modifiers in", () => {
    const text = "on Tuesday, in March, since 2006, on the 24th, in early 2023, last week";
    expect(dates(text, "2022-11-24").map((d) => d.quote)).toEqual([
      "Tuesday",
      "March",
      "2006",
      "the 24th",
      "early 2023",
      "last week",
    ]);
  });

  it("extractDates(text) gives UTF-16 offsets into the text as given", () => {
    const text = "😀 “Quoted” — on Tuesday";
    const [d] = extractDates(text, { documentDate: "2022-12-13" });
    expect(text.slice(d.start, d.end)).toBe("Tuesday");
    expect(d.start).toBe(text.indexOf("Tuesday"));
  });

  it("extractDates(text, {documentDate}) throws a TypeError for a malformed document date", () => {
    expect(() => extractDates("in March", { documentDate: "2022-02-30" })).toThrow(TypeError);
    expect(() => extractDates("in March", { documentDate: "Nov 6" })).toThrow(/invalid documentDate/);
  });
});

describe("extractDates(text) time zones", () => {
  it("extractDates(text) gives the same dates whatever the process time zone", () => {
    const text = "On Monday, yesterday, last week, on the 31st, in March, Nov 6, 27April 2019, mid-2021.";
    const run = () => extractDates(text, { documentDate: "2024-03-04" });
    const utc = run();
    const zone = process.env.TZ;
    try {
      for (const tz of ["Pacific/Kiritimati", "America/Adak", "Asia/Seoul"]) {
        process.env.TZ = tz;
        expect(run()).toEqual(utc);
      }
    } finally {
      process.env.TZ = zone;
    }
    expect(utc.map((d) => d.value)).toEqual([
      "2024-03-04",
      "2024-03-03",
      "2024-02-26/2024-03-03",
      "2024-01-31",
      "2024-03",
      "2023-11-06",
      "2019-04-27",
      "2021-05/2021-08",
    ]);
  });
});
