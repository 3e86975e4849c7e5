"""The synthetic org tree: regions, their real districts and towns, and facilities named as the country names them."""

from demo import workforce as demo_workforce
from demo.national.catalogue import (
    ALL_CADRES,
    DISTRICTS,
    LINEUPS,
    MEDIAN_STAFF,
    OTHER_FACILITIES,
    STAFF_SPREAD,
    TASHKENT_CITY,
    VILLAGES,
)
from demo.national.plan import WORKERS, District, Facility, Plan, UnitSpec, World
from workforce.models import Cadre, OrgUnit

FacilityType = OrgUnit.FacilityType


def plan_districts(plan: Plan) -> tuple[list[tuple], list[District]]:
    """The 14 first-level units and, for each, its districts and towns (a share of them below full scale)."""
    regions = sorted(demo_workforce.REGIONS)
    districts = []
    for region_index, (region_code, *_names) in enumerate(regions):
        entries = DISTRICTS[region_code].split("|")
        keep = max(1, round(len(entries) * plan.scale))
        tumans = towns = 0
        for entry in _spread(entries, keep):
            is_town = entry.startswith("*")
            uz, ru, *en = entry.lstrip("*").split("/")
            en = en[0] if en else uz.replace("ʻ", "").replace("ʼ", "")
            if region_code == TASHKENT_CITY:
                kind = "metro"
            elif is_town:
                kind = "centre" if entry == entries[0] else "town"
            else:
                kind = "rural"
            if is_town:
                towns += 1
                code = f"{region_code}{401 + 3 * (towns - 1):03d}"
                names = (f"{uz} shahri", f"город {ru}", f"{en} City")
                place = (f"{uz} shahar", f"город {ru}", f"{en} City")
            else:
                tumans += 1
                code = f"{region_code}{203 + 3 * (tumans - 1):03d}"
                names = (f"{uz} tumani", f"{ru} район", f"{en} District")
                place = names
            districts.append(District(region_index, code, kind, names, place))
    return regions, districts


