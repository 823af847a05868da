"""Civil-status papers of blind set cc, part 2: Brazil (certidão, e-apostille), the sworn
translation, Turkey (Nüfus Kayıt Örneği, apostille)."""

from __future__ import annotations

import random

from cc_checks import fr
from cc_civil import INK, STAMP_BLUE, apostille_items, emblem
from cc_looks import barcode128ish, pseudo_qr

# --------------------------------------------------------------------------- Brazil


def certidao(pg, c, rng: random.Random):
    """Certidão de nascimento, national model (matrícula, boxed fields)."""
    green = (0, 100, 60)
    pg.rect(12, 12, 186, 273, stroke=green, lw=0.8)
    pg.guilloche(14, 14, 182, 269, (230, 240, 232), rng, n=36, lw=0.1, amp=5)
    emblem(pg, 105, 26, 9, (30, 80, 60))
    pg.text(105, 42, "REPÚBLICA FEDERATIVA DO BRASIL", "sans-b", 11, INK, "c")
    pg.text(105, 47.5, "REGISTRO CIVIL DAS PESSOAS NATURAIS", "sans", 9, INK, "c")
    pg.text(105, 57, "CERTIDÃO DE NASCIMENTO", "sans-b", 15, green, "c")

    def box(x, y, w, h, label, value, vs=10):
        pg.rect(x, y, w, h, stroke=(90, 90, 90), lw=0.25)
        pg.text(x + 1.5, y + 3, label, "sans", 5.6, (60, 60, 60))
        if value:
            pg.para(x + 2, y + 3 + vs * 0.42, w - 4, value, "mono-b", vs, vs * 0.42, INK)

    y = 63
    box(16, y, 178, 12, "NOME", c["nome"], 11)
    y += 12
    box(16, y, 60, 10, "CPF", c["cpf"])
    box(76, y, 118, 10, "MATRÍCULA", c["matricula"], 9)
    y += 10
    box(16, y, 178, 14, "DATA DE NASCIMENTO POR EXTENSO", c["dob_words"], 9)
    y += 14
    box(16, y, 30, 10, "DIA", f"{c['dob'].day:02d}")
    box(46, y, 30, 10, "MÊS", f"{c['dob'].month:02d}")
    box(76, y, 40, 10, "ANO", str(c["dob"].year))
    box(116, y, 78, 10, "HORA", c["hour"])
    y += 10
    box(16, y, 89, 10, "NATURALIDADE", c["naturalidade"], 9)
    box(105, y, 89, 10, "MUNICÍPIO DE REGISTRO E UNIDADE DA FEDERAÇÃO", c["municipio"], 9)
    y += 10
    box(16, y, 140, 10, "LOCAL DE NASCIMENTO", c["local"], 9)
    box(156, y, 38, 10, "SEXO", c["sexo"], 9)
    y += 10
    box(16, y, 178, 16, "FILIAÇÃO", c["filiacao"], 9)
    y += 16
    box(16, y, 178, 16, "AVÓS", c["avos"], 8.5)
    y += 16
    box(16, y, 40, 10, "GÊMEO", "NÃO", 9)
    box(56, y, 138, 10, "DATA DO REGISTRO POR EXTENSO", c["reg_words"], 8.5)
    y += 10
    box(16, y, 178, 10, "NÚMERO DA DECLARAÇÃO DE NASCIDO VIVO", "- - -", 9)
    y += 10
    box(16, y, 178, 16, "AVERBAÇÕES/ANOTAÇÕES À ACRESCER", "NADA CONSTA", 9)
    y += 16
    box(16, y, 178, 12, "ANOTAÇÕES VOLUNTÁRIAS DE CADASTRO", "", 9)
    y += 18
    pg.text(18, y, c["cartorio"], "sans-b", 8, INK)
    pg.text(18, y + 4.5, c["cartorio_addr"], "sans", 7.5, INK)
    pg.text(18, y + 9, f"Oficial: {c['oficial']}", "sans", 7.5, INK)
    pg.text(18, y + 18, "O conteúdo da certidão é verdadeiro. Dou fé.", "serif-i", 9, INK)
    pg.text(18, y + 24, f"{c['city']}, {c['issued_words']}.", "serif", 9, INK)
    pg.signature(120, y + 10, 44, 14, random.Random(c["sig_seed"]), (20, 30, 100), lw=0.4)
    pg.line(112, y + 26, 180, y + 26, 0.25, INK)
    pg.text(146, y + 30, f"{c['escrevente']} - Escrevente Autorizada", "sans", 7, INK, "c")
    pg.rect(18, y + 34, 70, 14, stroke=(60, 60, 60), lw=0.25)
    pg.text(20, y + 38, "Selo de Fiscalização Eletrônico", "sans-b", 6.5, INK)
    pg.text(20, y + 42.5, c["selo"], "mono", 7.5, INK)
    pg.text(20, y + 46.5, "Consulte: www.tjmg.jus.br", "sans", 6, INK)
    pg.round_stamp(
        160, y + 44, 11, "REGISTRO CIVIL * BELO HORIZONTE MG * ", ["1º", "SUBD."], STAMP_BLUE, rng
    )


