import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extractActors } from "../../data-loaders/mentions/actors.ts";
import { extractQuotes, type QuoteMention } from "../../data-loaders/mentions/quotes.ts";
import type { QuoteDraft } from "../../data-loaders/types.ts";
import { findQuoteSpans, type QuoteSpan } from "../../data-loaders/mentions/quotes/marks.ts";
import { SentenceBounds } from "../../data-loaders/mentions/quotes/sentences.ts";
import { VerbIndex, type Verb } from "../../data-loaders/mentions/quotes/verbs.ts";
import { VERB, verbKind } from "../../data-loaders/mentions/quotes/vocabulary.ts";

// Seeds are the five articles in seeds/ (see seeds/catalog.json for their sources).
function seed(name: string): string {
  return readFileSync(new URL(`../../seeds/${name}`, import.meta.url), "utf8");
}

function quotesOf(text: string): QuoteMention[] {
  return extractQuotes(text, extractActors(text));
}

/** [first words of the quotation, speaker, words naming the speaker] for each quotation. */
function summary(text: string): [string, string | null, string | null][] {
  return quotesOf(text).map((q) => [
    q.value.split(/\s+/).slice(0, 4).join(" "),
    q.speaker,
    q.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : null,
  ]);
}

describe("extractQuotes on the seeds", () => {
  it("extractQuotes(text, actors) reads seed 000: “…,” stated Kim, as conveyed by KCNA", () => {
    expect(summary(seed("000_f98022329e002b79.txt"))).toEqual([
      ["Given that the current", "Kim Un Chol", "Kim"],
      ["malicious nature", null, null],
    ]);
  });

  it("extractQuotes(text, actors) reads seed 001: single quotes, a ‘…” pair and a quote continued after its close", () => {
    const text = seed("001_9d2ae734795a9dc4.txt");
    const quotes = quotesOf(text);
    const by = (start: string) => quotes.find((q) => q.value.startsWith(start));
    expect(by("disgusting ignorance")).toMatchObject({ speaker: "Kim Yo Jong", scare: false });
    expect(by("I really look")).toMatchObject({ speaker: "Kim Yo Jong" });
    // Opened with ‘ and closed with ”: “he said” points back to the last speaker.
    expect(by("If (Korea) still feels")).toMatchObject({ speaker: "Kim Yo Jong" });
    expect(text.slice(by("If (Korea)")!.speakerSpan!.start, by("If (Korea)")!.speakerSpan!.end)).toBe("he");
    expect(by("North Korea’s malicious cyber")).toMatchObject({ speaker: "Jung Pak" });
    expect(by("We have to respond together")).toMatchObject({ speaker: "Jung Pak" });
    expect(by("The suffering of the people")).toMatchObject({ speaker: "Pope Francis" });
    for (const scare of ["strong", "target", "idiot", "last words", "veto power", "Exinfinity", "mixer", "wash"]) {
      expect(by(scare), scare).toMatchObject({ speaker: null, scare: true });
    }
    // Nested ‘sanctions’ inside a double-quoted passage is no quotation of its own.
    expect(quotes.some((q) => q.value === "sanctions")).toBe(false);
    expect(by("US responsibility theory")?.speaker).toBeNull();
  });

  it("extractQuotes(text, actors) reads seed 002: the newspaper, the website, and a channel that is no speaker", () => {
    expect(summary(seed("002_5f76f34adb6de2fd.txt"))).toEqual([
      ["raise its negotiating power.", null, null],
      ["There have been outrageous", "Rodong Sinmun", "Rodong Sinmun"],
      ["How could the sanctions,", "Rodong Sinmun", "the newspaper"],
      ["We got back our", "Donald Trump", "Donald Trump"],
      ["anachronistic", "Uriminzokkiri", "Uriminzokkiri"],
      ["goodwill measures.", "Meari", "Maeri"],
      ["It takes two to", "Meari", "the website"],
      ["would want North Korea", "Kim Eui-kyeom", "Kim Eui-kyeom"],
      ["[North Korea] has not", null, null],
      ["Terrific Progress", "Donald Trump", "Trump"],
    ]);
  });

  it("extractQuotes(text, actors) reads seed 003: “the official said” and “adding” point to the envoy named before", () => {
    expect(summary(seed("003_d1f2b0232cde14cc.txt"))).toEqual([
      ["more aggressive", null, null],
      ["won’t hesitate", "US Department of State", "US State Department"],
      ["South Korea, Japan and", "Kim Gunn", "the official"],
      ["becoming more aggressive and", "Kim Gunn", "the official"],
      ["regional security", null, null],
      ["always looking for individuals", "Ned Price", "Ned Price"],
      ["we won’t hesitate to", "Ned Price", "Ned Price"],
      ["exactly when", "Han Duck-soo", "he"],
    ]);
  });

  it("extractQuotes(text, actors) reads seed 004: KCNA quoted Kim as saying; Putin stressed; he added", () => {
    expect(summary(seed("004_fcfc1a8f3b45e3ee.txt"))).toEqual([
      ["Not Bothered", null, null],
      ["Not Bothered", null, null],
      ["barely affected", "Kim Yong Jae", "Kim Yong-jae"],
      ["don’t bother", "Kim Yong Jae", "The official"],
      ["Let them impose sanctions,", "Kim Yong Jae", "he"],
      ["These people must not", "Kim Yong Jae", "he"],
      ["bad faith", "Kim Jong Un", "Kim"],
      ["critical point", "Kim Jong Un", "Kim"],
      ["The situation on the", "Kim Jong Un", "Kim"],
      ["may return to its", "Kim Jong Un", "he"],
      ["Peace and security on", "Kim Jong Un", "Kim"],
      ["[The North Koreans] only", "Vladimir Putin", "Putin"],
      ["I'm deeply convinced that", "Vladimir Putin", "he"],
      ["work toward", null, null],
    ]);
  });
});

