"""Birth certificates of India, Türkiye (Formul A), DR Congo and Viet Nam, legalisation stamps."""

from __future__ import annotations

import random

from reportlab.lib.units import mm

from bu_util import qr_like, rect_stamp, round_stamp, signature


def _paper(c, W, H, col=(1, 1, 1)):
    c.setFillColorRGB(*col)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColorRGB(0.08, 0.08, 0.1)


def india_birth(c, W, H, b, rng: random.Random):
    """Form No. 5, Registration of Births and Deaths Act 1969 (municipal corporation)."""
    _paper(c, W, H, (0.99, 0.99, 0.97))
    c.setStrokeColorRGB(0.2, 0.3, 0.5)
    c.setLineWidth(2)
    c.rect(10 * mm, 10 * mm, W - 20 * mm, H - 20 * mm)
    c.setFont("Sans", 8)
    c.drawString(16 * mm, H - 18 * mm, "FORM No. 5")
    c.drawRightString(W - 16 * mm, H - 18 * mm, "(See Rule 8/13)")
    for i, (t, f, s) in enumerate(
        [
            ("GOVERNMENT OF KERALA", "SerifB", 12),
            ("CORPORATION OF THIRUVANANTHAPURAM", "SerifB", 13),
            ("Department of Health — Registration of Births & Deaths", "Serif", 9),
            ("CERTIFICATE OF BIRTH", "SerifB", 16),
        ]
    ):
        c.setFont(f, s)
        c.drawCentredString(W / 2, H - 30 * mm - i * 9 * mm, t)
    c.setFont("SerifI", 7.6)
    for i, ln in enumerate(
        [
            "(Issued under Section 12/17 of the Registration of Births & Deaths Act, 1969 "
            "and Rule 8/13",
            "of the Kerala Registration of Births and Deaths Rules, 1999)",
            "This is to certify that the following information has been taken from the "
            "original record",
            "of birth which is the register for the local area of Thiruvananthapuram Corporation,",
            "Taluk Thiruvananthapuram, District Thiruvananthapuram, State Kerala, India.",
        ]
    ):
        c.drawCentredString(W / 2, H - 70 * mm - i * 4 * mm, ln)
    rows = [
        ("Name", b["name"]),
        ("Sex", b["sex"]),
        ("Date of Birth", b["dob"]),
        ("Place of Birth", b["pob1"]),
        ("", b["pob2"]),
        ("Name of Mother", b["mother"]),
        ("Name of Father", b["father"]),
        ("Address of parents at the time of birth of the child", ""),
        ("", b["paddr"]),
        ("Permanent address of parents", b["paddr2"]),
        ("Registration Number", b["reg_no"]),
        ("Date of Registration", b["reg_date"]),
        ("Remarks (if any)", "—"),
        ("Date of Issue", b["issue"]),
    ]
    y = H - 98 * mm
    for lab, val in rows:
        c.setFont("Serif", 9)
        if lab:
            c.drawString(20 * mm, y, lab + (" :" if val != "" else ":"))
        c.setFont("SansB", 9.5)
        c.drawString(78 * mm if lab and len(lab) < 30 else 78 * mm, y, val)
        y -= 7.4 * mm
    round_stamp(
        c,
        45 * mm,
        38 * mm,
        15 * mm,
        "CORPORATION OF THIRUVANANTHAPURAM",
        ["REGISTRAR", "BIRTHS & DEATHS"],
        color=(0.35, 0.2, 0.55),
        angle=rng.uniform(-20, 20),
    )
    signature(c, W - 75 * mm, 38 * mm, 42 * mm, rng, color=(0.1, 0.15, 0.5))
    c.setFont("Serif", 8.5)
    c.drawString(W - 78 * mm, 30 * mm, "Signature of the issuing authority")
    c.drawString(W - 78 * mm, 25 * mm, b["registrar"])
    c.drawString(W - 78 * mm, 20 * mm, "Registrar of Births & Deaths")
    qr_like(c, W / 2 - 9 * mm, 17 * mm, 18 * mm, rng)
    c.setFont("Sans", 6)
    c.drawCentredString(
        W / 2, 13 * mm, '"ENSURE REGISTRATION OF EVERY BIRTH AND DEATH" — Civil Registration System'
    )


