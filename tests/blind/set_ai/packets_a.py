"""p01 (Vietnam, bills route, employed) and p02 (Nigeria, hosted by her husband)."""

from __future__ import annotations

from functools import partial

import births
import civil
import idcards
import money
from common import fr_iban, fr_words, month_end, png_bytes
from kit import Packet, siret
from looks import page_image, pdf_pages, photo_jpg, scan_jpg, scanned_pdf, sheet


def _bill_month(y: int, m: int) -> tuple[str, str, str]:
    start = f"{y}-{m:02d}-01"
    ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
    return start, month_end(y, m), f"{ny}-{nm:02d}-03"


def p01(out):
    a = {"surname": "TRẦN", "given_names": "THỊ THU HÀ", "date_of_birth": "1996-03-14"}
    pk = Packet(out, "p01", "2026-10-14", True, a)
    addr1, addr2 = "112 rue Solférino, Appt 14", "59000 LILLE"
    # passport, phone photo of the open booklet
    pp = {"country": "VNM", "surname": "TRẦN", "given": "THỊ THU HÀ", "number": "C9187346",
          "dob": "1996-03-14", "sex": "F", "exp": "2033-05-22", "issued": "2023-05-22",
          "pob": "HÀ NỘI", "idno": "001196012345", "full_display": "TRẦN THỊ THU HÀ",
          "sig": "Thu Hà", "skin": (214, 176, 140)}  # fmt: skip
    pp["style"] = idcards.vn_style(pp)
    page, _ = idcards.passport_page(pp, pk.r("pp"))
    booklet = idcards.passport_booklet(page, pk.r("pp"))
    pk.write("IMG_20261008_193412.jpg", photo_jpg(booklet, pk.r("pp-look")))
    pk.doc([("IMG_20261008_193412.jpg", [1])], "passport", "phone_photo",
           {"surname": "TRẦN", "given_names": "THỊ THU HÀ", "document_number": "C9187346",
            "nationality": "VNM", "issuing_country": "VNM", "date_of_birth": "1996-03-14",
            "sex": "F", "expiry_date": "2033-05-22", "mrz_valid": True},
           "Vietnamese passport data page; the face prints the full name on one line "
           "(Họ và tên), the MRZ splits TRAN<<THI<THU<HA.")  # fmt: skip
    # VLS-TS visa sticker on a passport page, flatbed scan
    v = {"number": "004188276", "sex": "F", "from": "2026-02-03", "until": "2027-02-02",
         "days": "365", "place": "HANOI", "issued": "2026-01-20", "passport": "C9187346",
         "surname": "TRAN", "given": "THI THU HA", "nat": "VNM", "dob": "1996-03-14",
         "remarks": ["VLS-TS SALARIE", "CESEDA R431-16 2°  -  A VALIDER EN LIGNE"],
         "skin": (214, 176, 140)}  # fmt: skip
    sticker, _ = idcards.visa_sticker(v, pk.r("visa"))
    visa_page = idcards.Card(125, 88, (238, 236, 228))
    visa_page.guilloche(pk.r("vp"), (222, 218, 206), n=30)
    visa_page.img.paste(sticker, (3 * idcards.PX, 3 * idcards.PX))
    img = sheet([(visa_page.img, 40, 30)], dpi=200)
    pk.write("scan_0002.jpg", scan_jpg(img, pk.r("visa-look")))
    pk.doc([("scan_0002.jpg", [1])], "long_stay_visa", "scan",
           {"surname": "TRAN", "given_names": "THI THU HA", "document_number": "004188276",
            "nationality": "VNM", "issuing_country": "FRA", "date_of_birth": "1996-03-14",
            "sex": "F", "expiry_date": "2027-02-02", "mrz_valid": True, "visa_type": "D",
            "vls_ts": True, "category": "salarié", "valid_from": "2026-02-03",
            "valid_until": "2027-02-02"},
           "French VLS-TS sticker (MRV-A) scanned on the passport page.")  # fmt: skip
    # birth certificate extract + legalisation (back) + sworn translation, one scanner PDF
    b = {"ward": "Phường Kim Liên", "reg_no": "412", "full": "TRẦN THỊ THU HÀ",
         "dob_fr": "14/03/1996", "dob_words": "Ngày mười bốn, tháng ba, năm một nghìn chín trăm "
         "chín mươi sáu", "sex": "Nữ", "pob": "Bệnh viện Phụ sản Hà Nội, thành phố Hà Nội",
         "hometown": "Nam Định", "pin": "001196012345", "mother": "NGUYỄN THỊ LAN",
         "mother_y": "1970", "father": "TRẦN VĂN HÙNG", "father_y": "1968",
         "residence": "Phường Kim Liên, quận Đống Đa, Hà Nội",
         "reg_place": "Ủy ban nhân dân phường Kim Liên, quận Đống Đa, Hà Nội",
         "reg_date": "25/03/1996", "copy_place_date": "Hà Nội, ngày 06 tháng 11 năm 2025",
         "officer": "Lê Thị Minh Phương", "leg_no": "LS-25/118342", "leg_date": "18/11/2025",
         "fr_leg_date": "27/11/2025", "fr_leg_no": "2025/4471"}  # fmt: skip
    b["dob_words"] = b["dob_words"].replace("  ", " ")
    tr = {"translator": "Mme Nguyễn-Dubois Hoa", "translator_lines": [
        "Traductrice-interprète expert près la Cour d'appel de Douai",
        "Vietnamien - Français", "8 place du Théâtre, 59800 Lille"],
        "from_lang": "Traduit du vietnamien - Document original : Trích lục khai sinh (bản sao)",
        "rows": [("#RÉPUBLIQUE SOCIALISTE DU VIETNAM", ""), ("#EXTRAIT D'ACTE DE NAISSANCE "
                 "(COPIE)", ""), ("Nom, nom intermédiaire, prénom :", "TRẦN THỊ THU HÀ"),
                 ("Date de naissance :", "14/03/1996 (quatorze mars mil neuf cent "
                  "quatre-vingt-seize)"), ("Sexe :", "Féminin"),
                 ("Lieu de naissance :", "Maternité de Hanoï, ville de Hanoï"),
                 ("Mère :", "NGUYỄN THỊ LAN, née en 1970"),
                 ("Père :", "TRẦN VĂN HÙNG, né en 1968"),
                 ("Lieu d'enregistrement :", "Comité populaire du quartier Kim Liên"),
                 ("Date d'enregistrement :", "25/03/1996")],
        "mention": "Je soussignée, traductrice assermentée, certifie que la présente traduction "
        "est conforme à l'original rédigé en langue vietnamienne qui m'a été présenté. "
        "Traduction n° 2026-0217.",
        "done": "Fait à Lille, le 03 mars 2026",
        "seal": ["TRADUCTRICE EXPERT COUR D'APPEL DE DOUAI", "NGUYỄN-DUBOIS", "VIETNAMIEN"],
        "footer": "Traduction certifiée conforme - ne vaut que pour le document présenté."}  # fmt: skip
    pdf = pdf_pages([partial(births.vn_birth, b=b, rng=pk.r("bc")),
                     partial(births.legalisation_vn, b=b, rng=pk.r("bc2")),
                     partial(civil.translation, tr=tr, rng=pk.r("tr"))])  # fmt: skip
    pk.write("giay_khai_sinh_ban_dich.pdf", scanned_pdf(pdf, pk.r("bc-look"), 150))
    pk.doc([("giay_khai_sinh_ban_dich.pdf", [1, 2])], "birth_certificate", "image_pdf",
           {"surname": "TRẦN", "given_names": "THỊ THU HÀ", "date_of_birth": "1996-03-14",
            "place_of_birth": "Bệnh viện Phụ sản Hà Nội, thành phố Hà Nội",
            "issuing_country": "VNM", "language": "vi", "has_apostille": False},
           "Vietnam is not a party to the Apostille Convention: page 2 carries the consular "
           "legalisation (Vietnamese MOFA + French embassy in Hanoi) instead of an apostille.")  # fmt: skip
    pk.doc(
        [("giay_khai_sinh_ban_dich.pdf", [3])],
        "translation",
        "image_pdf",
        {},
        "Sworn French translation of the birth extract (expert, Cour d'appel de Douai).",
    )
    # three successive SFR box bills
    totals = [36.99, 36.99, 41.49]
    for k, (m, tot) in enumerate(zip((7, 8, 9), totals, strict=True)):
        start, end, issue = _bill_month(2026, m)
        lines = [("Abonnement SFR Fibre Power - " + fr_words(start)[2:].strip(), 34.99),
                 ("Option Décodeur TV", 2.00)]  # fmt: skip
        if tot > 36.99:
            lines.append(("Appels vers mobiles hors forfait", 4.50))
        bill = {"brand": "SFR", "holder": "Mme TRAN THI THU HA", "addr1": addr1, "addr2": addr2,
                "client": "1-7KQ2093", "invoice": f"2026{m:02d}9081{k}4", "issue": issue,
                "start": start, "end": end, "lines": lines, "total": tot,
                "debit": issue[:8] + "12"}  # fmt: skip
        fname = f"Facture_SFR_{m:02d}2026.pdf"
        pk.write(fname, pdf_pages([partial(money.telecom_bill, b=bill, rng=pk.r(fname))],
                                  "Facture SFR", "SFR"))  # fmt: skip
        pk.doc([(fname, [1])], "utility_bill", "text_pdf",
               {"provider": "SFR", "service": "internet", "holder_name": "TRAN THI THU HA",
                "address": f"{addr1}, {addr2}", "issue_date": issue, "period_start": start,
                "period_end": end, "amount": tot, "month": start[:7]},
               "SFR box (fibre) monthly bill.")  # fmt: skip
    # payslip September
    st = siret("90414327", "0002")
    s = {"employer": "NEXALYS SAS", "emp_addr1": "40 rue Eugène Jacquet", "emp_addr2":
         "59700 MARCQ-EN-BARŒUL", "siret": st, "naf": "6201Z", "ccn": "Syntec (IDCC 1486)",
         "start": "2026-09-01", "end": "2026-09-30", "paid": "2026-09-30",
         "employee": "Madame TRAN Thi Thu Ha", "addr1": addr1, "addr2": addr2,
         "job": "Développeuse logiciel", "status": "Cadre", "coef": "2.1 / 115",
         "hired": "2026-02-16", "matricule": "00287", "gross": 3250.00, "pas": 0.041}  # fmt: skip
    box = {}

    def _ps(c):
        box["net"] = money.payslip(c, s, pk.r("ps"))

    pk.write("bulletin_salaire_2026_09.pdf", pdf_pages([_ps], "Bulletin de paie", "Silae"))
    pk.doc([("bulletin_salaire_2026_09.pdf", [1])], "payslip", "text_pdf",
           {"employer": "NEXALYS SAS", "employee_name": "TRAN Thi Thu Ha", "period": "2026-09",
            "net_pay": box["net"][1], "siret": st},
           "Bulletin de paie clarifié; net_pay is the NET PAYÉ after income tax; net before "
           f"tax {box['net'][0]}.")  # fmt: skip
    # RIB screenshot (BoursoBank app)
    iban, key = fr_iban("40618", "80263", "00041738295")
    r = {"holder": "MME TRAN THI THU HA", "iban": iban, "bic": "BOUSFRPPXXX",
         "bank_code": "40618", "branch": "80263", "account": "00041738295", "key": key}  # fmt: skip
    pk.write("Screenshot_20261009-180712.png", png_bytes(money.bourso_rib(r)))
    pk.doc([("Screenshot_20261009-180712.png", [1])], "rib", "screenshot",
           {"holder_name": "TRAN THI THU HA", "iban": iban, "bic": "BOUSFRPPXXX",
            "bank_name": "BoursoBank", "iban_valid": True, "rib_key_valid": True},
           "RIB screen of the BoursoBank app.")  # fmt: skip
    # handwritten form, scanned to PDF
    f = {"surname": "TRAN", "given": "THI THU HA", "dob": "1996-03-14",
         "pob": "Hà Nội (Viêt Nam)", "nat": "Vietnamienne", "address1": addr1, "address2": addr2,
         "employed": True, "job": "Développeuse logiciel", "contract": "CDI",
         "employer": "Nexalys SAS", "date": "2026-10-09", "city": "Lille"}  # fmt: skip
    f["pob"] = "Ha Noi (Viet Nam)"
    pdf = pdf_pages([partial(civil.form_s1106, a=f, rng=pk.r("form"), hand="hand1"),
                     civil.form_s1106_page2])  # fmt: skip
    pk.write("S1106_formulaire.pdf", scanned_pdf(pdf, pk.r("form-look"), 150, grey=True))
    pk.doc([("S1106_formulaire.pdf", [1, 2])], "application_form", "image_pdf",
           {"surname": "TRAN", "given_names": "THI THU HA", "date_of_birth": "1996-03-14",
            "employment_status": "employed", "signed": True, "signed_on": "2026-10-09",
            "nir": None}, "Filled by hand, scanned in greyscale.")  # fmt: skip
    pk.finish({"application_form": "complete", "identity": "complete",
               "residence_status": "complete", "birth_certificate": "complete",
               "residence_proof": "complete", "bank_details": "complete",
               "employment": "complete"}, None)  # fmt: skip
    return pk


