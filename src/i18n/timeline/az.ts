/** The words of the timeline view in Azerbaijani (see en.ts). */
import { ordinal } from '../az-ordinal.ts';
import type { TimelineMessages } from './en.ts';

export const az: TimelineMessages = {
  intro: (from: string) =>
    `Dəhlizi həmin ildə olduğu kimi görmək üçün ${ordinal(from)} ildən bu günə qədər bir il seçin və ya “Oynat” düyməsini basın. Xəritədə o vaxt hələ açılmamış olanlar solğun göstərilir.`,
  year: 'İl',
  previous: 'Əvvəlki il',
  next: 'Növbəti il',
  play: 'Oynat',
  pause: 'Fasilə',
  // Azerbaijani nouns stay singular after a number, so `count` changes nothing here.
  inService: (year: string, open: string, total: string) =>
    `${ordinal(year)} ildə marşrutun ${total} hissəsindən ${open} hissə istifadədə idi.`,
  opened: (year: string) => `${ordinal(year)} ildə açılanlar`,
  events: (year: string) => `${ordinal(year)} ildə nə baş verdi`,
  noEvents: 'Bu il üçün qeydə alınmış hadisə yoxdur.',
  cargoNote:
    'Hər mənbədən hər rəqəm dərc olunduğu kimi verilir; mənbələr müxtəlif şeyləri sayır, buna görə onların qiymətləri fərqlənir.',
  caveat: 'Bu xronologiya nəyi göstərmir',
  olderLines:
    'Birinci ildən çox əvvəl istifadədə olan xəttin tarixi aid olduğu dəmir yoluna görə göstərilir. İkinci xətt kimi modernləşdirmələr hadisədir: xətt onlardan əvvəl də açıq göstərilir.',
  undated: (places: string) =>
    `Açılış tarixi oxuduğumuz mənbələrin heç birində tapılmadı: ${places}. Xəritədə bütün illərdə istifadədə olan kimi çəkilib.`,
};
