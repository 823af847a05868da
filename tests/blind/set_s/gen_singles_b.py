"""Single documents, part 2: birth certificates, apostilles, translations, utility bills."""

from __future__ import annotations

import datetime as dt

from gen_civil import afro_fr, brazil, maghreb, usa
from gen_civil2 import china, india
from gen_civil3 import hispanic, uk, vietnam
from gen_codes import d, digits, month_bounds
from gen_home import attestation_contrat, bill
from gen_legal import apostille, translation
from gen_misc import bill_screen
from gen_people import Person, addr, random_person
from gen_singles_c import more_c

PARENTS = {
    "DZA": ("Rachid", "Nadia HAMMOUCHE"),
    "SEN": ("Abdoulaye DIOP", "Mariama FALL"),
    "CIV": ("Konan Kouadio", "Amenan Yao"),
    "CMR": ("Jean NGUEMA", "Pauline ESSOMBA"),
    "MLI": ("Bakary KEITA", "Assitan TRAORÉ"),
    "COD": ("Dieudonné MUKENDI", "Thérèse KABONGO"),
    "HTI": ("Jean-Robert PIERRE", "Marie-Ange JOSEPH"),
    "VNM": ("Nguyễn Văn Hùng", "Trần Thị Mai"),
    "GBR": ("David John Taylor", "Susan Mary Taylor formerly Hughes"),
    "MAR": ("Abdelkader", "Khadija TAZI"),
    "USA": ("Robert Lee Johnson", "Karen Ann Miller"),
    "BRA": ("Paulo Roberto Oliveira", "Sandra Regina Souza"),
    "COL": ("Carlos Arturo Gómez", "Luz Dary Restrepo"),
    "CHN": ("", ""),
    "IND": ("SURESH SHARMA", "ANITA SHARMA"),
}


def births(s):
    items = [
        (
            "DZA",
            lambda p, r: maghreb(p, r, "DZA", d("2026-02-11"), "Oran"),
            "scan",
            ["extrait_naissance_S12.jpg"],
            {"ar_sur": "بن علي", "ar_giv": "ياسين", "ar_pob": "وهران"},
        ),
        (
            "SEN",
            lambda p, r: afro_fr(p, r, "SEN", d("2025-09-03"), "Dakar Plateau", 0),
            "phone_photo",
            ["extrait_naissance.jpg"],
            {},
        ),
        (
            "CIV",
            lambda p, r: afro_fr(p, r, "CIV", d("2026-04-22"), "Cocody", 1),
            "image_pdf",
            ["Extrait_acte_naissance.pdf"],
            {},
        ),
        (
            "CMR",
            lambda p, r: afro_fr(p, r, "CMR", d("2026-01-30"), "Douala", 0),
            "scan",
            ["acte_de_naissance.png"],
            {},
        ),
        (
            "MLI",
            lambda p, r: afro_fr(p, r, "MLI", d("2025-12-18"), "Bamako", 1),
            "phone_photo",
            ["IMG-20261005-WA0007.jpg"],
            {},
        ),
        (
            "COD",
            lambda p, r: afro_fr(p, r, "COD", d("2026-06-09"), "Kinshasa", 0),
            "image_pdf",
            ["acte naissance.pdf"],
            {},
        ),
        (
            "HTI",
            lambda p, r: afro_fr(p, r, "HTI", d("2026-03-16"), "Port-au-Prince", 1),
            "scan",
            ["extrait_archives.jpg"],
            {},
        ),
        (
            "VNM",
            lambda p, r: vietnam(p, r, d("2026-05-05")),
            "phone_photo",
            ["giay_khai_sinh.jpg"],
            {},
        ),
        (
            "GBR",
            lambda p, r: uk(p, r, d("2026-02-27"), "Leeds"),
            "image_pdf",
            ["birth_certificate_GRO.pdf"],
            {},
        ),
        (
            "MAR",
            lambda p, r: maghreb(p, r, "MAR", d("2026-07-01"), "Fès"),
            "phone_photo",
            ["acte_naissance_maroc.jpg"],
            {"ar_sur": "بناني", "ar_giv": "مهدي", "ar_pob": "فاس"},
        ),
        (
            "USA",
            lambda p, r: usa(p, r, d("2026-03-04"), "TEXAS", "HARRIS"),
            "scan",
            ["birth_cert_texas.jpg"],
            {},
        ),
        (
            "BRA",
            lambda p, r: brazil(p, r, d("2026-05-20"), "Recife - PE"),
            "text_pdf",
            ["Certidao_Nascimento_2via.pdf"],
            {},
        ),
        (
            "COL",
            lambda p, r: hispanic(p, r, "COL", d("2026-06-30"), "Cali"),
            "phone_photo",
            ["registro_civil.jpg"],
            {},
        ),
        (
            "CHN",
            lambda p, r: china(p, r, d("2026-04-02"), "上海市", "Shanghai"),
            "image_pdf",
            ["公证书_出生.pdf"],
            {
                "cn_name": "陈浩",
                "cn_father": "陈国平",
                "cn_mother": "周丽",
                "father_en": "CHEN Guoping",
                "mother_en": "ZHOU Li",
            },
        ),
        (
            "IND",
            lambda p, r: india(p, r, d("2026-01-12")),
            "scan",
            ["birth_certificate.jpg"],
            {"hospital": "NANAVATI HOSPITAL, VILE PARLE"},
        ),
    ]
    for nat, fn, look, files, extra in items:
        rng = s.rng("bc")
        p = random_person(rng, nat)
        if nat == "CHN":
            p.surname, p.given = "CHEN", "HAO"
            p.sex = "M"
        if nat == "IND":
            p.pob_city = "Mumbai"
        if nat == "USA":
            p.pob_city = "Houston"
        p.father, p.mother = PARENTS[nat]
        p.extra.update(extra)
        if nat in ("SEN", "CMR", "COD", "HTI", "DZA"):
            p.surname = p.surname.upper()
        pages, f = fn(p, rng)
        s.add(
            pages,
            "birth_certificate",
            f,
            look,
            files[:1]
            if look != "phone_photo"
            else [
                files[0].replace(".jpg", f"_{k}.jpg") if len(pages) > 1 else files[0]
                for k in range(len(pages))
            ],
            "single document: no apostille in the folder",
            p,
            rots=[rng.choice([0, 0, 1, 2]) for _ in pages],
        )


