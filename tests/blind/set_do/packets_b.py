"""Packets p03 (Japan, form name differs) and p04 (Madagascar, host's ID missing)."""

from checks import fr_iban, iban_ok, mrva, rib_key_ok, siret, td1, td3, verify_mrz
from packets_a import ALL_OK, card_photo, passport_fields, passport_style
from render import on_a4, render_pil


def p03(P, D, F):
    ap = {"surname": "TANAKA", "given_names": "YUI", "date_of_birth": "1996-05-12"}
    addr = ["14 cours de l'Argonne, Appt 3B", "33000 BORDEAUX"]
    pp = {
        "surname": "TANAKA",
        "given": "YUI",
        "number": "TZ4182736",
        "dob": "1996-05-12",
        "sex": "F",
        "exp": "2033-07-31",
        "issued": "2023-08-01",
        "place": "TOKYO",
    }
    pp["mrz"] = td3("JPN", "TANAKA", "YUI", pp["number"], "JPN", pp["dob"], "F", pp["exp"])
    assert verify_mrz(pp["mrz"])
    f = {
        "surname": "LEFEBVRE",
        "given": "YUI",
        "sex": "F",
        "dob": pp["dob"],
        "pob": "Yokohama (Japon)",
        "nat": "Japonaise",
        "addr": addr[0],
        "cp": "33000",
        "city": "Bordeaux",
        "tel": "07 81 62 39 14",
        "mail": "yui.lefebvre@gmail.com",
        "situation": "sans_activite",
        "place": "Bordeaux",
        "signed_on": "2026-11-23",
        "sig_seed": 303,
    }
    pages = F.form(f, "typed", 0)
    a = P.scan(pages[0], "scan0001.jpg")
    b = P.scan(pages[1], "scan0002.jpg")
    P.add(
        [(a, [1]), (b, [1])],
        "application_form",
        "scan",
        {
            "surname": "LEFEBVRE",
            "given_names": "YUI",
            "date_of_birth": pp["dob"],
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-11-23",
            "nir": None,
        },
        "DEFECT: the husband's surname LEFEBVRE written as 'Nom de naissance', usage name "
        "left blank; passport and koseki say TANAKA",
    )
    fn = card_photo(P, D.passport(pp, passport_style("JPN")), "IMG_20261120_101455.jpg", rot=90)
    P.add([(fn, [1])], "passport", "phone_photo", passport_fields(pp, "JPN"), "photo rotated 90°")
    v = dict(
        number="018264519",
        until="2027-03-19",
        days=365,
        issued_in="TOKYO",
        issued="2026-03-02",
        passport=pp["number"],
        name="TANAKA YUI",
        remarks=["VLS-TS VIE PRIVEE ET FAMILIALE", "CONJOINT DE FRANCAIS"],
        **{"from": "2026-03-20"},
    )
    v["mrz"] = mrva("FRA", "TANAKA", "YUI", v["number"], "JPN", pp["dob"], "F", v["until"])
    assert verify_mrz(v["mrz"])
    fn = P.scan(on_a4([render_pil(D.visa(v), 200)]), "visa.png")
    P.add(
        [(fn, [1])],
        "long_stay_visa",
        "scan",
        {
            "surname": "TANAKA",
            "given_names": "YUI",
            "document_number": v["number"],
            "nationality": "JPN",
            "issuing_country": "FRA",
            "date_of_birth": pp["dob"],
            "sex": "F",
            "expiry_date": v["until"],
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": "VIE PRIVEE ET FAMILIALE",
            "valid_from": "2026-03-20",
            "valid_until": v["until"],
        },
    )
    k = {
        "honseki": "東京都世田谷区奥沢三丁目２１番",
        "head": "田中　結衣",
        "created": "令和５年９月２２日",
        "name": "結衣",
        "dob_jp": "平成８年５月１２日",
        "father": "田中　健一",
        "mother": "田中　由美子",
        "pob": "神奈川県横浜市",
        "reported": "平成８年５月２０日",
        "married": "令和５年９月２日",
        "spouse": "ルフェーブル，トマ",
        "spouse_dob": "西暦１９９４年１月７日",
        "issued_jp": "令和８年２月１６日",
        "mayor": "東京都世田谷区長　山本　和彦",
        "serial": "001284",
    }
    fn = P.scan(D.koseki(k), "koseki.jpg")
    P.add(
        [(fn, [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "田中",
            "given_names": "結衣",
            "date_of_birth": "1996-05-12",
            "place_of_birth": "神奈川県横浜市",
            "issuing_country": "JPN",
            "language": "ja",
            "has_apostille": True,
        },
        "koseki tohon (全部事項証明), family name first, era dates "
        "(平成8年 = 1996); read with its English translation",
    )
    tr = {
        "rows": [
            ("Registered domicile", "3-21 Okusawa, Setagaya-ku, Tokyo"),
            ("Head of family", "TANAKA Yui"),
            ("Name", "TANAKA Yui (family name first)"),
            ("Date of birth", "May 12, 1996 (Heisei 8)"),
            ("Place of birth", "Yokohama City, Kanagawa Prefecture"),
            ("Father / Mother", "TANAKA Kenichi / TANAKA Yumiko"),
            ("Relationship", "Eldest daughter"),
            (
                "Marriage",
                [
                    "Date of marriage: September 2, 2023 (Reiwa 5)",
                    "Spouse: LEFEBVRE, Thomas (French Republic)",
                    "Spouse's date of birth: January 7, 1994",
                ],
            ),
            ("Issued", ["February 16, 2026, Mayor of Setagaya City, Tokyo", "Serial No. 001284"]),
        ],
        "cert": [
            "I hereby certify that the above is a true and faithful translation of",
            "the attached Japanese original.",
        ],
        "translator": "Translated by: Keiko MORIMOTO",
        "date": "2026-02-24",
        "translator_addr": "Morimoto Translation Office, 2-5-1 Kudan-minami, Chiyoda-ku, Tokyo",
    }
    fn = P.text_pdf([D.koseki_translation(tr)], "koseki_translation_EN.pdf")
    P.add(
        [(fn, [1])],
        "translation",
        "text_pdf",
        {"surname": "TANAKA", "given_names": "Yui", "date_of_birth": "1996-05-12"},
        "English translation of the koseki (not a French sworn translation)",
    )
    apo = {
        "country": "JAPAN",
        "signer": "YAMAMOTO Kazuhiko",
        "capacity": "Mayor of Setagaya City",
        "seal_of": "Mayor of Setagaya City",
        "at": "Tokyo",
        "on_text": "20 February 2026",
        "by": "Ministry of Foreign Affairs",
        "number": "26-012345",
        "signed_by": "SATO Kenji",
        "seal_text": "MINISTRY OF FOREIGN AFFAIRS JAPAN",
        "local": "外務省 アポスティーユ",
    }
    fn = P.scan(D.apostille(apo), "apostille_japon.jpg")
    P.add(
        [(fn, [1])],
        "apostille",
        "scan",
        {
            "country": "JPN",
            "issued_on": "2026-02-20",
            "number": "26-012345",
            "signed_by": "SATO Kenji",
        },
        "apostille of the koseki",
    )
    le = {
        "city": "Bordeaux",
        "signed": "2026-03-24",
        "sig": 606,
        "tenant_sigs": [607, 608],
        "sections": [
            (
                "I. DÉSIGNATION DES PARTIES",
                [
                    "Le bailleur : SCI LES TILLEULS, 9 rue Judaïque, 33000 Bordeaux,",
                    "représentée par Mme Catherine ROUX, gérante.",
                    "Le(s) locataire(s) : M. Thomas LEFEBVRE et Mme Yui TANAKA",
                ],
            ),
            (
                "II. OBJET DU CONTRAT",
                [
                    "Adresse du logement : 14 cours de l'Argonne, Appt 3B, 33000 Bordeaux",
                    "Type d'habitat : immeuble collectif — 3 pièces principales — 64 m²",
                    "Régime juridique : copropriété — Usage : habitation principale",
                ],
            ),
            (
                "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
                [
                    "Date de prise d'effet : 1er avril 2026",
                    "Durée du contrat : 3 ans (bailleur personne morale : 6 ans)",
                ],
            ),
            (
                "IV. CONDITIONS FINANCIÈRES",
                [
                    "Loyer mensuel hors charges : 1 040,00 €",
                    "Provision pour charges : 85,00 € — Dépôt de garantie : 1 040,00 €",
                    "Loyer payable mensuellement et d'avance, le 1er de chaque mois.",
                ],
            ),
        ],
        "sections2": [
            ("V. TRAVAUX", ["Néant."]),
            ("VI. GARANTIES", ["Caution solidaire : néant."]),
            (
                "VII. ANNEXES",
                [
                    "Dossier de diagnostic technique, état des lieux d'entrée,",
                    "notice d'information, extrait du règlement de copropriété.",
                ],
            ),
        ],
    }
    fn = P.image_pdf(F.lease(le), "bail_appartement.pdf")
    P.add(
        [(fn, [1, 2])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Thomas LEFEBVRE", "Yui TANAKA"],
            "landlord": "SCI LES TILLEULS",
            "address": "14 cours de l'Argonne, Appt 3B, 33000 Bordeaux",
            "start_date": "2026-04-01",
        },
    )
    iban, key = fr_iban("30003", "01840", "00050412937")
    assert iban_ok(iban) and rib_key_ok("30003", "01840", "00050412937", key)
    rb = {
        "bank": "SOCIETE GENERALE",
        "bank_sub": "Agence Bordeaux Gambetta",
        "color": (220, 0, 20),
        "holder": "M THOMAS LEFEBVRE OU MME YUI TANAKA",
        "addr": addr,
        "agency": ["SG BORDEAUX GAMBETTA", "2 place Gambetta", "33000 BORDEAUX"],
        "bank_code": "30003",
        "branch": "01840",
        "account": "00050412937",
        "key": key,
        "iban": iban,
        "bic": "SOGEFRPP",
        "footer": [
            (
                "Société Générale — SA au capital de 1 000 395 971,25 € — 552 120 222 RCS "
                "Paris — Siège social : 29 bd Haussmann, 75009 Paris"
            )
        ],
    }
    fn = P.text_pdf([F.rib(rb)], "RIB_compte_joint.pdf")
    P.add(
        [(fn, [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": rb["holder"],
            "iban": iban,
            "bic": "SOGEFRPP",
            "bank_name": "Société Générale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "joint account including the applicant",
    )
    req = dict(ALL_OK, application_form="invalid", employment="not_applicable")
    P.truth(
        "2026-11-27",
        False,
        req,
        "form: 'Nom de naissance' filled with the husband's surname LEFEBVRE instead of "
        "the birth surname TANAKA (passport)",
        ap,
    )


def p04(P, D, F):
    sur, giv = "RANDRIANARIVELOMANANTSOA", "FANOMEZANTSOA HERY"
    ap = {"surname": sur, "given_names": giv, "date_of_birth": "1990-08-25"}
    pp = {
        "surname": sur,
        "given": giv,
        "number": "21AB47815",
        "dob": "1990-08-25",
        "sex": "M",
        "exp": "2031-06-09",
        "issued": "2021-06-10",
        "place": "ANTANANARIVO",
    }
    pp["mrz"] = td3("MDG", sur, giv, pp["number"], "MDG", pp["dob"], "M", pp["exp"])
    assert verify_mrz(pp["mrz"]) and pp["mrz"][0].endswith("<<FANOMEZANTSOA")
    f = {
        "surname": sur,
        "given": giv,
        "sex": "M",
        "dob": pp["dob"],
        "pob": "Antananarivo (Madagascar)",
        "nat": "Malgache",
        "addr": "chez Mme Rasoanaivo, 12 av. Pierre Brossolette, Bât. C",
        "cp": "94000",
        "city": "Créteil",
        "tel": "06 52 90 37 18",
        "mail": "hery.randria@yahoo.fr",
        "situation": "salarie",
        "job": "Aide-soignant",
        "contract": "CDI",
        "place": "Créteil",
        "signed_on": "2026-11-14",
        "sig_seed": 404,
    }
    pages = F.form(f, "hand", 1)
    a = P.scan(pages[0], "formulaire_p1.jpg")
    b = P.scan(pages[1], "formulaire_p2.jpg")
    P.add(
        [(a, [1]), (b, [1])],
        "application_form",
        "scan",
        {
            "surname": sur,
            "given_names": giv,
            "date_of_birth": pp["dob"],
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-14",
            "nir": None,
        },
        "hand-filled",
    )
    fn = card_photo(P, D.passport(pp, passport_style("MDG")), "IMG_0931.jpg", rot=270)
    P.add(
        [(fn, [1])],
        "passport",
        "phone_photo",
        passport_fields(pp, "MDG"),
        "MRZ name field truncated after FANOMEZANTSOA (44 characters do not fit in 39)",
    )
    c = {
        "surname": sur,
        "given": giv,
        "number": "MA2K71953",
        "dob": pp["dob"],
        "sex": "M",
        "nat": "MDG",
        "exp": "2029-12-02",
        "issued": "2025-12-03",
        "kind": "SALARIÉ",
        "pob": "ANTANANARIVO (MDG)",
        "addr": ["12 AV PIERRE BROSSOLETTE BAT C", "94000 CRETEIL"],
        "remarks": "CARTE DE SÉJOUR PLURIANNUELLE",
        "prefecture": "PRÉF. VAL-DE-MARNE",
        "seed": 29,
    }
    c["mrz"] = td1("IR", "FRA", c["number"], c["dob"], "M", c["exp"], "MDG", sur, giv)
    assert verify_mrz(c["mrz"])
    fn = P.image_pdf(
        [on_a4([render_pil(D.permit_front(c), 200), render_pil(D.permit_back(c), 200)])],
        "titre_de_sejour.pdf",
    )
    P.add(
        [(fn, [1])],
        "residence_permit",
        "image_pdf",
        {
            "surname": sur,
            "given_names": giv,
            "document_number": c["number"],
            "nationality": "MDG",
            "issuing_country": "FRA",
            "date_of_birth": pp["dob"],
            "sex": "M",
            "expiry_date": c["exp"],
            "mrz_valid": True,
        },
        "front and back photocopied on one page; TD1 name line truncated",
    )
    bc = {
        "dob": pp["dob"],
        "arr": "4",
        "act": "2187",
        "issued": "2026-01-14",
        "mg": [
            "Tamin'ny faha-dimy amby roapolo ny volana aogositra taona arivo sy",
            "sivin-jato sy sivifolo, tamin'ny folo ora maraina, no teraka tao amin'ny",
            "HJRA Ampefiloha, Antananarivo :",
        ],
        "fr": [
            "Le vingt-cinq août mil neuf cent quatre-vingt-dix, à dix heures du matin,",
            "est né à l'hôpital HJRA Ampefiloha, Antananarivo :",
        ],
        "name_line": "RANDRIANARIVELOMANANTSOA Fanomezantsoa Hery, de sexe masculin,",
        "fr2": [
            "fils de RANDRIANARIVELO Jean Pierre, né le 02/03/1961, instituteur,",
            "et de RAHARIMALALA Voahangy Marie, née le 17/11/1964, sans profession,",
            "domiciliés au lot IVG 128 Antsahabe, Antananarivo.",
            "Dressé le 28/08/1990 sur la déclaration du père, par nous, officier",
            "de l'état civil.",
        ],
    }
    lg = {
        "blocks": [
            {
                "seed": 51,
                "seal": "MINISTERE DES AFFAIRES ETRANGERES",
                "rows": [
                    "MINISTÈRE DES AFFAIRES ÉTRANGÈRES — MADAGASCAR",
                    "Vu pour légalisation de la signature de",
                    "Mme RAZAFY Hanitra, officier de l'état civil,",
                    "Antananarivo, le 20/01/2026 — N° 0412/MAE/DAJ/LEG",
                ],
            },
            {
                "seed": 52,
                "seal": "AMBASSADE DE FRANCE MADAGASCAR",
                "rows": [
                    "AMBASSADE DE FRANCE À MADAGASCAR — Service consulaire",
                    "Vu pour légalisation de la signature de",
                    "M. RAKOTO Andry, Ministère des Affaires étrangères,",
                    "Antananarivo, le 27/01/2026 — N° 2026/0187",
                ],
            },
        ]
    }
    fn = P.image_pdf([D.madagascar_birth(bc), D.legalisation(lg)], "acte_naissance_legalise.pdf")
    P.add(
        [(fn, [1, 2])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": sur,
            "given_names": "Fanomezantsoa Hery",
            "date_of_birth": pp["dob"],
            "place_of_birth": "Antananarivo",
            "issuing_country": "MDG",
            "language": "mg+fr",
            "has_apostille": False,
        },
        "kopia nadika; legalised on the back (Madagascar MFA + French embassy) instead of "
        "an apostille",
    )
    at = {
        "sig": 505,
        "host_block": [
            "Nathalie RASOANAIVO",
            "12 avenue Pierre Brossolette, Bât. C",
            "94000 Créteil",
        ],
        "body": [
            "Je soussignée Nathalie RASOANAIVO, née le 04/12/1985",
            "à Fianarantsoa (Madagascar), demeurant 12 avenue",
            "Pierre Brossolette, Bât. C, 94000 Créteil, atteste sur",
            "l'honneur héberger à mon domicile depuis le 01/03/2026",
            "M. RANDRIANARIVELOMANANTSOA Fanomezantsoa Hery,",
            "né le 25/08/1990 à Antananarivo (Madagascar).",
            "Fait pour servir et valoir ce que de droit.",
        ],
        "done": "Fait à Créteil, le 10/11/2026",
    }
    fn = P.photo(F.attestation(at, "hand"), "attestation_hebergement.jpg")
    P.add(
        [(fn, [1])],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Nathalie RASOANAIVO",
            "hosted_name": "RANDRIANARIVELOMANANTSOA Fanomezantsoa Hery",
            "address": "12 avenue Pierre Brossolette, Bât. C, 94000 Créteil",
            "since_date": "2026-03-01",
            "signed_on": "2026-11-10",
            "signed": True,
        },
        "handwritten and signed; the host's identity document is NOT in the packet",
    )
    le = {
        "city": "Créteil",
        "signed": "2019-08-22",
        "sig": 707,
        "tenant_sigs": [708],
        "sections": [
            (
                "I. DÉSIGNATION DES PARTIES",
                [
                    "Le bailleur : M. Gérard FONTAINE, 3 rue de Mesly, 94000 Créteil.",
                    "Le locataire : Mme Nathalie RASOANAIVO",
                ],
            ),
            (
                "II. OBJET DU CONTRAT",
                [
                    "Adresse du logement : 12 avenue Pierre Brossolette, Bât. C,",
                    "94000 Créteil — 4e étage, porte gauche — 3 pièces — 58 m²",
                    "Usage : habitation principale",
                ],
            ),
            (
                "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
                [
                    "Date de prise d'effet : 1er septembre 2019",
                    "Durée : 3 ans, renouvelable tacitement",
                ],
            ),
            (
                "IV. CONDITIONS FINANCIÈRES",
                [
                    "Loyer mensuel hors charges : 890,00 € — charges : 110,00 €",
                    "Dépôt de garantie : 890,00 €",
                ],
            ),
        ],
        "sections2": [
            (
                "V. CLAUSE RÉSOLUTOIRE",
                [
                    "Le bail sera résilié de plein droit en cas de défaut de paiement",
                    "du loyer, deux mois après un commandement demeuré infructueux.",
                ],
            ),
            ("VI. ANNEXES", ["État des lieux, diagnostics techniques."]),
        ],
    }
    fn = P.image_pdf(F.lease(le), "bail_Mme_Rasoanaivo.pdf")
    P.add(
        [(fn, [1, 2])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Nathalie RASOANAIVO"],
            "landlord": "Gérard FONTAINE",
            "address": "12 avenue Pierre Brossolette, Bât. C, 94000 Créteil",
            "start_date": "2019-09-01",
        },
        "the host's lease",
    )
    st = siret("79184302", "0002")
    emp = "SAS CLINIQUE DES CÈDRES"
    k = {
        "title": "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE",
        "city": "Créteil",
        "signed": "2026-01-05",
        "sig1": 801,
        "sig2": 802,
        "employer_block": [
            f"La société {emp}, SAS au capital de 450 000 €,",
            f"SIRET {st}, dont le siège est 40 rue Gabriel Péri,",
            "94000 Créteil, représentée par Mme Sophie Lenoir, directrice,",
        ],
        "employee_block": [
            "M. RANDRIANARIVELOMANANTSOA Fanomezantsoa Hery,",
            "né le 25/08/1990 à Antananarivo (Madagascar), de nationalité",
            "malgache, demeurant 12 avenue Pierre Brossolette, 94000 Créteil,",
        ],
        "articles": [
            (
                "Article 1 — Engagement",
                [
                    "Le Salarié est engagé à compter du 12 janvier 2026 pour une durée",
                    "indéterminée.",
                ],
            ),
            (
                "Article 2 — Fonctions",
                [
                    "Il exercera les fonctions d'aide-soignant, en service de médecine,",
                    "selon un planning de jour et de nuit.",
                ],
            ),
            ("Article 3 — Période d'essai", ["Deux mois."]),
            (
                "Article 4 — Rémunération",
                ["Salaire mensuel brut : 2 180,00 € pour 151,67 heures, primes en sus."],
            ),
            (
                "Article 5 — Convention collective",
                ["Convention collective de l'hospitalisation privée (FHP, IDCC 2264)."],
            ),
        ],
    }
    fn = P.image_pdf(F.contract(k), "contrat_travail.pdf")
    P.add(
        [(fn, [1, 2])],
        "employment_contract",
        "image_pdf",
        {
            "employer": emp,
            "employee_name": "RANDRIANARIVELOMANANTSOA Fanomezantsoa Hery",
            "contract_type": "CDI",
            "job_title": "aide-soignant",
            "start_date": "2026-01-12",
        },
    )
    ps = dict(
        employer=emp,
        employer_addr=["40 rue Gabriel Péri", "94000 CRÉTEIL"],
        siret=st,
        ape="8610Z",
        employee="M. RANDRIANARIVELOMANANTSOA Fanomezantsoa Hery",
        employee_addr=["12 avenue Pierre Brossolette, Bât. C", "94000 CRÉTEIL"],
        job="Aide-soignant",
        start="2026-01-12",
        contract="CDI",
        **{"from": "2026-10-01"},
        to="2026-10-31",
        paid="2026-10-31",
        net=1838.08,
        cc="Convention collective de l'hospitalisation privée (IDCC 2264)",
        lines=[
            ("Salaire de base", "151,67 h", "14,3733", "2 180,00"),
            ("Prime de nuit", "24,00 h", "2,1500", "51,60"),
            ("SALAIRE BRUT", "", "", "2 231,60"),
            ("Santé", "2 231,60", "", "-31,50"),
            ("Retraite", "2 231,60", "", "-252,37"),
            ("CSG déductible", "2 192,55", "6,80 %", "-149,09"),
            ("CSG/CRDS non déductible", "2 192,55", "2,90 %", "-63,58"),
            ("NET À PAYER AVANT IMPÔT SUR LE REVENU", "", "", "1 735,06"),
            ("Indemnité transport (Navigo 50 %)", "", "", "43,40"),
            ("Heures supplémentaires exonérées", "", "", "59,62"),
            ("Impôt sur le revenu prélevé à la source", "1 735,06", "0,00 %", "0,00"),
        ],
    )
    fn = P.text_pdf([F.payslip(ps)], "BS_octobre2026.pdf")
    P.add(
        [(fn, [1])],
        "payslip",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "RANDRIANARIVELOMANANTSOA Fanomezantsoa Hery",
            "period": "2026-10",
            "net_pay": 1838.08,
            "siret": st,
        },
    )
    iban, key = fr_iban("10278", "06039", "00021458901")
    assert iban_ok(iban) and rib_key_ok("10278", "06039", "00021458901", key)
    rb = {
        "bank": "Crédit Mutuel",
        "bank_sub": "Caisse de Crédit Mutuel Créteil Centre",
        "color": (0, 80, 150),
        "holder": f"M {sur} {giv}",
        "addr": ["12 AV PIERRE BROSSOLETTE BAT C", "94000 CRETEIL"],
        "agency": ["CCM CRETEIL CENTRE", "5 rue du Général Leclerc", "94000 CRETEIL"],
        "bank_code": "10278",
        "branch": "06039",
        "account": "00021458901",
        "key": key,
        "iban": iban,
        "bic": "CMCIFR2A",
        "footer": [
            (
                "Caisse de Crédit Mutuel — société coopérative de crédit à capital "
                "variable — ORIAS 07 003 758"
            )
        ],
    }
    fn = P.scan(F.rib(rb), "RIB.jpg")
    P.add(
        [(fn, [1])],
        "rib",
        "scan",
        {
            "holder_name": rb["holder"],
            "iban": iban,
            "bic": "CMCIFR2A",
            "bank_name": "Crédit Mutuel",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    req = dict(ALL_OK, residence_proof="invalid")
    P.truth(
        "2026-11-20",
        True,
        req,
        "residence proof by hosting: attestation and host's lease present but no copy of "
        "the host's identity document",
        ap,
    )
