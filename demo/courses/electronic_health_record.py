"""Demo course: using the electronic health record (secure login, identification, notes, e-prescriptions,
confidentiality, downtime)."""

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
    ul,
    video,
)

COLOUR = "#1d4ed8"
# Everyone who writes in the record or dispenses from it; community health workers do not use it.
CADRES = ("2211", "2212", "2221", "2222", "2240", "2261", "2262", "3212", "3221", "3222")

COVER = Illustration(
    "electronic-health-record-cover",
    T("Elektron tibbiy karta", "Электронная медицинская карта", "Electronic health record"),
    "cover",
    icon="record",
    colour=COLOUR,
)

VISIT_FLOW = Illustration(
    "visit-in-the-record",
    T("Qabul elektron kartada", "Приём в электронной карте", "A visit in the record"),
    "flow",
    labels=(
        T("Bemorni aniqlang", "Проверьте личность пациента", "Identify the patient"),
        T("Kartani koʻrib chiqing", "Просмотрите карту", "Review the record"),
        T("Qabulni yozing", "Оформите приём", "Document the visit"),
        T("Retsept yozing", "Выпишите рецепт", "Prescribe"),
        T("Imzolang va yoping", "Подпишите и закройте", "Sign and close"),
    ),
    colour=COLOUR,
)

CHECKLIST = Checklist(
    "downtime-checklist",
    T("Tizim ishlamay qolganda: nazorat varaqasi", "Сбой системы: чек-лист", "System downtime checklist"),
    T(
        "Har bir boʻlimda zaxira toʻplami bilan birga saqlang.",
        "Храните в каждом отделении вместе с резервным комплектом.",
        "Keep one in every department with the downtime kit.",
    ),
    (
        (
            T("Oldindan", "Заранее", "Before"),
            (
                T(
                    "Qogʻoz blankalar (qabul, retsept, tahlilga yoʻllanma) yetarli",
                    "Бумажные бланки (приём, рецепт, направление) в наличии",
                    "Paper forms (visit, prescription, lab request) in stock",
                ),
                T(
                    "IT xizmati va navbatchi raqamlari roʻyxati",
                    "Список телефонов ИТ-службы и дежурных",
                    "Phone list for IT and the duty manager",
                ),
                T(
                    "Statsionar bemorlar roʻyxatining soʻnggi nusxasi",
                    "Свежая распечатка списка пациентов стационара",
                    "A recent printout of the inpatient list",
                ),
            ),
        ),
        (
            T("Tizim ishlamaganda", "Во время сбоя", "During"),
            (
                T(
                    "IT xizmati va rahbarga xabar berildi",
                    "Сообщено в ИТ-службу и руководителю",
                    "IT and the manager informed",
                ),
                T(
                    "Har bir blankada F.I.Sh., tugʻilgan sana, JShShIR, sana va vaqt",
                    "На каждом бланке ФИО, дата рождения, ПИНФЛ, дата и время",
                    "Full name, date of birth, PINFL, date and time on every form",
                ),
                T(
                    "Shoshilinch yordam kechiktirilmaydi",
                    "Неотложная помощь не откладывается",
                    "Urgent care is never delayed",
                ),
            ),
        ),
        (
            T("Tiklangandan keyin", "После восстановления", "After"),
            (
                T(
                    "Qogʻozdagi yozuvlar kartaga kiritildi, «tizim ishlamagan vaqtda» deb belgilandi",
                    "Записи перенесены в карту с отметкой «во время сбоя»",
                    "Paper records entered in the EHR, marked as made during downtime",
                ),
                T(
                    "Qogʻoz asl nusxalar muassasa tartibiga koʻra saqlandi",
                    "Бумажные оригиналы сохранены по порядку организации",
                    "Paper originals kept as the facility requires",
                ),
            ),
        ),
    ),
)

