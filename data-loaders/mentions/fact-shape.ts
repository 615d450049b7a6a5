// Every fact draft is built here, with the same fields in the same order; a field its kind lacks stays undefined, which
// JSON leaves out. V8 then gives facts of every kind one hidden class, so the code that walks facts of mixed kinds
// (provenance, events, figures) reads each field at a fixed place instead of looking it up among five shapes: about 6%
// of the pipeline on one core (bench). The provenance fields are here too, for `attachProvenance` to fill in place.
import type {
  ActorDraft,
  ActorKind,
  CountDraft,
  DateDraft,
  DateValue,
  Fact,
  FactKind,
  MoneyDraft,
  Qualifier,
  Span,
} from "../types.ts";
import type { QuoteMention } from "./quotes.ts";

/** Every field of every kind of fact. */
interface Slots {
  kind: FactKind;
  start: number;
  end: number;
  value: number | string;
  high: number | null;
  unit: string | null;
  qualifier: Qualifier | null;
  crypto: boolean | undefined;
  date: DateValue | undefined;
  resolution: string | undefined;
  category: string | null | undefined;
  country: string | null | undefined;
  role: string | null | undefined;
  known: boolean | undefined;
  speaker: string | null | undefined;
  speakerSpan: Span | null | undefined;
  scare: boolean | undefined;
  id: string | undefined;
  doc: string | undefined;
  quote: string | undefined;
  sentence: Fact["sentence"] | undefined;
}

function slots(
  kind: FactKind,
  start: number,
  end: number,
  value: number | string,
  high: number | null,
  unit: string | null,
  qualifier: Qualifier | null,
): Slots {
  return {
    kind,
    start,
    end,
    value,
    high,
    unit,
    qualifier,
    crypto: undefined,
    date: undefined,
    resolution: undefined,
    category: undefined,
    country: undefined,
    role: undefined,
    known: undefined,
    speaker: undefined,
    speakerSpan: undefined,
    scare: undefined,
    id: undefined,
    doc: undefined,
    quote: undefined,
    sentence: undefined,
  };
}

export function moneyDraft(
  start: number,
  end: number,
  value: number,
  high: number | null,
  qualifier: Qualifier | null,
  unit: string,
  crypto: boolean,
): MoneyDraft {
  const draft = slots("money", start, end, value, high, unit, qualifier);
  draft.crypto = crypto;
  return draft as MoneyDraft;
}

export function countDraft(
  start: number,
  end: number,
  value: number,
  high: number | null,
  qualifier: Qualifier | null,
  unit: string,
): CountDraft {
  return slots("count", start, end, value, high, unit, qualifier) as CountDraft;
}

export function datedDraft(start: number, end: number, date: DateValue, resolution: string): DateDraft {
  const draft = slots("date", start, end, date.iso, null, null, null);
  draft.date = date;
  draft.resolution = resolution;
  return draft as DateDraft;
}

export function actorDraft(
  kind: ActorKind,
  start: number,
  end: number,
  value: string,
  category: string | null,
  country: string | null,
  role: string | null,
  known: boolean,
): ActorDraft {
  const draft = slots(kind, start, end, value, null, null, null);
  draft.category = category;
  draft.country = country;
  draft.role = role;
  draft.known = known;
  return draft as ActorDraft;
}

export function quoteDraft(
  start: number,
  end: number,
  value: string,
  speaker: string | null,
  speakerSpan: Span | null,
  scare: boolean,
): QuoteMention {
  const draft = slots("quote", start, end, value, null, null, null);
  draft.speaker = speaker;
  draft.speakerSpan = speakerSpan;
  draft.scare = scare;
  return draft as QuoteMention;
}
