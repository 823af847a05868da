"""Packet p02: Senegalese national, not employed, hosted by her French husband."""

from __future__ import annotations

from . import cards, checks, civil, form, housing, looks, money, papers
from .common import ALL_OK, bill_fields, form_fields, id_fields
from .ink import d_fr
from .packet import Packet, page_image, yymmdd

# =========================================================================== p02


def p02(out):
    dob = "1996-09-03"
    ap = {"surname": "NDIAYE", "given_names": "FATOU BINETOU", "date_of_birth": dob}
    req = dict(ALL_OK, employment="not_applicable")
    pk = Packet(out, "p02", "2026-11-24", False, ap, req, None)
    face = {"skin": (98, 66, 50), "hair": (15, 12, 10), "female": True, "scarf": (150, 60, 90)}
    addr = "14 rue des Glycines, 31400 Toulouse"

    # ---- application form: filled by hand, two phone photos (page 2 upside down)
    d = {
        "surname": "NDIAYE",
        "usage_name": "MARCHETTI",
        "given": "FATOU BINETOU",
        "sex": "F",
        "dob": dob,
        "pob_commune": "Dakar",
        "pob_pays": "Sénégal",
        "nationality": "Sénégalaise",
        "address": "14 rue des Glycines",
        "postal": "31400",
        "commune": "Toulouse",
        "phone": "07 68 21 94 05",
        "email": "fatoubinetou.ndiaye@yahoo.fr",
        "situation": "sans_activite",
        "place": "Toulouse",
        "date_text": "17/11/2026",
        "signed_on": "2026-11-17",
        "signer": "Ndiaye",
        "hand_font": "Dkg",
        "ink": "#1d2f8f",
    }
    pdf = form.cerfa(d, "B", "hand", 201)
    f1 = pk.photo(
        "IMG_20261117_101522.jpg",
        page_image(pdf, 150, 0),
        202,
        long_side=3264,
        table="light",
        fill=0.86,
        rotate=0,
    )
    f2 = pk.photo(
        "IMG_20261117_101548.jpg",
        page_image(pdf, 150, 1),
        203,
        long_side=3264,
        table="light",
        fill=0.84,
        rotate=180,
    )
    pk.add(
        [f1, f2],
        "application_form",
        "phone_photo",
        form_fields(d, employment_status="not_employed"),
        "Print run B filled by hand (fill way hand); usage name MARCHETTI (married name); "
        "page 2 photo stored upside down.",
    )

    # ---- passport and VLS-TS visa, scanned together in one PDF
    num, exp = "A02841736", "2029-02-14"
    mrz = checks.td3("SEN", "NDIAYE", "FATOU BINETOU", num, "SEN", yymmdd(dob), "F", yymmdd(exp))
    page = cards.passport_page(
        {
            "country": "SEN",
            "surname": "NDIAYE",
            "given": "FATOU BINETOU",
            "number": num,
            "nat_text": "SENEGALAISE",
            "dob": dob,
            "sex": "F",
            "pob": "DAKAR",
            "issue": "2024-02-15",
            "expiry": exp,
            "authority": "DAF DAKAR",
            "mrz": mrz,
            "face": face,
        },
        211,
    )
    book = cards.booklet(
        page, cards.page_pattern(212, tint=(236, 240, 226)).img, cover=(22, 60, 38)
    )
    vnum, vfrom, vuntil = "083145720", "2026-05-10", "2027-05-09"
    vmrz = checks.mrva(
        "D", "FRA", "NDIAYE", "FATOU BINETOU", vnum, "SEN", yymmdd(dob), "F", yymmdd(vuntil)
    )
    visa = cards.visa_sticker(
        {
            "number": vnum,
            "face": face,
            "valid_from": vfrom,
            "valid_until": vuntil,
            "days": 365,
            "issued_in": "DAKAR",
            "issued_on": "2026-04-28",
            "passport_no": num,
            "surname": "NDIAYE",
            "given": "FATOU BINETOU",
            "remark1": "VLS-TS CONJOINT DE FRANCAIS",
            "remark2": "VISA VALANT TITRE DE SEJOUR",
            "mrz": vmrz,
        },
        213,
    )
    up = cards.page_pattern(214, tint=(236, 240, 226))
    cards.entry_stamp(up, 12, 20, "22 05 26", "TOULOUSE-BLAGNAC", 215)
    vbook = cards.booklet(visa, up.img, cover=(22, 60, 38))
    pg1 = looks.card_on_page([(book, (131, 182))], 216, dpi=200, positions=[(18, 14)])
    pg2 = looks.card_on_page([(vbook, (131, 182))], 217, dpi=200, positions=[(20, 16)])
    f = pk.image_pdf("passeport_visa.pdf", [], 218, extra_pages=[pg1, pg2], producer="HP Scan")
    pk.add(
        [(f, [1])],
        "passport",
        "image_pdf",
        id_fields("NDIAYE", "FATOU BINETOU", num, "SEN", "SEN", dob, "F", exp),
        "Open booklet on the scanner. MRZ: " + " / ".join(mrz),
    )
    vf = id_fields("NDIAYE", "FATOU BINETOU", vnum, "SEN", "FRA", dob, "F", vuntil)
    vf.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": "CONJOINT DE FRANCAIS",
            "valid_from": vfrom,
            "valid_until": vuntil,
        }
    )
    pk.add(
        [(f, [2])],
        "long_stay_visa",
        "image_pdf",
        vf,
        "French type D visa sticker (VLS-TS, spouse of a French national), entry stamp "
        "22/05/2026 on the facing page. MRV-A MRZ: " + " / ".join(vmrz),
    )

    # ---- Senegalese birth certificate (scan)
    b = {
        "region": "Dakar",
        "departement": "Dakar",
        "commune": "Grand-Yoff",
        "dob": dob,
        "act_no": "2417",
        "dob_words": "Trois septembre mil neuf cent quatre-vingt-seize",
        "time_words": "14 heures 20 minutes",
        "place": "Dakar (Grand-Yoff)",
        "sex_word": "Féminin",
        "given": "Fatou Binetou",
        "surname": "NDIAYE",
        "father": "Mamadou NDIAYE",
        "mother": "Aminata SECK",
        "issued_on": "2026-01-14",
        "officer": "Diop",
    }
    f = pk.scan("extrait_naissance.jpg", page_image(civil.sn_birth(b, 221), 200), 222, dpi=200)
    pk.add(
        [f],
        "birth_certificate",
        "scan",
        {
            "surname": "NDIAYE",
            "given_names": "Fatou Binetou",
            "date_of_birth": dob,
            "place_of_birth": "Dakar (Grand-Yoff)",
            "issuing_country": "SEN",
            "language": "fr",
            "has_apostille": False,
        },
        "Extrait du registre des actes de naissance. No apostille needed: the Franco-Senegalese "
        "judicial cooperation convention of 29 March 1974 exempts civil-status acts from "
        "legalisation in France; Senegal's accession to the Apostille Convention (in force "
        "since April 2023) keeps that more favourable exemption (Hague Convention art. 8).",
    )

    # ---- attestation d'hébergement (handwritten by the husband, phone photo)
    a = {
        "title": "Attestation d'hébergement",
        "host_name": "Julien Marchetti",
        "paragraphs": [
            "Je soussigné Julien Marchetti, né le 22/11/1991 à Toulouse (31), demeurant au "
            "14 rue des Glycines, 31400 Toulouse,",
            "atteste sur l'honneur héberger à mon domicile, depuis le 22 mai 2026, mon épouse "
            "Madame Fatou Binetou Ndiaye, née le 03/09/1996 à Dakar (Sénégal).",
            "Je joins une copie de ma carte d'identité et mes trois dernières factures "
            "d'électricité.",
            "Attestation faite pour servir et valoir ce que de droit.",
        ],
        "done": "Fait à Toulouse, le 10/11/2026",
        "font": "Dkg",
        "size": 19,
    }
    f = pk.photo(
        "attestation_hebergement.jpg",
        page_image(papers.attestation_hand(a, 231), 200),
        232,
        long_side=4032,
        table="wood",
        fill=0.84,
        rotate=270,
    )
    pk.add(
        [f],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Julien Marchetti",
            "hosted_name": "Fatou Binetou Ndiaye",
            "address": addr,
            "since_date": "2026-05-22",
            "signed_on": "2026-11-10",
            "signed": True,
        },
        "Handwritten on squared paper, host is the applicant's husband; photo stored rotated "
        "270 degrees.",
    )

    # ---- host's identity card (French CNI 2021 model), scanned recto/verso
    cnum, cexp = "X7K2LP9R1", "2033-03-14"
    cmrz = checks.td1(
        "ID", "FRA", "MARCHETTI", "JULIEN PAUL", cnum, "FRA", "911122", "M", yymmdd(cexp)
    )
    cd = {
        "surname": "MARCHETTI",
        "given_printed": "JULIEN, PAUL",
        "sex": "M",
        "dob": "1991-11-22",
        "pob": "TOULOUSE (31)",
        "number": cnum,
        "expiry": cexp,
        "can": "481207",
        "face": {"skin": (222, 186, 160), "hair": (70, 50, 35)},
        "address1": "14 RUE DES GLYCINES",
        "address2": "31400 TOULOUSE",
        "issued_on": "2023-03-15",
        "authority": "Préfecture de la Haute-Garonne",
        "mrz": cmrz,
    }
    sheet = looks.card_on_page(
        [(cards.cni_front(cd, 241), (85.6, 54)), (cards.cni_back(cd, 242), (85.6, 54))],
        243,
        dpi=200,
        positions=[(15, 20), (110, 20)],
    )
    f = pk.scan("CNI_Julien_recto_verso.jpg", sheet, 244, dpi=200, gray=True)
    pk.add(
        [f],
        "national_id",
        "scan",
        id_fields("MARCHETTI", "JULIEN PAUL", cnum, "FRA", "FRA", "1991-11-22", "M", cexp),
        "Host's French identity card (2021 model), grey photocopy, recto and verso side by "
        "side; given names printed 'JULIEN, PAUL'. MRZ: " + " / ".join(cmrz),
    )

    # ---- host's three electricity bills (Aug, Sep, Oct 2026)
    months = [
        ("2026-08-01", "2026-08-31", "2026-09-04", 182, "octobre"),
        ("2026-09-01", "2026-09-30", "2026-10-05", 164, "novembre"),
        ("2026-10-01", "2026-10-31", "2026-11-04", 205, "décembre"),
    ]
    index0 = 21480
    files = [
        "Facture_TotalEnergies_2026-08.pdf",
        "Facture_TotalEnergies_2026-09.pdf",
        "IMG_20261112_190311.jpg",
    ]
    for i, (ps, pe, iss, kwh, nxt) in enumerate(months):
        _, amount = housing.energy_lines(kwh, 0.2016, 13.04)
        bill = {
            "invoice_no": f"10 4827 33{91 + i} 0{2 + i}",
            "client_no": "1 03 482 771",
            "issue_date": iss,
            "period_start": ps,
            "period_end": pe,
            "amount": amount,
            "due_date": iss[:8] + "19",
            "holder_display": "M JULIEN MARCHETTI",
            "holder_name": "JULIEN MARCHETTI",
            "address_block": ["M JULIEN MARCHETTI", "14 RUE DES GLYCINES", "31400 TOULOUSE"],
            "site_address": addr,
            "pdl": "2417 8836 0192 45",
            "kwh": kwh,
            "price": 0.2016,
            "sub": 13.04,
            "index0": index0,
            "next_month": nxt,
        }
        index0 += kwh
        pdf = housing.totalenergies_bill(bill, 251 + i)
        if i < 2:
            f = pk.text_pdf(files[i], pdf)
            look = "text_pdf"
        else:
            f = pk.photo(
                files[i], page_image(pdf, 150), 260, long_side=4000, table="cloth", fill=0.8
            )
            look = "phone_photo"
        pk.add(
            [f],
            "utility_bill",
            look,
            bill_fields(bill, "TotalEnergies", "electricity"),
            f"Host's electricity bill, period {d_fr(ps)}-{d_fr(pe)}.",
        )

    # ---- RIB: Revolut app screenshot (French IBAN of Revolut's French branch)
    acc = checks.french_iban("28233", "00001", "45178290613")
    scr = money.revolut_screen(
        {
            "time": "20:45",
            "holder": "Fatou Binetou Ndiaye",
            "iban": acc["iban"],
            "bic": "REVOFRP2",
            "bank_name": "Revolut Bank UAB",
            "bank_address": "10 avenue Kléber, 75116 Paris, France",
            "holder_address": addr + ", France",
        },
        271,
    )
    f = pk.screenshot("Screenshot_20261112-204512.png", scr)
    pk.add(
        [f],
        "rib",
        "screenshot",
        {
            "holder_name": "Fatou Binetou Ndiaye",
            "iban": acc["iban"],
            "bic": "REVOFRP2",
            "bank_name": "Revolut Bank UAB",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        f"Banking-app screen 'Coordonnées du compte' (local EUR details), French IBAN, RIB key "
        f"{acc['key']}.",
    )
    pk.write()
