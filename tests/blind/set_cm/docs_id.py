"""Identity pieces: passports, visas, residence cards, ID cards, birth certificates, apostilles."""

from util import (
    MM,
    face,
    finish,
    guilloche,
    mrva,
    new_pdf,
    signature,
    stamp_round,
    td1,
    td3,
)

MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MON_FR = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]


def yymmdd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


def pp_date(iso, fr=False):
    y, m, d = iso.split("-")
    m = int(m) - 1
    if fr:
        return f"{d} {MON_FR[m]}/{MON[m]} {y}"
    return f"{d} {MON[m]} {y}"


PASS_STYLES = {
    "BDI": {
        "head": ["RÉPUBLIQUE DU BURUNDI", "REPUBLIC OF BURUNDI"],
        "labels": ["Type", "Code du pays/Country code", "N° du passeport/Passport No.",
                "Nom/Surname", "Prénoms/Given names", "Nationalité/Nationality",
                "Date de naissance/Date of birth", "Sexe/Sex", "Lieu de naissance/Place of birth",
                "Date de délivrance/Date of issue", "Date d'expiration/Date of expiry",
                "Autorité/Authority"],
        "tint": (0.8, 0.9, 0.8), "nat": "BURUNDAISE/BURUNDIAN", "font": "Sans", "fr": False},
    "CUB": {
        "head": ["REPÚBLICA DE CUBA", "PASAPORTE / PASSPORT"],
        "labels": ["Tipo/Type", "Código/Code", "Pasaporte No./Passport No.",
                "Apellidos/Surname", "Nombres/Given names", "Nacionalidad/Nationality",
                "Fecha de nacimiento/Date of birth", "Sexo/Sex",
                "Lugar de nacimiento/Place of birth", "Fecha de expedición/Date of issue",
                "Fecha de vencimiento/Date of expiry", "Autoridad/Authority"],
        "tint": (0.82, 0.85, 0.93), "nat": "CUBANA/CUBAN", "font": "Lib", "fr": False},
    "THA": {
        "head": ["ราชอาณาจักรไทย", "KINGDOM OF THAILAND   หนังสือเดินทาง PASSPORT"],
        "labels": ["ประเภท/Type", "รหัสประเทศ/Country Code", "หนังสือเดินทางเลขที่/Passport No.",
                "ชื่อสกุล/Surname", "ชื่อตัว/Name", "สัญชาติ/Nationality",
                "วันเกิด/Date of birth", "เพศ/Sex", "สถานที่เกิด/Place of birth",
                "วันออกหนังสือ/Date of issue", "วันหมดอายุ/Date of expiry",
                "ผู้ออกหนังสือ/Authority"],
        "tint": (0.92, 0.85, 0.9), "nat": "THAI", "font": "Thai", "fr": False},
    "ALB": {
        "head": ["REPUBLIKA E SHQIPËRISË", "REPUBLIC OF ALBANIA   PASAPORTË / PASSPORT"],
        "labels": ["Tipi/Type", "Kodi/Code", "Nr. i pasaportës/Passport No.",
                "Mbiemri/Surname", "Emri/Given names", "Shtetësia/Nationality",
                "Datëlindja/Date of birth", "Gjinia/Sex", "Vendlindja/Place of birth",
                "Data e lëshimit/Date of issue", "Data e skadimit/Date of expiry",
                "Autoriteti/Authority"],
        "tint": (0.93, 0.85, 0.82), "nat": "SHQIPTARE/ALBANIAN", "font": "Open", "fr": False},
    "FRA": {
        "head": ["RÉPUBLIQUE FRANÇAISE", "PASSEPORT / PASSPORT"],
        "labels": ["Type/Type", "Code du pays/Country code", "Passeport n°/Passport No.",
                "1. Nom/Surname", "2. Prénoms/Given names", "3. Nationalité/Nationality",
                "4. Date de naissance/Date of birth", "6. Sexe/Sex",
                "5. Lieu de naissance/Place of birth", "8. Date de délivrance/Date of issue",
                "9. Date d'expiration/Date of expiry", "10. Autorité/Authority"],
        "tint": (0.85, 0.82, 0.92), "nat": "Française", "font": "Lib", "fr": True},
}  # fmt: skip


