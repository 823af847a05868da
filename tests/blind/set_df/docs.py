"""Checksums and document layouts (each builder returns a list of Doc pages)."""

from render import Doc, signature

MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTHS = MONTHS.split()


# ---------------------------------------------------------------- checksums
def mrz_cd(s):
    w = [7, 3, 1]
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        tot += v * w[i % 3]
    return str(tot % 10)


def ymd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


def mrz_name(surname, given, n):
    s = surname.replace("-", "<").replace(" ", "<").replace("'", "")
    g = given.replace("-", "<").replace(" ", "<")
    return (s + "<<" + g + "<" * n)[:n]


def td3(doc_type, country, surname, given, number, nat, dob, sex, exp, opt=""):
    assert len(number) <= 9
    l1 = (doc_type + "<")[:2] + country + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    optf = (opt + "<" * 14)[:14]
    a = num + mrz_cd(num) + nat + ymd(dob) + mrz_cd(ymd(dob)) + sex + ymd(exp) + mrz_cd(ymd(exp))
    b = optf + mrz_cd(optf)
    comp = num + mrz_cd(num) + ymd(dob) + mrz_cd(ymd(dob)) + ymd(exp) + mrz_cd(ymd(exp)) + b
    l2 = a + b + mrz_cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def mrva(country, surname, given, number, nat, dob, sex, exp):
    assert len(number) <= 9
    l1 = "V<" + country + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    l2 = num + mrz_cd(num) + nat + ymd(dob) + mrz_cd(ymd(dob)) + sex + ymd(exp) + mrz_cd(ymd(exp))
    l2 = (l2 + "<" * 44)[:44]
    assert len(l1) == 44
    return [l1, l2]


def td1(country, surname, given, number, nat, dob, sex, exp, doc="IR"):
    assert len(number) <= 9
    num = (number + "<" * 9)[:9]
    l1 = (doc + country + num + mrz_cd(num) + "<" * 15)[:30]
    l2 = ymd(dob) + mrz_cd(ymd(dob)) + sex + ymd(exp) + mrz_cd(ymd(exp)) + nat
    l2 = (l2 + "<" * 30)[:29]
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    l3 = mrz_name(surname, given, 30)
    return [l1, l2, l3]


def check_mrz_lines(lines):
    """Re-verify the check digits of TD3 / TD1 / MRV-A lines (independent parse)."""
    if len(lines) == 3:
        l1, l2 = lines[0], lines[1]
        ok = mrz_cd(l1[5:14]) == l1[14] and mrz_cd(l2[0:6]) == l2[6]
        ok = ok and mrz_cd(l2[8:14]) == l2[14]
        return ok and mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]
    l2 = lines[1]
    ok = mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19] and mrz_cd(l2[21:27]) == l2[27]
    if lines[0][0] == "P":
        ok = ok and mrz_cd(l2[28:42]) == l2[42]
        ok = ok and mrz_cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]
    return ok


def _num(s):
    tr = {c: str(v) for v, c in zip([1, 2, 3, 4, 5, 6, 7, 8, 9] * 3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
    tr.update({"S": "2", "T": "3", "U": "4", "V": "5", "W": "6", "X": "7", "Y": "8", "Z": "9"})
    return "".join(tr.get(c, c) for c in s)


def rib_key(bank, branch, acct):
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(_num(acct))) % 97:02d}"


