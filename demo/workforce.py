"""Demo org tree, cadres and staff roster for development and demonstrations.

Codes follow SOATO for the country and regions; district codes are plausible
seven-digit SOATO-style codes and facility codes are invented. Names are given
as (Uzbek Latin, Russian, English).
"""

import random

from django.db import transaction

from workforce.models import Cadre, HealthWorker, OrgUnit

FacilityType = OrgUnit.FacilityType

COUNTRY = ("17", "Oʻzbekiston Respublikasi", "Республика Узбекистан", "Republic of Uzbekistan")

REGIONS = (
    ("1735", "Qoraqalpogʻiston Respublikasi", "Республика Каракалпакстан", "Republic of Karakalpakstan"),
    ("1703", "Andijon viloyati", "Андижанская область", "Andijan Region"),
    ("1706", "Buxoro viloyati", "Бухарская область", "Bukhara Region"),
    ("1708", "Jizzax viloyati", "Джизакская область", "Jizzakh Region"),
    ("1710", "Qashqadaryo viloyati", "Кашкадарьинская область", "Kashkadarya Region"),
    ("1712", "Navoiy viloyati", "Навоийская область", "Navoiy Region"),
    ("1714", "Namangan viloyati", "Наманганская область", "Namangan Region"),
    ("1718", "Samarqand viloyati", "Самаркандская область", "Samarkand Region"),
    ("1722", "Surxondaryo viloyati", "Сурхандарьинская область", "Surkhandarya Region"),
    ("1724", "Sirdaryo viloyati", "Сырдарьинская область", "Syrdarya Region"),
    ("1727", "Toshkent viloyati", "Ташкентская область", "Tashkent Region"),
    ("1730", "Fargʻona viloyati", "Ферганская область", "Fergana Region"),
    ("1733", "Xorazm viloyati", "Хорезмская область", "Khorezm Region"),
    ("1726", "Toshkent shahri", "город Ташкент", "Tashkent City"),
)

DISTRICTS = {
    "1726": (
        ("1726262", "Uchtepa tumani", "Учтепинский район", "Uchtepa District"),
        ("1726264", "Bektemir tumani", "Бектемирский район", "Bektemir District"),
        ("1726266", "Yunusobod tumani", "Юнусабадский район", "Yunusobod District"),
        ("1726269", "Mirzo Ulugʻbek tumani", "Мирзо-Улугбекский район", "Mirzo Ulugbek District"),
        ("1726273", "Mirobod tumani", "Мирабадский район", "Mirobod District"),
        ("1726277", "Shayxontohur tumani", "Шайхантахурский район", "Shaykhontohur District"),
        ("1726280", "Olmazor tumani", "Алмазарский район", "Olmazor District"),
        ("1726283", "Sergeli tumani", "Сергелийский район", "Sergeli District"),
        ("1726287", "Yakkasaroy tumani", "Яккасарайский район", "Yakkasaroy District"),
        ("1726290", "Yashnobod tumani", "Яшнабадский район", "Yashnobod District"),
        ("1726292", "Yangihayot tumani", "Янгихаётский район", "Yangihayot District"),
        ("1726294", "Chilonzor tumani", "Чиланзарский район", "Chilonzor District"),
    ),
    "1718": (
        ("1718206", "Bulungʻur tumani", "Булунгурский район", "Bulungur District"),
        ("1718209", "Jomboy tumani", "Джамбайский район", "Jomboy District"),
        ("1718212", "Ishtixon tumani", "Иштыханский район", "Ishtikhon District"),
        ("1718215", "Kattaqoʻrgʻon tumani", "Каттакурганский район", "Kattakurgan District"),
        ("1718224", "Payariq tumani", "Пайарыкский район", "Payariq District"),
        ("1718227", "Pastdargʻom tumani", "Пастдаргомский район", "Pastdargom District"),
        ("1718233", "Samarqand tumani", "Самаркандский район", "Samarkand District"),
        ("1718236", "Urgut tumani", "Ургутский район", "Urgut District"),
        ("1718401", "Samarqand shahri", "город Самарканд", "Samarkand City"),
    ),
}

