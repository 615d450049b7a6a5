// Observable Framework configuration: https://observablehq.com/framework/config
// The site is self-contained: no web-font host, no CDN. Pages import libraries from node_modules
// (Framework serves them under /_node/); an `npm:` import or an implicit global (Plot, d3, Inputs, html)
// makes the build fetch from a CDN, which fails offline.

/** One entry of the sidebar; the order here is the reading order of the notebook. */
export interface PageEntry {
  name: string;
  path: string;
}

export const pages: PageEntry[] = [
  { name: "Overview", path: "/" },
  { name: "Theft vs. missiles", path: "/theft-vs-missiles" },
  { name: "Sanctions", path: "/sanctions" },
  { name: "Timeline", path: "/timeline" },
  { name: "2022 in focus", path: "/2022" },
  { name: "Voices", path: "/voices" },
  { name: "Sources", path: "/sources" },
  { name: "Method", path: "/method" },
  { name: "Figure lab", path: "/figure-lab" },
];

export default {
  root: "src",
  title: "North Korea: sanctions, stolen crypto and missiles",
  pages,
  // Light and dark themes that follow the reader's system setting, plus the bundled Inter font.
  style: "style.css",
  // The default adds a stylesheet from a web-font host.
  globalStylesheets: [],
  footer: 'Figures are computed from the articles listed under <a href="/sources">Sources</a>.',
  search: false,
  // Clean URLs (/sanctions, not /sanctions.html): scripts/serve-dist.ts serves them as static hosts do.
  preserveExtension: false,
  preserveIndex: false,
};
