"""Packets p01 (Tunisia, in order) and p02 (Peru, in order), plus shared builders."""

import calendar

from checks import d_fr, fr_iban, iban_ok, mrva, rib_key_ok, siret, td1, td3, verify_mrz
from render import on_a4, render_pil

ALL_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
    "employment": "complete",
}

PROVIDERS = {
    "edf": {
        "brand": "edf",
        "brand_sub": "EDF — Électricité de France",
        "color": (0, 91, 187),
        "doc_title": "Facture",
        "service": "electricity",
        "name": "EDF",
        "contract_line": "Offre : Tarif Bleu — option Base 6 kVA",
        "label": "Électricité — consommation",
        "footer": [
            (
                "EDF SA au capital de 2 084 365 041 € — 22-30 avenue de Wagram, "
                "75382 Paris cedex 08 — 552 081 317 R.C.S. Paris"
            ),
            "Service client : 09 69 32 15 15 (appel non surtaxé) — edf.fr",
        ],
    },
    "total": {
        "brand": "TotalEnergies",
        "brand_sub": "Électricité et gaz",
        "color": (230, 0, 40),
        "doc_title": "Facture mensuelle",
        "service": "electricity",
        "name": "TotalEnergies",
        "contract_line": "Offre Verte Fixe — électricité 6 kVA",
        "label": "Électricité — période du",
        "footer": [
            (
                "TotalEnergies Électricité et Gaz France — 2 bis rue Louis Armand, "
                "75015 Paris — RCS Nanterre 478 048 346"
            ),
            "Service client : 09 70 80 69 69 — totalenergies.fr",
        ],
    },
    "free": {
        "brand": "free",
        "brand_sub": "Freebox Pop — fibre",
        "color": (205, 30, 37),
        "doc_title": "Facture Freebox",
        "service": "internet",
        "name": "Free",
        "contract_line": "Identifiant : fbx48127355",
        "label": "Abonnement Freebox du",
        "footer": [
            (
                "Free SAS au capital de 3 441 812 € — 8 rue de la Ville l'Évêque, "
                "75008 Paris — RCS Paris 421 938 861"
            ),
            "Assistance : 3244",
        ],
    },
    "orange": {
        "brand": "orange",
        "brand_sub": "Livebox Fibre",
        "color": (255, 121, 0),
        "doc_title": "Facture",
        "service": "internet",
        "name": "Orange",
        "contract_line": "Offre Livebox Fibre — ligne 01 43 58 •• ••",
        "label": "Abonnement Internet du",
        "footer": [
            (
                "Orange SA au capital de 10 640 226 396 € — 111 quai du Président "
                "Roosevelt, 92130 Issy-les-Moulineaux — 380 129 866 RCS Nanterre"
            )
        ],
    },
}


def month_span(ym):
    y, m = int(ym[:4]), int(ym[5:7])
    return f"{ym}-01", f"{ym}-{calendar.monthrange(y, m)[1]:02d}"


def make_bill(key, holder, addr, ym, issue, lines, inv, client):
    pv = PROVIDERS[key]
    start, end = month_span(ym)
    amount = round(sum(a for _, a in lines), 2)
    b = dict(
        pv,
        holder_line=holder,
        addr=addr,
        issue=issue,
        invoice_no=inv,
        client=client,
        site_word="consommation" if pv["service"] == "electricity" else "l'installation",
        period_line=f"{pv['label']} {d_fr(start)} au {d_fr(end)}".replace(
            "consommation ", "consommation du "
        ),
        pay_line=f"Prélevé le {d_fr(issue[:8] + '18')} sur votre compte",
        lines=lines,
        amount=amount,
    )
    fields = {
        "provider": pv["name"],
        "service": pv["service"],
        "holder_name": holder,
        "address": ", ".join(addr),
        "issue_date": issue,
        "period_start": start,
        "period_end": end,
        "amount": amount,
        "month": ym,
    }
    return b, fields


