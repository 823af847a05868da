"""Draws our own rendering of the cerfa 15763*02 (ameli S1106) with reportlab.

The layout follows the public description of the form: page 1 = header,
section A "VOUS", section B "VOTRE SITUATION"; page 2 = section C
"VOS ENGAGEMENTS ET SIGNATURE", the list of supporting documents, the
"Cadre réservé à l'organisme" and the footer.  A `style` dict (one "print
run") varies typeface, font size, line weights, box sizes and spacing.

Every place a value is written is recorded in a Layout (points, origin at
the TOP-left of the page, y growing downwards) so that the typed, fillable
and handwritten fillers all use the same anchors.
"""

import io

import fonts
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas as rl_canvas

W, H = A4


class Layout(dict):
    """key -> anchor. Anchors:
    ('line', x0, y, x1)          baseline line from x0 to x1 at y
    ('comb', [(x, y, w, h), ...]) comb cells (top-left, size)
    ('box', x, y, s)             check box (top-left, size)
    ('rect', x, y, w, h)         frame
    """


def default_style():
    return dict(
        fam="Helvetica",
        fs=9.0,
        lw=0.6,
        box=8.5,
        cw=12.5,
        ch=15.0,
        row=24.0,
        m=34.0,
        top=28.0,
        accent=(0.05, 0.25, 0.60),
        band="filled",
        sig_inside=True,
        sig_w=230.0,
        sig_h=78.0,
        pieces_boxes=True,
        line_style="dotted",
        logo=0,
        shade=(0.90, 0.93, 0.97),
        legacy_title=False,
    )


class _P:
    """Thin wrapper on a reportlab canvas using top-left coordinates."""

    def __init__(self, c, st):
        self.c = c
        self.st = st
        self.reg, self.bold, self.ital = fonts.family(st["fam"])

    def font(self, kind, size):
        self.c.setFont({"r": self.reg, "b": self.bold, "i": self.ital}[kind], size)

    def text(self, x, y, s, kind="r", size=None, color=(0, 0, 0), align="l"):
        size = size or self.st["fs"]
        self.font(kind, size)
        self.c.setFillColorRGB(*color)
        if align == "l":
            self.c.drawString(x, H - y, s)
        elif align == "c":
            self.c.drawCentredString(x, H - y, s)
        else:
            self.c.drawRightString(x, H - y, s)
        return self.width(s, kind, size)

    def width(self, s, kind="r", size=None):
        size = size or self.st["fs"]
        fn = {"r": self.reg, "b": self.bold, "i": self.ital}[kind]
        return self.c.stringWidth(s, fn, size)

    def para(self, x, y, w, s, kind="r", size=None, lead=None, color=(0, 0, 0)):
        size = size or self.st["fs"]
        lead = lead or size * 1.22
        fn = {"r": self.reg, "b": self.bold, "i": self.ital}[kind]
        lines = simpleSplit(s, fn, size, w)
        for i, ln in enumerate(lines):
            self.text(x, y + i * lead, ln, kind, size, color)
        return y + len(lines) * lead

    def rect(self, x, y, w, h, lw=None, stroke=(0, 0, 0), fill=None):
        c = self.c
        c.setLineWidth(lw if lw is not None else self.st["lw"])
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
        if fill is not None:
            c.setFillColorRGB(*fill)
        c.rect(
            x,
            H - y - h,
            w,
            h,
            stroke=1 if stroke is not None else 0,
            fill=1 if fill is not None else 0,
        )

    def hline(self, x0, x1, y, lw=None, dotted=False, color=(0, 0, 0)):
        c = self.c
        c.setLineWidth(lw if lw is not None else self.st["lw"] * 0.8)
        c.setStrokeColorRGB(*color)
        if dotted:
            c.setDash(1, 1.8)
        c.line(x0, H - y, x1, H - y)
        c.setDash()


