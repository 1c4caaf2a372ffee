// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readGeoFolder } from '../../src/data/read-geo.ts';
import { shellHtml } from '../../src/data/shell.ts';
import { en } from '../../src/i18n/en.ts';
import { FIXTURE } from '../support/app-context.ts';

const data = readGeoFolder(FIXTURE);
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the shell written into the built page', () => {
  const document = parse(shellHtml(data, en));

  it('has the title, the intro line and every segment and hub as a link, grouped as the route list', () => {
    expect(document.querySelector('h1')?.textContent).toBe(en.app.title);
    expect(document.querySelector('.shell-intro')?.textContent).toBe(en.shell.intro);
    const links = [...document.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '?segment=mangyshlak-aktau',
      '?segment=aktau-alat',
      '?hub=mangyshlak',
      '?hub=aktau',
      '?hub=alat',
      '?hub=astana',
    ]);
    expect([...document.querySelectorAll('nav h3')].map((h) => h.textContent)).toEqual([
      'Kazakhstan',
      'Across the Caspian Sea',
    ]);
    const ferry = document.querySelector('a[href="?segment=aktau-alat"]');
    expect(ferry?.querySelector('.shell-meta')?.textContent).toMatch(/^Ferry crossing, \d+ km$/);
  });

  it('writes names from the data as text, never as markup', () => {
    const hostile = structuredClone(data);
    hostile.segments[0]!.name = '<img src=x onerror=alert(1)> & "quotes"';
    hostile.hubs[0]!.id = 'a"b';
    const page = parse(shellHtml(hostile, en));
    expect(page.querySelector('img')).toBeNull();
    expect(page.querySelector('a .shell-name')?.textContent).toBe(
      '<img src=x onerror=alert(1)> & "quotes"',
    );
    expect(page.querySelector('a[href="?hub=a%22b"]')).not.toBeNull();
  });
});
