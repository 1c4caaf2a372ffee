/** Every word of the interface in Kazakh (Cyrillic); the same shape as en.ts (a missing string is a type error). */
import type { Messages } from './en.ts';

/**
 * Kazakh puts case endings on the date itself ("2025 жылға дейін", "қазаннан бастап"). Dates come
 * formatted by Intl ("2025", "2025 ж. қазан", "2025 ж. 21 қазан"); the ending follows the last word.
 * Forms: dative (to), locative (in), ablative (from), attributive ("of" the date).
 */
type DateCase = 'dat' | 'loc' | 'abl' | 'attr';
const MONTH_CASES: Record<string, Record<DateCase, string>> = {
  қаңтар: { dat: 'қаңтарға', loc: 'қаңтарда', abl: 'қаңтардан', attr: 'қаңтардағы' },
  ақпан: { dat: 'ақпанға', loc: 'ақпанда', abl: 'ақпаннан', attr: 'ақпандағы' },
  наурыз: { dat: 'наурызға', loc: 'наурызда', abl: 'наурыздан', attr: 'наурыздағы' },
  сәуір: { dat: 'сәуірге', loc: 'сәуірде', abl: 'сәуірден', attr: 'сәуірдегі' },
  мамыр: { dat: 'мамырға', loc: 'мамырда', abl: 'мамырдан', attr: 'мамырдағы' },
  маусым: { dat: 'маусымға', loc: 'маусымда', abl: 'маусымнан', attr: 'маусымдағы' },
  шілде: { dat: 'шілдеге', loc: 'шілдеде', abl: 'шілдеден', attr: 'шілдедегі' },
  тамыз: { dat: 'тамызға', loc: 'тамызда', abl: 'тамыздан', attr: 'тамыздағы' },
  қыркүйек: { dat: 'қыркүйекке', loc: 'қыркүйекте', abl: 'қыркүйектен', attr: 'қыркүйектегі' },
  қазан: { dat: 'қазанға', loc: 'қазанда', abl: 'қазаннан', attr: 'қазандағы' },
  қараша: { dat: 'қарашаға', loc: 'қарашада', abl: 'қарашадан', attr: 'қарашадағы' },
  желтоқсан: { dat: 'желтоқсанға', loc: 'желтоқсанда', abl: 'желтоқсаннан', attr: 'желтоқсандағы' },
};
const YEAR_CASES: Record<DateCase, string> = {
  dat: 'жылға',
  loc: 'жылы',
  abl: 'жылдан',
  attr: 'жылғы',
};
function dateIn(date: string, form: DateCase): string {
  const text = date.trim();
  if (/\d{4}$/.test(text)) return `${text} ${YEAR_CASES[form]}`;
  if (/\d{4} ж\.$/.test(text)) return `${text.slice(0, -2)}${YEAR_CASES[form]}`;
  const match = /(\S+)$/.exec(text);
  const month = match ? MONTH_CASES[match[1]!.toLowerCase()] : undefined;
  if (match && month) return text.slice(0, match.index) + month[form];
  return text;
}

