"""Questions of the hand hygiene course (WHO guidelines on hand hygiene in health care, PPE, sharps safety)."""

from .content import T
from .hand_hygiene import MOMENTS
from .quizzes import CourseQuizzes, multiple, numeric, short_text, single, true_false

BEFORE_PATIENT, BEFORE_ASEPTIC, AFTER_BODY_FLUID, AFTER_PATIENT, AFTER_SURROUNDINGS = MOMENTS

QUESTIONS = (
    multiple(
        "five-moments",
        T(
            "Quyidagilardan qaysilari JSST tavsiya etgan qoʻl gigiyenasining 5 holatiga kiradi? Barcha toʻgʻri javoblarni belgilang.",
            "Какие из этих ситуаций входят в 5 моментов гигиены рук ВОЗ? Отметьте все правильные ответы.",
            "Which of these are among WHO's 5 moments for hand hygiene? Choose all that apply.",
        ),
        (
            (BEFORE_PATIENT, True),
            (
                T(
                    "Kasalxona binosiga kirishdan oldin",
                    "Перед входом в здание больницы",
                    "Before entering the hospital building",
                ),
                False,
            ),
            (BEFORE_ASEPTIC, True),
            (AFTER_BODY_FLUID, True),
            (AFTER_SURROUNDINGS, True),
            (
                T(
                    "Hamshiralar postida telefonga javob berishdan oldin",
                    "Перед тем как ответить на телефон на посту медсестры",
                    "Before answering the phone at the nurses' station",
                ),
                False,
            ),
        ),
        T(
            "5 holat: bemorga tegishdan oldin, toza (aseptik) muolajadan oldin, biologik suyuqliklar bilan ifloslanish "
            "xavfidan keyin, bemorga tekkandan keyin va bemor atrofidagi narsalarga tekkandan keyin. Ular bemor zonasidagi "
            "ish uchun belgilangan; binoga kirish yoki postdagi telefon ular qatoriga kirmaydi.",
            "5 моментов: перед контактом с пациентом, перед чистой (асептической) процедурой, после риска контакта с "
            "биологическими жидкостями, после контакта с пациентом и после контакта с окружением пациента. Они относятся "
            "к работе в зоне пациента; вход в здание и телефон на посту к ним не относятся.",
            "The 5 moments are: before touching a patient, before a clean or aseptic procedure, after body fluid exposure "
            "risk, after touching a patient and after touching patient surroundings. They are about care in the patient "
            "zone; entering the building or the phone at the nurses' station are not among them.",
        ),
        partial=True,
    ),
    single(
        "preferred-method",
        T(
            "Qoʻllar koʻrinarli darajada ifloslanmagan. Qoʻl gigiyenasining qaysi usuli afzal?",
            "Руки видимо не загрязнены. Какой способ гигиены рук предпочтителен?",
            "Your hands are not visibly soiled. Which method of hand hygiene is preferred?",
        ),
        (
            (T("Sovun va suv bilan yuvish", "Мытьё с мылом и водой", "Washing with soap and water"), False),
            (T("Quruq sochiq bilan artish", "Протирание сухим полотенцем", "Wiping with a dry towel"), False),
            (T("Qoʻlqop kiyish", "Надеть перчатки", "Putting on gloves"), False),
            (
                T(
                    "Spirtli antiseptik bilan ishlov berish",
                    "Обработка спиртовым антисептиком",
                    "Alcohol-based hand rub",
                ),
                True,
            ),
        ),
        T(
            "Qoʻllar koʻrinarli ifloslanmagan boʻlsa, spirtli antiseptik afzal: u tezroq, mikroblarni yaxshiroq yoʻqotadi "
            "va teriga yumshoqroq taʼsir qiladi. Qoʻllar koʻrinarli ifloslanganda, hojatxonadan keyin yoki spora hosil "
            "qiluvchi mikroblar (masalan, <i>C. difficile</i>) xavfi boʻlganda sovun va suv bilan yuving.",
            "Если руки видимо не загрязнены, предпочтителен спиртовой антисептик: он быстрее, эффективнее и бережнее к "
            "коже. Мойте руки с мылом и водой, если они видимо загрязнены, после туалета и при риске контакта со "
            "спорообразующими микроорганизмами (например, <i>C. difficile</i>).",
            "When hands are not visibly soiled, the alcohol-based hand rub is preferred: it is faster, kills more germs "
            "and is gentler on the skin. Wash with soap and water when hands are visibly soiled, after using the toilet "
            "and when spore-forming organisms such as <i>C. difficile</i> may be present.",
        ),
    ),
    numeric(
        "rub-duration",
        T(
            "Spirtli antiseptik bilan qoʻlga ishlov berish butun jarayoni necha soniya davom etishi kerak?",
            "Сколько секунд должна длиться вся процедура обработки рук спиртовым антисептиком?",
            "How many seconds should the whole procedure of an alcohol-based hand rub take?",
        ),
        "25",
        T(
            "JSST tavsiyasi: 20–30 soniya, qoʻllar toʻliq quriguncha. Sovun va suv bilan yuvish 40–60 soniya davom etadi.",
            "По рекомендации ВОЗ — 20–30 секунд, до полного высыхания рук. Мытьё рук с мылом и водой занимает 40–60 секунд.",
            "WHO recommends 20–30 seconds, until the hands are completely dry. Washing with soap and water takes 40–60 seconds.",
        ),
        tolerance="5",
        unit=T("soniya", "с", "s"),
    ),
    true_false(
        "gloves-replace",
        T(
            "Qoʻlqop kiyilsa, qoʻl gigiyenasiga ehtiyoj qolmaydi.",
            "Если надеть перчатки, гигиена рук не нужна.",
            "Wearing gloves removes the need for hand hygiene.",
        ),
        False,
        T(
            "Notoʻgʻri. Qoʻlqop qoʻl gigiyenasining oʻrnini bosmaydi: qoʻlqopda mikroskopik teshiklar boʻlishi mumkin, "
            "yechayotganda qoʻllar ifloslanadi. Qoʻlqopni yechgach, har doim qoʻl gigiyenasini bajaring va qoʻlqopni har "
            "bir bemordan keyin almashtiring.",
            "Неверно. Перчатки не заменяют гигиену рук: в них бывают микроскопические дефекты, а при снятии руки "
            "загрязняются. После снятия перчаток всегда обрабатывайте руки и меняйте перчатки после каждого пациента.",
            "False. Gloves do not replace hand hygiene: they can have tiny holes, and hands get contaminated when gloves "
            "come off. Always perform hand hygiene after removing gloves, and change gloves after every patient.",
        ),
    ),
    true_false(
        "visibly-soiled",
        T(
            "Qoʻllar qon yoki boshqa biologik suyuqlik bilan koʻrinarli ifloslangan boʻlsa, ularni spirtli antiseptik "
            "bilan emas, sovun va suv bilan yuvish kerak.",
            "Если руки видимо загрязнены кровью или другими биологическими жидкостями, их нужно мыть с мылом и водой, "
            "а не обрабатывать спиртовым антисептиком.",
            "When hands are visibly soiled with blood or other body fluids, wash them with soap and water rather than "
            "using a hand rub.",
        ),
        True,
        T(
            "Toʻgʻri. Spirt organik ifloslanishni olib tashlamaydi. Koʻrinarli ifloslangan qoʻllarni sovun va suv bilan "
            "40–60 soniya yuving va bir martalik sochiq bilan quriting.",
            "Верно. Спирт не удаляет органические загрязнения. Видимо загрязнённые руки мойте с мылом и водой 40–60 "
            "секунд и высушивайте одноразовым полотенцем.",
            "True. Alcohol does not remove organic soiling. Wash visibly soiled hands with soap and water for 40–60 seconds "
            "and dry them with a single-use towel.",
        ),
    ),
    single(
        "surroundings",
        T(
            "Siz bemorga tegmasdan, faqat uning choyshabini toʻgʻriladingiz va palatadan chiqyapsiz. Bu qaysi holat?",
            "Вы поправили постельное бельё пациента, не касаясь его самого, и выходите из палаты. Какой это момент?",
            "You straightened a patient's bed linen without touching the patient, and you are leaving the room. Which "
            "moment is this?",
        ),
        (
            (AFTER_PATIENT, False),
            (BEFORE_ASEPTIC, False),
            (AFTER_SURROUNDINGS, True),
            (
                T(
                    "Hech qaysi: bemorga tegilmagan, qoʻl gigiyenasi shart emas",
                    "Никакой: пациента не касались, гигиена рук не нужна",
                    "None: the patient was not touched, so no hand hygiene is needed",
                ),
                False,
            ),
        ),
        T(
            "Bemor atrofidagi narsalar (karavot, choyshab, tumbochka, monitor) ham bemor mikroblari bilan ifloslangan. "
            "Ularga tekkandan keyin, bemorga tegmagan boʻlsangiz ham, qoʻl gigiyenasini bajaring — bu 5-holat.",
            "Окружение пациента (кровать, бельё, тумбочка, монитор) тоже обсеменено его микрофлорой. После контакта с "
            "ним обрабатывайте руки, даже если пациента вы не касались, — это 5-й момент.",
            "A patient's surroundings (bed, linen, bedside table, monitor) carry the patient's germs too. Perform hand "
            "hygiene after touching them, even if you did not touch the patient: this is moment 5.",
        ),
    ),
    multiple(
        "gloves-needed",
        T(
            "JSST tavsiyasiga koʻra, qaysi muolajalarda qoʻlqop kiyish kerak? Barcha toʻgʻri javoblarni belgilang.",
            "При каких процедурах, по рекомендации ВОЗ, нужны перчатки? Отметьте все правильные ответы.",
            "According to WHO, which of these tasks call for gloves? Choose all that apply.",
        ),
        (
            (
                T(
                    "Arterial bosimni oʻlchash (teri shikastlanmagan)",
                    "Измерение артериального давления на неповреждённой коже",
                    "Measuring blood pressure on intact skin",
                ),
                False,
            ),
            (T("Venadan qon olish", "Забор крови из вены", "Taking blood from a vein"), True),
            (
                T(
                    "Shilliq qavat yoki shikastlangan teriga tegish",
                    "Контакт со слизистыми оболочками или повреждённой кожей",
                    "Contact with mucous membranes or broken skin",
                ),
                True,
            ),
            (
                T(
                    "Rejali mushak ichiga inyeksiya (teri shikastlanmagan)",
                    "Плановая внутримышечная инъекция через неповреждённую кожу",
                    "A routine intramuscular injection through intact skin",
                ),
                False,
            ),
            (
                T(
                    "Siydik qopini boʻshatish",
                    "Опорожнение мочеприёмника",
                    "Emptying a urine drainage bag",
                ),
                True,
            ),
        ),
        T(
            "Qoʻlqop qon, biologik suyuqliklar, shilliq qavat yoki shikastlangan teriga tegish ehtimoli boʻlganda kiyiladi. "
            "Shikastlanmagan teriga tegishda (arterial bosim, koʻrik) va rejali teri ichiga, teri ostiga yoki mushak ichiga "
            "inyeksiyalarda JSST qoʻlqopni talab qilmaydi. Qoʻl gigiyenasi har ikki holatda ham zarur.",
            "Перчатки надевают, когда возможен контакт с кровью, биологическими жидкостями, слизистыми или повреждённой "
            "кожей. При контакте с неповреждённой кожей (давление, осмотр) и при плановых внутрикожных, подкожных и "
            "внутримышечных инъекциях ВОЗ перчаток не требует. Гигиена рук нужна в любом случае.",
            "Wear gloves when contact with blood, body fluids, mucous membranes or broken skin is likely. WHO does not "
            "require gloves for contact with intact skin (blood pressure, examination) or for routine intradermal, "
            "subcutaneous and intramuscular injections. Hand hygiene is needed either way.",
        ),
    ),
    short_text(
        "first-off",
        T(
            "Shaxsiy himoya vositalarini yechishda birinchi navbatda nima yechiladi? Bir soʻz bilan javob bering.",
            "Что снимают первым при снятии средств индивидуальной защиты? Ответьте одним словом.",
            "When you take off personal protective equipment, what do you remove first? Answer in one word.",
        ),
        T("qoʻlqop\nqoʻlqoplar\nqo'lqop\nqo'lqoplar", "перчатки\nперчатку", "gloves\nglove"),
        T(
            "Qoʻlqop — eng ifloslangan vosita, shuning uchun u birinchi yechiladi. Keyin xalat, qoʻl gigiyenasi, koʻz "
            "himoyasi, niqob yoki respirator oxirida yechiladi, soʻng yana qoʻl gigiyenasi bajariladi.",
            "Перчатки — самый загрязнённый элемент, поэтому их снимают первыми. Затем халат, гигиена рук, защита глаз, "
            "маска или респиратор — последними, после чего снова гигиена рук.",
            "Gloves are the most contaminated item, so they come off first. Then the gown, hand hygiene, eye protection, "
            "and the mask or respirator last, followed by hand hygiene again.",
        ),
    ),
    single(
        "nails-jewellery",
        T(
            "Bemor bilan bevosita ishlaydigan xodim uchun qaysi holat maqbul?",
            "Что допустимо для сотрудника, работающего непосредственно с пациентами?",
            "Which is acceptable for a health worker in direct patient care?",
        ),
        (
            (
                T(
                    "Yaxshi tozalab turiladigan sunʼiy tirnoqlar",
                    "Искусственные ногти, если их хорошо очищать",
                    "Artificial nails, if they are cleaned well",
                ),
                False,
            ),
            (
                T(
                    "Kalta tabiiy tirnoqlar, uzuk va soatsiz",
                    "Короткие натуральные ногти, без колец и часов",
                    "Short natural nails, no rings or wristwatch",
                ),
                True,
            ),
            (
                T(
                    "Rangsiz lok bilan qoplangan uzun tabiiy tirnoqlar",
                    "Длинные натуральные ногти под бесцветным лаком",
                    "Long natural nails with clear varnish",
                ),
                False,
            ),
            (
                T(
                    "Uzuk, agar qoʻllar yaxshi yuvilsa",
                    "Кольцо, если хорошо мыть руки",
                    "A ring, if the hands are washed well",
                ),
                False,
            ),
        ),
        T(
            "Sunʼiy va uzun tirnoqlar ostida mikroblar toʻplanadi va ular qoʻlqopni yirtadi. JSST tirnoqlarni kalta "
            "(0,5 sm dan kam) saqlashni va bemor bilan ishlashda uzuk, bilaguzuk va soat taqmaslikni tavsiya qiladi.",
            "Под искусственными и длинными ногтями скапливаются микроорганизмы, такие ногти рвут перчатки. ВОЗ "
            "рекомендует коротко стричь ногти (кончик короче 0,5 см) и не носить кольца, браслеты и часы при работе с "
            "пациентами.",
            "Germs gather under artificial and long nails, and such nails tear gloves. WHO advises keeping nail tips "
            "short (under 0.5 cm) and not wearing rings, bracelets or watches during patient care.",
        ),
    ),
    single(
        "used-needle",
        T(
            "Inyeksiyadan soʻng ishlatilgan igna va shprits bilan nima qilish eng xavfsiz?",
            "Как безопаснее всего поступить с использованными иглой и шприцем сразу после инъекции?",
            "What is the safest thing to do with a used needle and syringe straight after an injection?",
        ),
        (
            (
                T(
                    "Ignaga ikki qoʻllab qalpoqchani kiygizib, keyin tashlash",
                    "Надеть колпачок двумя руками, затем выбросить",
                    "Recap the needle with both hands, then discard it",
                ),
                False,
            ),
            (
                T(
                    "Tashlashdan oldin ignani egish yoki sindirish",
                    "Согнуть или сломать иглу перед утилизацией",
                    "Bend or break the needle before discarding it",
                ),
                False,
            ),
            (
                T(
                    "Laganchaga qoʻyib, obxoddan keyin tashlash",
                    "Положить на лоток и выбросить после обхода",
                    "Put them on the tray and discard them after the round",
                ),
                False,
            ),
            (
                T(
                    "Shu joyning oʻzida darhol oʻtkir buyumlar konteyneriga tashlash",
                    "Сразу сбросить в контейнер для острых предметов на месте использования",
                    "Drop them at once into a sharps container at the point of use",
                ),
                True,
            ),
        ),
        T(
            "Oʻtkir buyumlar ishlatilgan joyning oʻzida teshilmaydigan konteynerga darhol tashlanadi. Ikki qoʻllab "
            "qalpoqcha kiygizish igna sanchilishining eng koʻp uchraydigan sababi; ignani egmang va sindirmang.",
            "Острые предметы сбрасывают сразу на месте использования в непрокалываемый контейнер. Надевание колпачка "
            "двумя руками — самая частая причина уколов иглой; иглы не сгибают и не ломают.",
            "Discard sharps at once, at the point of use, into a puncture-resistant container. Two-handed recapping is the "
            "commonest cause of needle-stick injuries; never bend or break needles.",
        ),
    ),
    single(
        "sharps-container",
        T(
            "Oʻtkir buyumlar konteyneri qachon yopilib, yangisiga almashtiriladi?",
            "Когда контейнер для острых предметов закрывают и заменяют новым?",
            "When do you close a sharps container and start a new one?",
        ),
        (
            (T("Butunlay toʻlganda", "Когда он заполнен доверху", "When it is completely full"), False),
            (
                T(
                    "Toʻrtdan uch qismi toʻlganda",
                    "Когда он заполнен на три четверти",
                    "When it is three-quarters full",
                ),
                True,
            ),
            (
                T(
                    "Har smena oxirida, qanchalik toʻlganidan qatʼi nazar",
                    "В конце каждой смены, независимо от заполнения",
                    "At the end of every shift, however full it is",
                ),
                False,
            ),
            (
                T(
                    "Ignalar chiqib tura boshlaganda",
                    "Когда из него начинают торчать иглы",
                    "When needles start to stick out of it",
                ),
                False,
            ),
        ),
        T(
            "Konteyner toʻrtdan uch qismi toʻlganda yopiladi. Ichidagini bosmang, boʻshatmang va konteynerni qayta "
            "ishlatmang: toʻlib ketgan konteyner igna sanchilishiga olib keladi.",
            "Контейнер закрывают, когда он заполнен на три четверти. Содержимое не утрамбовывают, контейнер не "
            "опорожняют и не используют повторно: переполненный контейнер приводит к уколам.",
            "Close the container when it is three-quarters full. Never push the contents down, empty it or reuse it: an "
            "overfilled container causes needle-stick injuries.",
        ),
    ),
    numeric(
        "pep-hours",
        T(
            "Ishlatilgan ignaga sanchilgandan keyin OIVga qarshi ekspozitsiyadan keyingi profilaktika (EKP) eng kech "
            "necha soat ichida boshlanishi kerak?",
            "Не позднее скольких часов после укола использованной иглой нужно начать постконтактную профилактику (ПКП) "
            "ВИЧ-инфекции?",
            "At the latest, within how many hours of a needle-stick injury should HIV post-exposure prophylaxis (PEP) start?",
        ),
        "72",
        T(
            "EKP imkon qadar tezroq, eng kechi 72 soat ichida boshlanadi: qanchalik erta boshlansa, shunchalik samarali. "
            "Avval jarohatni sovun va oqar suv bilan yuving, soʻng darhol rahbaringizga xabar bering.",
            "ПКП начинают как можно скорее, не позднее 72 часов: чем раньше, тем она эффективнее. Сначала промойте рану "
            "водой с мылом, затем сразу сообщите руководителю.",
            "PEP starts as soon as possible and no later than 72 hours: the earlier, the better it works. First wash the "
            "wound with soap and running water, then report the injury at once.",
        ),
        unit=T("soat", "ч", "h"),
    ),
)

QUIZZES = CourseQuizzes(
    course_slug="hand-hygiene",
    bank_title=T(
        "Qoʻl gigiyenasi va infeksiyalarning oldini olish",
        "Гигиена рук и профилактика инфекций",
        "Hand hygiene and infection prevention",
    ),
    bank_description=T(
        "5 holat, ishlov berish texnikasi, shaxsiy himoya vositalari va oʻtkir buyumlar bilan xavfsiz ishlash.",
        "5 моментов, техника обработки рук, средства индивидуальной защиты и безопасная работа с острыми инструментами.",
        "The 5 moments, hand hygiene technique, personal protective equipment and sharps safety.",
    ),
    questions=QUESTIONS,
    pre_test=("preferred-method", "five-moments", "gloves-replace", "rub-duration", "sharps-container"),
    final_pass_mark=80,
)
