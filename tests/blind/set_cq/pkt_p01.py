"""p01: Madagascar, hosted by her French husband (attestation + host ID + host bills)."""

from __future__ import annotations

from datetime import date

import civil
import codes
import effects as fx
import form
import housing
import ids
import money
from kit import Packet, id_fields, iso, month_end, page_img, visa_fields


def p01(root):
    pk = Packet(root, "p01", 1101)
    as_of = date(2026, 11, 18)
    me = {
        "surname": "RAZAFINDRAKOTO",
        "given": "Hanitra Fanja",
        "dob": date(1995, 6, 12),
        "sex": "F",
        "nat": "MDG",
        "skin": (118, 82, 62),
        "pob_passport": "TOAMASINA",
        "pob": "Toamasina",
    }
    host = {
        "surname": "MOREAU",
        "given": "Julien Pierre",
        "dob": date(1990, 3, 14),
        "sex": "M",
        "nat": "FRA",
        "skin": (226, 190, 165),
        "pob": "NANTES (44)",
    }
    addr = ["14 RUE MONDESIR APPT 23", "44000 NANTES"]
    addr_field = "14 rue Mondésir, appartement 23, 44000 Nantes"
    # passport, phone photo of the open booklet, rotated
    pp = {
        "header1": "REPOBLIKAN'I MADAGASIKARA / RÉPUBLIQUE DE MADAGASCAR",
        "header2": "PASIPAORO / PASSEPORT / PASSPORT",
        "code": "MDG",
        "number": "A0712534",
        "nationality_text": "MALAGASY",
        "fmt": lambda d: d.strftime("%d/%m/%Y"),
        "issued": date(2024, 2, 1),
        "expiry": date(2029, 1, 31),
        "authority": "MININTER",
        "tint": (170, 150, 190),
        "labels": {
            "type": "Karazany/Type",
            "code": "Kaody/Code",
            "number": "Laharana/Passport No.",
            "surname": "Anarana/Nom/Surname",
            "given": "Fanampiny/Prénoms/Given names",
            "nationality": "Zom-pirenena/Nationalité",
            "dob": "Teraka/Date of birth",
            "sex": "Sexe/Sex",
            "pob": "Toerana/Place of birth",
            "issue": "Nomena/Date of issue",
            "authority": "Nanome/Authority",
            "expiry": "Fahataperana/Date of expiry",
        },
    }
    img = ids.booklet(ids.passport_page(me, pp, pk.rng("pp"), 16), pk.rng("pp-b"))
    f = pk.photo("IMG_20261109_184512.jpg", img, "pp-photo", rot=90, fill=0.82)
    pk.add(
        "passport",
        "phone_photo",
        [(f, [1])],
        id_fields(me, pp["number"], pp["expiry"], "MDG"),
        "Open booklet photographed on a table; the phone stored it rotated 90°.",
    )
    visa = {
        "sticker_no": "041673452",
        "mrz_no": "041673452",
        "from": date(2026, 4, 20),
        "until": date(2027, 4, 19),
        "days": "365",
        "place": "TANANARIVE",
        "issued": date(2026, 4, 8),
        "passport_no": pp["number"],
        "remark1": "VLS-TS VIE PRIVEE ET FAMILIALE - CONJOINT DE FRANCAIS",
        "remark2": "DISPENSE TEMPORAIRE DE CARTE DE SEJOUR",
        "category": "VIE PRIVEE ET FAMILIALE - CONJOINT DE FRANCAIS",
    }
    img = ids.visa_sticker(me, visa, pk.rng("visa"), 16)
    f = pk.photo("IMG_20261109_184537.jpg", img, "visa-photo", rot=0, fill=0.86)
    pk.add(
        "long_stay_visa",
        "phone_photo",
        [(f, [1])],
        visa_fields(me, visa),
        "VLS-TS sticker page; the printed number is the MRZ number.",
    )
    # birth certificate (legalised, not apostilled), recto and verso on two scans
    acte = {
        "acte_no": "1452",
        "dob": me["dob"],
        "surname": me["surname"],
        "given": me["given"],
        "dob_words": "douze juin mil neuf cent quatre-vingt-quinze",
        "hour_words": "dix heures trente minutes",
        "hospital": "Centre Hospitalier Universitaire de Toamasina",
        "father": "RAZAFINDRAKOTO Jean Aimé",
        "father_job": "instituteur",
        "mother": "RASOAMANANA Voahangy Lalao",
        "mother_job": "commerçante",
        "parents_home": "lot 12 B Ankirihiry, Toamasina",
        "drawn_words": "quatorze juin mil neuf cent quatre-vingt-quinze",
        "officer": "RAKOTOMALALA Haja",
        "copy_words": "16 février 2026",
        "mae_date": "23 février 2026",
        "mae_no": "0318/MAE/LEG/26",
        "mae_signer": "RANDRIAMAHEFA Tiana",
        "consul_date": "2 mars 2026",
        "consul_no": "2026/1184",
        "consul_fee": "20 000 Ar",
    }
    pages = civil.madagascar_acte(acte, pk.rng("acte"))
    f1 = pk.scan_jpg("scan_0003.jpg", page_img(pages[0], 200), "acte-1", 200)
    f2 = pk.scan_jpg("scan_0004.jpg", page_img(pages[1], 200), "acte-2", 200)
    pk.add(
        "birth_certificate",
        "scan",
        [(f1, [1]), (f2, [1])],
        {
            "surname": me["surname"],
            "given_names": me["given"],
            "date_of_birth": iso(me["dob"]),
            "place_of_birth": "Toamasina",
            "issuing_country": "MDG",
            "language": "fr",
            "has_apostille": False,
        },
        "Copie d'acte de naissance in French. Madagascar is not a Hague party: the verso "
        "carries the legalisation by the Malagasy Ministry of Foreign Affairs and by the "
        "French consular section in Antananarivo, which is what the rule requires.",
    )
    # hosting route: handwritten attestation + host's ID + host's three Free bills
    att = {
        "host": "Julien MOREAU",
        "font": "hand4",
        "paragraphs": [
            (
                "Je soussigné Julien MOREAU, né le 14/03/1990 à Nantes (44), demeurant au 14 "
                "rue Mondésir, appartement 23, 44000 Nantes,"
            ),
            (
                "atteste sur l'honneur héberger à mon domicile, depuis le 5 mai 2026, mon "
                "épouse Madame RAZAFINDRAKOTO Hanitra Fanja, épouse MOREAU, née le 12/06/1995 "
                "à Toamasina (Madagascar)."
            ),
            "Je joins la copie de ma carte d'identité et mes trois dernières factures.",
            "Fait pour servir et valoir ce que de droit.",
        ],
        "place_date": "Fait à Nantes, le 09/11/2026",
    }
    img = page_img(housing.attestation_hand(att, pk.rng("att")), 150)
    f = pk.scan_jpg("attestation_hebergement.jpg", img, "att-scan", 150, 82)
    pk.add(
        "hosting_attestation",
        "scan",
        [(f, [1])],
        {
            "host_name": "Julien MOREAU",
            "hosted_name": "RAZAFINDRAKOTO Hanitra Fanja",
            "address": addr_field,
            "since_date": "2026-05-05",
            "signed_on": "2026-11-09",
            "signed": True,
        },
        "Handwritten by the host (her husband), pen signature. Names her usage name too.",
    )
    cni = {
        "number": "XK7Q2MNB5",
        "expiry": date(2033, 8, 21),
        "issued": date(2023, 8, 22),
        "authority": "Préfecture de la Loire-Atlantique",
    }
    front, back = ids.cni_fr(host, cni, pk.rng("cni"), 14)
    ppm = fx.dpi_ppm(200)
    bed = fx.on_flatbed(
        front.resize((int(85.6 * ppm), int(54 * ppm))), pk.rng("cni-bed"), ppm, at=(18, 20)
    )
    bed.paste(back.resize((int(85.6 * ppm), int(54 * ppm))), (int(18 * ppm), int(90 * ppm)))
    f = pk.image_pdf("CNI_Julien_recto_verso.pdf", [bed], "cni-scan")
    pk.add(
        "national_id",
        "image_pdf",
        [(f, [1])],
        id_fields(host, cni["number"], cni["expiry"], "FRA"),
        "The host's French identity card (2021 model), recto and verso on one scanned page.",
    )
    bill_files = []
    for i, (m, amt) in enumerate(((8, 29.99), (9, 29.99), (10, 30.49))):
        start, end = date(2026, m, 1), month_end(2026, m)
        b = {
            "holder": "Moreau Julien",
            "addr": addr,
            "email": "julien.moreau44@free.fr",
            "line_no": "FO21873344",
            "client_id": "11930845",
            "number": f"6{81402731 + i * 98}",
            "issued": date(2026, m, 2),
            "due": date(2026, m, 5),
            "amount": amt,
            "period_start": start,
            "period_end": end,
        }
        f = pk.text_pdf(
            f"Facture_Free_{2026}{m:02d}.pdf",
            housing.free_bill(b),
            title=f"Facture {b['number']}",
            author="Free",
        )
        bill_files.append(f)
        pk.add(
            "utility_bill",
            "text_pdf",
            [(f, [1, 2])],
            {
                "provider": "Free",
                "service": "internet",
                "holder_name": "Moreau Julien",
                "address": "14 RUE MONDESIR APPT 23 44000 NANTES",
                "issue_date": iso(b["issued"]),
                "period_start": iso(start),
                "period_end": iso(end),
                "amount": amt,
                "month": f"2026-{m:02d}",
            },
            "Host's Freebox bill (hosting route).",
        )
    # RIB: joint account
    acct = ("14706", "00032", "73215489001")
    iban, key = codes.fr_iban(*acct)
    r = {
        "style": "ca",
        "regional": "Atlantique Vendée",
        "bank": acct[0],
        "branch": acct[1],
        "account": acct[2],
        "key": key,
        "iban": iban,
        "bic": "AGRIFRPP847",
        "holder_lines": ["M MOREAU JULIEN", "OU MME RAZAFINDRAKOTO HANITRA", *addr],
        "branch_lines": ["CA NANTES GRASLIN", "2 PLACE GRASLIN", "44000 NANTES"],
        "footer": "Caisse Régionale de Crédit Agricole Mutuel Atlantique Vendée — 440 242 469 "
        "RCS Nantes",
    }
    f = pk.text_pdf("RIB_compte_joint.pdf", [money.rib_pdf(r)], title="RIB")
    pk.add(
        "rib",
        "text_pdf",
        [(f, [1])],
        {
            "holder_name": "M MOREAU JULIEN OU MME RAZAFINDRAKOTO HANITRA",
            "iban": iban,
            "bic": r["bic"],
            "bank_name": "Crédit Agricole Atlantique Vendée",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "Joint account of the couple; includes the applicant.",
    )
    # application form, handwritten, two phone photos
    fm = {
        "surname": me["surname"],
        "usage": "MOREAU",
        "given": me["given"],
        "sex": "F",
        "dob": me["dob"],
        "pob_city": "Toamasina",
        "pob_country": "Madagascar",
        "nationality": "Malgache",
        "address": "14 rue Mondésir, appt 23",
        "cp": "44000",
        "commune": "Nantes",
        "phone": "07 68 21 40 93",
        "email": "hanitra.moreau@gmail.com",
        "situation": "sans_activite",
        "place": "Nantes",
        "date_text": "12/11/2026",
        "signed": True,
        "hand_font": "hand2",
    }
    pages = form.form_pages(fm, "B", "hand", pk.rng("form"))
    f1 = pk.photo("IMG_20261112_101544.jpg", page_img(pages[0], 200), "form-1", rot=0)
    f2 = pk.photo("IMG_20261112_101602.jpg", page_img(pages[1], 200), "form-2", rot=270)
    pk.add(
        "application_form",
        "phone_photo",
        [(f1, [1]), (f2, [1])],
        {
            "surname": me["surname"],
            "usage_name": "MOREAU",
            "given_names": me["given"],
            "date_of_birth": iso(me["dob"]),
            "employment_status": "not_employed",
            "situation": "sans_activite",
            "signed": True,
            "signed_on": "2026-11-12",
            "date_text": "12/11/2026",
            "place": "Nantes",
            "nir": None,
        },
        "Filled by hand (print run B), page 2 photographed rotated 270°.",
    )
    req = {
        "application_form": "complete",
        "identity": "complete",
        "residence_status": "complete",
        "birth_certificate": "complete",
        "residence_proof": "complete",
        "bank_details": "complete",
        "employment": "not_applicable",
    }
    return pk.truth(
        as_of,
        False,
        req,
        None,
        {"surname": me["surname"], "given_names": me["given"], "date_of_birth": iso(me["dob"])},
    )
