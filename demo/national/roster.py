"""The roster facility by facility, with an account for most workers: names, languages, joining and last login."""

import itertools
import random
from array import array
from collections.abc import Iterator

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from demo import workforce as demo_workforce
from demo.national.catalogue import (
    ACCOUNT_SHARE,
    CADRE_MIX,
    FEMALE_NAMES,
    INACTIVE_SHARE,
    INVARIABLE_SURNAMES,
    JOINING_SKEW,
    MALE_NAMES,
    RUSSIAN_FEMALE_NAMES,
    RUSSIAN_MALE_NAMES,
    RUSSIAN_NAME_SHARE,
    RUSSIAN_NAME_SHARE_ELSEWHERE,
    RUSSIAN_PATRONYMIC_STEMS,
    RUSSIAN_SURNAMES,
    SURNAMES,
)
from demo.national.plan import DAY, EMAIL_DOMAIN, Worker, World, at_work, moment
from demo.national.writing import reset_sequences, write_rows
from workforce.models import HealthWorker
from workforce.roles import Role
from workforce.services import ensure_role_groups


def roster(world: World) -> Iterator[Worker]:
    """Every roster entry, facility by facility; each facility's entries come from its own random stream."""
    plan = world.plan
    now, start = plan.now_ts, plan.start_ts
    number = 0
    user_id = world.first_user_id
    for facility in world.facilities:
        rng = plan.rng("roster", facility.code)
        mix = CADRE_MIX[facility.type]
        cadres, cumulative = list(mix), list(itertools.accumulate(mix.values()))
        russian_share = RUSSIAN_NAME_SHARE.get(facility.region_code, RUSSIAN_NAME_SHARE_ELSEWHERE)
        for _ in range(facility.workers):
            number += 1
            cadre = rng.choices(cadres, cum_weights=cumulative)[0]
            female = rng.random() < demo_workforce.FEMALE_SHARE[cadre]
            if rng.random() < russian_share:
                full_name = _russian_name(rng, female)
                language = "ru" if rng.random() < 0.92 else "en"
            else:
                full_name = uzbek_name(rng, female)
                draw = rng.random()
                language = "uz" if draw < 0.76 else "ru" if draw < 0.96 else "en"
            position = rng.choice(
                demo_workforce.POSITIONS_AT.get((facility.type, cadre), demo_workforce.POSITIONS[cadre])
            )
            is_active = rng.random() >= INACTIVE_SHARE
            # Most entries came with the first roster upload; the rest joined the facility since.
            if rng.random() < 0.8:
                roster_ts = start - rng.randint(0, 20) * DAY
            else:
                roster_ts = start + int((now - start) * rng.random())
            employee_number = f"UZ-{number:06d}"
            if rng.random() < ACCOUNT_SHARE:
                earliest = max(roster_ts, start)
                joined = at_work(
                    earliest + int((now - earliest) * rng.random() ** JOINING_SKEW), after=earliest, now=now
                )
                last_login = at_work(joined + int((now - joined) * rng.random() ** 0.3), after=joined, now=now)
                draw = rng.random()
                if draw < 0.62:
                    link = HealthWorker.AccountLink.SIGNUP_MATCH
                elif draw < 0.88:
                    link = HealthWorker.AccountLink.STAFF
                else:
                    # The entry was created at sign-up; half of them gave no employee number.
                    link, roster_ts = HealthWorker.AccountLink.SIGNUP, joined
                    employee_number = employee_number if rng.random() < 0.5 else None
                account_id = user_id
                user_id += 1
            else:
                account_id, joined, last_login, link = None, 0, 0, ""
            yield Worker(
                number,
                employee_number,
                full_name,
                facility,
                cadre,
                position,
                is_active,
                account_id,
                language,
                roster_ts,
                joined,
                last_login,
                link,
            )


