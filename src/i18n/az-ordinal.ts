/**
 * Azerbaijani ordinal years: "2025" → "2025-ci". The suffix follows the last non-zero part of the
 * number. Shared by the interface's words (az.ts) and the timeline's (timeline/az.ts).
 */
const ONES = ['', 'ci', 'ci', 'cü', 'cü', 'ci', 'cı', 'ci', 'ci', 'cu'];
const TENS = ['', 'cu', 'ci', 'cu', 'cı', 'ci', 'cı', 'ci', 'ci', 'cı'];

export function ordinal(year: string): string {
  const n = Number(year);
  let suffix = 'ci';
  if (n % 10 !== 0) suffix = ONES[n % 10] ?? 'ci';
  else if (n % 100 !== 0) suffix = TENS[(n % 100) / 10] ?? 'ci';
  else if (n % 1000 !== 0) suffix = 'cü';
  return `${year}-${suffix}`;
}
