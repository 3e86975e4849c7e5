"""Demo course: hand hygiene and infection prevention (WHO 5 moments, hand rub and hand washing, PPE, sharps)."""

from decimal import Decimal

from .content import (
    Checklist,
    Course,
    Illustration,
    Lesson,
    Module,
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
    ul,
    video,
)

COLOUR = "#0f766e"
CLINICAL_CADRES = ("2211", "2212", "2221", "2222", "2240", "2261", "3212", "3221", "3222")

COVER = Illustration(
    "hand-hygiene-cover", T("Qoʻl gigiyenasi", "Гигиена рук", "Hand hygiene"), "cover", icon="hands", colour=COLOUR
)

MOMENTS = (
    T("Bemorga tegishdan oldin", "Перед контактом с пациентом", "Before touching a patient"),
    T(
        "Toza (aseptik) muolajadan oldin",
        "Перед чистой (асептической) процедурой",
        "Before a clean or aseptic procedure",
    ),
    T(
        "Biologik suyuqliklar bilan ifloslanish xavfidan keyin",
        "После риска контакта с биологическими жидкостями",
        "After body fluid exposure risk",
    ),
    T("Bemorga tekkandan keyin", "После контакта с пациентом", "After touching a patient"),
    T(
        "Bemor atrofidagi narsalarga tekkandan keyin",
        "После контакта с окружением пациента",
        "After touching patient surroundings",
    ),
)

FIVE_MOMENTS = Illustration(
    "five-moments",
    T("Qoʻl gigiyenasining 5 holati", "5 моментов гигиены рук", "Your 5 moments for hand hygiene"),
    "ring",
    labels=MOMENTS,
    centre=T("Bemor zonasi", "Зона пациента", "Patient zone"),
    colour=COLOUR,
)

TIMING = Illustration(
    "hand-hygiene-timing",
    T("Qancha vaqt kerak", "Сколько времени нужно", "How long it takes"),
    "cards",
    labels=(
        (
            T("20–30 soniya", "20–30 секунд", "20–30 seconds"),
            T(
                "Spirtli antiseptik bilan ishlov berish",
                "Обработка спиртовым антисептиком",
                "Hand rub with alcohol-based rub",
            ),
        ),
        (
            T("40–60 soniya", "40–60 секунд", "40–60 seconds"),
            T("Sovun va suv bilan yuvish", "Мытьё рук с мылом и водой", "Hand washing with soap and water"),
        ),
    ),
    colour=COLOUR,
)

CHECKLIST = Checklist(
    "hand-hygiene-checklist",
    T("Qoʻl gigiyenasi: nazorat varaqasi", "Гигиена рук: чек-лист", "Hand hygiene checklist"),
    T(
        "Bemor bilan ishlashda har bir smenada tekshiring.",
        "Проверяйте себя в каждую смену при работе с пациентами.",
        "Check yourself on every shift that involves patient care.",
    ),
    (
        (T("5 holat", "5 моментов", "The 5 moments"), MOMENTS),
        (
            T("Texnika", "Техника", "Technique"),
            (
                T(
                    "Spirtli antiseptik: hovuch toʻla, barcha yuzalarga, 20–30 soniya, qoʻllar quriguncha",
                    "Спиртовой антисептик: полная горсть, все поверхности рук, 20–30 секунд, до высыхания",
                    "Alcohol-based rub: a palmful, all surfaces, 20–30 seconds, until hands are dry",
                ),
                T(
                    "Sovun va suv: qoʻllar koʻrinarli ifloslanganda, 40–60 soniya, bir martalik sochiq",
                    "Мыло и вода: при видимом загрязнении, 40–60 секунд, одноразовое полотенце",
                    "Soap and water: when hands are visibly soiled, 40–60 seconds, single-use towel",
                ),
                T(
                    "Tirnoqlar kalta, sunʼiy tirnoq, uzuk, bilaguzuk va soat yoʻq",
                    "Короткие ногти, без искусственных ногтей, колец, браслетов и часов",
                    "Short nails; no artificial nails, rings, bracelets or watch",
                ),
            ),
        ),
        (
            T("Shaxsiy himoya vositalari", "Средства индивидуальной защиты", "Personal protective equipment"),
            (
                T(
                    "Vositalar muolaja xavfiga qarab tanlanadi",
                    "СИЗ выбираются по риску процедуры",
                    "PPE chosen by the risk of the task",
                ),
                T(
                    "Qoʻlqop har bir bemordan keyin almashtiriladi, qoʻlqopni yechgach — qoʻl gigiyenasi",
                    "Перчатки меняются после каждого пациента, после снятия — гигиена рук",
                    "Gloves changed after every patient; hand hygiene after removing them",
                ),
            ),
        ),
        (
            T("Oʻtkir buyumlar", "Острые инструменты", "Sharps"),
            (
                T(
                    "Ishlatilgan ignaga qalpoqcha kiydirilmaydi",
                    "На использованную иглу колпачок не надевается",
                    "Used needles are never recapped",
                ),
                T(
                    "Igna darhol, ishlatilgan joyning oʻzida konteynerga tashlanadi",
                    "Игла сразу сбрасывается в контейнер на месте использования",
                    "Needles go straight into a sharps container at the point of use",
                ),
                T(
                    "Konteyner 3/4 qismi toʻlganda yopiladi",
                    "Контейнер закрывается при заполнении на 3/4",
                    "The container is closed when three-quarters full",
                ),
                T(
                    "Igna sanchilsa: yuvish, darhol xabar berish, EKP boʻyicha baholash",
                    "При уколе: промыть, сразу сообщить, оценка для ПКП",
                    "After a needle-stick: wash, report at once, assessment for PEP",
                ),
            ),
        ),
    ),
)

