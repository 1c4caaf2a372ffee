/**
 * The basemap's names as label points: countries, seas and lakes, cities, and the landforms that
 * explain the route's bends. Each keeps every name field Natural Earth gives, for the languages
 * to come; `name` is the English name as the project writes it.
 */
import { booleanPointInPolygon, distance, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { CORE_BOUNDS } from '../basemap-bounds.ts';
import {
  CITY_NAMES,
  COUNTRY_NAMES,
  CORRIDOR_COUNTRIES,
  CORRIDOR_REGION,
  EXTRA_CITIES,
  LABEL_AT,
  LAKE_NAMES,
  LANDFORM_NAMES,
  MARINE_NAMES,
  MORE_LABELS_AT,
  SMALL_SCALE_LABEL_AT,
  NEIGHBOUR_COUNTRIES,
  SKIPPED_CITIES,
  UNLABELLED_COUNTRIES,
} from './choices.ts';
import { generalise, isAreal, labelPoint, type Box } from './geometry.ts';
import type { NaturalEarth } from './natural-earth.ts';
import { featureId } from './shapes.ts';

export type LabelLayer = 'country' | 'water' | 'city' | 'landform';
export interface LabelProperties {
  layer: LabelLayer;
  id: string;
  name: string;
  /** 0 is always named; 1, 2 and 3 come in as the reader zooms in (the style decides where). */
  rank: 0 | 1 | 2 | 3;
  kind: string;
  /** A further point of a name already placed elsewhere. */
  repeat?: true;
  /** When a point is shown, beyond its rank: a name's further points and small-scale point. */
  minzoom?: number;
  maxzoom?: number;
  [field: string]: unknown;
}
export type LabelFeature = Feature<Point, LabelProperties>;

/** Natural Earth fields kept, renamed to lower case; empty ones are dropped. */
function keep(source: Record<string, unknown>, fields: Record<string, string>) {
  const out: Record<string, unknown> = {};
  for (const [from, to] of Object.entries(fields)) {
    const value = source[from];
    if (value !== null && value !== undefined && value !== '' && value !== -99)
      out[to] = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : value;
  }
  return out;
}

const inBox = ([lon = 0, lat = 0]: Position, [w, s, e, n]: Box) =>
  lon >= w && lon <= e && lat >= s && lat <= n;

/** A shape's label point: chosen by hand, or the point farthest inside its part in the box. */
function pointFor(id: string, source: Feature): Position | null {
  const chosen = LABEL_AT[id];
  if (chosen) return chosen;
  if (!source.geometry || !isAreal(source.geometry)) return null;
  const inside = generalise(source.geometry, { box: CORE_BOUNDS, tolerance: 0.01, digits: 3 });
  if (!inside || inside.type !== 'MultiPolygon') return null;
  const point = labelPoint(inside);
  return booleanPointInPolygon(point, inside)
    ? point
    : pointOnFeature(inside).geometry.coordinates.map((v) => Math.round(v * 100) / 100);
}

const label = (coordinates: Position, properties: LabelProperties): LabelFeature => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates },
});

function countryLabels(ne: NaturalEarth): LabelFeature[] {
  return ne.countries.features.flatMap((source) => {
    const p = source.properties ?? {};
    const a3 = String(p['ADM0_A3']);
    if (UNLABELLED_COUNTRIES.includes(a3)) return [];
    const id = `country:${a3}`;
    const at = pointFor(id, source);
    if (!at) return [];
    const rank = CORRIDOR_COUNTRIES.includes(a3) ? 0 : NEIGHBOUR_COUNTRIES.includes(a3) ? 1 : 2;
    const name = COUNTRY_NAMES[a3] ?? String(p['NAME']);
    const fields = keep(p, {
      NAME: 'name_ne',
      NAME_LONG: 'name_long',
      FORMAL_EN: 'formal_en',
      FORMAL_FR: 'formal_fr',
      ISO_A2: 'iso_a2',
      ADM0_A3: 'adm0_a3',
    });
    return [label(at, { layer: 'country', id, name, rank, kind: 'country', ...fields })];
  });
}

function waterLabels(ne: NaturalEarth): LabelFeature[] {
  const seas = ne.marine.features.flatMap((source) => {
    const p = source.properties ?? {};
    const named = MARINE_NAMES[String(p['name'])];
    if (!named) return [];
    const [name, rank] = named;
    const id = featureId('sea', name);
    const at = pointFor(id, source);
    const fields = keep(p, { name: 'name_ne', namealt: 'name_alt', name_fr: 'name_fr' });
    const kind = String(p['featurecla']);
    return at ? [label(at, { layer: 'water', id, name, rank, kind, ...fields })] : [];
  });
  const lakes = ne.lakes.features.flatMap((source) => {
    const p = source.properties ?? {};
    const named = LAKE_NAMES[String(p['name'])];
    if (!named) return [];
    const [name, rank] = named;
    const id = featureId('lake', name);
    const at = pointFor(id, source);
    const kind = p['featurecla'] === 'Reservoir' ? 'reservoir' : 'lake';
    const fields = keep(p, { name: 'name_ne', name_alt: 'name_alt', name_abb: 'name_abb' });
    return at ? [label(at, { layer: 'water', id, name, rank, kind, ...fields })] : [];
  });
  return [...seas, ...lakes];
}

