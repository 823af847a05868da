"""Civil pieces: birth certificates, apostilles, sworn translations, cerfa 15763*02 form."""

from common import finish, fr_date, fr_words, hand_text, new_canvas, signature


def _stamp(c, x, y, r, lines, color=(0.15, 0.2, 0.6)):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(1.2)
    c.circle(x, y, r, stroke=1, fill=0)
    c.circle(x, y, r - 4, stroke=1, fill=0)
    c.setFont("SansB", 5.5)
    for i, ln in enumerate(lines):
        c.drawCentredString(x, y + 6 - i * 8, ln)
    c.restoreState()


def _kv(c, x, y, rows, lf="Serif", vf="SerifB", ls=9, vs=10, gap=150, step=20):
    for lb, v in rows:
        c.setFont(lf, ls)
        c.drawString(x, y, lb)
        c.setFont(vf, vs)
        c.drawString(x + gap, y, v)
        y -= step
    return y


def birth_morocco(p, b, seed):
    """Extrait d'acte de naissance, Royaume du Maroc (état civil, French side)."""
    c, buf = new_canvas()
    c.setFont("SerifB", 10)
    c.drawString(50, 790, "ROYAUME DU MAROC")
    c.setFont("Serif", 9)
    c.drawString(50, 777, "Ministère de l'Intérieur")
    c.drawString(50, 765, "Province : " + b["province"])
    c.drawString(50, 753, "Commune : " + b["commune"])
    c.drawString(50, 741, "Bureau de l'état civil")
    c.drawString(400, 777, "Acte n° : " + b["act_no"])
    c.drawString(400, 765, "Année : " + p["dob"][0:4])
    c.setFont("SerifB", 15)
    c.drawCentredString(297, 700, "EXTRAIT D'ACTE DE NAISSANCE")
    c.setFont("Serif", 8)
    c.drawCentredString(297, 686, "(Loi n° 37-99 relative à l'état civil)")
    rows = [
        ("Nom de famille :", p["surname"]),
        ("Prénom :", p["given"]),
        ("Date de naissance :", fr_words(p["dob"])),
        ("Lieu de naissance :", b["place"]),
        ("Sexe :", "Masculin" if p["sex"] == "M" else "Féminin"),
        ("Nationalité :", "Marocaine"),
        ("Père :", b["father"]),
        ("Mère :", b["mother"]),
    ]
    y = _kv(c, 70, 640, rows)
    c.setFont("Serif", 9)
    c.drawString(70, y - 10, "Mentions marginales : néant")
    c.drawString(70, y - 40, "Certifié conforme aux indications portées sur le registre.")
    c.drawString(330, y - 70, "%s, le %s" % (b["commune"], fr_date(b["issued"])))
    c.drawString(330, y - 84, "L'officier de l'état civil")
    _stamp(c, 380, y - 140, 38, ["ROYAUME DU MAROC", "ETAT CIVIL", b["commune"].upper()])
    signature(c, 410, y - 150, 90, 28, seed)
    c.showPage()
    return finish(c, buf)


def birth_senegal(p, b, seed):
    """Extrait du registre des actes de naissance, République du Sénégal."""
    c, buf = new_canvas()
    c.setFont("SansB", 10)
    c.drawCentredString(297, 800, "RÉPUBLIQUE DU SÉNÉGAL")
    c.setFont("Sans", 8)
    c.drawCentredString(297, 788, "Un Peuple - Un But - Une Foi")
    c.setFont("Sans", 8.5)
    c.drawString(50, 760, "Région de " + b["region"])
    c.drawString(50, 748, "Département de " + b["region"])
    c.drawString(50, 736, "Commune de " + b["commune"])
    c.drawString(50, 724, "Centre d'état civil : " + b["centre"])
    c.setFont("SansB", 13)
    c.drawCentredString(297, 690, "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE")
    c.setFont("Sans", 9)
    c.drawCentredString(
        297, 674, "Année %s  -  N° dans le registre : %s" % (p["dob"][0:4], b["act_no"])
    )
    c.setLineWidth(0.6)
    c.rect(45, 380, 505, 280)
    rows = [
        ("Le", fr_words(p["dob"])),
        ("à (heure)", b["hour"]),
        ("est né(e) à", b["place"]),
        ("de sexe", "féminin" if p["sex"] == "F" else "masculin"),
        ("Prénom(s)", p["given"]),
        ("Nom", p["surname"]),
        ("Fils / Fille de", b["father"]),
        ("et de", b["mother"]),
        ("Jugement / Déclaration", "Déclaration du père"),
    ]
    y = 640
    for lb, v in rows:
        c.setFont("Sans", 8.5)
        c.drawString(55, y, lb)
        c.setFont("Hand5", 14)
        c.setFillColorRGB(0.1, 0.1, 0.4)
        c.drawString(200, y - 1, v)
        c.setFillColorRGB(0, 0, 0)
        c.setDash(1, 2)
        c.line(195, y - 3, 540, y - 3)
        c.setDash()
        y -= 28
    c.setFont("Sans", 8.5)
    c.drawString(50, 350, "Pour extrait certifié conforme,")
    c.drawString(330, 335, "Délivré à %s, le %s" % (b["commune"], fr_date(b["issued"])))
    c.drawString(330, 322, "L'Officier de l'État Civil")
    _stamp(
        c,
        380,
        270,
        38,
        ["RÉP. DU SÉNÉGAL", "ÉTAT CIVIL", b["commune"].upper()],
        color=(0.5, 0.15, 0.45),
    )
    signature(c, 400, 255, 100, 30, seed)
    return finish(c, buf)


