declare module 'virtual:corridor' {
  const data: import('./data/corridor.ts').CorridorData;
  export default data;
}

declare module 'virtual:basemap' {
  const basemap: import('./data/basemap.ts').Basemap;
  export default basemap;
}
