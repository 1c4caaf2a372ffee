/**
 * The editorial choices of the basemap extract: which countries, waters, cities and landforms
 * are named, how the project writes their names, and where a name sits when Natural Earth's own
 * point would put it on the route. Positions are [longitude, latitude].
 */
import type { Box } from './geometry.ts';

/** Where cities and landforms are worth naming: the corridor with a wide margin. */
export const CORRIDOR_REGION: Box = [24, 33, 112, 54];

/** Always named on the overview: the countries the corridor crosses. */
export const CORRIDOR_COUNTRIES = ['CHN', 'KAZ', 'AZE', 'GEO', 'TUR'];
/** Named next, quieter: the neighbours a reader uses to find the corridor. */
export const NEIGHBOUR_COUNTRIES = [
  'RUS',
  'UZB',
  'TKM',
  'KGZ',
  'TJK',
  'ARM',
  'IRN',
  'ROU',
  'BGR',
  'UKR',
  'MNG',
  'MDA',
  'GRC',
  'AFG',
];
/** Country polygons that are only a sliver inside the box, or not a country at this scale. */
export const UNLABELLED_COUNTRIES = [
  'KAS',
  'CYN',
  'ITA',
  'CZE',
  'HRV',
  'LVA',
  'MMR',
  'BTN',
  'LBY',
  'SAU',
  'EGY',
  'IND',
  'KWT',
  'ISR',
  'PSX',
  'LBN',
];

/** English short names as the project writes them (Natural Earth v4.0.0 predates some). */
export const COUNTRY_NAMES: Record<string, string> = {
  TUR: 'Türkiye',
  MKD: 'North Macedonia',
  BIH: 'Bosnia and Herzegovina',
};

/**
 * Label positions chosen by hand, clear of the route's lines and of the hubs' labels at the first
 * view (probed at 1280×800 and 1920×1080); every other name sits at the point farthest inside its
 * shape. At 1280 px the Caucasus has no room inside Georgia or Azerbaijan for their names beside
 * the hubs' labels: GEORGIA then rises above its point onto the Greater Caucasus, and AZERBAIJAN
 * sits at the country's southern edge, below the labels of Baku and its port (probed in a grid at
 * 1280 and 1920 px: the only free places left of the sea; at 1024 px the hubs' names win).
 */
export const LABEL_AT: Record<string, [number, number]> = {
  'country:KAZ': [65.5, 50.3],
  'country:CHN': [94.5, 36.6],
  'country:AZE': [48.5, 38.3],
  'country:GEO': [42.3, 43.2],
  'country:TUR': [34.6, 38.3],
  'country:RUS': [45, 53.2],
  'country:UZB': [64.6, 40.5],
  'country:TKM': [57.6, 40.1],
  'country:KGZ': [74.6, 41.4],
  'country:TJK': [70.9, 38.7],
  'country:ARM': [45, 40.3],
  'country:IRN': [54.3, 32.6],
  'country:MNG': [100.5, 46.2],
  'country:UKR': [31.5, 49.2],
  'country:ROU': [24.9, 45.9],
  'country:BGR': [25.2, 42.75],
  'country:GRC': [22.2, 39.5],
  'country:MDA': [28.5, 47.2],
  'sea:caspian-sea': [50.2, 45.4],
  // South of the Poti – Constanța ferry line and of the ports' names (probed at 1280 and 1920 px).
  'sea:black-sea': [32.5, 42.5],
  'sea:mediterranean-sea': [30.5, 34],
  'sea:bosphorus': [29.08, 41.2],
  'lake:lake-balkhash': [75.9, 46.05],
  'lake:aral-sea': [59.5, 45.7],
  // Natural Earth's shapes for some landforms are slivers or misplaced (its Caucasus polygon
  // lies on the Absheron peninsula): these are placed from an atlas instead.
  'landform:caucasus-mountains': [45.6, 42.55],
  'landform:kyzylkum-desert': [63.6, 42.6],
  'landform:karakum-desert': [60.3, 38.9],
  'landform:anatolia': [38, 38.4],
  'landform:kazakh-steppe': [63.5, 48.85],
  'landform:gobi-desert': [104, 42.5],
  'landform:tian-shan': [84, 42.7],
  'landform:hexi-corridor': [101.3, 39.6],
  'landform:qilian-mountains': [98, 38.6],
  'landform:dzungarian-basin': [86.5, 45.4],
  'landform:pontic-mountains': [38.5, 40.7],
  'landform:karatau': [69, 44],
};

/**
 * Further points for a country's or a sea's name, shown from zoom 6, so that a reader zoomed in on
 * a border crossing or a port still sees which country is on which side and which sea it is.
 */
