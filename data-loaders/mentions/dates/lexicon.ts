// The words dates are made of. Month and weekday names are matched capitalized: "may" and "march" in lower
// case are a verb and a noun far more often than they are months.

export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  January: 1,
  February: 2,
  March: 3,
  April: 4,
  May: 5,
  June: 6,
  July: 7,
  August: 8,
  September: 9,
  October: 10,
  November: 11,
  December: 12,
  Jan: 1,
  Feb: 2,
  Mar: 3,
  Apr: 4,
  Jun: 6,
  Jul: 7,
  Aug: 8,
  Sep: 9,
  Sept: 9,
  Oct: 10,
  Nov: 11,
  Dec: 12,
};

const FULL_MONTH_SOURCE = "January|February|March|April|May|June|July|August|September|October|November|December";
const SHORT_MONTH_SOURCE = "Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec";

/**
 * A month name as written: a full name, or an abbreviation with an optional period ("Dec.", "Sept."). A period
 * after a full name ends a sentence, so it is never part of the name. No capturing groups.
 */
export const MONTH_TOKEN_SOURCE = `(?:(?:${FULL_MONTH_SOURCE})(?![A-Za-z])|(?:${SHORT_MONTH_SOURCE})(?![A-Za-z])\\.?)`;

export const FULL_MONTH_NAMES: ReadonlySet<string> = new Set(FULL_MONTH_SOURCE.split("|"));

/** The month number (1–12) of a month token ("Dec." → 12), or undefined. */
export function monthNumber(token: string): number | undefined {
  return MONTH_NUMBERS[token.endsWith(".") ? token.slice(0, -1) : token];
}

export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  Sunday: 0,
  Monday: 1,
  Tuesday: 2,
  Wednesday: 3,
  Thursday: 4,
  Friday: 5,
  Saturday: 6,
};

/** Whether a capitalized word names a month or a weekday ("March", "Dec.", "Friday"): a date, not a place or a name. */
export function isMonthOrWeekday(word: string): boolean {
  return monthNumber(word) !== undefined || Object.hasOwn(WEEKDAY_NUMBERS, word);
}

export const WEEKDAY_NAME_SOURCE = "Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday";

/** Horizontal space only: a date never runs across a line break. */
export const SPACE = "[ \\t\\u00a0]";

/** Prepositions that put a period in time: "in March", "since Q3", "by the end of June". */
const TIME_PREPOSITIONS = [
  "in",
  "since",
  "during",
  "by",
  "until",
  "till",
  "from",
  "through",
  "throughout",
  "before",
  "after",
  "of",
];

/** Words that introduce a bare month name ("in March", "since June", "last March"). */
export const MONTH_LEADS: ReadonlySet<string> = new Set([
  ...TIME_PREPOSITIONS,
  "around",
  "between",
  "last",
  "this",
  "next",
  "early",
  "mid",
  "late",
]);

// "May" is also a modal verb and a surname ("talks with May", "by May"): only unambiguous leads.
export const MAY_LEADS: ReadonlySet<string> = new Set([
  "in",
  "since",
  "during",
  "until",
  "till",
  "through",
  "throughout",
  "last",
  "this",
  "next",
  "early",
  "mid",
  "late",
]);

/** Words that introduce a bare year ("in 2019", "since 2006", "the end of 2022"). */
export const YEAR_LEADS: ReadonlySet<string> = new Set([
  "in",
  "since",
  "during",
  "by",
  "until",
  "till",
  "from",
  "through",
  "throughout",
  "before",
  "after",
  "of",
  "around",
  "between",
  "year",
  "spring",
  "summer",
  "autumn",
  "fall",
  "winter",
]);

/** Words that introduce a bare day of the month ("on the 24th", "since the 3rd"). */
export const DAY_OF_MONTH_LEADS: ReadonlySet<string> = new Set([
  "on",
  "since",
  "by",
  "until",
  "till",
  "from",
  "before",
  "after",
  "through",
]);

/** Words that continue a list of dates ("between 2018 and 2020", "in March or April"). */
export const CHAIN_WORDS: ReadonlySet<string> = new Set(["and", "or", "to", "through", "till", "until"]);

/** Part of a year or month: early = first third, mid = second, late = last. */
export const THIRDS: Readonly<Record<string, number>> = { early: 0, mid: 1, late: 2 };

// Lower-case words ending in "s" that are not plural nouns, for telling "in 2019 was" from "in 2000 troops".
export const NOT_PLURAL: ReadonlySet<string> = new Set([
  "was",
  "has",
  "is",
  "as",
  "this",
  "thus",
  "its",
  "his",
  "hers",
  "does",
  "says",
  "always",
  "perhaps",
  "across",
  "unless",
  "whereas",
  "besides",
  "towards",
  "afterwards",
  "plus",
  "less",
]);

/** Scale and unit words that make a number a quantity ("31 million", "12 percent"). */
export const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  "hundred",
  "thousand",
  "million",
  "billion",
  "trillion",
  "percent",
  "per",
  "times",
]);

/** Words that introduce a quarter named by its label alone ("in Q4", "for Q3", "by the end of Q2"). */
export const QUARTER_LEADS: ReadonlySet<string> = new Set([...TIME_PREPOSITIONS, "for", "between"]);

/** Words before a year that make it a modifier of the noun after it ("the 2017 test", "a 2006 resolution"). */
export const YEAR_DETERMINERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "our",
  "your",
  "my",
  "this",
  "that",
  "whose",
]);

/**
 * Verbs that take a year as their subject at the start of a clause ("2019 saw", "2022 was", "2017 marked").
 * Verbs that also agree with a plural ("will", "had", "see") are left out: "2000 will be deployed" counts troops.
 */
export const YEAR_SUBJECT_VERBS: ReadonlySet<string> = new Set(
  `saw sees was is has marked marks brought brings proved proves became becomes began begins ended ends witnessed
  remains remained promises promised looks looked`.split(/\s+/),
);

/** The verbs above that a plural can take as well ("2000 saw the parade"): not after a round number. */
export const PAST_SUBJECT_VERBS: ReadonlySet<string> = new Set(
  "saw marked brought proved became began ended witnessed remained promised looked".split(" "),
);

/**
 * Words whose number is a label, not a year: "Resolution 2094", "Flight 2019", "page 1990", "version 2.1.2024".
 * The UN's North Korea resolutions (1718 … 2397) fall in the years news writes about.
 */
export const NUMBER_LABELS: ReadonlySet<string> = new Set([
  "resolution",
  "resolutions",
  "unscr",
  "order",
  "no",
  "nos",
  "number",
  "numbers",
  "page",
  "pages",
  "pp",
  "p",
  "section",
  "article",
  "paragraph",
  "para",
  "chapter",
  "flight",
  "room",
  "route",
  "highway",
  "unit",
  "model",
  "version",
  "v",
  "code",
  "item",
  "docket",
  "case",
  "file",
  "box",
  "tel",
  "phone",
  "telephone",
  "fax",
  "id",
  "vol",
  "volume",
  "issue",
  "annex",
  "table",
  "figure",
  "fig",
]);

/** Measures written after a number in the singular or abbreviated ("a 2000 km range", "the 1900 mph jet"). */
export const MEASURE_WORDS: ReadonlySet<string> = new Set([
  "km",
  "kilometer",
  "kilometre",
  "mile",
  "m",
  "meter",
  "metre",
  "ft",
  "foot",
  "feet",
  "kg",
  "kilogram",
  "ton",
  "tonne",
  "pound",
  "lb",
  "mph",
  "kph",
  "kt",
  "mw",
  "gw",
  "hp",
]);
