/** The top bar's classroom tools in tests: the "Print & share" list opened as a reader opens it. */
import type { Locator, Page } from '@playwright/test';

/** A button from the "Print & share" list (named `list` in the page's language), opened first. */
export async function shareTool(
  page: Page,
  name: string,
  list = 'Print & share',
): Promise<Locator> {
  const toggle = page.getByRole('button', { name: list });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return page.locator('#share-list').getByRole('button', { name, exact: true });
}
