/**
 * How data and language reach components: one context set by the app's root (or by a test),
 * instead of every component importing a global.
 */
import { getContext, setContext } from 'svelte';
import type { I18n } from '../i18n/i18n.svelte.ts';
import type { Corridor } from './corridor-index.ts';

export interface AppContext {
  corridor: Corridor;
  i18n: I18n;
}

/** Exported so tests can provide the context: `render(C, { context: new Map([[APP, ctx]]) })`. */
export const APP = Symbol.for('corridor-app');

export function setApp(context: AppContext): AppContext {
  return setContext(APP, context);
}

export function getApp(): AppContext {
  const context = getContext<AppContext | undefined>(APP);
  if (!context) throw new Error('No app context: render inside App or provide APP in the test');
  return context;
}
