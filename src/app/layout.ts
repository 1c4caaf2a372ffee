/** The layout's media queries as reactive values, from the one list in theme/breakpoints.ts. */
import { MediaQuery } from 'svelte/reactivity';
import { MEDIA } from '../theme/breakpoints.ts';

export const layout = {
  /** The panel is a sheet under the map and the route list a drawer. */
  phone: new MediaQuery(MEDIA.phone),
};
