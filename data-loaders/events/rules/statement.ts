import type { ActorFact, Span } from "../../types.ts";
import type { EventRule } from "../rule.ts";
import { isActor } from "../actor-helpers.ts";
import { lowerCase } from "../../util/lower-case.ts";

// Organizations that do not issue statements of their own: hackers and laundering services are spoken about.
const SILENT = new Set(["hacking group", "mixer"]);

function canSpeak(actor: ActorFact): boolean {
  if (actor.kind === "person" || actor.kind === "country") return true;
  return actor.category === null || !SILENT.has(actor.category);
}

const PASSIVE_OR_ADJECTIVE = /(?:\b(?:the|an?|its|their|his|her)\s+alleged|alleged\s+to)\b/i;

/** The trigger with a word of context on each side. */
function around(text: string, t: Span): string {
  return text.slice(Math.max(0, t.start - 6), t.end + 4);
}

// "…, the Joint Chiefs of Staff (JCS) said in a statement": the subject of the verb of saying right before the trigger.
const SAID_IN = /^\s*(?:\([^)]{1,20}\)\s*)?(?:[a-z]+\s+){0,2}?(?:said|says|told|added|announced|stated|noted|warned)\b/;

// A sentence reporting speech without quoting it: "In a statement, Kim … remarked that …", "Han alleged that …".
export const statementRule: EventRule = {
  type: "statement",
  trigger:
    /\b(?:statement|editorial|commentary|told reporters|press (?:conference|briefing)|alleged|urged|accused|criticized|criticised|condemned|denounced|remarked|declared)\b/gi,
  claims: () => false,
  requiresClaim: false,
  needsDate: false,
  needs: (fact) => isActor(fact) && canSpeak(fact),
  datedByPublication: true,
  build({ text, actors, triggers, document }) {
    const dateline = document.segments.dateline;
    const speakers = actors.filter((a) => canSpeak(a) && !(dateline && a.start < dateline.end));
    // The speaker is the subject: a person first, else the nearest speaking body before the verb.
    // "vessels alleged to have exported coal", "the alleged theft": said of something, by nobody named.
    const told = triggers.filter(
      (t) => !(lowerCase(t.word) === "alleged" && PASSIVE_OR_ADJECTIVE.test(around(text, t))),
    );
    if (told.length === 0) return null;
    const trigger = told.at(-1)!;
    const before = speakers.filter((a) => a.end <= trigger.start);
    const saying = before.findLast((a) => SAID_IN.test(text.slice(a.end, trigger.start)));
    const speaker =
      saying ?? before.find((a) => a.kind === "person") ?? before.at(-1) ?? speakers.find((a) => a.kind === "person");
    if (!speaker) return null;
    return {
      actor: speaker.value,
      targets: null,
      targetNames: [],
      amount: null,
      equivalents: [],
      count: null,
      details: { channel: lowerCase(told[0].word) },
      participants: [speaker.value],
    };
  },
};