LOGGING_IN = Lesson(
    "lesson-1-logging-in-securely",
    T("Tizimga xavfsiz kirish", "Безопасный вход в систему", "Logging in securely"),
    10,
    (
        paragraph(
            T(
                "Elektron tibbiy kartadagi hisob qaydnomangiz shaxsiy: unda bajarilgan har bir harakat sizning nomingiz bilan jurnalga yoziladi.",
                "Ваша учётная запись в электронной медицинской карте — личная: каждое действие в ней записывается в журнал от вашего имени.",
                "Your account in the electronic health record (EHR) is personal: everything done with it is logged under your name.",
            ),
            ul(
                T(
                    "login va parolni hech kimga bermang — hamkasbga ham, talabaga ham;",
                    "никому не сообщайте логин и пароль — ни коллеге, ни студенту;",
                    "never share your login or password, not with a colleague, not with a student;",
                ),
                T(
                    "kamida 12 belgidan iborat uzun parol yoki ibora tanlang va uni monitorga yopishtirmang;",
                    "выбирайте длинный пароль или фразу не короче 12 символов и не приклеивайте его к монитору;",
                    "choose a long password or passphrase of at least 12 characters, and never stick it to the screen;",
                ),
                T(
                    "imkon boʻlsa, ikki bosqichli tasdiqlashni yoqing;",
                    "если есть возможность, включите двухфакторную аутентификацию;",
                    "switch on two-factor authentication where it is offered;",
                ),
                T(
                    "joyingizdan ketayotganda ekranni qulflang (Windows + L), smena oxirida tizimdan chiqing;",
                    "уходя с рабочего места, блокируйте экран (Windows + L), в конце смены выходите из системы;",
                    "lock the screen whenever you step away (Windows + L) and log out at the end of your shift;",
                ),
                T(
                    "umumiy kompyuterlarda parolni brauzerda saqlamang.",
                    "не сохраняйте пароль в браузере на общих компьютерах.",
                    "do not let the browser save your password on a shared computer.",
                ),
            ),
        ),
        callout(
            "warning",
            T("Firibgarlik xabarlari", "Фишинговые сообщения", "Phishing"),
            T(
                "IT xizmati hech qachon parolingizni telefon, SMS yoki Telegram orqali soʻramaydi. Shubhali xabar yoki havolani ochmang va IT xizmatiga xabar bering.",
                "ИТ-служба никогда не спрашивает пароль по телефону, в SMS или Telegram. Не открывайте подозрительные сообщения и ссылки и сообщите о них в ИТ-службу.",
                "The IT service will never ask for your password by phone, SMS or Telegram. Do not open suspicious messages or links; report them to IT.",
            ),
        ),
        knowledge_check(
            T(
                "Hamkasbingizning hisobi bloklangan va u sizning loginingizdan foydalanishni soʻrayapti. Nima qilasiz?",
                "Учётная запись коллеги заблокирована, и он просит воспользоваться вашим логином. Что вы сделаете?",
                "A colleague's account is locked and they ask to use your login. What do you do?",
            ),
            (
                (T("Faqat bir marta ruxsat beraman", "Разрешу, но только один раз", "Agree, just this once"), False),
                (
                    T(
                        "Rad etaman va IT xizmatiga murojaat qilishga yordam beraman",
                        "Откажу и помогу обратиться в ИТ-службу",
                        "Refuse and help them contact the IT service",
                    ),
                    True,
                ),
                (
                    T(
                        "Parolni aytaman, keyin almashtiraman",
                        "Скажу пароль, а потом сменю его",
                        "Tell them the password and change it afterwards",
                    ),
                    False,
                ),
            ),
            T(
                "Sizning loginingiz bilan yozilgan har bir yozuv uchun <b>siz</b> javob berasiz. Hamkasbga IT xizmati orqali yangi kirish huquqi beriladi.",
                "За каждую запись, сделанную под вашим логином, отвечаете <b>вы</b>. Коллеге восстановят доступ через ИТ-службу.",
                "<b>You</b> answer for every entry made under your login. The IT service restores your colleague's own access.",
            ),
        ),
    ),
)

