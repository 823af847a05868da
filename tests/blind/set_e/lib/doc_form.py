"""Cerfa 15763*02 (ameli S1106) "Demande d'ouverture des droits à l'assurance maladie",
two A4 pages, as printed by the applicant and filled by hand, typed, or as a fillable
PDF (AcroForm)."""

import io

import pikepdf
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from .draw import Pdf, fr_date, rng_for

BLUE = "#0c419a"
LIGHT = "#e3ebf7"

SITUATIONS = [
    ("salarie", "Vous exercez une activité professionnelle salariée en France"),
    (
        "independant",
        "Vous exercez une activité professionnelle non salariée en France (travailleur indépendant, micro-entrepreneur)",
    ),
    ("chomeur", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e) dans un établissement d'enseignement supérieur"),
    (
        "sans_activite",
        "Vous êtes sans activité professionnelle et vous résidez en France de manière stable et régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation (précisez)"),
]

STATUS_OF = {
    "salarie": "employed",
    "independant": "employed",
    "chomeur": "not_employed",
    "sans_activite": "not_employed",
    "etudiant": "other",
    "autre": "other",
}


def _logo(p, x, y):
    # "l'Assurance Maladie" wordmark drawn with shapes
    p.rect(x, y, 11, 11, stroke=None, fill=BLUE, radius=2.2)
    p.circle(x + 5.5, y + 5.5, 3.2, stroke="#ffffff", lw=1.2)
    p.rect(x + 4.9, y + 2.6, 1.2, 5.8, stroke=None, fill="#ffffff")
    p.text(x + 13, y + 4.6, "l'Assurance", font="Lato-Bold", size=10.5, color=BLUE)
    p.text(x + 13, y + 9.4, "Maladie", font="Lato-Bold", size=10.5, color=BLUE)
    p.text(
        x + 13, y + 12.6, "Agir ensemble, protéger chacun", font="Lato-Italic", size=5.2, color=BLUE
    )


def _section(p, y, letter, title):
    p.rect(12, y, 186, 6.2, stroke=None, fill=BLUE)
    p.text(15, y + 4.5, letter, font="Liberation-Bold", size=10, color="#ffffff")
    p.text(22, y + 4.5, title, font="Liberation-Bold", size=9.5, color="#ffffff")
    return y + 8.5


