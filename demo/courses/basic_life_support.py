"""Demo course: basic life support for adults (recognition, calling for help, CPR 30:2, AED, recovery position)."""

from decimal import Decimal

from .content import (
    Checklist,
    Course,
    Illustration,
    Lesson,
    T,
    accordion,
    callout,
    document,
    heading,
    image,
    knowledge_check,
    ol,
    paragraph,
    table,
    video,
)

COLOUR = "#b42318"
# Everyone who may be first at a collapsed patient's side.
CADRES = ("2211", "2212", "2221", "2222", "2240", "2261", "3221", "3222")

COVER = Illustration(
    "basic-life-support-cover",
    T("Asosiy hayotiy yordam", "Базовая реанимация", "Basic life support"),
    "cover",
    icon="heart",
    colour=COLOUR,
)

CHAIN_OF_SURVIVAL = Illustration(
    "chain-of-survival",
    T("Hayot zanjiri", "Цепочка выживания", "The chain of survival"),
    "flow",
    labels=(
        T(
            "Erta aniqlash va yordam chaqirish",
            "Раннее распознавание и вызов помощи",
            "Early recognition and call for help",
        ),
        T("Erta yurak-oʻpka reanimatsiyasi", "Ранняя сердечно-лёгочная реанимация", "Early CPR"),
        T("Erta defibrillyatsiya", "Ранняя дефибрилляция", "Early defibrillation"),
        T("Reanimatsiyadan keyingi yordam", "Постреанимационная помощь", "Post-resuscitation care"),
    ),
    colour=COLOUR,
)

CPR_NUMBERS = Illustration(
    "cpr-in-numbers",
    T("Sifatli YOʻR raqamlarda", "Качественная СЛР в цифрах", "High-quality CPR in numbers"),
    "cards",
    labels=(
        ("100–120", T("daqiqasiga bosishlar soni", "компрессий в минуту", "compressions a minute")),
        (T("5–6 sm", "5–6 см", "5–6 cm"), T("bosish chuqurligi", "глубина компрессий", "compression depth")),
        ("30 : 2", T("bosishlar va nafaslar nisbati", "компрессии : вдохи", "compressions to breaths")),
        (
            T("< 10 soniya", "< 10 секунд", "< 10 seconds"),
            T("bosishlardagi eng uzun tanaffus", "максимальная пауза в компрессиях", "longest pause in compressions"),
        ),
    ),
    colour=COLOUR,
)

STEPS = (
    (
        T("Xavfsizlik", "Безопасность", "Safety"),
        T(
            "Siz va bemor uchun xavf yoʻqligiga ishonch hosil qiling",
            "Убедитесь, что вам и пострадавшему ничего не угрожает",
            "Make sure the scene is safe for you and the patient",
        ),
    ),
    (
        T("Javob", "Реакция", "Response"),
        T(
            "Yelkasidan yengil silkitib, baland ovozda murojaat qiling",
            "Осторожно встряхните за плечи и громко окликните",
            "Gently shake the shoulders and ask loudly",
        ),
    ),
    (
        T("Nafas yoʻllari va nafas", "Дыхательные пути и дыхание", "Airway and breathing"),
        T(
            "Boshni orqaga egib, iyakni koʻtaring; 10 soniyagacha tekshiring",
            "Запрокиньте голову, поднимите подбородок; оценивайте не дольше 10 секунд",
            "Head tilt, chin lift; look, listen and feel for up to 10 seconds",
        ),
    ),
    (
        T("Yordam chaqirish", "Вызов помощи", "Call for help"),
        T(
            "Reanimatsiya guruhi yoki 103; ATDni keltirishni soʻrang",
            "Реанимационная бригада или 103; попросите принести АНД",
            "Resuscitation team or 103; ask for an AED",
        ),
    ),
    (
        T("30 ta bosish", "30 компрессий", "30 compressions"),
        T(
            "5–6 sm chuqurlikda, daqiqasiga 100–120 marta",
            "Глубина 5–6 см, частота 100–120 в минуту",
            "5–6 cm deep, 100–120 a minute",
        ),
    ),
    (
        T("2 ta nafas", "2 вдоха", "2 breaths"),
        T(
            "Har biri taxminan 1 soniya, koʻkrak qafasi koʻtarilishi kerak",
            "Каждый около 1 секунды, до видимого подъёма грудной клетки",
            "About 1 second each, until the chest rises",
        ),
    ),
    (
        T("ATD", "АНД", "AED"),
        T(
            "Yoqing va ovozli koʻrsatmalarga amal qiling",
            "Включите и следуйте голосовым подсказкам",
            "Switch it on and follow the voice prompts",
        ),
    ),
    (
        T("Davom ettirish", "Продолжение", "Continue"),
        T(
            "30:2 hayot belgilari paydo boʻlguncha yoki yordam yetib kelguncha",
            "30:2 до появления признаков жизни или прибытия помощи",
            "30:2 until signs of life or until help takes over",
        ),
    ),
)

