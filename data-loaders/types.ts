// The shapes that flow through the pipeline: documents → facts → events → figures.
// Every offset is a UTF-16 index into `Document.text` (the text as read, BOM stripped).

/** A half-open span `[start, end)` of a document's text. */
export interface Span {
  start: number;
  end: number;
}

/** How precisely a date is known. `interval` is a stretch such as "the first half of 2022". */
export type DatePrecision = "day" | "month" | "year" | "interval";

/** A date at the precision the text gives it. */
export interface DateValue {
  /** ISO 8601 at its precision: "2022-03-14", "2022-03", "2022", or an interval "2022-01/2022-06". */
  iso: string;
  precision: DatePrecision;
  /** First day covered, YYYY-MM-DD. */
  first: string;
  /** Last day covered, YYYY-MM-DD (inclusive). */
  last: string;
}

// ---------------------------------------------------------------------------
// Reading and segmenting

export type DocumentStatus = "ok" | "rejected";

/** A file as read: decoded text or the reason it could not be used. */
export interface ReadResult {
  doc: string;
  path: string;
  bytes: number;
  status: DocumentStatus;
  reason: string | null;
  /** Decoded text (empty when rejected). */
  text: string;
  /** Non-fatal notes on how the bytes were decoded (BOM stripped, CRLF seen, …). */
  warnings: string[];
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

export interface Segments {
  title: Span | null;
  /** The opening "Seoul, Nov 6 (NationPress)" or "TEHRAN (defapress)-" of a news story, when present. */
  dateline: Span | null;
  paragraphs: Span[];
  sentences: Sentence[];
}

/** What a curator knows about a file that the text does not state reliably (seeds/catalog.json). */
export interface CatalogEntry {
  doc: string;
  publisher: string | null;
  url: string | null;
  /** Publication date, YYYY-MM-DD. */
  published: string | null;
  /** How the publication date was established. */
  note: string | null;
}

/** Where a document's publication date came from. */
export type PublishedSource = "catalog" | "text" | "none";

export interface DocumentRecord {
  doc: string;
  status: DocumentStatus;
  reason: string | null;
  title: string | null;
  publisher: string | null;
  url: string | null;
  published: DateValue | null;
  publishedSource: PublishedSource;
  /** The date the text itself gives in its header or dateline, resolved if it can be. */
  textDate: DateValue | null;
  /** Disagreements between text and catalog, in words. */
  discrepancies: string[];
  warnings: string[];
  bytes: number;
  /** Full text as read; offsets of facts index into it. */
  text: string;
  segments: Segments;
}

// ---------------------------------------------------------------------------
// Mentions (facts). Extractors return drafts with offsets relative to the text they were given;
// the pipeline shifts them into the document and adds id, doc, quote and sentence.

export type Qualifier =
  | "about"
  | "nearly"
  | "almost"
  | "at least"
  | "more than"
  | "over"
  | "up to"
  | "as much as"
  | "an estimated"
  | "less than"
  | "under";

interface DraftBase extends Span {
  /** Range end (money and counts), else null. */
  high: number | null;
  qualifier: Qualifier | null;
}

export interface MoneyDraft extends DraftBase {
  kind: "money";
  value: number;
  /** ISO 4217 code ("USD", "KRW", "JPY", "EUR") or a crypto token symbol ("BTC", "USDT"). */
  unit: string;
  /** True when the unit is a crypto token rather than a fiat currency. */
  crypto: boolean;
}

export interface CountDraft extends DraftBase {
  kind: "count";
  value: number;
  /** Singular lower-case noun: "ballistic missile", "individual", "time". */
  unit: string;
}

export interface DateDraft extends Span {
  kind: "date";
  value: string;
  high: null;
  unit: null;
  qualifier: null;
  date: DateValue;
  /** "absolute", "year inferred from document date", "relative to document date", … */
  resolution: string;
}

export type ActorKind = "person" | "organization" | "country";

export interface ActorDraft extends Span {
  kind: ActorKind;
  /** Canonical name from the gazetteer, or the name as written when not in it. */
  value: string;
  high: null;
  unit: null;
  qualifier: null;
  /** For organizations: agency, hacking group, media, government, party, company, international, legislature. */
  category: string | null;
  /** Country the actor belongs to (canonical country name), when known. */
  country: string | null;
  /** Role or title the text gives ("vice foreign minister"), when it gives one. */
  role: string | null;
  /** Whether the canonical name came from the gazetteer. */
  known: boolean;
}

export interface QuoteDraft extends Span {
  kind: "quote";
  /** The quoted words without the quotation marks. */
  value: string;
  high: null;
  unit: null;
  qualifier: null;
  /** Canonical name of the speaker, or null when no speaker could be attributed. */
  speaker: string | null;
  /** Offsets of the words naming the speaker, when attributed. */
  speakerSpan: Span | null;
  /** Scare quotes: a few words (at most four) that nobody is said to have spoken ("malicious nature"). */
  scare?: boolean;
}

export type FactDraft = MoneyDraft | CountDraft | DateDraft | ActorDraft | QuoteDraft;
export type FactKind = FactDraft["kind"];

interface Provenance {
  /** Stable across runs: derived from doc, kind and offsets. */
  id: string;
  doc: string;
  /** Exactly `document.text.slice(start, end)`. */
  quote: string;
  sentence: { index: number; start: number; end: number; text: string };
}

export type Fact = FactDraft & Provenance;
export type MoneyFact = MoneyDraft & Provenance;
export type CountFact = CountDraft & Provenance;
export type DateFact = DateDraft & Provenance;
export type ActorFact = ActorDraft & Provenance;
export type QuoteFact = QuoteDraft & Provenance;

// ---------------------------------------------------------------------------
// Events

export type EventType =
  | "theft"
  | "missile-launch"
  | "designation"
  | "nuclear-test"
  | "meeting"
  | "statement"
  | "vote"
  | "veto"
  /** Joining, signing or leaving a treaty ("withdrew from the Nuclear Non-Proliferation Treaty in 2003"). */
  | "treaty";

/** What a designation targets; "individual or entity" counts both when the text gives no split. */
export type TargetType = "individual" | "entity" | "individual or entity" | "vessel" | "group" | "aircraft";

export interface Amount {
  value: number;
  high: number | null;
  unit: string;
  qualifier: Qualifier | null;
  fact: string;
}

export interface EventRecord extends Span {
  id: string;
  type: EventType;
  doc: string;
  quote: string;
  sentence: number;
  date: DateValue | null;
  /** Who acted: the thief, the designating authority, the launching state, the speaker, the voter. */
  actor: string | null;
  /** Counts of targets by type, e.g. {"individual": 8, "entity": 2}. */
  targets: Partial<Record<TargetType, number>> | null;
  /** Targets named in the text (hacking groups, companies). */
  targetNames: string[];
  /** Main amount (stolen, spent). */
  amount: Amount | null;
  /** Other amounts given as equivalents of the main one ("about 412.3 billion won"). */
  equivalents: Amount[];
  /** Launch count, test ordinal, and similar. */
  count: { value: number; high: number | null; unit: string; qualifier: Qualifier | null; fact: string } | null;
  /** Victim of a theft, missile type of a launch, place of a meeting, and similar details. */
  details: Record<string, string>;
  /** Participants of a meeting, speakers of a statement. */
  participants: string[];
  /** One-line description in words, generated from the fields above. */
  summary: string;
  /** Ids of the facts the event was built from. */
  facts: string[];
}

// ---------------------------------------------------------------------------
// Figures: headline numbers chosen by rules over events.

export interface FigureRecord {
  /** Stable slug built from kind, actor and date. */
  id: string;
  kind: string;
  label: string;
  value: number;
  high: number | null;
  unit: string;
  qualifier: Qualifier | null;
  date: DateValue | null;
  actor: string | null;
  /** One line of context, in words. */
  context: string;
  /** For derived figures: the formula in words and symbols, e.g. "theft ÷ cost per missile". */
  formula: string | null;
  /** Breakdown for designations (target counts by type). */
  parts: Partial<Record<TargetType, number>> | null;
  doc: string;
  /** Offsets and quote of the sentence the figure comes from (the first fact's). */
  start: number;
  end: number;
  quote: string;
  facts: string[];
  events: string[];
}

export interface Corpus {
  documents: DocumentRecord[];
  facts: Fact[];
  events: EventRecord[];
  figures: FigureRecord[];
}
