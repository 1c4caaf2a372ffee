/** Every word of the interface in Azerbaijani (Latin); the same shape as en.ts (a missing string is a type error). */
import { ordinal } from './az-ordinal.ts';
import type { Messages } from './en.ts';

/**
 * Azerbaijani puts case endings on the date phrase ("2025-ci ilədək", "oktyabr ayından"). Dates
 * come formatted by Intl as "2025", "oktyabr 2025" or "21 oktyabr 2025"; dateIn() turns them into
 * "2025-ci il", "2025-ci ilin oktyabr ayı", "21 oktyabr 2025-ci il tarixi" with the ending added.
 */
type DateCase = 'nom' | 'dat' | 'abl' | 'loc' | 'until';
/** Endings after "il" (year). */
const YEAR_ENDINGS: Record<DateCase, string> = {
  nom: 'il',
  dat: 'ilə',
  abl: 'ildən',
  loc: 'ildə',
  until: 'ilədək',
};
/** Endings after "ayı" (month) and "tarixi" (date). */
const MONTH_ENDINGS: Record<DateCase, string> = {
  nom: '',
  dat: 'na',
  abl: 'ndan',
  loc: 'nda',
  until: 'nadək',
};
const DAY_ENDINGS: Record<DateCase, string> = {
  nom: '',
  dat: 'nə',
  abl: 'ndən',
  loc: 'ndə',
  until: 'nədək',
};

/** A formatted date in the given case; anything not a date (e.g. "tarixsiz") is left as it is. */
function dateIn(date: string, grammaticalCase: DateCase): string {
  const year = /^(\d{4})$/.exec(date);
  if (year) return `${ordinal(date)} ${YEAR_ENDINGS[grammaticalCase]}`;
  const month = /^(\p{L}+) (\d{4})$/u.exec(date);
  if (month)
    return `${ordinal(month[2] ?? '')} ilin ${month[1]} ayı${MONTH_ENDINGS[grammaticalCase]}`;
  const day = /^(\d{1,2} \p{L}+) (\d{4})$/u.exec(date);
  if (day) return `${day[1]} ${ordinal(day[2] ?? '')} il tarixi${DAY_ENDINGS[grammaticalCase]}`;
  return date;
}

