"""Packets p01 (Morocco, employed, lease) and p02 (Senegal, hosted by her husband)."""

import docs_civil as dc
import docs_fin as df
import docs_id as di
from common import fr_iban, iban_check
from output import Packet, f1, merge_pdfs


def id_fields(p, number, expiry, issuing):
    return {
        "surname": p["surname"],
        "given_names": p["given"],
        "document_number": number,
        "nationality": p["nat"],
        "issuing_country": issuing,
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": expiry,
        "mrz_valid": True,
    }


def form_fields(p, f):
    return {
        "surname": p["form_surname"],
        "given_names": p["form_given"],
        "date_of_birth": p["dob"],
        "employment_status": f["status"],
        "signed": f.get("signed", True),
        "signed_on": f.get("signed_on"),
        "nir": None,
    }


def payslip_rows(gross):
    ss = round(gross * 0.069, 2)
    rows = [
        ("Salaire de base", "151,67", "", "", ("%.2f" % gross).replace(".", ",")),
        ("Santé", ("%.2f" % gross).replace(".", ","), "", "0,00", ""),
        ("Retraite Sécurité sociale plafonnée", "", "6,90", ("%.2f" % ss).replace(".", ","), ""),
        (
            "Retraite complémentaire T1",
            "",
            "4,01",
            ("%.2f" % (gross * 0.0401)).replace(".", ","),
            "",
        ),
        ("Assurance chômage", "", "", "0,00", ""),
        (
            "CSG déductible de l'impôt sur le revenu",
            "",
            "6,80",
            ("%.2f" % (gross * 0.9825 * 0.068)).replace(".", ","),
            "",
        ),
        (
            "CSG/CRDS non déductibles",
            "",
            "2,90",
            ("%.2f" % (gross * 0.9825 * 0.029)).replace(".", ","),
            "",
        ),
    ]
    ded = ss + gross * 0.0401 + gross * 0.9825 * 0.097
    return rows, round(gross - ded, 2)


