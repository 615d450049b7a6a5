import { describe, expect, it } from "vitest";
import { lookupActor } from "../../data-loaders/gazetteer/index.ts";
import { entriesByName } from "../../data-loaders/gazetteer/lexicon.ts";

function name(alias: string): string | null {
  return lookupActor(alias)?.name ?? null;
}

describe("lookupActor", () => {
  it("lookupActor(name) finds North Korean leaders under every spelling", () => {
    for (const alias of ["Kim Jong Un", "Kim Jong-un", "Kim Jongun", "KIM JONG UN", "Kim Jong-Un"]) {
      expect(name(alias)).toBe("Kim Jong Un");
    }
    for (const alias of ["Kim Yo Jong", "Kim Yo-jong", "Kim Yeo-jeong", "Kim Yeo-jung"]) {
      expect(name(alias)).toBe("Kim Yo Jong");
    }
    expect(name("Choe Son-hui")).toBe("Choe Son Hui");
    expect(name("Choi Son Hui")).toBe("Choe Son Hui");
    expect(name("Lee Son Gwon")).toBe("Ri Son Gwon");
    expect(name("Kim Un-chol")).toBe("Kim Un Chol");
  });

  it("lookupActor(name) knows officials of Seoul, Washington, Tokyo, Beijing, Moscow and the UN", () => {
    expect(name("Yoon Seok-yeol")).toBe("Yoon Suk Yeol");
    expect(name("Han Duck-soo")).toBe("Han Duck-soo");
    expect(name("Sung Y. Kim")).toBe("Sung Kim");
    expect(name("Jeong Park")).toBe("Jung Pak");
    expect(name("Linda Thomas-Greenfield")).toBe("Linda Thomas-Greenfield");
    expect(name("Takehiro Funakoshi")).toBe("Takehiro Funakoshi");
    expect(name("Wang Yi")).toBe("Wang Yi");
    expect(name("Sergey Lavrov")).toBe("Sergei Lavrov");
    expect(name("Antonio Guterres")).toBe("António Guterres");
  });

  it("lookupActor(name) gives organizations their category and country", () => {
    expect(lookupActor("Hidden Cobra")).toMatchObject({ name: "Lazarus Group", category: "hacking group" });
    expect(lookupActor("APT38")?.name).toBe("Lazarus Group");
    expect(lookupActor("ScarCruft")?.name).toBe("APT37");
    expect(lookupActor("KCNA")).toMatchObject({
      name: "Korean Central News Agency",
      category: "media",
      country: "North Korea",
    });
    expect(lookupActor("OFAC")).toMatchObject({ category: "agency", country: "United States" });
    expect(lookupActor("UN Security Council")?.category).toBe("international");
    expect(lookupActor("Tornado Cash")?.category).toBe("mixer");
    expect(lookupActor("Bybit")?.category).toBe("exchange");
    expect(lookupActor("Workers’ Party of Korea")).toMatchObject({
      name: "Workers' Party of Korea",
      category: "party",
    });
    expect(lookupActor("RGB")?.name).toBe("Reconnaissance General Bureau");
    expect(lookupActor("JCS")).toMatchObject({ country: "South Korea", category: "military" });
  });

  it("lookupActor(name) resolves offices every country has by the country named with them", () => {
    expect(lookupActor("Japanese Foreign Ministry")).toMatchObject({
      name: "Japanese Ministry of Foreign Affairs",
      country: "Japan",
    });
    expect(lookupActor("US Foreign Ministry")?.name).toBe("US Department of State");
    expect(lookupActor("US Treasury")?.name).toBe("US Department of the Treasury");
    expect(lookupActor("Foreign Ministry")).toMatchObject({ name: "Ministry of Foreign Affairs", country: null });
  });

  it("lookupActor(name) maps aliases, demonyms and capitals of countries", () => {
    expect(name("DPRK")).toBe("North Korea");
    expect(name("Pyongyang")).toBe("North Korea");
    expect(name("North Koreans")).toBe("North Korea");
    expect(name("ROK")).toBe("South Korea");
    expect(name("U.S.")).toBe("United States");
    expect(name("Washington")).toBe("United States");
    expect(name("Kremlin")).toBe("Russia");
    expect(name("Tehran")).toBe("Iran");
    expect(name("Hanoi")).toBe("Vietnam");
  });

  it("lookupActor(name) is case-sensitive where an alias has capitals", () => {
    expect(lookupActor("us")).toBeNull();
    expect(lookupActor("US")?.name).toBe("United States");
    expect(lookupActor("The diplomat")).toBeNull();
    expect(lookupActor("The Diplomat")?.category).toBe("media");
  });

  it("lookupActor(name) returns null for places, events and unknown names", () => {
    expect(lookupActor("Korean War")).toBeNull();
    expect(lookupActor("Korean Peninsula")).toBeNull();
    expect(lookupActor("South China Sea")).toBeNull();
    expect(lookupActor("Nobody Atall")).toBeNull();
    expect(lookupActor("")).toBeNull();
  });
});

describe("gazetteer", () => {
  it("holds far more actors than the seeds name", () => {
    const entries = [...entriesByName.values()];
    const count = (kind: string) => entries.filter((e) => e.kind === kind).length;
    expect(count("person")).toBeGreaterThan(250);
    expect(count("organization")).toBeGreaterThan(250);
    expect(count("country")).toBeGreaterThan(180);
  });

  it("holds names only: no amounts or dates in any name or role", () => {
    for (const e of entriesByName.values()) {
      const text = [e.name, e.role ?? "", ...e.aliases].join(" ");
      expect(text, e.name).not.toMatch(/\$|\b(?:19|20)\d\d\b|\bmillion\b|\bbillion\b/);
    }
  });
});
