"""Packets p03 (Armenia) and p04 (Japan) of set_aj."""

from __future__ import annotations

import cards
import civil
import french
import french2
import people as P
from packets import Out, bill_data, bill_fields, passport_img, pfields, vfields

ALL_OK = dict.fromkeys(
    [
        "application_form",
        "identity",
        "residence_status",
        "birth_certificate",
        "residence_proof",
        "bank_details",
        "employment",
    ],
    "complete",
)


def form_fields(p, given, employed, signed_on):
    return {
        "surname": p["surname"],
        "given_names": given,
        "date_of_birth": p["dob"],
        "employment_status": "employed" if employed else "not_employed",
        "signed": True,
        "signed_on": signed_on,
        "nir": None,
    }


def p03(o: Out) -> dict:
    """Armenia, employed, three successive SFR bills, Revolut (LT IBAN), in order."""
    a = P.ARMENIA
    form = {
        "surname": "HOVHANNISYAN",
        "form_given": "Aram",
        "sex": "M",
        "dob": a["dob"],
        "form_pob": "Gyumri, Arménie",
        "form_nat": "arménienne",
        "addr1": "5 allée Jean Jaurès, bât. B",
        "cp": "31000",
        "city": "Toulouse",
        "phone": "07 66 02 15 38",
        "email": "aram.hovhannisyan@proton.me",
        "employed": True,
        "job_title": "Développeur logiciel",
        "contract_type": "CDI",
        "city_sign": "Toulouse",
        "signed_on": "2027-01-06",
    }
    imgs = o.raster_pages(lambda pg: french.cerfa(pg[0], pg[1], form, o.rng("form"), None, 1), 2)
    o.photo("IMG_4471.jpg", imgs[0], "form1", 0, 0.82)
    o.photo("IMG_4472.jpg", imgs[1], "form2", 270, 0.82)
    o.add(
        [{"path": "IMG_4471.jpg", "pages": [1]}, {"path": "IMG_4472.jpg", "pages": [1]}],
        "application_form",
        "phone_photo",
        form_fields(a, "Aram", True, "2027-01-06"),
        "typed, printed, signed by hand; page 2 photographed rotated",
    )
    v = P.ARMENIA_VISA
    o.scan_pdf(
        "passeport_visa.pdf",
        [passport_img(o, a, "pp"), cards.visa_sticker(a, v, o.rng("visa"))],
        "pp-scan",
        300,
    )
    o.add(
        [{"path": "passeport_visa.pdf", "pages": [1]}], "passport", "image_pdf", pfields(a, "ARM")
    )
    o.add(
        [{"path": "passeport_visa.pdf", "pages": [2]}], "long_stay_visa", "image_pdf", vfields(a, v)
    )
    bc = {
        "am_series": "ՆԱ 0846213",
        "am_surname": "Հովհաննիսյան",
        "am_given": "Արամ",
        "am_patronymic": "Կարենի",
        "dob": a["dob"],
        "am_dob_words": "հազար ինը հարյուր իննսունի դեկտեմբերի հինգ",
        "am_place": "ք. Գյումրի, Շիրակի մարզ, Հայաստան",
        "am_father": "Հովհաննիսյան Կարեն Սամվելի",
        "am_mother": "Հովհաննիսյան Անահիտ Գագիկի",
        "am_act": "1187, 14.12.1990",
        "am_office": "Գյումրու ՔԿԱԳ տարածքային բաժին",
        "bc_issued": "2026-06-10",
    }
    ap = {
        "country_txt": "ARMENIA / ՀԱՅԱՍՏԱՆ",
        "doc_signer": "A. Sargsyan",
        "doc_capacity": "Head of Civil Registry Office",
        "doc_seal": "Civil Registry Gyumri",
        "place": "Yerevan",
        "date_txt": "17.06.2026",
        "signed_by": "Ministry of Justice RA",
        "number": "AP-0622185",
        "signed_by_person": "L Grigoryan",
        "seal_ring": "MINISTRY OF JUSTICE * REPUBLIC OF ARMENIA * ",
        "seal_center": ["ՀՀ"],
    }
    pages = [civil.armenia_birth(bc, o.rng("bc")).img, civil.apostille(ap, o.rng("ap"), "hy").img]
    o.scan_pdf("acte_naissance_apostille.pdf", pages, "bc-scan", creator="Xerox WorkCentre")
    o.add(
        [{"path": "acte_naissance_apostille.pdf", "pages": [1]}],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "Հովհաննիսյան",
            "given_names": "Արամ",
            "date_of_birth": a["dob"],
            "place_of_birth": "Գյումրի",
            "issuing_country": "ARM",
            "language": "hy",
            "has_apostille": True,
        },
        "Armenian only; names in Armenian script",
    )
    o.add(
        [{"path": "acte_naissance_apostille.pdf", "pages": [2]}],
        "apostille",
        "image_pdf",
        {
            "country": "ARM",
            "issued_on": "2026-06-17",
            "number": "AP-0622185",
            "signed_by": "Ministry of Justice RA",
        },
    )
    tr = {
        "translator": [
            "Anahit KARAPETIAN-ROUX",
            "Traductrice assermentée arménien-français",
            "Expert près la Cour d'appel de Toulouse",
        ],
        "ref": "2026/AR-117",
        "src": "arménien",
        "font": "caladea",
        "font_b": "caladea-b",
        "rows": [
            ("#République d'Arménie — ACTE DE NAISSANCE — Série NA 0846213", ""),
            ("Nom :", "HOVHANNISYAN"),
            ("Prénom :", "Aram"),
            ("Patronyme :", "Kareni"),
            ("Date de naissance :", "05/12/1990"),
            ("Lieu de naissance :", "ville de Gyumri, région de Shirak, Arménie"),
            ("Père :", "HOVHANNISYAN Karen Samveli"),
            ("Mère :", "HOVHANNISYAN Anahit Gagiki"),
            ("Acte n° :", "1187 du 14/12/1990"),
            ("Bureau d'enregistrement :", "Service territorial d'état civil de Gyumri"),
            ("Délivré le :", "10/06/2026"),
            (
                "#Apostille n° AP-0622185 du 17/06/2026, ministère de la Justice de la "
                "République d'Arménie.",
                "",
            ),
        ],
        "cert": "Je soussignée, Anahit KARAPETIAN-ROUX, traductrice assermentée près la Cour "
        "d'appel de Toulouse, certifie la présente traduction conforme à l'original "
        "en langue arménienne.",
        "place_date": "Toulouse, le 02/10/2026",
        "name": "Anahit Roux",
        "stamp_ring": "TRADUCTEUR EXPERT * COUR D'APPEL DE TOULOUSE * ",
        "stamp_center": ["ARMÉNIEN", "A. K.-ROUX"],
    }
    o.scan_pdf("traduction.pdf", civil.translation(tr, o.rng("tr")), "tr-scan")
    o.add(
        [{"path": "traduction.pdf", "pages": [1]}],
        "translation",
        "image_pdf",
        {
            "surname": "HOVHANNISYAN",
            "given_names": "Aram",
            "date_of_birth": a["dob"],
            "language": "fr",
            "source_language": "hy",
        },
    )
    addr = ["5 ALLEE JEAN JAURES", "BAT B", "31000 TOULOUSE"]
    for i, (m, y) in enumerate([(10, 2026), (11, 2026), (12, 2026)]):
        b = bill_data(
            "sfr",
            "M. ARAM HOVHANNISYAN",
            addr,
            y,
            m,
            "0412 8830 71",
            f"2{m:02d}6-SF{771204 + i}",
            "29,99",
            "SFR Fibre Power",
            [("SFR Fibre Power — forfait mensuel", "29,99 €"), ("Location SFR Box 8", "inclus")],
            "SFR SA au capital de 3 423 265 598,40 € — 16 rue du Général Alain de "
            "Boissieu 75015 Paris — 343 059 564 RCS Paris.",
        )
        b["font"], b["font_b"] = "roboto", "roboto-b"
        name = f"Facture_SFR_{y}{m:02d}.pdf"
        o.text_pdf(
            name,
            lambda pg, b=b: french.telecom_bill(pg[0], b, o.rng("bill")),
            1,
            "Facture SFR",
            "SFR",
        )
        o.add(
            [{"path": name, "pages": [1]}],
            "utility_bill",
            "text_pdf",
            bill_fields(
                b, "SFR", "ARAM HOVHANNISYAN", "5 allée Jean Jaurès, bât. B, 31000 Toulouse"
            ),
        )
    r = {"holder_printed": "Aram Hovhannisyan", "iban": P.REVOLUT_IBAN, "bic": "REVOLT21"}
    french2.revolut_screen(r, o.rng("rev")).save(o.path("Screenshot_20270108-193512.png"))
    o.add(
        [{"path": "Screenshot_20270108-193512.png", "pages": [1]}],
        "rib",
        "screenshot",
        {
            "holder_name": "Aram Hovhannisyan",
            "iban": P.REVOLUT_IBAN,
            "bic": "REVOLT21",
            "bank_name": "Revolut Bank UAB",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "Lithuanian SEPA IBAN: acceptable (information only)",
    )
    c = {
        "employer": "OCCITECH SYSTEMS",
        "form": "SAS",
        "capital": "150 000",
        "seat": "22 boulevard de la Gare, 31500 Toulouse",
        "rcs": "Toulouse",
        "siren": P.SIREN_OCCI,
        "rep": "Mathieu DELPECH",
        "employee_printed": "Monsieur Aram HOVHANNISYAN",
        "dob": a["dob"],
        "pob": "Gyumri (Arménie)",
        "nat": "arménienne",
        "addr": "5 allée Jean Jaurès, bât. B, 31000 Toulouse",
        "start": "2026-09-01",
        "job": "Développeur logiciel",
        "status": "cadre",
        "position": "2.2",
        "ccn": "Syntec (IDCC 1486)",
        "salary": "46 000",
        "place": "Toulouse",
        "city": "Toulouse",
        "signed": "2026-07-15",
    }
    o.text_pdf(
        "Contrat_CDI_Occitech.pdf",
        lambda pg: french2.contract(pg, c, o.rng("cdi")),
        2,
        "Contrat de travail",
        "Yousign",
    )
    o.add(
        [{"path": "Contrat_CDI_Occitech.pdf", "pages": [1, 2]}],
        "employment_contract",
        "text_pdf",
        {
            "employer": "OCCITECH SYSTEMS",
            "employee_name": "Aram HOVHANNISYAN",
            "contract_type": "CDI",
            "job_title": "Développeur logiciel",
            "start_date": "2026-09-01",
        },
    )
    return {
        "as_of": "2027-01-14",
        "employed": True,
        "status": "complete",
        "requirements": dict(ALL_OK),
        "defect": None,
    }


def p04(o: Out) -> dict:
    """Japan, not employed, lease in both spouses' names; the RIB is the wife's account only."""
    a = P.JAPAN
    form = {
        "surname": "TAKAHASHI",
        "form_given": "Kenta",
        "sex": "M",
        "dob": a["dob"],
        "form_pob": "Sapporo, Japon",
        "form_nat": "japonaise",
        "addr1": "8 rue Lecourbe",
        "cp": "75015",
        "city": "Paris",
        "phone": "07 81 33 09 62",
        "email": "kenta.takahashi.88@icloud.com",
        "employed": False,
        "city_sign": "Paris",
        "signed_on": "2026-11-30",
    }
    imgs = o.raster_pages(
        lambda pg: french.cerfa(pg[0], pg[1], form, o.rng("form"), "rufscript", 0), 2
    )
    o.scan_pdf("cerfa_15763.pdf", imgs, "form-scan", creator="Canon MF643C")
    o.add(
        [{"path": "cerfa_15763.pdf", "pages": [1, 2]}],
        "application_form",
        "image_pdf",
        form_fields(a, "Kenta", False, "2026-11-30"),
        "filled in by hand",
    )
    o.photo("IMG_20261201_101522.jpg", passport_img(o, a, "pp"), "pp-photo", 0, 0.7)
    o.add(
        [{"path": "IMG_20261201_101522.jpg", "pages": [1]}],
        "passport",
        "phone_photo",
        pfields(a, "JPN"),
    )
    v = P.JAPAN_VISA
    o.photo(
        "IMG_20261201_101603.jpg", cards.visa_sticker(a, v, o.rng("visa")), "visa-photo", 180, 0.75
    )
    o.add(
        [{"path": "IMG_20261201_101603.jpg", "pages": [1]}],
        "long_stay_visa",
        "phone_photo",
        vfields(a, v),
        "photo upside down",
    )
    ks = {
        "jp_honseki": "北海道札幌市中央区北一条西二丁目１番地",
        "jp_head": "高橋　健太",
        "jp_hensei": "令和２年６月６日",
        "jp_people": [
            {
                "top": [
                    ("名", "健太"),
                    ("生年月日", "昭和６３年２月１１日"),
                    ("配偶者区分", "夫"),
                    ("父", "高橋誠"),
                    ("母", "高橋由美子"),
                    ("続柄", "長男"),
                ],
                "events": [
                    (
                        "出生",
                        [
                            ("出生日", "昭和６３年２月１１日"),
                            ("出生地", "北海道札幌市"),
                            ("届出日", "昭和６３年２月１８日"),
                            ("届出人", "父"),
                        ],
                    ),
                    (
                        "婚姻",
                        [
                            ("婚姻日", "令和２年６月６日"),
                            ("配偶者氏名", "佐藤優希"),
                            ("従前戸籍", "北海道札幌市中央区北一条西二丁目１番地 高橋誠"),
                        ],
                    ),
                ],
            },
            {
                "top": [
                    ("名", "優希"),
                    ("生年月日", "平成３年７月２３日"),
                    ("配偶者区分", "妻"),
                    ("父", "佐藤浩二"),
                    ("母", "佐藤恵子"),
                    ("続柄", "長女"),
                ],
                "events": [
                    ("出生", [("出生日", "平成３年７月２３日"), ("出生地", "北海道旭川市")]),
                    ("婚姻", [("婚姻日", "令和２年６月６日"), ("配偶者氏名", "高橋健太")]),
                ],
            },
        ],
        "jp_issue_no": "000318",
        "jp_issue_date": "令和８年３月２日",
        "jp_mayor": "札幌市中央区長　山本　和夫",
    }
    ap = {
        "country_txt": "JAPAN",
        "doc_signer": "Kazuo YAMAMOTO",
        "doc_capacity": "Mayor of Chuo Ward, Sapporo",
        "doc_seal": "Mayor of Chuo Ward",
        "place": "Tokyo",
        "date_txt": "10 March 2026",
        "signed_by": "Ministry of Foreign Affairs",
        "number": "26-017452",
        "signed_by_person": "H Mori",
        "seal_ring": "MINISTRY OF FOREIGN AFFAIRS * JAPAN * ",
        "seal_center": ["外務省"],
    }
    pages = [civil.japan_koseki(ks, o.rng("ks")).img, civil.apostille(ap, o.rng("ap"), "ja").img]
    o.scan_pdf("koseki_apostille.pdf", pages, "ks-scan", creator="RICOH IM C3000")
    o.add(
        [{"path": "koseki_apostille.pdf", "pages": [1]}],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "高橋",
            "given_names": "健太",
            "date_of_birth": a["dob"],
            "place_of_birth": "北海道札幌市",
            "issuing_country": "JPN",
            "language": "ja",
            "has_apostille": True,
        },
        "koseki tohon (full family register extract); dates in Japanese eras (Showa 63)",
    )
    o.add(
        [{"path": "koseki_apostille.pdf", "pages": [2]}],
        "apostille",
        "image_pdf",
        {
            "country": "JPN",
            "issued_on": "2026-03-10",
            "number": "26-017452",
            "signed_by": "Ministry of Foreign Affairs",
        },
    )
    tr = {
        "translator": [
            "Mariko FAUCHER-ISHII",
            "Traductrice-interprète assermentée",
            "Cour d'appel de Paris — japonais",
            "75011 Paris",
        ],
        "ref": "MF-26-0412",
        "src": "japonais",
        "font": "freeserif",
        "font_b": "freeserif-b",
        "rows": [
            ("#CERTIFICAT DE TOUS LES ÉLÉMENTS DU REGISTRE DE FAMILLE (KOSEKI)", ""),
            ("Domicile légal :", "Hokkaido, Sapporo, Chuo-ku, Kita 1-jo Nishi 2-chome 1"),
            ("Chef de famille :", "TAKAHASHI Kenta"),
            ("Personne inscrite :", "TAKAHASHI Kenta, fils aîné"),
            ("Date de naissance :", "11 février 1988 (an 63 de l'ère Showa)"),
            ("Lieu de naissance :", "Sapporo, Hokkaido"),
            ("Père / Mère :", "TAKAHASHI Makoto / TAKAHASHI Yumiko"),
            ("Mariage :", "6 juin 2020 avec SATO Yuki"),
            (
                "Personne inscrite :",
                "TAKAHASHI Yuki, épouse, née le 23 juillet 1991 à Asahikawa (Hokkaido)",
            ),
            ("Délivré le :", "2 mars 2026, maire de l'arrondissement Chuo, Sapporo"),
            (
                "#Apostille n° 26-017452 du 10 mars 2026, ministère des Affaires "
                "étrangères du Japon.",
                "",
            ),
        ],
        "cert": "Je soussignée, Mariko FAUCHER-ISHII, traductrice assermentée près la Cour "
        "d'appel de Paris, certifie que la présente traduction est conforme à "
        "l'original rédigé en langue japonaise.",
        "place_date": "Paris, le 14/04/2026",
        "name": "Mariko Faucher",
        "stamp_ring": "TRADUCTEUR ASSERMENTÉ * COUR D'APPEL PARIS * ",
        "stamp_center": ["JAPONAIS", "M. FAUCHER"],
    }
    o.scan_pdf("traduction_koseki.pdf", civil.translation(tr, o.rng("tr")), "tr-scan", grey=True)
    o.add(
        [{"path": "traduction_koseki.pdf", "pages": [1]}],
        "translation",
        "image_pdf",
        {
            "surname": "TAKAHASHI",
            "given_names": "Kenta",
            "date_of_birth": a["dob"],
            "language": "fr",
            "source_language": "ja",
        },
    )
    ls = {
        "landlord": "SCI LECOURBE PATRIMOINE",
        "landlord_addr": "représentée par son gérant "
        "M. Olivier Sarrazin, 31 avenue Félix Faure, 75015 Paris",
        "tenants_printed": ["Monsieur Kenta TAKAHASHI", "Madame Yuki TAKAHASHI"],
        "address": "8 rue Lecourbe, 4e étage droite, 75015 Paris",
        "descr": "Appartement de trois pièces principales, 58 m², chauffage individuel électrique.",
        "start": "2026-04-10",
        "signed": "2026-04-03",
        "rent": "1 690",
        "charges": "140",
        "city": "Paris",
        "font": "lato",
        "font_b": "lato-b",
    }
    o.text_pdf(
        "bail_lecourbe.pdf",
        lambda pg: french.lease(pg, ls, o.rng("lease")),
        2,
        "Bail d'habitation",
        "Agence Lecourbe Immobilier",
    )
    o.add(
        [{"path": "bail_lecourbe.pdf", "pages": [1, 2]}],
        "lease",
        "text_pdf",
        {
            "tenant_names": ["Kenta TAKAHASHI", "Yuki TAKAHASHI"],
            "landlord": "SCI LECOURBE PATRIMOINE",
            "address": "8 rue Lecourbe, 4e étage droite, 75015 Paris",
            "start_date": "2026-04-10",
        },
    )
    rb = dict(
        P.RIB_JAPAN,
        bank="sg",
        bank_name="SOCIETE GENERALE",
        bic="SOGEFRPP",
        holder_printed="MME TAKAHASHI YUKI",
        holder_addr=["8 RUE LECOURBE", "75015 PARIS"],
        agency=["PARIS PASTEUR", "92 BD PASTEUR", "75015 PARIS"],
        footer="Société Générale SA — 29 bd Haussmann 75009 Paris — 552 120 222 RCS Paris",
        font="carlito",
        font_b="carlito-b",
    )
    o.text_pdf("RIB_SG.pdf", lambda pg: french2.rib(pg[0], rb), 1, "RIB", "Societe Generale")
    o.add(
        [{"path": "RIB_SG.pdf", "pages": [1]}],
        "rib",
        "text_pdf",
        {
            "holder_name": "TAKAHASHI YUKI",
            "iban": rb["iban"],
            "bic": "SOGEFRPP",
            "bank_name": "SOCIETE GENERALE",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "DEFECT: the account is the wife's alone (same surname, other given name)",
    )
    req = dict(ALL_OK, employment="not_applicable", bank_details="invalid")
    return {
        "as_of": "2026-12-08",
        "employed": False,
        "status": "incomplete",
        "requirements": req,
        "defect": "RIB in the name of the applicant's wife (Yuki TAKAHASHI) only: the holder "
        "is someone else",
    }