CHECKLIST = Checklist(
    "basic-life-support-checklist",
    T(
        "Kattalarda asosiy hayotiy yordam: algoritm",
        "Базовая реанимация у взрослых: алгоритм",
        "Adult basic life support: algorithm",
    ),
    T(
        "Reanimatsiya jihozlari yonida va xodimlar xonasida osib qoʻying.",
        "Разместите рядом с реанимационным оборудованием и в ординаторской.",
        "Put it up next to the resuscitation equipment and in the staff room.",
    ),
    (
        (
            T("Algoritm", "Алгоритм", "Algorithm"),
            tuple(
                T(f"{title.uz}: {text.uz}", f"{title.ru}: {text.ru}", f"{title.en}: {text.en}") for title, text in STEPS
            ),
        ),
        (
            T("Sifat", "Качество", "Quality"),
            (
                T(
                    "Koʻkrak qafasi har bosishdan keyin toʻliq qaytsin",
                    "Полное расправление грудной клетки после каждой компрессии",
                    "Full chest recoil after every compression",
                ),
                T(
                    "Bosuvchini har 2 daqiqada almashtiring",
                    "Меняйте выполняющего компрессии каждые 2 минуты",
                    "Change the person doing compressions every 2 minutes",
                ),
                T(
                    "Razryaddan keyin YOʻRni darhol davom ettiring",
                    "После разряда сразу продолжайте СЛР",
                    "Resume CPR immediately after a shock",
                ),
            ),
        ),
        (
            T("Topshirish", "Передача", "Handover"),
            (
                T(
                    "Yiqilish vaqti va YOʻR boshlangan vaqt",
                    "Время остановки и начала СЛР",
                    "Time of collapse and time CPR started",
                ),
                T("Razryadlar soni", "Количество разрядов", "Number of shocks given"),
            ),
        ),
    ),
)

RECOGNISING = Lesson(
    "lesson-1-recognising-cardiac-arrest",
    T("Yurak toʻxtashini aniqlash", "Распознавание остановки сердца", "Recognising cardiac arrest"),
    12,
    (
        paragraph(
            T(
                "Yurak toʻxtaganda qon aylanishi toʻxtaydi va bir necha daqiqadan soʻng miya shikastlana boshlaydi. "
                "Yurak-oʻpka reanimatsiyasi (YOʻR) va defibrillyatsiyasiz oʻtgan har bir daqiqa omon qolish ehtimolini 7–10 foizga kamaytiradi.",
                "При остановке сердца кровообращение прекращается, и через несколько минут начинается повреждение мозга. "
                "Каждая минута без сердечно-лёгочной реанимации (СЛР) и дефибрилляции снижает шансы на выживание на 7–10 %.",
                "When the heart stops, circulation stops and the brain starts to suffer damage within minutes. "
                "Every minute without cardiopulmonary resuscitation (CPR) and defibrillation lowers the chance of survival by 7–10%.",
            ),
        ),
        image(
            CHAIN_OF_SURVIVAL,
            alt=T(
                "Toʻrt halqa: erta aniqlash va yordam chaqirish, erta YOʻR, erta defibrillyatsiya, reanimatsiyadan keyingi yordam.",
                "Четыре звена: раннее распознавание и вызов помощи, ранняя СЛР, ранняя дефибрилляция, постреанимационная помощь.",
                "Four links: early recognition and call for help, early CPR, early defibrillation, post-resuscitation care.",
            ),
            caption=T(
                "Har bir halqa muhim: birinchi uchtasi sizning qoʻlingizda.",
                "Важно каждое звено; первые три — в ваших руках.",
                "Every link matters; the first three are in your hands.",
            ),
        ),
        heading(T("Xavfsizlik, javob, nafas", "Безопасность, реакция, дыхание", "Safety, response, breathing")),
        paragraph(
            ol(
                T(
                    "Siz va bemor uchun xavf yoʻqligiga ishonch hosil qiling.",
                    "Убедитесь, что вам и пострадавшему ничего не угрожает.",
                    "Make sure the scene is safe for you and the patient.",
                ),
                T(
                    "Yelkasidan yengil silkitib, baland ovozda soʻrang: «Sizga nima boʻldi?»",
                    "Осторожно встряхните за плечи и громко спросите: «Что с вами?»",
                    "Gently shake the shoulders and ask loudly: “Are you all right?”",
                ),
                T(
                    "Javob boʻlmasa, nafas yoʻllarini oching: boshni orqaga egib, iyakni koʻtaring.",
                    "Если реакции нет, откройте дыхательные пути: запрокиньте голову и поднимите подбородок.",
                    "If there is no response, open the airway: tilt the head back and lift the chin.",
                ),
                T(
                    "Koʻring, eshiting va his qiling — normal nafas bormi? 10 soniyadan oshirmang. Tayyorgarlikdan oʻtgan xodim shu vaqtda uyqu arteriyasida pulsni ham tekshirishi mumkin.",
                    "Смотрите, слушайте, ощущайте — есть ли нормальное дыхание? Не дольше 10 секунд. Обученный медработник может одновременно проверить пульс на сонной артерии.",
                    "Look, listen and feel for normal breathing for no more than 10 seconds. A trained health worker may check the carotid pulse at the same time.",
                ),
            ),
        ),
        callout(
            "warning",
            T("Agonal nafas — bu nafas emas", "Агональное дыхание — это не дыхание", "Agonal gasps are not breathing"),
            T(
                "Siyrak, sekin, shovqinli xirillash yurak toʻxtashining dastlabki daqiqalarida koʻp uchraydi. Uni normal nafas deb hisoblamang — "
                "YOʻRni boshlang. Yurak toʻxtash boshida qisqa muddatli tutqanoqqa oʻxshash harakatlar ham boʻlishi mumkin.",
                "Редкие, медленные, шумные вдохи часто бывают в первые минуты после остановки сердца. Не принимайте их за нормальное дыхание — "
                "начинайте СЛР. В начале остановки сердца возможны и кратковременные судорожные движения.",
                "Slow, noisy, infrequent gasps are common in the first minutes after cardiac arrest. Do not mistake them for normal breathing — "
                "start CPR. A brief seizure-like episode can also occur as the heart stops.",
            ),
        ),
        knowledge_check(
            T(
                "Bemor javob bermayapti, 10 soniya ichida ikki marta siyrak xirillab nafas oldi. Bu nima?",
                "Пациент не реагирует, за 10 секунд сделал два редких хриплых вдоха. Что это?",
                "A patient does not respond and makes two slow, noisy gasps in 10 seconds. What is this?",
            ),
            (
                (
                    T(
                        "Normal nafas: barqaror yon holatga yotqizish kerak",
                        "Нормальное дыхание: уложить в устойчивое боковое положение",
                        "Normal breathing: put the patient in the recovery position",
                    ),
                    False,
                ),
                (
                    T(
                        "Agonal nafas: yurak toʻxtagan deb hisoblab, YOʻRni boshlash kerak",
                        "Агональное дыхание: считать остановкой сердца и начинать СЛР",
                        "Agonal breathing: treat as cardiac arrest and start CPR",
                    ),
                    True,
                ),
                (T("Yana bir daqiqa kuzatish kerak", "Понаблюдать ещё минуту", "Watch for another minute"), False),
            ),
            T(
                "Siyrak xirillash — <b>agonal nafas</b>. Kutmang: yordam chaqiring va darhol bosishni boshlang.",
                "Редкие хриплые вдохи — это <b>агональное дыхание</b>. Не ждите: вызовите помощь и сразу начинайте компрессии.",
                "Infrequent gasps are <b>agonal breathing</b>. Do not wait: call for help and start compressions at once.",
            ),
        ),
    ),
)

