"""The application form (cerfa 15763*02, S1106): two print runs and three fill ways."""

from __future__ import annotations

from common import Page, sign

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (indépendant) en France"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        (
            "Vous êtes sans activité professionnelle et résidez en France de "
            "manière stable et régulière depuis plus de trois mois"
        ),
    ),
    ("autre", "Autre situation (précisez) :"),
]
CONTRACTS = ["CDI", "CDD", "Intérim", "Autre"]


def layout(run):
    """Return (page1, page2, slots). slots: name -> (page, kind, x, y, w, h, n)."""
    f, fb = ("lib", "libb") if run == 1 else ("open", "openb")
    bar = (0, 84, 150) if run == 1 else (60, 60, 60)
    cw = 5.0 if run == 1 else 4.4
    s = {}
    p1 = Page()
    p1.text(15, 16, "l'Assurance", fb, 13, bar)
    p1.text(15, 21.5, "Maladie", fb, 13, bar)
    p1.rect(168, 10, 28, 14, stroke=(0, 0, 0), lw=0.3)
    p1.text(182, 15.5, "cerfa", fb, 9, align="c")
    p1.text(182, 21, "N° 15763*02", f, 7, align="c")
    p1.text(105, 34, "Demande d'ouverture des droits à l'assurance maladie", fb, 13, align="c")
    p1.text(105, 40, "Protection universelle maladie (PUMa)", f, 10, align="c")
    p1.para(
        15,
        46,
        180,
        "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-2 et D. 160-2 du code "
        "de la sécurité sociale. Ce formulaire vous permet de demander la prise en charge "
        "de vos frais de santé si vous travaillez ou résidez en France de manière stable "
        "et régulière. Remplissez-le en lettres capitales et joignez les pièces demandées "
        "(voir page 2).",
        f,
        7,
    )

    def section(pg, y, title):
        if run == 1:
            pg.rect(15, y, 180, 6.5, stroke=None, fill=bar)
            pg.text(17, y + 4.7, title, fb, 9.5, (255, 255, 255))
        else:
            pg.text(15, y + 4.7, title, fb, 10.5, bar)
            pg.line(15, y + 6.5, 195, y + 6.5, 0.5, bar)
        return y + 12

    y = section(p1, 60, "A  VOUS")

    def field(name, label, y, x=15, w=180, comb=0, lab_above=run == 2):
        if lab_above:
            p1.text(x, y, label, f, 7.5, (50, 50, 50))
            y += 1.5
            fx = x
        else:
            p1.text(x, y + 4.5, label, f, 8)
            fx = x + 52
        if comb:
            p1.comb(fx, y, comb, cw, 6)
            s[name] = (0, "comb", fx, y, cw * comb, 6, comb)
        else:
            if run == 1:
                for k in range(int((x + w - fx) / 1.6)):
                    p1.line(fx + k * 1.6, y + 5.5, fx + k * 1.6 + 0.5, y + 5.5, 0.2)
            else:
                p1.rect(fx, y, x + w - fx, 6.5, stroke=(120, 120, 120), lw=0.2)
            s[name] = (0, "text", fx, y, x + w - fx, 6.5, 0)
        return y + (9 if run == 1 else 10)

    y = field("nom", "Nom de naissance", y, comb=26 if run == 1 else 0)
    y = field("nom_usage", "Nom d'usage (facultatif)", y)
    y = field("prenoms", "Prénom(s)", y)
    p1.text(15, y + 4.5, "Sexe", f, 8)
    p1.check(40, y + 1.5)
    p1.text(45, y + 4.3, "F", f, 8)
    p1.check(55, y + 1.5)
    p1.text(60, y + 4.3, "M", f, 8)
    s["sexe_F"] = (0, "check", 40, y + 1.5, 3.2, 3.2, 0)
    s["sexe_M"] = (0, "check", 55, y + 1.5, 3.2, 3.2, 0)
    p1.text(85, y + 4.5, "Date de naissance", f, 8)
    dx = 118
    for name, n in [("jj", 2), ("mm", 2), ("aaaa", 4)]:
        p1.comb(dx, y, n, cw, 6)
        s["dob_" + name] = (0, "comb", dx, y, cw * n, 6, n)
        p1.text(dx + cw * n / 2, y + 9, name.upper(), f, 5.5, (110, 110, 110), "c")
        dx += cw * n + 4
    y += 12
    y = field("lieu", "Lieu de naissance (commune, pays)", y)
    y = field("nationalite", "Nationalité", y)
    p1.text(15, y + 4.5, "N° de sécurité sociale (si vous en avez un)", f, 8)
    p1.comb(85, y, 13, cw * 0.85, 6)
    p1.comb(85 + 13 * cw * 0.85 + 3, y, 2, cw * 0.85, 6)
    s["nir"] = (0, "comb", 85, y, 13 * cw * 0.85, 6, 13)
    s["nir_key"] = (0, "comb", 85 + 13 * cw * 0.85 + 3, y, 2 * cw * 0.85, 6, 2)
    y += 10
    y = field("numcaf", "N° d'allocataire CAF (si vous en avez un)", y, w=120)
    y = field("adresse", "Adresse", y)
    p1.text(15, y + 4.5, "Code postal", f, 8)
    p1.comb(40, y, 5, cw, 6)
    s["cp"] = (0, "comb", 40, y, cw * 5, 6, 5)
    p1.text(75, y + 4.5, "Commune", f, 8)
    p1.rect(92, y, 103, 6.5, stroke=(120, 120, 120), lw=0.2)
    s["commune"] = (0, "text", 92, y, 103, 6.5, 0)
    y += 10
    p1.text(15, y + 4.5, "Téléphone", f, 8)
    p1.rect(35, y, 50, 6.5, stroke=(120, 120, 120), lw=0.2)
    s["tel"] = (0, "text", 35, y, 50, 6.5, 0)
    p1.text(90, y + 4.5, "Courriel", f, 8)
    p1.rect(105, y, 90, 6.5, stroke=(120, 120, 120), lw=0.2)
    s["email"] = (0, "text", 105, y, 90, 6.5, 0)
    y += 14
    y = section(p1, y, "B  VOTRE SITUATION")
    for key, label in SITUATIONS:
        p1.check(17, y - 2.8)
        s["sit_" + key] = (0, "check", 17, y - 2.8, 3.2, 3.2, 0)
        yy = p1.para(23, y, 170, label, f, 8.5)
        if key == "salarie":
            p1.text(28, yy + 1, "Type de contrat :", f, 8)
            cx = 55
            for c in CONTRACTS:
                p1.check(cx, yy - 1.8)
                s["ctr_" + c] = (0, "check", cx, yy - 1.8, 3.2, 3.2, 0)
                p1.text(cx + 5, yy + 1, c, f, 8)
                cx += 22
            yy += 6
            p1.text(28, yy + 1, "Profession / emploi :", f, 8)
            p1.rect(60, yy - 3.5, 135, 6, stroke=(150, 150, 150), lw=0.2)
            s["profession"] = (0, "text", 60, yy - 3.5, 135, 6, 0)
            yy += 5
        if key == "autre":
            p1.line(70, y + 0.5, 195, y + 0.5, 0.2, (120, 120, 120))
            s["autre_txt"] = (0, "text", 70, y - 4.5, 125, 5.5, 0)
        y = yy + 2.5
    p1.text(195, 290, "S1106 — cerfa n° 15763*02 — page 1/2", f, 6.5, (90, 90, 90), "r")

    p2 = Page()
    y = section(p2, 15, "C  VOS ENGAGEMENTS ET SIGNATURE")
    y = p2.para(
        15,
        y,
        180,
        "Je certifie sur l'honneur l'exactitude des renseignements "
        "portés sur ce formulaire et je m'engage à signaler à ma caisse tout "
        "changement dans ma situation. La loi punit quiconque se rend coupable de "
        "fraudes ou de fausses déclarations (articles 313-1, 313-3, 433-19, 441-1 et "
        "441-7 du code pénal).",
        f,
        8.5,
    )
    y += 6
    p2.text(15, y, "Fait à", f, 9)
    p2.line(27, y + 1, 100, y + 1, 0.2)
    s["fait_a"] = (1, "text", 28, y - 4.5, 70, 6, 0)
    p2.text(105, y, "le", f, 9)
    p2.line(110, y + 1, 160, y + 1, 0.2)
    s["le"] = (1, "text", 111, y - 4.5, 48, 6, 0)
    y += 6
    if run == 1:
        p2.text(110, y + 3, "Signature", fb, 8)
        p2.rect(110, y + 5, 80, 30, lw=0.3)
    else:
        p2.rect(110, y, 80, 30, lw=0.3)
        p2.text(150, y + 17, "Signature", f, 14, (215, 215, 215), "c")
    s["signature"] = (1, "sig", 112, y + 6, 76, 27, 0)
    y += 44
    y = section(p2, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    for ln in [
        "- une copie de votre pièce d'identité (passeport, carte nationale d'identité) ;",
        "- si vous êtes étranger hors UE/EEE/Suisse : titre de séjour, VLS-TS ou récépissé ;",
        (
            "- une copie intégrale de votre acte de naissance (avec apostille ou légalisation si "
            "nécessaire) ;"
        ),
        (
            "- un justificatif de résidence en France depuis plus de trois mois (bail, trois "
            "factures successives, attestation d'hébergement...) ;"
        ),
        "- un relevé d'identité bancaire (RIB) à votre nom ;",
        "- si vous travaillez : contrat de travail ou dernier bulletin de salaire.",
    ]:
        y = p2.para(17, y, 176, ln, f, 8.5) + 1
    y += 8
    p2.rect(15, y, 180, 30, stroke=(120, 120, 120), fill=(242, 242, 242))
    p2.text(18, y + 5, "Cadre réservé à l'organisme", fb, 8.5)
    p2.text(18, y + 13, "Date de réception : ....../....../..........", f, 8)
    p2.text(18, y + 20, "Pièces vérifiées :   oui  /  non", f, 8)
    p2.text(110, y + 13, "Matricule agent : ..................", f, 8)
    p2.text(195, 290, "S1106 — cerfa n° 15763*02 — page 2/2", f, 6.5, (90, 90, 90), "r")
    return p1, p2, s


def values(a):
    """Map applicant data to slot values."""
    v = {
        "nom": a["surname"],
        "nom_usage": a.get("usage", ""),
        "prenoms": a["given"],
        "sexe_" + a["sex"]: True,
        "dob_jj": a["dob"][8:10],
        "dob_mm": a["dob"][5:7],
        "dob_aaaa": a["dob"][:4],
        "lieu": a["pob"],
        "nationalite": a["nationality"],
        "adresse": a["street"],
        "cp": a["cp"],
        "commune": a["city"],
        "tel": a["tel"],
        "email": a["email"],
        "sit_" + a["situation"]: True,
        "fait_a": a["fait_a"],
        "le": a["date_text"],
    }
    if a.get("nir"):
        v["nir"], v["nir_key"] = a["nir"][:13], a["nir"][13:]
    if a["situation"] == "salarie":
        v["ctr_" + a["contract"]] = True
        v["profession"] = a["job"]
    return v


def fill(pages, slots, vals, way, name, rng, hand_font="hand2"):
    """Draw values on the pages (hand or typed); signature always by hand."""
    ink = (20, 30, 110) if rng.random() < 0.6 else (15, 15, 15)
    for key, val in vals.items():
        pg, kind, x, y, w, h, n = slots[key]
        page = pages[pg]
        sd = rng.randrange(1 << 20)
        if kind == "check" and val:
            if way == "hand":
                page.poly([(x + 0.3, y + 0.4), (x + 2.9, y + 3.0)], 0.4, ink)
                page.poly([(x + 2.9, y + 0.3), (x + 0.4, y + 3.0)], 0.4, ink)
            else:
                page.text(x + 1.6, y + 2.8, "X", "sansb", 9, (0, 0, 0), "c")
        elif kind == "comb":
            sval = str(val).upper() if way == "hand" else str(val)
            cwid = w / n
            for i, ch in enumerate(sval[:n]):
                if way == "hand":
                    page.hand(
                        x + i * cwid + cwid * 0.22, y + h - 1.2, ch, hand_font, 12, ink, seed=sd + i
                    )
                else:
                    page.text(x + i * cwid + cwid / 2, y + h - 1.4, ch, "courier", 10, align="c")
        elif kind == "text" and val:
            sval = str(val)
            if way == "hand":
                if key not in ("email", "le", "fait_a"):
                    sval = sval.upper()
                page.hand(x + 1, y + h - 1.2, sval, hand_font, 12, ink, seed=sd)
            else:
                page.text(x + 1, y + h - 1.6, sval, "courier", 10)
    pg, _, x, y, w, h, _ = slots["signature"]
    sign(pages[pg], x + 5, y + 2, w - 15, h - 4, name, rng, color=ink)


def acro_fields(slots, vals):
    """AcroForm fields (page, kind, name, x, y, w, h, value) for the fillable PDF."""
    names = {
        "nom": "NomNaissance",
        "nom_usage": "NomUsage",
        "prenoms": "Prenoms",
        "lieu": "LieuNaissance",
        "nationalite": "Nationalite",
        "adresse": "Adresse",
        "commune": "Commune",
        "tel": "Telephone",
        "email": "Courriel",
        "profession": "Profession",
        "fait_a": "FaitA",
        "le": "DateSignature",
        "numcaf": "NumAllocataire",
        "autre_txt": "AutrePrecision",
    }
    out = []
    for key, (pg, kind, x, y, w, h, n) in slots.items():
        v = vals.get(key)
        if kind == "check":
            out.append((pg, "check", "Case_" + key, x, y, h, h, bool(v)))
        elif kind == "comb":
            out.append((pg, f"comb{n}", "Comb_" + key, x, y, w, h, str(v or "")))
        elif kind == "text":
            out.append((pg, "text", names.get(key, key), x, y, w, h, str(v or "")))
    return out
