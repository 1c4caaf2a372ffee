/**
 * Bad data never reaches readers: the production build and `npm run validate` both stop on a
 * broken geo/ folder and say what is wrong, file, feature and field. (A copy of the fixture with
 * one mistake; output goes to a temporary folder.)
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE } from '../support/app-context.ts';

const ROOT = join(import.meta.dirname, '../..');
const PROBLEM =
  'geo/route.geojson: feature "aktau-alat": properties.mode: Invalid option: expected one of "rail"|"sea"|"road"';

const work = mkdtempSync(join(tmpdir(), 'corridor-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The fixture with the ferry's mode misspelt. */
function brokenGeo(): string {
  const folder = join(work, 'geo');
  cpSync(FIXTURE, folder, { recursive: true });
  const file = join(folder, 'route.geojson');
  const route = JSON.parse(readFileSync(file, 'utf8')) as {
    features: { properties: Record<string, unknown> }[];
  };
  route.features[1]!.properties['mode'] = 'ferry';
  writeFileSync(file, JSON.stringify(route));
  return folder;
}
const broken = brokenGeo();

describe('broken data stops the release', () => {
  it('fails the production build with the problem line', async () => {
    process.env['CORRIDOR_GEO'] = broken;
    try {
      await expect(
        build({
          configFile: join(ROOT, 'vite.config.ts'),
          logLevel: 'silent',
          build: { outDir: join(work, 'dist'), emptyOutDir: true, write: false },
        }),
      ).rejects.toThrow(PROBLEM);
    } finally {
      delete process.env['CORRIDOR_GEO'];
    }
  }, 120_000);

  it('makes `npm run validate` print the problem and exit 1', async () => {
    const run = promisify(execFile)(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['src/data/validate-cli.ts', broken],
      { cwd: ROOT },
    );
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining(PROBLEM) });
  }, 60_000);
});
