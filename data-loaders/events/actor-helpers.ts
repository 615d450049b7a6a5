import type { ActorFact, Fact } from "../types.ts";

export function isActor(fact: Fact): fact is ActorFact {
  return fact.kind === "person" || fact.kind === "organization" || fact.kind === "country";
}

/** The country an actor stands for: a country itself, or the country an agency or person belongs to. */
export function countryOf(actor: ActorFact): string | null {
  return actor.kind === "country" ? actor.value : actor.country;
}

const TARGET_COUNTRY = "North Korea";

/** Actors that act on North Korea rather than for it (sanctioning authorities, partners). */
export function isForeign(actor: ActorFact): boolean {
  return countryOf(actor) !== TARGET_COUNTRY && actor.value !== TARGET_COUNTRY;
}

/** The last two distinct countries the text joined with "and" before a phrase such as "both countries". */
export function lastCountryPair(before: readonly Fact[], text: string): [string, string] | null {
  const countries = before.filter((f): f is ActorFact => f.kind === "country");
  for (let i = countries.length - 1; i > 0; i--) {
    const a = countries[i - 1];
    const b = countries[i];
    const between = text.slice(a.end, b.start);
    if (a.value !== b.value && /^\s*(?:and|,)\s*$/.test(between)) return [a.value, b.value];
  }
  return null;
}

/** The nearest country named before a clause ("it withdrew" → North Korea). */
export function lastCountry(before: readonly Fact[]): string | null {
  for (let i = before.length - 1; i >= 0; i--) {
    const f = before[i];
    if (isActor(f)) {
      const country = countryOf(f);
      if (country) return country;
    }
  }
  return null;
}
