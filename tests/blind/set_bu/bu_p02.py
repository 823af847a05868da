"""Packet p02 (Türkiye, student, bail meublé, Crédit Mutuel RIB)."""

from __future__ import annotations

import random

import bu_build as B
import bu_docs_civil as C
import bu_docs_fr as F
import bu_docs_id as D
import bu_util as U
from bu_consts import ALL_OK, CM
from generate import phone, scans


def p02(pk, rng: random.Random):
    sur, giv, dob = "KÜÇÜKŞAHİN", "ÖMER ÇAĞRI", "2002-09-03"
    msur, mgiv = "KUCUKSAHIN", "OMER CAGRI"
    addr_one = "8 rue Très-Cloîtres, Résidence Le Vercors, Apt 214, 38000 Grenoble"
    pp, pf, _ = B.passport(
        rng,
        {
            "surname": sur,
            "given": giv,
            "mrz_sur": msur,
            "mrz_giv": mgiv,
            "number": "U23817465",
            "nat": "TUR",
            "country": "TUR",
            "dob": dob,
            "sex": "M",
            "exp": "2034-05-13",
            "optional": "21874536920",
            "style": {
                "tint": (0.95, 0.93, 0.9),
                "guil": (0.88, 0.75, 0.75),
                "header": [
                    ("TÜRKİYE CUMHURİYETİ", "SansB", 9),
                    ("REPUBLIC OF TÜRKİYE — PASAPORT / PASSPORT", "Sans", 6.5),
                ],
                "lab": ("SansC", 4.6),
                "val": ("SansB", 7.8),
                "photo": {"skin": (0.78, 0.62, 0.5), "hair": (0.15, 0.1, 0.08)},
            },
            "fields": [
                ("Tipi / Type", "P", 0, 0),
                ("Ülke kodu / Country code", "TUR", 1, 0),
                ("Pasaport No / Passport No", "U23817465", 2, 0),
                ("Soyadı / Surname", sur, 0, 1),
                ("Adı / Given name(s)", giv, 0, 2),
                ("Uyruğu / Nationality", "T.C.", 0, 3),
                ("Doğum tarihi / Date of birth", "03 EYL/SEP 2002", 1, 3),
                ("Cinsiyeti / Sex", "E/M", 0, 4),
                ("Doğum yeri / Place of birth", "İZMİR", 1, 4),
                ("Veriliş tarihi / Date of issue", "14 MAY/MAY 2024", 0, 5),
                ("Geçerlilik tarihi / Date of expiry", "13 MAY/MAY 2034", 1, 5),
                ("T.C. Kimlik No", "21874536920", 0, 6),
            ],
        },
    )
    pk.write("pasaport.jpg", U.jpeg(phone(pp, rng, rot=180, long_side=3024), q=86))
    pk.add(
        [("pasaport.jpg", [1])],
        "passport",
        "phone_photo",
        pf,
        "Turkish passport, photographed upside down (180°). MRZ transliterates Ü→U Ş→S İ→I.",
    )
    vp, vf = B.visa(
        rng,
        {
            "surname": msur,
            "given": mgiv,
            "mrz_sur": msur,
            "mrz_giv": mgiv,
            "number": "020518836",
            "nat": "TUR",
            "dob": dob,
            "sex": "M",
            "from": "2026-07-20",
            "until": "2027-07-19",
            "days": "365",
            "place": "ANKARA",
            "issued": "2026-07-08",
            "passport": "U23817465",
            "name_line": "KUCUKSAHIN OMER CAGRI",
            "rem1": "VLS-TS ETUDIANT",
            "rem2": "UNIVERSITE GRENOBLE ALPES",
            "category": "ETUDIANT",
        },
    )
    pk.write("vize_VLS-TS.jpg", U.jpeg(phone(vp, rng, rot=0, long_side=3024), q=86))
    pk.add(
        [("vize_VLS-TS.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        vf,
        "VLS-TS étudiant; the sticker prints the name without Turkish letters.",
    )
    fpages, ff = B.form(
        rng,
        {
            "hand": True,
            "hand_font": "HandDkg",
            "surname": sur,
            "given": "ÖMER ÇAĞRI",
            "dob": "03/09/2002",
            "pob": "İzmir (Turquie)",
            "nat": "Turque",
            "addr1": "8 rue Très-Cloîtres, Apt 214",
            "addr2": "38000 Grenoble",
            "tel": "07 58 21 90 44",
            "mail": "omer.kucuksahin@etu.univ-grenoble-alpes.fr",
            "sex": "M",
            "emp": "not_employed",
            "city": "Grenoble",
            "date_txt": "le 16/11/2026",
            "t_surname": sur,
            "t_given": "ÖMER ÇAĞRI",
            "t_dob": dob,
            "signed_on": "2026-11-16",
        },
    )
    for i, (pg, rot) in enumerate(zip(fpages, (0, 90), strict=True)):
        fn = f"IMG_{8814 + i}.jpg"
        pk.write(fn, U.jpeg(phone(pg, rng, rot=rot, long_side=4000, fill=0.8), q=84))
    pk.add(
        [("IMG_8814.jpg", [1]), ("IMG_8815.jpg", [1])],
        "application_form",
        "phone_photo",
        ff,
        "Handwritten cerfa, two phone photos (page 2 rotated 90°); 'sans activité' ticked.",
    )
    # lease (bail meublé), 2 pages scanned as two JPEGs
    lease_p = [
        {
            "fonts": ("Arial", "ArialB"),
            "size": 9,
            "head": [
                "Contrat type de location — logement meublé",
                "(Loi n° 89-462 du 6 juillet 1989, titre Ier bis — décret n° 2015-587 du "
                "29 mai 2015)",
            ],
            "title": ["CONTRAT DE LOCATION", "LOCAL MEUBLÉ À USAGE D'HABITATION"],
            "paras": [
                "## I. DÉSIGNATION DES PARTIES",
                "Le présent contrat est conclu entre les soussignés : Monsieur Bernard "
                "FAURE-LACOMBE, "
                "demeurant 3 place Grenette, 38000 Grenoble, désigné ci-après « le bailleur » ;",
                "et Monsieur Ömer Çağrı KÜÇÜKŞAHİN, né le 3 septembre 2002 à İzmir (Turquie), "
                "désigné ci-après « le locataire ».",
                "## II. OBJET DU CONTRAT",
                "Le présent contrat a pour objet la location d'un logement meublé situé : 8 rue "
                "Très-Cloîtres, Résidence Le Vercors, appartement 214 (2e étage), 38000 Grenoble. "
                "Type : studio de 21 m², cuisine équipée, salle d'eau.",
                "## III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
                "Date de prise d'effet du contrat : 1er août 2026. Durée du contrat : neuf mois "
                "(locataire étudiant, article 25-7 de la loi du 6 juillet 1989), reconductible par "
                "avenant.",
                "## IV. CONDITIONS FINANCIÈRES",
                "Loyer mensuel hors charges : 480,00 €. Provision sur charges : 45,00 €. Dépôt de "
                "garantie : 960,00 € (deux mois de loyer hors charges). Le loyer est payable "
                "mensuellement et d'avance le 5 de chaque mois.",
            ],
            "footer": "Paraphes : BFL / ÖÇK — page 1/2",
        },
        {
            "fonts": ("Arial", "ArialB"),
            "size": 9,
            "paras": [
                "## V. TRAVAUX — GARANTIES",
                "Aucun travaux n'a été réalisé depuis la fin du dernier contrat. Garantie : "
                "visale (Action Logement) n° V 26 0715 8842.",
                "## VI. CLAUSE RÉSOLUTOIRE",
                "Le bail sera résilié de plein droit en cas de défaut de paiement du loyer ou des "
                "charges, du dépôt de garantie, ou de défaut d'assurance contre les risques "
                "locatifs, deux mois après un commandement demeuré infructueux.",
                "## VII. ANNEXES",
                "Sont annexés : dossier de diagnostic technique, inventaire et état détaillé du "
                "mobilier, état des lieux d'entrée, notice d'information.",
                "Fait et signé à Grenoble, le 24 juillet 2026, en deux originaux.",
            ],
            "sigs": [
                ("Le bailleur (lu et approuvé)", True),
                ("Le locataire (lu et approuvé)", True),
            ],
            "footer": "Paraphes : BFL / ÖÇK — page 2/2",
        },
    ]
    for i, lp in enumerate(lease_p):
        img = scans([B.page(F.prose, lp, rng)], rng, dpi=180)[0]
        pk.write(f"bail_page{i + 1}.jpg", U.jpeg(img, q=82))
    pk.add(
        [("bail_page1.jpg", [1]), ("bail_page2.jpg", [1])],
        "lease",
        "scan",
        {
            "tenant_names": ["Ömer Çağrı KÜÇÜKŞAHİN"],
            "landlord": "Bernard FAURE-LACOMBE",
            "address": addr_one,
            "start_date": "2026-08-01",
        },
        "Bail meublé loi 1989 (student, 9 months), two scanned pages.",
    )
    # birth extract (Formul A) + apostille
    bf = {
        "office": "KONAK İLÇE NÜFUS MÜDÜRLÜĞÜ",
        "il": "İZMİR",
        "ref": "35-118 / 0412 / 27",
        "dob": "03.09.2002",
        "pob": "KONAK / İZMİR",
        "sex": "E",
        "surname": sur,
        "given": giv,
        "f_sur": "KÜÇÜKŞAHİN",
        "f_giv": "MEHMET ALİ",
        "m_sur": "KÜÇÜKŞAHİN",
        "m_giv": "GÜLŞEN",
        "reg": "17.09.2002",
        "issued": "22.06.2026",
        "officer": "Ayşe DEMİRCİ",
        "code": "NVI-7H2K-QX41",
    }
    pk.write(
        "dogum_kayit_ornegi_formulA.jpg",
        U.jpeg(phone(B.page(C.turkey_formul_a, bf, rng), rng, rot=0), q=86),
    )
    pk.add(
        [("dogum_kayit_ornegi_formulA.jpg", [1])],
        "birth_certificate",
        "phone_photo",
        {
            "surname": sur,
            "given_names": giv,
            "date_of_birth": dob,
            "place_of_birth": "Konak / İzmir",
            "issuing_country": "TUR",
            "language": "tr",
            "has_apostille": True,
        },
        "Formül A (ICCS Convention No. 16 multilingual extract); apostille present anyway.",
    )
    apo = B.apostille_spec(
        "Türkiye",
        [
            (1, "Country / Ülke:", "TÜRKİYE"),
            (2, "has been signed by / imzalayan:", "Ayşe DEMİRCİ"),
            (3, "acting in the capacity of / sıfatı:", "Nüfus Müdür V."),
            (4, "bears the seal/stamp of / mührü:", "Konak İlçe Nüfus Müdürlüğü"),
            (5, "at / yer:", "Konak / İzmir"),
            (6, "the / tarih:", "24.06.2026"),
            (7, "by / tarafından:", "Konak Kaymakamlığı"),
            (8, "No / sayı:", "2026/35-1187"),
            (9, "Seal/stamp / mühür:", ""),
            (10, "Signature / imza:", ""),
        ],
        "T.C. KONAK KAYMAKAMLIĞI * İZMİR *",
        ["APOSTİL"],
        "Hakan YILDIRIM — Kaymakam V.",
        [("T.C. KONAK KAYMAKAMLIĞI", "TimesB", 10), ("Yazı İşleri Müdürlüğü", "Times", 9)],
    )
    apo["vfont"] = "SansB"
    pk.write("apostil.jpg", U.jpeg(scans([B.page(D.apostille, apo, rng)], rng, dpi=150)[0], q=85))
    pk.add(
        [("apostil.jpg", [1])],
        "apostille",
        "scan",
        {
            "country": "TUR",
            "issued_on": "2026-06-24",
            "number": "2026/35-1187",
            "signed_by": "Hakan YILDIRIM",
        },
    )
    # RIB Crédit Mutuel (phone photo, rotated 270)
    rs, iban = B.rib_spec(
        CM,
        "M. OMER CAGRI KUCUKSAHIN",
        ["8 RUE TRES CLOITRES APT 214", "38000 GRENOBLE"],
        ["CCM GRENOBLE EUROPE", "2 place Victor Hugo", "38000 GRENOBLE"],
        "10278",
        "08912",
        "00020187501",
    )
    pk.write("IMG_8790.jpg", U.jpeg(phone(B.page(F.rib, rs, rng), rng, rot=270), q=85))
    pk.add(
        [("IMG_8790.jpg", [1])],
        "rib",
        "phone_photo",
        {
            "holder_name": "OMER CAGRI KUCUKSAHIN",
            "iban": iban,
            "bic": "CMCIFR2A",
            "bank_name": "Crédit Mutuel",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "Bank prints the name without diacritics; photo rotated 270°.",
    )
    req = dict(ALL_OK)
    req["employment"] = "not_applicable"
    pk.finish(req, {"surname": sur, "given_names": giv, "date_of_birth": dob})
