import { describe, expect, it } from "vitest";
import { wireCorpus } from "./wire-corpus.ts";

// A body paragraph is long enough (200 characters) that the header zone ends before it.
const BODY =
  "North Korea fired a short-range ballistic missile into the East Sea on Wednesday, the Joint Chiefs of Staff " +
  "said, in what officials called the latest in a series of weapons tests this spring.";

// With no catalog entry (null), only the text can date these articles.
describe("a dateline without its year (extractDocument)", () => {
  it("takes the year of the latest date the text gives, and says so among the document's warnings", () => {
    const corpus = wireCorpus(
      `N. Korea fires missile\n\nSEOUL, May 8 (Yonhap) -- ${BODY} It follows the firing of March 18, 2024.`,
      null,
    );
    const [document] = corpus.documents;
    expect(document.published?.iso).toBe("2024-05-08");
    expect(document.publishedSource).toBe("text");
    expect(document.warnings.join(" ")).toMatch(/publication year inferred: .*"May 8".*"March 18, 2024"/);
    // The dateline now dates the relative dates of the body.
    expect(corpus.facts.find((f) => f.quote === "Wednesday")?.value).toBe("2024-05-08");
  });

  it("puts an early-January dateline after a December date of the year before", () => {
    const corpus = wireCorpus(
      `Shells fired\n\nSEOUL, Jan. 5 (Yonhap) -- ${BODY} On Dec. 20, 2023, it launched an ICBM.`,
      null,
    );
    expect(corpus.documents[0].published?.iso).toBe("2024-01-05");
  });

  it("keeps the year of a date the article looks ahead to by weeks", () => {
    const corpus = wireCorpus(`Talks set\n\nSEOUL, May 8 (Yonhap) -- ${BODY} Talks are set for June 3, 2024.`, null);
    expect(corpus.documents[0].published?.iso).toBe("2024-05-08");
  });

  it("leaves the article undated when its text gives no year, and a dated header as it is", () => {
    const undated = wireCorpus(`Missile fired\n\nSEOUL, May 8 (Yonhap) -- ${BODY}`, null);
    expect(undated.documents[0].published).toBeNull();
    expect(undated.documents[0].warnings.join(" ")).not.toMatch(/inferred/);
    const dated = wireCorpus(
      `Missile fired\n\nSEOUL, May 8, 2023 (Yonhap) -- ${BODY} It follows March 18, 2024.`,
      null,
    );
    expect(dated.documents[0].published?.iso).toBe("2023-05-08");
  });
});
