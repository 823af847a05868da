"""Builders shared by the packets: page closures and truth fields for common documents."""

from __future__ import annotations

import random

from reportlab.lib.units import mm

import bu_docs_fr as F
import bu_docs_id as D
import bu_util as U
from generate import A4_SIZE, dmy, fr_long, yymmdd


def passport(rng: random.Random, p: dict):
    """p: surname, given, number, nat, country, dob, sex, exp, issue, style fields."""
    l1, l2 = U.td3(
        "P",
        p["country"],
        p["mrz_sur"],
        p["mrz_giv"],
        p["number"],
        p["nat"],
        yymmdd(p["dob"]),
        p["sex"],
        yymmdd(p["exp"]),
        p.get("optional", ""),
    )
    sp = dict(p["style"])
    sp["mrz"] = [l1, l2]
    sp["fields"] = p["fields"]
    seed = rng.random()

    def draw(c, W, H):
        D.passport_page(c, W, H, sp, random.Random(seed))

    fields = {
        "surname": p["surname"],
        "given_names": p["given"],
        "document_number": p["number"],
        "nationality": p["nat"],
        "issuing_country": p["country"],
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": p["exp"],
        "mrz_valid": True,
    }
    return (D.PASS_SIZE, draw), fields, [l1, l2]


def visa(rng: random.Random, v: dict):
    l1, l2 = U.mrv_a(
        "FRA",
        v["mrz_sur"],
        v["mrz_giv"],
        v["number"],
        v["nat"],
        yymmdd(v["dob"]),
        v["sex"],
        yymmdd(v["until"]),
    )
    spec = {
        "number_print": v["number"],
        "valid_for": "FRANCE",
        "from": dmy(v["from"]),
        "to": dmy(v["until"]),
        "days": v["days"],
        "place": v["place"],
        "issued": dmy(v["issued"]),
        "passport": v["passport"],
        "name": v["name_line"],
        "rem1": v["rem1"],
        "rem2": v["rem2"],
        "mrz": [l1, l2],
        "photo": v.get("photo", {}),
    }
    seed = rng.random()

    def draw(c, W, H):
        D.visa_page(c, W, H, spec, random.Random(seed))

    fields = {
        "surname": v["surname"],
        "given_names": v["given"],
        "document_number": v["number"],
        "nationality": v["nat"],
        "issuing_country": "FRA",
        "date_of_birth": v["dob"],
        "sex": v["sex"],
        "expiry_date": v["until"],
        "mrz_valid": True,
        "visa_type": "D",
        "vls_ts": True,
        "category": v["category"],
        "valid_from": v["from"],
        "valid_until": v["until"],
    }
    return (D.PASS_SIZE, draw), fields


def form(rng: random.Random, f: dict):
    seed = rng.random()

    def p1(c, W, H):
        F.cerfa_p1(c, W, H, f, random.Random(seed))

    def p2(c, W, H):
        F.cerfa_p2(c, W, H, f, random.Random(seed + 1))

    fields = {
        "surname": f["t_surname"],
        "given_names": f["t_given"],
        "date_of_birth": f["t_dob"],
        "employment_status": f["emp"],
        "signed": True,
        "signed_on": f["signed_on"],
        "nir": None,
    }
    return [(A4_SIZE, p1), (A4_SIZE, p2)], fields


def page(fn, spec, rng: random.Random, size=A4_SIZE):
    seed = rng.random()

    def draw(c, W, H):
        fn(c, W, H, spec, random.Random(seed))

    return (size, draw)


def bill_spec(
    brand,
    holder_print,
    addr,
    number,
    issue,
    client,
    start,
    end,
    amount,
    lines,
    service_word,
    debit_iban_tail,
    notes=(),
):
    return {
        "brand": brand,
        "holder_print": holder_print,
        "addr": addr,
        "number": number,
        "issue_txt": fr_long(issue),
        "client": client,
        "period_txt": f"du {dmy(start)} au {dmy(end)}",
        "amount_txt": f"{amount:.2f} €".replace(".", ","),
        "debit_txt": f"Prélevé le {dmy(issue[:8] + '18')} sur le compte ****{debit_iban_tail}"
        f" — {service_word}",
        "lines": lines,
        "notes": list(notes),
        "datamatrix": True,
    }


