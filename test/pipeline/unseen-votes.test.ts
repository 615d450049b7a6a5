// Votes as wire copy and UN press releases tell them, written for this test (none from the seeds): members vote in
// favor, against or abstain, and a report often gives no date for a vote held the day it files.
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../../data-loaders/types.ts";
import { wireCorpus, wireEvents } from "./wire-corpus.ts";

function votes(body: string, published = "2024-03-29"): EventRecord[] {
  return wireEvents("vote", "Council vote", body, published);
}

describe("buildEvents reads votes cast by members", () => {
  it("buildEvents makes one vote of 'voted in favor …, while Russia abstained', dated by the article", () => {
    const [vote, ...rest] = votes(
      "The 13 other members of the Security Council voted in favor of the resolution, while Russia abstained.",
    );
    expect(rest).toEqual([]);
    expect(vote).toMatchObject({ actor: "UN Security Council", details: { position: "in favor" } });
    expect(vote.date?.iso).toBe("2024-03-29");
    expect(vote.details.dateBasis).toBe("publication");
  });

  it("buildEvents lists the countries that voted against, and dates the vote by its own weekday", () => {
    const [vote] = votes("Moscow and Beijing voted against the draft text on sanctions on Thursday.");
    expect(vote.participants).toEqual(["Russia", "China"]);
    expect(vote.details).toMatchObject({ position: "against", dateBasis: "text" });
    expect(vote.date?.iso).toBe("2024-03-28");
    expect(vote.summary).toBe("Vote: Russia and China voted against");
  });

  it("buildEvents reads an abstention as a vote, with the abstaining country only", () => {
    const [vote] = votes("The measure, drafted by the United States, passed after China abstained.");
    expect(vote).toMatchObject({ participants: ["China"], details: { position: "abstained" } });
  });

  it("buildEvents reads a vote told beside a veto as its own event", () => {
    const events = wireCorpus(
      "Veto\n\nRussia vetoed the resolution on Thursday, while the 13 other members voted in favor.\n",
      "2024-03-29",
    ).events;
    expect(events.map((e) => e.type).sort()).toEqual(["veto", "vote"]);
  });

  it.each([
    ["A vote on the resolution is expected next week.", "a vote to come"],
    ["The council will vote on the draft on Friday.", "a vote announced"],
    ["Members are expected to vote on the draft on Friday.", "a vote expected"],
    ["Russia has repeatedly voted against such resolutions.", "a habit"],
    ["Most South Koreans voted for the opposition candidate.", "an election, nothing voted on"],
    ["Beijing would have abstained on the resolution, diplomats said.", "a hypothesis"],
  ])("buildEvents reads no vote in %j (%s)", (text) => {
    expect(votes(text)).toEqual([]);
  });
});

describe("buildEvents names as vetoers the countries that are the verb's subject", () => {
  it("buildEvents: 'The United States, South Korea, Japan … launched a team after Russia vetoed' is Russia's veto", () => {
    const [veto] = wireEvents(
      "veto",
      "Monitoring",
      "The United States, South Korea, Japan and eight other countries launched a monitoring team after Russia vetoed the renewal of the panel in March.",
      "2024-10-16",
    );
    expect(veto).toMatchObject({ actor: "Russia", participants: ["Russia"], details: {} });
  });

  it("buildEvents: 'China and Russia on Thursday vetoed' lists both", () => {
    const [veto] = wireEvents(
      "veto",
      "Veto",
      "China and Russia on Thursday vetoed a U.S.-led resolution.",
      "2022-05-27",
    );
    expect(veto.participants).toEqual(["China", "Russia"]);
  });
});
