/** Properties of reading and writing the URL over generated inputs (issue 15, point 3). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PARAMETERS,
  parseLink,
  parseUrl,
  serializeUrl,
  type UrlState,
} from '../../src/state/url.ts';
import { VIEWS } from '../../src/state/views.ts';
import { PROPERTY_RUNS, PROPERTY_TIMEOUT } from '../support/property-runs.ts';

const names = [...Object.keys(PARAMETERS), 'ref', 'embed', ''];
// Values near the edges: numbers in every form, ids, views, empty, markup, odd characters.
const value = fc.oneof(
  fc.constantFrom('', '0', '-1', '1e9', '01', '3', '11', 'en', 'kk', 'abc', 'aktau-alat', ...VIEWS),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -5, max: 2_000_000 }).map(String),
);
const query = fc
  .array(fc.tuple(fc.constantFrom(...names), value), { maxLength: 5 })
  .map((pairs) => `?${new URLSearchParams(pairs).toString()}`);
const anyText = fc.oneof(
  query,
  fc.string({ maxLength: 30 }),
  fc.fullUnicodeString({ maxLength: 20 }),
);

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
const validState: fc.Arbitrary<UrlState> = fc.oneof(
  fc.constant({ selection: null, view: null, tour: null, year: null }),
  fc
    .integer({ min: 1, max: 999_999 })
    .map((tour) => ({ selection: null, view: null, tour, year: null })),
  fc.constantFrom(...VIEWS).map((view) => ({ selection: null, view, tour: null, year: null })),
  fc
    .integer({ min: 1000, max: 9999 })
    .map((year) => ({ selection: null, view: 'timeline' as const, tour: null, year })),
  fc
    .tuple(fc.constantFrom('segment' as const, 'hub' as const), id)
    .map(([kind, id]) => ({ selection: { kind, id }, view: null, tour: null, year: null })),
);

describe('the URL, over generated inputs', () => {
  it(
    'is read without throwing, and a read state only holds accepted values',
    () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const { state, rejected } = parseLink(text);
          if (state.tour !== null) expect(state.tour).toBeGreaterThanOrEqual(1);
          if (state.view !== null) expect(VIEWS).toContain(state.view);
          if (state.selection) expect(state.selection.id).not.toBe('');
          expect(new Set(rejected).size).toBe(rejected.length);
        }),
        PROPERTY_RUNS,
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'is written in one canonical form: writing what was read is stable and refuses nothing',
    () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const once = serializeUrl(text, parseUrl(text));
          expect(parseLink(once).rejected).toEqual([]);
          expect(serializeUrl(once, parseUrl(once))).toBe(once);
          expect(parseUrl(once)).toEqual(parseUrl(serializeUrl('', parseUrl(text))));
        }),
        PROPERTY_RUNS,
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'reads back every valid state it writes, whatever else the address holds',
    () => {
      fc.assert(
        fc.property(validState, query, (state, rest) => {
          expect(parseUrl(serializeUrl(rest, state))).toEqual(state);
        }),
        PROPERTY_RUNS,
      );
    },
    PROPERTY_TIMEOUT,
  );
});
