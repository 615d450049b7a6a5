// Launch reports written for this test in the style of wire copy and Joint Chiefs of Staff briefings (none from the
// seeds): a single missile is told with an article, not a number.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { EventRecord } from "../../data-loaders/types.ts";
import { singleMissileLaunched } from "../../data-loaders/events/rules/single-missile.ts";
import { wireCorpus, wireEvents } from "./wire-corpus.ts";

function launches(body: string, published = "2024-03-20"): EventRecord[] {
  return wireEvents("missile-launch", "Launch report", body, published);
}

describe("buildEvents reads a single launch told with an article", () => {
  it("buildEvents counts one solid-fuel ICBM in 'conducted a launch of a Hwasong-18 solid-fuel ICBM in mid-March'", () => {
    const [launch, ...rest] = launches(
      "Pyongyang conducted a launch of a Hwasong-18 solid-fuel ICBM in mid-March, its state media reported.",
    );
    expect(rest).toEqual([]);
    expect(launch).toMatchObject({
      actor: "North Korea",
      count: { value: 1, high: null, unit: "solid-fuel ICBM", qualifier: null },
      details: { missile: "solid-fuel ICBM", name: "Hwasong-18" },
    });
    expect(launch.date?.iso).toBe("2024-03-11/2024-03-20");
    expect(launch.summary).toBe("North Korea: 1 solid-fuel ICBM");
  });

  it("buildEvents counts one ballistic missile fired into the sea on a weekday", () => {
    const [launch] = launches(
      "North Korea fired a ballistic missile into the waters off its east coast on Sunday, Seoul's military said.",
    );
    expect(launch).toMatchObject({ actor: "North Korea", count: { value: 1, unit: "ballistic missile" } });
    expect(launch.date?.iso).toBe("2024-03-17");
  });

  it("buildEvents counts one launch without a date: 'test-fired an intermediate-range missile'", () => {
    const [launch, ...rest] = launches("The North test-fired an intermediate-range missile, Japan's coast guard said.");
    expect(rest).toEqual([]);
    expect(launch).toMatchObject({ count: { value: 1, unit: "intermediate-range missile" }, date: null });
  });

  it("buildEvents counts one missile after a hedge: 'fired what appeared to be a short-range ballistic missile'", () => {
    const [launch] = launches("North Korea fired what appeared to be a short-range ballistic missile on Tuesday.");
    expect(launch.count).toMatchObject({ value: 1, unit: "short-range ballistic missile" });
  });

  it("buildEvents keeps a counted launch's count and its cited fact", () => {
    const [launch] = launches("North Korea fired three short-range ballistic missiles toward the sea on Monday.");
    expect(launch.count).toMatchObject({ value: 3, unit: "short-range ballistic missile" });
    expect(launch.count?.fact).toMatch(/^count-/);
  });

  it("choosing figures, a cost per missile over a single launch cites only facts that exist", () => {
    const corpus = wireCorpus(
      "Launch report\n\nNorth Korea fired a ballistic missile worth an estimated $3 million on Sunday.\n",
      "2024-03-20",
    );
    const ids = new Set(corpus.facts.map((f) => f.id));
    const perMissile = corpus.figures.find((f) => f.kind === "cost-per-missile")!;
    expect(perMissile.value).toBe(3e6);
    for (const id of perMissile.facts) expect(ids.has(id)).toBe(true);
  });

  it.each([
    ["North Korea has missiles capable of carrying nuclear warheads across the Pacific.", "no launch verb"],
    ["North Korea could fire a ballistic missile as early as next week, officials warned.", "a launch feared"],
    ["The North did not fire a missile on Sunday, contrary to earlier reports.", "a launch denied"],
    ["Any launch of a ballistic missile would violate UN resolutions.", "a launch that would be"],
    ["North Korea displayed a new ICBM at a parade on Saturday.", "a missile shown, not launched"],
    ["North Korea launched a missile launcher factory.", "a missile modifying another noun"],
    ["North Korea fired artillery shells near the border on Friday.", "no missile"],
  ])("buildEvents reads no launch in %j (%s)", (text) => {
    expect(launches(text)).toEqual([]);
  });
});