def draw_form(d, mode="hand", seed="form"):
    """d keys: surname, usage, given, sex, dob, pob_city, pob_country, nationality, nir,
    address, zip, city, phone, email, situation, profession, contract, employer, arrival,
    fait_a, signed_on (ISO or None), signed (bool), hand_font, ink, caps (bool).
    mode: 'hand' | 'typed' | 'acroform'."""
    p = Pdf(
        seed=seed, title="S1106 - Demande d'ouverture des droits" if mode == "acroform" else None
    )
    r = rng_for("form", seed)
    hand = mode == "hand"
    acro = mode == "acroform"
    hf = d.get("hand_font", "dkg")
    ink = d.get("ink", "#1a2a7a") if hand else "#111111"
    tfont = "LiberationMono-Bold" if mode == "typed" else "Liberation"
    form = p.c.acroForm if acro else None

    def fill(x, y, s, size=11, name=None, w=60):
        """write a value on a line whose baseline is y"""
        if s is None or s == "":
            if acro and name:
                form.textfield(
                    name=name,
                    value="",
                    x=x * mm,
                    y=p.Y(y + 1.2),
                    width=w * mm,
                    height=5.2 * mm,
                    borderWidth=0,
                    fontName="Helvetica",
                    fontSize=9,
                    fillColor=None,
                    borderColor=None,
                    forceBorder=False,
                )
            return
        if acro and name:
            form.textfield(
                name=name,
                value=s,
                x=x * mm,
                y=p.Y(y + 1.2),
                width=w * mm,
                height=5.2 * mm,
                borderWidth=0,
                fontName="Helvetica",
                fontSize=9,
                fillColor=None,
                borderColor=None,
                forceBorder=False,
            )
        elif hand:
            p.hand(
                x + r.uniform(0, 1.5),
                y - 0.3,
                s,
                font=hf,
                size=size,
                ink=ink,
                slope=r.uniform(-0.02, 0.03),
            )
        else:
            p.text(x, y - 0.4, s, font=tfont, size=9.5, color=ink)

    def comb_fill(x, y, n, s, name=None, cell=5.0, sep_after=()):
        s = (s or "").upper() if d.get("caps", True) or not hand else (s or "")
        if acro and name:
            p.comb(x, y, n, cell=cell, chars="", sep_after=sep_after)
            # one comb field per group of boxes (dates are JJ / MM / AAAA groups)
            groups, start = [], 0
            for cut in sorted(sep_after) + [n - 1]:
                groups.append((start, cut + 1))
                start = cut + 1
            xx = x
            for gi, (a, b) in enumerate(groups):
                nm = name if len(groups) == 1 else "%s_%d" % (name, gi + 1)
                form.textfield(
                    name=nm,
                    value=s[a:b],
                    x=xx * mm,
                    y=p.Y(y + 6),
                    width=(b - a) * cell * mm,
                    height=6 * mm,
                    borderWidth=0,
                    fontName="Helvetica",
                    fontSize=10,
                    fillColor=None,
                    borderColor=None,
                    forceBorder=False,
                    maxlen=b - a,
                    fieldFlags="comb",
                )
                xx += (b - a) * cell + cell * 0.5
            return
        if hand:
            p.comb(
                x, y, n, cell=cell, chars=s[:n], hand_font=hf, size=12, ink=ink, sep_after=sep_after
            )
        else:
            p.comb(
                x,
                y,
                n,
                cell=cell,
                chars=s[:n],
                font="LiberationMono-Bold",
                size=10.5,
                ink="#111111",
                sep_after=sep_after,
            )

    def tick(x, y, on, name):
        if acro:
            p.rect(x, y, 3.4, 3.4, lw=0.5)
            form.checkbox(
                name=name,
                x=x * mm,
                y=p.Y(y + 3.4),
                size=3.4 * mm,
                checked=bool(on),
                buttonStyle="cross",
                borderWidth=0,
                fillColor=None,
                borderColor=None,
                forceBorder=False,
            )
        else:
            p.checkbox(x, y, 3.4, checked=on, hand=hand)

    # ================================================================ page 1
    _logo(p, 12, 9)
    p.text(
        105,
        13,
        "Demande d'ouverture des droits",
        font="Liberation-Bold",
        size=14,
        color=BLUE,
        align="center",
    )
    p.text(
        105,
        19,
        "à l'assurance maladie",
        font="Liberation-Bold",
        size=14,
        color=BLUE,
        align="center",
    )
    p.text(
        105,
        24.5,
        "Protection universelle maladie (PUMa)",
        font="Liberation-Italic",
        size=10,
        color=BLUE,
        align="center",
    )
    # cerfa box
    p.rect(166, 8, 32, 17, lw=0.8)
    p.text(182, 14, "cerfa", font="Liberation-Bold", size=13, align="center")
    p.text(182, 19.5, "N° 15763*02", font="Liberation-Bold", size=8, align="center")
    p.text(182, 23.3, "S1106", font="Liberation", size=6, align="center")
    notice = (
        "Vous résidez en France de manière stable et régulière et vous n'avez pas de droits ouverts "
        "à l'assurance maladie : complétez ce formulaire et adressez-le, accompagné des pièces "
        "justificatives listées en page 2, à la caisse d'assurance maladie de votre lieu de résidence. "
        "Les informations recueillies sont nécessaires à l'ouverture de vos droits. "
        "Articles L. 160-1, L. 160-5, L. 161-15-1, R. 111-2, R. 111-3 et D. 160-2 du code de la "
        "sécurité sociale."
    )
    p.rect(12, 29, 186, 16.5, stroke="#9db3d6", fill=LIGHT, lw=0.4)
    p.para(14, 32.4, 182, notice, font="Liberation", size=6.8, leading=2.9)
    p.text(
        14,
        49.5,
        "Merci d'écrire en lettres majuscules et de cocher les cases correspondant à votre situation.",
        font="Liberation-Italic",
        size=7.2,
    )

    y = _section(p, 52, "A", "VOUS")
    lab = dict(font="Liberation", size=8.4)
    cx = 62
    p.text(14, y + 4.5, "Nom de naissance", **lab)
    comb_fill(cx, y, 26, d["surname"], "NomNaissance")
    y += 8.5
    p.text(14, y + 3.2, "Nom d'usage", **lab)
    p.text(14, y + 6.2, "(facultatif, ex. nom d'époux)", font="Liberation-Italic", size=6.2)
    comb_fill(cx, y, 26, d.get("usage") or "", "NomUsage")
    y += 8.5
    p.text(14, y + 4.5, "Prénom(s)", **lab)
    comb_fill(cx, y, 26, d["given"], "Prenoms")
    y += 9.5
    p.text(14, y + 4.2, "Sexe", **lab)
    p.text(cx, y + 4.2, "F", **lab)
    tick(cx + 4, y + 1.5, d["sex"] == "F", "SexeF")
    p.text(cx + 12, y + 4.2, "M", **lab)
    tick(cx + 16.5, y + 1.5, d["sex"] == "M", "SexeM")
    p.text(100, y + 4.2, "Date de naissance", **lab)
    dob = d["dob"]
    digits = dob[8:10] + dob[5:7] + dob[0:4]
    comb_fill(128, y, 8, digits, "DateNaissance", cell=5.0, sep_after=(1, 3))
    p.text(130.5, y + 9.3, "J J", font="Liberation", size=5.5, color="#555555")
    p.text(143, y + 9.3, "M M", font="Liberation", size=5.5, color="#555555")
    p.text(158, y + 9.3, "A A A A", font="Liberation", size=5.5, color="#555555")
    y += 12.5
    p.text(14, y + 3, "Lieu de naissance :", **lab)
    p.text(45, y + 3, "commune", font="Liberation-Italic", size=7.2)
    p.hline(58, 120, y + 3.6, lw=0.3, dash=(1, 1.5))
    fill(60, y + 3, d["pob_city"], name="LieuNaissanceCommune", w=58)
    p.text(123, y + 3, "pays", font="Liberation-Italic", size=7.2)
    p.hline(131, 196, y + 3.6, lw=0.3, dash=(1, 1.5))
    fill(133, y + 3, d["pob_country"], name="LieuNaissancePays", w=60)
    y += 8
    p.text(14, y + 3, "Nationalité", **lab)
    p.hline(33, 110, y + 3.6, lw=0.3, dash=(1, 1.5))
    fill(36, y + 3, d["nationality"], name="Nationalite", w=70)
    p.text(113, y + 3, "Date d'arrivée en France", **lab)
    p.hline(150, 196, y + 3.6, lw=0.3, dash=(1, 1.5))
    fill(152, y + 3, fr_date(d["arrival"]) if d.get("arrival") else "", name="DateArrivee", w=40)
    y += 8
    p.text(14, y + 4.3, "N° de sécurité sociale", **lab)
    p.text(14, y + 7.3, "(si vous en avez un)", font="Liberation-Italic", size=6.2)
    comb_fill(cx, y, 13, d.get("nir") or "", "NIR", cell=5.0)
    p.text(cx + 67, y + 4.3, "clé", font="Liberation", size=7)
    comb_fill(cx + 72, y, 2, "", "CleNIR", cell=5.0)
    y += 10
    p.text(14, y + 4.3, "N° allocataire CAF", **lab)
    p.text(14, y + 7.3, "(facultatif)", font="Liberation-Italic", size=6.2)
    comb_fill(cx, y, 8, "", "NumAllocataire", cell=5.0)
    y += 10.5
    p.text(14, y + 3, "Adresse", **lab)
    p.hline(30, 196, y + 3.6, lw=0.3, dash=(1, 1.5))
    fill(33, y + 3, d["address"], name="Adresse", w=160)
    y += 7.5
    p.hline(14, 196, y + 3.6, lw=0.3, dash=(1, 1.5))
    fill(16, y + 3, d.get("address2", ""), name="Adresse2", w=170)
    y += 6
    p.text(14, y + 4.3, "Code postal", **lab)
    comb_fill(34, y, 5, d["zip"], "CodePostal", cell=5.0)
    p.text(66, y + 4.3, "Commune", **lab)
    p.hline(82, 196, y + 4.9, lw=0.3, dash=(1, 1.5))
    fill(85, y + 4.3, d["city"], name="Commune", w=100)
    y += 9.5
    p.text(14, y + 3, "Téléphone", **lab)
    p.hline(32, 90, y + 3.6, lw=0.3, dash=(1, 1.5))
    fill(34, y + 3, d.get("phone", ""), name="Telephone", w=55)
    p.text(94, y + 3, "Courriel", **lab)
    p.hline(108, 196, y + 3.6, lw=0.3, dash=(1, 1.5))
    fill(110, y + 3, d.get("email", ""), size=10, name="Courriel", w=85)

    y += 8
    y = _section(p, y, "B", "VOTRE SITUATION")
    p.text(
        14,
        y + 2.5,
        "Cochez la case qui correspond à votre situation à la date de la demande :",
        font="Liberation-Italic",
        size=7.6,
    )
    y += 5.5
    for key, label in SITUATIONS:
        tick(15, y, d["situation"] == key, "Situation_" + key)
        rows = p.wrap(label, 170, "Liberation", 8.2)
        for i, row in enumerate(rows):
            p.text(21, y + 2.8 + i * 3.4, row, font="Liberation", size=8.2)
        yy = y + 3.4 * len(rows)
        if key == "salarie":
            p.text(25, yy + 3.5, "Profession :", font="Liberation", size=7.8)
            p.hline(42, 110, yy + 4.1, lw=0.3, dash=(1, 1.5))
            fill(
                44,
                yy + 3.5,
                d.get("profession", "") if d["situation"] == key else "",
                size=10,
                name="Profession",
                w=64,
            )
            p.text(113, yy + 3.5, "Type de contrat :", font="Liberation", size=7.8)
            xx = 137
            for ct in ("CDI", "CDD", "Intérim", "Autre"):
                tick(
                    xx,
                    yy + 0.9,
                    d["situation"] == key and d.get("contract") == ct,
                    "Contrat_" + ct[:3],
                )
                p.text(xx + 4.5, yy + 3.5, ct, font="Liberation", size=7.8)
                xx += 14.5
            yy += 6
            p.text(25, yy + 3.5, "Nom et adresse de l'employeur :", font="Liberation", size=7.8)
            p.hline(67, 196, yy + 4.1, lw=0.3, dash=(1, 1.5))
            fill(
                69,
                yy + 3.5,
                d.get("employer", "") if d["situation"] == key else "",
                size=10,
                name="Employeur",
                w=125,
            )
            yy += 6
        if key == "autre":
            p.hline(60, 196, y + 3.4, lw=0.3, dash=(1, 1.5))
            fill(
                62,
                y + 2.8,
                d.get("other_text", "") if d["situation"] == key else "",
                size=10,
                name="AutreSituation",
                w=130,
            )
        y = yy + 1.8
    p.text(
        12,
        290,
        "S1106 — cerfa n° 15763*02 — page 1/2",
        font="Liberation",
        size=6.5,
        color="#444444",
    )
    p.text(
        198,
        290,
        "Tournez la page SVP",
        font="Liberation-Italic",
        size=6.5,
        color="#444444",
        align="right",
    )

    # ================================================================ page 2
    p.new_page()
    y = _section(p, 12, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    cert = (
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. "
        "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
        "(adresse, activité, résidence) et à lui rembourser, le cas échéant, les prestations "
        "versées à tort. Je reconnais avoir été informé(e) que ma caisse peut vérifier "
        "l'exactitude des informations déclarées auprès des organismes et administrations "
        "concernés."
    )
    y = p.para(14, y + 1, 182, cert, font="Liberation", size=8.4, leading=3.7, justify=True)
    warn = (
        "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations "
        "(articles 313-1 à 313-3, 433-19, 441-1 et suivants du code pénal, article L. 114-17-1 "
        "du code de la sécurité sociale)."
    )
    y = p.para(14, y + 1.5, 182, warn, font="Liberation-Italic", size=7.4, leading=3.2)
    y += 5
    p.text(14, y + 3, "Fait à", font="Liberation", size=9)
    p.hline(25, 100, y + 3.6, lw=0.3, dash=(1, 1.5))
    fill(28, y + 3, d.get("fait_a", ""), name="FaitA", w=70)
    p.text(104, y + 3, "le", font="Liberation", size=9)
    if hand or mode == "typed":
        p.hline(109, 150, y + 3.6, lw=0.3, dash=(1, 1.5))
        if d.get("signed_on"):
            fill(111, y + 3, fr_date(d["signed_on"]), name="Date", w=38)
    else:
        fill(
            111,
            y + 3,
            fr_date(d["signed_on"]) if d.get("signed_on") else "",
            name="DateSignature",
            w=38,
        )
        p.hline(109, 150, y + 3.6, lw=0.3, dash=(1, 1.5))
    y += 8
    p.rect(110, y, 86, 30, lw=0.6)
    p.text(112, y + 4, "Signature", font="Liberation-Bold", size=8.5)
    if d.get("signed"):
        p.signature(
            122,
            y + 8,
            w=55,
            h=17,
            seed="sig-" + d["surname"] + d["given"],
            ink=d.get("sig_ink", "#13235f"),
        )
    y += 36
    p.rect(12, y, 186, 7, stroke=None, fill=BLUE)
    p.text(
        15,
        y + 5,
        "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
        font="Liberation-Bold",
        size=9.5,
        color="#ffffff",
    )
    y += 11
    pieces = [
        (
            "Une pièce d'identité :",
            "copie de votre passeport (pages d'identité) ou, si vous êtes ressortissant "
            "de l'Union européenne, de l'Espace économique européen ou de la Suisse, de votre carte nationale d'identité.",
        ),
        (
            "Si vous êtes ressortissant d'un pays hors UE/EEE/Suisse :",
            "copie de votre titre de séjour en "
            "cours de validité, de votre visa long séjour valant titre de séjour (VLS-TS) validé, ou du récépissé "
            "de demande de titre de séjour.",
        ),
        (
            "Un acte de naissance :",
            "copie intégrale ou extrait avec filiation ; s'il a été délivré à l'étranger, "
            "il doit être apostillé ou légalisé, sauf dispense prévue par une convention internationale. "
            "Une traduction par un traducteur assermenté pourra vous être demandée.",
        ),
        (
            "Un justificatif de résidence en France depuis plus de trois mois :",
            "bail de location, ou trois "
            "factures successives (électricité, gaz, eau, téléphone fixe ou mobile, accès à internet) à votre nom, "
            "ou, si vous êtes hébergé(e), une attestation d'hébergement signée, la copie de la pièce d'identité "
            "de l'hébergeant et un justificatif de domicile à son nom.",
        ),
        (
            "Un relevé d'identité bancaire (RIB)",
            "à votre nom, comportant IBAN et BIC, pour le versement de vos remboursements.",
        ),
        (
            "Si vous travaillez :",
            "copie de votre contrat de travail ou de votre dernier bulletin de salaire.",
        ),
    ]
    for head, body in pieces:
        p.rect(15, y - 2.6, 2.2, 2.2, stroke=None, fill=BLUE)
        y = (
            p.rich(
                20, y, 176, [(head, "Liberation-Bold"), (body, "Liberation")], size=8.3, leading=3.6
            )
            + 2.0
        )
    p.para(
        14,
        y + 1,
        182,
        "Conservez une copie de votre demande et des pièces envoyées. N'envoyez pas "
        "d'originaux. Votre caisse pourra vous demander des pièces complémentaires.",
        font="Liberation-Italic",
        size=7.6,
    )
    y += 12
    p.rect(12, y, 186, 34, stroke="#777777", lw=0.5, dash=(2, 1.5))
    p.text(
        15, y + 5, "Cadre réservé à l'organisme", font="Liberation-Bold", size=8.5, color="#555555"
    )
    p.text(15, y + 12, "Date de réception :", font="Liberation", size=8, color="#555555")
    p.comb(48, y + 8, 8, cell=4.2, h=5.2, sep_after=(1, 3), color="#777777")
    p.text(105, y + 12, "Pièces vérifiées", font="Liberation", size=8, color="#555555")
    p.rect(130, y + 9, 3.2, 3.2, stroke="#777777", lw=0.4)
    p.text(15, y + 21, "Matricule agent :", font="Liberation", size=8, color="#555555")
    p.hline(44, 100, y + 21.6, lw=0.3, color="#777777", dash=(1, 1.5))
    p.text(105, y + 21, "Observations :", font="Liberation", size=8, color="#555555")
    p.hline(128, 195, y + 21.6, lw=0.3, color="#777777", dash=(1, 1.5))
    p.hline(15, 195, y + 29, lw=0.3, color="#777777", dash=(1, 1.5))
    small = (
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux "
        "libertés et le règlement (UE) 2016/679 s'appliquent aux réponses faites sur ce formulaire. "
        "Elle vous garantit un droit d'accès et de rectification des données vous concernant auprès "
        "de votre caisse d'assurance maladie."
    )
    p.para(12, 276, 186, small, font="Liberation", size=6.2, leading=2.6, color="#444444")
    p.text(
        12,
        290,
        "S1106 — cerfa n° 15763*02 — page 2/2",
        font="Liberation",
        size=6.5,
        color="#444444",
    )
    pdf = p.finish()
    if acro:
        pdf = _comb_appearances(pdf)
    return pdf


def _comb_appearances(pdf):
    """reportlab draws comb fields as plain left-aligned text; rewrite their normal appearance
    streams so each character sits in its own box, as a PDF viewer would show them."""
    src = pikepdf.open(io.BytesIO(pdf))
    for page in src.pages:
        for annot in page.obj.get("/Annots", []):
            if annot.get("/FT") != "/Tx":
                continue
            ff = int(annot.get("/Ff", 0))
            if not ff & (1 << 24):
                continue
            n = int(annot.get("/MaxLen", 0))
            val = str(annot.get("/V", ""))
            ap = annot.get("/AP")
            if not n or ap is None:
                continue
            x0, y0, x1, y1 = [float(v) for v in annot["/Rect"]]
            w, h = x1 - x0, y1 - y0
            cell = w / n
            ops = ["/Tx BMC", "q", "BT", "/Helv 10 Tf", "0 g"]
            for i, ch in enumerate(val[:n]):
                cw = stringWidth(ch, "Helvetica", 10)
                esc = ch.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                ops.append(
                    "1 0 0 1 %.2f %.2f Tm (%s) Tj" % ((i + 0.5) * cell - cw / 2, h / 2 - 3.5, esc)
                )
            ops += ["ET", "Q", "EMC"]
            stream = ap["/N"]
            res = stream.get("/Resources")
            fonts = res.get("/Font") if res is not None else None
            new = pikepdf.Stream(src, "\n".join(ops).encode("latin-1"))
            new["/Type"] = pikepdf.Name("/XObject")
            new["/Subtype"] = pikepdf.Name("/Form")
            new["/BBox"] = pikepdf.Array([0, 0, w, h])
            helv = None
            if fonts is not None:
                for k in fonts.keys():
                    helv = fonts[k]
                    break
            if helv is None:
                helv = pikepdf.Dictionary(
                    Type=pikepdf.Name("/Font"),
                    Subtype=pikepdf.Name("/Type1"),
                    BaseFont=pikepdf.Name("/Helvetica"),
                )
            new["/Resources"] = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=helv))
            ap["/N"] = new
    out = io.BytesIO()
    src.save(out, deterministic_id=True)
    src.close()
    return out.getvalue()
