/** Printing in tests: the "Print handout" button with the print dialog replaced, and the PDF's text. */
import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect } from './fixtures.ts';
import { shareTool } from './tools.ts';

/**
 * Clicks "Print handout" and waits until the app calls `window.print()` (replaced by a flag: a
 * headless browser has no dialog), i.e. until the handout and its picture are ready.
 */
export async function printWithButton(
  page: Page,
  button: string = 'Print handout',
  list?: string,
): Promise<void> {
  await page.evaluate(() => {
    window.print = () => {
      document.documentElement.dataset['printed'] = 'true';
    };
  });
  await page.evaluate(() => delete document.documentElement.dataset['printed']);
  await (await shareTool(page, button, list)).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'true', { timeout: 30_000 });
}

/** One printed page: its text (runs of white space made one) and how far down its text reaches. */
export interface PrintedPage {
  text: string;
  /** The lowest text's baseline, as a fraction of the page's height from its top (0 to 1). */
  reach: number;
}

/** The page as printed to A4, page by page. */
export async function printedLayout(page: Page): Promise<PrintedPage[]> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: PrintedPage[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const printed = await document.getPage(n);
    const height = printed.getViewport({ scale: 1 }).height;
    const items = (await printed.getTextContent()).items.flatMap((item) =>
      'str' in item ? [item] : [],
    );
    // PDF y runs up from the page's foot: the lowest text has the smallest y.
    const lowest = Math.min(
      height,
      ...items.filter((i) => i.str.trim()).map((i) => i.transform[5] as number),
    );
    pages.push({
      text: items
        .map((item) => item.str)
        .join(' ')
        .replace(/\s+/g, ' '),
      reach: 1 - lowest / height,
    });
  }
  return pages;
}

/** The page as printed to A4, as the text of each PDF page. */
export async function printedPages(page: Page): Promise<string[]> {
  return (await printedLayout(page)).map((p) => p.text);
}

/** PDF text runs split where the font changes (ə, ț): compare without any white space. */
export const squeeze = (text: string) => text.replace(/\s/g, '');