def bill_fields(provider, service, holder, address, issue, start, end, amount):
    return {
        "provider": provider,
        "service": service,
        "holder_name": holder,
        "address": address,
        "issue_date": issue,
        "period_start": start,
        "period_end": end,
        "amount": amount,
        "month": start[:7],
    }


def apostille_spec(country_line, items, seal, seal_in, signer_line, top):
    return {
        "items": items,
        "seal": seal,
        "seal_in": seal_in,
        "signer_line": signer_line,
        "top": top,
    }


def sworn(translator, tr_lines, ref, title, subtitle, body, lang_word, place_date, stamp_in):
    return {
        "translator": translator,
        "tr_lines": tr_lines,
        "ref": ref,
        "title": title,
        "subtitle": subtitle,
        "body": body,
        "cert": [
            "Traduction certifiée conforme à l'original rédigé en langue " + lang_word + ",",
            "présenté par l'intéressé(e) et enregistrée sous le numéro " + ref + ".",
        ],
        "place_date": place_date,
        "stamp_outer": "TRADUCTEUR EXPERT * COUR D'APPEL *",
        "stamp_inner": stamp_in,
    }


def payslip_spec(
    fonts, employer_lines, employee_lines, period_start, period_end, paid, info, gross, pas_rate
):
    g = gross
    rows = [
        ("Salaire de base", "151,67 h", f"{g / 151.67:.4f}", f"{g:.2f}"),
        ("SALAIRE BRUT", "", "", f"{g:.2f}"),
        ("Santé — Complémentaire santé", f"{g:.2f}", "", "-38.50"),
        ("Retraite — Sécurité sociale plafonnée", f"{g:.2f}", "6,90 %", f"-{g * 0.069:.2f}"),
        ("Retraite complémentaire Tranche 1", f"{g:.2f}", "4,01 %", f"-{g * 0.0401:.2f}"),
        ("Assurance chômage", f"{g:.2f}", "0,00 %", "0.00"),
        (
            "CSG déductible de l'impôt sur le revenu",
            f"{g * 0.9825:.2f}",
            "6,80 %",
            f"-{g * 0.9825 * 0.068:.2f}",
        ),
        ("CSG/CRDS non déductible", f"{g * 0.9825:.2f}", "2,90 %", f"-{g * 0.9825 * 0.029:.2f}"),
    ]
    ded = 38.50 + g * (0.069 + 0.0401 + 0.9825 * 0.097)
    net_before = round(g - ded, 2)
    pas = round(net_before * pas_rate, 2)
    net_paid = round(net_before - pas, 2)
    rows = [(a, b.replace(".", ","), r, m.replace(".", ",")) for a, b, r, m in rows]

    def eur(x):
        return f"{x:,.2f}".replace(",", " ").replace(".", ",")

    spec = {
        "fonts": fonts,
        "employer_lines": employer_lines,
        "employee_lines": employee_lines,
        "from": dmy(period_start),
        "to": dmy(period_end),
        "paid": dmy(paid),
        "info": info,
        "rows": rows,
        "net_before": eur(net_before),
        "pas": f"{pas_rate * 100:.1f} %",
        "pas_amt": eur(pas),
        "net_paid": eur(net_paid),
    }
    return spec, net_paid


def rib_spec(bank_fields, holder, holder_addr, agency, bank, branch, account):
    iban, key = U.fr_iban(bank, branch, account)
    spec = dict(bank_fields)
    spec.update(
        {
            "holder": holder,
            "holder_addr": holder_addr,
            "agency": agency,
            "bank": bank,
            "branch": branch,
            "account": account,
            "key": key,
            "iban": iban,
        }
    )
    return spec, iban


def luhn_siret(prefix13: str) -> str:
    for d in range(10):
        s = prefix13 + str(d)
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise ValueError(prefix13)


def fmt_siret(s):
    return f"{s[0:3]} {s[3:6]} {s[6:9]} {s[9:]}"


BOTTOM = 12 * mm
