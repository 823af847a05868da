"""Single documents: one logical document per folder, all 15 types, every look."""

from __future__ import annotations

import random
from pathlib import Path

import pieces as X
import util as U
import work
from emit import Folder
from packets import HOSTS
from people import PS, P

AS_OF = [
    "2026-11-16",
    "2026-11-18",
    "2026-11-20",
    "2026-11-23",
    "2026-11-25",
    "2026-11-27",
    "2026-12-01",
]


def form_(key, look, way, situation, contract=None, signed=True, words=False, notes=""):
    def f(F, rng, a):
        p = dict(PS.get(key) or P[key])
        p.setdefault("job", "Agent de service")
        date = U.add_days(a, -rng.randint(1, 12))
        dt = f"{U.d(date).day} {U.MOIS[U.d(date).month - 1]} {U.d(date).year}" if words else None
        X.application_form(
            F,
            rng,
            p,
            look,
            way,
            situation,
            date,
            contract,
            signed=signed,
            date_text=dt,
            notes=notes,
        )
        return p

    return f


def passport_(key, look, break_mrz=0, notes=""):
    def f(F, rng, a):
        p = PS.get(key) or P[key]
        X.passport(F, rng, p, look, a, break_mrz=break_mrz, notes=notes)
        return p

    return f


def natid_(key, look):
    def f(F, rng, a):
        p = PS.get(key) or P[key]
        X.eu_id(F, rng, p, look, a)
        return p

    return f


def visa_(key, look, vtype, remark, category, start):
    def f(F, rng, a):
        p = PS[key]
        X.visa(F, rng, p, look, X.passport_number(p["nat"], rng), start, vtype, remark, category)
        return p

    return f


def card_(key, look, title, remarks, expired=False, notes=""):
    def f(F, rng, a):
        p = PS[key]
        X.residence_card(F, rng, p, look, a, title, remarks, expired=expired, notes=notes)
        return p

    return f


def recep_(key, look):
    def f(F, rng, a):
        p = PS[key]
        X.recepisse(F, rng, p, look, a)
        return p

    return f


def birth_(key, look, notes=""):
    def f(F, rng, a):
        p = PS.get(key) or P[key]
        X.birth_cert(F, rng, p, look, a, False, notes=notes)
        return p

    return f


def apost_(key, look):
    def f(F, rng, a):
        p = PS[key]
        X.apostille(F, rng, p, look, U.add_days(a, -rng.randint(60, 300)))
        return p

    return f


def transl_(key, look):
    def f(F, rng, a):
        p = PS[key]
        X.translation(F, rng, p, look, U.add_days(a, -rng.randint(10, 90)))
        return p

    return f


def bill_(key, provider, look, month_back=1):
    def f(F, rng, a):
        p = PS.get(key) or P[key]
        back = month_back + (1 if U.d(a).day < 12 else 0)
        X.bills(F, rng, p, provider, [U.month_shift(a[:7], -back)], look)
        return p

    return f


def lease_(key, look, start, co=None):
    def f(F, rng, a):
        p = PS.get(key) or P[key]
        X.lease(F, rng, p, look, start, tenants=co)
        return p

    return f


def attest_(key, host, look, hand, signed=True, notes=""):
    def f(F, rng, a):
        p = PS[key]
        h = dict(HOSTS.get(host) or PS[host])
        h["addr"] = p["addr"]
        X.attestation(
            F,
            rng,
            h,
            p,
            look,
            U.add_days(a, -rng.randint(120, 700)),
            U.add_days(a, -rng.randint(2, 20)),
            hand=hand,
            signed=signed,
            notes=notes,
        )
        return p

    return f


def payslip_(key, look, emp, job, gross):
    def f(F, rng, a):
        p = dict(
            PS.get(key) or P[key], job=job, gross=gross, hired=U.add_days(a, -rng.randint(100, 900))
        )
        X.payslip(F, rng, p, look, U.month_shift(a[:7], -1), emp)
        return p

    return f


def contract_(key, look, ctype, emp, job, gross):
    def f(F, rng, a):
        p = dict(PS.get(key) or P[key], job=job, gross=gross)
        X.contract(F, rng, p, look, ctype, emp, U.add_days(a, -rng.randint(30, 300)))
        return p

    return f


