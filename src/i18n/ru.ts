/** Every word of the interface in Russian; the same shape as en.ts (a missing string is a type error). */
import type { Messages } from './en.ts';

const pluralRules = new Intl.PluralRules('ru-RU');
/** Picks the Russian plural form: one (1, 21…), few (2–4, 22–24…), many (5–20, 25…), other (fractions). */
const plural = (n: number, one: string, few: string, many: string): string => {
  switch (pluralRules.select(n)) {
    case 'one':
      return one;
    case 'few':
      return few;
    case 'many':
      return many;
    default:
      return few;
  }
};

/** The same choice for an already formatted number ("1 234", "4,5"); a fraction takes the "few" form. */
const pluralOf = (n: string, one: string, few: string, many: string): string => {
  // In a range ("20–25") the last number decides.
  const plain = (n.split('–').pop() ?? n).replace(/[\s\u00a0\u202f]/g, '');
  if (/[.,]/.test(plain)) return few;
  const value = Number(plain);
  return Number.isInteger(value) ? plural(value, one, few, many) : many;
};

const monthsGenitive: Record<string, string> = {
  январь: 'января',
  февраль: 'февраля',
  март: 'марта',
  апрель: 'апреля',
  май: 'мая',
  июнь: 'июня',
  июль: 'июля',
  август: 'августа',
  сентябрь: 'сентября',
  октябрь: 'октября',
  ноябрь: 'ноября',
  декабрь: 'декабря',
};
/** "октябрь 2025 г." → "октября 2025 г.", for dates after «с», «до», «от». */
const genitive = (date: string): string =>
  date.replace(
    /(январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)/gu,
    (m) => monthsGenitive[m] ?? m,
  );

