"""What the synthetic country of `demo.national` is made of: its districts and towns, facility line-ups,
cadre mixes, people's names and the fifty courses, as plain data."""

from demo import workforce as demo_workforce
from workforce.models import OrgUnit

FacilityType = OrgUnit.FacilityType

# --- The country -------------------------------------------------------------------------------------

# Each region's districts (tuman) and towns (shahar) as "Uzbek stem/Russian[/English]". A leading "*"
# marks a town, whose Russian is its name; a district's Russian is its adjective ("… район"). The first
# town is the regional centre. English defaults to the Uzbek stem without its apostrophes.
DISTRICTS = {
    "1735": "*Nukus/Нукус|Amudaryo/Амударьинский/Amudarya|Beruniy/Берунийский|Boʻzatov/Бозатауский|"
    "Chimboy/Чимбайский|Ellikqalʼa/Элликкалинский|Kegeyli/Кегейлийский|Moʻynoq/Муйнакский/Muynak|"
    "Nukus/Нукусский|Qanlikoʻl/Канлыкульский/Kanlikul|Qoʻngʻirot/Кунградский/Kungrad|"
    "Qoraoʻzak/Караузякский/Karauzyak|Shumanay/Шуманайский|Taxiatosh/Тахиаташский/Takhiatash|"
    "Taxtakoʻpir/Тахтакупырский/Takhtakupir|Toʻrtkoʻl/Турткульский/Turtkul|Xoʻjayli/Ходжейлийский/Khodjeyli",
    "1703": "*Andijon/Андижан/Andijan|Andijon/Андижанский/Andijan|Asaka/Асакинский|Baliqchi/Балыкчинский|"
    "Boʻston/Бустанский/Buston|Buloqboshi/Булакбашинский/Bulakbashi|Izboskan/Избасканский|"
    "Jalaquduq/Джалакудукский/Jalakuduk|Xoʻjaobod/Ходжаабадский/Khojaobod|Qoʻrgʻontepa/Кургантепинский/Kurgantepa|"
    "Marhamat/Мархаматский|Oltinkoʻl/Алтынкульский/Altinkul|Paxtaobod/Пахтаабадский/Pakhtaabad|"
    "Shahrixon/Шахриханский/Shakhrikhan|Ulugʻnor/Улугнорский/Ulugnor|*Xonobod/Ханабад/Khanabad",
    "1706": "*Buxoro/Бухара/Bukhara|Olot/Алатский/Alat|Buxoro/Бухарский/Bukhara|Gʻijduvon/Гиждуванский/Gijduvan|"
    "Jondor/Жондорский|Kogon/Каганский/Kagan|Qorakoʻl/Каракульский/Karakul|Qorovulbozor/Караулбазарский/Karaulbazar|"
    "Peshku/Пешкунский|Romitan/Ромитанский|Shofirkon/Шафирканский/Shafirkan|Vobkent/Вабкентский/Vabkent|"
    "*Kogon/Каган/Kagan",
    "1708": "*Jizzax/Джизак/Jizzakh|Arnasoy/Арнасайский|Baxmal/Бахмальский/Bakhmal|Doʻstlik/Дустликский/Dustlik|"
    "Forish/Фаришский|Gʻallaorol/Галляаральский/Gallaaral|Sharof Rashidov/Шараф-Рашидовский|"
    "Mirzachoʻl/Мирзачульский/Mirzachul|Paxtakor/Пахтакорский/Pakhtakor|Yangiobod/Янгиабадский|"
    "Zafarobod/Зафарабадский|Zarbdor/Зарбдарский|Zomin/Зааминский/Zaamin",
    "1710": "*Qarshi/Карши/Karshi|Chiroqchi/Чиракчинский/Chirakchi|Dehqonobod/Дехканабадский/Dekhkanabad|"
    "Gʻuzor/Гузарский/Guzar|Qamashi/Камашинский/Kamashi|Qarshi/Каршинский/Karshi|Koson/Касанский/Kasan|"
    "Kasbi/Касбийский|Kitob/Китабский/Kitab|Mirishkor/Миришкорский|Muborak/Мубарекский/Mubarek|"
    "Nishon/Нишанский/Nishan|Shahrisabz/Шахрисабзский/Shakhrisabz|Yakkabogʻ/Яккабагский/Yakkabag|"
    "Koʻkdala/Кукдалинский/Kukdala|*Shahrisabz/Шахрисабз/Shakhrisabz",
    "1712": "*Navoiy/Навои|Konimex/Канимехский/Kanimekh|Karmana/Карманинский|Qiziltepa/Кызылтепинский/Kiziltepa|"
    "Xatirchi/Хатырчинский/Khatirchi|Navbahor/Навбахорский|Nurota/Нуратинский/Nurata|Tomdi/Тамдынский/Tamdi|"
    "Uchquduq/Учкудукский/Uchkuduk|*Zarafshon/Зарафшан/Zarafshan",
    "1714": "*Namangan/Наманган|Chortoq/Чартакский/Chartak|Chust/Чустский|Kosonsoy/Касансайский/Kasansay|"
    "Mingbuloq/Мингбулакский/Mingbulak|Namangan/Наманганский|Norin/Нарынский/Naryn|Pop/Папский/Pap|"
    "Toʻraqoʻrgʻon/Туракурганский/Turakurgan|Uchqoʻrgʻon/Учкурганский/Uchkurgan|Uychi/Уйчинский|"
    "Yangiqoʻrgʻon/Янгикурганский/Yangikurgan",
    "1718": "*Samarqand/Самарканд/Samarkand|Bulungʻur/Булунгурский/Bulungur|Ishtixon/Иштыханский/Ishtikhon|"
    "Jomboy/Джамбайский|Kattaqoʻrgʻon/Каттакурганский/Kattakurgan|Qoʻshrabot/Кошрабадский/Koshrabot|"
    "Narpay/Нарпайский|Nurobod/Нурабадский/Nurabad|Oqdaryo/Акдарьинский/Akdarya|Paxtachi/Пахтачийский/Pakhtachi|"
    "Payariq/Пайарыкский|Pastdargʻom/Пастдаргомский/Pastdargom|Samarqand/Самаркандский/Samarkand|"
    "Tayloq/Тайлакский/Taylak|Urgut/Ургутский|*Kattaqoʻrgʻon/Каттакурган/Kattakurgan",
    "1722": "*Termiz/Термез/Termez|Angor/Ангорский|Bandixon/Бандиханский/Bandikhon|Boysun/Байсунский/Baysun|"
    "Denov/Денауский/Denau|Jarqoʻrgʻon/Джаркурганский/Jarkurgan|Qiziriq/Кизирикский/Kizirik|"
    "Qumqoʻrgʻon/Кумкурганский/Kumkurgan|Muzrabot/Музрабадский/Muzrabad|Oltinsoy/Алтынсайский/Altinsay|"
    "Sariosiyo/Сариасийский/Sariasiya|Sherobod/Шерабадский/Sherabad|Shoʻrchi/Шурчинский/Shurchi|"
    "Termiz/Термезский/Termez|Uzun/Узунский",
    "1724": "*Guliston/Гулистан/Gulistan|Oqoltin/Акалтынский/Akaltin|Boyovut/Баяутский/Bayaut|"
    "Guliston/Гулистанский/Gulistan|Xovos/Хавастский/Khavast|Mirzaobod/Мирзаабадский/Mirzaabad|"
    "Sayxunobod/Сайхунабадский/Saykhunabad|Sardoba/Сардобинский|Sirdaryo/Сырдарьинский/Syrdarya|"
    "*Yangiyer/Янгиер|*Shirin/Ширин",
    "1727": "*Nurafshon/Нурафшан/Nurafshan|Bekobod/Бекабадский/Bekabad|Boʻstonliq/Бостанлыкский/Bostanlyk|"
    "Boʻka/Букинский/Buka|Chinoz/Чиназский/Chinaz|Qibray/Кибрайский/Kibray|Ohangaron/Ахангаранский/Akhangaran|"
    "Oqqoʻrgʻon/Аккурганский/Akkurgan|Parkent/Паркентский|Piskent/Пскентский/Pskent|"
    "Quyi Chirchiq/Куйичирчикский/Kuyi Chirchik|Oʻrta Chirchiq/Уртачирчикский/Urta Chirchik|"
    "Yangiyoʻl/Янгиюльский/Yangiyul|Yuqori Chirchiq/Юкоричирчикский/Yukori Chirchik|Zangiota/Зангиатинский/Zangiata|"
    "Toshkent/Ташкентский/Tashkent|*Olmaliq/Алмалык/Almalyk|*Angren/Ангрен|*Chirchiq/Чирчик/Chirchik",
    "1726": "Uchtepa/Учтепинский|Bektemir/Бектемирский|Yunusobod/Юнусабадский/Yunusabad|"
    "Mirzo Ulugʻbek/Мирзо-Улугбекский/Mirzo Ulugbek|Mirobod/Мирабадский/Mirabad|"
    "Shayxontohur/Шайхантахурский/Shaykhontohur|Olmazor/Алмазарский/Almazar|Sergeli/Сергелийский|"
    "Yakkasaroy/Яккасарайский/Yakkasaray|Yashnobod/Яшнабадский/Yashnabad|Yangihayot/Янгихаётский|"
    "Chilonzor/Чиланзарский/Chilanzar",
    "1730": "*Fargʻona/Фергана/Fergana|Oltiariq/Алтыарыкский/Altiarik|Bagʻdod/Багдадский/Bagdad|"
    "Beshariq/Бешарыкский/Beshariq|Buvayda/Бувайдинский|Dangʻara/Дангаринский/Dangara|Fargʻona/Ферганский/Fergana|"
    "Furqat/Фуркатский/Furkat|Qoʻshtepa/Куштепинский/Kushtepa|Quva/Кувинский/Kuva|Rishton/Риштанский/Rishtan|"
    "Soʻx/Сохский/Sokh|Toshloq/Ташлакский/Tashlak|Uchkoʻprik/Учкуприкский/Uchkuprik|"
    "Oʻzbekiston/Узбекистанский/Uzbekistan|Yozyovon/Язъяванский/Yazyavan|*Margʻilon/Маргилан/Margilan|"
    "*Qoʻqon/Коканд/Kokand|*Quvasoy/Кувасай/Kuvasay",
    "1733": "*Urganch/Ургенч/Urgench|Bogʻot/Багатский/Bagat|Gurlan/Гурленский/Gurlen|Xonqa/Ханкинский/Khanka|"
    "Hazorasp/Хазараспский/Khazarasp|Xiva/Хивинский/Khiva|Qoʻshkoʻpir/Кошкупырский/Koshkupir|"
    "Shovot/Шаватский/Shavat|Urganch/Ургенчский/Urgench|Yangiariq/Янгиарыкский/Yangiarik|"
    "Yangibozor/Янгибазарский/Yangibazar|Tuproqqalʼa/Тупроккалинский/Tuprakkala|*Xiva/Хива/Khiva",
}  # fmt: skip
TASHKENT_CITY = "1726"

