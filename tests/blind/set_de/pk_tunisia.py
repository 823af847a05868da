"""p02: applicant from Tunisia hosted by his uncle, not employed. In order."""

import civil
import ids
import money
from common import (
    bill_fields,
    check_mrz,
    form_fields,
    id_fields,
    kit_page_with,
    kit_page_with_cards,
    person,
    rib_fields,
)


# ===================================================================== p02 Tunisia
def p02(pk):
    a = {
        "form_surname": "JEBALI",
        "form_given": "Youssef",
        "dob": "2001-09-04",
        "pob_form": "Sousse, Tunisie",
        "nat_word": "Tunisienne",
        "street": "chez M. TRABELSI, 27 rue Saint-Pierre",
        "zip": "13005",
        "city": "Marseille",
        "phone": "07 68 14 92 30",
        "email": "youssef.jebali01@gmail.com",
        "form_place": "Marseille",
        "form_date": "2026-11-16",
    }
    p = person("JEBALI", "YOUSSEF", "2001-09-04", "M", "TUN", "Y6048173")
    skin = (170, 125, 90)
    f = pk.text_pdf(
        "demande_ouverture_droits_S1106.pdf",
        civil.s1106(a, pk.rng, False, "not_employed", "open"),
        "S1106 Demande d'ouverture des droits",
        "",
    )
    pk.doc(
        "application_form",
        "text_pdf",
        [(f, [1, 2])],
        form_fields(a, "not_employed"),
        "filled on screen (fillable PDF), signature drawn with a finger/mouse",
    )
    mrz = check_mrz(
        ids.td3(
            "TUN",
            "JEBALI",
            "YOUSSEF",
            p["number"],
            "TUN",
            p["date_of_birth"],
            "M",
            "2027-07-04",
            "09812764",
        )
    )
    sp = {
        "header": "RÉPUBLIQUE TUNISIENNE",
        "header_ar": "الجمهورية التونسية",
        "doc_title": "PASSEPORT / PASSPORT",
        "band": (150, 20, 30),
        "bg": (240, 236, 228),
        "gcolor": (225, 205, 200),
        "skin": skin,
        "mrz": mrz,
        "rows": [
            [("Type", "P", 1), ("Code", "TUN", 2), ("N° Passeport / Passport No.", p["number"], 3)],
            [(("Nom / Surname", "اللقب"), "JEBALI", 1)],
            [(("Prénoms / Given names", "الاسم"), "YOUSSEF", 1)],
            [("Nationalité / Nationality", "TUNISIENNE", 1), ("Sexe / Sex", "M", 3)],
            [
                (("Date de naissance / Date of birth", "تاريخ الولادة"), "04/09/2001", 1),
                ("Lieu de naissance / Place", "SOUSSE", 3),
            ],
            [
                ("Date de délivrance / Date of issue", "05/07/2022", 1),
                ("Date d'expiration / Expiry", "04/07/2027", 3),
            ],
            [("Autorité / Authority", "D.G.S.N. - TUNIS", 1)],
        ],
    }
    f = pk.photo(
        "IMG_20261118_101532.jpg", ids.passport_page(sp, pk.rng), rot=270, ppmm=24, fill=0.7
    )
    pk.doc(
        "passport",
        "phone_photo",
        [(f, [1])],
        id_fields(p, p["number"], "TUN", "2027-07-04"),
        "photo taken sideways (rotated 270°)",
    )
    # titre de séjour, recto and verso in two files
    tnum = "TS3901842"
    mrz = check_mrz(
        ids.td1(
            "IR", "FRA", tnum, p["date_of_birth"], "M", "2027-05-11", "TUN", "JEBALI", "YOUSSEF"
        )
    )
    cs = {
        "title": "TITRE DE SÉJOUR",
        "subtitle": "RESIDENCE PERMIT",
        "skin": skin,
        "mrz": mrz,
        "front_rows": [
            [("NOM / Surname", "JEBALI", 26)],
            [("PRÉNOMS / Given names", "YOUSSEF", 26)],
            [
                ("SEXE", "M", 26),
                ("NATIONALITÉ", "TUN", 38),
                ("DATE DE NAISS. / Date of birth", "04 09 2001", 58),
            ],
            [("TYPE DE TITRE", "CARTE DE SÉJOUR TEMPORAIRE", 26)],
            [("VALABLE JUSQU'AU", "11 05 2027", 26), ("N° DU DOCUMENT", tnum, 56)],
            [("REMARQUES", "VIE PRIVÉE ET FAMILIALE", 26)],
        ],
        "back_rows": [
            [("ADRESSE", "27 RUE SAINT-PIERRE 13005 MARSEILLE", 3)],
            [("LIEU DE NAISSANCE", "SOUSSE (TUN)", 3), ("DATE DE DÉLIVRANCE", "12 05 2026", 45)],
            [("AUTORITÉ", "PRÉFECTURE DES BOUCHES-DU-RHÔNE", 3)],
        ],
    }
    fr, bk = ids.card_front_back(cs, pk.rng)
    f1 = pk.card_scan("titre_sejour_recto.jpg", [fr])
    f2 = pk.card_scan("titre_sejour_verso.jpg", [bk])
    pk.doc(
        "residence_permit",
        "scan",
        [(f1, [1]), (f2, [1])],
        id_fields(p, tnum, "FRA", "2027-05-11"),
        "front and back scanned separately",
    )
    # birth certificate + apostille in one scanner PDF
    b = {
        "commune": "Sousse",
        "commune_ar": "سوسة",
        "reg_year": "2001",
        "act_no": "2874",
        "issued": "2025-12-03",
        "rows": [
            ("Prénom", "الاسم", "Youssef", "يوسف"),
            ("Nom", "اللقب", "Jebali", "الجبالي"),
            ("Sexe", "الجنس", "Masculin", "ذكر"),
            ("Date de naissance", "تاريخ الولادة", "04/09/2001", "2001/09/04"),
            ("Lieu de naissance", "مكان الولادة", "Sousse", "سوسة"),
            ("Père", "اسم الأب", "Hédi ben Mohamed Jebali", "الهادي بن محمد"),
            ("Mère", "اسم الأم ولقبها", "Samia bent Ali Trabelsi", "سامية الطرابلسي"),
            ("Nationalité", "الجنسية", "Tunisienne", "تونسية"),
        ],
    }
    ap = {
        "head": ["RÉPUBLIQUE TUNISIENNE", "Ministère des Affaires Étrangères"],
        "head_ar": "الجمهورية التونسية - وزارة الشؤون الخارجية",
        "items": [
            ("Pays / Country :", "Tunisie"),
            ("Le présent acte public a été signé par :", "M. Karim SASSI"),
            ("agissant en qualité de :", "Officier de l'état civil"),
            ("est revêtu du sceau / timbre de :", "Commune de Sousse"),
            ("à :", "Tunis"),
            ("le :", "10/12/2025"),
            ("par :", "Leïla HAMMAMI, Ministère des Affaires Étrangères"),
            ("sous n° :", "AP-2025-118406"),
            ("Sceau / timbre :", ""),
            ("Signature :", ""),
        ],
        "seal": "MINISTERE DES AFFAIRES ETRANGERES * TUNIS * ",
        "seal_c": ["APOSTILLE"],
        "seal_color": (40, 60, 150),
    }
    a4 = kit_page_with(civil.apostille(ap, pk.rng), 20, 30)
    f = pk.image_pdf("extrait_naissance_apostille.pdf", [civil.tunisia_birth(b, pk.rng), a4])
    pk.doc(
        "birth_certificate",
        "image_pdf",
        [(f, [1])],
        {
            "surname": "Jebali",
            "given_names": "Youssef",
            "date_of_birth": "2001-09-04",
            "place_of_birth": "Sousse",
            "issuing_country": "TUN",
            "language": "ar+fr",
            "has_apostille": True,
        },
        "bilingual Arabic/French extract",
    )
    pk.doc(
        "apostille",
        "image_pdf",
        [(f, [2])],
        {
            "country": "TUN",
            "issued_on": "2025-12-10",
            "number": "AP-2025-118406",
            "signed_by": "Leïla HAMMAMI",
        },
        "Tunisia is a party since 2018; on page 2",
    )
    # host: attestation, CNI, three Orange bills
    h = {
        "head": ["Mohamed Ali TRABELSI", "27 rue Saint-Pierre", "13005 Marseille"],
        "body": [
            "Je soussigné Mohamed Ali TRABELSI, né le 14/02/1969",
            "à Sfax (Tunisie), de nationalité française, demeurant",
            "au 27 rue Saint-Pierre, 13005 Marseille, atteste sur",
            "l'honneur héberger à mon domicile depuis le 15 juin 2026",
            "mon neveu, M. Youssef JEBALI, né le 04/09/2001 à Sousse",
            "(Tunisie).",
            ">Je joins la copie de ma carte d'identité et trois",
            "factures à mon nom.",
            ">Fait pour servir et valoir ce que de droit.",
        ],
        "done": "Fait à Marseille, le 10/11/2026",
    }
    f = pk.photo("attestation_hebergement.jpg", civil.hosting_attestation(h, pk.rng), ppmm=11)
    pk.doc(
        "hosting_attestation",
        "phone_photo",
        [(f, [1])],
        {
            "host_name": "Mohamed Ali TRABELSI",
            "hosted_name": "Youssef JEBALI",
            "address": "27 rue Saint-Pierre, 13005 Marseille",
            "since_date": "2026-06-15",
            "signed_on": "2026-11-10",
            "signed": True,
        },
        "handwritten on notebook paper",
    )
    u = person("TRABELSI", "MOHAMED ALI", "1969-02-14", "M", "FRA", "X7KR2M4P9")
    mrz = check_mrz(
        ids.td1(
            "ID",
            "FRA",
            u["number"],
            u["date_of_birth"],
            "M",
            "2031-06-20",
            "FRA",
            "TRABELSI",
            "MOHAMED ALI",
        )
    )
    cs = {
        "title": "CARTE NATIONALE D'IDENTITÉ",
        "subtitle": "IDENTITY CARD",
        "mrz": mrz,
        "skin": (175, 130, 95),
        "bg": (236, 232, 240),
        "gcolor": (215, 205, 230),
        "front_rows": [
            [("NOM / Surname", "TRABELSI", 26)],
            [("Prénoms / Given names", "MOHAMED ALI", 26)],
            [("SEXE / Sex", "M", 26), ("NATIONALITÉ / Nationality", "FRA", 44)],
            [
                ("DATE DE NAISS. / Date of birth", "14 02 1969", 26),
                ("LIEU DE NAISSANCE", "SFAX (TUNISIE)", 56),
            ],
            [("N° DU DOCUMENT / Document No", u["number"], 26)],
            [("DATE D'EXPIR. / Expiry date", "20 06 2031", 26)],
        ],
        "back_rows": [
            [("ADRESSE / Address", "27 RUE SAINT-PIERRE 13005 MARSEILLE", 3)],
            [("DATE DE DÉLIVRANCE", "21 06 2021", 3)],
            [("AUTORITÉ", "PRÉFECTURE DES BOUCHES-DU-RHÔNE", 3)],
        ],
    }
    fr, bk = ids.card_front_back(cs, pk.rng)
    a4 = kit_page_with_cards([fr, bk])
    f = pk.image_pdf("CNI_oncle.pdf", [a4])
    pk.doc(
        "national_id",
        "image_pdf",
        [(f, [1])],
        id_fields(u, u["number"], "FRA", "2031-06-20"),
        "host's French ID card (2021 model), both sides photocopied on one page",
    )
    addr = ["27 RUE SAINT PIERRE", "13005 MARSEILLE"]
    for i, (mon, start, end, issue, amount) in enumerate(
        [
            ("aout", "2026-08-01", "2026-08-31", "2026-09-04", 42.99),
            ("sept", "2026-09-01", "2026-09-30", "2026-10-04", 42.99),
            ("oct", "2026-10-01", "2026-10-31", "2026-11-04", 45.49),
        ]
    ):
        bl = [("Forfait Livebox Fibre", 39.99), ("Décodeur TV UHD", 3.0)]
        if amount > 43:
            bl.append(("Communications hors forfait", 2.5))
        bd = {
            "no": f"0{734 + i}2 61 {480 + i * 7}",
            "client": "1203 4457 8811",
            "issue": issue,
            "start": start,
            "end": end,
            "amount": amount,
            "debit": issue[:8] + "19",
            "iban_end": "0317",
            "holder_print": "M MOHAMED ALI TRABELSI",
            "addr_lines": addr,
            "lines": bl,
        }
        f = pk.text_pdf(
            f"facture_orange_{mon}2026.pdf",
            [money.orange_bill(bd, pk.rng)],
            "Facture Orange",
            "Orange",
        )
        pk.doc(
            "utility_bill",
            "text_pdf",
            [(f, [1])],
            bill_fields(
                "Orange",
                "internet",
                "MOHAMED ALI TRABELSI",
                "27 rue Saint Pierre, 13005 Marseille",
                bd,
            ),
            "host's bill",
        )
    # Revolut screenshot (LT IBAN)
    iban = ids.make_iban("LT", "3250048213765904")
    r = {
        "holder": "Youssef Jebali",
        "iban": iban,
        "bic": "REVOLT21",
        "bank_name": "Revolut Bank UAB",
        "bank_addr": "Konstitucijos ave. 21B, 08130 Vilnius",
        "clock": "18:42",
    }
    f = pk.png("Screenshot_20261117-184210.png", money.revolut_screen(r, pk.rng))
    pk.doc(
        "rib",
        "screenshot",
        [(f, [1])],
        rib_fields("Youssef Jebali", iban, "REVOLT21", "Revolut Bank UAB", None),
        "Lithuanian SEPA IBAN: acceptable, information only",
    )
    pk.finish(
        "2026-11-24",
        False,
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
        {"surname": "JEBALI", "given_names": "YOUSSEF", "date_of_birth": "2001-09-04"},
    )