export const kk: Messages = {
  lang: 'kk',
  locale: 'kk-KZ',
  // Chromium's Intl has no Kazakh data; these give what full ICU (CLDR) writes.
  calendar: {
    numberLocale: 'ru-RU',
    months: [
      'қаңтар',
      'ақпан',
      'наурыз',
      'сәуір',
      'мамыр',
      'маусым',
      'шілде',
      'тамыз',
      'қыркүйек',
      'қазан',
      'қараша',
      'желтоқсан',
    ],
    day: (day, month, year) => `${year} ж. ${day} ${month}`,
    month: (month, year) => `${year} ж. ${month}`,
    monthRange: (from, to, year) => `${year} ж. ${from} – ${to}`,
    and: 'және',
  },
  countryNames: {
    AZ: 'Әзірбайжан',
    CN: 'Қытай',
    GE: 'Грузия',
    KZ: 'Қазақстан',
    RO: 'Румыния',
    TR: 'Түркия',
  },

  app: {
    title: 'Орта дәліз',
    subtitle: 'Қытайдан Еуропаға дейін Қазақстан, Каспий теңізі және Кавказ арқылы',
    documentTitle: 'Орта дәліз картасы',
  },
  actions: {
    label: 'Карта көріністері',
    routeList: 'Бағыт тізімі',
    tour: 'Тур',
    backToTour: (step: number) => `Турға оралу (${step}-қадам)`,
    about: 'Карта туралы',
    article: 'Мақала',
    sources: 'Дереккөздер',
    compare: 'Салыстыру',
    print: 'Үлестірме материалды басып шығару',
    printReference: 'Анықтамалықты басып шығару',
    printReferenceHint: 'Барлық учаскелер толық: мұғалімге арналған нұсқа',
    downloadImage: 'Суретті жүктеп алу',
    presenter: 'Баяндамашы режимі',
    embed: 'Сайтқа енгізу',
    install: 'Орнату',
    share: 'Басып шығару және бөлісу',
  },
  embed: {
    openFull: 'Толық картаны ашу',
    frameTitle: 'Орта дәліз картасы',
    title: 'Картаны сайтқа енгізу',
    intro:
      'Картаны қазір ашық тұрған мазмұнымен көрсету үшін осы HTML кодын веб-бетке қойыңыз. Бетті айналдырғанда карта оған кедергі жасамайды; оқырман картаны Ctrl пернесін (Mac-та ⌘) басып тұрып тінтуір дөңгелегімен немесе екі саусақпен жылжытады.',
    label: 'Қоюға арналған HTML',
    copy: 'Көшіру',
    copied: 'Көшірілді',
    close: 'Жабу',
    fromFile:
      'Картаның бұл көшірмесі – осы компьютердегі файл, ал басқа веб-беттер файлды көрсете алмайды. Картаны веб-серверде жариялаңыз (құрастырманың dist/ қалтасы), оны сол жерден ашып, «Сайтқа енгізу» батырмасын қайта басыңыз.',
  },
  offline: {
    installFromFile:
      'Бұл көшірме – бір ғана файл: ол желісіз де жұмыс істейді. Оны қолданба ретінде орнату үшін картаны веб-серверден ашу керек.',
    updateReady: 'Картаның жаңа нұсқасы дайын.',
    reload: 'Жаңа нұсқа үшін қайта жүктеу',
  },
  notices: {
    dismiss: 'Жабу',
    badTourStep: (asked: number, steps: number) =>
      `Сілтеме турдың ${asked}-қадамын сұрайды, бірақ турда ${steps} қадам бар, сондықтан оның орнына бүкіл дәліз көрсетілді.`,
    badLink: (parameter: string) =>
      `Сілтемедегі «${parameter}» мәні бұл картаға түсініксіз, сондықтан оның орнына бүкіл дәліз көрсетілді.`,
    unknownFeature: (kind: 'segment' | 'hub') =>
      `Сілтеме бұл картада жоқ ${kind === 'segment' ? 'учаскені' : 'торапты'} сұрайды, сондықтан оның орнына бүкіл дәліз көрсетілді.`,
    noImage: {
      loading: 'Карта әлі жүктеліп жатыр: ол салынып болған соң суретін сақтауға болады.',
      unsupported: 'Бұл браузер картаны сала алмайды, сондықтан сақтайтын суреті жоқ.',
      lost: 'Қазір картаны салу мүмкін емес (браузер карта пайдаланатын графикалық жадты қайтарып алды), сондықтан карта қайта көрінгенше сақтайтын сурет жоқ.',
      failed:
        'Карта жүктелмеді, сондықтан сақтайтын суреті жоқ. Бетті қайта жүктеу көмектесуі мүмкін.',
    },
    problemsLabel: 'Деректердегі ақаулар',
    problems: (count: number) =>
      `Деректер файлдарында ${count} ақау бар – картаның қалған бөлігі жұмыс істей береді`,
    nothingToDraw: (count: number) =>
      `Деректер файлдарында ${count} ақау бар – ${count === 1 ? 'ол' : 'олар'} түзетілгенше салатын ештеңе қалмады`,
  },
  mapStatus: {
    loading: 'Карта жүктелуде…',
    unsupported: {
      title: 'Бұл браузер картаны сала алмайды',
      text: 'Ол үшін WebGL 2 қажет, ал мұнда ол жоқ немесе өшірулі. Бағыт тізімі, панельдер және тур онсыз да жұмыс істейді.',
    },
    lost: {
      title: 'Карта қазір салынбай тұр',
      text: 'Браузер карта пайдаланатын графикалық жадты қайтарып алды; браузер рұқсат еткенде карта қайта көрінеді. Бағыт тізімі, панельдер және тур жұмыс істей береді.',
    },
    failed: {
      title: 'Карта жүктелмеді',
      text: 'Бетті қайта жүктеу көмектесуі мүмкін. Бағыт тізімі, панельдер және тур онсыз да жұмыс істейді.',
    },
    openList: 'Бағыт тізімін ашу',
  },
  shell: {
    intro:
      'Қытайдан Еуропаға дейін Қазақстан, Каспий теңізі және Кавказ арқылы: бағыттың барлық учаскелері мен тораптары, әрқайсысы туралы негізгі мақалада және басқа дереккөздерде айтылғандар.',
    loading:
      'Интерактивті карта осы тізімнен кейін жүктеледі; төмендегі әр сілтеме тиісті панельді ашады.',
    noScript: 'Интерактивті картаға JavaScript қажет, ал бұл браузерде ол өшірулі.',
  },
  sheet: { moreText: 'Мәтінді көбірек көрсету', moreMap: 'Картаны көбірек көрсету' },

  panel: {
    close: 'Панельді жабу',
    segment: 'Бағыт учаскесі',
    hub: 'Торап',
  },
  facts: {
    mode: 'Көлік түрі',
    length: 'Ұзындығы',
    country: 'Ел',
    countries: 'Елдер',
    fromTo: 'Қайдан – қайда',
    to: 'дейін',
    kind: 'Түрі',
    localName: 'Жергілікті атауы',
    segmentsHere: 'Осы жердегі учаскелер',
    onRoute: 'Бағыт бойында',
    offRoute: 'Жоқ: картада мақалада ол туралы айтылғандықтан көрсетілген',
    drawnThrough: 'Мына станциялар арқылы салынған (атаулары OpenStreetMap-тегідей):',
    measuredAlong: 'Ұзындығы салынған сызық бойымен өлшенген.',
    drawnAsLane:
      'Екі порт арасындағы шартты теңіз жолы ретінде салынған, кеменің жазылған нақты ізі емес. Ұзындығы салынған сызық бойымен өлшенген.',
  },
  modes: { rail: 'Темір жол', sea: 'Паромдық өткел', road: 'Автожол' },
  kinds: {
    port: 'Порт',
    border: 'Шекара өткелі',
    junction: 'Темір жол торабы',
    city: 'Қала',
  },

  context: {
    inArticle: 'Мақалада',
    background: 'Қосымша мәлімет',
    figures: 'Сандық деректер',
    sources: 'Дереккөздер',
    scope: {
      place: null,
      country:
        'Мақала Қазақстан туралы ел ретінде айтады және бұл қаланың атын атамайды. Мақаланың саясат пен сапар туралы ойлары осында жинақталған, өйткені президенттер елордада кездеседі.',
      sea: 'Мақала осы паром желісі туралы емес, Каспий теңізі арқылы өтетін бағыт туралы айтады.',
      corridor:
        'Мақала бұл жерді атамайды. Онда Орта дәліз туралы жалпы айтылғандар «Мақала» көрінісінде берілген.',
      none: 'Мақалада бағыттың бұл бөлігі қамтылмаған.',
    },
    openArticle: '«Мақала» көрінісін ашу',
    paragraph: (n: number[]) => `¶${n.join(', ')}`,
    paragraphLabel: (n: number[]) => `${n.join(', ')}-${n.length > 1 ? 'абзацтар' : 'абзац'}`,
    backgroundSources: (count: number) => (count > 1 ? 'Дереккөздер:' : 'Дереккөз:'),
    quoteSource: (speaker: string, outlet: string, date: string, paragraph: number) =>
      `— ${speaker}, ${outlet}, ${date}, ${paragraph}-абзац`,
  },
  figureTable: {
    caption: 'Басқа сандық деректер',
    what: 'Не, қашан және кімнің дерегі',
    value: 'Мәні',
    differ: 'Дереккөздер сәйкес келмейді',
    series: (measuredBy: string, scope: string) => `Қатар: ${measuredBy}; ${scope}.`,
  },
  citations: {
    article: 'Негізгі мақала',
    articleLine: (publisher: string, date: string, title: string, interviewee: string) =>
      `${publisher}, ${date}: «${title}», ${interviewee} берген сұхбат`,
    paragraphs: (list: number[]) => `${list.join(', ')}-${list.length > 1 ? 'абзацтар' : 'абзац'}`,
    figure: (publisher: string, date: string) => `${publisher}, ${date}`,
    figureParagraph: (publisher: string, date: string, paragraph: number) =>
      `${publisher}, ${date}, ${paragraph}-абзац`,
    headline: (title: string) => `«${title}»`,
    described: (title: string) => `[${title}]`,
    missing: 'дереккөз көрсетілмеген',
  },

  units: {
    'USD million': (n) => `${n} млн АҚШ доллары`,
    'million tonnes': (n) => `${n} млн тонна`,
    'million tonnes per year': (n) => `жылына ${n} млн тонна`,
    TEU: (n) => `${n} TEU`,
    'TEU per year': (n) => `жылына ${n} TEU`,
    days: (n) => `${n} күн`,
    hours: (n) => `${n} сағат`,
    km: (n) => `${n} км`,
    visits: (n) => `${n} сапар`,
    percent: (n) => `${n}%`,
    times: (n) => `${n} есе`,
    year: (n) => n,
    'million passengers per year': (n) => `жылына ${n} млн жолаушы`,
    tonnes: (n) => `${n} тонна`,
    containers: (n) => `${n} контейнер`,
    visitors: (n) => `${n} келуші`,
    metres: (n) => `${n} м`,
    'centimetres per year': (n) => `жылына ${n} см`,
    'train pairs per day': (n) => `тәулігіне ${n} жұп пойыз`,
    hectares: (n) => `${n} гектар`,
  },
  unitNames: {
    'USD million': 'млн АҚШ доллары',
    'million tonnes': 'млн тонна',
    'million tonnes per year': 'жылына млн тонна',
    TEU: 'TEU (20 футтық контейнер)',
    'TEU per year': 'жылына TEU',
    days: 'күн',
    hours: 'сағат',
    km: 'км',
    visits: 'сапар',
    percent: 'пайыз',
    times: 'есе',
    year: 'жыл',
    'million passengers per year': 'жылына млн жолаушы',
    tonnes: 'тонна',
    containers: 'контейнер (TEU емес)',
    visitors: 'келуші',
    metres: 'метр',
    'centimetres per year': 'жылына сантиметр',
    'train pairs per day': 'тәулігіне жұп пойыз',
    hectares: 'гектар',
  },
  km: (n: string) => `${n} км`,
  range: (low: string, high: string) => `${low}–${high}`,

  period: {
    cumulative: (end: string) => `${dateIn(end, 'dat')} дейін жинақталған`,
    cumulativeFrom: (start: string, end: string) =>
      `${dateIn(start, 'abl')} ${dateIn(end, 'dat')} дейін жинақталған`,
    asOf: (date: string) => `${dateIn(date, 'attr')} жағдай бойынша`,
    from: (date: string) => `${dateIn(date, 'abl')} бастап`,
    forecast: (year: string) => `${dateIn(year, 'attr')} болжам`,
    target: (year: string) => `${dateIn(year, 'dat')} қойылған мақсат`,
    planned: (year: string) => `${dateIn(year, 'dat')} жоспарланған`,
    plannedUndated: 'жоспарланған',
    targetUndated: 'мақсат',
    stated: (label: string, date: string) => `${label} (${dateIn(date, 'loc')} мәлімделген)`,
    undated: 'күні көрсетілмеген',
    withStage: (stage: string, label: string) => `${stage}, ${label}`,
    stages: {
      initial: 'бастапқы',
      'first-stage': 'бірінші кезең',
      'next-stage': 'келесі кезең',
      peak: 'ең жоғары деңгей',
      eventual: 'түпкілікті',
      'phase-1': '1-кезең',
      'after-phase-2': '2-кезеңнен кейін',
      'after-phases-2-3': '2–3-кезеңдерден кейін',
    },
    noDate: 'күні жоқ',
  },

  charts: {
    source: (citations: string) => `Дереккөз: ${citations}`,
    to: (from: string, to: string) => `${from} – ${to}`,
    article: 'мақала',
    otherSource: 'басқа дереккөз',
    notes: 'Бұл сандарға түсініктеме',
    noteLead: (period: string, value: string) => `${period}, ${value}:`,
    trade: {
      title: 'Қазақстан мен Әзірбайжан арасындағы сауда',
      label:
        'Қазақстан–Әзірбайжан тауар айналымы, ешқашан біріктірілмейтін екі статистикалық қатар бойынша.',
      seriesLabel: (label: string, measuredBy: string) => `${label} (${measuredBy})`,
      note: 'Әр блок – өз түсімен берілген бір статистикалық қатар. Әзірбайжан мен Қазақстан бұл сауданы әртүрлі есептейді, сондықтан олардың деректері ешқашан бір жолға немесе бір сызыққа біріктірілмейді. Тұтас бағандар толық жылды қамтиды; үзік сызықты баған жылдың бір бөлігін ғана қамтиды, сондықтан айлық орташа мәндерді салыстырыңыз (≈ …/ай – мәннің қамтылған ай санына бөліндісі). Мақаланың өз сандары «мақала» деп белгіленген.',
      perMonth: (value: string) => `≈${value}/ай`,
      months: (n: number) => `${n} ай`,
      aboutPerMonth: (value: string) => `айына шамамен ${value}`,
      articleMark: 'мақала',
    },
    investment: {
      title: 'Екі бағыттағы инвестиция: жарияланған барлық жиынтық сома',
      label: 'Екі ел арасындағы инвестиция: бағыты бойынша жарияланған барлық жиынтық сомалар.',
      direction: (from: string, to: string) => `${from} → ${to}`,
      bar: (series: string, period: string) => `${series}, ${period}`,
      note: 'Әр баған – жарияланған бір жиынтық сома, оны кім бергеніне қарай боялған. Көрсетілмеген болса, олардың ешқайсысы қай кезеңді қамтитынын айтпайды; бұл уақыттық қатар емес, олар қосылмайды. Картадағы көрсеткілер мақаладағы екі санды көрсетеді.',
    },
    volume: {
      title: 'Дәліздегі жүк',
      label: 'Орта дәліз бойымен тасымалданған жүк, кім есептегеніне қарай.',
      disagree: (periods: string) =>
        `${periods} бойынша дереккөздер сәйкес келмейді; барлық мәндер көрсетілген, ешқайсысы таңдалмаған.`,
      hollow: 'Іші бос белгілер – нақты есеп емес, болжам немесе жоспар.',
      and: ' және ',
    },
    series: 'Қатар',
  },

  overview: {
    eyebrow: 'Карта туралы',
    title: 'Орта дәліз: Қытайдан Еуропаға',
    intro: (rail: string, sea: string) =>
      `Орта дәліз (Транскаспий халықаралық көлік бағыты) жүкті Қытайдан Қазақстан арқылы, Каспий теңізі арқылы паромдармен, одан әрі Әзірбайжан, Грузия және Түркия арқылы Еуропаға жеткізеді. Бұл карта оны нақты темір жолдар мен теңіз жолдары бойымен салады: тармақтарын қоса алғанда, ${rail} темір жол және ${sea} паромдық өткел, салынған сызықтар бойымен өлшенген.`,
    articleHeading: 'Карта негізделген мақала',
    articleSource: (outlet: string, date: string, title: string, who: string, role: string) =>
      `${outlet}, ${date}: «${title}», ${who} берген сұхбат (${role}).`,
    readArticle: 'Мақаланың барлық тұжырымдары ретімен («Мақала» көрінісі)',
    arrows:
      'Картада Каспий арқылы өтетін күлгін көрсеткілер мақалада келтірілген екі инвестиция көрсеткішін бейнелейді.',
    howTo: 'Картаны қалай пайдалану керек',
    howToItems: [
      'Панелін ашу үшін сызықты (темір жолды немесе паромды) немесе нүктені (портты, шекара өткелін, торапты немесе қаланы) басыңыз немесе түртіңіз.',
      'Панельде «Мақалада» бөлімі мақала сол жер немесе тақырып туралы айтқан жағдайда ғана көрсетіледі; «Қосымша мәлімет» бөліміндегінің бәрі басқа дереккөздерден алынған, олар әр абзацтың астында аталады.',
      'Картаны жылжыту үшін сүйреңіз, масштабтау үшін дөңгелекті айналдырыңыз немесе екі саусақпен қысыңыз. Әр панельдің бөлісуге болатын сілтемесі бар: мекенжай жолы не ашық тұрғанын көрсетеді.',
      'Мақаладағы сандар абзацымен бірге мақалаға сілтеме жасалып беріледі; басқа жерден алынған сандарда оларды кім өлшегені көрсетіледі, ал дереккөздер сәйкес келмесе, барлық мәндер беріледі.',
    ],
    compareRoutes:
      'Орта дәлізді Солтүстік бағытпен, Суэц арқылы және Африканы айналып өтетін жолдармен салыстыру',
    allSources: 'Карта сілтеме жасайтын барлық дереккөздерді қарау',
  },
  articleView: {
    eyebrow: 'Мақала',
    byline: (outlet: string, date: string) => `${outlet}, ${date}`,
    interview: (who: string, role: string) => `Сұхбат берген: ${who}, ${role}.`,
    interviewer: (name: string) => `Сұхбат алған: ${name}.`,
    noInterviewer: 'Мақалада сұхбат алушының аты көрсетілмеген.',
    link: (outlet: string) => `Мақаланы ${outlet} сайтында оқу`,
    about: (count: number, paragraphs: number) =>
      `Мақаланың ${count} тұжырымы – өз сөзімізбен, мақаладағы ретімен. ¶ нөмірлері оның ${paragraphs} абзацын санайды (фотосуреттің жазуы есептелмейді). 1–3-абзацтар – басылымның өз кіріспесі; 4-абзацтан бастап Раимовтың көзқарастары баяндалады. Қысқа дәйексөздер – мақаланың сөзбе-сөз мәтіні.`,
    points: 'Мақалада не айтылады',
    shownOn: 'Картада:',
    overview: 'Карта туралы',
    tourStep: (n: number, title: string) => `Турдың ${n}-қадамы: ${title}`,
    figures: 'Мақаладағы сандар',
  },
  sourcesView: {
    eyebrow: 'Барлық дереккөздер',
    title: 'Дереккөздер',
    intro: (count: number) =>
      `Карта сілтеме жасайтын барлық дереккөздер (барлығы ${count}) және олардың әрқайсысы нені растайтыны. Тырнақшадағы атаулар – материалдардың өз тақырыптары; төртбұрышты жақшадағы атаулар – тақырыбы мұнда жазылмаған материалдарға біз берген сипаттама.`,
    figures: (list: string) => `Сандар: ${list}.`,
    citedIn: (places: string) => `Сілтеме жасалған жерлер: ${places}.`,
  },
  compare: {
    eyebrow: 'Бағыттарды салыстыру',
    title: 'Орта дәліз және басқа бағыттар',
    loading: 'Салыстыру жүктелуде…',
    failed: 'Салыстыруды жүктеу мүмкін болмады. Байланыс қалпына келгенде қайталап көріңіз.',
  },
  downloads: {
    title: 'Деректерді жүктеп алу',
    intro:
      'Сабақта немесе басқа жерде пайдалануға арналған карта деректері. Әр санның дереккөзі көрсетілген; бағыт пен тораптарда олар өтетін OpenStreetMap жолдары мен станциялары берілген.',
    route: 'Бағыт учаскелері (GeoJSON)',
    hubs: 'Тораптар (GeoJSON)',
    figures: 'Сандар және олардың дереккөздері (CSV)',
    sources: 'Дереккөздер (CSV)',
    compareRoutes: 'Салыстырылатын бағыттар: төрт сызық (GeoJSON)',
    compareFigures:
      'Салыстырылатын бағыттар: жолдағы уақыт, шекаралар, жүкті қайта тиеу және құн, дереккөздерімен (CSV)',
    licence:
      'Бағыт пен тораптардың геометриясы OpenStreetMap деректерінен алынған, © OpenStreetMap қатысушылары; оны осы авторлықты көрсете отырып, Open Database License (ODbL 1.0) шарттарымен қайта пайдалануға болады. Сандар әр жолда аталған дереккөздерге тиесілі.',
    fromFile:
      'Деректер файлдары картаның қалта түріндегі көшірмесімен және оның веб-мекенжайында беріледі; бұл бір файлдық көшірмеде олар жоқ.',
    routeNote:
      'Орта дәліз бағыты, учаске бойынша. lengthKm сызықтан есептелген; provenance әр сызық OpenStreetMap-тің қай жолдары, станциялары немесе теңіз жолдары бойымен өтетінін көрсетеді.',
    hubsNote:
      'Орта дәліздің порттары, шекара өткелдері, тораптары мен қалалары; provenance әр орын OpenStreetMap-тің қай нүктесінен немесе станциясынан алынғанын көрсетеді.',
    compareRoutesNote:
      '«Бағыттарды салыстыру» көрінісі салатын төрт бағыт. lengthKm әр сызық бойымен өлшенген; теміржол сызықтары Орта дәлізбен сәйкес келетін жерде оның OpenStreetMap жолымен жүреді, басқа жерде станциядан станцияға түзу сызылған; теңіз сызықтары аталған нүктелер арқылы өтеді.',
  },
  routeList: {
    label: 'Бағыт тізімі',
    title: 'Бағыт, шығыстан батысқа',
    hubs: 'Тораптар',
    offRoute: 'Бағыттан тыс: мақалада айтылатын астаналар',
    meta: (mode: string, length: string) => `${mode}, ${length}`,
  },
  legend: {
    title: 'Шартты белгілер',
    rail: 'Темір жол',
    ferry: 'Паром (үзік сызық)',
    port: 'Порт',
    border: 'Шекара өткелі',
    junction: 'Темір жол торабы',
    city: 'Қала',
  },
  map: {
    title: 'Орта дәліз картасы',
    description:
      'Қытайдағы Сиань қаласынан Қазақстан, Каспий теңізі, Әзірбайжан, Грузия және Түркия арқылы Еуропаға дейінгі Орта дәліз: темір жолдар тұтас сызықпен, паромдар үзік сызықпен, тораптар нүктемен көрсетілген. Карта фокуста болғанда көрсеткі пернелер картаны жылжытады, плюс пен минус масштабты өзгертеді, ал [ және ] жақша пернелері алдыңғы немесе келесі учаскеге өтеді. Бағыт тізімі әр учаске мен торапты батырма ретінде береді.',
    wholeCorridor: 'Бүкіл дәліз',
    chooseLine: 'Қай сызық?',
    imageTitle: 'Орта дәліз: Қытайдан Еуропаға',
    credits: {
      basemap: 'Негізгі карта: {link} (қоғамдық игілік)',
      route: 'Бағыт: © {link} қатысушылары, ODbL',
    },
    imageAttribution:
      'Негізгі карта: Natural Earth. Бағыт: © OpenStreetMap қатысушылары (ODbL). Карта: Орта дәліз картасы',
    imageFile: 'orta-daliz-kartasy.png',
    imageUnsupported: 'Бұл браузер суретті сала алмайды.',
    flowLabel: (value: string, from: string) => `${value}\n${from} инвестициясы`,
  },
  announce: {
    segment: (name: string, from: string, to: string, mode: string, length: string) =>
      `${name}, ${from} – ${to}, ${mode}, ${length}`,
    hub: (name: string, kind: string, country: string) => `${name}, ${kind}, ${country}`,
  },
  tour: {
    label: 'Тур',
    previous: 'Алдыңғы',
    next: 'Келесі',
    steps: 'Қадамдар',
    leave: 'Турдан шығу',
    leaveShort: 'Шығу',
    leaveWord: '',
    progress: (step: number, count: number) => `${step} / ${count}`,
    noteHeading: (step: number, title: string) => `Турдың ${step}-қадамы: ${title}`,
    ask: 'Сыныптан сұраңыз:',
    stepFigures: 'Осы қадамның сандары',
    keyFigures: 'Негізгі сандар',
    keySeries: (series: string) => `Қатар: ${series}`,
    moreFigures: (count: number) =>
      count === 1
        ? 'Осы қадамның саны толық, түсініктемесімен'
        : `Осы қадамның барлық ${count} саны, түсініктемелерімен`,
    start: 'Турды бастау',
    resume: (step: number) => `Турға оралу (${step}-қадам)`,
    keysHint: 'немесе → / PageDown басыңыз',
    blackout: 'Экран қараңғыланды: оралу үшін кез келген пернені басыңыз',
  },
  handout: {
    title: 'Орта дәліз: Қытайдан Еуропаға',
    intro:
      'Интерактивті картаға арналған үлестірме материал. Бағыт Қытайдан Қазақстан арқылы, Каспий теңізі арқылы паромдармен, одан әрі Әзірбайжан, Грузия және Түркия арқылы Еуропаға өтеді.',
    mapAlt: 'Бүкіл Орта дәліздің картасы',
    article: (outlet: string, date: string, title: string, who: string, mainLine: string) =>
      `Негізгі мақала: ${outlet}, ${date}, «${title}», ${who} берген сұхбат. ${mainLine}`,
    inArticle: 'Мақалада',
    background: 'Қосымша мәлімет',
    figures: 'Сандық деректер',
    sources: 'Дереккөздер',
    noPicture:
      'Картаның суреті жоқ: ол «Үлестірме материалды басып шығару» батырмасы карта сала алатын жерде басылғанда жасалады.',
    stepsTitle: 'Тур қадам бойынша',
    step: (n: number, title: string) => `${n}. ${title}`,
    where: (place: string) => `Қай жерде: ${place}.`,
    question: 'Сұрақ:',
    sourcesTitle: 'Дереккөздер',
    moreSources: (count: number) =>
      `және тағы ${count} дереккөз, әрқайсысы сілтемесімен, картаның «Дереккөздер» көрінісінде.`,
    provenance: (date: string) =>
      `Деректер қайдан алынған: бағыт пен тораптар OpenStreetMap деректерінен (© OpenStreetMap қатысушылары, ODbL 1.0), негізгі карта Natural Earth деректерінен алынған; әр санның дереккөзі көрсетілген. Деректер ${dateIn(date, 'attr')} жағдай бойынша (сілтеме жасалған ең жаңа дереккөз).`,
    referenceTitle: 'Орта дәліз: мұғалімге арналған анықтамалық',
    referenceIntro:
      'Бағыттың барлық учаскелері, шығыс → батыс: мақалада не айтылатыны, қосымша мәлімет, сандар және дереккөздер. Сыныпқа арналған үлестірме материал «Үлестірме материалды басып шығару» батырмасымен басылады.',
  },
  language: {
    label: 'Тіл',
    failed: (name: string) =>
      `${name} нұсқасы жүктелмеді (байланыс жоқ па?), сондықтан карта осы тілде қалады.`,
  },
  translation: (text: string) => `Аудармасы: ${text}`,
  maplibre: {
    'Map.Title': 'Орта дәліз картасы',
    'NavigationControl.ZoomIn': 'Үлкейту',
    'NavigationControl.ZoomOut': 'Кішірейту',
    'AttributionControl.ToggleAttribution': 'Авторлық ақпаратты көрсету/жасыру',
    'AttributionControl.MapFeedback': 'Карта туралы пікір',
    'CooperativeGesturesHandler.WindowsHelpText':
      'Картаны масштабтау үшін Ctrl пернесін басып тұрып айналдырыңыз',
    'CooperativeGesturesHandler.MacHelpText':
      'Картаны масштабтау үшін ⌘ пернесін басып тұрып айналдырыңыз',
    'CooperativeGesturesHandler.MobileHelpText': 'Картаны жылжыту үшін екі саусақты пайдаланыңыз',
  },
};
