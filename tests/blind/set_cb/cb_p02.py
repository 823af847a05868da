"""Packet p02: applicant from Senegal, student, titre de séjour étudiant, hosted by her
uncle: handwritten attestation d'hébergement + host's ID + host's three Free bills; in order."""

from __future__ import annotations

import random
from pathlib import Path

from cb_base import d, iban_make, month_end
from cb_bills2 import free_pdf
from cb_civil import hosting_attestation_pdf, sn_birth_pdf
from cb_form_fill import build_form
from cb_ids import cni_pdf, passport_pdf, passport_upper_pdf, titre_sejour_pdf
from cb_looks import jpeg_bytes, png_bytes, rasterize, scan_look
from cb_out import (
    Packet,
    bill_fields,
    booklet_img,
    booklet_on_bed,
    cards_on_a4,
    look_image_pdf,
    look_photo,
    page_img,
)
from cb_work import wise_screen


def build_p02(root: Path) -> None:
    rng = random.Random(10_002)
    who = {"surname": "FALL", "given_names": "MAME DIARRA", "date_of_birth": "2001-05-09"}
    pk = Packet(root, "p02", "2026-12-02", False, who)
    dob = d("2001-05-09")
    face = {
        "skin": (0.33, 0.22, 0.16),
        "hair": (0.06, 0.05, 0.05),
        "female": True,
        "bg": (0.88, 0.9, 0.93),
    }
    host_face = {"skin": (0.36, 0.25, 0.19), "hair": (0.05, 0.05, 0.05), "bg": (0.9, 0.9, 0.9)}

    # -- application form: typed on screen, printed, dated and signed by hand, two photos
    fv = {
        "surname": "FALL",
        "given": "Mame Diarra",
        "dob": dob,
        "pob_city": "Thiès",
        "pob_country": "Sénégal",
        "nationality": "sénégalaise",
        "nir": None,
        "address": "12 rue Gabriel Péri, bât. B, 3e étage",
        "cp": "94200",
        "city": "Ivry-sur-Seine",
        "tel": "06 51 29 84 07",
        "email": "mamediarra.fall@etu.u-paris.fr",
        "sex": "F",
        "situation": "etudiant",
        "place": "Ivry-sur-Seine",
        "date_text": "25/11/2026",
        "date_by_hand": True,
        "hand_font": "H-Breip",
        "typed_font": "Lib",
        "ink": (0.05, 0.05, 0.1),
    }
    form = build_form(fv, "B", "typed_print", rng)
    pages = rasterize(form, 230)
    f1 = pk.write(
        "IMG_4471.jpg", look_photo(pages[0], rng, table="light", fill=0.86, long_side=4032)
    )
    f2 = pk.write(
        "IMG_4472.jpg",
        look_photo(pages[1], rng, table="light", fill=0.84, rotate_k=3, long_side=4032),
    )
    pk.doc(
        [(f1, [1]), (f2, [1])],
        "application_form",
        "phone_photo",
        {
            "surname": "FALL",
            "given_names": "Mame Diarra",
            "date_of_birth": "2001-05-09",
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-11-25",
            "nir": None,
        },
        "typed on screen (print run B), printed; date '25/11/2026' and "
        "signature by hand; page 2 photo stored rotated 90° clockwise; situation étudiant",
    )

    # -- passport: flatbed scan of the open booklet
    sn_t, sn_g = (0.93, 0.92, 0.88), ((0.82, 0.78, 0.68), (0.7, 0.8, 0.72))
    pp = {
        "code": "SEN",
        "surname": "FALL",
        "given": "MAME DIARRA",
        "number": "A02518937",
        "nat": "SEN",
        "dob": dob,
        "sex": "F",
        "expiry": d("2028-01-17"),
        "tint": sn_t,
        "guilloche": sn_g,
        "head_col": (0.15, 0.3, 0.15),
        "face": face,
        "header": [
            ("CEDEAO  –  ECOWAS", None, 6),
            ("RÉPUBLIQUE DU SÉNÉGAL", None, 8.5),
            ("PASSEPORT / PASSPORT", None, 7),
        ],
        "rows": [
            [
                ("Type", "P", 12, None),
                ("Code du pays / Country code", "SEN", 30, None),
                ("N° de passeport / Passport No.", "A02518937", 35, None),
            ],
            [("Nom / Surname", "FALL", 60, None)],
            [("Prénoms / Given names", "MAME DIARRA", 60, None)],
            [
                ("Nationalité / Nationality", "SENEGALAISE", 36, None),
                ("Date de naissance / Date of birth", "09 MAI/MAY 2001", 36, None),
            ],
            [
                ("Sexe / Sex", "F", 14, None),
                ("Lieu de naissance / Place of birth", "THIES", 36, None),
            ],
            [
                ("Date de délivrance / Date of issue", "18 JANV/JAN 2023", 36, None),
                ("Date d'expiration / Date of expiry", "17 JANV/JAN 2028", 36, None),
            ],
        ],
    }
    pdf, mrz = passport_pdf(pp, rng)
    upper = passport_upper_pdf(rng, sn_t, sn_g, [("OBSERVATIONS / ENDORSEMENTS", None)])
    img = booklet_on_bed(booklet_img(pdf, upper, 300, (120, 25, 30)), rng, 300)
    f = pk.write("passeport_scan.jpg", jpeg_bytes(scan_look(img, rng, skew=0.3), 84))
    pk.doc(
        [(f, [1])],
        "passport",
        "scan",
        {
            "surname": "FALL",
            "given_names": "MAME DIARRA",
            "document_number": "A02518937",
            "nationality": "SEN",
            "issuing_country": "SEN",
            "date_of_birth": "2001-05-09",
            "sex": "F",
            "expiry_date": "2028-01-17",
            "mrz_valid": True,
        },
        "open booklet on an A4 scanner bed, 300 dpi; MRZ " + " / ".join(mrz),
    )

    # -- titre de séjour étudiant, front and back scanned as two files
    ts = {
        "number": "ZK3801947",
        "dob": dob,
        "sex": "F",
        "expiry": d("2027-09-14"),
        "nat": "SEN",
        "surname": "FALL",
        "given": "MAME DIARRA",
        "face": face,
        "kind": "CARTE DE SEJOUR TEMPORAIRE",
        "mention": "ETUDIANT",
        "pob": "THIES (SENEGAL)",
        "issued": d("2026-09-15"),
        "authority": "PREFECTURE DU VAL-DE-MARNE",
        "address": "12 RUE GABRIEL PERI 94200 IVRY-SUR-SEINE",
        "observations": [
            "AUTORISE L'EXERCICE A TITRE ACCESSOIRE D'UNE ACTIVITE",
            "PROFESSIONNELLE SALARIEE DANS LA LIMITE DE 60 % DE LA",
            "DUREE DE TRAVAIL ANNUELLE",
        ],
    }
    pdf, tmrz = titre_sejour_pdf(ts, rng)
    sides = rasterize(pdf, 300)
    files = []
    for side, name in zip(sides, ("titre_sejour_recto.jpg", "titre_sejour_verso.jpg")):
        files.append(
            (pk.write(name, jpeg_bytes(scan_look(side, rng, margin=60, skew=1.2), 85)), [1])
        )
    pk.doc(
        files,
        "residence_permit",
        "scan",
        {
            "surname": "FALL",
            "given_names": "MAME DIARRA",
            "document_number": "ZK3801947",
            "nationality": "SEN",
            "issuing_country": "FRA",
            "date_of_birth": "2001-05-09",
            "sex": "F",
            "expiry_date": "2027-09-14",
            "mrz_valid": True,
        },
        "carte de séjour temporaire mention ÉTUDIANT, front and back in two files; MRZ "
        + " / ".join(tmrz),
    )

    # -- birth certificate (Senegal): scanner PDF
    b = {
        "admin": [
            "RÉGION DE THIÈS",
            "DÉPARTEMENT DE THIÈS",
            "COMMUNE DE THIÈS-NORD",
            "CENTRE D'ÉTAT CIVIL PRINCIPAL",
        ],
        "year": "2001",
        "act_no": "00912",
        "rows": [
            ("Le", "neuf mai deux mil un (09/05/2001)"),
            ("À", "07 heures 45 minutes"),
            ("Est né(e) à", "Thiès"),
            ("Prénom(s)", "Mame Diarra"),
            ("Nom", "FALL"),
            ("Sexe", "Féminin"),
            ("De (prénom du père)", "Modou"),
            ("Et de (prénom et nom de la mère)", "Awa NDIAYE"),
            ("Jugement d'autorisation d'inscription", "—"),
        ],
        "place": "Thiès",
        "issued_txt": "12 juin 2025",
        "seal_ring": "RÉPUBLIQUE DU SÉNÉGAL * COMMUNE DE THIÈS-NORD",
        "seal_center": ["OFFICIER", "DE L'ÉTAT CIVIL"],
        "officer": "Ibrahima SECK",
        "footer": "Tout extrait non revêtu du cachet de l'officier de l'état civil est nul.",
    }
    f = pk.write(
        "acte_de_naissance.pdf",
        look_image_pdf(sn_birth_pdf(b, rng), rng, dpi=200, producer="HP Smart"),
    )
    pk.doc(
        [(f, [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "FALL",
            "given_names": "Mame Diarra",
            "date_of_birth": "2001-05-09",
            "place_of_birth": "Thiès",
            "issuing_country": "SEN",
            "language": "fr",
            "has_apostille": False,
        },
        "Senegal's civil-status acts are exempt from legalisation in France (Franco-"
        "Senegalese convention of 29 March 1974); no apostille required: requirement complete",
    )

    # -- hosting: handwritten attestation + host's French ID card + host's three Free bills
    host_addr = "12 rue Gabriel Péri, bât. B, 94200 Ivry-sur-Seine"
    a = {
        "font": "H-Dkg",
        "size": 15.5,
        "title": "Attestation d'hébergement",
        "lines": [
            "Je soussigné Jean-Baptiste MENDY, né le 30/11/1978",
            "  à Ziguinchor (Sénégal), demeurant au 12 rue Gabriel Péri,",
            "  bât. B, 94200 Ivry-sur-Seine, atteste sur l'honneur",
            "  héberger à mon domicile ma nièce Mlle FALL Mame Diarra,",
            "  née le 09/05/2001 à Thiès (Sénégal), depuis le",
            "  1er septembre 2025.",
            "",
            "Fait pour servir et valoir ce que de droit.",
            "  Je joins la copie de ma carte d'identité et mes",
            "  trois dernières factures.",
        ],
        "done_at": "Fait à Ivry-sur-Seine, le 20/11/2026",
    }
    img = page_img(hosting_attestation_pdf(a, rng), 230)
    f = pk.write(
        "attestation_hebergement.jpg", look_photo(img, rng, table="dark", fill=0.82, long_side=4000)
    )
    pk.doc(
        [(f, [1])],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Jean-Baptiste MENDY",
            "hosted_name": "FALL Mame Diarra",
            "address": host_addr,
            "since_date": "2025-09-01",
            "signed_on": "2026-11-20",
            "signed": True,
        },
        "written by hand in blue ink on squared paper, signed; photographed",
    )
    cni = {
        "number": "X7KR2M4P9",
        "dob": d("1978-11-30"),
        "sex": "M",
        "expiry": d("2032-06-20"),
        "surname": "MENDY",
        "given": "JEAN-BAPTISTE OUSMANE",
        "given_print": "JEAN-BAPTISTE, OUSMANE",
        "pob": "ZIGUINCHOR (SÉNÉGAL)",
        "issued": d("2022-06-21"),
        "authority": "Préfecture du Val-de-Marne",
        "face": host_face,
    }
    pdf, cmrz = cni_pdf(cni, rng)
    sheet = cards_on_a4(pdf, rng, 300)
    f = pk.write(
        "CNI_hebergeant.pdf",
        look_image_pdf(b"", rng, pages=[sheet], q=70, producer="Brother iPrint&Scan"),
    )
    pk.doc(
        [(f, [1])],
        "national_id",
        "image_pdf",
        {
            "surname": "MENDY",
            "given_names": "JEAN-BAPTISTE OUSMANE",
            "document_number": "X7KR2M4P9",
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": "1978-11-30",
            "sex": "M",
            "expiry_date": "2032-06-20",
            "mrz_valid": True,
        },
        "the host's French identity card (2021 model), both sides "
        "photocopied on one A4 page; MRZ " + " / ".join(cmrz),
    )
    for i, (m, issued) in enumerate(
        (("09", "2026-09-02"), ("10", "2026-10-02"), ("11", "2026-11-02"))
    ):
        start = d(f"2026-{m}-01")
        fb = {
            "issued": d(issued),
            "due": d(issued).replace(day=5),
            "start": start,
            "end": month_end(start),
            "invoice": str(781204536 + 1_000_317 * i),
            "client": "10948261",
            "line": "FO31842907",
            "email": "jb.mendy@free.fr",
            "holder": "MENDY Jean-Baptiste",
            "bank": "Crédit Mutuel",
            "postal": ["MENDY Jean-Baptiste", "12 RUE Gabriel Péri BAT B", "94200 IVRY SUR SEINE"],
            "site": ["12 RUE Gabriel Péri BAT B", "94200 IVRY SUR SEINE"],
            "plan": "Freebox Pop",
            "amount": 29.99,
        }
        f = pk.write(f"Free_facture_2026{m}.pdf", free_pdf(fb, rng))
        pk.doc(
            [(f, [1, 2])],
            "utility_bill",
            "text_pdf",
            bill_fields(
                "Free",
                "internet",
                "MENDY Jean-Baptiste",
                "12 RUE Gabriel Péri BAT B 94200 IVRY SUR SEINE",
                fb,
                29.99,
            ),
            "the host's bill (attestation route), layout after the public Free specimen",
        )

    # -- bank details: Wise EUR account (Belgian IBAN), app screenshot
    bban_acc = "967" + "4082157"
    bban = bban_acc + f"{(int(bban_acc) % 97) or 97:02d}"
    iban = iban_make("BE", bban)
    shot = wise_screen(
        {
            "holder": "Mame Diarra Fall",
            "iban": iban,
            "bic": "TRWIBEB1XXX",
            "bank_addr": "Wise\nRue du Trône 100, 3rd floor\nBrussels\n1050\nBelgium",
        },
        rng,
        "08:52",
    )
    f = pk.write("Wise_RIB.png", png_bytes(shot))
    pk.doc(
        [(f, [1])],
        "rib",
        "screenshot",
        {
            "holder_name": "Mame Diarra Fall",
            "iban": iban,
            "bic": "TRWIBEB1XXX",
            "bank_name": "Wise",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "Wise app 'account details' for a EUR balance; Belgian IBAN: a foreign SEPA IBAN is "
        "acceptable (SEPA Regulation 260/2012), worth an info finding only",
    )

    pk.finish(
        {
            "application_form": "complete",
            "identity": "complete",
            "residence_status": "complete",
            "birth_certificate": "complete",
            "residence_proof": "complete",
            "bank_details": "complete",
            "employment": "not_applicable",
        },
        None,
    )