def passport_style(code):
    if code == "TUN":
        return {
            "head1": "REPUBLIQUE TUNISIENNE",
            "head2": "PASSEPORT - PASSPORT",
            "code": "TUN",
            "nat": "TUNISIENNE",
            "labels": [
                "Type",
                "Code",
                "N° Passeport / Passport No.",
                "Nom / Surname",
                "Prénoms / Given names",
                "Nationalité / Nationality",
                "Date de naissance",
                "Sexe",
                "Lieu de naissance",
                "Date de délivrance",
                "Autorité",
                "Date d'expiration",
            ],
            "date": lambda s: d_fr(s),
            "authority": "TUNIS",
            "bg": (228, 236, 230),
            "ink": (20, 80, 50),
        }
    if code == "PER":
        return {
            "head1": "REPÚBLICA DEL PERÚ",
            "head2": "PASAPORTE / PASSPORT",
            "code": "PER",
            "nat": "PERUANA",
            "labels": [
                "Tipo/Type",
                "Código/Code",
                "Pasaporte N°/Passport No.",
                "Apellidos/Surname",
                "Nombres/Given names",
                "Nacionalidad/Nationality",
                "Fecha de nacimiento",
                "Sexo/Sex",
                "Lugar de nacimiento",
                "Fecha de expedición",
                "Autoridad/Authority",
                "Fecha de caducidad/Date of expiry",
            ],
            "date": lambda s: d_en(s),
            "authority": "MIGRACIONES",
            "bg": (240, 228, 228),
            "ink": (120, 20, 30),
        }
    if code == "FRA":
        return {
            "head1": "RÉPUBLIQUE FRANÇAISE",
            "head2": "PASSEPORT / PASSPORT",
            "code": "FRA",
            "nat": "Française",
            "labels": [
                "Type",
                "Code du pays",
                "Passeport n°",
                "Nom/Surname",
                "Prénoms/Given names",
                "Nationalité",
                "Date de naissance",
                "Sexe",
                "Lieu de naissance",
                "Date de délivrance",
                "Autorité",
                "Date d'expiration",
            ],
            "date": lambda s: s[8:10] + " " + s[5:7] + " " + s[:4],
            "authority": "Préfecture",
            "bg": (232, 230, 244),
            "ink": (40, 40, 120),
        }
    if code == "JPN":
        return {
            "head1": "日本国 JAPAN",
            "hf": "jp",
            "head2": "旅券 PASSPORT",
            "hf2": "jp",
            "code": "JPN",
            "nat": "JAPAN",
            "lf": "jp",
            "labels": [
                "型/Type",
                "発行国/Issuing country",
                "旅券番号/Passport No.",
                "姓/Surname",
                "名/Given name",
                "国籍/Nationality",
                "生年月日/Date of birth",
                "性別/Sex",
                "本籍/Registered Domicile",
                "発行年月日/Date of issue",
                "発行官庁/Authority",
                "有効期間満了日/Date of expiry",
            ],
            "date": lambda s: d_en(s),
            "authority": "MINISTRY OF FOREIGN AFFAIRS",
            "bg": (232, 228, 240),
            "ink": (110, 20, 60),
        }
    if code == "MDG":
        return {
            "head1": "REPOBLIKAN'I MADAGASIKARA",
            "head2": "PASIPAOROA / PASSEPORT / PASSPORT",
            "code": "MDG",
            "nat": "MALAGASY",
            "labels": [
                "Karazany/Type",
                "Kaody/Code",
                "Laharana/Passeport n°",
                "Anarana/Nom/Surname",
                "Fanampiny/Prénoms/Given names",
                "Zom-pirenena/Nationalité",
                "Daty nahaterahana/Date de naissance",
                "Lahy/Vavy/Sexe",
                "Toerana/Lieu de naissance",
                "Daty nanomezana/Délivrance",
                "Manam-pahefana/Autorité",
                "Daty fahataperana/Expiration",
            ],
            "date": lambda s: d_fr(s),
            "authority": "DGSN ANTANANARIVO",
            "bg": (236, 232, 222),
            "ink": (20, 90, 60),
        }
    raise KeyError(code)


def d_en(s):
    from checks import d_en as f

    return f(s)


def passport_fields(p, code):
    return {
        "surname": p["surname"],
        "given_names": p["given"],
        "document_number": p["number"],
        "nationality": code,
        "issuing_country": code,
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": p["exp"],
        "mrz_valid": verify_mrz(p["mrz"]),
    }


def card_img(page, dpi):
    return render_pil(page, dpi)


def card_scan(P, pages, fname):
    return P.scan(on_a4([card_img(pg, 200) for pg in pages]), fname)


def card_photo(P, page, fname, rot=0):
    return P.photo(card_img(page, 420), fname, rot=rot, fill=0.62)