CALLING_FOR_HELP = Lesson(
    "lesson-2-calling-for-help",
    T("Yordam chaqirish", "Вызов помощи", "Calling for help"),
    8,
    (
        paragraph(
            T(
                "Bemor javob bermasa va normal nafas olmasa, baland ovozda yordam chaqiring. Muassasada reanimatsiya guruhini ichki raqam orqali chaqiring, "
                "muassasadan tashqarida — 103 raqamiga qoʻngʻiroq qiling. Kimnidir avtomatik tashqi defibrillyatorni (ATD) olib kelishga yuboring.",
                "Если пострадавший не реагирует и не дышит нормально, громко зовите на помощь. В медицинской организации вызовите реанимационную "
                "бригаду по внутреннему номеру, вне её — позвоните по номеру 103. Отправьте кого-нибудь за автоматическим наружным дефибриллятором (АНД).",
                "If the person does not respond and is not breathing normally, shout for help. In a facility, call the resuscitation team on the internal "
                "number; elsewhere, call 103. Send someone to fetch an automated external defibrillator (AED).",
            ),
        ),
        table(
            T("Qoʻngʻiroqda nimani aytish kerak", "Что сказать по телефону", "What to say on the call"),
            (T("Nima", "Что", "What"), T("Misol", "Пример", "Example")),
            (
                T("Siz kimsiz", "Кто вы", "Who you are"),
                T(
                    "«5-son oilaviy poliklinika hamshirasi»",
                    "«Медсестра семейной поликлиники № 5»",
                    "“Nurse at Family Polyclinic No. 5”",
                ),
            ),
            (
                T("Qayerda", "Где", "Where"),
                T(
                    "«2-qavat, 214-xona, emlash xonasi yonida»",
                    "«2-й этаж, кабинет 214, рядом с прививочным»",
                    "“Second floor, room 214, next to the vaccination room”",
                ),
            ),
            (
                T("Nima boʻldi", "Что случилось", "What happened"),
                T(
                    "«Katta yoshli erkak javob bermayapti, nafas olmayapti, YOʻR boshlandi»",
                    "«Взрослый мужчина без сознания, не дышит, начата СЛР»",
                    "“Adult man, unresponsive, not breathing, CPR started”",
                ),
            ),
            (
                T("Nima kerak", "Что нужно", "What you need"),
                T(
                    "«Reanimatsiya guruhi va defibrillyator»",
                    "«Реанимационная бригада и дефибриллятор»",
                    "“The resuscitation team and a defibrillator”",
                ),
            ),
            first_col_is_header=True,
        ),
        callout(
            "tip",
            T("Telefonni baland ovozli rejimga qoʻying", "Включите громкую связь", "Put the phone on speaker"),
            T(
                "Yolgʻiz boʻlsangiz, qoʻngʻiroq qiling, baland ovozli rejimni yoqing va gaplashib turib bosishni boshlang: dispetcher sizga yoʻl-yoʻriq beradi.",
                "Если вы одни, позвоните, включите громкую связь и начинайте компрессии, не прерывая разговора: диспетчер подскажет, что делать.",
                "If you are alone, call, switch on the speaker and start compressions while you talk: the dispatcher will guide you.",
            ),
        ),
        callout(
            "info",
            T("Raqamni oldindan biling", "Знайте номер заранее", "Know the number in advance"),
            T(
                "Reanimatsiya guruhining ichki raqami har bir post va xonada koʻrinadigan joyda yozilgan boʻlishi kerak. Bugun tekshirib koʻring.",
                "Внутренний номер реанимационной бригады должен быть на видном месте на каждом посту и в каждом кабинете. Проверьте это сегодня.",
                "The resuscitation team's internal number should be on display at every nursing station and in every room. Check yours today.",
            ),
        ),
        knowledge_check(
            T(
                "Siz yolgʻizsiz, yoningizda telefon bor. Bemor javob bermaydi va normal nafas olmaydi. Avval nima qilasiz?",
                "Вы одни, телефон при вас. Пострадавший не реагирует и не дышит нормально. Что вы делаете сначала?",
                "You are alone with a phone. The person does not respond and is not breathing normally. What do you do first?",
            ),
            (
                (T("Yordam izlab ketaman", "Ухожу искать помощь", "Leave to look for help"), False),
                (
                    T(
                        "5 daqiqa YOʻR qilib, keyin qoʻngʻiroq qilaman",
                        "5 минут провожу СЛР, затем звоню",
                        "Do 5 minutes of CPR, then call",
                    ),
                    False,
                ),
                (
                    T(
                        "103 ga qoʻngʻiroq qilaman, baland ovozli rejimni yoqib, bosishni boshlayman",
                        "Звоню 103, включаю громкую связь и начинаю компрессии",
                        "Call 103, switch on the speaker and start compressions",
                    ),
                    True,
                ),
            ),
            T(
                "Telefon yoningizda boʻlsa, bemorni tashlab ketmang: qoʻngʻiroq qiling va <b>baland ovozli rejimda</b> bosishni davom ettiring.",
                "Если телефон при вас, не оставляйте пострадавшего: позвоните и продолжайте компрессии по <b>громкой связи</b>.",
                "With a phone at hand, do not leave the person: call and keep doing compressions with the phone <b>on speaker</b>.",
            ),
        ),
    ),
)