WHY_HAND_HYGIENE = Lesson(
    "lesson-1-why-hand-hygiene",
    T("Qoʻl gigiyenasi nima uchun muhim", "Почему важна гигиена рук", "Why hand hygiene matters"),
    10,
    (
        paragraph(
            T(
                "JSST maʼlumotlariga koʻra, kasalxonada davolanayotgan har 100 bemordan yuqori daromadli mamlakatlarda 7 nafari, "
                "past va oʻrta daromadli mamlakatlarda esa 15 nafari kamida bitta <b>tibbiy yordam bilan bogʻliq infeksiyani</b> yuqtiradi.",
                "По данным ВОЗ, из каждых 100 пациентов стационаров в странах с высоким уровнем дохода 7, а в странах с низким и "
                "средним уровнем дохода 15 получают хотя бы одну <b>инфекцию, связанную с оказанием медицинской помощи</b>.",
                "According to WHO, out of every 100 patients in acute-care hospitals, 7 in high-income countries and 15 in low- and "
                "middle-income countries acquire at least one <b>health care-associated infection</b>.",
            ),
            T(
                "Mikroorganizmlar bemordan bemorga koʻpincha tibbiyot xodimining qoʻllari orqali oʻtadi. Toʻgʻri vaqtda va toʻgʻri "
                "usulda bajarilgan qoʻl gigiyenasi bu infeksiyalarning oldini olishning eng samarali va eng arzon yoʻlidir.",
                "Микроорганизмы чаще всего передаются от пациента к пациенту через руки медицинского работника. Гигиена рук, "
                "выполненная в нужный момент и правильной техникой, — самый эффективный и дешёвый способ предотвратить эти инфекции.",
                "Germs most often travel from one patient to the next on health workers' hands. Hand hygiene done at the right "
                "moment and in the right way is the most effective and cheapest way to prevent these infections.",
            ),
        ),
        heading(T("Standart ehtiyot choralari", "Стандартные меры предосторожности", "Standard precautions")),
        paragraph(
            T(
                "Standart ehtiyot choralari tashxisidan qatʼi nazar <b>har bir bemorga</b> qoʻllanadi:",
                "Стандартные меры предосторожности применяются <b>ко всем пациентам</b>, независимо от диагноза:",
                "Standard precautions apply to <b>every patient</b>, whatever the diagnosis:",
            ),
            ul(
                T("qoʻl gigiyenasi;", "гигиена рук;", "hand hygiene;"),
                T(
                    "xavfga qarab shaxsiy himoya vositalari;",
                    "средства индивидуальной защиты по степени риска;",
                    "personal protective equipment chosen by risk;",
                ),
                T(
                    "xavfsiz inyeksiya va oʻtkir buyumlar bilan xavfsiz ishlash;",
                    "безопасные инъекции и безопасное обращение с острыми инструментами;",
                    "safe injections and safe handling of sharps;",
                ),
                T(
                    "nafas gigiyenasi va yoʻtal odobi;",
                    "респираторная гигиена и этикет кашля;",
                    "respiratory hygiene and cough etiquette;",
                ),
                T(
                    "muhitni tozalash, choyshab va chiqindilar bilan xavfsiz ishlash, jihozlarni zararsizlantirish.",
                    "уборка помещений, безопасное обращение с бельём и отходами, обеззараживание оборудования.",
                    "environmental cleaning, safe handling of linen and waste, and decontamination of equipment.",
                ),
            ),
        ),
        callout(
            "info",
            T(
                "Har bir bemor — ehtimoliy manba",
                "Каждый пациент — возможный источник",
                "Every patient is a possible source",
            ),
            T(
                "Koʻp infeksiyalar belgisiz kechadi: gepatit B yoki C, OIV bilan yashayotgan bemor oʻzini sogʻlom his qilishi mumkin. "
                "Shuning uchun ehtiyot choralari tashxisga emas, muolajaga bogʻliq.",
                "Многие инфекции протекают бессимптомно: пациент с гепатитом B или C, ВИЧ может чувствовать себя здоровым. "
                "Поэтому меры предосторожности зависят от процедуры, а не от диагноза.",
                "Many infections have no symptoms: a patient living with hepatitis B or C or HIV may feel perfectly well. "
                "That is why precautions depend on the task, not on the diagnosis.",
            ),
        ),
        knowledge_check(
            T(
                "Standart ehtiyot choralari qaysi bemorlarga qoʻllanadi?",
                "К каким пациентам применяются стандартные меры предосторожности?",
                "Which patients do standard precautions apply to?",
            ),
            (
                (
                    T(
                        "Faqat infeksiyasi tasdiqlangan bemorlarga",
                        "Только к пациентам с подтверждённой инфекцией",
                        "Only patients with a confirmed infection",
                    ),
                    False,
                ),
                (
                    T(
                        "Faqat jarrohlik boʻlimidagi bemorlarga",
                        "Только к пациентам хирургических отделений",
                        "Only patients on surgical wards",
                    ),
                    False,
                ),
                (
                    T(
                        "Tashxisidan qatʼi nazar, barcha bemorlarga",
                        "Ко всем пациентам, независимо от диагноза",
                        "All patients, whatever the diagnosis",
                    ),
                    True,
                ),
            ),
            T(
                "Toʻgʻri: infeksiya belgisiz boʻlishi mumkin, shuning uchun choralar <b>har bir bemorga</b> qoʻllanadi.",
                "Верно: инфекция может протекать бессимптомно, поэтому меры применяются <b>ко всем пациентам</b>.",
                "Infections can be silent, so standard precautions apply to <b>every patient</b>.",
            ),
        ),
    ),
)