IDENTIFYING_THE_PATIENT = Lesson(
    "lesson-2-identifying-the-patient",
    T("Bemorni aniqlash", "Идентификация пациента", "Identifying the patient"),
    10,
    (
        paragraph(
            T(
                "Boshqa bemorning kartasiga yozilgan maʼlumot ikki bemorga birdaniga zarar yetkazadi. JSST tavsiyasiga koʻra, kartani ochishdan, "
                "muolaja va dori berishdan oldin <b>kamida ikkita identifikator</b> tekshiriladi.",
                "Запись, внесённая в карту не того пациента, вредит сразу двоим. По рекомендации ВОЗ перед открытием карты, процедурой и введением "
                "лекарства проверяют <b>не менее двух идентификаторов</b>.",
                "A note written in the wrong patient's record harms two patients at once. WHO recommends checking <b>at least two identifiers</b> "
                "before opening a record, carrying out a procedure or giving a medicine.",
            ),
        ),
        table(
            T(
                "Nimani identifikator sifatida ishlatish mumkin",
                "Что можно использовать как идентификатор",
                "What counts as an identifier",
            ),
            (T("Maʼlumot", "Данные", "Item"), T("Identifikatormi?", "Идентификатор?", "Identifier?")),
            (T("Familiya, ism, otasining ismi", "Фамилия, имя, отчество", "Full name"), T("Ha", "Да", "Yes")),
            (T("Tugʻilgan sana", "Дата рождения", "Date of birth"), T("Ha", "Да", "Yes")),
            (
                T(
                    "JShShIR (14 raqamli shaxsiy identifikatsiya raqami)",
                    "ПИНФЛ (14-значный персональный идентификационный номер)",
                    "PINFL (14-digit personal identification number)",
                ),
                T("Ha, eng ishonchlisi", "Да, самый надёжный", "Yes, the most reliable"),
            ),
            (T("Palata yoki karavot raqami", "Номер палаты или койки", "Room or bed number"), T("Yoʻq", "Нет", "No")),
            (T("Tashxis", "Диагноз", "Diagnosis"), T("Yoʻq", "Нет", "No")),
        ),
        callout(
            "tip",
            T("Ochiq savol bering", "Задавайте открытый вопрос", "Ask an open question"),
            T(
                "«Siz Karimova Dilnozamisiz?» emas, «Ismingiz va tugʻilgan sanangizni ayting» deb soʻrang: xavotirdagi bemor har qanday savolga «ha» deyishi mumkin.",
                "Спрашивайте не «Вы Каримова Дилноза?», а «Назовите, пожалуйста, ваши имя и дату рождения»: встревоженный пациент может ответить «да» на что угодно.",
                "Ask “Please tell me your name and date of birth” rather than “Are you Dilnoza Karimova?”: an anxious patient may say yes to anything.",
            ),
        ),
        heading(T("Karta topilmasa", "Если карта не найдена", "If the record cannot be found"), "h3"),
        paragraph(
            T(
                "Karta topilmasa, JShShIR boʻyicha qidiring va yangi karta ochishga shoshilmang: takroriy kartalar kasallik tarixini boʻlib yuboradi. "
                "Hushsiz, shaxsi nomaʼlum bemorga muassasa tartibiga koʻra vaqtinchalik karta ochiladi va keyin administrator orqali asosiy karta bilan birlashtiriladi.",
                "Если карта не находится, ищите по ПИНФЛ и не спешите заводить новую: дубликаты разрывают историю болезни. Для пациента без сознания "
                "с неустановленной личностью по порядку организации заводят временную карту, которую затем через администратора объединяют с основной.",
                "If you cannot find the record, search by PINFL before creating a new one: duplicates split a patient's history. An unconscious, "
                "unidentified patient gets a temporary record under the facility's procedure, merged later with the main record by an administrator.",
            ),
        ),
        knowledge_check(
            T(
                "Qaysi juftlik toʻgʻri identifikatorlar?",
                "Какая пара идентификаторов правильная?",
                "Which pair of identifiers is correct?",
            ),
            (
                (T("Karavot raqami va tashxis", "Номер койки и диагноз", "Bed number and diagnosis"), False),
                (T("Familiya va boʻlim", "Фамилия и отделение", "Surname and ward"), False),
                (T("F.I.Sh. va tugʻilgan sana", "ФИО и дата рождения", "Full name and date of birth"), True),
            ),
            T(
                "Identifikator bemorning oʻziga tegishli boʻlishi kerak: <b>F.I.Sh., tugʻilgan sana, JShShIR</b>. Palata va tashxis oʻzgaradi va takrorlanadi.",
                "Идентификатор должен принадлежать самому пациенту: <b>ФИО, дата рождения, ПИНФЛ</b>. Палата и диагноз меняются и повторяются.",
                "An identifier must belong to the patient: <b>full name, date of birth, PINFL</b>. Beds and diagnoses change and repeat.",
            ),
        ),
    ),
)