export const ru: Messages = {
  lang: 'ru',
  locale: 'ru-RU',
  calendar: null,
  countryNames: {},

  app: {
    title: 'Средний коридор',
    subtitle: 'Из Китая в Европу через Казахстан, Каспийское море и Кавказ',
    documentTitle: 'Карта Среднего коридора',
  },
  actions: {
    label: 'Режимы карты',
    routeList: 'Список маршрута',
    tour: 'Экскурсия',
    backToTour: (step: number) => `Назад к экскурсии (шаг ${step})`,
    about: 'Об этой карте',
    article: 'Статья',
    sources: 'Источники',
    compare: 'Сравнение',
    timeline: 'Хронология',
    print: 'Печать раздаточного материала',
    printReference: 'Печать справочника',
    printReferenceHint: 'Все участки полностью: экземпляр для учителя',
    downloadImage: 'Скачать изображение',
    presenter: 'Режим докладчика',
    embed: 'Встроить',
    install: 'Установить',
    share: 'Печать и публикация',
  },
  embed: {
    openFull: 'Открыть полную карту',
    frameTitle: 'Карта Среднего коридора',
    title: 'Встроить эту карту',
    intro:
      'Вставьте этот HTML-код в веб-страницу, чтобы показать карту с тем, что открыто сейчас. При прокрутке страницы карта не мешает; читатели двигают её с помощью Ctrl (⌘ на Mac) и колёсика мыши или двумя пальцами.',
    label: 'HTML-код для вставки',
    copy: 'Копировать',
    copied: 'Скопировано',
    close: 'Закрыть',
    fromFile:
      'Эта копия карты — файл на этом компьютере, а другие веб-страницы не могут показывать файлы. Опубликуйте карту на веб-сервере (папка dist/ сборки), откройте её там и снова нажмите «Встроить».',
  },
  offline: {
    installFromFile:
      'Эта копия — один файл: она уже работает без сети. Чтобы установить её как приложение, карту нужно открыть с веб-сервера.',
    updateReady: 'Готова новая версия этой карты.',
    reload: 'Перезагрузить, чтобы открыть новую версию',
  },
  notices: {
    dismiss: 'Закрыть',
    badTourStep: (asked: number, steps: number) =>
      `Ссылка ведёт на шаг экскурсии ${asked}, но в экскурсии ${steps} ${plural(steps, 'шаг', 'шага', 'шагов')}, поэтому вместо этого показан весь коридор.`,
    badLink: (parameter: string) =>
      `Значение «${parameter}» в ссылке этой карте непонятно, поэтому вместо этого показан весь коридор.`,
    unknownFeature: (kind: 'segment' | 'hub') =>
      `Ссылка ведёт на ${kind === 'segment' ? 'участок' : 'узел'}, которого нет на этой карте, поэтому вместо этого показан весь коридор.`,
    noImage: {
      loading:
        'Карта ещё загружается: изображение можно будет сохранить, когда она будет нарисована.',
      unsupported:
        'Этот браузер не может нарисовать карту, поэтому сохранить её изображение нельзя.',
      lost: 'Сейчас карту нарисовать нельзя (браузер забрал графическую память, которую она использует), поэтому сохранить изображение можно будет только после того, как карта вернётся.',
      failed:
        'Карту не удалось загрузить, поэтому сохранить её изображение нельзя. Возможно, поможет перезагрузка страницы.',
    },
    problemsLabel: 'Ошибки в данных',
    problems: (count: number) =>
      `${count} ${plural(count, 'ошибка', 'ошибки', 'ошибок')} в файлах данных – остальная часть карты работает`,
    nothingToDraw: (count: number) =>
      `${count} ${plural(count, 'ошибка', 'ошибки', 'ошибок')} в файлах данных – рисовать нечего, пока ${count === 1 ? 'она не исправлена' : 'они не исправлены'}`,
  },
  mapStatus: {
    loading: 'Карта загружается…',
    unsupported: {
      title: 'Этот браузер не может нарисовать карту',
      text: 'Для этого нужен WebGL 2, а здесь он отсутствует или отключён. Список маршрута, панели и экскурсия работают и без него.',
    },
    lost: {
      title: 'Сейчас карта не нарисована',
      text: 'Браузер забрал графическую память, которую использует карта; карта вернётся, когда браузер это позволит. Список маршрута, панели и экскурсия по-прежнему работают.',
    },
    failed: {
      title: 'Карту не удалось загрузить',
      text: 'Возможно, поможет перезагрузка страницы. Список маршрута, панели и экскурсия работают и без карты.',
    },
    openList: 'Открыть список маршрута',
  },
  shell: {
    intro:
      'Из Китая в Европу через Казахстан, Каспийское море и Кавказ: все участки и узлы маршрута и то, что говорят о каждом из них исходная статья и другие источники.',
    loading:
      'Интерактивная карта загрузится после этого списка; каждая ссылка ниже открывает свою панель.',
    noScript: 'Для интерактивной карты нужен JavaScript, а в этом браузере он отключён.',
  },
  sheet: { moreText: 'Больше текста', moreMap: 'Больше карты' },

  panel: {
    close: 'Закрыть панель',
    segment: 'Участок маршрута',
    hub: 'Узел',
  },
  facts: {
    mode: 'Вид транспорта',
    length: 'Протяжённость',
    country: 'Страна',
    countries: 'Страны',
    fromTo: 'Откуда – куда',
    to: 'до',
    kind: 'Тип',
    localName: 'Местное название',
    segmentsHere: 'Участки здесь',
    onRoute: 'На маршруте',
    offRoute: 'Нет: показан на карте из-за того, что о нём говорится в статье',
    drawnThrough: 'Проведён через станции (названия — как в OpenStreetMap):',
    measuredAlong: 'Протяжённость измерена по нарисованной линии.',
    drawnAsLane:
      'Нарисован как схематичный морской путь между двумя портами, а не записанный трек судна. Протяжённость измерена по нарисованной линии.',
  },
  modes: { rail: 'Железная дорога', sea: 'Паромная переправа', road: 'Автодорога' },
  kinds: {
    port: 'Порт',
    border: 'Пограничный переход',
    junction: 'Железнодорожный узел',
    city: 'Город',
  },

  context: {
    inArticle: 'В статье',
    background: 'Справка',
    figures: 'Цифры',
    sources: 'Источники',
    scope: {
      place: null,
      country:
        'Статья говорит о Казахстане как о стране и не называет этот город. Её положения о политике и визите собраны здесь, потому что президенты встречаются в столице.',
      sea: 'Статья говорит о маршруте через Каспийское море, а не об этой паромной линии.',
      corridor:
        'Статья не называет это место. То, что в ней сказано о Среднем коридоре в целом, — в режиме «Статья».',
      none: 'Статья не касается этой части маршрута.',
    },
    openArticle: 'Открыть режим «Статья»',
    paragraph: (n: number[]) => `¶${n.join(', ')}`,
    paragraphLabel: (n: number[]) => `${n.length > 1 ? 'Абзацы' : 'Абзац'} ${n.join(', ')}`,
    backgroundSources: (count: number) => (count > 1 ? 'Источники:' : 'Источник:'),
    quoteSource: (speaker: string, outlet: string, date: string, paragraph: number) =>
      `— ${speaker}, ${outlet}, ${date}, абзац ${paragraph}`,
  },
  figureTable: {
    caption: 'Другие цифры',
    what: 'Что, когда и по чьим данным',
    value: 'Значение',
    differ: 'Источники расходятся',
    series: (measuredBy: string, scope: string) => `Ряд: ${measuredBy}; ${scope}.`,
  },
  citations: {
    article: 'Исходная статья',
    articleLine: (publisher: string, date: string, title: string, interviewee: string) =>
      `${publisher}, ${date}: «${title}», интервью с ${interviewee}`,
    paragraphs: (list: number[]) => `${list.length > 1 ? 'абзацы' : 'абзац'} ${list.join(', ')}`,
    figure: (publisher: string, date: string) => `${publisher}, ${date}`,
    figureParagraph: (publisher: string, date: string, paragraph: number) =>
      `${publisher}, ${date}, абзац ${paragraph}`,
    headline: (title: string) => `«${title}»`,
    described: (title: string) => `[${title}]`,
    missing: 'источник не указан',
  },

  units: {
    'USD million': (n) => `${n} млн долларов`,
    'million tonnes': (n) => `${n} млн т`,
    'million tonnes per year': (n) => `${n} млн т в год`,
    TEU: (n) => `${n} TEU`,
    'TEU per year': (n) => `${n} TEU в год`,
    days: (n) => `${n} ${pluralOf(n, 'день', 'дня', 'дней')}`,
    hours: (n) => `${n} ${pluralOf(n, 'час', 'часа', 'часов')}`,
    km: (n) => `${n} км`,
    visits: (n) => `${n} ${pluralOf(n, 'визит', 'визита', 'визитов')}`,
    percent: (n) => `${n} %`,
    times: (n) => `в ${n} ${pluralOf(n, 'раз', 'раза', 'раз')}`,
    year: (n) => n,
    'million passengers per year': (n) => `${n} млн пассажиров в год`,
    tonnes: (n) => `${n} т`,
    containers: (n) => `${n} ${pluralOf(n, 'контейнер', 'контейнера', 'контейнеров')}`,
    visitors: (n) => `${n} ${pluralOf(n, 'посетитель', 'посетителя', 'посетителей')}`,
    metres: (n) => `${n} м`,
    'centimetres per year': (n) => `${n} см в год`,
    'train pairs per day': (n) => `${n} пар поездов в сутки`,
    hectares: (n) => `${n} га`,
  },
  unitNames: {
    'USD million': 'млн долларов США',
    'million tonnes': 'млн тонн',
    'million tonnes per year': 'млн тонн в год',
    TEU: 'TEU (20-футовые контейнеры)',
    'TEU per year': 'TEU в год',
    days: 'дни',
    hours: 'часы',
    km: 'км',
    visits: 'визиты',
    percent: 'проценты',
    times: 'разы',
    year: 'год',
    'million passengers per year': 'млн пассажиров в год',
    tonnes: 'тонны',
    containers: 'контейнеры (не TEU)',
    visitors: 'посетители',
    metres: 'метры',
    'centimetres per year': 'сантиметров в год',
    'train pairs per day': 'пар поездов в сутки',
    hectares: 'гектары',
  },
  km: (n: string) => `${n} км`,
  range: (low: string, high: string) => `${low}–${high}`,

  period: {
    cumulative: (end: string) => `нарастающим итогом до ${genitive(end)}`,
    cumulativeFrom: (start: string, end: string) =>
      `нарастающим итогом, с ${genitive(start)} по ${end}`,
    asOf: (date: string) => `на ${date}`,
    from: (date: string) => `с ${genitive(date)}`,
    forecast: (year: string) => `прогноз на ${year}`,
    target: (year: string) => `цель на ${year}`,
    planned: (year: string) => `план на ${year}`,
    plannedUndated: 'план',
    targetUndated: 'цель',
    stated: (label: string, date: string) => `${label} (данные от ${genitive(date)})`,
    undated: 'без даты',
    withStage: (stage: string, label: string) => `${stage}, ${label}`,
    stages: {
      initial: 'начальный этап',
      'first-stage': 'первый этап',
      'next-stage': 'следующий этап',
      peak: 'пик',
      eventual: 'в перспективе',
      'phase-1': 'фаза 1',
      'after-phase-2': 'после фазы 2',
      'after-phases-2-3': 'после фаз 2–3',
    },
    noDate: 'без даты',
  },

  charts: {
    source: (citations: string) => `Источник: ${citations}`,
    to: (from: string, to: string) => `${from} – ${to}`,
    article: 'статья',
    otherSource: 'другой источник',
    notes: 'Примечания к этим цифрам',
    noteLead: (period: string, value: string) => `${period}, ${value}:`,
    trade: {
      title: 'Торговля между Казахстаном и Азербайджаном',
      label:
        'Товарооборот Казахстана и Азербайджана в двух статистических рядах, которые никогда не объединяются.',
      seriesLabel: (label: string, measuredBy: string) => `${label} (${measuredBy})`,
      note: 'Каждый блок — один статистический ряд своего цвета. Азербайджан и Казахстан учитывают эту торговлю по-разному, поэтому их цифры никогда не сводятся в одну строку или линию. Сплошные столбцы охватывают целый год; пунктирный столбец — только часть года, поэтому сравнивайте среднемесячные значения (≈ …/мес., значение, делённое на число охваченных месяцев). Собственные цифры статьи помечены словом «статья».',
      perMonth: (value: string) => `≈${value}/мес.`,
      months: (n: number) => `${n} ${plural(n, 'месяц', 'месяца', 'месяцев')}`,
      aboutPerMonth: (value: string) => `около ${value} в месяц`,
      articleMark: 'статья',
    },
    investment: {
      title: 'Инвестиции в обе стороны: все опубликованные суммы',
      label: 'Инвестиции между двумя странами: все опубликованные суммы по направлениям.',
      direction: (from: string, to: string) => `${from} → ${to}`,
      bar: (series: string, period: string) => `${series}, ${period}`,
      note: 'Каждый столбец — одна опубликованная сумма, цвет показывает, кто её привёл. Ни одна из них не указывает, за какой период она дана, если это не показано; это не временной ряд, и суммы не складываются. Стрелки на карте показывают две цифры из статьи.',
    },
    volume: {
      title: 'Грузы по коридору',
      label: 'Объём грузов, перевезённых по Среднему коридору, по данным разных источников.',
      disagree: (periods: string) =>
        `Источники расходятся за ${periods}; показаны все значения, ни одно не выбрано.`,
      hollow: 'Полые метки — прогнозы или планы, а не фактические данные.',
      and: ' и ',
    },
    series: 'Ряд',
  },

  overview: {
    eyebrow: 'Об этой карте',
    title: 'Средний коридор: из Китая в Европу',
    intro: (rail: string, sea: string) =>
      `По Среднему коридору (Транскаспийскому международному транспортному маршруту, ТМТМ) грузы идут из Китая через Казахстан, на пароме через Каспийское море и далее через Азербайджан, Грузию и Турцию в Европу. Эта карта проводит его по настоящим железным дорогам и морским путям: ${rail} железных дорог и ${sea} паромных переправ, включая ответвления, с измерением по нарисованным линиям.`,
    articleHeading: 'Статья, на которой основана карта',
    articleSource: (outlet: string, date: string, title: string, who: string, role: string) =>
      `${outlet}, ${date}: «${title}», интервью с ${who}, ${role}.`,
    readArticle: 'Все положения статьи по порядку (режим «Статья»)',
    arrows:
      'Фиолетовые стрелки через Каспий на карте показывают две цифры инвестиций, которые приводит статья.',
    howTo: 'Как пользоваться картой',
    howToItems: [
      'Нажмите на линию (железную дорогу или паром) или точку (порт, погранпереход, узел или город), чтобы открыть её панель.',
      'Раздел «В статье» есть на панели только там, где статья говорит об этом месте или теме; всё, что под заголовком «Справка», взято из других источников, названных под каждым абзацем.',
      'Перетаскивайте карту, чтобы сдвинуть её; прокручивайте или сводите пальцы, чтобы изменить масштаб. У каждой панели есть ссылка, которой можно поделиться: адресная строка называет то, что открыто.',
      'Цифры из статьи даны со ссылкой на неё и номер абзаца; для цифр из других источников указано, кто их измерил, а где источники расходятся, показаны все значения.',
    ],
    compareRoutes:
      'Сравнить Средний коридор с Северным маршрутом и путями через Суэц и вокруг Африки',
    timeline: 'Посмотреть, как строился коридор, год за годом',
    allSources: 'Все источники, на которые ссылается карта',
  },
  articleView: {
    eyebrow: 'Статья',
    byline: (outlet: string, date: string) => `${outlet}, ${date}`,
    interview: (who: string, role: string) => `Интервью с ${who}, ${role}.`,
    interviewer: (name: string) => `Интервьюер: ${name}.`,
    noInterviewer: 'Статья не называет интервьюера.',
    link: (outlet: string) => `Читать статью на ${outlet}`,
    about: (count: number, paragraphs: number) =>
      `${count} ${plural(count, 'положение', 'положения', 'положений')} статьи, нашими словами и в её порядке. Номера ¶ отсчитывают ${paragraphs} ${plural(paragraphs, 'абзац', 'абзаца', 'абзацев')} статьи (подпись к фото не считается). Абзацы 1–3 — собственное вступление издания; с абзаца 4 излагаются взгляды Раимова. Короткие цитаты — точные слова статьи.`,
    points: 'Что говорится в статье',
    shownOn: 'На карте:',
    overview: 'Об этой карте',
    tourStep: (n: number, title: string) => `Шаг экскурсии ${n}: ${title}`,
    figures: 'Цифры из статьи',
  },
  sourcesView: {
    eyebrow: 'Все источники',
    title: 'Источники',
    intro: (count: number) =>
      `Все источники, на которые ссылается карта (всего ${count}), и то, что они подтверждают. Названия в кавычках — собственные заголовки материалов; названия в квадратных скобках — наши описания материалов, заголовок которых здесь не записан.`,
    figures: (list: string) => `Цифры: ${list}.`,
    citedIn: (places: string) => `Упоминается в: ${places}.`,
  },
  compare: {
    eyebrow: 'Сравнение маршрутов',
    title: 'Средний коридор и другие маршруты',
    loading: 'Загрузка сравнения…',
    failed: 'Не удалось загрузить сравнение. Попробуйте снова, когда появится связь.',
  },
  timeline: {
    eyebrow: 'Хронология',
    title: 'Как строился коридор',
    loading: 'Загрузка хронологии…',
    failed: 'Не удалось загрузить хронологию. Попробуйте снова, когда появится связь.',
  },
  downloads: {
    title: 'Скачать данные',
    intro:
      'Данные, на которых построена карта, — для использования на уроке и не только. У каждой цифры указан источник; для маршрута и узлов указаны линии и станции OpenStreetMap, по которым они проведены.',
    route: 'Участки маршрута (GeoJSON)',
    hubs: 'Узлы (GeoJSON)',
    figures: 'Цифры с источниками (CSV)',
    sources: 'Источники (CSV)',
    compareRoutes: 'Сравниваемые маршруты: четыре линии (GeoJSON)',
    compareFigures:
      'Сравниваемые маршруты: время в пути, границы, перегрузки и стоимость с источниками (CSV)',
    timeline: 'Хронология: когда открылся каждый участок и узел, и события коридора (CSV)',
    licence:
      'Геометрия маршрута и узлов получена из OpenStreetMap, © участники OpenStreetMap, и может использоваться повторно по лицензии Open Database License (ODbL 1.0) с этим указанием авторства. Цифры принадлежат источникам, названным в каждой строке.',
    fromFile:
      'Файлы данных входят в копию карты в виде папки и доступны по её веб-адресу; эта однофайловая копия их не содержит.',
    routeNote:
      'Маршрут Среднего коридора по участкам. lengthKm вычислено по линии; provenance указывает, по каким линиям и станциям OpenStreetMap или морским путям проведена каждая линия.',
    hubsNote:
      'Порты, пограничные переходы, узлы и города Среднего коридора; provenance указывает, из какой точки или станции OpenStreetMap взято каждое положение.',
    compareRoutesNote:
      'Четыре маршрута, которые рисует режим «Сравнение маршрутов». lengthKm измерена по каждой линии; железнодорожные линии идут по пути Среднего коридора из OpenStreetMap там, где совпадают с ним, а в остальном — прямо от станции к станции; морские линии проходят через названные точки.',
  },
  routeList: {
    label: 'Список маршрута',
    title: 'Маршрут с востока на запад',
    hubs: 'Узлы',
    offRoute: 'Вне маршрута: столицы, о которых говорится в статье',
    meta: (mode: string, length: string) => `${mode}, ${length}`,
  },
  legend: {
    title: 'Условные обозначения',
    rail: 'Железная дорога',
    ferry: 'Паром (пунктир)',
    port: 'Порт',
    border: 'Пограничный переход',
    junction: 'Узел',
    city: 'Город',
  },
  map: {
    title: 'Карта Среднего коридора',
    description:
      'Средний коридор от Сианя в Китае через Казахстан, Каспийское море, Азербайджан, Грузию и Турцию в Европу: железные дороги — сплошными линиями, паромы — пунктиром, узлы — точками. Когда карта в фокусе, клавиши со стрелками сдвигают её, плюс и минус меняют масштаб, а клавиши-скобки [ и ] переходят к предыдущему или следующему участку. В списке маршрута каждый участок и узел — кнопка.',
    wholeCorridor: 'Весь коридор',
    chooseLine: 'Какая линия?',
    imageTitle: 'Средний коридор: из Китая в Европу',
    credits: {
      basemap: 'Подложка: {link} (общественное достояние)',
      route: 'Маршрут: © участники {link}, ODbL',
    },
    imageAttribution:
      'Подложка: Natural Earth. Маршрут: © участники OpenStreetMap (ODbL). Карта: карта Среднего коридора',
    imageFile: 'karta-srednego-koridora.png',
    imageUnsupported: 'Этот браузер не может нарисовать изображение.',
    flowLabel: (value: string, from: string) => `${value}\nинвестор: ${from}`,
  },
  announce: {
    segment: (name: string, from: string, to: string, mode: string, length: string) =>
      `${name}, ${from} – ${to}, ${mode}, ${length}`,
    hub: (name: string, kind: string, country: string) => `${name}, ${kind}, ${country}`,
  },
  tour: {
    label: 'Экскурсия',
    previous: 'Назад',
    next: 'Далее',
    steps: 'Шаги',
    leave: 'Выйти из экскурсии',
    leaveShort: 'Выйти',
    leaveWord: 'из экскурсии',
    progress: (step: number, count: number) => `${step} / ${count}`,
    noteHeading: (step: number, title: string) => `Шаг экскурсии ${step}: ${title}`,
    ask: 'Вопрос классу:',
    asIn: (year: string) =>
      `Карта показывает коридор таким, каким он был в ${year} году: бледные линии тогда ещё не были открыты.`,
    compared: 'Другие пути из Китая в Европу тоже нанесены: отдалите карту, чтобы сравнить.',
    stepFigures: 'Цифры к этому шагу',
    keyFigures: 'Главные цифры',
    keySeries: (series: string) => `Ряд: ${series}`,
    moreFigures: (count: number) =>
      count === 1
        ? 'Цифра этого шага полностью, с примечаниями'
        : `Все цифры этого шага (${count}), с примечаниями`,
    start: 'Начать экскурсию',
    resume: (step: number) => `Назад к экскурсии (шаг ${step})`,
    keysHint: 'или нажмите → / PageDown',
    blackout: 'Экран затемнён: нажмите любую клавишу, чтобы вернуться',
  },
  handout: {
    title: 'Средний коридор: из Китая в Европу',
    intro:
      'Раздаточный материал к интерактивной карте. Маршрут идёт из Китая через Казахстан, на пароме через Каспийское море и далее через Азербайджан, Грузию и Турцию в Европу.',
    mapAlt: 'Карта всего Среднего коридора',
    article: (outlet: string, date: string, title: string, who: string, mainLine: string) =>
      `Исходная статья: ${outlet}, ${date}, «${title}», интервью с ${who}. ${mainLine}`,
    inArticle: 'В статье',
    background: 'Справка',
    figures: 'Цифры',
    sources: 'Источники',
    noPicture:
      'Изображения карты нет: оно создаётся, когда кнопка «Печать раздаточного материала» нажата там, где карту можно нарисовать.',
    stepsTitle: 'Экскурсия шаг за шагом',
    step: (n: number, title: string) => `${n}. ${title}`,
    where: (place: string) => `Где: ${place}.`,
    question: 'Вопрос:',
    sourcesTitle: 'Источники',
    moreSources: (count: number) =>
      `и ещё ${count} — каждый со ссылкой — в режиме «Источники» на карте.`,
    provenance: (date: string) =>
      `Откуда данные: маршрут и узлы получены из OpenStreetMap (© участники OpenStreetMap, ODbL 1.0), подложка — из Natural Earth; у каждой цифры указан источник. Данные на ${date} (самый новый из цитируемых источников).`,
    referenceTitle: 'Средний коридор: справочник для учителя',
    referenceIntro:
      'Все участки маршрута с востока на запад (→): что говорит статья, справка, цифры и источники. Раздаточный материал для класса печатается кнопкой «Печать раздаточного материала».',
  },
  language: {
    label: 'Язык',
    failed: (name: string) =>
      `Не удалось загрузить язык «${name}» (нет соединения?), поэтому карта остаётся на этом языке.`,
  },
  translation: (text: string) => `Перевод: ${text}`,
  maplibre: {
    'Map.Title': 'Карта Среднего коридора',
    'NavigationControl.ZoomIn': 'Приблизить',
    'NavigationControl.ZoomOut': 'Отдалить',
    'AttributionControl.ToggleAttribution': 'Показать или скрыть авторство',
    'AttributionControl.MapFeedback': 'Отзыв о карте',
    'CooperativeGesturesHandler.WindowsHelpText':
      'Чтобы изменить масштаб карты, используйте Ctrl + прокрутку',
    'CooperativeGesturesHandler.MacHelpText':
      'Чтобы изменить масштаб карты, используйте ⌘ + прокрутку',
    'CooperativeGesturesHandler.MobileHelpText': 'Чтобы сдвинуть карту, используйте два пальца',
  },
};