FIVE_MOMENTS_LESSON = Lesson(
    "lesson-2-five-moments",
    T("Qoʻl gigiyenasining 5 holati", "5 моментов гигиены рук", "Your 5 moments for hand hygiene"),
    15,
    (
        paragraph(
            T(
                "JSST qoʻl gigiyenasi shart boʻlgan beshta holatni belgilagan. Ular <b>bemor zonasi</b> tushunchasiga asoslanadi: "
                "bemorning oʻzi va u tegadigan narsalar — karavot, tumbochka, infuziya tizimi, monitor.",
                "ВОЗ определила пять моментов, когда гигиена рук обязательна. Они основаны на понятии <b>зоны пациента</b>: "
                "сам пациент и всё, к чему он прикасается, — кровать, тумбочка, инфузионная система, монитор.",
                "WHO defines five moments when hand hygiene is required. They rest on the idea of the <b>patient zone</b>: "
                "the patient and everything they touch — bed, bedside table, infusion set, monitor.",
            ),
            T(
                "1- va 2-holatlar bemorni sizning qoʻlingizdagi mikroorganizmlardan, 3–5-holatlar esa sizni va muhitni bemorning mikroorganizmlaridan himoya qiladi.",
                "Моменты 1 и 2 защищают пациента от микроорганизмов на ваших руках, моменты 3–5 — вас и окружающую среду от микроорганизмов пациента.",
                "Moments 1 and 2 protect the patient from germs on your hands; moments 3 to 5 protect you and the environment from the patient's germs.",
            ),
        ),
        image(
            FIVE_MOMENTS,
            alt=T(
                "Karavotdagi bemor va uning atrofidagi bemor zonasi; zona chegarasida 1 dan 5 gacha raqamlangan holatlar.",
                "Пациент в кровати и зона пациента вокруг; на границе зоны пронумерованы моменты с 1 по 5.",
                "A patient in bed inside the patient zone, with moments 1 to 5 numbered around its edge.",
            ),
            caption=T(
                "JSST boʻyicha qoʻl gigiyenasining 5 holati.",
                "5 моментов гигиены рук по ВОЗ.",
                "The WHO 5 moments for hand hygiene.",
            ),
        ),
        table(
            T("5 holat: qachon va nima uchun", "5 моментов: когда и зачем", "The 5 moments: when and why"),
            (
                T("Holat", "Момент", "Moment"),
                T("Misollar", "Примеры", "Examples"),
            ),
            (
                MOMENTS[0],
                T(
                    "koʻrik, qon bosimini oʻlchash, bemorga turishga yordam",
                    "осмотр, измерение давления, помощь при перемещении",
                    "examination, taking blood pressure, helping the patient move",
                ),
            ),
            (
                MOMENTS[1],
                T(
                    "inyeksiya, kateter qoʻyish, bogʻlam, ogʻiz boʻshligʻini parvarish",
                    "инъекция, катетеризация, перевязка, уход за полостью рта",
                    "injection, catheter insertion, wound dressing, oral care",
                ),
            ),
            (
                MOMENTS[2],
                T(
                    "qon olish, aspiratsiya, siydik va najas bilan ishlash, qoʻlqopni yechish",
                    "забор крови, аспирация, работа с мочой и калом, снятие перчаток",
                    "drawing blood, suctioning, handling urine or faeces, removing gloves",
                ),
            ),
            (
                MOMENTS[3],
                T(
                    "bemordan uzoqlashishdan oldin, unga tekkan boʻlsangiz",
                    "при уходе от пациента после контакта с ним",
                    "when leaving a patient you have touched",
                ),
            ),
            (
                MOMENTS[4],
                T(
                    "karavot, monitor, infuziya nasosiga tegish — bemorga tegmagan boʻlsangiz ham",
                    "касание кровати, монитора, инфузомата — даже без контакта с пациентом",
                    "touching the bed, monitor or infusion pump — even without touching the patient",
                ),
            ),
        ),
        callout(
            "tip",
            T("Ikki holat — bitta harakat", "Два момента — одно действие", "Two moments, one action"),
            T(
                "Bir bemordan ikkinchisiga oʻtayotganda 4-holat (birinchi bemordan keyin) va 1-holat (ikkinchisidan oldin) "
                "bir vaqtga toʻgʻri keladi: bitta ishlov berish ikkalasini ham qoplaydi.",
                "При переходе от одного пациента к другому момент 4 (после первого) и момент 1 (перед вторым) совпадают: "
                "одна обработка рук покрывает оба.",
                "Moving from one patient to the next, moment 4 (after the first) and moment 1 (before the second) fall together: "
                "one hand hygiene action covers both.",
            ),
        ),
        knowledge_check(
            T(
                "Siz bemor yonidagi infuziya nasosini sozladingiz, bemorning oʻziga tegmadingiz. Palatadan chiqishda qoʻl gigiyenasi kerakmi?",
                "Вы настроили инфузомат у кровати пациента, не касаясь самого пациента. Нужна ли гигиена рук при выходе из палаты?",
                "You adjusted the infusion pump at a patient's bedside without touching the patient. Do you need hand hygiene as you leave?",
            ),
            (
                (
                    T(
                        "Ha — 5-holat: bemor atrofidagi narsalarga tekkandan keyin",
                        "Да — момент 5: после контакта с окружением пациента",
                        "Yes — moment 5: after touching patient surroundings",
                    ),
                    True,
                ),
                (T("Yoʻq, bemorga tegilmadi", "Нет, пациента не касались", "No, the patient was not touched"), False),
                (
                    T(
                        "Faqat qoʻlqopsiz ishlagan boʻlsangiz",
                        "Только если работали без перчаток",
                        "Only if you were not wearing gloves",
                    ),
                    False,
                ),
            ),
            T(
                "Nasos bemor zonasida joylashgan, undagi mikroorganizmlar qoʻlingizga oʻtadi. Bu — <b>5-holat</b>.",
                "Инфузомат находится в зоне пациента, и микроорганизмы с него попадают на руки. Это <b>момент 5</b>.",
                "The pump is in the patient zone and its germs reach your hands. This is <b>moment 5</b>.",
            ),
        ),
    ),
)

