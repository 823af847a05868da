"""Packet p04: born in Colombia, ONE DEFECT: expired passport."""

from __future__ import annotations

from bt_civil2 import colombia_eapostille, colombia_registro, translation_pages
from bt_common import MM, french_rib, luhn_complete, td1, td3
from bt_fin import bouygues_bill, eur, rib_ce
from bt_ids import d_pass, fr_card_back, fr_card_front, passport_booklet
from bt_out import Packet, dmy, requirements
from bt_work import cerfa_form, payslip

MONTH_END = {"08": "31", "09": "30", "10": "31"}


def permit(sur_l, giv_l, num, dob_l, sex, nat, kind, until_l, issue_l, addr, pref, mrz, skin, bg):
    return {
        "bg": bg,
        "guil": (0.55, 0.72, 0.78),
        "skin": skin,
        "title": "TITRE DE SÉJOUR",
        "title2": "Residence permit",
        "rows": [
            ("NOM / Surname", sur_l),
            ("Prénoms / Given names", giv_l),
            (
                ("SEXE / Sex", "NATIONALITÉ / Nationality", "DATE DE NAISS. / Date of birth"),
                (sex, nat, dob_l),
            ),
            ("TYPE DE TITRE / Type of permit", kind),
            (("N° DU DOCUMENT / Document No", "FIN DE VALIDITÉ / Expiry date"), (num, until_l)),
        ],
        "bottom_left": "",
        "back_rows": [
            ("ADRESSE / Address", addr),
            ("DATE DE DÉLIVRANCE / Date of issue", issue_l),
            ("LIEU DE DÉLIVRANCE / Place of issue", pref),
            ("REMARQUES / Remarks", "AUTORISE SON TITULAIRE A TRAVAILLER"),
        ],
        "mrz": mrz,
        "qr": False,
    }


