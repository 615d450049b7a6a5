// The accessible twin of every chart: a <details> holding the rows as a real <table>.
import { formatNumber } from "./format.js";
import { columnsOf, type FigureRow } from "./rows.js";

function cellText(value: string | number | null | undefined): string {
  if (typeof value === "number") return formatNumber(value);
  return value == null ? "" : String(value);
}

/** <details><summary>…</summary><table>…</table></details>; all cell text set with textContent. */
export function dataTable(document: Document, rows: readonly FigureRow[], caption: string): HTMLDetailsElement {
  const details = document.createElement("details");
  details.setAttribute("class", "nk-data-table");
  const summary = document.createElement("summary");
  summary.textContent = `Data table (${rows.length} ${rows.length === 1 ? "row" : "rows"})`;
  details.append(summary);
  // Scrolls sideways inside the card rather than stretching the page; the quote column gets room to read.
  const wrapper = document.createElement("div");
  wrapper.setAttribute("style", "overflow-x: auto; max-height: 24em; overflow-y: auto;");
  const table = document.createElement("table");
  table.setAttribute("style", "font-size: 12px; border-collapse: collapse;");
  const tableCaption = document.createElement("caption");
  tableCaption.textContent = caption;
  table.append(tableCaption);
  const columns = columnsOf(rows);
  const head = document.createElement("thead");
  const headRow = document.createElement("tr");
  for (const column of columns) {
    const th = document.createElement("th");
    th.setAttribute("scope", "col");
    th.textContent = column;
    headRow.append(th);
  }
  head.append(headRow);
  const body = document.createElement("tbody");
  for (const row of rows) {
    const tr = document.createElement("tr");
    for (const column of columns) {
      const td = document.createElement("td");
      td.setAttribute("style", column === "quote" ? "vertical-align: top; min-width: 24em;" : "vertical-align: top;");
      td.textContent = cellText(row[column]);
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(head, body);
  wrapper.append(table);
  details.append(wrapper);
  return details;
}
