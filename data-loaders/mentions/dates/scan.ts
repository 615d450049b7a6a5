// One pass of a cheap gate regex over the text; the recognizers run only where it finds a trigger word.
import type { DateDraft } from "../../types.ts";
import type { CalendarDay } from "./calendar.ts";
import { fromDigits } from "./absolute.ts";
import type { Scan } from "./draft.ts";
import { fromMonthName } from "./month-first.ts";
import { fromPartOfYear } from "./periods.ts";
import { fromRecentPeriod } from "./recent-periods.ts";
import { fromCalendarUnit, fromDeicticDay, fromWeekday } from "./relative.ts";
import { LeadGate, type GateWords } from "../../gate/lead-gate.ts";

/**
 * Every date starts at, or looks back from, one of these triggers: a run of digits, the first three letters of
 * a capitalized month or weekday, a day word, or a calendar unit (plural for "the past five years").
 */
const DATE_WORDS =
  "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|[Yy]esterday|[Tt]o(?:day|night|morrow)|" +
  "years?\\b|months?\\b|weeks?\\b|decades?\\b|half\\b|quarter\\b";
export const DATE_GATE_WORDS: GateWords = { words: DATE_WORDS, digits: true };
const OWN_GATE = new LeadGate([DATE_GATE_WORDS]);
// At a place the gate found: the trigger itself, in its case.
const DATE_WORD_AT = new RegExp(`(?:${DATE_WORDS})`, "y");
const DIGITS_AT = /\d+/y;

type Recognizer = (scan: Scan, at: number, trigger: string) => DateDraft | null;

const RECOGNIZERS: Readonly<Record<string, Recognizer>> = {
  ...Object.fromEntries(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map((t) => [t, fromMonthName]),
  ),
  ...Object.fromEntries(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].map((t) => [t, fromWeekday])),
  ...Object.fromEntries(
    ["yesterday", "Yesterday", "today", "Today", "tonight", "Tonight", "tomorrow", "Tomorrow"].map((t) => [
      t,
      fromDeicticDay,
    ]),
  ),
  year: fromCalendarUnit,
  month: fromCalendarUnit,
  week: fromCalendarUnit,
  years: fromRecentPeriod,
  months: fromRecentPeriod,
  weeks: fromRecentPeriod,
  decade: fromRecentPeriod,
  decades: fromRecentPeriod,
  half: fromPartOfYear,
  quarter: fromPartOfYear,
};

/** Adds `draft` unless it overlaps the last one kept; a draft that contains the last one replaces it. */
function keep(drafts: DateDraft[], draft: DateDraft): boolean {
  const last = drafts[drafts.length - 1];
  if (!last || draft.start >= last.end) {
    drafts.push(draft);
    return true;
  }
  if (draft.start <= last.start && draft.end >= last.end) {
    drafts[drafts.length - 1] = draft;
    return true;
  }
  return false;
}

/**
 * The dates in `text`, in order and without overlaps. `starts` are the places a gate holding `DATE_GATE_WORDS` found
 * (by default the scanner's own gate).
 */
export function scanDates(
  text: string,
  documentDate: CalendarDay | null,
  starts: readonly number[] = OWN_GATE.scan(text)[0],
): DateDraft[] {
  const scan: Scan = { text, documentDate, previousEnd: -1 };
  const drafts: DateDraft[] = [];
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    const code = text.charCodeAt(at);
    const digits = code >= 0x30 && code <= 0x39;
    const trigger = digits ? DIGITS_AT : DATE_WORD_AT;
    trigger.lastIndex = at;
    const m = trigger.exec(text);
    if (m === null) continue;
    from = trigger.lastIndex;
    const draft = (digits ? fromDigits : RECOGNIZERS[m[0]])(scan, at, m[0]);
    if (!draft || !keep(drafts, draft)) continue;
    scan.previousEnd = draft.end;
    if (draft.end > from) from = draft.end;
  }
  return drafts;
}