def apostilles(s):
    items = [
        (
            "USA",
            "United States of America",
            "Lisa M. Ramirez",
            "Deputy Registrar",
            "Harris County Clerk",
            "Austin, Texas",
            "Secretary of State of Texas",
            ["en"],
            "box",
            "scan",
            "apostille_texas.jpg",
        ),
        (
            "BRA",
            "República Federativa do Brasil",
            "Ana Paula Rocha",
            "Escrevente Autorizada",
            "Cartório de Registro Civil - Recife",
            "Recife",
            "Cartório de Registro Civil - CNJ",
            ["pt", "en", "fr"],
            "sticker",
            "image_pdf",
            "Apostila_CNJ.pdf",
        ),
        (
            "COL",
            "República de Colombia",
            "María Fernanda Pérez",
            "Registradora del Estado Civil",
            "Registraduría Nacional del Estado Civil",
            "Bogotá D.C.",
            "Ministerio de Relaciones Exteriores",
            ["es", "en"],
            "sticker",
            "text_pdf",
            "apostilla_digital.pdf",
        ),
        (
            "IND",
            "India",
            "Dr. A. Deshmukh",
            "Registrar of Births & Deaths",
            "Municipal Corporation of Pune",
            "New Delhi",
            "Ministry of External Affairs",
            ["en", "fr"],
            "sticker",
            "phone_photo",
            "IMG_20260914_110032.jpg",
        ),
        (
            "MEX",
            "Estados Unidos Mexicanos",
            "Lic. Jorge Ramírez Soto",
            "Director del Registro Civil del Estado de Jalisco",
            "Registro Civil de Jalisco",
            "Guadalajara, Jalisco",
            "Secretaría General de Gobierno",
            ["es"],
            "box",
            "scan",
            "apostilla.jpg",
        ),
        (
            "UKR",
            "Україна / Ukraine",
            "Ihor Savchenko",
            "державний реєстратор",
            "Харківський відділ ДРАЦС",
            "Kharkiv",
            "Міністерство юстиції / Ministry of Justice",
            ["en", "fr"],
            "box",
            "phone_photo",
            "apostyl.jpg",
        ),
        (
            "PHL",
            "Republic of the Philippines",
            "Dennis S. Mapa",
            "Civil Registrar General",
            "Philippine Statistics Authority",
            "Pasay City",
            "Department of Foreign Affairs",
            ["en"],
            "sticker",
            "image_pdf",
            "DFA_apostille.pdf",
        ),
        (
            "GBR",
            "United Kingdom of Great Britain and Northern Ireland",
            "J. Holden",
            "Registrar",
            "General Register Office",
            "Milton Keynes",
            "Foreign, Commonwealth and Development Office",
            ["en"],
            "box",
            "scan",
            "FCDO_apostille.png",
        ),
    ]
    for c, cn, sb, cap, seal, at, by, langs, style, look, fname in items:
        rng = s.rng("ap")
        on = d(f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}")
        num = {
            "USA": f"{on.year}-{digits(rng, 6)}",
            "BRA": f"AAB{digits(rng, 8)}",
            "COL": f"A{digits(rng, 2)}K{digits(rng, 6)}",
            "IND": f"MH-{on.year}-{digits(rng, 7)}",
            "MEX": f"{digits(rng, 5)}/{on.year}",
            "UKR": f"UA-{digits(rng, 7)}",
            "PHL": f"PH-{str(on.year)[2:]}-{digits(rng, 7)}",
            "GBR": f"APO-{digits(rng, 7)}",
        }[c]
        pages, f = apostille(
            rng,
            c,
            cn,
            sb,
            cap,
            seal,
            at,
            on,
            by,
            num,
            langs,
            style,
            official=by if style != "stamp" else "",
        )
        s.add(
            pages,
            "apostille",
            f,
            look,
            [fname],
            "signed_by = item 2 (signer of the public document)",
            rots=[rng.choice([0, 1])],
        )