def passport(p, rng, skin=(0.45, 0.3, 0.22)):
    """Data page (TD3, 125 x 88 mm). Returns (pdf bytes, mrz lines)."""
    st = PASS_STYLES[p["code"]]
    W, H = 125 * MM, 88 * MM
    c, buf = new_pdf((W, H))
    c.setFillColorRGB(0.97, 0.96, 0.93)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    guilloche(c, 0, 18 * MM, W, H - 18 * MM, rng, st["tint"])
    f, fb = st["font"], st["font"] + ("B" if st["font"] in ("Sans", "Lib", "Open", "Thai") else "")
    c.setFillColorRGB(0.15, 0.15, 0.3)
    c.setFont(fb, 8.5)
    c.drawCentredString(W / 2 + 10 * MM, H - 6 * MM, st["head"][0])
    c.setFont(f, 6.5)
    c.drawCentredString(W / 2 + 10 * MM, H - 10 * MM, st["head"][1])
    face(c, 5 * MM, 24 * MM, 32 * MM, 42 * MM, rng, skin=skin)
    fr = st["fr"]
    vals = ["P", p["code"], p["number"], p["surname"], p["given"], st["nat"],
            pp_date(p["dob"], fr), p["sex"], p["pob"], pp_date(p["issued"], fr),
            pp_date(p["expiry"], fr), p["authority"]]  # fmt: skip
    pos = [(41, 70), (58, 70), (88, 70), (41, 62), (41, 54), (41, 46), (41, 38), (88, 38),
           (41, 30), (41, 22), (88, 22), (88, 30)]  # fmt: skip
    for lab, val, (x, y) in zip(st["labels"], vals, pos):
        c.setFillColorRGB(0.3, 0.3, 0.45)
        c.setFont(f, 4.6)
        c.drawString(x * MM, (y + 2.6) * MM, lab)
        c.setFillColorRGB(0.05, 0.05, 0.1)
        c.setFont("SansB" if f != "Thai" else "Sans", 7.2)
        c.drawString(x * MM, (y - 0.6) * MM, val.upper() if p["code"] != "THA" or True else val)
    signature(c, 90 * MM, 45 * MM, 26 * MM, 6 * MM, rng, ink=(0.1, 0.1, 0.15))
    mrz = td3(p["code"], p["mrz_surname"], p["mrz_given"], p["number"], p["code"],
              yymmdd(p["dob"]), p["sex"], yymmdd(p["expiry"]), p.get("personal", ""))  # fmt: skip
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, W, 17 * MM, stroke=0, fill=1)
    c.setFillColorRGB(0.05, 0.05, 0.08)
    c.setFont("Mono", 10.3)
    c.drawString(4 * MM, 10 * MM, mrz[0])
    c.drawString(4 * MM, 4 * MM, mrz[1])
    c.showPage()
    return finish(c, buf), mrz