def _spread(items: list, keep: int) -> list:
    """`keep` items spread evenly over the list, the first always among them."""
    return [items[index * len(items) // keep] for index in range(keep)]


def plan_org_tree(plan: Plan) -> tuple[list[tuple], list[District], list[UnitSpec]]:
    """Every org unit with its materialised path (siblings in code order, as treebeard keeps them) and staff size."""
    regions, districts = plan_districts(plan)
    country_code, *country_names = demo_workforce.COUNTRY
    country_path = OrgUnit._get_path(None, 1, 1)
    units = [UnitSpec(country_code, OrgUnit.Level.COUNTRY, "", tuple(country_names), country_path, -1, -1, 0)]
    facility_specs = []
    # Below full scale fewer districts are kept, so each keeps more of its facilities: ~5,000 × scale in all.
    facility_scale = plan.scale * sum(len(entries.split("|")) for entries in DISTRICTS.values()) / len(districts)
    for region_index, (region_code, *region_names) in enumerate(regions):
        region_path = OrgUnit._get_path(country_path, 2, region_index + 1)
        units.append(
            UnitSpec(region_code, OrgUnit.Level.REGION, "", tuple(region_names), region_path, region_index, -1, 0)
        )
        numbers: dict[tuple, int] = {}
        own = [(index, district) for index, district in enumerate(districts) if district.region_index == region_index]
        for step, (district_index, district) in enumerate(sorted(own, key=lambda item: item[1].code), start=1):
            district_path = OrgUnit._get_path(region_path, 3, step)
            units.append(
                UnitSpec(
                    district.code,
                    OrgUnit.Level.DISTRICT,
                    "",
                    district.names,
                    district_path,
                    region_index,
                    district_index,
                    0,
                )
            )
            rng = plan.rng("facilities", district.code)
            lineup = [
                facility_type
                for facility_type, fewest, most in LINEUPS[district.kind]
                for _ in range(rng.randint(fewest, most))
            ]
            keep = min(len(lineup), max(1, round(len(lineup) * facility_scale)))
            villages = rng.sample(VILLAGES, k=min(len(VILLAGES), len(lineup)))
            for number, facility_type in enumerate(_spread(lineup, keep), start=1):
                # Tashkent numbers its facilities city-wide, the rest of the country district by district.
                key = (facility_type, None if district.kind == "metro" else district_index)
                numbers[key] = numbers.get(key, 0) + 1
                names = _facility_names(
                    facility_type, district, regions[region_index], numbers[key], villages[number - 1], rng
                )
                facility_specs.append(
                    UnitSpec(
                        f"F-{district.code}-{number:03d}",
                        OrgUnit.Level.FACILITY,
                        facility_type,
                        names,
                        OrgUnit._get_path(district_path, 4, number),
                        region_index,
                        district_index,
                        MEDIAN_STAFF[facility_type] * rng.lognormvariate(0, STAFF_SPREAD),
                    )
                )
    sizes = _apportion(plan.scaled(WORKERS), [spec.workers for spec in facility_specs])
    units += [spec._replace(workers=size) for spec, size in zip(facility_specs, sizes, strict=True)]
    return regions, districts, units


def _apportion(total: int, weights: list[float]) -> list[int]:
    """Split `total` in proportion to the weights (largest remainder), at least one each when there are enough."""
    floor = 1 if total >= len(weights) else 0
    rest, whole = total - floor * len(weights), sum(weights)
    shares = [rest * weight / whole for weight in weights]
    sizes = [floor + int(share) for share in shares]
    by_remainder = sorted(range(len(weights)), key=lambda index: int(shares[index]) - shares[index])
    for index in by_remainder[: total - sum(sizes)]:
        sizes[index] += 1
    return sizes


def _facility_names(facility_type, district: District, region: tuple, number: int, village: str, rng):
    uz_place, ru_place, en_place = district.place
    if facility_type == FacilityType.REGIONAL_HOSPITAL:
        _code, region_uz, region_ru, region_en = region
        region_uz = region_uz.replace(" viloyati", " viloyat")
        region_ru = region_ru.replace("ская область", "ской области").replace("Республика", "Республики")
        return (
            f"{region_uz} koʻp tarmoqli tibbiyot markazi",
            f"Многопрофильный медицинский центр {region_ru}",
            f"{region_en.replace(' Region', '')} Regional Multidisciplinary Medical Centre",
        )
    if facility_type == FacilityType.DISTRICT_HOSPITAL:
        return (
            f"{uz_place} markaziy shifoxonasi",
            f"Центральная районная больница, {ru_place}",
            f"{en_place.removesuffix(' District')} Central District Hospital",
        )
    if facility_type == FacilityType.RURAL_HEALTH_POST:
        village_uz, village_ru = village.split("/")
        return (
            f"{village_uz} qishloq vrachlik punkti",
            f"Сельский врачебный пункт «{village_ru}», {ru_place}",
            f"{village_uz.replace('ʻ', '')} Rural Family Doctor Post",
        )
    if facility_type == FacilityType.EMERGENCY:
        return (
            f"{uz_place} tez tibbiy yordam stansiyasi",
            f"Станция скорой медицинской помощи, {ru_place}",
            f"{en_place} Emergency Medical Station",
        )
    if facility_type == FacilityType.SANITARY:
        return (
            f"{uz_place} sanitariya-epidemiologik osoyishtalik va jamoat salomatligi boʻlimi",
            f"Отдел санитарно-эпидемиологического благополучия и общественного здоровья, {ru_place}",
            f"{en_place} Sanitary-Epidemiological Welfare and Public Health Department",
        )
    if facility_type == FacilityType.OTHER:
        uz, ru, en = rng.choice(OTHER_FACILITIES)
        return f"{uz_place} {uz}", f"{ru}, {ru_place}", f"{en_place} {en}"
    # Numbered facilities: (Uzbek alone, Uzbek after a place name, Russian, English alone, English after a place).
    uz, uz_placed, ru, en, en_placed = {
        FacilityType.CITY_HOSPITAL: ("shahar shifoxonasi", "shifoxonasi", "Городская больница", "City Hospital", "Hospital"),
        FacilityType.MATERNITY: (
            "tugʻruq kompleksi", "tugʻruq kompleksi", "Родильный комплекс", "Maternity Complex", "Maternity Complex",
        ),
        FacilityType.FAMILY_POLYCLINIC: (
            "oilaviy poliklinika", "oilaviy poliklinikasi", "Семейная поликлиника", "Family Polyclinic",
            "Family Polyclinic",
        ),
    }[facility_type]  # fmt: skip
    if district.kind == "metro":
        return f"{number}-son {uz}", f"{ru} № {number}", f"{en} No. {number}"
    return (
        f"{uz_place} {number}-son {uz_placed}",
        f"{ru} № {number}, {ru_place}",
        f"{en_place} {en_placed} No. {number}",
    )


def create_org_tree(world: World) -> int:
    """Insert the whole tree in one go, its paths computed here rather than node by node."""
    regions, districts, units = plan_org_tree(world.plan)
    children: dict[str, int] = {}
    for unit in units:
        parent = unit.path[: -OrgUnit.steplen]
        children[parent] = children.get(parent, 0) + 1
    objects = [
        OrgUnit(
            path=unit.path,
            depth=len(unit.path) // OrgUnit.steplen,
            numchild=children.get(unit.path, 0),
            code=unit.code,
            level=unit.level,
            facility_type=unit.facility_type,
            name_uz=unit.names[0],
            name_ru=unit.names[1],
            name_en=unit.names[2],
        )
        for unit in units
    ]
    OrgUnit.objects.bulk_create(objects, batch_size=1000)
    world.regions, world.districts = regions, districts
    world.facilities = [
        Facility(
            obj.pk,
            unit.code,
            unit.facility_type,
            unit.region_index,
            unit.district_index,
            regions[unit.region_index][0],
            unit.workers,
        )
        for unit, obj in zip(units, objects, strict=True)
        if unit.level == OrgUnit.Level.FACILITY
    ]
    return len(objects)


def unit_ids(world: World) -> dict[str, int]:
    return dict(OrgUnit.objects.filter(level__in=["region", "district"]).values_list("code", "id"))


def ensure_cadres(world: World) -> int:
    """The eleven ISCO-08 cadres the demo uses (kept as they are when they exist)."""
    for isco_code, *names in demo_workforce.CADRES:
        Cadre.objects.get_or_create(
            isco_code=isco_code, defaults=dict(zip(demo_workforce.NAME_FIELDS, names, strict=True))
        )
    world.cadre_ids = dict(Cadre.objects.filter(isco_code__in=ALL_CADRES).values_list("isco_code", "id"))
    return len(world.cadre_ids)
