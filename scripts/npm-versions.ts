// Framework's client refers lazily to libraries a page may use through implicit globals (`import("npm:d3")`
// and the like). On a cold cache the build asks the npm registry for each one's latest version, only to
// write those paths into client.js. No page here uses them (pages import from node_modules), so fixing the
// versions in Framework's cache makes the build offline and its output the same from day to day.
import { mkdirSync } from "node:fs";
import { join } from "node:path";

/** The libraries Framework 1.13.4's client names, at the versions the registry reported on 2026-11-24. */
export const PINNED_NPM_VERSIONS: Record<string, string> = {
  "@observablehq/plot": "0.6.17",
  "@observablehq/sample-datasets": "1.0.1",
  "apache-arrow": "21.2.0",
  arquero: "8.0.3",
  d3: "7.9.2",
  "d3-dsv": "3.0.2",
  echarts: "6.1.0",
  htl: "1.0.0",
  leaflet: "1.9.4",
  lodash: "4.18.1",
  "mapbox-gl": "3.32.0",
  "parquet-wasm": "0.8.0",
  react: "19.3.1",
  "react-dom": "19.3.1",
  "topojson-client": "3.1.0",
};

/** Framework's version cache is the set of folders `_npm/<name>@<version>` in its cache: create them under `root`. */
export function pinNpmVersions(root: string, versions: Record<string, string> = PINNED_NPM_VERSIONS): void {
  const npmCache = join(root, "src", ".observablehq", "cache", "_npm");
  for (const [name, version] of Object.entries(versions))
    mkdirSync(join(npmCache, `${name}@${version}`), { recursive: true });
}