COMPRESSIONS_AND_BREATHS = Lesson(
    "lesson-3-chest-compressions-and-breaths",
    T(
        "Koʻkrak qafasini bosish va sunʼiy nafas",
        "Компрессии грудной клетки и искусственные вдохи",
        "Chest compressions and rescue breaths",
    ),
    20,
    (
        paragraph(
            T(
                "Bemorni qattiq yuzaga chalqancha yotqizing va yonida tiz choʻking. Bir kaftning asosini koʻkrak qafasi markaziga — toʻsh suyagining pastki yarmiga qoʻying, "
                "ikkinchi qoʻlni ustiga qoʻyib, barmoqlarni qulflang. Qoʻllarni tirsakdan bukmang, yelkalar kaftlar ustida boʻlsin.",
                "Уложите пострадавшего на спину на твёрдую поверхность и встаньте на колени сбоку. Основание ладони поставьте на центр грудной клетки — "
                "нижнюю половину грудины, вторую руку положите сверху и сцепите пальцы в замок. Руки прямые, плечи над ладонями.",
                "Lay the person on their back on a firm surface and kneel beside them. Put the heel of one hand in the centre of the chest — the lower half "
                "of the sternum — with the other hand on top and fingers interlocked. Keep your arms straight, shoulders over your hands.",
            ),
            T(
                "Koʻkrak qafasini <b>5–6 sm</b> chuqurlikda, daqiqasiga <b>100–120</b> marta bosing. Har bosishdan keyin koʻkrak qafasi toʻliq qaytsin, tanaffuslar minimal boʻlsin.",
                "Нажимайте на глубину <b>5–6 см</b> с частотой <b>100–120</b> в минуту. После каждой компрессии давайте грудной клетке полностью расправиться, паузы — минимальные.",
                "Press <b>5–6 cm</b> deep at <b>100–120</b> compressions a minute. Let the chest recoil fully after each compression and keep pauses to a minimum.",
            ),
        ),
        image(
            CPR_NUMBERS,
            alt=T(
                "Toʻrt karta: daqiqasiga 100–120 bosish, 5–6 sm chuqurlik, 30:2 nisbat, 10 soniyadan kam tanaffus.",
                "Четыре карточки: 100–120 компрессий в минуту, глубина 5–6 см, соотношение 30:2, пауза меньше 10 секунд.",
                "Four cards: 100–120 compressions a minute, 5–6 cm depth, a 30:2 ratio, pauses under 10 seconds.",
            ),
            caption=T(
                "Sifatli YOʻRning toʻrt raqami.",
                "Четыре числа качественной СЛР.",
                "The four numbers of high-quality CPR.",
            ),
        ),
        heading(T("30 ta bosish — 2 ta nafas", "30 компрессий — 2 вдоха", "30 compressions, 2 breaths")),
        paragraph(
            T(
                "30 ta bosishdan soʻng nafas yoʻllarini oching va 2 ta sunʼiy nafas bering: har biri taxminan 1 soniya, koʻkrak qafasi koʻrinarli koʻtarilguncha. "
                "Mavjud boʻlsa, yuz niqobi yoki ambu qopidan (imkon boʻlsa kislorod bilan) foydalaning. Ikki nafas uchun bosishni 10 soniyadan ortiq toʻxtatmang.",
                "После 30 компрессий откройте дыхательные пути и сделайте 2 искусственных вдоха — каждый около 1 секунды, до видимого подъёма грудной клетки. "
                "Используйте карманную маску или мешок Амбу (по возможности с кислородом). Прерывайте компрессии на два вдоха не более чем на 10 секунд.",
                "After 30 compressions, open the airway and give 2 rescue breaths, each lasting about 1 second and making the chest rise visibly. "
                "Use a pocket mask or a bag-valve-mask (with oxygen if available). Do not stop compressions for more than 10 seconds to give the two breaths.",
            ),
            T(
                "Nafas bera olmasangiz yoki bunga tayyor boʻlmasangiz, daqiqasiga 100–120 marta uzluksiz bosishni davom ettiring.",
                "Если вы не можете или не готовы делать вдохи, проводите непрерывные компрессии с частотой 100–120 в минуту.",
                "If you cannot or will not give breaths, give continuous compressions at 100–120 a minute.",
            ),
        ),
        table(
            T(
                "Kattalarda asosiy hayotiy yordam algoritmi",
                "Алгоритм базовой реанимации у взрослых",
                "Adult basic life support algorithm",
            ),
            (T("Qadam", "Шаг", "Step"), T("Asosiysi", "Главное", "Key point")),
            *STEPS,
            first_col_is_header=True,
        ),
        callout(
            "tip",
            T("Har 2 daqiqada almashing", "Меняйтесь каждые 2 минуты", "Swap every 2 minutes"),
            T(
                "Bosish sifati charchoq tufayli 1–2 daqiqada pasayadi, buni odam oʻzi sezmaydi. Yordamchi boʻlsa, har 2 daqiqada almashing — tanaffussiz.",
                "Качество компрессий падает из-за усталости уже через 1–2 минуты, и сам спасатель этого не замечает. Если есть помощник, меняйтесь каждые 2 минуты без пауз.",
                "Compression quality drops within 1–2 minutes as you tire, often without you noticing. With a helper, swap every 2 minutes without a pause.",
            ),
        ),
        video(
            "https://www.youtube.com/@WHO/search?query=cardiopulmonary%20resuscitation",
            title=T(
                "JSST YouTube kanali: yurak-oʻpka reanimatsiyasi haqidagi videolar",
                "Канал ВОЗ на YouTube: видео о сердечно-лёгочной реанимации",
                "WHO on YouTube: videos on cardiopulmonary resuscitation",
            ),
            poster=COVER,
        ),
        knowledge_check(
            T(
                "Kattalarda koʻkrak qafasini qanday chuqurlikda bosish kerak?",
                "На какую глубину проводятся компрессии грудной клетки у взрослых?",
                "How deep should chest compressions be in an adult?",
            ),
            (
                (T("5–6 sm", "5–6 см", "5–6 cm"), True),
                (T("2–3 sm", "2–3 см", "2–3 cm"), False),
                (T("8–10 sm", "8–10 см", "8–10 cm"), False),
            ),
            T(
                "<b>5–6 sm</b>, daqiqasiga 100–120 marta, har bosishdan keyin koʻkrak qafasi toʻliq qaytishi kerak.",
                "<b>5–6 см</b>, 100–120 в минуту, с полным расправлением грудной клетки после каждой компрессии.",
                "<b>5–6 cm</b>, at 100–120 a minute, letting the chest recoil fully after each one.",
            ),
        ),
    ),
)

