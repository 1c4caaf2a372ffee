/** The words of the "Compare routes" view in Azerbaijani (see en.ts). */
import type { CompareMessages } from './en.ts';

export const az: CompareMessages = {
  intro:
    'Konteynerin Çindən Avropaya getdiyi dörd yol, hər biri xəritədə çəkilib: ikisi Avrasiya boyunca dəmir yolu ilə, ikisi dənizlə. Rəqəmlər mənbələrin dediyidir; onlar fərqlənəndə hər biri göstərilir.',
  claim: 'Məqalə nə iddia edir',
  table: 'Marşrutlar yan-yana',
  tableCaption:
    'Məsafə xəritədə çəkilmiş xətt boyunca ölçülüb; digər sütunlarda hər hansı mənbənin verdiyi ən kiçik və ən böyük rəqəm.',
  route: 'Marşrut',
  distance: 'Məsafə',
  noFigure: 'mənbə yoxdur',
  kinds: { rail: 'Dəmir yolu', sea: 'Dəniz yolu' },
  drawn: (kind: string, km: string) => `${kind}, xəritədə çəkilmiş xətt boyunca ${km}.`,
  measures: {
    'transit-days': 'Yolda müddət',
    'border-crossings': 'Sərhəd keçidləri',
    transshipments: 'Təkrar yükləmələr',
    'cost-per-container': 'Bir konteynerin dəyəri',
  },
  units: {
    days: (value: string) => `${value} gün`,
    'border crossings': (value: string) => value,
    transshipments: (value: string) => value,
    'USD per container': (value: string) => `konteyner başına ${value} ABŞ dolları`,
    'percent more than via Russia': (value: string) =>
      `Rusiya üzərindən olan yoldan ${value}% baha`,
  },
  stretchPeriod: (stretch: string, period: string) => `${stretch}; ${period}`,
  counted: (items: string) => `Çəkilmiş marşrut üzrə sayılıb: ${items}.`,
  chart: 'Mənbələrə görə yolda müddət',
  chartUnit: 'gün',
  caveat: 'Bu müqayisə nəyi göstərmir',
  distances:
    'Məsafələr burada çəkilmiş xətlər boyunca ölçülüb (dəmir yolu Siandan Duysburqa, dəniz Şanxaydan Rotterdama), heç bir mənbədən götürülməyib. Dəmir yolu stansiyadan stansiyaya düz çəkilən yerdə (Şimal marşrutu və Orta Dəhlizin Türkiyədən o yana hissəsi) o, xəttin özündən bir neçə faiz qısa çıxır.',
};
