"""Small helpers shared by the packet and single-document recipes."""

from __future__ import annotations

import datetime as dt

import checks as ck
import make

D = dt.date

MONTHS = {8: D(2026, 8, 1), 9: D(2026, 9, 1), 10: D(2026, 10, 1), 7: D(2026, 7, 1)}


def form(p, rng, date, place, situation, fill="typed", run="A", signed=True, hand="dkg", **kw):
    f = dict(
        surname=p["surname"],
        usage=p.get("usage"),
        given=p["given"],
        sex=p["sex"],
        dob=p["dob"],
        pob_city=p["pob_city"],
        pob_country=p["pob_country_fr"],
        nationality=p["nat_fr"],
        street=p["street"] + (", " + p["street2"] if p.get("street2") else ""),
        postcode=p["postcode"],
        city=p["city"],
        phone=p.get("phone", ""),
        email=p.get("email", ""),
        situation=situation,
        date=date,
        date_text=ck.dmy(date) if date else "",
        place=place,
        signed=signed,
        fill=fill,
        run=run,
        hand=hand,
        nir=None,
    )
    f.update(kw)
    return make.form_doc(f, rng)


def three_bills(person, provider, months, rng, **kw):
    return [make.bill_doc(person, provider, MONTHS[m], rng, **kw) for m in months]


def holder_line(p, civ=True, order="given_first"):
    g = p["given"].upper()
    s = p["surname"].upper()
    core = "%s %s" % (g, s) if order == "given_first" else "%s %s" % (s, g)
    if civ:
        return ("M " if p["sex"] == "M" else "MME ") + core
    return core


def payslip_data(p, employer, month, rng, **kw):
    d = dict(
        employer=employer["name"],
        employer_addr=employer["addr"],
        siret=employer["siret"],
        naf=employer.get("naf", "6201Z"),
        urssaf=employer.get("urssaf", "URSSAF Rhône-Alpes"),
        employee_print=("M. " if p["sex"] == "M" else "Mme ")
        + p["given"].split()[0]
        + " "
        + p["surname"].upper(),
        employee_field=p["given"].split()[0] + " " + p["surname"].upper(),
        employee_addr=[p["street"], "%s %s" % (p["postcode"], p["city"].upper())],
        job=kw.pop("job"),
        entry=kw.pop("entry"),
        month=month,
        paid_on=ck.month_end(month.year, month.month),
        brut=kw.pop("brut", 2850.0),
        look=kw.pop("soft", "silae"),
    )
    d.update(kw)
    return make.payslip_doc(d, rng)


def contract_data(p, employer, rng, **kw):
    k = dict(
        employer=employer["name"],
        form=employer.get("form", "SAS"),
        capital=employer.get("capital", "50 000"),
        employer_addr_inline=employer["addr_inline"],
        employer_addr=employer["addr"],
        rcs_city=employer.get("rcs", "Lyon"),
        siret=employer["siret"],
        signatory=employer["signatory"],
        signatory_role=employer.get("role", "Directrice des ressources humaines"),
        sex=p["sex"],
        employee_print=p["given"] + " " + p["surname"].upper(),
        employee_field=p["given"] + " " + p["surname"].upper(),
        dob=p["dob"],
        pob="%s (%s)" % (p["pob_city"], p["pob_country_fr"]),
        nationality_word=p["nat_fr"].lower(),
        employee_addr_inline=p["addr_inline"],
        workplace=employer["addr_inline"],
    )
    k.update(kw)
    return make.contract_doc(k, rng)


def employer(name, street, pc, city, signatory, rng, **kw):
    e = dict(
        name=name,
        addr=[street, "%s %s" % (pc, city.upper())],
        addr_inline="%s, %s %s" % (street, pc, city),
        signatory=signatory,
        siret=ck.siret(rng),
    )
    e.update(kw)
    return e