export const az: Messages = {
  lang: 'az',
  /** The locale numbers and dates are formatted in. */
  locale: 'az-Latn-AZ',
  /** Intl.DisplayNames already gives "Türkiyə", "Qazaxıstan", "Gürcüstan" in this locale. */
  // Chromium's Intl has no Azerbaijani data; these give what full ICU (CLDR) writes.
  calendar: {
    numberLocale: 'tr-TR',
    months: [
      'yanvar',
      'fevral',
      'mart',
      'aprel',
      'may',
      'iyun',
      'iyul',
      'avqust',
      'sentyabr',
      'oktyabr',
      'noyabr',
      'dekabr',
    ],
    day: (day, month, year) => `${day} ${month} ${year}`,
    month: (month, year) => `${month} ${year}`,
    monthRange: (from, to, year) => `${from}–${to} ${year}`,
    and: 'və',
  },
  countryNames: {
    AZ: 'Azərbaycan',
    CN: 'Çin',
    GE: 'Gürcüstan',
    KZ: 'Qazaxıstan',
    RO: 'Rumıniya',
    TR: 'Türkiyə',
  },

  app: {
    title: 'Orta Dəhliz',
    subtitle: 'Çindən Avropaya Qazaxıstan, Xəzər dənizi və Qafqaz vasitəsilə',
    documentTitle: 'Orta Dəhliz xəritəsi',
  },
  actions: {
    label: 'Xəritə görünüşləri',
    routeList: 'Marşrut siyahısı',
    tour: 'Tur',
    backToTour: (step: number) => `Tura qayıt (addım ${step})`,
    about: 'Xəritə haqqında',
    article: 'Məqalə',
    sources: 'Mənbələr',
    compare: 'Müqayisə',
    timeline: 'Xronologiya',
    print: 'Paylama materialını çap et',
    printReference: 'Arayışı çap et',
    printReferenceHint: 'Bütün hissələr tam şəkildə: müəllim nüsxəsi',
    downloadImage: 'Şəkli yüklə',
    presenter: 'Təqdimatçı',
    embed: 'Sayta yerləşdir',
    install: 'Quraşdır',
    share: 'Çap et və paylaş',
  },
  embed: {
    openFull: 'Tam xəritəni aç',
    frameTitle: 'Orta Dəhlizin xəritəsi',
    title: 'Bu xəritəni sayta yerləşdirin',
    intro:
      'Xəritəni hazırda açıq olanla birlikdə göstərmək üçün bu HTML kodunu veb səhifəyə yapışdırın. Səhifəni sürüşdürəndə xəritə yerindən oynamır; oxucular onu Ctrl (Mac-da ⌘) və siçan çarxı ilə, yaxud iki barmaqla hərəkət etdirirlər.',
    label: 'Yapışdırmaq üçün HTML',
    copy: 'Kopyala',
    copied: 'Kopyalandı',
    close: 'Bağla',
    fromFile:
      'Xəritənin bu nüsxəsi bu kompüterdəki fayldır və başqa veb səhifələr faylı göstərə bilməz. Xəritəni veb serverdə dərc edin (yığımın dist/ qovluğu), onu orada açın və “Sayta yerləşdir” düyməsindən yenidən istifadə edin.',
  },
  offline: {
    installFromFile:
      'Bu nüsxə tək bir fayldır: o artıq şəbəkəsiz işləyir. Onu tətbiq kimi quraşdırmaq üçün xəritə veb serverdən açılmalıdır.',
    updateReady: 'Bu xəritənin daha yeni versiyası hazırdır.',
    reload: 'Yeni versiya üçün yenidən yüklə',
  },
  notices: {
    dismiss: 'Bağla',
    badTourStep: (asked: number, steps: number) =>
      `Keçid turun ${asked} nömrəli addımını istəyir, lakin turda ${steps} addım var, ona görə əvəzində bütün dəhliz göstərilir.`,
    badLink: (parameter: string) =>
      `Keçiddəki “${parameter}” dəyəri bu xəritə üçün anlaşılmazdır, ona görə əvəzində bütün dəhliz göstərilir.`,
    unknownFeature: (kind: 'segment' | 'hub') =>
      `Keçid bu xəritədə olmayan ${kind === 'segment' ? 'marşrut hissəsini' : 'qovşağı'} istəyir, ona görə əvəzində bütün dəhliz göstərilir.`,
    noImage: {
      loading: 'Xəritə hələ yüklənir: o çəkiləndən sonra şəkli saxlamaq olar.',
      unsupported: 'Bu brauzer xəritəni çəkə bilmir, ona görə saxlanacaq şəkil yoxdur.',
      lost: 'Xəritəni hazırda çəkmək mümkün deyil (brauzer onun istifadə etdiyi qrafik yaddaşı geri götürüb), ona görə xəritə geri qayıdana qədər saxlanacaq şəkil yoxdur.',
      failed:
        'Xəritəni yükləmək mümkün olmadı, ona görə saxlanacaq şəkil yoxdur. Səhifəni yenidən yükləmək kömək edə bilər.',
    },
    problemsLabel: 'Məlumat problemləri',
    problems: (count: number) =>
      `Məlumat fayllarında ${count} problem var – xəritənin qalan hissəsi yenə də işləyir`,
    nothingToDraw: (count: number) =>
      `Məlumat fayllarında ${count} problem var – ${count === 1 ? 'o' : 'onlar'} düzəldilənə qədər çəkiləcək heç nə qalmır`,
  },
  mapStatus: {
    loading: 'Xəritə yüklənir…',
    unsupported: {
      title: 'Bu brauzer xəritəni çəkə bilmir',
      text: 'Onu çəkmək üçün WebGL 2 lazımdır, burada isə o ya yoxdur, ya da söndürülüb. Marşrut siyahısı, panellər və tur onsuz da işləyir.',
    },
    lost: {
      title: 'Xəritə hazırda çəkilməyib',
      text: 'Brauzer xəritənin istifadə etdiyi qrafik yaddaşı geri götürüb; brauzer imkan verəndə xəritə geri qayıdacaq. Marşrut siyahısı, panellər və tur yenə də işləyir.',
    },
    failed: {
      title: 'Xəritəni yükləmək mümkün olmadı',
      text: 'Səhifəni yenidən yükləmək kömək edə bilər. Marşrut siyahısı, panellər və tur onsuz da işləyir.',
    },
    openList: 'Marşrut siyahısını aç',
  },
  shell: {
    intro:
      'Çindən Avropaya Qazaxıstan, Xəzər dənizi və Qafqaz vasitəsilə: marşrutun bütün hissələri və qovşaqları, hər biri ilə bağlı mənbə məqalənin və digər mənbələrin dedikləri ilə birlikdə.',
    loading: 'İnteraktiv xəritə bu siyahıdan sonra yüklənir; aşağıdakı hər keçid öz panelini açır.',
    noScript: 'İnteraktiv xəritə üçün JavaScript lazımdır, bu brauzerdə isə o söndürülüb.',
  },
  sheet: { moreText: 'Daha çox mətn göstər', moreMap: 'Daha çox xəritə göstər' },

  panel: {
    close: 'Paneli bağla',
    segment: 'Marşrut hissəsi',
    hub: 'Qovşaq',
  },
  facts: {
    mode: 'Nəqliyyat növü',
    length: 'Uzunluq',
    country: 'Ölkə',
    countries: 'Ölkələr',
    fromTo: 'Başlanğıc – son məntəqə',
    to: 'son məntəqə',
    kind: 'Növ',
    localName: 'Yerli adı',
    segmentsHere: 'Buradakı hissələr',
    onRoute: 'Marşrut üzərində',
    offRoute: 'Xeyr: məqalənin bu barədə dediklərinə görə xəritədə göstərilib',
    drawnThrough: 'Xətt bu stansiyalardan keçməklə çəkilib (adlar OpenStreetMap-dəki kimidir):',
    measuredAlong: 'Uzunluq çəkilmiş xətt boyunca ölçülüb.',
    drawnAsLane:
      'İki liman arasında sxematik dəniz xətti kimi çəkilib, gəminin qeydə alınmış izi deyil. Uzunluq çəkilmiş xətt boyunca ölçülüb.',
  },
  modes: { rail: 'Dəmir yolu', sea: 'Bərə keçidi', road: 'Avtomobil yolu' },
  kinds: {
    port: 'Liman',
    border: 'Sərhəd keçidi',
    junction: 'Dəmir yolu qovşağı',
    city: 'Şəhər',
  },

  context: {
    inArticle: 'Məqalədə',
    background: 'Əlavə məlumat',
    figures: 'Rəqəmlər',
    sources: 'Mənbələr',
    scope: {
      place: null,
      country:
        'Məqalə Qazaxıstandan bir ölkə kimi danışır və bu şəhərin adını çəkmir. Onun siyasət və səfər barədə fikirləri burada toplanıb, çünki prezidentlər paytaxtda görüşürlər.',
      sea: 'Məqalə bu bərə xəttindən deyil, Xəzər dənizindən keçən marşrutdan danışır.',
      corridor:
        'Məqalə bu yerin adını çəkmir. Onun bütövlükdə Orta Dəhliz barədə dedikləri “Məqalə” görünüşündədir.',
      none: 'Məqalə marşrutun bu hissəsindən bəhs etmir.',
    },
    openArticle: '“Məqalə” görünüşünü aç',
    paragraph: (n: number[]) => `¶${n.join(', ')}`,
    paragraphLabel: (n: number[]) => `${n.length > 1 ? 'Abzaslar' : 'Abzas'} ${n.join(', ')}`,
    backgroundSources: (count: number) => (count > 1 ? 'Mənbələr:' : 'Mənbə:'),
    quoteSource: (speaker: string, outlet: string, date: string, paragraph: number) =>
      `— ${speaker}, ${outlet}, ${date}, abzas ${paragraph}`,
  },
  figureTable: {
    caption: 'Digər rəqəmlər',
    what: 'Nə, nə vaxt və kimdən',
    value: 'Qiymət',
    differ: 'Mənbələr fərqlənir',
    series: (measuredBy: string, scope: string) => `Sıra: ${measuredBy}; ${scope}.`,
  },
  citations: {
    article: 'Mənbə məqalə',
    articleLine: (publisher: string, date: string, title: string, interviewee: string) =>
      `${publisher}, ${date}: “${title}”, ${interviewee} ilə müsahibə`,
    paragraphs: (list: number[]) => `${list.length > 1 ? 'abzaslar' : 'abzas'} ${list.join(', ')}`,
    figure: (publisher: string, date: string) => `${publisher}, ${date}`,
    figureParagraph: (publisher: string, date: string, paragraph: number) =>
      `${publisher}, ${date}, abzas ${paragraph}`,
    headline: (title: string) => `“${title}”`,
    described: (title: string) => `[${title}]`,
    missing: 'mənbə göstərilməyib',
  },

  units: {
    'USD million': (n) => `${n} mln ABŞ dolları`,
    'million tonnes': (n) => `${n} mln ton`,
    'million tonnes per year': (n) => `ildə ${n} mln ton`,
    TEU: (n) => `${n} TEU`,
    'TEU per year': (n) => `ildə ${n} TEU`,
    days: (n) => `${n} gün`,
    hours: (n) => `${n} saat`,
    km: (n) => `${n} km`,
    visits: (n) => `${n} səfər`,
    percent: (n) => `${n}%`,
    times: (n) => `${n} dəfə`,
    year: (n) => n,
    'million passengers per year': (n) => `ildə ${n} mln sərnişin`,
    tonnes: (n) => `${n} ton`,
    containers: (n) => `${n} konteyner`,
    visitors: (n) => `${n} ziyarətçi`,
    metres: (n) => `${n} m`,
    'centimetres per year': (n) => `ildə ${n} sm`,
    'train pairs per day': (n) => `gündə ${n} cüt qatar`,
    hectares: (n) => `${n} hektar`,
  },
  unitNames: {
    'USD million': 'mln ABŞ dolları',
    'million tonnes': 'mln ton',
    'million tonnes per year': 'ildə mln ton',
    TEU: 'TEU (20 futluq konteyner)',
    'TEU per year': 'ildə TEU',
    days: 'gün',
    hours: 'saat',
    km: 'km',
    visits: 'səfər',
    percent: 'faiz',
    times: 'dəfə',
    year: 'il',
    'million passengers per year': 'ildə mln sərnişin',
    tonnes: 'ton',
    containers: 'konteyner (TEU deyil)',
    visitors: 'ziyarətçi',
    metres: 'metr',
    'centimetres per year': 'ildə santimetr',
    'train pairs per day': 'gündə qatar cütü',
    hectares: 'hektar',
  },
  km: (n: string) => `${n} km`,
  range: (low: string, high: string) => `${low}–${high}`,

  period: {
    cumulative: (end: string) => `${dateIn(end, 'until')} cəmi`,
    cumulativeFrom: (start: string, end: string) =>
      `${dateIn(start, 'abl')} ${dateIn(end, 'until')} cəmi`,
    asOf: (date: string) =>
      /^\d{4}$/.test(date)
        ? `${dateIn(date, 'nom')} üzrə vəziyyət`
        : `${dateIn(date, 'dat')} olan vəziyyət`,
    from: (date: string) => `${dateIn(date, 'abl')} etibarən`,
    forecast: (year: string) => `${dateIn(year, 'nom')} üçün proqnoz`,
    target: (year: string) => `${dateIn(year, 'nom')} üçün hədəf`,
    planned: (year: string) => `${dateIn(year, 'dat')} planlaşdırılıb`,
    plannedUndated: 'planlaşdırılıb',
    targetUndated: 'hədəf',
    stated: (label: string, date: string) => `${label} (${dateIn(date, 'loc')} bildirilib)`,
    undated: 'tarixsiz',
    withStage: (stage: string, label: string) => `${stage}, ${label}`,
    stages: {
      initial: 'ilkin',
      'first-stage': 'birinci mərhələ',
      'next-stage': 'növbəti mərhələ',
      peak: 'pik',
      eventual: 'yekun',
      'phase-1': '1-ci faza',
      'after-phase-2': '2-ci fazadan sonra',
      'after-phases-2-3': '2–3-cü fazalardan sonra',
    },
    noDate: 'tarixsiz',
  },

  charts: {
    source: (citations: string) => `Mənbə: ${citations}`,
    to: (from: string, to: string) => `${from} – ${to}`,
    article: 'məqalə',
    otherSource: 'başqa mənbə',
    notes: 'Bu rəqəmlərə dair qeydlər',
    noteLead: (period: string, value: string) => `${period}, ${value}:`,
    trade: {
      title: 'Qazaxıstan ilə Azərbaycan arasında ticarət',
      label:
        'Qazaxıstan–Azərbaycan ticarət dövriyyəsi, heç vaxt birləşdirilməyən iki statistik sıra üzrə.',
      seriesLabel: (label: string, measuredBy: string) => `${label} (${measuredBy})`,
      note: 'Hər blok öz rəngində olan bir statistik sıradır. Azərbaycan və Qazaxıstan bu ticarəti fərqli hesablayır, ona görə onların rəqəmləri heç vaxt bir sətirdə və ya bir xətdə birləşdirilmir. Bütöv zolaqlar bütün ili əhatə edir; qırıq xətli zolaq ilin yalnız bir hissəsini əhatə edir, ona görə aylıq ortalamaları müqayisə edin (≈ …/ay, yəni qiymətin əhatə olunan aylara bölünməsi). Məqalənin öz rəqəmləri “məqalə” kimi işarələnib.',
      perMonth: (value: string) => `≈${value}/ay`,
      months: (n: number) => `${n} ay`,
      aboutPerMonth: (value: string) => `ayda təxminən ${value}`,
      articleMark: 'məqalə',
    },
    investment: {
      title: 'Hər iki istiqamətdə investisiyalar: dərc olunmuş bütün yekun rəqəmlər',
      label: 'İki ölkə arasında investisiyalar: istiqamətə görə dərc olunmuş bütün yekun rəqəmlər.',
      direction: (from: string, to: string) => `${from} → ${to}`,
      bar: (series: string, period: string) => `${series}, ${period}`,
      note: 'Hər zolaq dərc olunmuş bir yekun rəqəmdir və onu kimin verdiyinə görə rənglənib. Göstərilmədikcə heç biri hansı dövrü əhatə etdiyini demir; onlar zaman sırası deyil və toplanmır. Xəritədəki oxlar məqalənin iki rəqəmini göstərir.',
    },
    volume: {
      title: 'Dəhliz üzrə yük daşımaları',
      label: 'Orta Dəhlizlə daşınan yük, kimin hesabladığına görə.',
      disagree: (periods: string) =>
        `${periods} üzrə mənbələr fərqlənir; bütün qiymətlər göstərilir, heç biri seçilmir.`,
      hollow: 'İçi boş işarələr sayım deyil, proqnoz və ya plandır.',
      and: ' və ',
    },
    series: 'Sıra',
  },

  overview: {
    eyebrow: 'Xəritə haqqında',
    title: 'Orta Dəhliz: Çindən Avropaya',
    intro: (rail: string, sea: string) =>
      `Orta Dəhliz (Transxəzər Beynəlxalq Nəqliyyat Marşrutu) yükləri Çindən Qazaxıstan ərazisindən keçməklə, bərə ilə Xəzər dənizi üzərindən, sonra isə Azərbaycan, Gürcüstan və Türkiyə vasitəsilə Avropaya daşıyır. Bu xəritə onu real dəmir yolları və dəniz yolları boyunca çəkir: qollar daxil olmaqla ${rail} dəmir yolu və ${sea} bərə keçidi, çəkilmiş xətlər boyunca ölçülmüş.`,
    articleHeading: 'Bu xəritənin əsasında duran məqalə',
    articleSource: (outlet: string, date: string, title: string, who: string, role: string) =>
      `${outlet}, ${date}: “${title}”, ${who} (${role}) ilə müsahibə.`,
    readArticle: 'Məqalənin bütün fikirləri, ardıcıllıqla (“Məqalə” görünüşü)',
    arrows:
      'Xəritədə Xəzər dənizi üzərindəki bənövşəyi oxlar məqalədə verilən iki investisiya rəqəmini göstərir.',
    howTo: 'Xəritədən necə istifadə etməli',
    howToItems: [
      'Panelini açmaq üçün xəttə (dəmir yolu və ya bərə) və ya nöqtəyə (liman, sərhəd, qovşaq və ya şəhər) klikləyin və ya toxunun.',
      'Panel “Məqalədə” bölməsini yalnız məqalə həmin yerdən və ya mövzudan danışanda göstərir; “Əlavə məlumat” altındakı hər şey başqa mənbələrdəndir və onların adı hər abzasın altında verilir.',
      'Xəritəni sürüşdürmək üçün dartın, böyütmək üçün təkəri fırladın və ya iki barmaqla sıxın. Hər panelin paylaşıla bilən keçidi var: ünvan sətri nəyin açıq olduğunu göstərir.',
      'Məqalədən götürülmüş rəqəmlər abzası ilə birlikdə ona istinadla verilir; başqa yerdən götürülmüş rəqəmlərdə onları kimin ölçdüyü göstərilir, mənbələr fərqlənəndə isə bütün qiymətlər göstərilir.',
    ],
    compareRoutes: 'Orta Dəhlizi Şimal marşrutu, Süveyş və Afrika ətrafı yolları ilə müqayisə edin',
    timeline: 'Dəhlizin il-il necə qurulduğuna baxın',
    allSources: 'Bu xəritənin istinad etdiyi bütün mənbələrə baxın',
  },
  articleView: {
    eyebrow: 'Məqalə',
    byline: (outlet: string, date: string) => `${outlet}, ${date}`,
    interview: (who: string, role: string) => `${who} (${role}) ilə müsahibə.`,
    interviewer: (name: string) => `Müsahibəni aparan: ${name}.`,
    noInterviewer: 'Məqalədə müsahibəni aparanın adı göstərilmir.',
    link: (outlet: string) => `Məqaləni ${outlet} saytında oxuyun`,
    about: (count: number, paragraphs: number) =>
      `Məqalənin ${count} fikri, öz sözlərimizlə və onun ardıcıllığı ilə. ¶ nömrələri məqalənin ${paragraphs} abzasını sayır (fotoşəklin altındakı yazı sayılmır). 1–3-cü abzaslar nəşrin öz girişidir; 4-cü abzasdan etibarən məqalə Raimovun fikirlərini çatdırır. Qısa sitatlar məqalənin dəqiq sözləridir.`,
    points: 'Məqalə nə deyir',
    shownOn: 'Xəritədə:',
    overview: 'Xəritə haqqında',
    tourStep: (n: number, title: string) => `Turun ${n} nömrəli addımı: ${title}`,
    figures: 'Məqalənin rəqəmləri',
  },
  sourcesView: {
    eyebrow: 'Bütün mənbələr',
    title: 'Mənbələr',
    intro: (count: number) =>
      `Bu xəritənin istinad etdiyi bütün mənbələr, cəmi ${count}, hər biri nəyi təsdiqlədiyi ilə birlikdə. Dırnaq içindəki adlar materialların öz başlıqlarıdır; kvadrat mötərizədəki adlar isə başlığı burada qeyd olunmayan materialların bizim təsvirimizdir.`,
    figures: (list: string) => `Rəqəmlər: ${list}.`,
    citedIn: (places: string) => `İstinad olunduğu yerlər: ${places}.`,
  },
  compare: {
    eyebrow: 'Marşrutların müqayisəsi',
    title: 'Orta Dəhliz və digər marşrutlar',
    loading: 'Müqayisə yüklənir…',
    failed: 'Müqayisəni yükləmək mümkün olmadı. Bağlantı bərpa olunanda yenidən cəhd edin.',
  },
  timeline: {
    eyebrow: 'Xronologiya',
    title: 'Dəhliz necə quruldu',
    loading: 'Xronologiya yüklənir…',
    failed: 'Xronologiyanı yükləmək mümkün olmadı. Bağlantı bərpa olunanda yenidən cəhd edin.',
  },
  downloads: {
    title: 'Məlumatları yükləyin',
    intro:
      'Bu xəritənin əsasındakı məlumatlar, dərsdə və ya başqa yerdə istifadə üçün. Hər rəqəmin mənbəyi göstərilir; marşrut və qovşaqlar izlədikləri OpenStreetMap yollarını və stansiyalarını daşıyır.',
    route: 'Marşrut hissələri (GeoJSON)',
    hubs: 'Qovşaqlar (GeoJSON)',
    figures: 'Rəqəmlər və onların mənbələri (CSV)',
    sources: 'Mənbələr (CSV)',
    compareRoutes: 'Müqayisə olunan marşrutlar: dörd xətt (GeoJSON)',
    compareFigures:
      'Müqayisə olunan marşrutlar: yolda müddət, sərhədlər, təkrar yükləmələr və dəyər, mənbələri ilə (CSV)',
    timeline: 'Xronologiya: hər hissənin və qovşağın açıldığı vaxt və dəhlizin hadisələri (CSV)',
    licence:
      'Marşrut və qovşaqların həndəsəsi OpenStreetMap-dən götürülüb, © OpenStreetMap iştirakçıları, və bu istinadla Open Database License (ODbL 1.0) əsasında təkrar istifadə oluna bilər. Rəqəmlər hər sətirdə adı çəkilən mənbələrə məxsusdur.',
    fromFile:
      'Məlumat faylları bu xəritənin qovluq nüsxəsi və veb ünvanı ilə birlikdə gəlir; bu tək fayllı nüsxədə onlar yoxdur.',
    routeNote:
      'Orta Dəhliz marşrutu, hissə-hissə. lengthKm xəttə əsasən hesablanıb; provenance hər xəttin hansı OpenStreetMap yollarını, stansiyalarını və ya dəniz yollarını izlədiyini göstərir.',
    hubsNote:
      'Orta Dəhlizin limanları, sərhəd keçidləri, qovşaqları və şəhərləri; provenance hər mövqeyin hansı OpenStreetMap nöqtəsindən və ya stansiyasından götürüldüyünü göstərir.',
    compareRoutesNote:
      '“Marşrutların müqayisəsi” görünüşünün çəkdiyi dörd marşrut. lengthKm hər xətt boyunca ölçülüb; dəmir yolu xətləri Orta Dəhlizlə üst-üstə düşdüyü yerdə onun OpenStreetMap xətti ilə, başqa yerlərdə stansiyadan stansiyaya düz gedir; dəniz xətləri adlandırılmış nöqtələrdən keçir.',
  },
  routeList: {
    label: 'Marşrut siyahısı',
    title: 'Marşrut, şərqdən qərbə',
    hubs: 'Qovşaqlar',
    offRoute: 'Marşrutdan kənarda: məqalənin danışdığı paytaxtlar',
    meta: (mode: string, length: string) => `${mode}, ${length}`,
  },
  legend: {
    title: 'Şərti işarələr',
    rail: 'Dəmir yolu',
    ferry: 'Bərə (qırıq xətt)',
    port: 'Liman',
    border: 'Sərhəd keçidi',
    junction: 'Qovşaq',
    city: 'Şəhər',
  },
  map: {
    title: 'Orta Dəhlizin xəritəsi',
    description:
      'Orta Dəhliz Çindəki Siandan Qazaxıstan, Xəzər dənizi, Azərbaycan, Gürcüstan və Türkiyə vasitəsilə Avropaya: dəmir yolları bütöv xətlərlə, bərələr qırıq xətlərlə, qovşaqlar nöqtələrlə. Xəritə fokusda olanda ox düymələri onu sürüşdürür, plyus və minus böyüdüb-kiçildir, [ və ] düymələri isə əvvəlki və ya növbəti hissəyə keçir. Marşrut siyahısı bütün hissələri və qovşaqları düymə kimi verir.',
    wholeCorridor: 'Bütün dəhliz',
    chooseLine: 'Hansı xətt?',
    imageTitle: 'Orta Dəhliz: Çindən Avropaya',
    credits: {
      basemap: 'Əsas xəritə: {link} (ictimai mülkiyyət)',
      route: 'Marşrut: © {link} iştirakçıları, ODbL',
    },
    imageAttribution:
      'Əsas xəritə: Natural Earth. Marşrut: © OpenStreetMap iştirakçıları (ODbL). Xəritə: Orta Dəhliz xəritəsi',
    imageFile: 'orta-dehliz-xeritesi.png',
    imageUnsupported: 'Bu brauzer şəkli çəkə bilmir.',
    flowLabel: (value: string, from: string) => `${value}\nmənbə ölkə: ${from}`,
  },
  announce: {
    segment: (name: string, from: string, to: string, mode: string, length: string) =>
      `${name}, ${from} – ${to}, ${mode}, ${length}`,
    hub: (name: string, kind: string, country: string) => `${name}, ${kind}, ${country}`,
  },
  tour: {
    label: 'Tur',
    previous: 'Əvvəlki',
    next: 'Növbəti',
    steps: 'Addımlar',
    leave: 'Turdan çıx',
    leaveShort: 'Çıx',
    // The button reads leaveShort + leaveWord; Azerbaijani puts the object first ("Turdan çıx"),
    // so the short verb stands alone.
    leaveWord: '',
    progress: (step: number, count: number) => `${step} / ${count}`,
    noteHeading: (step: number, title: string) => `Turun ${step} nömrəli addımı: ${title}`,
    ask: 'Sinifdən soruşun:',
    asIn: (year: string) =>
      `Xəritə dəhlizi ${dateIn(year, 'loc')} olduğu kimi göstərir: solğun xətlər o vaxt hələ açılmamışdı.`,
    compared: 'Çindən Avropaya gedən digər yollar da çəkilib: müqayisə üçün uzaqlaşdırın.',
    stepFigures: 'Bu addımın rəqəmləri',
    keyFigures: 'Əsas rəqəmlər',
    keySeries: (series: string) => `Sıra: ${series}`,
    moreFigures: (count: number) =>
      count === 1
        ? 'Bu addımın rəqəmi tam şəkildə, qeydləri ilə'
        : `Bu addımın bütün ${count} rəqəmi, qeydləri ilə`,
    start: 'Turu başla',
    resume: (step: number) => `Tura qayıt (addım ${step})`,
    keysHint: 'və ya → / PageDown düyməsini basın',
    blackout: 'Ekran qaraldılıb: qayıtmaq üçün istənilən düyməni basın',
  },
  handout: {
    title: 'Orta Dəhliz: Çindən Avropaya',
    intro:
      'İnteraktiv xəritəyə əlavə paylama materialı. Marşrut Çindən Qazaxıstan ərazisindən keçir, bərə ilə Xəzər dənizini aşır, sonra Azərbaycan, Gürcüstan və Türkiyə vasitəsilə Avropaya gedir.',
    mapAlt: 'Bütün Orta Dəhlizin xəritəsi',
    article: (outlet: string, date: string, title: string, who: string, mainLine: string) =>
      `Mənbə məqalə: ${outlet}, ${date}, “${title}”, ${who} ilə müsahibə. ${mainLine}`,
    inArticle: 'Məqalədə',
    background: 'Əlavə məlumat',
    figures: 'Rəqəmlər',
    sources: 'Mənbələr',
    noPicture:
      'Xəritənin şəkli yoxdur: o, “Paylama materialını çap et” düyməsi xəritənin çəkilə bildiyi yerdə istifadə olunanda yaradılır.',
    stepsTitle: 'Tur, addım-addım',
    step: (n: number, title: string) => `${n}. ${title}`,
    where: (place: string) => `Harada: ${place}.`,
    question: 'Sual:',
    sourcesTitle: 'Mənbələr',
    moreSources: (count: number) =>
      `və daha ${count} mənbə, hər biri keçidi ilə, xəritənin “Mənbələr” görünüşündə.`,
    provenance: (date: string) =>
      `Məlumatların mənşəyi: marşrut və qovşaqlar OpenStreetMap-dən (© OpenStreetMap iştirakçıları, ODbL 1.0), əsas xəritə Natural Earth-dən götürülüb; hər rəqəmin mənbəyi göstərilir. Məlumatlar ${dateIn(date, 'dat')} olan vəziyyətə uyğundur (istinad olunan ən yeni mənbə).`,
    referenceTitle: 'Orta Dəhliz: müəllimlər üçün arayış',
    referenceIntro:
      'Marşrutun bütün hissələri, şərq → qərb, məqalənin dedikləri, əlavə məlumat, rəqəmlər və mənbələrlə birlikdə. Sinif üçün paylama materialı “Paylama materialını çap et” ilə çap olunur.',
  },
  language: {
    label: 'Dil',
    failed: (name: string) =>
      `${name} yüklənə bilmədi (bağlantı yoxdur?), ona görə xəritə bu dildə qalır.`,
  },
  translation: (text: string) => `Tərcümə: ${text}`,
  maplibre: {
    'Map.Title': 'Orta Dəhlizin xəritəsi',
    'NavigationControl.ZoomIn': 'Böyüt',
    'NavigationControl.ZoomOut': 'Kiçilt',
    'AttributionControl.ToggleAttribution': 'Müəlliflik məlumatını göstər/gizlət',
    'AttributionControl.MapFeedback': 'Xəritə haqqında rəy',
    'CooperativeGesturesHandler.WindowsHelpText':
      'Xəritəni böyüdüb-kiçiltmək üçün Ctrl + sürüşdürmədən istifadə edin',
    'CooperativeGesturesHandler.MacHelpText':
      'Xəritəni böyüdüb-kiçiltmək üçün ⌘ + sürüşdürmədən istifadə edin',
    'CooperativeGesturesHandler.MobileHelpText':
      'Xəritəni hərəkət etdirmək üçün iki barmaqdan istifadə edin',
  },
};
