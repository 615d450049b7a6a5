// facts.json leaves out the text of each fact's sentence, and pages put it back from the documents, which hold the
// whole text anyway. A sentence carries a dozen facts: repeated in each, sentences made nearly half of the data every
// page loads once a corpus grew past the seeds (65 articles: 4.3 MB of facts, 1.8 MB of it sentence text).
import type { DocumentRecord, Fact } from "../../../data-loaders/types.ts";

/** A fact as facts.json serves it: its sentence is a place in its document, without the words. */
export type ServedFact = Omit<Fact, "sentence"> & { sentence: Omit<Fact["sentence"], "text"> };

/** The facts with each sentence reduced to its index and offsets, for serving. */
export function withoutSentenceText(facts: readonly Fact[]): ServedFact[] {
  return facts.map((fact) => {
    const { index, start, end } = fact.sentence;
    return { ...fact, sentence: { index, start, end } };
  });
}

/**
 * The served facts with their sentences' words read back from their documents' text: the same records the pipeline
 * made. Takes and gives promises too, as a page's FileAttachment does. A fact of an unknown document gets "".
 * @example
 * const documents = FileAttachment("data/documents.json").json();
 * const facts = withSentenceText(FileAttachment("data/facts.json").json(), documents);
 */
export async function withSentenceText(
  facts: readonly ServedFact[] | Promise<readonly ServedFact[]>,
  documents: readonly DocumentRecord[] | Promise<readonly DocumentRecord[]>,
): Promise<Fact[]> {
  const [served, docs] = await Promise.all([facts, documents]);
  const texts = new Map(docs.map((d) => [d.doc, typeof d.text === "string" ? d.text : ""]));
  // Facts of one sentence share its record, as they do in the pipeline's output.
  const shared = new Map<string, Fact["sentence"]>();
  return served.map((fact) => {
    const { index, start, end } = fact.sentence;
    const key = `${fact.doc}:${index}:${start}:${end}`;
    let sentence = shared.get(key);
    if (!sentence) {
      sentence = { index, start, end, text: (texts.get(fact.doc) ?? "").slice(start, end) };
      shared.set(key, sentence);
    }
    return { ...fact, sentence } as Fact;
  });
}
