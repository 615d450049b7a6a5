import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extractActors } from "../../data-loaders/mentions/actors.ts";
import { extractQuotes, type QuoteMention } from "../../data-loaders/mentions/quotes.ts";
import { findQuoteSpans } from "../../data-loaders/mentions/quotes/marks.ts";

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
