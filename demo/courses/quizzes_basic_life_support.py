"""Questions of the basic life support course (adult BLS and AED, as in the ERC and AHA guidelines WHO training follows)."""

from .content import T
from .quizzes import CourseQuizzes, multiple, numeric, short_text, single, true_false

QUESTIONS = (
    multiple(
        "recognise-arrest",
        T(
            "Kattalarda qaysi belgilar yurak toʻxtaganini va YOʻR boshlash kerakligini bildiradi? Barcha toʻgʻri "
            "javoblarni belgilang.",
            "Какие признаки у взрослого означают остановку сердца и необходимость начать СЛР? Отметьте все правильные ответы.",
            "Which signs in an adult mean cardiac arrest, so that you start CPR? Choose all that apply.",
        ),
        (
            (
                T(
                    "Yelkasidan silkitib, baland ovozda murojaat qilganda javob bermaydi",
                    "Не реагирует, когда его трясут за плечи и громко окликают",
                    "Does not respond when you shake the shoulders and shout",
                ),
                True,
            ),
            (T("Yoʻtalyapti va gapiryapti", "Кашляет и говорит", "Is coughing and talking"), False),
            (T("Normal nafas olmayapti", "Не дышит нормально", "Is not breathing normally"), True),
            (
                T(
                    "Vaqti-vaqti bilan siyrak xirillab nafas oladi",
                    "Изредка судорожно вдыхает",
                    "Makes only occasional gasps",
                ),
                True,
            ),
            (
                T(
                    "Rangi oqargan, lekin normal nafas olyapti",
                    "Бледен, но дышит нормально",
                    "Is pale but breathing normally",
                ),
                False,
            ),
        ),
        T(
            "Javob bermaslik va normal nafas olmaslik — yurak toʻxtashi: darhol yordam chaqiring va YOʻRni boshlang. "
            "Siyrak xirillab nafas olish (agonal nafas) normal nafas emas. Normal nafas olayotgan bemorda yurak "
            "toʻxtamagan: uni barqaror yon holatga yotqizing va nafasini kuzatib boring.",
            "Отсутствие реакции и нормального дыхания — это остановка сердца: сразу зовите помощь и начинайте СЛР. "
            "Редкие судорожные вдохи (агональное дыхание) — не нормальное дыхание. Если человек дышит нормально, "
            "остановки сердца нет: уложите его в устойчивое боковое положение и наблюдайте за дыханием.",
            "No response and no normal breathing means cardiac arrest: call for help and start CPR at once. Occasional "
            "gasps (agonal breathing) are not normal breathing. A person who is breathing normally is not in cardiac "
            "arrest: put them in the recovery position and keep checking their breathing.",
        ),
        partial=True,
    ),
    numeric(
        "check-breathing",
        T(
            "Normal nafas bor-yoʻqligini koʻpi bilan necha soniya davomida tekshirasiz?",
            "Не дольше скольких секунд вы проверяете, есть ли нормальное дыхание?",
            "For at most how many seconds do you check for normal breathing?",
        ),
        "10",
        T(
            "Nafas yoʻllarini oching (boshni orqaga egib, iyakni koʻtaring) va 10 soniyadan oshirmay koʻring, eshiting va "
            "his qiling. Shubha boʻlsa, nafas yoʻq deb hisoblang va YOʻRni boshlang.",
            "Откройте дыхательные пути (запрокиньте голову, поднимите подбородок) и смотрите, слушайте и ощущайте не "
            "дольше 10 секунд. Если сомневаетесь, считайте, что дыхания нет, и начинайте СЛР.",
            "Open the airway (head tilt, chin lift) and look, listen and feel for no more than 10 seconds. If in doubt, "
            "treat it as no normal breathing and start CPR.",
        ),
        unit=T("soniya", "с", "s"),
    ),
    single(
        "ambulance-number",
        T(
            "Muassasadan tashqarida tez tibbiy yordamni qaysi raqam orqali chaqirasiz?",
            "По какому номеру вы вызываете скорую помощь вне медицинской организации?",
            "Outside a health facility, which number do you call for an ambulance?",
        ),
        (
            (T("101", "101", "101"), False),
            (T("103", "103", "103"), True),
            (T("102", "102", "102"), False),
            (T("104", "104", "104"), False),
        ),
        T(
            "103 — tez tibbiy yordam; 101 — yongʻin xizmati, 102 — ichki ishlar organlari, 104 — gaz xizmati. Muassasa ichida "
            "reanimatsiya guruhini ichki raqam orqali chaqiring va defibrillyator olib kelishni soʻrang.",
            "103 — скорая помощь; 101 — пожарная служба, 102 — органы внутренних дел, 104 — газовая служба. В медицинской организации "
            "вызывайте реанимационную бригаду по внутреннему номеру и просите принести дефибриллятор.",
            "103 is the ambulance; 101 is the fire service, 102 the police and 104 the gas emergency service. Inside a "
            "facility, call the resuscitation team on the internal number and ask for a defibrillator.",
        ),
    ),
    short_text(
        "aed-device",
        T(
            "Yurak toʻxtaganini aniqlashingiz bilan kimnidir qaysi qurilmani olib kelishga yuborasiz? Nomini yoki "
            "qisqartmasini yozing.",
            "Какое устройство нужно сразу послать кого-нибудь принести, как только вы распознали остановку сердца? "
            "Напишите название или сокращение.",
            "As soon as you recognise cardiac arrest, which device do you send someone to fetch? Give its name or "
            "abbreviation.",
        ),
        T(
            "defibrillyator\nATD\navtomatik tashqi defibrillyator\nAED",
            "дефибриллятор\nАНД\nавтоматический наружный дефибриллятор\nавтоматический внешний дефибриллятор\nAED",
            "defibrillator\nAED\nautomated external defibrillator\nautomatic external defibrillator",
        ),
        T(
            "Avtomatik tashqi defibrillyator (ATD). Erta defibrillyatsiya omon qolish zanjirining uchinchi halqasi: "
            "defibrillyatsiyasiz oʻtgan har bir daqiqa omon qolish ehtimolini kamaytiradi.",
            "Автоматический наружный дефибриллятор (АНД). Ранняя дефибрилляция — третье звено цепочки выживания: "
            "каждая минута без неё снижает шансы на выживание.",
            "An automated external defibrillator (AED). Early defibrillation is the third link in the chain of survival: "
            "every minute without it lowers the chance of survival.",
        ),
    ),
    single(
        "hand-position",
        T(
            "Kattalarda koʻkrak qafasini bosish uchun qoʻllar qayerga qoʻyiladi?",
            "Куда кладут руки для компрессий грудной клетки у взрослого?",
            "Where do you place your hands for chest compressions in an adult?",
        ),
        (
            (
                T("Toʻsh suyagining yuqori qismiga", "На верхнюю часть грудины", "On the upper part of the breastbone"),
                False,
            ),
            (
                T(
                    "Koʻkrak qafasining chap tomoniga, yurak ustiga",
                    "На левую половину груди, над сердцем",
                    "On the left side of the chest, over the heart",
                ),
                False,
            ),
            (
                T(
                    "Koʻkrak qafasi markaziga, toʻsh suyagining pastki yarmiga",
                    "На центр грудной клетки, на нижнюю половину грудины",
                    "In the centre of the chest, on the lower half of the breastbone",
                ),
                True,
            ),
            (
                T(
                    "Qovurgʻalar ostiga, qorinning yuqori qismiga",
                    "Ниже рёбер, на верхнюю часть живота",
                    "Below the ribs, on the upper abdomen",
                ),
                False,
            ),
        ),
        T(
            "Bir kaftning asosini koʻkrak qafasi markaziga — toʻsh suyagining pastki yarmiga qoʻying, ikkinchi qoʻlni "
            "ustiga qoʻying, qoʻllarni tirsakda bukmang. Qorin ustidan bosish ichki aʼzolarni shikastlaydi.",
            "Положите основание ладони на центр грудной клетки — нижнюю половину грудины, вторую руку сверху, руки в "
            "локтях не сгибайте. Давление на живот повреждает внутренние органы.",
            "Put the heel of one hand in the centre of the chest, on the lower half of the breastbone, with the other hand "
            "on top and your arms straight. Pressing on the abdomen injures the organs inside.",
        ),
    ),
    numeric(
        "compression-rate",
        T(
            "Kattalarda koʻkrak qafasini daqiqasiga necha marta bosish kerak?",
            "С какой частотой (в минуту) проводят компрессии грудной клетки у взрослого?",
            "How many chest compressions a minute do you give an adult?",
        ),
        "110",
        T(
            "Daqiqasiga 100–120 marta. Sekinroq bosish miyaga yetarli qon yetkazmaydi, tezroq bosishda esa koʻkrak qafasi "
            "toʻliq qaytishga ulgurmaydi va yurak qonga toʻlmaydi.",
            "100–120 в минуту. При более редких компрессиях мозг получает мало крови, а при более частых грудная клетка "
            "не успевает полностью расправиться и сердце не наполняется.",
            "100–120 a minute. Slower compressions move too little blood to the brain; faster ones do not let the chest "
            "recoil fully, so the heart does not fill.",
        ),
        tolerance="10",
        unit=T("daqiqasiga", "/мин", "/min"),
    ),
    numeric(
        "compression-depth",
        T(
            "Kattalarda koʻkrak qafasi necha santimetr chuqurlikda bosiladi?",
            "На сколько сантиметров продавливают грудную клетку взрослого при компрессиях?",
            "How many centimetres deep do you press an adult's chest?",
        ),
        "5.5",
        T(
            "5–6 sm, lekin 6 sm dan chuqur emas. Har bosishdan keyin koʻkrak qafasi toʻliq qaytsin va qoʻllaringizni "
            "koʻkrakka suyamang.",
            "5–6 см, но не глубже 6 см. После каждой компрессии давайте грудной клетке полностью расправиться и не "
            "опирайтесь на неё.",
            "5–6 cm, but no more than 6 cm. Let the chest recoil fully after each compression and do not lean on it.",
        ),
        tolerance="0.5",
        unit=T("sm", "см", "cm"),
    ),
    single(
        "ratio",
        T(
            "Kattalarda koʻkrak qafasini bosish va sunʼiy nafas nisbati qanday?",
            "Каково соотношение компрессий и искусственных вдохов у взрослого?",
            "What is the ratio of chest compressions to rescue breaths for an adult?",
        ),
        (
            (T("30:2", "30:2", "30:2"), True),
            (T("15:2", "15:2", "15:2"), False),
            (T("5:1", "5:1", "5:1"), False),
            (T("3:1", "3:1", "3:1"), False),
        ),
        T(
            "30 ta bosish, keyin 2 ta sunʼiy nafas; nafas uchun tanaffus 10 soniyadan oshmasin. Nafas bera olmasangiz, "
            "daqiqasiga 100–120 marta uzluksiz bosishni davom ettiring.",
            "30 компрессий, затем 2 вдоха; пауза на вдохи — не дольше 10 секунд. Если вы не можете делать вдохи, "
            "проводите непрерывные компрессии с частотой 100–120 в минуту.",
            "30 compressions, then 2 breaths, pausing for no more than 10 seconds to give them. If you cannot give breaths, "
            "give continuous compressions at 100–120 a minute.",
        ),
    ),
    true_false(
        "agonal-breathing",
        T(
            "Javob bermayotgan odamning siyrak xirillab nafas olishi normal nafas belgisidir.",
            "Редкие судорожные вдохи у человека без сознания — признак нормального дыхания.",
            "Occasional gasping in a person who does not respond is a sign of normal breathing.",
        ),
        False,
        T(
            "Notoʻgʻri. Bu agonal nafas — yurak toʻxtashining erta belgisi. Javob bermaydigan va normal nafas olmaydigan "
            "odamda darhol YOʻRni boshlang.",
            "Неверно. Это агональное дыхание — ранний признак остановки сердца. Если человек не реагирует и не дышит "
            "нормально, сразу начинайте СЛР.",
            "False. This is agonal breathing, an early sign of cardiac arrest. If a person does not respond and is not "
            "breathing normally, start CPR at once.",
        ),
    ),
    single(
        "pad-position",
        T(
            "ATD elektrodlari kattalarda qayerga yopishtiriladi?",
            "Куда накладывают электроды АНД у взрослого?",
            "Where do you place the AED pads on an adult?",
        ),
        (
            (
                T(
                    "Ikkalasi ham koʻkrak qafasining chap tomoniga",
                    "Оба на левую половину грудной клетки",
                    "Both on the left side of the chest",
                ),
                False,
            ),
            (
                T(
                    "Biri qoringa, ikkinchisi orqaga",
                    "Один на живот, второй на спину",
                    "One on the abdomen, the other on the back",
                ),
                False,
            ),
            (
                T(
                    "Kiyim ustidan, koʻkrak markaziga",
                    "Поверх одежды, на центр груди",
                    "Over the clothes, in the centre of the chest",
                ),
                False,
            ),
            (
                T(
                    "Biri oʻng oʻmrov suyagi ostiga, ikkinchisi chap qoʻltiq osti chizigʻiga",
                    "Один под правую ключицу, второй по левой подмышечной линии",
                    "One below the right collarbone, the other on the left side below the armpit",
                ),
                True,
            ),
        ),
        T(
            "Elektrodlar yalangʻoch, quruq teriga yopishtiriladi: biri oʻng oʻmrov suyagi ostiga, ikkinchisi chap "
            "qoʻltiq osti chizigʻiga. Bu vaqtda bosish davom etadi; ATD ovozli koʻrsatmalariga amal qiling.",
            "Электроды накладывают на обнажённую сухую кожу: один под правую ключицу, второй по левой подмышечной "
            "линии. Компрессии в это время продолжают; следуйте голосовым подсказкам АНД.",
            "Put the pads on bare, dry skin: one below the right collarbone, the other on the left side of the chest below "
            "the armpit. Keep compressions going meanwhile, and follow the AED's spoken prompts.",
        ),
    ),
    true_false(
        "aed-hands-off",
        T(
            "ATD yurak ritmini tahlil qilayotganda va razryad berayotganda bemorga hech kim tegmasligi kerak.",
            "Пока АНД анализирует ритм и наносит разряд, никто не должен касаться пациента.",
            "While the AED analyses the rhythm and delivers a shock, nobody should touch the patient.",
        ),
        True,
        T(
            "Toʻgʻri. Tegish tahlilni buzadi va razryad yordam beruvchiga ham oʻtishi mumkin. «Hamma uzoqlashsin!» deb "
            "ogohlantiring, razryaddan keyin esa bosishni darhol davom ettiring.",
            "Верно. Прикосновение искажает анализ, а разряд может пройти через помогающего. Скомандуйте «Все отошли!», "
            "а сразу после разряда возобновите компрессии.",
            "True. Touching the patient disturbs the analysis, and the shock can pass to the rescuer. Call out “Stand "
            "clear!”, and restart compressions straight after the shock.",
        ),
    ),
    single(
        "after-shock",
        T(
            "ATD razryad berdi. Keyingi qadam qanday?",
            "АНД нанёс разряд. Что дальше?",
            "The AED has delivered a shock. What comes next?",
        ),
        (
            (
                T(
                    "Bir daqiqa davomida pulsni tekshirish",
                    "Проверять пульс в течение минуты",
                    "Check the pulse for a full minute",
                ),
                False,
            ),
            (
                T(
                    "ATD ritmni qayta tahlil qilguncha bemorga tegmaslik",
                    "Не касаться пациента, пока АНД снова не проанализирует ритм",
                    "Keep off the patient until the AED analyses the rhythm again",
                ),
                False,
            ),
            (
                T(
                    "Darhol 30:2 nisbatda YOʻRni davom ettirish va ATD koʻrsatmalariga amal qilish",
                    "Сразу продолжить СЛР 30:2 и следовать подсказкам АНД",
                    "Restart CPR at 30:2 at once and follow the AED's prompts",
                ),
                True,
            ),
            (
                T(
                    "Elektrodlarni olib, bemorni yon holatga yotqizish",
                    "Снять электроды и уложить пациента на бок",
                    "Remove the pads and turn the patient on the side",
                ),
                False,
            ),
        ),
        T(
            "Razryaddan keyin yurak darhol samarali ishlamaydi: bosishni darhol davom ettiring. ATD 2 daqiqadan soʻng "
            "ritmni oʻzi qayta tahlil qiladi; elektrodlarni olmang.",
            "После разряда сердце не сразу начинает работать эффективно: немедленно продолжайте компрессии. АНД сам "
            "проанализирует ритм через 2 минуты; электроды не снимайте.",
            "After a shock the heart does not pump well straight away: restart compressions at once. The AED analyses the "
            "rhythm again after 2 minutes; leave the pads on.",
        ),
    ),
    single(
        "recovery-position",
        T(
            "Katta yoshli odam javob bermayapti, lekin normal nafas olyapti. Nima qilasiz?",
            "Взрослый не реагирует, но дышит нормально. Что вы сделаете?",
            "An adult does not respond but is breathing normally. What do you do?",
        ),
        (
            (
                T(
                    "Koʻkrak qafasini bosishni boshlayman",
                    "Начну компрессии грудной клетки",
                    "Start chest compressions",
                ),
                False,
            ),
            (
                T(
                    "Barqaror yon holatga yotqizaman, yordam chaqiraman va nafasini muntazam tekshiraman",
                    "Уложу в устойчивое боковое положение, вызову помощь и буду регулярно проверять дыхание",
                    "Put them in the recovery position, call for help and keep checking their breathing",
                ),
                True,
            ),
            (T("Ikki marta sunʼiy nafas beraman", "Сделаю два искусственных вдоха", "Give two rescue breaths"), False),
            (
                T(
                    "Oʻtqazib, suv ichiraman",
                    "Посажу и дам воды",
                    "Sit them up and give them water",
                ),
                False,
            ),
        ),
        T(
            "Normal nafas bor — YOʻR kerak emas, lekin nafas yoʻllarini himoya qilish kerak: barqaror yon holatda til va "
            "qusuq nafas yoʻllarini bekitmaydi. Nafas toʻxtasa, darhol YOʻRni boshlang.",
            "Нормальное дыхание есть — СЛР не нужна, но нужно защитить дыхательные пути: в устойчивом боковом положении "
            "язык и рвотные массы не перекроют их. Если дыхание прекратится, сразу начинайте СЛР.",
            "Normal breathing means no CPR, but the airway needs protecting: in the recovery position the tongue and vomit "
            "cannot block it. If breathing stops, start CPR at once.",
        ),
    ),
)

QUIZZES = CourseQuizzes(
    course_slug="basic-life-support",
    bank_title=T(
        "Kattalarda asosiy hayotiy yordam",
        "Базовая сердечно-лёгочная реанимация у взрослых",
        "Basic life support for adults",
    ),
    bank_description=T(
        "Yurak toʻxtashini aniqlash, yordam chaqirish, koʻkrak qafasini bosish, sunʼiy nafas, ATD va barqaror yon holat.",
        "Распознавание остановки сердца, вызов помощи, компрессии, искусственные вдохи, АНД и устойчивое боковое положение.",
        "Recognising cardiac arrest, calling for help, chest compressions, rescue breaths, the AED and the recovery position.",
    ),
    questions=QUESTIONS,
    pre_test=("recognise-arrest", "compression-rate", "ratio", "agonal-breathing", "recovery-position"),
    final_pass_mark=80,
)