def rib_(key, look, bank, joint=None):
    def f(F, rng, a):
        p = PS.get(key) or P[key]
        X.rib(F, rng, p, look, bank, joint=joint)
        return p

    return f


def neo_(key, bank):
    def f(F, rng, a):
        p = PS[key]
        X.neobank(F, rng, p, bank)
        return p

    return f


def quitt_(key, look):
    def f(F, rng, a):
        p = PS[key]
        X.quittance(F, rng, p, look, U.month_shift(a[:7], -1), X.LANDLORDS[2][0])
        return p

    return f


def statement_(key, look):
    def f(F, rng, a):
        p = PS[key]
        civ = "M." if p["sex"] == "M" else "MME"
        pages, _ = work.bank_statement(
            rng,
            dict(
                bank="BNP Paribas",
                **{"from": U.add_days(a, -50), "to": U.add_days(a, -20)},
                holder=f"{civ} {U.ascii_up(p['given'])} {U.ascii_up(p['surname'])}",
                addr=[p["addr"]["street"], f"{p['addr']['cp']} {p['addr']['city']}"],
                acc=f"{rng.randint(10**10, 10**11)}",
            ),
        )
        files = F.emit(pages, look, hint="releve_de_compte")
        F.add(files, "unknown", look, {}, "relevé de compte (pas un RIB)")
        return p

    return f


def ft_(key, look):
    def f(F, rng, a):
        p = PS[key]
        pages, _ = work.france_travail(
            rng,
            dict(
                name=f"{p['given']} {p['surname'].upper()}",
                ident=f"{rng.randint(10**6, 10**7)}X",
                since=U.add_days(a, -rng.randint(40, 200)),
                date=U.add_days(a, -5),
            ),
        )
        files = F.emit(pages, look, hint="attestation_france_travail")
        F.add(files, "unknown", look, {}, "attestation d'inscription France Travail")
        return p

    return f


