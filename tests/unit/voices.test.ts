import { describe, expect, it } from 'vitest';
import { noteParts, noteSources } from '../../src/data/note-refs.ts';
import { articleVoiceIn } from '../../src/data/voice.ts';

describe('the rule that keeps Background out of the article’s voice', () => {
  it.each([
    ['The article says the ports matter.', 'article'],
    ['As the interview puts it, trade is growing.', 'interview'],
    ['Raimov counts seven visits.', 'Raimov'],
    ['According to News.Az, the corridor is vital.', 'News.Az'],
    ['He was interviewed in Astana.', 'interviewed'],
  ])('refuses “%s” (it names %s)', (text, word) => {
    expect(articleVoiceIn(text)).toBe(word);
  });

  it.each([
    'The World Bank names Almaty as a bottleneck.',
    'Particles of dust cover the steppe in articulated trucks.',
    'Kazakhstan’s railway reported 2.6 million tonnes.',
  ])('accepts “%s”', (text) => {
    expect(articleVoiceIn(text)).toBeNull();
  });
});

describe('sources cited in a figure’s note', () => {
  it('splits a note into text and source references, in order', () => {
    expect(noteParts('Also given by {trend-2024-03-05} and {azertag-2025-10-14}.')).toEqual([
      { text: 'Also given by ' },
      { source: 'trend-2024-03-05' },
      { text: ' and ' },
      { source: 'azertag-2025-10-14' },
      { text: '.' },
    ]);
    expect(noteSources('Plain text.')).toEqual([]);
    expect(noteSources(undefined)).toEqual([]);
  });
});