describe("extractQuotes attribution", () => {
  it("extractQuotes(text, actors) reads “X said” before and “said X” after a quotation", () => {
    const text = 'Ned Price said: "We will act." Later, "We are ready," said Antony Blinken.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["Ned Price", "Antony Blinken"]);
  });

  it("extractQuotes(text, actors) reads “X said on Tuesday” and “said on state television” as speech, not a stance", () => {
    const text =
      '"Cooperation must stop," spokesman Park Min-ho said on Tuesday. "We are ready," Ri Song Gwon said on state television.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["Park Min-ho", "Ri Song Gwon"]);
  });

  it("extractQuotes(text, actors) gives the words to the subject, not to a person inside the commas after it", () => {
    const text =
      'Kim Yo Jong, the sister of leader Kim Jong Un, said the drills were "a rehearsal for invasion". ' +
      'Choe Son Hui, who met Sergei Lavrov in Moscow, said the talks were "very productive". ' +
      'The envoy, Kim Tok Hun, said it was "a success".';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["Kim Yo Jong", "Choe Son Hui", "Kim Tok Hun"]);
  });

  it("extractQuotes(text, actors) reads “he said” as the subject of a sentence before, not the last name in it", () => {
    const text =
      "U.S. Secretary of State Antony Blinken, speaking with South Korean Foreign Minister Cho Tae-yul, said the allies " +
      'would respond. "We will work closely," he said. "We are ready," Kim Yo Jong said. ' +
      'The talks with Vladimir Putin lasted hours. "We will win," she said.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["Antony Blinken", "Kim Yo Jong", "Kim Yo Jong"]);
  });

  it("extractQuotes(text, actors) gives the channel only when nobody else speaks", () => {
    const text =
      '"The launch failed," Yonhap reported. Kim Tok Hun told reporters that it "went well," Reuters reported.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["Yonhap News Agency", "Kim Tok Hun"]);
  });

  it("extractQuotes(text, actors) leaves a report's words unattributed", () => {
    const text = 'The UN released a report. "Sanctions were evaded," the report said.';
    expect(quotesOf(text)[0]).toMatchObject({ speaker: null, speakerSpan: null });
  });

  it("extractQuotes(text, actors) points “the official” to the nearest person in office, not an analyst", () => {
    const text = 'Choe Son Hui met Victor Cha, an analyst. "We will not yield," the official said.';
    expect(quotesOf(text)[0].speaker).toBe("Choe Son Hui");
  });
});

describe("extractQuotes across sentences", () => {
  it("extractQuotes(text, actors) finds the speaker behind a title after “said” and keeps them for the next quoted sentence", () => {
    const text =
      '"Hackers launder money for the regime," said Under Secretary of the Treasury John K. Hurley. "Treasury will continue to hold the facilitators accountable."';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["John Hurley", "John Hurley"]);
  });

  it("extractQuotes(text, actors) reads nothing after a quotation that ends its sentence", () => {
    const text =
      'Yoon Young-chan told MBC that "the North is raising the stakes." The Ministry of Unification said it "deeply regrets" the launch.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["Yoon Young-chan", "Ministry of Unification"]);
  });

  it("extractQuotes(text, actors) lets an office named after “the North’s” speak", () => {
    const text = "The North’s foreign ministry called the accusations “a smear campaign,” according to KCNA.";
    expect(quotesOf(text)[0]).toMatchObject({ speaker: "North Korean Ministry of Foreign Affairs", scare: false });
  });
});

