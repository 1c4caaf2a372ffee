/**
 * Every word of the interface in English. Other languages implement the same `Messages` type, so
 * a missing string is a type error. Content (panel texts, figures' labels) lives in geo/.
 */
import type {
  ArticleScope,
  FigureUnit,
  HubKind,
  PeriodStage,
  SegmentMode,
} from '../data/schema.ts';

import type { CalendarWords } from './format.ts';
import type { Language } from './languages.ts';

type Format = (n: string) => string;

export const en = {
  lang: 'en' as Language,
  /** The locale numbers and dates are formatted in. */
  locale: 'en-GB',
  /** Month names and date patterns where browsers' `Intl` may lack the language (format.ts). */
  calendar: null as CalendarWords | null,
  /** Country names where the reader's language differs from `Intl.DisplayNames`. */
  countryNames: { TR: 'Türkiye' } as Record<string, string>,

  app: {
    title: 'The Middle Corridor',
    subtitle: 'China to Europe across Kazakhstan, the Caspian Sea and the Caucasus',
    documentTitle: 'Middle Corridor map',
  },
  actions: {
    label: 'Map views',
    routeList: 'Route list',
    tour: 'Tour',
    backToTour: (step: number) => `Back to tour (step ${step})`,
    about: 'About this map',
    article: 'Article',
    sources: 'Sources',
    compare: 'Compare',
    timeline: 'Timeline',
    print: 'Print handout',
    printReference: 'Print reference',
    printReferenceHint: 'Every segment in full: the teachers’ copy',
    downloadImage: 'Download image',
    presenter: 'Presenter',
    embed: 'Embed',
    install: 'Install',
    /** The top bar's list of what takes the map elsewhere: paper, a picture, a page, a device. */
    share: 'Print & share',
  },
  /** The embed (`?embed=1`) and the dialog that gives its snippet. */
  embed: {
    openFull: 'Open the full map',
    frameTitle: 'Map of the Middle Corridor',
    title: 'Embed this map',
    intro:
      'Paste this HTML into a web page to show the map with what is open now. Scrolling the page passes over the map; readers move it with Ctrl (⌘ on a Mac) and the scroll wheel, or with two fingers.',
    label: 'HTML to paste',
    copy: 'Copy',
    copied: 'Copied',
    close: 'Close',
    fromFile:
      'This copy of the map is a file on this computer, and other web pages cannot show a file. Publish the map on a web server (the dist/ folder of the build), open it there and use “Embed” again.',
  },
  /** The offline app: installing it, and the notice when a newer version is ready. */
  offline: {
    installFromFile:
      'This copy is a single file: it already works with no network. Installing it as an app needs the map served from a web server.',
    updateReady: 'A newer version of this map is ready.',
    reload: 'Reload for the new version',
  },
  notices: {
    dismiss: 'Dismiss',
    badTourStep: (asked: number, steps: number) =>
      `The link asks for tour step ${asked}, but the tour has ${steps} steps, so the whole corridor is shown instead.`,
    badLink: (parameter: string) =>
      `The link’s “${parameter}” value is not one this map understands, so the whole corridor is shown instead.`,
    unknownFeature: (kind: 'segment' | 'hub') =>
      `The link asks for a ${kind} that this map does not have, so the whole corridor is shown instead.`,
    noImage: {
      loading: 'The map is still loading: the image can be saved once it is drawn.',
      unsupported: 'This browser cannot draw the map, so there is no image of it to save.',
      lost: 'The map cannot be drawn right now (the browser took back the graphics memory it uses), so there is no image to save until the map is back.',
      failed:
        'The map could not be loaded, so there is no image of it to save. Reloading the page may help.',
    },
    problemsLabel: 'Data problems',
    problems: (count: number) =>
      `${count} problem${count === 1 ? '' : 's'} in the data files – the rest of the map still works`,
    nothingToDraw: (count: number) =>
      `${count} problem${count === 1 ? '' : 's'} in the data files – nothing is left to draw until ${count === 1 ? 'it is' : 'they are'} fixed`,
  },
  /** What the map area says while the map is not drawn. */
  mapStatus: {
    loading: 'Loading the map…',
    unsupported: {
      title: 'This browser cannot draw the map',
      text: 'Drawing it needs WebGL 2, which is missing or turned off here. The route list, the panels and the tour work without it.',
    },
    lost: {
      title: 'The map is not drawn right now',
      text: 'The browser took back the graphics memory the map uses; the map comes back when the browser allows. The route list, the panels and the tour still work.',
    },
    failed: {
      title: 'The map could not be loaded',
      text: 'Reloading the page may help. The route list, the panels and the tour work without it.',
    },
    openList: 'Open the route list',
  },
  /** The page as built, before any script runs (src/data/shell-plugin.ts). */
  shell: {
    intro:
      'China to Europe across Kazakhstan, the Caspian Sea and the Caucasus: every segment and hub of the route, each with what the source article and other sources say about it.',
    loading: 'The interactive map loads after this list; each link below opens its panel.',
    noScript: 'The interactive map needs JavaScript, which is turned off in this browser.',
  },
  sheet: { moreText: 'Show more text', moreMap: 'Show more map' },

  panel: {
    close: 'Close panel',
    segment: 'Route segment',
    hub: 'Hub',
  },
  facts: {
    mode: 'Mode',
    length: 'Length',
    country: 'Country',
    countries: 'Countries',
    fromTo: 'From – to',
    to: 'to',
    kind: 'Kind',
    localName: 'Local name',
    segmentsHere: 'Segments here',
    onRoute: 'On the route',
    offRoute: 'No: shown on the map for what the article says about it',
    /** Before the list of stations a railway is drawn through (each name as OpenStreetMap has it). */
    drawnThrough: 'Drawn through these stations, named as in OpenStreetMap:',
    measuredAlong: 'Length measured along the drawn line.',
    /** A ferry's line: its lane's waypoints are the project's, not OpenStreetMap's. */
    drawnAsLane:
      'Drawn as a schematic sea lane between the two ports, not a ship’s recorded track. Length measured along the drawn line.',
  },
  modes: { rail: 'Railway', sea: 'Ferry crossing', road: 'Road' } satisfies Record<
    SegmentMode,
    string
  >,
  kinds: {
    port: 'Port',
    border: 'Border crossing',
    junction: 'Railway junction',
    city: 'City',
  } satisfies Record<HubKind, string>,

  context: {
    inArticle: 'In the article',
    background: 'Background',
    figures: 'Figures',
    sources: 'Sources',
    /** One fixed sentence per article scope: where the article is about this place, or not. */
    scope: {
      place: null,
      country:
        'The article speaks of Kazakhstan as a country and does not name this city. Its points on politics and the visit are gathered here because the capital is where the presidents meet.',
      sea: 'The article speaks of the route across the Caspian Sea, not of this ferry line.',
      corridor:
        'The article does not name this place. What it says about the Middle Corridor as a whole is in the Article view.',
      none: 'The article does not cover this part of the route.',
    } satisfies Record<ArticleScope, string | null>,
    openArticle: 'Open the Article view',
    paragraph: (n: number[]) => `¶${n.join(', ')}`,
    paragraphLabel: (n: number[]) => `${n.length > 1 ? 'Paragraphs' : 'Paragraph'} ${n.join(', ')}`,
    backgroundSources: (count: number): string => (count > 1 ? 'Sources:' : 'Source:'),
    quoteSource: (speaker: string, outlet: string, date: string, paragraph: number) =>
      `— ${speaker}, ${outlet}, ${date}, paragraph ${paragraph}`,
  },
  figureTable: {
    caption: 'Other figures',
    what: 'What, when and from whom',
    value: 'Value',
    differ: 'Sources differ',
    series: (measuredBy: string, scope: string) => `Series: ${measuredBy}; ${scope}.`,
  },
  citations: {
    article: 'Source article',
    articleLine: (publisher: string, date: string, title: string, interviewee: string) =>
      `${publisher}, ${date}: “${title}”, interview with ${interviewee}`,
    paragraphs: (list: number[]) =>
      `${list.length > 1 ? 'paragraphs' : 'paragraph'} ${list.join(', ')}`,
    figure: (publisher: string, date: string) => `${publisher}, ${date}`,
    figureParagraph: (publisher: string, date: string, paragraph: number) =>
      `${publisher}, ${date}, paragraph ${paragraph}`,
    /** A real headline is quoted; a title we wrote for an untitled item is in square brackets. */
    headline: (title: string) => `“${title}”`,
    described: (title: string) => `[${title}]`,
    missing: 'source missing',
  },

  units: {
    'USD million': (n) => `$${n} million`,
    'million tonnes': (n) => `${n} million tonnes`,
    'million tonnes per year': (n) => `${n} million tonnes a year`,
    TEU: (n) => `${n} TEU`,
    'TEU per year': (n) => `${n} TEU a year`,
    days: (n) => `${n} days`,
    hours: (n) => `${n} hours`,
    km: (n) => `${n} km`,
    visits: (n) => `${n} visits`,
    percent: (n) => `${n}%`,
    times: (n) => `${n} times`,
    year: (n) => n,
    'million passengers per year': (n) => `${n} million passengers a year`,
    tonnes: (n) => `${n} tonnes`,
    containers: (n) => `${n} containers`,
    visitors: (n) => `${n} visitors`,
    metres: (n) => `${n} m`,
    'centimetres per year': (n) => `${n} cm a year`,
    'train pairs per day': (n) => `${n} train pairs a day`,
    hectares: (n) => `${n} hectares`,
  } satisfies Record<FigureUnit, Format>,
  /** Unit names on their own, for chart captions. */
  unitNames: {
    'USD million': 'US$ million',
    'million tonnes': 'million tonnes',
    'million tonnes per year': 'million tonnes a year',
    TEU: 'TEU (20-foot containers)',
    'TEU per year': 'TEU a year',
    days: 'days',
    hours: 'hours',
    km: 'km',
    visits: 'visits',
    percent: 'percent',
    times: 'times',
    year: 'year',
    'million passengers per year': 'million passengers a year',
    tonnes: 'tonnes',
    containers: 'containers (not TEU)',
    visitors: 'visitors',
    metres: 'metres',
    'centimetres per year': 'centimetres a year',
    'train pairs per day': 'train pairs a day',
    hectares: 'hectares',
  } satisfies Record<FigureUnit, string>,
  km: (n: string) => `${n} km`,
  /** "20–25 days": how a range of two values is joined. */
  range: (low: string, high: string) => `${low}–${high}`,

  period: {
    cumulative: (end: string) => `cumulative to ${end}`,
    cumulativeFrom: (start: string, end: string) => `cumulative, ${start} to ${end}`,
    asOf: (date: string) => `as of ${date}`,
    from: (date: string) => `from ${date}`,
    forecast: (year: string) => `${year} forecast`,
    target: (year: string) => `target for ${year}`,
    planned: (year: string) => `planned for ${year}`,
    plannedUndated: 'planned',
    targetUndated: 'target',
    stated: (label: string, date: string) => `${label} (stated ${date})`,
    undated: 'undated',
    withStage: (stage: string, label: string) => `${stage}, ${label}`,
    stages: {
      initial: 'initial',
      'first-stage': 'first stage',
      'next-stage': 'next stage',
      peak: 'peak',
      eventual: 'eventual',
      'phase-1': 'phase 1',
      'after-phase-2': 'after phase 2',
      'after-phases-2-3': 'after phases 2–3',
    } satisfies Record<PeriodStage, string>,
    noDate: 'no date',
  },

  charts: {
    source: (citations: string) => `Source: ${citations}`,
    to: (from: string, to: string) => `${from} to ${to}`,
    article: 'the article',
    otherSource: 'another source',
    notes: 'Notes on these figures',
    noteLead: (period: string, value: string) => `${period}, ${value}:`,
    trade: {
      title: 'Trade between Kazakhstan and Azerbaijan',
      label:
        'Kazakhstan–Azerbaijan trade turnover, in two statistical series that are never joined.',
      seriesLabel: (label: string, measuredBy: string) => `${label} (${measuredBy})`,
      note: 'Each block is one statistical series in its own colour. Azerbaijan and Kazakhstan count this trade differently, so their figures are never joined into one row or line. Solid bars cover a whole year; a dashed bar covers only part of one, so compare the monthly averages (≈ …/mo, the value divided by the months covered). The article’s own figures are marked “article”.',
      perMonth: (value: string) => `≈${value}/mo`,
      months: (n: number) => `${n} months`,
      aboutPerMonth: (value: string) => `about ${value} a month`,
      articleMark: 'article',
    },
    investment: {
      title: 'Investment each way: every published total',
      label: 'Investment between the two countries, every published total by direction.',
      direction: (from: string, to: string) => `${from} → ${to}`,
      bar: (series: string, period: string) => `${series}, ${period}`,
      note: 'Each bar is one published total, coloured by who gave it. None of them says what period it covers unless shown; they are not a time series and are not added up. The arrows on the map show the article’s two figures.',
    },
    volume: {
      title: 'Cargo on the corridor',
      label: 'Cargo carried on the Middle Corridor, by who counted it.',
      disagree: (periods: string) =>
        `Sources disagree for ${periods}; every value is shown, none is picked.`,
      hollow: 'Hollow marks are forecasts or plans, not counts.',
      and: ' and ',
    },
    series: 'Series',
  },

  overview: {
    eyebrow: 'About this map',
    title: 'The Middle Corridor, China to Europe',
    intro: (rail: string, sea: string) =>
      `The Middle Corridor (the Trans-Caspian International Transport Route) carries freight from China across Kazakhstan, by ferry over the Caspian Sea, and on through Azerbaijan, Georgia and Türkiye to Europe. This map draws it along its real railways and sea lanes: ${rail} of railway and ${sea} of ferry crossings, branches included, measured along the drawn lines.`,
    articleHeading: 'The article behind this map',
    articleSource: (outlet: string, date: string, title: string, who: string, role: string) =>
      `${outlet}, ${date}: “${title}”, an interview with ${who}, ${role}.`,
    readArticle: 'Every point of the article, in order (Article view)',
    arrows:
      'The purple arrows across the Caspian on the map show the two investment figures the article gives.',
    howTo: 'How to use the map',
    howToItems: [
      'Click or tap a line (a railway or a ferry) or a dot (a port, border, junction or city) to open its panel.',
      'A panel shows “In the article” only where the article speaks of that place or theme; everything under “Background” comes from other sources, named under each paragraph.',
      'Drag to pan, scroll or pinch to zoom. Every panel has a link you can share: the address bar names what is open.',
      'Figures from the article are credited to it with their paragraph; figures from elsewhere name who measured them, and where sources disagree every value is shown.',
    ],
    compareRoutes: 'Compare the Middle Corridor with the Northern, Suez and Cape routes',
    timeline: 'See how the corridor was built, year by year',
    allSources: 'See every source this map cites',
  },
  articleView: {
    eyebrow: 'The article',
    byline: (outlet: string, date: string) => `${outlet}, ${date}`,
    interview: (who: string, role: string) => `Interview with ${who}, ${role}.`,
    interviewer: (name: string) => `Interviewer: ${name}.`,
    noInterviewer: 'The article does not name the interviewer.',
    link: (outlet: string) => `Read the article at ${outlet}`,
    about: (count: number, paragraphs: number) =>
      `The article’s ${count} points, in our own words and in its order. ¶ numbers count its ${paragraphs} paragraphs (the photo caption is not counted). Paragraphs 1–3 are the outlet’s own introduction; from paragraph 4 on, it reports Raimov’s views. Short quotations are the article’s exact words.`,
    points: 'What the article says',
    shownOn: 'On the map:',
    overview: 'About this map',
    tourStep: (n: number, title: string) => `Tour step ${n}: ${title}`,
    figures: 'The article’s figures',
  },
  sourcesView: {
    eyebrow: 'All sources',
    title: 'Sources',
    intro: (count: number) =>
      `Every source this map cites, ${count} in all, with what it supports. Titles in quotation marks are the items’ own headlines; titles in square brackets are our descriptions of items whose headline is not recorded here.`,
    figures: (list: string) => `Figures: ${list}.`,
    citedIn: (places: string) => `Cited in: ${places}.`,
  },
  /**
   * The "Compare routes" view's frame; the rest of its words load with it (compare/en.ts).
   */
  compare: {
    eyebrow: 'Compare routes',
    title: 'The Middle Corridor and the other routes',
    loading: 'Loading the comparison…',
    failed: 'The comparison could not be loaded. Try again when the connection is back.',
  },
  timeline: {
    eyebrow: 'Timeline',
    title: 'How the corridor was built',
    loading: 'Loading the timeline…',
    failed: 'The timeline could not be loaded. Try again when the connection is back.',
  },
  downloads: {
    title: 'Download the data',
    intro:
      'The data behind this map, to use in class or elsewhere. Every figure names its source; the route and hubs carry the OpenStreetMap ways and stations they follow.',
    route: 'Route segments (GeoJSON)',
    hubs: 'Hubs (GeoJSON)',
    figures: 'Figures with their sources (CSV)',
    sources: 'Sources (CSV)',
    compareRoutes: 'Compared routes: the four lines (GeoJSON)',
    compareFigures:
      'Compared routes: transit times, borders, transshipments and costs with their sources (CSV)',
    timeline: 'Timeline: when each segment and hub opened, and the corridor’s events (CSV)',
    licence:
      'The route and hub geometry is derived from OpenStreetMap, © OpenStreetMap contributors, and may be reused under the Open Database License (ODbL 1.0) with that credit. The figures belong to the sources named in each row.',
    fromFile:
      'The data files come with the folder copy of this map and with its web address; this single-file copy does not carry them.',
    routeNote:
      'The Middle Corridor route, segment by segment. lengthKm is computed from the line; provenance says which OpenStreetMap ways, stations or sea lanes each line follows.',
    hubsNote:
      'Ports, border crossings, junctions and cities of the Middle Corridor; provenance says which OpenStreetMap node or station each position comes from.',
    compareRoutesNote:
      'The four routes the Compare routes view draws. lengthKm is measured along each line; the rail lines follow the Middle Corridor’s OpenStreetMap track where they share it and run straight from station to station elsewhere; the sea lines run through named waypoints.',
  },
  routeList: {
    label: 'Route list',
    title: 'Route, East to West',
    hubs: 'Hubs',
    offRoute: 'Off the route: capitals the article speaks of',
    meta: (mode: string, length: string) => `${mode}, ${length}`,
  },
  legend: {
    title: 'Legend',
    rail: 'Railway',
    ferry: 'Ferry (dashed)',
    port: 'Port',
    border: 'Border crossing',
    junction: 'Junction',
    city: 'City',
  },
  map: {
    /** The canvas's accessible name. */
    title: 'Map of the Middle Corridor',
    description:
      'The Middle Corridor from Xi’an in China across Kazakhstan, the Caspian Sea, Azerbaijan, Georgia and Türkiye to Europe: railways as solid lines, ferries as dashed lines, hubs as dots. With the map focused, arrow keys pan, plus and minus zoom, and the bracket keys [ and ] step to the previous or next segment. The route list gives every segment and hub as a button.',
    /** The map control that brings back the first view. */
    wholeCorridor: 'Whole corridor',
    /** Heads the list offered where a click or tap lies about as near two or more lines. */
    chooseLine: 'Which line?',
    imageTitle: 'The Middle Corridor: China to Europe',
    /** The map's credits line; `{link}` is where the credited project's linked name goes. */
    credits: {
      basemap: 'Basemap: {link} (public domain)',
      route: 'Route: © {link} contributors, ODbL',
    },
    imageAttribution:
      'Basemap: Natural Earth. Route: © OpenStreetMap contributors (ODbL). Map: Middle Corridor map',
    imageFile: 'middle-corridor-map.png',
    imageUnsupported: 'This browser cannot draw the image.',
    flowLabel: (value: string, from: string) => `${value}\ninvested from ${from}`,
  },
  announce: {
    segment: (name: string, from: string, to: string, mode: string, length: string) =>
      `${name}, ${from} to ${to}, ${mode}, ${length}`,
    hub: (name: string, kind: string, country: string) => `${name}, ${kind}, ${country}`,
  },
  tour: {
    label: 'Tour',
    previous: 'Previous',
    next: 'Next',
    steps: 'Steps',
    leave: 'Leave tour',
    leaveShort: 'Leave',
    leaveWord: 'tour',
    progress: (step: number, count: number) => `${step} / ${count}`,
    noteHeading: (step: number, title: string) => `Tour step ${step}: ${title}`,
    ask: 'Ask the class:',
    /** A step that shows the corridor in an earlier year (geo/tour.json `year`). */
    asIn: (year: string) =>
      `The map shows the corridor as it stood in ${year}: faded lines had not opened yet.`,
    /** A step that draws the compared routes beside the corridor (geo/tour.json `compare`). */
    compared: 'The other routes from China to Europe are drawn too: zoom out to compare.',
    stepFigures: 'Figures for this step',
    keyFigures: 'Key figures',
    keySeries: (series: string) => `Series: ${series}`,
    moreFigures: (count: number) =>
      count === 1
        ? 'This step’s figure in full, with its notes'
        : `All ${count} figures for this step, with their notes`,
    start: 'Start the tour',
    resume: (step: number) => `Back to the tour (step ${step})`,
    keysHint: 'or press → / PageDown',
    blackout: 'Screen blacked out: press any key to return',
  },
  handout: {
    title: 'The Middle Corridor: China to Europe',
    intro:
      'A handout to the interactive map. The route runs from China across Kazakhstan, by ferry over the Caspian Sea, and on through Azerbaijan, Georgia and Türkiye to Europe.',
    mapAlt: 'Map of the whole Middle Corridor',
    article: (outlet: string, date: string, title: string, who: string, mainLine: string) =>
      `Source article: ${outlet}, ${date}, “${title}”, an interview with ${who}. ${mainLine}`,
    inArticle: 'In the article',
    background: 'Background',
    figures: 'Figures',
    sources: 'Sources',
    noPicture:
      'No picture of the map: it is made when the “Print handout” button is used where the map can be drawn.',
    stepsTitle: 'The tour, step by step',
    step: (n: number, title: string) => `${n}. ${title}`,
    where: (place: string) => `Where: ${place}.`,
    question: 'Question:',
    sourcesTitle: 'Sources',
    moreSources: (count: number) =>
      `and ${count} more, each with its link, in the map’s Sources view.`,
    provenance: (date: string) =>
      `Where the data comes from: the route and hubs are derived from OpenStreetMap (© OpenStreetMap contributors, ODbL 1.0), the basemap from Natural Earth; every figure names its source. Data as of ${date} (the newest source cited).`,
    referenceTitle: 'The Middle Corridor: reference for teachers',
    referenceIntro:
      'Every segment of the route, East → West, with what the article says, background, figures and sources. The class handout is printed with “Print handout”.',
  },
  /** The language menu in the top bar; each language is named in itself (languages.ts). */
  language: {
    label: 'Language',
    failed: (name: string) =>
      `${name} could not be loaded (no connection?), so the map stays in this language.`,
  },
  /**
   * A quote or the article's title stays verbatim in English; in other languages its translation
   * follows, marked as one. English shows none.
   */
  translation: (text: string) => `Translation: ${text}`,
  /** MapLibre's own control texts (its `locale` option). */
  maplibre: {
    'Map.Title': 'Map of the Middle Corridor',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'AttributionControl.ToggleAttribution': 'Toggle attribution',
    'AttributionControl.MapFeedback': 'Map feedback',
    // Shown in an embedded page when the reader scrolls over the map (cooperative gestures).
    'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
    'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
    'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
  } as Record<string, string>,
};

export type Messages = typeof en;
