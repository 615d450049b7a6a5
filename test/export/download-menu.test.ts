// The menu's structure and keyboard behaviour, in a server DOM; the downloads themselves run in the browser test.
import { describe, expect, it } from "vitest";
import { downloadMenu, withDownloadMenu } from "../../src/components/lib/download-menu.ts";
import { createServerDocument } from "../../src/components/lib/server-document.ts";

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