export const MORE_LABELS_AT: Record<string, [number, number][]> = {
  'country:KAZ': [
    [79.7, 44.45],
    [81.9, 45.05],
    [52.3, 43.4],
  ],
  'country:CHN': [
    [80.95, 43.6],
    [83.6, 45.6],
  ],
  'country:AZE': [
    [49, 40.8],
    [46.2, 41.1],
  ],
  'country:GEO': [
    [44.9, 42.1],
    [42.2, 42.55],
  ],
  'country:TUR': [
    [42.6, 40.9],
    [28.3, 41.35],
  ],
  'country:BGR': [[26.15, 42.05]],
  'country:ARM': [[44.2, 40.9]],
  'sea:caspian-sea': [
    [50.35, 39.75],
    [50.7, 43.9],
  ],
  'sea:black-sea': [
    [29.6, 41.6],
    [40.9, 41.95],
  ],
};

/**
 * Where a country's name goes below zoom 3 (a phone's whole-corridor view), when its own point
 * would land among the hubs' labels: the corridor is then a narrow band across the screen.
 */
export const SMALL_SCALE_LABEL_AT: Record<string, [number, number]> = {
  'country:KAZ': [76, 53.3],
  'country:CHN': [100, 33],
};

/**
 * A name and its rank: 0 always shown, 1 from the first view at desktop size, 2 and 3 as the
 * reader zooms in (the style sets the zooms).
 */
export type Named = [name: string, rank: 0 | 1 | 2 | 3];

/** Seas, gulfs and straits from `marine-polys-10m` that are named, by Natural Earth's name. */
export const MARINE_NAMES: Record<string, Named> = {
  'Black Sea': ['Black Sea', 0],
  'Caspian Sea': ['Caspian Sea', 0],
  'Mediterranean Sea': ['Mediterranean Sea', 1],
  'Sea of Marmara': ['Sea of Marmara', 2],
  'Sea of Azov': ['Sea of Azov', 2],
  'Aegean Sea': ['Aegean Sea', 2],
  'Persian Gulf': ['Persian Gulf', 2],
  'Garabogaz Bay': ['Garabogaz Bay', 2],
  Bosporus: ['Bosphorus', 3],
  Dardanelles: ['Dardanelles', 3],
};

/** Lakes and reservoirs from `lakes-10m` that are named, by Natural Earth's name. */
export const LAKE_NAMES: Record<string, Named> = {
  'Aral Sea': ['Aral Sea', 1],
  'Lake Balkhash': ['Lake Balkhash', 1],
  'Issyk-Kul': ['Issyk-Kul', 2],
  Alakol: ['Alakol', 2],
  'Lake Zaysan': ['Lake Zaysan', 2],
  'Lake Sevan': ['Lake Sevan', 2],
  'Lake Van': ['Lake Van', 2],
  'Lake Urmia': ['Lake Urmia', 2],
  'Qinghai Hu': ['Qinghai Lake', 2],
  'Ebinur Hu': ['Ebinur Lake', 3],
  'Bosten Hu': ['Bosten Lake', 3],
  'Kapchagay Reservoir': ['Kapchagay Reservoir', 3],
  'Lake Tuz': ['Lake Tuz', 3],
  'Mingevir Reservoir': ['Mingachevir Reservoir', 3],
  'Sarygamysh Köli': ['Sarygamysh Lake', 3],
  'Aydar Ko‘l': ['Aydar Lake', 3],
  'Tengiz Köli': ['Lake Tengiz', 3],
};
/** Drained since Natural Earth v4.0.0 (the Kakhovka dam was destroyed in June 2023). */
export const GONE_LAKES = ['Kakhovka Reservoir'];

/**
 * Rivers from `rivers-10m` that are drawn, by Natural Earth's name, with the name the map gives
 * them (Natural Earth names some by the stretch's country: Ertis, Ertix, Firat, Dicle).
 */
export const RIVER_NAMES: Record<string, string> = {
  Volga: 'Volga',
  Ural: 'Ural',
  Irtysh: 'Irtysh',
  Ertis: 'Irtysh',
  Ertix: 'Irtysh',
  'Syr  Darya': 'Syr Darya',
  'Amu  Darya': 'Amu Darya',
  Naryn: 'Naryn',
  Ile: 'Ili',
  Kura: 'Kura',
  Aras: 'Aras',
  Danube: 'Danube',
  Dnipro: 'Dnieper',
  Dnepre: 'Dnieper',
  Don: 'Don',
  Dniester: 'Dniester',
  Huang: 'Yellow River',
  Wei: 'Wei',
  Firat: 'Euphrates',
  'Al Furat': 'Euphrates',
  Euphrates: 'Euphrates',
  Tigris: 'Tigris',
  Dicle: 'Tigris',
  'Kiz?lirmak': 'Kızılırmak',
  Sakarya: 'Sakarya',
  Evros: 'Maritsa',
  Tobol: 'Tobol',
  Esil: 'Ishim',
  Ishim: 'Ishim',
  Tarim: 'Tarim',
  Kuban: 'Kuban',
  Zarafshon: 'Zarafshon',
};