# Villages that name rural family doctor posts: "Uzbek/Russian".
VILLAGE_NAMES = (
    "Qoʻshtepa/Коштепа Oqtepa/Актепа Yangiobod/Янгиабад Boʻston/Бустан Guliston/Гулистан Navbahor/Навбахор "
    "Chorbogʻ/Чарбаг Olmazor/Алмазар Toshloq/Ташлак Uchtut/Учтут Qizilqum/Кызылкум Sarikamish/Сарыкамыш "
    "Kamangaron/Камангаран Chorxin/Чархин Payshanba/Пайшанба Doʻmbirobod/Дамбирабад Mingchinor/Мингчинар "
    "Beshkent/Бешкент Qoraqamish/Каракамыш Bogʻishamol/Богишамал Yangiariq/Янгиарык Oltinsoy/Алтынсай "
    "Sayxun/Сайхун Qoratepa/Каратепа Tolzor/Талзар Mehnatobod/Мехнатабад Paxtazor/Пахтазор Doʻstlik/Дустлик "
    "Galaba/Галаба Istiqlol/Истиклол Navroʻz/Навруз Bunyodkor/Бунёдкор Tinchlik/Тинчлик Obod/Обод "
    "Koʻkterak/Куктерак Arpapoya/Арпапая Sohibkor/Сохибкор Bogʻiston/Богистан Chinobod/Чинабад Ravot/Рават "
    "Qorasuv/Карасу Oqsuv/Аксу Jaloyir/Джалаир Nurafshon/Нурафшан Uzumzor/Узумзор Shoʻrkoʻl/Шуркуль "
    "Xonobod/Ханабад Sarbozor/Сарбазар Qumariq/Кумарык Tegirmon/Тегирмон Yulduz/Юлдуз Soyibobod/Соибабад"
)
VILLAGES = VILLAGE_NAMES.split()