def visa_vlsts(v, rng):
    """French long-stay visa sticker on a passport page (MRV-A). Returns (pdf, mrz)."""
    W, H = 125 * MM, 88 * MM
    c, buf = new_pdf((W, H))
    c.setFillColorRGB(0.96, 0.95, 0.92)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    guilloche(c, 0, 0, W, H, rng, (0.85, 0.85, 0.8), 14)
    sx, sy, sw, sh = 3 * MM, 3 * MM, 119 * MM, 80 * MM
    c.setFillColorRGB(0.93, 0.9, 0.95)
    c.roundRect(sx, sy, sw, sh, 2 * MM, stroke=0, fill=1)
    guilloche(c, sx, sy + 20 * MM, sw, sh - 20 * MM, rng, (0.78, 0.72, 0.88), 30)
    face(c, sx + 3 * MM, sy + 36 * MM, 26 * MM, 33 * MM, rng, skin=v["skin"])
    c.setFillColorRGB(0.2, 0.15, 0.4)
    c.setFont("SansB", 11)
    c.drawString(sx + 34 * MM, sy + sh - 7 * MM, "VISA")
    c.setFillColorRGB(0.75, 0.1, 0.1)
    c.setFont("MonoB", 10)
    c.drawRightString(sx + sw - 3 * MM, sy + sh - 7 * MM, "FRA" + v["number"])
    rows = [
        ("VALABLE POUR / VALID FOR", "FRANCE", 0),
        ("DU / FROM", v["from"], 0), ("AU / UNTIL", v["until"], 38),
        ("TYPE DE VISA / TYPE OF VISA", "D", 0), ("DURÉE DU SÉJOUR", v["days"] + " JOURS", 38),
        ("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT", 0),
        ("DÉLIVRÉ À / ISSUED IN", v["place"], 0), ("LE / ON", v["on"], 38),
        ("NUMÉRO DE PASSEPORT / PASSPORT NUMBER", v["passport"], 0),
        ("NOM, PRÉNOM / SURNAME, NAME", v["name"], 0),
    ]  # fmt: skip
    y = sy + sh - 13 * MM
    for lab, val, dx in rows:
        x = sx + 34 * MM + dx * MM
        c.setFillColorRGB(0.35, 0.3, 0.5)
        c.setFont("Sans", 4.2)
        c.drawString(x, y + 2.8 * MM, lab)
        c.setFillColorRGB(0.05, 0.05, 0.1)
        c.setFont("MonoB", 7.2)
        c.drawString(x, y, val)
        if (
            dx == 0
            and lab not in ("DU / FROM", "TYPE DE VISA / TYPE OF VISA", "DÉLIVRÉ À / ISSUED IN")
            or dx
        ):
            y -= 5.4 * MM
    c.setFillColorRGB(0.35, 0.3, 0.5)
    c.setFont("Sans", 4.2)
    c.drawString(sx + 3 * MM, sy + 29 * MM, "REMARQUES / REMARKS")
    c.setFillColorRGB(0.05, 0.05, 0.1)
    c.setFont("MonoB", 6.8)
    for i, ln in enumerate(v["remarks"]):
        c.drawString(sx + 3 * MM, sy + (25.5 - 3.3 * i) * MM, ln)
    mrz = mrva("FRA", v["mrz_surname"], v["mrz_given"], v["number"], v["nat"],
               yymmdd(v["dob"]), v["sex"], yymmdd(v["until_iso"]))  # fmt: skip
    mrz = ["VD" + mrz[0][2:], mrz[1]]
    c.setFillColorRGB(0.98, 0.98, 0.98)
    c.rect(sx, sy, sw, 14 * MM, stroke=0, fill=1)
    c.setFillColorRGB(0.05, 0.05, 0.08)
    c.setFont("Mono", 10)
    c.drawString(sx + 2 * MM, sy + 8 * MM, mrz[0])
    c.drawString(sx + 2 * MM, sy + 2.5 * MM, mrz[1])
    stamp_round(c, 102 * MM, 30 * MM, 10 * MM, "AMBASSADE DE FRANCE " + v["stamp"],
                ["VISAS", v["on"]], rng, (0.3, 0.25, 0.6))  # fmt: skip
    c.showPage()
    return finish(c, buf), mrz


def card_frame(c, W, H, rng, tint):
    c.setFillColorRGB(*tint)
    c.roundRect(0, 0, W, H, 3 * MM, stroke=0, fill=1)
    guilloche(c, 0, 0, W, H, rng, [min(1, t * 0.9) for t in tint], 20)


