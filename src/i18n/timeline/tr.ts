/** The words of the timeline view in Turkish (see en.ts). */
import type { TimelineMessages } from './en.ts';

export const tr: TimelineMessages = {
  intro: (from: string) =>
    `Koridoru o yıl nasılsa öyle görmek için ${from} yılından bugüne bir yıl seçin ya da “Oynat” düğmesine basın. Haritada o zaman henüz açılmamış olanlar soluk gösterilir.`,
  year: 'Yıl',
  previous: 'Önceki yıl',
  next: 'Sonraki yıl',
  play: 'Oynat',
  pause: 'Duraklat',
  // Turkish nouns stay singular after a number, so `count` changes nothing here.
  inService: (year: string, open: string, total: string) =>
    `${year} yılında güzergâhın ${total} kesiminden ${open} kesim hizmetteydi.`,
  opened: (year: string) => `${year} yılında açılanlar`,
  events: (year: string) => `${year} yılında neler oldu`,
  noEvents: 'Bu yıl için kayıtlı bir olay yok.',
  cargoNote:
    'Her kaynaktaki her rakam yayımlandığı gibi verilir; kaynaklar farklı şeyleri saydığı için değerleri de farklıdır.',
  caveat: 'Bu kronolojinin göstermedikleri',
  olderLines:
    'İlk yıldan çok önce hizmette olan bir hat, bağlı olduğu demiryolunun tarihiyle gösterilir. İkinci hat gibi iyileştirmeler birer olaydır: hat, onlardan önce de açık gösterilir.',
  undated: (places: string) =>
    `Açılış tarihi okuduğumuz kaynakların hiçbirinde bulunamadı: ${places}. Haritada her yıl hizmette olarak çizildi.`,
};