# What a district of each kind runs: (facility type, fewest, most) at full scale.
LINEUPS = {
    "rural": (
        (FacilityType.DISTRICT_HOSPITAL, 1, 1), (FacilityType.MATERNITY, 0, 1), (FacilityType.EMERGENCY, 1, 1),
        (FacilityType.SANITARY, 1, 1), (FacilityType.FAMILY_POLYCLINIC, 3, 5),
        (FacilityType.RURAL_HEALTH_POST, 15, 25), (FacilityType.OTHER, 0, 1),
    ),
    "town": (
        (FacilityType.CITY_HOSPITAL, 1, 2), (FacilityType.MATERNITY, 1, 1), (FacilityType.EMERGENCY, 1, 1),
        (FacilityType.SANITARY, 1, 1), (FacilityType.FAMILY_POLYCLINIC, 4, 8), (FacilityType.OTHER, 0, 2),
    ),
    "centre": (
        (FacilityType.REGIONAL_HOSPITAL, 1, 1), (FacilityType.CITY_HOSPITAL, 2, 3), (FacilityType.MATERNITY, 1, 2),
        (FacilityType.EMERGENCY, 1, 1), (FacilityType.SANITARY, 1, 1), (FacilityType.FAMILY_POLYCLINIC, 10, 16),
        (FacilityType.OTHER, 3, 5),
    ),
    "metro": (
        (FacilityType.CITY_HOSPITAL, 2, 4), (FacilityType.MATERNITY, 1, 1), (FacilityType.EMERGENCY, 1, 1),
        (FacilityType.SANITARY, 1, 1), (FacilityType.FAMILY_POLYCLINIC, 8, 12), (FacilityType.OTHER, 3, 5),
    ),
}  # fmt: skip

