declare module 'virtual:corridor' {
  const data: import('./data/corridor.ts').CorridorData;
  export default data;
}

declare module 'virtual:basemap' {
  const basemap: import('geojson').FeatureCollection<
    import('geojson').Geometry,
    import('./data/basemap.ts').BasemapFeature['properties']
  >;
  export default basemap;
}
