import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { TriggerScanner } from "../../data-loaders/events/trigger-scan.ts";
import { leadsOf } from "../../data-loaders/gate/lead-gate.ts";
import { EVENT_RULES } from "../../data-loaders/events/rules/index.ts";

// What the scanner replaces: one case-insensitive alternation of every rule's trigger, matches that start a word.
function byAlternation(text: string) {
  const all = new RegExp(
    EVENT_RULES.map((r) => `(${r.trigger.source.replace(/^\\b/, "").replace(/\|\\b/g, "|")})`).join("|"),
    "gi",
  );
  const found: { type: string; rule: number; start: number; end: number; word: string }[] = [];
  for (const m of text.matchAll(all)) {
    if (m.index > 0 && /[\p{L}\p{N}_]/u.test(text[m.index - 1])) continue;
    const rule = m.findIndex((group, i) => i > 0 && group !== undefined) - 1;
    found.push({ type: EVENT_RULES[rule].type, rule, start: m.index, end: m.index + m[0].length, word: m[0] });
  }
  return found;
}

describe("leadsOf", () => {
  it("gives the first three letters of every alternative, optional parts included", () => {
    expect([...leadsOf("\\b(?:st(?:o|ea)l(?:e|s)?|heists?)\\b")].sort()).toEqual(["hei", "ste", "sto"]);
    expect([...leadsOf("\\bwithdr[ae]w|\\bsummits?\\b")].sort()).toEqual(["sum", "wit"]);
    expect([...leadsOf("\\bnuclear\\s(?:test|trial)\\b")]).toEqual(["nuc"]);
  });

  it("repeats a part under + and * as far as the length reaches", () => {
    expect([...leadsOf("ab+c", 4)].sort()).toEqual(["abbb", "abbc", "abc"]);
    expect([...leadsOf("a(?:bc)*d", 4)].sort()).toEqual(["abcb", "abcd", "ad"]);
  });

  it("refuses a trigger whose first three letters are not fixed", () => {
    expect(() => new TriggerScanner([{ type: "theft", trigger: /\b(?:ab\w*)\b/gi }])).toThrow(
      /must start with 3 fixed letters/,
    );
    expect(() => new TriggerScanner([{ type: "theft", trigger: /\b(?:a|bcd)\b/gi }])).toThrow(
      /must start with 3 fixed letters/,
    );
    expect(() => leadsOf("\\d+ missiles")).toThrow(/unsupported escape/);
  });
});

describe("TriggerScanner", () => {
  const scanner = new TriggerScanner(EVENT_RULES);

  it("finds triggers at word starts only, in any case, the earlier rule first", () => {
    const text = "Unsanctioned? No: SANCTIONED, then test-fired and Stolen; Heists. A nuclear test.";
    expect(scanner.scan(text).map((t) => [t.type, t.word])).toEqual([
      ["designation", "SANCTIONED"],
      ["missile-launch", "test-fired"],
      ["theft", "Stolen"],
      ["theft", "Heists"],
      ["nuclear-test", "nuclear test"],
    ]);
  });

  it("looks for a word that starts inside a lead with a space, and not after a letter outside ASCII", () => {
    const own = new TriggerScanner([
      { type: "meeting", trigger: /\ba\ssummit/gi },
      { type: "designation", trigger: /\bsanction/gi },
    ]);
    expect(own.scan("a sanction, a summit").map((t) => [t.type, t.start])).toEqual([
      ["designation", 2],
      ["meeting", 12],
    ]);
    expect(own.scan("ésanction é sanction").map((t) => t.start)).toEqual([12]);
  });

  it("finds what one alternation of all triggers finds, on any text", () => {
    const words = [
      "sanctions",
      "fired",
      "stole",
      "met",
      "talks",
      "x",
      "vote on",
      "vetoed",
      "ün",
      "signed",
      "-",
      "nuclear",
    ];
    const text = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 4 })), { maxLength: 30 });
    fc.assert(
      fc.property(text, fc.constantFrom(" ", "", "\n", "-"), (parts, glue) => {
        const joined = parts.join(glue);
        expect(scanner.scan(joined)).toEqual(byAlternation(joined));
      }),
      { numRuns: 400 },
    );
  });
});