DOCUMENTING_A_VISIT = Lesson(
    "lesson-3-documenting-a-visit",
    T("Qabulni hujjatlashtirish", "Оформление приёма", "Documenting a visit"),
    15,
    (
        paragraph(
            T(
                "Qabulni uning davomida yoki darhol keyin yozing. Tibbiy karta — yuridik hujjat: yozilmagan ish bajarilmagan hisoblanadi.",
                "Заполняйте запись во время приёма или сразу после него. Медицинская карта — юридический документ: то, что не записано, считается не сделанным.",
                "Write the note during the visit or straight after it. The record is a legal document: what is not written down was not done.",
            ),
        ),
        image(
            VISIT_FLOW,
            alt=T(
                "Besh qadam: bemorni aniqlash, kartani koʻrib chiqish, qabulni yozish, retsept yozish, imzolash va yopish.",
                "Пять шагов: идентифицировать пациента, просмотреть карту, оформить приём, выписать рецепт, подписать и закрыть.",
                "Five steps: identify the patient, review the record, document the visit, prescribe, sign and close.",
            ),
            caption=T(
                "Qabul elektron kartada — besh qadam.",
                "Приём в электронной карте — пять шагов.",
                "A visit in the record, in five steps.",
            ),
        ),
        heading(T("Yozuv tuzilmasi", "Структура записи", "How to structure the note")),
        table(
            T(
                "Qabul yozuvining tuzilishi (SOAP)",
                "Структура записи приёма (SOAP)",
                "Structure of a visit note (SOAP)",
            ),
            (T("Boʻlim", "Раздел", "Part"), T("Nima yoziladi", "Что записывают", "What to write")),
            (
                T("S — shikoyatlar", "S — жалобы", "S — subjective"),
                T(
                    "Shikoyatlar va anamnez, bemorning soʻzlari bilan",
                    "Жалобы и анамнез словами пациента",
                    "Complaints and history, in the patient's words",
                ),
            ),
            (
                T("O — obyektiv holat", "O — объективно", "O — objective"),
                T(
                    "Koʻrik natijalari, hayotiy koʻrsatkichlar, tahlillar",
                    "Данные осмотра, показатели жизнедеятельности, результаты анализов",
                    "Examination findings, vital signs, test results",
                ),
            ),
            (
                T("A — baholash", "A — оценка", "A — assessment"),
                T("KXT-10 kodi bilan tashxis", "Диагноз с кодом МКБ-10", "Diagnosis with its ICD-10 code"),
            ),
            (
                T("P — reja", "P — план", "P — plan"),
                T(
                    "Tekshiruvlar, davolash, yoʻllanmalar, keyingi tashrif, berilgan maslahatlar",
                    "Обследования, лечение, направления, повторный визит, данные рекомендации",
                    "Tests, treatment, referrals, follow-up date, advice given",
                ),
            ),
            first_col_is_header=True,
        ),
        callout(
            "tip",
            T("Nusxa olishdan ehtiyot boʻling", "Осторожно с копированием", "Beware of copy and paste"),
            T(
                "Oldingi qabul yozuvini tekshirmasdan koʻchirmang: eskirgan shikoyat, dori yoki xato bir kartadan ikkinchisiga oʻtib boradi.",
                "Не копируйте прошлую запись без проверки: устаревшие жалобы, лекарства и ошибки будут кочевать из записи в запись.",
                "Never copy a previous note without checking it: outdated complaints, medicines and mistakes travel on from note to note.",
            ),
        ),
        callout(
            "info",
            T("Tuzatishlar", "Исправления", "Corrections"),
            T(
                "Imzolangan yozuvni oʻchirib boʻlmaydi. Xato topsangiz, sababini koʻrsatib tuzatish kiriting: tizim oldingi variantni va kim oʻzgartirganini saqlaydi.",
                "Подписанную запись нельзя удалить. Заметив ошибку, внесите исправление с указанием причины: система сохранит прежнюю версию и автора изменения.",
                "A signed note cannot be deleted. If you find a mistake, add a correction giving the reason: the system keeps the earlier version and who changed it.",
            ),
        ),
        video(
            "https://www.youtube.com/@WHO/search?query=digital%20health",
            title=T(
                "JSST YouTube kanali: raqamli sogʻliqni saqlash haqidagi videolar",
                "Канал ВОЗ на YouTube: видео о цифровом здравоохранении",
                "WHO on YouTube: videos on digital health",
            ),
            poster=COVER,
        ),
        knowledge_check(
            T(
                "Kecha imzolagan yozuvingizda xato topdingiz. Nima qilasiz?",
                "Вы нашли ошибку во вчерашней подписанной записи. Что вы сделаете?",
                "You find a mistake in a note you signed yesterday. What do you do?",
            ),
            (
                (
                    T(
                        "Sababini koʻrsatib tuzatish kiritaman, asl yozuv tarixda qoladi",
                        "Внесу исправление с причиной, исходная запись останется в истории",
                        "Add a correction with the reason; the original stays in the history",
                    ),
                    True,
                ),
                (
                    T(
                        "IT xizmatidan yozuvni oʻchirishni soʻrayman",
                        "Попрошу ИТ-службу удалить запись",
                        "Ask IT to delete the note",
                    ),
                    False,
                ),
                (
                    T(
                        "Shu sana bilan yangi qabul ochaman",
                        "Создам новый приём той же датой",
                        "Create a new visit with the same date",
                    ),
                    False,
                ),
            ),
            T(
                "Tuzatish <b>shaffof</b> boʻlishi kerak: kim, qachon va nima uchun oʻzgartirgani koʻrinib tursin.",
                "Исправление должно быть <b>прозрачным</b>: видно, кто, когда и почему изменил запись.",
                "A correction must be <b>transparent</b>: who changed what, when and why stays visible.",
            ),
        ),
    ),
)

