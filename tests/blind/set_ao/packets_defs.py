"""Packet definitions p01-p04 (see README.md)."""

from __future__ import annotations

import ids
import papers
from packets import (
    BY_LABELS,
    ES_LABELS,
    FR_LABELS,
    MN_LABELS,
    F,
    apostille_items,
    bill_fields,
    doc,
    euro,
    form_fields,
    fr,
    fr_rib,
    ident,
    reqs,
    siret,
    truth,
    yymmdd,
)
from render import iban_from_bban, iban_ok, mrva, spaced, td1, td3

# ----------------------------------------------------------------------------- p01 Togo


def p01():
    """AGBODJAN Kokou Sélom, Togo, employed, lease route, in order, handwritten form."""
    sur, giv, dob = "AGBODJAN", "KOKOU SELOM", "1991-04-23"
    as_of = "2026-11-16"
    addr = ["14 rue Jangot, Appt 23", "69007 Lyon"]
    pno, pexp = "B0812734", "2032-03-09"
    mrz = td3("P", "P", "TGO", sur, giv, pno, "TGO", yymmdd(dob), "M", yymmdd(pexp))
    pp = ids.passport_page({
        "seed": 11, "state": "RÉPUBLIQUE TOGOLAISE", "doc_title": "PASSEPORT / PASSPORT",
        "labels": FR_LABELS, "issuing": "TGO", "number": pno, "surname_print": sur,
        "given_print": "KOKOU SÉLOM", "nat_print": "TOGOLAISE", "dob_print": "23 AVR/APR 1991",
        "sex": "M", "pob_print": "LOMÉ", "issue_print": "10 MARS/MAR 2022",
        "exp_print": "09 MARS/MAR 2032", "authority": "DGDN LOMÉ", "mrz": mrz,
        "tint": (226, 232, 214), "skin": (110, 72, 50)})  # fmt: skip
    vno, vfrom, vto = "018734552", "2026-05-04", "2027-05-03"
    vmrz = mrva("FRA", sur, giv, vno, "TGO", yymmdd(dob), "M", yymmdd(vto))
    visa = ids.visa_page({
        "seed": 12, "number": vno, "from_print": "04-05-26", "until_print": "03-05-27",
        "days": "365", "issued_in": "LOME", "issued_print": "21-04-26", "passport": pno,
        "name_print": "AGBODJAN KOKOU SELOM", "mrz": vmrz, "skin": (110, 72, 50),
        "remarks": ["VLS-TS SALARIE", "CASE 8 DU FORMULAIRE OFII", "A VALIDER EN LIGNE"]})  # fmt: skip
    birth = ids.birth_certificate({
        "kind": "tgo", "seed": 13,
        "rows": [("Nom :", "AGBODJAN"), ("Prénoms :", "Kokou Sélom"),
                 ("Sexe :", "Masculin"), ("Né le :", "Vingt-trois avril mil neuf cent "
                                          "quatre-vingt-onze (23/04/1991)"),
                 ("À :", "Lomé (Togo), Centre hospitalier universitaire Tokoin"),
                 ("Père :", "AGBODJAN Komlan, commerçant"),
                 ("Mère :", "AFANOU Akossiwa, revendeuse")],
        "body": "Dressé le vingt-cinq avril mil neuf cent quatre-vingt-onze, sur la "
                "déclaration du père, qui a signé avec Nous, Officier de l'État civil. "
                "Copie intégrale certifiée conforme aux registres.",
        "issued_line": "Délivré à Lomé, le 03 février 2026"})  # fmt: skip
    lease_pages = papers.lease({
        "seed": 14, "font": "serif",
        "landlord_line": "SCI LES TERRASSES DE GERLAND, représentée par M. Gilles "
                         "FAURE-DUBREUIL, gérant, 41 quai Fulchiron, 69005 Lyon",
        "tenant_line": "M. AGBODJAN Kokou Sélom, né le 23/04/1991 à Lomé (Togo)",
        "address": "14 rue Jangot, Appartement 23, 2e étage, 69007 Lyon",
        "desc": "Type T2 de 41,5 m², immeuble collectif, chauffage individuel électrique, "
                "cave n° 7.",
        "start_print": "1er juin 2026",
        "money": "Loyer mensuel hors charges : 640,00 €. Provision sur charges : 55,00 €. "
                 "Dépôt de garantie : 640,00 €. Le loyer est payable d'avance le 1er de chaque "
                 "mois.",
        "clauses": [
            ("V. TRAVAUX", "Le locataire prend le logement dans l'état de l'état des lieux "
             "d'entrée annexé au présent contrat."),
            ("VI. GARANTIES", "Dépôt de garantie de 640,00 euros versé à la signature."),
            ("VII. CLAUSE RÉSOLUTOIRE", "Le bail sera résilié de plein droit à défaut de "
             "paiement du loyer ou des charges, deux mois après un commandement demeuré "
             "infructueux."),
            ("VIII. ANNEXES", "Dossier de diagnostic technique, notice d'information, état des "
             "lieux, règlement de copropriété (extraits).")],
        "signed_place": "Lyon", "signed_print": "27 mai 2026"})  # fmt: skip
    bank, branch, acct = "30003", "01890", "00050712345"
    key, iban = fr_rib(bank, branch, acct)
    rib = papers.rib_sg({
        "holder_print": "M AGBODJAN KOKOU SELOM", "addr": addr, "branch_name": "LYON JEAN MACE",
        "branch_addr": "2 place Jean Macé 69007 Lyon", "bank": bank, "branch": branch,
        "account": acct, "key": key, "iban": iban, "bic": "SOGEFRPP"})  # fmt: skip
    sir = siret("8412733900002")
    slip = papers.payslip({
        "employer": "RHÔNE LOG SERVICES SAS",
        "employer_addr": ["ZI de Gerland, 270 avenue Jean Jaurès", "69007 Lyon"], "siret": sir,
        "naf": "5210B", "from_print": "01/10/2026", "to_print": "31/10/2026",
        "paid_print": "30/10/2026", "employee_print": "M. AGBODJAN Kokou Sélom",
        "employee_addr": addr,
        "info": [("Emploi", "Préparateur de commandes"), ("Statut", "Ouvrier - Niv. II"),
                 ("Entrée le", "02/06/2026"), ("Contrat", "CDI temps plein"),
                 ("Convention", "Transports routiers (IDCC 16)"), ("Matricule", "00418")],
        "rows": [("SALAIRE DE BASE", "151,67 h", "15,4200", "", "2 338,75"),
                 ("Heures suppl. 25 %", "6,00 h", "19,2750", "", "115,65"),
                 ("SALAIRE BRUT", "", "", "", "2 454,40"),
                 ("Santé", "", "", "31,21", ""),
                 ("Retraite", "", "", "225,70", ""),
                 ("Assurance chômage", "", "", "0,00", ""),
                 ("CSG/CRDS", "", "", "236,78", ""),
                 ("TOTAL DES COTISATIONS", "", "", "493,69", "")],
        "net_before": "1 960,71", "pas_rate": "0,0 %", "pas": "0,00",
        "net_print": "1 960,71"})  # fmt: skip
    form = papers.cerfa({
        "mode": "hand", "seed": 15, "surname": "AGBODJAN", "given": "Kokou Sélom",
        "dob": "23/04/1991", "pob": "Lomé, Togo", "nat": "Togolaise", "addr1": addr[0],
        "addr2": addr[1], "tel": "07 58 12 44 90", "status": "employed",
        "job": "Préparateur de commandes", "contract": "CDI",
        "employer": "Rhône Log Services, 270 av. Jean Jaurès Lyon 7e", "place": "Lyon",
        "date": "09/11/2026", "signed": True})  # fmt: skip
    files = [
        ("scan_0001.jpg", "scan", [form[0]], {"dpi": 200}),
        ("scan_0002.jpg", "scan", [form[1]], {"dpi": 200}),
        ("IMG_20261112_184233.jpg", "phone_photo", [pp], {"rotate": 0}),
        ("IMG_20261112_184301.jpg", "phone_photo", [visa], {"rotate": 90}),
        ("acte de naissance.jpg", "scan", [birth], {"dpi": 300, "grey": False}),
        ("bail_signe.pdf", "image_pdf", lease_pages, {}),
        ("RIB_SG.pdf", "text_pdf", [rib], {}),
        ("bulletin_octobre_2026.pdf", "text_pdf", [slip], {}),
    ]
    app = {"surname": sur, "given_names": giv, "date_of_birth": dob}
    docs = [
        doc("application_form", "scan", [F("scan_0001.jpg"), F("scan_0002.jpg")],
            form_fields("AGBODJAN", "Kokou Sélom", dob, "employed", True, "2026-11-09"),
            "cerfa 15763*02 filled by hand in blue ink, two single-page scans"),
        doc("passport", "phone_photo", [F("IMG_20261112_184233.jpg")],
            ident(sur, giv, pno, "TGO", "TGO", dob, "M", pexp)),
        doc("long_stay_visa", "phone_photo", [F("IMG_20261112_184301.jpg")],
            {**ident(sur, giv, vno, "TGO", "FRA", dob, "M", vto), "visa_type": "D",
             "vls_ts": True, "category": "SALARIE", "valid_from": vfrom, "valid_until": vto},
            "photo rotated 90 degrees; VLS-TS salarié"),
        doc("birth_certificate", "scan", [F("acte de naissance.jpg")],
            {"surname": "AGBODJAN", "given_names": "Kokou Sélom", "date_of_birth": dob,
             "place_of_birth": "Lomé", "issuing_country": "TGO", "language": "fr",
             "has_apostille": False},
            "Togo is not a party to the Apostille Convention; Togolese civil-status acts are "
            "exempt from legalisation in France (Franco-Togolese judicial cooperation "
            "convention of 23 March 1976), so no apostille is expected"),
        doc("lease", "image_pdf", [F("bail_signe.pdf", 1, 2, 3)],
            {"tenant_names": ["AGBODJAN Kokou Sélom"], "landlord": "SCI LES TERRASSES DE GERLAND",
             "address": "14 rue Jangot, Appartement 23, 2e étage, 69007 Lyon",
             "start_date": "2026-06-01"}, "loi 1989 lease, printed, signed, scanned"),
        doc("rib", "text_pdf", [F("RIB_SG.pdf")],
            {"holder_name": "M AGBODJAN KOKOU SELOM", "iban": iban, "bic": "SOGEFRPP",
             "bank_name": "Société Générale", "iban_valid": True, "rib_key_valid": True}),
        doc("payslip", "text_pdf", [F("bulletin_octobre_2026.pdf")],
            {"employer": "RHÔNE LOG SERVICES SAS", "employee_name": "AGBODJAN Kokou Sélom",
             "period": "2026-10", "net_pay": "1960.71", "siret": sir}),
    ]  # fmt: skip
    t = truth(as_of, True, "complete", reqs(), None, app, docs)
    return t, files