def brasil_apostille_pdf(pg, ap, rng: random.Random):
    """Brazilian electronic apostille (CNJ model), trilingual, as the PDF the notary emails."""
    pg.rect(15, 15, 180, 262, stroke=(0, 80, 60), lw=0.6)
    emblem(pg, 105, 28, 8, (0, 80, 60))
    pg.text(105, 43, "REPÚBLICA FEDERATIVA DO BRASIL", "sans-b", 11, INK, "c")
    pg.text(105, 48.5, "CONSELHO NACIONAL DE JUSTIÇA", "sans", 8.5, INK, "c")
    pg.text(105, 59, "APOSTILA", "sans-b", 18, INK, "c")
    pg.text(105, 65.5, "(Convention de La Haye du 5 octobre 1961)", "sans-i", 9, INK, "c")
    items = [
        ("1", "País: / Country: / Pays:", "República Federativa do Brasil"),
        ("", "Este documento público / This public document / Le présent acte public", ""),
        ("2", "Foi assinado por: / Has been signed by: / A été signé par:", ap["doc_signer"]),
        (
            "3",
            "Na qualidade de: / Acting in the capacity of: / Agissant en qualité de:",
            ap["doc_capacity"],
        ),
        (
            "4",
            "Tem o selo/carimbo de: / Bears the seal/stamp of: / Est revêtu du sceau/timbre de:",
            ap["doc_seal"],
        ),
        ("", "Certificado / Certified / Attesté", ""),
        ("5", "Em: / At: / À:", ap["place"]),
        ("6", "No dia: / The: / Le:", fr(ap["date"])),
        ("7", "Por: / By: / Par:", ap["by"]),
        ("8", "Sob nº: / Nº: / Sous nº:", ap["number"]),
        ("9", "Selo/Carimbo: / Seal/Stamp: / Sceau/Timbre:", "Certificado digital ICP-Brasil"),
        ("10", "Assinatura: / Signature: / Signature:", "Assinado digitalmente"),
    ]
    y = apostille_items(pg, 22, 80, 166, items, font="sans", size=8.6, lab_font="sans-i", lead=8.2)
    pg.line(20, y + 2, 190, y + 2, 0.3, (0, 80, 60))
    pg.text(22, y + 9, "Tipo de documento: Certidão de Nascimento", "sans", 8, INK)
    pg.text(22, y + 14, f"Nome do titular: {ap['holder']}", "sans", 8, INK)
    pg.text(22, y + 19, f"Código de verificação: {ap['code']}", "sans", 8, INK)
    pg.para(
        22,
        y + 28,
        120,
        "Esta Apostila certifica unicamente a autenticidade da assinatura, a função "
        "ou o cargo exercido pelo signatário do documento e, quando cabível, a autenticidade do selo ou "
        "do carimbo aposto no documento. Ela não certifica o conteúdo do documento. Para verificar a "
        "autenticidade desta Apostila, consulte o sítio eletrônico do CNJ.",
        "sans",
        7,
        3.1,
        (60, 60, 60),
    )
    pseudo_qr(pg, 152, y + 24, 30, rng)


# --------------------------------------------------------------------------- translation