def titre_sejour(t, rng):
    """Titre de séjour (ID-1, 2020 model): front and back, TD1 MRZ 'IR'. Returns (pdfs, mrz)."""
    W, H = 85.6 * MM, 54 * MM
    c, buf = new_pdf((W, H))
    card_frame(c, W, H, rng, (0.88, 0.92, 0.96))
    c.setFillColorRGB(0.1, 0.2, 0.5)
    c.setFont("SansB", 6.2)
    c.drawString(4 * MM, H - 5 * MM, "RÉPUBLIQUE FRANÇAISE")
    c.setFont("SansB", 7.5)
    c.drawString(4 * MM, H - 9 * MM, "TITRE DE SÉJOUR")
    c.setFont("Sans", 4.5)
    c.drawString(4 * MM, H - 11.6 * MM, "RESIDENCE PERMIT")
    c.setFillColorRGB(0.7, 0.05, 0.05)
    c.setFont("MonoB", 7.5)
    c.drawRightString(W - 4 * MM, H - 6 * MM, t["number"])
    face(c, 4 * MM, 6 * MM, 21 * MM, 27 * MM, rng, skin=t["skin"])
    rows = [("NOM / Surname", t["surname"]), ("Prénoms / Given names", t["given"]),
            ("SEXE / Sex", t["sex"]), ("NATIONALITÉ / Nationality", t["nat"]),
            ("DATE DE NAISS. / Date of birth", t["dob"]),
            ("TYPE DE TITRE / Type of permit", t["kind"]),
            ("REMARQUES / Remarks", t["remarks"]),
            ("VALIDITÉ / Date of expiry", t["expiry"])]  # fmt: skip
    y = H - 16 * MM
    for lab, val in rows:
        c.setFillColorRGB(0.3, 0.35, 0.5)
        c.setFont("Sans", 3.6)
        c.drawString(28 * MM, y + 2.1 * MM, lab)
        c.setFillColorRGB(0.05, 0.05, 0.1)
        c.setFont("SansB", 5.6)
        c.drawString(28 * MM, y, val)
        y -= 4.8 * MM
    c.showPage()
    front = finish(c, buf)
    c, buf = new_pdf((W, H))
    card_frame(c, W, H, rng, (0.9, 0.93, 0.95))
    rows = [("LIEU DE NAISSANCE / Place of birth", t["pob"]),
            ("ADRESSE / Address", t["address"]),
            ("DATE DE DÉLIVRANCE / Date of issue", t["issued"]),
            ("DÉLIVRÉ PAR / Issued by", t["authority"]),
            ("N° ÉTRANGER", t["agdref"])]  # fmt: skip
    y = H - 7 * MM
    for lab, val in rows:
        c.setFillColorRGB(0.3, 0.35, 0.5)
        c.setFont("Sans", 3.6)
        c.drawString(4 * MM, y + 2.1 * MM, lab)
        c.setFillColorRGB(0.05, 0.05, 0.1)
        c.setFont("SansB", 5.4)
        c.drawString(4 * MM, y, val)
        y -= 5 * MM
    mrz = td1("IR", "FRA", t["number"], yymmdd(t["dob_iso"]), t["sex"],
              yymmdd(t["expiry_iso"]), t["nat"], t["mrz_surname"], t["mrz_given"],
              opt1=t["agdref"])  # fmt: skip
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, W, 17 * MM, stroke=0, fill=1)
    c.setFillColorRGB(0.05, 0.05, 0.08)
    c.setFont("Mono", 9.3)
    for i, ln in enumerate(mrz):
        c.drawString(3.5 * MM, (12 - 4.6 * i) * MM, ln)
    c.showPage()
    return [front, finish(c, buf)], mrz


def cni_fr(t, rng):
    """French identity card (2021 model), front and back, TD1 'ID'."""
    W, H = 85.6 * MM, 54 * MM
    c, buf = new_pdf((W, H))
    card_frame(c, W, H, rng, (0.93, 0.9, 0.94))
    c.setFillColorRGB(0.1, 0.15, 0.45)
    c.setFont("SansB", 5.6)
    c.drawString(4 * MM, H - 5 * MM, "RÉPUBLIQUE FRANÇAISE")
    c.setFont("SansB", 6.2)
    c.drawRightString(W - 4 * MM, H - 5 * MM, "CARTE NATIONALE D'IDENTITÉ")
    c.setFont("Sans", 4.2)
    c.drawRightString(W - 4 * MM, H - 7.5 * MM, "IDENTITY CARD")
    face(c, 4 * MM, 8 * MM, 22 * MM, 28 * MM, rng, skin=(0.85, 0.7, 0.6), hair=(0.4, 0.3, 0.2))
    rows = [("Nº DU DOCUMENT / Document No", t["number"]), ("NOM / Surname", t["surname"]),
            ("Prénoms / Given names", t["given"]),
            ("SEXE / Sex   NATIONALITÉ / Nationality", t["sex"] + "        FRA"),
            ("DATE DE NAISS. / Date of birth", t["dob"]),
            ("LIEU DE NAISSANCE / Place of birth", t["pob"]),
            ("DATE D'EXPIR. / Expiry date", t["expiry"])]  # fmt: skip
    y = H - 13 * MM
    for lab, val in rows:
        c.setFillColorRGB(0.35, 0.3, 0.5)
        c.setFont("Sans", 3.5)
        c.drawString(29 * MM, y + 2.1 * MM, lab)
        c.setFillColorRGB(0.05, 0.05, 0.1)
        c.setFont("SansB", 5.5)
        c.drawString(29 * MM, y, val)
        y -= 5 * MM
    signature(c, 60 * MM, 3 * MM, 20 * MM, 5 * MM, rng, ink=(0.1, 0.1, 0.1))
    c.showPage()
    front = finish(c, buf)
    c, buf = new_pdf((W, H))
    card_frame(c, W, H, rng, (0.93, 0.91, 0.95))
    c.setFont("Sans", 3.6)
    c.setFillColorRGB(0.35, 0.3, 0.5)
    c.drawString(4 * MM, H - 6 * MM, "ADRESSE / Address")
    c.drawString(4 * MM, H - 16 * MM, "DATE DE DÉLIVRANCE / Date of issue")
    c.setFillColorRGB(0.05, 0.05, 0.1)
    c.setFont("SansB", 5.4)
    c.drawString(4 * MM, H - 8.4 * MM, t["addr1"])
    c.drawString(4 * MM, H - 11 * MM, t["addr2"])
    c.drawString(4 * MM, H - 18.4 * MM, t["issued"])
    mrz = td1("ID", "FRA", t["number"], yymmdd(t["dob_iso"]), t["sex"],
              yymmdd(t["expiry_iso"]), "FRA", t["mrz_surname"], t["mrz_given"])  # fmt: skip
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, W, 17 * MM, stroke=0, fill=1)
    c.setFillColorRGB(0.05, 0.05, 0.08)
    c.setFont("Mono", 9.3)
    for i, ln in enumerate(mrz):
        c.drawString(3.5 * MM, (12 - 4.6 * i) * MM, ln)
    c.showPage()
    return [front, finish(c, buf)], mrz


