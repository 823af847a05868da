"""p03: applicant from Viet Nam, three bills with a gap (the one defect)."""

import civil
import ids
import money
from common import (
    bill_fields,
    check_mrz,
    form_fields,
    id_fields,
    kit_page_with,
    person,
    rib_fields,
    visa,
)


# ===================================================================== p03 Vietnam
def p03(pk):
    a = {
        "form_surname": "NGUYEN",
        "form_given": "Thi Thu Hang",
        "dob": "1997-12-08",
        "pob_form": "Hai Phong, VIET NAM",
        "nat_word": "vietnamienne",
        "street": "112 cours Gambetta",
        "zip": "69007",
        "city": "Lyon",
        "phone": "07 81 55 03 26",
        "form_place": "Lyon",
        "form_date": "2026-11-20",
        "hand_font": "hand3",
        "hand_size": 8.5,
    }
    p = person("NGUYỄN", "THỊ THU HẰNG", "1997-12-08", "F", "VNM", "C8421576")
    skin = (205, 170, 135)
    f = pk.photo("IMG_4471.jpg", civil.s1106(a, pk.rng, True, "not_employed")[0], rot=90)
    pk.doc(
        "application_form",
        "phone_photo",
        [(f, [1])],
        form_fields(a, "not_employed"),
        "hand-filled, photographed sideways (rotated 90°)",
    )
    mrz = check_mrz(
        ids.td3(
            "VNM",
            "NGUYEN",
            "THI THU HANG",
            p["number"],
            "VNM",
            p["date_of_birth"],
            "F",
            "2034-03-11",
            "031197004512",
        )
    )
    sp = {
        "header": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "doc_title": "HỘ CHIẾU / PASSPORT",
        "band": (120, 25, 35),
        "bg": (236, 240, 232),
        "skin": skin,
        "mrz": mrz,
        "rows": [
            [
                ("Loại / Type", "P", 1),
                ("Mã số / Code", "VNM", 2),
                ("Số hộ chiếu / Passport No.", p["number"], 3),
            ],
            [("Họ và tên / Full name", "NGUYỄN THỊ THU HẰNG", 1)],
            [("Quốc tịch / Nationality", "VIỆT NAM", 1), ("Giới tính / Sex", "NỮ / F", 3)],
            [
                ("Ngày sinh / Date of birth", "08/12/1997", 1),
                ("Nơi sinh / Place of birth", "HẢI PHÒNG", 3),
            ],
            [("Số GCMND / ID card No.", "031197004512", 1)],
            [
                ("Ngày cấp / Date of issue", "11/03/2024", 1),
                ("Có giá trị đến / Expiry", "11/03/2034", 3),
            ],
            [("Nơi cấp / Place of issue", "CỤC QUẢN LÝ XUẤT NHẬP CẢNH", 1)],
        ],
    }
    vp = visa(
        pk,
        {**p, "surname": "NGUYEN", "given_names": "THI THU HANG"},
        "103385712",
        "D",
        "FRANCE",
        "2026-03-02",
        "2027-03-01",
        "MULT",
        "365 JOURS",
        "HANOI",
        "2026-02-10",
        "VLS-TS VISITEUR",
        skin,
    )
    f = pk.image_pdf(
        "ho_chieu_visa.pdf",
        [kit_page_with(ids.passport_page(sp, pk.rng), 25, 30), kit_page_with(vp, 25, 30)],
    )
    pk.doc(
        "passport",
        "image_pdf",
        [(f, [1])],
        id_fields(p, p["number"], "VNM", "2034-03-11"),
        "full name printed surname first in one field (NGUYỄN = surname)",
    )
    flds = id_fields(p, "103385712", "FRA", "2027-03-01")
    flds.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": "VISITEUR",
            "valid_from": "2026-03-02",
            "valid_until": "2027-03-01",
        }
    )
    pk.doc("long_stay_visa", "image_pdf", [(f, [2])], flds, "page 2 of the same scan")
    b = {
        "authority": "ỦY BAN NHÂN DÂN PHƯỜNG LẠCH TRAY, QUẬN NGÔ QUYỀN, TP. HẢI PHÒNG",
        "act_no": "152/TLKS-BS",
        "rows": [
            ("Họ, chữ đệm, tên", "NGUYỄN THỊ THU HẰNG"),
            ("Ngày, tháng, năm sinh", "08/12/1997"),
            ("ghi bằng chữ", "Ngày tám, tháng mười hai, năm một nghìn chín trăm chín mươi bảy"),
            ("Giới tính", "Nữ"),
            ("Dân tộc", "Kinh"),
            ("Quốc tịch", "Việt Nam"),
            ("Nơi sinh", "Bệnh viện Phụ sản Hải Phòng, thành phố Hải Phòng"),
            ("Họ, chữ đệm, tên người mẹ", "TRẦN THỊ MAI"),
            ("Họ, chữ đệm, tên người cha", "NGUYỄN VĂN HÙNG"),
            ("Nơi đăng ký khai sinh", "UBND phường Lạch Tray, quận Ngô Quyền, Hải Phòng"),
            ("Ngày, tháng, năm đăng ký", "15/12/1997"),
        ],
        "place_date": "Hải Phòng, ngày 20 tháng 01 năm 2026",
        "signer": "Phạm Thị Lan",
        "legal_vn": [
            "BỘ NGOẠI GIAO - CỤC LÃNH SỰ",
            "CHỨNG NHẬN LÃNH SỰ / CONSULAR AUTHENTICATION",
            "Chứng nhận chữ ký và con dấu trên giấy tờ này là của:",
            "Phạm Thị Lan, UBND phường Lạch Tray",
            "Hà Nội, ngày 05/02/2026 — Số: 2026/CNLS-04127",
        ],
        "legal_fr": [
            "AMBASSADE DE FRANCE AU VIETNAM — SECTION CONSULAIRE",
            "Vu pour légalisation de la signature de M. Đỗ Văn Nam,",
            "Cục Lãnh sự, ministère des Affaires étrangères du Vietnam.",
            "Hanoï, le 09/02/2026 — N° 0381/2026",
            "Pour l'Ambassadeur et par délégation",
        ],
    }
    rec, ver = civil.vietnam_birth(b, pk.rng)
    f1 = pk.scan("khai_sinh.jpg", rec, dpi=150)
    f2 = pk.scan("khai_sinh_hop_phap_hoa.jpg", ver, dpi=150)
    pk.doc(
        "birth_certificate",
        "scan",
        [(f1, [1]), (f2, [1])],
        {
            "surname": "NGUYỄN",
            "given_names": "THỊ THU HẰNG",
            "date_of_birth": "1997-12-08",
            "place_of_birth": "Hải Phòng",
            "issuing_country": "VNM",
            "language": "vi",
            "has_apostille": False,
        },
        "Viet Nam is not an apostille state: consular legalisation by the Vietnamese MFA and "
        "the French embassy (second file)",
    )
    t = {
        "translator": [
            "Minh-Anh LÊ DUY",
            "Traductrice-interprète expert près la Cour d'appel de Lyon",
            "Langue vietnamienne",
            "12 rue Tronchet, 69006 Lyon — 04 78 52 19 63",
        ],
        "from_lang": "du vietnamien vers le français",
        "head": [
            "RÉPUBLIQUE SOCIALISTE DU VIET NAM",
            "Indépendance – Liberté – Bonheur",
            "EXTRAIT D'ACTE DE NAISSANCE (COPIE)",
        ],
        "rows": [
            ("Nom, nom intermédiaire, prénom", "NGUYỄN THỊ THU HẰNG"),
            ("Date de naissance", "08/12/1997"),
            ("En lettres", "le huit décembre mil neuf cent quatre-vingt-dix-sept"),
            ("Sexe", "féminin"),
            ("Ethnie", "Kinh"),
            ("Nationalité", "vietnamienne"),
            ("Lieu de naissance", "Maternité de Hải Phòng, ville de Hải Phòng"),
            ("Mère", "TRẦN THỊ MAI"),
            ("Père", "NGUYỄN VĂN HÙNG"),
            ("Lieu d'enregistrement", "Comité populaire du quartier Lạch Tray, Hải Phòng"),
            ("Date d'enregistrement", "15/12/1997"),
        ],
        "foot": "Délivré à Hải Phòng le 20 janvier 2026 par Mme Phạm Thị Lan. (Sceau rouge du "
        "Comité populaire du quartier Lạch Tray.) Au verso : légalisation du ministère "
        "des Affaires étrangères du Viet Nam et de l'Ambassade de France au Viet Nam.",
        "cert": "Je soussignée, Minh-Anh LÊ DUY, traductrice expert près la Cour d'appel de "
        "Lyon, certifie la présente traduction conforme à l'original en langue "
        "vietnamienne qui m'a été présenté.",
        "signed": "Lyon, le 14 mars 2026",
        "seal": "LÊ DUY MINH-ANH * COUR D'APPEL DE LYON * ",
        "no": "2026-0311",
    }
    f = pk.text_pdf(
        "traduction_acte_naissance.pdf", [civil.translation(t, pk.rng)], "Traduction", "M-A LE DUY"
    )
    pk.doc(
        "translation",
        "text_pdf",
        [(f, [1])],
        {},
        "sworn translation of the birth certificate into French",
    )
    addr = ["112 COURS GAMBETTA", "69007 LYON"]
    bills = [
        ("2026-07-01", "2026-07-31", "2026-08-06", 30.99),
        ("2026-08-01", "2026-08-31", "2026-09-06", 30.99),
        ("2026-10-01", "2026-10-31", "2026-11-06", 32.49),
    ]
    for i, (start, end, issue, amount) in enumerate(bills):
        bl = [("Forfait Bbox fit (fibre)", 27.99), ("Location Bbox", 3.0)]
        if amount > 31:
            bl.append(("Appels vers mobiles hors forfait", 1.5))
        bd = {
            "no": f"FA26{int(start[5:7]):02d}0{48213 + i * 7}",
            "client": "1.3027.5544",
            "issue": issue,
            "start": start,
            "end": end,
            "amount": amount,
            "debit": issue[:8] + "16",
            "line": "04 27 46 18 90",
            "offer": "Bbox fit",
            "holder_print": "MME NGUYEN THI THU HANG",
            "addr_lines": addr,
            "lines": bl,
        }
        page = money.bouygues_bill(bd, pk.rng)
        if i == 0:
            f, look = (
                pk.text_pdf("Facture_Bbox_072026.pdf", [page], "Facture", "Bouygues Telecom"),
                "text_pdf",
            )
        elif i == 1:
            f, look = (
                pk.png(
                    "Screenshot_20260912-210733.png",
                    money.bill_app_screen(page, "Facture août 2026", pk.rng),
                ),
                "screenshot",
            )
        else:
            f, look = pk.photo("IMG_4502.jpg", page), "phone_photo"
        pk.doc(
            "utility_bill",
            look,
            [(f, [1])],
            bill_fields(
                "Bouygues Telecom",
                "internet",
                "NGUYEN THI THU HANG",
                "112 cours Gambetta, 69007 Lyon",
                bd,
            ),
            "September 2026 bill absent: July, August, October" if i == 2 else "",
        )
    iban, key = ids.fr_iban("30003", "01870", "00050271846")
    r = {
        "bank": "SOCIETE GENERALE",
        "color": (200, 10, 30),
        "holder_lines": ["MME NGUYEN THI THU HANG", "112 COURS GAMBETTA", "69007 LYON"],
        "branch_lines": ["SG LYON GUILLOTIERE", "45 COURS GAMBETTA", "69003 LYON"],
        "bank_code": "30003",
        "guichet": "01870",
        "account": "00050271846",
        "key": key,
        "iban": iban,
        "bic": "SOGEFRPP",
        "legal": "Société Générale - SA au capital de 1 000 395 971,25 € - 552 120 222 RCS "
        "Paris - Siège social : 29 boulevard Haussmann 75009 Paris",
    }
    f = pk.image_pdf("RIB_SG.pdf", [money.rib_paper(r, pk.rng)])
    pk.doc(
        "rib",
        "image_pdf",
        [(f, [1])],
        rib_fields("NGUYEN THI THU HANG", iban, "SOGEFRPP", "Société Générale", True),
    )
    pk.finish(
        "2026-11-27",
        False,
        {
            "application_form": "complete",
            "identity": "complete",
            "residence_status": "complete",
            "birth_certificate": "complete",
            "residence_proof": "invalid",
            "bank_details": "complete",
            "employment": "not_applicable",
        },
        "three bills but not consecutive: July, August and October 2026 (September missing)",
        {"surname": "NGUYỄN", "given_names": "THỊ THU HẰNG", "date_of_birth": "1997-12-08"},
    )