HAND_RUB_AND_WASH = Lesson(
    "lesson-3-hand-rub-and-hand-wash",
    T(
        "Qoʻlga ishlov berish va qoʻl yuvish texnikasi",
        "Техника обработки и мытья рук",
        "How to hand rub and hand wash",
    ),
    15,
    (
        paragraph(
            T(
                "Qoʻllar koʻrinarli ifloslanmagan boʻlsa, <b>spirtli antiseptik</b> asosiy usul hisoblanadi: u tezroq, samaraliroq va teriga yumshoqroq taʼsir qiladi. "
                "<b>Sovun va suv</b> bilan qoʻllar koʻrinarli ifloslanganda yoki qon va boshqa biologik suyuqliklar tekkanda, hojatxonadan keyin, "
                "shuningdek <i>Clostridioides difficile</i> kabi spora hosil qiluvchi mikroorganizmlar bilan aloqa ehtimoli boʻlganda yuviladi.",
                "Если руки не загрязнены видимо, основной способ — <b>спиртовой антисептик</b>: он быстрее, эффективнее и лучше переносится кожей. "
                "<b>Мыло и вода</b> нужны, когда руки видимо загрязнены или испачканы кровью и другими биологическими жидкостями, после туалета, "
                "а также при возможном контакте со спорообразующими микроорганизмами, например <i>Clostridioides difficile</i>.",
                "When hands are not visibly soiled, an <b>alcohol-based hand rub</b> is the routine method: it is faster, more effective and kinder to skin. "
                "Use <b>soap and water</b> when hands are visibly soiled or contaminated with blood or other body fluids, after using the toilet, "
                "and when exposure to spore-forming organisms such as <i>Clostridioides difficile</i> is likely.",
            ),
        ),
        image(
            TIMING,
            alt=T(
                "Ikki karta: spirtli antiseptik 20–30 soniya, sovun va suv bilan yuvish 40–60 soniya.",
                "Две карточки: спиртовой антисептик 20–30 секунд, мытьё с мылом и водой 40–60 секунд.",
                "Two cards: alcohol-based hand rub 20–30 seconds, washing with soap and water 40–60 seconds.",
            ),
            caption=T(
                "Butun jarayon davomiyligi, qoʻllarni quritish bilan birga.",
                "Длительность всей процедуры, включая высушивание рук.",
                "Duration of the whole procedure, including drying.",
            ),
        ),
        heading(
            T(
                "Spirtli antiseptik bilan ishlov berish",
                "Обработка спиртовым антисептиком",
                "Hand rub with an alcohol-based rub",
            ),
            "h3",
        ),
        paragraph(
            ol(
                T(
                    "Hovuchga barcha yuzalarni qoplaydigan miqdorda antiseptik oling.",
                    "Наберите в ладонь, сложенную горстью, столько средства, чтобы покрыть всю поверхность рук.",
                    "Apply a palmful of the product in a cupped hand, enough to cover all surfaces.",
                ),
                T("Kaftni kaftga ishqalang.", "Потрите ладонь о ладонь.", "Rub hands palm to palm."),
                T(
                    "Oʻng kaft bilan chap qoʻl orqasini barmoqlar orasini ochib ishqalang, soʻng aksincha.",
                    "Правой ладонью потрите тыльную сторону левой кисти, переплетя пальцы, и наоборот.",
                    "Right palm over the back of the left hand with fingers interlaced, and vice versa.",
                ),
                T(
                    "Kaftlarni bir-biriga qoʻyib, barmoqlar orasini ishqalang.",
                    "Потрите ладони друг о друга, переплетя пальцы.",
                    "Palm to palm with fingers interlaced.",
                ),
                T(
                    "Barmoqlarni qulf qilib, ularning orqa tomonini qarama-qarshi kaftga ishqalang.",
                    "Сцепите пальцы в «замок» и потрите тыльной стороной пальцев ладонь другой руки.",
                    "Backs of fingers to opposing palms with fingers interlocked.",
                ),
                T(
                    "Bosh barmoqni qarama-qarshi kaft bilan ushlab, aylanma harakat bilan ishqalang, soʻng aksincha.",
                    "Охватите большой палец ладонью другой руки и потрите круговыми движениями; поменяйте руки.",
                    "Rotational rubbing of each thumb clasped in the opposite palm.",
                ),
                T(
                    "Barmoq uchlarini qarama-qarshi kaftda aylanma harakat bilan ishqalang, soʻng aksincha.",
                    "Круговыми движениями потрите кончиками пальцев ладонь другой руки; поменяйте руки.",
                    "Rotational rubbing of the fingertips in the opposite palm, backwards and forwards.",
                ),
                T(
                    "Qoʻllar quriguncha ishqalang — shundan soʻng ular xavfsiz.",
                    "Растирайте до высыхания — после этого руки безопасны.",
                    "Keep rubbing until dry — then your hands are safe.",
                ),
            ),
        ),
        heading(T("Sovun va suv bilan yuvish", "Мытьё рук с мылом и водой", "Hand washing with soap and water"), "h3"),
        paragraph(
            T(
                "Qoʻllarni suv bilan hoʻllang, barcha yuzalarni qoplaydigan miqdorda sovun oling va yuqoridagi 2–7-harakatlarni bajaring. "
                "Qoʻllarni chaying, bir martalik sochiq bilan yaxshilab quriting va joʻmrakni shu sochiq bilan yoping. Jami 40–60 soniya.",
                "Смочите руки водой, нанесите мыло в количестве, достаточном для всей поверхности рук, и выполните движения 2–7, описанные выше. "
                "Ополосните руки, тщательно высушите одноразовым полотенцем и закройте кран этим же полотенцем. Всего 40–60 секунд.",
                "Wet hands with water, apply enough soap to cover all surfaces and repeat movements 2–7 above. "
                "Rinse, dry thoroughly with a single-use towel and use the towel to turn off the tap. In all, 40–60 seconds.",
            ),
        ),
        callout(
            "warning",
            T("Aralashtirmang", "Не совмещайте", "Do not combine"),
            T(
                "Spirtli antiseptik va sovunni bir vaqtda ishlatmang, qoʻllarni issiq suvda yuvmang: bu terini quritadi va dermatitga olib keladi.",
                "Не используйте спиртовой антисептик и мыло одновременно и не мойте руки горячей водой: это сушит кожу и вызывает дерматит.",
                "Do not use hand rub and soap at the same time, and avoid hot water: both dry the skin and cause dermatitis.",
            ),
        ),
        callout(
            "tip",
            T("Tirsakkacha ochiq", "Открытые до локтя", "Bare below the elbows"),
            T(
                "Tirnoqlarni kalta oling, sunʼiy tirnoq, uzuk, bilaguzuk va soat taqmang. Smenadan keyin qoʻl kremi teri yorilishining oldini oladi.",
                "Коротко стригите ногти, не носите искусственные ногти, кольца, браслеты и часы. Крем для рук после смены предотвращает трещины кожи.",
                "Keep nails short, and wear no artificial nails, rings, bracelets or watch. Hand cream after a shift keeps skin from cracking.",
            ),
        ),
        video(
            "https://www.youtube.com/watch?v=3PmVJQUCm4E",
            title=T(
                "JSST: Qoʻlni qanday yuvish kerak? Sovun va suv bilan",
                "ВОЗ: Как мыть руки? С мылом и водой",
                "WHO: How to handwash? With soap and water",
            ),
            poster=COVER,
        ),
        document(
            CHECKLIST,
            description=T(
                "Bir sahifali PDF: 5 holat, texnika, himoya vositalari va oʻtkir buyumlar.",
                "PDF на одной странице: 5 моментов, техника, СИЗ и острые инструменты.",
                "One-page PDF: the 5 moments, technique, PPE and sharps.",
            ),
        ),
        knowledge_check(
            T(
                "Qoʻllar koʻrinarli ifloslanmagan. Spirtli antiseptik bilan ishlov berish qancha davom etishi kerak?",
                "Руки видимо не загрязнены. Сколько должна длиться обработка спиртовым антисептиком?",
                "Your hands are not visibly soiled. How long should a hand rub take?",
            ),
            (
                (T("5–10 soniya", "5–10 секунд", "5–10 seconds"), False),
                (T("2 daqiqa", "2 минуты", "2 minutes"), False),
                (
                    T(
                        "20–30 soniya, qoʻllar quriguncha",
                        "20–30 секунд, до высыхания",
                        "20–30 seconds, until hands are dry",
                    ),
                    True,
                ),
            ),
            T(
                "JSST tavsiyasi: <b>20–30 soniya</b>, antiseptik toʻliq quriguncha. Sovun va suv bilan yuvish 40–60 soniya davom etadi.",
                "Рекомендация ВОЗ: <b>20–30 секунд</b>, до полного высыхания антисептика. Мытьё с мылом занимает 40–60 секунд.",
                "WHO recommends <b>20–30 seconds</b>, until the rub has dried. Washing with soap and water takes 40–60 seconds.",
            ),
        ),
    ),
)

