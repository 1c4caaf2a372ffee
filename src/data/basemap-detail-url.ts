/**
 * Where the built app finds the basemap's 10m detail (coasts, borders, lakes and rivers for zoom
 * 6 and more): a file of its own in dist/assets, fetched only when the reader zooms in, so it
 * stays out of the first view's data.
 */
export { default } from '../../geo/basemap/detail.geojson?url';
