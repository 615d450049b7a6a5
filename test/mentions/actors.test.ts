import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { ActorDraft } from "../../data-loaders/types.ts";
import { extractActors } from "../../data-loaders/mentions/actors.ts";
import { nameKey } from "../../data-loaders/gazetteer/normalize.ts";
import { DocumentMemory, shortKey } from "../../data-loaders/mentions/actors/memory.ts";
import { isNameWordAt, NOT_NAME_WORDS, readNameRun } from "../../data-loaders/mentions/actors/names.ts";
import {
  HONORIFICS,
  isRoleWordOrHonorificAt,
  ROLE_HEADS,
  ROLE_MODIFIERS,
} from "../../data-loaders/mentions/actors/roles.ts";
import { tokenAt, tokenBefore, tokenEndAt, tokenStartBefore } from "../../data-loaders/mentions/actors/tokens.ts";
import {
  CAPITALIZED,
  caseShape,
  NO_LOWER,
  NO_UPPER,
  WordTable,
} from "../../data-loaders/mentions/actors/word-table.ts";

// Seeds are the five articles in seeds/ (see seeds/catalog.json for their sources).
function seed(name: string): string {
  return readFileSync(new URL(`../../seeds/${name}`, import.meta.url), "utf8");
}

/** The actor whose text is exactly `surface`, the n-th time it occurs. */
function at(text: string, actors: ActorDraft[], surface: string, nth = 0): ActorDraft | undefined {
  let from = 0;
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = text.indexOf(surface, from);
    if (index < 0) return undefined;
    from = index + 1;
  }
  return actors.find((a) => a.start === index && a.end === index + surface.length);
}

/** The actor spanning `word` inside the first occurrence of `context`. */
function within(text: string, actors: ActorDraft[], context: string, word: string): ActorDraft | undefined {
  const start = text.indexOf(context) + context.indexOf(word);
  return actors.find((a) => a.start === start && a.end === start + word.length);
}

function values(text: string): string[] {
  return extractActors(text).map((a) => `${a.kind}:${a.value}`);
}

