// Speakers named after "said" with an office or a title before the name; sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractActors } from "../../data-loaders/mentions/actors.ts";
import { extractQuotes } from "../../data-loaders/mentions/quotes.ts";

const QUOTE = "“We will answer the sanctions with strength and resolve,”";

/** The speaker of the one quotation in `text`, and the words that name them. */
function speaker(text: string): [string | null, string | null] {
  const [quote] = extractQuotes(text, extractActors(text));
  return [quote.speaker, quote.speakerSpan ? text.slice(quote.speakerSpan.start, quote.speakerSpan.end) : null];
}

describe("extractQuotes gives the quotation to the person an office titles", () => {
  it("extractQuotes: 'said Treasury Secretary Steven Mnuchin' is Mnuchin, not the Treasury", () => {
    expect(speaker(`${QUOTE} said Treasury Secretary Steven Mnuchin.`)).toEqual(["Steven Mnuchin", "Steven Mnuchin"]);
  });

  it("extractQuotes: 'said Foreign Ministry spokesperson Lim Soo-suk' is the spokesperson", () => {
    expect(speaker(`${QUOTE} said Foreign Ministry spokesperson Lim Soo-suk.`)[0]).toBe("Lim Soo-suk");
  });

  it("extractQuotes: a long title with 'of the' and 'for' still leads to its holder", () => {
    const text = `${QUOTE} said Under Secretary of the Treasury for Terrorism and Financial Intelligence Sigal Mandelker.`;
    expect(speaker(text)[0]).toBe("Sigal Mandelker");
  });
});

describe("extractQuotes does not pass the quotation to a person named later in the sentence", () => {
  it("extractQuotes: 'said the Foreign Ministry on Tuesday about Kim Jong Un' is the ministry", () => {
    const text = `Pyongyang warned Seoul on Monday. ${QUOTE} said the Foreign Ministry on Tuesday about Kim Jong Un.`;
    expect(speaker(text)).toEqual(["Ministry of Foreign Affairs", "Foreign Ministry"]);
  });

  it("extractQuotes: 'said the ministry, adding that Kim …' keeps the ministry", () => {
    const text = `${QUOTE} said the Foreign Ministry, adding that Kim Jong Un had ordered the drills.`;
    expect(speaker(text)[0]).toBe("Ministry of Foreign Affairs");
  });
});