E_PRESCRIPTIONS = Lesson(
    "lesson-4-e-prescriptions",
    T("Elektron retsept", "Электронный рецепт", "E-prescriptions"),
    10,
    (
        paragraph(
            T(
                "Elektron retsept yozishdan oldin va yozish paytida:",
                "Перед выпиской электронного рецепта и во время неё:",
                "Before and while writing an e-prescription:",
            ),
            ul(
                T(
                    "bemorning shaxsini ikkita identifikator bilan tasdiqlang;",
                    "подтвердите личность пациента по двум идентификаторам;",
                    "confirm the patient's identity with two identifiers;",
                ),
                T(
                    "allergiyalar va hozir qabul qilayotgan dorilarni tekshiring;",
                    "проверьте аллергии и принимаемые препараты;",
                    "check allergies and current medicines;",
                ),
                T(
                    "oʻzaro taʼsir haqidagi ogohlantirishlarni oʻqing — ularni tashlab ketmang;",
                    "читайте предупреждения о взаимодействиях — не пропускайте их;",
                    "read interaction alerts — do not click past them;",
                ),
                T(
                    "xalqaro patentlanmagan nom, dozasi, shakli, yuborish yoʻli, qabul qilish chastotasi va davomiyligini koʻrsating;",
                    "указывайте МНН, дозу, лекарственную форму, путь введения, кратность и длительность приёма;",
                    "give the generic (INN) name, dose, form, route, frequency and duration;",
                ),
                T(
                    "retseptni elektron raqamli imzo (ERI) bilan imzolang; bemor dorixona uchun retsept raqamini oladi.",
                    "подпишите рецепт электронной цифровой подписью (ЭЦП); пациент получает номер рецепта для аптеки.",
                    "sign it with your electronic digital signature; the patient receives the prescription number for the pharmacy.",
                ),
            ),
        ),
        callout(
            "warning",
            T("ERI — sizning imzoingiz", "ЭЦП — ваша подпись", "Your e-signature is your signature"),
            T(
                "ERI kaliti qoʻlda qoʻyilgan imzo bilan teng. Uni hech kimga bermang va hamkasb nomidan retseptlarni imzolamang.",
                "Ключ ЭЦП равнозначен собственноручной подписи. Никому его не передавайте и не подписывайте рецепты за коллег.",
                "Your signature key counts as your handwritten signature. Never lend it, and never sign prescriptions on a colleague's behalf.",
            ),
        ),
        knowledge_check(
            T(
                "Tizim ogohlantiradi: bemorda penitsillinga allergiya bor, siz esa amoksitsillin yozdingiz. Nima qilasiz?",
                "Система предупреждает: у пациента аллергия на пенициллин, а вы выписали амоксициллин. Что вы сделаете?",
                "The system warns that the patient is allergic to penicillin, and you have prescribed amoxicillin. What do you do?",
            ),
            (
                (
                    T(
                        "Ogohlantirishni yopib, davom etaman",
                        "Закрою предупреждение и продолжу",
                        "Dismiss the alert and carry on",
                    ),
                    False,
                ),
                (T("Dozani ikki baravar kamaytiraman", "Уменьшу дозу вдвое", "Halve the dose"), False),
                (
                    T(
                        "Retseptni bekor qilib, boshqa guruhdagi dorini tanlayman",
                        "Отменю рецепт и выберу препарат другой группы",
                        "Cancel it and choose a drug from another class",
                    ),
                    True,
                ),
            ),
            T(
                "Amoksitsillin — <b>penitsillin</b> guruhiga kiradi. Allergiya haqidagi ogohlantirish doza bilan hal qilinmaydi.",
                "Амоксициллин относится к <b>пенициллинам</b>. Предупреждение об аллергии не решается изменением дозы.",
                "Amoxicillin <b>is a penicillin</b>. An allergy alert is never solved by changing the dose.",
            ),
        ),
    ),
)

