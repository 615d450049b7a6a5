import type { Segments } from "../types.ts";

// A page that lost its headline is still listed by something a reader recognizes: its first sentence, shortened.
const FALLBACK_CHARS = 100;

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The headline as plain text; without one, the first sentence of the body, marked as such. */
export function titleText(text: string, segments: Segments): { title: string | null; fromBody: boolean } {
  if (segments.title) return { title: collapse(text.slice(segments.title.start, segments.title.end)), fromBody: false };
  const first = segments.sentences.find((s) => s.end - s.start > 40);
  if (!first) return { title: null, fromBody: false };
  const sentence = collapse(text.slice(first.start, first.end));
  const short =
    sentence.length > FALLBACK_CHARS ? `${sentence.slice(0, FALLBACK_CHARS).replace(/\s\S*$/, "")}…` : sentence;
  return { title: short, fromBody: true };
}