PERSONAL_PROTECTIVE_EQUIPMENT = Lesson(
    "lesson-4-personal-protective-equipment",
    T("Shaxsiy himoya vositalari", "Средства индивидуальной защиты", "Personal protective equipment"),
    15,
    (
        paragraph(
            T(
                "Shaxsiy himoya vositalari (ShHV) muolaja xavfini baholash asosida tanlanadi: qon yoki biologik suyuqliklar tegishi, "
                "sachrashi yoki havo orqali yuqishi mumkinmi? Havo-tomchi yoki havo orqali yuqadigan infeksiyalarda qoʻshimcha choralar qoʻllanadi.",
                "Средства индивидуальной защиты (СИЗ) выбирают по оценке риска процедуры: возможен ли контакт с кровью или биологическими "
                "жидкостями, брызги, воздушная передача? При капельных и воздушно-капельных инфекциях добавляются дополнительные меры.",
                "Personal protective equipment (PPE) is chosen by assessing the task: can there be contact with blood or body fluids, "
                "splashes, or airborne spread? Infections spread by droplets or through the air call for additional precautions.",
            ),
        ),
        table(
            T("Muolajaga qarab ShHV", "СИЗ в зависимости от процедуры", "PPE by task"),
            (T("Muolaja", "Процедура", "Task"), T("Kerakli vositalar", "Необходимые СИЗ", "PPE needed")),
            (
                T(
                    "Butun teriga tegish: koʻrik, qon bosimini oʻlchash",
                    "Контакт с неповреждённой кожей: осмотр, измерение давления",
                    "Contact with intact skin: examination, blood pressure",
                ),
                T("Faqat qoʻl gigiyenasi", "Только гигиена рук", "Hand hygiene only"),
            ),
            (
                T(
                    "Venepunksiya, shilliq qavat yoki shikastlangan teriga tegish",
                    "Венепункция, контакт со слизистыми или повреждённой кожей",
                    "Venepuncture, contact with mucous membranes or broken skin",
                ),
                T("Qoʻlqop", "Перчатки", "Gloves"),
            ),
            (
                T(
                    "Tanaga sachrash xavfi: yarani yuvish, drenajni boʻshatish",
                    "Риск брызг на тело: промывание раны, опорожнение дренажа",
                    "Splash risk to the body: wound irrigation, emptying a drain",
                ),
                T("Qoʻlqop, fartuk yoki xalat", "Перчатки, фартук или халат", "Gloves, apron or gown"),
            ),
            (
                T(
                    "Yuzga sachrash xavfi: aspiratsiya, intubatsiya",
                    "Риск брызг в лицо: аспирация, интубация",
                    "Splash risk to the face: suctioning, intubation",
                ),
                T(
                    "Qoʻlqop, xalat, tibbiy niqob, koʻz himoyasi",
                    "Перчатки, халат, медицинская маска, защита глаз",
                    "Gloves, gown, medical mask, eye protection",
                ),
            ),
            (
                T(
                    "Havo orqali yuqadigan infeksiya, masalan, sil",
                    "Инфекция с воздушным путём передачи, например туберкулёз",
                    "Airborne infection, such as tuberculosis",
                ),
                T("Respirator (FFP2 yoki N95)", "Респиратор (FFP2 или N95)", "Respirator (FFP2 or N95)"),
            ),
        ),
        heading(T("Kiyish va yechish tartibi", "Порядок надевания и снятия", "Putting on and taking off")),
        paragraph(
            T("<b>Kiyish:</b>", "<b>Надевание:</b>", "<b>Putting on:</b>"),
            ol(
                T("qoʻl gigiyenasi;", "гигиена рук;", "hand hygiene;"),
                T("xalat;", "халат;", "gown;"),
                T("niqob yoki respirator;", "маска или респиратор;", "mask or respirator;"),
                T(
                    "koʻz himoyasi (koʻzoynak yoki yuz qalqoni);",
                    "защита глаз (очки или щиток);",
                    "eye protection (goggles or face shield);",
                ),
                T(
                    "qoʻlqop — xalat yengining ustidan.",
                    "перчатки — поверх манжет халата.",
                    "gloves, over the gown cuffs.",
                ),
            ),
            T("<b>Yechish:</b>", "<b>Снятие:</b>", "<b>Taking off:</b>"),
            ol(
                T("qoʻlqop;", "перчатки;", "gloves;"),
                T(
                    "xalat — ichki tomonini tashqariga oʻrab;",
                    "халат — сворачивая внутренней стороной наружу;",
                    "gown, rolled inside out;",
                ),
                T("qoʻl gigiyenasi;", "гигиена рук;", "hand hygiene;"),
                T(
                    "koʻz himoyasi — bogʻichidan ushlab;",
                    "защита глаз — за дужки или резинку;",
                    "eye protection, by the strap or arms;",
                ),
                T(
                    "niqob yoki respirator — bogʻichidan ushlab;",
                    "маска или респиратор — за завязки;",
                    "mask or respirator, by the ties;",
                ),
                T("qoʻl gigiyenasi.", "гигиена рук.", "hand hygiene."),
            ),
        ),
        callout(
            "warning",
            T(
                "Qoʻlqop qoʻl gigiyenasining oʻrnini bosmaydi",
                "Перчатки не заменяют гигиену рук",
                "Gloves do not replace hand hygiene",
            ),
            T(
                "Qoʻlqopni har bir bemordan keyin va bitta bemorda ifloslangan joydan toza joyga oʻtishda almashtiring. "
                "Qoʻlqopni yuvmang va qayta ishlatmang. Qoʻlqopni yechgandan keyin har doim qoʻl gigiyenasini bajaring.",
                "Меняйте перчатки после каждого пациента и при переходе от загрязнённого участка к чистому у одного пациента. "
                "Не мойте и не используйте перчатки повторно. После снятия перчаток всегда выполняйте гигиену рук.",
                "Change gloves after every patient, and when moving from a contaminated to a clean body site on the same patient. "
                "Never wash or reuse gloves. Always perform hand hygiene after taking them off.",
            ),
        ),
        accordion(
            T("Koʻp beriladigan savollar", "Частые вопросы", "Frequently asked questions"),
            (
                T(
                    "Mushak ichiga inyeksiya uchun qoʻlqop kerakmi?",
                    "Нужны ли перчатки для внутримышечной инъекции?",
                    "Do I need gloves for an intramuscular injection?",
                ),
                T(
                    "JSST teri butun boʻlsa, teri ichiga, teri ostiga va mushak ichiga oddiy inyeksiyalarda qoʻlqopni talab qilmaydi. "
                    "Qon tegishi ehtimoli boʻlsa (masalan, venepunksiya) qoʻlqop kiying. Qoʻl gigiyenasi har qanday holatda shart.",
                    "ВОЗ не требует перчаток для обычных внутрикожных, подкожных и внутримышечных инъекций при неповреждённой коже. "
                    "Если возможен контакт с кровью (например, венепункция), наденьте перчатки. Гигиена рук обязательна в любом случае.",
                    "WHO does not require gloves for routine intradermal, subcutaneous or intramuscular injections when the skin is intact. "
                    "Wear gloves when contact with blood is likely, as in venepuncture. Hand hygiene is needed either way.",
                ),
            ),
            (
                T(
                    "Tibbiy niqobni qayta taqish mumkinmi?",
                    "Можно ли повторно надеть медицинскую маску?",
                    "Can I reuse a medical mask?",
                ),
                T(
                    "Yoʻq. Tibbiy niqob bir martalik: namlansa, ifloslansa yoki shikastlansa darhol almashtiring, old tomoniga tegmang, "
                    "yechgandan keyin chiqindiga tashlang va qoʻl gigiyenasini bajaring.",
                    "Нет. Медицинская маска одноразовая: сразу меняйте её, если она намокла, загрязнилась или повреждена, не касайтесь "
                    "её передней части, после снятия выбросьте и выполните гигиену рук.",
                    "No. Medical masks are single-use: replace one as soon as it is damp, soiled or damaged, do not touch the front, "
                    "throw it away after removing it and perform hand hygiene.",
                ),
            ),
            (
                T(
                    "ShHVning qaysi qismi eng ifloslangan?",
                    "Какая часть СИЗ самая загрязнённая?",
                    "Which part of PPE is the most contaminated?",
                ),
                T(
                    "Qoʻlqop, xalatning old tomoni va niqob bilan koʻz himoyasining tashqi yuzasi. Ularni faqat ichki tomoni yoki bogʻichidan ushlab yeching.",
                    "Перчатки, передняя часть халата и наружная поверхность маски и защиты глаз. Снимайте их, касаясь только внутренней стороны или завязок.",
                    "The gloves, the front of the gown and the outside of the mask and eye protection. Remove them touching only the inside or the ties.",
                ),
            ),
        ),
        knowledge_check(
            T(
                "ShHVni yechishda birinchi navbatda nima yechiladi?",
                "Что снимают первым при снятии СИЗ?",
                "What do you take off first?",
            ),
            (
                (T("Niqob", "Маску", "The mask"), False),
                (T("Qoʻlqop", "Перчатки", "Gloves"), True),
                (T("Koʻz himoyasi", "Защиту глаз", "Eye protection"), False),
            ),
            T(
                "Qoʻlqop eng ifloslangan vosita, shuning uchun u birinchi yechiladi. Niqob yoki respirator esa eng oxirida, qoʻl gigiyenasidan keyin yechiladi.",
                "Перчатки загрязнены сильнее всего, поэтому их снимают первыми. Маску или респиратор снимают последними, после гигиены рук.",
                "Gloves are the most contaminated item, so they come off first. The mask or respirator comes off last, after hand hygiene.",
            ),
        ),
    ),
)