describe("buildEvents dates a tally near the verb that took its number", () => {
  it("buildEvents: '69 ballistic missiles so far this year, surpassing the 25 it fired in 2019' is this year's", () => {
    const [tally] = wireEvents(
      "missile-launch",
      "Record year",
      "North Korea has launched a record 69 ballistic missiles so far this year, surpassing the 25 it fired in 2019.",
      "2023-12-01",
    );
    expect([tally.count?.value, tally.date?.iso]).toEqual([69, "2023"]);
  });

  it("buildEvents: 'Last month, the North fired two … missiles and, on May 31, a space launch vehicle' is last month's", () => {
    const [launch] = wireEvents(
      "missile-launch",
      "Launches",
      "Last month, the North fired two short-range ballistic missiles and, on May 31, a space launch vehicle that crashed.",
      "2023-07-12",
    );
    expect([launch.count?.value, launch.date?.iso]).toEqual([2, "2023-06"]);
  });

  it("buildEvents keeps a launch told beside a threat: 'fired … two days after it threatened to shoot down …'", () => {
    const [launch] = wireEvents(
      "missile-launch",
      "Launch",
      "North Korea fired a long-range ballistic missile toward the East Sea on Wednesday, the military said, two days after it threatened to shoot down U.S. spy planes.",
      "2023-07-12",
    );
    expect([launch.count?.value, launch.details.missile, launch.date?.iso]).toEqual([
      1,
      "long-range ballistic missile",
      "2023-07-12",
    ]);
  });

  it("buildEvents makes no launch of a threat alone: 'threatened to shoot down any missile'", () => {
    expect(
      wireEvents(
        "missile-launch",
        "Threat",
        "On Monday, Pyongyang threatened to shoot down any missile fired near its coast.",
        "2023-07-12",
      ),
    ).toEqual([]);
  });

  it("buildEvents: 'launched … on Monday, its fifth ICBM launch this year' is Monday's, not the tally's year", () => {
    const [launch, ...rest] = launches(
      "The North launched a Hwasong-18 solid-fuel ICBM on Monday, its fifth ICBM launch this year.",
      "2024-11-20",
    );
    expect(rest).toEqual([]);
    expect([launch.count?.value, launch.date?.iso]).toEqual([1, "2024-11-18"]);
  });

  it("buildEvents: a launch without a number keeps the date nearest its verb", () => {
    const [launch] = wireEvents(
      "missile-launch",
      "Launch",
      "In March, two years after the 2017 tests, North Korea fired a cruise missile on Tuesday.",
      "2024-03-14",
    );
    expect(launch.date?.iso).toBe("2024-03-12");
  });
});

describe("singleMissileLaunched(text, start, end)", () => {
  it("singleMissileLaunched(text, start, end) reads a past-tense verb or a 'conducted a launch' and one missile", () => {
    const text = "It launched another ICBM.";
    expect(singleMissileLaunched(text, 3, 11)).toEqual({ type: "ICBM", name: null });
    expect(singleMissileLaunched("It will launch an ICBM.", 8, 14)).toBeNull();
    expect(singleMissileLaunched("It staged a launch of a KN-23 missile.", 12, 18)).toEqual({
      type: "missile",
      name: "KN-23",
    });
  });

  it("singleMissileLaunched(text, start, end) never throws, whatever follows the verb", () => {
    const words = fc.constantFrom(
      " a",
      " an",
      " of",
      " new",
      " Hwasong-17",
      " ICBM",
      " missile",
      " missiles",
      "-",
      " ",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 5 })), { maxLength: 12 }), (parts) => {
        const text = `It fired${parts.join("")}`;
        const found = singleMissileLaunched(text, 3, 8);
        return found === null || found.type.length > 0;
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe("summarize writes a counted acronym as the text does", () => {
  it("summarize: 'fired eight ICBMs' reads '8 ICBMs', while the count's unit stays lower-case", () => {
    const [launch] = launches("Pyongyang fired eight ICBMs this year, the most ever.");
    expect(launch.count?.unit).toBe("icbm");
    expect(launch.summary).toBe("North Korea: 8 ICBMs");
  });

  it("summarize leaves a unit lower-case when the text writes it so", () => {
    const [launch] = launches("North Korea fired 31 ballistic missiles in the first half of 2022.");
    expect(launch.summary).toBe("North Korea: 31 ballistic missiles");
  });
});
