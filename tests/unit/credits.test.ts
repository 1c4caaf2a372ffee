/**
 * The map's credits line in each language: the catalogue's words around the two linked names,
 * and nothing in the words ever becomes markup.
 */
import { describe, expect, it } from 'vitest';
import { creditsHtml } from '../../src/map/credits.ts';
import { en } from '../../src/i18n/en.ts';
import { TRANSLATED } from '../../src/data/translations.ts';
import { loadMessages } from '../../src/i18n/load-messages.ts';

/** What a reader sees of the HTML: its text, links as their names. */
const visible = (html: string) => html.replace(/<[^>]+>/g, '');

describe('the credits line', () => {
  it('links Natural Earth and OpenStreetMap inside the English words', () => {
    const [basemap, route] = creditsHtml(en.map.credits);
    expect(basemap).toBe(
      'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)',
    );
    expect(route).toBe(
      'Route: © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors, ODbL',
    );
  });

  it.each(TRANSLATED)('is in %s, still crediting both, under the ODbL', async (language) => {
    const m = await loadMessages(language);
    const [basemap, route] = creditsHtml(m.map.credits);
    expect(visible(basemap!)).toBe(m.map.credits.basemap.replace('{link}', 'Natural Earth'));
    expect(visible(route!)).toBe(m.map.credits.route.replace('{link}', 'OpenStreetMap'));
    expect(route).toContain('ODbL');
    expect(visible(route!)).not.toContain('contributors');
  });

  it('escapes its words', () => {
    const [basemap] = creditsHtml({
      basemap: '<img src=x onerror=alert(1)> {link} & co',
      route: '{link}',
    });
    expect(basemap).toBe(
      '&lt;img src=x onerror=alert(1)&gt; <a href="https://www.naturalearthdata.com/">Natural Earth</a> &amp; co',
    );
  });
});
