/**
 * The reference files the maintenance extract reads (see the geodata README): where each came
 * from and the date of its OpenStreetMap data.
 */
import type { TrackName } from './corridor-lines.ts';
import type { ExtractSource } from './files.ts';

const NJFINNEY = {
  repository: 'njfinney/Asia_Railway_Calculator',
  commit: 'd44c7e5656aa80d987bd6f5cf7a7f3ad80af4f4d',
};
const KINGTMC = {
  repository: 'kingtmc314/east-asia-railway-map',
  commit: 'a8aff612edb55c3806584da393364586a7eff45d',
};
const ARGBJORN = {
  repository: 'Argbjorn/georgian_railway_2025',
  commit: '1a3c60f9b4977eae312de6917046a21e92b915ed',
};

/** The reference files (see the geodata README) with the date of their OSM data. */
export const TRACK_SOURCES: Record<TrackName, ExtractSource[]> = {
  china: [
    {
      file: 'osm-rail/track-cn-shaanxi.geojson',
      ...KINGTMC,
      path: 'public/data/clean/china-shaanxi.json',
      osmDate: '2026-07-05',
    },
    {
      file: 'osm-rail/track-cn-gansu.geojson',
      ...KINGTMC,
      path: 'public/data/china/gansu.topo.json',
      osmDate: '2026-07-05',
    },
    {
      file: 'osm-rail/track-cn-xinjiang.geojson',
      ...KINGTMC,
      path: 'public/data/clean/china-xinjiang.json',
      osmDate: '2026-07-05',
    },
  ],
  caucasus: [
    {
      file: 'osm-rail/track-georgia.geojson',
      ...ARGBJORN,
      path: 'static/js/components/railway-network/railway-network-data.js',
      osmDate: '2026-01-27',
    },
    {
      file: 'osm-rail/track-azerbaijan.geojson',
      ...NJFINNEY,
      path: 'data/railways/azerbaijan.json',
      osmDate: '2026-02-26',
    },
  ],
};
/** In order of preference where two files hold the same node. */
export const STATION_SOURCES: ExtractSource[] = [
  {
    file: 'osm-rail/stations-georgia.geojson',
    ...ARGBJORN,
    path: 'data/stations.json',
    osmDate: '2026-03-06',
  },
  {
    file: 'osm-rail/stations-cn.geojson',
    ...KINGTMC,
    path: 'public/data/clean/china-*.json, public/data/china/gansu.topo.json',
    osmDate: '2026-07-05',
  },
  {
    file: 'osm-rail/stations-kazakhstan.geojson',
    ...NJFINNEY,
    path: 'data/stations/kazakhstan.json',
    osmDate: '2026-02-26',
  },
  {
    file: 'osm-rail/stations-azerbaijan.geojson',
    ...NJFINNEY,
    path: 'data/stations/azerbaijan.json',
    osmDate: '2026-02-26',
  },
  {
    file: 'osm-rail/stations-turkey.geojson',
    ...NJFINNEY,
    path: 'data/stations/turkey.json',
    osmDate: '2026-02-26',
  },
  {
    file: 'osm-rail/stations-romania.geojson',
    ...NJFINNEY,
    path: 'data/stations/romania.json',
    osmDate: '2026-02-26',
  },
];
export const LAND_SOURCE = {
  file: 'naturalearth/land-10m.geojson',
  repository: 'martynafford/natural-earth-geojson',
  commit: '0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e',
  path: '10m/physical/ne_10m_land.7z',
  data: 'Natural Earth 10m land, v4.0.0 (public domain)',
};