class FormDrawer:
    def __init__(self, st):
        self.st = dict(default_style())
        self.st.update(st)

    # ------------------------------------------------------------------ bits
    def _band(self, p, y, letter, title, sub=None):
        st = self.st
        m = st["m"]
        h = st["fs"] * 1.9
        acc = st["accent"]
        if st["band"] == "filled":
            p.rect(m, y, W - 2 * m, h, lw=0, stroke=None, fill=acc)
            p.rect(m + 3, y + 2.5, h - 5, h - 5, lw=0, stroke=None, fill=(1, 1, 1))
            p.text(m + 3 + (h - 5) / 2, y + h * 0.68, letter, "b", st["fs"] * 1.15, acc, "c")
            p.text(m + h + 4, y + h * 0.68, title, "b", st["fs"] * 1.15, (1, 1, 1))
        elif st["band"] == "tinted":
            p.rect(m, y, W - 2 * m, h, lw=st["lw"], stroke=acc, fill=st["shade"])
            p.rect(m, y, h, h, lw=0, stroke=None, fill=acc)
            p.text(m + h / 2, y + h * 0.68, letter, "b", st["fs"] * 1.15, (1, 1, 1), "c")
            p.text(m + h + 6, y + h * 0.68, title, "b", st["fs"] * 1.15, acc)
        else:  # rule
            p.text(m, y + h * 0.68, letter + " - " + title, "b", st["fs"] * 1.2, acc)
            p.hline(m, W - m, y + h, lw=st["lw"] * 2.2, color=acc)
        if sub:
            tw = p.width(title, "b", st["fs"] * 1.15)
            x = (
                m + h + 10 + tw
                if st["band"] != "rule"
                else m + p.width(letter + " - " + title, "b", st["fs"] * 1.2) + 8
            )
            col = (1, 1, 1) if st["band"] == "filled" else (0.2, 0.2, 0.2)
            p.text(x, y + h * 0.68, sub, "i", st["fs"] * 0.85, col)
        return y + h

    def _line_field(self, p, L, key, label, x0, x1, y, hint=None, lab_kind="r"):
        st = self.st
        tw = p.text(x0, y, label, lab_kind)
        xs = x0 + tw + 5
        if hint:
            hw = p.text(xs, y, hint, "i", st["fs"] * 0.78, (0.3, 0.3, 0.3))
            xs += hw + 5
        p.hline(xs, x1, y + 1.5, dotted=st["line_style"] == "dotted")
        L[key] = ("line", xs, y + 1.5, x1)
        return xs

    def _comb(self, p, L, key, x, y, groups, sep_gap=None, labels=None):
        """groups: list of cell counts. y is the TOP of the cells."""
        st = self.st
        cw, ch = st["cw"], st["ch"]
        gap = sep_gap if sep_gap is not None else cw * 0.45
        cells = []
        xx = x
        for gi, n in enumerate(groups):
            gx = xx
            for _ in range(n):
                p.rect(xx, y, cw, ch, lw=st["lw"])
                cells.append((xx, y, cw, ch))
                xx += cw
            if labels:
                p.text(
                    gx + n * cw / 2,
                    y + ch + st["fs"] * 0.85,
                    labels[gi],
                    "r",
                    st["fs"] * 0.7,
                    (0.35, 0.35, 0.35),
                    "c",
                )
            xx += gap
        L[key] = ("comb", cells)
        return xx - gap

    def _box(self, p, L, key, x, y, label=None, kind="r", size=None):
        """y is the text baseline of the label; the box sits on it."""
        st = self.st
        s = st["box"]
        by = y - s + 0.8
        p.rect(x, by, s, s, lw=st["lw"] * 1.1)
        L[key] = ("box", x, by, s)
        if label:
            return x + s + 4 + p.text(x + s + 4, y, label, kind, size)
        return x + s

    # -------------------------------------------------------------- header
    def _header(self, p, y):
        st = self.st
        m = st["m"]
        acc = st["accent"]
        # Marianne block (drawn as text + tricolour bar)
        p.rect(m, y, 5, 26, lw=0, stroke=None, fill=(0.0, 0.14, 0.57))
        p.rect(m, y + 26, 5, 0.1, lw=0, stroke=None, fill=(1, 1, 1))
        p.text(m + 9, y + 8, "RÉPUBLIQUE", "b", 7.2)
        p.text(m + 9, y + 16, "FRANÇAISE", "b", 7.2)
        p.text(m + 9, y + 24, "Liberté", "i", 5.6)
        p.text(m + 9, y + 30, "Égalité", "i", 5.6)
        p.text(m + 9, y + 36, "Fraternité", "i", 5.6)
        # l'Assurance Maladie logo: a rounded mark + two-line word mark
        lx = m + 82 if st["logo"] == 0 else m + 70
        c = p.c
        c.setFillColorRGB(*acc)
        c.roundRect(lx, H - y - 34, 30, 30, 8, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.circle(lx + 15, H - y - 13, 5.2, stroke=0, fill=1)
        c.setStrokeColorRGB(1, 1, 1)
        c.setLineWidth(3.0)
        c.arc(lx + 6, H - y - 33, lx + 24, H - y - 17, 20, 140)
        p.text(lx + 36, y + 14, "l'Assurance", "b", 12.5, acc)
        p.text(lx + 36, y + 28, "Maladie", "b", 12.5, acc)
        p.text(lx + 36, y + 37, "Agir ensemble, protéger chacun", "i", 5.8, (0.3, 0.3, 0.3))
        # cerfa box
        bx, bw, bh = W - m - 112, 112, 44
        p.rect(bx, y, bw, bh, lw=st["lw"] * 1.4)
        c.setFillColorRGB(0, 0, 0)
        c.roundRect(bx + 8, H - y - 22, 46, 16, 4, stroke=0, fill=1)
        p.text(bx + 31, y + 18, "cerfa", "b", 11.5, (1, 1, 1), "c")
        p.text(bx + 60, y + 13, "formulaire", "r", 5.5)
        p.text(bx + 60, y + 19.5, "homologué", "r", 5.5)
        p.text(bx + bw / 2, y + 37, "N° 15763*02", "b", 10.5, (0, 0, 0), "c")
        return y + 46

    # -------------------------------------------------------------- page 1
    def page1(self, c, L):
        st = self.st
        p = _P(c, st)
        m = st["m"]
        fs = st["fs"]
        acc = st["accent"]
        x1 = W - m
        y = self._header(p, st["top"])
        y += 14
        p.text(
            W / 2,
            y,
            "Demande d'ouverture des droits à l'assurance maladie",
            "b",
            fs * 1.75,
            (0, 0, 0),
            "c",
        )
        y += fs * 1.6
        p.text(W / 2, y, "Protection universelle maladie (PUMa)", "b", fs * 1.25, acc, "c")
        y += fs * 1.35
        p.text(
            W / 2,
            y,
            "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-3 et D. 160-2 du code de la sécurité sociale",
            "i",
            fs * 0.78,
            (0.25, 0.25, 0.25),
            "c",
        )
        y += fs * 0.9
        # notice
        notice = (
            "Vous travaillez en France, ou vous y résidez de manière stable et régulière depuis plus de trois mois : "
            "ce formulaire vous permet de demander la prise en charge de vos frais de santé à titre personnel. "
            "Remplissez-le en lettres capitales, datez-le et signez-le, puis adressez-le avec les pièces "
            "justificatives listées en page 2 à la caisse d'assurance maladie de votre lieu de résidence "
            "(vous pouvez aussi le déposer à l'accueil de votre caisse). Vous recevrez ensuite un numéro de "
            "sécurité sociale provisoire puis définitif. Renseignements : ameli.fr ou 36 46 (service gratuit + prix d'un appel)."
        )
        nfs = fs * 0.76
        ny0 = y
        yy = p.para(
            m + 6, y + nfs * 1.5, W - 2 * m - 12, notice, "r", nfs, color=(0.15, 0.15, 0.15)
        )
        nh = yy - ny0 + 1
        p.rect(m, ny0, W - 2 * m, nh, lw=st["lw"] * 0.7, stroke=(0.4, 0.4, 0.4))
        y = ny0 + nh + 9

        # ---------------- A
        y = self._band(p, y, "A", "VOUS", "(la personne qui demande l'ouverture des droits)")
        r = st["row"]
        y += r * 0.95
        self._line_field(
            p, L, "nom_naissance", "Nom de naissance", m, x1, y, "(nom de famille)", "b"
        )
        y += r
        self._line_field(
            p,
            L,
            "nom_usage",
            "Nom d'usage (facultatif)",
            m,
            x1,
            y,
            "(ex. : nom d'épouse ou d'époux)",
        )
        y += r
        self._line_field(
            p, L, "prenoms", "Prénom(s)", m, x1, y, "(dans l'ordre de l'état civil)", "b"
        )
        y += r * 1.05
        # sexe + date de naissance
        xx = p.text(m, y, "Sexe :", "b") + m + 8
        xx = self._box(p, L, "sexe_F", xx, y, "F") + 12
        xx = self._box(p, L, "sexe_M", xx, y, "M") + 30
        xx += p.text(xx, y, "Date de naissance", "b") + 8
        self._comb(p, L, "dob", xx, y - st["ch"] + 3, [2, 2, 4], labels=["JJ", "MM", "AAAA"])
        y += r * 1.25
        half = m + (W - 2 * m) * 0.55
        p.text(m, y, "Lieu de naissance :", "b")
        self._line_field(
            p,
            L,
            "lieu_commune",
            "commune",
            m + p.width("Lieu de naissance :", "b") + 6,
            half - 8,
            y,
        )
        self._line_field(p, L, "lieu_pays", "pays", half, x1, y)
        y += r
        self._line_field(p, L, "nationalite", "Nationalité", m, half - 8, y, None, "b")
        y += r * 1.2
        p.text(m, y, "N° de sécurité sociale", "b")
        p.text(m, y + fs * 1.05, "(si vous en avez un)", "i", fs * 0.78, (0.3, 0.3, 0.3))
        self._comb(
            p,
            L,
            "nir",
            m + p.width("N° de sécurité sociale", "b") + 10,
            y - st["ch"] + 3,
            [1, 2, 2, 2, 3, 3, 2],
            sep_gap=st["cw"] * 0.35,
        )
        y += r * 1.15
        self._line_field(p, L, "adresse", "Adresse", m, x1, y, "(n°, rue, bâtiment, étage)", "b")
        y += r
        self._line_field(p, L, "adresse2", "", m, x1, y)
        y += r * 1.1
        xx = m + p.text(m, y, "Code postal", "b") + 8
        xx = self._comb(p, L, "cp", xx, y - st["ch"] + 3, [5])
        self._line_field(p, L, "commune", "Commune", xx + 14, x1, y, None, "b")
        y += r
        self._line_field(p, L, "tel", "Téléphone", m, half - 8, y)
        self._line_field(p, L, "mail", "Courriel", half, x1, y)
        y += r * 0.75

        # ---------------- B
        y = self._band(p, y, "B", "VOTRE SITUATION")
        y += fs * 1.6
        p.text(
            m,
            y,
            "Cochez la case qui correspond à votre situation actuelle (une seule case).",
            "i",
            fs * 0.9,
        )
        y += r * 0.95
        ind = m + st["box"] + 6
        self._box(p, L, "sit_salarie", m, y, "Vous exercez une activité salariée en France", "b")
        y += r * 0.85
        xx = ind + p.text(ind, y, "Type de contrat :") + 8
        xx = self._box(p, L, "ct_CDI", xx, y, "CDI") + 12
        xx = self._box(p, L, "ct_CDD", xx, y, "CDD") + 12
        xx = self._box(p, L, "ct_autre", xx, y, "autre (intérim, apprentissage...) :") + 4
        self._line_field(p, L, "ct_autre_txt", "", xx, x1, y)
        y += r * 0.85
        self._line_field(p, L, "profession", "Emploi occupé", ind, half - 8, y)
        self._line_field(p, L, "employeur", "Employeur", half, x1, y)
        y += r * 1.05
        self._box(
            p,
            L,
            "sit_independant",
            m,
            y,
            "Vous exercez une activité non salariée en France (travailleur indépendant, micro-entrepreneur)",
            "b",
        )
        y += r * 0.85
        self._line_field(p, L, "siret", "N° SIRET", ind, half - 8, y)
        self._line_field(p, L, "activite", "Activité", half, x1, y)
        y += r * 1.05
        self._box(
            p,
            L,
            "sit_demandeur",
            m,
            y,
            "Vous êtes demandeur d'emploi inscrit(e) à France Travail",
            "b",
        )
        y += r * 0.85
        self._line_field(p, L, "ft_id", "Identifiant France Travail", ind, half - 8, y)
        y += r * 1.05
        self._box(p, L, "sit_etudiant", m, y, "Vous êtes étudiant(e)", "b")
        self._line_field(
            p, L, "etab", "Établissement", ind + p.width("Vous êtes étudiant(e)", "b") + 14, x1, y
        )
        y += r * 1.05
        self._box(
            p,
            L,
            "sit_inactif",
            m,
            y,
            "Vous n'exercez pas d'activité professionnelle et vous résidez en France",
            "b",
        )
        y += fs * 1.2
        p.text(ind, y, "de manière stable et régulière depuis plus de trois mois", "b")
        y += r * 1.05
        xx = self._box(p, L, "sit_autre", m, y, "Autre situation", "b") + 3
        xx += p.text(xx, y, "(précisez) :", "i", fs * 0.85)
        self._line_field(p, L, "autre_txt", "", xx + 4, x1, y)
        L.bottom = y
        # footer
        self._footer(p, 1)

    def _footer(self, p, n):
        st = self.st
        m = st["m"]
        p.hline(m, W - m, H - 30, lw=st["lw"] * 0.6, color=(0.4, 0.4, 0.4))
        p.text(
            m,
            H - 20,
            "S1106 — cerfa n° 15763*02 — page %d/2" % n,
            "r",
            st["fs"] * 0.8,
            (0.2, 0.2, 0.2),
        )
        if n == 1:
            p.text(W - m, H - 20, "Tournez la page SVP", "i", st["fs"] * 0.8, (0.2, 0.2, 0.2), "r")
        else:
            p.text(W - m, H - 20, "ameli.fr", "b", st["fs"] * 0.8, st["accent"], "r")

    # -------------------------------------------------------------- page 2
    def page2(self, c, L):
        st = self.st
        p = _P(c, st)
        m = st["m"]
        fs = st["fs"]
        acc = st["accent"]
        x1 = W - m
        y = st["top"] + 8
        p.text(
            m,
            y,
            "Demande d'ouverture des droits à l'assurance maladie (suite)",
            "b",
            fs * 1.05,
            acc,
        )
        p.text(x1, y, "cerfa N° 15763*02", "r", fs * 0.85, (0.2, 0.2, 0.2), "r")
        y += 14
        y = self._band(p, y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y += fs * 1.8
        y = p.para(
            m,
            y,
            W - 2 * m,
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
            "b",
        )
        y = p.para(
            m,
            y + 2,
            W - 2 * m,
            "Je m'engage à signaler sans délai à ma caisse d'assurance maladie tout changement de situation "
            "(adresse, activité professionnelle, résidence en France).",
        )
        y = p.para(
            m,
            y + 2,
            W - 2 * m,
            "Je suis informé(e) que ma caisse peut vérifier auprès d'autres organismes et administrations "
            "l'exactitude des informations déclarées.",
        )
        y += st["row"] * 1.3
        mid = m + (W - 2 * m) * 0.56
        self._line_field(p, L, "fait_a", "Fait à", m, mid - 10, y, None, "b")
        self._line_field(p, L, "le", "le", mid, x1, y, None, "b")
        y += 14
        sw, sh = st["sig_w"], st["sig_h"]
        sx = x1 - sw
        if st["sig_inside"]:
            p.rect(sx, y, sw, sh, lw=st["lw"] * 1.3)
            p.text(sx + 5, y + fs * 1.25, "Signature", "b", fs * 0.95)
            L["sig_label"] = (
                "rect",
                sx + 3,
                y + 2,
                p.width("Signature", "b", fs * 0.95) + 5,
                fs * 1.5,
            )
        else:
            p.text(sx, y + fs, "Signature", "b", fs * 0.95)
            y += fs * 1.5
            p.rect(sx, y, sw, sh, lw=st["lw"] * 1.3)
        L["sig_box"] = ("rect", sx, y, sw, sh)
        warn = (
            "La loi prévoit des sanctions pénales et financières en cas de fraude ou de fausse déclaration "
            "(articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal ; article L. 114-17-1 du code de "
            "la sécurité sociale)."
        )
        p.para(m, y + fs, sx - m - 14, warn, "i", fs * 0.8, color=(0.25, 0.25, 0.25))
        y += sh + 24

        # pieces justificatives
        title = "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE"
        y0 = y
        p.rect(m, y0, W - 2 * m, fs * 1.9, lw=0, stroke=None, fill=st["shade"])
        p.text(m + 6, y0 + fs * 1.35, title, "b", fs * 1.05, acc)
        y += fs * 1.9 + fs * 1.5
        p.text(
            m + 6,
            y,
            "Joignez des photocopies lisibles ; n'envoyez jamais d'originaux.",
            "i",
            fs * 0.85,
        )
        y += fs * 1.6
        items = [
            (
                "pj_identite",
                "Une pièce d'identité en cours de validité : passeport ou, pour les ressortissants de l'Union "
                "européenne, de l'Espace économique européen ou de la Suisse, carte nationale d'identité.",
            ),
            (
                "pj_sejour",
                "Si vous n'êtes pas ressortissant européen : votre titre de séjour, votre visa long séjour valant "
                "titre de séjour (VLS-TS) validé, ou votre récépissé de demande de titre de séjour.",
            ),
            (
                "pj_naissance",
                "Votre acte de naissance (copie intégrale ou extrait avec filiation), avec son apostille ou sa "
                "légalisation lorsque le pays de délivrance l'exige ; traduction par un traducteur assermenté si nécessaire.",
            ),
            (
                "pj_residence",
                "Un justificatif de résidence en France depuis plus de trois mois : bail de location, ou trois "
                "factures successives (électricité, gaz, eau, téléphone fixe ou mobile, internet), ou attestation "
                "d'hébergement accompagnée de la pièce d'identité de l'hébergeant et d'un justificatif de son domicile.",
            ),
            ("pj_rib", "Un relevé d'identité bancaire (RIB) à votre nom, avec IBAN et BIC."),
            (
                "pj_emploi",
                "Si vous exercez une activité salariée : votre contrat de travail ou votre dernier bulletin de "
                "salaire ; si vous êtes travailleur indépendant : un justificatif d'immatriculation.",
            ),
        ]
        tx = m + 8 + (st["box"] + 6 if st["pieces_boxes"] else 10)
        for key, s in items:
            if st["pieces_boxes"]:
                self._box(p, L, key, m + 8, y)
            else:
                p.c.setFillColorRGB(*acc)
                p.c.circle(m + 11, H - y + fs * 0.3, 1.6, stroke=0, fill=1)
            y = p.para(tx, y, x1 - tx - 6, s, "r", fs * 0.92) + 4.5
        p.rect(m, y0, W - 2 * m, y - y0 + 2, lw=st["lw"], stroke=acc)
        y += 16

        # cadre réservé
        ch = fs * 7.2
        p.rect(m, y, W - 2 * m, ch, lw=st["lw"], stroke=(0.3, 0.3, 0.3), fill=(0.93, 0.93, 0.93))
        p.text(m + 6, y + fs * 1.4, "Cadre réservé à l'organisme", "b", fs * 0.95)
        yy = y + fs * 3.3
        p.text(m + 6, yy, "Date de réception :  ____ / ____ / ________", "r", fs * 0.9)
        xx = m + (W - 2 * m) * 0.52
        p.text(xx, yy, "Pièces vérifiées :", "r", fs * 0.9)
        bx = xx + p.width("Pièces vérifiées :", "r", fs * 0.9) + 6
        self._box(p, L, "org_oui", bx, yy, "oui", "r", fs * 0.9)
        self._box(p, L, "org_non", bx + 36, yy, "non", "r", fs * 0.9)
        yy += fs * 2.2
        p.text(m + 6, yy, "Matricule agent :  ____________________", "r", fs * 0.9)
        p.text(xx, yy, "Observations : ______________________________", "r", fs * 0.9)
        y += ch + 14

        cnil = (
            "Les informations recueillies sur ce formulaire sont nécessaires au traitement de votre demande par "
            "l'Assurance Maladie. Conformément à la loi n° 78-17 du 6 janvier 1978 modifiée relative à "
            "l'informatique, aux fichiers et aux libertés et au règlement (UE) 2016/679, vous disposez d'un droit "
            "d'accès et de rectification des informations qui vous concernent auprès du délégué à la protection "
            "des données de votre caisse d'assurance maladie."
        )
        y = p.para(m, y, W - 2 * m, cnil, "r", fs * 0.72, color=(0.3, 0.3, 0.3))
        # "à savoir" block fills the rest of the page, as on the printed form
        y += st.get("p2gap", 14)
        if H - 44 - y > 90:
            y0 = y
            p.text(m + 6, y + fs * 1.45, "À SAVOIR", "b", fs * 0.95, acc)
            tips = [
                "Où envoyer votre demande ? À la caisse primaire d'assurance maladie (CPAM) de votre lieu de résidence ; "
                "l'adresse figure sur ameli.fr, rubrique « Adresses et contacts ».",
                "Conservez une copie de ce formulaire et des pièces envoyées. Un numéro de sécurité sociale provisoire "
                "vous sera attribué, puis votre numéro définitif après vérification de votre état civil.",
                "Dès réception de votre numéro définitif, vous pourrez créer votre compte ameli et demander votre "
                "carte Vitale.",
                "Si votre situation ou votre adresse change pendant l'instruction de votre demande, informez-en votre caisse.",
            ]
            yy = y + fs * 3.0
            for t in tips:
                p.c.setFillColorRGB(*acc)
                p.c.rect(m + 8, H - yy + fs * 0.15, 2.6, 2.6, stroke=0, fill=1)
                yy = (
                    p.para(m + 16, yy, W - 2 * m - 24, t, "r", fs * 0.82, color=(0.15, 0.15, 0.15))
                    + 3
                )
            p.rect(m, y0, W - 2 * m, yy - y0, lw=st["lw"] * 0.8, stroke=(0.45, 0.45, 0.45))
        self._footer(p, 2)


def render_pdf(style, on_page=None, meta_title=None):
    """Render the two-page form.  on_page(page_no, canvas, layout) is called
    after each page is drawn (to add typed values, ink, ...).
    Returns (pdf_bytes, [layout_p1, layout_p2])."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(meta_title or "S1106 - Demande d'ouverture des droits a l'assurance maladie")
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    fd = FormDrawer(style)
    layouts = []
    for n, fn in ((1, fd.page1), (2, fd.page2)):
        L = Layout()
        fn(c, L)
        if on_page:
            on_page(n, c, L)
        layouts.append(L)
        c.showPage()
    c.save()
    return buf.getvalue(), layouts
