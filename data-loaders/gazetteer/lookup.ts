import type { GazetteerEntry } from "./entry.ts";
import { aliasIndex, countryEntries, resolveGeneric } from "./lexicon.ts";
import { matchGazetteer } from "./match.ts";
import { caseFits, nameKey, upperFlags } from "./normalize.ts";

function direct(name: string): GazetteerEntry | null | undefined {
  const targets = aliasIndex.get(nameKey(name));
  if (!targets) return undefined;
  const flags = upperFlags(name);
  const target = targets.find((t) => caseFits(flags, t.upper));
  if (!target) return undefined;
  if (target.form === "none") return null;
  if (target.form === "generic" && target.generic) return resolveGeneric(target.generic, null);
  return target.entry;
}

// "Japanese Foreign Ministry", "US Treasury": a country word, then an office.
function countryThenOffice(name: string): GazetteerEntry | null {
  const country = matchGazetteer(name, 0);
  const entry = country?.target.entry;
  if (!country || !entry || entry.kind !== "country") return null;
  const rest = name.slice(country.end).trim();
  if (!rest) return null;
  const office = matchGazetteer(rest, 0, (t) => t.form === "generic" || t.entry?.kind === "organization");
  if (!office || office.end !== rest.length) return null;
  if (office.target.generic) return resolveGeneric(office.target.generic, entry.name);
  const org = office.target.entry;
  return org && (org.country === null || org.country === entry.name) ? org : null;
}

/**
 * The gazetteer's canonical entry for a name or alias, or null. Case matters where the alias has capitals ("US",
 * not "us"); spacing, hyphens and accents do not.
 * @example
 * lookupActor("Kim Yeo-jeong")?.name // "Kim Yo Jong"
 * lookupActor("Hidden Cobra")?.category // "hacking group"
 */
export function lookupActor(name: string): GazetteerEntry | null {
  const trimmed = name.trim();
  if (!trimmed) return null;
  const found = direct(trimmed);
  if (found !== undefined) return found;
  const withoutThe = trimmed.replace(/^the\s+/i, "");
  if (withoutThe !== trimmed) {
    const again = direct(withoutThe);
    if (again !== undefined) return again;
  }
  return countryThenOffice(withoutThe);
}

/** The gazetteer entry of a country by its canonical name. */
export function countryByName(name: string): GazetteerEntry | null {
  return countryEntries.get(name) ?? null;
}
