/**
 * The app's read-only view of the validated data, with the lookups every part needs. Built once
 * in the browser from `virtual:corridor` and handed to components through context (context.ts),
 * so any component can be rendered with other data, e.g. a test fixture.
 */
import type { CorridorData, CorridorHub, CorridorSegment } from './corridor.ts';
import { createSubscriber } from 'svelte/reactivity';
import { noteSources } from './note-refs.ts';
import type { ArticlePoint, ContextEntry, Figure, Series, Source, TourStep } from './schema.ts';
import type { Timeline } from './timeline/timeline-schema.ts';

export type { CorridorHub, CorridorSegment };

/** What a link, a click or a tour step can select. */
export type SelectionKind = 'segment' | 'hub';

export interface Selection {
  kind: SelectionKind;
  id: string;
}

/** A panel with text of its own: a segment's, a hub's, or the overview's. */
export type PanelPlace = Selection | { kind: 'overview' };

/** The article's paragraphs and the sources a place's panel draws on. */
export interface Citations {
  sources: Source[];
  paragraphs: number[];
}

/** A place's figures as a panel shows them: charted series whole, the rest row by row. */
export interface FigureGroups {
  /** One list per charted series kind, with every figure of those series (every source). */
  charts: { chart: NonNullable<Series['chart']>; figures: Figure[] }[];
  /** Everything else, one row per series and period, so disagreeing sources sit together. */
  rows: Figure[][];
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]));