# The median staff of a facility of each type; actual sizes spread around it (log-normal).
MEDIAN_STAFF = {
    FacilityType.REGIONAL_HOSPITAL: 1100,
    FacilityType.CITY_HOSPITAL: 420,
    FacilityType.DISTRICT_HOSPITAL: 380,
    FacilityType.MATERNITY: 170,
    FacilityType.FAMILY_POLYCLINIC: 110,
    FacilityType.EMERGENCY: 90,
    FacilityType.OTHER: 80,
    FacilityType.SANITARY: 45,
    FacilityType.RURAL_HEALTH_POST: 8,
}
STAFF_SPREAD = 0.35

# Specialised facilities: (Uzbek, Russian, English) of what they are.
OTHER_FACILITIES = (
    ("sil kasalliklari dispanseri", "Противотуберкулёзный диспансер", "Tuberculosis Dispensary"),
    ("stomatologik poliklinikasi", "Стоматологическая поликлиника", "Dental Polyclinic"),
    ("bolalar shifoxonasi", "Детская больница", "Children's Hospital"),
    ("ruhiy salomatlik markazi", "Центр психического здоровья", "Mental Health Centre"),
    ("teri-tanosil kasalliklari dispanseri", "Кожно-венерологический диспансер", "Dermatovenerology Dispensary"),
    ("onkologiya dispanseri", "Онкологический диспансер", "Oncology Dispensary"),
    ("endokrinologiya dispanseri", "Эндокринологический диспансер", "Endocrinology Dispensary"),
)

