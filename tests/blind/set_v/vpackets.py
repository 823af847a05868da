"""The ten packets of set_v: shared pipeline plus one spec per applicant."""

from __future__ import annotations

import re

import vbuild as B
from vcivil import apostille_template, birth_template
from vcore import fr, fr_words, iban_make, iban_ok, month_bounds
from vdocs_civil import translation
from vdocs_fr import hosting_lines, money

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]
MONTHS_FR = {
    "2026-08": "août 2026",
    "2026-09": "septembre 2026",
    "2026-10": "octobre 2026",
    "2026-11": "novembre 2026",
}
CIVIL = {"F": "MME", "M": "M."}


def bill_spec(
    provider,
    service,
    civ,
    holder,
    addr,
    ym,
    amount,
    number,
    client,
    style=0,
    issue_day=3,
    detail=None,
):
    start, end = month_bounds(ym)
    y, m = map(int, ym.split("-"))
    issue = f"{y + (m == 12)}-{m % 12 + 1:02d}-{issue_day:02d}"
    ht = round(amount / 1.2, 2)
    return {
        "provider": provider,
        "service": service,
        "holder": holder,
        "holder_line": f"{civ} {holder}",
        "address_lines": [addr[0], f"{addr[1]} {addr[2]}"],
        "address": f"{addr[0]}, {addr[1]} {addr[2]}",
        "site": f"{addr[0]}, {addr[1]} {addr[2]}",
        "issue": issue,
        "issue_txt": fr(issue),
        "start": start.isoformat(),
        "end": end.isoformat(),
        "amount": amount,
        "amount_txt": money(amount) + " €",
        "number": number,
        "client": client,
        "style": style,
        "pay_line": f"Prélevé le {fr(issue[:8] + '15')} sur votre compte bancaire",
        "detail": detail
        or [
            ("Abonnement mensuel", money(ht) + " €"),
            ("TVA 20 %", money(amount - ht) + " €"),
            ("Total TTC", money(amount) + " €"),
        ],
    }


def host_block(u, P):
    """Attestation d'hébergement + host's ID + host's lease or bills."""
    h = P["host"]
    a = {
        "lines": hosting_lines(
            h["name_txt"],
            h["dob"],
            h["pob"],
            [P["addr"][0], f"{P['addr'][1]} {P['addr'][2]}"],
            h["hosted_txt"],
            P["dob"],
            h["since"],
        ),
        "done_line": f"Fait à {P['addr'][2]}, le {fr(h['signed_on'])}",
        "host": h["name_txt"],
        "typed": h.get("typed", False),
        "squared": h.get("squared"),
    }
    B.attestation(
        u,
        a,
        h["att_look"],
        h["att_names"],
        {
            "host_name": h["name"],
            "hosted_name": h["hosted"],
            "address": f"{P['addr'][0]}, {P['addr'][1]} {P['addr'][2]}",
            "since_date": h["since"],
            "signed_on": h["signed_on"],
            "signed": True,
        },
    )
    B.id_card(u, h["id"], h["id_look"], h["id_names"], notes="host's identity card")
    for kind, spec, look, names in h["proof"]:
        if kind == "lease":
            B.lease(u, spec, look, names, notes="host's lease")
        else:
            B.bill(u, spec, look, names, notes="bill in the host's name")


def build(root, P):
    u = B.Unit(root, "packets", P["name"], P["seed"])
    f = dict(P["form"])
    f.update(
        surname=P["surname"],
        given=P["given"],
        sex=P["sex"],
        dob=P["dob"],
        address=P["addr"][0],
        cp=P["addr"][1],
        city=P["addr"][2],
    )
    B.form(u, f, f["look"], f["names"], f.get("order"))
    # identity and status
    st = P.get("status")
    if P.get("idcard"):
        B.id_card(u, P["idcard"], P["id_look"], P["id_names"])
    elif st and st[0] == "visa" and P.get("pv_together"):
        B.passport_and_visa(u, P["passport"], st[1], P["id_look"], P["id_names"])
    else:
        B.passport(u, P["passport"], P["id_look"], P["id_names"])
    if st and not (st[0] == "visa" and P.get("pv_together")):
        if st[0] == "visa":
            B.visa(u, st[1], st[2], st[3])
        else:
            B.titre(u, st[1], st[2], st[3])
    # birth certificate
    bc = P["birth"]
    b, bf = birth_template(bc["cc"], bc["person"], bc["reg"])
    if bc.get("apo"):
        a, af = apostille_template(**bc["apo"])
        bf["has_apostille"] = True
        B.birth(u, b, bc["look"], bc["names"], bf, a, af, together=bc.get("together", True))
    else:
        B.birth(u, b, bc["look"], bc["names"], bf)
    if bc.get("translation"):
        t, look, names = bc["translation"]
        pdf = B.make_pdf(translation, B.A4, t=t, rng=u.rng)
        files = B.emit(u, look, names, pdf=pdf)
        u.add(files, "translation", look, t["fields"], "sworn translation into French")
    # residence proof
    kind, spec = P["residence"]
    if kind == "bills":
        for b_, look, names in spec:
            B.bill(u, b_, look, names)
    elif kind == "lease":
        B.lease(u, spec[0], spec[1], spec[2])
    else:
        host_block(u, P)
    # bank
    bank = P.get("bank")
    if bank and bank[0] == "rib":
        B.rib(u, bank[1], bank[2], bank[3])
    elif bank:
        B.bank_screen(u, bank[1], bank[2], bank[3], bank[4])
    # work
    w = P.get("work")
    if w and w[0] == "payslip":
        B.payslip(u, w[1], w[2], w[3], w[4] if len(w) > 4 else "")
    elif w:
        B.contract(u, w[1], w[2], w[3])
    req = {r: "complete" for r in REQS}
    if P.get("eu"):
        req["residence_status"] = "not_applicable"
    if not P["employed"]:
        req["employment"] = "not_applicable"
    req.update(P.get("override", {}))
    bad = any(v in ("invalid", "missing") for v in req.values())
    u.write(
        as_of=P["as_of"],
        employed=P["employed"],
        status="incomplete" if bad else "complete",
        requirements=req,
        defect=P.get("defect"),
        applicant={"surname": P["surname"], "given_names": P["given"], "date_of_birth": P["dob"]},
    )
    return u


