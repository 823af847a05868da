"""Packet p04 of set_ct. Vietnam: three Free bills, VLS-TS étudiant, RIB with a wrong IBAN (defect)."""

from __future__ import annotations

import civil_ct as cv
import docs_ct as dc
import form_ct as fm
import ids_ct as idc
from common_ct import (
    iban_make,
    iban_ok,
    images_pdf,
    phone_photo,
    render_pdf,
    rib_key,
    rnd,
    save_jpg,
    scan,
)
from pkt_common import (
    REQS,
    SKIN,
    form_fields,
    passport_dict,
    pp_fields,
    sign_pages,
    spaced,
    visa,
)


def p04(out, tmp):
    a = {
        "surname": "TRAN",
        "given": "MINH KHOA",
        "dob": "2001-04-15",
        "sex": "M",
        "code": "VNM",
        "pp_no": "C8146023",
        "pp_exp": "2034-06-20",
        "skin": SKIN[3],
        "sig": "Tran Minh Khoa",
        "form_surname": "TRAN",
        "form_given": "Minh Khoa",
        "pob_commune": "Da Nang",
        "pob_pays": "Vietnam",
        "nat_fr": "Vietnamienne",
        "street": "12 avenue Félix Viallet, appt 34",
        "cp": "38000",
        "city": "Grenoble",
        "tel": "07 81 66 32 05",
        "email": "khoa.tran01@gmail.com",
        "situation": "etudiant",
        "place": "Grenoble",
        "date_text": "28/11/2026",
    }
    a["pp_print"] = {
        "upper_title": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "upper_note": "HỘ CHIẾU / PASSPORT",
        "country_line": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "fonts": ("dvs", "dvs_b"),
        "doc_title": "SOCIALIST REPUBLIC OF VIET NAM — HỘ CHIẾU / PASSPORT",
        "tint": (215, 195, 200),
        "labels": {
            "type": "Loại/Type",
            "code": "Mã số/Code",
            "number": "Số hộ chiếu/Passport No.",
            "surname": "Họ/Surname",
            "given": "Chữ đệm và tên/Given names",
            "nat": "Quốc tịch/Nationality",
            "sex": "Giới tính/Sex",
            "dob": "Ngày sinh/Date of birth",
            "pob": "Nơi sinh/Place of birth",
            "issue": "Ngày cấp/Date of issue",
            "expiry": "Có giá trị đến/Date of expiry",
            "auth": "Cơ quan cấp/Authority",
        },
        "surname_print": "TRẦN",
        "given_print": "MINH KHOA",
        "nat_print": "VIỆT NAM/VIETNAMESE",
        "sex_print": "NAM/M",
        "dob_print": "15/04/2001",
        "pob_print": "ĐÀ NẴNG",
        "issue_print": "20/06/2024",
        "exp_print": "20/06/2034",
        "auth_print": "CỤC QUẢN LÝ XUẤT NHẬP CẢNH/IMMIGRATION DEPARTMENT",
    }
    d = out
    docs = []
    # form: fillable PDF filled on screen, printed, signed, scanned as two JPEGs
    r = rnd("p04/form")
    boxes = fm.Form(tmp / "p04_form.pdf", 1, "acro", fm.values(a)).build()
    pages = sign_pages(render_pdf(tmp / "p04_form.pdf", dpi=200), boxes, a, r, key="dkg_i")
    for i, p in enumerate(pages):
        save_jpg(scan(p, r), d / f"scan_000{i + 1}.jpg", q=82)
    docs.append(
        {
            "files": [
                {"path": "scan_0001.jpg", "pages": [1]},
                {"path": "scan_0002.jpg", "pages": [1]},
            ],
            "type": "application_form",
            "look": "scan",
            "fields": form_fields(a),
            "notes": "fillable PDF (print run 1) filled on screen, printed, signed by "
            "hand, scanned page by page",
        }
    )
    r = rnd("p04/pp")
    pd, _ = passport_dict(a, r)
    ppimg = idc.on_sheet([(idc.passport(pd, r), 40, 20, 125)], r)
    a2 = dict(a)
    vimg, vf = visa(
        a2,
        {
            "serial": "FRA 041287530",
            "from": "2026-08-25",
            "until": "2027-08-24",
            "days": "365",
            "post": "HANOI",
            "issued": "2026-08-05",
            "entry": "27.08.26",
            "remarks": ["VLS-TS ÉTUDIANT", "UNIV. GRENOBLE ALPES"],
            "category": "VLS-TS étudiant",
        },
        r,
    )
    vsheet = idc.on_sheet([(vimg, 40, 30, 125)], r)
    images_pdf([scan(ppimg, r), scan(vsheet, r)], d / "passeport_visa.pdf", r)
    docs.append(
        {
            "files": [{"path": "passeport_visa.pdf", "pages": [1]}],
            "type": "passport",
            "look": "image_pdf",
            "fields": pp_fields(a),
            "notes": "data page prints the full name 'TRẦN' / 'MINH KHOA' with diacritics; "
            "MRZ TRAN<<MINH<KHOA",
        }
    )
    docs.append(
        {
            "files": [{"path": "passeport_visa.pdf", "pages": [2]}],
            "type": "long_stay_visa",
            "look": "image_pdf",
            "fields": vf,
            "notes": "VLS-TS étudiant sticker; MRV-B MRZ with the passport number",
        }
    )
    r = rnd("p04/birth")
    b = {
        "ward": "PHƯỜNG HẢI CHÂU I",
        "ward_short": "HẢI CHÂU I",
        "act": "127/TLKS-BS",
        "fullname": "TRẦN MINH KHOA",
        "dob_num": "15/04/2001",
        "dob_words": "Ngày mười lăm, tháng tư, năm hai nghìn không trăm linh một",
        "sex_vi": "Nam",
        "pob_vi": "Bệnh viện Phụ sản - Nhi Đà Nẵng",
        "mother": "NGUYỄN THỊ LAN",
        "mother_year": "1975",
        "father": "TRẦN VĂN HÙNG",
        "father_year": "1972",
        "reg_place": "UBND phường Hải Châu I, quận Hải Châu, TP Đà Nẵng",
        "reg_date": "20/04/2001",
        "city_vi": "Đà Nẵng",
        "issued_vi": "10 tháng 03 năm 2026",
        "officer": "Le Van Tam",
        "officer_vi": "Lê Văn Tâm",
        "leg_vn_no": "26-HPH-1849",
        "leg_vn_date": "24/03/2026",
        "leg_fr_no": "2026/0712",
        "leg_fr_date": "02/04/2026",
    }
    save_jpg(
        phone_photo(cv.birth_vietnam(b, r), r, rot=0, table="white", fill=0.86),
        d / "trich_luc_khai_sinh.jpg",
    )
    docs.append(
        {
            "files": [{"path": "trich_luc_khai_sinh.jpg", "pages": [1]}],
            "type": "birth_certificate",
            "look": "phone_photo",
            "fields": {
                "surname": "TRẦN",
                "given_names": "MINH KHOA",
                "date_of_birth": a["dob"],
                "place_of_birth": "Đà Nẵng",
                "issuing_country": "VNM",
                "language": "vi",
                "has_apostille": False,
            },
            "notes": "Vietnam is not a party to the Apostille Convention: the copy is "
            "legalised (Vietnamese MFA consular authentication + French embassy "
            "légalisation stamp at the bottom); full name printed in one field",
        }
    )
    r = rnd("p04/tr")
    t = {
        "translator": "Mme LÊ Thị Mai",
        "translator_lines": [
            "Traductrice-interprète expert près la Cour d'appel de Grenoble",
            "Vietnamien - Français",
            "15 rue Lesdiguières, 38000 Grenoble",
        ],
        "ward_fr": "quartier Hai Chau I",
        "act": "127/TLKS-BS",
        "rows": [
            ("Nom, prénoms :", "TRẦN Minh Khoa"),
            ("Date de naissance :", "15/04/2001 (quinze avril deux mille un)"),
            ("Sexe :", "masculin"),
            ("Ethnie :", "Kinh"),
            ("Nationalité :", "vietnamienne"),
            ("Lieu de naissance :", "Maternité - Pédiatrie de Da Nang"),
            ("Mère :", "NGUYỄN Thị Lan, née en 1975"),
            ("Père :", "TRẦN Văn Hùng, né en 1972"),
            ("Lieu d'enregistrement :", "Comité populaire du quartier Hai Chau I, Da Nang"),
            ("Date d'enregistrement :", "20/04/2001"),
        ],
        "footer": "Da Nang, le 10 mars 2026 — P.O. le Comité populaire, le vice-président",
        "officer": "LÊ Văn Tâm",
        "date_txt": "12/09/2026",
        "number": "TM-2026-0388",
        "translator_sig": "Le Thi Mai",
    }
    images_pdf([scan(cv.translation(t, r), r)], d / "traduction_acte_naissance.pdf", r)
    docs.append(
        {
            "files": [{"path": "traduction_acte_naissance.pdf", "pages": [1]}],
            "type": "translation",
            "look": "image_pdf",
            "fields": {
                "source_language": "vi",
                "target_language": "fr",
                "translator": "LÊ Thị Mai",
            },
            "notes": "traduction certifiée conforme by a sworn translator (expert près la "
            "cour d'appel), round stamp",
        }
    )
    for i, (mon, last, issue) in enumerate(
        [("09", "30", "2026-09-02"), ("10", "31", "2026-10-02"), ("11", "30", "2026-11-02")]
    ):
        r = rnd(f"p04/bill{i}")
        name = f"Facture_Free_{mon}-2026.pdf"
        amt = 29.99
        bd = {
            "holder_line": "M. TRAN MINH KHOA",
            "address": ["12 avenue Félix Viallet", "Appt 34", "38000 GRENOBLE"],
            "issue": issue,
            "number": f"FBX{mon}26-{771240 + i * 31}",
            "account": "fbx88193541",
            "account_label": "Identifiant",
            "debit": f"2026-{mon}-06",
            "period_label": f"Période de facturation : du 01/{mon}/2026 au {last}/{mon}/2026",
            "lines": [("Forfait Freebox Pop", 29.99), ("Appels vers fixes et mobiles", "inclus")],
            "amount": amt,
            "notes": [
                "Ligne : 04 58 00 17 26",
                "Prélèvement automatique SEPA — mandat FRE-2026-883512",
            ],
        }
        dc.bill(d / name, "free", bd)
        docs.append(
            {
                "files": [{"path": name, "pages": [1]}],
                "type": "utility_bill",
                "look": "text_pdf",
                "fields": {
                    "provider": "Free",
                    "service": "internet",
                    "holder_name": "TRAN MINH KHOA",
                    "address": "12 avenue Félix Viallet, Appt 34, 38000 Grenoble",
                    "issue_date": issue,
                    "period_start": f"2026-{mon}-01",
                    "period_end": f"2026-{mon}-{last}",
                    "month": f"2026-{mon}",
                    "amount": amt,
                },
                "notes": "monthly Freebox bill",
            }
        )
    # BNP RIB with wrong IBAN check digits (the RIB key itself is right)
    r = rnd("p04/rib")
    bank, br, acc = "30004", "01842", "00010347725"
    key = rib_key(bank, br, acc)
    good = iban_make("FR", bank + br + acc + key)
    bad = good[:2] + f"{(int(good[2:4]) + 27) % 97:02d}" + good[4:]
    assert iban_ok(good) and not iban_ok(bad)
    R = {
        "style": "bnp",
        "holder_lines": ["M TRAN MINH KHOA", "12 AV FELIX VIALLET APT 34", "38000 GRENOBLE"],
        "branch_lines": ["BNP PARIBAS GRENOBLE VICTOR HUGO", "0 820 820 001"],
        "bank": bank,
        "branch": br,
        "account": acc,
        "key": key,
        "iban_print": spaced(bad),
        "bic": "BNPAFRPPXXX",
    }
    images_pdf([scan(cv.rib_paper(R, r), r)], d / "RIB_BNP.pdf", r)
    docs.append(
        {
            "files": [{"path": "RIB_BNP.pdf", "pages": [1]}],
            "type": "rib",
            "look": "image_pdf",
            "fields": {
                "holder_name": "M TRAN MINH KHOA",
                "iban": bad,
                "bic": "BNPAFRPPXXX",
                "bank_name": "BNP Paribas",
                "iban_valid": False,
                "rib_key_valid": True,
            },
            "notes": f"IBAN check digits {bad[2:4]} are wrong (mod 97 fails; the right "
            f"ones are {good[2:4]}); bank/branch/account/key are consistent",
        }
    )
    reqs = {k: "complete" for k in REQS}
    reqs["bank_details"] = "invalid"
    reqs["employment"] = "not_applicable"
    return {
        "as_of": "2026-11-30",
        "employed": False,
        "status": "incomplete",
        "requirements": reqs,
        "defect": "bank_details: the RIB's IBAN check digits are wrong (fails mod 97)",
        "applicant": {
            "surname": a["surname"],
            "given_names": a["given"],
            "date_of_birth": a["dob"],
        },
        "documents": docs,
    }
