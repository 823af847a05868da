"""Arabic-script civil status papers drawn with Pillow + raqm (right-to-left shaping):
Egyptian computerised birth certificate, Lebanese individual civil-status extract."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from bw_pil import BLACK_INK, barcode, guilloche, signature, stamp_box, stamp_round, txt

DPI = 200
A4 = (1654, 2339)
IND = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def px(mm_: float) -> int:
    return int(round(mm_ * DPI / 25.4))


def ar(dr, x, y, s, size=34, f="amiri", fill=BLACK_INK, anchor="ra"):
    txt(dr, (x, y), s, f, size, fill, anchor, rtl=True)


def egypt_birth(e: dict, rng: random.Random) -> Image.Image:
    W, H = A4
    img = guilloche(W, H, rng, base=(250, 246, 240), line=(222, 205, 200), n=60, amp=0.02)
    dr = ImageDraw.Draw(img)
    ink = (40, 40, 60)
    R = W - px(18)
    for i, s in enumerate(("جمهورية مصر العربية", "وزارة الداخلية", "قطاع الأحوال المدنية")):
        ar(dr, R, px(14) + i * 46, s, 36, "amiri_b", ink)
    # emblem (stylised eagle block) and serial on the left
    dr.ellipse([px(22), px(12), px(44), px(34)], outline=(150, 120, 40), width=6)
    dr.polygon([(px(33), px(15)), (px(28), px(30)), (px(38), px(30))], fill=(170, 135, 50))
    txt(dr, (px(18), px(40)), f"No. {e['serial']}", "dejavu", 26, (160, 30, 30))
    ar(dr, W / 2, px(48), "شهادة ميلاد", 64, "amiri_b", ink, "ma")
    ar(dr, W / 2, px(62), "(مستخرج مميكن)", 34, "amiri", ink, "ma")
    top = px(78)
    rows = [
        ("الرقم القومي", e["nid"].translate(IND)),
        ("اسم المولود", e["child"]),
        ("النوع", e["sex_ar"]),
        ("تاريخ الميلاد", e["dob"].strftime("%d/%m/%Y").translate(IND)),
        ("تاريخ الميلاد بالحروف", e["dob_words_ar"]),
        ("محل الميلاد", e["pob_ar"]),
        ("اسم الأب", e["father"]),
        ("جنسية الأب", "مصري"),
        ("اسم الأم", e["mother"]),
        ("جنسية الأم", "مصرية"),
        ("جهة القيد", e["office"]),
        ("تاريخ القيد", e["reg_date"].strftime("%d/%m/%Y").translate(IND)),
        ("رقم القيد", e["reg_no"].translate(IND)),
    ]
    rh = 86
    L = px(18)
    split = W - px(70)
    for i, (lab, val) in enumerate(rows):
        y = top + i * rh
        fill = (244, 238, 230) if i % 2 == 0 else (252, 250, 246)
        dr.rectangle([L, y, R, y + rh], fill=fill, outline=(120, 110, 100), width=2)
        dr.line([split, y, split, y + rh], fill=(120, 110, 100), width=2)
        ar(dr, R - 16, y + 16, lab, 36, "amiri_b", ink)
        ar(dr, split - 24, y + 14, val, 40, "amiri", BLACK_INK)
    y = top + len(rows) * rh + px(14)
    ar(dr, R, y, f"تاريخ الإصدار: {e['issued'].strftime('%d/%m/%Y').translate(IND)}", 36)
    ar(dr, R, y + 56, "رسوم: ١٥ جنيهاً", 32)
    ar(dr, px(80), y, "مدير السجل المدني", 36, "amiri_b", ink, "ma")
    signature(img, "Hassan", px(55), y + px(30), px(50), rng, fill=(30, 30, 90), lw=4)
    stamp_round(
        img,
        px(112),
        y + px(24),
        px(20),
        "• • • • • • • • • • • • • • • • • •",
        ["وزارة الداخلية", "الأحوال المدنية", "الإسكندرية"],
        rng,
        color=(70, 60, 150),
        f="amiri_b",
    )
    barcode(dr, px(18), px(45), px(60), px(9), rng)
    txt(dr, (px(18), px(55.5)), e["serial"] + "  " + e["nid"], "mono", 20, BLACK_INK)
    ar(dr, R, H - px(30), "هذا المستخرج صالح للاستعمال داخل وخارج جمهورية مصر العربية", 28)
    return img


def lebanon_extract(e: dict, rng: random.Random) -> Image.Image:
    W, H = A4
    img = guilloche(W, H, rng, base=(248, 250, 246), line=(205, 220, 210), n=50, amp=0.02)
    dr = ImageDraw.Draw(img)
    ink = (30, 50, 40)
    R = W - px(20)
    for i, s in enumerate(
        (
            "الجمهورية اللبنانية",
            "وزارة الداخلية والبلديات",
            "المديرية العامة للأحوال الشخصية",
            e["office_ar"],
        )
    ):
        ar(dr, R, px(14) + i * 44, s, 34, "amiri_b", ink)
    # cedar mark
    cx, cy = px(38), px(26)
    dr.polygon([(cx, cy - 60), (cx - 55, cy + 40), (cx + 55, cy + 40)], fill=(40, 130, 70))
    dr.rectangle([cx - 8, cy + 40, cx + 8, cy + 60], fill=(110, 80, 50))
    ar(dr, W / 2, px(52), "إخراج قيد فردي", 66, "amiri_b", ink, "ma")
    txt(dr, (W / 2, px(68)), "Extrait d'état civil individuel", "dserif", 30, ink, "ma")
    txt(dr, (px(20), px(74)), f"N° {e['serial']}", "dejavu_b", 28, (150, 30, 30))
    rows = [
        ("الشهرة", e["family"]),
        ("الاسم", e["first"]),
        ("اسم الأب", e["father"]),
        ("اسم الأم وشهرتها", e["mother"]),
        ("محل الولادة", e["pob_ar"]),
        ("تاريخ الولادة", e["dob"].strftime("%d/%m/%Y")),
        ("الجنس", e["sex_ar"]),
        ("الوضع العائلي", e["status_ar"]),
        ("رقم السجل", e["reg_no"]),
        ("المحلة أو القرية", e["locality_ar"]),
        ("القضاء", e["district_ar"]),
    ]
    top = px(88)
    rh = 80
    L = px(20)
    split = W - px(72)
    for i, (lab, val) in enumerate(rows):
        y = top + i * rh
        dr.rectangle([L, y, R, y + rh], outline=(90, 110, 100), width=2)
        dr.line([split, y, split, y + rh], fill=(90, 110, 100), width=2)
        ar(dr, R - 16, y + 12, lab, 36, "amiri_b", ink)
        ar(dr, split - 24, y + 10, val, 42, "amiri", BLACK_INK)
    y = top + len(rows) * rh + px(12)
    ar(dr, R, y, "أعطي هذا الإخراج بناءً على طلب صاحب العلاقة", 34)
    ar(dr, R, y + 56, f"في {e['issued'].strftime('%d/%m/%Y')}", 34)
    ar(dr, px(70), y, "مأمور النفوس", 36, "amiri_b", ink, "ma")
    signature(img, "Khalil", px(45), y + px(30), px(48), rng, fill=(30, 30, 100), lw=4)
    stamp_round(
        img,
        px(105),
        y + px(22),
        px(19),
        "• • • • • • • • • • • • • • • • • •",
        ["الجمهورية اللبنانية", "دائرة نفوس", "زحلة"],
        rng,
        color=(60, 60, 150),
        f="amiri_b",
    )
    # fiscal stamps
    for k in range(2):
        x0, y0 = R - px(28) - k * px(30), y + px(12)
        dr.rectangle(
            [x0, y0, x0 + px(24), y0 + px(30)], fill=(220, 200, 170), outline=(120, 90, 60), width=3
        )
        txt(dr, (x0 + px(12), y0 + px(10)), "LIBAN", "dejavu_b", 22, (90, 60, 40), "ma")
        txt(dr, (x0 + px(12), y0 + px(18)), "1000 L.L.", "dejavu", 20, (90, 60, 40), "ma")
    # legalisations (Lebanese MFA, then French consulate) in the lower part
    lg = e["legal"]
    stamp_box(
        img,
        px(20),
        H - px(44),
        [
            "الجمهورية اللبنانية - وزارة الخارجية والمغتربين",
            "تصديق  -  LÉGALISATION",
            f"Beyrouth, le {lg['mae_date'].strftime('%d/%m/%Y')}   N° {lg['mae_no']}",
        ],
        rng,
        color=(40, 60, 150),
        f="dejavu_b",
        size=24,
    )
    stamp_box(
        img,
        px(100),
        H - px(44),
        [
            "CONSULAT GÉNÉRAL DE FRANCE À BEYROUTH",
            "Vu pour légalisation de la signature",
            f"de M. {lg['mae_agent']}",
            f"Beyrouth, le {lg['fr_date'].strftime('%d/%m/%Y')}  N° {lg['fr_no']}",
        ],
        rng,
        color=(110, 40, 130),
        f="dejavu_b",
        size=22,
    )
    signature(img, lg["fr_agent"], px(140), H - px(5), px(34), rng, fill=(20, 20, 30), lw=3)
    return img
