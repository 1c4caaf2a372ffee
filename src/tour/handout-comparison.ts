/** The compared routes as the handout prints them: the comparison and its words, in one language. */
import type { AlternativeFigures } from '../data/alternatives/figures-schema.ts';
import type { CompareMessages } from '../i18n/compare/en.ts';

export interface HandoutComparison {
  data: AlternativeFigures;
  words: CompareMessages;
}