describe("extractQuotes robustness", () => {
  it("extractQuotes(text, actors) treats words such as “constructor” as plain words", () => {
    const text = '"It works," the constructor said. "Fine," the toString added.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual([null, null]);
  });
});

describe("findQuoteSpans", () => {
  it("findQuoteSpans(text) keeps apostrophes out of quotations", () => {
    const text = "Korea’s leader won’t go; the Workers’ Party said ‘no’ and 'never'.";
    const spans = findQuoteSpans(text).map((s) => text.slice(s.innerStart, s.innerEnd));
    expect(spans).toEqual(["no", "never"]);
  });

  it("findQuoteSpans(text) pairs straight and curly marks by the side the words are on", () => {
    const text = 'He said "don’t bother” and “work toward" it.';
    expect(findQuoteSpans(text).map((s) => text.slice(s.innerStart, s.innerEnd))).toEqual([
      "don’t bother",
      "work toward",
    ]);
  });

  it("findQuoteSpans(text) carries a quotation over paragraphs that open with a quotation mark", () => {
    const text = "“First paragraph of the speech.\n“Second paragraph,” he said.";
    expect(findQuoteSpans(text).map((s) => text.slice(s.innerStart, s.innerEnd))).toEqual([
      "First paragraph of the speech.",
      "Second paragraph,",
    ]);
  });

  it("findQuoteSpans(text) drops a quotation left open at a paragraph's end", () => {
    expect(findQuoteSpans("He said “this never closes.\nNext paragraph.")).toEqual([]);
  });
});

describe("extractQuotes properties", () => {
  const piece = fc.constantFrom(
    '"',
    "“",
    "”",
    "‘",
    "’",
    "'",
    "Kim",
    " said",
    " he added",
    "Korea’s",
    " won’t ",
    ", ",
    ". ",
    "\n",
    "the official said",
    "KCNA quoted Kim as saying",
    "Putin stressed",
    "according to Reuters",
    "saying, ",
    ":",
    " the constructor said",
    "Constructor ",
    " __proto__ ",
    "toString",
  );
  const texts = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.array(piece, { maxLength: 30 }).map((p) => p.join("")),
  );

  it("extractQuotes(text, actors) never throws; quotations lie inside the text and never overlap", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const quotes = quotesOf(text);
        let last = 0;
        for (const q of quotes) {
          expect(q.start).toBeGreaterThanOrEqual(last);
          expect(q.end).toBeGreaterThan(q.start);
          expect(q.end).toBeLessThanOrEqual(text.length);
          if (q.speakerSpan) {
            expect(q.speakerSpan.start).toBeGreaterThanOrEqual(0);
            expect(q.speakerSpan.end).toBeLessThanOrEqual(text.length);
          }
          expect(q.speaker === null).toBe(q.speakerSpan === null);
          last = q.end;
        }
      }),
      { seed: 42, numRuns: 1000 },
    );
  });
});