# --- The workforce -----------------------------------------------------------------------------------

# Each facility type's mix of cadres (relative weights): nurses everywhere, feldshers on ambulances and in
# villages, midwives in maternity care, most specialists in hospitals.
HOSPITAL_MIX = {"2212": 4, "2211": 0.5, "2221": 1.2, "3221": 10, "3222": 0.8, "3212": 1.5, "2262": 0.4, "2261": 0.3}
CADRE_MIX = {
    FacilityType.REGIONAL_HOSPITAL: HOSPITAL_MIX,
    FacilityType.CITY_HOSPITAL: HOSPITAL_MIX,
    FacilityType.DISTRICT_HOSPITAL: {
        "2211": 1, "2212": 3, "2221": 0.8, "3221": 9, "3222": 1.5, "2240": 0.8, "3212": 1.5, "2261": 0.5, "2262": 0.3,
    },
    FacilityType.EMERGENCY: {"2212": 2.5, "2240": 7, "3221": 5, "3212": 0.3},
    FacilityType.MATERNITY: {"2212": 2.5, "2222": 1.5, "3222": 8, "3221": 6, "3212": 1},
    FacilityType.FAMILY_POLYCLINIC: {
        "2211": 3, "2212": 2, "2221": 0.8, "3221": 9, "3222": 1.5, "2261": 0.8, "3212": 1.2, "3253": 1.5, "2262": 0.3,
    },
    FacilityType.RURAL_HEALTH_POST: {"2211": 1.5, "3221": 4, "3222": 1.5, "2240": 1.5, "3253": 1.5},
    FacilityType.SANITARY: {"2212": 2, "3212": 3, "3221": 1, "3253": 3},
    FacilityType.OTHER: {"2212": 4, "3221": 7, "3212": 1.5, "2261": 2, "2262": 0.5},
}  # fmt: skip
ACCOUNT_SHARE = 0.85
JOINING_SKEW = 3  # most accounts were opened in the platform's first year
INACTIVE_SHARE = 0.03
RUSSIAN_NAME_SHARE = {TASHKENT_CITY: 0.12}
RUSSIAN_NAME_SHARE_ELSEWHERE = 0.04

