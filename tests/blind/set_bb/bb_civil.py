"""Birth certificates of Algeria, Turkey, Brazil and Vietnam."""

from bb_docs import dmy, words_fr
from bb_render import Page


def _bc_fields(b, country, lang, has_ap):
    return dict(
        surname=b["surname"],
        given_names=b["given"],
        date_of_birth=b["dob"],
        place_of_birth=b["pob"],
        issuing_country=country,
        language=lang,
        has_apostille=has_ap,
    )


def birth_dza(b):
    """Extrait d'acte de naissance (modèle 12S), French side."""
    pg = Page(bg="#fdfcf7")
    pg.text(105, 16, "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", 11, "serifb", anchor="c")
    pg.lines(
        18,
        28,
        ["Wilaya d'" + b["wilaya"], "Daïra d'" + b["wilaya"], "Commune d'" + b["wilaya"]],
        9.5,
        "serif",
    )
    pg.text(192, 28, "N° 12 S", 9.5, "serifb", anchor="r")
    pg.text(105, 48, "EXTRAIT D'ACTE DE NAISSANCE", 14, "serifb", anchor="c")
    pg.text(105, 55, "(Copie intégrale)", 9, "serifi", anchor="c")
    pg.text(18, 68, f"Acte n° : {b['acte']}          Année : {b['dob'][:4]}", 10, "serif")
    rows = [
        ("Nom", b["surname"]),
        ("Prénom(s)", b["given"]),
        ("Né(e) le", b["dob_words"]),
        ("à", b["time"]),
        ("Lieu de naissance", b["pob"]),
        ("Sexe", b["sex_word"]),
        ("Fils / Fille de", b["father"]),
        ("et de", b["mother"]),
    ]
    y = 82
    for lab, val in rows:
        pg.text(24, y, lab, 10, "serif")
        pg.text(24 + 42, y, ":  " + val, 10.5, "serifb")
        pg.line(66, y + 1.2, 192, y + 1.2, color="#999999", lw=0.15)
        y += 10
    pg.text(24, y + 4, "Mentions marginales : Néant", 10, "serif")
    pg.lines(
        24,
        y + 20,
        [
            f"Extrait conforme aux registres de l'état civil, délivré à {b['wilaya']},",
            f"le {dmy(b['issued'])}",
        ],
        10,
        "serif",
    )
    pg.text(140, y + 42, "L'Officier de l'état civil", 10, "serifb", anchor="c")
    pg.stamp(110, y + 60, 16, ["APC " + b["wilaya"].upper(), "ÉTAT CIVIL"], color="#5a2d82")
    pg.signature(128, y + 50, 40, 14, seed=b["acte"], color="#1a1a6a")
    pg.text(24, 280, "N.B. : Cet extrait est délivré gratuitement.", 8, "serifi")
    return [pg], _bc_fields(b, "DZA", "fr", False)