# (district code, facility code, type, uz, ru, en)
FACILITIES = (
    ("1726294", "F-1726-001", FacilityType.FAMILY_POLYCLINIC,
     "5-son oilaviy poliklinika", "Семейная поликлиника № 5", "Family Polyclinic No. 5"),
    ("1726294", "F-1726-002", FacilityType.CITY_HOSPITAL,
     "1-son shahar klinik shifoxonasi", "Городская клиническая больница № 1", "City Clinical Hospital No. 1"),
    ("1726294", "F-1726-003", FacilityType.EMERGENCY,
     "Respublika shoshilinch tibbiy yordam ilmiy markazi",
     "Республиканский научный центр экстренной медицинской помощи",
     "Republican Research Centre of Emergency Medicine"),
    ("1726266", "F-1726-004", FacilityType.FAMILY_POLYCLINIC,
     "38-son oilaviy poliklinika", "Семейная поликлиника № 38", "Family Polyclinic No. 38"),
    ("1726269", "F-1726-005", FacilityType.MATERNITY,
     "4-son tugʻruq kompleksi", "Родильный комплекс № 4", "Maternity Complex No. 4"),
    ("1726283", "F-1726-006", FacilityType.FAMILY_POLYCLINIC,
     "52-son oilaviy poliklinika", "Семейная поликлиника № 52", "Family Polyclinic No. 52"),
    ("1726290", "F-1726-007", FacilityType.SANITARY,
     "Yashnobod tumani sanitariya-epidemiologik osoyishtalik va jamoat salomatligi boʻlimi",
     "Отдел санитарно-эпидемиологического благополучия и общественного здоровья Яшнабадского района",
     "Yashnobod District Sanitary-Epidemiological Welfare and Public Health Department"),
    ("1718236", "F-1718-001", FacilityType.RURAL_HEALTH_POST,
     "Kamangaron qishloq vrachlik punkti", "Сельский врачебный пункт «Камангаран»",
     "Kamangaron Rural Family Doctor Post"),
    ("1718236", "F-1718-002", FacilityType.DISTRICT_HOSPITAL,
     "Urgut tumani markaziy shifoxonasi", "Ургутская центральная районная больница",
     "Urgut Central District Hospital"),
    ("1718401", "F-1718-003", FacilityType.REGIONAL_HOSPITAL,
     "Samarqand viloyat koʻp tarmoqli tibbiyot markazi",
     "Самаркандский областной многопрофильный медицинский центр",
     "Samarkand Regional Multidisciplinary Medical Centre"),
    ("1718227", "F-1718-004", FacilityType.RURAL_HEALTH_POST,
     "Chorxin qishloq vrachlik punkti", "Сельский врачебный пункт «Чархин»", "Chorkhin Rural Family Doctor Post"),
    ("1718215", "F-1718-005", FacilityType.RURAL_HEALTH_POST,
     "Payshanba qishloq vrachlik punkti", "Сельский врачебный пункт «Пайшанба»",
     "Payshanba Rural Family Doctor Post"),
    ("1718209", "F-1718-006", FacilityType.FAMILY_POLYCLINIC,
     "Jomboy tumani oilaviy poliklinikasi", "Семейная поликлиника Джамбайского района",
     "Jomboy District Family Polyclinic"),
)  # fmt: skip

