/** `npm run validate`: checks geo/ and prints every problem, exit code 1 on any. */
import { fileURLToPath } from 'node:url';
import { readGeoFolder } from './read-geo.ts';

const folder = process.argv[2] ?? fileURLToPath(new URL('../../geo/', import.meta.url));
const data = readGeoFolder(folder);
for (const line of data.problems) console.error(line);
if (data.problems.length > 0) {
  console.error(`\n${data.problems.length} problem(s) in ${folder}`);
  process.exit(1);
}
console.log(
  `geo/ is valid: ${data.segments.length} segments, ${data.hubs.length} hubs, ` +
    `${data.figures.length} figures, ${data.sources.length} sources, ${data.tour?.steps.length ?? 0} tour steps.`,
);
