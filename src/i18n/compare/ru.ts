/** The words of the "Compare routes" view in Russian (see en.ts). */
import type { CompareMessages } from './en.ts';

const pluralRules = new Intl.PluralRules('ru-RU');
/** The Russian plural form for n: one (1, 21…), few (2–4, 22–24…), many (5–20, 25…). */
const plural = (n: number, one: string, few: string, many: string): string => {
  const form = pluralRules.select(n);
  return form === 'one' ? one : form === 'few' ? few : many;
};

export const ru: CompareMessages = {
  intro:
    'Четыре пути контейнера из Китая в Европу, каждый нарисован на карте: два по железной дороге через Евразию, два морем. Цифры — то, что говорят источники; где они расходятся, показана каждая.',
  claim: 'Что утверждается в статье',
  table: 'Маршруты рядом',
  tableCaption:
    'Расстояние — по линии, нарисованной на карте; в остальных столбцах — наименьшая и наибольшая цифра, которую даёт какой-либо источник.',
  route: 'Маршрут',
  distance: 'Расстояние',
  noFigure: 'нет источника',
  kinds: { rail: 'Железная дорога', sea: 'Морской путь' },
  drawn: (kind: string, km: string) => `${kind}, ${km} по линии на карте.`,
  measures: {
    'transit-days': 'Время в пути',
    'border-crossings': 'Пересечения границ',
    transshipments: 'Перегрузки',
    'cost-per-container': 'Стоимость на контейнер',
  },
  units: {
    days: (value: string, last: number) => `${value} ${plural(last, 'день', 'дня', 'дней')}`,
    'border crossings': (value: string) => value,
    transshipments: (value: string) => value,
    'USD per container': (value: string) => `${value} долл. за контейнер`,
    'percent more than via Russia': (value: string) => `на ${value}% дороже, чем через Россию`,
  },
  stretchPeriod: (stretch: string, period: string) => `${stretch}; ${period}`,
  counted: (items: string) => `Подсчитано по маршруту, как он нарисован: ${items}.`,
  chart: 'Время в пути по источникам',
  chartUnit: 'дни',
  caveat: 'Чего это сравнение не показывает',
  distances:
    'Расстояния измерены по линиям, нарисованным здесь (железная дорога — от Сианя до Дуйсбурга, море — от Шанхая до Роттердама), а не взяты из источников. Там, где железная дорога проведена прямо от станции к станции (Северный маршрут и Средний коридор за пределами Турции), она выходит на несколько процентов короче пути.',
};
