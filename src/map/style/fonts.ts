/**
 * The label fonts, drawn locally from the Noto Sans files in `font-faces` (no `glyphs` URL), so
 * nothing is fetched from another host and Kazakh, Azerbaijani and Turkish names look the same
 * everywhere. MapLibre loads each file only when a label needs one of its letters: the italic
 * files (seas, lakes, rivers, mountains) only once such a name is drawn.
 */
import type { StyleSpecification } from 'maplibre-gl';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillicExt from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import latinItalic from '@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2?url';
import latinExtItalic from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-italic.woff2?url';
import cyrillicItalic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-italic.woff2?url';
import cyrillicExtItalic from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-italic.woff2?url';

export const LABEL_FONT = 'Noto Sans Regular';
/** Physical names: water and landforms, told apart from places by their slant. */
export const ITALIC_FONT = 'Noto Sans Italic';

/** The main ranges of each subset, as @fontsource's CSS declares them. */
const RANGES = {
  latin: ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+2000-206F'],
  latinExt: ['U+0100-02BA', 'U+02BD-02FF', 'U+1E00-1EFF'],
  cyrillic: ['U+0400-045F', 'U+0490-0491', 'U+04B0-04B1'],
  cyrillicExt: ['U+0460-052F'],
};

export const FONT_FACES: NonNullable<StyleSpecification['font-faces']> = {
  [LABEL_FONT]: [
    { url: latin, 'unicode-range': RANGES.latin },
    { url: latinExt, 'unicode-range': RANGES.latinExt },
    { url: cyrillic, 'unicode-range': RANGES.cyrillic },
    { url: cyrillicExt, 'unicode-range': RANGES.cyrillicExt },
  ],
  [ITALIC_FONT]: [
    { url: latinItalic, 'unicode-range': RANGES.latin },
    { url: latinExtItalic, 'unicode-range': RANGES.latinExt },
    { url: cyrillicItalic, 'unicode-range': RANGES.cyrillic },
    { url: cyrillicExtItalic, 'unicode-range': RANGES.cyrillicExt },
  ],
};
