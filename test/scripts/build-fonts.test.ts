import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FONT_FAMILY, interStylesheet, STYLESHEET_PATH } from "../../scripts/build-fonts.ts";

describe("interStylesheet()", () => {
  it("interStylesheet() matches the committed src/fonts/inter.css (run `npm run fonts` after upgrading the font)", async () => {
    expect(readFileSync(STYLESHEET_PATH, "utf8")).toBe(await interStylesheet());
  });

  it("interStylesheet() embeds upright and italic Inter as WOFF2 data URIs and names no other host", async () => {
    const css = await interStylesheet();
    expect(css.match(/@font-face/g)).toHaveLength(2);
    expect(css).toContain(`font-family: ${FONT_FAMILY};`);
    expect(css).toContain("font-style: italic;");
    expect(css.match(/url\("data:font\/woff2;base64,/g)).toHaveLength(2);
    expect(css).not.toMatch(/https?:\/\//);
  });
});
