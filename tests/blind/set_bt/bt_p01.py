"""Packet p01: born in China, employed (CDI), three TotalEnergies bills, LCL RIB."""

from __future__ import annotations

from bt_civil import china_notarial
from bt_common import MM, french_rib, luhn_complete, mrva, td3
from bt_fin import eur, rib_lcl, totalenergies_bill
from bt_ids import d_pass, passport_booklet, visa_sticker_page
from bt_out import Packet, dmy, requirements
from bt_work import cerfa_form, long_text_doc, payslip

MONTH_END = {"08": "31", "09": "30", "10": "31"}


def cn_id_number(body17: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body17 + "10X98765432"[sum(int(a) * b for a, b in zip(body17, w, strict=False)) % 11]


def visa_dict(num, frm, until, days, issued_in, issued, passport, name, remarks, mrz, skin):
    return {
        "number": num,
        "from_txt": dmy(frm),
        "until_txt": dmy(until),
        "days": days,
        "issued_in": issued_in,
        "issued_txt": dmy(issued),
        "passport": passport,
        "name": name,
        "remarks": remarks,
        "mrz": mrz,
        "skin": skin,
    }


# ====================================================================== p01
def build_p01(out_dir: str) -> None:
    pk = Packet(out_dir, "p01", 11)
    sur, giv, dob = "LIU", "YUTONG", "1996-04-11"
    pno, pexp = "EK3829164", "2032-06-14"
    mrz = td3("P", "CHN", sur, giv, pno, "CHN", "960411", "F", "320614")
    cn = {
        "page_bg": (0.95, 0.93, 0.9),
        "guil": (0.85, 0.78, 0.78),
        "title_col": (0.5, 0.1, 0.1),
        "lh": 6.4 * MM,
        "label_col": (0.35, 0.3, 0.35),
        "font": "CJK",
        "lfont": "CJK",
        "vfont": "SansB",
        "title": [
            ("中华人民共和国", "CJK", 11),
            ("PEOPLE'S REPUBLIC OF CHINA", "SansB", 7),
            ("护照  PASSPORT", "CJK", 9),
        ],
    }
    rows = [
        ("类型/Type", "P", 0),
        ("国家码/Country Code", "CHN", 1),
        ("护照号/Passport No.", pno, 2),
        ("姓/Surname", "LIU", 0),
        ("姓名/Name", "刘雨桐", 2),
        ("名/Given names", "YUTONG", 0),
        ("性别/Sex", "女/F", 0),
        ("出生地点/Place of birth", "四川/SICHUAN", 1),
        ("出生日期/Date of birth", d_pass(dob, "cn"), 0),
        ("签发地点/Place of issue", "四川/SICHUAN", 1),
        ("签发日期/Date of issue", d_pass("2022-06-15", "cn"), 0),
        ("有效期至/Date of expiry", d_pass(pexp, "cn"), 1),
        ("签发机关/Authority", "中华人民共和国国家移民管理局", 0),
    ]
    pp = passport_booklet(
        {"style": cn, "rows": rows, "mrz": mrz, "skin": (0.78, 0.64, 0.52)},
        101,
        upper="observations",
    )
    pk.scan("scan_passeport_0001.jpg", [pp], 1, dpi=300)
    pk.doc(
        [("scan_passeport_0001.jpg", [1])],
        "passport",
        "scan",
        {
            "surname": "LIU",
            "given_names": "YUTONG",
            "document_number": pno,
            "nationality": "CHN",
            "issuing_country": "CHN",
            "date_of_birth": dob,
            "sex": "F",
            "expiry_date": pexp,
            "mrz_valid": True,
        },
        "Open booklet scanned at 300 dpi: observations page above, data page below.",
    )
    # VLS-TS sticker
    vno, vfrom, vuntil = "052914377", "2026-02-02", "2027-02-01"
    vmrz = mrva("VD", "FRA", sur, giv, vno, "CHN", "960411", "F", "270201")
    v = visa_dict(
        vno,
        vfrom,
        vuntil,
        "365",
        "PEKIN",
        "2026-01-14",
        pno,
        "LIU YUTONG",
        [
            "VLS-TS SALARIE",
            "VISA DE LONG SEJOUR VALANT TITRE DE",
            "SEJOUR - A VALIDER EN LIGNE DES L'ARRIVEE",
        ],
        vmrz,
        (0.78, 0.64, 0.52),
    )
    pk.photo("IMG_20261105_193412.jpg", visa_sticker_page(v, 102), 2, rot=90, dpi=420, fill=0.72)
    pk.doc(
        [("IMG_20261105_193412.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        {
            "surname": "LIU",
            "given_names": "YUTONG",
            "document_number": vno,
            "nationality": "CHN",
            "issuing_country": "FRA",
            "date_of_birth": dob,
            "sex": "F",
            "expiry_date": vuntil,
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": "salarié",
            "valid_from": vfrom,
            "valid_until": vuntil,
        },
        "Visa page photographed on a table, rotated 90 degrees. Sticker number printed "
        "'FRA 052914377'; MRZ (MRV-A, code VD) carries 052914377.",
    )
    # notarial birth certificate + apostille (one scanned PDF, 4 pages)
    cid = cn_id_number("51010419960411124")
    b = {
        "cn_no": "（2026）川成蜀证字第00158号",
        "cn_no2": "（2026）川成蜀证字第00159号",
        "cn_name": "刘雨桐",
        "cn_dob": "一九九六年四月十一日",
        "cn_id": cid,
        "cn_body": [
            "兹证明刘雨桐于一九九六年四月十一日在四川省成都市出生。",
            "刘雨桐的父亲是刘建国，",
            "刘雨桐的母亲是王丽华。",
        ],
        "cn_notary": "陈静",
        "cn_date": "二〇二六年一月六日",
        "en_no": "(2026) Chuan Cheng Shu Zheng Zi No. 00158",
        "en_rows": [
            ("Applicant:", "Liu Yutong"),
            ("Sex:", "Female"),
            ("Date of Birth:", "April 11, 1996"),
            ("ID Card No.:", cid),
            ("Subject:", "Birth"),
        ],
        "en_body": "This is to certify that Liu Yutong was born on April 11, 1996 in Chengdu "
        "City, Sichuan Province, the People's Republic of China. Her father is "
        "Liu Jianguo and her mother is Wang Lihua.",
        "en_notary": "Chen Jing",
        "en_date": "January 6, 2026",
        "apostille": {
            "country": "People's Republic of China / 中华人民共和国",
            "signer": "Chen Jing",
            "at": "Chengdu",
            "date": "9 January 2026",
            "by": "Foreign Affairs Office of Sichuan Provincial People's Government",
            "number": "SC2026A004173",
            "official": "Zhao Min",
            "seal_ring": "四川省人民政府外事办公室",
            "verify": "https://consular.mfa.gov.cn/VERIFY/",
        },
    }
    pk.image_pdf("acte_naissance_notarie_apostille.pdf", china_notarial(b, 103), 3, dpi=170)
    pk.doc(
        [("acte_naissance_notarie_apostille.pdf", [1, 2, 3])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "LIU",
            "given_names": "Yutong",
            "date_of_birth": dob,
            "place_of_birth": "Chengdu, Sichuan",
            "issuing_country": "CHN",
            "language": "zh",
            "has_apostille": True,
        },
        "Chinese notarial certificate of birth (出生公证书, Shudu Notary Office, Chengdu): "
        "page 1 Chinese original (name 刘雨桐), page 2 the notary's English translation, "
        "page 3 the notary's certificate that the translation conforms. Names in Latin "
        "script come from page 2.",
    )
    pk.doc(
        [("acte_naissance_notarie_apostille.pdf", [4])],
        "apostille",
        "image_pdf",
        {
            "country": "CHN",
            "issued_on": "2026-01-09",
            "number": "SC2026A004173",
            "signed_by": "Chen Jing",
        },
        "Bilingual Chinese/English apostille; item 2 (signed by) is the notary Chen Jing, "
        "item 10 is the signing official Zhao Min; item 7 the Sichuan Foreign Affairs Office.",
    )
    # address, employer
    addr1, cp, city = "14 avenue Jean Jaurès, Appt 31", "69007", "Lyon"
    emp = "Oréade Ingénierie SAS"
    siret = luhn_complete("8411536290001")
    # form (typed, printed, signed, scanned)
    f = {
        "mode": "typed",
        "typed_font": "Courier",
        "surname": "LIU",
        "given": "Yutong",
        "sex": "F",
        "dob": "11/04/1996",
        "birth_town": "Chengdu (Sichuan)",
        "birth_country": "Chine",
        "nationality": "chinoise",
        "addr1": addr1,
        "cp": cp,
        "city": city.upper(),
        "phone": "07 68 24 51 93",
        "mail": "yutong.liu96@gmail.com",
        "activity": "employed",
        "job": "Ingénieure études et développement",
        "contract": "CDI",
        "employer": emp + ", 52 quai Rambaud, 69002 Lyon",
        "arrival": "10/02/2026",
        "place": "Lyon",
        "signed_txt": "06/11/2026",
    }
    pk.image_pdf("formulaire_S1106_rempli.pdf", cerfa_form(f, 104), 4, dpi=150, quality=62)
    pk.doc(
        [("formulaire_S1106_rempli.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        {
            "surname": "LIU",
            "given_names": "Yutong",
            "date_of_birth": dob,
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-06",
            "nir": None,
        },
        "Typed on a computer, printed, signed with a pen and scanned; 'le 06/11/2026'.",
    )
    # bills
    addr_block = ["Madame LIU Yutong", "14 avenue Jean Jaurès", "Appt 31", "69007 LYON"]
    months = [("08", "2026-09-04", 182), ("09", "2026-10-05", 196), ("10", "2026-11-04", 231)]
    looks = [
        ("scan", "facture_totalenergies_aout.jpg"),
        ("text_pdf", "TotalEnergies_Facture_10482391877.pdf"),
        ("image_pdf", "facture octobre.pdf"),
    ]
    for i, ((mm, issue, kwh), (look, fname)) in enumerate(zip(months, looks, strict=False)):
        start, end = f"2026-{mm}-01", f"2026-{mm}-{MONTH_END[mm]}"
        ab, cons, acc = 13.25, round(kwh * 0.1607, 2), round(kwh * 0.02098, 2)
        cta = 2.14
        ht = round(ab + cons + acc + cta, 2)
        tva = round(ht * 0.2, 2)
        amount = round(ht + tva, 2)
        bill = {
            "number": f"1048239{1877 + i * 3131}",
            "issue_txt": dmy(issue),
            "from_txt": dmy(start),
            "to_txt": dmy(end),
            "client_ref": "6 008 214 773",
            "pdl": "21 4593 0072 8316",
            "address_block": addr_block,
            "amount": amount,
            "debit_txt": dmy(issue[:8] + "20"),
            "iban_tail": "47E 62",
            "lines": [
                ["Abonnement Base 6 kVA (1 mois)", "1", eur(ab), eur(ab)],
                ["Consommation électricité Base", f"{kwh} kWh", "0,1607 €", eur(cons)],
                ["Accise sur l'électricité", f"{kwh} kWh", "0,02098 €", eur(acc)],
                ["Contribution tarifaire d'acheminement (CTA)", "1", eur(cta), eur(cta)],
            ],
            "totals": [("Total HT", eur(ht)), ("TVA 20 %", eur(tva)), ("Total TTC", eur(amount))],
            "kwh": kwh,
            "meter": "0219 4471 5832",
        }
        page = totalenergies_bill(bill, 110 + i)
        if look == "scan":
            pk.scan(fname, [page], 10 + i, dpi=200)
        elif look == "text_pdf":
            pk.text_pdf(fname, [page])
        else:
            pk.image_pdf(fname, [page], 10 + i, dpi=200)
        pk.doc(
            [(fname, [1])],
            "utility_bill",
            look,
            {
                "provider": "TotalEnergies",
                "service": "electricity",
                "holder_name": "LIU Yutong",
                "address": "14 avenue Jean Jaurès, Appt 31, 69007 Lyon",
                "issue_date": issue,
                "period_start": start,
                "period_end": end,
                "amount": amount,
                "month": f"2026-{mm}",
            },
            "Monthly TotalEnergies electricity bill.",
        )
    # RIB LCL
    bank, branch, acct = "30002", "00812", "0000612347E"
    key, iban = french_rib(bank, branch, acct)
    rib = {
        "holder_line": "MME LIU YUTONG",
        "addr1": "14 AV JEAN JAURES APPT 31",
        "addr2": "69007 LYON",
        "agency": "LCL LYON JEAN MACE",
        "agency_addr": "2 place Jean Macé 69007 Lyon",
        "bank": bank,
        "branch": branch,
        "account": acct,
        "key": key,
        "iban": iban,
        "bic": "CRLYFRPP",
    }
    pk.text_pdf("RIB_LCL_compte_courant.pdf", [rib_lcl(rib, 120)])
    pk.doc(
        [("RIB_LCL_compte_courant.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "LIU YUTONG",
            "iban": iban,
            "bic": "CRLYFRPP",
            "bank_name": "LCL",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "Account number ends with a letter (E), as LCL account numbers do.",
    )
    # payslip
    gross = 3650.00
    ded = [
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", gross, "", 0.0),
        ("Complémentaire santé", 62.40, "50,00", 31.20),
        ("Retraite Sécurité sociale plafonnée", gross, "6,90", round(gross * 0.069, 2)),
        ("Retraite Sécurité sociale déplafonnée", gross, "0,40", round(gross * 0.004, 2)),
        ("Retraite complémentaire Tranche 1", gross, "4,01", round(gross * 0.0401, 2)),
        (
            "CSG déductible de l'impôt sur le revenu",
            round(gross * 0.9825, 2),
            "6,80",
            round(gross * 0.9825 * 0.068, 2),
        ),
        (
            "CSG/CRDS non déductible",
            round(gross * 0.9825, 2),
            "2,90",
            round(gross * 0.9825 * 0.029, 2),
        ),
    ]
    tot_ded = round(sum(x[3] for x in ded), 2)
    net_before = round(gross - tot_ded, 2)
    pas = round(net_before * 0.052, 2)
    net = round(net_before - pas, 2)
    lines = [["Salaire de base", "151,67 h", "", "", eur(gross)]]
    lines += [[n, eur(bse), t, eur(v) if v else "", ""] for n, bse, t, v in ded]
    ps = {
        "from_txt": "01/10/2026",
        "to_txt": "31/10/2026",
        "pay_txt": "30/10/2026",
        "employer": emp,
        "employer_lines": ["52 quai Rambaud", "69002 Lyon", f"SIRET : {siret}", "Code NAF : 7112B"],
        "employee_line": "Madame LIU Yutong",
        "employee_lines": [
            "14 avenue Jean Jaurès, Appt 31",
            "69007 Lyon",
            "Emploi : Ingénieure études et développement",
            "Statut : Cadre — Entrée le 02/03/2026",
            "N° SS : en cours d'attribution",
        ],
        "lines": lines,
        "ccn": "Bureaux d'études techniques (Syntec) — IDCC 1486",
        "totals": [
            ("Total des cotisations et contributions salariales", eur(tot_ded), False),
            ("Net à payer avant impôt sur le revenu", eur(net_before), True),
            ("Impôt sur le revenu prélevé à la source (taux 5,20 %)", eur(pas), False),
            ("NET PAYÉ EN EUROS", eur(net), True),
            ("Montant net social", eur(round(net_before + 10.4, 2)), False),
        ],
    }
    pk.text_pdf("Bulletin_paie_2026_10.pdf", [payslip(ps, 130)])
    pk.doc(
        [("Bulletin_paie_2026_10.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "LIU Yutong",
            "period": "2026-10",
            "net_pay": net,
            "siret": siret,
        },
        "net_pay is 'NET PAYÉ EN EUROS'.",
    )
    # CDI contract (scan of the signed copy)
    cdi = {
        "title": [
            "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE",
            "(Cadre — Convention collective nationale des bureaux d'études techniques, IDCC 1486)",
        ],
        "blocks": [
            ("h", "ENTRE LES SOUSSIGNÉS :"),
            (
                "p",
                f"La société {emp}, société par actions simplifiée au capital de 120 000 €, "
                f"dont le siège social est situé 52 quai Rambaud, 69002 Lyon, immatriculée "
                f"sous le numéro SIRET {siret}, représentée par Madame Hélène "
                "Vasseur-Dumont en sa qualité de Directrice des ressources humaines, "
                "ci-après dénommée « la Société »,",
            ),
            (
                "p",
                "ET : Madame LIU Yutong, née le 11/04/1996 à Chengdu (Chine), de "
                "nationalité chinoise, demeurant 14 avenue Jean Jaurès, Appt 31, 69007 "
                "Lyon, titulaire d'un visa de long séjour valant titre de séjour portant "
                "la mention « salarié », ci-après dénommée « la Salariée ».",
            ),
            ("h", "Article 1 — Engagement"),
            (
                "p",
                "La Salariée est engagée à compter du 2 mars 2026 pour une durée "
                "indéterminée, sous réserve des résultats de la visite d'information et "
                "de prévention.",
            ),
            ("h", "Article 2 — Fonctions"),
            (
                "p",
                "La Salariée exercera les fonctions d'Ingénieure études et développement, "
                "statut cadre, position 2.1, coefficient 115 de la convention collective.",
            ),
            ("h", "Article 3 — Période d'essai"),
            (
                "p",
                "Le présent contrat ne deviendra définitif qu'à l'issue d'une période "
                "d'essai de quatre mois, renouvelable une fois dans les conditions "
                "prévues par la convention collective.",
            ),
            ("h", "Article 4 — Rémunération"),
            (
                "p",
                "En contrepartie de son travail, la Salariée percevra une rémunération "
                "brute annuelle forfaitaire de 43 800 euros, versée en douze mensualités.",
            ),
            ("h", "Article 5 — Durée du travail"),
            (
                "p",
                "La Salariée est soumise à une convention de forfait en heures sur une "
                "base hebdomadaire de 38 h 30 (modalité 2 de l'accord Syntec).",
            ),
            ("h", "Article 6 — Lieu de travail"),
            (
                "p",
                "Le lieu de travail est fixé au siège de la Société à Lyon. La Salariée "
                "pourra être amenée à effectuer des déplacements chez les clients.",
            ),
            ("h", "Article 7 — Congés payés, prévoyance, retraite"),
            (
                "p",
                "La Salariée bénéficiera des congés payés légaux et conventionnels ainsi "
                "que des régimes de retraite complémentaire et de prévoyance en vigueur "
                "dans la Société.",
            ),
        ],
        "made": "Fait en deux exemplaires originaux à Lyon, le 16 février 2026.",
        "signers": [
            ("Pour la Société", "Hélène Vasseur-Dumont, DRH"),
            ("La Salariée (lu et approuvé)", "LIU Yutong"),
        ],
        "initials": "LY  HVD",
        "footer": "Contrat de travail CDI — ",
    }
    pages = long_text_doc(cdi, 140, font="Caladea", fontb="CaladeaB", size=10.5)
    pk.image_pdf("contrat_CDI_signe.pdf", pages, 40, dpi=160)
    pk.doc(
        [("contrat_CDI_signe.pdf", list(range(1, len(pages) + 1)))],
        "employment_contract",
        "image_pdf",
        {
            "employer": emp,
            "employee_name": "LIU Yutong",
            "contract_type": "CDI",
            "job_title": "Ingénieure études et développement",
            "start_date": "2026-03-02",
        },
        "Scanned signed copy.",
    )
    pk.write_truth(
        {
            "as_of": "2026-11-20",
            "employed": True,
            "status": "complete",
            "requirements": requirements(),
            "defect": None,
            "applicant": {"surname": "LIU", "given_names": "YUTONG", "date_of_birth": dob},
        }
    )
