"""Factories: a person (dict) in, a document (pages + truth fields) out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import apost
import bills
import cards
import cerfa
import checks as ck
import civil
import civil2
import civil3
import civil_b
import housing
import ids
import money
import work
from countries import PP

D = dt.date


@dataclass
class Doc:
    type: str
    pages: list
    fields: dict
    notes: str = ""
    extra: dict = field(default_factory=dict)


def _alnum(rng, n, letters=True):
    pool = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789" if letters else "0123456789"
    return "".join(rng.choice(pool) for _ in range(n))


# ---------------------------------------------------------------- identity


def passport(p, rng, bad=None, **over):
    iso = p["nat"]
    st = dict(PP[iso])
    d = dict(
        style=st,
        issuer=iso,
        nat=iso,
        surname=p["surname"],
        given=p["given"],
        number=p["pp_no"],
        dob=p["dob"],
        sex=p["sex"],
        pob=p.get("pp_pob", p["pob_city"]),
        issued=p["pp_issued"],
        expiry=p["pp_expiry"],
        authority=p["pp_auth"],
        nat_print=st["nat_print"],
        photo_seed=p["key"],
    )
    if p.get("middle"):
        d["middle"] = p["middle"]
    if p.get("surname_print"):
        d["surname_print"] = p["surname_print"]
    if p.get("given_print"):
        d["given_print"] = p["given_print"]
    d.update(over)
    d["mrz"] = ids.make_mrz(d, bad=bad)
    d["mrz_valid"] = bad is None
    notes = "MRZ check digit altered (%s)" % bad if bad else ""
    f = ids.passport_fields(d)
    for k, src in (("surname", "surname_print"), ("given_names", "given_print")):
        if " / " in d.get(src, ""):
            f[k] = d[src].split(" / ")[-1]
    return Doc("passport", [ids.passport_page(d, rng)], f, notes)


def visa(p, rng, **v):
    d = dict(
        surname=p["surname"],
        given=p["given"],
        nat=p["nat"],
        dob=p["dob"],
        sex=p["sex"],
        type="D",
        days=365,
        passport_no=p["pp_no"],
        photo_seed=p["key"],
        vls_ts=True,
    )
    d.update(v)
    d.setdefault("days", (d["valid_until"] - d["valid_from"]).days + 1)
    if d["vls_ts"] and "remarks" not in d:
        d["remarks"] = ["VLS-TS " + d["category"], "VISA DE LONG SEJOUR VALANT", "TITRE DE SEJOUR"]
    d["mrz"] = ids.make_visa_mrz(d)
    f = ids.visa_fields(d)
    return Doc("long_stay_visa", [ids.visa_page(d, rng)], f)


def titre(p, rng, **t):
    d = dict(
        surname=p["surname"],
        given=p["given"],
        nat=p["nat"],
        dob=p["dob"],
        sex=p["sex"],
        photo_seed=p["key"],
    )
    d.setdefault("address_line", p["street"].upper())
    d.setdefault("address_line2", "%s %s" % (p["postcode"], p["city"].upper()))
    d.update(t)
    front, back, mrz = cards.titre_sejour(d, rng)
    return Doc("residence_permit", [front, back], cards.card_fields(d, not d.get("bad_mrz")))


def cni(h, rng, model=2021, **t):
    d = dict(
        surname=h["surname"],
        given=h["given"],
        dob=h["dob"],
        sex=h["sex"],
        pob=h["pob_print"],
        photo_seed=h["key"],
    )
    d.update(t)
    if model == 2021:
        front, back, mrz = cards.cni_2021(d, rng)
    else:
        d.setdefault("address_line", h["street"].upper())
        d.setdefault("address_line2", "%s %s" % (h["postcode"], h["city"].upper()))
        front, back, mrz = cards.cni_1988(d, rng)
    f = cards.card_fields(d)
    f["given_names"] = d["given"].upper()
    return Doc("national_id", [front, back], f)


def eu_id(p, rng, **t):
    d = dict(
        surname=p["surname"],
        given=p["given"],
        dob=p["dob"],
        sex=p["sex"],
        pob=p["pob_city"],
        photo_seed=p["key"],
    )
    d.update(t)
    front, back, mrz = cards.eu_card(d, rng)
    return Doc("national_id", [front, back], cards.card_fields(d))


def recepisse(p, rng, **t):
    d = dict(
        surname=p["surname"],
        given=p["given"],
        dob=p["dob"],
        sex=p["sex"],
        pob=p["pob_city"],
        photo_seed=p["key"],
    )
    d["address_line"] = p["street"]
    d["address_line2"] = "%s %s" % (p["postcode"], p["city"])
    d.update(t)
    return Doc(
        "residence_permit",
        [cards.recepisse(d, rng)],
        cards.recepisse_fields(d),
        "récépissé (no MRZ)",
    )


# ---------------------------------------------------------------- birth


def _b(p, rng, **x):
    b = dict(surname=p["surname"], given=p["given"], sex=p["sex"], dob=p["dob"], city=p["pob_city"])
    b["sex_word"] = {"M": "Male", "F": "Female"}[p["sex"]]
    b["father"] = p["father"]
    b["mother"] = p["mother"]
    b["tob"] = "%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59))
    b["registrar"] = p.get("registrar", "A. Registrar")
    b["reg_date"] = p["dob"] + dt.timedelta(days=rng.randint(2, 20))
    b["issue_date"] = p["birth_issued"]
    b.update(x)
    return b


def birth(p, rng, country=None, **x):
    c = country or p["pob_country"]
    b = _b(p, rng, **x)
    b.update(p.get("birth_extra", {}))
    if c == "USA":
        b.setdefault("state", p["pob_region"])
        b.setdefault("county", p.get("county", "Multnomah"))
        b.setdefault("facility", p.get("facility", "Providence St. Vincent Medical Center"))
        b.setdefault("mother_pob", p.get("mother_pob", b["state"]))
        b.setdefault("father_pob", p.get("father_pob", b["state"]))
        if p.get("agency"):
            b["agency"] = p["agency"]
        b.setdefault("reg_no", "%d-%06d" % (p["dob"].year, rng.randint(1, 999999)))
        b["tob"] = "%d%02d" % (rng.randint(0, 23), rng.randint(0, 59))
        pages, f = civil.usa(b, rng)
    elif c == "GBR":
        b.update(
            dict(
                entry=rng.randint(10, 400),
                district=p.get("district", "Lambeth"),
                area=p.get("area", "London Borough of Lambeth"),
                subdistrict=p.get("subdistrict", "Lambeth"),
                facility=p.get("facility", "St Thomas' Hospital, Lambeth"),
                father_pob=p.get("father_pob", "Enugu, Nigeria"),
                mother_pob=p.get("mother_pob", "Dublin, Ireland"),
                father_job=p.get("father_job", "Civil Engineer"),
                mother_maiden=p.get("mother_maiden", "FITZGERALD"),
                address=p.get("birth_addr", "14 Kennington Road, London SE11"),
                serial="BXA %06d" % rng.randint(1, 999999),
            )
        )
        b["sex_word"] = "Boy" if p["sex"] == "M" else "Girl"
        pages, f = civil.uk(b, rng)
    elif c == "BRA":
        b.update(
            dict(
                uf=p["pob_region"],
                cpf="%03d.%03d.%03d-%02d"
                % (tuple(rng.randint(0, 999) for _ in range(3)) + (rng.randint(0, 99),)),
                matricula=" ".join(
                    [
                        _alnum(rng, 6, False),
                        "01",
                        "55",
                        str(p["dob"].year),
                        "1",
                        _alnum(rng, 5, False),
                        _alnum(rng, 3, False),
                        _alnum(rng, 7, False),
                        _alnum(rng, 2, False),
                    ]
                ),
                dob_words_pt=p["dob_words_pt"],
                year_words_pt=p["year_words_pt"],
                facility=p.get("facility", "HOSPITAL"),
                grand_p=p["grand_p"],
                grand_m=p["grand_m"],
                reg_words_pt=p["reg_words_pt"],
                dnv=_alnum(rng, 11, False),
                cartorio=p["cartorio"],
                cartorio_addr=p["cartorio_addr"],
                selo=_alnum(rng, 4) + "-" + _alnum(rng, 5),
            )
        )
        b["sex_word"] = "Masculino" if p["sex"] == "M" else "Feminino"
        pages, f = civil.brazil(b, rng)
    elif c == "COL":
        b.update(
            dict(
                dept=p["pob_region"],
                serial=_alnum(rng, 8, False),
                office="REGISTRADURÍA AUXILIAR " + p["pob_city"].upper(),
                facility=p.get("facility", "CLÍNICA"),
                nuip=_alnum(rng, 10, False),
                mother_doc="C.C. " + _alnum(rng, 8, False),
                father_doc="C.C. " + _alnum(rng, 8, False),
            )
        )
        b["sex_word"] = "Masculino" if p["sex"] == "M" else "Femenino"
        pages, f = civil_b.colombia(b, rng)
    elif c == "MEX":
        b.update(
            dict(
                surname_parts=p["surname_parts"],
                state=p["pob_region"],
                ident=_alnum(rng, 20, False),
                curp=p["curp"],
                oficialia=str(rng.randint(1, 12)),
                libro=str(rng.randint(1, 40)),
                acta=_alnum(rng, 5, False),
                firma=_alnum(rng, 90),
            )
        )
        b["sex_word"] = "Hombre" if p["sex"] == "M" else "Mujer"
        pages, f = civil_b.mexico(b, rng)
    elif c == "IND":
        b.update(
            dict(
                govt=p.get("ind_govt", "GOVERNMENT OF TAMIL NADU"),
                corp=p.get("ind_corp", "GREATER CHENNAI CORPORATION"),
                dept="DEPARTMENT OF PUBLIC HEALTH",
                state=p.get("pob_region", "Tamil Nadu"),
                zone=p.get("zone", "Zone 9 - Teynampet"),
                facility=p.get("facility", "GOVT. HOSPITAL"),
                address=p.get("birth_addr", ""),
                reg_no="%d/%d/%05d" % (p["dob"].year, rng.randint(1, 15), rng.randint(1, 99999)),
            )
        )
        pages, f = civil_b.india(b, rng)
    elif c in ("MAR", "DZA", "TUN"):
        b.update(dict(p["maghreb"]))
        b.setdefault("acte", str(rng.randint(100, 3999)))
        pages, f = civil_b.maghreb(b, rng, c)
    elif c in civil2.AFR:
        b.update(dict(p["afr"]))
        b.setdefault("acte", "%d" % rng.randint(100, 9999))
        pages, f = civil2.africa(b, rng, c)
    elif c == "CHN":
        b.update(dict(p["chn"]))
        pages, f = civil2.china(b, rng)
    elif c == "UKR":
        b.update(dict(p["ukr"]))
        pages, f = civil2.ukraine(b, rng)
    elif c == "TUR":
        b.update(dict(p["tur"]))
        pages, f = civil2.turkey(b, rng)
    elif c == "PHL":
        b.update(dict(p["phl"]))
        b["sex_word"] = "Male" if p["sex"] == "M" else "Female"
        pages, f = civil3.philippines(b, rng)
    elif c == "VNM":
        b.update(dict(p["vnm"]))
        pages, f = civil3.vietnam(b, rng)
    elif c == "AUS":
        b.update(dict(p["aus"]))
        pages, f = civil3.australia(b, rng)
    elif c == "CAN":
        b.update(dict(p["can"]))
        b["sex_word"] = "Féminin" if p["sex"] == "F" else "Masculin"
        pages, f = civil3.quebec(b, rng)
    else:
        b.update(dict(p["eu"]))
        pages, f = civil3.eu(b, rng, c)
    return Doc("birth_certificate", pages, f)


def apostille(a, rng):
    page, f = apost.apostille(a, rng)
    return Doc("apostille", [page], f)


def translation(t, rng):
    return Doc("translation", [apost.translation(t, rng)], {})


# ---------------------------------------------------------------- residence proof


def bill_doc(person, provider, start, rng, issue=None, amount=None, screen=False, **kw):
    """A bill for one calendar month starting at start (a date on the 1st), unless end given."""
    end = kw.pop("end", None) or ck.month_end(start.year, start.month)
    issue = issue or (end + dt.timedelta(days=rng.randint(2, 9)))
    u = dict(
        provider=provider,
        start=start,
        end=end,
        issue=issue,
        due=issue + dt.timedelta(days=rng.randint(8, 15)),
        amount=amount if amount is not None else round(rng.uniform(19.99, 95.0), 2),
        holder_print=person.get(
            "bill_name",
            "%s %s"
            % (
                "M." if person["sex"] == "M" else "Mme",
                person["given"].split()[0].title() + " " + person["surname"].upper(),
            ),
        ),
        holder_field=person.get(
            "bill_field", person["given"].split()[0].title() + " " + person["surname"].upper()
        ),
        addr_lines=[person["street"]]
        + ([person["street2"]] if person.get("street2") else [])
        + ["%s %s" % (person["postcode"], person["city"].upper())],
        address_field=person["addr_inline"],
        number=_alnum(rng, 10, False),
        client=_alnum(rng, 9, False),
        contract=person.get("line_no") or _alnum(rng, 10, False),
        mandate="%s%s" % (provider[:3].upper(), _alnum(rng, 16, False)),
    )
    u.update(kw)
    page = bills.app_bill_screen(u, rng) if screen else bills.bill(u, rng)
    return Doc("utility_bill", [page], bills.bill_fields(u))


def lease_doc(l_, rng):
    return Doc("lease", housing.lease(l_, rng), housing.lease_fields(l_))


def attestation_doc(a, rng):
    return Doc("hosting_attestation", [housing.attestation(a, rng)], housing.attestation_fields(a))


def rib_doc(r, rng, bad_key=False, screen=False):
    if r["bank"] in ("N26", "REVOLUT", "WISE"):
        r.setdefault("bic", money.BANKS[r["bank"]]["bic"])
    else:
        money.make_fr(r, rng, bad_key=bad_key)
    r.setdefault("bank_field", money.BANKS[r["bank"]]["name"])
    page = money.app_screen(r, rng) if screen else money.rib(r, rng)
    return Doc("rib", [page], money.rib_fields(r))


def payslip_doc(p, rng):
    page = work.payslip(p, rng)
    return Doc("payslip", [page], work.payslip_fields(p))


def contract_doc(k, rng):
    return Doc("employment_contract", work.contract(k, rng), work.contract_fields(k))


def form_doc(f, rng):
    return Doc("application_form", cerfa.cerfa(f, rng), cerfa.form_fields(f))
