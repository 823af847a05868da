"""Identity and civil-status layouts: passports, visa sticker, cards, birth certificates."""

from bb_ids import mrva, td1, td3
from bb_render import Page

MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def dmy(iso, sep="/"):
    return sep.join([iso[8:10], iso[5:7], iso[0:4]])


def words_fr(iso):
    d = int(iso[8:10])
    return f"{'1er' if d == 1 else d} {MONTHS_FR[int(iso[5:7]) - 1]} {iso[:4]}"


def d_mon_y(iso):
    return f"{iso[8:10]} {MON3[int(iso[5:7]) - 1]} {iso[:4]}"


LABELS_DEFAULT = dict(
    type="Type / Type",
    code="Code / Code",
    no="N° / No.",
    surname="Nom / Surname",
    given="Prénoms / Given names",
    nat="Nationalité / Nationality",
    sex="Sexe / Sex",
    dob="Date de naissance / Date of birth",
    pob="Lieu de naissance / Place of birth",
    issue="Date de délivrance / Date of issue",
    auth="Autorité / Authority",
    expiry="Date d'expiration / Date of expiry",
    full="Full name",
)
LABELS_TR = dict(
    type="Tipi / Type",
    code="Kodu / Code",
    no="Pasaport No / Passport No",
    surname="Soyadı / Surname",
    given="Adı / Given name(s)",
    nat="Uyruğu / Nationality",
    sex="Cinsiyeti / Sex",
    dob="Doğum tarihi / Date of birth",
    pob="Doğum yeri / Place of birth",
    issue="Veriliş tarihi / Date of issue",
    auth="Makam / Authority",
    expiry="Geçerlilik tarihi / Date of expiry",
)
LABELS_BR = dict(
    type="TIPO / TYPE",
    code="PAÍS / COUNTRY",
    no="PASSAPORTE Nº / PASSPORT No.",
    surname="SOBRENOME / SURNAME",
    given="NOME / GIVEN NAMES",
    nat="NACIONALIDADE / NATIONALITY",
    sex="SEXO / SEX",
    dob="DATA DE NASCIMENTO / DATE OF BIRTH",
    pob="NATURALIDADE / PLACE OF BIRTH",
    issue="DATA DE EXPEDIÇÃO / DATE OF ISSUE",
    auth="AUTORIDADE / AUTHORITY",
    expiry="VÁLIDO ATÉ / DATE OF EXPIRY",
)
LABELS_VN = dict(
    type="Loại / Type",
    code="Mã số / Code",
    no="Số hộ chiếu / Passport N°",
    full="Họ và tên / Full name",
    nat="Quốc tịch / Nationality",
    sex="Giới tính / Sex",
    dob="Ngày sinh / Date of birth",
    pob="Nơi sinh / Place of birth",
    issue="Ngày cấp / Date of issue",
    auth="Cơ quan cấp / Authority",
    expiry="Có giá trị đến / Date of expiry",
)

PASS_STYLE = {
    "DZA": dict(
        bg="#e8efe2",
        accent="#1d6b3a",
        title="RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
        sub="PASSEPORT / PASSPORT",
        font="serif",
        datefmt="dmy",
    ),
    "TUR": dict(
        bg="#f3e9ea",
        accent="#8c1c2b",
        title="TÜRKİYE CUMHURİYETİ / REPUBLIC OF TÜRKİYE",
        sub="PASAPORT / PASSPORT / PASSEPORT",
        font="sans",
        datefmt="mon",
        labels=LABELS_TR,
    ),
    "BRA": dict(
        bg="#e9eef6",
        accent="#1f3f87",
        title="REPÚBLICA FEDERATIVA DO BRASIL",
        sub="PASSAPORTE / PASSPORT / PASSEPORT",
        font="arial",
        datefmt="mon",
        labels=LABELS_BR,
    ),
    "VNM": dict(
        bg="#f5efe0",
        accent="#7a2a14",
        title="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        sub="HỘ CHIẾU / PASSPORT",
        font="cond",
        datefmt="dmy",
        labels=LABELS_VN,
    ),
}