CONFIDENTIALITY = Lesson(
    "lesson-5-confidentiality-and-data-protection",
    T(
        "Maxfiylik va maʼlumotlarni himoya qilish",
        "Конфиденциальность и защита данных",
        "Confidentiality and data protection",
    ),
    10,
    (
        paragraph(
            T(
                "Sogʻliq haqidagi maʼlumotlar tibbiy sir va «Shaxsga doir maʼlumotlar toʻgʻrisida»gi Qonun bilan himoyalanadi. Kartani faqat siz davolayotgan yoki "
                "parvarish qilayotgan bemor uchun oching. Har bir ochilish jurnalga yoziladi va tekshiriladi.",
                "Сведения о здоровье защищены врачебной тайной и Законом «О персональных данных». Открывайте карту только того пациента, которого вы лечите "
                "или за которым ухаживаете. Каждый просмотр записывается в журнал и проверяется.",
                "Health information is protected by medical confidentiality and by the Law “On personal data”. Open a record only for a patient you are "
                "treating or caring for. Every access is logged and audited.",
            ),
        ),
        accordion(
            T("Koʻp beriladigan savollar", "Частые вопросы", "Frequently asked questions"),
            (
                T(
                    "Qarindoshim yoki qoʻshnimning kartasini koʻrsam boʻladimi?",
                    "Можно ли посмотреть карту родственника или соседа?",
                    "May I look at a relative's or neighbour's record?",
                ),
                T(
                    "Yoʻq, agar siz uni davolamayotgan boʻlsangiz. Jurnal har bir koʻrishni koʻrsatadi va bu intizomiy javobgarlikka olib keladi.",
                    "Нет, если вы его не лечите. Журнал показывает каждый просмотр, и это влечёт дисциплинарную ответственность.",
                    "No, unless you are caring for them. The audit log shows every look, and it is a disciplinary matter.",
                ),
            ),
            (
                T(
                    "Tahlil natijasini hamkasbga Telegram orqali yuborsam boʻladimi?",
                    "Можно ли отправить коллеге результат анализа в Telegram?",
                    "May I send a test result to a colleague on Telegram?",
                ),
                T(
                    "Yoʻq. Shaxsiy messenjerlar bemor maʼlumotlari uchun emas. Elektron kartaning oʻz imkoniyatlari yoki muassasaning rasmiy kanallaridan foydalaning.",
                    "Нет. Личные мессенджеры не предназначены для данных пациентов. Пользуйтесь возможностями электронной карты или официальными каналами организации.",
                    "No. Personal messengers are not for patient data. Use the EHR's own features or your facility's official channels.",
                ),
            ),
            (
                T(
                    "Bemor oʻz kartasining nusxasini soʻrasa-chi?",
                    "А если пациент просит копию своей карты?",
                    "What if a patient asks for a copy of their record?",
                ),
                T(
                    "Bemor oʻz maʼlumotlari bilan tanishish huquqiga ega. Muassasada belgilangan tartib boʻyicha bering.",
                    "Пациент вправе знакомиться со своими данными. Выдайте копию в порядке, установленном в организации.",
                    "Patients have the right to see their own information. Provide it through your facility's procedure.",
                ),
            ),
        ),
        callout(
            "warning",
            T("Ekran va qogʻoz", "Экран и бумага", "Screens and paper"),
            T(
                "Monitorni tashrif buyuruvchilarga teskari qarating, chop etilgan hujjatlarni stolda qoldirmang va keraksizlarini maydalab yoʻq qiling.",
                "Разворачивайте монитор от посетителей, не оставляйте распечатки на столе и уничтожайте ненужные в шредере.",
                "Turn your screen away from visitors, never leave printouts on the desk, and shred the ones you no longer need.",
            ),
        ),
        knowledge_check(
            T(
                "Bemor kartasini kim ochishi mumkin?",
                "Кто может открывать карту пациента?",
                "Who may open a patient's record?",
            ),
            (
                (T("Muassasaning har qanday xodimi", "Любой сотрудник организации", "Any member of staff"), False),
                (
                    T(
                        "Ushbu bemorni davolayotgan va parvarish qilayotgan xodimlar",
                        "Сотрудники, участвующие в лечении и уходе за этим пациентом",
                        "Staff involved in this patient's care",
                    ),
                    True,
                ),
                (T("Paroli bor har qanday odam", "Любой, у кого есть пароль", "Anyone with a password"), False),
            ),
            T(
                "Tamoyil — <b>«bilish zarurati»</b>: faqat bemorga yordam berish uchun kerak boʻlgan maʼlumotni koʻrasiz.",
                "Принцип — <b>«необходимость знать»</b>: вы видите только то, что нужно для помощи пациенту.",
                "The rule is <b>need to know</b>: you see only what you need in order to care for the patient.",
            ),
        ),
    ),
)

