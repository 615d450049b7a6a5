// Facts of every kind share one field order (fact-shape.ts), and so one hidden class: the speed of every walk over
// mixed facts rests on it. Key order is what a test can see of the hidden class.
import { describe, expect, it } from "vitest";
import { seedCorpus } from "./seed-corpus.ts";

describe("the shape of facts and events on the seeds", () => {
  const corpus = seedCorpus();

  it("gives facts of every kind the same keys in the same order", () => {
    const kinds = new Set(corpus.facts.map((f) => f.kind));
    expect([...kinds].sort()).toEqual(["count", "country", "date", "money", "organization", "person", "quote"]);
    const first = Object.keys(corpus.facts[0]);
    for (const fact of corpus.facts) expect(Object.keys(fact), fact.id).toEqual(first);
  });

  it("gives events of every type the same keys in the same order", () => {
    const types = new Set(corpus.events.map((e) => e.type));
    expect(types.has("statement") && types.has("designation")).toBe(true);
    const first = Object.keys(corpus.events[0]);
    for (const event of corpus.events) expect(Object.keys(event), event.id).toEqual(first);
  });

  it("leaves the fields a kind lacks out of its JSON", () => {
    const json = (kind: string) => JSON.parse(JSON.stringify(corpus.facts.find((f) => f.kind === kind)));
    expect(Object.keys(json("count")).sort()).toEqual(
      ["doc", "end", "high", "id", "kind", "qualifier", "quote", "sentence", "start", "unit", "value"].sort(),
    );
    expect(json("money")).toHaveProperty("crypto");
    expect(json("money")).not.toHaveProperty("speaker");
    expect(json("person")).toHaveProperty("role");
    expect(json("person")).not.toHaveProperty("resolution");
  });
});
