"""p02: Chinese applicant, VLS-TS visiteur, not employed, three TotalEnergies bills, N26."""

from bank import iban, iban_ok, spaced
from form import form_pages

NAME = "p02"
AS_OF = "2026-11-24"
SUR, GIV, DOB = "LIU", "YUQING", "2000-04-09"
ADDR = ["Résidence Les Platanes, Apt 32", "8 allée des Platanes", "31400 TOULOUSE"]
ADDR1 = "Résidence Les Platanes, Apt 32, 8 allée des Platanes, 31400 Toulouse"
MONTHS = [
    ("2026-08", "31", "août 2026"),
    ("2026-09", "30", "septembre 2026"),
    ("2026-10", "31", "octobre 2026"),
]


def build(pk, ids, papers):
    pno = "EJ4829173"
    mrz = ids.td3("P", "CHN", SUR, GIV, pno, "CHN", DOB, "F", "2033-05-21", "LBKMLPLM<<<<A")
    p = {
        "issuing_country": "CHN",
        "document_number": pno,
        "surname_print": "刘 / LIU",
        "given_print": "雨晴 / YUQING",
        "nat_print": "中国 / CHINESE",
        "date_of_birth": DOB,
        "sex": "女 / F",
        "pob_print": "湖北 / HUBEI",
        "issue_date": "2023-05-22",
        "authority": "NIA",
        "expiry_date": "2033-05-21",
        "sig": "刘雨晴",
        "mrz": mrz,
    }
    lab = {
        "type": "类型/Type",
        "code": "国家码/Country Code",
        "no": "护照号/Passport No.",
        "surname": "姓/Surname",
        "given": "名/Given names",
        "nat": "国籍/Nationality",
        "dob": "出生日期/Date of birth",
        "sex": "性别/Sex",
        "pob": "出生地点/Place of birth",
        "issue": "签发日期/Date of issue",
        "auth": "签发机关/Authority",
        "exp": "有效期至/Date of expiry",
    }
    style = {
        "bg": (236, 226, 232),
        "ink": (215, 175, 195),
        "title": (120, 30, 40),
        "header": "中华人民共和国  PEOPLE'S REPUBLIC OF CHINA",
        "header2": "护照 PASSPORT",
        "labels": lab,
        "date": ids.d_en,
        "font": "dejavu",
        "vfont": "cjk",
    }
    pg = ids.passport_page(pk.rng("passport"), p, style)
    pg.ops = [
        op if op[0] != "text" or op[4] != "hand3" else op[:4] + ("cjk",) + op[5:] for op in pg.ops
    ]
    f = pk.photo("IMG_20261114_101522.jpg", pg, "passport-photo", 0, 600, table=(90, 90, 96))
    pk.doc(
        f,
        "passport",
        "phone_photo",
        {
            "surname": SUR,
            "given_names": GIV,
            "document_number": pno,
            "nationality": "CHN",
            "issuing_country": "CHN",
            "date_of_birth": DOB,
            "sex": "F",
            "expiry_date": "2033-05-21",
            "mrz_valid": True,
        },
        "Chinese e-passport data page, bilingual labels; name written surname first (刘 LIU).",
    )
    vmrz = ids.mrva("FRA", SUR, GIV, pno, "CHN", DOB, "F", "2027-06-09")
    v = {
        "sticker_no": "FRA 0527716",
        "valid_from": "2026-06-10",
        "valid_until": "2027-06-09",
        "issued_in": "PEKIN",
        "issued_on": "2026-05-27",
        "passport_no": pno,
        "name_line": f"{SUR}, {GIV}",
        "remarks": ["VLS-TS VISITEUR", "R311-3 4° CESEDA", "INTERDICTION D'ACTIVITE PROF."],
        "mrz": vmrz,
    }
    f = pk.photo(
        "IMG_20261114_101547.jpg",
        ids.visa_sticker(pk.rng("visa"), v),
        "visa-photo",
        270,
        600,
        table=(90, 90, 96),
    )
    pk.doc(
        f,
        "long_stay_visa",
        "phone_photo",
        {
            "surname": SUR,
            "given_names": GIV,
            "document_number": pno,
            "nationality": "CHN",
            "issuing_country": "FRA",
            "date_of_birth": DOB,
            "sex": "F",
            "expiry_date": "2027-06-09",
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": "VLS-TS VISITEUR",
            "valid_from": "2026-06-10",
            "valid_until": "2027-06-09",
        },
        "VLS-TS visiteur sticker, photo rotated 270°. document_number = passport number (MRZ).",
    )
    b = {
        "cert_no_zh": "(2026)鄂武汉江岸证字第03817号",
        "cert_no_en": "(2026) E Wu Han Jiang An Zheng Zi No. 03817",
        "zh_lines": [
            "申请人：刘雨晴，女，二〇〇〇年四月九日出生，",
            "现住湖北省武汉市江岸区。",
            "",
            "兹证明刘雨晴于二〇〇〇年四月九日在湖北省武汉市出生。",
            "刘雨晴的父亲是刘建国，刘雨晴的母亲是王芳。",
        ],
        "office_zh": "中华人民共和国湖北省武汉市江岸公证处",
        "notary_zh": "陈敏",
        "date_zh": "二〇二六年三月二日",
        "city_zh": "湖北省武汉市江岸",
        "en_text": "Applicant: Liu Yuqing, female, born on April 9, 2000, now residing in "
        "Jiang'an District, Wuhan City, Hubei Province.\n\nThis is to certify that Liu Yuqing "
        "was born on April 9, 2000 in Wuhan City, Hubei Province. The father of Liu Yuqing is "
        "Liu Jianguo. The mother of Liu Yuqing is Wang Fang.",
        "office_en": "Jiang'an Notary Public Office, Wuhan, Hubei",
        "notary_en": "Chen Min",
        "date_en": "March 2, 2026",
    }
    pages = [papers.birth_china(pk.rng("bz"), b), papers.birth_china_en(pk.rng("be"), b)]
    a = {
        "items": [
            ("Pays / Country:", "République populaire de Chine"),
            ("Le présent acte public / has been signed by", "Chen Min"),
            ("agissant en qualité de / acting in the capacity of", "Notaire / Notary"),
            ("est revêtu du sceau / bears the seal of", "Jiang'an Notary Office, Wuhan"),
            ("à / at", "Wuhan"),
            ("le / the", "2026-03-09"),
            ("par / by", "Hubei Foreign Affairs Office"),
            ("sous n° / No.", "AP-HB-2026-0117452"),
            ("Sceau / timbre :", "(seal)"),
        ],
        "header_extra": ["附加证明书", "APOSTILLE"],
        "xfont": "cjk",
        "seal_top": "HUBEI FOREIGN AFFAIRS",
        "seal_bottom": "APOSTILLE",
        "seal_color": (200, 30, 30),
    }
    pages.append(papers.apostille(pk.rng("apo"), a))
    pk.image_pdf("acte_naissance_apostille.pdf", pages, "birth-s")
    pk.doc(
        [{"path": "acte_naissance_apostille.pdf", "pages": [1, 2]}],
        "birth_certificate",
        "image_pdf",
        {
            "surname": SUR,
            "given_names": GIV,
            "date_of_birth": DOB,
            "place_of_birth": "Wuhan, Hubei",
            "issuing_country": "CHN",
            "language": "zh",
            "has_apostille": True,
        },
        "Chinese notarial birth certificate (公证书), page 1 in Chinese, page 2 the "
        "notary's English translation bound with it. China applies the Apostille Convention "
        "since 7 Nov 2023.",
    )
    pk.doc(
        [{"path": "acte_naissance_apostille.pdf", "pages": [3]}],
        "apostille",
        "image_pdf",
        {
            "country": "CHN",
            "issued_on": "2026-03-09",
            "number": "AP-HB-2026-0117452",
            "signed_by": "Hubei Foreign Affairs Office",
        },
        "Apostille (10 items, bilingual), issued by the Hubei Foreign Affairs Office.",
    )
    t = {
        "translator": "Hélène ZHOU-MARTIN",
        "translator_lines": [
            "Traductrice-interprète expert près la Cour d'appel de Toulouse",
            "Chinois - Français",
            "5 rue Alsace-Lorraine, 31000 Toulouse",
        ],
        "subtitle": "du chinois vers le français — Acte notarié de naissance",
        "body": "ACTE NOTARIÉ\n(2026) E Wu Han Jiang An Zheng Zi n° 03817\n\nRequérante : "
        "LIU Yuqing, de sexe féminin, née le 9 avril 2000, demeurant arrondissement de Jiang'an, "
        "ville de Wuhan, province du Hubei.\n\nIl est certifié que LIU Yuqing est née le 9 avril "
        "2000 à Wuhan, province du Hubei. Son père est LIU Jianguo. Sa mère est WANG Fang.\n\n"
        "Office notarial de Jiang'an, Wuhan, province du Hubei, République populaire de Chine. "
        "Notaire : CHEN Min. Le 2 mars 2026. [Sceau de l'office notarial]",
        "certif": "Je soussignée, Hélène ZHOU-MARTIN, traductrice-interprète expert près la "
        "Cour d'appel de Toulouse, certifie que la présente traduction est conforme à "
        "l'original en langue chinoise qui m'a été présenté.",
        "signed_line": "Toulouse, le 18 septembre 2026",
        "stamp_top": "EXPERT COUR D'APPEL TOULOUSE",
        "stamp_bottom": "H. ZHOU-MARTIN",
        "seq": "2026-0744",
    }
    f = pk.image_pdf("traduction_assermentee.pdf", [papers.translation(pk.rng("tr"), t)], "tr-s")
    pk.doc(
        f,
        "translation",
        "image_pdf",
        {
            "source_language": "zh",
            "language": "fr",
            "translator": "Hélène ZHOU-MARTIN",
            "surname": SUR,
            "given_names": "Yuqing",
            "date_of_birth": DOB,
        },
        "Sworn translation (traduction certifiée conforme) of the notarial birth certificate.",
    )
    idx = 18240
    for i, (m, last, words) in enumerate(MONTHS):
        kwh = [212, 188, 263][i]
        abo, conso = 13.19, round(kwh * 0.1952, 2)
        taxes = round(kwh * 0.02623 + 1.97, 2)
        tva = round((abo + conso + taxes) * 0.2, 2)
        amount = round(abo + conso + taxes + tva, 2)
        ny, nm = (int(m[:4]), int(m[5:]) + 1)
        issue = f"{ny}-{nm:02d}-0{3 + i}"
        bl = {
            "issue_date": issue,
            "invoice_no": f"10{48271 + i * 3911:07d}",
            "client_no": "4 019 552 871",
            "holder_print": "MME LIU YUQING",
            "addr_lines": ADDR,
            "pdl": "2143 7788 5503 12",
            "amount": amount,
            "debit_date": f"{ny}-{nm:02d}-1{2 + i}",
            "month_words": words,
            "start": f"{m}-01",
            "end": f"{m}-{last}",
            "idx0": idx,
            "idx1": idx + kwh,
            "abo": abo,
            "conso": conso,
            "taxes": taxes,
            "tva": tva,
        }
        idx += kwh
        pg = papers.bill_total(bl)
        if i < 2:
            fname = f"Facture_TotalEnergies_{m.replace('-', '')}.pdf"
            f, look = pk.text_pdf(fname, [pg], author="TotalEnergies"), "text_pdf"
        else:
            f = pk.photo("IMG_20261114_102210.jpg", pg, "bill-photo", 0, 250)
            look = "phone_photo"
        pk.doc(
            f,
            "utility_bill",
            look,
            {
                "provider": "TotalEnergies",
                "service": "electricity",
                "holder_name": "LIU YUQING",
                "address": ADDR1,
                "issue_date": issue,
                "period_start": f"{m}-01",
                "period_end": f"{m}-{last}",
                "amount": amount,
                "month": m,
            },
            "Monthly electricity bill (real reading).",
        )
    de = iban("DE", "10011001" + "2943717625")
    assert iban_ok(de)
    Rb = {"holder_print": "Yuqing Liu", "iban_print": spaced(de), "bic": "NTSBDEB1XXX"}
    f = pk.png("Screenshot_20261114-103012.png", papers.n26_screen(Rb))
    pk.doc(
        f,
        "rib",
        "screenshot",
        {
            "holder_name": "Yuqing Liu",
            "iban": de,
            "bic": "NTSBDEB1XXX",
            "bank_name": "N26",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "N26 app account details (German labels), DE IBAN: a foreign SEPA IBAN, acceptable.",
    )
    F = {
        "surname": "LIU",
        "usage": "",
        "given": "YUQING",
        "sex": "F",
        "dob": DOB,
        "pob": "Wuhan, Chine",
        "nat": "chinoise",
        "address": "8 allée des Platanes, Apt 32",
        "cp": "31400",
        "city": "Toulouse",
        "tel": "06 12 74 30 58",
        "mail": "",
        "situation": "sans_activite",
        "contract": "",
        "place": "Toulouse",
        "date_text": "15/11/2026",
    }
    pages = form_pages(pk.rng("form"), F, hand=True, font="hand3")
    f1 = pk.scan("demande_puma_p1.jpg", pages[0], "form1", 200)
    f2 = pk.scan("demande_puma_p2.jpg", pages[1], "form2", 200)
    pk.doc(
        f1 + f2,
        "application_form",
        "scan",
        {
            "surname": "LIU",
            "given_names": "YUQING",
            "date_of_birth": DOB,
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-11-15",
            "nir": None,
        },
        "Cerfa filled by hand, 'sans activité' ticked, two scanned pages.",
    )
    return {
        "as_of": AS_OF,
        "employed": False,
        "requirements": {
            "application_form": "complete",
            "identity": "complete",
            "residence_status": "complete",
            "birth_certificate": "complete",
            "residence_proof": "complete",
            "bank_details": "complete",
            "employment": "not_applicable",
        },
        "defect": None,
        "applicant": {"surname": SUR, "given_names": GIV, "date_of_birth": DOB},
    }
