/** Every word of the interface in Turkish; the same shape as en.ts (a missing string is a type error). */
import type { Messages } from './en.ts';

/*
 * Turkish attaches case endings to names and numbers ("Bakü'den", "2025'e"), and the right ending
 * depends on the word. The messages below are worded so that an inserted name, number or date
 * never needs an ending: "itibarıyla", "kaynaklı", a colon or a dash instead.
 */

export const tr: Messages = {
  lang: 'tr',
  locale: 'tr-TR',
  calendar: null,
  countryNames: {},

  app: {
    title: 'Orta Koridor',
    subtitle: 'Kazakistan, Hazar Denizi ve Kafkasya üzerinden Çin’den Avrupa’ya',
    documentTitle: 'Orta Koridor haritası',
  },
  actions: {
    label: 'Harita görünümleri',
    routeList: 'Güzergâh listesi',
    tour: 'Tur',
    backToTour: (step: number) => `Tura dön (adım ${step})`,
    about: 'Bu harita hakkında',
    article: 'Makale',
    sources: 'Kaynaklar',
    compare: 'Karşılaştır',
    timeline: 'Kronoloji',
    print: 'Ders notunu yazdır',
    printReference: 'Başvuru metnini yazdır',
    printReferenceHint: 'Her kesim eksiksiz: öğretmen nüshası',
    downloadImage: 'Görüntüyü indir',
    presenter: 'Sunum modu',
    embed: 'Yerleştir',
    install: 'Yükle',
    share: 'Yazdır ve paylaş',
  },
  embed: {
    openFull: 'Haritanın tamamını aç',
    frameTitle: 'Orta Koridor haritası',
    title: 'Bu haritayı yerleştir',
    intro:
      'Haritayı şu anda açık olanlarla birlikte göstermek için bu HTML kodunu bir web sayfasına yapıştırın. Sayfa kaydırılırken harita yerinde kalır; okurlar haritayı Ctrl (Mac’te ⌘) ve kaydırma tekerleğiyle ya da iki parmakla hareket ettirir.',
    label: 'Yapıştırılacak HTML',
    copy: 'Kopyala',
    copied: 'Kopyalandı',
    close: 'Kapat',
    fromFile:
      'Haritanın bu kopyası bu bilgisayardaki bir dosyadır ve başka web sayfaları bir dosyayı gösteremez. Haritayı bir web sunucusunda yayımlayın (derlemenin dist/ klasörü), orada açın ve “Yerleştir”i yeniden kullanın.',
  },
  offline: {
    installFromFile:
      'Bu kopya tek bir dosyadır: ağ bağlantısı olmadan da çalışır. Uygulama olarak yüklemek için haritanın bir web sunucusundan açılması gerekir.',
    updateReady: 'Bu haritanın daha yeni bir sürümü hazır.',
    reload: 'Yeni sürüm için yeniden yükle',
  },
  notices: {
    dismiss: 'Kapat',
    badTourStep: (asked: number, steps: number) =>
      `Bağlantı turun ${asked}. adımını istiyor, ancak turda ${steps} adım var; bu yüzden koridorun tamamı gösteriliyor.`,
    badLink: (parameter: string) =>
      `Bağlantıdaki “${parameter}” değeri bu haritanın anlayabildiği bir değer değil; bu yüzden koridorun tamamı gösteriliyor.`,
    unknownFeature: (kind: 'segment' | 'hub') =>
      `Bağlantı bu haritada bulunmayan bir ${kind === 'segment' ? 'güzergâh kesimi' : 'aktarma merkezi'} istiyor; bu yüzden koridorun tamamı gösteriliyor.`,
    noImage: {
      loading: 'Harita hâlâ yükleniyor: çizildikten sonra görüntü kaydedilebilir.',
      unsupported: 'Bu tarayıcı haritayı çizemiyor, bu yüzden kaydedilecek bir görüntü yok.',
      lost: 'Harita şu anda çizilemiyor (tarayıcı, kullandığı grafik belleğini geri aldı); harita geri gelene kadar kaydedilecek bir görüntü yok.',
      failed:
        'Harita yüklenemedi, bu yüzden kaydedilecek bir görüntü yok. Sayfayı yeniden yüklemek işe yarayabilir.',
    },
    problemsLabel: 'Veri sorunları',
    problems: (count: number) =>
      `Veri dosyalarında ${count} sorun var – haritanın geri kalanı çalışmaya devam ediyor`,
    nothingToDraw: (count: number) =>
      `Veri dosyalarında ${count} sorun var – ${count === 1 ? 'sorun' : 'sorunlar'} giderilene kadar çizilecek bir şey kalmadı`,
  },
  mapStatus: {
    loading: 'Harita yükleniyor…',
    unsupported: {
      title: 'Bu tarayıcı haritayı çizemiyor',
      text: 'Haritayı çizmek için WebGL 2 gerekiyor; burada ya yok ya da kapalı. Güzergâh listesi, paneller ve tur onsuz da çalışır.',
    },
    lost: {
      title: 'Harita şu anda çizilmiyor',
      text: 'Tarayıcı, haritanın kullandığı grafik belleğini geri aldı; tarayıcı izin verdiğinde harita geri gelir. Güzergâh listesi, paneller ve tur çalışmaya devam ediyor.',
    },
    failed: {
      title: 'Harita yüklenemedi',
      text: 'Sayfayı yeniden yüklemek işe yarayabilir. Güzergâh listesi, paneller ve tur onsuz da çalışır.',
    },
    openList: 'Güzergâh listesini aç',
  },
  shell: {
    intro:
      'Kazakistan, Hazar Denizi ve Kafkasya üzerinden Çin’den Avrupa’ya: güzergâhın her kesimi ve her aktarma merkezi, kaynak makalenin ve diğer kaynakların onun hakkında söyledikleriyle birlikte.',
    loading:
      'Etkileşimli harita bu listeden sonra yüklenir; aşağıdaki her bağlantı ilgili paneli açar.',
    noScript: 'Etkileşimli harita JavaScript gerektiriyor; bu tarayıcıda JavaScript kapalı.',
  },
  sheet: { moreText: 'Daha çok metin göster', moreMap: 'Daha çok harita göster' },

  panel: {
    close: 'Paneli kapat',
    segment: 'Güzergâh kesimi',
    hub: 'Aktarma merkezi',
  },
  facts: {
    mode: 'Taşıma türü',
    length: 'Uzunluk',
    country: 'Ülke',
    countries: 'Ülkeler',
    fromTo: 'Başlangıç – bitiş',
    to: 'varış',
    kind: 'Tür',
    localName: 'Yerel adı',
    segmentsHere: 'Buradaki kesimler',
    onRoute: 'Güzergâh üzerinde',
    offRoute: 'Hayır: makalenin onun hakkında söyledikleri nedeniyle haritada gösteriliyor',
    drawnThrough: 'Çizgi şu istasyonlardan geçer (adlar OpenStreetMap’teki gibidir):',
    measuredAlong: 'Uzunluk, çizilen hat boyunca ölçülmüştür.',
    drawnAsLane:
      'İki liman arasında şematik bir deniz hattı olarak çizilmiştir; bir geminin kaydedilmiş izi değildir. Uzunluk, çizilen hat boyunca ölçülmüştür.',
  },
  modes: { rail: 'Demiryolu', sea: 'Feribot geçişi', road: 'Karayolu' },
  kinds: {
    port: 'Liman',
    border: 'Sınır kapısı',
    junction: 'Demiryolu kavşağı',
    city: 'Şehir',
  },

  context: {
    inArticle: 'Makalede',
    background: 'Arka plan',
    figures: 'Rakamlar',
    sources: 'Kaynaklar',
    scope: {
      place: null,
      country:
        'Makale Kazakistan’dan bir ülke olarak söz ediyor ve bu şehrin adını anmıyor. Siyaset ve ziyaretle ilgili görüşleri burada toplanmıştır, çünkü cumhurbaşkanları başkentte görüşüyor.',
      sea: 'Makale bu feribot hattından değil, Hazar Denizi üzerinden geçen güzergâhtan söz ediyor.',
      corridor:
        'Makale bu yerin adını anmıyor. Orta Koridor’un bütünü hakkında söyledikleri Makale görünümündedir.',
      none: 'Makale güzergâhın bu bölümünü ele almıyor.',
    },
    openArticle: 'Makale görünümünü aç',
    paragraph: (n: number[]) => `¶${n.join(', ')}`,
    paragraphLabel: (n: number[]) => `Paragraf ${n.join(', ')}`,
    backgroundSources: (count: number) => (count > 1 ? 'Kaynaklar:' : 'Kaynak:'),
    quoteSource: (speaker: string, outlet: string, date: string, paragraph: number) =>
      `— ${speaker}, ${outlet}, ${date}, paragraf ${paragraph}`,
  },
  figureTable: {
    caption: 'Diğer rakamlar',
    what: 'Ne, ne zaman ve kimden',
    value: 'Değer',
    differ: 'Kaynaklar farklı',
    series: (measuredBy: string, scope: string) => `Seri: ${measuredBy}; ${scope}.`,
  },
  citations: {
    article: 'Kaynak makale',
    articleLine: (publisher: string, date: string, title: string, interviewee: string) =>
      `${publisher}, ${date}: “${title}”, söyleşi: ${interviewee}`,
    paragraphs: (list: number[]) => `paragraf ${list.join(', ')}`,
    figure: (publisher: string, date: string) => `${publisher}, ${date}`,
    figureParagraph: (publisher: string, date: string, paragraph: number) =>
      `${publisher}, ${date}, paragraf ${paragraph}`,
    headline: (title: string) => `“${title}”`,
    described: (title: string) => `[${title}]`,
    missing: 'kaynak eksik',
  },

  units: {
    'USD million': (n) => `${n} milyon ABD doları`,
    'million tonnes': (n) => `${n} milyon ton`,
    'million tonnes per year': (n) => `yılda ${n} milyon ton`,
    TEU: (n) => `${n} TEU`,
    'TEU per year': (n) => `yılda ${n} TEU`,
    days: (n) => `${n} gün`,
    hours: (n) => `${n} saat`,
    km: (n) => `${n} km`,
    visits: (n) => `${n} ziyaret`,
    percent: (n) => `%${n}`,
    times: (n) => `${n} kat`,
    year: (n) => n,
    'million passengers per year': (n) => `yılda ${n} milyon yolcu`,
    tonnes: (n) => `${n} ton`,
    containers: (n) => `${n} konteyner`,
    visitors: (n) => `${n} ziyaretçi`,
    metres: (n) => `${n} m`,
    'centimetres per year': (n) => `yılda ${n} cm`,
    'train pairs per day': (n) => `günde ${n} çift tren`,
    hectares: (n) => `${n} hektar`,
  },
  unitNames: {
    'USD million': 'milyon ABD doları',
    'million tonnes': 'milyon ton',
    'million tonnes per year': 'yılda milyon ton',
    TEU: 'TEU (20 fitlik konteyner)',
    'TEU per year': 'yılda TEU',
    days: 'gün',
    hours: 'saat',
    km: 'km',
    visits: 'ziyaret',
    percent: 'yüzde',
    times: 'kat',
    year: 'yıl',
    'million passengers per year': 'yılda milyon yolcu',
    tonnes: 'ton',
    containers: 'konteyner (TEU değil)',
    visitors: 'ziyaretçi',
    metres: 'metre',
    'centimetres per year': 'yılda santimetre',
    'train pairs per day': 'günde çift tren',
    hectares: 'hektar',
  },
  km: (n: string) => `${n} km`,
  range: (low: string, high: string) => `${low}–${high}`,

  period: {
    cumulative: (end: string) => `toplam, ${end} itibarıyla`,
    cumulativeFrom: (start: string, end: string) => `toplam, ${start} – ${end}`,
    asOf: (date: string) => `${date} itibarıyla`,
    from: (date: string) => `başlangıç: ${date}`,
    forecast: (year: string) => `${year} tahmini`,
    target: (year: string) => `${year} hedefi`,
    planned: (year: string) => `planlanan: ${year}`,
    plannedUndated: 'planlanan',
    targetUndated: 'hedef',
    stated: (label: string, date: string) => `${label} (açıklama tarihi: ${date})`,
    undated: 'tarihsiz',
    withStage: (stage: string, label: string) => `${stage}, ${label}`,
    stages: {
      initial: 'başlangıç',
      'first-stage': 'birinci aşama',
      'next-stage': 'sonraki aşama',
      peak: 'en yüksek',
      eventual: 'nihai',
      'phase-1': '1. etap',
      'after-phase-2': '2. etaptan sonra',
      'after-phases-2-3': '2.–3. etaplardan sonra',
    },
    noDate: 'tarih yok',
  },

  charts: {
    source: (citations: string) => `Kaynak: ${citations}`,
    to: (from: string, to: string) => `${from} – ${to}`,
    article: 'makale',
    otherSource: 'başka bir kaynak',
    notes: 'Bu rakamlara ilişkin notlar',
    noteLead: (period: string, value: string) => `${period}, ${value}:`,
    trade: {
      title: 'Kazakistan ile Azerbaycan arasındaki ticaret',
      label:
        'Kazakistan–Azerbaycan ticaret hacmi, hiçbir zaman birleştirilmeyen iki istatistik serisinde.',
      seriesLabel: (label: string, measuredBy: string) => `${label} (${measuredBy})`,
      note: 'Her blok, kendi rengiyle tek bir istatistik serisidir. Azerbaycan ve Kazakistan bu ticareti farklı şekilde hesaplar; bu yüzden rakamları hiçbir zaman tek bir satırda ya da çizgide birleştirilmez. Dolu çubuklar bir yılın tamamını kapsar; kesikli çubuk ise yalnızca bir bölümünü kapsar, bu yüzden aylık ortalamaları karşılaştırın (≈ …/ay, değerin kapsanan ay sayısına bölümü). Makalenin kendi rakamları “makale” olarak işaretlenmiştir.',
      perMonth: (value: string) => `≈${value}/ay`,
      months: (n: number) => `${n} ay`,
      aboutPerMonth: (value: string) => `ayda yaklaşık ${value}`,
      articleMark: 'makale',
    },
    investment: {
      title: 'İki yönde yatırım: yayımlanmış her toplam',
      label: 'İki ülke arasındaki yatırım, yöne göre yayımlanmış her toplam.',
      direction: (from: string, to: string) => `${from} → ${to}`,
      bar: (series: string, period: string) => `${series}, ${period}`,
      note: 'Her çubuk yayımlanmış bir toplamdır ve onu kimin verdiğine göre renklendirilmiştir. Gösterilmedikçe hiçbiri hangi dönemi kapsadığını belirtmez; bunlar bir zaman serisi değildir ve toplanmaz. Haritadaki oklar makalenin verdiği iki rakamı gösterir.',
    },
    volume: {
      title: 'Koridordaki yük',
      label: 'Orta Koridor’da taşınan yük, sayımı kimin yaptığına göre.',
      disagree: (periods: string) =>
        `Kaynaklar şu dönemler için farklı rakamlar veriyor: ${periods}; her değer gösteriliyor, hiçbiri seçilmiyor.`,
      hollow: 'İçi boş işaretler sayım değil, tahmin ya da plandır.',
      and: ' ve ',
    },
    series: 'Seri',
  },

  overview: {
    eyebrow: 'Bu harita hakkında',
    title: 'Orta Koridor: Çin’den Avrupa’ya',
    intro: (rail: string, sea: string) =>
      `Orta Koridor (Hazar Geçişli Uluslararası Taşımacılık Güzergâhı, TITR), Çin’den yola çıkan yükleri Kazakistan üzerinden, Hazar Denizi’nde feribotla ve ardından Azerbaycan, Gürcistan ve Türkiye üzerinden Avrupa’ya taşır. Bu harita koridoru gerçek demiryolları ve deniz yolları boyunca çizer: kollar dahil, çizilen hatlar boyunca ölçülen demiryolu uzunluğu ${rail}, feribot geçişleri ${sea}.`,
    articleHeading: 'Bu haritanın dayandığı makale',
    articleSource: (outlet: string, date: string, title: string, who: string, role: string) =>
      `${outlet}, ${date}: “${title}”, söyleşi: ${who}, ${role}.`,
    readArticle: 'Makalenin her noktası, sırasıyla (Makale görünümü)',
    arrows:
      'Haritada Hazar’ın üzerindeki mor oklar, makalenin verdiği iki yatırım rakamını gösterir.',
    howTo: 'Harita nasıl kullanılır',
    howToItems: [
      'Panelini açmak için bir çizgiye (demiryolu ya da feribot) veya bir noktaya (liman, sınır kapısı, kavşak ya da şehir) tıklayın veya dokunun.',
      'Bir panel “Makalede” bölümünü yalnızca makale o yerden ya da konudan söz ediyorsa gösterir; “Arka plan” altındaki her şey başka kaynaklardan gelir ve kaynak her paragrafın altında belirtilir.',
      'Kaydırmak için sürükleyin, yakınlaştırmak için tekerleği çevirin ya da iki parmağınızı kullanın. Her panelin paylaşılabilir bir bağlantısı vardır: adres çubuğu açık olanı gösterir.',
      'Makaleden alınan rakamlar paragraf numarasıyla makaleye dayandırılır; başka yerlerden alınan rakamlarda ölçümü kimin yaptığı belirtilir ve kaynaklar farklı rakamlar verdiğinde her değer gösterilir.',
    ],
    compareRoutes:
      'Orta Koridor’u Kuzey güzergâhı, Süveyş ve Afrika’nın çevresinden geçen yollarla karşılaştır',
    timeline: 'Koridorun yıl yıl nasıl inşa edildiğini gör',
    allSources: 'Bu haritanın başvurduğu tüm kaynakları gör',
  },
  articleView: {
    eyebrow: 'Makale',
    byline: (outlet: string, date: string) => `${outlet}, ${date}`,
    interview: (who: string, role: string) => `Söyleşi: ${who}, ${role}.`,
    interviewer: (name: string) => `Söyleşiyi yapan: ${name}.`,
    noInterviewer: 'Makale söyleşiyi yapanın adını vermiyor.',
    link: (outlet: string) => `Makaleyi okuyun: ${outlet}`,
    about: (count: number, paragraphs: number) =>
      `Makalenin ${count} noktası, kendi sözlerimizle ve makaledeki sırasıyla. ¶ numaraları makalenin ${paragraphs} paragrafını sayar (fotoğraf altyazısı sayılmaz). 1–3. paragraflar yayın organının kendi girişidir; 4. paragraftan itibaren Raimov’un görüşleri aktarılır. Kısa alıntılar makalenin kendi sözleridir.`,
    points: 'Makale ne diyor',
    shownOn: 'Haritada:',
    overview: 'Bu harita hakkında',
    tourStep: (n: number, title: string) => `Tur, adım ${n}: ${title}`,
    figures: 'Makalenin rakamları',
  },
  sourcesView: {
    eyebrow: 'Tüm kaynaklar',
    title: 'Kaynaklar',
    intro: (count: number) =>
      `Bu haritanın başvurduğu tüm kaynaklar (toplam ${count}) ve neyi desteklediği. Tırnak içindeki başlıklar, kaynakların kendi başlıklarıdır; köşeli parantez içindeki başlıklar ise başlığı burada kayıtlı olmayan kaynaklar için bizim yazdığımız açıklamalardır.`,
    figures: (list: string) => `Rakamlar: ${list}.`,
    citedIn: (places: string) => `Geçtiği yerler: ${places}.`,
  },
  compare: {
    eyebrow: 'Güzergâhları karşılaştır',
    title: 'Orta Koridor ve diğer güzergâhlar',
    loading: 'Karşılaştırma yükleniyor…',
    failed: 'Karşılaştırma yüklenemedi. Bağlantı geri geldiğinde yeniden deneyin.',
  },
  timeline: {
    eyebrow: 'Kronoloji',
    title: 'Koridor nasıl inşa edildi',
    loading: 'Kronoloji yükleniyor…',
    failed: 'Kronoloji yüklenemedi. Bağlantı geri geldiğinde yeniden deneyin.',
  },
  downloads: {
    title: 'Verileri indir',
    intro:
      'Derste ya da başka yerlerde kullanmak için bu haritanın dayandığı veriler. Her rakamın kaynağı belirtilir; güzergâh ve aktarma merkezleri, izledikleri OpenStreetMap yollarını ve istasyonlarını içerir.',
    route: 'Güzergâh kesimleri (GeoJSON)',
    hubs: 'Aktarma merkezleri (GeoJSON)',
    figures: 'Kaynaklarıyla birlikte rakamlar (CSV)',
    sources: 'Kaynaklar (CSV)',
    compareRoutes: 'Karşılaştırılan güzergâhlar: dört hat (GeoJSON)',
    compareFigures:
      'Karşılaştırılan güzergâhlar: yolculuk süresi, sınırlar, aktarmalar ve maliyet, kaynaklarıyla (CSV)',
    timeline:
      'Kronoloji: her kesimin ve aktarma merkezinin açıldığı tarih ve koridordaki olaylar (CSV)',
    licence:
      'Güzergâh ve aktarma merkezlerinin geometrisi OpenStreetMap’ten türetilmiştir, © OpenStreetMap katkıda bulunanları; bu atıf yapılarak Open Database License (ODbL 1.0) kapsamında yeniden kullanılabilir. Rakamlar her satırda adı geçen kaynaklara aittir.',
    fromFile:
      'Veri dosyaları bu haritanın klasör kopyasında ve web adresinde bulunur; bu tek dosyalık kopya onları içermez.',
    routeNote:
      'Orta Koridor güzergâhı, kesim kesim. lengthKm çizgiden hesaplanır; provenance her çizginin hangi OpenStreetMap yollarını, istasyonlarını ya da deniz yollarını izlediğini belirtir.',
    hubsNote:
      'Orta Koridor’un limanları, sınır kapıları, kavşakları ve şehirleri; provenance her konumun hangi OpenStreetMap düğümünden ya da istasyonundan alındığını belirtir.',
    compareRoutesNote:
      'Güzergâhları karşılaştır görünümünün çizdiği dört güzergâh. lengthKm her hat boyunca ölçülmüştür; demiryolu hatları Orta Koridor ile örtüştükleri yerde onun OpenStreetMap hattını izler, başka yerlerde istasyondan istasyona düz gider; deniz hatları adlandırılmış noktalardan geçer.',
  },
  routeList: {
    label: 'Güzergâh listesi',
    title: 'Güzergâh, doğudan batıya',
    hubs: 'Aktarma merkezleri',
    offRoute: 'Güzergâh dışında: makalenin söz ettiği başkentler',
    meta: (mode: string, length: string) => `${mode}, ${length}`,
  },
  legend: {
    title: 'Açıklama',
    rail: 'Demiryolu',
    ferry: 'Feribot (kesikli)',
    port: 'Liman',
    border: 'Sınır kapısı',
    junction: 'Kavşak',
    city: 'Şehir',
  },
  map: {
    title: 'Orta Koridor haritası',
    description:
      'Çin’deki Sian’dan başlayıp Kazakistan, Hazar Denizi, Azerbaycan, Gürcistan ve Türkiye üzerinden Avrupa’ya uzanan Orta Koridor: demiryolları düz çizgi, feribotlar kesikli çizgi, aktarma merkezleri nokta olarak gösterilir. Harita odaktayken ok tuşları haritayı kaydırır, artı ve eksi tuşları yakınlaştırıp uzaklaştırır, köşeli parantez tuşları [ ve ] bir önceki ya da bir sonraki kesime geçer. Güzergâh listesi her kesimi ve aktarma merkezini bir düğme olarak sunar.',
    wholeCorridor: 'Koridorun tamamı',
    chooseLine: 'Hangi hat?',
    imageTitle: 'Orta Koridor: Çin’den Avrupa’ya',
    credits: {
      basemap: 'Altlık harita: {link} (kamu malı)',
      route: 'Güzergâh: © {link} katkıda bulunanları, ODbL',
    },
    imageAttribution:
      'Altlık harita: Natural Earth. Güzergâh: © OpenStreetMap katkıda bulunanları (ODbL). Harita: Orta Koridor haritası',
    imageFile: 'orta-koridor-haritasi.png',
    imageUnsupported: 'Bu tarayıcı görüntüyü çizemiyor.',
    flowLabel: (value: string, from: string) => `${value}\nyatırımcı: ${from}`,
  },
  announce: {
    segment: (name: string, from: string, to: string, mode: string, length: string) =>
      `${name}, ${from} – ${to}, ${mode}, ${length}`,
    hub: (name: string, kind: string, country: string) => `${name}, ${kind}, ${country}`,
  },
  tour: {
    label: 'Tur',
    previous: 'Önceki',
    next: 'Sonraki',
    steps: 'Adımlar',
    leave: 'Turdan çık',
    leaveShort: 'Çık',
    leaveWord: 'tur',
    progress: (step: number, count: number) => `${step} / ${count}`,
    noteHeading: (step: number, title: string) => `Tur, adım ${step}: ${title}`,
    ask: 'Sınıfa sorun:',
    asIn: (year: string) =>
      `Harita koridoru ${year} yılındaki hâliyle gösteriyor: soluk hatlar o sırada henüz açılmamıştı.`,
    compared: "Çin'den Avrupa'ya giden diğer yollar da çizili: karşılaştırmak için uzaklaştırın.",
    stepFigures: 'Bu adımın rakamları',
    keyFigures: 'Temel rakamlar',
    keySeries: (series: string) => `Seri: ${series}`,
    moreFigures: (count: number) =>
      count === 1
        ? 'Bu adımın rakamı, notlarıyla birlikte eksiksiz'
        : `Bu adımın ${count} rakamının tamamı, notlarıyla birlikte`,
    start: 'Tura başla',
    resume: (step: number) => `Tura dön (adım ${step})`,
    keysHint: 'ya da → / PageDown tuşuna basın',
    blackout: 'Ekran karartıldı: geri dönmek için herhangi bir tuşa basın',
  },
  handout: {
    title: 'Orta Koridor: Çin’den Avrupa’ya',
    intro:
      'Etkileşimli haritaya eşlik eden ders notu. Güzergâh Çin’den başlayıp Kazakistan üzerinden, Hazar Denizi’nde feribotla ve ardından Azerbaycan, Gürcistan ve Türkiye üzerinden Avrupa’ya uzanır.',
    mapAlt: 'Orta Koridor’un tamamının haritası',
    article: (outlet: string, date: string, title: string, who: string, mainLine: string) =>
      `Kaynak makale: ${outlet}, ${date}, “${title}”, söyleşi: ${who}. ${mainLine}`,
    inArticle: 'Makalede',
    background: 'Arka plan',
    figures: 'Rakamlar',
    sources: 'Kaynaklar',
    noPicture:
      'Harita görüntüsü yok: görüntü, “Ders notunu yazdır” düğmesi haritanın çizilebildiği bir yerde kullanıldığında oluşturulur.',
    stepsTitle: 'Adım adım tur',
    step: (n: number, title: string) => `${n}. ${title}`,
    where: (place: string) => `Yer: ${place}.`,
    question: 'Soru:',
    sourcesTitle: 'Kaynaklar',
    moreSources: (count: number) =>
      `ve ${count} kaynak daha; her biri bağlantısıyla birlikte haritanın Kaynaklar görünümünde.`,
    provenance: (date: string) =>
      `Verilerin kaynağı: güzergâh ve aktarma merkezleri OpenStreetMap’ten (© OpenStreetMap katkıda bulunanları, ODbL 1.0), altlık harita Natural Earth’ten türetilmiştir; her rakamın kaynağı belirtilir. Veriler ${date} itibarıyladır (başvurulan en yeni kaynak).`,
    referenceTitle: 'Orta Koridor: öğretmenler için başvuru metni',
    referenceIntro:
      'Güzergâhın her kesimi, doğu → batı, makalenin söyledikleri, arka plan, rakamlar ve kaynaklarla birlikte. Sınıf için ders notu “Ders notunu yazdır” ile yazdırılır.',
  },
  language: {
    label: 'Dil',
    failed: (name: string) => `${name} yüklenemedi (bağlantı yok mu?); harita bu dilde kalıyor.`,
  },
  translation: (text: string) => `Çeviri: ${text}`,
  maplibre: {
    'Map.Title': 'Orta Koridor haritası',
    'NavigationControl.ZoomIn': 'Yakınlaştır',
    'NavigationControl.ZoomOut': 'Uzaklaştır',
    'AttributionControl.ToggleAttribution': 'Atıfları göster/gizle',
    'AttributionControl.MapFeedback': 'Harita geri bildirimi',
    'CooperativeGesturesHandler.WindowsHelpText':
      'Haritayı yakınlaştırmak için Ctrl + kaydırma kullanın',
    'CooperativeGesturesHandler.MacHelpText': 'Haritayı yakınlaştırmak için ⌘ + kaydırma kullanın',
    'CooperativeGesturesHandler.MobileHelpText':
      'Haritayı hareket ettirmek için iki parmak kullanın',
  },
};