SURNAMES = (
    *demo_workforce.SURNAMES,
    "Abdurahmonov", "Bahodirov", "Fayzullayev", "Gʻofurov", "Jalilov", "Karimberdiyev", "Latipov", "Mamatov",
    "Nurmatov", "Oʻrinboyev", "Pardayev", "Qurbonov", "Raximov", "Safarov", "Tojiboyev", "Valiyev", "Xoliqov",
    "Yoqubov", "Zokirov", "Shukurov", "Egamberdiyev", "Hamroyev", "Soʻfiyev", "Toʻxtayev", "Gʻaniyev", "Orifov",
)  # fmt: skip
MALE_NAMES = (
    *demo_workforce.MALE_NAMES,
    "Abror", "Anvar", "Baxtiyor", "Dostonbek", "Eldor", "Faxriddin", "Gʻayrat", "Hamid", "Ilhom", "Jahongir",
    "Komil", "Lutfulla", "Mirjalol", "Nodir", "Oʻtkir", "Qahramon", "Ravshan", "Sherali", "Temur", "Zafar",
)  # fmt: skip
FEMALE_NAMES = (
    *demo_workforce.FEMALE_NAMES,
    "Aziza", "Charos", "Dildora", "Farangiz", "Gulbahor", "Hilola", "Iroda", "Lobar", "Mahliyo", "Nasiba",
    "Oygul", "Oʻgʻiloy", "Robiya", "Sarvinoz", "Shoira", "Xurshida", "Yorqinoy", "Zuhra", "Saodat", "Gulshan",
)  # fmt: skip
RUSSIAN_SURNAMES = (
    "Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов",
    "Волков", "Алексеев", "Фёдоров", "Романов", "Никитин", "Захаров", "Ким", "Пак", "Ли", "Цой",
)  # fmt: skip
INVARIABLE_SURNAMES = frozenset({"Ким", "Пак", "Ли", "Цой"})
RUSSIAN_MALE_NAMES = ("Сергей", "Александр", "Дмитрий", "Андрей", "Алексей", "Владимир", "Игорь", "Олег", "Евгений")
RUSSIAN_FEMALE_NAMES = (
    "Ольга", "Елена", "Наталья", "Татьяна", "Ирина", "Светлана", "Марина", "Людмила", "Анна", "Екатерина", "Юлия",
)  # fmt: skip
RUSSIAN_PATRONYMIC_STEMS = ("Сергеев", "Александров", "Викторов", "Владимиров", "Николаев", "Михайлов", "Юрьев")

# --- The courses -------------------------------------------------------------------------------------

ALL_CADRES = tuple(isco for isco, *_names in demo_workforce.CADRES)
CLINICAL = "2211 2212 2221 2222 2240 2261 3212 3221 3222"
TOPICS = (
    ("infection-prevention", "Infeksiyalarning oldini olish va nazorat qilish",
     "Профилактика инфекций и инфекционный контроль", "Infection prevention and control"),
    ("emergency-care", "Shoshilinch tibbiy yordam", "Неотложная помощь", "Emergency care"),
    ("digital-health", "Raqamli sogʻliqni saqlash", "Цифровое здравоохранение", "Digital health"),
    ("maternal-child-health", "Ona va bola salomatligi", "Здоровье матери и ребёнка", "Maternal and child health"),
    ("noncommunicable-diseases", "Yuqumli boʻlmagan kasalliklar", "Неинфекционные заболевания",
     "Noncommunicable diseases"),
    ("communicable-diseases", "Yuqumli kasalliklar", "Инфекционные заболевания", "Communicable diseases"),
    ("mental-health", "Ruhiy salomatlik", "Психическое здоровье", "Mental health"),
    ("medicines-laboratory", "Dori vositalari va laboratoriya", "Лекарства и лаборатория", "Medicines and laboratory"),
    ("patient-safety", "Bemor xavfsizligi va muloqot", "Безопасность пациентов и общение",
     "Patient safety and communication"),
)  # fmt: skip