def translations(s):
    items = [
        (
            "arabe",
            "ACTE DE NAISSANCE",
            [
                ("Nom", "BOUZID"),
                ("Prénom", "Karim"),
                ("Date de naissance", "14 juin 1994"),
                ("Lieu de naissance", "Sétif (Algérie)"),
                ("Père", "Ahmed"),
                ("Mère", "Zohra KHELIFI"),
            ],
            "image_pdf",
            "traduction_acte.pdf",
        ),
        (
            "portugais",
            "CERTIDÃO DE NASCIMENTO - CERTIFICAT DE NAISSANCE",
            [
                ("Nom", "MARIANA OLIVEIRA"),
                ("Date de naissance", "3 février 1997"),
                ("Lieu", "São Paulo - SP"),
                ("Filiation", "Paulo Oliveira et Sandra Souza"),
            ],
            "scan",
            "traducao.jpg",
        ),
        (
            "ukrainien",
            "ACTE DE NAISSANCE",
            [
                ("Nom", "BONDARENKO"),
                ("Prénom", "Andrii"),
                ("Patronyme", "Mykolaiovytch"),
                ("Date de naissance", "21.01.1990"),
                ("Lieu de naissance", "ville d'Odessa, Ukraine"),
            ],
            "text_pdf",
            "Traduction_svidotstvo.pdf",
        ),
        (
            "anglais",
            "CERTIFICAT DE NAISSANCE (État du Texas)",
            [
                ("Nom", "ASHLEY JOHNSON"),
                ("Date de naissance", "9 mars 1995"),
                ("Lieu de naissance", "Houston, comté de Harris"),
                ("Sexe", "féminin"),
            ],
            "phone_photo",
            "IMG_7781.jpg",
        ),
        (
            "espagnol",
            "REGISTRE CIVIL DE NAISSANCE",
            [
                ("Nom", "GÓMEZ RESTREPO"),
                ("Prénoms", "Juan Sebastián"),
                ("Date de naissance", "1998 / 07 / 12"),
                ("Lieu", "Cali, Valle del Cauca"),
            ],
            "image_pdf",
            "traduccion_registro.pdf",
        ),
        (
            "turc",
            "EXTRAIT D'ACTE DE NAISSANCE",
            [
                ("Nom", "KAYA"),
                ("Prénom", "Zeynep"),
                ("Date de naissance", "02.04.1999"),
                ("Lieu", "Ankara"),
            ],
            "scan",
            "ceviri.jpg",
        ),
    ]
    for lang, title, rows_fr, look, fname in items:
        rng = s.rng("tr")
        on = d(f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}")
        pages, _ = translation(rng, lang, title, rows_fr, on)
        s.add(pages, "translation", {}, look, [fname], f"sworn translation from {lang}")


