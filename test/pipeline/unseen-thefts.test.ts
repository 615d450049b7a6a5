// Theft totals over a stretch of years, as UN panel and analytics-firm reports word them; written for this test
// (none from the seeds).
import { describe, expect, it } from "vitest";
import { wireCorpus, wireEvents } from "./wire-corpus.ts";

describe("buildEvents dates a theft totalled over a stretch before the article", () => {
  it("buildEvents dates 'stole … over the past five years' to the five years before the article's year", () => {
    const corpus = wireCorpus(
      "Crypto losses\n\nNorth Korean hackers stole some $3 billion in digital assets over the past five years, a UN panel of experts said.\n",
      "2023-02-06",
    );
    const [theft] = corpus.events.filter((e) => e.type === "theft");
    expect(theft.amount).toMatchObject({ value: 3e9, unit: "USD" });
    expect(theft.date).toEqual({ iso: "2018/2023", precision: "interval", first: "2018-01-01", last: "2023-12-31" });
    const [date] = corpus.facts.filter((f) => f.kind === "date");
    expect(date).toMatchObject({ quote: "the past five years", resolution: "relative to document date" });
  });

  it("buildEvents dates a theft 'in the last decade' to the ten years before the article's year", () => {
    const corpus = wireCorpus(
      "Crypto losses\n\nHackers linked to Pyongyang have looted more than $2 billion in the last decade, analysts said.\n",
      "2024-05-10",
    );
    const [theft] = corpus.events.filter((e) => e.type === "theft");
    expect(theft.date?.iso).toBe("2014/2024");
  });
});

describe("buildEvents reads a theft's victim and date past the words around them", () => {
  it("buildEvents names the victim after lower-case words that describe the platform ('cryptocurrency exchange')", () => {
    const [theft] = wireEvents(
      "theft",
      "Record crypto heist",
      "Hackers tied to the Lazarus Group stole about $1.5 billion from the Dubai-based cryptocurrency exchange Bybit on Friday.",
      "2025-02-22",
    );
    expect(theft.details.victim).toBe("Bybit");
    expect(theft.date?.iso).toBe("2025-02-21");
  });

  it("buildEvents dates a theft by its own month, not by the month the police 'said in' it", () => {
    const [theft] = wireEvents(
      "theft",
      "Police name hackers",
      "The National Police Agency said in December that the group was behind the theft of $305 million in bitcoin from DMM Bitcoin in May.",
      "2025-01-10",
    );
    expect(theft.date?.iso).toBe("2024-05");
    expect(theft.details.victim).toBe("DMM Bitcoin");
  });
});

describe("buildEvents names a victim that ends its sentence without the full stop", () => {
  it("buildEvents: 'stole 48.2 billion yen from DMM Bitcoin.' names DMM Bitcoin", () => {
    const [theft] = wireEvents(
      "theft",
      "Police name hackers",
      "Japanese police said North Korean hackers stole 48.2 billion yen from DMM Bitcoin.",
      "2024-12-24",
    );
    expect(theft.details.victim).toBe("DMM Bitcoin");
    expect(theft.summary).toBe("North Korea: theft of 48.2 billion JPY from DMM Bitcoin");
  });
});

describe("buildEvents takes attacks for a theft only when the text values them", () => {
  it("buildEvents makes a theft of 'cyberattacks … valued at approximately $3 billion'", () => {
    const [theft] = wireEvents(
      "theft",
      "UN report",
      "UN experts are investigating 58 suspected North Korean cyberattacks between 2017 and 2023 valued at approximately $3 billion.",
      "2024-02-08",
    );
    expect(theft.amount).toMatchObject({ value: 3e9, unit: "USD", qualifier: "about" });
    expect(theft.date?.iso).toBe("2017/2023");
    expect(theft.actor).toBe("North Korea");
  });

  it("buildEvents makes no theft of a reward offered for information on hacking", () => {
    const thefts = wireEvents(
      "theft",
      "Reward offered",
      "The State Department offered a reward of up to $5 million for information on North Korean hacking.",
      "2024-02-08",
    );
    expect(thefts).toEqual([]);
  });

  it("buildEvents makes no theft of attacks that cost money to defend against", () => {
    const thefts = wireEvents(
      "theft",
      "Budget",
      "Seoul will spend $200 million on defences against cyberattacks from the North.",
      "2024-02-08",
    );
    expect(thefts).toEqual([]);
  });
});