SHARPS_SAFETY = Lesson(
    "lesson-5-sharps-safety",
    T("Oʻtkir buyumlar bilan xavfsiz ishlash", "Безопасная работа с острыми инструментами", "Sharps safety"),
    12,
    (
        paragraph(
            T(
                "Igna sanchilishi va kesilish gepatit B, gepatit C va OIVni yuqtirishi mumkin. Bunday jarohatlarning aksariyatini oldini olish mumkin:",
                "Уколы иглой и порезы могут передать гепатит B, гепатит C и ВИЧ. Большинство таких травм можно предотвратить:",
                "Needle-stick and sharps injuries can transmit hepatitis B, hepatitis C and HIV. Most of them can be prevented:",
            ),
            ul(
                T(
                    "ishlatilgan ignaga qalpoqcha kiydirmang, ignani egmang va qoʻl bilan sindirmang;",
                    "не надевайте колпачок на использованную иглу, не сгибайте и не ломайте её руками;",
                    "never recap, bend or break a used needle by hand;",
                ),
                T(
                    "ignani darhol, ishlatilgan joyning oʻzida teshilmaydigan konteynerga tashlang;",
                    "сразу сбрасывайте иглу в непрокалываемый контейнер на месте использования;",
                    "drop it at once into a puncture-resistant sharps container at the point of use;",
                ),
                T(
                    "konteyner qoʻl yetadigan joyda tursin, 3/4 qismi toʻlganda yoping;",
                    "держите контейнер в пределах досягаемости и закрывайте при заполнении на 3/4;",
                    "keep the container within reach and close it when three-quarters full;",
                ),
                T(
                    "oʻtkir buyumlarni qoʻldan-qoʻlga bermang, lotokdan foydalaning;",
                    "не передавайте острые инструменты из рук в руки, используйте лоток;",
                    "never pass sharps hand to hand; use a tray;",
                ),
                T(
                    "imkon boʻlsa, himoya mexanizmli shprits va ignalardan foydalaning;",
                    "по возможности используйте шприцы и иглы с защитным механизмом;",
                    "use safety-engineered syringes and needles where available;",
                ),
                T(
                    "gepatit B ga qarshi toʻliq emlangan boʻling.",
                    "будьте полностью привиты против гепатита B.",
                    "be fully vaccinated against hepatitis B.",
                ),
            ),
        ),
        callout(
            "warning",
            T("Qalpoqchani qayta kiydirmang", "Не надевайте колпачок повторно", "Do not recap"),
            T(
                "Qalpoqchani ikki qoʻllab kiydirish — igna sanchilishining eng koʻp uchraydigan sababi. Agar buni chetlab boʻlmasa, "
                "faqat bir qoʻl bilan, qalpoqchani stol ustidan «ilib olish» usulida bajaring.",
                "Надевание колпачка двумя руками — самая частая причина уколов. Если этого нельзя избежать, делайте это одной рукой, "
                "«поддевая» колпачок, лежащий на столе.",
                "Two-handed recapping is the commonest cause of needle-stick injuries. If recapping cannot be avoided, use the "
                "one-handed scoop technique with the cap lying on a surface.",
            ),
        ),
        heading(T("Igna sanchilsa nima qilish kerak", "Что делать при уколе иглой", "After a needle-stick injury")),
        paragraph(
            ol(
                T(
                    "Jarohatni darhol sovun va oqar suv bilan yuving. Qon oʻz-oʻzidan oqsin: siqmang, soʻrmang, xlorli vosita yoki kuchli antiseptik surtmang.",
                    "Сразу промойте рану проточной водой с мылом. Дайте крови свободно вытечь: не выдавливайте, не отсасывайте, не обрабатывайте хлорсодержащими средствами и сильными антисептиками.",
                    "Wash the wound at once with soap and running water. Let it bleed freely: do not squeeze or suck it, and do not apply bleach or strong antiseptics.",
                ),
                T(
                    "Koʻz yoki ogʻizga tushsa, koʻp miqdordagi toza suv yoki fiziologik eritma bilan chaying.",
                    "При попадании в глаза или рот промойте большим количеством чистой воды или физиологического раствора.",
                    "If blood reaches the eyes or mouth, rinse with plenty of clean water or saline.",
                ),
                T(
                    "Darhol rahbaringizga va muassasaning infeksion nazorat boʻyicha masʼul xodimiga xabar bering, hodisani roʻyxatga oling.",
                    "Немедленно сообщите руководителю и ответственному за инфекционный контроль, зарегистрируйте случай.",
                    "Report at once to your supervisor and the facility's infection control lead, and register the incident.",
                ),
                T(
                    "Ekspozitsiyadan keyingi profilaktika (EKP) boʻyicha baholaning: OIVga qarshi EKP imkon qadar tezroq, kechi bilan 72 soat ichida boshlanadi; gepatit B boʻyicha emlanganlik holati tekshiriladi.",
                    "Пройдите оценку для постконтактной профилактики (ПКП): ПКП ВИЧ начинают как можно раньше, не позднее 72 часов; проверяется прививочный статус против гепатита B.",
                    "Get assessed for post-exposure prophylaxis (PEP): HIV PEP starts as soon as possible and no later than 72 hours; your hepatitis B vaccination status is checked.",
                ),
            ),
        ),
        callout(
            "info",
            T("Vaqt hal qiladi", "Время решает", "Time matters"),
            T(
                "Hodisani yashirmang: EKP qanchalik erta boshlansa, shunchalik samarali. Xabar berish xodimni jazolash uchun emas, uni himoya qilish uchun.",
                "Не скрывайте случай: чем раньше начата ПКП, тем она эффективнее. Сообщение нужно, чтобы защитить работника, а не наказать его.",
                "Never hide an injury: the earlier PEP starts, the better it works. Reporting is there to protect you, not to punish you.",
            ),
        ),
        accordion(
            T("Koʻp beriladigan savollar", "Частые вопросы", "Frequently asked questions"),
            (
                T(
                    "Konteyner toʻlib qolsa-chi?",
                    "А если контейнер переполнен?",
                    "What if the sharps container is full?",
                ),
                T(
                    "Uni 3/4 qismi toʻlganda yoping va yangisini qoʻying. Ichidagini qoʻl bilan bosmang, konteynerni boʻshatmang va qayta ishlatmang.",
                    "Закройте его при заполнении на 3/4 и поставьте новый. Не утрамбовывайте содержимое руками, не опорожняйте и не используйте контейнер повторно.",
                    "Close it when three-quarters full and start a new one. Never push the contents down, empty it or reuse it.",
                ),
            ),
            (
                T(
                    "Jarohatdan qonni siqib chiqarish kerakmi?",
                    "Нужно ли выдавливать кровь из ранки?",
                    "Should I squeeze the wound to make it bleed?",
                ),
                T(
                    "Yoʻq. Siqish toʻqimani shikastlaydi va foyda bermaydi. Qon oʻz-oʻzidan oqsin, jarohatni sovun va suv bilan yuving.",
                    "Нет. Выдавливание травмирует ткани и не помогает. Дайте крови вытечь самостоятельно и промойте рану водой с мылом.",
                    "No. Squeezing damages tissue and does not help. Let it bleed freely and wash it with soap and water.",
                ),
            ),
        ),
        knowledge_check(
            T(
                "Hamshira ishlatilgan ignaga sanchilib oldi. Birinchi navbatda nima qilishi kerak?",
                "Медсестра уколола палец использованной иглой. Что она должна сделать в первую очередь?",
                "A nurse has pricked a finger on a used needle. What should she do first?",
            ),
            (
                (
                    T(
                        "Jarohatga spirt yoki yod surtish",
                        "Прижечь ранку спиртом или йодом",
                        "Dab the wound with alcohol or iodine",
                    ),
                    False,
                ),
                (
                    T(
                        "Jarohatni darhol sovun va oqar suv bilan yuvish",
                        "Сразу промыть ранку проточной водой с мылом",
                        "Wash the wound at once with soap and running water",
                    ),
                    True,
                ),
                (
                    T(
                        "Qonni kuch bilan siqib chiqarish",
                        "С силой выдавить кровь",
                        "Squeeze out as much blood as possible",
                    ),
                    False,
                ),
            ),
            T(
                "Avval — <b>sovun va oqar suv</b>, soʻng darhol xabar berish va EKP boʻyicha baholash.",
                "Сначала — <b>проточная вода с мылом</b>, затем немедленное сообщение и оценка для ПКП.",
                "First <b>soap and running water</b>, then report at once and get assessed for PEP.",
            ),
        ),
    ),
)

