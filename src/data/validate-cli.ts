/**
 * `npm run validate [-- folder]`: checks a folder of data files (the argument, else
 * CORRIDOR_GEO, else geo/) and prints every problem; exit code 1 on any.
 */
import { folderLabel, geoFolder } from './geo-folder.ts';
import { readGeoFolder } from './read-geo.ts';

const folder = geoFolder(process.argv[2]);
const label = folderLabel(folder);
const data = readGeoFolder(folder);
for (const line of data.problems) console.error(line);
if (data.problems.length > 0) {
  console.error(`\n${data.problems.length} problem(s) in ${label}`);
  process.exit(1);
}
console.log(
  `${label} is valid: ${data.segments.length} segments, ${data.hubs.length} hubs, ` +
    `${data.figures.length} figures, ${data.sources.length} sources, ${data.tour?.steps.length ?? 0} tour steps, ` +
    `${data.alternatives?.figures.length ?? 0} route-comparison figures.`,
);