USING_AN_AED = Lesson(
    "lesson-4-using-an-aed",
    T(
        "Avtomatik tashqi defibrillyatordan foydalanish",
        "Применение автоматического наружного дефибриллятора",
        "Using an AED",
    ),
    15,
    (
        paragraph(
            T(
                "ATD yurak ritmini oʻzi tahlil qiladi va faqat zarur boʻlganda (qorinchalar fibrillyatsiyasi yoki pulssiz qorincha taxikardiyasida) razryad beradi. "
                "U ovozli koʻrsatmalar bilan ishlaydi, undan maxsus tayyorgarliksiz ham foydalanish mumkin.",
                "АНД сам анализирует ритм и наносит разряд только при необходимости (при фибрилляции желудочков или желудочковой тахикардии без пульса). "
                "Он подаёт голосовые подсказки, и пользоваться им может даже необученный человек.",
                "An AED analyses the heart rhythm itself and shocks only when needed (ventricular fibrillation or pulseless ventricular tachycardia). "
                "It talks you through each step and can be used even by someone without training.",
            ),
            ol(
                T(
                    "ATDni yoqing va ovozli koʻrsatmalarga amal qiling.",
                    "Включите АНД и следуйте голосовым подсказкам.",
                    "Switch the AED on and follow the voice prompts.",
                ),
                T(
                    "Bosish davom etayotganda ikkinchi yordamchi elektrodlarni yalangʻoch koʻkrakka yopishtiradi: biri oʻng oʻmrov suyagi ostiga, ikkinchisi chap qoʻltiq osti chizigʻiga.",
                    "Пока продолжаются компрессии, второй спасатель наклеивает электроды на обнажённую грудь: один под правую ключицу, другой — по левой среднеподмышечной линии.",
                    "While compressions continue, a second rescuer sticks the pads to the bare chest: one below the right collarbone, the other on the left side below the armpit.",
                ),
                T(
                    "Tahlil paytida hech kim bemorga tegmasin.",
                    "Во время анализа ритма никто не касается пострадавшего.",
                    "Nobody touches the patient while the AED analyses the rhythm.",
                ),
                T(
                    "Razryad tavsiya etilsa, hech kim tegmayotganiga ishonch hosil qilib, tugmani bosing.",
                    "Если рекомендован разряд, убедитесь, что никто не касается пострадавшего, и нажмите кнопку.",
                    "If a shock is advised, make sure nobody is touching the patient and press the shock button.",
                ),
                T(
                    "Razryaddan keyin yoki razryad tavsiya etilmasa — darhol 2 daqiqa YOʻRni davom ettiring.",
                    "После разряда или если разряд не рекомендован — сразу продолжайте СЛР 2 минуты.",
                    "After the shock, or if no shock is advised, resume CPR at once for 2 minutes.",
                ),
            ),
        ),
        callout(
            "warning",
            T("Hamma chetga!", "Все отойти!", "Stand clear!"),
            T(
                "Tahlil va razryad paytida bemorga hech kim tegmasin. Kislorod manbaini taxminan 1 metr uzoqlashtiring, hoʻl koʻkrakni arting, "
                "dori plastirlarini olib tashlang, elektrodni implantatsiya qilingan yurak stimulyatori ustiga emas, undan kamida 8 sm uzoqroqqa yopishtiring.",
                "Во время анализа и разряда никто не касается пострадавшего. Уберите источник кислорода примерно на 1 метр, вытрите мокрую грудь, "
                "снимите лекарственные пластыри, не клейте электрод над имплантированным кардиостимулятором — отступите от него не менее 8 см.",
                "Nobody touches the patient during analysis or a shock. Move any oxygen source about 1 metre away, dry a wet chest, "
                "remove medication patches, and place a pad at least 8 cm away from an implanted pacemaker, never over it.",
            ),
        ),
        document(
            CHECKLIST,
            description=T(
                "Bir sahifali PDF: algoritm, sifat mezonlari va topshirish.",
                "PDF на одной странице: алгоритм, критерии качества и передача пациента.",
                "One-page PDF: the algorithm, quality points and handover.",
            ),
        ),
        knowledge_check(
            T(
                "ATD razryad bergandan keyin nima qilinadi?",
                "Что делать сразу после разряда АНД?",
                "What do you do straight after the AED delivers a shock?",
            ),
            (
                (
                    T(
                        "1 daqiqa davomida pulsni tekshirish",
                        "Проверять пульс в течение минуты",
                        "Check for a pulse for a minute",
                    ),
                    False,
                ),
                (T("Elektrodlarni olib tashlash", "Снять электроды", "Remove the pads"), False),
                (
                    T(
                        "Darhol 2 daqiqa YOʻRni davom ettirish",
                        "Сразу продолжить СЛР в течение 2 минут",
                        "Resume CPR immediately for 2 minutes",
                    ),
                    True,
                ),
            ),
            T(
                "Razryaddan keyin yurak darhol samarali ishlamaydi: <b>bosishni darhol davom ettiring</b>, ATD 2 daqiqadan soʻng ritmni qayta tahlil qiladi.",
                "После разряда сердце не сразу начинает работать эффективно: <b>сразу продолжайте компрессии</b>, через 2 минуты АНД снова проанализирует ритм.",
                "After a shock the heart rarely pumps well at once: <b>resume compressions immediately</b>; the AED reanalyses the rhythm after 2 minutes.",
            ),
        ),
    ),
)

