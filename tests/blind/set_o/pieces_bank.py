"""Builders for bank details, job papers and the application form (see pieces.py)."""

from __future__ import annotations

import form
import home
import util as U
import work
from people import EMPLOYERS

# ------------------------------------------------------------------ bank, work


def rib(F, rng, p, look, bank, bad_iban=False, holder=None, joint=None, notes="", names=None):
    acc = work.fr_account(rng, bank, bad_iban=bad_iban)
    civ = "M." if p["sex"] == "M" else "MME"
    sur = U.ascii_up(p["surname"])
    first = U.ascii_up(p["given"])
    if holder:
        lines0, truth = holder
    elif joint:
        lines0 = f"{civ} {sur} {first.split()[0]} OU {joint[0]}"
        truth = f"{sur} {first.split()[0]} OU {joint[1]}"
    else:
        style = rng.random()
        lines0 = f"{civ} {sur} {first}" if style < 0.5 else f"{civ} {first} {sur}"
        truth = lines0.split(" ", 1)[1]
    a = p["addr"]
    doc = dict(
        bank=bank,
        account=acc,
        holder_lines=[lines0, U.ascii_up(a["street"]), f"{a['cp']} {U.ascii_up(a['city'])}"],
        holder_truth=truth,
        edited_on=U.add_days("2026-11-01", rng.randint(-90, 10)),
        layout=rng.choice(["table", "stack"]),
    )
    pages, fields = work.rib(rng, doc)
    files = F.emit(pages, look, names, hint=rng.choice(["RIB", "rib", "releve_identite_bancaire"]))
    F.add(files, "rib", look, fields, notes)
    return files


def neobank(F, rng, p, bank, notes=""):
    if bank == "Revolut":
        bban = f"32500{rng.randint(10**10, 10**11 - 1)}"
        iban, bic = U.make_iban("LT", bban), "REVOLT21"
    elif bank == "N26":
        bban = f"10011001{rng.randint(10**9, 10**10 - 1)}"
        iban, bic = U.make_iban("DE", bban), "NTSBDEB1XXX"
    else:
        bban = f"967{rng.randint(10**9, 10**10 - 1)}"
        iban, bic = U.make_iban("BE", bban), "TRWIBEB1XXX"
    name = f"{p['given'].split()[0]} {p['surname']}"
    im, fields = work.neobank_screen(
        rng, dict(bank=bank, holder_printed=name, iban=iban, bic=bic, holder_truth=name)
    )
    files = [{"path": F.write(F.shot_name(), im), "pages": [1]}]
    F.add(files, "rib", "screenshot", fields, notes or f"{bank} : coordonnées bancaires")
    return files


def employer(i, rng):
    e = dict(EMPLOYERS[i])
    e["siret"] = U.siret(i * 37 + 11)
    return e


def payslip(F, rng, p, look, period, emp_i, other=None, notes=""):
    e = employer(emp_i, rng)
    who = other or p
    civ = "Monsieur" if who["sex"] == "M" else "Madame"
    printed = f"{civ} {who['surname'].upper()} {who['given']}"
    a = who["addr"]
    doc = dict(
        employer=e,
        period=period,
        employee_printed=printed,
        employee_addr=[a["street"], f"{a['cp']} {a['city']}"],
        job=p.get("job", "Employé"),
        hired=p.get("hired", "2026-03-02"),
        gross=p.get("gross", 2150.0),
        employee_truth=f"{who['surname'].upper()} {who['given']}",
        tax_rate=rng.choice([0.0, 0.018, 0.031, 0.052]),
    )
    pages, fields = work.payslip(rng, doc)
    files = F.emit(pages, look, hint=f"bulletin_paie_{period}")
    F.add(files, "payslip", look, fields, notes)
    return files


def contract(F, rng, p, look, ctype, emp_i, start, notes=""):
    e = employer(emp_i, rng)
    civ = "Monsieur" if p["sex"] == "M" else "Madame"
    doc = dict(
        employer=e,
        contract_type=ctype,
        employee_printed=f"{civ} {p['given']} {p['surname'].upper()}",
        sex=p["sex"],
        dob=p["dob"],
        pob=p["pob"],
        nat_fr=p["nat_fr"],
        addr=home.addr_one(p["addr"]),
        start=start,
        end=U.add_days(start, 364),
        job=p.get("job", "Employé polyvalent"),
        gross=p.get("gross", 2150.0),
        city=e["addr2"].split(" ", 1)[1],
        signed_on=U.add_days(start, -rng.randint(5, 25)),
        employee_truth=f"{p['given']} {p['surname'].upper()}",
    )
    pages, fields = work.contract(rng, doc)
    files = F.emit(pages, look, hint="contrat_de_travail")
    F.add(files, "employment_contract", look, fields, notes)
    return files


# ------------------------------------------------------------------ the form

FORM_KEYS = (
    "surname",
    "given_names",
    "date_of_birth",
    "employment_status",
    "signed",
    "signed_on",
    "nir",
)


def application_form(
    F,
    rng,
    p,
    look,
    way,
    situation,
    date,
    contract_type=None,
    signed=True,
    date_text=None,
    names=None,
    notes="",
):
    spec = dict(
        way=way,
        situation=situation,
        contract=contract_type,
        job=p.get("job", ""),
        date=date,
        date_text=date_text,
        signed=signed,
    )
    fm, fields, info = form.fill(rng, p, spec)
    pages = [fm.p1, fm.p2]
    if way == "acroform":
        data = form.acro_pdf(fm, p, info, rng, strip_ap=rng.random() < 0.35)
        name = names or rng.choice(
            ["S1106_formulaire.pdf", "cerfa_15763-02_rempli.pdf", "demande_PUMa.pdf"]
        )
        files = [{"path": F.write(name, data), "pages": [1, 2]}]
        look = "text_pdf"
    else:
        if way == "acroform_printed":
            for k, v in info["vals"].items():
                fm.put(k, v, "print", rng, "h-breip", info["ink"])
            for k in info["ticks"]:
                fm.put(k, "x", "print", rng, "h-breip", info["ink"])
            if signed:
                sx, sy, sw, sh, pg = fm.pos["sig"]
                pg.signature(
                    sx + 4, sy + 4, sw - 10, sh - 7, rng, p["surname"].title(), info["ink"]
                )
        if look == "scan" and rng.random() < 0.3:
            pages = pages[::-1]
            files = F.emit(pages, look, names, hint="formulaire_S1106")[::-1]
        else:
            files = F.emit(pages, look, names, hint="formulaire_S1106")
    F.add(files, "application_form", look, fields, notes or f"cerfa 15763*02, {way}")
    return files
