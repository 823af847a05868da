"""Packet p03: Filipino national, employed (CDI contract), three bills in her name."""

from __future__ import annotations

from . import cards, checks, civil, form, housing, looks, money, papers
from .common import ALL_OK, bill_fields, form_fields, id_fields
from .ink import d_fr
from .packet import Packet, page_image, yymmdd

# =========================================================================== p03


def p03(out):
    dob = "1995-02-14"
    ap = {"surname": "DELA CRUZ", "given_names": "MARIA ANGELICA", "date_of_birth": dob}
    pk = Packet(out, "p03", "2026-11-27", True, ap, dict(ALL_OK), None)
    face = {"skin": (200, 160, 125), "hair": (20, 16, 14), "female": True, "long_hair": True}
    addr = "112 cours Gambetta, 69007 Lyon"

    # ---- application form: the fillable PDF itself, signature image pasted in the box
    d = {
        "surname": "DELA CRUZ",
        "usage_name": "",
        "given": "MARIA ANGELICA",
        "sex": "F",
        "dob": dob,
        "pob_commune": "Quezon City",
        "pob_pays": "Philippines",
        "nationality": "Philippine",
        "address": "112 cours Gambetta, appt 31",
        "postal": "69007",
        "commune": "Lyon",
        "phone": "07 45 83 20 61",
        "email": "mariaangelica.dc@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "profession": "Aide-soignante",
        "place": "Lyon",
        "date_text": "20/11/2026",
        "signed_on": "2026-11-20",
        "signer": "Dela Cruz",
    }
    f = pk.text_pdf("S1106_formulaire_rempli.pdf", form.cerfa(d, "A", "acroform", 301))
    pk.add(
        [(f, [1, 2])],
        "application_form",
        "text_pdf",
        form_fields(d),
        "Print run A as a fillable PDF (fill way acroform): values in AcroForm fields with "
        "appearance streams, handwritten signature pasted as an image.",
    )

    # ---- passport: flatbed scan saved as PNG
    num, exp = "P4829173B", "2033-08-09"
    mrz = checks.td3(
        "PHL", "DELA CRUZ", "MARIA ANGELICA", num, "PHL", yymmdd(dob), "F", yymmdd(exp)
    )
    page = cards.passport_page(
        {
            "country": "PHL",
            "surname": "DELA CRUZ",
            "given": "MARIA ANGELICA",
            "middle": "SANTOS",
            "number": num,
            "nat_text": "FILIPINO",
            "dob": dob,
            "sex": "F",
            "pob": "QUEZON CITY",
            "issue": "2023-08-10",
            "expiry": exp,
            "authority": "DFA MANILA",
            "mrz": mrz,
            "face": face,
        },
        311,
    )
    book = cards.booklet(
        page, cards.page_pattern(312, tint=(240, 234, 242)).img, cover=(70, 25, 45)
    )
    sheet = looks.card_on_page([(book, (131, 182))], 313, dpi=200, positions=[(40, 30)])
    f = pk.scan("passport_scan.png", sheet, 314, dpi=200)
    pk.add(
        [f],
        "passport",
        "scan",
        id_fields("DELA CRUZ", "MARIA ANGELICA", num, "PHL", "PHL", dob, "F", exp),
        "Middle name SANTOS printed on its own line (not part of the MRZ). MRZ: " + " / ".join(mrz),
    )

    # ---- VLS-TS 'salarié': phone photo of the visa page
    vnum, vfrom, vuntil = "091274385", "2026-06-01", "2027-05-31"
    vmrz = checks.mrva(
        "D", "FRA", "DELA CRUZ", "MARIA ANGELICA", vnum, "PHL", yymmdd(dob), "F", yymmdd(vuntil)
    )
    visa = cards.visa_sticker(
        {
            "number": vnum,
            "face": face,
            "valid_from": vfrom,
            "valid_until": vuntil,
            "days": 365,
            "issued_in": "MANILLE",
            "issued_on": "2026-05-15",
            "passport_no": num,
            "surname": "DELA CRUZ",
            "given": "MARIA ANGELICA",
            "remark1": "VLS-TS SALARIE",
            "remark2": "VISA VALANT TITRE DE SEJOUR",
            "mrz": vmrz,
        },
        321,
    )
    up = cards.page_pattern(322, tint=(240, 234, 242))
    cards.entry_stamp(up, 60, 30, "09 06 26", "LYON ST-EXUPERY", 323)
    vbook = cards.booklet(visa, up.img, cover=(70, 25, 45))
    f = pk.photo(
        "IMG_4471.jpg", vbook, 324, long_side=4032, rotate=270, table="cloth", fill=0.8, card=True
    )
    vf = id_fields("DELA CRUZ", "MARIA ANGELICA", vnum, "PHL", "FRA", dob, "F", vuntil)
    vf.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": "SALARIE",
            "valid_from": vfrom,
            "valid_until": vuntil,
        }
    )
    pk.add(
        [f],
        "long_stay_visa",
        "phone_photo",
        vf,
        "VLS-TS 'salarié' sticker; photo stored rotated 270 degrees. MRV-A MRZ: "
        + " / ".join(vmrz),
    )

    # ---- PSA birth certificate + DFA apostille (one scanned PDF)
    b = {
        "province": "METRO MANILA",
        "city": "QUEZON CITY",
        "registry_no": "95-04127",
        "first": "MARIA ANGELICA",
        "middle": "SANTOS",
        "last": "DELA CRUZ",
        "sex_word": "FEMALE",
        "dob_text": "14  FEBRUARY  1995",
        "hospital": "QUEZON CITY GENERAL HOSPITAL",
        "mother": ("TERESITA", "REYES", "SANTOS"),
        "father": ("ROMEO", "BAUTISTA", "DELA CRUZ"),
        "residence": "23 MAGINHAWA ST., TEACHERS VILLAGE, QUEZON CITY",
        "marriage": "JUNE 10, 1990  QUEZON CITY",
        "registered": "FEBRUARY 28, 1995",
        "registrar": "Rosalinda M. Pascual",
        "secpa": "E04127731",
        "attendant": "DR. ELENA G. VILLAROMAN",
        "prepared_by": "NORMA T. CASTILLO",
        "received_by": "RICARDO P. LUMABAN",
        "breqs": "5130-2026-0384417",
        "issued_on": "2026-03-30",
    }
    a = {
        "style": "ph",
        "country": "Republic of the Philippines",
        "signed_by": "ROSALINDA M. PASCUAL",
        "capacity": "Civil Registrar General, Philippine Statistics Authority",
        "seal_of": "Philippine Statistics Authority",
        "at": "Manila",
        "date_text": "21 April 2026",
        "by": "Department of Foreign Affairs, Office of Consular Affairs, Authentication Division",
        "number": "AP-2026-0482719",
        "seal_text": "DEPARTMENT OF FOREIGN AFFAIRS * PHILIPPINES *",
        "seal_inner": ["DFA", "APOSTILLE"],
        "seal_color": "#1d3b8a",
        "signed_by_official": "Jose Ramon T. Aquino",
    }
    f = pk.image_pdf(
        "PSA_birth_certificate_apostille.pdf",
        [civil.ph_birth(b, 331), papers.apostille(a, 332)],
        333,
    )
    pk.add(
        [(f, [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "DELA CRUZ",
            "given_names": "MARIA ANGELICA",
            "date_of_birth": dob,
            "place_of_birth": "Quezon City",
            "issuing_country": "PHL",
            "language": "en",
            "has_apostille": True,
        },
        "PSA copy of the Certificate of Live Birth (Municipal Form 102) on security paper.",
    )
    pk.add(
        [(f, [2])],
        "apostille",
        "image_pdf",
        {
            "country": "Republic of the Philippines",
            "issued_on": "2026-04-21",
            "number": "AP-2026-0482719",
            "signed_by": "ROSALINDA M. PASCUAL",
        },
        "DFA apostille (Philippines party to the Hague Convention since 14 May 2019); "
        "signed_by is item 2 (signer of the public document).",
    )

    # ---- three SFR internet bills in her name (Aug, Sep, Oct 2026)
    months = [
        ("2026-08-01", "2026-08-31", "2026-09-03"),
        ("2026-09-01", "2026-09-30", "2026-10-03"),
        ("2026-10-01", "2026-10-31", "2026-11-03"),
    ]
    for i, (ps, pe, iss) in enumerate(months):
        bill = {
            "invoice_no": f"SF{26080 + i * 10}4417{i}",
            "client_no": "0 4417 392 118",
            "line": "09 81 27 44 16",
            "issue_date": iss,
            "period_start": ps,
            "period_end": pe,
            "amount": 38.99,
            "due_date": iss[:8] + "13",
            "holder_display": "Mme Maria Angelica DELA CRUZ",
            "holder_name": "Maria Angelica DELA CRUZ",
            "address_block": [
                "MME MARIA ANGELICA DELA CRUZ",
                "112 COURS GAMBETTA",
                "APPT 31",
                "69007 LYON",
            ],
            "site_address": addr,
        }
        pdf = housing.sfr_bill(bill, 341 + i)
        if i < 2:
            f = pk.text_pdf(f"facture_SFR_{ps[:7]}.pdf", pdf)
            look = "text_pdf"
        else:
            scr = looks.app_viewer_screenshot(
                page_image(pdf, 150), "Facture d'octobre", "08:12", 349
            )
            f = pk.screenshot("IMG_4502.PNG", scr)
            look = "screenshot"
        pk.add(
            [f],
            "utility_bill",
            look,
            bill_fields(bill, "SFR", "internet"),
            f"SFR box bill, period {d_fr(ps)}-{d_fr(pe)}.",
        )

    # ---- CDI contract (signed, scanned)
    siren, siret = checks.siret("84019362", "0015")
    k = {
        "employer_par": "La société RÉSIDENCES SANTÉ RHÔNE, SAS au capital de 250 000 euros, "
        f"immatriculée au RCS de Lyon sous le numéro {siren}, SIRET {siret}, dont le siège "
        "social est situé 24 rue de Gerland, 69007 Lyon, exploitant l'EHPAD « Les Jardins de "
        "Gerland », représentée par Madame Sandrine MOREL-VIDAL, en sa qualité de Directrice "
        "des ressources humaines, ci-après dénommée « l'Employeur », d'une part,",
        "employee_par": "Madame Maria Angelica DELA CRUZ, née le 14 février 1995 à Quezon City "
        "(Philippines), de nationalité philippine, demeurant 112 cours Gambetta, appartement "
        "31, 69007 Lyon, titulaire d'un visa de long séjour valant titre de séjour portant la "
        f"mention « salarié » n° {vnum} valable jusqu'au 31/05/2027, ci-après dénommée « la "
        "Salariée », d'autre part,",
        "articles": [
            (
                "Article 1 - Engagement",
                "La Salariée est engagée à compter du 15 juin 2026 pour "
                "une durée indéterminée, sous réserve des résultats de la visite d'information et "
                "de prévention. La déclaration préalable à l'embauche a été effectuée auprès de "
                "l'URSSAF Rhône-Alpes.",
            ),
            (
                "Article 2 - Fonctions",
                "La Salariée exercera les fonctions d'aide-soignante "
                "(emploi : Aide-soignante, coefficient 239), au sein de l'EHPAD « Les Jardins de "
                "Gerland ». Le contrat est régi par la Convention collective nationale de "
                "l'hospitalisation privée du 18 avril 2002 (IDCC 2264).",
            ),
            (
                "Article 3 - Période d'essai",
                "Le présent contrat ne deviendra définitif qu'à "
                "l'issue d'une période d'essai de deux mois de travail effectif, au cours de "
                "laquelle chacune des parties pourra y mettre fin dans les conditions légales.",
            ),
            (
                "Article 4 - Durée du travail",
                "La durée hebdomadaire de travail est fixée à 35 "
                "heures, réparties selon un planning communiqué au moins quinze jours à l'avance, "
                "incluant des week-ends et jours fériés par roulement.",
            ),
            (
                "Article 5 - Rémunération",
                "En contrepartie de son travail, la Salariée percevra "
                "une rémunération mensuelle brute de 2 015,00 euros pour 151,67 heures, à "
                "laquelle s'ajoutent les primes conventionnelles (prime dimanche et jours "
                "fériés).",
            ),
            (
                "Article 6 - Congés payés",
                "La Salariée bénéficiera des congés payés prévus par "
                "la loi et la convention collective, soit deux jours et demi ouvrables par mois "
                "de travail effectif.",
            ),
            (
                "Article 7 - Protection sociale",
                "La Salariée sera affiliée au régime général de "
                "la sécurité sociale, à la caisse de retraite complémentaire AGIRC-ARRCO et au "
                "régime de prévoyance et de frais de santé en vigueur dans l'entreprise.",
            ),
            (
                "Article 8 - Rupture du contrat",
                "Après la période d'essai, le contrat pourra "
                "être rompu à l'initiative de l'une ou l'autre des parties dans le respect des "
                "dispositions légales et conventionnelles, notamment en matière de préavis.",
            ),
        ],
        "city": "Lyon",
        "signed_on": "2026-06-02",
        "signatory": "Sandrine Morel-Vidal",
        "employee_sig": "Dela Cruz",
        "initials": "MADC",
    }
    f = pk.image_pdf("contrat_travail_CDI.pdf", [money.cdi_contract(k, 351)], 352, gray=True)
    npages = len(looks.rasterize(money.cdi_contract(k, 351), 20))
    pk.add(
        [(f, list(range(1, npages + 1)))],
        "employment_contract",
        "image_pdf",
        {
            "employer": "RÉSIDENCES SANTÉ RHÔNE",
            "employee_name": "Maria Angelica DELA CRUZ",
            "contract_type": "CDI",
            "job_title": "Aide-soignante",
            "start_date": "2026-06-15",
        },
        f"Signed CDI, scanned in grey; employer SIRET {siret}.",
    )

    # ---- RIB Crédit Agricole Centre-Est, printed and photographed
    acc = checks.french_iban("17806", "00420", "04812345000")
    r = {
        "holder_block": [
            "MME DELA CRUZ MARIA ANGELICA",
            "112 COURS GAMBETTA APPT 31",
            "69007 LYON",
        ],
        "domiciliation": "CA CENTRE-EST LYON JEAN MACE",
        "bank": acc["bank"],
        "branch": acc["branch"],
        "account": acc["account"],
        "key": acc["key"],
        "iban": acc["iban"],
        "bic": "AGRIFRPP878",
        "region": "Centre-Est",
        "footer": "Caisse régionale de Crédit Agricole Mutuel Centre-Est - société coopérative "
        "à capital variable - 1 rue Pierre de Truchis de Lays 69410 Champagne-au-"
        "Mont-d'Or",
    }
    pdf = money.rib_pdf(r, 361, "ca")
    f = pk.photo("RIB.jpg", page_image(pdf, 150), 362, long_side=3264, table="light", fill=0.8)
    pk.add(
        [f],
        "rib",
        "phone_photo",
        {
            "holder_name": "DELA CRUZ MARIA ANGELICA",
            "iban": acc["iban"],
            "bic": "AGRIFRPP878",
            "bank_name": "Crédit Agricole Centre-Est",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        f"Printed RIB photographed on a desk; RIB key {acc['key']}.",
    )
    pk.write()
