// How Pyongyang answered: statements by North Korean speakers and media, each sanctions action paired with the
// first such statement on or after its date. The pairing is by time only; whether the article itself links the
// two is shown separately (same document).
import type { EventRecord, Fact } from "../../../data-loaders/types.ts";
import { text } from "./corpus.js";
import { spanOf, type DateSpan } from "./dates.js";

const NORTH_KOREA = "North Korea";
const DAY_MS = 86_400_000;

/** Each person's and organization's country as the articles give it; countries map to themselves. */
export function actorCountries(facts: readonly Fact[]): Map<string, string> {
  const countries = new Map<string, string>();
  for (const f of Array.isArray(facts) ? facts : []) {
    if (f?.kind !== "person" && f?.kind !== "organization" && f?.kind !== "country") continue;
    const name = text(f.value);
    const country = f.kind === "country" ? name : text(f.country);
    if (name && country && !countries.has(name)) countries.set(name, country);
  }
  return countries;
}

/** The speaker of a statement: its actor, else its first participant. */
export function speakerOf(event: EventRecord): string {
  return text(event.actor) || text(Array.isArray(event.participants) ? event.participants[0] : "");
}

/** Statement events whose speaker is North Korean (a North Korean official, the state media, or the state). */
export function northKoreanStatements(events: readonly EventRecord[], countries: Map<string, string>): EventRecord[] {
  return events.filter((e) => e?.type === "statement" && countries.get(speakerOf(e)) === NORTH_KOREA);
}

export interface Response {
  action: EventRecord;
  actionSpan: DateSpan | null;
  /** The first North Korean statement on or after the action's first day, or null. */
  statement: EventRecord | null;
  statementSpan: DateSpan | null;
  /** Days from the action's first day to the statement's first day. */
  days: number | null;
  /**
   * "after": the statement is dated after the action's whole stretch; "same day": both on one day; "same period":
   * the statement falls within the stretch of an action dated only to a month or a year, so the order is not certain.
   */
  order: "after" | "same day" | "same period" | null;
  /** True when one article reports both. */
  sameDocument: boolean;
}

/** Each action (oldest first) with the first North Korean statement dated on or after it. */
export function pairResponses(actions: readonly EventRecord[], statements: readonly EventRecord[]): Response[] {
  const dated = statements
    .map((s) => [s, spanOf(s.date)] as const)
    .filter((p): p is readonly [EventRecord, DateSpan] => p[1] !== null)
    .sort(([a, sa], [b, sb]) => sa.start.getTime() - sb.start.getTime() || text(a.id).localeCompare(text(b.id)));
  const time = (span: DateSpan | null) => span?.start.getTime() ?? Number.POSITIVE_INFINITY;
  return actions
    .map((action) => ({ action, actionSpan: spanOf(action.date) }))
    .sort((a, b) => time(a.actionSpan) - time(b.actionSpan) || text(a.action.id).localeCompare(text(b.action.id)))
    .map(({ action, actionSpan }) => {
      const none = {
        action,
        actionSpan,
        statement: null,
        statementSpan: null,
        days: null,
        order: null,
        sameDocument: false,
      };
      if (!actionSpan) return none;
      const start = actionSpan.start.getTime();
      const next = dated.filter(([, span]) => span.start.getTime() >= start);
      if (!next.length) return none;
      // Among statements on the first day found, one from the same article wins, then one with a quotation,
      // then one the text dates itself (rather than by the article's date).
      const firstDay = next[0][1].start.getTime();
      const sameDay = next.filter(([, span]) => span.start.getTime() === firstDay);
      const rank = ([s]: readonly [EventRecord, DateSpan]) =>
        (s.doc === action.doc ? 0 : 4) + (s.details?.quote ? 0 : 2) + (s.details?.dateBasis === "publication" ? 1 : 0);
      const [statement, statementSpan] = sameDay.reduce((best, p) => (rank(p) < rank(best) ? p : best));
      return {
        action,
        actionSpan,
        statement,
        statementSpan,
        days: Math.round((statementSpan.start.getTime() - start) / DAY_MS),
        order:
          statementSpan.start.getTime() >= actionSpan.end.getTime()
            ? "after"
            : actionSpan.isDay
              ? "same day"
              : "same period",
        sameDocument: statement.doc === action.doc,
      } satisfies Response;
    });
}