# (slug, Uzbek title, topic, CPD hours, certificate validity in months (0: never expires; None: no
#  certificate), final assessment, target cadres ("*" for all), popularity)
COURSES = (
    ("qol-gigiyenasi", "Qoʻl gigiyenasi: JSSTning beshta lahzasi", "infection-prevention", "2", 12, True, "*", 10),
    ("infeksiya-nazorati-asoslari", "Infeksiyalarning oldini olish va nazorat: asosiy kurs", "infection-prevention", "8", 36, True, CLINICAL, 8),
    ("shaxsiy-himoya-vositalari", "Shaxsiy himoya vositalaridan toʻgʻri foydalanish", "infection-prevention", "3", 12, True, CLINICAL, 6),
    ("tibbiy-chiqindilar", "Tibbiy chiqindilarni xavfsiz boshqarish", "infection-prevention", "4", 36, True, "2221 3221 3212 3253", 4),
    ("sterilizatsiya", "Sterilizatsiya va dezinfeksiya", "infection-prevention", "6", 36, True, "2221 3221 2261", 4),
    ("antimikrob-rezistentlik", "Antimikrob rezistentlik va antibiotiklardan oqilona foydalanish", "infection-prevention", "6", 0, True, "2211 2212 2262", 5),
    ("asosiy-reanimatsiya", "Asosiy hayotni qoʻllab-quvvatlash (BLS)", "emergency-care", "8", 24, True, CLINICAL, 9),
    ("kengaytirilgan-reanimatsiya", "Kengaytirilgan kardiologik reanimatsiya (ACLS)", "emergency-care", "16", 24, True, "2211 2212 2240", 4),
    ("anafilaksiya", "Anafilaksiyada shoshilinch yordam", "emergency-care", "2", 12, True, "2211 2212 2240 3221 2221", 6),
    ("travmada-birlamchi-yordam", "Travmada birlamchi yordam", "emergency-care", "8", 36, True, "2211 2240 3221", 4),
    ("ommaviy-jabrlanish-triaji", "Ommaviy jabrlanishda triaj", "emergency-care", "4", 36, True, "2211 2212 2240", 2),
    ("bolalar-shoshilinch-holatlari", "Bolalardagi shoshilinch holatlar (PALS)", "emergency-care", "12", 24, True, "2211 2212 2240", 3),
    ("samarali-perinatal-parvarish", "Samarali perinatal parvarish", "maternal-child-health", "16", 36, True, "2212 2222 3222", 5),
    ("tugruqdan-keyingi-qon-ketish", "Tugʻruqdan keyingi qon ketishini boshqarish", "maternal-child-health", "6", 12, True, "2212 2222 3222", 6),
    ("chaqaloq-reanimatsiyasi", "Yangi tugʻilgan chaqaloq reanimatsiyasi", "maternal-child-health", "6", 12, True, "2212 2222 3222 3221", 5),
    ("imci", "Bolalik kasalliklarini integratsiyalashgan olib borish (IMCI)", "maternal-child-health", "24", 36, True, "2211 3221 2240", 5),
    ("emizishni-qollab-quvvatlash", "Emizishni qoʻllab-quvvatlash", "maternal-child-health", "4", 0, True, "2222 3222 3221 3253", 3),
    ("preeklampsiya", "Homiladorlikdagi gipertenziya va preeklampsiya", "maternal-child-health", "4", 24, True, "2211 2212 2222 3222", 4),
    ("patronaj", "Patronaj tashriflari: ona va bola", "maternal-child-health", "6", 0, False, "3221 3253", 5),
    ("emlash-sovuq-zanjir", "Emlash: sovuq zanjir va xavfsiz inyeksiyalar", "maternal-child-health", "4", 12, True, "2211 3221 3253", 6),
    ("gipertenziya-hearts", "Arterial gipertenziyani birlamchi boʻgʻinda boshqarish (HEARTS)", "noncommunicable-diseases", "8", 36, True, "2211 3221", 6),
    ("qandli-diabet", "Qandli diabet: tashxis va kuzatuv", "noncommunicable-diseases", "8", 36, True, "2211 2212 3221", 5),
    ("yurak-qon-tomir-xavfi", "Yurak-qon tomir xavfini baholash", "noncommunicable-diseases", "3", 0, True, "2211 2212", 3),
    ("saraton-skriningi", "Saraton skriningi: bachadon boʻyni va sut bezi", "noncommunicable-diseases", "4", 0, True, "2211 2222 3222", 3),
    ("tamaki-qisqa-maslahat", "Tamaki va spirtli ichimliklar: qisqa maslahat", "noncommunicable-diseases", "2", None, False, "*", 5),
    ("surunkali-opka-kasalliklari", "Surunkali obstruktiv oʻpka kasalligi va astma", "noncommunicable-diseases", "4", 0, True, "2211 2212", 2),
    ("sil-dots", "Sil: erta aniqlash va DOTS", "communicable-diseases", "6", 36, True, "2211 3221 3212 3253", 5),
    ("oiv-maslahat", "OIV: maslahat va testlash", "communicable-diseases", "4", 36, True, "2211 3221 3212", 4),
    ("respirator-infeksiyalar", "COVID-19 va boshqa respirator infeksiyalar", "communicable-diseases", "3", None, False, "*", 6),
    ("epidemiologik-nazorat", "Yuqumli kasalliklar epidemiologik nazorati", "communicable-diseases", "6", 36, True, "2212 3212 3253", 3),
    ("gepatit-profilaktikasi", "Gepatit B va C profilaktikasi", "communicable-diseases", "3", 24, True, "2221 3221 3212 2261", 4),
    ("mhgap", "Ruhiy salomatlik: mhGAP asoslari", "mental-health", "8", 0, True, "2211 3221", 3),
    ("kasbiy-toliqish", "Tibbiyot xodimlarida kasbiy toliqishning oldini olish", "mental-health", "2", None, False, "*", 5),
    ("oilaviy-zoravonlik", "Oilaviy zoʻravonlik qurbonlariga yordam", "mental-health", "3", 0, True, "2211 2222 3221 3222", 2),
    ("elektron-tibbiy-karta", "Elektron tibbiy karta bilan ishlash", "digital-health", "4", None, False, "*", 9),
    ("malumotlar-xavfsizligi", "Tibbiy maʼlumotlar xavfsizligi va maxfiylik", "digital-health", "2", 12, True, "*", 6),
    ("dhis2-hisobot", "DHIS2: maʼlumotlarni kiritish va hisobot", "digital-health", "4", None, False, "2212 3212 3253", 2),
    ("telemeditsina", "Telemeditsina asoslari", "digital-health", "3", None, False, "2211 2212", 2),
    ("oqilona-tayinlash", "Dori vositalarini oqilona tayinlash", "medicines-laboratory", "6", 36, True, "2211 2212 2262", 4),
    ("dorixona-hisobi", "Dorixona: dori vositalarini saqlash va hisobi", "medicines-laboratory", "4", 36, True, "2262", 2),
    ("laboratoriya-biologik-xavfsizligi", "Laboratoriya biologik xavfsizligi", "medicines-laboratory", "6", 12, True, "3212", 3),
    ("laboratoriya-sifat-nazorati", "Laboratoriyada sifat nazorati", "medicines-laboratory", "8", 36, True, "3212", 2),
    ("qon-namunalari", "Qon namunalarini olish va tashish", "medicines-laboratory", "2", 12, True, "3212 3221", 3),
    ("stomatologiya-infeksiya-nazorati", "Stomatologiyada infeksiya nazorati", "infection-prevention", "4", 24, True, "2261 3221", 2),
    ("bolalar-stomatologiyasi", "Bolalar stomatologiyasi: kariyes profilaktikasi", "medicines-laboratory", "4", 0, True, "2261", 1),
    ("dori-xatolari", "Bemor xavfsizligi: dori xatolarining oldini olish", "patient-safety", "3", 24, True, "2211 2212 2221 3221", 5),
    ("bemor-bilan-muloqot", "Bemor bilan muloqot va xabardor qilingan rozilik", "patient-safety", "2", None, False, "*", 5),
    ("palliativ-yordam", "Palliativ yordam va ogʻriqni boshqarish", "patient-safety", "8", 0, True, "2211 2212 2221 3221", 3),
    ("hamshiralik-jarayoni", "Hamshiralik jarayoni va hujjatlashtirish", "patient-safety", "6", 36, True, "2221 3221", 5),
    ("feldsher-shoshilinch-holatlar", "Feldsherlik punktida shoshilinch holatlar", "emergency-care", "8", 24, True, "2240", 3),
)  # fmt: skip
LAUNCHED_AT_START = 30  # the first courses went live with the platform; the others over the three years
