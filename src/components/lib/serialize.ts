// One serializer for browser and server DOMs: escapes every attribute and text node itself (linkedom leaves "<"
// in attribute values, which is invalid XML), so exported SVG parses everywhere and two renders are byte-identical.

const SVG_NS = "http://www.w3.org/2000/svg";
const VOID_HTML = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "wbr",
]);
const RAW_TEXT_HTML = new Set(["style", "script"]);

function escapeText(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, "&quot;");
}

function nameOf(element: Element): string {
  return element.localName || element.tagName.toLowerCase();
}

function write(node: Node, inSvg: boolean, rawText: boolean, out: string[]): void {
  if (node.nodeType === 3) {
    const value = node.textContent ?? "";
    out.push(rawText ? value : escapeText(value));
    return;
  }
  if (node.nodeType !== 1) return; // comments and processing instructions carry nothing a reader needs
  const element = node as Element;
  const name = nameOf(element);
  const svg = inSvg || name === "svg";
  out.push(`<${name}`);
  for (const attribute of Array.from(element.attributes)) {
    out.push(` ${attribute.name}="${escapeAttribute(attribute.value)}"`);
  }
  const children = Array.from(element.childNodes);
  if (children.length === 0 && (svg || VOID_HTML.has(name))) {
    out.push(svg ? "/>" : ">");
    return;
  }
  out.push(">");
  const raw = !svg && RAW_TEXT_HTML.has(name);
  for (const child of children) write(child, svg, raw, out);
  out.push(`</${name}>`);
}

/** Markup of an element and its subtree: XML rules inside <svg>, HTML rules outside. */
export function serialize(node: Node): string {
  const out: string[] = [];
  write(node, false, false, out);
  return out.join("");
}

/** The figure's <svg> (the element itself when it is one), or null for HTML-only figures. */
export function svgOf(element: Element): SVGSVGElement | null {
  if (nameOf(element) === "svg") return element as SVGSVGElement;
  return element.querySelector("svg");
}

/** A standalone SVG file's text for a rendered figure: the XML namespace set, no HTML around it. */
export function toSvgString(element: Element): string {
  const svg = svgOf(element);
  if (!svg) throw new TypeError(`not an SVG figure: <${nameOf(element)}>`);
  if (!svg.getAttribute("xmlns")) svg.setAttribute("xmlns", SVG_NS);
  return serialize(svg);
}
