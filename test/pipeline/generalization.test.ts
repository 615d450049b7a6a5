// Sentences written for this test in the style of Treasury press releases and wire reports, none from the seeds:
// the rules must read language the seeds never use.
import { describe, expect, it } from "vitest";
import { wireCorpus } from "./wire-corpus.ts";

describe("events and figures on unseen wording", () => {
  it("reads a Treasury-style designation dated 'Today'", () => {
    const corpus = wireCorpus(
      "Treasury Targets Bankers\n\nToday, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned eight individuals and two entities for their roles in laundering funds.\n",
      "2025-11-04",
    );
    const [d] = corpus.events.filter((e) => e.type === "designation");
    expect(d).toMatchObject({ actor: "United States", targets: { individual: 8, entity: 2 } });
    expect(d.date?.iso).toBe("2025-11-04");
  });

  it("names the victim of a theft, not the adjective before it", () => {
    const corpus = wireCorpus(
      "Record heist\n\nNorth Korean hackers stole $1.5 billion in cryptocurrency from the Dubai-based exchange Bybit on February 21, 2025, the FBI said.\n",
      "2025-02-27",
    );
    const [theft] = corpus.events.filter((e) => e.type === "theft");
    expect(theft).toMatchObject({ amount: expect.objectContaining({ value: 1.5e9, unit: "USD" }) });
    expect(theft.details.victim).toBe("Bybit");
    expect(theft.date?.iso).toBe("2025-02-21");
  });

  it("leads with dollars and quotes the implied rate as yen per dollar", () => {
    const corpus = wireCorpus(
      "Exchange hacked\n\nIn May, hackers linked to North Korea stole 35 billion yen ($308 million) worth of bitcoin from the Japanese exchange DMM Bitcoin, police said.\n",
      "2025-02-27",
    );
    const [theft] = corpus.events.filter((e) => e.type === "theft");
    expect(theft.amount).toMatchObject({ value: 308e6, unit: "USD" });
    expect(theft.equivalents).toEqual([expect.objectContaining({ value: 35e9, unit: "JPY" })]);
    expect(theft.details.victim).toBe("DMM Bitcoin");
    const rate = corpus.figures.find((f) => f.kind === "exchange-rate")!;
    expect(rate.unit).toBe("JPY/USD");
    expect(rate.value).toBeCloseTo(35e9 / 308e6, 6);
  });

  it("does not let a launch word without a missile take a designation's date", () => {
    const corpus = wireCorpus(
      "Allies act\n\nJapan imposed sanctions on 11 organizations and 9 individuals on Friday over the launches.\n",
      "2025-02-27",
    );
    const [d] = corpus.events.filter((e) => e.type === "designation");
    expect(d).toMatchObject({ actor: "Japan", targets: { entity: 11, individual: 9 } });
    expect(d.date?.iso).toBe("2025-02-21");
  });

  it("reads a launch of two short-range ballistic missiles on a weekday", () => {
    const corpus = wireCorpus(
      "Launch\n\nNorth Korea fired two short-range ballistic missiles into the sea on Monday, South Korea's Joint Chiefs of Staff said.\n",
      "2025-02-27",
    );
    const [launch] = corpus.events.filter((e) => e.type === "missile-launch");
    expect(launch).toMatchObject({ actor: "North Korea", count: expect.objectContaining({ value: 2 }) });
    expect(launch.date?.iso).toBe("2025-02-24");
  });
});

describe("summaries", () => {
  it("names the targets once, in the plural English uses", () => {
    const corpus = wireCorpus(
      "Sanctions\n\nToday, the U.S. Department of the Treasury sanctioned one individual and three entities for laundering funds.\n",
      "2025-07-08",
    );
    const [d] = corpus.events.filter((e) => e.type === "designation");
    expect(d.targets).toEqual({ individual: 1, entity: 3 });
    expect(d.summary).toBe("United States designated 1 individual and 3 entities");
  });
});

describe("dates of reported events", () => {
  it("dates a theft by the text's date for it, not by the day it was reported", () => {
    const corpus = wireCorpus(
      "Hack attributed\n\nTOKYO, Dec 24 - Police said on Tuesday that North Korean hackers were behind the theft of 48.2 billion yen ($308 million) from the exchange DMM Bitcoin in May.\n",
      "2024-12-24",
    );
    const [theft] = corpus.events.filter((e) => e.type === "theft");
    expect(theft.date).toMatchObject({ iso: "2024-05", precision: "month" });
  });

  it("still dates an event by the report when the clause gives no other date", () => {
    const corpus = wireCorpus(
      "Hack attributed\n\nTOKYO, Dec 24 - Police said on Tuesday that North Korean hackers stole $308 million from the exchange.\n",
      "2024-12-24",
    );
    const [theft] = corpus.events.filter((e) => e.type === "theft");
    expect(theft.date?.iso).toBe("2024-12-24");
  });
});

describe("vetoes", () => {
  const corpus = wireCorpus(
    'Vetoed\n\nUNITED NATIONS, May 26 — Russia and China vetoed a U.S.-sponsored resolution on Thursday that would have imposed new sanctions on North Korea.\n\nThe U.S. ambassador said the vetoes were "dangerous," noting that North Korea has launched six missiles this year.\n',
    "2022-05-26",
  );
  const vetoes = corpus.events.filter((e) => e.type === "veto");

  it("reads a veto whose resolution 'would have' done something as a veto that happened, by its subject", () => {
    expect(vetoes[0]).toMatchObject({ actor: "Russia and China", participants: ["Russia", "China"] });
    expect(vetoes[0].date?.iso).toBe("2022-05-26");
  });

  it("does not read 'the vetoes' pointing back as a new veto", () => {
    expect(vetoes).toHaveLength(1);
  });

  it("still reads the sanctions the resolution would have imposed as not imposed", () => {
    expect(corpus.events.filter((e) => e.type === "designation" && e.details.status === "imposed")).toEqual([]);
  });
});

describe("who did what in longer sentences", () => {
  it("takes the designating country from the subordinate clause that holds the verb", () => {
    const corpus = wireCorpus(
      "Statement\n\nA spokesman for the Foreign Ministry answered a question about the fact that the U.S. slapped new sanctions on 3 individuals and 7 entities on February 28.\n",
      "2024-03-03",
    );
    const [d] = corpus.events.filter((e) => e.type === "designation");
    expect(d).toMatchObject({ actor: "United States", targets: { individual: 3, entity: 7 } });
  });

  it("does not take where the thieves come from as the victim", () => {
    const corpus = wireCorpus(
      "Hack\n\nPolice said hackers believed to be from the North stole some 1.4 billion won from a local exchange in 2019.\n",
      "2024-03-03",
    );
    const [theft] = corpus.events.filter((e) => e.type === "theft");
    expect(theft.amount?.value).toBe(1.4e9);
    expect(theft.details.victim).toBeUndefined();
  });
});
