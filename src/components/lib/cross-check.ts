// Events reported by more than one article, compared: the same theft, launch, designation, meeting or treaty
// step told twice should agree on its date and its numbers. Agreements corroborate; disagreements are listed.
import type { EventRecord } from "../../../data-loaders/types.ts";
import { text } from "./corpus.js";
import { spanOf } from "./dates.js";
import { formatDate, formatQuantity } from "./format.js";

export interface Comparison {
  /** What makes the two reports the same event, in words: "theft by <actor> from <victim>". */
  subject: string;
  a: EventRecord;
  b: EventRecord;
  /** The fields that differ, in words; empty when the reports agree. */
  differences: string[];
}

const lower = (value: unknown) => text(value).trim().toLowerCase();

// Statements and votes are many distinct acts by nature: two quotes are not one event reported twice.
function subjectOf(e: EventRecord): string | null {
  const d = e.details && typeof e.details === "object" ? e.details : {};
  const actor = lower(e.actor);
  switch (e.type) {
    case "theft":
      return actor && d.victim ? `theft by ${e.actor} from ${d.victim}` : null;
    case "missile-launch":
      return actor && d.missile ? `${d.missile} launches by ${e.actor}` : null;
    case "nuclear-test":
      return actor ? `nuclear test by ${e.actor}` : null;
    case "designation":
      return actor ? `${d.status === "proposed" ? "sanctions proposed" : "designation"} by ${e.actor}` : null;
    case "treaty":
      return actor && d.instrument ? `${e.actor} ${d.action ?? "acted on"} the ${d.instrument}` : null;
    case "meeting":
      return d.kind && d.place ? `${d.kind} in ${d.place}` : null;
    default:
      return null;
  }
}

function overlaps(a: EventRecord, b: EventRecord): boolean | null {
  const [sa, sb] = [spanOf(a.date), spanOf(b.date)];
  if (!sa || !sb) return null;
  return sa.start < sb.end && sb.start < sa.end;
}

function quantity(q: EventRecord["amount"] | EventRecord["count"]): string | null {
  if (!q || typeof q.value !== "number") return null;
  return formatQuantity({ value: q.value, high: q.high, unit: q.unit, qualifier: q.qualifier });
}

function sameNumber(x: number | null | undefined, y: number | null | undefined): boolean {
  if (x == null || y == null) return x == y;
  return Math.abs(x - y) <= 0.005 * Math.max(Math.abs(x), Math.abs(y));
}

function differencesOf(a: EventRecord, b: EventRecord): string[] {
  const out: string[] = [];
  if (overlaps(a, b) === false) out.push(`date: ${formatDate(a.date)} against ${formatDate(b.date)}`);
  for (const field of ["amount", "count"] as const) {
    const [qa, qb] = [a[field], b[field]];
    if (!qa || !qb) continue;
    if (qa.unit !== qb.unit || !sameNumber(qa.value, qb.value) || !sameNumber(qa.high, qb.high))
      out.push(`${field}: ${quantity(qa)} against ${quantity(qb)}`);
  }
  const targets = (e: EventRecord) =>
    Object.values(e.targets ?? {}).reduce<number>((sum, n) => sum + (typeof n === "number" ? n : 0), 0);
  if (a.type === "designation" && targets(a) && targets(b) && targets(a) !== targets(b))
    out.push(`targets: ${targets(a)} against ${targets(b)}`);
  return out;
}

/**
 * Pairs of events from different documents that report the same subject. Designations by one authority only
 * pair when their dates overlap (an authority designates many times); other subjects pair regardless of date,
 * so a date that differs shows as a disagreement.
 */
export function crossCheck(events: readonly EventRecord[]): Comparison[] {
  const groups = new Map<string, EventRecord[]>();
  for (const e of Array.isArray(events) ? events : []) {
    const subject = e ? subjectOf(e) : null;
    if (subject) groups.set(subject.toLowerCase(), [...(groups.get(subject.toLowerCase()) ?? []), e]);
  }
  const comparisons: Comparison[] = [];
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i], group[j]];
        if (a.doc === b.doc) continue;
        if (a.type === "designation" && overlaps(a, b) !== true) continue;
        comparisons.push({ subject: subjectOf(a) ?? "", a, b, differences: differencesOf(a, b) });
      }
    }
  }
  return comparisons.sort(
    (x, y) =>
      y.differences.length - x.differences.length ||
      x.subject.localeCompare(y.subject) ||
      text(x.a.id).localeCompare(text(y.a.id)),
  );
}
