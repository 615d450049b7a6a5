import { fileURLToPath } from "node:url";
import { isMain } from "./corpus.ts";
import { loadCatalog } from "../../data-loaders/catalog/load-catalog.ts";

const CATALOG = fileURLToPath(new URL("../../seeds/catalog.json", import.meta.url));

/** The curator's catalog (publisher, url, date and how the date was established), for the Sources page. */
export function load(): string {
  return JSON.stringify([...loadCatalog(CATALOG).values()]);
}

if (isMain(import.meta.url)) process.stdout.write(load());
