/**
 * `npm run geo:texts [-- folder]`: prints the content's English texts by key as JSON (texts.ts),
 * the file a translator starts geo/i18n/<lang>.json from. With `--missing <lang>`, only the texts
 * that language still lacks.
 */
import { geoFolder } from './geo-folder.ts';
import { readGeoFolder } from './read-geo.ts';
import { englishTexts } from './texts.ts';
import type { Language } from '../i18n/languages.ts';

const args = process.argv.slice(2);
const missingIn = args.includes('--missing') ? args[args.indexOf('--missing') + 1] : undefined;
const folder = geoFolder(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--missing'));
const data = readGeoFolder(folder);
const have = missingIn ? (data.translations?.[missingIn as Language] ?? {}) : {};
const texts = Object.entries(englishTexts(data)).filter(([key]) => !have[key]);
console.log(JSON.stringify(Object.fromEntries(texts), null, 1));
