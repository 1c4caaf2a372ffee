/**
 * The registry of view panels: adding a view is an entry here, a component, and its name in
 * state/views.ts (TypeScript then asks for it in every `Record<View, …>`).
 */
import type { Component } from 'svelte';
import Overview from '../panel/Overview.svelte';
import SourcesView from '../panel/SourcesView.svelte';
import type { View } from '../state/views.ts';
import type { Focus } from './focus.svelte.ts';

export interface ViewPanelProps {
  focus: Focus;
  onclose: () => void;
  onopenview: (view: View) => void;
}

export const VIEW_PANELS: Record<View, Component<ViewPanelProps>> = {
  overview: Overview,
  sources: SourcesView,
};
