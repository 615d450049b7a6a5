export type { GazetteerEntry, AliasTarget, AliasForm } from "./entry.ts";
export { lookupActor, countryByName } from "./lookup.ts";
export { matchGazetteer, type GazetteerMatch } from "./match.ts";
export { resolveGeneric, adjectiveOf, entriesByName } from "./lexicon.ts";
export { nameKey } from "./normalize.ts";