# ISCO-08 unit groups used by the WHO National Health Workforce Accounts.
CADRES = (
    ("2211", "Umumiy amaliyot shifokori", "Врач общей практики", "Generalist medical practitioner"),
    ("2212", "Mutaxassis shifokor", "Врач-специалист", "Specialist medical practitioner"),
    ("2221", "Oliy maʼlumotli hamshira", "Медицинская сестра с высшим образованием", "Nursing professional"),
    ("2222", "Oliy maʼlumotli akusher", "Акушерка с высшим образованием", "Midwifery professional"),
    ("2240", "Feldsher", "Фельдшер", "Paramedical practitioner (feldsher)"),
    ("2261", "Stomatolog", "Врач-стоматолог", "Dentist"),
    ("2262", "Provizor", "Провизор", "Pharmacist"),
    ("3212", "Laborant", "Лаборант", "Medical and pathology laboratory technician"),
    ("3221", "Hamshira", "Медицинская сестра", "Nursing associate professional"),
    ("3222", "Akusher", "Акушерка", "Midwifery associate professional"),
    ("3253", "Jamoat salomatligi xodimi", "Общинный медико-санитарный работник", "Community health worker"),
)

# The roster: the learner demo account is joined to the first entry.
WORKER_COUNT = 200
ROSTER_SEED = 2026
DEMO_LEARNER_WORKER = {
    "employee_number": "UZ-000001",
    "full_name": "Karimova Dilnoza Rustamovna",
    "facility": "F-1726-001",
    "cadre": "3221",
    "position": "Hamshira",
    "is_active": True,
}

# How many staff a facility of each type gets relative to the others, and its mix of cadres.
FACILITY_SIZE = {
    FacilityType.REGIONAL_HOSPITAL: 30,
    FacilityType.CITY_HOSPITAL: 30,
    FacilityType.EMERGENCY: 25,
    FacilityType.DISTRICT_HOSPITAL: 25,
    FacilityType.MATERNITY: 20,
    FacilityType.FAMILY_POLYCLINIC: 15,
    FacilityType.SANITARY: 8,
    FacilityType.RURAL_HEALTH_POST: 5,
}
HOSPITAL_MIX = {"2211": 1, "2212": 8, "2221": 2, "3221": 10, "3222": 1, "3212": 2, "2262": 1}
CADRE_MIX = {
    FacilityType.REGIONAL_HOSPITAL: HOSPITAL_MIX,
    FacilityType.CITY_HOSPITAL: HOSPITAL_MIX,
    FacilityType.DISTRICT_HOSPITAL: {"2211": 2, "2212": 5, "3221": 8, "3222": 2, "2240": 1, "3212": 2, "2261": 1},
    FacilityType.EMERGENCY: {"2212": 6, "2240": 6, "3221": 6, "3212": 1},
    FacilityType.MATERNITY: {"2212": 5, "2222": 4, "3222": 8, "3221": 5, "3212": 1},
    FacilityType.FAMILY_POLYCLINIC: {"2211": 5, "2212": 3, "2221": 1, "3221": 8, "3222": 2, "2261": 1, "3212": 2, "3253": 2},
    FacilityType.RURAL_HEALTH_POST: {"2211": 2, "3221": 3, "3222": 1, "2240": 2, "3253": 2},
    FacilityType.SANITARY: {"2212": 2, "3212": 4, "3221": 1, "3253": 2},
}  # fmt: skip
POSITIONS = {
    "2211": ("Umumiy amaliyot shifokori", "Oilaviy shifokor"),
    "2212": ("Terapevt", "Pediatr", "Kardiolog", "Jarroh", "Nevrolog", "Endokrinolog", "Rentgenolog"),
    "2221": ("Katta hamshira",),
    "2222": ("Katta akusher",),
    "2240": ("Feldsher",),
    "2261": ("Stomatolog", "Bolalar stomatologi"),
    "2262": ("Provizor",),
    "3212": ("Laborant", "Tibbiy laborant", "Katta laborant"),
    "3221": ("Hamshira", "Muolaja hamshirasi", "Palata hamshirasi", "Operatsiya hamshirasi"),
    "3222": ("Akusher",),
    "3253": ("Jamoat salomatligi xodimi",),
}
# Positions that differ by the kind of facility, over the defaults above.
POSITIONS_AT = {
    (FacilityType.REGIONAL_HOSPITAL, "2211"): ("Qabul boʻlimi shifokori",),
    (FacilityType.CITY_HOSPITAL, "2211"): ("Qabul boʻlimi shifokori",),
    (FacilityType.DISTRICT_HOSPITAL, "2211"): ("Qabul boʻlimi shifokori",),
    (FacilityType.EMERGENCY, "2212"): ("Anesteziolog-reanimatolog", "Jarroh", "Travmatolog", "Kardiolog"),
    (FacilityType.EMERGENCY, "2240"): ("Tez tibbiy yordam feldsheri",),
    (FacilityType.MATERNITY, "2212"): ("Akusher-ginekolog", "Neonatolog", "Anesteziolog-reanimatolog"),
    (FacilityType.SANITARY, "2212"): ("Epidemiolog", "Gigiyenist shifokor"),
    (FacilityType.FAMILY_POLYCLINIC, "3221"): ("Hamshira", "Patronaj hamshirasi", "Umumiy amaliyot hamshirasi"),
    (FacilityType.RURAL_HEALTH_POST, "3221"): ("Patronaj hamshirasi", "Umumiy amaliyot hamshirasi"),
}
FEMALE_SHARE = {
    "2211": 0.6, "2212": 0.45, "2221": 0.95, "2222": 1.0, "2240": 0.5, "2261": 0.4,
    "2262": 0.7, "3212": 0.8, "3221": 0.95, "3222": 1.0, "3253": 0.8,
}  # fmt: skip
INACTIVE_SHARE = 0.04