def birth_tur(b):
    """Formül A: multilingual extract of birth record (CIEC)."""
    pg = Page(bg="#ffffff")
    pg.text(18, 15, "TÜRKİYE CUMHURİYETİ", 10, "arialb")
    pg.text(
        18, 20, "İÇİŞLERİ BAKANLIĞI - Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", 7.5, "arial"
    )
    pg.text(192, 15, "FORMÜL A", 11, "arialb", anchor="r")
    pg.text(105, 34, "DOĞUM KAYDI ÖRNEĞİ", 12, "arialb", anchor="c")
    pg.text(
        105, 40, "Extrait d'acte de naissance / Extract of birth record", 8.5, "arial", anchor="c"
    )
    pg.text(18, 50, f"Düzenleyen makam / Autorité / Authority : {b['office']}", 8, "arial")
    rows = [
        ("1", "Doğum yeri / Lieu de naissance / Place of birth", b["pob"]),
        ("2", "Doğum tarihi / Date de naissance / Date of birth", dmy(b["dob"], ".")),
        ("3", "Cinsiyeti / Sexe / Sex", b["sex"]),
        ("4", "Soyadı / Nom / Surname", b["surname"]),
        ("5", "Adı / Prénoms / Forenames", b["given"]),
        ("6", "Babanın adı soyadı / Nom, prénoms du père", b["father"]),
        ("7", "Annenin adı soyadı / Nom, prénoms de la mère", b["mother"]),
        ("8", "T.C. Kimlik No", b["tckn"]),
    ]
    y = 58
    for n, lab, val in rows:
        pg.rect(18, y, 174, 13, stroke="#555555", lw=0.25)
        pg.line(28, y, 28, y + 13, color="#555555", lw=0.25)
        pg.text(22, y + 8, n, 9, "arialb")
        pg.text(31, y + 4.5, lab, 6.8, "arial", "#333333")
        pg.text(31, y + 10.5, val, 10, "arialb")
        y += 13
    pg.text(
        18, y + 10, f"Düzenlendiği tarih / Date de délivrance : {dmy(b['issued'], '.')}", 8, "arial"
    )
    pg.text(18, y + 16, "Yer / Lieu : " + b["office_town"], 8, "arial")
    pg.text(150, y + 16, "Mühür ve imza / Sceau et signature", 7, "arial", anchor="c")
    pg.stamp(150, y + 38, 15, ["NÜFUS MÜDÜRLÜĞÜ", b["office_town"].upper()], color="#8a1c2b")
    pg.signature(128, y + 24, 40, 12, seed=b["tckn"], color="#222288")
    pg.code2d(18, 255, 22, seed=b["tckn"], cells=21)
    pg.text(
        44, 262, "Belge doğrulama / Verification: turkiye.gov.tr  Kod: " + b["verif"], 7, "arial"
    )
    return [pg], _bc_fields(b, "TUR", "tr", True)


def birth_bra(b):
    """Certidão de nascimento (modelo CNJ, Provimento 63/2017)."""
    pg = Page(bg="#fffdf6")
    pg.rect(10, 10, 190, 277, stroke="#2f6b3a", lw=1.2)
    pg.text(105, 22, "REPÚBLICA FEDERATIVA DO BRASIL", 12, "serifb", "#1f4f2a", "c")
    pg.text(105, 29, "REGISTRO CIVIL DAS PESSOAS NATURAIS", 10, "serif", "#1f4f2a", "c")
    pg.text(105, 42, "CERTIDÃO DE NASCIMENTO", 16, "serifb", "#111111", "c")
    pg.text(20, 56, "NOME:", 8, "arial", "#555555")
    pg.text(20, 62, b["full_name"], 12, "arialb")
    pg.text(20, 72, "CPF:", 8, "arial", "#555555")
    pg.text(40, 72, b["cpf"], 10, "arial")
    pg.text(20, 82, "MATRÍCULA:", 8, "arial", "#555555")
    pg.text(20, 88, b["matricula"], 10, "mono")
    boxes = [
        ("DATA DE NASCIMENTO POR EXTENSO", b["dob_words"], 20, 98, 120),
        ("DIA", b["dob"][8:10], 142, 98, 14),
        ("MÊS", b["dob"][5:7], 157, 98, 14),
        ("ANO", b["dob"][:4], 172, 98, 18),
        ("HORA", b["time"], 20, 112, 30),
        ("NATURALIDADE", b["naturalidade"], 52, 112, 70),
        ("SEXO", b["sex_word"], 124, 112, 30),
        ("LOCAL DE NASCIMENTO", b["place_full"], 20, 126, 170),
        ("MUNICÍPIO DE REGISTRO E UNIDADE DA FEDERAÇÃO", b["pob"], 20, 140, 170),
        ("FILIAÇÃO", b["parents"], 20, 154, 170),
        ("AVÓS", b["grandparents"], 20, 168, 170),
        ("DATA DO REGISTRO POR EXTENSO", b["reg_words"], 20, 182, 170),
        ("OBSERVAÇÕES / AVERBAÇÕES", "Nada consta.", 20, 196, 170),
    ]
    for lab, val, x, y, w in boxes:
        pg.rect(x, y, w, 12, stroke="#2f6b3a", lw=0.25)
        pg.text(x + 1.5, y + 3.5, lab, 5.8, "arial", "#2f6b3a")
        pg.text(x + 1.5, y + 9.5, val, 8.5 if len(val) < 70 else 7, "arial")
    pg.lines(
        20,
        220,
        [
            b["cartorio"],
            b["cartorio_addr"],
            "O conteúdo da certidão é verdadeiro. Dou fé.",
            f"São Paulo, {b['issued_words']}.",
        ],
        8.5,
        "serif",
    )
    pg.text(150, 262, b["oficial"], 8.5, "serif", anchor="c")
    pg.text(150, 266, "Oficial de Registro Civil", 7.5, "serifi", anchor="c")
    pg.signature(128, 244, 44, 14, seed=b["cpf"], color="#1b2a7a")
    pg.rect(20, 248, 60, 26, stroke="#777777", lw=0.3)
    pg.lines(
        22,
        253,
        ["Selo digital:", b["selo"], "Consulte em", "selodigital.tjsp.jus.br"],
        6.5,
        "arial",
    )
    return [pg], _bc_fields(b, "BRA", "pt", True)