RECOVERY_POSITION = Lesson(
    "lesson-5-recovery-position",
    T(
        "Barqaror yon holat va yordamni topshirish",
        "Устойчивое боковое положение и передача пациента",
        "The recovery position and handover",
    ),
    12,
    (
        paragraph(
            T(
                "Bemor javob bermasa-yu, lekin normal nafas olsa, uni barqaror yon holatga yotqizing: til va qusuq nafas yoʻllarini bekitmaydi. "
                "Yordam chaqiring va nafasini muntazam tekshiring; nafas toʻxtasa, darhol YOʻRni boshlang.",
                "Если пострадавший не реагирует, но дышит нормально, уложите его в устойчивое боковое положение: язык и рвотные массы не перекроют дыхательные пути. "
                "Вызовите помощь и регулярно проверяйте дыхание; если оно прекратится, сразу начинайте СЛР.",
                "If the person is unresponsive but breathing normally, put them in the recovery position so that the tongue and any vomit cannot block the airway. "
                "Call for help and check breathing regularly; if it stops, start CPR at once.",
            ),
        ),
        heading(T("Qanday yotqiziladi", "Как уложить", "How to do it"), "h3"),
        paragraph(
            ol(
                T(
                    "Bemor yonida tiz choʻking, uning oyoqlari toʻgʻri boʻlsin.",
                    "Встаньте на колени сбоку, ноги пострадавшего выпрямлены.",
                    "Kneel beside the person and make sure both legs are straight.",
                ),
                T(
                    "Sizga yaqin qoʻlini tanaga toʻgʻri burchak ostida, tirsakdan bukib, kafti yuqoriga qaratib qoʻying.",
                    "Ближнюю к вам руку отведите под прямым углом к телу, согните в локте ладонью вверх.",
                    "Place the arm nearest you at right angles to the body, elbow bent, palm up.",
                ),
                T(
                    "Uzoqdagi qoʻlini koʻkragi ustidan oʻtkazib, kaftining orqasini sizga yaqin yuziga tekkizib ushlab turing.",
                    "Дальнюю руку проведите через грудь и прижмите тыльной стороной кисти к ближней к вам щеке.",
                    "Bring the far arm across the chest and hold the back of the hand against the cheek nearest you.",
                ),
                T(
                    "Uzoqdagi oyogʻini tizzasidan yuqoriroqdan ushlab buking, tovoni yerda qolsin.",
                    "Возьмите дальнюю ногу чуть выше колена и согните её, не отрывая стопу от пола.",
                    "Grasp the far leg just above the knee and pull it up, keeping the foot on the ground.",
                ),
                T(
                    "Oyoqdan tortib, bemorni oʻzingiz tomonga yoningizga agʻdaring.",
                    "Потянув за ногу, поверните пострадавшего на бок к себе.",
                    "Pull on the leg to roll the person towards you onto their side.",
                ),
                T(
                    "Ustki oyoqni son va tizzada toʻgʻri burchak hosil qiladigan qilib qoʻying.",
                    "Уложите верхнюю ногу так, чтобы бедро и колено были согнуты под прямым углом.",
                    "Adjust the upper leg so that hip and knee are bent at right angles.",
                ),
                T(
                    "Nafas yoʻllari ochiq qolishi uchun boshni orqaga egib qoʻying va nafasini muntazam tekshiring.",
                    "Запрокиньте голову, чтобы дыхательные пути оставались открытыми, и регулярно проверяйте дыхание.",
                    "Tilt the head back to keep the airway open, and keep checking breathing.",
                ),
            ),
        ),
        heading(T("YOʻRni qachon toʻxtatish mumkin", "Когда можно прекратить СЛР", "When to stop CPR"), "h3"),
        paragraph(
            T(
                "YOʻRni quyidagilardan biri boʻlguncha davom ettiring: malakali yordam ishni oʻz qoʻliga oladi; bemorda hayot belgilari paydo boʻladi "
                "(uygʻonadi, harakatlanadi, koʻzini ochadi, normal nafas oladi); siz butunlay holdan toyasiz.",
                "Продолжайте СЛР, пока не произойдёт одно из следующего: помощь прибыла и берёт реанимацию на себя; у пострадавшего появились признаки жизни "
                "(приходит в себя, двигается, открывает глаза, нормально дышит); вы полностью выбились из сил.",
                "Keep going until qualified help takes over, the person shows signs of life (wakes up, moves, opens their eyes, breathes normally), "
                "or you are too exhausted to continue.",
            ),
        ),
        callout(
            "info",
            T("Topshirishda ayting", "При передаче сообщите", "At handover, tell the team"),
            T(
                "Bemor qachon yiqilgani, YOʻR qachon boshlangani, nechta razryad berilgani va qanday dorilar qoʻllangani.",
                "Когда пострадавший потерял сознание, когда начата СЛР, сколько нанесено разрядов и какие препараты введены.",
                "When the person collapsed, when CPR started, how many shocks were given and which drugs, if any, were given.",
            ),
        ),
        accordion(
            T("Koʻp beriladigan savollar", "Частые вопросы", "Frequently asked questions"),
            (
                T("Qovurgʻalar sinishi mumkinmi?", "Можно ли сломать рёбра?", "Can I break ribs?"),
                T(
                    "Ha, bu boʻlishi mumkin, ayniqsa keksalarda. Lekin YOʻR qilinmasa bemor albatta vafot etadi: bosishni toʻxtatmang.",
                    "Да, это возможно, особенно у пожилых. Но без СЛР пострадавший неизбежно погибнет — не прекращайте компрессии.",
                    "Yes, it can happen, especially in older people. Without CPR, though, the person will certainly die — do not stop.",
                ),
            ),
            (
                T(
                    "Yurak toʻxtaganiga ishonchim komil boʻlmasa-chi?",
                    "А если я не уверен, что это остановка сердца?",
                    "What if I am not sure it is cardiac arrest?",
                ),
                T(
                    "Javob bermayotgan va normal nafas olmayotgan odamda YOʻRni boshlang. Yuragi ishlayotgan odamga YOʻR kamdan-kam jiddiy zarar yetkazadi, kechikish esa hayotga tushadi.",
                    "Начинайте СЛР у человека, который не реагирует и не дышит нормально. СЛР редко серьёзно вредит человеку с работающим сердцем, а промедление стоит жизни.",
                    "Start CPR on anyone who is unresponsive and not breathing normally. CPR rarely does serious harm to someone whose heart is beating; delay costs lives.",
                ),
            ),
            (
                T(
                    "Koʻnikmalarni qanchalik tez-tez yangilash kerak?",
                    "Как часто нужно обновлять навыки?",
                    "How often should I refresh my skills?",
                ),
                T(
                    "YOʻR koʻnikmalari bir necha oy ichida susayadi. Manekenda muntazam mashq qiling; ushbu kurs sertifikati 24 oy amal qiladi.",
                    "Навыки СЛР ослабевают уже через несколько месяцев. Регулярно тренируйтесь на манекене; сертификат этого курса действует 24 месяца.",
                    "CPR skills fade within months. Practise on a manikin regularly; this course's certificate is valid for 24 months.",
                ),
            ),
        ),
        knowledge_check(
            T(
                "Bemor javob bermaydi, lekin normal nafas olyapti. Nima qilasiz?",
                "Пострадавший не реагирует, но дышит нормально. Что вы делаете?",
                "The person is unresponsive but breathing normally. What do you do?",
            ),
            (
                (T("YOʻRni boshlayman", "Начинаю СЛР", "Start CPR"), False),
                (
                    T(
                        "Barqaror yon holatga yotqizaman va nafasini muntazam tekshiraman",
                        "Укладываю в устойчивое боковое положение и регулярно проверяю дыхание",
                        "Put them in the recovery position and keep checking breathing",
                    ),
                    True,
                ),
                (
                    T(
                        "Boshiga yostiq qoʻyib, chalqancha yotqizaman",
                        "Укладываю на спину с подушкой под головой",
                        "Lay them on their back with a pillow under the head",
                    ),
                    False,
                ),
            ),
            T(
                "Normal nafas bor — YOʻR kerak emas, lekin nafas yoʻllarini himoya qilish kerak: <b>barqaror yon holat</b> va doimiy kuzatuv.",
                "Дыхание нормальное — СЛР не нужна, но дыхательные пути нужно защитить: <b>устойчивое боковое положение</b> и постоянное наблюдение.",
                "Normal breathing means no CPR, but the airway needs protecting: the <b>recovery position</b> and constant watching.",
            ),
        ),
    ),
)