# Surnames and patronymic stems in their male form; "-a" / "-ich" / "-na" complete them.
SURNAMES = (
    "Karimov", "Toshmatov", "Rahimov", "Yusupov", "Abdullayev", "Nazarov", "Ismoilov", "Qodirov",
    "Xolmatov", "Saidov", "Ergashev", "Mirzayev", "Sobirov", "Umarov", "Aliyev", "Hasanov",
    "Joʻrayev", "Tursunov", "Rasulov", "Usmonov", "Sultonov", "Haydarov", "Normatov", "Boboyev",
    "Qosimov", "Mahmudov", "Xudoyberdiyev", "Ortiqov", "Sharipov", "Yoʻldoshev", "Islomov", "Musayev",
)  # fmt: skip
MALE_NAMES = (
    "Jasur", "Sardor", "Bekzod", "Otabek", "Sherzod", "Doniyor", "Javohir", "Aziz", "Rustam", "Farrux",
    "Jamshid", "Ulugʻbek", "Shohruh", "Akmal", "Bobur", "Sanjar", "Elyor", "Oybek", "Dilshod", "Umid",
)  # fmt: skip
FEMALE_NAMES = (
    "Dilnoza", "Gulnora", "Nilufar", "Malika", "Zarina", "Madina", "Shahnoza", "Feruza", "Nodira",
    "Dilfuza", "Mohira", "Gulchehra", "Sevara", "Mavluda", "Barno", "Umida", "Kamola", "Zulfiya",
    "Maftuna", "Nargiza", "Munisa", "Sitora", "Hulkar", "Yulduz",
)  # fmt: skip
PATRONYMIC_STEMS = (
    "Rustamov", "Akmalov", "Baxtiyorov", "Shavkatov", "Anvarov", "Farhodov", "Olimov", "Sherzodov",
    "Ravshanov", "Murodov", "Ulugʻbekov", "Jamshidov", "Abdullayev", "Dilshodov", "Nodirov", "Oybekov",
    "Botirov", "Ilhomov", "Kamolov", "Zafarov", "Xurshidov", "Azamatov", "Rahimov", "Erkinov", "Tohirov",
)  # fmt: skip

NAME_FIELDS = ("name_uz", "name_ru", "name_en")


