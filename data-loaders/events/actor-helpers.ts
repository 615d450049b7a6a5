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

// Between two actors of one list: ", ", " and ", ", and ", " as well as ", and "’s " (an office of the country before).
const LIST_JOINT = /^(?:\s*,\s*(?:and\s+)?|\s+(?:and|as\s+well\s+as)\s+|['’]s\s+)(?:the\s+)?$/i;
const MAX_JOINT = 16;

function joined(text: string, a: ActorFact, b: ActorFact): boolean {
  return b.start - a.end <= MAX_JOINT && LIST_JOINT.test(text.slice(a.end, b.start));
}

/** The actors listed together with `actors[index]` ("the United States, Japan and South Korea"), in text order. */
export function listedWith(text: string, actors: readonly ActorFact[], index: number): ActorFact[] {
  let first = index;
  let last = index;
  while (first > 0 && joined(text, actors[first - 1], actors[first])) first--;
  while (last < actors.length - 1 && joined(text, actors[last], actors[last + 1])) last++;
  return actors.slice(first, last + 1);
}
