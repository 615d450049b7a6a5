// Statements reported without a quotation, as wire copy tells them; written for this test (none from the seeds).
import { describe, expect, it } from "vitest";
import { wireEvents } from "./wire-corpus.ts";

describe("buildEvents gives a statement to the subject of 'said in a statement'", () => {
  it("buildEvents: '…, the Joint Chiefs of Staff (JCS) said in a statement' is the JCS's, not North Korea's", () => {
    const [statement] = wireEvents(
      "statement",
      "Launch",
      "The missiles were launched from the Pyongyang area and flew about 350 km, the Joint Chiefs of Staff (JCS) said in a statement.",
      "2024-03-18",
    );
    expect(statement.actor).toBe("South Korean Joint Chiefs of Staff");
  });

  it("buildEvents makes no statement of 'vessels alleged to have exported coal'", () => {
    expect(
      wireEvents(
        "statement",
        "Coal",
        "The State Department named seven vessels alleged to have exported coal.",
        "2024-03-18",
      ),
    ).toEqual([]);
  });
});
