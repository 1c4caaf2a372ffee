/** The top bar's classroom tools in tests: the "Print & share" list opened as a reader opens it. */
import type { Locator, Page } from '@playwright/test';

/** A button from the "Print & share" list, with the list opened first. */
export async function shareTool(page: Page, name: string): Promise<Locator> {
  const toggle = page.getByRole('button', { name: 'Print & share' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return page.locator('#share-list').getByRole('button', { name, exact: true });
}
