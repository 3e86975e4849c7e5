"""Questions of the electronic health record course (account security, patient identification, notes, confidentiality)."""

from .content import T
from .quizzes import CourseQuizzes, multiple, numeric, short_text, single, true_false

QUESTIONS = (
    multiple(
        "identifiers",
        T(
            "Quyidagilardan qaysilari bemorni aniqlash uchun identifikator boʻla oladi? Barcha toʻgʻri javoblarni belgilang.",
            "Что из перечисленного можно использовать как идентификатор пациента? Отметьте все правильные ответы.",
            "Which of these can you use to identify a patient? Choose all that apply.",
        ),
        (
            (T("Karavot yoki palata raqami", "Номер койки или палаты", "Bed or room number"), False),
            (T("Familiyasi, ismi, otasining ismi", "Фамилия, имя, отчество", "Full name"), True),
            (T("Tugʻilgan sanasi", "Дата рождения", "Date of birth"), True),
            (T("JShShIR", "ПИНФЛ", "PINFL (personal identification number)"), True),
            (T("Tashxisi", "Диагноз", "Diagnosis"), False),
        ),
        T(
            "Identifikator bemorning oʻziga tegishli boʻladi: F.I.Sh., tugʻilgan sana, JShShIR. Karavot, palata va tashxis "
            "oʻzgaradi va boshqa bemorlarda ham boʻlishi mumkin, shuning uchun ular identifikator emas.",
            "Идентификатор принадлежит самому пациенту: ФИО, дата рождения, ПИНФЛ. Койка, палата и диагноз меняются и "
            "бывают у других пациентов, поэтому идентификаторами не являются.",
            "An identifier belongs to the patient: full name, date of birth, PINFL. Bed, room and diagnosis change and can "
            "be shared with other patients, so they are not identifiers.",
        ),
        partial=True,
    ),
    numeric(
        "identifier-count",
        T(
            "Kartani ochish, dori yozish yoki berishdan oldin kamida nechta identifikatorni tekshirish kerak?",
            "Сколько идентификаторов, как минимум, нужно проверить перед тем как открыть карту, назначить или дать лекарство?",
            "At least how many identifiers do you check before opening the record, prescribing or giving a medicine?",
        ),
        "2",
        T(
            "Kamida ikkita, masalan, F.I.Sh. va tugʻilgan sana. Bemordan ularni oʻzi aytishini soʻrang: «Siz Karimova "
            "Dilnozamisiz?» emas, «Ismingiz va tugʻilgan sanangizni ayting».",
            "Не менее двух, например ФИО и дату рождения. Просите пациента назвать их самому: не «Вы Каримова "
            "Дилноза?», а «Назовите, пожалуйста, ваши имя и дату рождения».",
            "At least two, such as full name and date of birth. Ask the patient to say them: not “Are you Dilnoza "
            "Karimova?” but “Please tell me your name and date of birth.”",
        ),
    ),
    short_text(
        "pinfl",
        T(
            "Fuqaroning 14 raqamli shaxsiy identifikatsiya raqami qanday qisqartma bilan ataladi?",
            "Как сокращённо называется 14-значный персональный идентификационный номер гражданина?",
            "What is the 14-digit personal identification number of a citizen called, in short?",
        ),
        T("JShShIR\nPINFL", "ПИНФЛ\nPINFL", "PINFL\nJShShIR"),
        T(
            "JShShIR (jismoniy shaxsning shaxsiy identifikatsiya raqami) — eng ishonchli identifikator. Karta topilmasa, "
            "yangisini ochishdan oldin JShShIR boʻyicha qidiring: takroriy kartalar kasallik tarixini boʻlib yuboradi.",
            "ПИНФЛ (персональный идентификационный номер физического лица) — самый надёжный идентификатор. Если карта "
            "не нашлась, ищите по ПИНФЛ, прежде чем заводить новую: дубликаты разрывают историю болезни.",
            "The PINFL (personal identification number of a natural person) is the most reliable identifier. If you cannot "
            "find a record, search by PINFL before creating a new one: duplicates split a patient's history.",
        ),
    ),
    single(
        "phishing",
        T(
            "Telegramda «IT xizmati»dan «tizimni yangilash uchun» parolingizni soʻragan xabar keldi. Nima qilasiz?",
            "В Telegram пришло сообщение от «ИТ-службы» с просьбой прислать пароль «для обновления системы». Что вы сделаете?",
            "A Telegram message from “IT support” asks for your password “to update the system”. What do you do?",
        ),
        (
            (
                T(
                    "Parolni yuboraman: IT xizmatiga kerak",
                    "Отправлю пароль: он нужен ИТ-службе",
                    "Send the password: IT needs it",
                ),
                False,
            ),
            (
                T(
                    "Parolni yuboraman, keyin uni almashtiraman",
                    "Отправлю пароль, а потом сменю его",
                    "Send the password, then change it",
                ),
                False,
            ),
            (
                T(
                    "Eʼtibor bermayman va hech kimga aytmayman",
                    "Не обращу внимания и никому не скажу",
                    "Ignore it and tell nobody",
                ),
                False,
            ),
            (
                T(
                    "Javob bermayman, havolalarni ochmayman va IT xizmatiga xabar beraman",
                    "Не отвечу, не открою ссылки и сообщу в ИТ-службу",
                    "Not reply, not open any links, and report it to the IT service",
                ),
                True,
            ),
        ),
        T(
            "IT xizmati hech qachon parolni telefon, SMS yoki Telegram orqali soʻramaydi — bu firibgarlik (fishing). "
            "Xabar haqida IT xizmatiga ayting: boshqa hamkasblarga ham xuddi shunday xabar kelgan boʻlishi mumkin.",
            "ИТ-служба никогда не просит пароль по телефону, SMS или в Telegram — это фишинг. Сообщите о нём в "
            "ИТ-службу: такие же сообщения могли получить и коллеги.",
            "The IT service never asks for your password by phone, SMS or Telegram: this is phishing. Report it to the IT "
            "service, because colleagues may have received the same message.",
        ),
    ),
    numeric(
        "password-length",
        T(
            "Kursda tavsiya etilganidek, parol kamida nechta belgidan iborat boʻlishi kerak?",
            "Из скольких символов, как минимум, должен состоять пароль, как рекомендовано в курсе?",
            "As the course recommends, at least how many characters long should your password be?",
        ),
        "12",
        T(
            "Kamida 12 belgi: uzun parol yoki ibora qisqa, murakkab paroldan ishonchliroq. Uni monitorga yopishtirmang va "
            "umumiy kompyuterlarda brauzerda saqlamang.",
            "Не менее 12 символов: длинный пароль или фраза надёжнее короткого сложного пароля. Не приклеивайте его к "
            "монитору и не сохраняйте в браузере на общих компьютерах.",
            "At least 12 characters: a long password or passphrase is stronger than a short complicated one. Never stick it "
            "on the monitor or save it in the browser of a shared computer.",
        ),
        unit=T("belgi", "символов", "characters"),
    ),
    true_false(
        "lock-screen",
        T(
            "Joyingizdan bir necha daqiqaga ketayotganda ekranni qulflamasdan tizimda qolishingiz mumkin.",
            "Если вы отходите всего на несколько минут, можно оставаться в системе, не блокируя экран.",
            "If you leave your desk for just a few minutes, you may stay logged in without locking the screen.",
        ),
        False,
        T(
            "Notoʻgʻri. Har safar joyingizdan ketayotganda ekranni qulflang (Windows + L): ochiq qolgan sessiyada "
            "boshqalar sizning nomingizdan ish qilishi mumkin, javobgarlik esa sizda qoladi.",
            "Неверно. Блокируйте экран (Windows + L) каждый раз, когда отходите: в открытом сеансе другие могут "
            "действовать от вашего имени, а отвечать будете вы.",
            "False. Lock the screen (Windows + L) every time you step away: in an open session others can act in your "
            "name, and you are the one responsible.",
        ),
    ),
    single(
        "soap-objective",
        T(
            "SOAP tuzilmasidagi qabul yozuvida «O» boʻlimiga nima yoziladi?",
            "Что записывают в разделе «O» записи приёма по структуре SOAP?",
            "In a SOAP visit note, what goes under “O”?",
        ),
        (
            (
                T(
                    "Shikoyatlar va anamnez, bemorning soʻzlari bilan",
                    "Жалобы и анамнез словами пациента",
                    "Complaints and history, in the patient's words",
                ),
                False,
            ),
            (
                T(
                    "Koʻrik natijalari, hayotiy koʻrsatkichlar, tahlillar",
                    "Данные осмотра, показатели жизнедеятельности, результаты анализов",
                    "Examination findings, vital signs and test results",
                ),
                True,
            ),
            (T("KXT-10 kodi bilan tashxis", "Диагноз с кодом МКБ-10", "The diagnosis with its ICD-10 code"), False),
            (
                T(
                    "Tekshiruvlar, davolash va yoʻllanmalar",
                    "Обследования, лечение и направления",
                    "Tests, treatment and referrals",
                ),
                False,
            ),
        ),
        T(
            "S — shikoyatlar va anamnez, O — obyektiv holat (koʻrik, hayotiy koʻrsatkichlar, tahlillar), A — baholash "
            "(KXT-10 kodi bilan tashxis), P — reja (tekshiruvlar, davolash, yoʻllanmalar, keyingi tashrif).",
            "S — жалобы и анамнез, O — объективные данные (осмотр, показатели жизнедеятельности, анализы), A — оценка "
            "(диагноз с кодом МКБ-10), P — план (обследования, лечение, направления, повторный визит).",
            "S is subjective (complaints and history), O objective (examination, vital signs, tests), A assessment (the "
            "diagnosis with its ICD-10 code) and P plan (tests, treatment, referrals, follow-up).",
        ),
    ),
    true_false(
        "delete-signed",
        T(
            "Imzolangan yozuvda xato topilsa, uni oʻchirib tashlash mumkin.",
            "Подписанную запись можно удалить, если в ней нашлась ошибка.",
            "A signed note may be deleted if you find a mistake in it.",
        ),
        False,
        T(
            "Notoʻgʻri. Imzolangan yozuv — yuridik hujjat, uni oʻchirib boʻlmaydi. Sababini koʻrsatib tuzatish kiriting: "
            "tizim avvalgi variantni, kim va qachon oʻzgartirganini saqlaydi.",
            "Неверно. Подписанная запись — юридический документ, её нельзя удалить. Внесите исправление с указанием "
            "причины: система сохранит прежнюю версию, автора и время изменения.",
            "False. A signed note is a legal document and cannot be deleted. Add a correction giving the reason: the "
            "system keeps the earlier version and who changed it, and when.",
        ),
    ),
    multiple(
        "e-prescription",
        T(
            "Elektron retseptda nimalar boʻlishi shart? Barcha toʻgʻri javoblarni belgilang.",
            "Что обязательно должно быть в электронном рецепте? Отметьте все правильные ответы.",
            "What must an e-prescription contain? Choose all that apply.",
        ),
        (
            (
                T(
                    "Dorining xalqaro patentlanmagan nomi (XPN)",
                    "Международное непатентованное наименование (МНН) лекарства",
                    "The generic (INN) name of the medicine",
                ),
                True,
            ),
            (T("Doza va dori shakli", "Доза и лекарственная форма", "The dose and dosage form"), True),
            (T("Dorixonadagi narxi", "Цена в аптеке", "The price at the pharmacy"), False),
            (
                T(
                    "Qabul qilish yoʻli, soni va davomiyligi",
                    "Путь введения, кратность и длительность приёма",
                    "The route, frequency and duration",
                ),
                True,
            ),
            (
                T(
                    "Shifokorning elektron raqamli imzosi (ERI)",
                    "Электронная цифровая подпись (ЭЦП) врача",
                    "The prescriber's electronic digital signature",
                ),
                True,
            ),
        ),
        T(
            "Retseptda XPN, doza, shakl, qabul qilish yoʻli, soni va davomiyligi koʻrsatiladi va u ERI bilan imzolanadi. "
            "Yozishdan oldin bemorni ikkita identifikator boʻyicha aniqlang, allergiya va dorilarning oʻzaro taʼsiri "
            "haqidagi ogohlantirishlarni oʻqing.",
            "В рецепте указывают МНН, дозу, форму, путь введения, кратность и длительность, и его подписывают ЭЦП. "
            "Перед выпиской идентифицируйте пациента по двум идентификаторам и читайте предупреждения об аллергии и "
            "взаимодействии лекарств.",
            "An e-prescription gives the INN, dose, form, route, frequency and duration, and is signed with your electronic "
            "digital signature. Before writing it, identify the patient with two identifiers and read the allergy and "
            "interaction alerts.",
        ),
    ),
    single(
        "need-to-know",
        T(
            "Qoʻshningiz boshqa boʻlimga yotqizildi, siz uni davolamaysiz. Uning kartasini ochsangiz boʻladimi?",
            "Вашу соседку госпитализировали в другое отделение, вы её не лечите. Можно ли открыть её карту?",
            "Your neighbour has been admitted to another ward, and you are not caring for her. May you open her record?",
        ),
        (
            (
                T(
                    "Ha, agar hech narsani oʻzgartirmasangiz",
                    "Да, если ничего не менять",
                    "Yes, as long as you change nothing",
                ),
                False,
            ),
            (
                T(
                    "Ha, muassasa xodimi sifatida kirish huquqingiz bor",
                    "Да, у сотрудника организации есть доступ",
                    "Yes, as a member of staff you have access",
                ),
                False,
            ),
            (
                T(
                    "Yoʻq: kartani faqat bemorni davolayotgan yoki parvarish qilayotgan xodimlar ochadi",
                    "Нет: карту открывают только те, кто участвует в лечении и уходе за пациентом",
                    "No: only staff caring for the patient may open the record",
                ),
                True,
            ),
            (
                T(
                    "Ha, agar u qarindoshingiz yoki tanishingiz boʻlsa",
                    "Да, если она родственница или знакомая",
                    "Yes, if she is a relative or a friend",
                ),
                False,
            ),
        ),
        T(
            "Qoida — «bilish zarurati»: kartani faqat davolash va parvarish uchun oching. Har bir ochilish jurnalga "
            "yoziladi va tekshiriladi; asossiz koʻrish tibbiy sirni buzish hisoblanadi.",
            "Правило — «необходимость знать»: открывайте карту только для лечения и ухода. Каждый просмотр "
            "записывается в журнал и проверяется; просмотр без оснований — нарушение врачебной тайны.",
            "The rule is need to know: open a record only to care for the patient. Every access is logged and checked, "
            "and looking without a reason breaches medical confidentiality.",
        ),
    ),
    true_false(
        "messenger",
        T(
            "Tezroq boʻlsa, tahlil natijasini hamkasbga shaxsiy messenjer (masalan, Telegram) orqali yuborish mumkin.",
            "Если так быстрее, результат анализа можно отправить коллеге через личный мессенджер (например, Telegram).",
            "If it is quicker, you may send a test result to a colleague through a personal messenger such as Telegram.",
        ),
        False,
        T(
            "Notoʻgʻri. Shaxsiy messenjerlar bemor maʼlumotlari uchun emas. Elektron kartaning oʻz imkoniyatlari yoki "
            "muassasaning rasmiy kanallaridan foydalaning.",
            "Неверно. Личные мессенджеры не предназначены для данных пациентов. Пользуйтесь возможностями электронной "
            "карты или официальными каналами организации.",
            "False. Personal messengers are not for patient information. Use the electronic record itself or the "
            "facility's official channels.",
        ),
    ),
    single(
        "after-downtime",
        T(
            "Tizim tiklandi. Nosozlik paytida qogʻoz blankalarga yozilgan maʼlumotlar bilan nima qilasiz?",
            "Система восстановлена. Что вы сделаете с записями, сделанными на бумажных бланках во время сбоя?",
            "The system is back. What do you do with the paper records made during the downtime?",
        ),
        (
            (
                T(
                    "Imkon qadar tezroq tizimga «nosozlikdan keyin kiritildi» belgisi bilan kiritaman",
                    "Как можно скорее внесу в систему с отметкой «внесено после сбоя»",
                    "Enter them into the record as soon as possible, marked as entered after downtime",
                ),
                True,
            ),
            (
                T(
                    "Faqat qogʻozda saqlayman",
                    "Оставлю только на бумаге",
                    "Keep them on paper only",
                ),
                False,
            ),
            (
                T(
                    "Asl vaqt bilan, hech qanday belgisiz kiritaman",
                    "Внесу задним числом без всякой отметки",
                    "Enter them with the original time and no mark",
                ),
                False,
            ),
            (
                T(
                    "Tashlab yuboraman: tizimda ular yoʻq edi",
                    "Выброшу: в системе их всё равно не было",
                    "Throw them away: the system never had them",
                ),
                False,
            ),
        ),
        T(
            "Tiklangandan soʻng qogʻozdagi yozuvlarni imkon qadar tezroq «nosozlikdan keyin kiritildi» belgisi bilan "
            "tizimga kiriting; qogʻoz asl nusxalarni muassasa talabiga koʻra saqlang.",
            "После восстановления как можно скорее перенесите бумажные записи в систему с отметкой «внесено после "
            "сбоя»; бумажные оригиналы храните, как требует организация.",
            "Once the system is back, enter the paper records as soon as possible, marked as entered after downtime, and "
            "keep the paper originals as your facility requires.",
        ),
    ),
)

QUIZZES = CourseQuizzes(
    course_slug="electronic-health-record",
    bank_title=T(
        "Elektron tibbiy kartadan foydalanish",
        "Работа с электронной медицинской картой",
        "Using the electronic health record",
    ),
    bank_description=T(
        "Xavfsiz kirish, bemorni aniqlash, qabulni hujjatlashtirish, elektron retsept, maxfiylik va tizim nosozligi.",
        "Безопасный вход, идентификация пациента, оформление приёма, электронный рецепт, конфиденциальность и сбои системы.",
        "Secure log-in, patient identification, visit notes, e-prescriptions, confidentiality and system downtime.",
    ),
    questions=QUESTIONS,
    pre_test=("identifiers", "identifier-count", "phishing", "soap-objective", "delete-signed"),
    final_pass_mark=70,
)