describe("extractActors on the seeds", () => {
  it("extractActors(text) reads seed 000: Kim Un-chol's role and country from the appositive", () => {
    const text = seed("000_f98022329e002b79.txt");
    const actors = extractActors(text);
    expect(at(text, actors, "Kim Un-chol")).toMatchObject({
      kind: "person",
      value: "Kim Un Chol",
      role: "vice foreign minister",
      country: "North Korea",
      known: true,
    });
    expect(at(text, actors, "Donald Trump")).toMatchObject({ role: "President", country: "United States" });
    expect(at(text, actors, "Kim Jong-un")).toMatchObject({ value: "Kim Jong Un", role: "leader" });
    // "stated Kim" is the Kim named just before, not the leader.
    expect(within(text, actors, "stated Kim", "Kim")).toMatchObject({ kind: "person", value: "Kim Un Chol" });
    expect(at(text, actors, "Yonhap News Agency")).toMatchObject({ category: "media", country: "South Korea" });
    expect(at(text, actors, "KCNA")?.value).toBe("Korean Central News Agency");
    expect(at(text, actors, "US State Department")).toMatchObject({
      value: "US Department of State",
      category: "government",
    });
    expect(at(text, actors, "intelligence agency")?.value).toBe("National Intelligence Service");
    expect(at(text, actors, "Washington")).toMatchObject({ kind: "country", value: "United States" });
    expect(within(text, actors, "toward the North", "North")).toMatchObject({ kind: "country", value: "North Korea" });
  });

  it("extractActors(text) reads seed 001: Kim Yo Jong under three spellings and her titles", () => {
    const text = seed("001_9d2ae734795a9dc4.txt");
    const actors = extractActors(text);
    for (const surface of ["Kim Yo-jong", "Kim Yeo-jeong", "Kim Yeo-jung"]) {
      expect(at(text, actors, surface)?.value, surface).toBe("Kim Yo Jong");
    }
    expect(at(text, actors, "Kim Yo-jong")?.role).toBe("Vice Minister of the Workers’ Party of Korea");
    expect(at(text, actors, "Yoon Seok-yeol")).toMatchObject({ value: "Yoon Suk Yeol", role: "President" });
    // "Deputy Minister Kim", "Vice President Kim": the Kim whose roles fit the title, not the leader named last.
    const deputy = actors.find((a) => a.role === "Deputy Minister");
    expect(deputy).toMatchObject({ value: "Kim Yo Jong" });
    expect(actors.find((a) => a.role === "Vice President")?.value).toBe("Kim Yo Jong");
    expect(at(text, actors, "Jeong Park")).toMatchObject({
      value: "Jung Pak",
      role: "Deputy Special Representative for North Korea",
      country: "United States",
    });
    const groups = actors.filter((a) => a.category === "hacking group").map((a) => a.value);
    expect(groups).toEqual(["Lazarus Group", "Bluenoroff", "Andariel"]);
    expect(at(text, actors, "Reconnaissance General Bureau")?.category).toBe("agency");
    expect(at(text, actors, "Chosun Central TV")?.value).toBe("Korean Central Television");
    expect(within(text, actors, "If (Korea)", "Korea")).toMatchObject({ kind: "country", value: "South Korea" });
  });

  it("extractActors(text) reads seed 002: state media, a Blue House spokesman and Seoul's foreign ministry", () => {
    const text = seed("002_5f76f34adb6de2fd.txt");
    const actors = extractActors(text);
    expect(at(text, actors, "Rodong Sinmun")?.category).toBe("media");
    expect(actors.find((a) => a.value === "Central Committee of the Workers' Party of Korea")?.category).toBe("party");
    expect(at(text, actors, "Maeri")).toMatchObject({ value: "Meari", category: "media" });
    expect(at(text, actors, "Kim Eui-kyeom")).toMatchObject({ role: "spokesman", country: "South Korea", known: true });
    expect(at(text, actors, "foreign ministry")).toMatchObject({
      value: "South Korean Ministry of Foreign Affairs",
      country: "South Korea",
    });
    expect(within(text, actors, "Korea’s Kim", "Kim")?.value).toBe("Kim Jong Un");
  });

  it("extractActors(text) reads seed 003: envoys with titles before and set off by commas", () => {
    const text = seed("003_d1f2b0232cde14cc.txt");
    const actors = extractActors(text);
    expect(at(text, actors, "Sung Y. Kim")).toMatchObject({ value: "Sung Kim", role: "envoy for North Korea" });
    expect(at(text, actors, "Kim Gunn", 1)?.role).toBe("envoy for peace and security affairs on the Korean peninsula");
    expect(at(text, actors, "Takehiro Funakoshi")).toMatchObject({ role: "official", country: "Japan" });
    expect(at(text, actors, "Japanese Foreign Ministry")?.value).toBe("Japanese Ministry of Foreign Affairs");
    expect(at(text, actors, "Ned Price")).toMatchObject({ role: "spokesman", country: "United States" });
    expect(at(text, actors, "Han Duck-soo")).toMatchObject({ role: "Prime Minister", country: "South Korea" });
    // "Kim met with …": the nearest Kim named before (Kim Gunn), not Sung Kim.
    expect(at(text, actors, "Kim met")).toBeUndefined();
    const kimMet = actors.find((a) => a.start === text.indexOf("Kim met"));
    expect(kimMet?.value).toBe("Kim Gunn");
    expect(at(text, actors, "Han", 1)?.value).toBe("Han Duck-soo");
  });

  it("extractActors(text) reads seed 004: a given name alone refers back to the full name", () => {
    const text = seed("004_fcfc1a8f3b45e3ee.txt");
    const actors = extractActors(text);
    expect(at(text, actors, "Kim Yong-jae")).toMatchObject({
      value: "Kim Yong Jae",
      role: "External Economic Affairs Minister",
      country: "North Korea",
    });
    expect(at(text, actors, "Yong-jae", 1)?.value).toBe("Kim Yong Jae");
    expect(at(text, actors, "Vladimir Putin")).toMatchObject({ role: "President", country: "Russia" });
    expect(at(text, actors, "TEHRAN")).toMatchObject({ kind: "country", value: "Iran" });
    expect(actors.filter((a) => a.value === "Kim Jong Un").length).toBeGreaterThanOrEqual(6);
  });
});

