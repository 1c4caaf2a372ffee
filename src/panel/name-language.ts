/**
 * The language of a place name shown as OpenStreetMap has it, where its script tells: the
 * Chinese extract names some stations only in Chinese characters. Marked `lang="zh"`, they are
 * drawn with the reader's Chinese font and read out in Chinese, not as Kazakh or Turkish.
 */
const HAN = /\p{Script=Han}/u;

export function nameLanguage(name: string): 'zh' | undefined {
  return HAN.test(name) ? 'zh' : undefined;
}