def iban_fr(bank, branch, acct, key):
    bban = bank + branch + acct + key
    conv = "".join(str(int(c, 36)) for c in bban + "FR00")
    return f"FR{98 - int(conv) % 97:02d}" + bban


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def fmt_iban(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def fr_date(iso):
    return iso[8:10] + "/" + iso[5:7] + "/" + iso[0:4]


def words_date(iso):
    return f"{int(iso[8:10])} {MONTHS[int(iso[5:7]) - 1]} {iso[0:4]}"


# ---------------------------------------------------------------- layouts
def photo(d, x, y, w, h):
    d.rect(x, y, w, h, stroke=None, fill=(214, 218, 222))
    d.ell(x + w * 0.3, y + h * 0.15, w * 0.4, h * 0.42, (150, 125, 105))
    d.ell(x + w * 0.12, y + h * 0.6, w * 0.76, h * 0.4, (70, 75, 90))


def passport_page(p, bg=(236, 240, 232), tint=(40, 70, 60), cjk=None):
    """ICAO TD3 data page 125x88 mm. p: dict of the holder's data."""
    d = Doc(125, 88, bg)
    d.rect(0, 0, 125, 9, stroke=None, fill=tint)
    d.t(4, 6.2, p["header"], "sansb", 8, (255, 255, 255))
    photo(d, 5, 13, 32, 40)
    L = (70, 70, 70)
    rows = [
        ("Type / Type", p["type"], 41, 15),
        ("Code / Code", p["country"], 60, 15),
        (p["num_label"], p["number"], 85, 15),
        (p["sur_label"], p["surname_print"], 41, 23),
        (p["giv_label"], p["given_print"], 41, 31),
        (p["nat_label"], p["nat_print"], 41, 39),
        (p["dob_label"], p["dob_print"], 41, 47),
        ("Sexe / Sex", p["sex"], 90, 47),
        (p["pob_label"], p["pob"], 41, 55),
        (p["iss_label"], p["issue_print"], 41, 63),
        (p["exp_label"], p["exp_print"], 85, 63),
    ]
    for lab, val, x, y in rows:
        d.t(x, y, lab, "sans", 5.2, L)
        d.t(x, y + 4.2, val, "sansb", 8.2)
    if cjk:
        for x, y, s in cjk:
            d.t(x, y, s, "cjk", 5.2, L)
    signature_y = 62
    d.t(5, signature_y - 2, "Signature", "sans", 5, L)
    d.mrz_y = 74
    for i, ln in enumerate(p["mrz"]):
        d.t(4, 76 + i * 6, ln, "mono", 9.6)
    return d


def card_td1(front_rows, mrz, title, bg=(222, 232, 240), w=85.6, h=54):
    f = Doc(w, h, bg)
    f.rect(0, 0, w, 7.5, stroke=None, fill=(0, 35, 110))
    f.t(3, 5.2, title, "sansb", 6.3, (255, 255, 255))
    photo(f, 3, 11, 22, 28)
    for lab, val, x, y in front_rows:
        f.t(x, y, lab, "sans", 4.4, (70, 70, 70))
        f.t(x, y + 3.4, val, "sansb", 6.4)
    b = Doc(w, h, bg)
    for i, ln in enumerate(mrz):
        b.t(3.2, 36 + i * 5.6, ln, "mono", 8.4)
    return f, b


def header_block(d, lines, x, y, font="sans", size=9.5, step=4.6, color=(0, 0, 0)):
    for i, s in enumerate(lines):
        d.t(x, y + i * step, s, font, size, color)
    return y + len(lines) * step


def table(d, x, y, cols, rows, widths, font="sans", size=8.5, head_fill=(230, 230, 230), rh=6.5):
    d.rect(x, y, sum(widths), rh, stroke=(120, 120, 120), fill=head_fill, lw=0.2)
    cx = x
    for c, w in zip(cols, widths):
        d.t(cx + 1.5, y + rh - 2, c, font + "b" if font + "b" in _B else font, size)
        cx += w
    yy = y + rh
    for r in rows:
        cx = x
        for i, (c, w) in enumerate(zip(r, widths)):
            if i == len(r) - 1:
                d.t(cx + w - 1.5, yy + rh - 2, c, font, size, align="r")
            else:
                d.t(cx + 1.5, yy + rh - 2, c, font, size)
            cx += w
        yy += rh
        d.line(x, yy, x + sum(widths), yy, 0.15, (170, 170, 170))
    return yy


_B = {"sansb", "serifb", "latob", "robb", "openb", "carlb", "dvb", "monob"}


def form_s1106(f, rng, hand=True):
    """Cerfa 15763 (S1106) page 1, filled by hand or on a computer."""
    d = Doc()
    vf, vs, vc = ("hand", 13, (20, 30, 120)) if hand else ("mono", 10.5, (0, 0, 0))
    d.rect(12, 10, 24, 14, lw=0.4)
    d.t(24, 16, "cerfa", "sansb", 9, align="c")
    d.t(24, 21, "N° 15763*02", "sans", 6.5, align="c")
    d.t(44, 14, "Demande d'ouverture des droits", "sansb", 13)
    d.t(44, 20, "à l'assurance maladie", "sansb", 13)
    d.t(44, 25.5, "Protection universelle maladie — articles L.160-1 et R.111-3 du CSS", "sans", 7)
    d.t(198, 14, "l'Assurance", "sansb", 8, (0, 80, 160), "r")
    d.t(198, 18, "Maladie", "sansb", 8, (0, 80, 160), "r")
    d.t(198, 26, "S1106", "sans", 7, align="r")
    y = 34
    d.rect(12, y, 186, 6.5, stroke=None, fill=(0, 80, 160))
    d.t(14, y + 4.7, "A — VOTRE IDENTITÉ", "sansb", 9, (255, 255, 255))
    y += 9
    d.box(12, y, 120, 12, "Nom de naissance (en majuscules)", f["surname"], vf, vs, vcolor=vc)
    d.box(134, y, 64, 12, "Nom d'usage (facultatif)", f.get("usage", ""), vf, vs, vcolor=vc)
    y += 14
    d.box(12, y, 186, 12, "Prénoms (dans l'ordre de l'état civil)", f["given"], vf, vs, vcolor=vc)
    y += 14
    d.box(12, y, 50, 12, "Date de naissance (jj/mm/aaaa)", f["dob"], vf, vs, vcolor=vc)
    d.box(64, y, 84, 12, "Lieu de naissance (ville, pays)", f["pob"], vf, vs, vcolor=vc)
    d.box(150, y, 48, 12, "Nationalité", f["nat"], vf, vs, vcolor=vc)
    y += 14
    d.box(12, y, 186, 12, "Adresse", f["addr"], vf, vs - 1, vcolor=vc)
    y += 14
    d.box(12, y, 92, 12, "N° de sécurité sociale (si vous en avez un)", "", vf, vs)
    d.box(106, y, 92, 12, "N° d'allocataire CAF (le cas échéant)", "", vf, vs)
    y += 18
    d.rect(12, y, 186, 6.5, stroke=None, fill=(0, 80, 160))
    d.t(14, y + 4.7, "B — VOTRE SITUATION", "sansb", 9, (255, 255, 255))
    y += 11
    opts = [
        ("employed", "Vous exercez une activité salariée"),
        ("none", "Vous êtes sans activité"),
        ("other", "Autre situation (précisez)"),
    ]
    for key, lab in opts:
        d.rect(14, y - 3.5, 4, 4, lw=0.3)
        if f["situation"] == key:
            if hand:
                d.poly([(14.6, y - 1.6), (15.9, y), (18.6, y - 4.6)], 0.5, vc)
            else:
                d.t(14.9, y - 0.2, "X", "sansb", 10)
        d.t(21, y, lab, "sans", 9)
        y += 7
    d.box(12, y, 100, 12, "Profession / emploi occupé", f.get("job", ""), vf, vs, vcolor=vc)
    d.box(
        114,
        y,
        84,
        12,
        "Type de contrat (CDI, CDD, intérim...)",
        f.get("contract", ""),
        vf,
        vs,
        vcolor=vc,
    )
    y += 14
    d.box(12, y, 186, 12, "Précisions (autre situation)", f.get("other", ""), vf, vs, vcolor=vc)
    y += 20
    d.rect(12, y, 186, 6.5, stroke=None, fill=(0, 80, 160))
    d.t(14, y + 4.7, "C — DATE ET SIGNATURE", "sansb", 9, (255, 255, 255))
    y += 11
    d.t(
        14,
        y,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
        "sans",
        8.5,
    )
    y += 5
    d.box(12, y, 80, 12, "Fait à", f["place"], vf, vs, vcolor=vc)
    d.box(94, y, 50, 12, "Le (jj/mm/aaaa)", f["signed_on"], vf, vs, vcolor=vc)
    d.rect(146, y, 52, 26, lw=0.25)
    d.t(147.5, y + 2.9, "Signature", "sans", 6.5, (60, 60, 60))
    if f["signed"]:
        signature(d, 152, y + 16, rng)
    d.t(
        12,
        284,
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux "
        "fichiers et aux libertés s'applique aux réponses faites sur ce formulaire.",
        "sans",
        6,
    )
    d.t(198, 290, "S1106 — 1/2", "sans", 6.5, align="r")
    return [d]


def rib_page(r, style):
    """A bank's RIB page (A4, RIB block in the upper part)."""
    d = Doc()
    fb, fr, col = style
    d.rect(15, 15, 180, 16, stroke=None, fill=col)
    d.t(20, 26, r["bank"], fb, 15, (255, 255, 255))
    d.t(15, 45, "RELEVÉ D'IDENTITÉ BANCAIRE", fb, 13)
    d.t(
        15,
        51,
        "Ce relevé est destiné à être remis à vos créanciers ou débiteurs.",
        fr,
        8.5,
        (80, 80, 80),
    )
    d.rect(15, 58, 180, 78, lw=0.3)
    d.t(20, 65, "Titulaire du compte", fr, 7.5, (90, 90, 90))
    header_block(d, r["holder_lines"], 20, 71, fb, 10.5, 5)
    d.t(120, 65, "Domiciliation", fr, 7.5, (90, 90, 90))
    header_block(d, r["agency_lines"], 120, 71, fr, 9, 4.6)
    y = 95
    heads = [
        ("Code banque", r["bk"], 20),
        ("Code guichet", r["br"], 50),
        ("N° de compte", r["acct"], 82),
        ("Clé RIB", r["key"], 130),
    ]
    for lab, val, x in heads:
        d.t(x, y, lab, fr, 7.5, (90, 90, 90))
        d.t(x, y + 6, val, "mono", 11)
    d.t(20, y + 17, "IBAN (International Bank Account Number)", fr, 7.5, (90, 90, 90))
    d.t(20, y + 23.5, fmt_iban(r["iban"]), "monob", 11.5)
    d.t(150, y + 17, "BIC", fr, 7.5, (90, 90, 90))
    d.t(150, y + 23.5, r["bic"], "monob", 11.5)
    d.t(15, 145, r.get("foot", "Document édité le " + r["edited"]), fr, 7.5, (100, 100, 100))
    return [d]


def pp_labels(p):
    p.update(
        {
            "num_label": "N° du passeport / Passport No.",
            "sur_label": "Nom / Surname",
            "giv_label": "Prénoms / Given names",
            "nat_label": "Nationalité / Nationality",
            "dob_label": "Date de naissance / Date of birth",
            "pob_label": "Lieu de naissance / Place of birth",
            "iss_label": "Date de délivrance / Date of issue",
            "exp_label": "Date d'expiration / Date of expiry",
        }
    )
    return p
