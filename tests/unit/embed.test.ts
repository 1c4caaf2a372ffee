import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, fullMapUrl, isEmbed } from '../../src/app/embed.ts';
import { oembed, publishedUrl } from '../../src/build/oembed.ts';

describe('the embed', () => {
  it('is asked for with embed=1 only', () => {
    expect(isEmbed('?embed=1&segment=aktau-alat')).toBe(true);
    expect(isEmbed('?embed=0')).toBe(false);
    expect(isEmbed('')).toBe(false);
  });

  it('keeps the view in both directions and drops the fragment', () => {
    const page = 'https://school.example/maps/?segment=aktau-alat#x';
    expect(embedUrl(page)).toBe('https://school.example/maps/?segment=aktau-alat&embed=1');
    expect(fullMapUrl(embedUrl(page))).toBe('https://school.example/maps/?segment=aktau-alat');
  });

  it('gives a responsive iframe whose attributes cannot be broken out of', () => {
    const snippet = embedSnippet('https://x.example/?a=1&embed=1"><script>', 'A "map"');
    expect(snippet).toBe(
      '<iframe src="https://x.example/?a=1&amp;embed=1&quot;&gt;&lt;script&gt;" title="A &quot;map&quot;" ' +
        'style="width:100%;height:min(80vh,640px);border:0" loading="lazy" allow="fullscreen"></iframe>',
    );
  });

  it('describes itself for CMSs as an oEmbed "rich" type at the published address', () => {
    const base = publishedUrl('https://school.example/maps/corridor/');
    expect(oembed(base)).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_url: 'https://school.example/maps/corridor/',
      width: 960,
      height: 640,
    });
    expect(oembed(base).html).toContain('src="https://school.example/maps/corridor/?embed=1"');
    expect(() => publishedUrl('file:///tmp/map/')).toThrow(/CORRIDOR_URL must be an http\(s\)/);
    expect(oembed(null).html).toContain('src="./?embed=1"');
  });
});
