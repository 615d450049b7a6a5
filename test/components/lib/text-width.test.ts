import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { textWidth, truncateToWidth, wrapText } from "../../../src/components/lib/text-width.ts";

const INTER = new URL("../../../node_modules/@expo-google-fonts/inter/", import.meta.url).pathname;
const FONTS = [`${INTER}400Regular/Inter_400Regular.ttf`, `${INTER}600SemiBold/Inter_600SemiBold.ttf`];

function renderedWidth(text: string, size: number, weight: number): number {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="60"><text x="10" y="40" font-family="Inter" font-size="${size}" font-weight="${weight}">${escaped}</text></svg>`;
  const resvg = new Resvg(svg, { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: "Inter" } });
  return resvg.getBBox()?.width ?? 0;
}

describe("text-width", () => {
  it("textWidth(text) never underestimates Inter as resvg draws it, and is within 12% of it", () => {
    const samples = [
      "North Korea: theft of 620 million USD from Axie Infinity",
      "Statement by Kim Yo-jong",
      "United States designated 8 individuals and 2 entities",
      "WWW MMM 0123456789 $400–650 million ₩828.6 billion",
      "summit in Jakarta: Kim Gunn, Sung Kim, Takehiro Funakoshi",
    ];
    for (const sample of samples) {
      for (const [size, weight] of [
        [11, 400],
        [17, 600],
      ] as const) {
        const estimate = textWidth(sample, size, weight === 600 ? "semibold" : "regular");
        const actual = renderedWidth(sample, size, weight);
        expect(estimate, sample).toBeGreaterThanOrEqual(actual - 0.5);
        expect(estimate, sample).toBeLessThan(actual * 1.12 + 2);
      }
    }
  });

  it("truncateToWidth(text, max) cuts with an ellipsis and fits", () => {
    const cut = truncateToWidth("United States designated 3 groups (Lazarus Group, Bluenoroff, Andariel)", 120, 11);
    expect(cut.endsWith("…")).toBe(true);
    expect(textWidth(cut, 11)).toBeLessThanOrEqual(120);
    expect(truncateToWidth("short", 120, 11)).toBe("short");
    expect(truncateToWidth("anything", 1, 11)).toBe("");
  });

  it("wrapText(text, max) breaks at spaces, never at no-break spaces, and every line fits", () => {
    const lines = wrapText("Source: News1, computed by the pipeline · As\u00a0of\u00a06\u00a0Nov\u00a02025", 200, 11);
    expect(lines.at(-1)).toContain("As\u00a0of\u00a06\u00a0Nov\u00a02025");
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(200);
  });
});
