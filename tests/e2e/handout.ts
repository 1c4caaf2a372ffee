/** Printing in tests: the "Print handout" button with the print dialog replaced, and the PDF's text. */
import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect } from './fixtures.ts';

/**
 * Clicks "Print handout" and waits until the app calls `window.print()` (replaced by a flag: a
 * headless browser has no dialog), i.e. until the handout and its picture are ready.
 */
export async function printWithButton(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.print = () => {
      document.documentElement.dataset['printed'] = 'true';
    };
  });
  await page.getByRole('button', { name: 'Print handout' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'true', { timeout: 30_000 });
}

/** The page as printed to A4, as the text of each PDF page (runs of white space made one). */
export async function printedPages(page: Page): Promise<string[]> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    const words = content.items.map((item) => ('str' in item ? item.str : ''));
    pages.push(words.join(' ').replace(/\s+/g, ' '));
  }
  return pages;
}

/** PDF text runs split where the font changes (ə, ț): compare without any white space. */
export const squeeze = (text: string) => text.replace(/\s/g, '');