// The sentence and verb readers look only where a quotation asks; these compare them with a plain reading of the text.
describe("SentenceBounds", () => {
  // The reading they replace: character by character from the quotation, stepping over quotations.
  const abbreviations = new Set(
    "mr mrs ms dr gen sen rep lt col st jr sr vs etc no inc corp co ltd jan feb mar apr aug sept sep oct nov dec adm gov prof amb maj capt sgt dept".split(
      " ",
    ),
  );
  function endsSentence(text: string, k: number): boolean {
    const c = text[k];
    if (c !== "." && c !== "!" && c !== "?") return false;
    // A mark ends a sentence only before white space (not at the very end of the text).
    if (!/[ \t\u00a0\r\n]/.test(text[k + 1] ?? "x")) return false;
    if (c !== ".") return true;
    const before = /[A-Za-z.]*$/.exec(text.slice(0, k))![0];
    const letters = before.replace(/\./g, "").length;
    if (letters === 0) return true;
    const dots = before.length - letters;
    if (/^[A-Z]/.test(before) && (letters === 1 || letters === dots + 1)) return false;
    return !(letters <= 4 && abbreviations.has(before.toLowerCase()));
  }
  function startReference(text: string, pos: number, quotes: QuoteSpan[], index: number): number {
    let j = index - 1;
    const limit = Math.max(0, pos - 600);
    for (let k = pos - 1; k >= limit; k--) {
      while (j >= 0 && quotes[j].start > k) j--;
      if (j >= 0 && quotes[j].end > k) {
        k = quotes[j].start;
        j--;
        continue;
      }
      if (text[k] === "\n" || endsSentence(text, k)) return k + 1;
    }
    return limit;
  }
  function endReference(text: string, pos: number, next: number): number {
    const limit = Math.min(text.length, pos + 400, next);
    for (let k = pos; k < limit; k++) {
      if (text[k] === "\n") return k;
      if (endsSentence(text, k)) return k + 1;
    }
    return limit;
  }
  const piece = fc.constantFrom(
    "He said ",
    "“It is over.” ",
    "Mr. Kim ",
    "the U.S. ",
    "Why? ",
    "No! ",
    "\n",
    "“A. B.” ",
    "went home. ",
    "‘so-called’ ",
    '"quoted," ',
    "Dec. 5 ",
    "x",
  );
  const texts = fc.array(piece, { maxLength: 40 }).map((p) => p.join(""));

  it("SentenceBounds.startOf and endOf agree with reading the text character by character", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const quotes = findQuoteSpans(text);
        const bounds = new SentenceBounds(text, quotes);
        quotes.forEach((q, i) => {
          const next = i + 1 < quotes.length ? quotes[i + 1].start : text.length;
          expect(bounds.startOf(q.start, i)).toBe(startReference(text, q.start, quotes, i));
          expect(bounds.endOf(q.end, next)).toBe(endReference(text, q.end, next));
        });
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe("VerbIndex", () => {
  // The reading it replaces: every verb of the text at once, then the ones in a stretch.
  function allVerbs(text: string, quotes: QuoteSpan[]): Verb[] {
    const out: Verb[] = [];
    for (const m of text.matchAll(new RegExp(VERB.source, "gi"))) {
      const start = m.index;
      const end = start + m[0].length;
      if (quotes.some((q) => q.start <= start && start < q.end)) continue;
      if (text[start - 1] === "-" || text[end] === "-") continue;
      if (/^\s+on\b/.test(text.slice(end, end + 4)) && /^(?:insist|call)/i.test(m[0])) continue;
      out.push({ start, end, kind: verbKind(m[0]) });
    }
    return out;
  }
  const piece = fc.constantFrom(
    "said ",
    "Said ",
    "told reporters ",
    "“we won’t,” ",
    "adding ",
    "insisting on ",
    "said on ",
    "so-called ",
    "according to ",
    "quoted ",
    "unsaid ",
    "x",
    "\n",
    "reported ",
  );
  const texts = fc.array(piece, { maxLength: 30 }).map((p) => p.join(""));

  it("VerbIndex.within(from, to) and first(from, to, passes) agree with reading every verb of the text", () => {
    fc.assert(
      fc.property(texts, fc.nat(200), fc.nat(200), (text, a, b) => {
        const quotes = findQuoteSpans(text);
        const index = new VerbIndex(text, quotes);
        const from = Math.min(a, b, text.length);
        const to = Math.min(Math.max(a, b), text.length);
        const expected = allVerbs(text, quotes).filter((v) => v.start >= from && v.end <= to);
        expect(index.within(from, to)).toEqual(expected);
        const finite = (v: Verb) => v.kind === "finite";
        expect(index.first(from, to, finite)).toEqual(expected.find(finite) ?? null);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe("extractQuotes output", () => {
  it("extractQuotes(text, actors) gives a pronoun speaker a plain span and the scare flag on every quotation", () => {
    const text = "Kim Jong Un met the envoy. “We will respond in kind,” he said. It was a “strong” signal.";
    const quotes: QuoteDraft[] = quotesOf(text);
    expect(quotes[0]).toMatchObject({ speaker: "Kim Jong Un", scare: false });
    expect(quotes[0].speakerSpan).toEqual({ start: text.indexOf("he said"), end: text.indexOf("he said") + 2 });
    expect(Object.keys(quotes[0].speakerSpan!)).toEqual(["start", "end"]);
    expect(quotes[1]).toMatchObject({ value: "strong", speaker: null, scare: true });
  });
});

describe("extractQuotes with actors out of order", () => {
  it("attributes every quotation of a seed as it does with the actors in text order", () => {
    for (const name of readdirSync(new URL("../../seeds/", import.meta.url)).filter((f) => f.endsWith(".txt"))) {
      const text = seed(name);
      const actors = extractActors(text);
      expect(extractQuotes(text, [...actors].reverse())).toEqual(extractQuotes(text, actors));
    }
  });
});
