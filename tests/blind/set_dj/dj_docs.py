"""Document layouts for set_dj. Each builder returns Page objects (mm, top-left origin)."""

from dj_lib import Page, photo_box, put_signature, spaced, stamp

BLUE_INK = (25, 40, 120)


def fr_date(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()


def fr_words(iso):
    y, m, d = iso.split("-")
    return f"{int(d)} {MOIS[int(m) - 1]} {y}"


# ---------------------------------------------------------------- Cerfa 15763 (S1106)
def cerfa_form(p, rng, hand, date, situation, job="", contract=""):
    pg = Page()
    pg.rect(12, 10, 186, 22, 0.4)
    pg.text(15, 17, "l'Assurance Maladie", 12, "sansb", (0, 84, 160))
    pg.text(195, 16, "cerfa", 9, "sansb", (0, 0, 0), "r")
    pg.text(195, 21, "N° 15763*02", 8, "sans", (0, 0, 0), "r")
    pg.text(105, 26, "Demande d'ouverture des droits à l'assurance maladie", 12, "sansb", align="c")
    pg.text(
        105,
        30.5,
        "Protection universelle maladie (Puma) - art. L.160-1 du Code de la sécurité sociale",
        6.5,
        "sans",
        (60, 60, 60),
        "c",
    )
    vf = rng.choice(["hand1", "hand2"]) if hand else "mono"
    vs = 13 if hand else 9.5
    ink = BLUE_INK if hand else (0, 0, 0)

    def val(x, y, s):
        if s:
            dx = rng.uniform(-0.6, 0.6) if hand else 0
            pg.text(x + dx, y, s, vs, vf, ink)

    y = 40
    pg.rect(12, y, 186, 7, 0, fill=(0, 84, 160))
    pg.text(15, y + 5, "A  -  VOUS CONCERNANT", 10, "sansb", (255, 255, 255))
    rows = [
        ("Nom de naissance", p["form_surname"]),
        ("Nom d'usage (facultatif)", p.get("usage", "")),
        ("Prénoms", p["form_given"]),
        ("Date de naissance (JJ/MM/AAAA)", fr_date(p["dob"])),
        ("Lieu de naissance (commune, pays)", p["pob_form"]),
        ("Nationalité", p["nat_fr"]),
        ("N° de sécurité sociale (si vous en avez un)", ""),
        ("N° d'allocataire CAF (si vous en avez un)", ""),
        ("Adresse", p["addr1"]),
        ("Code postal - Commune", p["addr2"]),
        ("Téléphone / courriel", p.get("phone", "")),
    ]
    y += 10
    for lab, v in rows:
        pg.text(14, y + 3.5, lab, 7.5, "sans", (40, 40, 40))
        pg.rect(80, y - 0.5, 118, 7.5, 0.25)
        val(82, y + 5.2, v)
        y += 9.5
    y += 3
    pg.rect(12, y, 186, 7, 0, fill=(0, 84, 160))
    pg.text(15, y + 5, "B  -  VOTRE SITUATION", 10, "sansb", (255, 255, 255))
    y += 11
    pg.text(14, y, "Cochez la case correspondant à votre situation actuelle :", 8, "sans")
    y += 5
    opts = [
        ("employed", "Salarié(e) - précisez l'emploi occupé et le type de contrat"),
        ("not_employed", "Sans activité professionnelle"),
        ("other", "Autre situation (précisez)"),
    ]
    for key, lab in opts:
        pg.rect(15, y, 4, 4, 0.3)
        pg.text(22, y + 3.3, lab, 8.5, "sans")
        if key == situation:
            pg.poly([(15.5, y + 2), (17, y + 3.7), (19.8, y - 0.6)], 0.6, ink)
        y += 7
        if key == "employed":
            pg.text(22, y + 3, "Emploi :", 7.5, "sans", (40, 40, 40))
            pg.rect(40, y - 1.5, 70, 6.5, 0.2)
            pg.text(115, y + 3, "Contrat :", 7.5, "sans", (40, 40, 40))
            pg.rect(130, y - 1.5, 68, 6.5, 0.2)
            if situation == "employed":
                val(42, y + 3.5, job)
                val(132, y + 3.5, contract)
            y += 8
    y += 4
    pg.rect(12, y, 186, 7, 0, fill=(0, 84, 160))
    pg.text(15, y + 5, "C  -  ENGAGEMENT ET SIGNATURE", 10, "sansb", (255, 255, 255))
    y += 11
    y = pg.wrap(
        14,
        y,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce "
        "formulaire et m'engage à signaler tout changement de situation. La loi punit "
        "quiconque se rend coupable de fraudes ou de fausses déclarations.",
        182,
        8,
    )
    y += 3
    pg.text(14, y + 4, "Fait le (JJ/MM/AAAA)", 7.5, "sans", (40, 40, 40))
    pg.rect(45, y, 45, 7.5, 0.25)
    if date:
        val(47, y + 5.7, fr_date(date))
    pg.text(100, y + 4, "Signature", 7.5, "sans", (40, 40, 40))
    pg.rect(118, y - 2, 80, 22, 0.25)
    put_signature(pg, rng, 128, y + 2, 42, 11, ink if hand else BLUE_INK)
    pg.text(
        105,
        287,
        "S1106  -  Joindre les pièces justificatives listées en page 2  -  "
        "à retourner à votre caisse d'assurance maladie",
        6.5,
        "sans",
        (90, 90, 90),
        "c",
    )
    return pg


# ---------------------------------------------------------------- identity documents
def passport_page(p, mrz, style):
    w, h = 125, 88
    pg = Page(w, h, style["bg"])
    pg.rect(0, 0, w, 9, 0, fill=style["band"])
    pg.text(3, 6, style["head"], 7.5, "sansb", (255, 255, 255))
    photo_box(pg, 4, 14, 30, 38)
    lab = (60, 60, 80)
    x = 38
    rows = [
        [
            ("Type / Type", "P", 0),
            ("Code / Code", p["cc"], 22),
            ("Passport No. / N° du passeport", p["pp_no"], 46),
        ],
        [(style["l_sur"], p["pp_sur"], 0)],
        [(style["l_giv"], p["pp_giv"], 0)],
        [("Nationality / Nationalité", p["nat_en"], 0)],
        [("Date of birth / Date de naissance", p["dob_pp"], 0), ("Sex / Sexe", p["sex"], 55)],
        [("Place of birth / Lieu de naissance", p["pob_pp"], 0)],
        [
            ("Date of issue / Date de délivrance", p["iss_pp"], 0),
            ("Date of expiry / Date d'expiration", p["exp_pp"], 44),
        ],
    ]
    y = 12
    for row in rows:
        for lb, v, dx in row:
            pg.text(x + dx, y, lb, 4.6, "sans", lab)
            pg.text(x + dx, y + 3.6, v, 7.5, "sansb")
        y += 7.6
    if style.get("extra"):
        pg.text(x, y, style["extra"][0], 4.6, "sans", lab)
        pg.text(x, y + 3.6, style["extra"][1], 7.5, "sansb")
    pg.rect(0, 68, w, 20, 0, fill=(250, 250, 246))
    for i, ln in enumerate(mrz):
        pg.text(4, 76 + i * 6.5, ln, 9.6, "mono")
    return pg


def id1_card(bg, band, title, sub):
    pg = Page(85.6, 54, bg)
    pg.rect(0, 0, 85.6, 7.5, 0, fill=band)
    pg.text(2.5, 3.5, title, 5.2, "sansb", (255, 255, 255))
    pg.text(2.5, 6.4, sub, 4.2, "sans", (255, 255, 255))
    return pg


def card_fields(pg, x, y, rows, lsz=3.6, vsz=6.2, step=5.6):
    for lb, v in rows:
        pg.text(x, y, lb, lsz, "sans", (70, 70, 90))
        pg.text(x, y + 2.6, v, vsz, "sansb")
        y += step
    return y


def card_back(bg, mrz, rows):
    pg = Page(85.6, 54, bg)
    card_fields(pg, 4, 5, rows, step=5.4)
    pg.rect(0, 34, 85.6, 20, 0, fill=(248, 248, 244))
    for i, ln in enumerate(mrz):
        pg.text(3, 39.5 + i * 5.2, ln, 7.9, "mono")
    return pg


def visa_sticker(p, v, mrz, rng):
    w, h = 120, 84
    pg = Page(w, h, (235, 226, 236))
    for i in range(0, 120, 3):
        pg.line(i, 0, i + 20, 84, 0.1, (215, 200, 222))
    pg.text(4, 7, "VISA", 12, "serifb", (60, 30, 90))
    pg.text(40, 6, "FRA", 9, "sansb", (60, 30, 90))
    pg.text(116, 6, v["no"], 10, "mono", (150, 20, 30), "r")
    photo_box(pg, 4, 12, 25, 32, (165, 160, 165))
    x = 33
    rows = [
        [("VALABLE POUR / VALID FOR", "FRANCE", 0)],
        [("DU / FROM", v["from_p"], 0), ("AU / UNTIL", v["until_p"], 34)],
        [
            ("TYPE DE VISA / TYPE OF VISA", "D", 0),
            ("NOMBRE D'ENTRÉES", "MULT", 34),
            ("DURÉE DE SÉJOUR", v["days"], 60),
        ],
        [
            ("DÉLIVRÉ À / ISSUED IN", v["place"], 0),
            ("LE / ON", v["on_p"], 34),
            ("N° DU PASSEPORT", p["pp_no"], 56),
        ],
        [("NOM, PRÉNOM / SURNAME, NAME", p["pp_sur"] + ", " + p["pp_giv"], 0)],
        [("REMARQUES / REMARKS", v["remarks"][0], 0)],
    ]
    y = 12
    for row in rows:
        for lb, val, dx in row:
            pg.text(x + dx, y, lb, 3.9, "sans", (80, 60, 90))
            pg.text(x + dx, y + 3.3, val, 6.6, "sansb")
        y += 7.6
    pg.text(x, y - 1.2, v["remarks"][1], 6.6, "sansb")
    stamp(pg, 18, 52, 7, ["CONSULAT", "GÉNÉRAL", v["place"][:9]], (110, 40, 120))
    pg.rect(0, 62, w, 22, 0, fill=(242, 236, 242))
    for i, ln in enumerate(mrz):
        pg.text(3, 70 + i * 7, ln, 9.2, "mono")
    return pg


# ---------------------------------------------------------------- apostille (Hague model)
def apostille(country, items, rng, lang_extra=None, font="serif"):
    pg = Page()
    pg.rect(30, 30, 150, 165, 0.8)
    pg.text(105, 46, "APOSTILLE", 20, font + "b", align="c")
    pg.text(105, 53, "(Convention de La Haye du 5 octobre 1961)", 9, font, align="c")
    if lang_extra:
        pg.text(105, 58, lang_extra, 8, font, (60, 60, 60), "c")
    pg.text(38, 68, "1. Country / Pays : " + country, 10, font)
    pg.text(38, 77, "This public document / Le présent acte public", 9, font + "b")
    labels = [
        "2. has been signed by / a été signé par",
        "3. acting in the capacity of / agissant en qualité de",
        "4. bears the seal/stamp of / est revêtu du sceau/timbre de",
    ]
    y = 86
    for lab, v in zip(labels, items[:3]):
        pg.text(38, y, lab, 8.5, font, (50, 50, 50))
        pg.text(44, y + 5.5, v, 10, font + "b")
        y += 14
    pg.text(38, y, "Certified / Attesté", 9, font + "b")
    y += 8
    labels2 = ["5. at / à", "6. the / le", "7. by / par", "8. N° / sous n°"]
    for lab, v in zip(labels2, items[3:7]):
        pg.text(38, y, lab, 8.5, font, (50, 50, 50))
        pg.text(80, y, v, 10, font + "b")
        y += 8
    pg.text(38, y + 2, "9. Seal/stamp / Sceau/timbre", 8.5, font, (50, 50, 50))
    pg.text(110, y + 2, "10. Signature", 8.5, font, (50, 50, 50))
    stamp(pg, 60, y + 22, 13, items[7], (40, 50, 150))
    put_signature(pg, rng, 112, y + 10, 44, 12)
    pg.text(112, y + 30, items[6], 7.5, font, (50, 50, 50))
    return pg


# ---------------------------------------------------------------- RIB / bills helpers
def rib_page(bank, holder, addr, iban, bic, bank_code, branch, acct, key, dom, rng):
    pg = Page()
    pg.rect(15, 15, 180, 16, 0, fill=bank["color"])
    pg.text(20, 26, bank["name"], 15, bank["font"] + "b", (255, 255, 255))
    pg.text(105, 44, "RELEVÉ D'IDENTITÉ BANCAIRE", 13, bank["font"] + "b", align="c")
    pg.text(
        105,
        50,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs",
        7.5,
        bank["font"],
        (80, 80, 80),
        "c",
    )
    pg.text(20, 62, "Titulaire du compte", 8, bank["font"], (90, 90, 90))
    pg.text(20, 68, holder, 11, bank["font"] + "b")
    pg.text(20, 73.5, addr[0], 9.5, bank["font"])
    pg.text(20, 78.5, addr[1], 9.5, bank["font"])
    pg.text(120, 62, "Domiciliation", 8, bank["font"], (90, 90, 90))
    for i, d in enumerate(dom):
        pg.text(120, 68 + i * 5, d, 9.5, bank["font"])
    y = 92
    cols = [
        ("Code banque", bank_code, 20),
        ("Code guichet", branch, 52),
        ("N° de compte", acct, 86),
        ("Clé RIB", key, 140),
    ]
    for lab, v, x in cols:
        pg.text(x, y, lab, 8, bank["font"], (90, 90, 90))
        pg.text(x, y + 7, v, 11, "mono")
    pg.rect(17, y + 12, 176, 26, 0.3)
    pg.text(20, y + 18, "IBAN (International Bank Account Number)", 8, bank["font"], (90, 90, 90))
    pg.text(20, y + 25, spaced(iban), 12, "mono")
    pg.text(20, y + 31, "BIC (Bank Identifier Code)", 8, bank["font"], (90, 90, 90))
    pg.text(20, y + 36.5, bic, 11, "mono")
    return pg


def bill_header(pg, prov, color, font, right):
    pg.rect(0, 0, 210, 4, 0, fill=color)
    pg.text(15, 20, prov, 20, font + "b", color)
    for i, r in enumerate(right):
        pg.text(195, 14 + i * 4.5, r, 8, font, (60, 60, 60), "r")


def address_block(pg, x, y, lines, font="sans", size=10):
    for i, ln in enumerate(lines):
        pg.text(x, y + i * 5, ln, size, font)


def amount_table(pg, x, y, rows, font="sans", w=180):
    pg.line(x, y, x + w, y, 0.4)
    y += 6
    for lab, v in rows:
        pg.text(x + 2, y, lab, 9, font)
        pg.text(x + w - 2, y, v, 9, font, align="r")
        y += 5.5
    pg.line(x, y - 3, x + w, y - 3, 0.3, (150, 150, 150))
    return y


def eur(v):
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"