describe("buildEvents tells an amount restated in another currency from a second sum", () => {
  it("buildEvents: '48.2 billion yen ($305 million)' is one sum in two currencies", () => {
    const [theft] = wireEvents(
      "theft",
      "Exchange hacked",
      "Hackers stole 48.2 billion yen ($305 million) worth of bitcoin from DMM Bitcoin in May.",
      "2024-12-24",
    );
    expect(theft.amount).toMatchObject({ value: 305e6, unit: "USD" });
    expect(theft.equivalents.map((a) => [a.value, a.unit])).toEqual([[48.2e9, "JPY"]]);
  });

  it("buildEvents: '60,000 ETH and 2.5 million USDT' are two sums, so no exchange rate comes of them", () => {
    const corpus = wireCorpus(
      "Bridge drained\n\nThe group siphoned roughly 60,000 ETH and 2.5 million USDT from the Harmony bridge in June.\n",
      "2022-07-01",
    );
    const [theft] = corpus.events.filter((e) => e.type === "theft");
    expect(theft.equivalents).toEqual([]);
    expect(corpus.figures.filter((f) => f.kind === "exchange-rate")).toEqual([]);
  });
});

describe("buildEvents reads a theft told as a hack that cost a sum", () => {
  it.each([
    ["The Ronin Network lost $620 million in a hack in March 2022.", 620e6, "Ronin Network", "2022-03"],
    ["Axie Infinity’s Ronin bridge was hacked for $625 million last year.", 625e6, "Ronin", "2022"],
    ["The hackers made off with about $100 million worth of crypto on Friday.", 100e6, undefined, "2023-07-07"],
    ["Lazarus was behind the $600 million Poly Network hack in August.", 600e6, "Poly Network", "2022-08"],
    ["The Bybit exploit, which netted $1.5 billion, came in February.", 1.5e9, "Bybit", "2023-02"],
    ["North Korea was behind the $100 million Harmony bridge hack.", 100e6, "Harmony", undefined],
    ["The North Korean hack netted $300 million in May.", 300e6, undefined, "2023-05"],
    ["The Lazarus heist in March yielded $41 million.", 41e6, undefined, "2023-03"],
  ])("buildEvents: %s", (sentence, value, victim, date) => {
    const [theft] = wireEvents("theft", "Crypto theft", sentence, "2023-07-12");
    expect(theft.amount).toMatchObject({ value, unit: "USD" });
    expect(theft.details.victim).toBe(victim);
    expect(theft.date?.iso).toBe(date);
  });

  it("buildEvents makes no theft of a sum lost to trade, spent after a hack or traded in breach of sanctions", () => {
    const text =
      "The company lost $2 billion in trade last year after a data breach. The exchange spent $5 million on security after a hack in May. Coal exports in breach of sanctions worth $200 million went on.";
    expect(wireEvents("theft", "Losses", text, "2023-07-12")).toEqual([]);
  });
});

describe("buildEvents reads a theft told as a sum lost to thieves", () => {
  it.each([
    ["Bybit lost $1.5 billion to North Korean hackers in February.", 1.5e9, "Bybit", "North Korea", "2025-02"],
    [
      "Ronin Network lost about $620 million to the Lazarus Group in March 2022.",
      620e6,
      "Ronin Network",
      "Lazarus Group",
      "2022-03",
    ],
    ["Harmony was losing $100 million in an exploit on Friday.", 100e6, "Harmony", null, "2025-02-28"],
    ["Investors lost a total of $40 million to cybercriminals last year.", 40e6, undefined, null, "2024"],
  ])("buildEvents: %s", (sentence, value, victim, actor, date) => {
    const [theft] = wireEvents("theft", "Crypto theft", sentence, "2025-03-02");
    expect(theft.amount).toMatchObject({ value, unit: "USD" });
    expect(theft.details.victim).toBe(victim);
    expect(theft.actor).toBe(actor);
    expect(theft.date?.iso).toBe(date);
  });

  it("buildEvents makes no theft of a sum lost to sanctions, in revenue or in an election", () => {
    const text =
      "North Korea lost $2 billion in exports to sanctions. The country lost $300 million in revenue last year. The party lost 12 seats to the opposition.";
    expect(wireEvents("theft", "Losses", text, "2025-03-02")).toEqual([]);
  });
});

describe("buildEvents takes no date the text puts ahead of the article for a theft", () => {
  it("buildEvents leaves a theft undated when its clause's only date is when a mandate 'expires'", () => {
    const [theft] = wireEvents(
      "theft",
      "Panel",
      "The panel, whose mandate expires in April, also investigated a hack in which some $600 million was stolen.",
      "2024-02-10",
    );
    expect(theft.amount).toMatchObject({ value: 6e8, unit: "USD" });
    expect(theft.date).toBeNull();
  });
});