const CITY_FIELDS = {
  NAME: 'name_ne',
  NAMEALT: 'name_alt',
  NAMEASCII: 'name_ascii',
  NAME_EN: 'name_en',
  NAME_DE: 'name_de',
  NAME_ES: 'name_es',
  NAME_FR: 'name_fr',
  NAME_PT: 'name_pt',
  NAME_RU: 'name_ru',
  NAME_ZH: 'name_zh',
  ADM0_A3: 'adm0_a3',
  POP_MAX: 'population',
  wikidataid: 'wikidata',
};

/** Capitals this far from the route (km) are named, and large cities half as far. */
const CAPITALS_WITHIN = 800;

function cityLabels(ne: NaturalEarth, route: Position[]): LabelFeature[] {
  const fromRoute = (at: Position) => Math.min(...route.map((p) => distance(at, p)));
  const cities = ne.places.features.flatMap((source) => {
    const p = source.properties ?? {};
    const at = (source.geometry as Point).coordinates;
    if (!inBox(at, CORRIDOR_REGION)) return [];
    const english = String(p['NAME_EN'] ?? p['NAME']);
    const capital = p['ADM0CAP'] === 1;
    const scalerank = Number(p['SCALERANK']);
    const reach = capital ? CAPITALS_WITHIN : scalerank <= 4 ? CAPITALS_WITHIN / 2 : 0;
    if (SKIPPED_CITIES.includes(english)) return [];
    if (!EXTRA_CITIES.includes(english) && !(reach > 0 && fromRoute(at) <= reach)) return [];
    const name = CITY_NAMES[english] ?? english;
    const country = String(p['ADM0_A3']);
    const near = CORRIDOR_COUNTRIES.includes(country) || NEIGHBOUR_COUNTRIES.includes(country);
    const rank = capital && near ? 1 : capital || scalerank <= 3 ? 2 : 3;
    const kind = capital ? 'capital' : 'city';
    const coordinates = at.map((v) => Math.round(v * 1000) / 1000);
    const fields = keep(p, CITY_FIELDS);
    return [
      label(coordinates, {
        layer: 'city',
        id: featureId('city', name),
        name,
        rank,
        kind,
        ...fields,
      }),
    ];
  });
  // Natural Earth has some towns twice (Aktau also as Mangyshlak): keep the larger.
  const byId = new Map<string, LabelFeature>();
  for (const city of cities) {
    const other = byId.get(city.properties.id);
    if (!other || Number(other.properties['population']) < Number(city.properties['population']))
      byId.set(city.properties.id, city);
  }
  return [...byId.values()];
}

function landformLabels(ne: NaturalEarth): LabelFeature[] {
  return ne.regions.features.flatMap((source) => {
    const p = source.properties ?? {};
    const named = LANDFORM_NAMES[String(p['name'])];
    if (!named) return [];
    const [name, rank] = named;
    const id = featureId('landform', name);
    const at = pointFor(id, source);
    const kind = String(p['featurecla'])
      .toLowerCase()
      .replace('range/mtn', 'range')
      .replace('pen/cape', 'peninsula');
    const fields = keep(p, { name: 'name_ne', namealt: 'name_alt' });
    return at ? [label(at, { layer: 'landform', id, name, rank, kind, ...fields })] : [];
  });
}

/** `route`: the corridor's positions, to tell which cities lie near it. */
/** Zoom at which a name moves from its small-scale point to its own (see SMALL_SCALE_LABEL_AT). */
const SMALL_SCALE_BELOW = 3;
/** Zoom from which a name's further points are shown (see MORE_LABELS_AT). */
const REPEATS_FROM = 6;

/**
 * A name's other points: further ones for zoomed-in readers, marked `repeat`, and one for small
 * scales, in which case its own point waits until zoom 3. `minzoom`/`maxzoom` say when each shows.
 */
function placed(features: LabelFeature[]): LabelFeature[] {
  return features.flatMap((f) => {
    const { id } = f.properties;
    const small = SMALL_SCALE_LABEL_AT[id];
    const own = small
      ? label(f.geometry.coordinates, { ...f.properties, minzoom: SMALL_SCALE_BELOW })
      : f;
    const more = (MORE_LABELS_AT[id] ?? []).map((at) =>
      label(at, { ...f.properties, repeat: true, minzoom: REPEATS_FROM }),
    );
    const smallScale = small
      ? [label(small, { ...f.properties, repeat: true, maxzoom: SMALL_SCALE_BELOW })]
      : [];
    return [own, ...more, ...smallScale];
  });
}

export function labels(
  ne: NaturalEarth,
  route: Position[],
): FeatureCollection<Point, LabelProperties> {
  return {
    type: 'FeatureCollection',
    features: [
      ...placed([...countryLabels(ne), ...waterLabels(ne)]),
      ...cityLabels(ne, route),
      ...landformLabels(ne),
    ],
  };
}