# ----------------------------------------------------------------------------- p02 Mongolia


def p02():
    """BATBAYAR Ankhzaya, Mongolia, not employed, three Free bills, acroform, in order."""
    sur, giv, dob = "BATBAYAR", "ANKHZAYA", "1994-09-02"
    as_of = "2026-12-09"
    addr = ["8 allée des Capucines, Bât. B", "33400 Talence"]
    pno, pexp = "E2093417", "2034-02-11"
    mrz = td3("P", "P", "MNG", sur, giv, pno, "MNG", yymmdd(dob), "F", yymmdd(pexp),
              "RA94090263")  # fmt: skip
    pp = ids.passport_page({
        "seed": 21, "state": "МОНГОЛ УЛС / MONGOLIA", "doc_title": "ПАСПОРТ / PASSPORT",
        "labels": MN_LABELS, "issuing": "MNG", "number": pno, "surname_print": sur,
        "given_print": giv, "nat_print": "MONGOLIAN", "dob_print": "02 SEP 1994", "sex": "F",
        "pob_print": "ULAANBAATAR", "issue_print": "12 FEB 2024", "exp_print": "11 FEB 2034",
        "authority": "GAZAR / GASR", "mrz": mrz, "tint": (228, 222, 236),
        "skin": (205, 160, 125)})  # fmt: skip
    cno, cfrom, cexp = "XB7302614", "2026-06-15", "2027-06-14"
    cmrz = td1("IR", "FRA", cno, yymmdd(dob), "F", yymmdd(cexp), "MNG", sur, giv)
    cdata = {
        "seed": 22, "title": "TITRE DE SÉJOUR", "skin": (205, 160, 125), "mrz": cmrz,
        "front": [("NOM / Surname", sur), ("Prénoms / Given names", giv),
                  ("Sexe / Nationalité", "F     MNG"), ("Date de naissance", "02 09 1994"),
                  ("Type de titre", "VIE PRIVÉE ET FAMILIALE")],
        "back": [("Lieu de délivrance", "PRÉFECTURE DE LA GIRONDE"),
                 ("Valable du / au", "15 06 2026   14 06 2027"),
                 ("Remarques", "AUTORISE SON TITULAIRE A TRAVAILLER"),
                 ("Adresse", "8 ALL DES CAPUCINES 33400 TALENCE"),
                 ("N° du titre", cno)]}  # fmt: skip
    birth = ids.birth_certificate({
        "kind": "mng", "seed": 23, "header": ["МОНГОЛ УЛС", "УЛСЫН БҮРТГЭЛИЙН ЕРӨНХИЙ ГАЗАР"],
        "title": "ТӨРСНИЙ ГЭРЧИЛГЭЭ",
        "rows": [("Овог", "Батбаяр"), ("Нэр", "Анхзаяа"), ("Хүйс", "Эмэгтэй"),
                 ("Төрсөн он, сар, өдөр", "1994 оны 09 сарын 02"),
                 ("Төрсөн газар", "Улаанбаатар хот, Сүхбаатар дүүрэг"),
                 ("Эцэг", "Батбаяр Гансүх"), ("Эх", "Должинсүрэн Оюунчимэг")],
        "issued_line": "Олгосон огноо: 2026 оны 03 сарын 18",
        "officer": "Улсын бүртгэгч: Ц. Энхтуяа",
        "stamp": ["УЛСЫН", "БҮРТГЭЛ", "УБ"], "serial": "ТГ № 0418827"})  # fmt: skip
    apo = ids.apostille({
        "seed": 24, "sub": "Mongolia - Монгол Улс",
        "items": apostille_items("MONGOLIA", "Ts. Enkhtuya", "State registrar",
                                 "General Authority for State Registration", "Ulaanbaatar",
                                 "25.03.2026", "Ministry of Foreign Affairs of Mongolia",
                                 "AP-26/03417"),
        "stamp": ["MINISTRY OF", "FOREIGN AFFAIRS", "MONGOLIA"]})  # fmt: skip
    tr = ids.translation({
        "seed": 25, "translator": "Mme Sarangerel DORJ-LAFARGUE",
        "rows": [("Nom de famille (patronyme)", "BATBAYAR"), ("Prénom", "ANKHZAYA"),
                 ("Sexe", "féminin"), ("Date de naissance", "02 septembre 1994"),
                 ("Lieu de naissance", "Oulan-Bator, district de Sükhbaatar"),
                 ("Père", "BATBAYAR Gansükh"), ("Mère", "DOLJINSÜREN Oyuunchimeg"),
                 ("Délivré le", "18 mars 2026, n° TG 0418827")],
        "note": "[Cachet de l'Administration générale de l'enregistrement de l'État] "
                "[Signature illisible] - Apostille n° AP-26/03417 du 25.03.2026.",
        "cert": "Je soussignée, traductrice-interprète expert près la Cour d'appel de Bordeaux, "
                "certifie que la présente traduction est conforme à l'original en langue "
                "mongole qui m'a été présenté.",
        "done": "Bordeaux, le 14 octobre 2026", "stamp": ["EXPERT", "COUR D'APPEL", "BORDEAUX"],
        "rep": "2026/0917"})  # fmt: skip
    bank, branch, acct = "40618", "80512", "00039481726"
    key, iban = fr_rib(bank, branch, acct)
    screen = papers.app_screen({
        "clock": "10:15", "title": "Mon RIB", "fr": True, "accent": (0, 94, 225), "bg": (245, 246, 250),
        "banner": "BoursoBank - Compte Bancaire",
        "rows": [("Titulaire", "MLLE ANKHZAYA BATBAYAR"), ("Banque", "BoursoBank"),
                 ("IBAN", spaced(iban)),
                 ("BIC", "BOUSFRPPXXX"),
                 ("Banque / guichet / compte / clé", f"{bank} {branch} {acct} {key}")],
        "note": "Communiquez ce RIB pour recevoir des virements ou mettre en place des "
                "prélèvements.", "button": "Partager mon RIB"})  # fmt: skip
    bills, bfiles, bdocs = [], [], []
    months = [("2026-09", "02/09/2026", "01/09/2026", "30/09/2026", "2026-09-30"),
              ("2026-10", "02/10/2026", "01/10/2026", "31/10/2026", "2026-10-31"),
              ("2026-11", "02/11/2026", "01/11/2026", "30/11/2026", "2026-11-30")]  # fmt: skip
    for k, (m, issue, f0, f1, end) in enumerate(months):
        amt = 29.99
        bills.append(papers.free_bill({
            "holder_print": "Mme Ankhzaya BATBAYAR", "addr": addr,
            "number": f"FB{m.replace('-', '')}-{48217 + k * 311:07d}", "issue_print": issue,
            "login": "fbx48217903", "line": "05 35 41 20 87", "from_print": f0, "to_print": f1,
            "forfait": "29,99 €", "ht": "24,99 €", "tva": "5,00 €", "amount_print": "29,99 €",
            "debit_print": issue.replace("02/", "08/", 1), "iban_tail": iban[-3:]}))  # fmt: skip
        fname = f"Facture_Free_{m}.pdf"
        look = "text_pdf" if k != 1 else "phone_photo"
        if look == "phone_photo":
            fname = "IMG_7730.jpg"
        bfiles.append((fname, look, [bills[-1]], {"rotate": 0}))
        bdocs.append(
            doc(
                "utility_bill",
                look,
                [F(fname)],
                bill_fields(
                    "Free",
                    "internet",
                    "Ankhzaya BATBAYAR",
                    ", ".join(addr),
                    "-".join(reversed(issue.split("/"))),
                    m + "-01",
                    end,
                    "29.99",
                ),
                "printed then photographed" if look == "phone_photo" else "",
            )
        )
    form = papers.cerfa({
        "mode": "acro", "seed": 26, "surname": sur, "given": "Ankhzaya", "dob": "02/09/1994",
        "pob": "Oulan-Bator (Mongolie)", "nat": "mongole", "addr1": addr[0], "addr2": addr[1],
        "mail": "ankhzaya.b94@gmail.com", "status": "not_employed", "place": "Talence",
        "date": "01/12/2026", "signed": True, "ink": (10, 10, 10)})  # fmt: skip
    files = [
        ("S1106_rempli.pdf", "text_pdf", form, {}),
        ("passeport.jpg", "scan", [pp], {"dpi": 300}),
        ("titre_sejour_recto.jpg", "phone_photo", [ids.card(True, cdata)], {"rotate": 0}),
        ("titre_sejour_verso.jpg", "phone_photo", [ids.card(False, cdata)], {"rotate": 180}),
        ("acte_naissance_apostille_traduction.pdf", "image_pdf", [birth, apo, tr], {}),
        *bfiles,
        ("Screenshot_20261203-101522.png", "screenshot", [screen], {}),
    ]
    app = {"surname": sur, "given_names": giv, "date_of_birth": dob}
    docs = [
        doc("application_form", "text_pdf", [F("S1106_rempli.pdf", 1, 2)],
            form_fields(sur, "Ankhzaya", dob, "not_employed", True, "2026-12-01"),
            "AcroForm: values are form-field values, not page text; signature pasted as image"),
        doc("passport", "scan", [F("passeport.jpg")],
            ident(sur, giv, pno, "MNG", "MNG", dob, "F", pexp)),
        doc("residence_permit", "phone_photo",
            [F("titre_sejour_recto.jpg"), F("titre_sejour_verso.jpg")],
            ident(sur, giv, cno, "MNG", "FRA", dob, "F", cexp),
            "French titre de séjour VPF, front and back; back photographed upside down"),
        doc("birth_certificate", "image_pdf",
            [F("acte_naissance_apostille_traduction.pdf", 1)],
            {"surname": "Батбаяр", "given_names": "Анхзаяа", "date_of_birth": dob,
             "place_of_birth": "Улаанбаатар", "issuing_country": "MNG", "language": "mn",
             "has_apostille": True}, "Mongolian Cyrillic"),
        doc("apostille", "image_pdf", [F("acte_naissance_apostille_traduction.pdf", 2)],
            {"country": "MONGOLIA", "issued_on": "2026-03-25", "number": "AP-26/03417",
             "signed_by": "Ministry of Foreign Affairs of Mongolia"}),
        doc("translation", "image_pdf", [F("acte_naissance_apostille_traduction.pdf", 3)],
            {}, "sworn French translation of the birth certificate"),
        *bdocs,
        doc("rib", "screenshot", [F("Screenshot_20261203-101522.png")],
            {"holder_name": "MLLE ANKHZAYA BATBAYAR", "iban": iban, "bic": "BOUSFRPPXXX",
             "bank_name": "BoursoBank", "iban_valid": True, "rib_key_valid": True}),
    ]  # fmt: skip
    t = truth(as_of, False, "complete", reqs(employment="not_applicable"), None, app, docs)
    return t, files


