import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  ANY_FOLLOWER,
  followerMasks,
  leadKeyAt,
  LeadGate,
  leadsOf,
  slotOf,
  type GateWords,
} from "../../data-loaders/gate/lead-gate.ts";
import { NUMBER_GATE_WORDS, scanNumbers } from "../../data-loaders/mentions/number-scan.ts";
import { DATE_GATE_WORDS, scanDates } from "../../data-loaders/mentions/dates/scan.ts";
import { TRIGGER_GATE_WORDS } from "../../data-loaders/events/build-events.ts";
import { TriggerScanner } from "../../data-loaders/events/trigger-scan.ts";
import { EVENT_RULES } from "../../data-loaders/events/rules/index.ts";
import { parseDay } from "../../data-loaders/mentions/dates/calendar.ts";

// News words that numbers, dates and triggers start from, and near misses ("Marine", "thermal", "ten-fold").
const words = fc.constantFrom(
  "two",
  "Twenty",
  "fourteen",
  "four2",
  "half",
  "half a million",
  "May",
  "may",
  "Marine",
  "March 3, 2024",
  "Monday",
  "months",
  "yesterday",
  "Today",
  "theft",
  "thermal",
  "sanctioned",
  "stole",
  "fired",
  "a sanction",
  "ten-fold",
  "A380",
  "2022.8.11",
  "$620 million",
  "é",
  "_",
  "Korea’s",
);
const text = fc
  .array(fc.oneof(words, fc.string({ maxLength: 4 })), { maxLength: 30 })
  .chain((parts) => fc.constantFrom(" ", "", "\n", "-", ", ").map((glue) => parts.join(glue)));

/** Every digit `client` asks for, and every \b-word start with one of its leads, whatever follows the lead. */
function leadStarts(client: GateWords, input: string): number[] {
  const lead = new RegExp(`\\b(?:${[...leadsOf(client.words)].join("|").replace(/ /g, "[ \\t\\n\\r\\u00a0]")})`, "iy");
  const found: number[] = [];
  for (let i = 0; i < input.length; i++) {
    lead.lastIndex = i;
    if ((client.digits && /[0-9]/.test(input[i])) || lead.test(input)) found.push(i);
  }
  return found;
}

/** Where `client`'s gate must stop by definition: `leadStarts`, less leads followed by a character none of its words has there. */
function byDefinition(client: GateWords, input: string): number[] {
  const masks = followerMasks(client.words);
  return leadStarts(client, input).filter((i) => {
    if (/[0-9]/.test(input[i])) return true;
    const mask = masks.get(leadKeyAt(input, i))!;
    const next = slotOf(input.charCodeAt(i + 3));
    return (mask & ANY_FOLLOWER) !== 0 || (next >= 0 && (mask & (1 << next)) !== 0);
  });
}

const CLIENTS = [NUMBER_GATE_WORDS, DATE_GATE_WORDS, TRIGGER_GATE_WORDS];
const shared = new LeadGate(CLIENTS);

describe("LeadGate", () => {
  it("finds for each client the digits it asks for and the word starts with one of its leads, in any case", () => {
    fc.assert(
      fc.property(text, (input) => {
        const starts = shared.scan(input);
        CLIENTS.forEach((client, i) => expect(starts[i]).toEqual(byDefinition(client, input)));
      }),
      { numRuns: 300 },
    );
  });

  it("finds a word that starts inside a lead holding a space, and leads across the hyphen of a compound", () => {
    const gate = new LeadGate([
      { words: "a\\ssummit", digits: false },
      { words: "summit|fired", digits: true },
    ]);
    expect(gate.scan("a summit test-fired 3")).toEqual([[0], [2, 14, 20]]);
  });

  it("places a lead matched with its only follower ('thef', 'put ') where it starts, next to leads of three", () => {
    const gate = new LeadGate([{ words: "put\\sout|theft|one|oneself", digits: false }]);
    expect(gate.scan("Put out the THEFT, one\toneself then; put\nout")).toEqual([[0, 12, 19, 23, 37]]);
  });

  it("tells which characters may follow each lead: 'f' after 'the' (theft), any after a three-letter word", () => {
    const masks = followerMasks("theft|thefts|met|test-fire|a\\ssummit|stol\\w+");
    const bit = (c: string) => 1 << slotOf(c.charCodeAt(0));
    expect(masks.get(leadKeyAt("the", 0))).toBe(bit("f"));
    expect(masks.get(leadKeyAt("met", 0))).toBe(ANY_FOLLOWER);
    expect(masks.get(leadKeyAt("tes", 0))).toBe(bit("t"));
    expect(masks.get(leadKeyAt("a s", 0))).toBe(bit("u"));
    expect(masks.get(leadKeyAt("sto", 0))).toBe(bit("l"));
    expect(masks.size).toBe(5);
  });

  it("refuses a client word whose first three letters are not fixed", () => {
    expect(() => new LeadGate([{ words: "ab\\w+", digits: false }])).toThrow(/must start with 3 fixed letters/);
  });
});

describe("scanners on a shared gate", () => {
  const triggers = new TriggerScanner(EVENT_RULES);
  const day = parseDay("2024-03-15");

  it("find what each finds with a gate of its own", () => {
    fc.assert(
      fc.property(text, (input) => {
        const [numberStarts, dateStarts, triggerStarts] = shared.scan(input);
        expect(scanNumbers(input, numberStarts)).toEqual(scanNumbers(input));
        expect(scanDates(input, day, dateStarts)).toEqual(scanDates(input, day));
        expect(triggers.scan(input, triggerStarts)).toEqual(triggers.scan(input));
      }),
      { numRuns: 300 },
    );
  });

  it("lose nothing to the gate's check of the character after a lead", () => {
    fc.assert(
      fc.property(text, (input) => {
        const [numberStarts, dateStarts, triggerStarts] = CLIENTS.map((client) => leadStarts(client, input));
        expect(scanNumbers(input)).toEqual(scanNumbers(input, numberStarts));
        expect(scanDates(input, day)).toEqual(scanDates(input, day, dateStarts));
        expect(triggers.scan(input)).toEqual(triggers.scan(input, triggerStarts));
      }),
      { numRuns: 300 },
    );
  });

  it("read a number word whole, and a date word in its case, from the places the gate found", () => {
    const input = "fourteen Marine twenty-two may May 3 fourfold";
    const [numberStarts, dateStarts] = shared.scan(input);
    expect(scanNumbers(input, numberStarts).map((n) => input.slice(n.start, n.end))).toEqual([
      "fourteen",
      "twenty-two",
      "3",
    ]);
    expect(scanDates(input, day, dateStarts).map((d) => input.slice(d.start, d.end))).toEqual(["May 3"]);
  });
});
