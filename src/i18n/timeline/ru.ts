/** The words of the timeline view in Russian (see en.ts). */
import type { TimelineMessages } from './en.ts';

const pluralRules = new Intl.PluralRules('ru-RU');
/** The Russian plural form for n: one (1, 21…), few (2–4, 22–24…), many (0, 5–20, 25…). */
const plural = (n: number, one: string, few: string, many: string): string => {
  const form = pluralRules.select(n);
  return form === 'one' ? one : form === 'few' ? few : many;
};

export const ru: TimelineMessages = {
  intro: (from: string) =>
    `Выберите год или нажмите «Воспроизвести», чтобы увидеть коридор таким, каким он был в тот год, — с ${from} года до наших дней. То, что тогда ещё не открылось, показано на карте бледным.`,
  year: 'Год',
  previous: 'Предыдущий год',
  next: 'Следующий год',
  play: 'Воспроизвести',
  pause: 'Пауза',
  inService: (year: string, open: string, total: string, count: number) =>
    `В ${year} году в эксплуатации ${plural(count, 'был', 'были', 'были')} ${open} ${plural(count, 'участок', 'участка', 'участков')} маршрута из ${total}.`,
  opened: (year: string) => `Открыто в ${year} году`,
  events: (year: string) => `Что произошло в ${year} году`,
  noEvents: 'За этот год нет записанных событий.',
  cargoNote:
    'Каждая цифра из каждого источника — в том виде, в каком она опубликована; источники считают разное, поэтому их значения расходятся.',
  caveat: 'Чего эта хронология не показывает',
  olderLines:
    'Линия, действовавшая задолго до первого года, датирована по железной дороге, частью которой она является. Модернизации, например второй путь, — это события: линия показана открытой и до них.',
  undated: (places: string) =>
    `Дата открытия не найдена ни в одном прочитанном нами источнике: ${places}. На карте показано действующим во все годы.`,
};