# ----------------------------------------------------------------------------- p03 El Salvador


def p03():
    """HERNÁNDEZ ALVARADO María José, El Salvador, employed, hosted by her French husband."""
    sur, giv, dob = "HERNANDEZ ALVARADO", "MARIA JOSE", "1989-12-08"
    as_of = "2027-01-20"
    addr = ["27 avenue Alsace-Lorraine", "38000 Grenoble"]
    pno, pexp = "B03418275", "2030-08-21"
    mrz = td3("P", "P", "SLV", sur, giv, pno, "SLV", yymmdd(dob), "F", yymmdd(pexp))
    pp = ids.passport_page({
        "seed": 31, "state": "REPÚBLICA DE EL SALVADOR", "doc_title": "PASAPORTE / PASSPORT",
        "labels": ES_LABELS, "issuing": "SLV", "number": pno,
        "surname_print": "HERNÁNDEZ ALVARADO", "given_print": "MARÍA JOSÉ",
        "nat_print": "SALVADOREÑA", "dob_print": "08 DIC/DEC 1989", "sex": "F",
        "pob_print": "SAN SALVADOR, SAN SALVADOR", "issue_print": "22 AGO/AUG 2024",
        "exp_print": "21 AGO/AUG 2030", "authority": "DGME", "mrz": mrz,
        "tint": (222, 230, 240), "skin": (175, 125, 90)})  # fmt: skip
    vno, vfrom, vto = "021456783", "2026-07-01", "2027-06-30"
    vmrz = mrva("FRA", sur, giv, vno, "SLV", yymmdd(dob), "F", yymmdd(vto))
    visa = ids.visa_page({
        "seed": 32, "number": vno, "from_print": "01-07-26", "until_print": "30-06-27",
        "days": "365", "issued_in": "SAN SALVADOR", "issued_print": "09-06-26", "passport": pno,
        "name_print": "HERNANDEZ ALVARADO MARIA JOSE", "mrz": vmrz, "skin": (175, 125, 90),
        "remarks": ["VLS-TS VIE PRIVEE ET FAMILIALE", "CONJOINT DE FRANCAIS"]})  # fmt: skip
    birth = ids.birth_certificate({
        "kind": "slv", "seed": 33,
        "body": "El infrascrito Jefe del Registro del Estado Familiar CERTIFICA: que en el "
                "Libro de Partidas de Nacimiento que esta oficina llevó en el año de mil "
                "novecientos ochenta y nueve, se encuentra asentada la partida que literalmente "
                "dice: MARÍA JOSÉ HERNÁNDEZ ALVARADO, nació en el Hospital de Maternidad de San "
                "Salvador, a las catorce horas del día ocho de diciembre de mil novecientos "
                "ochenta y nueve, de sexo femenino; hija de José Antonio Hernández Cruz y de "
                "Rosa Elena Alvarado de Hernández, ambos salvadoreños.",
        "body2": "Es conforme con su original con el cual se confrontó. San Salvador, "
                 "Departamento de San Salvador.",
        "issued_line": "San Salvador, a los catorce días del mes de abril de dos mil "
                       "veintiséis."})  # fmt: skip
    apo = ids.apostille({
        "seed": 34, "x": 25, "y": 40, "sub": "República de El Salvador",
        "items": apostille_items("EL SALVADOR", "Lic. Carlos Ernesto Mejía Rivas",
                                 "Jefe del Registro del Estado Familiar",
                                 "Alcaldía Municipal de San Salvador", "San Salvador",
                                 "22/04/2026", "Ministerio de Relaciones Exteriores",
                                 "2026-AP-0081542"),
        "stamp": ["MINISTERIO DE", "RELACIONES", "EXTERIORES"]})  # fmt: skip
    host_no, host_exp, host_dob = "X4RTBPFW4", "2033-05-02", "1987-02-14"
    hmrz = td1("ID", "FRA", host_no, yymmdd(host_dob), "M", yymmdd(host_exp), "FRA", "MARCHETTI",
               "JULIEN PIERRE")  # fmt: skip
    hdata = {
        "seed": 35,
        "title": "CARTE NATIONALE D'IDENTITÉ",
        "tint": (232, 226, 236),
        "mrz": hmrz,
        "front": [
            ("NOM / Surname", "MARCHETTI"),
            ("Prénoms / Given names", "JULIEN, PIERRE"),
            ("Sexe / Nationalité", "M     FRA"),
            ("Date de naiss. / Date of birth", "14 02 1987"),
            ("Lieu de naissance", "GRENOBLE (38)"),
        ],
        "back": [
            ("N° du document / Document No", host_no),
            ("Date d'expiration / Expiry date", "02 05 2033"),
            ("Date de délivrance", "03 05 2023"),
            ("Autorité", "Préfecture de l'Isère"),
        ],
    }
    ink = (15, 20, 80)
    att = papers.attestation_hand({
        "seed": 36,
        "lines": ["", "Je soussigné Julien MARCHETTI, né le 14/02/1987 à Grenoble,",
                  "demeurant 27 avenue Alsace-Lorraine, 38000 Grenoble,",
                  "atteste sur l'honneur héberger à mon domicile mon épouse",
                  "Mme María José HERNÁNDEZ ALVARADO, née le 08/12/1989",
                  "à San Salvador (Salvador), depuis le 12 juillet 2026.", "",
                  "Je joins la copie de ma carte d'identité et mes trois",
                  "dernières factures Orange.", "",
                  "Fait pour servir et valoir ce que de droit.", "",
                  "Fait à Grenoble, le 8 janvier 2027"]})  # fmt: skip
    del ink
    bills, bdocs = [], []
    for k, (m, last, issue_d) in enumerate([("2026-10", 31, "2026-10-14"),
                                            ("2026-11", 30, "2026-11-14"),
                                            ("2026-12", 31, "2026-12-14")]):  # fmt: skip
        amt = [42.99, 42.99, 47.99][k]
        bills.append(
            papers.orange_bill(
                {
                    "holder_print": "M MARCHETTI JULIEN",
                    "addr": addr,
                    "issue_print": fr(issue_d),
                    "number": f"0{74518 + k * 37}-{m[2:4]}{m[5:]}",
                    "client": "2058 447 193",
                    "amount_print": euro(amt) + " €",
                    "debit_print": fr(issue_d[:8] + "24"),
                    "from_print": "01/" + m[5:] + "/" + m[:4],
                    "to_print": f"{last}/{m[5:]}/{m[:4]}",
                    "ht": euro(round(amt / 1.2, 2)),
                    "tva": euro(round(amt - round(amt / 1.2, 2), 2)),
                }
            )
        )
        bdocs.append(doc("utility_bill", "image_pdf", [F("dossier_secu_maria.pdf", 8 + k)],
                         bill_fields("Orange", "internet", "MARCHETTI JULIEN", ", ".join(addr),
                                     issue_d, m + "-01", f"{m}-{last}", f"{amt:.2f}"),
                         "host's bill (hosting route)"))  # fmt: skip
    form = papers.cerfa({
        "mode": "hand", "seed": 37, "surname": "HERNÁNDEZ ALVARADO", "usage": "MARCHETTI",
        "given": "María José", "dob": "08/12/1989", "pob": "San Salvador, El Salvador",
        "nat": "salvadorienne", "addr1": addr[0], "addr2": addr[1], "tel": "06 21 87 30 55",
        "status": "employed", "job": "Assistante administrative bilingue", "contract": "CDI",
        "employer": "Maison Vernet Traiteur, 5 rue Lesdiguières Grenoble",
        "place": "Grenoble", "date": "12/01/2027", "signed": True,
        "ink": (10, 10, 10)})  # fmt: skip
    sir = siret("4923187650002")
    con = papers.contract({
        "seed": 38, "stamp": ["MAISON VERNET", "TRAITEUR", "GRENOBLE"],
        "employer_line": "La société MAISON VERNET TRAITEUR, SARL au capital de 40 000 euros, "
                         "dont le siège social est situé 5 rue Lesdiguières, 38000 Grenoble, "
                         "immatriculée au RCS de Grenoble sous le numéro 492 318 765, SIRET "
                         + sir + ", représentée par Mme Claire Vernet-Bouchard, gérante,",
        "employee_line": "Madame María José HERNÁNDEZ ALVARADO, épouse MARCHETTI, née le "
                         "08/12/1989 à San Salvador (Salvador), de nationalité salvadorienne, "
                         "demeurant 27 avenue Alsace-Lorraine, 38000 Grenoble,",
        "articles": [
            ("Article 1 - Engagement", "La Salariée est engagée à durée indéterminée à compter "
             "du 5 octobre 2026, sous réserve des résultats de la visite d'information et de "
             "prévention."),
            ("Article 2 - Fonctions", "La Salariée exercera les fonctions d'assistante "
             "administrative bilingue (français-espagnol), statut employé, niveau III de la "
             "convention collective nationale de la pâtisserie."),
            ("Article 3 - Période d'essai", "Le présent contrat ne deviendra définitif qu'à "
             "l'issue d'une période d'essai de deux mois."),
            ("Article 4 - Rémunération", "La Salariée percevra une rémunération mensuelle brute "
             "de 2 150,00 euros pour 35 heures hebdomadaires.")],
        "articles2": [
            ("Article 5 - Lieu de travail", "5 rue Lesdiguières, 38000 Grenoble."),
            ("Article 6 - Congés payés", "La Salariée bénéficiera des congés payés légaux."),
            ("Article 7 - Protection sociale", "La Salariée sera affiliée au régime général de "
             "la sécurité sociale et à la mutuelle d'entreprise."),
            ("Article 8 - Titre de séjour", "La Salariée déclare être titulaire d'un VLS-TS "
             "« vie privée et familiale » l'autorisant à travailler.")],
        "done": "Fait en deux exemplaires à Grenoble, le 28 septembre 2026.",
        "signatory": "Claire Vernet-Bouchard, gérante"})  # fmt: skip
    bank, branch, acct = "20041", "01009", "0418736K038"
    key, iban = fr_rib(bank, branch, acct)
    rib = papers.rib_lbp({
        "holder_lines": ["M JULIEN MARCHETTI", "OU MME MARIA JOSE HERNANDEZ ALVARADO"],
        "addr": ["27 AV ALSACE LORRAINE", "38000 GRENOBLE"],
        "branch_name": "La Banque Postale - Centre financier de Lyon", "bank": bank,
        "branch": branch, "account": acct, "key": key, "iban": iban,
        "bic": "PSSTFRPPLYO"})  # fmt: skip
    big = [*form, pp, visa, att, ids.card(True, hdata), ids.card(False, hdata), *bills]
    files = [
        ("dossier_secu_maria.pdf", "image_pdf", big, {"grey": False}),
        ("partida_nacimiento.jpg", "phone_photo", [birth], {"rotate": 270}),
        ("apostilla.jpg", "phone_photo", [apo], {"rotate": 0}),
        ("Contrat CDI - Hernandez.pdf", "text_pdf", con, {}),
        ("releve_identite_bancaire.pdf", "text_pdf", [rib], {}),
    ]
    B = "dossier_secu_maria.pdf"
    app = {"surname": sur, "given_names": giv, "date_of_birth": dob}
    docs = [
        doc("application_form", "image_pdf", [F(B, 1, 2)],
            form_fields("HERNÁNDEZ ALVARADO", "María José", dob, "employed", True,
                        "2027-01-12"), "handwritten, black ink; usage name MARCHETTI"),
        doc("passport", "image_pdf", [F(B, 3)], ident(sur, giv, pno, "SLV", "SLV", dob, "F", pexp)),
        doc("long_stay_visa", "image_pdf", [F(B, 4)],
            {**ident(sur, giv, vno, "SLV", "FRA", dob, "F", vto), "visa_type": "D",
             "vls_ts": True, "category": "VIE PRIVEE ET FAMILIALE", "valid_from": vfrom,
             "valid_until": vto}),
        doc("hosting_attestation", "image_pdf", [F(B, 5)],
            {"host_name": "Julien MARCHETTI", "hosted_name": "María José HERNÁNDEZ ALVARADO",
             "address": "27 avenue Alsace-Lorraine, 38000 Grenoble", "since_date": "2026-07-12",
             "signed_on": "2027-01-08", "signed": True}, "handwritten on lined paper"),
        doc("national_id", "image_pdf", [F(B, 6, 7)],
            ident("MARCHETTI", "JULIEN PIERRE", host_no, "FRA", "FRA", host_dob, "M", host_exp),
            "host's French identity card (2021 model), front p6, back p7"),
        *bdocs,
        doc("birth_certificate", "phone_photo", [F("partida_nacimiento.jpg")],
            {"surname": "HERNÁNDEZ ALVARADO", "given_names": "MARÍA JOSÉ", "date_of_birth": dob,
             "place_of_birth": "San Salvador", "issuing_country": "SLV", "language": "es",
             "has_apostille": True}),
        doc("apostille", "phone_photo", [F("apostilla.jpg")],
            {"country": "EL SALVADOR", "issued_on": "2026-04-22", "number": "2026-AP-0081542",
             "signed_by": "Ministerio de Relaciones Exteriores"}),
        doc("employment_contract", "text_pdf", [F("Contrat CDI - Hernandez.pdf", 1, 2)],
            {"employer": "MAISON VERNET TRAITEUR",
             "employee_name": "María José HERNÁNDEZ ALVARADO", "contract_type": "CDI",
             "job_title": "assistante administrative bilingue", "start_date": "2026-10-05"}),
        doc("rib", "text_pdf", [F("releve_identite_bancaire.pdf")],
            {"holder_name": "M JULIEN MARCHETTI OU MME MARIA JOSE HERNANDEZ ALVARADO",
             "iban": iban, "bic": "PSSTFRPPLYO", "bank_name": "La Banque Postale",
             "iban_valid": True, "rib_key_valid": True}, "joint account"),
    ]  # fmt: skip
    t = truth(as_of, True, "complete", reqs(), None, app, docs)
    return t, files


