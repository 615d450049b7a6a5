// Openings written for the tests in the styles of wire services and news sites.
import { describe, expect, it } from "vitest";
import { matchDateline } from "../../data-loaders/segment/dateline.ts";

const dateline = (text: string) => {
  const span = matchDateline(text, 0, text.length);
  return span === null ? null : text.slice(span.start, span.end);
};

describe("matchDateline", () => {
  it("matchDateline(text, start, end) finds a place, an optional date and a parenthesized agency", () => {
    expect(dateline("SEOUL, Dec. 13 (Yonhap) -- North Korea fired a missile.")).toBe("SEOUL, Dec. 13 (Yonhap) --");
    expect(dateline("WASHINGTON (Reuters) - The Treasury acted.")).toBe("WASHINGTON (Reuters) -");
    expect(dateline("Tokyo, 5 July 2022 (Kyodo) Japan protested.")).toBe("Tokyo, 5 July 2022 (Kyodo)");
    expect(dateline("Pyongyang, Jan 1 (KCNA) Kim spoke.")).toBe("Pyongyang, Jan 1 (KCNA)");
    expect(dateline("Seoul (Yonhap) North Korea fired two missiles.")).toBe("Seoul (Yonhap)");
    expect(dateline("SEOUL, South Korea (AP) — North Korea fired.")).toBe("SEOUL, South Korea (AP) —");
  });

  it("matchDateline(text, start, end) finds an all-caps place with a dash and no agency", () => {
    expect(dateline("WASHINGTON — The State Department said.")).toBe("WASHINGTON —");
    expect(dateline("NEW YORK, Nov. 6 — The UN met.")).toBe("NEW YORK, Nov. 6 —");
  });

  it("matchDateline(text, start, end) ignores names with parenthesized notes and ordinary openings", () => {
    for (const text of [
      "North Korea (DPRK) has rejected the sanctions.",
      "Kim Gunn (L) and Sung Kim met in Jakarta.",
      "US - North Korea talks resumed.",
      "On Monday, North Korea fired.",
      "Kim Yo-jong, Vice Minister of the Workers’ Party of Korea. (Chosun Central TV capture)",
      "",
    ])
      expect(dateline(text), text).toBeNull();
  });

  it("matchDateline(text, start, end) reads only the given paragraph and returns offsets into the text", () => {
    const text = "Headline here\nTEHRAN (IRNA)- Officials said.";
    expect(matchDateline(text, 14, text.length)).toEqual({ start: 14, end: 28 });
  });
});