/** Cities named beyond capitals and Natural Earth's largest: places a reader meets on the way. */
export const EXTRA_CITIES = [
  'Edirne',
  'Erzincan',
  'Trabzon',
  'Samsun',
  'Eskişehir',
  'Kayseri',
  'Kutaisi',
  'Gyumri',
  'Batumi',
  'Rustavi',
  'Sumqayit',
  'Yevlakh',
  'Şirvan',
  'Türkmenbaşy',
  'Atyrau',
  'Aral',
  'Baikonur',
  'Turkistan',
  'Taldykorgan',
  'Balkhash',
  'Yining City',
  'Shihezi',
  'Karamay',
  'Turpan',
  'Korla',
  'Yizhou',
  'Zhangye',
  'Wuwei',
  'Jiayuguan City',
  'Dunhuang',
  'Tianshui',
  'Baoji',
  'Kapchagay',
  'Taraz',
  'Shymkent',
  'Karaganda',
  'Semey',
  'Varna',
  'Burgas',
  'Odessa',
  'Makhachkala',
  'Derbent',
  'Novorossiysk',
  'Aktau',
  'Kyzylorda',
  'Jezkazgan',
  'Poti',
  'İzmit',
  'Tekirdağ',
  'Zharkent',
  'Ganja',
  'Vanadzor',
  'Fort-Shevchenko',
  'Zhanaozen',
];
/** Natural Earth records that are not what they claim (Dulan: a population of 100). */
export const SKIPPED_CITIES = ['Dulan'];
/** Natural Earth's English names that are outdated or odd, by its `NAME_EN`. */
export const CITY_NAMES: Record<string, string> = {
  Kiev: 'Kyiv',
  Odessa: 'Odesa',
  Yizhou: 'Hami',
  'Yining City': 'Yining',
  'Jiayuguan City': 'Jiayuguan',
  'Kuqa County': 'Kuqa',
  Kapchagay: 'Konaev',
  Jezkazgan: 'Zhezkazgan',
  Şirvan: 'Shirvan',
};

/** Landforms from `regions-polys-10m` that explain the route's bends, with their names. */
export const LANDFORM_NAMES: Record<string, Named> = {
  'CAUCASUS MTS.': ['Caucasus Mountains', 1],
  'TIAN SHAN': ['Tian Shan', 1],
  'Ustyurt Plateau': ['Ustyurt Plateau', 1],
  'QIZILQUM DESERT': ['Kyzylkum Desert', 1],
  'GARAGUM DESERT': ['Karakum Desert', 1],
  ANATOLIA: ['Anatolia', 1],
  'KAZAKH STEPPE': ['Kazakh Steppe', 1],
  'GOBI DESERT': ['Gobi Desert', 1],
  'ALTAY MOUNTAINS': ['Altai Mountains', 2],
  'Taurus Mts.': ['Taurus Mountains', 2],
  'PONTIC MOUNTAINS': ['Pontic Mountains', 2],
  'Lesser Caucasus': ['Lesser Caucasus', 2],
  'BETPAQDALA DESERT': ['Betpak-Dala', 2],
  'Junggar Basin': ['Dzungarian Basin', 2],
  'Hexi Corridor': ['Hexi Corridor', 2],
  'QUILIAN MOUNTAINS': ['Qilian Mountains', 2],
  'KAZAKH UPLAND': ['Kazakh Uplands', 2],
  'TURAN LOWLAND': ['Turan Lowland', 2],
  'CASPIAN DEPRESSION': ['Caspian Depression', 2],
  'TAKLIMAKAN DESERT': ['Taklimakan Desert', 2],
  'Loess Plateau': ['Loess Plateau', 2],
  'PLATEAU OF TIBET': ['Tibetan Plateau', 2],
  'URAL MOUNTAINS': ['Ural Mountains', 2],
  'ELBURZ MTS.': ['Alborz', 2],
  PAMIRS: ['Pamirs', 2],
  'MONGOLIAN PLATEAU': ['Mongolian Plateau', 2],
  'KUNLUN MOUNTAINS': ['Kunlun Mountains', 2],
  'Alataw Mts.': ['Dzungarian Alatau', 3],
  'Borohoro Mts.': ['Borohoro Mountains', 3],
  'Tarbagatay Ra.': ['Tarbagatai Range', 3],
  'Karatau Range': ['Karatau', 3],
  'TARIM BASIN': ['Tarim Basin', 3],
  'Kopet Dag Mts .': ['Kopet Dag', 3],
  'Balkan Mts.': ['Balkan Mountains', 3],
  'Volga Delta': ['Volga Delta', 3],
  'Absheron Pen.': ['Absheron Peninsula', 3],
};
