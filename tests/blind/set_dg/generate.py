"""Blind set set_dg (wave 45): four whole packets p01..p04.  Usage: generate.py OUT_DIR"""

import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import docs_fin as F
import docs_id as D
import render as R

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def fr(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def ymd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


class Out:
    def __init__(self, root, name, seed):
        self.dir = os.path.join(root, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.rng = random.Random(seed)
        self.docs = []

    def p(self, f):
        return os.path.join(self.dir, f)

    def text_pdf(self, pages, f):
        R.render_pdf(pages, self.p(f))

    def image_pdf(self, pages, f, dpi=150):
        R.image_pdf([R.render_pil(pg, dpi) for pg in pages], self.p(f), self.rng)

    def scan(self, pg, f, dpi=200, card=False):
        im = R.render_pil(pg, 300 if card else dpi)
        if card:
            im = R.on_a4(im, 300, self.rng)
            im = im.resize((round(im.width * dpi / 300), round(im.height * dpi / 300)))
        sc = R.scan(im, self.rng)
        if f.endswith(".png"):
            sc.save(self.p(f))
        else:
            R.save_jpg(sc, self.p(f), 85)

    def photo(self, pg, f, rot=0, dpi=None):
        dpi = dpi or (500 if pg.w < 150 else 160)
        im = R.photo(R.render_pil(pg, dpi), self.rng, rot, self.rng.choice([3264, 4000, 3024]))
        R.save_jpg(im, self.p(f), 90)

    def screenshot(self, pg, f):
        R.render_pil(pg, 254).save(self.p(f))

    def doc(self, files, typ, look, fields, notes=""):
        fl = [{"path": a, "pages": b} for a, b in files]
        self.docs.append({"files": fl, "type": typ, "look": look, "fields": fields, "notes": notes})


def ident(sn, gn, num, nat, iss, dob, sex, exp, ok=True):
    return {
        "surname": sn,
        "given_names": gn,
        "document_number": num,
        "nationality": nat,
        "issuing_country": iss,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": exp,
        "mrz_valid": ok,
    }


def bill_fields(prov, svc, holder, addr, issue, p0, p1, amt):
    return {
        "provider": prov,
        "service": svc,
        "holder_name": holder,
        "address": addr,
        "issue_date": issue,
        "period_start": p0,
        "period_end": p1,
        "amount": amt,
    }


def rib_fields(holder, iban, bic, bank):
    assert R.iban_ok(iban) and R.rib_ok(iban), iban
    return {
        "holder_name": holder,
        "iban": iban,
        "bic": bic,
        "bank_name": bank,
        "iban_valid": True,
        "rib_key_valid": True,
    }


# ------------------------------------------------------------------ p02 USA
def p02(o):
    rng = o.rng
    dob = "1989-07-23"
    addr = "27 rue Paul Bert, 69003 Lyon"
    o.text_pdf(
        [
            D.cerfa_form(
                {
                    "surname": "O'CONNELL",
                    "given": "Margaret Rose",
                    "dob": "23/07/1989",
                    "pob": "Sacramento, Californie (États-Unis)",
                    "addr": "27 rue Paul Bert, 4e étage",
                    "cp": "69003",
                    "city": "Lyon",
                    "status": "not_employed",
                    "fait_a": "Lyon",
                    "date": "17/11/2026",
                },
                rng,
                False,
            )
        ],
        "S1106_formulaire.pdf",
    )
    o.doc(
        [("S1106_formulaire.pdf", [1])],
        "application_form",
        "text_pdf",
        {
            "surname": "O'CONNELL",
            "given_names": "Margaret Rose",
            "date_of_birth": dob,
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-11-17",
            "nir": None,
        },
        "typed fillable Cerfa with a drawn signature",
    )
    num, exp = "A04718326", "2034-01-09"
    mrz = R.td3("USA", "OCONNELL", "MARGARET ROSE", num, "USA", ymd(dob), "F", ymd(exp))
    assert R.td3_ok(mrz)
    o.scan(
        D.passport(
            {
                "head": ["PASSPORT", "UNITED STATES OF AMERICA"],
                "bg": (228, 234, 242),
                "col": (30, 50, 110),
                "rows": [
                    ("Type / Type   Code / Code   Passport No.", "P   USA   " + num),
                    ("Surname / Nom", "O'CONNELL"),
                    ("Given Names / Prénoms", "MARGARET ROSE"),
                    ("Nationality / Nationalité", "UNITED STATES OF AMERICA"),
                    ("Date of birth / Date de naissance   Sex", "23 Jul 1989   F"),
                    ("Place of birth / Lieu de naissance", "CALIFORNIA, U.S.A."),
                    ("Date of expiration / Date d'expiration", "09 Jan 2034"),
                ],
                "mrz": mrz,
            },
            rng,
        ),
        "scan_0007.jpg",
        200,
        card=True,
    )
    o.doc(
        [("scan_0007.jpg", [1])],
        "passport",
        "scan",
        ident("O'CONNELL", "MARGARET ROSE", num, "USA", "USA", dob, "F", exp),
        "photocopy-style scan of the data page on an A4 sheet",
    )
    vnum, vfrom, vto = "012847365", "2026-03-02", "2027-03-01"
    vm = R.mrva("D", "FRA", "OCONNELL", "MARGARET ROSE", vnum, "USA", ymd(dob), "F", ymd(vto))
    assert R.mrva_ok(vm)
    o.photo(
        D.visa_page(
            {
                "from": fr(vfrom),
                "until": fr(vto),
                "days": "365",
                "place": "LOS ANGELES",
                "issued": "10/02/2026",
                "passno": num,
                "name": "O'CONNELL MARGARET ROSE",
                "number": "FRA " + vnum,
                "remarks": "VLS-TS PASSEPORT TALENT",
                "mrz": vm,
            },
            rng,
        ),
        "IMG_0412.jpg",
        180,
    )
    v = ident("O'CONNELL", "MARGARET ROSE", vnum, "USA", "FRA", dob, "F", vto)
    v.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": "PASSEPORT TALENT",
            "valid_from": vfrom,
            "valid_until": vto,
        }
    )
    o.doc(
        [("IMG_0412.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        v,
        "VLS-TS passeport talent sticker, photo upside down (180°)",
    )
    cells = [
        ("1A", "NAME OF CHILD—FIRST", "MARGARET", 60),
        ("1B", "MIDDLE", "ROSE", 50),
        ("1C", "LAST", "O'CONNELL", 71),
        ("2", "SEX", "F", 25),
        ("4A", "DATE OF BIRTH", "07/23/1989", 50),
        ("4B", "HOUR", "0614", 30),
        ("5A", "PLACE OF BIRTH—NAME OF HOSPITAL", "SUTTER MEMORIAL HOSPITAL", 76),
        ("5C", "CITY", "SACRAMENTO", 60),
        ("5D", "COUNTY", "SACRAMENTO", 60),
        ("6A", "NAME OF FATHER—FIRST", "BRENDAN", 61),
        ("6C", "LAST", "O'CONNELL", 60),
        ("8", "STATE OF BIRTH", "MASSACHUSETTS", 60),
        ("9A", "NAME OF MOTHER—FIRST", "LINDA", 61),
        ("9C", "LAST (BIRTH NAME)", "ALVAREZ", 60),
        ("11", "STATE OF BIRTH", "CALIFORNIA", 60),
    ]
    b = D.us_birth(
        {"file": "189-34-061277", "local": "3401-0589", "cells": cells, "issued": "NOV 04 2025"},
        rng,
    )
    a = D.apostille(
        {
            "country": "United States of America",
            "signer": "R. HENDRICKS",
            "capacity": "State Registrar of Vital Statistics",
            "seal": "California Department of Public Health",
            "at": "Sacramento, California",
            "on_text": "18th day of November 2025",
            "by": "Secretary of State of California",
            "number": "A-25-118437",
            "state_short": "CALIFORNIA",
        },
        rng,
    )
    o.image_pdf([b, a], "birth_certificate_apostille.pdf")
    o.doc(
        [("birth_certificate_apostille.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "O'CONNELL",
            "given_names": "MARGARET ROSE",
            "date_of_birth": dob,
            "place_of_birth": "SACRAMENTO",
            "issuing_country": "USA",
            "language": "en",
            "has_apostille": True,
        },
        "California certified copy",
    )
    o.doc(
        [("birth_certificate_apostille.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "United States of America",
            "issued_on": "2025-11-18",
            "number": "A-25-118437",
            "signed_by": "Secretary of State of California",
        },
        "Hague model apostille, 10 items, page 2 of the same PDF",
    )
    lines_e = [
        ("Abonnement Tarif Bleu 6 kVA (31 jours)", "1 mois", "16,12 €"),
        ("Consommation électricité Base", "238 kWh", "47,91 €"),
        ("Acheminement (TURPE)", "", "10,48 €"),
        ("Accise sur l'électricité", "", "7,21 €"),
        ("TVA", "", "10,76 €"),
    ]
    o.text_pdf(
        [
            F.bill(
                {
                    "brand": "EDF",
                    "color": (0, 70, 150),
                    "doc_title": "Votre facture",
                    "number": "10184523987",
                    "sender": ["EDF Service Client", "TSA 21941", "62978 ARRAS CEDEX 9"],
                    "recipient": ["Mme Margaret O'CONNELL", "27 RUE PAUL BERT", "69003 LYON"],
                    "issue": "05/09/2026",
                    "p_from": "01/08/2026",
                    "p_to": "31/08/2026",
                    "client": "6 012 458 771",
                    "site": addr,
                    "amount": "92,48",
                    "due": "20/09/2026",
                    "lines": lines_e,
                    "ref_label": "N° de compte client :",
                    "notes": [
                        (
                            "Point de livraison (PDL) : 21 4598 7733 1042. Offre : Tarif "
                            "Bleu option Base, mensualisée sur facture réelle."
                        )
                    ],
                    "footer": "EDF SA au capital de 2 084 365 041 € – 552 081 317 R.C.S. "
                    "Paris – 22-30 avenue de Wagram 75008 Paris",
                },
                rng,
            )
        ],
        "facture_edf_aout2026.pdf",
    )
    o.doc(
        [("facture_edf_aout2026.pdf", [1])],
        "utility_bill",
        "text_pdf",
        bill_fields(
            "EDF",
            "electricity",
            "Margaret O'CONNELL",
            addr,
            "2026-09-05",
            "2026-08-01",
            "2026-08-31",
            "92.48",
        ),
    )
    o.screenshot(
        F.screen(
            (204, 0, 0),
            ("Mes factures", "Freebox Pop – Espace abonné"),
            [
                ("#Facture du mois de septembre 2026", ""),
                ("Titulaire", "Mme Margaret O'Connell"),
                ("Adresse d'installation", "27 rue Paul Bert"),
                ("", "69003 Lyon"),
                ("--", ""),
                ("Date d'émission", "02/10/2026"),
                ("Période", "du 01/09/2026 au 30/09/2026"),
                ("Identifiant", "fbx84127736"),
                ("Montant TTC", "29,99 €"),
                ("Prélèvement", "le 12/10/2026"),
                ("--", ""),
                ("Freebox Pop – Forfait", "29,99 €"),
                ("Appels hors forfait", "0,00 €"),
            ],
            "Télécharger la facture (PDF)",
        ),
        "Screenshot_20261103-094112.png",
    )
    o.doc(
        [("Screenshot_20261103-094112.png", [1])],
        "utility_bill",
        "screenshot",
        bill_fields(
            "Free",
            "internet",
            "Margaret O'Connell",
            addr,
            "2026-10-02",
            "2026-09-01",
            "2026-09-30",
            "29.99",
        ),
        "Free app screen",
    )
    lines_w = [
        ("Abonnement eau potable", "1 mois", "4,37 €"),
        ("Consommation eau potable", "6 m³", "11,28 €"),
        ("Assainissement collectif", "6 m³", "10,86 €"),
        ("Redevances Agence de l'eau", "", "2,79 €"),
        ("TVA", "", "1,71 €"),
    ]
    o.scan(
        F.bill(
            {
                "brand": "Eau du Grand Lyon",
                "color": (0, 120, 170),
                "doc_title": "Facture d'eau",
                "number": "EGL-2026-3317852",
                "sender": [
                    "Eau du Grand Lyon – Service abonnés",
                    "CS 20110",
                    "69421 LYON CEDEX 03",
                ],
                "recipient": ["MME O'CONNELL MARGARET", "27 RUE PAUL BERT", "69003 LYON"],
                "issue": "06/11/2026",
                "p_from": "01/10/2026",
                "p_to": "31/10/2026",
                "client": "0021 774 903",
                "site": addr,
                "amount": "31,01",
                "due": "21/11/2026",
                "lines": lines_w,
                "site_word": "de desserte",
                "footer": "Eau du Grand Lyon – régie publique de la Métropole de Lyon",
            },
            rng,
        ),
        "scan_0011.jpg",
        200,
    )
    o.doc(
        [("scan_0011.jpg", [1])],
        "utility_bill",
        "scan",
        bill_fields(
            "Eau du Grand Lyon",
            "water",
            "O'CONNELL MARGARET",
            addr,
            "2026-11-06",
            "2026-10-01",
            "2026-10-31",
            "31.01",
        ),
    )
    iban = R.fr_iban("40618", "80263", "00040178325")
    o.screenshot(
        F.screen(
            (0, 45, 90),
            ("Mon RIB", "BoursoBank – Compte individuel"),
            [
                ("Titulaire", "MME MARGARET O CONNELL"),
                ("Adresse", "27 RUE PAUL BERT 69003 LYON"),
                ("--", ""),
                ("IBAN", R.spaced(iban)),
                ("BIC", "BOUSFRPPXXX"),
                (
                    "Banque   Guichet   Compte   Clé",
                    "  ".join([iban[4:9], iban[9:14], iban[14:25], iban[25:27]]),
                ),
                ("Domiciliation", "BoursoBank, 92100 Boulogne-Billancourt"),
            ],
            "Partager mon RIB",
            dark=True,
        ),
        "Screenshot_20261117-212004.png",
    )
    o.doc(
        [("Screenshot_20261117-212004.png", [1])],
        "rib",
        "screenshot",
        rib_fields("MME MARGARET O CONNELL", iban, "BOUSFRPPXXX", "BoursoBank"),
    )
    return {
        "as_of": "2026-11-24",
        "employed": False,
        "defect": None,
        "applicant": {"surname": "OCONNELL", "given_names": "MARGARET ROSE", "date_of_birth": dob},
    }


def main():
    out = sys.argv[1]
    import packets_a as PA
    import packets_b as PB

    builders = {"p01": PA.p01, "p02": p02, "p03": PB.p03, "p04": PB.p04}
    names = list(builders)
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    for i, name in enumerate(names):
        o = Out(out, name, 4500 + i)
        t = builders[name](o)
        reqs = {r: "complete" for r in REQS}
        if not t["employed"]:
            reqs["employment"] = "not_applicable"
        reqs.update(t.pop("bad", {}))
        st = "incomplete" if any(v in ("invalid", "missing") for v in reqs.values()) else "complete"
        truth = {
            "as_of": t["as_of"],
            "employed": t["employed"],
            "status": st,
            "requirements": reqs,
            "defect": t["defect"],
            "applicant": t["applicant"],
            "documents": o.docs,
        }
        with open(os.path.join(out, "packets", name + ".truth.json"), "w") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump({"packets": names, "documents": []}, f, indent=2)


if __name__ == "__main__":
    main()
