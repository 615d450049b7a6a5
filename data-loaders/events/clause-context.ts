// What an event rule sees of one clause (see RuleContext), with the costly views computed on demand.
import type { ActorFact, DateFact, DocumentRecord, Fact, Sentence, Span } from "../types.ts";
import type { RuleContext, Trigger } from "./rule.ts";
import { isHypothetical } from "./hypothetical.ts";

// Modal words far from a trigger ("… will depend on the future") belong to another part of the sentence.
const WINDOW_BEFORE = 80;
const WINDOW_AFTER = 60;

// After the trigger, a relative clause describes something else: "vetoed a resolution that would have imposed …"
// is a veto that happened.
const RELATIVE_AFTER = /\b(?:that|which|who)\b/;

function hypothesisWindow(text: string, clause: Span, trigger: Span): [number, number] {
  let end = Math.min(clause.end, trigger.end + WINDOW_AFTER);
  const relative = RELATIVE_AFTER.exec(text.slice(trigger.end, end));
  if (relative) end = trigger.end + relative.index;
  return [Math.max(clause.start, trigger.start - WINDOW_BEFORE), end];
}

/** What one rule sees of a clause; the two costly views are computed only when a rule asks for them. */
export class ClauseContext implements RuleContext {
  private hypotheticalValue: boolean | undefined;

  constructor(
    readonly text: string,
    readonly document: DocumentRecord,
    readonly sentence: Sentence,
    readonly clause: Span,
    readonly triggers: Trigger[],
    readonly claimed: Fact[],
    readonly facts: Fact[],
    readonly date: DateFact | null,
    readonly actors: ActorFact[],
    private readonly documentFacts: Fact[],
    private readonly seen: number,
  ) {}

  /**
   * Whether every trigger of the clause is told as possible, not done: in "fired a missile on Wednesday, two days after
   * it threatened to shoot down spy planes" the firing happened though the shooting is only threatened.
   */
  get hypothetical(): boolean {
    return (this.hypotheticalValue ??= this.triggers.every((t) =>
      isHypothetical(this.text.slice(...hypothesisWindow(this.text, this.clause, t))),
    ));
  }

  // Only a few rules look back ("both countries", "it"): copy the earlier facts only when one does. A rule reads it
  // where it needs it, not in a destructuring of the context, which would copy them for every clause.
  get before(): Fact[] {
    return this.documentFacts.slice(0, this.seen);
  }
}
