/**
 * What each line of the corridor is, in OpenStreetMap terms: the station node of every hub, the
 * track extract a segment is routed on, and, where OSM has no track here, the chain of stations the
 * line passes. Read only by the maintenance extract (`npm run geo:extract`), which copies it into
 * geo/osm/lines.json for the derive. Numbers are OSM node ids; strings name waypoints in
 * geo/route-overrides.json (points OSM does not have, each with its reason).
 *
 * The chains were chosen once, by the maintainer, from the OSM station extracts: in Kazakhstan every
 * station within 1 km of the previous (Allur-based) line, in order along it; in Türkiye by name
 * along the classic (not high-speed) lines, leaving out YHT stations, tram stops and duplicates.
 */
export type Anchor = number | string;
export type TrackName = 'china' | 'caucasus';

export interface SegmentLine {
  /** The track extract to route on; absent where OSM has only stations for this line. */
  track?: TrackName;
  /** What the line must pass between its two hubs, in order. */
  via: Anchor[];
}

export const HUB_STATIONS: Record<string, Anchor> = {
  xian: 11217698292, // 西安站
  lanzhou: 3481086575, // 兰州西
  urumqi: 2987146433, // 乌鲁木齐 ئۈرۈمچى
  jinghe: 1902381604, // 精河 جىڭ ᠵᠢᠩ
  alashankou: 2662698005, // 阿拉山口 ئالاتاۋ ئېغىزى ᠠᠯᠠᠭ ᠠᠭᠤᠯᠠ
  khorgos: 6316474613, // 霍尔果斯
  dostyk: 4025083258, // Dostıq
  altynkol: 4046956026, // Алтынкөл
  aktogay: 4020137341, // Aqtoğay
  moiynty: 1843860384, // Мойынты
  zhetygen: 2406190344, // Жетыген
  almaty: 260543817, // Almaty-1 station
  shu: 4032336053, // Chu
  kyzylorda: 4029732481, // Kyzylorda
  zhezkazgan: 922818608, // Jezqazğan
  saksaulskaya: 2404537552, // Сексеуіл
  shalkar: 4032336057, // Шалқар
  beineu: 4064729697, // Beyneu
  mangyshlak: 4034464670, // Mañğıstaw
  aktau: 7066248958, // Aktau port
  kuryk: 11910129790, // Qurıq port
  alat: 'alat-rail-terminal',
  ganja: 3072419334, // Ganja
  'boyuk-kesik': 2857851598, // Böyük Kəsik Stansiyası
  tbilisi: 1448030489, // Tbilisi Central Station
  marabda: 10781805793, // Marabda
  akhalkalaki: 'akhalkalaki-station',
  samtredia: 10056291791, // Samtredia-1
  poti: 'poti-quay',
  batumi: 'batumi-quay',
  kars: 2005962642, // Kars
  erzurum: 13239613528, // Erzurum
  sivas: 10820137957, // Sivas
  ankara: 9747501490, // Ankara
  istanbul: 2253949587, // Halkalı
  kapikule: 11132878356, // Kapıkule
  constanta: 12737156332, // Constanța Ferry-Boat
};

