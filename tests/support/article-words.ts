/**
 * How the article is compared with the map's text without keeping the article: both are reduced
 * to words the same way, and runs of words are compared by hash. Used by the fingerprint script
 * (tests/tools/fingerprint-article.ts) and by tests/unit/article-text.test.ts.
 */
import { createHash } from 'node:crypto';

/** A quotation shorter than this cannot be checked against the hashes. */
export const MIN_QUOTE_WORDS = 4;
/** A run this long, outside quotation marks, is copied prose. */
export const COPY_RUN = 8;

/** Lower-case words, punctuation and dashes dropped, typographic apostrophes made plain. */
export function words(text: string): string[] {
  return text
    .replace(/[’‘]/g, "'")
    .replace(/[-‐‑‒–—]/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s']/gu, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0);
}

/** The first 12 hex digits of the SHA-256 of the words joined by single spaces. */
export function hashRun(run: string[]): string {
  return createHash('sha256').update(run.join(' ')).digest('hex').slice(0, 12);
}

/** Every run of n consecutive words, in order. */
export function runs(list: string[], n: number): string[][] {
  return list.length < n
    ? []
    : list.slice(0, list.length - n + 1).map((_, i) => list.slice(i, i + n));
}

/** Text inside “…” or "…", and the text outside them with each quotation cut out. */
export function splitQuotes(text: string): { quoted: string[]; outside: string[] } {
  const quoted: string[] = [];
  const outside = text
    .split(/“([^”]*)”|"([^"]*)"/)
    .filter((part, i) => {
      if (i % 3 === 0) return true;
      if (part !== undefined) quoted.push(part);
      return false;
    })
    .filter((part): part is string => part !== undefined);
  return { quoted, outside };
}

export interface Fingerprint {
  about: string;
  words: number;
  /** Hashes of every run of COPY_RUN words, in the article's order. */
  runs8: string[];
  /** Hashes of every run of 4 to 7 words, sorted (order would help rebuild the text). */
  short: Record<string, string[]>;
}
