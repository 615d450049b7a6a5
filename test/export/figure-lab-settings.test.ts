import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  defaultLabSettings,
  labSearch,
  labSize,
  readLabSettings,
  type LabSettings,
} from "../../src/components/lib/figure-lab-settings.ts";

const IDS = ["figure-cards", "timeline", "voices"];

describe("readLabSettings(search, ids) and labSearch(settings, ids)", () => {
  it("readLabSettings('') gives the defaults and labSearch(defaults) gives ''", () => {
    expect(readLabSettings("", IDS)).toEqual({
      figure: "figure-cards",
      size: "16:9",
      theme: "light",
      annotations: 12,
      title: "",
    });
    expect(labSearch(defaultLabSettings(IDS), IDS)).toBe("");
  });

  it("readLabSettings reads every setting from the query string", () => {
    expect(readLabSettings("?figure=timeline&size=1600x900&theme=dark&annotations=4&title=A%20%26%20B", IDS)).toEqual({
      figure: "timeline",
      size: "1600x900",
      theme: "dark",
      annotations: 4,
      title: "A & B",
    });
  });

  it("readLabSettings falls back to defaults for unknown figures, bad sizes, themes and counts", () => {
    expect(readLabSettings("?figure=maps&size=10x&theme=sepia&annotations=-3", IDS)).toEqual(defaultLabSettings(IDS));
    expect(readLabSettings("?annotations=999", IDS).annotations).toBe(60);
  });

  it("labSearch then readLabSettings gives the same settings back", () => {
    const settings = fc.record<LabSettings>({
      figure: fc.constantFrom(...IDS),
      size: fc.oneof(
        fc.constantFrom("16:9", "4:3", "1:1"),
        fc.tuple(fc.integer({ min: 64, max: 8192 }), fc.integer({ min: 64, max: 8192 })).map(([w, h]) => `${w}x${h}`),
      ),
      theme: fc.constantFrom("light", "dark"),
      annotations: fc.integer({ min: 0, max: 60 }),
      title: fc.string({ maxLength: 200 }).filter((t) => t.trim() !== ""),
    });
    fc.assert(
      fc.property(settings, (s) => {
        expect(readLabSettings(labSearch(s, IDS), IDS)).toEqual(s);
      }),
      { seed: 42 },
    );
  });

  it("readLabSettings never throws, whatever the query string", () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const settings = readLabSettings(search, IDS);
        expect(IDS).toContain(settings.figure);
        expect(labSize(settings.size).width).toBeGreaterThanOrEqual(64);
      }),
      { seed: 42 },
    );
  });
});
