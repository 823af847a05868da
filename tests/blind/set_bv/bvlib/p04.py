"""Packet p04: British national; one defect: the three bills leave a gap (October)."""

from __future__ import annotations

from . import cards, checks, civil, form, housing, looks, money, papers
from .common import ALL_OK, bill_fields, form_fields, id_fields
from .ink import d_fr
from .packet import Packet, page_image, yymmdd

# =========================================================================== p04


def p04(out):
    dob = "1961-07-03"
    ap = {"surname": "O'CONNOR-WHITE", "given_names": "ELIZABETH ANNE", "date_of_birth": dob}
    req = dict(ALL_OK, employment="not_applicable", residence_proof="invalid")
    pk = Packet(
        out,
        "p04",
        "2026-11-20",
        False,
        ap,
        req,
        "residence_proof: the three Orange bills cover August, September and November "
        "2026; October is missing, so the months are not consecutive",
    )
    face = {"skin": (232, 200, 182), "hair": (150, 140, 135), "female": True, "long_hair": True}
    addr = "Lieu-dit La Borie Haute, 24220 Saint-Cyprien"

    # ---- application form: by hand in black ink, two flatbed scans
    d = {
        "surname": "O'CONNOR-WHITE",
        "usage_name": "",
        "given": "ELIZABETH ANNE",
        "sex": "F",
        "dob": dob,
        "pob_commune": "Leeds",
        "pob_pays": "Royaume-Uni",
        "nationality": "Britannique",
        "address": "Lieu-dit La Borie Haute",
        "postal": "24220",
        "commune": "Saint-Cyprien",
        "phone": "06 31 77 58 20",
        "email": "liz.oconnorwhite@btinternet.com",
        "situation": "sans_activite",
        "place": "Saint-Cyprien",
        "date_text": "12/11/2026",
        "signed_on": "2026-11-12",
        "signer": "Elizabeth O'Connor-White",
        "hand_font": "Breip",
        "ink": "#1a1a22",
    }
    pdf = form.cerfa(d, "B", "hand", 401)
    f1 = pk.scan("Scan_20261112_0001.jpg", page_image(pdf, 200, 0), 402, dpi=200)
    f2 = pk.scan("Scan_20261112_0002.jpg", page_image(pdf, 200, 1), 403, dpi=200)
    pk.add(
        [f1, f2],
        "application_form",
        "scan",
        form_fields(d, employment_status="not_employed"),
        "Print run B filled by hand in black ink (fill way hand), one JPEG per page.",
    )

    # ---- UK passport, scan
    num, exp = "548213906", "2029-03-11"
    mrz = checks.td3(
        "GBR", "O'CONNOR-WHITE", "ELIZABETH ANNE", num, "GBR", yymmdd(dob), "F", yymmdd(exp)
    )
    page = cards.passport_page(
        {
            "country": "GBR",
            "surname": "O'CONNOR-WHITE",
            "given": "ELIZABETH ANNE",
            "number": num,
            "nat_text": "BRITISH CITIZEN",
            "dob": dob,
            "sex": "F",
            "pob": "LEEDS",
            "issue": "2019-03-11",
            "expiry": exp,
            "authority": "HMPO",
            "mrz": mrz,
            "face": face,
        },
        411,
    )
    book = cards.booklet(
        page, cards.page_pattern(412, tint=(244, 236, 240)).img, cover=(80, 20, 40)
    )
    sheet = looks.card_on_page([(book, (131, 182))], 413, dpi=200, positions=[(12, 12)])
    f = pk.scan("passport.jpg", sheet, 414, dpi=200)
    pk.add(
        [f],
        "passport",
        "scan",
        id_fields("O'CONNOR-WHITE", "ELIZABETH ANNE", num, "GBR", "GBR", dob, "F", exp),
        "The MRZ drops the apostrophe and turns the hyphen into a filler. MRZ: " + " / ".join(mrz),
    )

    # ---- carte de séjour 'visiteur': two phone photos (front, back)
    tnum, texp = "KV2591834", "2027-05-13"
    tmrz = checks.td1(
        "IR", "FRA", "O'CONNOR-WHITE", "ELIZABETH ANNE", tnum, "GBR", yymmdd(dob), "F", yymmdd(texp)
    )
    t = {
        "number": tnum,
        "surname": "O'CONNOR-WHITE",
        "given": "ELIZABETH ANNE",
        "sex": "F",
        "nationality": "GBR",
        "dob": dob,
        "permit_type": "CARTE DE SÉJOUR TEMPORAIRE",
        "expiry": texp,
        "remarks": "VISITEUR",
        "face": face,
        "address1": "LIEU-DIT LA BORIE HAUTE",
        "address2": "24220 SAINT-CYPRIEN",
        "pob": "LEEDS (ROYAUME-UNI)",
        "issued_on": "2026-05-14",
        "authority": "PRÉFECTURE DE LA DORDOGNE",
        "mrz": tmrz,
    }
    f1 = pk.photo(
        "carte_sejour_recto.jpg",
        cards.permit_front(t, 421),
        422,
        long_side=4000,
        table="wood",
        fill=0.62,
        card=True,
    )
    f2 = pk.photo(
        "carte_sejour_verso.jpg",
        cards.permit_back(t, 423),
        424,
        long_side=4000,
        table="wood",
        fill=0.62,
        card=True,
        rotate=180,
    )
    pk.add(
        [f1, f2],
        "residence_permit",
        "phone_photo",
        id_fields("O'CONNOR-WHITE", "ELIZABETH ANNE", tnum, "GBR", "FRA", dob, "F", texp),
        "Carte de séjour temporaire 'visiteur'; front and back photographed separately, the "
        "back upside down. MRZ: " + " / ".join(tmrz),
    )

    # ---- GRO certified copy + FCDO apostille (scanned PDF) and a sworn translation
    b = {
        "application_no": "G 2841736/1",
        "year": "1961",
        "district": "Leeds",
        "subdistrict": "Leeds North East",
        "county": "County Borough of Leeds",
        "columns": [
            ["214"],
            ["Third", "July 1961", "St James's", "Hospital", "Leeds"],
            ["Elizabeth", "Anne"],
            ["Girl"],
            ["Patrick Joseph", "O'CONNOR-", "WHITE"],
            ["Margaret Mary", "O'CONNOR-", "WHITE", "formerly", "KELLY"],
            ["School-", "teacher"],
            ["M. M. O'Connor-", "White", "Mother", "27 Harehills", "Lane, Leeds 8"],
            ["Twenty-", "fifth July", "1961"],
            ["J. Whitaker", "Registrar"],
            [],
        ],
        "given_on_words": "4th day of February 2026",
        "serial": "BXCF 481207",
    }
    a = {
        "style": "uk",
        "country": "United Kingdom of Great Britain and Northern Ireland",
        "signed_by": "R. Whitfield",
        "capacity": "Officer of the General Register Office",
        "seal_of": "The General Register Office",
        "at": "Milton Keynes",
        "date_text": "18 February 2026",
        "by": "His Majesty's Principal Secretary of State for Foreign, Commonwealth and "
        "Development Affairs",
        "number": "K4820117",
        "seal_text": "FOREIGN COMMONWEALTH & DEVELOPMENT OFFICE *",
        "seal_inner": ["APOSTILLE"],
        "seal_color": "#202060",
        "signed_by_official": "H. Carrow",
    }
    f = pk.image_pdf(
        "birth_certificate_apostille.pdf", [civil.uk_birth(b, 431), papers.apostille(a, 432)], 433
    )
    pk.add(
        [(f, [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "O'CONNOR-WHITE",
            "given_names": "Elizabeth Anne",
            "date_of_birth": dob,
            "place_of_birth": "St James's Hospital, Leeds",
            "issuing_country": "GBR",
            "language": "en",
            "has_apostille": True,
        },
        "GRO certified copy (landscape), entries handwritten; the child's surname is the "
        "parents' surname (column 5/6).",
    )
    pk.add(
        [(f, [2])],
        "apostille",
        "image_pdf",
        {
            "country": "United Kingdom of Great Britain and Northern Ireland",
            "issued_on": "2026-02-18",
            "number": "K4820117",
            "signed_by": "R. Whitfield",
        },
        "FCDO apostille (UK party to the Hague Convention); signed_by is item 2.",
    )
    tr = {
        "translator": "Catherine DELMAS-FAURE",
        "header": [
            "Traductrice-interprète expert près la Cour d'appel de Bordeaux",
            "Anglais - Français",
            "12 rue Taillefer, 24000 Périgueux",
            "Tél. 05 53 08 41 27 - c.delmas-faure@traduction-perigord.fr",
        ],
        "subtitle": "Traduit de l'anglais - document original : Certified copy of an entry "
        "of birth (Royaume-Uni)",
        "title": "COPIE CERTIFIÉE CONFORME D'UNE INSCRIPTION DE NAISSANCE",
        "intro": [
            "Délivrée au Bureau général de l'état civil (General Register Office)",
            "District d'enregistrement : Leeds",
            "1961 - NAISSANCE dans le sous-district de Leeds Nord-Est, County Borough de Leeds",
        ],
        "rows": [
            ("1. N°", "214"),
            ("2. Date et lieu de naissance", "trois juillet 1961, hôpital St James's, Leeds"),
            ("3. Prénoms", "Elizabeth Anne"),
            ("4. Sexe", "fille"),
            ("5. Nom et prénoms du père", "Patrick Joseph O'CONNOR-WHITE"),
            (
                "6. Nom et prénoms de la mère",
                "Margaret Mary O'CONNOR-WHITE, née KELLY (nom de jeune fille)",
            ),
            ("7. Profession du père", "enseignant"),
            ("8. Déclarant", "M. M. O'Connor-White, mère, 27 Harehills Lane, Leeds 8"),
            ("9. Date de l'enregistrement", "vingt-cinq juillet 1961"),
            ("10. Officier de l'état civil", "J. Whitaker, officier de l'état civil"),
            (
                "Mentions",
                "Copie délivrée le 4 février 2026, n° BXCF 481207. Apostille "
                "n° K4820117 du 18 février 2026 (Milton Keynes).",
            ),
        ],
        "certification": "Je soussignée, Catherine DELMAS-FAURE, traductrice-interprète "
        "expert près la Cour d'appel de Bordeaux, certifie que la présente "
        "traduction est conforme à l'original rédigé en langue anglaise qui "
        "m'a été présenté.",
        "done": "Fait à Périgueux, le 03/03/2026",
        "register": "Inscrite au répertoire sous le n° 2026/0417",
        "register_no": "2026/0417",
        "stamp_outer": "CATHERINE DELMAS-FAURE * EXPERT TRADUCTEUR *",
        "stamp_inner": ["ANGLAIS", "CA BORDEAUX"],
    }
    f = pk.text_pdf("traduction_acte_naissance.pdf", papers.translation(tr, 441))
    pk.add(
        [f],
        "translation",
        "text_pdf",
        {
            "source_language": "en",
            "target_language": "fr",
            "translator": "Catherine DELMAS-FAURE",
            "translated_type": "birth_certificate",
        },
        "Sworn translation of the birth certificate and its apostille (not required up front).",
    )

    # ---- Orange bills: August, September, November 2026 (October missing: the defect)
    months = [
        ("2026-08-01", "2026-08-31", "2026-08-03", "text_pdf"),
        ("2026-09-01", "2026-09-30", "2026-09-03", "scan"),
        ("2026-11-01", "2026-11-30", "2026-11-03", "text_pdf"),
    ]
    for i, (ps, pe, iss, look) in enumerate(months):
        bill = {
            "invoice_no": f"FA{iss[2:4]}{iss[5:7]}-0{5531 + i}7",
            "client_no": "0553 071 446",
            "line": "05 53 29 61 08",
            "issue_date": iss,
            "period_start": ps,
            "period_end": pe,
            "amount": 49.99,
            "due_date": iss[:8] + "18",
            "holder_display": "MME ELIZABETH ANNE O'CONNOR-WHITE",
            "holder_name": "ELIZABETH ANNE O'CONNOR-WHITE",
            "address_block": [
                "MME ELIZABETH ANNE O'CONNOR-WHITE",
                "LIEU-DIT LA BORIE HAUTE",
                "24220 SAINT-CYPRIEN",
            ],
            "site_address": addr,
        }
        pdf = housing.orange_bill(bill, 451 + i)
        if look == "text_pdf":
            f = pk.text_pdf(f"facture_orange_{ps[:7]}.pdf", pdf)
        else:
            f = pk.scan(f"facture_orange_{ps[:7]}.jpg", page_image(pdf, 200), 455, dpi=200)
        pk.add(
            [f],
            "utility_bill",
            look,
            bill_fields(bill, "Orange", "internet"),
            f"Orange Livebox bill, subscription billed for {d_fr(ps)}-{d_fr(pe)}.",
        )

    # ---- RIB LCL (scanned PDF); account number with a letter
    acc = checks.french_iban("30002", "06218", "0000481927K")
    r = {
        "holder_block": [
            "MME O'CONNOR-WHITE ELIZABETH ANNE",
            "LIEU-DIT LA BORIE HAUTE",
            "24220 SAINT-CYPRIEN",
        ],
        "domiciliation": "LCL SARLAT",
        "bank": acc["bank"],
        "branch": acc["branch"],
        "account": acc["account"],
        "key": acc["key"],
        "iban": acc["iban"],
        "bic": "CRLYFRPP",
        "footer": "LCL - Le Crédit Lyonnais - SA au capital de 2 037 713 591 EUR - SIREN 954 "
        "509 741 - RCS Lyon - Siège social : 18 rue de la République 69002 Lyon",
    }
    f = pk.image_pdf("RIB_LCL.pdf", [money.rib_pdf(r, 461, "lcl")], 462)
    pk.add(
        [(f, [1])],
        "rib",
        "image_pdf",
        {
            "holder_name": "O'CONNOR-WHITE ELIZABETH ANNE",
            "iban": acc["iban"],
            "bic": "CRLYFRPP",
            "bank_name": "LCL",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        f"Account number contains a letter (K maps to 2 in the RIB key); RIB key {acc['key']}.",
    )
    pk.write()
