/**
 * The registry of view panels: adding a view is an entry here, a component, and its name in
 * state/views.ts (TypeScript then asks for it in every `Record<View, …>`). Each view's code loads
 * when it is first opened: none is needed to draw the first view.
 */
import type { Component } from 'svelte';
import type { Selection } from '../data/corridor-index.ts';
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
  /** The year the timeline view shows (null in the other views), and how it asks for another. */
  year: number | null;
  onyear: (year: number) => void;
}

type LoadViewPanel = () => Promise<{ default: Component<ViewPanelProps> }>;

export const VIEW_PANELS: Record<View, LoadViewPanel> = {
  overview: () => import('../panel/Overview.svelte'),
  article: () => import('../panel/ArticleView.svelte'),
  sources: () => import('../panel/SourcesView.svelte'),
  compare: () => import('../panel/CompareView.svelte'),
  timeline: () => import('../panel/TimelineView.svelte'),
};
