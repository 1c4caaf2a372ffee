/** The words of the "Compare routes" view in Turkish (see en.ts). */
import type { CompareMessages } from './en.ts';

export const tr: CompareMessages = {
  intro:
    'Bir konteynerin Çin’den Avrupa’ya gidebileceği dört yol, her biri haritada çizili: ikisi Avrasya boyunca demiryoluyla, ikisi denizden. Rakamlar kaynakların söyledikleridir; kaynaklar ayrıştığında her biri gösterilir.',
  claim: 'Makale ne iddia ediyor',
  table: 'Güzergâhlar yan yana',
  tableCaption:
    'Mesafe haritada çizilen hat boyunca ölçülmüştür; diğer sütunlarda herhangi bir kaynağın verdiği en düşük ve en yüksek rakam.',
  route: 'Güzergâh',
  distance: 'Mesafe',
  noFigure: 'kaynak yok',
  kinds: { rail: 'Demiryolu', sea: 'Deniz yolu' },
  drawn: (kind: string, km: string) => `${kind}, haritada çizilen hat boyunca ${km}.`,
  measures: {
    'transit-days': 'Yolculuk süresi',
    'border-crossings': 'Sınır geçişleri',
    transshipments: 'Aktarmalar',
    'cost-per-container': 'Konteyner başına maliyet',
  },
  units: {
    days: (value: string) => `${value} gün`,
    'border crossings': (value: string) => value,
    transshipments: (value: string) => value,
    'USD per container': (value: string) => `konteyner başına ${value} ABD doları`,
    'percent more than via Russia': (value: string) =>
      `Rusya üzerinden olana göre %${value} daha pahalı`,
  },
  stretchPeriod: (stretch: string, period: string) => `${stretch}; ${period}`,
  counted: (items: string) => `Çizilen güzergâh üzerinde sayıldı: ${items}.`,
  chart: 'Kaynaklara göre yolculuk süresi',
  chartUnit: 'gün',
  caveat: 'Bu karşılaştırmanın göstermedikleri',
  distances:
    'Mesafeler burada çizilen hatlar boyunca ölçülmüştür (demiryolu Xi’an’dan Duisburg’a, deniz Şanghay’dan Rotterdam’a); hiçbir kaynaktan alınmamıştır. Demiryolunun istasyondan istasyona düz çizildiği yerlerde (Kuzey güzergâhı ve Orta Koridor’un Türkiye’den sonraki kısmı) mesafe gerçek hattan yüzde birkaç kısa çıkar.',
};
