import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCsv } from "../../src/components/lib/export-csv.ts";
import type { FigureRow } from "../../src/components/lib/rows.ts";

// A strict RFC 4180 reader, the reference the writer is checked against.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  if (field || row.length) throw new Error("no final CRLF");
  return rows;
}

describe("toCsv(rows)", () => {
  it("toCsv(rows) writes a header with doc and quote last, then one line per row", () => {
    const rows: FigureRow[] = [{ quote: "q", doc: "a.txt", value: 3, unit: "USD" }];
    expect(toCsv(rows)).toBe("value,unit,doc,quote\r\n3,USD,a.txt,q\r\n");
  });

  it("toCsv(rows) quotes commas, double quotes, line breaks and edge spaces, and leaves nulls empty", () => {
    const rows: FigureRow[] = [{ note: ' say "hi", then\nleave', value: null, doc: "d", quote: "x,y" }];
    expect(toCsv(rows)).toBe('note,value,doc,quote\r\n" say ""hi"", then\nleave",,d,"x,y"\r\n');
  });

  it("toCsv([]) still names the source columns", () => {
    expect(toCsv([])).toBe("doc,quote\r\n");
  });

  it("toCsv(rows) reads back to the same cells for any text", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ doc: fc.string(), quote: fc.string(), label: fc.string() })), (rows) => {
        const parsed = parseCsv(toCsv(rows));
        expect(parsed[0]).toEqual(["label", "doc", "quote"].filter((c) => (rows.length === 0 ? c !== "label" : true)));
        expect(parsed.slice(1)).toEqual(rows.map((r) => [r.label, r.doc, r.quote]));
      }),
      { seed: 42 },
    );
  });
});