def turkey_formul_a(c, W, H, b, rng: random.Random):
    """ICCS Convention No. 16 multilingual extract of a birth record (Formül A)."""
    _paper(c, W, H)
    c.setFont("SansB", 9)
    c.drawString(15 * mm, H - 14 * mm, "TÜRKİYE CUMHURİYETİ")
    c.setFont("Sans", 7.5)
    c.drawString(
        15 * mm, H - 18 * mm, "İÇİŞLERİ BAKANLIĞI — Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü"
    )
    c.setFont("SansB", 12)
    c.drawRightString(W - 15 * mm, H - 14 * mm, "FORMÜL A")
    c.setFont("SansB", 10.5)
    c.drawCentredString(W / 2, H - 28 * mm, "DOĞUM KAYDINDAN ÇOK DİLLİ ÖRNEK")
    c.setFont("Sans", 7)
    c.drawCentredString(
        W / 2,
        H - 32 * mm,
        "Extrait plurilingue d'acte de naissance — "
        "Multilingual extract from the register of births",
    )
    c.setFont("Sans", 6.5)
    top = [
        ("Devlet / État / State", "TÜRKİYE"),
        ("Nüfus idaresi / Service de l'état civil", b["office"]),
        ("İl / Province", b["il"]),
        ("Cilt-Hane-Sıra No / Reference", b["ref"]),
    ]
    y = H - 42 * mm
    for lab, val in top:
        c.setFont("Sans", 6.5)
        c.drawString(15 * mm, y, lab)
        c.setFont("SansB", 8.5)
        c.drawString(80 * mm, y, val)
        y -= 5.5 * mm
    rows = [
        ("1", "Doğum tarihi", "Date de naissance / Date of birth / Geburtsdatum", b["dob"]),
        ("2", "Doğum yeri", "Lieu de naissance / Place of birth / Geburtsort", b["pob"]),
        ("3", "Cinsiyet", "Sexe / Sex / Geschlecht", b["sex"]),
        ("4", "Soyadı", "Nom / Surname / Familienname", b["surname"]),
        ("5", "Adı", "Prénoms / Forenames / Vornamen", b["given"]),
        ("6", "Babanın soyadı", "Nom du père / Father's surname", b["f_sur"]),
        ("7", "Babanın adı", "Prénoms du père / Father's forenames", b["f_giv"]),
        ("8", "Annenin soyadı", "Nom de la mère / Mother's surname", b["m_sur"]),
        ("9", "Annenin adı", "Prénoms de la mère / Mother's forenames", b["m_giv"]),
        ("10", "Kayıt tarihi", "Date de l'enregistrement / Date of registration", b["reg"]),
    ]
    y -= 4 * mm
    c.setStrokeColorRGB(0.3, 0.3, 0.3)
    c.setLineWidth(0.5)
    for num, tr, ml, val in rows:
        c.rect(15 * mm, y - 3 * mm, W - 30 * mm, 11 * mm, stroke=1, fill=0)
        c.setFont("SansB", 8)
        c.drawString(17 * mm, y + 3 * mm, num)
        c.drawString(24 * mm, y + 3 * mm, tr)
        c.setFont("Sans", 5.6)
        c.drawString(24 * mm, y - 0.8 * mm, ml)
        c.setFont("MonoB", 10)
        c.drawString(100 * mm, y + 1.5 * mm, val)
        y -= 11 * mm
    c.setFont("Sans", 6.5)
    c.drawString(
        15 * mm,
        y - 2 * mm,
        "Cinsiyet: E = Erkek / Masculin / Male;  K = Kadın / Féminin / "
        "Female.   Tarihler: GG.AA.YYYY",
    )
    c.setFont("Sans", 8)
    c.drawString(15 * mm, y - 12 * mm, "Veriliş tarihi / Date de délivrance: " + b["issued"])
    c.drawString(15 * mm, y - 17 * mm, "Mühür ve imza / Sceau et signature / Seal and signature")
    round_stamp(
        c,
        45 * mm,
        y - 40 * mm,
        14 * mm,
        "T.C. KONAK İLÇE NÜFUS MÜDÜRLÜĞÜ",
        ["İZMİR"],
        color=(0.5, 0.2, 0.5),
        angle=rng.uniform(-15, 15),
    )
    signature(c, 105 * mm, y - 40 * mm, 40 * mm, rng)
    c.setFont("Sans", 7.5)
    c.drawString(105 * mm, y - 48 * mm, b["officer"] + " — Nüfus Müdür V.")
    qr_like(c, W - 35 * mm, 15 * mm, 20 * mm, rng)
    c.setFont("Sans", 6)
    c.drawString(15 * mm, 15 * mm, "Belge doğrulama: turkiye.gov.tr — Doğrulama kodu " + b["code"])


