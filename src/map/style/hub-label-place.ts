/**
 * Where a hub's name sits, as numbers the end-to-end tests can import without the style's fonts:
 * to the right of its circle, clear of the unseen guard over the circle.
 */

/** How far a hub's name starts to the right of its circle's centre, in ems. */
export const HUB_LABEL_OFFSET_EM = 1;
/** The guard's side in pixels: the largest circle (selected, radius 9) and a little more. */
export const HUB_GUARD_SIZE = 16;