describe("extractActors rules", () => {
  it("extractActors(text) finds people the gazetteer does not know by their title", () => {
    const text = "Deputy Foreign Minister Park Yoon-joo met spokesman John Doe and Gen. Mark Smith.";
    const people = extractActors(text).filter((a) => a.kind === "person");
    expect(people.map((p) => [p.value, p.role, p.known])).toEqual([
      ["Park Yoon-joo", "Deputy Foreign Minister", false],
      ["John Doe", "spokesman", false],
      ["Mark Smith", null, false],
    ]);
  });

  it("extractActors(text) reads a rank between role and name as part of the title, not as a name", () => {
    const text = "JCS spokesperson Col. Lee Sung-jun told reporters. Army spokesman Maj. Park said so.";
    const people = extractActors(text).filter((a) => a.kind === "person");
    expect(people.map((p) => [text.slice(p.start, p.end), p.role])).toEqual([
      ["Lee Sung-jun", "spokesperson"],
      ["Park", "spokesman"],
    ]);
  });

  it("extractActors(text) reads no name after a title in a headline that capitalizes every word", () => {
    const text = "DPRK Foreign Ministry Spokesman Slams U.S. Sanctions Racket\nThe spokesman said so.";
    expect(extractActors(text).filter((a) => a.kind === "person")).toEqual([]);
  });

  it("extractActors(text) finds Korean names by their shape and refers later surnames back", () => {
    const text = "Ri Chol Man, a North Korean diplomat, arrived. Later, Ri told reporters he was leaving.";
    const people = extractActors(text).filter((a) => a.kind === "person");
    expect(people[0]).toMatchObject({ value: "Ri Chol Man", role: "diplomat", country: "North Korea" });
    expect(people[1]).toMatchObject({ value: "Ri Chol Man", start: text.indexOf("Ri told") });
  });

  it("extractActors(text) resolves an ambiguous surname to the nearest full mention", () => {
    const text = "Kim Gunn met Sung Kim in Jakarta. Kim said the talks went well.";
    const kim = extractActors(text).find((a) => a.start === text.indexOf("Kim said"));
    expect(kim?.value).toBe("Sung Kim");
  });

  it("extractActors(text) does not read places, wars or capitalized sentence openers as people", () => {
    const text =
      "The Korean War ended in an armistice. Security Council resolutions ban launches on the Korean Peninsula. Experts Say It Matters.";
    const actors = extractActors(text);
    expect(actors.filter((a) => a.kind === "person")).toEqual([]);
    expect(actors.map((a) => a.value)).toEqual(["UN Security Council"]);
  });

  it("extractActors(text) tells the North and the South from compass points", () => {
    expect(values("the North fired; the South responded")).toEqual(["country:North Korea", "country:South Korea"]);
    expect(values("in the South China Sea")).toEqual([]);
    expect(values("the north of the country")).toEqual([]);
  });

  it("extractActors(text) recognizes unknown organizations by their head noun and their acronyms", () => {
    const text =
      "Treasury sanctioned Korea Sobaeksu Trading Company (KSTC) and the Ministry of State Security. KSTC denied it.";
    const orgs = extractActors(text).filter((a) => a.kind === "organization");
    expect(orgs.map((o) => [o.value, o.category])).toEqual([
      ["US Department of the Treasury", "government"],
      ["Korea Sobaeksu Trading Company", "company"],
      ["Korea Sobaeksu Trading Company", "company"],
      ["Ministry of State Security", "agency"],
      ["Korea Sobaeksu Trading Company", "company"],
    ]);
  });

  it("extractActors(text) ends a company's name at its legal form: '… Co Ltd and … Company' are two", () => {
    const text = "It designated Taesong Shipping Co Ltd and Ryugyong Commercial Bank Corporation of Pyongyang.";
    const orgs = extractActors(text).filter((a) => a.kind === "organization");
    expect(orgs.map((o) => text.slice(o.start, o.end))).toEqual([
      "Taesong Shipping Co Ltd",
      "Ryugyong Commercial Bank Corporation",
    ]);
  });

  it("extractActors(text) joins a country adjective to the office it names", () => {
    const text = "a Russian Foreign Ministry statement and the US Treasury Department";
    expect(values(text)).toEqual([
      "organization:Russian Ministry of Foreign Affairs",
      "organization:US Department of the Treasury",
    ]);
  });

  it("extractActors(text) reads a title with an office inside and names with middle initials", () => {
    const text =
      "said Under Secretary of the Treasury John K. Hurley, while Japan’s Chief Cabinet Secretary Yoshimasa Hayashi spoke.";
    const people = extractActors(text).filter((a) => a.kind === "person");
    expect(people.map((p) => [p.value, p.role, p.known])).toEqual([
      ["John Hurley", "Under Secretary of the Treasury", true],
      ["Yoshimasa Hayashi", "Chief Cabinet Secretary", true],
    ]);
  });

  it("extractActors(text) keeps a Korean name distinct from a president's bare surname", () => {
    const text = "President Yoon condemned it. Yoon Young-chan, a former presidential secretary, told MBC.";
    const people = extractActors(text).filter((a) => a.kind === "person");
    expect(people.map((p) => p.value)).toEqual(["Yoon Suk Yeol", "Yoon Young-chan"]);
  });

  it("extractActors(text) leaves a council every government has without a country when none is named", () => {
    const nsc = extractActors("The office convened a National Security Council meeting.")[0];
    expect(nsc).toMatchObject({ value: "National Security Council", country: null });
  });

  it("extractActors(text) does not read US$ as the United States", () => {
    expect(values("US$1.7 billion was stolen")).toEqual([]);
  });
});

