"""Writes to the roster and the role structure."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone

from .models import AccountClaim, Cadre, HealthWorker, OrgUnit, SupervisorScope
from .roles import Role


def ensure_role_groups() -> dict[Role, Group]:
    """Create the role groups if missing and return them by role.

    Ministry analysts (certificates, revocations, roster imports) and supervisors
    (roster imports of their area, certificate archives) work in the Wagtail
    admin too, so their groups may enter it; what they see there is decided per screen.
    """
    groups = {role: Group.objects.get_or_create(name=role.value)[0] for role in Role}
    access_admin = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin").first()
    if access_admin is not None:
        groups[Role.MINISTRY_ANALYST].permissions.add(access_admin)
        groups[Role.SUPERVISOR].permissions.add(access_admin)
    return groups


@transaction.atomic
def grant_role(*, user, role: Role, org_unit: OrgUnit | None = None):
    """Give a user a role; a supervisor must be bound to the org unit they oversee."""
    if role == Role.SUPERVISOR:
        if org_unit is None:
            raise ValueError("A supervisor needs an org unit.")
        SupervisorScope.objects.update_or_create(user=user, defaults={"org_unit": org_unit})
    group = ensure_role_groups()[role]
    user.groups.add(group)
    if role != Role.LEARNER and not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    user.__dict__.pop("_role_names", None)
    return user


def _own_entry(
    *, user, full_name: str, facility: OrgUnit, cadre: Cadre, employee_number: str = "", reported_number: str = ""
) -> HealthWorker:
    """A roster entry of the account's own, keeping aside a number that is not (or not proven to be) theirs."""
    return HealthWorker.objects.create(
        user=user,
        employee_number=employee_number or None,
        full_name=full_name,
        facility=facility,
        cadre=cadre,
        reported_employee_number=reported_number,
        account_link=HealthWorker.AccountLink.SIGNUP,
        account_linked_at=timezone.now(),
    )


def _join(*, worker: HealthWorker, user) -> HealthWorker:
    worker.user = user
    worker.account_link = HealthWorker.AccountLink.SIGNUP_MATCH
    worker.account_linked_at = timezone.now()
    worker.save(update_fields=["user", "account_link", "account_linked_at", "updated_at"])
    return worker


@transaction.atomic
def register_health_worker(
    *,
    user,
    full_name: str,
    facility: OrgUnit,
    cadre: Cadre,
    employee_number: str = "",
    invited_worker: HealthWorker | None = None,
) -> HealthWorker | AccountClaim:
    """Give a newly signed-up account its roster entry, or its request to join one.

    A facility code is public and employee numbers are sequential, so a match on
    them proves nothing: an unlinked roster entry with that number at that
    facility is joined at once only when the person followed the invitation sent
    for that entry (`invited_worker`). Otherwise the account asks to join (a
    pending `AccountClaim` the supervisor approves) and meanwhile has no roster
    entry: a plain learner. A number matching nothing is kept aside on a new
    entry for staff to reconcile.
    """
    employee_number = employee_number.strip()
    if employee_number:
        match = (
            HealthWorker.objects.select_for_update()
            .filter(employee_number=employee_number, facility=facility, user__isnull=True)
            .first()
        )
        if match is not None and invited_worker is not None and invited_worker.pk == match.pk:
            return _join(worker=match, user=user)
        if match is not None:
            return AccountClaim.objects.create(user=user, worker=match, cadre=cadre)
    number_is_free = employee_number and not HealthWorker.objects.filter(employee_number=employee_number).exists()
    return _own_entry(
        user=user,
        full_name=full_name,
        facility=facility,
        cadre=cadre,
        employee_number=employee_number if number_is_free else "",
        reported_number="" if number_is_free else employee_number,
    )


def _lock_pending(claim: AccountClaim) -> AccountClaim:
    claim = AccountClaim.objects.select_for_update().select_related("worker", "user").get(pk=claim.pk)
    if claim.status != AccountClaim.Status.PENDING:
        raise ValueError("This request has already been decided.")
    return claim


def _decide(claim: AccountClaim, status: AccountClaim.Status, decided_by) -> None:
    claim.status = status
    claim.decided_at = timezone.now()
    claim.decided_by = decided_by
    claim.save(update_fields=["status", "decided_at", "decided_by"])


@transaction.atomic
def approve_account_claim(*, claim: AccountClaim, decided_by) -> HealthWorker:
    """A supervisor confirms that the account belongs to the roster entry it asked for: it gets the worker's record."""
    claim = _lock_pending(claim)
    worker = HealthWorker.objects.select_for_update().get(pk=claim.worker_id)
    if worker.user_id is not None:
        raise ValueError("This roster entry already belongs to another account.")
    if HealthWorker.objects.filter(user=claim.user).exists():
        raise ValueError("This account already has a roster entry.")
    _decide(claim, AccountClaim.Status.APPROVED, decided_by)
    return _join(worker=worker, user=claim.user)


@transaction.atomic
def refuse_account_claim(*, claim: AccountClaim, decided_by) -> HealthWorker | None:
    """A supervisor refuses the request; the account gets a roster entry of its own, without the disputed number."""
    claim = _lock_pending(claim)
    _decide(claim, AccountClaim.Status.REFUSED, decided_by)
    if HealthWorker.objects.filter(user=claim.user).exists():
        return None
    return _own_entry(
        user=claim.user,
        full_name=claim.user.full_name or claim.worker.full_name,
        facility=claim.worker.facility,
        cadre=claim.cadre,
        reported_number=claim.worker.employee_number or "",
    )


@transaction.atomic
def undo_account_match(*, worker: HealthWorker) -> HealthWorker:
    """Detach an account that sign-up matched to this roster entry by mistake.

    The roster entry goes back to having no account; the account gets a roster
    entry of its own (without the disputed employee number) so the person keeps
    their profile and their learning records.
    """
    worker = HealthWorker.objects.select_for_update().get(pk=worker.pk)
    if worker.account_link != HealthWorker.AccountLink.SIGNUP_MATCH or worker.user_id is None:
        raise ValueError("Only an account matched at sign-up can be detached.")
    user = worker.user
    worker.user = None
    worker.account_link = ""
    worker.account_linked_at = None
    worker.save(update_fields=["user", "account_link", "account_linked_at", "updated_at"])
    return _own_entry(
        user=user,
        full_name=user.full_name or worker.full_name,
        facility=worker.facility,
        cadre=worker.cadre,
        reported_number=worker.employee_number or "",
    )


@transaction.atomic
def link_account_by_staff(*, worker: HealthWorker, user) -> HealthWorker:
    """Join an account to a roster entry on a staff member's say-so.

    Refuses an entry that already belongs to another account; an entry the
    account had before is released.
    """
    worker = HealthWorker.objects.select_for_update().get(pk=worker.pk)
    if worker.user_id == user.pk:
        return worker
    if worker.user_id is not None:
        raise ValueError("This roster entry already belongs to another account.")
    HealthWorker.objects.filter(user=user).update(user=None, account_link="", account_linked_at=None)
    worker.user = user
    worker.account_link = HealthWorker.AccountLink.STAFF
    worker.account_linked_at = timezone.now()
    worker.save(update_fields=["user", "account_link", "account_linked_at", "updated_at"])
    return worker
