// Built once at module load: every alias key → what it names, and the keys as a trie (see trie.ts), so a scan can
// extend a match word by word and stop as soon as no alias can continue.
import type { AliasForm, AliasTarget, GazetteerEntry } from "./entry.ts";
import { countries, demonymPlural } from "./countries.ts";
import { people } from "./people.ts";
import { genericOrganizations, organizations, type GenericOrganization } from "./organizations.ts";
import { nonActors } from "./non-actors.ts";
import { koreanVariants } from "./romanization.ts";
import { nameKey, requiredUpper } from "./normalize.ts";
import { buildAliasTrie, type AliasTrie } from "./trie.ts";

const SURNAME_FIRST_COUNTRIES = new Set(["North Korea", "South Korea", "China"]);
const KOREAN_COUNTRIES = new Set(["North Korea", "South Korea"]);

export const aliasIndex = new Map<string, AliasTarget[]>();
export const entriesByName = new Map<string, GazetteerEntry>();

function addAlias(alias: string, target: Omit<AliasTarget, "upper">, upper = requiredUpper(alias)): void {
  const key = nameKey(alias);
  if (!key) return;
  const targets = aliasIndex.get(key);
  // One literal for every target, so that all share one shape and the scanner's property reads stay monomorphic.
  const full: AliasTarget = { form: target.form, entry: target.entry, generic: target.generic, upper };
  if (targets) {
    // The same entry under the same key needs only the laxest case signature.
    const same = targets.find((t) => t.entry === full.entry && t.generic === full.generic && t.form === full.form);
    if (same) {
      if (full.upper.length < same.upper.length) same.upper = full.upper;
      return;
    }
    targets.push(full);
  } else {
    aliasIndex.set(key, [full]);
  }
}

function register(entry: GazetteerEntry): void {
  if (!entriesByName.has(entry.name)) entriesByName.set(entry.name, entry);
}

function addEntry(entry: GazetteerEntry, form: AliasForm, names: string[]): void {
  for (const name of names) addAlias(name, { form, entry, generic: null });
}

// People first: a person's full name wins over a place sharing its key.
const personEntries: GazetteerEntry[] = people.map((p) => ({
  kind: "person",
  name: p.name,
  category: null,
  country: p.country,
  role: p.role,
  aliases: p.aliases,
  surnameFirst: p.country !== null && SURNAME_FIRST_COUNTRIES.has(p.country) && p.name.includes(" "),
}));
for (const entry of personEntries) {
  register(entry);
  addEntry(entry, "name", [entry.name, ...entry.aliases.filter((a) => /[\s.]/.test(a))]);
  addEntry(
    entry,
    "bare",
    entry.aliases.filter((a) => !/[\s.]/.test(a)),
  );
}
// Generated romanizations only where no listed name already holds the key.
for (const entry of personEntries) {
  if (!entry.surnameFirst || !entry.country || !KOREAN_COUNTRIES.has(entry.country)) continue;
  for (const variant of koreanVariants(entry.name)) {
    const taken = aliasIndex.get(nameKey(variant));
    if (taken && taken.some((t) => t.entry !== entry)) continue;
    addAlias(variant, { form: "name", entry, generic: null });
  }
}

for (const o of organizations) {
  const entry: GazetteerEntry = {
    kind: "organization",
    name: o.name,
    category: o.category,
    country: o.country,
    role: null,
    aliases: o.aliases,
    surnameFirst: false,
  };
  register(entry);
  addEntry(entry, "name", [o.name, ...o.aliases]);
}

for (const g of genericOrganizations) {
  for (const alias of g.aliases) addAlias(alias, { form: "generic", entry: null, generic: g });
}

export const countryEntries = new Map<string, GazetteerEntry>();
const adjectives = new Map<string, string>();
for (const c of countries) {
  const entry: GazetteerEntry = {
    kind: "country",
    name: c.name,
    category: null,
    country: c.name,
    role: null,
    aliases: [...c.aliases, ...c.demonyms, ...c.capitals],
    surnameFirst: false,
  };
  register(entry);
  countryEntries.set(c.name, entry);
  adjectives.set(c.name, c.name === "United States" ? "US" : (c.demonyms[0] ?? c.name));
  addEntry(entry, "name", [c.name, ...c.aliases]);
  const plurals = c.demonyms.map(demonymPlural).filter((d): d is string => d !== null);
  addEntry(entry, "demonym", [...c.demonyms, ...plurals]);
  addEntry(entry, "capital", c.capitals);
}

// Places and events: only the first letter must be upper-case ("Korean peninsula").
for (const phrase of nonActors) addAlias(phrase, { form: "none", entry: null, generic: null }, [0]);

/** Every alias key as a path of letters, so a scan walks the text without building strings. */
export const aliasTrie: AliasTrie = buildAliasTrie(aliasIndex);

/** "Japanese" for Japan, "US" for the United States: the word that turns an office into a country's own. */
export function adjectiveOf(country: string): string {
  return adjectives.get(country) ?? country;
}

const genericCache = new Map<string, GazetteerEntry>();

/**
 * The office a generic name stands for in a country: its known name ("US Department of State") or the generic
 * name with the country's adjective ("Japanese Ministry of Foreign Affairs").
 */
export function resolveGeneric(generic: GenericOrganization, country: string | null): GazetteerEntry {
  const where = country ?? generic.fallback ?? null;
  const cacheKey = `${generic.name}\u0000${where ?? ""}`;
  const cached = genericCache.get(cacheKey);
  if (cached) return cached;
  const named = where ? generic.named[where] : undefined;
  const entry: GazetteerEntry = (named && entriesByName.get(named)) || {
    kind: "organization",
    name: where ? `${adjectiveOf(where)} ${generic.name}` : generic.name,
    category: generic.category,
    country: where,
    role: null,
    aliases: generic.aliases,
    surnameFirst: false,
  };
  genericCache.set(cacheKey, entry);
  return entry;
}