DOWNTIME = Lesson(
    "lesson-6-downtime-procedure",
    T("Tizim ishlamay qolganda", "Когда система недоступна", "When the system is down"),
    10,
    (
        paragraph(
            T(
                "Tizim rejali (oldindan eʼlon qilingan) yoki kutilmaganda (elektr, tarmoq, server nosozligi) ishlamay qolishi mumkin. Bemorlarga yordam toʻxtamaydi:",
                "Система может быть недоступна планово (с предупреждением) или внезапно (сбой электропитания, сети, сервера). Помощь пациентам при этом не прекращается:",
                "The system may be down as planned (announced in advance) or without warning (a power, network or server failure). Care does not stop:",
            ),
            ol(
                T(
                    "Nosozlikni tasdiqlang (boshqa kompyuterda, hamkasbdan soʻrang) va IT xizmati hamda rahbarga xabar bering.",
                    "Убедитесь, что это сбой (проверьте на другом компьютере, спросите коллег), и сообщите в ИТ-службу и руководителю.",
                    "Confirm it is an outage (try another computer, ask colleagues) and tell IT and your manager.",
                ),
                T(
                    "Zaxira toʻplamidagi qogʻoz blankalarga oʻting: qabul, retsept, tahlilga yoʻllanma.",
                    "Перейдите на бумажные бланки из резервного комплекта: приём, рецепт, направление на анализы.",
                    "Switch to the paper forms in the downtime kit: visit, prescription, lab request.",
                ),
                T(
                    "Har bir blankaga F.I.Sh., tugʻilgan sana, JShShIR, sana, vaqt, ismingiz va imzoingizni yozing.",
                    "На каждом бланке укажите ФИО, дату рождения, ПИНФЛ, дату, время, свою фамилию и подпись.",
                    "On every form write the full name, date of birth, PINFL, date, time, your name and signature.",
                ),
                T(
                    "Shoshilinch yordamni tizim tiklanishini kutib kechiktirmang.",
                    "Не откладывайте неотложную помощь в ожидании восстановления системы.",
                    "Never delay urgent care while waiting for the system.",
                ),
                T(
                    "Tizim tiklangach, qogʻozdagi yozuvlarni imkon qadar tez kiriting va «tizim ishlamagan vaqtda yozilgan» deb belgilang.",
                    "После восстановления как можно скорее перенесите записи в систему с отметкой «внесено после сбоя».",
                    "Once the system is back, enter the paper records as soon as possible, marked as recorded during downtime.",
                ),
            ),
        ),
        callout(
            "info",
            T("Zaxira toʻplami", "Резервный комплект", "The downtime kit"),
            T(
                "Har bir boʻlimda qogʻoz blankalar, telefon raqamlari roʻyxati va statsionar bemorlar roʻyxatining soʻnggi nusxasi boʻlgan zaxira toʻplami saqlanadi.",
                "В каждом отделении хранится резервный комплект: бумажные бланки, список телефонов и свежая распечатка списка пациентов стационара.",
                "Every department keeps a downtime kit: paper forms, a phone list and a recent printout of the inpatient list.",
            ),
        ),
        document(
            CHECKLIST,
            description=T(
                "Bir sahifali PDF: oldindan, nosozlik paytida va tiklangandan keyin.",
                "PDF на одной странице: заранее, во время сбоя и после восстановления.",
                "One-page PDF: before, during and after an outage.",
            ),
        ),
        knowledge_check(
            T(
                "Qabul vaqtining oʻrtasida elektron karta ishlamay qoldi. Nima qilasiz?",
                "Посреди приёма перестала работать электронная карта. Что вы сделаете?",
                "The EHR stops working in the middle of your clinic. What do you do?",
            ),
            (
                (
                    T(
                        "Bemorlarni tizim tiklanguncha uyiga yuboraman",
                        "Отпущу пациентов домой до восстановления системы",
                        "Send patients home until the system is back",
                    ),
                    False,
                ),
                (
                    T(
                        "Qabulni qogʻoz blankalarda davom ettiraman va keyin tizimga kiritaman",
                        "Продолжу приём на бумажных бланках и позже внесу записи в систему",
                        "Carry on with the paper forms and enter them later",
                    ),
                    True,
                ),
                (
                    T(
                        "Yozuvlarni istalgan qogʻozga yozib qoʻyaman",
                        "Запишу всё на первом попавшемся листке",
                        "Jot notes on any scrap of paper",
                    ),
                    False,
                ),
            ),
            T(
                "Yordam toʻxtamaydi: <b>rasmiy blankalar</b> bemorni aniqlash va keyin maʼlumotni toʻliq kiritish imkonini beradi.",
                "Помощь не прекращается: <b>официальные бланки</b> позволяют идентифицировать пациента и потом полностью перенести данные.",
                "Care goes on: the <b>official forms</b> keep the patient identified and let you enter everything later.",
            ),
        ),
    ),
)