def p01(P, D, F):
    ap = {"surname": "BEN SALAH", "given_names": "MOHAMED AMINE", "date_of_birth": "2003-04-17"}
    addr = ["27 rue de Marseille, Appt 12", "69007 LYON"]
    pp = {
        "surname": "BEN SALAH",
        "given": "MOHAMED AMINE",
        "number": "Z738105",
        "dob": "2003-04-17",
        "sex": "M",
        "exp": "2028-01-08",
        "issued": "2023-01-09",
        "place": "SFAX",
    }
    pp["mrz"] = td3(
        "TUN", pp["surname"], pp["given"], pp["number"], "TUN", pp["dob"], "M", pp["exp"], "1704038"
    )
    assert verify_mrz(pp["mrz"])
    # form: hand-filled, two phone photos
    f = {
        "surname": "BEN SALAH",
        "given": "MOHAMED AMINE",
        "sex": "M",
        "dob": pp["dob"],
        "pob": "Sfax (Tunisie)",
        "nat": "Tunisienne",
        "addr": addr[0],
        "cp": "69007",
        "city": "Lyon",
        "tel": "07 58 21 46 90",
        "mail": "m.bensalah03@gmail.com",
        "situation": "salarie",
        "job": "Équipier polyvalent",
        "contract": "CDD",
        "place": "Lyon",
        "signed_on": "2026-11-12",
        "sig_seed": 101,
    }
    pages = F.form(f, "hand", 0)
    a = P.photo(pages[0], "IMG_20261112_184233.jpg")
    b = P.photo(pages[1], "IMG_20261112_184301.jpg", rot=90)
    P.add(
        [(a, [1]), (b, [1])],
        "application_form",
        "phone_photo",
        {
            "surname": "BEN SALAH",
            "given_names": "MOHAMED AMINE",
            "date_of_birth": pp["dob"],
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-12",
            "nir": None,
        },
        "hand-filled; page 2 photographed rotated 90°; CDD job étudiant",
    )
    fn = card_scan(P, [D.passport(pp, passport_style("TUN"))], "scan_passeport.jpg")
    P.add([(fn, [1])], "passport", "scan", passport_fields(pp, "TUN"))
    c = {
        "surname": "BEN SALAH",
        "given": "MOHAMED AMINE",
        "number": "TS6P94817",
        "dob": pp["dob"],
        "sex": "M",
        "nat": "TUN",
        "exp": "2026-10-14",
        "issued": "2025-11-03",
        "kind": "ÉTUDIANT",
        "pob": "SFAX (TUNISIE)",
        "addr": ["27 RUE DE MARSEILLE APPT 12", "69007 LYON"],
        "remarks": "AUTORISE À TRAVAILLER À TITRE ACCESSOIRE",
        "prefecture": "PRÉF. RHÔNE",
        "seed": 17,
    }
    c["mrz"] = td1(
        "IR", "FRA", c["number"], c["dob"], "M", c["exp"], "TUN", c["surname"], c["given"]
    )
    assert verify_mrz(c["mrz"])
    r1 = card_photo(P, D.permit_front(c), "titre_sejour_recto.jpg")
    r2 = card_photo(P, D.permit_back(c), "titre_sejour_verso.jpg", rot=270)
    P.add(
        [(r1, [1]), (r2, [1])],
        "residence_permit",
        "phone_photo",
        {
            "surname": c["surname"],
            "given_names": c["given"],
            "document_number": c["number"],
            "nationality": "TUN",
            "issuing_country": "FRA",
            "date_of_birth": c["dob"],
            "sex": "M",
            "expiry_date": c["exp"],
            "mrz_valid": True,
        },
        "carte de séjour temporaire « étudiant », expired 2026-10-14; renewed by the récépissé",
    )
    rc = dict(
        prefecture="PRÉFECTURE DU RHÔNE",
        number="6902260418",
        agdref="6903146277",
        sub="Renouvellement — carte de séjour temporaire « étudiant »",
        surname="BEN SALAH",
        given="Mohamed Amine",
        dob=pp["dob"],
        pob="Sfax (Tunisie)",
        nat="Tunisienne",
        addr=addr,
        **{"from": "2026-10-05"},
        until="2027-01-04",
        work="Autorise son titulaire à travailler (60 % de la durée annuelle légale).",
        motif="renouvellement de titre de séjour étudiant",
        city="Lyon",
        seed=17,
    )
    fn = P.image_pdf([D.recepisse(rc)], "recepisse.pdf")
    P.add(
        [(fn, [1])],
        "residence_permit",
        "image_pdf",
        {
            "surname": "BEN SALAH",
            "given_names": "Mohamed Amine",
            "document_number": "6902260418",
            "nationality": "Tunisienne",
            "issuing_country": "FRA",
            "date_of_birth": pp["dob"],
            "sex": None,
            "expiry_date": "2027-01-04",
            "mrz_valid": None,
        },
        "récépissé de demande de renouvellement, valid 2026-10-05 to 2027-01-04 (no MRZ)",
    )
    bc = {
        "city": "Sfax",
        "city_ar": "بلدية صفاقس",
        "dob": pp["dob"],
        "act": "1184",
        "issued": "2026-05-22",
        "rows": [
            ("Nom et prénom", "BEN SALAH Mohamed Amine", "بن صالح محمد أمين", "الاسم واللقب"),
            ("Sexe", "Masculin", "ذكر", "الجنس"),
            (
                "Date de naissance",
                "17/04/2003 (dix-sept avril deux mille trois)",
                "2003/04/17",
                "تاريخ الولادة",
            ),
            ("Lieu de naissance", "Sfax", "صفاقس", "مكان الولادة"),
            ("Père", "Hédi ben Ali BEN SALAH", "الهادي بن علي بن صالح", "الأب"),
            ("Mère", "Fatma bent Mongi KHEMIRI", "فاطمة بنت المنجي الخميري", "الأم"),
            ("Nationalité", "Tunisienne", "تونسية", "الجنسية"),
        ],
    }
    fn = P.scan(D.tunisia_birth(bc), "extrait_naissance.png", 200)
    P.add(
        [(fn, [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "BEN SALAH",
            "given_names": "Mohamed Amine",
            "date_of_birth": pp["dob"],
            "place_of_birth": "Sfax",
            "issuing_country": "TUN",
            "language": "ar+fr",
            "has_apostille": False,
        },
        "bilingual Arabic/French extrait; Tunisia is exempt from legalisation/apostille "
        "for France (Franco-Tunisian convention of 28 June 1972)",
    )
    holder = "M MOHAMED AMINE BEN SALAH"
    b1, f1 = make_bill(
        "total",
        holder,
        addr,
        "2026-08",
        "2026-09-04",
        [
            ("Abonnement du 01/08 au 31/08", 13.42),
            ("Consommation 138 kWh × 0,1404 €", 19.38),
            ("Taxes et contributions", 5.82),
        ],
        "T2026090481227",
        "3 000 418 227",
    )
    fn = P.text_pdf([F.bill(b1)], "Facture_TotalEnergies_082026.pdf")
    P.add([(fn, [1])], "utility_bill", "text_pdf", f1)
    b2, f2 = make_bill(
        "free",
        "M. Mohamed Amine Ben Salah",
        addr,
        "2026-09",
        "2026-10-01",
        [("Forfait Freebox Pop", 24.99), ("Option TV", 5.00)],
        "FR4812735526",
        "48127355",
    )
    fn = P.text_pdf([F.bill(b2)], "facture_free_2026-09.pdf")
    P.add([(fn, [1])], "utility_bill", "text_pdf", f2)
    sfr = {
        "brand": "SFR",
        "color": (226, 0, 26),
        "title": "Facture d'octobre 2026",
        "invoice_no": "1126-0418-77",
        "issue": "2026-11-03",
        "amount": 15.99,
        "status": "Payée par prélèvement",
        "holder": "M MOHAMED AMINE BEN SALAH",
        "line": "06 12 48 73 05",
        "period_line": "du 01/10/2026 au 31/10/2026",
        "addr": addr,
        "previous": [("Septembre 2026", 15.99), ("Août 2026", 15.99), ("Juillet 2026", 18.49)],
    }
    fn = P.screenshot(F.bill_screen(sfr), "Screenshot_20261104-201512.png")
    P.add(
        [(fn, [1])],
        "utility_bill",
        "screenshot",
        {
            "provider": "SFR",
            "service": "mobile",
            "holder_name": sfr["holder"],
            "address": ", ".join(addr),
            "issue_date": "2026-11-03",
            "period_start": "2026-10-01",
            "period_end": "2026-10-31",
            "amount": 15.99,
            "month": "2026-10",
        },
    )
    iban, key = fr_iban("20041", "01007", "0734219N038")
    rb = {
        "bank": "La Banque Postale",
        "bank_sub": "Centre Financier de Lyon",
        "color": (0, 50, 110),
        "holder": "M MOHAMED AMINE BEN SALAH",
        "addr": addr,
        "agency": ["La Banque Postale", "Centre Financier de Lyon", "69900 Lyon Cedex 20"],
        "bank_code": "20041",
        "branch": "01007",
        "account": "0734219N038",
        "key": key,
        "iban": iban,
        "bic": "PSSTFRPPLYO",
        "footer": [
            (
                "La Banque Postale — SA à directoire et conseil de surveillance — "
                "115 rue de Sèvres, 75275 Paris Cedex 06 — RCS Paris 421 100 645"
            )
        ],
    }
    assert iban_ok(iban) and rib_key_ok("20041", "01007", "0734219N038", key)
    fn = P.text_pdf([F.rib(rb)], "RIB_LBP.pdf")
    P.add(
        [(fn, [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": rb["holder"],
            "iban": iban,
            "bic": rb["bic"],
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    st = siret("83214579", "0001")
    ps = dict(
        employer="SAS PART-DIEU RESTAURATION",
        employer_addr=["17 rue du Docteur Bouchut", "69003 LYON"],
        siret=" ".join([st[:3], st[3:6], st[6:9], st[9:]]),
        ape="5610C",
        employee="M. BEN SALAH Mohamed Amine",
        employee_addr=addr,
        job="Équipier polyvalent",
        start="2026-07-06",
        contract="CDD 20 h/sem.",
        **{"from": "2026-10-01"},
        to="2026-10-31",
        paid="2026-11-05",
        net=802.65,
        cc="Convention collective nationale de la restauration rapide (IDCC 1501)",
        lines=[
            ("Salaire de base", "86,67 h", "11,8800", "1 029,64"),
            ("SALAIRE BRUT", "", "", "1 029,64"),
            ("Santé — complémentaire", "1 029,64", "", "-12,40"),
            ("Retraite — sécurité sociale plafonnée", "1 029,64", "6,90 %", "-71,05"),
            ("Retraite — sécurité sociale déplafonnée", "1 029,64", "0,40 %", "-4,12"),
            ("Retraite complémentaire T1", "1 029,64", "4,01 %", "-41,29"),
            ("CSG déductible", "1 011,62", "6,80 %", "-68,79"),
            ("CSG/CRDS non déductible", "1 011,62", "2,90 %", "-29,34"),
            ("NET À PAYER AVANT IMPÔT SUR LE REVENU", "", "", "802,65"),
            ("Impôt sur le revenu prélevé à la source", "802,65", "0,00 %", "0,00"),
        ],
    )
    fn = P.image_pdf([F.payslip(ps)], "bulletin_octobre_2026.pdf")
    P.add(
        [(fn, [1])],
        "payslip",
        "image_pdf",
        {
            "employer": ps["employer"],
            "employee_name": "BEN SALAH Mohamed Amine",
            "period": "2026-10",
            "net_pay": 802.65,
            "siret": st,
        },
    )
    P.truth("2026-11-18", True, dict(ALL_OK), None, ap)


def p02(P, D, F):
    ap = {
        "surname": "FLORES HUAMAN",
        "given_names": "LUCIA MILAGROS",
        "date_of_birth": "1993-02-21",
    }
    addr = ["8 rue des Envierges", "75020 PARIS"]
    pp = {
        "surname": "FLORES HUAMAN",
        "given": "LUCIA MILAGROS",
        "number": "119284736",
        "dob": "1993-02-21",
        "sex": "F",
        "exp": "2034-02-04",
        "issued": "2024-02-05",
        "place": "AREQUIPA",
    }
    pp["mrz"] = td3(
        "PER",
        pp["surname"],
        pp["given"],
        pp["number"],
        "PER",
        pp["dob"],
        "F",
        pp["exp"],
        "71845236",
    )
    assert verify_mrz(pp["mrz"])
    f = {
        "surname": "FLORES HUAMAN",
        "given": "LUCIA MILAGROS",
        "sex": "F",
        "dob": pp["dob"],
        "pob": "Arequipa (Pérou)",
        "nat": "Péruvienne",
        "addr": "chez M. Marchand, " + addr[0],
        "cp": "75020",
        "city": "Paris",
        "tel": "06 44 17 82 09",
        "mail": "lucia.floresh@outlook.com",
        "situation": "salarie",
        "job": "Analyste de données",
        "contract": "CDI",
        "place": "Paris",
        "signed_on": "2026-11-19",
        "sig_seed": 202,
        "date_by_hand": True,
    }
    fn = P.image_pdf(F.form(f, "typed", 1), "formulaire_S1106.pdf")
    P.add(
        [(fn, [1, 2])],
        "application_form",
        "image_pdf",
        {
            "surname": "FLORES HUAMAN",
            "given_names": "LUCIA MILAGROS",
            "date_of_birth": pp["dob"],
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-19",
            "nir": None,
        },
        "typed on screen, printed, dated and signed by hand, scanned",
    )
    fn = card_photo(P, D.passport(pp, passport_style("PER")), "IMG_4471.jpg", rot=180)
    P.add(
        [(fn, [1])],
        "passport",
        "phone_photo",
        passport_fields(pp, "PER"),
        "photo upside down (180°)",
    )
    v = dict(
        number="017582934",
        until="2027-06-14",
        days=365,
        issued_in="LIMA",
        issued="2026-06-02",
        passport=pp["number"],
        name="FLORES HUAMAN LUCIA MILAGROS",
        remarks=["VLS-TS SALARIE", "TITRE DE SEJOUR A VALIDER DES L'ARRIVEE"],
        **{"from": "2026-06-15"},
    )
    v["mrz"] = mrva(
        "FRA", "FLORES HUAMAN", "LUCIA MILAGROS", v["number"], "PER", pp["dob"], "F", v["until"]
    )
    assert verify_mrz(v["mrz"])
    fn = card_photo(P, D.visa(v), "IMG_4472.jpg")
    P.add(
        [(fn, [1])],
        "long_stay_visa",
        "phone_photo",
        {
            "surname": "FLORES HUAMAN",
            "given_names": "LUCIA MILAGROS",
            "document_number": v["number"],
            "nationality": "PER",
            "issuing_country": "FRA",
            "date_of_birth": pp["dob"],
            "sex": "F",
            "expiry_date": v["until"],
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": "SALARIE",
            "valid_from": "2026-06-15",
            "valid_until": v["until"],
        },
    )
    bc = {
        "act": "3001458712",
        "ap1": "FLORES",
        "ap2": "HUAMÁN",
        "given": "LUCÍA MILAGROS",
        "dob": pp["dob"],
        "place": "AREQUIPA - AREQUIPA - AREQUIPA",
        "cui": "71845236",
        "mother": "HUAMÁN QUISPE, ROSA ELENA",
        "mdni": "29418763",
        "father": "FLORES CHÁVEZ, JORGE LUIS",
        "fdni": "29377410",
        "issued": "2026-03-10",
        "registered": "1993-03-04",
        "office": "MUNICIPALIDAD PROVINCIAL DE AREQUIPA",
    }
    apo = {
        "country": "República del Perú / Peru",
        "signer": "María del Carmen Torres Vela",
        "capacity": "Registradora Civil — RENIEC",
        "seal_of": "Registro Nacional de Identificación y Estado Civil",
        "at": "Lima",
        "on_text": "18 de marzo de 2026 / 18 March 2026",
        "by": "Ministerio de Relaciones Exteriores del Perú",
        "number": "2026-0048213",
        "signed_by": "Luis A. Paredes Rojas",
        "seal_text": "RELACIONES EXTERIORES PERU",
        "local": "(Convención de La Haya del 5 de octubre de 1961)",
    }
    fn = P.image_pdf([D.peru_birth(bc), D.apostille(apo)], "acta_nacimiento_apostillada.pdf")
    P.add(
        [(fn, [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "FLORES HUAMÁN",
            "given_names": "LUCÍA MILAGROS",
            "date_of_birth": pp["dob"],
            "place_of_birth": "AREQUIPA",
            "issuing_country": "PER",
            "language": "es",
            "has_apostille": True,
        },
        "RENIEC acta; two surnames (primer/segundo apellido)",
    )
    P.add(
        [(fn, [2])],
        "apostille",
        "image_pdf",
        {
            "country": "PER",
            "issued_on": "2026-03-18",
            "number": "2026-0048213",
            "signed_by": "Luis A. Paredes Rojas",
        },
    )
    host = {
        "surname": "MARCHAND",
        "given": "JULIEN PIERRE",
        "number": "22CV41876",
        "dob": "1988-09-30",
        "sex": "M",
        "exp": "2032-03-13",
        "issued": "2022-03-14",
        "place": "NANTES (44)",
    }
    host["mrz"] = td3(
        "FRA", host["surname"], host["given"], host["number"], "FRA", host["dob"], "M", host["exp"]
    )
    assert verify_mrz(host["mrz"])
    at = {
        "sig": 303,
        "host_block": ["Julien MARCHAND", addr[0], addr[1], "06 71 20 58 43"],
        "body": [
            "Je soussigné Julien MARCHAND, né le 30/09/1988 à Nantes (44),",
            "demeurant 8 rue des Envierges, 75020 Paris,",
            "atteste sur l'honneur héberger à mon domicile, depuis le 16/06/2026,",
            "Mme Lucía Milagros FLORES HUAMÁN, née le 21/02/1993 à Arequipa (Pérou),",
            "ma collègue de travail.",
            "",
            "Je joins la copie de mon passeport et de trois factures à mon nom.",
            "Fait pour servir et valoir ce que de droit.",
        ],
        "done": "Fait à Paris, le 09/11/2026",
    }
    fn = P.text_pdf([F.attestation(at, "typed")], "attestation_hebergement.pdf")
    P.add(
        [(fn, [1])],
        "hosting_attestation",
        "text_pdf",
        {
            "host_name": "Julien MARCHAND",
            "hosted_name": "Lucía Milagros FLORES HUAMÁN",
            "address": ", ".join(addr),
            "since_date": "2026-06-16",
            "signed_on": "2026-11-09",
            "signed": True,
        },
        "typed, signature image pasted",
    )
    fn = card_scan(P, [D.passport(host, passport_style("FRA"))], "passeport_julien.jpg")
    P.add(
        [(fn, [1])],
        "passport",
        "scan",
        passport_fields(host, "FRA"),
        "the host's passport (not the applicant's)",
    )
    b1, f1 = make_bill(
        "edf",
        "M JULIEN MARCHAND",
        addr,
        "2026-08",
        "2026-09-07",
        [
            ("Abonnement Base 6 kVA", 15.65),
            ("Consommation 171 kWh", 43.24),
            ("Taxes et contributions", 9.87),
        ],
        "10 184 227 531",
        "6 004 718 295",
    )
    fn = P.text_pdf([F.bill(b1)], "facture_edf_aout.pdf")
    P.add([(fn, [1])], "utility_bill", "text_pdf", f1, "host's bill")
    b2, f2 = make_bill(
        "orange",
        "M MARCHAND JULIEN",
        addr,
        "2026-09",
        "2026-10-05",
        [("Abonnement Livebox Fibre", 42.99), ("Communications", 0.0)],
        "F2610 0571 8834",
        "0571 883 412",
    )
    fn = P.image_pdf([F.bill(b2)], "orange_sept.pdf")
    P.add([(fn, [1])], "utility_bill", "image_pdf", f2, "host's bill, scanned paper copy")
    bt = {
        "brand": "Bouygues Telecom",
        "color": (0, 85, 164),
        "title": "Facture d'octobre 2026",
        "invoice_no": "2026-11-548217",
        "issue": "2026-11-02",
        "amount": 13.99,
        "status": "Prélèvement le 12/11/2026",
        "holder": "M JULIEN MARCHAND",
        "line": "06 71 20 58 43",
        "period_line": "du 01/10/2026 au 31/10/2026",
        "addr": addr,
        "previous": [("Septembre 2026", 13.99), ("Août 2026", 13.99), ("Juillet 2026", 13.99)],
    }
    fn = P.screenshot(F.bill_screen(bt), "Screenshot_2026-11-06-09-12-44.png")
    P.add(
        [(fn, [1])],
        "utility_bill",
        "screenshot",
        {
            "provider": "Bouygues Telecom",
            "service": "mobile",
            "holder_name": bt["holder"],
            "address": ", ".join(addr),
            "issue_date": "2026-11-02",
            "period_start": "2026-10-01",
            "period_end": "2026-10-31",
            "amount": 13.99,
            "month": "2026-10",
        },
        "host's bill",
    )
    st = siret("84201736", "0001")
    emp = "QUANTEO SAS"
    k = {
        "title": "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE",
        "city": "Paris",
        "signed": "2026-04-20",
        "sig1": 404,
        "sig2": 405,
        "employer_block": [
            f"La société {emp}, SAS au capital de 120 000 €,",
            f"immatriculée sous le n° SIRET {st},",
            "dont le siège est situé 41 rue du Faubourg Poissonnière, 75009 Paris,",
            "représentée par M. Olivier Garnier, Président,",
        ],
        "employee_block": [
            "Mme Lucía Milagros FLORES HUAMÁN, née le 21/02/1993 à Arequipa",
            "(Pérou), de nationalité péruvienne,",
        ],
        "articles": [
            (
                "Article 1 — Engagement",
                [
                    "Mme FLORES HUAMÁN est engagée à compter du 1er juillet 2026, sous réserve",
                    "de l'obtention de son autorisation de travail, pour une durée indéterminée.",
                ],
            ),
            (
                "Article 2 — Fonctions",
                [
                    "Elle exercera les fonctions d'Analyste de données, statut cadre,",
                    "position 2.1, coefficient 115 de la convention collective Syntec.",
                ],
            ),
            (
                "Article 3 — Période d'essai",
                [
                    "Le contrat ne deviendra définitif qu'à l'issue d'une période d'essai",
                    "de quatre mois, renouvelable une fois.",
                ],
            ),
            (
                "Article 4 — Rémunération",
                [
                    "Rémunération annuelle brute forfaitaire : 39 000 €, versée en douze",
                    "mensualités de 3 250 € bruts.",
                ],
            ),
            ("Article 5 — Durée du travail", ["Forfait annuel de 218 jours travaillés."]),
            ("Article 6 — Lieu de travail", ["41 rue du Faubourg Poissonnière, 75009 Paris."]),
        ],
    }
    fn = P.text_pdf(F.contract(k), "Contrat_CDI_Quanteo.pdf")
    P.add(
        [(fn, [1, 2])],
        "employment_contract",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "Lucía Milagros FLORES HUAMÁN",
            "contract_type": "CDI",
            "job_title": "Analyste de données",
            "start_date": "2026-07-01",
        },
    )
    ps = dict(
        employer=emp,
        employer_addr=["41 rue du Faubourg Poissonnière", "75009 PARIS"],
        siret=st,
        ape="6202A",
        employee="Mme FLORES HUAMAN Lucia Milagros",
        employee_addr=addr,
        job="Analyste de données (cadre)",
        start="2026-07-01",
        contract="CDI",
        **{"from": "2026-10-01"},
        to="2026-10-31",
        paid="2026-10-30",
        net=2428.51,
        cc="Convention collective Syntec (IDCC 1486)",
        lines=[
            ("Salaire de base", "151,67 h", "", "3 250,00"),
            ("SALAIRE BRUT", "", "", "3 250,00"),
            ("Santé", "3 250,00", "", "-38,20"),
            ("Prévoyance cadre", "3 250,00", "", "-24,05"),
            ("Retraite", "3 250,00", "", "-371,17"),
            ("Assurance chômage", "3 250,00", "0,00 %", "0,00"),
            ("CSG déductible", "3 193,13", "6,80 %", "-217,13"),
            ("CSG/CRDS non déductible", "3 193,13", "2,90 %", "-92,60"),
            ("NET À PAYER AVANT IMPÔT SUR LE REVENU", "", "", "2 506,85"),
            ("Impôt sur le revenu prélevé à la source", "2 506,85", "3,10 %", "-77,71"),
        ],
    )
    fn = P.text_pdf([F.payslip(ps)], "Bulletin_2026_10.pdf")
    P.add(
        [(fn, [1])],
        "payslip",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "FLORES HUAMAN Lucia Milagros",
            "period": "2026-10",
            "net_pay": 2428.51,
            "siret": st,
        },
    )
    iban, key = fr_iban("40618", "80271", "00040127843")
    rb = {
        "bank": "BoursoBank",
        "color": (0, 56, 101),
        "account_label": "Compte n° •••• 7843",
        "holder": "MME LUCIA MILAGROS FLORES HUAMAN",
        "iban": iban,
        "bic": "BOUSFRPPXXX",
        "bank_code": "40618",
        "branch": "80271",
        "account": "00040127843",
        "key": key,
        "agency": ["BoursoBank, 92772 Boulogne-Billancourt"],
    }
    fn = P.screenshot(F.rib_screen(rb), "IMG_4490.PNG")
    P.add(
        [(fn, [1])],
        "rib",
        "screenshot",
        {
            "holder_name": rb["holder"],
            "iban": iban,
            "bic": rb["bic"],
            "bank_name": "BoursoBank",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    P.truth("2026-11-24", True, dict(ALL_OK), None, ap)
