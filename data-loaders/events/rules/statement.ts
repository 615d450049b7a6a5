import type { ActorFact } from "../../types.ts";
import type { EventRule } from "../rule.ts";
import { isActor } from "../actor-helpers.ts";
import { lowerCase } from "../../util/lower-case.ts";

function canSpeak(actor: ActorFact): boolean {
  if (actor.kind === "person" || actor.kind === "country") return true;
  return actor.category === "media" || actor.category === "government" || actor.category === "party";
}

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
  build({ actors, triggers, document }) {
    const dateline = document.segments.dateline;
    const speakers = actors.filter((a) => canSpeak(a) && !(dateline && a.start < dateline.end));
    // The speaker is the subject: a person first, else the nearest speaking body before the verb.
    const before = speakers.filter((a) => a.end <= triggers.at(-1)!.start);
    const speaker =
      before.find((a) => a.kind === "person") ?? before.at(-1) ?? speakers.find((a) => a.kind === "person");
    if (!speaker) return null;
    return {
      actor: speaker.value,
      targets: null,
      targetNames: [],
      amount: null,
      equivalents: [],
      count: null,
      details: { channel: lowerCase(triggers[0].word) },
      participants: [speaker.value],
    };
  },
};