def birth_china(p, b, seed):
    """Chinese notarial certificate of birth (出生公证书) with its English version."""
    c, buf = new_canvas()
    c.setFont("CJK", 20)
    c.drawCentredString(297, 770, "公 证 书")
    c.setFont("CJK", 10)
    c.drawRightString(540, 740, "（%s）%s证字第%s号" % (b["year"], b["city_short"], b["act_no"]))
    rows = [
        (
            "申请人：",
            "%s，%s，%s出生。" % (b["name_cn"], "男" if p["sex"] == "M" else "女", b["dob_cn"]),
        ),
        ("公证事项：", "出生"),
    ]
    y = 700
    for lb, v in rows:
        c.drawString(60, y, lb + v)
        y -= 24
    c.drawString(80, y, "兹证明%s于%s在%s出生。" % (b["name_cn"], b["dob_cn"], b["place_cn"]))
    c.drawString(
        60,
        y - 24,
        "%s的父亲是%s，%s的母亲是%s。"
        % (b["name_cn"], b["father_cn"], b["name_cn"], b["mother_cn"]),
    )
    c.drawString(340, y - 90, "中华人民共和国%s" % b["office_cn"])
    c.drawString(340, y - 110, "公证员")
    signature(c, 390, y - 120, 70, 22, seed, color=(0, 0, 0))
    c.drawString(340, y - 140, b["issued_cn"])
    _stamp(c, 420, y - 110, 40, ["中华人民共和国", "NOTARY OFFICE"], color=(0.8, 0.1, 0.1))
    c.showPage()
    c.setFont("LibSB", 18)
    c.drawCentredString(297, 770, "NOTARIAL CERTIFICATE")
    c.setFont("LibS", 10.5)
    c.drawRightString(
        540, 740, "(%s) %s Zheng Zi No. %s" % (b["year"], b["city_short_en"], b["act_no"])
    )
    lines = [
        "Applicant: %s, %s, born on %s."
        % (b["name_en"], "male" if p["sex"] == "M" else "female", b["dob_en"]),
        "Subject: Birth",
        "",
        "This is to certify that %s was born on %s in %s."
        % (b["name_en"], b["dob_en"], b["place_en"]),
        "%s's father is %s, and %s's mother is %s."
        % (b["name_en"], b["father_en"], b["name_en"], b["mother_en"]),
    ]
    y = 700
    for ln in lines:
        c.drawString(60, y, ln)
        y -= 20
    c.drawString(320, y - 60, b["office_en"])
    c.drawString(320, y - 76, "The People's Republic of China")
    c.drawString(320, y - 92, "Notary Public: " + b["notary_en"])
    c.drawString(320, y - 108, b["issued_en"])
    return finish(c, buf)


