// The rows behind a figure: what its data table shows and what the slide export writes as CSV.

/** One row of a figure's data; `doc` and `quote` say where each value comes from. */
export interface FigureRow {
  [column: string]: string | number | null;
  doc: string;
  quote: string;
}

/** Column names in order of first appearance, with `doc` and `quote` moved to the end. */
export function columnsOf(rows: readonly FigureRow[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  const provenance = ["doc", "quote"].filter((c) => seen.has(c));
  return [...[...seen].filter((c) => !provenance.includes(c)), ...provenance];
}