export class Corridor {
  #data!: CorridorData;
  #segments!: Map<string, CorridorSegment>;
  #hubs!: Map<string, CorridorHub>;
  #figures!: Map<string, Figure>;
  #sources!: Map<string, Source>;
  #series!: Map<string, Series>;
  #changed: () => void = () => {};
  /** Makes whatever reads the data (a component, an effect) read it again after `use`. */
  readonly #subscribe = createSubscriber((update) => {
    this.#changed = update;
    return () => (this.#changed = () => {});
  });

  constructor(data: CorridorData) {
    this.use(data);
  }

  /** The data as it now is: the same places and figures, in the reader's language. */
  get data(): CorridorData {
    this.#subscribe();
    return this.#data;
  }

  /** Replaces the data with the same data in another language; every reader of it updates. */
  use(data: CorridorData): void {
    this.#data = data;
    this.#segments = byId(data.segments);
    this.#hubs = byId(data.hubs);
    this.#figures = byId(data.figures);
    this.#sources = byId(data.sources);
    this.#series = byId(data.series);
    this.#changed();
  }

  segment(id: string): CorridorSegment | undefined {
    this.#subscribe();
    return this.#segments.get(id);
  }

  hub(id: string): CorridorHub | undefined {
    this.#subscribe();
    return this.#hubs.get(id);
  }

  figure(id: string): Figure | undefined {
    this.#subscribe();
    return this.#figures.get(id);
  }

  source(id: string): Source | undefined {
    this.#subscribe();
    return this.#sources.get(id);
  }

  series(id: string): Series | undefined {
    this.#subscribe();
    return this.#series.get(id);
  }

  /** Whether the selection names something this map has. */
  has(selection: Selection): boolean {
    this.#subscribe();
    return selection.kind === 'segment'
      ? this.#segments.has(selection.id)
      : this.#hubs.has(selection.id);
  }

  /** The positions that frame a selection on the map. */
  positionsOf(selection: Selection): [number, number][] {
    if (selection.kind === 'segment') return this.segment(selection.id)?.coordinates ?? [];
    const hub = this.hub(selection.id);
    return hub ? [hub.coordinates] : [];
  }

  /** A selection's display name, e.g. "Caspian ferry: Aktau – Alat" or "Port of Kuryk". */
  nameOf(selection: Selection): string | undefined {
    return selection.kind === 'segment'
      ? this.segment(selection.id)?.name
      : this.hub(selection.id)?.name;
  }

  /** What a place's panel says: its context entry, if it has one. */
  entryOf(place: PanelPlace): ContextEntry | undefined {
    if (place.kind === 'overview') return this.data.context.overview ?? undefined;
    const entries = place.kind === 'segment' ? this.data.context.segments : this.data.context.hubs;
    return Object.hasOwn(entries, place.id) ? entries[place.id] : undefined;
  }

  /** The article's points a panel shows, in the article's order. */
  pointsAt(place: PanelPlace): ArticlePoint[] {
    return (this.data.article?.points ?? []).filter((point) =>
      point.places.some((p) =>
        place.kind === 'overview'
          ? p.kind === 'overview'
          : p.kind === place.kind && p.id === place.id,
      ),
    );
  }

  /** The 1-based number of the tour step with this id. */
  tourStepNumber(id: string): number | undefined {
    const index = this.data.tour?.steps.findIndex((s) => s.id === id) ?? -1;
    return index >= 0 ? index + 1 : undefined;
  }

  /** The segments that start or end at a hub. */
  segmentsAt(hubId: string): CorridorSegment[] {
    return this.data.segments.filter((s) => s.from === hubId || s.to === hubId);
  }

  /** The tour's step n (1-based), if there is one. */
  tourStep(n: number): TourStep | undefined {
    return this.data.tour?.steps[n - 1];
  }

  /** Whether there is a route comparison to show: the screen's data says so; Node's has it. */
  get hasComparison(): boolean {
    return this.data.hasComparison ?? this.data.alternatives !== undefined;
  }

  /** When each place opened and the corridor's events, if the data has a timeline. */
  get timeline(): Timeline | undefined {
    return this.data.timeline;
  }

  get tourLength(): number {
    return this.data.tour?.steps.length ?? 0;
  }

  isArticle(sourceId: string): boolean {
    return sourceId === this.data.article?.sourceId;
  }

  /**
   * A list of figure ids as a reader sees it: a series that has a chart is shown whole (every
   * period, every source) as soon as one of its figures is listed, so a disagreement is never
   * hidden; the rest are grouped into rows of one series and period.
   */
  groupFigures(ids: string[]): FigureGroups {
    const listed = ids.flatMap((id) => this.figure(id) ?? []);
    const chartOf = (f: Figure) => this.series(f.series)?.chart;
    const charts: FigureGroups['charts'] = [];
    for (const f of listed) {
      const chart = chartOf(f);
      if (!chart || charts.some((c) => c.chart === chart)) continue;
      charts.push({ chart, figures: this.data.figures.filter((g) => chartOf(g) === chart) });
    }
    return { charts, rows: this.rowsOf(listed.filter((g) => !chartOf(g)).map((g) => g.id)) };
  }

  /** Exactly these figures, in rows of one series and period (sources side by side). */
  rowsOf(ids: string[]): Figure[][] {
    const rows = new Map<string, Figure[]>();
    for (const f of ids.flatMap((id) => this.figure(id) ?? [])) {
      const key = `${f.series} ${JSON.stringify(f.period)}`;
      rows.set(key, [...(rows.get(key) ?? []), f]);
    }
    return [...rows.values()];
  }

  /** Every figure a list of ids shows, charted series included. */
  shownFigures(ids: string[]): Figure[] {
    const { charts, rows } = this.groupFigures(ids);
    return [...charts.flatMap((c) => c.figures), ...rows.flat()];
  }

  /**
   * The one rule for what a place cites, used by its panel, the handout and the sources view:
   * the article when the place shows its points, quotes or figures, then the sources of its
   * Background, then those of its shown figures and of their notes.
   */
  citationsOf(place: PanelPlace): Citations {
    const article = this.data.article;
    const entry = this.entryOf(place);
    const points = this.pointsAt(place);
    const quotes = entry?.quotes ?? [];
    const shown = this.shownFigures(entry?.figures ?? []);
    const usesArticle =
      points.length > 0 || quotes.length > 0 || shown.some((f) => this.isArticle(f.source));
    const ids = new Set([
      ...(usesArticle && article ? [article.sourceId] : []),
      ...(entry?.background.flatMap((p) => p.sources) ?? []),
      ...shown.flatMap((f) => [f.source, ...noteSources(f.notes)]),
    ]);
    const paragraphs = new Set([
      ...points.flatMap((p) => p.paragraphs),
      ...quotes.map((q) => q.paragraph),
      ...shown.flatMap((f) => (f.paragraph !== undefined ? [f.paragraph] : [])),
    ]);
    return {
      sources: [...ids].flatMap((id) => this.source(id) ?? []),
      paragraphs: [...paragraphs].sort((a, b) => a - b),
    };
  }
}