def passport(p):
    """p: dict with surname, given, number, nat, dob, sex, issue, expiry, pob, authority."""
    st = PASS_STYLE[p["nat"]]
    pg = Page(125, 88, bg=st["bg"])
    a, f = st["accent"], st["font"]
    for i in range(0, 125, 6):
        pg.line(i, 0, i + 30, 60, color="#dfe3d8" if p["nat"] == "DZA" else "#e6dfe6", lw=0.15)
    pg.text(62.5, 7, st["title"], 6.5, f + "b" if f != "cond" else "condb", a, "c")
    pg.text(62.5, 12, st["sub"], 6, f, a, "c")
    pg.photo(5, 17, 30, 38, seed=p["number"])
    date = (lambda s: dmy(s, ".")) if st["datefmt"] == "dmy" else d_mon_y
    lb = dict(LABELS_DEFAULT, **st.get("labels", {}))
    rows = [
        (lb["type"], "P", lb["code"], p["nat"], lb["no"], p["number"]),
        (lb["surname"], p["surname"]),
        (lb["given"], p["given"]),
        (lb["nat"], p["nat_label"]),
        (lb["dob"], date(p["dob"]), lb["sex"], p["sex"]),
        (lb["pob"], p["pob"]),
        (lb["issue"], date(p["issue"]), lb["auth"], p["authority"]),
        (lb["expiry"], date(p["expiry"])),
    ]
    if p.get("full_name_only"):
        rows[1:3] = [(lb["full"], p["surname"] + " " + p["given"])]
    y = 19
    for r in rows:
        pg.text(40, y, r[0], 4.3, f, "#444444")
        pg.text(40, y + 3.3, r[1], 7.5, "sansb" if f == "sans" else f, "#111111")
        if len(r) >= 4:
            pg.text(80, y, r[2], 4.3, f, "#444444")
            pg.text(80, y + 3.3, r[3], 7.5, f, "#111111")
        if len(r) == 6:
            pg.text(100, y, r[4], 4.3, f, "#444444")
            pg.text(100, y + 3.3, r[5], 8, "monob", "#8a1010")
        y += 6.2
    pg.signature(6, 57, 26, 6, seed=p["number"] + "sig", color="#222222")
    l1, l2 = td3(
        "P",
        p["nat"],
        p["surname_mrz"],
        p["given_mrz"],
        p["number"],
        p["nat"],
        p["dob"],
        p["sex"],
        p["expiry"],
        p.get("personal", ""),
    )
    pg.rect(0, 68, 125, 20, fill="#f7f7f2", stroke=None)
    pg.text(4, 76, l1, 10.2, "mono", "#000000")
    pg.text(4, 83, l2, 10.2, "mono", "#000000")
    fields = dict(
        surname=p["surname"],
        given_names=p["given"],
        document_number=p["number"],
        nationality=p["nat"],
        issuing_country=p["nat"],
        date_of_birth=p["dob"],
        sex=p["sex"],
        expiry_date=p["expiry"],
        mrz_valid=True,
    )
    return [pg], fields


