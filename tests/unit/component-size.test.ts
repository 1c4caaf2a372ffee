/**
 * Small parts with one job: no Svelte component, styles included, grows past about 150 lines. A
 * component that does need more is doing two jobs; split it (see README, "Where things live").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');
const LIMIT = 150;

const components = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.svelte'))
  .map((path) => join(SRC, path));

it('finds the components', () => {
  expect(components.length).toBeGreaterThan(30);
});

it.each(components.map((path) => [relative(SRC, path), path]))(
  `%s is at most ${LIMIT} lines`,
  (_, path) => {
    const lines = readFileSync(path, 'utf8').split('\n').length;
    expect(lines).toBeLessThanOrEqual(LIMIT);
  },
);
