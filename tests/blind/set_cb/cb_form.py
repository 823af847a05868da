"""The application form of set_cb: "Demande d'ouverture des droits à l'assurance maladie",
cerfa n° 15763*02 (S1106), drawn from the description in briefs/form.md.

Two print runs of our own ('A': blue section bars, labels above comb boxes; 'B': ruled
sections, labels beside dotted lines) and four fill ways: hand, typed_print, acroform,
acroform_printed. Every signature is drawn with pen strokes (or pasted as a pen image)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4

from cb_base import sw
from cb_pen import para

W, H = A4
BLUE = (0.0, 0.3, 0.6)

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    (
        "independant",
        "Vous exercez une activité non salariée (travailleur indépendant, profession libérale...)",
    ),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        (
            "Vous êtes sans activité et vous résidez en France de manière stable "
            "et régulière depuis plus de trois mois"
        ),
    ),
    ("autre", "Autre situation (précisez) :"),
]
PIECES = [
    "une photocopie de votre pièce d'identité (passeport, carte nationale d'identité) ;",
    (
        "si vous êtes ressortissant d'un État hors UE/EEE/Suisse : la photocopie de votre titre "
        "de séjour, de votre visa long séjour valant titre de séjour (VLS-TS) ou du récépissé ;"
    ),
    "une photocopie de votre acte de naissance (copie intégrale ou extrait avec filiation) ;",
    (
        "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
        "attestation d'hébergement...) ;"
    ),
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]


class Form:
    """Draws the blank form on a canvas and records the geometry of every field."""

    def __init__(self, run: str):
        self.run = run
        self.geo: dict[str, tuple] = {}
        self.font = "Lib" if run == "A" else "Open"

    # -- drawing primitives
    def bar(self, c, y, letter, title):
        if self.run == "A":
            c.setFillColorRGB(*BLUE)
            c.rect(36, y - 4, W - 72, 17, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont(self.font + "-B", 10.5)
            c.drawString(44, y, f"{letter}   {title}")
            c.setFillColorRGB(0, 0, 0)
        else:
            if letter:
                c.setFillColorRGB(*BLUE)
                c.circle(46, y + 4, 8, stroke=0, fill=1)
                c.setFillColorRGB(1, 1, 1)
                c.setFont(self.font + "-B", 10)
                c.drawCentredString(46, y + 0.5, letter)
            c.setFillColorRGB(*BLUE)
            c.setFont(self.font + "-B", 11)
            c.drawString(60, y, title)
            c.setStrokeColorRGB(*BLUE)
            c.setLineWidth(1)
            c.line(60, y - 4, W - 36, y - 4)
            c.setFillColorRGB(0, 0, 0)
            c.setStrokeColorRGB(0, 0, 0)

    def comb(self, c, name, x, y, n, cell=13.0, h=15.0, gap_after=(), seg_names=None):
        c.setLineWidth(0.5)
        c.setStrokeColorRGB(0.35, 0.35, 0.4)
        xx = x
        xs, segs, seg_start, seg_x = [], [], 0, x
        for i in range(n):
            c.rect(xx, y, cell, h)
            xs.append(xx)
            xx += cell
            if i in gap_after or i == n - 1:
                segs.append((seg_x, seg_start, i + 1 - seg_start))
                xx += 6 if i in gap_after else 0
                seg_start, seg_x = i + 1, xx
        c.setStrokeColorRGB(0, 0, 0)
        names = seg_names or (
            [name] if len(segs) == 1 else [f"{name}_{k + 1}" for k in range(len(segs))]
        )
        self.geo[name] = ("comb", x, y, xx - x, h, n, cell, xs, list(zip(names, segs)))
        return xx

    def line(self, c, name, x, y, w):
        c.setLineWidth(0.4)
        c.setStrokeColorRGB(0.4, 0.4, 0.45)
        if self.run == "B":
            c.setDash(1, 2)
        c.line(x, y, x + w, y)
        c.setDash()
        c.setStrokeColorRGB(0, 0, 0)
        self.geo[name] = ("line", x, y, w, 14)

    def box(self, c, name, x, y, s=9):
        c.setLineWidth(0.6)
        c.rect(x, y, s, s)
        self.geo[name] = ("box", x, y, s, s)

    def label(self, c, x, y, text, size=8.2, bold=False):
        c.setFont(self.font + ("-B" if bold else ""), size)
        c.drawString(x, y, text)
        return x + sw(text, self.font + ("-B" if bold else ""), size)

    # -- pages
    def page1(self, c):
        F = self.font
        c.setFillColorRGB(*BLUE)
        c.setFont(F, 13)
        c.drawString(40, H - 48, "l'Assurance")
        c.setFont(F + "-B", 13)
        c.drawString(40 + sw("l'Assurance ", F, 13), H - 48, "Maladie")
        c.setFillColorRGB(0.95, 0.55, 0.1)
        c.circle(36, H - 44, 3, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setLineWidth(0.8)
        c.rect(W - 130, H - 62, 94, 34)
        c.setFont(F + "-B", 13)
        c.drawString(W - 124, H - 44, "cerfa")
        c.setFont(F, 8.5)
        c.drawString(W - 124, H - 56, "N° 15763*02")
        c.setFont(F + "-B", 15 if self.run == "A" else 14)
        c.drawCentredString(W / 2, H - 92, "Demande d'ouverture des droits à l'assurance maladie")
        c.setFont(F, 11)
        c.drawCentredString(W / 2, H - 108, "Protection universelle maladie (PUMa)")
        c.setFont(F, 6.8)
        y = para(
            c,
            40,
            H - 126,
            "Vous travaillez ou vous résidez en France de manière stable et "
            "régulière et vous n'êtes pas encore couvert(e) par l'assurance maladie : "
            "complétez ce formulaire, signez-le et adressez-le à la caisse d'assurance "
            "maladie de votre lieu de résidence avec les pièces justificatives listées en "
            "page 2.",
            F,
            6.8,
            W - 80,
            8.4,
        )
        c.setFont(F, 6.2)
        c.drawString(
            40,
            y,
            "Articles L. 160-1, L. 160-5 à L. 160-7, L. 161-1, L. 200-1, R. 111-3,"
            " R. 160-1 et D. 160-2 du code de la sécurité sociale.",
        )
        y -= 26
        self.bar(c, y, "A", "VOUS")
        y -= 32 if self.run == "A" else 28
        above = self.run == "A"

        def named(lbl, name, width, comb_n=0, xlab=44):
            nonlocal y
            if above:
                self.label(c, xlab, y + 19, lbl)
                if comb_n:
                    self.comb(c, name, xlab, y, comb_n)
                else:
                    self.line(c, name, xlab, y, width)
                y -= 36
            else:
                x1 = self.label(c, xlab, y, lbl) + 6
                self.line(c, name, x1, y - 1, W - 40 - x1)
                y -= 24

        named("Nom de naissance", "nom", 380, 28 if above else 0)
        named("Nom d'usage (facultatif)", "nom_usage", 380, 28 if above else 0)
        named("Prénom(s)", "prenoms", 480)
        # sexe + date de naissance on one row
        ybase = y + (8 if above else 0)
        x = self.label(c, 44, ybase + 3, "Sexe :") + 8
        self.box(c, "sexe_f", x, ybase + 1)
        x = self.label(c, x + 12, ybase + 3, "F") + 10
        self.box(c, "sexe_m", x, ybase + 1)
        self.label(c, x + 12, ybase + 3, "M")
        x = self.label(c, 190, ybase + 3, "Date de naissance") + 8
        self.comb(
            c,
            "naissance",
            x,
            ybase - 1,
            8,
            gap_after=(1, 3),
            seg_names=["date_naissance_jj", "date_naissance_mm", "date_naissance_aaaa"],
        )
        c.setFont(F, 5.5)
        for (_, (sx, _s, n)), hint in zip(self.geo["naissance"][8], ("JJ", "MM", "AAAA")):
            c.drawCentredString(sx + n * 6.5, ybase - 8, hint)
        y -= 30
        named("Lieu de naissance – commune", "lieu_commune", 240)
        x_pays = 300
        if above:
            self.label(c, x_pays, y + 53, "Pays")
            self.line(c, "lieu_pays", x_pays, y + 36, 250)
        else:
            y += 24
            self.geo.pop("lieu_commune")
            x1 = self.label(c, 44, y, "Lieu de naissance – commune") + 6
            self.line(c, "lieu_commune", x1, y - 1, 170)
            x2 = self.label(c, 340, y, "pays") + 6
            self.line(c, "lieu_pays", x2, y - 1, W - 40 - x2)
            y -= 24
        named("Nationalité", "nationalite", 200)
        lbl = "N° de sécurité sociale (si vous en avez un)"
        x = self.label(c, 44, y + (3 if not above else 19), lbl)
        xc = 44 if above else x + 8
        yc = y if above else y - 3
        xe = self.comb(
            c,
            "nir",
            xc,
            yc,
            13,
            cell=12,
            gap_after=(0, 2, 4, 6, 9),
            seg_names=[f"nir_{k}" for k in range(1, 7)],
        )
        self.comb(c, "nir_cle", xe + 10, yc, 2, cell=12)
        y -= 36 if above else 26
        named("N° d'allocataire CAF (si vous en avez un)", "caf", 180)
        named("Adresse", "adresse", 480)
        x = self.label(c, 44, y + (19 if above else 3), "Code postal")
        self.comb(c, "cp", 44 if above else x + 8, y if above else y - 3, 5)
        xcom = 150 if above else 180
        x2 = self.label(c, xcom, y + (19 if above else 3), "Commune")
        self.line(
            c,
            "commune",
            xcom if above else x2 + 6,
            y + (0 if above else 2),
            390 if above else W - 46 - x2,
        )
        y -= 36 if above else 24
        x = self.label(c, 44, y + (17 if above else 0), "Téléphone")
        self.line(c, "tel", 44 if above else x + 6, y if above else y - 1, 150)
        x = self.label(c, 250, y + (17 if above else 0), "Courriel")
        self.line(c, "email", 250 if above else x + 6, y if above else y - 1, 290)
        y -= 42 if above else 34
        self.bar(c, y, "B", "VOTRE SITUATION")
        y -= 24
        c.setFont(F, 7.5)
        c.drawString(44, y, "Cochez la case correspondant à votre situation actuelle :")
        y -= 18
        for key, text in SITUATIONS:
            self.box(c, "sit_" + key, 46, y - 1)
            y = para(c, 62, y, text, F, 8.2, W - 110, 10)
            if key == "salarie":
                x = self.label(c, 62, y - 2, "Profession :") + 5
                self.line(c, "profession", x, y - 3, 170)
                x = self.label(c, 320, y - 2, "Contrat :") + 6
                for ct in ("CDI", "CDD", "Intérim", "Autre"):
                    self.box(c, "contrat_" + ct, x, y - 3, 8)
                    x = self.label(c, x + 11, y - 2, ct, 7.8) + 9
                y -= 14
            if key == "autre":
                self.line(c, "autre_texte", 62, y - 3, W - 110)
                y -= 10
            y -= 8
        c.setFont(F, 6.5)
        c.drawString(40, 30, "S1106 — cerfa n° 15763*02 — page 1/2")

    def page2(self, c):
        F = self.font
        y = H - 55
        self.bar(c, y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y -= 24
        y = para(
            c,
            44,
            y,
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
            "ce formulaire. Je m'engage à signaler à ma caisse d'assurance maladie tout "
            "changement dans ma situation (adresse, activité, situation familiale).",
            F,
            8.6,
            W - 88,
            11,
        )
        y = para(
            c,
            44,
            y - 3,
            "La loi punit d'amende et/ou d'emprisonnement quiconque se rend "
            "coupable de fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19,"
            " 441-1 et 441-7 du code pénal ; article L. 114-13 du code de la sécurité "
            "sociale).",
            F,
            7.2,
            W - 88,
            9,
        )
        y -= 16
        x = self.label(c, 44, y, "Fait à", 9) + 6
        self.line(c, "fait_a", x, y - 1, 170)
        x = self.label(c, x + 185, y, "le", 9) + 6
        self.line(c, "le", x, y - 1, 110)
        y -= 20
        bx, bw, bh = 300, W - 340, 80
        if self.run == "A":
            self.label(c, bx, y, "Signature", 8.5, True)
            c.rect(bx, y - bh - 6, bw, bh)
            self.geo["signature"] = ("sig", bx, y - bh - 6, bw, bh)
        else:
            c.rect(bx, y - bh - 6, bw, bh)
            c.setFillColorRGB(0.7, 0.7, 0.72)
            c.setFont(F, 9)
            c.drawString(bx + 6, y - 18, "Signature")
            c.setFillColorRGB(0, 0, 0)
            self.geo["signature"] = ("sig", bx, y - bh - 6, bw, bh)
        y -= bh + 34
        self.bar(c, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        y -= 22
        for t in PIECES:
            c.setFont(F, 8.3)
            c.drawString(48, y, "•")
            y = para(c, 58, y, t, F, 8.3, W - 100, 10.5) - 3
        y -= 10
        c.setFont(F, 7)
        y = para(
            c,
            44,
            y,
            "Les informations recueillies sont destinées à l'assurance maladie "
            "pour l'ouverture de vos droits. Conformément au règlement (UE) 2016/679 et à la "
            "loi n° 78-17 du 6 janvier 1978 modifiée, vous pouvez exercer vos droits d'accès "
            "et de rectification auprès du délégué à la protection des données de votre "
            "caisse.",
            F,
            7,
            W - 88,
            8.8,
        )
        y -= 14
        c.setDash(3, 2)
        c.rect(40, y - 70, W - 80, 72)
        c.setDash()
        c.setFont(F + "-B", 8.5)
        c.drawString(48, y - 12, "Cadre réservé à l'organisme")
        c.setFont(F, 8)
        c.drawString(48, y - 30, "Date de réception : ___ / ___ / ______")
        c.drawString(48, y - 46, "Pièces vérifiées :       oui         non")
        c.rect(118, y - 47, 7, 7)
        c.rect(150, y - 47, 7, 7)
        c.drawString(300, y - 30, "Matricule agent : ____________")
        c.setFont(F, 7.5)
        para(
            c,
            40,
            y - 100,
            "Pour toute information : ameli.fr, rubrique « Droits et démarches »"
            ", ou le 36 46 (service gratuit + prix d'un appel). Conservez une copie de votre "
            "demande et de vos pièces justificatives.",
            F,
            7.5,
            W - 80,
            9.5,
        )
        c.setFont(F, 6.5)
        c.drawString(40, 30, "S1106 — cerfa n° 15763*02 — page 2/2")