def traduction(pg, t, rng: random.Random, page: int):
    """Sworn translation into French by a translator expert at a French court of appeal."""
    pg.text(20, 20, t["translator"], "serif-b", 11, INK)
    for i, ln in enumerate(t["translator_lines"]):
        pg.text(20, 25 + i * 4.2, ln, "serif", 8.2, INK)
    pg.text(190, 20, f"Traduction n° {t['number']}", "serif", 8.5, INK, "r")
    pg.text(190, 25, f"Page {page}/2", "serif", 8.5, INK, "r")
    pg.line(20, 44, 190, 44, 0.4, INK)
    if page == 1:
        pg.text(105, 53, "TRADUCTION DU PORTUGAIS (BRÉSIL) EN FRANÇAIS", "serif-b", 10.5, INK, "c")
        pg.text(
            105, 60, "[Armoiries de la République fédérative du Brésil]", "serif-i", 8.5, INK, "c"
        )
        pg.text(105, 66, "RÉPUBLIQUE FÉDÉRATIVE DU BRÉSIL", "serif-b", 10, INK, "c")
        pg.text(105, 71, "REGISTRE CIVIL DES PERSONNES PHYSIQUES", "serif", 9, INK, "c")
        pg.text(105, 78, "ACTE DE NAISSANCE", "serif-b", 12, INK, "c")
        y = 88
        for lab, val in t["rows"]:
            pg.text(22, y, lab, "serif-i", 8.2, (60, 60, 60))
            y = pg.para(22, y + 4.4, 166, val, "serif-b", 9.5, 4.3, INK) + 2.4
    else:
        pg.text(22, 55, "Mentions figurant au bas de l'original :", "serif-i", 9, INK)
        y = pg.para(22, 62, 166, t["footer"], "serif", 9.5, 4.4, INK)
        pg.text(22, y + 6, "Apostille jointe à l'original (traduction) :", "serif-i", 9, INK)
        y = pg.para(22, y + 13, 166, t["apostille"], "serif", 9.5, 4.4, INK)
        y = pg.para(22, y + 12, 166, t["certif"], "serif-b", 9.5, 4.6, INK, just=True)
        pg.text(120, y + 8, t["done"], "serif", 9.5, INK)
        pg.signature(128, y + 12, 44, 15, random.Random(t["sig_seed"]), (20, 20, 110), lw=0.45)
        pg.round_stamp(70, y + 28, 16, t["stamp_ring"], ["TRADUCTRICE", "EXPERT"], STAMP_BLUE, rng)


# --------------------------------------------------------------------------- Turkey


