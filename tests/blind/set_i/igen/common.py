"""Shared builders for packets and single documents: accounts, employers, bill series."""

from __future__ import annotations

import datetime as dt

from .bills import Bill, bill_doc
from .people import Account
from .util import fr_iban, iban_check, make_siret, month_end, rng_for

BANKS = {
    "bnp": ("30004", "BNPAFRPPXXX", "BNP PARIBAS"),
    "cm": ("10278", "CMCIFR2A", "CREDIT MUTUEL"),
    "sg": ("30003", "SOGEFRPP", "SOCIETE GENERALE"),
    "lcl": ("30002", "CRLYFRPP", "LCL"),
    "lbp": ("20041", "PSSTFRPPLYO", "LA BANQUE POSTALE"),
    "bourso": ("40618", "BOUSFRPPXXX", "BOURSOBANK"),
    "ca": ("18206", "AGRIFRPP882", "CREDIT AGRICOLE ILE-DE-FRANCE"),
    "ce": ("17515", "CEPAFRPP751", "CAISSE D'EPARGNE ILE-DE-FRANCE"),
}


def account(
    kind: str, seed: str, holder_lines: list[str], agency: str = "", agency_addr=None
) -> Account:
    rng = rng_for("account", kind, seed)
    bank, bic, name = BANKS[kind]
    branch = f"{rng.randint(100, 9999):05d}"
    number = f"{rng.randint(0, 99999999999):011d}"
    if kind == "lbp":
        number = f"{rng.randint(1000000, 9999999):07d}" + "K" + f"{rng.randint(100, 999):03d}"
    return Account(
        bank,
        branch,
        number,
        name,
        bic,
        agency or f"{name} {branch}",
        agency_addr or [],
        holder_lines=holder_lines,
    )


def foreign_account(
    country: str, bban: str, bic: str, name: str, holder_lines: list[str]
) -> Account:
    iban = country + iban_check(country, bban) + bban
    return Account("", "", "", name, bic, name, [], holder_lines=holder_lines, iban_override=iban)


def break_iban(a: Account) -> Account:
    """Same RIB, IBAN check digits altered (a typing error)."""
    good = fr_iban(a.bank, a.branch, a.number)["iban"]
    cd = int(good[2:4])
    bad = f"{(cd + 27) % 90 + 2:02d}"
    if bad == good[2:4]:
        bad = f"{(cd + 11) % 90 + 2:02d}"
    a.iban_override = good[:2] + bad + good[4:]
    return a


def siret(seed: str) -> str:
    return make_siret(rng_for("siret", seed))


def bill_series(
    provider: str,
    holder: str,
    holder_truth: str,
    address,
    months: list[tuple[int, int]],
    base: float,
    seed: str,
    issue_day: int = 3,
    month_only: bool = False,
    extra=None,
    page2: bool = False,
    co_holder: str = "",
):
    rng = rng_for("bills", provider, seed)
    ref = str(rng.randint(100000000, 999999999))
    docs = []
    num = rng.randint(10000000, 99999999)
    for y, m in months:
        start = dt.date(y, m, 1)
        end = month_end(y, m)
        issue = (
            (end + dt.timedelta(days=issue_day))
            if provider not in ("free",)
            else start + dt.timedelta(days=1)
        )
        amount = round(base + rng.uniform(-4, 6), 2)
        num += rng.randint(1000, 9000)
        b = Bill(
            provider,
            holder,
            holder_truth,
            address,
            issue,
            start,
            end,
            month_only=month_only,
            amount=amount,
            number=str(num),
            ref=ref,
            extra=dict(extra or {}),
            page2=page2,
            co_holder=co_holder,
        )
        docs.append(bill_doc(b))
    return docs