def uzbek_name(rng: random.Random, female: bool) -> str:
    """Surname, given name and patronymic, in the Russian-style form or the Uzbek "… qizi / oʻgʻli"."""
    surname = rng.choice(SURNAMES)
    father = rng.choice(demo_workforce.PATRONYMIC_STEMS)
    given = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
    if rng.random() < 0.3:
        father_name = father[:-3] if father.endswith("yev") else father[:-2]
        return f"{surname}{'a' if female else ''} {given} {father_name} {'qizi' if female else 'oʻgʻli'}"
    return f"{surname}{'a' if female else ''} {given} {father}{'na' if female else 'ich'}"


def _russian_name(rng: random.Random, female: bool) -> str:
    surname = rng.choice(RUSSIAN_SURNAMES)
    if female and surname not in INVARIABLE_SURNAMES:
        surname += "а"
    given = rng.choice(RUSSIAN_FEMALE_NAMES if female else RUSSIAN_MALE_NAMES)
    return f"{surname} {given} {rng.choice(RUSSIAN_PATRONYMIC_STEMS)}{'на' if female else 'ич'}"


def _email(number: int) -> str:
    return f"w{number:06d}@{EMAIL_DOMAIN}"


USER_FIELDS = (
    "id", "password", "last_login", "is_superuser", "email", "full_name", "preferred_language", "is_staff",
    "is_active", "date_joined",
)  # fmt: skip


def user_rows(world: World) -> Iterator[tuple]:
    """An account for each worker who has one: unusable password, e-mail made from the roster number."""
    rng = world.plan.rng("passwords")
    world.accounts = array("l")
    for worker in roster(world):
        if worker.user_id is None:
            continue
        world.accounts.append(worker.number)
        yield (
            worker.user_id,
            f"!{rng.getrandbits(160):040x}",  # unusable, as set_unusable_password() makes it
            moment(worker.last_login_ts),
            False,
            _email(worker.number),
            worker.full_name,
            worker.language,
            False,
            True,
            moment(worker.joined_ts),
        )


def email_address_rows(world: World) -> Iterator[tuple]:
    """Each account's verified primary address, as allauth records it after confirmation."""
    for offset, number in enumerate(world.accounts):
        yield world.first_user_id + offset, _email(number), True, True


def learner_group_rows(world: World, group_id: int) -> Iterator[tuple]:
    """Every worker account holds the learner role, as sign-up grants it."""
    for offset in range(len(world.accounts)):
        yield world.first_user_id + offset, group_id


WORKER_FIELDS = (
    "employee_number", "reported_employee_number", "full_name", "facility_id", "cadre_id", "position", "is_active",
    "user_id", "account_link", "account_linked_at", "created_at", "updated_at",
)  # fmt: skip


def health_worker_rows(world: World) -> Iterator[tuple]:
    for worker in roster(world):
        linked = moment(worker.joined_ts) if worker.user_id else None
        created = moment(worker.roster_ts)
        yield (
            worker.employee_number,
            "",
            worker.full_name,
            worker.facility.id,
            world.cadre_ids[worker.cadre],
            worker.position,
            worker.is_active,
            worker.user_id,
            worker.account_link,
            linked,
            created,
            max(created, linked) if linked else created,
        )


def create_accounts(world: World) -> int:
    User = get_user_model()
    world.first_user_id = (User.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
    count = write_rows(User, USER_FIELDS, user_rows(world))
    reset_sequences(User)
    return count


def create_email_addresses(world: World) -> int:
    return write_rows(EmailAddress, ("user_id", "email", "verified", "primary"), email_address_rows(world))


def create_learner_roles(world: World) -> int:
    group_id = ensure_role_groups()[Role.LEARNER].pk
    return write_rows(get_user_model().groups.through, ("user_id", "group_id"), learner_group_rows(world, group_id))


def create_roster(world: World) -> int:
    return write_rows(HealthWorker, WORKER_FIELDS, health_worker_rows(world))
