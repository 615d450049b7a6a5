// One missile named with an article as the object of a launch: "fired a ballistic missile", "test-fired an
// intermediate-range missile", "conducted a launch of a Hwasong-18 solid-fuel ICBM", "fired what appeared to be a
// short-range ballistic missile". Wire copy gives no number for a single launch: the article is the count.

// A designation such as "Hwasong-18" or "KN-23": a capitalized word, a hyphen and a number.
const NAME = /^[A-Z][A-Za-z]*-\d+[A-Za-z]*$/;
// Words that say what kind of missile it is; "new" says only that it is new.
const KIND_WORDS =
  "intercontinental|intermediate-range|medium-range|short-range|long-range|close-range|submarine-launched|" +
  "sea-launched|ground-launched|air-launched|hypersonic|cruise|ballistic|strategic|tactical|guided|anti-ship|" +
  "solid-fuel(?:ed)?|liquid-fuel(?:ed)?|solid-propellant|new|new-type";
const MODIFIER = `(?:[A-Z][A-Za-z]*-\\d+[A-Za-z]*|${KIND_WORDS})`;
// After the trigger: "of" (after the noun "launch"), a hedge, then one missile and nothing it modifies ("a missile
// launcher", "a missile base").
const SINGLE = new RegExp(
  `\\s+(?:of\\s+)?(?:what\\s+(?:appeared|appears|seemed|was\\s+believed)\\s+to\\s+be\\s+)?` +
    `(?:a|an|one|another|a\\s+single)\\s+((?:${MODIFIER}\\s+){0,4})(missile|ICBM|IRBM|MRBM|SRBM|SLBM|rocket)` +
    `(?![\\w-])(?!\\s+(?:launchers?|systems?|programs?|programmes?|bases?|sites?|defen[cs]e|engines?|units?|` +
    `tests?|technolog\\w*|components?|parts?|forces?|brigades?|regiments?|divisions?|threats?|capabilit\\w*|` +
    `warnings?|alerts?|shields?|interceptors?|batter(?:y|ies)|strikes?)\\b)`,
  "y",
);
// The verb reports a launch that happened: past tense, or the noun after "conducted a" ("conducted a launch of").
const PAST_VERB = /^(?:(?:test-)?fired|launched|shot)$/i;
const DID_A_LAUNCH =
  /\b(?:conducted|carried\s+out|staged|performed|made)\s+(?:a|an|another|its)\s+(?:[\w-]+\s+){0,2}$/i;
const NEGATED = /\b(?:not|never|n['’]t)\s+(?:\w+\s+)?$/i;
const BACKWARD = 48;

/** Whether the words before a launch verb at `start` deny it: "did not fire", "has never launched". */
export function isDenied(text: string, start: number): boolean {
  return NEGATED.test(text.slice(Math.max(0, start - BACKWARD), start));
}

export interface SingleMissile {
  /** The kind of missile, as the text words it without its name: "solid-fuel ICBM", "ballistic missile". */
  type: string;
  /** The missile's designation when the text gives it ("Hwasong-18"). */
  name: string | null;
}

/**
 * The single missile launched by the trigger at [start, end) of `text`, or null when the trigger launches no single
 * missile that the text says was launched.
 */
export function singleMissileLaunched(text: string, start: number, end: number): SingleMissile | null {
  const verb = text.slice(start, end);
  if (isDenied(text, start)) return null;
  const before = text.slice(Math.max(0, start - BACKWARD), start);
  if (!PAST_VERB.test(verb) && !(/^launch$/i.test(verb) && DID_A_LAUNCH.test(before))) return null;
  SINGLE.lastIndex = end;
  const m = SINGLE.exec(text);
  if (!m) return null;
  const modifiers = m[1].split(/\s+/).filter(Boolean);
  const name = modifiers.find((w) => NAME.test(w)) ?? null;
  const kind = modifiers.filter((w) => !NAME.test(w) && !/^new(?:-type)?$/i.test(w));
  return { type: [...kind, m[2]].join(" "), name };
}
