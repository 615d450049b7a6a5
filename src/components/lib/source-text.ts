// An article's full text with the extracted facts marked in it. Facts nest (a quotation holds the names in it)
// and can overlap; every fact gets exactly one element whose id is the fact id, so `sources#<fact id>` lands on
// it. The text is only ever set with textContent: an article containing markup shows it literally.
import type { Fact } from "../../../data-loaders/types.ts";
import { text } from "./corpus.js";
import { formatQuantity, formatDate } from "./format.js";

export interface MarkSpan {
  id: string;
  kind: string;
  start: number;
  end: number;
}

/** A run of text: plain (`span` null) or a marked fact holding its own runs. */
export interface TextNode {
  start: number;
  end: number;
  span: MarkSpan | null;
  children: TextNode[];
}

function usable(span: MarkSpan, length: number): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end <= length &&
    span.end > span.start
  );
}

/**
 * The runs of `[0, length)`: spans nest where one contains another; a span that crosses the end of an
 * enclosing one is cut there (the element with its id keeps the start, so a link still lands on it).
 * Spans outside the text, empty or with the same id as an earlier one are dropped.
 */
export function nestSpans(length: number, spans: readonly MarkSpan[]): TextNode[] {
  const seen = new Set<string>();
  const sorted = spans
    .filter((s) => s && usable(s, length) && !seen.has(s.id) && seen.add(s.id))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
  const root: TextNode = { start: 0, end: length, span: null, children: [] };
  const stack: TextNode[] = [root];
  for (const span of sorted) {
    while (stack.length > 1 && stack[stack.length - 1].end <= span.start) stack.pop();
    const parent = stack[stack.length - 1];
    const node: TextNode = { start: span.start, end: Math.min(span.end, parent.end), span, children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  return fill(root).children;
}

// Adds the plain runs between marked children, recursively.
function fill(node: TextNode): TextNode {
  const children: TextNode[] = [];
  let at = node.start;
  for (const child of node.children) {
    if (child.start > at) children.push({ start: at, end: child.start, span: null, children: [] });
    children.push(fill(child));
    at = child.end;
  }
  if (at < node.end && (node.children.length || node.span === null))
    children.push({ start: at, end: node.end, span: null, children: [] });
  return { ...node, children };
}

/** What a fact is, in words, for its hover text: "money: $5 million", "person: Jane Doe (minister, Japan)". */
export function factLabel(fact: Fact): string {
  switch (fact.kind) {
    case "money":
    case "count":
      return `${fact.kind}: ${formatQuantity({ value: fact.value, high: fact.high, unit: fact.unit, qualifier: fact.qualifier })}`;
    case "date":
      return `date: ${formatDate(fact.date, "long")}${fact.resolution ? ` (${fact.resolution})` : ""}`;
    case "quote":
      return `quote${fact.speaker ? ` by ${fact.speaker}` : ", speaker not attributed"}`;
    default: {
      const details = [text(fact.role), text(fact.country), text(fact.category)].filter(Boolean);
      return `${fact.kind}: ${fact.value}${details.length ? ` (${details.join(", ")})` : ""}`;
    }
  }
}

export interface SourceTextOptions {
  document?: Document;
}

/** `<div class="source-text">` with each fact as `<mark class="fact fact--<kind>" id="<fact id>">`. */
export function SourceText(fullText: string, facts: readonly Fact[], options: SourceTextOptions = {}): HTMLElement {
  const document = options.document ?? window.document;
  const body = typeof fullText === "string" ? fullText : "";
  const byId = new Map(facts.map((f) => [f.id, f]));
  const spans = facts.map((f) => ({ id: f.id, kind: f.kind, start: f.start, end: f.end }));
  const container = document.createElement("div");
  container.setAttribute("class", "source-text");
  const render = (nodes: TextNode[], parent: Element) => {
    for (const node of nodes) {
      if (!node.span) {
        parent.append(document.createTextNode(body.slice(node.start, node.end)));
        continue;
      }
      const mark = document.createElement("mark");
      mark.setAttribute("class", `fact fact--${node.span.kind.replace(/[^a-z-]/g, "")}`);
      mark.setAttribute("id", node.span.id);
      const fact = byId.get(node.span.id);
      if (fact) mark.setAttribute("title", factLabel(fact));
      if (node.children.length) render(node.children, mark);
      else mark.textContent = body.slice(node.start, node.end);
      parent.append(mark);
    }
  };
  render(nestSpans(body.length, spans), container);
  return container;
}
