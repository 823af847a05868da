"""Packet p03 (Bolivia) of set_cn."""

import cn_bills as bl
import cn_civil as cv
import cn_fr as fr
import cn_ids as ids
from cn_form import form_pages
from cn_pack import Packet, bill_doc, form_doc, id_fields, reqs, write_truth
from cn_util import A4, iban_make, luhn_fix, on_scanner_bed, render, scan_look


# --------------------------------------------------------------------------- p03 Bolivia
def p03(P: Packet, root, name):
    rng = P.rng
    as_of = "2026-11-18"
    pp = {
        "surname": "QUISPE MAMANI",
        "given": "LUIS FERNANDO",
        "num": "BX7741203",
        "nat": "BOL",
        "issuer": "BOL",
        "dob": "1996-12-02",
        "sex": "M",
        "exp": "2031-05-09",
        "issued": "2021-05-10",
        "place_of_birth": "El Alto - La Paz",
        "authority": "DIGEMIG",
        "nat_text": "BOLIVIANA",
        "labels": {
            "type": "Tipo/Type",
            "code": "Código/Code",
            "num": "Pasaporte N°/Passport No.",
            "surname": "Apellidos/Surname",
            "given": "Nombres/Given names",
            "nat": "Nacionalidad/Nationality",
            "dob": "Fecha de nacimiento/Date of birth",
            "sex": "Sexo/Sex",
            "pob": "Lugar de nacimiento/Place of birth",
            "iss": "Fecha de emisión/Date of issue",
            "exp": "Fecha de vencimiento/Date of expiry",
            "auth": "Autoridad/Authority",
        },
    }
    addr = ["42 cours Gambetta, Apt 14", "69007 Lyon"]
    # form typed in a PDF reader, signature drawn with the mouse/pen (text PDF)
    f = {
        "surname": "QUISPE MAMANI",
        "usage": "",
        "given": "LUIS FERNANDO",
        "sex": "M",
        "dob": pp["dob"],
        "pob": "El Alto",
        "pays": "Bolivie",
        "nat": "Bolivienne",
        "address": addr[0],
        "cp": "69007",
        "commune": "Lyon",
        "tel": "07 66 03 19 52",
        "email": "lf.quispe.mamani@gmail.com",
        "situation": "salarie",
        "contract": "Intérim",
        "job": "Préparateur de commandes",
        "place": "Lyon",
        "date_text": "10/11/2026",
        "signed": True,
        "ink": "black",
    }
    P.text_pdf("demande_PUMa_remplie.pdf", form_pages(f, rng, "A", "typed"))
    form_doc(P, [("demande_PUMa_remplie.pdf", [1, 2])], "text_pdf", f, True, "2026-11-10")
    P.docs[-1]["notes"] = "typed in a PDF reader; handwritten signature strokes pasted in the box"
    # passport, scanner PDF
    page, _ = ids.passport_page(pp, rng)
    pim = P.card(page, ids.PP, 200)
    bed = on_scanner_bed(pim, (1654, 2339), rng, (0.06, 0.05))
    P.img_pdf("passeport_scan.pdf", [scan_look(bed, rng)], 200)
    P.doc(
        [("passeport_scan.pdf", [1])],
        "passport",
        "image_pdf",
        id_fields(pp, None),
        "double surname QUISPE MAMANI",
    )
    # titre de sejour, two phone photos
    t = {
        "surname": "QUISPE MAMANI",
        "given": "LUIS FERNANDO",
        "sex": "M",
        "nat": "BOL",
        "dob": pp["dob"],
        "kind": "CARTE DE SÉJOUR TEMPORAIRE",
        "num": "ZG3804417",
        "exp": "2027-03-03",
        "address1": "42 COURS GAMBETTA APT 14",
        "address2": "69007 LYON",
        "pob": "EL ALTO (BOLIVIE)",
        "remarks": "SALARIÉ",
        "issued": "2026-03-04",
        "by": "PRÉFET DU RHÔNE",
    }
    P.photo(
        "titre_sejour_recto.jpg",
        P.card(ids.card_recto_ts(t, rng), ids.CARD, 700),
        long_side=3024,
        cover=0.62,
        table="plain",
    )
    vf, _ = ids.card_verso_ts(t, rng)
    P.photo(
        "titre_sejour_verso.jpg",
        P.card(vf, ids.CARD, 700),
        long_side=3024,
        cover=0.62,
        table="plain",
        rot90=3,
    )
    P.doc(
        [("titre_sejour_recto.jpg", [1]), ("titre_sejour_verso.jpg", [1])],
        "residence_permit",
        "phone_photo",
        {
            "surname": "QUISPE MAMANI",
            "given_names": "LUIS FERNANDO",
            "document_number": t["num"],
            "nationality": "BOL",
            "issuing_country": "FRA",
            "date_of_birth": pp["dob"],
            "sex": "M",
            "expiry_date": t["exp"],
            "mrz_valid": True,
        },
        "verso photo rotated 270",
    )
    # birth certificate, apostille (flatbed JPEGs), sworn translation (text PDF)
    b = {
        "serie": "A-2025",
        "serial": "7408813",
        "dep": "LA PAZ",
        "prov": "MURILLO",
        "loc": "EL ALTO",
        "oficialia": "20105",
        "libro": "12",
        "partida": "187",
        "folio": "187",
        "given": "LUIS FERNANDO",
        "ap1": "QUISPE",
        "ap2": "MAMANI",
        "sexo": "MASCULINO",
        "dob_text": "02 DE DICIEMBRE DE 1996",
        "lugar": "EL ALTO - MURILLO - LA PAZ",
        "padre": "FERNANDO QUISPE CONDORI",
        "madre": "JUANA MAMANI TICONA",
        "reg_date": "1997-01-14",
        "code": "SRC-7K4P-2291",
        "issue_place": "La Paz",
        "issued": "2025-10-21",
        "officer": "Lic. Marcela Choque Apaza",
    }
    P.scan_jpg("certificado_nacimiento.jpg", cv.bolivia_birth(b, rng), dpi=200)
    P.doc(
        [("certificado_nacimiento.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "QUISPE MAMANI",
            "given_names": "LUIS FERNANDO",
            "date_of_birth": pp["dob"],
            "place_of_birth": "EL ALTO - MURILLO - LA PAZ",
            "issuing_country": "BOL",
            "language": "es",
            "has_apostille": True,
        },
    )
    a = {
        "lang": "es",
        "country": "Estado Plurinacional de Bolivia",
        "signer": "Marcela Choque Apaza",
        "capacity": "Oficial de Registro Cívico",
        "seal_of": "SERECI",
        "at": "La Paz",
        "date_text": "28 de octubre de 2025",
        "by": "Ministerio de Relaciones Exteriores",
        "number": "BO-APO-2025-0317452",
        "stamp_top": "MINISTERIO DE RELACIONES",
        "stamp_bot": "EXTERIORES - BOLIVIA",
        "font": "robb",
        "fontr": "rob",
        "fonti": "rob",
        "ink": (0.1, 0.35, 0.25),
        "issuer_head": "ESTADO PLURINACIONAL DE BOLIVIA - CANCILLERÍA",
    }
    P.scan_jpg("apostilla.jpg", cv.apostille(a, rng), dpi=200)
    P.doc(
        [("apostilla.jpg", [1])],
        "apostille",
        "scan",
        {
            "country": "BOL",
            "issued_on": "2025-10-28",
            "number": a["number"],
            "signed_by": "Ministerio de Relaciones Exteriores",
        },
        "certifies the SERECI officer's signature on the certificado",
    )
    tr = {
        "translator": "Carmen ESTÉVEZ-RIGAUD",
        "translator_short": "Carmen Estévez-Rigaud",
        "tr_lines": [
            "Traductrice assermentée - expert près la cour d'appel de Lyon",
            "Espagnol - Français",
            "7 quai Tilsitt, 69002 Lyon",
        ],
        "from_lang": "espagnole",
        "doc_name": "Certificado de Nacimiento n° 7408813 (Bolivie)",
        "court": "cour d'appel de Lyon",
        "city": "Lyon",
        "date": "2026-09-14",
        "tr_no": "2026/0912",
        "body": [
            "#ÉTAT PLURINATIONAL DE BOLIVIE",
            "#ORGANE ÉLECTORAL PLURINATIONAL",
            "#SERVICE DE L'ÉTAT CIVIL (SERECI)",
            "#ACTE DE NAISSANCE",
            "Département : La Paz  Province : Murillo  Localité : El Alto",
            "Officier d'état civil n° 20105  Livre 12  Acte 187  Folio 187",
            "Prénoms : LUIS FERNANDO",
            "Premier nom : QUISPE   Second nom : MAMANI",
            "Sexe : masculin",
            "Date de naissance : 2 décembre 1996",
            "Lieu de naissance : El Alto - Murillo - La Paz",
            "Père : Fernando QUISPE CONDORI   Mère : Juana MAMANI TICONA",
            "Délivré à La Paz le 21/10/2025 (signature et cachet de l'officier)",
            "Apostille n° BO-APO-2025-0317452 du 28/10/2025.",
        ],
    }
    P.text_pdf("traduction_jurée_acte_naissance.pdf", [cv.translation(tr, rng)])
    P.doc(
        [("traduction_jurée_acte_naissance.pdf", [1])],
        "translation",
        "text_pdf",
        {
            "surname": "QUISPE MAMANI",
            "given_names": "LUIS FERNANDO",
            "date_of_birth": pp["dob"],
            "language": "fr",
        },
        "sworn translation espagnol -> français",
    )
    # three successive bills, three suppliers
    hold = "M. QUISPE MAMANI Luis Fernando"
    clean = "QUISPE MAMANI Luis Fernando"
    b1 = bl.make_bill(
        "mint",
        hold,
        clean,
        addr,
        "MINT-2026-0841193",
        "MT-552190",
        "2026-09-03",
        "2026-08-01",
        "2026-08-31",
        [
            ("Abonnement Classic & Green (6 kVA)", 12.74),
            ("Consommation relevée : 146 kWh x 0,1952 €", 28.50),
            ("Acheminement (TURPE)", 9.88),
            ("Taxes (accise, CTA) et TVA", 11.36),
        ],
        title="Facture mensuelle",
        info=[("PDL", "14 29 58 31 00 72 46")],
        period_label="Consommation d'électricité",
    )
    P.text_pdf("facture_mint_aout_2026.pdf", [bl.bill(b1, rng)])
    bill_doc(P, "facture_mint_aout_2026.pdf", b1, "Mint Énergie", "electricity", "text_pdf")
    b2 = bl.make_bill(
        "bouygues",
        hold,
        clean,
        addr,
        "FB-39127745",
        "1.29931.44",
        "2026-10-04",
        "2026-09-01",
        "2026-09-30",
        [
            ("Bbox fit - forfait mensuel", 26.99),
            ("Location décodeur TV", 0.0),
            ("Appels hors forfait", 1.20),
        ],
        info=[("Ligne fixe", "04 78 61 22 90")],
    )
    P.text_pdf("facture_bbox_septembre.pdf", [bl.bill(b2, rng)])
    bill_doc(P, "facture_bbox_septembre.pdf", b2, "Bouygues Telecom", "internet", "text_pdf")
    b3 = bl.make_bill(
        "sosh",
        hold,
        clean,
        addr,
        "SO-0074418261",
        "7700381926",
        "2026-11-02",
        "2026-10-01",
        "2026-10-31",
        [("Forfait Sosh 100 Go", 15.99), ("Communications hors forfait", 0.0)],
        title="Votre facture mobile",
        info=[("Ligne mobile", "07 66 03 19 52")],
    )
    P.photo("IMG_4471.jpg", render([bl.bill(b3, rng)], A4, 170)[0], long_side=4032, cover=0.8)
    bill_doc(
        P,
        "IMG_4471.jpg",
        b3,
        "Sosh",
        "mobile",
        "phone_photo",
        "printed bill photographed on a table",
    )
    # contrat de mission + payslip
    ag = "Rhône Intérim Services SAS"
    siret = luhn_fix("9017362480001")
    k = {
        "title": "CONTRAT DE MISSION",
        "f": "narrow",
        "fb": "narrowb",
        "subtitle": "Travail temporaire - articles L. 1251-1 et suivants du code du travail",
        "city": "Lyon",
        "signed": "2026-09-04",
        "signatory": "Sophie Venturini, chargée de recrutement",
        "body1": [
            "#Entreprise de travail temporaire",
            f"{ag} - 15 avenue Jean Jaurès, 69007 Lyon - SIRET {siret}",
            "Garantie financière : Atradius, 92800 Puteaux",
            "#Salarié intérimaire",
            "M. Luis Fernando QUISPE MAMANI, né le 02/12/1996 à El Alto (Bolivie)",
            "42 cours Gambetta, Apt 14, 69007 Lyon",
            "#Entreprise utilisatrice",
            "Entrepôts Saint-Priest Logistique - ZI Les Meurières, 69800 Saint-Priest",
            "#Mission",
            "Motif : accroissement temporaire d'activité (pic saisonnier fin d'année)",
            "Qualification : Préparateur de commandes - CACES R489 cat. 1",
            "Début de mission : 07/09/2026   Fin de mission : 18/12/2026",
            "Horaires : 6h00 - 13h00 du lundi au vendredi (35 h)",
        ],
        "body2": [
            "#Rémunération",
            "Taux horaire brut : 12,30 €  -  IFM 10 %  -  ICCP 10 %",
            "#Équipements de protection",
            "Chaussures de sécurité fournies par l'entreprise de travail temporaire.",
            "#Médecine du travail",
            "Visite d'information et de prévention : à planifier.",
        ],
    }
    P.text_pdf("contrat_mission_RIS.pdf", fr.contract_pages(k, rng))
    P.doc(
        [("contrat_mission_RIS.pdf", [1, 2])],
        "employment_contract",
        "text_pdf",
        {
            "employer": ag,
            "employee_name": "Luis Fernando QUISPE MAMANI",
            "contract_type": "intérim",
            "job_title": "Préparateur de commandes",
            "start_date": "2026-09-07",
        },
        "contrat de mission (travail temporaire)",
    )
    rows, nb = fr.payslip_rows(1865.54, 151.67)
    pas = round(nb * 0.009, 2)
    ps = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "paid": "2026-11-05",
        "employer": ag,
        "employer_lines": ["15 avenue Jean Jaurès", "69007 Lyon"],
        "siret": siret,
        "naf": "7820Z",
        "urssaf": "Rhône-Alpes",
        "employee": "M. QUISPE MAMANI Luis Fernando",
        "employee_lines": addr + ["Matricule : INT-88213"],
        "job": "Préparateur de commandes",
        "status": "Ouvrier",
        "ccn": "Travail temporaire (IDCC 2378)",
        "entry": "2026-09-07",
        "contract": "Contrat de mission",
        "rows": rows,
        "net_before": nb,
        "pas": pas,
        "pas_rate": "0,9 %",
        "net": round(nb - pas, 2),
    }
    P.img_pdf("bulletin_salaire_oct.pdf", P.scan_pages([fr.payslip(ps, rng)], dpi=180), 180)
    P.doc(
        [("bulletin_salaire_oct.pdf", [1])],
        "payslip",
        "image_pdf",
        {
            "employer": ag,
            "employee_name": "QUISPE MAMANI Luis Fernando",
            "period": "2026-10",
            "net_pay": ps["net"],
            "siret": siret,
        },
    )
    # Revolut account details screenshot (LT IBAN)
    iban = iban_make("LT", "3250010248317562")
    r = {"holder": "Luis Fernando Quispe Mamani", "iban": iban, "bic": "REVOLT21"}
    fr.revolut_screen(r, rng).save(P.dir / "Screenshot_20261109-104233.png")
    P.doc(
        [("Screenshot_20261109-104233.png", [1])],
        "rib",
        "screenshot",
        {
            "holder_name": "Luis Fernando Quispe Mamani",
            "iban": iban,
            "bic": "REVOLT21",
            "bank_name": "Revolut Bank UAB",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "Lithuanian SEPA IBAN: acceptable (SEPA Regulation 260/2012), info only",
    )
    write_truth(
        P,
        root,
        name,
        as_of,
        True,
        reqs(),
        None,
        {"surname": "QUISPE MAMANI", "given_names": "LUIS FERNANDO", "date_of_birth": pp["dob"]},
    )