/** Station chains of the lines with no track in the extracts, in order, without the end hubs. */
const CHAINS: Record<string, Anchor[]> = {
  'dostyk-aktogay': [
    4064729705, // Разъезд №19
    7086086252, // 276 км
    4025962073, // Жалаңашкөл
    534087569, // Разъезд №16
    2790264981, // Көктұма
    2790264982, // Акши
    7086080097, // 185 км
    3792994112, // Жайпақ
    534086812, // Besköl
    243171988, // Разъезд № 8
    2790479712, // Сайкан
    2790241875, // Разъезд №5
    4049889224, // Сарыкум
    2790241973, // Разъезд №2
    2790241850, // Шығыс Ақтоғай
  ],
  'aktogay-moiynty': [
    3792621586, // №33 темір жол айрығы
    3797972129, // № 4
    815007049, // Жаксыбулак
    7088135406, // № 3
    3797979185, // Шолькызыл
    7088050109, // № 2
    7088031758, // № 1
    2614557959, // Sayaq
    3798744279, // Тагынкара
    3798746439, // Ащыөзек
    2417533849, // Ақжайдақ
    3798747642, // Токырау
    2417533848, // Орта-Дересин
    2420440248, // жд вокзал Балхаш 2
    2417386480, // Балхаш 1
    2417386404, // Кокдомбак
    2417386430, // Сарыкум
    3798750725, // Буйрек
  ],
  'altynkol-zhetygen': [
    3791839392, // Кундызды
    3791842657, // Керімағаш
    3791839378, // Айдарлы
    3791054349, // Таскарасу
    3791058496, // Шарын
    3791057520, // Ортакудык
    3789960682, // Нурлы
    1395135506, // Сиань Жетысу
    3789960760, // Шелек
    3790634710, // Жинишкесу
    3790638768, // Жарсу
    3789505242, // Екпинди
    3789961474, // Курозек
  ],
  'zhetygen-almaty': [
    3789489962, // Қайрат
    7086714010, // 1653 км
    10581590533, // Байсерке
    7066654365, // Байсерке
    3789494257, // Жетісу
    3789484227, // Медеу
  ],
  'almaty-shu': [
    2847562193, // Boralday
    6182647585, // Köközek
    2841560175, // Ақсеңгір
    7085909977, // 4031 км
    1136368782, // Чемолган
    1136897837, // Жібек жолы
    3789056851, // Құрқұдық
    3789058866, // Жыңғылды
    2841466293, // Қазыбек бек ауылы
    8974911989, // Жиренайғыр
    4041217729, // Саз
    4034464668, // Қопа
    3789041869, // Жайлау
    1205844824, // Чили Бастау
    2844003932, // Қызылтаң
    2847583994, // Otar
    3788901830, // Кулжабасы
    4041217728, // Қордай
    4030794166, // Шыңырау
    4041217722, // Аңырақай
    4022911766, // Бел
    4041217727, // Құлақшын
    4034464663, // Алаайғыр
    4032336059, // Шоқпар
    3788894160, // Байшешек
    4025083264, // Еспе
    4026381501, // Көктөбе
    3788892520, // Кемер
    4022911768, // Бірлік I
  ],
  'moiynty-shu': [
    2794688218, // Шешенкара
    2794687731, // Кара-Жингил
    7086500905, // 1119 км
    2794688223, // Весна
    2794687744, // Новалы
    7086409410, // Сулыжер
    1843860383, // Сарышаған
    2792147106, // Көктас
    7113958580, // Жайдак(рзд)
    244015237, // Кашкан-Тениз
    3803630407, // Жастар
    4030794154, // Мыңарал
    3803626377, // Ушбалык
    2418528008, // Қайраткөл
    1843860382, // Шығанақ
    2418528007, // Бурылбайтал
    2418536519, // Кара-Сай
    2407236484, // Қияқты
    7086473120, // Сарыбулак
    4022911773, // Hantay
    7070458956, // Сункар
    2420089678, // Жиделі
    4049889221, // Бірлік 2
    4022911768, // Бірлік I
  ],
  'moiynty-zhezkazgan': [
    3804028853, // Аркарлы
    3804030259, // Киікті
    3804031566, // Ақшағыл
    2403389642, // Босаға
    2401372169, // Донгал
    1843860385, // Ақадыр
    2791975582, // Айса
    2791975958, // Нилды
    3804046056, // Сарысу
    2433500332, // Сәкен Сейфуллин
    3804123435, // 17 км темір жол айрығы
    3804121887, // №33-темір жол айрығы
    7084508165, // №43-темір жол айрығы
    271299508, // Көктіңкөлі
    4040497236, // 69 km
    7067981723, // 82 км
    2434847849, // Janaarqa
    3804162558, // 117 km
    2435194156, // Атасу
    3804136098, // рзд. №157
    3804152755, // Мыңадыр
    3804146951, // Жомарт
    3804137033, // Женыс
    2434847853, // Qysylzhar
    3804145697, // Түйемойнақ
    3804136289, // Terekti
    3804178885, // 366 км
    3804144194, // рзд. №60
    9077139848, // Қож үйіндісі
  ],
  'zhezkazgan-saksaulskaya': [
    9081437861, // Қостанкелді
    3619094580, // Карсакбай
    3617792725, // разъезд Байконыр
    4430883078, // рзд. №5
    3617761158, // Коктал
    4430891192, // рзд. №8
    3617596426, // Косколь
    3617596427, // станция Промежуточная
    3617549887, // Абай
    7081964685, // Карашеген
    7081966486, // 19
    7069183330, // Тербенбес
  ],
  'shu-kyzylorda': [
    3788880863, // Аспара
    3788884096, // Тәтті
    12364504754, // Қорағаты
    4030109523, // Lugovoy
    5792663986, // станция Кумарык
    3788869534, // Малдыбай
    3788871522, // Akyrtobe
    2839364728, // Ақшолақ
    240471692, // Уч-Булак
    3788870964, // Талас
    4057490819, // Тараз
    3788749509, // Құмшағал
    3788737432, // Sholdala
    7082264265, // Жоон-Дөбө
    7072043672, // Маймак
    3788745646, // Күркіреусу
    3788745960, // Сурум
    3788745560, // Borandy station
    3788743214, // Чокпак
    7082272878, // 3409 км
    7066131789, // Абайыл
    3788742150, // №115 басып озу пункті
    7084746080, // 3392 км
    4031286688, // Tulkibas
    7072139034, // Көктерек
    4518956492, // Менлибай
    2796075145, // Састобе
    3788750968, // Ынтымақ
    2796075144, // Аксукент
    3788753266, // Кзыл-Сай
    2753413127, // Shymkent
    7072098389, // Қорғасын
    3788734307, // Черноводский
    4064729700, // Кокбулак
    2420760814, // Бадам
    3788732687, // Калаш
    4064729702, // Парковый
    4021927562, // Арыс 1
    2624400776, // Акдала
    2747032742, // Қостүйін
    2747032735, // Қарақоңыр
    2713854888, // №37 Остановочный Пункт
    4072001994, // Темір
    2624378245, // Ақшоқат
    2754733225, // Ұзынқұдық
    2624378273, // Отрабат
    2624378294, // Куншагыр
    2624400786, // Shojtobe
    1326669039, // Turkestan
    7080018354, // № 32
    4030794164, // Шорнак
    2795883629, // Сауран
    7080019048, // № 30
    7064865231, // Сатымсай
    2722871635, // Беш-Арык
    2582433819, // Талап
    2714060328, // Аккум
    2714060780, // Боройнак
    2714060728, // № 26 темір жол айрығы
    4025962074, // Jañaqorğan
    2714084949, // Жайылма
    2714084939, // Бөртескен
    2714084927, // Төменарық
    2714084943, // Екпінді
    2714084934, // Ақмая
    7085896599, // №22-темір жол айрығы
    2628533161, // Şïeli
    7080021604, // № 21
    2628530255, // №20-темір жол айрығы
    2587836290, // Бәйгеқұм
    7080005776, // Коскаракум
    3788144774, // №18 темір жол айрығы
    3788112266, // Тартоғай
    3788109049, // Майлытоғай
    7418937994, // №16 жол айрығы
    3788109551, // Соло-Тюбе
    3788140078, // Керкелмес
    3788135867, // Разъезд №14
    3788109125, // Бирказан
    7068034783, // Буребай
    2620995220, // Белкуль
  ],
  'kyzylorda-saksaulskaya': [
    7069407978, // №11-темір жол айрығы
    7068017831, // Актайлак
    4025962071, // Кара-Узяк
    7067967378, // Айтек
    7069418716, // Майлыкум
    2587843690, // Terenozek
    7069406645, // Кабылкуль
    2581971224, // Джалагаш
    3787089679, // Караирим
    7069400516, // Коктонды
    4025962079, // Каракеткен
    7069390016, // Кайршакты
    3787103099, // Кизил-Там
    2620965493, // Ана-Куль
    4022911772, // Жосалы
    2714136916, // Урдазы
    7069392424, // №107-А
    2714136918, // Хор-Хут
    7069383990, // Белтакыр
    7069320659, // Кемесалған
    2714136920, // Диірментөбе
    7069356768, // 2612 км ПК5
    7069354296, // 2603 км ПК6
    4031286685, // Töretam
    7069284856, // Акжар
    2389957476, // Raz'ezd Bostandik
    3784202858, // Байқожа
    7069220177, // Тубек
    2389957515, // №99-темір жол айрығы
    2389957471, // Майлыбас
    7069273449, // Кызыласкер
    2389957496, // Көбек
    2389957489, // Uindu
    7069249239, // Алтай
    2389857352, // Қазалы
    2587612377, // Bikbauli
    7069241389, // Укилисай
    2587276313, // Қамыстыбас
    7069203270, // №92-темір жол айрығы
    7069214468, // №91-темір жол айрығы
    2583463628, // Шөміш
    2583463785, // Аралқұм
    1434132743, // Сапақ
    7069216012, // Тасбөгет
    8973984445, // №87-темір жол айрығы "Алтықұдық"
    1802312886, // Aral sea
    7069167083, // 2364 км ПК2
    7069207815, // Сарышығанақ
    2587653383, // Көнту
    7069205294, // Құмсағыз
    7069183330, // Тербенбес
  ],
  'saksaulskaya-beineu': [
    1913649720, // Курлык
    1913649749, // Сарыулек
    1913649718, // Chokusu
    7081989208, // Заря Востока
    1913649716, // Razezd Askepe
    1913649750, // Карашокат
    7111531086, // Кошкин
    1913649729, // Шагыр
    1913649745, // Razezd Chilikti
    1913649747, // Tugus
    7063163984, // Шенды
    1913649735, // Тосбулак
    7111843428, // №73
    1913649732, // Djilan
    7081973252, // Кособа
    2622423708, // Кендала
    1913649740, // Копмола
    8973987143, // Копотай
    2622631382, // Ушкурай
    4032336057, // Шалқар
    7061767086, // Сарыжиде
    5887782963, // Аккайтым
    7062781084, // Байкадам
    7062790362, // Бегимбет
    7076958179, // Домбар
    7076966073, // Шукыр
    7076944047, // Жанак
    7076942982, // Кампала
    4280997490, // Тассай
    7072155558, // Сагыр
    7076966076, // Санкыбай
    4323957789, // Кабель
    7062977473, // Тұрыш
    4264573137, // Ноғайты темір жол айрығы
    4264573203, // Сам
    2992341383, // Кок-бекты
  ],
  'beineu-mangyshlak': [
    8559076879, // №1
    3785019403, // Siding № 1
    3785014848, // Siding № 2
    7086733128, // № 3
    3785023818, // Устюрт
    7086722843, // № 5
    3785026318, // Siding № 6
    7195503687, // Siding № 7
    4036867231, // Сай-Утес
    7086747541, // № 8
    4049889223, // Манат
    4036867229, // Siding № 10
    3016356000, // Разъезд № 11
    4036867230, // Разъезд № 12-Г
    7086730061, // № 13
    2406784273, // Шетпе
    2406513186, // Разъезд Но. 15
    7070474230, // Тамак
  ],
  'mangyshlak-aktau': [],
  'mangyshlak-kuryk': [
    4072423867, // Боржакты
    7066119030, // Ersai
  ],
  'kars-erzurum': [
    10242044766, // Benliahmet
    2784864445, // Selim
    1030362574, // Sarıkamış
    2090688385, // Soğanlı
    2785730097, // Karaurgan
    2691635589, // Süngütaşı
    2090688265, // Hızırilyas
    2691634203, // Horasan
    2090688163, // Karaçuha
    2691629710, // Köprüköy
    2691631732, // Hasankale
    13537163197, // Alvar
    1851530432, // Uzunahmet
  ],
  'erzurum-sivas': [
    2784870836, // Palandöken
    13236848823, // Ilıca (Aziziye)
    2691626332, // Kandilli
    2044818133, // Aşkale
    13236383449, // Saptıran
    1804254612, // Karasu
    2691621936, // Erbaş
    1804305830, // Çadırkaya
    1804303985, // Mercan
    2784873940, // Altunkent
    2691613017, // Demirkapı
    1019524422, // Geçit
    1019524713, // Tanyeri
    13543265469, // Gökbayır
    1019524637, // Altınbaşak
    1019524264, // Erzincan
    13542860427, // Dumanlı
    2909589816, // Cebesoy
    13233090414, // Alp
    1030362885, // Kemah
    2632458725, // Eriç
    2313668954, // Çakşur
    2313668761, // Yahşiler
    2313668703, // Güllübağ
    3063572644, // İliç
    3063529081, // Bağıştaş
    2632461402, // Adatepe
    2686656046, // Kemaliyeçaltı
    13543252649, // Burmahan
    2632465907, // Dutluk
    1211656614, // Dazlak
    1211648706, // Çiğdem
    1211647863, // Divriği
    2755862130, // Demirdağ
    2755862129, // Cürek
    1211785004, // Bahçeli
    1211778407, // Göçentaşı
    2726740663, // Güneş
    1208397892, // Avşar
    1805182557, // Kabakçevliği
    1208398419, // Çetinkaya
    2790047428, // Temürün
    1818128276, // Kangal
    2633427933, // Bozarmut
    1426057762, // Karagöl
    1426057756, // Ayvaz
    2633437752, // Eskiköy
    13542939764, // Eski Karasar
    2633436374, // Karasar
    1818639872, // Tecer
    1021732572, // Ulaşşehir
    1021731954, // Ulaş
    1020960459, // Bostankaya
    2633458528, // Taşlıdere
  ],
  'sivas-ankara': [
    7933809115, // Kalın
    13297068806, // Karalıköy
    1022802015, // Bedirli
    1544856210, // Gözmen
    13297057668, // Hanlı
    2679029399, // Gücük
    11309220631, // Şarkışla
    1056006985, // Topac
    1022808796, // İhsanlı
    1022765315, // Yeniçubuk
    2679025074, // Karaözü
    1878229658, // Sarıoğlan
    2679028082, // Tuzla (Kayseri)
    2679027156, // Tuzhisar
    2679028128, // Sarımsaklı
    13338125400, // Gömeç
    11309230921, // Kayseri
    12576453388, // Boğazköprü
    1803640762, // Beydeğirmeni
    2679020381, // Kalkancık
    1203605825, // Himmetdede
    13353304195, // Paşalı
    13353340109, // Fehimli
    2679017576, // Yenifakılı
    2679016922, // Kanlıca
    2679016606, // Karasenir
    2320732874, // Sarıkent
    2319789289, // Şefaatli
    2679015583, // Caferli
    2679015726, // Karaosman
    1825492023, // Yerköy
    13370346104, // Tatbekirli
    1038144898, // Sekili
    11309220597, // Yeniyapan
    12538984911, // Delice
    1038144963, // Çerikli
    13371885220, // Yağlı
    13369738280, // İzzettin
    1038519101, // Balışıh
    1038519200, // Mahmutlar
    11309220599, // Kırıkkale
    1038522591, // Yahşihan
    2626037720, // Kılıçlar
    13371861687, // Kurbağalı
    11309220660, // Elmadağ
    12012657166, // Lalabel
    2626026172, // Lalahan
    13371825857, // Nenek
    2626019497, // Kayaş
    6942688155, // Köstence
    6942688154, // Üreğil
    6942688153, // Bağderesi
    6942688152, // Mamak
    6942688151, // Saimekadın
    6942688150, // Demirlibahçe
    6942688149, // Cebeci
    6942688138, // Kurtuluş
    6942688137, // Yenişehir
  ],
  'ankara-istanbul': [
    7528826155, // Hipodrom
    6981627649, // Gazi Mahallesi
    6080817083, // Gazi
    6981627650, // Motor
    6981627652, // Behiçbey
    6981627663, // Yıldırım
    6981627664, // Hava
    1339863753, // Etimesgut
    1339958347, // Özgüneş
    6982425707, // Eryaman
    8004018096, // Elvankent
    8004018093, // Lale
    8004018090, // Sincan
    2627509575, // Esenkent
    2627510830, // Türkobası
    2627512379, // Malıköy
    2627513597, // Temelli
    2627514165, // Poyraz
    2627515614, // Yenidoğan
    11549112483, // Karapınar
    1037720654, // Polatlı
    1891369937, // Beylikköprü
    13371788246, // Sazılar
    2679004379, // Biçer
    2679002922, // Sazak
    2678998489, // Yunusemre
    13504212376, // Yalınlı
    1037719716, // Beylikova
    1114702237, // Alpu
    977917658, // Ağapınar
    4319806492, // Hasanbey
    2707315513, // Eskişehir
    13365924590, // Enveriye
    4319545783, // Karagözler
    2707000941, // Çukurhisar
    2706780621, // İnönü
    1634040345, // Bozüyük
    2704811021, // Ayvalı
    282824090, // Karaköy
    2704620183, // Yayla
    2857536506, // Bilecik
    13362534707, // Pelitözü
    1129430258, // Vezirhan
    13378256121, // Sarmaşık
    1918589900, // Osmaneli
    4935284080, // Mekece
    1392072230, // Pamukova
    2698765850, // Alifuatpaşa
    13522088113, // Doğançay
    2694271807, // Sapanca
    4934435244, // Büyük Derbent
    2692357799, // Köseköy
    11065364597, // İzmit
    10820574849, // Derince
    2562030343, // Hereke
    13569965680, // Tavşancıl
    6764109168, // Gebze
    5085899451, // Darıca
    5085891619, // Osmangazi
    5085864850, // GTÜ-Fatih
    5085864847, // Çayırova
    5084154170, // Tuzla
    5084138614, // İçmeler
    5084128493, // Aydıntepe
    5084119890, // Güzelyalı
    5084106192, // Tersane
    2360893097, // Kaynarca
    617375011, // Pendik
    1907439622, // Yunus
    1000822648, // Kartal
    6328169453, // Başak
    282909259, // Atalar
    282909973, // Cevizli
    617374899, // Maltepe
    617374883, // Süreyya Plajı
    617374869, // İdealtepe
    282903538, // Küçükyalı
    5272471218, // Bostancı
    5298185983, // Suadiye
    1908362611, // Erenköy
    6690847579, // Göztepe
    6328169452, // Feneryolu
    6321654790, // Söğütlüçeşme
    1898304351, // Ayrılık Çeşmesi
    5442551070, // Üsküdar
    12660718814, // Sirkeci
    2511296163, // Yenikapı
    3305442183, // Kazlıçeşme
    251733019, // Zeytinburnu-Fişekhane
    1184766559, // Yenimahale
    5885475439, // Bakırköy
    6325698566, // Ataköy
    1184766586, // Yeşilyurt
    1744724160, // Yeşilköy
    6328169449, // Florya Akvaryum
    1027924561, // Florya
    6328169451, // Küçükçekmece
    6328169450, // Mustafa Kemal
  ],
  'istanbul-kapikule': [
    9665946450, // Konut Birlik
    9665946451, // Altınşehir
    9665946458, // Ispartakule
    9665946456, // Bahçeşehir
    13140866846, // Ömerli
    2625916043, // Çatalca
    2625912908, // Kabakça
    287816799, // Sinekli
    2623370290, // Çayırdere
    450512236, // Çerkezköy Tren İstasyonu
    13001225115, // Profilo
    1906693567, // Çorlu
    2255041702, // Muratlı
    2560639600, // Seyitler
    2502544119, // Lüleburgaz
    11132878358, // Alpullu
    13376850652, // Mandıra
    13528589871, // Pehlivanköy
    12228171645, // Sazlımalkoç
    12228171644, // Bahçıvanova
    12228171643, // Kırcasalih
    12228171642, // Şerbettar
    2560606964, // Abalar
    13206521717, // Tayyakadın
    11132878357, // Edirne
  ],
  'akhalkalaki-kars': [
    13249471534, // Kartsakhi
    13249471514, // Canbazlar
    13249471379, // Canbaz
    13249471308, // Güvercin
    2691661812, // Mezra
  ],
};

