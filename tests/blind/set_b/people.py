"""Shared fictional persons/organisations and small factories used by packets and singles."""

import datetime as dt

import housing
import work
from common import (
    D,
    FrAccount,
    add_days,
    add_months,
    foreign_iban,
    make_siret,
    month_bounds,
    mrz_text,
    rng,
)


def account(seed, bank, guichet, bic, bad=False):
    r = rng("acc", seed)
    num = "".join(str(r.randint(0, 9)) for _ in range(11))
    return FrAccount(bank, guichet, num, bic, bad_iban_check=bad)


def lt_iban(seed):
    r = rng("lt", seed)
    return foreign_iban("LT", "32500" + "".join(str(r.randint(0, 9)) for _ in range(11)))


def de_iban(seed):
    r = rng("de", seed)
    return foreign_iban("DE", "10011001" + "".join(str(r.randint(0, 9)) for _ in range(10)))


def employer(name, form, address, naf, ccn, rep, rep_title, city, color=(0.15, 0.3, 0.5)):
    siren, siret = make_siret(name)
    return work.Employer(
        name, form, address, siret, naf, ccn, rep, rep_title, city, rcs=city, color=color
    )


def monthly_bills(
    provider,
    service,
    holder,
    address,
    months,
    amounts,
    key,
    client,
    offer="",
    extra=None,
    rolling_day=None,
    issue_delay=4,
    pages=2,
    month_only=False,
):
    """Bills for consecutive months. rolling_day=d: periods run from day d to d-1 of the next month and
    the bill is issued on the first day of the period (telecom style)."""
    out = []
    r = rng("mb", key)
    for i, (y, m) in enumerate(months):
        if rolling_day:
            start = dt.date(y, m, rolling_day)
            end = add_days(add_months(start, 1), -1)
            issue = start
        else:
            start, end = month_bounds(y, m)
            issue = add_days(end, issue_delay + r.randint(0, 3))
        num = f"{client[-4:]}{y % 100:02d}{m:02d}{r.randint(1000, 9999)}"
        b = housing.Bill(
            provider,
            service,
            holder,
            address,
            issue.isoformat(),
            None if month_only else start.isoformat(),
            None if month_only else end.isoformat(),
            f"{y:04d}-{m:02d}" if month_only else None,
            amounts[i % len(amounts)],
            num,
            client,
            offer,
            dict(extra or {}),
            key=f"{key}-{y}-{m}",
            pages=pages,
        )
        out.append(b)
    return out


def applicant(idd):
    return {
        "surname": mrz_text(idd.surname).replace("<", " "),
        "given_names": mrz_text(idd.given).replace("<", " "),
        "date_of_birth": D(idd.dob).isoformat(),
        "nationality": idd.nat,
    }


def requirements(**over):
    base = {
        "application_form": "complete",
        "identity": "complete",
        "residence_status": "complete",
        "birth_certificate": "complete",
        "residence_proof": "complete",
        "bank_details": "complete",
        "employment": "not_applicable",
    }
    base.update(over)
    return base


def status_of(req):
    vals = set(req.values())
    if vals & {"invalid", "missing"}:
        return "incomplete"
    if "questionable" in vals:
        return "questionable"
    return "complete"
