/**
 * `npm run content:fingerprint`: writes tests/fixtures/article-fingerprint.json, the hashed word
 * runs of the source article, from the reference copy in ../shared/seed (or a file given as the
 * first argument). A maintenance step, never run by tests: a clone without ../shared still tests
 * against the committed fixture. The article's text itself is never written into the repository.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  COPY_RUN,
  MIN_QUOTE_WORDS,
  hashRun,
  runs,
  words,
  type Fingerprint,
} from '../support/article-words.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seedFolder = join(root, '../shared/seed');
const file =
  process.argv[2] ??
  join(
    seedFolder,
    readdirSync(seedFolder).find((name) => name.endsWith('.txt')) ??
      'no article .txt in ../shared/seed',
  );
// The first line of the saved page is the site's toolbar (date, font size), not the article.
const text = readFileSync(file, 'utf8').split('\n').slice(1).join('\n');
const all = words(text);

const short: Record<string, string[]> = {};
for (let n = MIN_QUOTE_WORDS; n < COPY_RUN; n++)
  short[n] = [...new Set(runs(all, n).map(hashRun))].sort();
const fingerprint: Fingerprint = {
  about:
    'Hashed word runs of the source article (News.Az, 21 October 2025), written by `npm run content:fingerprint`; see tests/support/article-words.ts. The article itself is not in this repository.',
  words: all.length,
  runs8: runs(all, COPY_RUN).map(hashRun),
  short,
};
const out = join(root, 'tests/fixtures/article-fingerprint.json');
writeFileSync(out, JSON.stringify(fingerprint) + '\n');
console.log(`${out}: ${all.length} words, ${fingerprint.runs8.length} runs of ${COPY_RUN}`);