COURSE = Course(
    slug="electronic-health-record",
    title=T(
        "Elektron tibbiy kartadan foydalanish",
        "Работа с электронной медицинской картой",
        "Using the electronic health record",
    ),
    summary=T(
        "Tizimga xavfsiz kirish, bemorni ikkita identifikator boʻyicha aniqlash, qabulni SOAP tuzilmasida hujjatlashtirish, elektron retsept, "
        "tibbiy sir va shaxsga doir maʼlumotlarni himoya qilish, tizim ishlamay qolgandagi ish tartibi.",
        "Безопасный вход в систему, идентификация пациента по двум идентификаторам, оформление приёма по структуре SOAP, электронный рецепт, "
        "врачебная тайна и защита персональных данных, порядок работы при сбое системы.",
        "Logging in securely, identifying the patient with two identifiers, documenting a visit in SOAP format, e-prescriptions, "
        "confidentiality and data protection, and what to do when the system is down.",
    ),
    objectives=(
        T(
            "hisob qaydnomasini himoya qilish va firibgarlik xabarlarini tanish;",
            "защищать свою учётную запись и распознавать фишинг;",
            "protect your account and recognise phishing;",
        ),
        T(
            "kartani ochishdan oldin bemorni ikkita identifikator boʻyicha aniqlash;",
            "идентифицировать пациента по двум идентификаторам до открытия карты;",
            "identify the patient with two identifiers before opening the record;",
        ),
        T(
            "qabulni toʻliq va oʻz vaqtida yozish, tuzatishlarni toʻgʻri kiritish;",
            "полно и своевременно оформлять приём и правильно вносить исправления;",
            "document visits fully and on time, and correct notes properly;",
        ),
        T(
            "elektron retseptni xavfsiz yozish;",
            "безопасно выписывать электронные рецепты;",
            "write e-prescriptions safely;",
        ),
        T(
            "maxfiylikni saqlash va tizim ishlamay qolganda ishni davom ettirish.",
            "соблюдать конфиденциальность и продолжать работу при сбое системы.",
            "keep information confidential and keep working when the system is down.",
        ),
    ),
    topic="digital-health",
    cpd_hours=Decimal("3.0"),
    certificate_validity_months=None,
    target_cadres=CADRES,
    cover=COVER,
    syllabus=(LOGGING_IN, IDENTIFYING_THE_PATIENT, DOCUMENTING_A_VISIT, E_PRESCRIPTIONS, CONFIDENTIALITY, DOWNTIME),
)
