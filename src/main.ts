import { mount } from 'svelte';
import App from './app/App.svelte';
import { initialLanguage, LanguageChoice, useLanguage } from './app/language.svelte.ts';
import { Corridor, corridorData } from './data/index.ts';
import type { Language } from './i18n/languages.ts';
import { I18n } from './i18n/i18n.svelte.ts';
import { parseLink } from './state/url.ts';
import { shellPainted } from './app/shell-painted.ts';
import './styles/index.css';

const corridor = new Corridor(corridorData);
const i18n = new I18n();
// The first view's data ships without its words: the reader's language brings them, English's
// too, so each reader downloads one language. The shell (title and route list as links,
// src/data/shell.ts) shows until then. A language that cannot load (an offline copy made before
// it existed) leaves the map in English.
const asked = initialLanguage(window.location.search);
await shellPainted();
// A link that opens a place, a view or a tour step needs the panels' words from the start; the
// bare map needs only its names, and the rest follows (App.svelte).
const { selection, view, tour } = parseLink(window.location.search).state;
const whole = selection !== null || view !== null || tour !== null;
const opened: Language = await useLanguage(asked, corridorData, corridor, i18n, whole).then(
  () => asked,
  async () => (await useLanguage('en', corridorData, corridor, i18n, whole), 'en' as const),
);
const target = document.getElementById('app') as HTMLElement;
target.replaceChildren();
mount(App, {
  target,
  props: {
    corridor,
    i18n,
    language: new LanguageChoice(corridorData, corridor, i18n, opened, whole),
  },
});