def drc_birth(c, W, H, b, rng: random.Random):
    _paper(c, W, H, (0.98, 0.97, 0.93))
    c.setFont("TimesB", 11)
    for i, t in enumerate(
        [
            "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
            "VILLE DE KINSHASA",
            "COMMUNE DE " + b["commune"],
            "BUREAU DE L'ÉTAT CIVIL",
        ]
    ):
        c.drawString(18 * mm, H - 18 * mm - i * 5.5 * mm, t)
    c.setFont("Times", 9)
    c.drawRightString(W - 18 * mm, H - 18 * mm, "Volume " + b["volume"] + "  Folio " + b["folio"])
    c.setFont("TimesB", 17)
    c.drawCentredString(W / 2, H - 52 * mm, "ACTE DE NAISSANCE N° " + b["acte_no"])
    c.setFont("Times", 11)
    lines = b["prose"]
    y = H - 66 * mm
    for ln in lines:
        c.drawString(20 * mm, y, ln)
        y -= 7.2 * mm
    c.setFont("TimesB", 10)
    c.drawString(20 * mm, y - 4 * mm, "Pour copie certifiée conforme, " + b["copy_line"])
    round_stamp(
        c,
        52 * mm,
        45 * mm,
        17 * mm,
        "COMMUNE DE " + b["commune"] + " * ÉTAT CIVIL *",
        ["R.D.C.", "KINSHASA"],
        color=(0.2, 0.3, 0.6),
        angle=rng.uniform(-25, 25),
    )
    signature(c, W - 80 * mm, 48 * mm, 45 * mm, rng)
    c.setFont("Times", 9.5)
    c.drawString(W - 82 * mm, 40 * mm, b["officer"])
    c.drawString(W - 82 * mm, 35 * mm, "Officier de l'état civil")


def legalisation_back(c, W, H, lg, rng: random.Random):
    """Verso with two legalisation stamps (foreign ministry, then French consulate)."""
    _paper(c, W, H, lg.get("paper", (0.98, 0.97, 0.93)))
    x, y = 25 * mm, H - 70 * mm
    for k, st in enumerate(lg["stamps"]):
        w, h = rect_stamp(
            c,
            x + k * 15 * mm,
            y - k * 85 * mm,
            st["lines"],
            color=st["color"],
            size=8,
            angle=rng.uniform(-4, 4),
            font="SansB",
        )
        signature(c, x + k * 15 * mm + w * 0.45, y - k * 85 * mm - 14 * mm, 35 * mm, rng)
        round_stamp(
            c,
            x + k * 15 * mm + w + 22 * mm,
            y - k * 85 * mm + h / 2,
            13 * mm,
            st["seal"],
            st["seal_in"],
            color=st["color"],
            angle=rng.uniform(-30, 30),
        )
        if st.get("fiscal"):
            c.setFillColorRGB(0.85, 0.75, 0.5)
            c.rect(x + k * 15 * mm, y - k * 85 * mm - 40 * mm, 22 * mm, 16 * mm, stroke=0, fill=1)
            c.setFillColorRGB(0.3, 0.2, 0.1)
            c.setFont("SansB", 6)
            c.drawString(x + k * 15 * mm + 2 * mm, y - k * 85 * mm - 32 * mm, st["fiscal"])


def vietnam_birth(c, W, H, b, rng: random.Random):
    """Trích lục khai sinh (bản sao)."""
    _paper(c, W, H)
    c.setFont("FreeSerifB", 10)
    c.drawCentredString(50 * mm, H - 18 * mm, "ỦY BAN NHÂN DÂN")
    c.drawCentredString(50 * mm, H - 23 * mm, b["ubnd"])
    c.setFont("FreeSerif", 10)
    c.drawCentredString(50 * mm, H - 30 * mm, "Số: " + b["so"])
    c.setFont("FreeSerifB", 10)
    c.drawCentredString(W - 60 * mm, H - 18 * mm, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    c.setFont("FreeSerifB", 10.5)
    c.drawCentredString(W - 60 * mm, H - 23 * mm, "Độc lập - Tự do - Hạnh phúc")
    c.line(W - 82 * mm, H - 24.8 * mm, W - 38 * mm, H - 24.8 * mm)
    c.setFont("FreeSerifB", 16)
    c.drawCentredString(W / 2, H - 45 * mm, "TRÍCH LỤC KHAI SINH")
    c.setFont("FreeSerifI", 11)
    c.drawCentredString(W / 2, H - 51 * mm, "(BẢN SAO)")
    y = H - 66 * mm
    for lab, val in b["rows"]:
        c.setFont("FreeSerif", 11)
        c.drawString(20 * mm, y, lab + ":")
        c.setFont("FreeSerifB", 11)
        c.drawString(20 * mm + c.stringWidth(lab + ":  ", "FreeSerif", 11), y, val)
        y -= 8 * mm
    c.setFont("FreeSerifI", 10.5)
    c.drawCentredString(W - 60 * mm, y - 6 * mm, b["place_date"])
    c.setFont("FreeSerifB", 10.5)
    c.drawCentredString(W - 60 * mm, y - 12 * mm, "NGƯỜI KÝ TRÍCH LỤC")
    round_stamp(
        c,
        W - 70 * mm,
        y - 32 * mm,
        17 * mm,
        "ỦY BAN NHÂN DÂN " + b["ubnd_short"],
        ["HÀ NỘI", "★"],
        color=(0.85, 0.1, 0.1),
        angle=rng.uniform(-10, 10),
    )
    signature(c, W - 80 * mm, y - 34 * mm, 40 * mm, rng, color=(0.1, 0.1, 0.3))
    c.setFont("FreeSerifB", 10.5)
    c.drawCentredString(W - 60 * mm, y - 54 * mm, b["signer"])
