// Totals counted "since" a date, as wire copy gives them; sentences written for this test.
import { describe, expect, it } from "vitest";
import { wireEvents } from "./wire-corpus.ts";

describe("buildEvents dates a total counted 'since' a date from that date to the article", () => {
  it("buildEvents: 'have stolen … since 2017' runs from 2017 to the article's year", () => {
    const [theft] = wireEvents(
      "theft",
      "Crypto losses",
      "North Korean hackers have stolen about $1.1 billion in virtual assets from South Korea since 2017, the spy agency said.",
      "2023-10-02",
    );
    expect(theft.date).toMatchObject({ iso: "2017/2023", precision: "interval", first: "2017-01-01" });
  });

  it("buildEvents: 'since January 2024' runs month by month to the article's month", () => {
    const [designation] = wireEvents(
      "designation",
      "Sanctions",
      "Since January 2024, the United States has designated 60 individuals linked to Pyongyang's cyber operations.",
      "2025-03-20",
    );
    expect(designation.date?.iso).toBe("2024-01/2025-03");
  });

  it("buildEvents: a date without 'since' stays the date the text gives", () => {
    const [theft] = wireEvents(
      "theft",
      "Crypto losses",
      "North Korean hackers stole about $1.1 billion in virtual assets in 2017, the spy agency said.",
      "2023-10-02",
    );
    expect(theft.date?.iso).toBe("2017");
  });

  it("buildEvents: 'since' before a date after the article's own leaves the date alone", () => {
    const [theft] = wireEvents(
      "theft",
      "Crypto losses",
      "Hackers have stolen $40 million since March 2024, police said.",
      "2023-10-02",
    );
    expect(theft.date?.iso).toBe("2024-03");
  });
});

describe("buildEvents keeps the date of 'the first … since' a date: that is the last time, not a start", () => {
  it("buildEvents: 'its first ICBM launch since April 13, when it test-fired …' is the launch of April 13", () => {
    const launches = wireEvents(
      "missile-launch",
      "Launch",
      "It was the North's first ICBM launch since April 13, when it test-fired a new solid-fuel Hwasong-18.",
      "2023-07-12",
    );
    expect(launches.map((e) => e.date?.iso)).toEqual(["2023-04-13"]);
  });
});
