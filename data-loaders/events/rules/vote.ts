import type { EventDraft, EventRule, RuleContext } from "../rule.ts";
import type { ActorFact } from "../../types.ts";
import { lastCountryPair, listedWith } from "../actor-helpers.ts";

function body({ actors }: RuleContext): string | null {
  return (
    actors.find((a) => a.kind === "organization" && /council|assembly|parliament|congress|senate/i.test(a.value))
      ?.value ?? null
  );
}

function empty(details: Record<string, string>, actor: string | null, participants: string[] = []): EventDraft {
  return { actor, targets: null, targetNames: [], amount: null, equivalents: [], count: null, details, participants };
}

// A vote needs something voted on: "voted for Lee" is an election, "voted in favor of the resolution" a vote.
const VOTED_ON =
  /\b(?:resolutions?|motions?|bills?|measures?|drafts?|amendments?|sanctions?|council|assembly|committee|proposals?|referendum|legislation|votes?)\b/i;
// A member's vote told as done: these may be dated by the article, as speech is. "Vote on" may be a noun ("the vote
// on the draft"), so it needs a date of its own.
const CAST = /^(?:voted|abstain)/i;
const POSITIONS: [RegExp, string][] = [
  [/\bvoted\s+(?:unanimously\s+)?(?:in\s+favou?r|for)\b/i, "in favor"],
  [/\bvoted\s+(?:unanimously\s+)?against\b/i, "against"],
  [/\babstain/i, "abstained"],
];
// "will vote on Friday", "ahead of the vote on": a vote still to come.
const FUTURE = /\b(?:will|shall|set to|due to|scheduled to|ahead of|before)\s+(?:\w+\s+){0,3}$/i;
// "has repeatedly voted against such resolutions": a habit, not one vote.
const HABITUAL = /\b(?:repeatedly|routinely|consistently|often|always|usually|traditionally|previously|never)\b/i;
const FUTURE_WINDOW = 40;

/** The countries that cast the vote: the last one named before the verb and those listed with it. */
function voters(text: string, actors: readonly ActorFact[], verbStart: number): string[] {
  const subject = actors.findLastIndex((a) => a.kind === "country" && a.end <= verbStart);
  if (subject < 0) return [];
  const listed = listedWith(text, actors, subject).filter((a) => a.kind === "country" && a.end <= verbStart);
  return [...new Set(listed.map((a) => a.value))];
}

const VOTE_TRIGGER =
  /\b(?:put to a vote|vot(?:e|ed|es|ing) on|voted\s+(?:unanimously\s+)?(?:in\s+favou?r|for|against|to)|voted unanimously|abstain(?:ed|ing)|unanimously adopted|adopted (?:a |the )?resolution)\b/gi;
const VOTE_WORDS = new RegExp(VOTE_TRIGGER.source, "i");

/** Whether the sentence told of a vote before the clause: "13 voted in favor, while Russia abstained" is one vote. */
function votedEarlierInSentence({ text, sentence, clause }: RuleContext): boolean {
  return clause.start > sentence.start && VOTE_WORDS.test(text.slice(sentence.start, clause.start));
}

export const voteRule: EventRule = {
  type: "vote",
  trigger: VOTE_TRIGGER,
  claims: () => false,
  requiresClaim: false,
  needsDate: false,
  // "voted against the draft on sanctions on Thursday": the date may sit nearer another trigger's word.
  inheritsDate: true,
  datedByPublication: true,
  build(context) {
    const { text, sentence, clause, triggers, actors, hypothetical, date } = context;
    const first = triggers[0];
    if (!date && !triggers.some((t) => CAST.test(t.word))) return null;
    // What was voted on may be named in another clause: "Russia vetoed the resolution, while 13 members voted in favor".
    if (!VOTED_ON.test(text.slice(sentence.start, sentence.end))) return null;
    const clauseText = text.slice(clause.start, clause.end);
    if (hypothetical || HABITUAL.test(clauseText)) return null;
    if (FUTURE.test(text.slice(Math.max(clause.start, first.start - FUTURE_WINDOW), first.start))) return null;
    if (votedEarlierInSentence(context)) return null;
    const details: Record<string, string> = {};
    const position = POSITIONS.find(([pattern]) => pattern.test(first.word))?.[1];
    if (position) details.position = position;
    return empty(details, body(context), position ? voters(text, actors, first.start) : []);
  },
};

// "said the vetoes were dangerous": a definite noun points back at a veto already told, not at a new one.
const REFERS_BACK = /\b(?:the|these|those|this|that|its|their)\s+$/i;

export const vetoRule: EventRule = {
  type: "veto",
  trigger: /\bveto(?:es|ed|ing)?\b/gi,
  inheritsDate: true,
  claims: () => false,
  requiresClaim: false,
  needsDate: true,
  build(context) {
    const { text, clause, actors, before, hypothetical, triggers } = context;
    if (hypothetical || !context.date || REFERS_BACK.test(text.slice(clause.start, triggers[0].start))) return null;
    const clauseText = text.slice(clause.start, clause.end);
    // The vetoers are the subject: the countries listed right before the verb ("Russia and China vetoed a
    // U.S.-sponsored resolution", not the countries of "The US, Japan … launched a team after Russia vetoed"); after
    // it only in the passive ("vetoed by Russia").
    const subject = voters(text, actors, triggers[0].start);
    let vetoers =
      subject.length > 0 ? subject : [...new Set(actors.filter((a) => a.kind === "country").map((a) => a.value))];
    if (/\b(?:both|the two) (?:countries|nations|members)\b|\bboth\b/i.test(clauseText)) {
      vetoers = lastCountryPair(before, text) ?? vetoers;
    }
    const forum = body(context);
    return empty(forum ? { body: forum } : {}, vetoers.join(" and ") || null, vetoers);
  },
};
