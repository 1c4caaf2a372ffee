import { mount } from 'svelte';
import App from './app/App.svelte';
import { Corridor, corridorData } from './data/index.ts';
import { I18n } from './i18n/i18n.svelte.ts';
import './styles/index.css';

const target = document.getElementById('app') as HTMLElement;
// The built page carries a shell (title and route list as links, src/data/shell.ts) that paints
// before any script; the app takes its place.
target.replaceChildren();
mount(App, {
  target,
  props: { corridor: new Corridor(corridorData), i18n: new I18n() },
});
