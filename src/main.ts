import { mount } from 'svelte';
import App from './app/App.svelte';
import { initialLanguage, LanguageChoice, useLanguage } from './app/language.svelte.ts';
import { Corridor, corridorData } from './data/index.ts';
import { I18n } from './i18n/i18n.svelte.ts';
import './styles/index.css';

const corridor = new Corridor(corridorData);
const i18n = new I18n();
const asked = initialLanguage(window.location.search);
// A reader in another language gets the page in it from the app's first paint: the shell (title
// and route list as links, src/data/shell.ts) stays until the language has loaded. If it cannot
// load (an old offline copy without it), the map opens in English.
const opened =
  asked === 'en' ||
  (await useLanguage(asked, corridorData, corridor, i18n).then(
    () => true,
    () => false,
  ));
const target = document.getElementById('app') as HTMLElement;
target.replaceChildren();
mount(App, {
  target,
  props: {
    corridor,
    i18n,
    language: new LanguageChoice(corridorData, corridor, i18n, opened ? asked : 'en'),
  },
});
