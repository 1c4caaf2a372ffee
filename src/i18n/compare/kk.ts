/** The words of the "Compare routes" view in Kazakh (see en.ts). */
import type { CompareMessages } from './en.ts';

export const kk: CompareMessages = {
  intro:
    'Контейнер Қытайдан Еуропаға жететін төрт жол, әрқайсысы картада сызылған: екеуі Еуразия арқылы теміржолмен, екеуі теңізбен. Сандар — дереккөздердің айтқаны; олар сәйкес келмесе, әрқайсысы көрсетіледі.',
  claim: 'Мақалада не айтылады',
  table: 'Бағыттар қатар',
  tableCaption:
    'Қашықтық картада сызылған сызық бойымен өлшенген; қалған бағандарда — кез келген дереккөз беретін ең аз және ең көп сан.',
  route: 'Бағыт',
  distance: 'Қашықтық',
  noFigure: 'дереккөз жоқ',
  kinds: { rail: 'Теміржол', sea: 'Теңіз жолы' },
  drawn: (kind: string, km: string) => `${kind}, картада сызылған сызық бойымен ${km}.`,
  measures: {
    'transit-days': 'Жолдағы уақыт',
    'border-crossings': 'Шекарадан өту',
    transshipments: 'Жүкті қайта тиеу',
    'cost-per-container': 'Бір контейнердің құны',
  },
  units: {
    days: (value: string) => `${value} күн`,
    'border crossings': (value: string) => value,
    transshipments: (value: string) => value,
    'USD per container': (value: string) => `контейнеріне ${value} АҚШ доллары`,
    'percent more than via Russia': (value: string) => `Ресей арқылы жолдан ${value}% қымбат`,
  },
  stretchPeriod: (stretch: string, period: string) => `${stretch}; ${period}`,
  counted: (items: string) => `Сызылған бағыт бойынша саналған: ${items}.`,
  chart: 'Жолдағы уақыт, дереккөздер бойынша',
  chartUnit: 'күн',
  caveat: 'Бұл салыстыру нені көрсетпейді',
  distances:
    'Қашықтықтар осында сызылған сызықтар бойымен өлшенген (теміржол — Сиань қаласынан Дуйсбургке дейін, теңіз — Шанхайдан Роттердамға дейін), ешбір дереккөзден алынбаған. Теміржол станциядан станцияға түзу сызылған жерде (Солтүстік бағыт пен Орта дәліздің Түркиядан әрі қарайғы бөлігі) ол нақты жолдан бірнеше пайызға қысқа шығады.',
};
