/**
 * The app's state for one page load: opened from the URL, kept in the URL, with presenter mode
 * and the controller that every action goes through. App.svelte composes the page around it.
 */
import type { Corridor } from '../data/corridor-index.ts';
import { AppState } from '../state/app-state.svelte.ts';
import { parseLink } from '../state/url.ts';
import { syncUrl } from '../state/url-sync.svelte.ts';
import { Presenter } from '../tour/presenter.svelte.ts';
import { Controller } from './controller.svelte.ts';
import { isEmbed } from './embed.ts';
import { Focus } from './focus.svelte.ts';
import type { LanguageChoice } from './language.svelte.ts';

export interface Started {
  ui: Controller;
  /** `?embed=1`: the compact page for an iframe on another site. */
  embed: boolean;
}

/** Must run while a component initialises: the URL sync and presenter mode use effects. */
export function startApp(corridor: Corridor, search: string, language?: LanguageChoice): Started {
  const app = new AppState(corridor);
  const link = parseLink(search);
  app.openFromUrl(link.state, link.rejected);
  syncUrl(app);
  const presenter = new Presenter();
  presenter.connect();
  return {
    ui: new Controller(app, new Focus(), presenter, language),
    embed: isEmbed(search),
  };
}