def apostille(a, rng):
    """Hague Convention model apostille, 10 numbered items, on an A5-ish sheet."""
    W, H = 148 * MM, 190 * MM
    c, buf = new_pdf((W, H))
    c.setFillColorRGB(0.99, 0.98, 0.95)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setLineWidth(1.5)
    c.setStrokeColorRGB(0.2, 0.2, 0.2)
    c.rect(8 * MM, 8 * MM, W - 16 * MM, H - 16 * MM)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("SerifB", 20)
    c.drawCentredString(W / 2, H - 25 * MM, "APOSTILLE")
    c.setFont("SerifI", 8.5)
    c.drawCentredString(W / 2, H - 31 * MM, a["subtitle"])
    lab, vals = a["labels"], a["values"]
    y = H - 44 * MM
    for i in range(8):
        if i in (1, 4):
            c.setFont("SerifB", 9)
            c.drawString(14 * MM if i == 1 else W / 2 - 14 * MM, y, lab[8 + (i == 4)])
            y -= 7 * MM
        c.setFont("Serif", 8.5)
        t = f"{i + 1}. {lab[i]}"
        x2 = 16 * MM + c.stringWidth(t, "Serif", 8.5)
        c.drawString(14 * MM, y, t)
        c.setFont("Courier", 9)
        c.drawString(x2, y, vals[i])
        c.setDash(1, 2)
        c.setLineWidth(0.4)
        c.line(x2, y - 1.2, W - 14 * MM, y - 1.2)
        c.setDash()
        y -= 8 * MM
    c.setFont("Serif", 8.5)
    c.drawString(14 * MM, y - 2 * MM, "9. " + lab[10])
    c.drawString(W / 2 + 6 * MM, y - 2 * MM, "10. " + lab[11])
    stamp_round(c, 40 * MM, y - 25 * MM, 15 * MM, a["stamp"], a["stamp_c"], rng, (0.2, 0.2, 0.6))
    signature(c, W / 2 + 10 * MM, y - 30 * MM, 40 * MM, 11 * MM, rng)
    c.setFont("Serif", 8)
    c.drawString(W / 2 + 10 * MM, y - 36 * MM, vals[6].split(",")[0])
    c.showPage()
    return finish(c, buf)


APO_FR = ["Pays :", "a été signé par", "agissant en qualité de", "est revêtu du sceau/timbre de",
          "à", "le", "par", "sous n°", "Le présent acte public", "Attesté", "Sceau/timbre :",
          "Signature :"]  # fmt: skip
APO_SQ = ["Shteti / Country:", "është nënshkruar nga / has been signed by",
          "në cilësinë e / acting in the capacity of", "mban vulën e / bears the seal of",
          "në / at", "më / the", "nga / by", "nr. / No", "Ky dokument zyrtar / This public document",
          "Vërtetohet / Certified", "Vula / Seal:", "Nënshkrimi / Signature:"]  # fmt: skip
