/**
 * A small PostCSS plugin for Vite, so CSS and TypeScript share one palette and one set of
 * breakpoints: `@media (--phone)` becomes the query in breakpoints.ts, and `@theme-tokens;`
 * becomes a custom property for every palette colour (`--ink`, `--rail`, …).
 */
import { MEDIA, type MediaName } from './breakpoints.ts';
import { PALETTE } from './palette.ts';

interface AtRuleLike {
  name: string;
  params: string;
  replaceWith(nodes: string): void;
  error(message: string): Error;
}

/** `borderHub` → `--border-hub`. */
export const tokenName = (key: string) =>
  `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export function tokenDeclarations(): string {
  return Object.entries(PALETTE)
    .flatMap(([key, value]) => (typeof value === 'string' ? [`${tokenName(key)}: ${value};`] : []))
    .join('\n');
}

export function expandMedia(params: string): string {
  return params.replace(/\(--([a-z-]+)\)/g, (whole, name: string) => {
    const query = MEDIA[name as MediaName];
    if (!query)
      throw new Error(`unknown breakpoint "${whole}": add it to src/theme/breakpoints.ts`);
    return query;
  });
}

export function themePostcss() {
  return {
    postcssPlugin: 'corridor-theme',
    AtRule: {
      media(rule: AtRuleLike) {
        try {
          rule.params = expandMedia(rule.params);
        } catch (error) {
          throw rule.error((error as Error).message);
        }
      },
      'theme-tokens'(rule: AtRuleLike) {
        rule.replaceWith(`:root { ${tokenDeclarations()} }`);
      },
    },
  };
}
themePostcss.postcss = true;