# ====================================================================== p04
def build_p04(out_dir: str) -> None:
    pk = Packet(out_dir, "p04", 44)
    dob = "1991-02-17"
    pno, pexp, cedula = "AR593046", "2026-03-07", "1036628417"
    mrz = td3(
        "P", "COL", "RAMIREZ GOMEZ", "ANDRES FELIPE", pno, "COL", "910217", "M", "260307", cedula
    )
    st = {
        "page_bg": (0.95, 0.94, 0.88),
        "guil": (0.85, 0.8, 0.65),
        "title_col": (0.55, 0.1, 0.1),
        "label_col": (0.3, 0.3, 0.35),
        "font": "Sans",
        "lfont": "Narrow",
        "vfont": "SansB",
        "lh": 6.4 * MM,
        "title": [("REPÚBLICA DE COLOMBIA", "SansB", 10), ("PASAPORTE / PASSPORT", "Sans", 8)],
    }
    rows = [
        ("Tipo / Type", "P", 0),
        ("Código / Code", "COL", 1),
        ("Pasaporte No. / Passport No.", pno, 2),
        ("Apellidos / Surname", "RAMÍREZ GÓMEZ", 0),
        ("Nombres / Given names", "ANDRÉS FELIPE", 0),
        ("Nacionalidad / Nationality", "COLOMBIANA", 0),
        ("Sexo / Sex", "M", 2),
        ("Fecha de nacimiento / Date of birth", d_pass(dob, "es"), 0),
        ("Lugar de nacimiento / Place of birth", "MEDELLÍN", 1),
        ("Fecha de expedición / Date of issue", d_pass("2016-03-08", "es"), 0),
        ("Fecha de vencimiento / Date of expiry", d_pass(pexp, "es"), 1),
        ("Autoridad / Authority", "CANCILLERÍA", 0),
        ("No. Personal", cedula, 1),
    ]
    pp = passport_booklet({"style": st, "rows": rows, "mrz": mrz, "skin": (0.62, 0.46, 0.34)}, 401)
    pk.photo("pasaporte.jpg", pp, 1, rot=180, dpi=300, fill=0.74, table=(60, 58, 62))
    pk.doc(
        [("pasaporte.jpg", [1])],
        "passport",
        "phone_photo",
        {
            "surname": "RAMIREZ GOMEZ",
            "given_names": "ANDRES FELIPE",
            "document_number": pno,
            "nationality": "COL",
            "issuing_country": "COL",
            "date_of_birth": dob,
            "sex": "M",
            "expiry_date": pexp,
            "mrz_valid": True,
        },
        "DEFECT: expired on 2026-03-07 (printed '07 MAR/MAR 2026', MRZ 260307), before "
        "as_of 2026-11-27. All check digits correct. Photo rotated 180 degrees. Personal "
        "number (cédula) 1036628417 in the MRZ optional field.",
    )
    tno, tuntil = "3K8PX71WD", "2029-10-01"
    tmrz = td1("IR", "FRA", tno, "910217", "M", "291001", "COL", "RAMIREZ GOMEZ", "ANDRES FELIPE")
    card = permit(
        "RAMÍREZ GÓMEZ",
        "ANDRÉS, FELIPE",
        tno,
        "17 02 1991",
        "M",
        "COL",
        "CARTE PLURIANNUELLE SALARIÉ",
        "01 10 2029",
        "02 10 2025",
        "56 RUE DE LA ROQUETTE 75011 PARIS",
        "PRÉFECTURE DE POLICE",
        tmrz,
        (0.62, 0.46, 0.34),
        (0.88, 0.92, 0.95),
    )
    pk.scan_cards(
        "titre_sejour_recto_verso.jpg",
        [(fr_card_front(card, 402), 60, 40), (fr_card_back(card, 402), 60, 120)],
        2,
    )
    pk.doc(
        [("titre_sejour_recto_verso.jpg", [1])],
        "residence_permit",
        "scan",
        {
            "surname": "RAMIREZ GOMEZ",
            "given_names": "ANDRES FELIPE",
            "document_number": tno,
            "nationality": "COL",
            "issuing_country": "FRA",
            "date_of_birth": dob,
            "sex": "M",
            "expiry_date": tuntil,
            "mrz_valid": True,
        },
        "Multi-year 'salarié' card, both sides scanned on one page; valid.",
    )
    # birth certificate + e-apostille + sworn translation
    b = {
        "serial": "17845236",
        "notaria": "15",
        "office_place": "COLOMBIA - ANTIOQUIA - MEDELLÍN",
        "nuip": cedula,
        "code": "05001-15",
        "ap1": "RAMÍREZ",
        "ap2": "GÓMEZ",
        "names": "ANDRÉS FELIPE",
        "year": "1991",
        "month": "FEB",
        "day": "17",
        "sex": "MASCULINO",
        "place": "COLOMBIA - ANTIOQUIA - MEDELLÍN (CLÍNICA SOMA)",
        "mother": "GÓMEZ ARANGO LUZ MARINA",
        "mother_id": "C.C. 43.512.877",
        "father": "RAMÍREZ OSPINA JORGE ELIÉCER",
        "father_id": "C.C. 71.604.219",
        "reg_y": "1991",
        "reg_m": "MAR",
        "reg_d": "04",
        "official": "NOTARIO 15 (E)",
        "copy_date": "12 de mayo de 2025",
        "copy_notary": "Notario Quince de Medellín",
    }
    pk.scan("registro_civil_nacimiento.jpg", colombia_registro(b, 403), 3, dpi=220)
    pk.doc(
        [("registro_civil_nacimiento.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "RAMÍREZ GÓMEZ",
            "given_names": "ANDRÉS FELIPE",
            "date_of_birth": dob,
            "place_of_birth": "Medellín, Antioquia",
            "issuing_country": "COL",
            "language": "es",
            "has_apostille": True,
        },
        "Registro Civil de Nacimiento, certified copy by Notaría 15 de Medellín; apostilled "
        "by the e-apostille file.",
    )
    ap = {
        "number": "A4LK8W2QX9P",
        "signer": "JUAN CAMILO RESTREPO VÉLEZ",
        "capacity": "NOTARIO 15 DEL CÍRCULO DE MEDELLÍN",
        "seal_of": "NOTARÍA 15 DE MEDELLÍN",
        "date": "16/05/2025",
        "by": "Ministerio de Relaciones Exteriores de Colombia",
        "firm": "Coordinación GIT Apostilla y Legalizaciones (firma digital)",
        "verif": "84721963",
    }
    pk.text_pdf("Apostilla_A4LK8W2QX9P.pdf", colombia_eapostille(ap, 404))
    pk.doc(
        [("Apostilla_A4LK8W2QX9P.pdf", [1])],
        "apostille",
        "text_pdf",
        {
            "country": "COL",
            "issued_on": "2025-05-16",
            "number": "A4LK8W2QX9P",
            "signed_by": "JUAN CAMILO RESTREPO VÉLEZ",
        },
        "Colombian electronic apostille (trilingual Spanish/English/French labels), for the "
        "notary's certified copy of the birth register.",
    )
    tr = {
        "translator": "Isabel MORENO-LAFFITTE",
        "number": "2025-0847",
        "header": [
            "Traductrice-interprète expert près la Cour d'appel de Paris — espagnol",
            "18 rue Oberkampf, 75011 Paris — tél. 01 43 55 xx xx",
        ],
        "title": "TRADUCTION DE L'ESPAGNOL",
        "pages": [
            [
                "#RÉPUBLIQUE DE COLOMBIE — ORGANISATION ÉLECTORALE",
                "#REGISTRE NATIONAL DE L'ÉTAT CIVIL — ACTE DE NAISSANCE",
                "Indicatif série : 17845236. Office d'enregistrement : Notaire n° 15, "
                "Colombie, Antioquia, Medellín. NUIP : 1036628417.",
                "#Données de l'inscrit",
                "Premier nom : RAMÍREZ — Second nom : GÓMEZ — Prénoms : ANDRÉS FELIPE. "
                "Date de naissance : 17 février 1991. Sexe : masculin. Groupe sanguin : "
                "O+. Lieu de naissance : Colombie, Antioquia, Medellín (Clinique Soma).",
                "#Données de la mère",
                "GÓMEZ ARANGO Luz Marina, C.C. 43.512.877, nationalité colombienne.",
                "#Données du père",
                "RAMÍREZ OSPINA Jorge Eliécer, C.C. 71.604.219, nationalité colombienne. "
                "Déclarant : le père.",
                "Date d'inscription : 4 mars 1991. [Signature illisible] Notaire 15 (p.i.).",
                "[Cachet :] Notaire 15 du cercle de Medellín — Copie fidèle de l'original "
                "conservé dans cet office — Medellín, le 12 mai 2025.",
            ],
            [
                "#APOSTILLE (Convention de La Haye du 5 octobre 1961)",
                "1. Pays : Colombie. 2. Signé par : JUAN CAMILO RESTREPO VÉLEZ. 3. "
                "Agissant en qualité de : Notaire 15 du cercle de Medellín. 4. Revêtu du "
                "sceau de : Notaire 15 de Medellín. 5. À : Bogotá D.C. 6. Le : 16/05/2025. "
                "7. Par : Ministère des Relations extérieures de Colombie. 8. Sous le n° : "
                "A4LK8W2QX9P. 9. Sceau : signature numérique. 10. Signature : "
                "Coordination GIT Apostille et Légalisations.",
            ],
        ],
        "cert": "Je soussignée Isabel MORENO-LAFFITTE, traductrice-interprète expert près "
        "la Cour d'appel de Paris, certifie que la présente traduction est conforme "
        "à l'original en langue espagnole qui m'a été présenté.",
        "place_date": "Paris, le 10/06/2026",
        "stamp_ring": "COUR D'APPEL DE PARIS",
        "stamp_lang": "ESPAGNOL",
    }
    tp = translation_pages(tr, 405)
    pk.image_pdf("traduction_jurée_acte.pdf", tp, 5, dpi=180)
    pk.doc(
        [("traduction_jurée_acte.pdf", [1, 2])],
        "translation",
        "image_pdf",
        {},
        "Sworn translation into French (traduction certifiée conforme, expert près la Cour "
        "d'appel de Paris) of the birth register and of its apostille; 2 pages.",
    )
    # Bouygues bills
    addr = "56 rue de la Roquette, 75011 Paris"
    bb = [
        ("08", "2026-08-03", 32.99, "août 2026"),
        ("09", "2026-09-03", 32.99, "septembre 2026"),
        ("10", "2026-10-03", 35.49, "octobre 2026"),
    ]
    files = [
        ("text_pdf", "Facture_Bbox_202608.pdf"),
        ("text_pdf", "Facture_Bbox_202609.pdf"),
        ("scan", "facture bouygues oct.jpg"),
    ]
    for i, ((mm, issue, amount, lab), (look, fname)) in enumerate(zip(bb, files, strict=False)):
        start, end = f"2026-{mm}-01", f"2026-{mm}-{MONTH_END[mm]}"
        lines = [
            ["Bbox fit — abonnement fibre", dmy(start), dmy(end), "29,99 €"],
            ["Location Bbox", dmy(start), dmy(end), "3,00 €"],
        ]
        if amount > 33:
            lines.append(
                [
                    "Option appels vers mobiles (prorata)",
                    dmy(start),
                    dmy(end),
                    eur(round(amount - 32.99, 2)),
                ]
            )
        bill = {
            "month_label": lab,
            "issue_txt": dmy(issue),
            "client": "1.0847.2231",
            "number": f"F26{mm}0{4471203 + i * 53}",
            "line": "09 81 xx xx 42",
            "address_block": [
                "M. RAMIREZ GOMEZ ANDRES FELIPE",
                "56 RUE DE LA ROQUETTE",
                "75011 PARIS",
            ],
            "amount": amount,
            "debit_txt": dmy(issue[:8] + "12"),
            "lines": lines,
        }
        page = bouygues_bill(bill, 410 + i)
        if look == "text_pdf":
            pk.text_pdf(fname, [page])
        else:
            pk.scan(fname, [page], 10 + i, dpi=150, quality=80)
        pk.doc(
            [(fname, [1])],
            "utility_bill",
            look,
            {
                "provider": "Bouygues Telecom",
                "service": "internet",
                "holder_name": "RAMIREZ GOMEZ ANDRES FELIPE",
                "address": addr,
                "issue_date": issue,
                "period_start": start,
                "period_end": end,
                "amount": amount,
                "month": f"2026-{mm}",
            },
            "Bbox fibre bill; holder printed without accents.",
        )
    # RIB Caisse d'Epargne (image_pdf)
    bank, branch, acct = "17515", "90000", "08012749163"
    key, iban = french_rib(bank, branch, acct)
    rib = {
        "holder_line": "M RAMIREZ GOMEZ ANDRES FELIPE",
        "addr1": "56 RUE DE LA ROQUETTE",
        "addr2": "75011 PARIS",
        "agency": "PARIS BASTILLE",
        "bank": bank,
        "branch": branch,
        "account": acct,
        "key": key,
        "iban": iban,
        "bic": "CEPAFRPP751",
    }
    pk.image_pdf("RIB_CE.pdf", [rib_ce(rib, 420)], 20, dpi=200)
    pk.doc(
        [("RIB_CE.pdf", [1])],
        "rib",
        "image_pdf",
        {
            "holder_name": "RAMIREZ GOMEZ ANDRES FELIPE",
            "iban": iban,
            "bic": "CEPAFRPP751",
            "bank_name": "Caisse d'Epargne Ile-de-France",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "Scanned RIB (image-only PDF).",
    )
    # payslip
    emp = "SARL Le Comptoir Roquette"
    siret = luhn_complete("8893402170001")
    gross = 2250.00
    ded = round(gross * 0.2231, 2)
    net_before = round(gross - ded, 2)
    pas = round(net_before * 0.011, 2)
    net = round(net_before - pas, 2)
    ps = {
        "from_txt": "01/10/2026",
        "to_txt": "31/10/2026",
        "pay_txt": "02/11/2026",
        "employer": emp,
        "employer_lines": ["61 rue de la Roquette", "75011 Paris", f"SIRET {siret}", "APE 5610A"],
        "employee_line": "M. RAMÍREZ GÓMEZ Andrés Felipe",
        "employee_lines": [
            "56 rue de la Roquette",
            "75011 Paris",
            "Emploi : Chef de partie",
            "Entrée : 06/01/2025 — CDI",
            "Niveau III échelon 1",
        ],
        "lines": [
            ["Salaire de base", "151,67 h", "14,8349", "", eur(gross)],
            ["Avantage en nature repas", "22", "4,22", "", "92,84 €"],
            ["Déduction avantage en nature", "22", "4,22", "92,84 €", ""],
            ["Total cotisations salariales", eur(gross), "", eur(ded), ""],
        ],
        "ccn": "Hôtels, cafés, restaurants (HCR) — IDCC 1979",
        "totals": [
            ("Net à payer avant impôt sur le revenu", eur(net_before), True),
            ("Impôt sur le revenu (taux personnalisé 1,10 %)", eur(pas), False),
            ("Net payé", eur(net), True),
        ],
    }
    pk.text_pdf("bulletin_octobre_2026.pdf", [payslip(ps, 430)])
    pk.doc(
        [("bulletin_octobre_2026.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "RAMÍREZ GÓMEZ Andrés Felipe",
            "period": "2026-10",
            "net_pay": net,
            "siret": siret,
        },
        "",
    )
    # typed form, text PDF, pen signature strokes
    f = {
        "mode": "typed",
        "typed_font": "Sans",
        "surname": "RAMÍREZ GÓMEZ",
        "given": "Andrés Felipe",
        "sex": "M",
        "dob": "17/02/1991",
        "birth_town": "Medellín",
        "birth_country": "Colombie",
        "nationality": "colombienne",
        "addr1": "56 rue de la Roquette",
        "cp": "75011",
        "city": "Paris",
        "phone": "06 11 84 29 70",
        "mail": "af.ramirezgomez@outlook.com",
        "activity": "employed",
        "job": "Chef de partie (cuisine)",
        "contract": "CDI",
        "employer": emp + ", 61 rue de la Roquette, 75011 Paris",
        "arrival": "21/11/2024",
        "place": "Paris",
        "signed_txt": "12/11/2026",
        "ink": (0.0, 0.0, 0.0),
    }
    pk.text_pdf("demande_ouverture_droits_S1106.pdf", cerfa_form(f, 440))
    pk.doc(
        [("demande_ouverture_droits_S1106.pdf", [1, 2])],
        "application_form",
        "text_pdf",
        {
            "surname": "RAMÍREZ GÓMEZ",
            "given_names": "Andrés Felipe",
            "date_of_birth": dob,
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-12",
            "nir": None,
        },
        "Filled on screen (text layer), signed with stylus strokes.",
    )
    pk.write_truth(
        {
            "as_of": "2026-11-27",
            "employed": True,
            "status": "incomplete",
            "requirements": requirements(identity="invalid"),
            "defect": "passport expired on 2026-03-07 (before as_of 2026-11-27): identity invalid",
            "applicant": {
                "surname": "RAMIREZ GOMEZ",
                "given_names": "ANDRES FELIPE",
                "date_of_birth": dob,
            },
        }
    )