def p02(out):
    a = {"surname": "OKAFOR", "given_names": "CHIDINMA GRACE", "date_of_birth": "1993-08-22"}
    pk = Packet(out, "p02", "2026-12-03", False, a)
    addr1, addr2 = "14 rue des Tanneurs", "69007 LYON"
    skin = (120, 80, 55)
    pp = {"country": "NGA", "surname": "OKAFOR", "given": "CHIDINMA GRACE",
          "number": "B04381926", "dob": "1993-08-22", "sex": "F", "exp": "2032-02-13",
          "issued": "2022-02-14", "pob": "ENUGU", "dob_disp": "22 AUG 1993",
          "iss_disp": "14 FEB 2022", "exp_disp": "13 FEB 2032", "sig": "C. Okafor",
          "skin": skin}  # fmt: skip
    pp["style"] = idcards.ng_style(pp)
    page, _ = idcards.passport_page(pp, pk.r("pp"))
    img = sheet([(idcards.passport_booklet(page, pk.r("pp")), 35, 20)], dpi=200)
    pk.write("scan_passport_chidinma.jpg", scan_jpg(img, pk.r("pp-look")))
    pk.doc([("scan_passport_chidinma.jpg", [1])], "passport", "scan",
           {"surname": "OKAFOR", "given_names": "CHIDINMA GRACE", "document_number": "B04381926",
            "nationality": "NGA", "issuing_country": "NGA", "date_of_birth": "1993-08-22",
            "sex": "F", "expiry_date": "2032-02-13", "mrz_valid": True},
           "Nigerian e-passport, English/French labels, dates as DD MON YYYY.")  # fmt: skip
    ts = {"number": "ZH0731962", "surname": "OKAFOR", "given": "CHIDINMA GRACE", "sex": "F",
          "nat": "NIGERIANE", "nat3": "NGA", "dob": "1993-08-22", "exp": "2027-04-17",
          "kind": "CARTE DE SEJOUR TEMPORAIRE", "mention": "VIE PRIVEE ET FAMILIALE",
          "sig": "C. Okafor", "pob": "ENUGU (NIGERIA)", "address1": "14 RUE DES TANNEURS",
          "address2": "69007 LYON", "remarks": "AUTORISE SON TITULAIRE A TRAVAILLER",
          "issued": "2026-04-25", "prefecture": "PRÉFET DU RHÔNE", "surname_mrz": "OKAFOR",
          "given_mrz": "CHIDINMA GRACE", "skin": skin}  # fmt: skip
    front, back, _ = idcards.titre_sejour(ts, pk.r("ts"))
    pk.write("IMG_4471.jpg", photo_jpg(front, pk.r("ts-f")))
    pk.write("IMG_4472.jpg", photo_jpg(back, pk.r("ts-b")))
    pk.doc([("IMG_4471.jpg", [1]), ("IMG_4472.jpg", [1])], "residence_permit", "phone_photo",
           {"surname": "OKAFOR", "given_names": "CHIDINMA GRACE", "document_number": "ZH0731962",
            "nationality": "NGA", "issuing_country": "FRA", "date_of_birth": "1993-08-22",
            "sex": "F", "expiry_date": "2027-04-17", "mrz_valid": True},
           "Carte de séjour temporaire 'vie privée et familiale' (spouse of a French national), "
           "front and back photographed separately.")  # fmt: skip
    b = {"cert_no": "NPC/EN/0471893", "centre": "ENUGU NORTH", "surname": "OKAFOR",
         "first": "CHIDINMA", "other": "GRACE", "sex": "FEMALE", "dob_disp": "22-08-1993",
         "pob": "University of Nigeria Teaching Hospital", "town": "Enugu", "lga": "Enugu North",
         "state": "Enugu", "father": "Emeka Johnson OKAFOR", "mother": "Ngozi Comfort OKAFOR",
         "reg_date": "14-01-2025", "registrar": "Mrs. A. N. Eze"}  # fmt: skip
    ap = {"country": "NIGERIA", "signer_doc": "Mrs. A. N. Eze",
          "capacity": "Registrar, National Population Commission",
          "seal_of": "National Population Commission, Enugu State", "place": "Abuja",
          "issued_on": "2025-03-06", "signed_by": "Mr. Ibrahim S. Danladi",
          "number": "MFA/APT/2025/018843",
          "seal": ["MINISTRY OF FOREIGN AFFAIRS", "APOSTILLE", "ABUJA"],
          "seal_color": (0, 110, 60)}  # fmt: skip
    pdf = pdf_pages([partial(births.ng_birth, b=b, rng=pk.r("bc")),
                     partial(civil.apostille, a=ap, rng=pk.r("ap"), lang="en")])  # fmt: skip
    pk.write("birth_certificate_apostille.pdf", scanned_pdf(pdf, pk.r("bc-look"), 200))
    pk.doc([("birth_certificate_apostille.pdf", [1])], "birth_certificate", "image_pdf",
           {"surname": "OKAFOR", "given_names": "CHIDINMA GRACE", "date_of_birth": "1993-08-22",
            "place_of_birth": "University of Nigeria Teaching Hospital, Enugu",
            "issuing_country": "NGA", "language": "en", "has_apostille": True},
           "NPC certificate of birth (late registration 2025), apostille on page 2.")  # fmt: skip
    pk.doc([("birth_certificate_apostille.pdf", [2])], "apostille", "image_pdf",
           {"country": "NIGERIA", "issued_on": "2025-03-06", "number": "MFA/APT/2025/018843",
            "signed_by": "Ibrahim S. Danladi"}, "Hague model, 10 items, English.")  # fmt: skip
    # attestation d'hébergement (husband), handwritten, phone photo
    att = {"font": "hand2", "text": [
        "Je soussigné Julien MARCHETTI, né le 02/05/1988 à Lyon 3e (69), demeurant 14 rue des "
        "Tanneurs, 69007 Lyon,",
        "atteste sur l'honneur héberger à mon domicile, depuis le 1er mars 2026, mon épouse "
        "Madame OKAFOR Chidinma Grace, épouse MARCHETTI, née le 22/08/1993 à Enugu (Nigeria).",
        "Je joins à la présente une copie de ma carte d'identité et mes trois dernières "
        "factures.",
        "Fait pour servir et valoir ce que de droit.",
        "Fait à Lyon, le 24/11/2026"]}  # fmt: skip
    pk.write(
        "attestation_hebergement.jpg",
        photo_jpg(money.attestation_hand(att, pk.r("att")), pk.r("att-look")),
    )
    pk.doc([("attestation_hebergement.jpg", [1])], "hosting_attestation", "phone_photo",
           {"host_name": "Julien MARCHETTI", "hosted_name": "OKAFOR Chidinma Grace",
            "address": "14 rue des Tanneurs, 69007 Lyon", "since_date": "2026-03-01",
            "signed_on": "2026-11-24", "signed": True},
           "Handwritten on a lined notepad by the French husband; also names her usage name "
           "MARCHETTI.")  # fmt: skip
    cn = {"surname": "MARCHETTI", "given": "JULIEN, MARC", "sex": "M", "dob": "1988-05-02",
          "pob": "LYON 3E ARRONDISSEMENT (69)", "number": "X4RT7B2K9", "exp": "2032-06-11",
          "issued": "2022-06-12", "authority": "PRÉFECTURE DU RHÔNE", "sig": "JMarchetti",
          "address1": "14 RUE DES TANNEURS", "address2": "69007 LYON"}  # fmt: skip
    cf, cb, _ = idcards.cni(cn, pk.r("cni"))
    img = sheet([(cf, 25, 30), (cb, 25, 100)], dpi=200)
    pk.write("CNI_Julien_recto_verso.jpg", scan_jpg(img, pk.r("cni-look")))
    pk.doc([("CNI_Julien_recto_verso.jpg", [1])], "national_id", "scan",
           {"surname": "MARCHETTI", "given_names": "JULIEN MARC", "document_number": "X4RT7B2K9",
            "nationality": "FRA", "issuing_country": "FRA", "date_of_birth": "1988-05-02",
            "sex": "M", "expiry_date": "2032-06-11", "mrz_valid": True},
           "The host's French identity card (2021 model), both sides on one scan.")  # fmt: skip
    for k, m in enumerate((9, 10, 11)):
        start, end, issue = _bill_month(2026, m)
        tot = [42.99, 42.99, 45.98][k]
        lines = [("Forfait Bbox fit Fibre", 38.99), ("Location Bbox", 4.00)]
        if tot > 43:
            lines.append(("Communications hors forfait", 2.99))
        bill = {"brand": "Bouygues", "holder": "M. JULIEN MARCHETTI", "addr1": addr1.upper(),
                "addr2": addr2, "client": "1.02918.477", "invoice": f"F{m:02d}26-00381{k}7",
                "issue": issue, "start": start, "end": end, "lines": lines, "total": tot,
                "debit": issue[:8] + "10"}  # fmt: skip
        fname = f"Facture_Bbox_2026-{m:02d}.pdf"
        pk.write(fname, pdf_pages([partial(money.telecom_bill, b=bill, rng=pk.r(fname))],
                                  "Facture", "Bouygues Telecom"))  # fmt: skip
        pk.doc([(fname, [1])], "utility_bill", "text_pdf",
               {"provider": "Bouygues Telecom", "service": "internet",
                "holder_name": "JULIEN MARCHETTI", "address": f"{addr1.upper()}, {addr2}",
                "issue_date": issue, "period_start": start, "period_end": end, "amount": tot,
                "month": start[:7]}, "The host's internet bills.")  # fmt: skip
    iban, key = fr_iban("10278", "07302", "00020481903")
    r = {"bank": "Crédit Mutuel", "agency": "CCM LYON CONFLUENCE", "agency_addr":
         "27 cours Charlemagne 69002 LYON", "holder": "M MARCHETTI JULIEN OU MME OKAFOR CHIDINMA",
         "addr1": addr1.upper(), "addr2": addr2, "bank_code": "10278", "branch": "07302",
         "account": "00020481903", "key": key, "iban": iban, "bic": "CMCIFR2A",
         "color": (0, 84, 150), "legal": "Caisse de Crédit Mutuel - société coopérative de "
         "crédit à capital variable - Orias 07 003 758"}  # fmt: skip
    pdf = pdf_pages([partial(money.rib_pdf, r=r, rng=pk.r("rib"))])
    pk.write("rib_joint.jpg", scan_jpg(page_image(pdf, 1, 200), pk.r("rib-look")))
    pk.doc([("rib_joint.jpg", [1])], "rib", "scan",
           {"holder_name": "MARCHETTI JULIEN OU OKAFOR CHIDINMA", "iban": iban, "bic": "CMCIFR2A",
            "bank_name": "Crédit Mutuel", "iban_valid": True, "rib_key_valid": True},
           "Joint account with the husband.")  # fmt: skip
    f = {"surname": "OKAFOR", "usage": "MARCHETTI", "given": "Chidinma Grace",
         "dob": "1993-08-22", "pob": "Enugu, Nigeria", "nat": "Nigériane", "address1": addr1,
         "address2": addr2, "employed": False, "date": "2026-11-25", "city": "Lyon"}  # fmt: skip
    pdf = pdf_pages([partial(civil.form_s1106, a=f, rng=pk.r("form"), hand=None),
                     civil.form_s1106_page2])  # fmt: skip
    pk.write("scan_cpam_demande.pdf", scanned_pdf(pdf, pk.r("form-look"), 200))
    pk.doc([("scan_cpam_demande.pdf", [1, 2])], "application_form", "image_pdf",
           {"surname": "OKAFOR", "given_names": "Chidinma Grace", "date_of_birth": "1993-08-22",
            "employment_status": "not_employed", "signed": True, "signed_on": "2026-11-25",
            "nir": None}, "Typed in the fillable PDF, printed, signed by hand, scanned; usage "
           "name MARCHETTI.")  # fmt: skip
    pk.finish({"application_form": "complete", "identity": "complete",
               "residence_status": "complete", "birth_certificate": "complete",
               "residence_proof": "complete", "bank_details": "complete",
               "employment": "not_applicable"}, None)  # fmt: skip
    return pk
