import { mount } from 'svelte';
import App from './app/App.svelte';
import { Corridor, corridorData } from './data/index.ts';
import { I18n } from './i18n/i18n.svelte.ts';
import './styles/index.css';

mount(App, {
  target: document.getElementById('app') as HTMLElement,
  props: { corridor: new Corridor(corridorData), i18n: new I18n() },
});
