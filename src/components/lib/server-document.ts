// A DOM for rendering figures outside a browser (vitest, the slide export): linkedom is 3–5 ms per chart.
import { parseHTML } from "linkedom";

/** A fresh, empty HTML document to pass as `{document}` to any figure or to `Plot.plot`. */
export function createServerDocument(): Document {
  const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  return document as unknown as Document;
}
