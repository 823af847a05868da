"""Small data helpers shared by packets and single documents."""

from __future__ import annotations

import datetime as dt

from . import util as u


def monthly_bills(provider, service, holder, addr, months, seed_no, rng, issue_day=4, **extra):
    """Bills for whole calendar months: issued a few days after each month."""
    out = []
    for i, (y, m) in enumerate(months):
        start, end = u.month_bounds(y, m)
        issue = end + dt.timedelta(days=issue_day)
        b = dict(
            provider=provider,
            service=service,
            holder=holder,
            addr=addr,
            start=start.isoformat(),
            end=end.isoformat(),
            issue=issue.isoformat(),
            prelev=(issue + dt.timedelta(days=10)).isoformat(),
            invoice_no=f"{seed_no}{i + 1:02d}{int(rng.integers(1000, 9999))}",
            **extra,
        )
        out.append(b)
    return out


def form_from(p, situation, fait_a, signed_on, mode="hand", **kw):
    dd = u.D(p["dob"])
    F = dict(
        birth_surname=kw.pop("birth_surname", p["surname"]),
        given=kw.pop("form_given", p["given"]),
        sex=p["sex"],
        dob=p["dob"],
        dob_written=f"{dd.day:02d}{dd.month:02d}{dd.year}",
        pob_commune=kw.pop("pob_commune", p["pob_city"].title()),
        pob_country=kw.pop("pob_country", p["pob_country_fr"]),
        nationality=kw.pop("nationality", p["nat_fr"]),
        address=p["addr_line"],
        zip=p["zip"],
        city=p["city"],
        phone=p.get("phone", ""),
        email=p.get("email", ""),
        situation=situation,
        fait_a=fait_a,
        signed_on=signed_on,
        mode=mode,
        date_written=u.fr(signed_on) if signed_on else "",
    )
    F.update(kw)
    return F