def roster_entries() -> list[dict]:
    """The demo roster: the same entries on every call, so seeding again updates rather than adds."""
    rng = random.Random(ROSTER_SEED)
    facilities = [(code, facility_type) for _district, code, facility_type, *_names in FACILITIES]
    sizes = [FACILITY_SIZE[facility_type] for _code, facility_type in facilities]
    entries = [DEMO_LEARNER_WORKER]
    for number in range(len(entries) + 1, WORKER_COUNT + 1):
        facility, facility_type = rng.choices(facilities, weights=sizes)[0]
        mix = CADRE_MIX[facility_type]
        cadre = rng.choices(list(mix), weights=list(mix.values()))[0]
        positions = POSITIONS_AT.get((facility_type, cadre), POSITIONS[cadre])
        female = rng.random() < FEMALE_SHARE[cadre]
        surname, patronymic = rng.choice(SURNAMES), rng.choice(PATRONYMIC_STEMS)
        if female:
            full_name = f"{surname}a {rng.choice(FEMALE_NAMES)} {patronymic}na"
        else:
            full_name = f"{surname} {rng.choice(MALE_NAMES)} {patronymic}ich"
        entries.append(
            {
                "employee_number": f"UZ-{number:06d}",
                "full_name": full_name,
                "facility": facility,
                "cadre": cadre,
                "position": rng.choice(positions),
                "is_active": rng.random() >= INACTIVE_SHARE,
            }
        )
    return entries


@transaction.atomic
def seed_workforce() -> dict:
    """Create or update the demo org tree, cadres and roster; return how many of each were new."""
    created = {"org_units": 0, "cadres": 0, "health_workers": 0}
    code, *names = COUNTRY
    created["org_units"] += _upsert_org_unit(parent_code=None, code=code, level=OrgUnit.Level.COUNTRY, names=names)
    for code, *names in REGIONS:
        created["org_units"] += _upsert_org_unit(
            parent_code=COUNTRY[0], code=code, level=OrgUnit.Level.REGION, names=names
        )
    for region_code, districts in DISTRICTS.items():
        for code, *names in districts:
            created["org_units"] += _upsert_org_unit(
                parent_code=region_code, code=code, level=OrgUnit.Level.DISTRICT, names=names
            )
    for district_code, code, facility_type, *names in FACILITIES:
        created["org_units"] += _upsert_org_unit(
            parent_code=district_code,
            code=code,
            level=OrgUnit.Level.FACILITY,
            names=names,
            facility_type=facility_type,
        )

    for isco_code, *names in CADRES:
        _cadre, is_new = Cadre.objects.update_or_create(
            isco_code=isco_code, defaults=dict(zip(NAME_FIELDS, names, strict=True))
        )
        created["cadres"] += is_new

    cadres = {cadre.isco_code: cadre for cadre in Cadre.objects.all()}
    facilities = {unit.code: unit for unit in OrgUnit.objects.filter(level=OrgUnit.Level.FACILITY)}
    for entry in roster_entries():
        _worker, is_new = HealthWorker.objects.update_or_create(
            employee_number=entry["employee_number"],
            defaults={
                "full_name": entry["full_name"],
                "facility": facilities[entry["facility"]],
                "cadre": cadres[entry["cadre"]],
                "position": entry["position"],
                "is_active": entry["is_active"],
            },
        )
        created["health_workers"] += is_new
    return created


def _upsert_org_unit(*, parent_code: str | None, code: str, level: str, names, facility_type: str = "") -> bool:
    """Create the unit under its parent, or bring an existing one's fields up to date; True if created."""
    fields = {"level": level, "facility_type": facility_type, **dict(zip(NAME_FIELDS, names, strict=True))}
    unit = OrgUnit.objects.filter(code=code).first()
    if unit is not None:
        changed = [name for name, value in fields.items() if getattr(unit, name) != value]
        if changed:
            for name in changed:
                setattr(unit, name, fields[name])
            unit.save(update_fields=changed)
        return False
    if parent_code is None:
        OrgUnit.add_root(code=code, **fields)
    else:
        # Sorted inserts rewrite sibling paths, so a parent held in memory may be stale: read it afresh.
        OrgUnit.objects.get(code=parent_code).add_child(code=code, **fields)
    return True