def birth_vnm(b):
    """Trích lục khai sinh (bản sao), Vietnamese model."""
    pg = Page(bg="#fffefa")
    pg.text(55, 16, f"UBND {b['ward'].upper()}", 8.5, "dserifb", anchor="c")
    pg.text(145, 16, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 9, "dserifb", anchor="c")
    pg.text(145, 21, "Độc lập - Tự do - Hạnh phúc", 9, "dserifb", anchor="c")
    pg.line(125, 22.5, 165, 22.5, lw=0.3)
    pg.text(55, 24, f"Số: {b['so']}/TLKS-BS", 8.5, "dserif", anchor="c")
    pg.text(105, 40, "TRÍCH LỤC KHAI SINH", 15, "dserifb", anchor="c")
    pg.text(105, 47, "(BẢN SAO)", 10, "dserifb", anchor="c")
    rows = [
        ("Họ, chữ đệm, tên:", b["full_name"]),
        ("Ngày, tháng, năm sinh:", f"{dmy(b['dob'])}    ghi bằng chữ: {b['dob_words']}"),
        ("Giới tính:", b["sex_word"] + "        Dân tộc: Kinh        Quốc tịch: Việt Nam"),
        ("Nơi sinh:", b["place_full"]),
        ("Quê quán:", b["que"]),
        ("Số định danh cá nhân:", b["cccd"]),
        ("Họ, chữ đệm, tên người mẹ:", b["mother"]),
        ("Năm sinh: " + b["mother_y"], "Dân tộc: Kinh   Quốc tịch: Việt Nam"),
        ("Họ, chữ đệm, tên người cha:", b["father"]),
        ("Năm sinh: " + b["father_y"], "Dân tộc: Kinh   Quốc tịch: Việt Nam"),
        ("Nơi đăng ký khai sinh:", "UBND " + b["ward"]),
        ("Ngày, tháng, năm đăng ký:", dmy(b["reg"])),
    ]
    y = 62
    for lab, val in rows:
        pg.text(20, y, lab, 10, "dserif")
        pg.text(72, y, val, 10, "dserifb" if "Họ" in lab else "dserif")
        y += 9
    pg.text(
        150,
        y + 10,
        f"Hà Nội, ngày {int(b['issued'][8:])} tháng {int(b['issued'][5:7])} năm {b['issued'][:4]}",
        9,
        "dserifi",
        anchor="c",
    )
    pg.text(150, y + 16, "TM. ỦY BAN NHÂN DÂN", 9.5, "dserifb", anchor="c")
    pg.text(150, y + 21, "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH", 9, "dserifb", anchor="c")
    pg.stamp(138, y + 38, 17, ["UBND " + b["ward_short"].upper(), "HÀ NỘI"], color="#c8201e")
    pg.signature(135, y + 32, 38, 12, seed=b["cccd"], color="#1a237e")
    pg.text(150, y + 58, b["signer"], 10, "dserifb", anchor="c")
    return [pg], _bc_fields(b, "VNM", "vi", False)


__all__ = ["birth_dza", "birth_tur", "birth_bra", "birth_vnm", "words_fr"]