def birth_mexico(p, b, seed):
    """Acta de nacimiento, Registro Civil (CURP format)."""
    c, buf = new_canvas()
    c.setFillColorRGB(0.93, 0.96, 0.92)
    c.rect(25, 25, 545, 792, stroke=0, fill=1)
    c.setFillColorRGB(0.3, 0.1, 0.15)
    c.setFont("LibB", 11)
    c.drawCentredString(297, 795, "ESTADOS UNIDOS MEXICANOS")
    c.setFont("LibB", 16)
    c.drawCentredString(297, 775, "ACTA DE NACIMIENTO")
    c.setFont("Lib", 8)
    c.drawCentredString(297, 762, "REGISTRO CIVIL  -  " + b["state"].upper())
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Lib", 8)
    c.drawString(45, 735, "Identificador electrónico: " + b["ident"])
    c.drawString(330, 735, "CURP: " + b["curp"])
    c.drawString(
        45,
        722,
        "Entidad de registro: %s   Municipio: %s   Oficialía: %s   Libro: 1   "
        "Acta: %s" % (b["state"], b["municipio"], b["oficialia"], b["act_no"]),
    )
    c.setFillColorRGB(0.3, 0.1, 0.15)
    c.rect(40, 690, 515, 16, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("LibB", 9)
    c.drawString(48, 695, "DATOS DE LA PERSONA REGISTRADA")
    c.setFillColorRGB(0, 0, 0)
    labs = [
        ("Nombre(s):", p["given"]),
        ("Primer apellido:", b["ap1"]),
        ("Segundo apellido:", b["ap2"]),
        ("Sexo:", "Mujer" if p["sex"] == "F" else "Hombre"),
        ("Fecha de nacimiento:", fr_date(p["dob"])),
        ("Lugar de nacimiento:", b["place"]),
    ]
    y = 670
    for lb, v in labs:
        c.setFont("Lib", 7)
        c.drawString(48, y + 9, lb)
        c.setFont("LibB", 10)
        c.drawString(48, y - 2, v)
        y -= 26
    c.setFillColorRGB(0.3, 0.1, 0.15)
    c.rect(40, y, 515, 16, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("LibB", 9)
    c.drawString(48, y + 5, "DATOS DE FILIACIÓN DE LA PERSONA REGISTRADA")
    c.setFillColorRGB(0, 0, 0)
    y -= 22
    for lb, v in (("Padre:", b["father"]), ("Madre:", b["mother"])):
        c.setFont("Lib", 7)
        c.drawString(48, y + 9, lb)
        c.setFont("LibB", 10)
        c.drawString(48, y - 2, v)
        y -= 26
    c.setFont("Lib", 7.5)
    c.drawString(
        48,
        170,
        "El presente documento es una copia fiel del acta de nacimiento que obra "
        "en la base de datos del Registro Civil.",
    )
    c.drawString(48, 158, "Fecha de expedición: " + fr_date(b["issued"]))
    for i in range(21):
        for j in range(21):
            if (i * 7 + j * 13 + i * j) % 3 == 0 or i in (0, 20) or j in (0, 20):
                c.rect(470 + i * 3.2, 60 + j * 3.2, 3.2, 3.2, stroke=0, fill=1)
    c.drawString(48, 90, "Firma electrónica: " + b["ident"][:12] + "...")
    return finish(c, buf)


def apostille(a, seed):
    """Hague convention apostille, 10 numbered items."""
    c, buf = new_canvas()
    x0, y0, w, h = 110, 380, 375, 400
    c.setLineWidth(1.5)
    c.rect(x0, y0, w, h)
    c.setFont("SerifB", 18)
    c.drawCentredString(x0 + w / 2, y0 + h - 30, "APOSTILLE")
    c.setFont("SerifI", 8.5)
    c.drawCentredString(x0 + w / 2, y0 + h - 45, "(Convention de La Haye du 5 octobre 1961)")
    if a.get("lang_line"):
        c.drawCentredString(x0 + w / 2, y0 + h - 56, a["lang_line"])
    rows = [
        ("1. País / Country:", a["country"]),
        ("   El presente documento público / This public document", ""),
        ("2. ha sido firmado por / has been signed by", a["doc_signer"]),
        ("3. actuando en calidad de / acting in the capacity of", a["capacity"]),
        ("4. lleva el sello / bears the seal of", a["seal"]),
        ("   Certificado / Certified", ""),
        ("5. en / at", a["at"]),
        ("6. el día / the", fr_date(a["issued_on"])),
        ("7. por / by", a["by"]),
        ("8. bajo el número / No", a["number"]),
        ("9. Sello / Seal", ""),
        ("10. Firma / Signature", a["signed_by"]),
    ]
    if a["labels"] == "fr":
        rows = [
            (
                r[0]
                .split("/")[0]
                .replace("País", "Pays")
                .replace("El presente", "Le présent")
                .replace("ha sido firmado por", "a été signé par")
                .replace("actuando en calidad de", "agissant en qualité de")
                .replace("lleva el sello", "est revêtu du sceau")
                .replace("Certificado", "Attesté")
                .replace("en ", "à ")
                .replace("el día", "le")
                .replace("por", "par")
                .replace("bajo el número", "sous n°")
                .replace("Sello", "Sceau")
                .replace("Firma", "Signature"),
                r[1],
            )
            for r in rows
        ]
    y = y0 + h - 80
    for lb, v in rows:
        c.setFont("Serif", 8.5)
        c.drawString(x0 + 14, y, lb)
        c.setFont("SerifB", 9)
        c.drawString(x0 + 14 + (0 if len(lb) > 38 else 150), y - (11 if len(lb) > 38 else 0), v)
        y -= 27 if len(lb) > 38 else 20
    _stamp(c, x0 + 90, y0 + 45, 34, [a["country"][:18], "APOSTILLE"])
    signature(c, x0 + 220, y0 + 30, 110, 30, seed)
    return finish(c, buf)


def translation(t, seed):
    """Traduction certifiée conforme by a sworn translator (expert près la cour d'appel)."""
    c, buf = new_canvas()
    c.setFont("SansB", 9)
    c.drawString(50, 800, t["translator"])
    c.setFont("Sans", 8)
    c.drawString(50, 788, "Traducteur-interprète expert près la Cour d'appel de " + t["court"])
    c.drawString(50, 776, t["address"])
    c.setFont("SansB", 12)
    c.drawCentredString(297, 740, "TRADUCTION CERTIFIÉE CONFORME")
    c.setFont("Sans", 8.5)
    c.drawCentredString(297, 726, "de l'original rédigé en langue %s" % t["from_lang"])
    y = 690
    for ln in t["lines"]:
        c.setFont("SansB" if ln.startswith("#") else "Sans", 9.5)
        c.drawString(60, y, ln.lstrip("#"))
        y -= 17
    c.setFont("Sans", 8)
    c.drawString(
        60, y - 20, "Traduction n° %s certifiée conforme à l'original, ne varietur." % t["number"]
    )
    c.drawString(60, y - 32, "Fait à %s, le %s" % (t["city"], fr_date(t["date"])))
    _stamp(
        c,
        420,
        y - 100,
        42,
        [t["translator"].upper()[:20], "EXPERT JUDICIAIRE", "CA " + t["court"].upper()],
        color=(0.1, 0.3, 0.55),
    )
    signature(c, 430, y - 110, 90, 30, seed)
    return finish(c, buf)


def _box(c, x, y, w, h=13):
    c.rect(x, y, w, h, stroke=1, fill=0)


def cerfa(p, f, seed, hand=False):
    """Cerfa 15763*02 / S1106 'Demande d'ouverture des droits à l'assurance maladie'."""
    c, buf = new_canvas()

    def val(x, y, text, size=10, n=0):
        if hand:
            hand_text(c, x, y, text, font=f.get("hand_font", "Hand1"), size=size + 3, seed=seed + n)
        else:
            c.setFont("Mono", size)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(x, y, text)

    c.setFillColorRGB(0.1, 0.3, 0.6)
    c.rect(40, 785, 70, 35, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("SansB", 11)
    c.drawString(48, 798, "ameli")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("SansB", 12)
    c.drawString(125, 805, "DEMANDE D'OUVERTURE DES DROITS")
    c.drawString(125, 790, "À L'ASSURANCE MALADIE")
    c.setFont("Sans", 7)
    c.drawString(
        125,
        778,
        "Protection universelle maladie (Art. L. 160-1 et R. 111-2 du Code de la sécurité sociale)",
    )
    c.drawRightString(555, 810, "cerfa")
    c.drawRightString(555, 800, "N° 15763*02")
    c.drawRightString(555, 790, "S1106")
    c.setFillColorRGB(0.85, 0.9, 0.96)
    c.rect(40, 745, 515, 16, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("SansB", 9)
    c.drawString(45, 749, "A  —  VOTRE IDENTITÉ")
    lab = [
        ("Nom de naissance (nom de famille)", p["form_surname"]),
        ("Nom d'usage (facultatif)", ""),
        ("Prénom(s)", p["form_given"]),
        ("Date de naissance (jj/mm/aaaa)", fr_date(p["dob"])),
        ("Lieu de naissance (commune, pays)", p["form_pob"]),
        ("Nationalité", f["natname"]),
        ("N° de sécurité sociale (si vous en avez un)", ""),
        ("N° d'allocataire CAF", ""),
        ("Adresse", f["address1"]),
        ("Code postal / Commune", f["address2"]),
        ("Téléphone / Courriel", f["contact"]),
    ]
    y = 722
    for i, (lb, v) in enumerate(lab):
        c.setFont("Sans", 7.5)
        c.drawString(45, y + 3, lb)
        c.setStrokeColorRGB(0.5, 0.6, 0.75)
        _box(c, 230, y, 325, 16)
        if v:
            val(236, y + 4, v, n=i * 31)
        y -= 24
    c.showPage()
    c.setFillColorRGB(0.85, 0.9, 0.96)
    c.rect(40, 790, 515, 16, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("SansB", 9)
    c.drawString(45, 794, "B  —  VOTRE SITUATION")
    opts = [
        ("employed", "Vous exercez une activité salariée"),
        ("self", "Vous exercez une activité non salariée"),
        ("not_employed", "Vous êtes sans activité professionnelle"),
        ("student", "Vous êtes étudiant(e)"),
    ]
    y = 765
    for key, lb in opts:
        c.setStrokeColorRGB(0, 0, 0)
        c.rect(50, y, 9, 9)
        if f["activity"] == key:
            if hand:
                c.setStrokeColorRGB(0.08, 0.12, 0.5)
                c.setLineWidth(1.4)
                c.line(49, y + 5, 53, y)
                c.line(53, y, 61, y + 12)
                c.setLineWidth(1)
            else:
                c.setFont("SansB", 10)
                c.drawString(51, y + 1, "X")
        c.setFont("Sans", 8.5)
        c.drawString(66, y + 1, lb)
        y -= 18
    c.setFont("Sans", 7.5)
    for i, (lb, k) in enumerate(
        (
            ("Profession / emploi", "job"),
            ("Type de contrat (CDI, CDD, ...)", "contract"),
            ("Nom et adresse de l'employeur", "employer"),
            ("Date d'arrivée en France", "arrival"),
        )
    ):
        c.setFont("Sans", 7.5)
        c.drawString(45, y - 2, lb)
        c.setStrokeColorRGB(0.5, 0.6, 0.75)
        _box(c, 230, y - 5, 325, 16)
        if f.get(k):
            val(236, y - 1, f[k], n=500 + i * 17)
        y -= 24
    c.setFillColorRGB(0.85, 0.9, 0.96)
    c.rect(40, y - 10, 515, 16, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("SansB", 9)
    c.drawString(45, y - 6, "C  —  ENGAGEMENT ET SIGNATURE")
    c.setFont("Sans", 7.5)
    txt = [
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur cette "
        "déclaration et m'engage à signaler",
        "tout changement de situation. La loi rend passible d'amende et/ou "
        "d'emprisonnement quiconque se rend coupable",
        "de fraudes ou de fausses déclarations (art. 313-1 du Code pénal, art. L. 114-13 du "
        "Code de la sécurité sociale).",
    ]
    y -= 28
    for t in txt:
        c.drawString(45, y, t)
        y -= 11
    y -= 14
    c.drawString(45, y, "Fait à")
    _box(c, 80, y - 4, 150, 16)
    val(86, y, f["city"], n=900)
    c.drawString(250, y, "le")
    _box(c, 265, y - 4, 100, 16)
    if f.get("signed_on"):
        val(270, y, fr_date(f["signed_on"]), n=901)
    c.drawString(380, y, "Signature")
    c.rect(380, y - 70, 170, 60)
    if f.get("signed", True):
        signature(c, 395, y - 60, 130, 40, seed + 99)
    c.setFont("Sans", 6.5)
    c.drawString(
        45,
        60,
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, "
        "aux fichiers et aux libertés s'applique aux réponses faites sur ce "
        "formulaire.",
    )
    c.drawRightString(555, 45, "S1106  -  cerfa 15763*02  -  2/2")
    return finish(c, buf)
