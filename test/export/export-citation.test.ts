import { describe, expect, it } from "vitest";
import { citationLine, docsOfRows } from "../../src/components/lib/export-citation.ts";
import { loadCorpus } from "../components/fixture.ts";

describe("citationLine(title, rows, source)", () => {
  const corpus = loadCorpus();
  const [first] = corpus.documents;

  it("citationLine names the figure, each article with its publisher and date, the as-of day and the URL", () => {
    const rows = [{ doc: first.doc, quote: "q" }];
    const line = citationLine("Crypto theft.", rows, { data: corpus, url: "https://example.org/lab?figure=x" });
    expect(line.startsWith("Crypto theft. Sources: “")).toBe(true);
    expect(line).toContain(`“${first.title}” (${first.publisher}, `);
    expect(line).toMatch(/\. As of \d{1,2} [A-Z][a-z]{2} \d{4}\. https:\/\/example\.org\/lab\?figure=x$/);
  });

  it("citationLine says so when a figure has no articles or dates", () => {
    expect(citationLine("Empty", [], { data: null, url: "" })).toBe(
      "Empty. Sources: no articles. As of an unknown date.",
    );
  });

  it("docsOfRows(rows) lists each doc once, in order, skipping empty ones", () => {
    expect(
      docsOfRows([
        { doc: "b", quote: "" },
        { doc: "", quote: "" },
        { doc: "a", quote: "" },
        { doc: "b", quote: "" },
      ]),
    ).toEqual(["b", "a"]);
  });
});