def p01(root):
    """Morocco. Employed (payslip), lease route, VLS-TS salarié. In order."""
    pk = Packet(root, "p01")
    p = {
        "surname": "EL IDRISSI",
        "given": "YOUSSEF",
        "mrz_surname": "EL IDRISSI",
        "mrz_given": "YOUSSEF",
        "nat": "MAR",
        "dob": "1994-03-12",
        "sex": "M",
        "passport_no": "VK4815203",
        "pp_issue": "2022-05-10",
        "pp_expiry": "2027-05-09",
        "pp_authority": "FES",
        "pob_passport": "FES",
        "skin": (0.62, 0.45, 0.33),
        "form_surname": "EL IDRISSI",
        "form_given": "Youssef",
        "form_pob": "Fès, Maroc",
    }
    addr = "14 rue des Tanneurs, 69007 Lyon"
    pdf, _ = di.passport(p, 101)
    name = pk.card_photo("IMG_20261102_184512.jpg", pdf, 101, rotate=90)
    pk.add(
        [f1(name)],
        "passport",
        "phone_photo",
        id_fields(p, "VK4815203", "2027-05-09", "MAR"),
        "Moroccan passport data page photographed on a dark desk, rotated 90°.",
    )
    v = {
        "from": "2026-02-20",
        "until": "2027-02-19",
        "type": "D",
        "issued_in": "RABAT",
        "issued_on": "2026-02-03",
        "number": "062114578",
        "remarks": "VLS-TS SALARIE",
        "article": "1°",
    }
    pdf, _ = di.visa_sticker(p, v, 102)
    name = pk.card_scan("scan_visa.jpg", pdf, 102)
    fl = id_fields(p, "062114578", "2027-02-19", "FRA")
    fl.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": "SALARIE",
            "valid_from": "2026-02-20",
            "valid_until": "2027-02-19",
        }
    )
    pk.add([f1(name)], "long_stay_visa", "scan", fl, "French VLS-TS sticker, passport page.")
    b = {
        "province": "Fès",
        "commune": "Fès-Médina",
        "act_no": "1187",
        "place": "Fès",
        "father": "Mohammed EL IDRISSI",
        "mother": "Fatima Zahra BENNANI",
        "issued": "2025-11-27",
    }
    birth = dc.birth_morocco(p, b, 103)
    a = {
        "country": "ROYAUME DU MAROC",
        "doc_signer": "Rachid AMRANI",
        "capacity": "Officier de l'état civil",
        "seal": "Commune de Fès-Médina",
        "at": "Fès",
        "issued_on": "2025-12-04",
        "by": "Le Procureur du Roi près le TPI de Fès",
        "number": "FES-2025-048211",
        "signed_by": "Karim OUAZZANI",
        "labels": "fr",
    }
    ap = dc.apostille(a, 104)
    name = pk.image_pdf("acte_naissance_apostille.pdf", merge_pdfs(birth, ap), 105)
    pk.add(
        [f1(name, [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "EL IDRISSI",
            "given_names": "Youssef",
            "date_of_birth": p["dob"],
            "place_of_birth": "Fès",
            "issuing_country": "MAR",
            "language": "fr",
            "has_apostille": True,
        },
        "Extrait d'acte de naissance (French version).",
    )
    pk.add(
        [f1(name, [2])],
        "apostille",
        "image_pdf",
        {
            "country": "ROYAUME DU MAROC",
            "issued_on": "2025-12-04",
            "number": "FES-2025-048211",
            "signed_by": "Karim OUAZZANI",
        },
        "Apostille on the page after the birth certificate.",
    )
    L = {
        "kind": "meublé",
        "landlord": "SCI Les Tanneurs (représentée par M. Pierre GAUTHIER)",
        "landlord_addr": "3 quai Claude Bernard, 69007 Lyon",
        "tenants_print": ["M. Youssef EL IDRISSI"],
        "address": addr + " (3e étage, porte B)",
        "surface": "31",
        "rooms": "1",
        "start": "2026-03-01",
        "duration": "un an",
        "rent": "640",
        "charges": "60",
        "initials": "YE",
        "city": "Lyon",
        "signed": "2026-02-24",
    }
    name = pk.text_pdf("bail_lyon.pdf", df.lease(L, 106))
    pk.add(
        [f1(name, [1, 2])],
        "lease",
        "text_pdf",
        {
            "tenant_names": ["Youssef EL IDRISSI"],
            "landlord": "SCI Les Tanneurs",
            "address": addr + " (3e étage, porte B)",
            "start_date": "2026-03-01",
        },
        "Furnished lease, loi 1989, two pages.",
    )
    iban, key = fr_iban("30004", "00823", "00010394857")
    r = {
        "bank_name": "BNP PARIBAS",
        "bank": "30004",
        "branch": "00823",
        "account": "00010394857",
        "key": key,
        "iban": iban,
        "bic": "BNPAFRPPXXX",
        "holder_lines": ["M YOUSSEF EL IDRISSI", "14 RUE DES TANNEURS", "69007 LYON"],
        "branch_lines": ["BNP PARIBAS LYON JEAN MACE", "2 PLACE JEAN MACE", "69007 LYON"],
        "legal": "BNP Paribas SA au capital de 2 261 621 342 € - 16 bd des Italiens 75009 "
        "Paris - RCS Paris 662 042 449",
    }
    name = pk.text_pdf("RIB_BNP.pdf", df.rib_bnp(r, 107))
    pk.add(
        [f1(name)],
        "rib",
        "text_pdf",
        {
            "holder_name": "YOUSSEF EL IDRISSI",
            "iban": iban,
            "bic": "BNPAFRPPXXX",
            "bank_name": "BNP PARIBAS",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    rows, net = payslip_rows(2850.00)
    s = {
        "from": "2026-10-01",
        "to": "2026-10-31",
        "paid": "2026-10-30",
        "employer": "NEXALIA CONSEIL SAS",
        "employer_lines": [
            "27 rue de la Villette, 69003 Lyon",
            "SIRET : 853 412 769 00027",
            "Code NAF : 6202A",
            "Convention collective : Syntec (IDCC 1486)",
        ],
        "employee_print": "M. EL IDRISSI Youssef",
        "employee_lines": [
            "14 rue des Tanneurs, 69007 Lyon",
            "Emploi : Développeur logiciel",
            "Statut : cadre - Entrée le 02/03/2026",
            "Matricule : 00142",
        ],
        "rows": rows,
        "net_before_tax": net,
        "pas_rate": "4,1 %",
        "pas": round(net * 0.041, 2),
        "net": round(net - round(net * 0.041, 2), 2),
    }
    name = pk.text_pdf("bulletin_paie_octobre_2026.pdf", df.payslip(s, 108))
    pk.add(
        [f1(name)],
        "payslip",
        "text_pdf",
        {
            "employer": "NEXALIA CONSEIL SAS",
            "employee_name": "EL IDRISSI Youssef",
            "period": "2026-10",
            "net_pay": s["net"],
            "siret": "85341276900027",
        },
        "net_pay is the net paid after income tax withholding.",
    )
    f = {
        "natname": "Marocaine",
        "address1": "14 rue des Tanneurs, 3e étage porte B",
        "address2": "69007 Lyon",
        "contact": "06 52 18 47 90",
        "activity": "employed",
        "job": "Développeur logiciel",
        "contract": "CDI",
        "employer": "Nexalia Conseil, 27 rue de la Villette 69003 Lyon",
        "arrival": "22/02/2026",
        "city": "Lyon",
        "signed_on": "2026-11-09",
        "status": "employed",
    }
    form = dc.cerfa(p, f, 109)
    n1 = pk.scan("scan_0001.jpg", form, 109, page=0)
    n2 = pk.scan("scan_0002.jpg", form, 110, page=1)
    pk.add(
        [f1(n1), f1(n2)],
        "application_form",
        "scan",
        form_fields(p, f),
        "Typed form, signed by hand, scanned page by page.",
    )
    return pk, {
        "as_of": "2026-11-18",
        "employed": True,
        "status": "complete",
        "defect": None,
        "applicant": {"surname": "EL IDRISSI", "given_names": "YOUSSEF", "date_of_birth": p["dob"]},
        "requirements": dict.fromkeys(REQS, "complete"),
    }


REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def host_bills(pk, host, addr_lines, seed):
    out = []
    months = [
        ("2026-08-01", "2026-08-31", "2026-09-04", 58.41),
        ("2026-09-01", "2026-09-30", "2026-10-03", 61.90),
        ("2026-10-01", "2026-10-31", "2026-11-04", 74.12),
    ]
    for k, (a, b, issued, amt) in enumerate(months):
        bl = {
            "provider": "TotalEnergies",
            "title": "Votre facture d'électricité",
            "issue_date": issued,
            "number": "%d" % (70041235500 + k * 1377),
            "client_ref": "1 092 445 718",
            "holder_print": "M " + host,
            "address_lines": addr_lines,
            "amount": amt,
            "debit_date": issued[:8] + "15",
            "period_start": a,
            "period_end": b,
            "site_line": "Offre Verte Fixe - Compteur Linky n° 0923 4418 7720 15",
            "lines": [
                ("Abonnement (6 kVA)", 15.82),
                ("Consommation", round(amt - 21.9, 2)),
                ("Taxes et contributions (accise, CTA)", 6.08),
            ],
            "phone": "09 70 80 69 69",
        }
        name = "facture_totalenergies_%s.pdf" % a[:7].replace("-", "_")
        pk.text_pdf(name, df.bill(bl, seed + k))
        out.append((name, bl))
    return out


def p02(root):
    """Senegal. Not employed, hosted by her French husband. In order."""
    pk = Packet(root, "p02")
    p = {
        "surname": "NDIAYE",
        "given": "MAME DIARRA",
        "mrz_surname": "NDIAYE",
        "mrz_given": "MAME DIARRA",
        "nat": "SEN",
        "dob": "1997-08-25",
        "sex": "F",
        "passport_no": "A02784519",
        "pp_issue": "2023-01-16",
        "pp_expiry": "2028-01-15",
        "pp_authority": "DAF DAKAR",
        "pob_passport": "THIES",
        "skin": (0.33, 0.22, 0.16),
        "form_surname": "NDIAYE",
        "form_given": "Mame Diarra",
        "form_pob": "Thiès, Sénégal",
    }
    host = {
        "surname": "LEFEBVRE",
        "given": "THOMAS JULIEN",
        "mrz_surname": "LEFEBVRE",
        "mrz_given": "THOMAS JULIEN",
        "nat": "FRA",
        "dob": "1991-02-07",
        "sex": "M",
        "pob_passport": "AMIENS (80)",
        "skin": (0.85, 0.72, 0.62),
    }
    addr = "27 avenue Jean Jaurès, 93100 Montreuil"
    pdf, _ = di.passport(p, 201)
    name = pk.card_scan("passeport_mame.png", pdf, 201)
    pk.add(
        [f1(name)],
        "passport",
        "scan",
        id_fields(p, "A02784519", "2028-01-15", "SEN"),
        "ECOWAS passport of Senegal, data page on an A4 sheet.",
    )
    t = {
        "number": "ZD6402817",
        "expiry": "2027-09-14",
        "category": "VIE PRIVÉE ET FAMILIALE",
        "address": "27 AV JEAN JAURES 93100 MONTREUIL",
        "prefecture": "PRÉFET SEINE-ST-DENIS",
        "remarks": "CONJOINT DE FRANÇAIS",
    }
    pdf, _ = di.id1_card(p, t, 202, kind="titre")
    n1 = pk.card_photo("IMG_3381.jpg", pdf, 202, page=0)
    n2 = pk.card_photo("IMG_3382.jpg", pdf, 203, page=1, rotate=180)
    pk.add(
        [f1(n1), f1(n2)],
        "residence_permit",
        "phone_photo",
        id_fields(p, "ZD6402817", "2027-09-14", "FRA"),
        "Titre de séjour, front and back photographed; the back is upside down.",
    )
    b = {
        "region": "Thiès",
        "commune": "Thiès Nord",
        "centre": "Thiès Nord (principal)",
        "act_no": "2143",
        "hour": "six heures trente",
        "place": "Thiès",
        "father": "Ousmane NDIAYE",
        "mother": "Awa SOW",
        "issued": "2025-10-21",
    }
    name = pk.photo("IMG_3377.jpg", dc.birth_senegal(p, b, 204), 204, rotate=270)
    pk.add(
        [f1(name)],
        "birth_certificate",
        "phone_photo",
        {
            "surname": "NDIAYE",
            "given_names": "Mame Diarra",
            "date_of_birth": p["dob"],
            "place_of_birth": "Thiès",
            "issuing_country": "SEN",
            "language": "fr",
            "has_apostille": False,
        },
        "Senegal: no apostille (France-Senegal convention of 29 March 1974, see README).",
    )
    lines = [
        "Je soussigné Thomas LEFEBVRE, né le 07/02/1991",
        "à Amiens, demeurant au 27 avenue Jean Jaurès,",
        "93100 Montreuil, atteste sur l'honneur héberger",
        "à mon domicile mon épouse Mame Diarra NDIAYE,",
        "née le 25/08/1997 à Thiès (Sénégal),",
        "depuis le 2 avril 2026.",
        "",
        "Fait pour servir et valoir ce que de droit.",
        "Fait à Montreuil, le 12/11/2026",
    ]
    name = pk.photo("attestation_hebergement.jpg", df.attestation({"lines": lines}, 205), 205)
    pk.add(
        [f1(name)],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Thomas LEFEBVRE",
            "hosted_name": "Mame Diarra NDIAYE",
            "address": addr,
            "since_date": "2026-04-02",
            "signed_on": "2026-11-12",
            "signed": True,
        },
        "Handwritten on lined paper, signed.",
    )
    d = {"number": "X4RTB7K21", "expiry": "2033-06-19", "issued": "2023-06-20"}
    pdf, _ = di.id1_card(host, d, 206, kind="cni")
    name = pk.card_scan("cni_thomas_recto_verso.jpg", pdf, 206, pages=(0, 1))
    hf = id_fields(host, "X4RTB7K21", "2033-06-19", "FRA")
    pk.add(
        [f1(name)],
        "national_id",
        "scan",
        hf,
        "Host's French identity card, front and back on one sheet.",
    )
    for name, bl in host_bills(
        pk, "THOMAS LEFEBVRE", ["27 AVENUE JEAN JAURES", "93100 MONTREUIL"], 207
    ):
        pk.add(
            [f1(name)],
            "utility_bill",
            "text_pdf",
            {
                "provider": "TotalEnergies",
                "service": "electricity",
                "holder_name": "THOMAS LEFEBVRE",
                "address": "27 AVENUE JEAN JAURES 93100 MONTREUIL",
                "issue_date": bl["issue_date"],
                "period_start": bl["period_start"],
                "period_end": bl["period_end"],
                "amount": bl["amount"],
                "month": bl["period_start"][:7],
            },
            "Host's bill.",
        )
    iban, key = fr_iban("30002", "00415", "0000739182F")
    assert iban[2:4] == iban_check("FR", iban[4:])
    r = {
        "bank_name": "LCL Le Crédit Lyonnais",
        "bank": "30002",
        "branch": "00415",
        "account": "0000739182F",
        "key": key,
        "iban": iban,
        "bic": "CRLYFRPP",
        "holder_lines": [
            "M THOMAS LEFEBVRE OU MME MAME DIARRA NDIAYE",
            "27 AVENUE JEAN JAURES",
            "93100 MONTREUIL",
        ],
        "branch_lines": ["LCL MONTREUIL CROIX DE CHAVAUX", "12 RUE DE PARIS", "93100 MONTREUIL"],
        "legal": "LCL - SA au capital de 2 037 713 591 € - 18 rue de la République 69002 "
        "Lyon - SIREN 954 509 741",
    }
    name = pk.text_pdf("rib_compte_joint.pdf", df.rib_bnp(r, 208))
    pk.add(
        [f1(name)],
        "rib",
        "text_pdf",
        {
            "holder_name": "M THOMAS LEFEBVRE OU MME MAME DIARRA NDIAYE",
            "iban": iban,
            "bic": "CRLYFRPP",
            "bank_name": "LCL Le Crédit Lyonnais",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "Joint account that includes the applicant.",
    )
    f = {
        "natname": "Sénégalaise",
        "address1": "chez M. Lefebvre, 27 av. Jean Jaurès",
        "address2": "93100 Montreuil",
        "contact": "07 81 64 22 05",
        "activity": "not_employed",
        "arrival": "02/04/2026",
        "city": "Montreuil",
        "signed_on": "2026-11-13",
        "status": "not_employed",
        "hand_font": "Hand2",
    }
    form = dc.cerfa(p, f, 209, hand=True)
    name = pk.image_pdf("formulaire_S1106.pdf", form, 209)
    pk.add(
        [f1(name, [1, 2])],
        "application_form",
        "image_pdf",
        form_fields(p, f),
        "Hand-filled form, scanned to PDF; box 'sans activité' ticked.",
    )
    req = dict.fromkeys(REQS, "complete")
    req["employment"] = "not_applicable"
    return pk, {
        "as_of": "2026-11-24",
        "employed": False,
        "status": "complete",
        "defect": None,
        "applicant": {"surname": "NDIAYE", "given_names": "MAME DIARRA", "date_of_birth": p["dob"]},
        "requirements": req,
    }
