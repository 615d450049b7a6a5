import { describe, expect, it } from "vitest";
import type { ActorFact, Corpus, DateFact, EventRecord, Fact } from "../../data-loaders/types.ts";
import { EVENT_RULES } from "../../data-loaders/events/rules/index.ts";
import { ClauseContext } from "../../data-loaders/events/clause-context.ts";
import { TriggerScanner } from "../../data-loaders/events/trigger-scan.ts";
import { isActor } from "../../data-loaders/events/actor-helpers.ts";
import { seedCorpus } from "./seed-corpus.ts";
import { wireCorpus } from "./wire-corpus.ts";

// Articles in the styles the rules are written for: a designation with counts, one with names, one with a date only;
// thefts; statements by a person, a ministry and a news agency.
const WIRE = [
  "The Treasury Department on Tuesday sanctioned eight individuals and two entities for laundering funds.",
  "Washington sanctioned the Lazarus Group and the mixer Tornado Cash in August 2022.",
  "South Korea imposed unilateral sanctions on North Korea on the 14th of last month.",
  "Hackers stole $620 million from the Ronin Network in March, the FBI said.",
  "Bybit lost $1.5 billion to North Korean hackers in February.",
  "Foreign Minister Park Jin condemned the launch on Thursday.",
  "The Foreign Ministry in Pyongyang denounced the drills in a statement carried by KCNA.",
  "KCNA accused the United States of hostile policy.",
].join("\n\n");

const TRIGGERS = new TriggerScanner(EVENT_RULES);

/** The events of `corpus` whose rule names a fact it needs, each rebuilt from its clause without any such fact. */
function rebuiltWithoutNeeds(corpus: Corpus): { event: EventRecord; rebuilt: unknown }[] {
  const out: { event: EventRecord; rebuilt: unknown }[] = [];
  for (const event of corpus.events) {
    const rule = EVENT_RULES.find((r) => r.type === event.type);
    if (!rule?.needs) continue;
    const document = corpus.documents.find((d) => d.doc === event.doc)!;
    const sentence = document.segments.sentences[event.sentence];
    const clause = { start: event.start, end: event.end };
    const inClause = (f: Fact) => f.doc === event.doc && f.start >= clause.start && f.start < clause.end;
    const kept = corpus.facts.filter((f) => inClause(f) && !rule.needs!(f));
    const triggers = TRIGGERS.scan(document.text).filter(
      (t) => t.type === event.type && t.start >= clause.start && t.end <= clause.end,
    );
    // Statements read from a quote have no trigger: only clause-level events are rebuilt.
    if (triggers.length === 0) continue;
    const date = kept.find((f): f is DateFact => f.kind === "date") ?? null;
    const claimed = kept.filter((f) => f.kind === "money" || f.kind === "count");
    const actors = kept.filter((f): f is ActorFact => isActor(f));
    const context = new ClauseContext(
      document.text,
      document,
      sentence,
      clause,
      triggers,
      claimed,
      kept,
      date,
      actors,
      [],
      0,
    );
    out.push({ event, rebuilt: rule.build(context) });
  }
  return out;
}

describe("a rule's needed fact", () => {
  // The pipeline passes over a sentence where no triggered rule finds the fact it needs, so a rule that could build
  // without it would lose events there.
  it("is one the rule cannot build without, for every event of the seeds and of wire copy", () => {
    const cases = [...rebuiltWithoutNeeds(seedCorpus()), ...rebuiltWithoutNeeds(wireCorpus(WIRE, "2025-11-06"))];
    const types = new Set(cases.map((c) => c.event.type));
    expect([...types].sort()).toEqual(["designation", "statement", "theft"]);
    expect(cases.length).toBeGreaterThan(10);
    for (const { event, rebuilt } of cases) expect(rebuilt, event.quote).toBeNull();
  });
});
