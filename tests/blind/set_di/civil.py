"""The cerfa 15763*02 form, birth certificates, apostille, legalisation and translation."""

from common import Page, signature, stamp, text_width_mm
from iddocs import dmy

BLUE = (0, 70, 140)
INK = (20, 35, 120)


def _hand_or_type(pg, x, y, s, fill, rng, hfont, ink=INK):
    if fill == "hand":
        return pg.hand(x, y, s, rng, font=hfont, size=12, color=ink)
    return pg.text(x, y, s, "lib", 10, (0, 0, 0))


def tick(pg, x, y, rng, size=4.0, ink=INK):
    m = 0.8
    a = [(x + m + rng.uniform(0, 0.2), y + m), (x + size - m, y + size - m - rng.uniform(0, 0.2))]
    b = [(x + size - m, y + m), (x + m, y + size - m)]
    pg.poly(a, color=ink, lw=0.4)
    pg.poly(b, color=ink, lw=0.4)


def form(f, rng):
    """f: surname, usage, given, sex, dob, pob, nat, addr, cp, city, phone, mail, situation,
    contract, job, other_text, place, date (ISO), fill ('hand'|'typed'), hfont, run (0|1)."""
    run = f.get("run", 0)
    lab_font = "lib" if run == 0 else "open"
    bold = "libb" if run == 0 else "openb"
    fill, hf = f["fill"], f.get("hfont", "hand1")
    ink = f.get("ink", INK)
    p1 = Page(210, 297)
    p1.text(15, 16, "l'Assurance", bold, 13, BLUE)
    p1.text(15, 22, "Maladie", bold, 13, BLUE)
    p1.rect(160, 9, 36, 13, stroke=(0, 0, 0), lw=0.3)
    p1.text(178, 14.5, "cerfa", "sansb", 8, (0, 0, 0), "c")
    p1.text(178, 19.5, "N° 15763*02", "sans", 7.5, (0, 0, 0), "c")
    p1.text(60, 16, "Demande d'ouverture des droits", bold, 13, (0, 0, 0))
    p1.text(60, 22, "à l'assurance maladie", bold, 13, (0, 0, 0))
    p1.text(60, 28, "Protection universelle maladie (PUMa)", lab_font, 9.5, BLUE)
    notice = [
        "Vous travaillez ou résidez en France de manière stable "
        "et régulière : complétez ce formulaire",
        "et joignez les pièces demandées. Écrivez en lettres "
        "capitales. Les informations recueillies sont",
        "destinées à l'ouverture de vos droits (loi n° 78-17 du 6 janvier 1978 modifiée).",
        "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-3 et D. "
        "160-2 du code de la sécurité sociale.",
    ]
    for i, s in enumerate(notice):
        p1.text(15, 36 + i * 3.6, s, lab_font, 6.8, (60, 60, 60))

    def bar(pg, y, letter, title):
        if run == 0:
            pg.rect(15, y, 180, 7, stroke=None, fill=BLUE)
            pg.text(18, y + 5, letter + "   " + title, bold, 10, (255, 255, 255))
        else:
            pg.text(15, y + 5, letter + " - " + title, bold, 11, BLUE)
            pg.line(15, y + 7.5, 195, y + 7.5, BLUE, 0.5)

    bar(p1, 53, "A", "VOUS")
    y = 64
    lx, vx = 15, 68

    def row(label, value, w=127, sub=None):
        nonlocal y
        p1.text(lx, y + 5, label, lab_font, 8.5)
        if sub:
            p1.text(lx, y + 8.6, sub, lab_font, 6, (90, 90, 90))
        p1.rect(vx, y, w, 7, stroke=(0, 0, 0), lw=0.2)
        if value:
            _hand_or_type(p1, vx + 2, y + 5.2, value, fill, rng, hf, ink)
        y += 10.5

    row("Nom de naissance", f["surname"], sub="(nom de famille)")
    row("Nom d'usage (facultatif)", f.get("usage") or "", sub="(nom d'épouse/d'époux)")
    row("Prénom(s)", f["given"])
    p1.text(lx, y + 5, "Sexe", lab_font, 8.5)
    for i, sx in enumerate(("F", "M")):
        bx = vx + i * 18
        p1.rect(bx, y + 1.5, 4, 4, stroke=(0, 0, 0), lw=0.2)
        p1.text(bx + 6, y + 5, sx, lab_font, 8.5)
        if f["sex"] == sx:
            tick(p1, bx, y + 1.5, rng, ink=ink)
    y += 9
    p1.text(lx, y + 5, "Date de naissance", lab_font, 8.5)
    p1.text(lx, y + 8.6, "(JJ MM AAAA)", lab_font, 6, (90, 90, 90))
    d = f["dob"][8:10] + f["dob"][5:7] + f["dob"][0:4]
    x = vx
    for i, ch in enumerate(d):
        p1.rect(x, y, 5, 7, stroke=(0, 0, 0), lw=0.2)
        _hand_or_type(p1, x + 1.3, y + 5.3, ch, fill, rng, hf, ink)
        x += 5 + (2.5 if i in (1, 3) else 0)
    y += 10.5
    row("Lieu de naissance", f["pob"], sub="(commune, pays)")
    row("Nationalité", f["nat"])
    p1.text(lx, y + 5, "N° de sécurité sociale", lab_font, 8.5)
    p1.text(lx, y + 8.6, "(si vous en avez un)", lab_font, 6, (90, 90, 90))
    for i in range(15):
        p1.rect(vx + i * 5 + (3 if i >= 13 else 0), y, 5, 7, stroke=(0, 0, 0), lw=0.2)
    y += 10.5
    row("N° d'allocataire CAF", "", w=60)
    row("Adresse", f["addr"])
    p1.text(lx, y + 5, "Code postal", lab_font, 8.5)
    for i, ch in enumerate(f["cp"]):
        p1.rect(vx + i * 5, y, 5, 7, stroke=(0, 0, 0), lw=0.2)
        _hand_or_type(p1, vx + i * 5 + 1.3, y + 5.3, ch, fill, rng, hf, ink)
    p1.text(vx + 30, y + 5, "Commune", lab_font, 8.5)
    cx = vx + 30 + text_width_mm("Commune", lab_font, 8.5) + 3
    p1.rect(cx, y, 195 - cx, 7, stroke=(0, 0, 0), lw=0.2)
    _hand_or_type(p1, cx + 2, y + 5.2, f["city"], fill, rng, hf, ink)
    y += 10.5
    row("Téléphone", f.get("phone", ""), w=60)
    row("Courriel", f.get("mail", ""))
    bar(p1, y + 2, "B", "VOTRE SITUATION")
    y += 14
    opts = [
        ("salarie", "Vous exercez une activité salariée en France"),
        ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            "Vous êtes sans activité et résidez en France de manière stable depuis plus de 3 mois",
        ),
        ("autre", "Autre situation (précisez) :"),
    ]
    for key, label in opts:
        p1.rect(lx, y, 4, 4, stroke=(0, 0, 0), lw=0.2)
        end = p1.text(lx + 6.5, y + 3.3, label, lab_font, 8.5)
        if f["situation"] == key:
            tick(p1, lx, y, rng, ink=ink)
        if key == "salarie":
            y += 6.5
            xx = lx + 6.5
            xx = p1.text(xx, y + 3.3, "Type de contrat :", lab_font, 8)
            for c in ("CDI", "CDD", "Intérim", "Autre"):
                bx = xx + 3
                p1.rect(bx, y, 4, 4, stroke=(0, 0, 0), lw=0.2)
                xx = p1.text(bx + 5.5, y + 3.3, c, lab_font, 8)
                if f["situation"] == key and f.get("contract") == c:
                    tick(p1, bx, y, rng, ink=ink)
            y += 6.5
            xx = p1.text(lx + 6.5, y + 3.3, "Emploi occupé :", lab_font, 8)
            p1.line(xx + 2, y + 4.5, 195, y + 4.5, (0, 0, 0), 0.15, dash=0.6)
            if f["situation"] == key and f.get("job"):
                if fill == "hand":
                    p1.hand(xx + 4, y + 3.2, f["job"], rng, font=hf, size=10, color=ink)
                else:
                    p1.text(xx + 4, y + 3.2, f["job"], "lib", 9)
        if key == "autre":
            p1.line(end + 2, y + 4.5, 195, y + 4.5, (0, 0, 0), 0.15, dash=0.6)
            if f["situation"] == key and f.get("other_text"):
                _hand_or_type(p1, end + 4, y + 3.2, f["other_text"], fill, rng, hf, ink)
        y += 7.5
    p1.text(15, 287, "S1106 — cerfa n° 15763*02 — page 1/2", lab_font, 6.5, (90, 90, 90))
    p1.check_overlaps("form p1")

    p2 = Page(210, 297)
    bar(p2, 15, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    cert = [
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et des",
        "pièces jointes. Je m'engage à signaler à ma caisse d'assurance maladie tout changement de",
        "situation. La loi punit quiconque se rend coupable de fraude ou de fausse déclaration",
        "(articles 313-1 à 313-3, 433-19, 441-1 et suivants du code pénal).",
    ]
    for i, s in enumerate(cert):
        p2.text(15, 30 + i * 4.6, s, lab_font, 8.5)
    y = 52
    xx = p2.text(15, y, "Fait à", lab_font, 9)
    p2.line(xx + 2, y + 1.2, 100, y + 1.2, (0, 0, 0), 0.15, dash=0.6)
    if fill == "hand":
        p2.hand(xx + 5, y - 0.4, f["place"], rng, font=hf, size=12, color=ink)
    else:
        p2.text(xx + 5, y - 0.4, f["place"], "lib", 10)
    xx = p2.text(105, y, "le", lab_font, 9)
    p2.line(xx + 2, y + 1.2, 160, y + 1.2, (0, 0, 0), 0.15, dash=0.6)
    if f.get("date"):
        p2.hand(xx + 5, y - 0.4, dmy(f["date"]), rng, font=hf, size=12, color=ink)
    p2.text(120, y + 10, "Signature", lab_font, 9)
    p2.rect(120, y + 13, 75, 28, stroke=(0, 0, 0), lw=0.3)
    if f.get("signed", True):
        signature(p2, 124, y + 17, 65, 20, rng, f["given"] + f["surname"], color=ink)
    bar(p2, 110, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    pieces = [
        "- la copie d'une pièce d'identité (passeport ou carte nationale d'identité) ;",
        "- pour les ressortissants hors UE/EEE/Suisse : titre de séjour, VLS-TS ou récépissé ;",
        "- la copie intégrale de l'acte de naissance ou un extrait avec filiation ;",
        "- un justificatif de résidence en France depuis plus "
        "de 3 mois (bail, factures, attestation",
        "  d'hébergement avec pièce d'identité et justificatif de domicile de l'hébergeant) ;",
        "- un relevé d'identité bancaire (RIB) à votre nom ;",
        "- si vous travaillez : contrat de travail ou dernier bulletin de salaire.",
    ]
    for i, s in enumerate(pieces):
        p2.text(15, 126 + i * 5, s, lab_font, 8.5)
    p2.rect(15, 175, 180, 32, stroke=(120, 120, 120), lw=0.3)
    p2.text(18, 181, "Cadre réservé à l'organisme", bold, 8.5, (90, 90, 90))
    p2.text(18, 189, "Date de réception :", lab_font, 8, (90, 90, 90))
    p2.text(18, 196, "Pièces vérifiées :", lab_font, 8, (90, 90, 90))
    p2.text(110, 196, "Matricule agent :", lab_font, 8, (90, 90, 90))
    p2.text(15, 287, "S1106 — cerfa n° 15763*02 — page 2/2", lab_font, 6.5, (90, 90, 90))
    p2.check_overlaps("form p2")
    return [p1, p2]


# ---------------------------------------------------------------- birth certificates
def _kv(pg, x, y, label, value, lf="sans", vf="sansb", ls=8.5, vs=9.5, gap=3.0, vx=None):
    end = pg.text(x, y, label, lf, ls, (40, 40, 40))
    pg.text(max(end + gap, vx or 0), y, value, vf, vs)


def egypt_birth(b, rng):
    """Egyptian computerised birth certificate (Civil Status Sector), Arabic, with the
    Foreign Ministry legalisation stamp on it (Egypt is not party to the Apostille Convention)."""
    pg = Page(210, 297, bg=(250, 248, 240))
    ar, arb = "amiri", "amirib"
    pg.text(195, 20, "جمهورية مصر العربية", arb, 14, (0, 0, 0), "r")
    pg.text(195, 28, "وزارة الداخلية", ar, 12, (0, 0, 0), "r")
    pg.text(195, 35, "قطاع الأحوال المدنية", ar, 12, (0, 0, 0), "r")
    pg.text(105, 52, "شهادة ميلاد", arb, 20, (0, 0, 0), "c")
    pg.text(15, 20, "رقم القيد: " + b["reg"], ar, 11, (0, 0, 0))
    rows = [
        ("اسم المولود", b["ar_name"]),
        ("النوع", "ذكر"),
        ("تاريخ الميلاد", b["ar_dob"]),
        ("محل الميلاد", b["ar_pob"]),
        ("الجنسية", "مصري"),
        ("اسم الأب", b["ar_father"]),
        ("ديانة الأب", "مسلم"),
        ("اسم الأم", b["ar_mother"]),
        ("الرقم القومي", b["nid"]),
    ]
    y = 70
    for lab, val in rows:
        pg.rect(110, y, 85, 11, stroke=(0, 0, 0), fill=(236, 236, 226), lw=0.3)
        pg.rect(20, y, 90, 11, stroke=(0, 0, 0), lw=0.3)
        pg.text(192, y + 7.8, lab, arb, 12, (0, 0, 0), "r")
        pg.text(107, y + 7.8, val, ar, 12, (0, 0, 0), "r")
        y += 11
    pg.text(195, y + 14, "تاريخ الإصدار: " + b["ar_issued"], ar, 11, (0, 0, 0), "r")
    pg.text(195, y + 22, "أمين السجل المدني", ar, 11, (0, 0, 0), "r")
    signature(pg, 150, y + 25, 40, 12, rng, "amin", color=(30, 30, 30))
    st = stamp(
        rng,
        ["ARAB REP. OF EGYPT", "MIN. FOREIGN AFFAIRS", "LEGALIZATION", b["leg_no"]],
        color=(120, 30, 120),
    )
    pg.group(st, 50, y + 40, 12)
    pg.text(
        20,
        y + 64,
        "Legalization No. " + b["leg_no"] + " — Cairo " + dmy(b["leg_date"]),
        "sans",
        8,
        (120, 30, 120),
    )
    pg.check_overlaps("egypt birth")
    return pg


def translation_fr(t, rng):
    """A sworn translation ("traduction certifiée conforme") into French."""
    pg = Page(210, 297)
    pg.text(20, 20, t["translator"], "timesb", 11)
    pg.text(20, 25, "Traducteur-interprète expert près la " + t["court"], "times", 9.5)
    pg.text(20, 30, t["translator_addr"], "times", 9.5)
    pg.text(105, 45, "TRADUCTION DE L'ARABE", "timesb", 12, (0, 0, 0), "c")
    pg.text(
        105, 52, "République Arabe d'Égypte — Ministère de l'Intérieur", "times", 10, (0, 0, 0), "c"
    )
    pg.text(105, 57, "Secteur de l'état civil", "times", 10, (0, 0, 0), "c")
    pg.text(105, 68, "ACTE DE NAISSANCE", "timesb", 14, (0, 0, 0), "c")
    pg.text(20, 78, "N° d'enregistrement : " + t["reg"], "times", 10)
    y = 90
    for lab, val in t["rows"]:
        _kv(pg, 20, y, lab + " :", val, "times", "timesb", 10.5, 10.5, vx=75)
        y += 8
    y += 6
    for s in t["extra"]:
        pg.text(20, y, s, "times", 10)
        y += 6
    y += 8
    pg.text(
        20, y, "Traduction certifiée conforme à l'original rédigé en langue arabe,", "times", 10
    )
    pg.text(20, y + 5.5, "qui m'a été présenté et que j'ai paraphé ne varietur.", "times", 10)
    pg.text(20, y + 14, "Fait à " + t["place"] + ", le " + t["date_fr"], "times", 10)
    pg.text(20, y + 19.5, "Traduction n° " + t["number"], "times", 10)
    signature(pg, 120, y + 26, 45, 14, rng, t["translator"], color=(20, 20, 60))
    st = stamp(
        rng,
        [t["translator"].upper(), "TRADUCTEUR EXPERT", t["court"].upper()],
        color=(30, 60, 150),
        r=19,
    )
    pg.group(st, 75, y + 36, -8)
    pg.check_overlaps("translation")
    return pg


def afghan_birth(b, rng):
    """Afghan birth certificate, Dari and English (Population Registration), with the MoFA
    consular legalisation stamp (Afghanistan is not party to the Apostille Convention)."""
    pg = Page(210, 297, bg=(246, 248, 244))
    pg.rect(10, 10, 190, 277, stroke=(30, 90, 60), lw=1.0)
    pg.text(20, 22, "Islamic Republic of Afghanistan", "sansb", 10.5, (30, 90, 60))
    pg.text(190, 23, "جمهوری اسلامی افغانستان", "amirib", 13, (30, 90, 60), "r")
    pg.text(
        20, 29, "Ministry of Interior Affairs — Population Registration Department", "sans", 8.5
    )
    pg.text(190, 31, "وزارت امور داخله — ریاست ثبت احوال نفوس", "amiri", 11, (0, 0, 0), "r")
    pg.text(105, 46, "BIRTH CERTIFICATE", "sansb", 15, (0, 0, 0), "c")
    pg.text(105, 55, "تصدیق تولد", "amirib", 16, (0, 0, 0), "c")
    pg.text(20, 65, "Certificate No.: " + b["no"], "sans", 9)
    y = 75
    for en, fa, val_en, val_fa in b["rows"]:
        pg.rect(15, y, 180, 12, stroke=(120, 140, 120), lw=0.25)
        pg.text(18, y + 5, en, "sans", 7.5, (70, 80, 70))
        pg.text(18, y + 10, val_en, "sansb", 9)
        pg.text(192, y + 6, fa, "amiri", 10, (70, 80, 70), "r")
        if val_fa:
            pg.text(120, y + 9, val_fa, "amirib", 11, (0, 0, 0), "r")
        y += 12
    pg.text(20, y + 12, "Date of issue: " + dmy(b["issued"]), "sans", 9)
    pg.text(20, y + 18, "Head of Population Registration, " + b["city_en"], "sans", 9)
    signature(pg, 22, y + 21, 45, 12, rng, "head", color=(20, 20, 20))
    st = stamp(
        rng,
        ["MINISTRY OF FOREIGN AFFAIRS", "CONSULAR DEPARTMENT", "LEGALIZED", b["leg_no"]],
        color=(30, 50, 140),
    )
    pg.group(st, 150, y + 28, -10)
    pg.text(
        110,
        y + 54,
        "Legalization " + b["leg_no"] + " of " + dmy(b["leg_date"]),
        "sans",
        7.5,
        (30, 50, 140),
    )
    pg.check_overlaps("afghan birth")
    return pg


def ecuador_birth(b, rng):
    """Ecuadorian 'partida íntegra de nacimiento' (Registro Civil), Spanish, no apostille."""
    pg = Page(216, 279)
    pg.text(108, 18, "REPÚBLICA DEL ECUADOR", "sansb", 12, (0, 0, 0), "c")
    pg.text(
        108,
        24,
        "DIRECCIÓN GENERAL DE REGISTRO CIVIL, IDENTIFICACIÓN Y CEDULACIÓN",
        "sans",
        8,
        (0, 0, 0),
        "c",
    )
    pg.text(108, 38, "PARTIDA ÍNTEGRA DE NACIMIENTO", "sansb", 13, (0, 0, 0), "c")
    pg.text(
        20,
        50,
        "Tomo: " + b["tomo"] + "   Página: " + b["pag"] + "   Acta: " + b["acta"],
        "courier",
        9,
    )
    y = 62
    for lab, val in b["rows"]:
        pg.text(20, y, lab, "courier", 9, (40, 40, 40))
        pg.text(85, y, val, "courier", 9.5)
        y += 7
    y += 6
    for s in b["text"]:
        pg.text(20, y, s, "courier", 8.5)
        y += 5
    pg.text(20, y + 10, "Quito, " + b["issued_words"], "courier", 9)
    pg.text(20, y + 15, "Certificado electrónico N° " + b["cert"], "courier", 8.5)
    signature(pg, 130, y + 8, 50, 13, rng, "registrador", color=(30, 30, 30))
    pg.text(130, y + 26, "Registrador Civil", "courier", 8.5)
    pg.check_overlaps("ecuador birth")
    return pg


def kosovo_birth(b, rng):
    """Kosovo 'Certifikatë e lindjes' (civil registry), Albanian / Serbian / English."""
    pg = Page(210, 297, bg=(248, 248, 252))
    pg.text(
        105,
        18,
        "REPUBLIKA E KOSOVËS / REPUBLIKA KOSOVO / REPUBLIC OF KOSOVO",
        "sansb",
        8.5,
        (20, 40, 110),
        "c",
    )
    pg.text(
        105,
        24,
        "Komuna " + b["municipality"] + " — Zyra e Gjendjes Civile",
        "sans",
        8.5,
        (0, 0, 0),
        "c",
    )
    pg.text(105, 38, "CERTIFIKATË E LINDJES", "sansb", 15, (0, 0, 0), "c")
    pg.text(
        105, 45, "Izvod iz matične knjige rođenih / Birth certificate", "sans", 8.5, (0, 0, 0), "c"
    )
    y = 58
    for lab, val in b["rows"]:
        pg.rect(15, y, 180, 11, stroke=(150, 150, 170), lw=0.25)
        pg.text(18, y + 4.2, lab, "cond", 6.5, (80, 80, 100))
        pg.text(18, y + 9.2, val, "sansb", 9)
        y += 11
    pg.text(18, y + 12, "Lëshuar më / Issued on: " + dmy(b["issued"], "."), "sans", 8.5)
    pg.text(18, y + 18, "Nr. " + b["no"], "sans", 8.5)
    pg.text(130, y + 12, "Zyrtari i gjendjes civile", "sans", 8.5)
    signature(pg, 130, y + 15, 45, 12, rng, "zyrtari", color=(20, 20, 80))
    st = stamp(
        rng,
        ["REPUBLIKA E KOSOVËS", "KOMUNA " + b["municipality"].upper(), "GJENDJA CIVILE"],
        color=(40, 60, 160),
    )
    pg.group(st, 60, y + 45, 6)
    pg.check_overlaps("kosovo birth")
    return pg


def apostille(a, rng):
    """Hague Convention model apostille, 10 numbered items."""
    pg = Page(210, 297)
    pg.rect(45, 20, 120, 162, stroke=(0, 0, 0), lw=0.6)
    pg.text(105, 32, "APOSTILLE", "serifb", 16, (0, 0, 0), "c")
    pg.text(105, 39, "(Convention de La Haye du 5 octobre 1961)", "serif", 7.5, (0, 0, 0), "c")
    items = [
        ("1. Shteti / Country:", a["country"]),
        ("   Ky dokument publik / This public document", ""),
        ("2. është nënshkruar nga / has been signed by", a["signer"]),
        ("3. në cilësinë e / acting in the capacity of", a["capacity"]),
        ("4. mban vulën e / bears the seal of", a["seal"]),
        ("   Vërtetuar / Certified", ""),
        ("5. në / at", a["at"]),
        ("6. më / the", dmy(a["date"], ".")),
        ("7. nga / by", a["by"]),
        ("8. Nr. / No.", a["number"]),
        ("9. Vula / Seal:", ""),
        ("10. Nënshkrimi / Signature:", ""),
    ]
    y = 52
    for lab, val in items:
        pg.text(50, y, lab, "serif", 7.2)
        if val:
            pg.text(50, y + 4.2, val, "serifb", 8.2)
            y += 4.5
        y += 6.2
    st = stamp(
        rng, ["REPUBLIKA E KOSOVËS", "MINISTRIA E PUNËVE TË JASHTME"], color=(40, 50, 150), r=15
    )
    pg.group(st, 135, y - 5, -5)
    signature(pg, 100, y - 2, 30, 10, rng, a["by"], color=(20, 20, 90))
    pg.check_overlaps("apostille")
    return pg
