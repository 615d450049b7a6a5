import type { EventRule } from "../rule.ts";
import { countryOf } from "../actor-helpers.ts";
import { isMonthOrWeekday } from "../../mentions/dates/lexicon.ts";

// The place follows "in" or "at" ("in Singapore", "at the US embassy in Indonesia") or names a capital ("Vietnam’s capital, Hanoi").
const PLACE_LEAD = /\b(?:in|at)\s+(?:the\s+)?$|capital,?\s+$/i;
// A capitalized name after "in" that the gazetteer does not know: a city such as Vladivostok.
const NAMED_PLACE = /\b(?:in|at)\s+((?:[A-Z][a-z]+)(?:[ -][A-Z][a-z]+)?)\b/g;
// "in March", "in Its": a date or a determiner, not a place.
const NOT_PLACE_WORDS = new Set(["The", "This", "That", "Its", "His", "Her", "Their", "Our"]);
const isNotPlace = (word: string) => NOT_PLACE_WORDS.has(word) || isMonthOrWeekday(word);
const KIND = /\b(summit|symposium|talks|negotiations|conference|forum|meeting|visit)\b/i;
const LEAD_WINDOW = 12;
const PLACE_COUNTRY = /^,\s*$/;

export const meetingRule: EventRule = {
  type: "meeting",
  trigger: /\b(?:summits?|met|meets?|meetings?|talks|symposium|conference|negotiations|visit(?:ed)?)\b/gi,
  claims: () => false,
  requiresClaim: false,
  needsDate: true,
  build({ text, clause, actors, hypothetical, date }) {
    if (hypothetical || !date) return null;
    const clauseText = text.slice(clause.start, clause.end);
    const known = actors.filter(
      (a) =>
        a.kind === "country" && PLACE_LEAD.test(text.slice(Math.max(clause.start, a.start - LEAD_WINDOW), a.start)),
    );
    const knownPlace = known.at(-1);
    let place = knownPlace ? text.slice(knownPlace.start, knownPlace.end) : null;
    let placeStart = knownPlace?.start ?? -1;
    NAMED_PLACE.lastIndex = 0;
    for (let m = NAMED_PLACE.exec(clauseText); m; m = NAMED_PLACE.exec(clauseText)) {
      const at = clause.start + m.index + m[0].length - m[1].length;
      const isActor = actors.some((a) => a.start <= at && at < a.end);
      if (!isActor && !isNotPlace(m[1].split(/[ -]/)[0]) && at > placeStart) {
        place = m[1];
        placeStart = at;
      }
    }
    // "in Vladivostok, Russia": the country after the place says where it is; it did not take part.
    const placeEnd = place === null ? -1 : placeStart + place.length;
    const placeCountry = actors.find(
      (a) => a.kind === "country" && a.start > placeEnd && PLACE_COUNTRY.test(text.slice(placeEnd, a.start)),
    );
    const places = new Set([...known, placeCountry]);
    const participants = [
      ...new Set(
        actors
          .filter((a) => !places.has(a) && (a.kind === "person" || a.kind === "country") && a.start !== placeStart)
          .map((a) => a.value),
      ),
    ];
    if (!place && participants.length === 0) return null;
    const details: Record<string, string> = { kind: (KIND.exec(clauseText)?.[1] ?? "meeting").toLowerCase() };
    if (place) details.place = place;
    const host = knownPlace ? countryOf(knownPlace) : (placeCountry?.value ?? null);
    if (host && host !== place) details.country = host;
    return {
      actor: null,
      targets: null,
      targetNames: [],
      amount: null,
      equivalents: [],
      count: null,
      details,
      participants,
    };
  },
};
