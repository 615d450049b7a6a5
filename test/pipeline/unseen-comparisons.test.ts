// Clauses that compare with a baseline, datelines that name a place, and "sanctions" inside a counted noun; written
// for this test (none from the seeds).
import { describe, expect, it } from "vitest";
import { comparisonSpans } from "../../data-loaders/events/comparisons.ts";
import { wireEvents } from "./wire-corpus.ts";

describe("comparisonSpans", () => {
  const spansOf = (text: string) => comparisonSpans(text, 0).map((s) => text.slice(s.start, s.end));

  it("runs from the comparing words to the end of the phrase", () => {
    expect(spansOf("stole $1.34 billion this year, up from $660 million in 2023, a report said")).toEqual([
      "up from $660 million in 2023",
    ]);
    expect(spansOf("fired 38 missiles, compared with 25 in 2019")).toEqual(["compared with 25 in 2019"]);
  });

  it("stops at the 'to' that gives the new figure", () => {
    expect(spansOf("losses rose from $630 million in 2022 to $1 billion in 2023")).toEqual([
      "rose from $630 million in 2022",
    ]);
  });

  it("finds none in a clause that compares nothing ('more than' is a qualifier, 'from' a source)", () => {
    expect(spansOf("stole more than $600 million from the Ronin bridge in March")).toEqual([]);
  });
});

describe("buildEvents leaves a comparison's baseline to the comparison", () => {
  it("buildEvents: 'stole $1.34 billion … this year, up from $660 million in 2023' is this year's $1.34 billion", () => {
    const [theft] = wireEvents(
      "theft",
      "Crypto theft report",
      "North Korean hackers stole $1.34 billion worth of cryptocurrency this year, up from $660 million in 2023, according to a report released on Thursday.",
      "2024-12-20",
    );
    expect([theft.amount?.value, theft.date?.iso]).toEqual([1.34e9, "2024"]);
    // The baseline's amount and year are cited by no event.
    expect(theft.facts.filter((id) => id.startsWith("money-") || id.startsWith("date-"))).toHaveLength(2);
  });

  it("buildEvents: 'fired 38 ballistic missiles this year, compared with 25 in 2019' counts 38 this year", () => {
    const [launch] = wireEvents(
      "missile-launch",
      "Launches",
      "North Korea fired 38 ballistic missiles this year, compared with 25 ballistic missiles in 2019.",
      "2022-12-30",
    );
    expect([launch.count?.value, launch.date?.iso]).toEqual([38, "2022"]);
  });

  it("buildEvents: 'rose from $630 million in 2022 to $1 billion in 2023' keeps the new figure and its year", () => {
    const [theft] = wireEvents(
      "theft",
      "Crypto losses",
      "Crypto thefts by North Korean hackers rose from $630 million in 2022 to $1 billion in 2023, analysts said.",
      "2024-02-01",
    );
    expect([theft.amount?.value, theft.date?.iso]).toEqual([1e9, "2023"]);
  });
});

describe("buildEvents takes no actor from the dateline", () => {
  it("buildEvents: 'WASHINGTON, May 2 (Reuters) -- Japan sanctioned four individuals' is Japan's designation", () => {
    const [designation] = wireEvents(
      "designation",
      "Japan sanctions",
      "WASHINGTON, May 2 (Reuters) -- Japan sanctioned four North Korean individuals on Friday.",
      "2025-05-02",
    );
    expect(designation.actor).toBe("Japan");
    expect(designation.targets).toEqual({ individual: 4 });
  });
});

describe("buildEvents reads no designation in a tally of sanctions resolutions", () => {
  it("buildEvents: 'has adopted nine sanctions resolutions … since 2006' designates no one", () => {
    const events = wireEvents(
      "designation",
      "UN sanctions",
      "The U.N. Security Council has adopted nine sanctions resolutions against North Korea since 2006.",
      "2024-03-28",
    );
    expect(events).toEqual([]);
  });

  it("buildEvents still reads one resolution adopted on a day: 'adopted a new sanctions resolution on Friday'", () => {
    const [designation] = wireEvents(
      "designation",
      "UN sanctions",
      "The U.N. Security Council adopted a new sanctions resolution against North Korea on Friday.",
      "2017-12-23",
    );
    expect([designation.actor, designation.date?.iso]).toEqual(["UN Security Council", "2017-12-22"]);
  });

  it("buildEvents still reads 'the sanctions committee designated five entities'", () => {
    const [designation] = wireEvents(
      "designation",
      "UN sanctions",
      "The U.N. sanctions committee designated five entities on Monday.",
      "2024-03-28",
    );
    expect(designation.targets).toEqual({ entity: 5 });
  });
});