def visa_sticker(v):
    """French long-stay visa (VLS-TS) sticker on a passport page (MRV-A)."""
    pg = Page(125, 88, bg="#f1f0ea")
    pg.rect(3, 3, 119, 82, fill="#e9eef0", stroke="#9fb2bf", lw=0.3)
    for i in range(0, 119, 4):
        pg.line(3 + i, 3, 3 + (i + 17) % 119, 85, color="#dfe5f0", lw=0.12)
    pg.photo(6, 20, 24, 30, seed=v["number"] + "v")
    pg.text(7, 10, "VISA", 13, "sansb", "#23325e")
    pg.text(118, 10, v["number_print"], 11, "monob", "#b01818", "r")
    lab, val = "#3b4a6b", "#111111"

    def cell(x, y, label, value, size=7):
        pg.text(x, y, label, 3.8, "sans", lab)
        pg.text(x, y + 3.4, value, size, "sansb", val)

    cell(34, 16, "VALABLE POUR / VALID FOR", "FRANCE")
    cell(34, 23, "DU / FROM", dmy(v["valid_from"], "-"))
    cell(62, 23, "AU / UNTIL", dmy(v["valid_until"], "-"))
    cell(95, 16, "TYPE DE VISA", "D")
    cell(34, 30, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT")
    cell(85, 30, "DURÉE DE SÉJOUR", f"{v['days']} JOURS")
    cell(34, 37, "DÉLIVRÉ À / ISSUED IN", v["place"])
    cell(85, 37, "LE / ON", dmy(v["issued"], "-"))
    cell(34, 44, "NUMÉRO DE PASSEPORT / PASSPORT NUMBER", v["passport"])
    cell(34, 51, "NOM, PRÉNOM / SURNAME, NAME", f"{v['surname']}, {v['given']}")
    pg.text(34, 58, "REMARQUES / REMARKS", 3.8, "sans", lab)
    pg.text(34, 61.5, v["remark1"], 6.5, "sansb", val)
    pg.text(34, 65, v["remark2"], 6.5, "sansb", val)
    l1, l2 = mrva(
        "FRA",
        v["surname_mrz"],
        v["given_mrz"],
        v["number"],
        v["nat"],
        v["dob"],
        v["sex"],
        v["valid_until"],
        v.get("opt", ""),
    )
    pg.text(5, 75, l1, 10.2, "mono")
    pg.text(5, 82, l2, 10.2, "mono")
    fields = dict(
        surname=v["surname"],
        given_names=v["given"],
        document_number=v["number"],
        nationality=v["nat"],
        issuing_country="FRA",
        date_of_birth=v["dob"],
        sex=v["sex"],
        expiry_date=v["valid_until"],
        mrz_valid=True,
        visa_type="D",
        vls_ts=True,
        category=v["category"],
        valid_from=v["valid_from"],
        valid_until=v["valid_until"],
    )
    return [pg], fields


def fr_card(c):
    """French ID-1 card: titre de séjour (IR) or new CNI (ID). Returns (front, back)."""
    front, back = Page(85.6, 54, bg="#eef0f4"), Page(85.6, 54, bg="#eef0f4")
    is_ts = c["kind"] == "IR"
    for pg in (front, back):
        pg.rect(0, 0, 85.6, 6, fill="#2a3f8f" if is_ts else "#3d6fb6", stroke=None)
        pg.text(3, 4.3, "RÉPUBLIQUE FRANÇAISE", 5.5, "sansb", "#ffffff")
    front.text(
        83,
        4.3,
        "TITRE DE SÉJOUR" if is_ts else "CARTE NATIONALE D'IDENTITÉ",
        5,
        "sansb",
        "#ffffff",
        "r",
    )
    front.photo(3, 10, 21, 27, seed=c["number"])
    x = 27

    def cell(y, lab, val, xx=x, size=6.3):
        front.text(xx, y, lab, 3.3, "sans", "#4b5570")
        front.text(xx, y + 2.9, val, size, "sansb", "#111111")

    if is_ts:
        front.text(x, 9.5, c["title"], 4.6, "sansb", "#2a3f8f")
        cell(12.5, "NOM / Surname", c["surname"])
        cell(18, "Prénoms / Given names", c["given"])
        cell(23.5, "Sexe", c["sex"], size=6)
        cell(23.5, "Nationalité", c["nat"], xx=40, size=6)
        cell(23.5, "Date de naissance", dmy(c["dob"], " "), xx=58, size=6)
        cell(29, "Fin de validité / Expiry", dmy(c["expiry"], " "))
        cell(29, "N° du document", c["number"], xx=60, size=6)
        cell(34.5, "Remarques", c["remark"], size=5)
    else:
        cell(9.5, "NOM / Surname", c["surname"])
        cell(15, "Prénoms / Given names", c["given"])
        cell(20.5, "SEXE / Sex", c["sex"], size=6)
        cell(20.5, "NATIONALITÉ", "FRA", xx=40, size=6)
        cell(20.5, "DATE DE NAISS.", dmy(c["dob"], " "), xx=58, size=6)
        cell(26, "LIEU DE NAISSANCE / Place of birth", c["pob"])
        cell(31.5, "N° DU DOCUMENT", c["number"])
        cell(31.5, "DATE D'EXPIR.", dmy(c["expiry"], " "), xx=60, size=6)
    front.signature(28, 40, 24, 7, seed=c["number"] + "s", color="#222222")
    front.code2d(66, 38, 14, seed=c["number"])
    back.text(4, 12, "Adresse / Address", 3.3, "sans", "#4b5570")
    back.text(4, 15, c["address1"], 5.6, "sansb")
    back.text(4, 18, c["address2"], 5.6, "sansb")
    back.text(4, 22, "Lieu de naissance : " + c["pob"], 4.8, "sans")
    back.text(4, 25.5, "Délivré le " + dmy(c["issued"], " ") + " par " + c["authority"], 4.8)
    if is_ts:
        back.text(4, 29, c.get("back_remark", ""), 4.6, "sans")
    l1, l2, l3 = td1(
        c["kind"],
        "FRA",
        c["number"],
        c["dob"],
        c["sex"],
        c["expiry"],
        c["nat"],
        c["surname_mrz"],
        c["given_mrz"],
        c.get("opt1", ""),
    )
    back.rect(0, 33, 85.6, 21, fill="#f6f6f2", stroke=None)
    for i, ln in enumerate((l1, l2, l3)):
        back.text(3.5, 39 + i * 5.5, ln, 8.6, "mono")
    fields = dict(
        surname=c["surname"],
        given_names=c["given"],
        document_number=c["number"],
        nationality=c["nat"],
        issuing_country="FRA",
        date_of_birth=c["dob"],
        sex=c["sex"],
        expiry_date=c["expiry"],
        mrz_valid=True,
    )
    return front, back, fields


def apostille(a):
    """Hague Convention model: 10 numbered items."""
    pg = Page(148, 210, bg="#fbfaf4")
    pg.rect(8, 8, 132, 194, stroke="#333333", lw=0.6)
    pg.text(74, 22, "APOSTILLE", 18, "serifb", "#111111", "c")
    pg.text(74, 30, "(Convention de La Haye du 5 octobre 1961)", 9, "serifi", "#111111", "c")
    if a.get("heading2"):
        pg.text(74, 36, a["heading2"], 8, "serif", "#333333", "c")
    items = [
        ("1. Pays / Country:", a["country_label"]),
        ("   Le présent acte public / This public document", ""),
        ("2. a été signé par / has been signed by", a["doc_signer"]),
        ("3. agissant en qualité de / acting in the capacity of", a["doc_capacity"]),
        ("4. est revêtu du sceau / timbre de / bears the seal / stamp of", a["doc_seal"]),
        ("   Attesté / Certified", ""),
        ("5. à / at", a["place"]),
        ("6. le / the", dmy(a["date"])),
        ("7. par / by", a["by"]),
        ("8. sous n° / No", a["number"]),
        ("9. Sceau / timbre :", ""),
        ("10. Signature :", a["signed_by"]),
    ]
    y = 48
    for lab, val in items:
        pg.text(14, y, lab, 8.2, "serif")
        if val:
            pg.text(22, y + 5, val, 8.6, "serifb")
            y += 5
        y += 8
    pg.stamp(45, 178, 13, ["APOSTILLE", a["stamp"]], color="#7a1f1f")
    pg.signature(80, 168, 40, 14, seed=a["number"], color="#1d2c6e")
    if a.get("qr"):
        pg.code2d(108, 40, 24, seed=a["number"], cells=25)
    fields = dict(
        country=a["country_iso"], issued_on=a["date"], number=a["number"], signed_by=a["signed_by"]
    )
    return [pg], fields


def translation(t):
    """Sworn translation into French with the translator's stamp."""
    f, fb, fi = (t.get("font", "serif"), t.get("font", "serif") + "b", t.get("font", "serif") + "i")
    pages = []
    for k, body in enumerate(t["pages"]):
        pg = Page()
        pg.text(20, 18, t["translator"], 9, fb)
        pg.lines(20, 23, t["translator_lines"], 8, f)
        pg.text(105, 42, "TRADUCTION", 13, fb, anchor="c")
        pg.text(105, 48, t["from_lang"], 9, fi, anchor="c")
        y = 60
        for ln in body:
            pg.text(22, y, ln, 9.5, f)
            y += 6
        if k == len(t["pages"]) - 1:
            y += 6
            pg.lines(22, y, t["certif"], 9, f)
            pg.stamp(60, y + 40, 17, t["stamp"], color="#1d3a8a")
            pg.signature(110, y + 28, 48, 16, seed=t["number"], color="#16206b")
        pg.text(
            105,
            287,
            f"Traduction n° {t['number']} - page {k + 1}/{len(t['pages'])}",
            7,
            f,
            anchor="c",
        )
        pages.append(pg)
    return pages, {}
