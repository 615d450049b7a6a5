import type { EventRule } from "../rule.ts";

// A sentence reporting speech without quoting it: "In a statement, Kim … remarked that …", "Han alleged that …".
export const statementRule: EventRule = {
  type: "statement",
  trigger:
    /\b(?:statement|editorial|commentary|told reporters|press (?:conference|briefing)|alleged|urged|accused|criticized|criticised|condemned|denounced|remarked|declared)\b/gi,
  claims: () => false,
  requiresClaim: false,
  needsDate: false,
  build({ actors, triggers }) {
    const speaker =
      actors.find((a) => a.kind === "person") ??
      actors.find((a) => a.kind === "organization" && (a.category === "media" || a.category === "government"));
    if (!speaker) return null;
    return {
      actor: speaker.value,
      targets: null,
      targetNames: [],
      amount: null,
      equivalents: [],
      count: null,
      details: { channel: triggers[0].word.toLowerCase() },
      participants: [speaker.value],
    };
  },
};
