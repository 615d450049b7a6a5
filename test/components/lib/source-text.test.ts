import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nestSpans, SourceText, type TextNode } from "../../../src/components/lib/source-text.ts";
import { createServerDocument } from "../../../src/components/lib/server-document.ts";
import type { Fact } from "../../../data-loaders/types.ts";

function flatten(nodes: TextNode[]): TextNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

// Leaves in order, with the span ids they sit in: the text must be covered exactly once.
function leaves(nodes: TextNode[]): [number, number][] {
  return nodes.flatMap((n) => (n.children.length ? leaves(n.children) : [[n.start, n.end] as [number, number]]));
}

describe("source-text", () => {
  it("nestSpans(length, spans) nests a name inside the quotation that holds it and covers the text once", () => {
    const nodes = nestSpans(20, [
      { id: "person", kind: "person", start: 6, end: 9 },
      { id: "quote", kind: "quote", start: 2, end: 12 },
    ]);
    const quote = nodes.find((n) => n.span?.id === "quote");
    expect(quote?.children.map((c) => c.span?.id ?? "text")).toEqual(["text", "person", "text"]);
    expect(leaves(nodes)).toEqual([
      [0, 2],
      [2, 6],
      [6, 9],
      [9, 12],
      [12, 20],
    ]);
  });

  it("nestSpans cuts a span that crosses its parent's end, and drops empty, outside and repeated spans", () => {
    const nodes = nestSpans(10, [
      { id: "a", kind: "x", start: 0, end: 5 },
      { id: "b", kind: "x", start: 3, end: 8 },
      { id: "a", kind: "x", start: 6, end: 7 },
      { id: "c", kind: "x", start: 4, end: 4 },
      { id: "d", kind: "x", start: 8, end: 12 },
    ]);
    const ids = flatten(nodes).flatMap((n) => (n.span ? [n.span.id] : []));
    expect(ids).toEqual(["a", "b"]);
    expect(flatten(nodes).find((n) => n.span?.id === "b")).toMatchObject({ start: 3, end: 5 });
  });

  it("nestSpans gives every usable span exactly one node and covers [0, length) in order, for any spans", () => {
    const span = fc.record({ start: fc.integer({ min: -2, max: 40 }), end: fc.integer({ min: -2, max: 40 }) });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.array(span, { maxLength: 12 }), (length, raw) => {
        const spans = raw.map((s, i) => ({ id: `f${i}`, kind: "x", ...s }));
        const nodes = nestSpans(length, spans);
        const usable = spans.filter((s) => s.start >= 0 && s.end <= length && s.end > s.start);
        const ids = flatten(nodes).flatMap((n) => (n.span ? [n.span.id] : []));
        expect(ids.sort()).toEqual(usable.map((s) => s.id).sort());
        let at = 0;
        for (const [start, end] of leaves(nodes)) {
          expect(start).toBe(at);
          at = end;
        }
        expect(at).toBe(length);
      }),
      { seed: 42 },
    );
  });

  it("SourceText(text, facts) marks each fact with its id and shows markup in the article as text", () => {
    const document = createServerDocument();
    const text = "Hackers stole $5 million <script>window.__pwned=1</script><b>bold</b> in March.";
    const fact = {
      id: "money-x-14-24",
      kind: "money",
      start: 14,
      end: 24,
      value: 5e6,
      high: null,
      unit: "USD",
    } as Fact;
    const element = SourceText(text, [fact], { document });
    expect(element.textContent).toBe(text);
    expect(element.querySelector("script")).toBeNull();
    expect(element.querySelector("b")).toBeNull();
    const mark = element.querySelector("mark");
    expect(mark?.getAttribute("id")).toBe("money-x-14-24");
    expect(mark?.getAttribute("class")).toBe("fact fact--money");
    expect(mark?.textContent).toBe("$5 million");
    expect(mark?.getAttribute("title")).toBe("money: $5 million");
  });
});