# ----------------------------------------------------------------------------- p04 Belarus


def p04():
    """KAVALIOVA Aliaksandra, Belarus, not employed; DEFECT: lease started < 3 months ago."""
    sur, giv, dob = "KAVALIOVA", "ALIAKSANDRA", "1996-06-30"
    as_of = "2026-12-21"
    addr = ["5 rue des Tanneurs", "67000 Strasbourg"]
    pno, pexp = "MP4172839", "2031-03-14"
    mrz = td3("P", "P", "BLR", sur, giv, pno, "BLR", yymmdd(dob), "F", yymmdd(pexp),
              "4300696A012PB7")  # fmt: skip
    pp = ids.passport_page({
        "seed": 41, "state": "РЭСПУБЛІКА БЕЛАРУСЬ / REPUBLIC OF BELARUS",
        "doc_title": "ПАШПАРТ / PASSPORT", "labels": BY_LABELS, "issuing": "BLR", "number": pno,
        "surname_print": "КАВАЛЁВА / KAVALIOVA", "given_print": "АЛЯКСАНДРА / ALIAKSANDRA",
        "nat_print": "РЭСПУБЛІКА БЕЛАРУСЬ / BLR", "dob_print": "30.06.1996", "sex": "Ж/F",
        "pob_print": "Г. МІНСК / BLR", "issue_print": "15.03.2021", "exp_print": "14.03.2031",
        "authority": "МУС / MIA", "mrz": mrz, "tint": (236, 226, 226),
        "skin": (225, 190, 165)})  # fmt: skip
    vno, vfrom, vto = "023117045", "2026-08-20", "2027-08-19"
    vmrz = mrva("FRA", sur, giv, vno, "BLR", yymmdd(dob), "F", yymmdd(vto))
    visa = ids.visa_page({
        "seed": 42, "number": vno, "from_print": "20-08-26", "until_print": "19-08-27",
        "days": "365", "issued_in": "MINSK", "issued_print": "28-07-26", "passport": pno,
        "name_print": "KAVALIOVA ALIAKSANDRA", "mrz": vmrz, "skin": (225, 190, 165),
        "remarks": ["VLS-TS VISITEUR", "ACTIVITE PROFESSIONNELLE", "NON AUTORISEE"]})  # fmt: skip
    birth = ids.birth_certificate({
        "kind": "blr", "seed": 43, "header": ["РЕСПУБЛИКА БЕЛАРУСЬ"],
        "title": "СВИДЕТЕЛЬСТВО О РОЖДЕНИИ",
        "rows": [("фамилия", "Ковалёва"), ("собственное имя", "Александра"),
                 ("отчество", "Сергеевна"),
                 ("дата рождения", "30 июня 1996 года (тридцатого июня тысяча девятьсот "
                                   "девяносто шестого)"),
                 ("место рождения", "г. Минск, Республика Беларусь"),
                 ("отец", "Ковалёв Сергей Николаевич"),
                 ("мать", "Ковалёва Ирина Павловна")],
        "issued_line": "Место государственной регистрации: отдел ЗАГС администрации "
                       "Фрунзенского района г. Минска",
        "officer": "Дата выдачи: 12.05.2026    Руководитель органа ЗАГС: Н. В. Шестак",
        "stamp": ["ОТДЕЛ ЗАГС", "ФРУНЗЕНСКОГО", "Р-НА Г. МИНСКА"],
        "serial": "I-ПН № 0732156"})  # fmt: skip
    apo = ids.apostille({
        "seed": 44, "sub": "Республика Беларусь / Republic of Belarus",
        "items": apostille_items("РЕСПУБЛИКА БЕЛАРУСЬ", "Шестак Н. В.",
                                 "руководитель органа ЗАГС", "отдел ЗАГС Фрунзенского р-на",
                                 "г. Минск", "19.05.2026",
                                 "Главное управление юстиции Мингорисполкома", "01-14/7783"),
        "stamp": ["ГЛАВНОЕ", "УПРАВЛЕНИЕ", "ЮСТИЦИИ"]})  # fmt: skip
    lease_pages = papers.lease({
        "seed": 45, "font": "sans",
        "landlord_line": "Mme Odile SCHWEITZER née KLEIN, demeurant 11 rue du Dôme, 67000 "
                         "Strasbourg, représentée par son mandataire l'agence IMMO KLÉBER "
                         "GESTION, 3 place Kléber, 67000 Strasbourg (carte professionnelle "
                         "CPI 6701 2019 000 041 822)",
        "tenant_line": "Mme KAVALIOVA Aliaksandra, née le 30/06/1996 à Minsk (Biélorussie)",
        "address": "5 rue des Tanneurs, 3e étage gauche, 67000 Strasbourg",
        "desc": "Studio de 27 m² meublé non, kitchenette équipée, salle d'eau, chauffage "
                "collectif au gaz.",
        "start_print": "1er octobre 2026",
        "money": "Loyer mensuel hors charges : 520,00 €. Provision pour charges : 80,00 €. "
                 "Dépôt de garantie : 520,00 €. Honoraires de location à la charge du "
                 "locataire : 270,00 €.",
        "clauses": [
            ("V. ÉTAT DES LIEUX", "Un état des lieux contradictoire est établi lors de la "
             "remise des clés, le 1er octobre 2026."),
            ("VI. ASSURANCE", "Le locataire justifie d'une assurance habitation couvrant les "
             "risques locatifs."),
            ("VII. CLAUSE RÉSOLUTOIRE", "À défaut de paiement du loyer, des charges ou du dépôt "
             "de garantie, le bail sera résilié de plein droit deux mois après commandement.")],
        "signed_place": "Strasbourg", "signed_print": "24/09/2026",
        "esign": ["Document signé électroniquement - Enveloppe 7F3A-91C2-44D0-B8E6",
                  "Signataire 1 : IMMO KLÉBER GESTION - 24/09/2026 14:02 UTC+2",
                  "Signataire 2 : Aliaksandra KAVALIOVA - 24/09/2026 18:37 UTC+2"]})  # fmt: skip
    bban = "32500" + "72049183650"
    iban = iban_from_bban("LT", bban)
    assert iban_ok(iban)
    screen = papers.app_screen({
        "clock": "21:47", "title": "Account details", "accent": (0, 102, 255),
        "bg": (12, 12, 16), "dark": True, "banner": "EUR · Main",
        "rows": [("Beneficiary", "Aliaksandra Kavaliova"),
                 ("IBAN", spaced(iban)),
                 ("BIC / SWIFT", "REVOLT21"),
                 ("Bank", "Revolut Bank UAB"),
                 ("Address", "Konstitucijos ave. 21B, 08130, Vilnius, Lithuania")],
        "note": "Use these details to receive SEPA transfers and direct debits in EUR.",
        "button": "Share details"})  # fmt: skip
    form = papers.cerfa({
        "mode": "typed", "seed": 46, "surname": sur, "given": "Aliaksandra",
        "dob": "30/06/1996", "pob": "Minsk, Biélorussie", "nat": "biélorusse",
        "addr1": addr[0] + ", 3e étage gauche", "addr2": addr[1],
        "mail": "sasha.kavaliova@proton.me", "status": "not_employed", "place": "Strasbourg",
        "date": "14/12/2026", "signed": True, "ink": (20, 30, 130)})  # fmt: skip
    files = [
        ("CPAM_formulaire.pdf", "image_pdf", form, {}),
        ("passport_BY.jpg", "phone_photo", [pp], {"rotate": 0}),
        ("visa.jpg", "phone_photo", [visa], {"rotate": 0}),
        ("svidetelstvo_apostil.pdf", "image_pdf", [birth, apo], {"grey": False}),
        ("Bail_Kavaliova_signé.pdf", "text_pdf", lease_pages, {}),
        ("IMG_4471.PNG", "screenshot", [screen], {}),
    ]
    app = {"surname": sur, "given_names": giv, "date_of_birth": dob}
    docs = [
        doc("application_form", "image_pdf", [F("CPAM_formulaire.pdf", 1, 2)],
            form_fields(sur, "Aliaksandra", dob, "not_employed", True, "2026-12-14"),
            "typed in a PDF editor, printed, signed by hand, scanned"),
        doc("passport", "phone_photo", [F("passport_BY.jpg")],
            ident(sur, giv, pno, "BLR", "BLR", dob, "F", pexp),
            "names printed in Belarusian Cyrillic and Latin"),
        doc("long_stay_visa", "phone_photo", [F("visa.jpg")],
            {**ident(sur, giv, vno, "BLR", "FRA", dob, "F", vto), "visa_type": "D",
             "vls_ts": True, "category": "VISITEUR", "valid_from": vfrom, "valid_until": vto}),
        doc("birth_certificate", "image_pdf", [F("svidetelstvo_apostil.pdf", 1)],
            {"surname": "Ковалёва", "given_names": "Александра", "date_of_birth": dob,
             "place_of_birth": "г. Минск", "issuing_country": "BLR", "language": "ru",
             "has_apostille": True}, "Russian; patronymic Сергеевна"),
        doc("apostille", "image_pdf", [F("svidetelstvo_apostil.pdf", 2)],
            {"country": "РЕСПУБЛИКА БЕЛАРУСЬ", "issued_on": "2026-05-19", "number": "01-14/7783",
             "signed_by": "Главное управление юстиции Мингорисполкома"}),
        doc("lease", "text_pdf", [F("Bail_Kavaliova_signé.pdf", 1, 2, 3)],
            {"tenant_names": ["KAVALIOVA Aliaksandra"], "landlord": "Odile SCHWEITZER",
             "address": "5 rue des Tanneurs, 3e étage gauche, 67000 Strasbourg",
             "start_date": "2026-10-01"},
            "DEFECT: lease took effect 2026-10-01, 81 days before the audit date"),
        doc("rib", "screenshot", [F("IMG_4471.PNG")],
            {"holder_name": "Aliaksandra Kavaliova", "iban": iban, "bic": "REVOLT21",
             "bank_name": "Revolut Bank UAB", "iban_valid": True, "rib_key_valid": None},
            "Lithuanian SEPA IBAN: acceptable (info)"),
    ]  # fmt: skip
    t = truth(as_of, False, "incomplete", reqs(residence_proof="invalid",
                                               employment="not_applicable"),
              "lease started 2026-10-01, less than three months before the audit date",
              app, docs)  # fmt: skip
    return t, files


ALL = [p01, p02, p03, p04]
