/**
 * The registry of view panels: adding a view is an entry here, a component, and its name in
 * state/views.ts (TypeScript then asks for it in every `Record<View, …>`).
 */
import type { Component } from 'svelte';
import type { Selection } from '../data/corridor-index.ts';
import ArticleView from '../panel/ArticleView.svelte';
import Overview from '../panel/Overview.svelte';
import SourcesView from '../panel/SourcesView.svelte';
import type { View } from '../state/views.ts';
import type { Focus } from './focus.svelte.ts';

export interface ViewPanelProps {
  focus: Focus;
  onclose: () => void;
  onopenview: (view: View) => void;
  /** Opens a place's panel, e.g. from the Article view. */
  onselect: (selection: Selection) => void;
  /** Opens the tour at step n (1-based). */
  ontourstep: (n: number) => void;
}

export const VIEW_PANELS: Record<View, Component<ViewPanelProps>> = {
  overview: Overview,
  article: ArticleView,
  sources: SourcesView,
};
