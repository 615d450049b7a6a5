import { describe, expect, it } from "vitest";
import { createServerDocument } from "../../../src/components/lib/server-document.ts";
import { serialize, toSvgString } from "../../../src/components/lib/serialize.ts";

describe("serialize", () => {
  it("serialize(node) escapes <, >, & and quotes in attributes and text, which linkedom leaves raw", () => {
    const document = createServerDocument();
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    const a = document.createElementNS("http://www.w3.org/2000/svg", "a");
    a.setAttribute("href", 'sources#a<b>"c"&d');
    a.textContent = "<script>x</script> & y";
    svg.append(a, document.createElementNS("http://www.w3.org/2000/svg", "circle"));
    expect(serialize(svg)).toBe(
      '<svg><a href="sources#a&lt;b&gt;&quot;c&quot;&amp;d">&lt;script&gt;x&lt;/script&gt; &amp; y</a><circle/></svg>',
    );
  });

  it("serialize(node) writes HTML void elements without closing tags and keeps empty HTML elements open", () => {
    const document = createServerDocument();
    const div = document.createElement("div");
    div.append(document.createElement("br"), document.createElement("span"));
    expect(serialize(div)).toBe("<div><br><span></span></div>");
  });

  it("toSvgString(figure) finds the SVG inside a figure and sets its namespace", () => {
    const document = createServerDocument();
    const figure = document.createElement("figure");
    figure.append(document.createElementNS("http://www.w3.org/2000/svg", "svg"));
    expect(toSvgString(figure)).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(() => toSvgString(document.createElement("div"))).toThrow(/not an SVG figure: <div>/);
  });
});
