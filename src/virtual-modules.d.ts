declare module 'virtual:corridor' {
  const data: import('./data/corridor.ts').CorridorData;
  export default data;
}

declare module 'virtual:basemap' {
  const basemap: import('./data/basemap.ts').Basemap;
  export default basemap;
}

declare module 'virtual:compare/*' {
  /** The route comparison in one language, or null where the data has none. */
  const compare: import('./data/alternatives/figures-schema.ts').AlternativeFigures | null;
  export default compare;
}

declare module 'virtual:language/*' {
  /** A language's content: translated texts by key (data/texts.ts) and basemap names by id. */
  const content: { texts: Record<string, string>; places: Record<string, string> };
  export default content;
}