COURSE = Course(
    slug="hand-hygiene",
    title=T(
        "Qoʻl gigiyenasi va infeksiyalarning oldini olish",
        "Гигиена рук и профилактика инфекций",
        "Hand hygiene and infection prevention",
    ),
    summary=T(
        "JSST tavsiyalari asosidagi amaliy kurs: qoʻl gigiyenasining 5 holati, spirtli antiseptik va sovun bilan ishlov berish texnikasi, "
        "shaxsiy himoya vositalarini tanlash, kiyish va yechish, oʻtkir buyumlar bilan xavfsiz ishlash va igna sanchilganda harakatlar.",
        "Практический курс по рекомендациям ВОЗ: 5 моментов гигиены рук, техника обработки спиртовым антисептиком и мытья рук, "
        "выбор, надевание и снятие средств индивидуальной защиты, безопасная работа с острыми инструментами и действия при уколе иглой.",
        "A practical course based on WHO guidance: the 5 moments for hand hygiene, hand rub and hand washing technique, choosing, "
        "putting on and taking off personal protective equipment, sharps safety and what to do after a needle-stick injury.",
    ),
    objectives=(
        T(
            "qoʻl gigiyenasining 5 holatini amaliyotda qoʻllash;",
            "применять 5 моментов гигиены рук на практике;",
            "apply the 5 moments for hand hygiene in daily care;",
        ),
        T(
            "spirtli antiseptik (20–30 soniya) va sovun bilan yuvish (40–60 soniya) texnikasini toʻgʻri bajarish;",
            "правильно выполнять обработку спиртовым антисептиком (20–30 секунд) и мытьё рук (40–60 секунд);",
            "perform a hand rub (20–30 seconds) and a hand wash (40–60 seconds) correctly;",
        ),
        T(
            "muolaja xavfiga qarab ShHVni tanlash, toʻgʻri tartibda kiyish va yechish;",
            "выбирать СИЗ по риску процедуры, надевать и снимать их в правильном порядке;",
            "choose PPE by the risk of the task and put it on and take it off in the right order;",
        ),
        T(
            "oʻtkir buyumlar bilan xavfsiz ishlash va igna sanchilganda toʻgʻri harakat qilish.",
            "безопасно работать с острыми инструментами и правильно действовать при уколе иглой.",
            "handle sharps safely and act correctly after a needle-stick injury.",
        ),
    ),
    topic="infection-prevention",
    cpd_hours=Decimal("2.0"),
    certificate_validity_months=24,
    target_cadres=CLINICAL_CADRES,
    cover=COVER,
    syllabus=(
        Module(
            "module-1-hand-hygiene",
            T("Qoʻl gigiyenasi", "Гигиена рук", "Hand hygiene"),
            T(
                "Nima uchun, qachon va qanday: infeksiyalar qanday yuqadi, 5 holat va ishlov berish texnikasi.",
                "Зачем, когда и как: как передаются инфекции, 5 моментов и техника обработки рук.",
                "Why, when and how: how infections spread, the 5 moments and hand hygiene technique.",
            ),
            (WHY_HAND_HYGIENE, FIVE_MOMENTS_LESSON, HAND_RUB_AND_WASH),
        ),
        Module(
            "module-2-ppe-and-sharps",
            T("Himoya vositalari va oʻtkir buyumlar", "СИЗ и острые инструменты", "PPE and sharps"),
            T(
                "Shaxsiy himoya vositalarini tanlash va ishlatish, igna sanchilishining oldini olish.",
                "Выбор и использование СИЗ, профилактика уколов иглой.",
                "Choosing and using PPE, and preventing needle-stick injuries.",
            ),
            (PERSONAL_PROTECTIVE_EQUIPMENT, SHARPS_SAFETY),
        ),
    ),
)
