// A sanctions press release in the style of a finance ministry's; written for this test (none from the seeds).
import { describe, expect, it } from "vitest";
import { wireCorpus } from "./wire-corpus.ts";

const RELEASE = `Treasury Targets Shipping Network

WASHINGTON – The Office of Foreign Assets Control (OFAC) today designated two China-based shipping companies and identified 95 North Korean vessels as blocked property, pursuant to Executive Order 13810.

“Treasury will keep enforcing the existing sanctions on the regime,” said Treasury Secretary Steven Mnuchin.

As a result of today’s action, all property and interests in property of the designated persons that are in the United States are blocked.
`;

describe("the pipeline on a sanctions press release", () => {
  const corpus = wireCorpus(RELEASE, "2019-03-21");

  it("makes one designation, of the companies and vessels, and none of 'the designated persons'", () => {
    const designations = corpus.events.filter((e) => e.type === "designation");
    expect(designations.map((e) => [e.actor, e.targets, e.date?.iso])).toEqual([
      ["United States", { entity: 2, vessel: 95 }, "2019-03-21"],
    ]);
  });

  it("reads no person out of 'Executive Order 13810'", () => {
    const people = corpus.facts.filter((f) => f.kind === "person").map((f) => f.value);
    expect(people).toEqual(["Steven Mnuchin"]);
  });

  it("gives the statement to the secretary the office titles", () => {
    const statements = corpus.events.filter((e) => e.type === "statement");
    expect(statements.map((e) => e.actor)).toEqual(["Steven Mnuchin"]);
  });
});
