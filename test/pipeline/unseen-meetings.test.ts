// Meetings placed in a city and its country, as wire copy writes them; sentences written for this test (none from
// the seeds).
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../../data-loaders/types.ts";
import { wireEvents } from "./wire-corpus.ts";

function meetings(body: string, published = "2023-09-15"): EventRecord[] {
  return wireEvents("meeting", "Summit", body, published);
}

describe("buildEvents keeps the host country of a meeting's place out of its participants", () => {
  it("buildEvents reads 'in Vostochny, Russia' as the place and its country, with the leaders as participants", () => {
    const [m] = meetings("Kim Jong Un met Vladimir Putin at a spaceport in Vostochny, Russia, on Wednesday.");
    expect(m.details).toMatchObject({ place: "Vostochny", country: "Russia" });
    expect(m.participants).toEqual(["Kim Jong Un", "Vladimir Putin"]);
  });

  it("buildEvents keeps out a country named as the place before its capital: 'in Vietnam's capital, Hanoi'", () => {
    const [m] = meetings("The leaders held talks in Vietnam's capital, Hanoi, on Wednesday with Kim Jong Un.");
    expect(m.details).toMatchObject({ place: "Hanoi", country: "Vietnam" });
    expect(m.participants).not.toContain("Vietnam");
    expect(m.participants).toContain("Kim Jong Un");
  });

  it("buildEvents keeps a country whose officials take part, even where it hosts", () => {
    const [m] = meetings("Officials from Japan and South Korea met in Seoul on Monday.");
    expect(m.participants).toEqual(["Japan", "South Korea"]);
    expect(m.details.country).toBe("South Korea");
  });
});