describe("extractActors properties", () => {
  const piece = fc.constantFrom(
    "Kim",
    "Kim Jong-un",
    " said",
    ", ",
    ". ",
    "\n",
    "Vice Minister ",
    "North Korea’s ",
    "the North",
    "“",
    "”",
    "'",
    "US$",
    "Korea",
    "Ri ",
    "Chol-",
    "-",
    "(",
    ")",
    " of the ",
    "Ministry",
    "Trading Company",
    "\u00a0",
    "Constructor ",
    "__proto__",
    "ToString ",
  );
  const texts = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.array(piece, { maxLength: 30 }).map((p) => p.join("")),
  );

  it("extractActors(text) never throws, keeps spans inside the text, in order and without overlap", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const actors = extractActors(text);
        let last = 0;
        for (const a of actors) {
          expect(a.start).toBeGreaterThanOrEqual(last);
          expect(a.end).toBeGreaterThan(a.start);
          expect(a.end).toBeLessThanOrEqual(text.length);
          expect(a.value.length).toBeGreaterThan(0);
          last = a.end;
        }
      }),
      { seed: 42, numRuns: 1000 },
    );
  });
});

// The scanner's word lists are read from text positions; these compare them with the plain definitions they replace.
describe("WordTable", () => {
  const words = ["minister", "vice", "co-founder", "mr", "the", "of"];
  const table = new WordTable(words.map((w, i): [string, number] => [w, 1 << i]));
  const anyCase = fc
    .tuple(fc.constantFrom(...words), fc.array(fc.boolean(), { maxLength: 12 }))
    .map(([w, ups]) => [...w].map((c, i) => (ups[i] ? c.toUpperCase() : c)).join(""));

  it("WordTable.get(text, start, end) finds a listed word in any case, inside a longer text", () => {
    fc.assert(
      fc.property(anyCase, fc.string({ maxLength: 5 }), (word, before) => {
        const text = `${before}${word}!`;
        expect(table.get(text, before.length, before.length + word.length)).toBe(
          1 << words.indexOf(word.toLowerCase()),
        );
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it("WordTable.get(text, start, end) finds nothing else, whatever the characters", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (word) => {
        fc.pre(!words.includes(word.toLowerCase()));
        expect(table.get(word, 0, word.length)).toBe(0);
      }),
      { seed: 42, numRuns: 1000 },
    );
  });

  it("caseShape(text, start, end) tells lower case, capitalized and capitals apart", () => {
    expect(caseShape("minister", 0, 8)).toBe(NO_UPPER);
    expect(caseShape("Minister", 0, 8)).toBe(CAPITALIZED);
    expect(caseShape("MINISTER", 0, 8)).toBe(NO_LOWER);
    expect(caseShape("MiNister", 0, 8)).toBe(0);
    expect(caseShape("U.S.", 0, 4)).toBe(NO_LOWER);
    expect(caseShape("-", 0, 1)).toBe(NO_UPPER | NO_LOWER);
  });
});

describe("word lists read from positions", () => {
  const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  // The definitions as sets of strings, as the scanner had them.
  const notNameCapitalized = new Set([...NOT_NAME_WORDS, ...ROLE_HEADS, ...ROLE_MODIFIERS].map(capitalize));
  const notName = new Set([...NOT_NAME_WORDS, ...ROLE_HEADS, ...ROLE_MODIFIERS]);
  function isNameWordReference(word: string): boolean {
    if (notNameCapitalized.has(word)) return false;
    if (!/[A-Z]/.test(word.slice(1))) return true;
    return !notName.has(word.toLowerCase());
  }
  const roleAnyCase = new Set([...ROLE_HEADS, ...ROLE_MODIFIERS].flatMap((w) => [w, capitalize(w)]));
  const honorificAnyCase = new Set(
    [...HONORIFICS].flatMap((h) => [h, capitalize(h), h.toUpperCase()].flatMap((f) => [f, `${f}.`])),
  );
  function isRoleOrHonorificReference(word: string): boolean {
    const allCaps = !/[a-z]/.test(word);
    return (
      roleAnyCase.has(word) ||
      (word.length > 1 && allCaps && roleAnyCase.has(word.toLowerCase())) ||
      honorificAnyCase.has(word)
    );
  }
  const listed = fc.constantFrom(...NOT_NAME_WORDS, ...ROLE_HEADS, ...ROLE_MODIFIERS, ...HONORIFICS, "Kim", "Han");
  const word = fc.oneof(
    fc
      .tuple(listed, fc.constantFrom("lower", "capitalized", "upper", "dotted"))
      .map(([w, form]) =>
        form === "lower" ? w : form === "capitalized" ? capitalize(w) : form === "upper" ? w.toUpperCase() : `${w}.`,
      ),
    fc.string({ minLength: 1, maxLength: 8 }),
  );

  it("isNameWordAt(text, start, end) agrees with the word sets it replaces", () => {
    fc.assert(
      fc.property(word, (w) => {
        const text = ` ${w} `;
        expect(isNameWordAt(text, 1, 1 + w.length)).toBe(isNameWordReference(w));
      }),
      { seed: 42, numRuns: 2000 },
    );
  });

  it("isRoleWordOrHonorificAt(text, start, end) agrees with the word sets it replaces", () => {
    fc.assert(
      fc.property(word, (w) => {
        const text = ` ${w} `;
        expect(isRoleWordOrHonorificAt(text, 1, 1 + w.length)).toBe(isRoleOrHonorificReference(w));
      }),
      { seed: 42, numRuns: 2000 },
    );
  });
});

describe("DocumentMemory", () => {
  it("DocumentMemory.hasAt(text, start, end) is true exactly for the short forms remembered", () => {
    const forms = fc.constantFrom("Kim", "Yong-jae", "Price", "O'Brien", "Müller", "KIM", "kim", "Pak", "Park");
    fc.assert(
      fc.property(fc.array(forms, { maxLength: 4 }), forms, (remembered, asked) => {
        const memory = new DocumentMemory();
        memory.remember("Someone", true, null, null, null, 0, remembered.map(shortKey));
        const text = `said ${asked}.`;
        const expected = remembered.some((f) => shortKey(f) === shortKey(asked));
        expect(memory.hasAt(text, 5, 5 + asked.length)).toBe(expected);
        expect(memory.recall(asked, null) !== null).toBe(expected);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it("shortKey(word) is the word's name key", () => {
    for (const w of ["Kim", "kim", "KIM", "Yong-jae", "Müller", "McDonald", "", "O’Brien"]) {
      expect(shortKey(w)).toBe(nameKey(w));
    }
  });
});

describe("readNameRun", () => {
  it("readNameRun(text, start) reads initials, particles and suffixes, and stops at words that name no one", () => {
    const names = (text: string) => readNameRun(text, 0).map((w) => w.text);
    expect(names("Sung Y. Kim said")).toEqual(["Sung", "Y", "Kim"]);
    expect(names("Ursula von der Leyen spoke")).toEqual(["Ursula", "von", "der", "Leyen"]);
    expect(names("John Smith Jr. spoke")).toEqual(["John", "Smith", "Jr"]);
    // "King" is a title, not a name.
    expect(names("Martin Luther King Jr. spoke")).toEqual(["Martin", "Luther"]);
    expect(names("Kim Says Sanctions")).toEqual(["Kim"]);
    expect(names("Ursula von said")).toEqual(["Ursula"]);
    expect(readNameRun("Sung Y. Kim", 0)[1]).toMatchObject({ start: 5, end: 7 });
  });
});

describe("tokens", () => {
  it("tokenStartBefore and tokenEndAt give the bounds tokenBefore and tokenAt give", () => {
    const text = "said Mr. Kim, U.S. envoy; the spokesman’s remarks — Vice-Minister O'Brien";
    for (let pos = 0; pos <= text.length; pos++) {
      for (const adjacent of [false, true]) {
        const t = tokenBefore(text, pos, adjacent);
        expect(tokenStartBefore(text, pos, adjacent)).toBe(t ? t.start : -1);
      }
      const t = tokenAt(text, pos);
      expect(tokenEndAt(text, pos)).toBe(t ? t.end : pos);
      if (t) expect(t.text).toBe(text.slice(t.start, t.end));
    }
  });
});