DOCS = [
    # application forms
    form_("dza", "scan", "hand", "sans_activite"),
    form_("sen", "phone_photo", "typed_print", "sans_activite"),
    form_("ita", "text_pdf", "acroform", "salarie", "CDD"),
    form_("vnm", "image_pdf", "acroform_printed", "etudiant"),
    form_(
        "hti", "phone_photo", "hand", "salarie", "CDI", words=True, notes="date written in words"
    ),
    form_("cod", "scan", "hand", "demandeur_emploi", signed=False, notes="signature box empty"),
    # passports
    passport_("dza", "scan"),
    passport_("sen", "phone_photo"),
    passport_("chn2", "image_pdf"),
    passport_("ind2", "phone_photo"),
    passport_("usa2", "scan"),
    passport_(
        "ukr2",
        "phone_photo",
        break_mrz=27,
        notes="expiry-date check digit misprinted (mrz_valid false)",
    ),
    passport_("vnm", "scan"),
    passport_("cmr", "image_pdf"),
    passport_("mli", "phone_photo"),
    # national identity cards
    natid_("ita", "scan"),
    natid_("deu", "phone_photo"),
    natid_("rou", "image_pdf"),
    natid_("fra", "phone_photo"),
    natid_("esp", "scan"),
    # visas
    visa_("mar2", "phone_photo", "D", "VLS-TS ETUDIANT", "ETUDIANT", "2026-09-05"),
    visa_("ind2", "scan", "D", "VLS-TS SALARIE", "SALARIE", "2026-04-12"),
    visa_("usa2", "image_pdf", "D", "VLS-TS VISITEUR", "VISITEUR", "2026-02-01"),
    visa_("tur2", "scan", "C", "TOURISME", "TOURISME", "2026-08-10"),
    # residence permits
    card_("dza", "phone_photo", "CERTIFICAT DE RÉSIDENCE ALGÉRIEN", "SALARIÉ"),
    card_("sen", "scan", "CARTE DE SÉJOUR PLURIANNUELLE", "VIE PRIVÉE ET FAMILIALE"),
    recep_("cod", "image_pdf"),
    recep_("hti", "phone_photo"),
    card_(
        "civ",
        "scan",
        "CARTE DE RÉSIDENT",
        "RÉSIDENT DE LONGUE DURÉE - UE",
        expired=True,
        notes="expired before the audit date",
    ),
    # birth certificates
    birth_("dza", "scan"),
    birth_("mar2", "phone_photo"),
    birth_("tun2", "image_pdf"),
    birth_("sen", "scan"),
    birth_("civ", "phone_photo"),
    birth_("cmr", "image_pdf"),
    birth_("mli", "scan"),
    birth_("cod", "phone_photo"),
    birth_("chn2", "text_pdf"),
    birth_("ind2", "image_pdf"),
    birth_("bra2", "scan"),
    birth_("col2", "phone_photo"),
    birth_("mex2", "image_pdf"),
    birth_("usa2", "scan"),
    birth_("gbr2", "phone_photo"),
    birth_("ukr2", "scan"),
    birth_("tur2", "image_pdf"),
    birth_("phl2", "phone_photo"),
    birth_("vnm", "scan"),
    birth_("hti", "image_pdf"),
    birth_("ita", "text_pdf"),
    birth_("deu", "scan"),
    # apostilles and translations
    apost_("usa2", "scan"),
    apost_("col2", "phone_photo"),
    apost_("phl2", "image_pdf"),
    apost_("ukr2", "scan"),
    apost_("tur2", "phone_photo"),
    transl_("bra2", "text_pdf"),
    transl_("ukr2", "image_pdf"),
    transl_("tur2", "scan"),
    transl_("vnm", "phone_photo"),
    # bills
    bill_("dza", "EDF", "text_pdf"),
    bill_("sen", "ENGIE", "phone_photo", 2),
    bill_("cmr", "TotalEnergies", "image_pdf"),
    bill_("deu", "Free", "screenshot"),
    bill_("mli", "SFR", "text_pdf", 3),
    bill_("rou", "Orange", "scan"),
    bill_("bra2", "Bouygues Telecom", "phone_photo"),
    bill_("col2", "Free Mobile", "screenshot"),
    bill_("civ", "Sosh", "text_pdf"),
    bill_("fra", "Eau de Paris", "image_pdf"),
    bill_("ita", "Veolia", "scan", 2),
    # leases
    lease_("dza", "text_pdf", "2025-09-01"),
    lease_("sen", "image_pdf", "2026-10-01"),
    lease_("deu", "phone_photo", "2024-06-15", co=[("Mme Lea BRAUN", "Lea BRAUN")]),
    # attestations d'hébergement
    attest_("mli", "marc", "scan", True),
    attest_("civ", "fra", "phone_photo", True),
    attest_("hti", "catherine", "text_pdf", False),
    attest_("vnm", "fra", "image_pdf", True, signed=False, notes="not signed"),
    # payslips and contracts
    payslip_("dza", "text_pdf", 0, "Boulanger", 1900.0),
    payslip_("cmr", "scan", 3, "Infirmière", 2420.0),
    payslip_("phl2", "phone_photo", 4, "Commis de cuisine", 1850.0),
    payslip_("gbr2", "image_pdf", 1, "Consultant SAP", 4300.0),
    contract_("sen", "text_pdf", "CDI", 3, "Aide-soignante", 2010.0),
    contract_("mex2", "image_pdf", "CDD", 5, "Dessinateur-projeteur", 2600.0),
    contract_("col2", "phone_photo", "CDI", 4, "Serveuse", 1820.0),
    # RIBs
    rib_("dza", "text_pdf", "BNP Paribas"),
    rib_("sen", "scan", "Crédit Agricole"),
    rib_("tun2", "phone_photo", "Société Générale"),
    rib_("cmr", "image_pdf", "LCL"),
    rib_("rou", "text_pdf", "Crédit Mutuel"),
    rib_("hti", "screenshot", "La Banque Postale"),
    rib_("deu", "text_pdf", "Caisse d'Epargne", joint=("MME LEA BRAUN", "LEA BRAUN")),
    neo_("ukr2", "Revolut"),
    neo_("ita", "N26"),
    neo_("chn2", "Wise"),
    # other papers (type unknown)
    quitt_("sen", "phone_photo"),
    statement_("dza", "text_pdf"),
    ft_("cod", "image_pdf"),
    quitt_("mli", "text_pdf"),
]


def build(out: Path) -> list[str]:
    names = []
    for i, fn in enumerate(DOCS):
        name = f"d{i + 1:03d}"
        rng = random.Random(5000 + i)
        a = AS_OF[i % len(AS_OF)]
        F = Folder(out / "documents" / name, rng)
        p = fn(F, rng, a)
        F.truth(a, p)
        names.append(name)
    return names
