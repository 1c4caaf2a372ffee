/**
 * The label font, drawn locally from the Noto Sans files in `font-faces` (no `glyphs` URL), so
 * nothing is fetched from another host and Kazakh, Azerbaijani and Turkish names look the same
 * everywhere. MapLibre loads each file only when a label needs one of its letters.
 */
import type { StyleSpecification } from 'maplibre-gl';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillicExt from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';

export const LABEL_FONT = 'Noto Sans Regular';

export const FONT_FACES: NonNullable<StyleSpecification['font-faces']> = {
  [LABEL_FONT]: [
    { url: latin, 'unicode-range': ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+2000-206F'] },
    { url: latinExt, 'unicode-range': ['U+0100-02BA', 'U+02BD-02FF', 'U+1E00-1EFF'] },
    { url: cyrillic, 'unicode-range': ['U+0400-045F', 'U+0490-0491', 'U+04B0-04B1'] },
    { url: cyrillicExt, 'unicode-range': ['U+0460-052F'] },
  ],
};
