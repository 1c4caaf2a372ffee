/** App-state transitions over generated action sequences keep their invariants (issue 15, point 3). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/state/app-state.svelte.ts';
import { parseLink, serializeUrl } from '../../src/state/url.ts';
import { VIEWS } from '../../src/state/views.ts';
import { appContext } from '../support/app-context.ts';
import { PROPERTY_RUNS, PROPERTY_TIMEOUT } from '../support/property-runs.ts';

const { corridor } = appContext();
const length = corridor.tourLength;
const segments = corridor.data.segments.map((s) => s.id);
const hubs = corridor.data.hubs.map((h) => h.id);

type Act = (app: AppState) => void;
const known = fc.oneof(
  fc.constantFrom(...segments).map((id) => ({ kind: 'segment' as const, id })),
  fc.constantFrom(...hubs).map((id) => ({ kind: 'hub' as const, id })),
);
const linkValue = fc.oneof(
  fc.constantFrom(...segments, ...hubs, ...VIEWS, 'atlantis', '', '0', '-1', '1e9', 'en', 'kk'),
  fc.integer({ min: -1, max: length + 2 }).map(String),
);
const link = fc
  .array(fc.tuple(fc.constantFrom('segment', 'hub', 'view', 'tour', 'lang', 'year'), linkValue), {
    maxLength: 3,
  })
  .map((pairs) => `?${new URLSearchParams(pairs).toString()}`);
// What a reader can do: click a place, open or close a view, step, jump, leave, follow a link.
const action: fc.Arbitrary<Act> = fc.oneof(
  known.map((s) => (app: AppState) => app.select(s)),
  fc.constant((app: AppState) => app.select(null)),
  fc.constantFrom(null, ...VIEWS).map((v) => (app: AppState) => app.open(v)),
  fc.integer({ min: -1, max: length + 2 }).map((n) => (app: AppState) => app.goToStep(n)),
  fc.constantFrom(-1, 1).map((d) => (app: AppState) => {
    app.goToStep((app.tourStep ?? app.lastTourStep ?? 0) + d);
  }),
  fc.constant((app: AppState) => app.leaveTour()),
  link.map((search) => (app: AppState) => {
    const { state, rejected } = parseLink(search);
    app.openFromUrl(state, rejected);
  }),
);

describe('app state, over generated action sequences', () => {
  it(
    'keeps the tour step in range, names only existing places, and its URL reopens it',
    () => {
      fc.assert(
        fc.property(fc.array(action, { maxLength: 8 }), (acts) => {
          const app = new AppState(corridor);
          for (const act of acts) {
            act(app);
            if (app.tourStep !== null) {
              expect(app.tourStep).toBeGreaterThanOrEqual(1);
              expect(app.tourStep).toBeLessThanOrEqual(length);
            }
            if (app.selection) expect(corridor.has(app.selection)).toBe(true);
            expect(app.selection !== null && app.view !== null).toBe(false);
            const url = serializeUrl('', app.url);
            const reopened = new AppState(corridor);
            const { state, rejected } = parseLink(url);
            expect(rejected).toEqual([]);
            reopened.openFromUrl(state, rejected);
            expect(reopened.url).toEqual(app.url);
            expect(reopened.notice).toBeNull();
          }
        }),
        PROPERTY_RUNS,
      );
    },
    PROPERTY_TIMEOUT,
  );
});
