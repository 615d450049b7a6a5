// Builds a large corpus of articles from recombined seed sentences, with every digit varied so no two are alike.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ARTICLE_BYTES = 5_000;

/** Mulberry32: a small seeded generator, so the corpus is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedSentences(seedsDir: string): string[] {
  const sentences: string[] = [];
  for (const file of readdirSync(seedsDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    const text = readFileSync(join(seedsDir, file), "utf8");
    for (const line of text.split(/\n+/)) {
      for (const s of line.trim().split(/(?<=[.?!])\s+(?=[A-Z“"])/)) if (s.length > 20) sentences.push(s);
    }
  }
  return sentences;
}

export interface SyntheticCorpus {
  dir: string;
  files: string[];
  bytes: number;
}

/** Writes articles of ~5 KB to `dir` until `targetBytes` is reached. */
export function buildSyntheticCorpus(seedsDir: string, dir: string, targetBytes: number, seed = 7): SyntheticCorpus {
  const sentences = seedSentences(seedsDir);
  const random = seededRandom(seed);
  const vary = (s: string) => s.replace(/\d/g, () => String(Math.floor(random() * 10)));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  for (let n = 0; bytes < targetBytes; n++) {
    const title = vary(sentences[Math.floor(random() * sentences.length)]).slice(0, 90);
    const paragraphs: string[] = [title];
    let size = title.length;
    while (size < ARTICLE_BYTES) {
      const paragraph = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
        vary(sentences[Math.floor(random() * sentences.length)]),
      ).join(" ");
      paragraphs.push(paragraph);
      size += paragraph.length + 1;
    }
    const text = paragraphs.join("\n") + "\n";
    const file = join(dir, `article-${String(n).padStart(6, "0")}.txt`);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { dir, files, bytes };
}