COURSE = Course(
    slug="basic-life-support",
    title=T(
        "Kattalarda asosiy hayotiy yordam",
        "Базовая сердечно-лёгочная реанимация у взрослых",
        "Basic life support for adults",
    ),
    summary=T(
        "Yurak toʻxtashini aniqlash, yordam chaqirish, sifatli koʻkrak qafasini bosish (daqiqasiga 100–120 marta, 5–6 sm), 30:2 nisbatda sunʼiy nafas, "
        "avtomatik tashqi defibrillyatordan foydalanish va barqaror yon holat. Nazariy qismdan soʻng manekenda amaliy mashgʻulot tavsiya etiladi.",
        "Распознавание остановки сердца, вызов помощи, качественные компрессии грудной клетки (100–120 в минуту, 5–6 см), искусственные вдохи 30:2, "
        "применение автоматического наружного дефибриллятора и устойчивое боковое положение. После теории рекомендуется практическое занятие на манекене.",
        "Recognising cardiac arrest, calling for help, high-quality chest compressions (100–120 a minute, 5–6 cm deep), rescue breaths at 30:2, "
        "using an automated external defibrillator and the recovery position. Follow the theory with hands-on practice on a manikin.",
    ),
    objectives=(
        T(
            "yurak toʻxtashini 10 soniyada aniqlash, shu jumladan agonal nafasni;",
            "распознавать остановку сердца за 10 секунд, включая агональное дыхание;",
            "recognise cardiac arrest within 10 seconds, including agonal breathing;",
        ),
        T(
            "yordamni toʻgʻri chaqirish va ATD keltirishni tashkil qilish;",
            "правильно вызывать помощь и организовать доставку АНД;",
            "call for help correctly and get an AED brought;",
        ),
        T(
            "sifatli YOʻR oʻtkazish: 100–120/daq, 5–6 sm, 30:2;",
            "проводить качественную СЛР: 100–120 в минуту, 5–6 см, 30:2;",
            "give high-quality CPR: 100–120 a minute, 5–6 cm, 30:2;",
        ),
        T("ATDdan xavfsiz foydalanish;", "безопасно применять АНД;", "use an AED safely;"),
        T(
            "bemorni barqaror yon holatga yotqizish va yordamni topshirish.",
            "укладывать в устойчивое боковое положение и передавать пострадавшего бригаде.",
            "place a person in the recovery position and hand over to the team.",
        ),
    ),
    topic="emergency-care",
    cpd_hours=Decimal("4.0"),
    certificate_validity_months=24,
    target_cadres=CADRES,
    cover=COVER,
    syllabus=(RECOGNISING, CALLING_FOR_HELP, COMPRESSIONS_AND_BREATHS, USING_AN_AED, RECOVERY_POSITION),
)