def bills(s):
    items = [
        ("EDF", "2026-09", "text_pdf", "Facture_EDF_septembre.pdf"),
        ("ENGIE", "2026-08", "image_pdf", "facture_engie.pdf"),
        ("TOTAL", "2026-10", "phone_photo", "IMG_20261109_195501.jpg"),
        ("FREE", "2026-10", "text_pdf", "Facture_Free_562044387.pdf"),
        ("FREEMOB", "2026-09", "text_pdf", "facture_free_mobile_sept.pdf"),
        ("SFR", None, "text_pdf", "SFR_Facture_2026.pdf"),
        ("ORANGE", "2026-10", "scan", "facture_orange.jpg"),
        ("BOUYGUES", "2026-07", "image_pdf", "Bbox facture juillet.pdf"),
        ("SOSH", "2026-10", "text_pdf", "sosh_facture.pdf"),
        ("EAUPARIS", "Q", "text_pdf", "Facture_Eau_de_Paris.pdf"),
        ("VEOLIA", "S", "phone_photo", "facture_eau.jpg"),
        ("EKW", "2026-09", "text_pdf", "ekwateur_facture_09-2026.pdf"),
    ]
    for key, ym, look, fname in items:
        rng = s.rng("bill")
        p = random_person(rng, rng.choice(["SEN", "MAR", "BRA", "FRA", "VNM", "IND", "UKR"]))
        a = addr(rng)
        if ym and len(ym) == 7:
            start, end = month_bounds(ym)
        elif ym == "Q":
            start, end = d("2026-06-15"), d("2026-09-14")
        elif ym == "S":
            start, end = d("2026-03-01"), d("2026-08-31")
        else:
            start, end = d("2026-09-12"), d("2026-10-11")
        tele = key in ("FREE", "FREEMOB", "SFR", "ORANGE", "BOUYGUES", "SOSH")
        issue = (
            (start + dt.timedelta(days=rng.randint(0, 4)))
            if tele
            else end + dt.timedelta(days=rng.randint(3, 12))
        )
        amount = round(rng.uniform(15, 120), 2)
        holder = f"{p.given} {p.surname}" if rng.random() < 0.6 else f"{p.surname} {p.given}"
        pages, f = bill(
            rng, key, holder, a, issue, start, end, amount, pages=2 if key == "FREE" else 1
        )
        names = (
            [fname]
            if look not in ("scan", "phone_photo")
            else [
                fname.replace(".", f"_{k}.") if len(pages) > 1 else fname for k in range(len(pages))
            ]
        )
        s.add(pages, "utility_bill", f, look, names, person=_np(holder, p))
    for key, look, fname in [
        ("EDF", "text_pdf", "attestation_titulaire_contrat_EDF.pdf"),
        ("ENGIE", "image_pdf", "justificatif_domicile_engie.pdf"),
    ]:
        rng = s.rng("att")
        p = random_person(rng, rng.choice(["CIV", "TUN", "PHL"]))
        a = addr(rng)
        issue = d(f"2026-{rng.randint(8, 11):02d}-{rng.randint(1, 15):02d}")
        since = d(f"2026-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}")
        holder = f"{p.given} {p.surname}"
        pages, f = attestation_contrat(
            rng, key, holder, p.civ(), a, issue, since, service="energy" if key == "ENGIE" else None
        )
        s.add(
            pages,
            "utility_bill",
            f,
            look,
            [fname],
            "attestation de titulaire de contrat: "
            "period_start is the contract start date, no period_end nor amount",
            person=_np(holder, p),
        )
    rng = s.rng("bscreen")
    p = random_person(rng, "COL")
    start, end = month_bounds("2026-10")
    pages, f = bill_screen(
        rng, "free", f"{p.given} {p.surname}", 29.99, start, end, d("2026-10-02"), digits(rng, 9)
    )
    s.add(
        pages,
        "utility_bill",
        f,
        "screenshot",
        ["Screenshot_20261103-184201.png"],
        "bill shown in the operator's app; no address on screen",
        person=_np(p.full, p),
    )


def _np(holder, p):
    return Person(p.surname, p.given, p.sex, None, p.nat, "", "")


def more(s):
    births(s)
    apostilles(s)
    translations(s)
    bills(s)
    more_c(s)
