import type { EventRule } from "../rule.ts";
import { lastCountry } from "../actor-helpers.ts";

const INSTRUMENT = /\b(?:treaty|agreement|accord|pact|NPT|convention|declaration|deal)\b/i;
const ACTION =
  /\b(withdr[ae]w|withdrawn|withdrawal|signed|signing|ratified|ratification|joined|acceded|accession|scrapped)\b/i;

export const treatyRule: EventRule = {
  type: "treaty",
  trigger: /\b(?:withdr[ae]w|withdrawn|withdrawal|signed|ratified|joined|acceded|scrapped)\b/gi,
  applies: (clauseText) => INSTRUMENT.test(clauseText),
  claims: () => false,
  requiresClaim: false,
  needsDate: true,
  build(context) {
    const { text, clause, date, hypothetical, actors } = context;
    const clauseText = text.slice(clause.start, clause.end);
    if (!date || hypothetical || !INSTRUMENT.test(clauseText)) return null;
    const instrument = actors.find((a) => a.kind === "organization" && INSTRUMENT.test(a.value))?.value;
    const details: Record<string, string> = { action: (ACTION.exec(clauseText)?.[1] ?? "").toLowerCase() };
    const named =
      /\b(?:the\s+)?((?:[A-Z][\w-]*\s+){0,5}(?:Treaty|Agreement|Accord|Pact|Convention|Declaration))\b/.exec(
        clauseText,
      );
    if (instrument ?? named) details.instrument = instrument ?? named![1];
    const country = actors.find((a) => a.kind === "country")?.value ?? lastCountry(context.before);
    return { actor: country, targets: null, targetNames: [], amount: null, equivalents: [], count: null, details };
  },
};