const chain = (id: string): Anchor[] => CHAINS[id] ?? [];

export const SEGMENT_LINES: Record<string, SegmentLine> = {
  // The extract has no track between Longxi and Xiaguanying (around Dingxi): a chord there.
  'xian-lanzhou': { track: 'china', via: ['dingxi-gap-east', 'dingxi-gap-west'] },
  // No track or station in the Hexi corridor: through the Natural Earth points of its towns.
  'lanzhou-urumqi': {
    track: 'china',
    via: ['hexi-gap-east', 'wuwei', 'zhangye', 'jiayuguan', 'hexi-gap-west'],
  },
  'urumqi-jinghe': { track: 'china', via: [] },
  'jinghe-alashankou': { track: 'china', via: [] },
  'jinghe-khorgos': { track: 'china', via: [] },
  // Chinese track to the border, then straight to the Kazakh station (no Kazakh track here).
  'alashankou-dostyk': { track: 'china', via: [] },
  'khorgos-altynkol': { track: 'china', via: [] },
  'dostyk-aktogay': { via: chain('dostyk-aktogay') },
  'aktogay-moiynty': { via: chain('aktogay-moiynty') },
  'altynkol-zhetygen': { via: chain('altynkol-zhetygen') },
  'zhetygen-almaty': { via: chain('zhetygen-almaty') },
  'almaty-shu': { via: chain('almaty-shu') },
  'moiynty-shu': { via: chain('moiynty-shu') },
  'moiynty-zhezkazgan': { via: chain('moiynty-zhezkazgan') },
  'zhezkazgan-saksaulskaya': { via: chain('zhezkazgan-saksaulskaya') },
  'shu-kyzylorda': { via: chain('shu-kyzylorda') },
  'kyzylorda-saksaulskaya': { via: chain('kyzylorda-saksaulskaya') },
  'saksaulskaya-beineu': { via: chain('saksaulskaya-beineu') },
  'beineu-mangyshlak': { via: chain('beineu-mangyshlak') },
  'mangyshlak-aktau': { via: chain('mangyshlak-aktau') },
  'mangyshlak-kuryk': { via: chain('mangyshlak-kuryk') },
  'alat-ganja': { track: 'caucasus', via: [] },
  'ganja-boyuk-kesik': { track: 'caucasus', via: [] },
  'boyuk-kesik-tbilisi': { track: 'caucasus', via: [] },
  'tbilisi-marabda': { track: 'caucasus', via: [] },
  'marabda-akhalkalaki': { track: 'caucasus', via: [] },
  // Georgian track to the border, then the Turkish BTK stations (no Turkish track here).
  'akhalkalaki-kars': { track: 'caucasus', via: chain('akhalkalaki-kars') },
  'tbilisi-samtredia': { track: 'caucasus', via: [] },
  'samtredia-poti': { track: 'caucasus', via: [] },
  // The port sidings are a separate piece of track in the extract: bridged from the main line's end.
  'samtredia-batumi': { track: 'caucasus', via: ['batumi-main-line-end', 'batumi-port-track'] },
  'kars-erzurum': { via: chain('kars-erzurum') },
  'erzurum-sivas': { via: chain('erzurum-sivas') },
  'sivas-ankara': { via: chain('sivas-ankara') },
  'ankara-istanbul': { via: chain('ankara-istanbul') },
  'istanbul-kapikule': { via: chain('istanbul-kapikule') },
};
