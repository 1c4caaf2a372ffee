/**
 * The two voices never mix: what the article says lives only in article.json's points and in
 * quotes; Background paragraphs are ours. A Background paragraph that names the article, the
 * interview, its interviewee or its outlet is reporting the article, so validation refuses it.
 */
const ARTICLE_WORDS = /\b(articles?|interview\w*|Raimov|News\.Az)\b/i;

/** The word that makes a Background paragraph speak for the article, or null. */
export function articleVoiceIn(text: string): string | null {
  return ARTICLE_WORDS.exec(text)?.[1] ?? null;
}
