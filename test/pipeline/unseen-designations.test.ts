// Joint designations as allied press releases and wire copy word them, written for this test (none from the seeds).
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../../data-loaders/types.ts";
import { wireEvents } from "./wire-corpus.ts";

function designations(body: string, published = "2024-06-07"): EventRecord[] {
  return wireEvents("designation", "Sanctions", body, published);
}

describe("buildEvents credits every authority of a joint designation", () => {
  it("buildEvents keeps the first authority as actor and lists all three as participants", () => {
    const [d] = designations(
      "The United States, Japan and South Korea jointly sanctioned four individuals and one entity on Thursday.",
    );
    expect(d).toMatchObject({
      actor: "United States",
      participants: ["United States", "Japan", "South Korea"],
      targets: { individual: 4, entity: 1 },
    });
    expect(d.summary).toBe("United States, Japan and South Korea designated 4 individuals and 1 entity");
  });

  it("buildEvents reads two authorities joined by 'and' with a date between them and the verb", () => {
    const [d] = designations("The U.S. and South Korea on Thursday sanctioned three North Korean bankers.");
    expect(d.actor).toBe("United States");
    expect(d.participants).toEqual(["United States", "South Korea"]);
  });

  it("buildEvents counts an office and its country once: the Treasury's OFAC is one authority", () => {
    const [d] = designations(
      "The Treasury's Office of Foreign Assets Control sanctioned two shipping companies on Monday.",
    );
    expect(d.actor).toBe("United States");
    expect(d.participants).toEqual([]);
  });

  it("buildEvents lists no countries named after the verb: where the targets are based is no authority", () => {
    const [d] = designations("Britain sanctioned two firms based in China and Russia on Monday.");
    expect(d.actor).toBe("United Kingdom");
    expect(d.participants).toEqual([]);
  });

  it("buildEvents credits an office named 'of Japan' to Japan", () => {
    const [d] = designations("The Foreign Ministry of Japan on Friday sanctioned five entities and two individuals.");
    expect(d).toMatchObject({ actor: "Japan", targets: { entity: 5, individual: 2 } });
  });
});

describe("buildEvents counts targets the text does not split by type", () => {
  it("buildEvents: 'sanctioned 60 individuals and entities' targets 60 individuals or entities, not 60 individuals", () => {
    const [d] = designations(
      "The Treasury Department sanctioned 60 individuals and entities linked to North Korea on Monday.",
    );
    expect(d.targets).toEqual({ "individual or entity": 60 });
    expect(d.summary).toBe("United States designated 60 individuals or entities");
  });

  it("buildEvents: 'added 12 companies and individuals' says what the text called them", () => {
    const [d] = designations("The EU added 12 companies and individuals to its sanctions list on Friday.");
    expect(d.targets).toEqual({ "individual or entity": 12 });
    expect(d.summary).toBe("European Union designated 12 individuals or entities (companies or individuals)");
  });
});

describe("buildEvents reads a vessel identified as blocked property as designated", () => {
  it("buildEvents: 'OFAC also identified one vessel as blocked property' designates one vessel", () => {
    const [d] = designations("OFAC also identified one vessel as blocked property.");
    expect(d).toMatchObject({ actor: "United States", targets: { vessel: 1 } });
  });

  it("buildEvents makes no designation of blocked property held without a count of targets", () => {
    expect(designations("The bank held blocked property worth $3 million.")).toEqual([]);
  });
});

describe("buildEvents tells a designation done from one only referred to", () => {
  it("buildEvents makes no designation of 'The designated individual, <name>, is a member of <group>'", () => {
    expect(designations("The designated individual, Pak Chol Su, is a member of the hacking group Andariel.")).toEqual(
      [],
    );
  });

  it("buildEvents names no person after the verb as the one who designates", () => {
    const [d] = designations("Sanctions hit the Lazarus Group and Pak Chol Su, a banker, on Monday.");
    expect(d).toMatchObject({ actor: null, targetNames: ["Lazarus Group"] });
  });

  it("buildEvents lists two companies joined by 'and' after a legal form as two targets", () => {
    const [d] = designations("OFAC also designated Chonsong Shipping Co Ltd and Paektu Mining Trading Company.");
    expect(d).toMatchObject({ actor: "United States" });
    expect(d.targetNames).toEqual(["Chonsong Shipping Co Ltd", "Paektu Mining Trading Company"]);
  });
});

describe("buildEvents gives a designation's reason as the text words it", () => {
  it("buildEvents ends the reason before who reported it: ', the Foreign Office said on Wednesday'", () => {
    const [d] = designations(
      "Britain sanctioned six people and four organisations linked to North Korea's missile programme, the Foreign Office said on Wednesday.",
    );
    expect(d.details.reason).toBe("North Korea's missile programme");
  });

  it("buildEvents keeps the verb of 'for helping …' in the reason", () => {
    const [d] = designations("The U.S. sanctioned two firms for helping North Korea evade sanctions, Treasury said.");
    expect(d.details.reason).toBe("helping North Korea evade sanctions");
  });
});

describe("buildEvents reads an asset freeze told with a participle", () => {
  it("buildEvents: 'freezing the assets of three entities and one individual' designates both", () => {
    const [d] = designations(
      "Japan followed on Friday, freezing the assets of three entities and one individual, among them the Lazarus Group.",
    );
    expect(d).toMatchObject({ actor: "Japan", targets: { entity: 3, individual: 1 }, targetNames: ["Lazarus Group"] });
  });
});

describe("buildEvents tells one designation from a running total or a draft", () => {
  it("buildEvents makes no designation of a running total: 'has now sanctioned', 'a total of', 'to date'", () => {
    expect(designations("Treasury has now sanctioned 12 people and nine companies linked to North Korea.")).toEqual([]);
    expect(designations("The EU has sanctioned a total of 80 individuals and 20 entities.")).toEqual([]);
    expect(designations("To date, Britain has sanctioned more than 50 ships.")).toEqual([]);
  });

  it("buildEvents still reads a new designation told in the present perfect", () => {
    const [d] = designations("The United States has sanctioned eight individuals and two entities, Treasury said.");
    expect(d).toMatchObject({ actor: "United States", targets: { individual: 8, entity: 2 } });
  });

  it("buildEvents: what a draft 'would have imposed' is proposed, not imposed", () => {
    const [d] = designations("The draft would have imposed an asset freeze on the Lazarus Group.");
    expect(d.details.status).toBe("proposed");
  });
});
