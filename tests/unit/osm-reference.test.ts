// The maintenance extract's hand-kept inputs agree with what it wrote into geo/: the reference
// files it names are those the committed extracts record, and the line of every hub and segment
// (geo/osm/corridor-lines.json) is the one the derive reads (geo/osm/lines.json). A change to
// one without re-running `npm run geo:extract` fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_GEO } from '../../src/data/geo-folder.ts';
import { HUB_STATIONS, SEGMENT_LINES } from '../../src/data/osm/corridor-lines.ts';
import { LAND_CLIP_FILE, readOsmExtract, TRACK_FILES } from '../../src/data/osm/files.ts';
import {
  LAND_SOURCE,
  STATION_SOURCES,
  TRACK_SOURCES,
} from '../../src/data/osm/reference-sources.ts';

const json = (file: string) => JSON.parse(readFileSync(join(PROJECT_GEO, file), 'utf8'));

describe('the OSM extract’s own record of where it came from', () => {
  it('names the reference files the extract script reads, with their OSM dates', () => {
    const osm = readOsmExtract(PROJECT_GEO);
    for (const track of Object.keys(TRACK_FILES) as (keyof typeof TRACK_FILES)[]) {
      expect(osm.tracks[track].sources).toEqual(TRACK_SOURCES[track]);
      // The extract's date is its oldest source's.
      expect(osm.tracks[track].osmDataDate).toBe(
        TRACK_SOURCES[track].map((s) => s.osmDate).sort()[0],
      );
    }
    expect(osm.stations.sources).toEqual(STATION_SOURCES);
    expect(json(LAND_CLIP_FILE).source).toEqual(LAND_SOURCE);
  });

  it('routes every hub and segment as geo/osm/corridor-lines.json says', () => {
    const osm = readOsmExtract(PROJECT_GEO);
    expect(osm.lines.hubs).toEqual(HUB_STATIONS);
    expect(osm.lines.segments).toEqual(SEGMENT_LINES);
    // Every railway has its line; ferries have sea lanes instead (geo/route-overrides.json).
    const route = json('route.geojson') as {
      features: { id: string; properties: { mode: string } }[];
    };
    const railways = route.features.filter((f) => f.properties.mode !== 'sea').map((f) => f.id);
    expect(Object.keys(SEGMENT_LINES).sort()).toEqual(railways.sort());
  });
});