def nufus(pg, n, rng: random.Random):
    """Nüfus Kayıt Örneği (person extract) as printed and signed at a district registry."""
    red = (170, 20, 30)
    pg.text(105, 18, "T.C.", "sans-b", 10, INK, "c")
    pg.text(105, 23.5, "İÇİŞLERİ BAKANLIĞI", "sans-b", 10, INK, "c")
    pg.text(105, 29, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", "sans", 9, INK, "c")
    pg.ellipse(28, 24, 8, 8, stroke=red, lw=0.5)
    pg.ellipse(29.5, 24, 5, 5, fill=red)
    pg.ellipse(31, 24, 4.2, 4.2, fill=(255, 255, 255))
    pg.text(105, 42, "NÜFUS KAYIT ÖRNEĞİ", "sans-b", 15, INK, "c")
    pg.text(105, 48, "(Kişi)", "sans", 9, INK, "c")
    top = [
        ("İl", n["il"]),
        ("İlçe", n["ilce"]),
        ("Mahalle/Köy", n["mahalle"]),
        ("Cilt No", n["cilt"]),
        ("Hane No", n["hane"]),
        ("BSN", n["bsn"]),
    ]
    x = 16
    for lab, val in top:
        w = 40 if lab in ("İl", "İlçe", "Mahalle/Köy") else 19.5
        if lab == "Mahalle/Köy":
            w = 44
        pg.rect(x, 55, w, 12, stroke=(80, 80, 80), lw=0.25)
        pg.text(x + 1.5, 58.5, lab, "sans", 6.5, (70, 70, 70))
        pg.text(x + 1.5, 64.5, val, "sans-b", 8.5, INK)
        x += w
    rows = [
        ("T.C. Kimlik No", n["tckn"]),
        ("Soyadı", n["surname"]),
        ("Adı", n["given"]),
        ("Baba Adı", n["father"]),
        ("Ana Adı", n["mother"]),
        ("Doğum Yeri", n["pob"]),
        ("Doğum Tarihi", n["dob"].strftime("%d.%m.%Y")),
        ("Cinsiyeti", n["sex"]),
        ("Medeni Hali", n["civil"]),
        ("Yakınlık Derecesi", "Kendisi"),
        ("Durumu", "Sağ"),
        ("Olaylar ve Tarihleri", "-"),
    ]
    y = 74
    for lab, val in rows:
        pg.rect(16, y, 60, 9, stroke=(80, 80, 80), lw=0.25, fill=(242, 242, 242))
        pg.rect(76, y, 118, 9, stroke=(80, 80, 80), lw=0.25)
        pg.text(18, y + 6, lab, "sans", 8.5, INK)
        pg.text(79, y + 6, val, "sans-b", 9.5, INK)
        y += 9
    y += 8
    pg.para(
        16,
        y,
        178,
        "Yukarıda kimlik bilgileri yazılı kişinin nüfus kaydı, Merkezi Nüfus İdaresi Sistemi "
        "(MERNİS) kayıtlarına uygun olarak düzenlenmiştir.",
        "sans",
        8.5,
        3.9,
        INK,
    )
    y += 16
    pg.text(16, y, f"Düzenleyen Birim: {n['office']}", "sans", 8.5, INK)
    pg.text(16, y + 5, f"Düzenlenme Tarihi: {n['issued'].strftime('%d.%m.%Y')}", "sans", 8.5, INK)
    pg.text(16, y + 10, f"Belge Doğrulama Kodu: {n['verif']}", "sans", 8.5, INK)
    barcode128ish(pg, 16, y + 14, 60, 10, rng)
    pg.text(150, y + 2, "Nüfus Müdürü", "sans", 8.5, INK, "c")
    pg.text(150, y + 7, n["registrar"], "sans-b", 8.5, INK, "c")
    pg.signature(128, y + 9, 42, 14, random.Random(n["sig_seed"]), (20, 20, 110), lw=0.4)
    pg.round_stamp(118, y + 28, 12, f"T.C. {n['office'].upper()} * ", ["NÜFUS"], STAMP_BLUE, rng)


def turk_apostille(pg, ap, rng: random.Random):
    pg.rect(25, 25, 160, 190, stroke=INK, lw=0.6)
    pg.text(105, 37, "APOSTİL", "serif-b", 16, INK, "c")
    pg.text(105, 44, "(Convention de La Haye du 5 Octobre 1961)", "serif-i", 9, INK, "c")
    items = [
        ("1", "Ülke / Country / Pays :", "TÜRKİYE CUMHURİYETİ"),
        ("", "Bu resmi belge / This public document / Le présent acte public", ""),
        ("2", "İmzalayan / has been signed by / a été signé par :", ap["doc_signer"]),
        ("3", "Sıfatı / acting in the capacity of / agissant en qualité de :", ap["doc_capacity"]),
        ("4", "Mühür/damga / bears the seal/stamp of / est revêtu du sceau de :", ap["doc_seal"]),
        ("", "Tasdik edilir / Certified / Attesté", ""),
        ("5", "Yer / at / à :", ap["place"]),
        ("6", "Tarih / the / le :", ap["date"].strftime("%d.%m.%Y")),
        ("7", "Tasdik eden / by / par :", ap["by"]),
        ("8", "Sayı / No / sous n° :", ap["number"]),
        ("9", "Mühür / Seal / Sceau :", ""),
        ("10", "İmza / Signature :", ""),
    ]
    apostille_items(pg, 31, 56, 148, items, lead=8.2)
    pg.round_stamp(72, 198, 12, f"T.C. {ap['place']} KAYMAKAMLIĞI * ", ["T.C."], STAMP_BLUE, rng)
    pg.signature(118, 186, 42, 14, random.Random(ap["sig_seed"]), (20, 30, 100), lw=0.45)
    pg.text(140, 206, ap["signer_line"], "serif", 8, INK, "c")
    with pg.ink(0.85):
        pg.rect(150, 28, 28, 16, stroke=(150, 30, 40), lw=0.4)
        pg.text(164, 34, "HARÇ", "sans-b", 6, (150, 30, 40), "c")
        pg.text(164, 40, "ALINMAMIŞTIR", "sans", 5, (150, 30, 40), "c")
