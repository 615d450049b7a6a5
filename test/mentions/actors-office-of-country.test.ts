// Offices named the way official English names them, "the Foreign Ministry of the DPRK": sentences written for this
// test in the style of KCNA and foreign-ministry releases (none from the seeds).
import { describe, expect, it } from "vitest";
import { extractActors } from "../../data-loaders/mentions/actors.ts";
import { countryNamedAfter } from "../../data-loaders/mentions/actors/organizations.ts";

function offices(text: string) {
  return extractActors(text)
    .filter((a) => a.kind === "organization")
    .map((a) => [text.slice(a.start, a.end), a.value, a.country]);
}

describe("extractActors(text) offices followed by their country", () => {
  it.each([
    [
      "A spokesperson for the Foreign Ministry of the DPRK rejected the report on Monday.",
      ["Foreign Ministry", "North Korean Ministry of Foreign Affairs", "North Korea"],
    ],
    [
      "The Ministry of Foreign Affairs of the Republic of Korea issued a travel advisory.",
      ["Ministry of Foreign Affairs", "South Korean Ministry of Foreign Affairs", "South Korea"],
    ],
    [
      "According to the Defense Ministry of Japan, the object fell outside its waters.",
      ["Defense Ministry", "Japanese Ministry of Defense", "Japan"],
    ],
  ])("extractActors(%j) gives the office the country named after it", (text, expected) => {
    expect(offices(text)).toEqual([expected]);
  });

  it("extractActors(text) gives the same office the same country whichever side names it", () => {
    const before = offices("Russia's Defense Ministry released footage.");
    const after = offices("The Defense Ministry of Russia released footage.");
    expect(after[0].slice(1)).toEqual(before[0].slice(1));
  });

  it("extractActors(text) leaves an office without a country when what follows is no country's name", () => {
    expect(offices("The Foreign Ministry of the new government said little.")).toEqual([
      ["Foreign Ministry", "Ministry of Foreign Affairs", null],
    ]);
    expect(offices("The Foreign Ministry of North Korean origin, as it styled itself.")[0][2]).toBeNull();
  });
});

describe("countryNamedAfter(text, end)", () => {
  it("countryNamedAfter(text, end) reads 'of', 'of the' and a country's name, and only a whole name", () => {
    expect(countryNamedAfter("the Foreign Ministry of the DPRK", 20)).toBe("North Korea");
    expect(countryNamedAfter("the Foreign Ministry of Japan.", 20)).toBe("Japan");
    expect(countryNamedAfter("the Foreign Ministry of Japan Airlines", 20)).toBeNull();
    expect(countryNamedAfter("the Foreign Ministry in Japan", 20)).toBeNull();
    expect(countryNamedAfter("the Foreign Ministry of", 20)).toBeNull();
  });
});