def payslip_spec(
    employer,
    addr,
    siret,
    naf,
    employee_line,
    employee,
    emp_addr,
    job,
    entry,
    ym,
    gross,
    fonts=("narrow", "narrow-b"),
):
    start, end = month_bounds(ym)
    employee = re.sub(r"^(M\.|Mme|MME)\s+", "", employee_line)
    net_before = round(gross * 0.7795, 2)
    pas = round(net_before * 0.021, 2)
    return {
        "employer": employer,
        "employer_addr": addr,
        "siret": siret,
        "naf": naf,
        "employee_line": employee_line,
        "employee": employee,
        "employee_addr": emp_addr,
        "job": job,
        "status": "Non cadre",
        "entry": entry,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "paid": end.isoformat(),
        "gross": gross,
        "net_before": net_before,
        "pas": pas,
        "net": round(net_before - pas, 2),
        "fonts": fonts,
    }


def contract_spec(
    ctype,
    employer,
    emp_block,
    employee,
    emp_lines,
    job,
    start,
    city,
    signed,
    signatory,
    salary,
    end=None,
):
    arts = [
        (
            "Article 1 - Engagement",
            [
                f"Le Salarié est engagé à compter du {fr_words(start)} en qualité de {job}.",
                "Le présent contrat est conclu sous réserve des résultats de la visite "
                "d'information et de prévention.",
            ],
        ),
        (
            "Article 2 - Durée" if ctype == "CDD" else "Article 2 - Période d'essai",
            [
                f"Le contrat prendra fin le {fr_words(end)}."
                if ctype == "CDD"
                else "Le contrat ne deviendra définitif qu'à l'issue d'une période d'essai de deux mois."
            ],
        ),
        (
            "Article 3 - Rémunération",
            [
                f"Le Salarié percevra une rémunération brute mensuelle de {salary} euros pour",
                "une durée hebdomadaire de travail de 35 heures.",
            ],
        ),
        ("Article 4 - Lieu de travail", [f"Le Salarié exercera ses fonctions à {city}."]),
        (
            "Article 5 - Congés payés",
            [
                "Le Salarié bénéficiera des congés payés prévus par "
                "les dispositions légales et conventionnelles."
            ],
        ),
    ]
    return {
        "type": ctype,
        "employer": employer,
        "employer_block": emp_block,
        "employee": employee,
        "employee_block": emp_lines,
        "job": job,
        "start": start,
        "city": city,
        "signed": signed,
        "signatory": signatory,
        "articles": arts,
    }


def lease_spec(
    tenants,
    tenants_txt,
    landlord,
    landlord_addr,
    addr,
    start,
    signed,
    rent,
    charges,
    rooms=2,
    surface=41,
):
    return {
        "tenants": tenants,
        "tenants_txt": tenants_txt,
        "landlord": landlord,
        "landlord_addr": landlord_addr,
        "address": f"{addr[0]}, {addr[1]} {addr[2]}",
        "start": start,
        "start_txt": fr(start),
        "signed": signed,
        "city": addr[2],
        "rent": rent,
        "charges": charges,
        "rooms": rooms,
        "surface": surface,
        "paris": addr[1].startswith("75"),
    }


def fr_rib(holder, holder_lines, bank, bank_code, branch, account, agency, reps=1):
    return {
        "holder": holder,
        "holder_lines": holder_lines,
        "bank": bank,
        "bank_code": bank_code,
        "branch": branch,
        "account": account,
        "agency": agency,
        "reps": reps,
    }


def neo_screen(app, holder, cc, bban, bic, dark=False):
    iban = iban_make(cc, bban)
    g = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    s = {
        "title": {
            "N26": "Coordonnées bancaires",
            "Revolut": "Account details",
            "Wise": "Your EUR account details",
        }[app],
        "subtitle": {
            "N26": "Compte principal · EUR",
            "Revolut": "EUR · Main",
            "Wise": "Receive EUR from SEPA transfers",
        }[app],
        "rows": [
            ("Titulaire / Beneficiary", holder),
            ("IBAN", g),
            ("BIC", bic),
            (
                "Banque",
                {
                    "N26": "N26 Bank AG, Berlin",
                    "Revolut": "Revolut Bank UAB",
                    "Wise": "Wise, Brussels",
                }[app],
            ),
        ],
        "accent": {"N26": (38, 166, 154), "Revolut": (25, 28, 31), "Wise": (22, 51, 0)}[app],
        "button": "Partager" if app == "N26" else "Share details",
        "dark": dark,
    }
    fields = {
        "holder_name": holder,
        "iban": iban,
        "bic": bic,
        "bank_name": {"N26": "N26", "Revolut": "Revolut", "Wise": "Wise"}[app],
        "iban_valid": iban_ok(iban),
        "rib_key_valid": None,
    }
    return s, fields


__all__ = ["CIVIL", "MONTHS_FR"]
