// The menu's structure and keyboard behaviour, in a server DOM; the downloads themselves run in the browser test.
import { parseHTML } from "linkedom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { figureById } from "../../src/components/index.ts";
import {
  downloadMenu,
  drawnTitle,
  figureWithMenu,
  slideRender,
  withDownloadMenu,
} from "../../src/components/lib/download-menu.ts";
import { yearInFocusFigure } from "../../src/components/yearInFocus.ts";
import { createServerDocument } from "../../src/components/lib/server-document.ts";
import { loadCorpus } from "../components/fixture.ts";

function figure() {
  const document = createServerDocument();
  const element = document.createElement("figure");
  element.innerHTML = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>';
  document.body.append(element);
  return element;
}

const OPTIONS = { id: "theft-vs-missiles", title: "Crypto theft", rows: [], citation: "A line" };

describe("downloadMenu(figure, options)", () => {
  it("downloadMenu offers SVG, PNG at the slide size, CSV and a citation as buttons inside a <details>", () => {
    const menu = downloadMenu(figure(), { ...OPTIONS, width: 1440, height: 1080 });
    expect(menu.localName).toBe("details");
    expect(menu.querySelector("summary")?.textContent).toBe("Download");
    expect(menu.querySelector("summary")?.getAttribute("aria-label")).toBe("Download Crypto theft");
    const buttons = [...menu.querySelectorAll("button")];
    expect(buttons.map((b) => b.textContent)).toEqual([
      "Download SVG",
      "Download PNG (1440×1080)",
      "Download CSV",
      "Copy citation",
    ]);
    expect(buttons.every((b) => b.getAttribute("type") === "button")).toBe(true);
    expect(menu.querySelector("[role=status]")).not.toBeNull();
  });

  it("downloadMenu rejects a PNG size that is not a sensible number of pixels", () => {
    expect(() => downloadMenu(figure(), { ...OPTIONS, width: 0 })).toThrow("invalid width: 0");
    expect(() => downloadMenu(figure(), { ...OPTIONS, height: Number.NaN })).toThrow("invalid height: NaN");
  });

  it("withDownloadMenu(figure, options) puts the figure and its menu in one block", () => {
    const element = figure();
    const wrapper = withDownloadMenu(element, OPTIONS);
    expect(wrapper.firstElementChild).toBe(element);
    expect(wrapper.lastElementChild?.localName).toBe("details");
  });
});

describe("figureWithMenu(entry, data, options)", () => {
  it("figureWithMenu draws the figure with the page's options and names its menu after the title drawn", () => {
    const document = createServerDocument();
    const block = figureWithMenu(yearInFocusFigure, loadCorpus(), { document, width: 500, year: 2019 } as never);
    const figure = block.querySelector("figure")!;
    expect(figure.querySelector("svg")?.getAttribute("width")).toBe("500");
    expect(drawnTitle(figure)).toBe("2019 month by month");
    expect(block.lastElementChild?.localName).toBe("details");
    expect(block.querySelector(":scope > details > summary")?.getAttribute("aria-label")).toBe(
      "Download 2019 month by month",
    );
  });
});

describe("slideRender(entry, data, options)", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("slideRender(entry, data)({width, height}) gives the figure laid out for that slide, as an element", () => {
    // The browser globals slideRender uses, from linkedom.
    const window = parseHTML("<!doctype html><html><body></body></html>");
    vi.stubGlobal("document", window.document);
    vi.stubGlobal("DOMParser", window.DOMParser);
    vi.stubGlobal("window", window);
    const element = slideRender(figureById("designations"), loadCorpus(), { theme: "light" })({
      width: 1440,
      height: 1080,
    });
    expect(element.localName).toBe("svg");
    expect(element.getAttribute("width")).toBe("1440");
    expect(element.getAttribute("viewBox")).toBe("0 0 720 540");
    expect(element.querySelector(".nk-header text")?.textContent).toBe("Sanctions designations by authority");
  });
});
