"""Packet p02: Tonga, not employed, hosted by her French spouse. Complete."""

from __future__ import annotations

from pathlib import Path

from au_cards import id1_card, passport_labels_en, passport_page, visa_sticker
from au_civil import apostille, birth_english, hosting_attestation
from au_common import iban_from_bban, iban_ok
from au_emit import Packet, form_fields, id_fields, reqs, write_truth
from au_form import draw_form
from au_paper import sfr_bill
from au_screens import n26_details


# =============================================================== p02 Tonga
def p02(out: Path) -> None:
    pk = Packet(out, "p02", 202)
    rng = pk.rng
    who = {"surname": "FIFITA", "given": "MELE SALOTE", "dob": "1990-09-02", "sex": "F"}
    addr, cp, city = "5 allée des Mimosas", "33600", "Pessac"
    form = {
        **who,
        "usage_name": "LEFÈVRE",
        "pob_commune": "NUKU'ALOFA",
        "pob_pays": "TONGA",
        "nationality": "TONGIENNE",
        "address": addr.upper(),
        "cp": cp,
        "commune": city.upper(),
        "tel": "06 44 18 27 90",
        "email": "mele.fifita@outlook.com",
        "situation": "sans_activite",
        "place": "Pessac",
        "signed_on": "2026-11-13",
        "sig_text": "Mele F.",
        "sig_font": "kaushan",
    }
    pk.paper(
        lambda c: draw_form(c, form, 1, "typed", rng),
        "phone_photo",
        ["IMG_4471.jpg", "IMG_4472.jpg"],
        "application_form",
        form_fields(form, False),
        "typed on screen (print run 1), printed, signed by hand, photographed; page 2 rotated",
        rotate=(0, 270),
    )
    pp = {
        "state": "KINGDOM OF TONGA",
        "doc_title": "PASSPORT",
        "country": "TON",
        "nat": "TON",
        "number": "T0391827",
        "surname": who["surname"],
        "given": who["given"],
        "nat_text": "TONGAN",
        "dob": who["dob"],
        "dob_text": "02 SEP 1990",
        "sex": "F",
        "pob": "NUKU'ALOFA",
        "issue_text": "01 FEB 2023",
        "exp": "2033-01-31",
        "exp_text": "31 JAN 2033",
        "authority": "MINISTRY OF FOREIGN AFFAIRS",
        "labels": passport_labels_en(),
        "sig": "Mele Fifita",
        "bg": (236, 224, 214),
        "line": (222, 200, 190),
        "skin": (150, 105, 75),
    }
    img = passport_page(pp, rng)
    pk.card(
        [img], "scan", ["passeport_mele.jpg"], "passport", id_fields(pp), "data page scanned on A4"
    )
    vs = {
        "number": "031557204",
        "from": "2026-03-10",
        "until": "2027-03-09",
        "duration": "365 JOURS",
        "issued_in": "WELLINGTON",
        "issued_on": "2026-02-24",
        "surname": who["surname"],
        "given": who["given"],
        "passport_no": pp["number"],
        "nat": "TON",
        "dob": who["dob"],
        "sex": "F",
        "remarks": ["VLS-TS VIE PRIVÉE ET FAMILIALE", "CONJOINT DE FRANÇAIS"],
        "skin": (150, 105, 75),
    }
    vimg = visa_sticker(vs, rng)
    vf = id_fields({**vs, "exp": vs["until"]})
    vf["issuing_country"] = "FRA"
    vf.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": "conjoint de Français",
            "valid_from": vs["from"],
            "valid_until": vs["until"],
        }
    )
    pk.card([vimg], "phone_photo", ["IMG_4468.jpg"], "long_stay_visa", vf, "visa page photographed")
    birth = {
        "serial": "Entry No. 1990/2217",
        "header": [
            "KINGDOM OF TONGA",
            "MINISTRY OF JUSTICE",
            "Registrar General's Office",
            "Nuku'alofa",
        ],
        "title": "CERTIFIED COPY OF AN ENTRY OF BIRTH",
        "subtitle": "Births, Deaths and Marriages Registration Act (Cap. 5.01)",
        "rows": [
            ("Name", "Mele Salote FIFITA"),
            ("Sex", "Female"),
            ("Date of birth", "2 September 1990"),
            ("Place of birth", "Vaiola Hospital, Nuku'alofa, Tongatapu"),
            ("Father", "Sione Tevita Fifita"),
            ("Mother", "'Ana Lupe Fifita (nee Taufa)"),
            ("Informant", "Sione Tevita Fifita, father"),
            ("Date of registration", "14 September 1990"),
        ],
        "certify": [
            "Certified to be a true copy of an entry in a register in my custody.",
            "Given at Nuku'alofa this 6th day of January 2026.",
        ],
        "registrar": "Registrar General",
        "registrar_sig": "Tonga",
        "stamp": ["KINGDOM OF TONGA * REGISTRAR GENERAL *", "SEAL", ""],
        "frame": (0.5, 0.1, 0.1),
        "hand_values": True,
        "hand_font": "humor",
    }
    ap = {
        "country": "Kingdom of Tonga",
        "signed_doc_by": "Losaline Ma'asi",
        "capacity": "Registrar General",
        "seal_of": "Registrar General's Office",
        "at": "Nuku'alofa",
        "on_text": "12 January 2026",
        "by": "Ministry of Foreign Affairs",
        "number": "APO/2026/0043",
        "stamp": ["MINISTRY OF FOREIGN AFFAIRS * TONGA *", "APOSTILLE", ""],
        "sig": "Kupu",
    }

    def draw_birth(c):
        birth_english(c, birth, rng)
        c.showPage()
        apostille(c, ap, rng)
        c.showPage()

    files = pk.paper(draw_birth, "scan", ["acte_naissance_1.jpg", "acte_naissance_2.jpg"])
    pk.record(
        [files[0]],
        "birth_certificate",
        "scan",
        {
            "surname": "FIFITA",
            "given_names": "MELE SALOTE",
            "date_of_birth": who["dob"],
            "place_of_birth": "VAIOLA HOSPITAL, NUKU'ALOFA, TONGATAPU",
            "issuing_country": "TON",
            "language": "en",
            "has_apostille": True,
        },
        "certified copy of a register entry, values written by hand",
    )
    pk.record(
        [files[1]],
        "apostille",
        "scan",
        {
            "country": "Kingdom of Tonga",
            "issued_on": "2026-01-12",
            "number": "APO/2026/0043",
            "signed_by": "Ministry of Foreign Affairs",
        },
        "apostille on a separate sheet",
    )
    host = "Julien LEFÈVRE"
    att = {
        "lines": [
            "Je soussigné Julien Lefèvre, né le 14/02/1987 à Bordeaux,",
            f"demeurant {addr}, {cp} {city},",
            "atteste sur l'honneur héberger à mon domicile mon épouse",
            "Mme Mele Salote Fifita épouse Lefèvre, née le 02/09/1990",
            "à Nuku'alofa (Tonga), depuis le 20/03/2026.",
            "",
            "Je joins la copie de ma carte d'identité et mes trois",
            "dernières factures.",
            "",
            f"Fait à {city}, le 12/11/2026",
        ],
        "sig": "JLefevre",
        "hand_font": "dkg",
    }
    pk.paper(
        lambda c: hosting_attestation(c, att, rng),
        "phone_photo",
        ["attestation_hebergement.jpg"],
        "hosting_attestation",
        {
            "host_name": "Julien Lefèvre",
            "hosted_name": "Mele Salote Fifita épouse Lefèvre",
            "address": f"{addr}, {cp} {city}",
            "since_date": "2026-03-20",
            "signed_on": "2026-11-12",
            "signed": True,
        },
        "handwritten by the host (spouse)",
    )
    cni = {
        "title": "CARTE NATIONALE D'IDENTITÉ",
        "code": "ID",
        "number": "X7KD2RPN4",
        "surname": "LEFÈVRE",
        "given": "JULIEN MARC",
        "dob": "1987-02-14",
        "sex": "M",
        "exp": "2033-05-18",
        "nat": "FRA",
        "sig": "JLefevre",
        "skin": (225, 190, 165),
        "front_rows": [
            ("NOM / Surname", "LEFÈVRE"),
            ("Prénoms / Given names", "JULIEN, MARC"),
            ("Sexe / Nationalité / Date de naiss.", "M   FRA   14 02 1987"),
            ("Lieu de naissance / Place of birth", "BORDEAUX"),
            ("N° du document / Document No", "X7KD2RPN4"),
        ],
        "back_rows": [
            ("Date de délivrance", "19 05 2023"),
            ("Date d'expiration", "18 05 2033"),
            ("Autorité / Authority", "PRÉFECTURE DE LA GIRONDE"),
        ],
    }
    front, back = id1_card(cni, rng)
    cf = id_fields({**cni, "given": "JULIEN MARC"})
    pk.card(
        [front, back],
        "scan",
        ["CNI_Julien_recto_verso.jpg"],
        "national_id",
        cf,
        "host's French identity card (2021 model), both sides on one scan",
    )
    for i, (m, nxt) in enumerate((("08", "09"), ("09", "10"), ("10", "11"))):
        end = {"08": "31", "09": "30", "10": "31"}[m]
        b = {
            "issue": f"2026-{nxt}-04",
            "number": f"FB26{m}0{48211 + i * 7}",
            "client": "0028 4417 93",
            "line": "05 56 45 18 22",
            "holder_lines": ["M JULIEN LEFEVRE", addr.upper(), f"{cp} {city.upper()}"],
            "amount": "42,99",
            "debit": f"2026-{nxt}-12",
            "start": f"2026-{m}-01",
            "end": f"2026-{m}-{end}",
            "install": f"{addr}, {cp} {city}",
        }
        pk.paper(
            lambda c, b=b: sfr_bill(c, b),
            "text_pdf",
            [f"Facture_SFR_2026{m}.pdf"],
            "utility_bill",
            {
                "provider": "SFR",
                "service": "internet",
                "holder_name": "JULIEN LEFEVRE",
                "address": f"{addr}, {cp} {city}",
                "issue_date": b["issue"],
                "period_start": b["start"],
                "period_end": b["end"],
                "amount": "42.99",
                "month": f"2026-{m}",
            },
            "host's bill (attestation route)",
        )
    iban = iban_from_bban("DE", "10011001" + "2418730566")
    assert iban_ok(iban) and len(iban) == 22
    shot = n26_details(
        {
            "holder": "Mele Salote Fifita",
            "iban": iban,
            "bic": "NTSBDEB1XXX",
            "bank_name": "N26 Bank AG",
            "time": "09:14",
        }
    )
    pk.card(
        [shot],
        "screenshot",
        ["Screenshot_20261113-091422.png"],
        "rib",
        {
            "holder_name": "Mele Salote Fifita",
            "iban": iban,
            "bic": "NTSBDEB1XXX",
            "bank_name": "N26 Bank AG",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "German IBAN from an online bank: acceptable under SEPA (info)",
    )
    write_truth(
        pk,
        out,
        {
            "as_of": "2026-11-24",
            "employed": False,
            "status": "complete",
            "requirements": reqs(employment="not_applicable"),
            "defect": None,
            "applicant": {
                "surname": who["surname"],
                "given_names": who["given"],
                "date_of_birth": who["dob"],
            },
        },
    )
