import type { EventRule } from "../rule.ts";
import { countryOf } from "../actor-helpers.ts";

// The place a meeting was held: "in Singapore", "at the US embassy in Indonesia", "in Vietnam’s capital, Hanoi".
const PLACE_PREPOSITION = /\b(?:in|at)\s+(?:the\s+)?$/i;
const KIND = /\b(summit|symposium|talks|negotiations|conference|forum|meeting|visit)\b/i;

export const meetingRule: EventRule = {
  type: "meeting",
  trigger: /\b(?:summits?|met|meets?|meetings?|talks|symposium|conference|negotiations|visit(?:ed)?)\b/gi,
  claims: () => false,
  requiresClaim: false,
  needsDate: true,
  build({ text, clause, actors, hypothetical, date }) {
    if (hypothetical || !date) return null;
    const clauseText = text.slice(clause.start, clause.end);
    const places = actors.filter(
      (a) => (a.kind === "country" || a.category === "place" || a.category === "city") &&
        PLACE_PREPOSITION.test(text.slice(Math.max(clause.start, a.start - 12), a.start)),
    );
    const place = places.at(-1);
    const participants = [
      ...new Set(
        actors
          .filter((a) => a !== place && (a.kind === "person" || a.kind === "country"))
          .map((a) => a.value),
      ),
    ];
    if (!place && participants.length === 0) return null;
    const details: Record<string, string> = { kind: (KIND.exec(clauseText)?.[1] ?? "meeting").toLowerCase() };
    if (place) details.place = place.value;
    const host = place ? countryOf(place) : null;
    if (host && host !== place?.value) details.country = host;
    return { actor: null, targets: null, targetNames: [], amount: null, equivalents: [], count: null, details, participants };
  },
};
