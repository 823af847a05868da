"""Three home-made "print runs" of the cerfa 15763*02 (S1106), drawn with reportlab.

Each run draws the blank form and returns a field map: name -> geometry (points, origin
bottom-left) so that a filler can write values by hand, type them, or put AcroForm fields.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = 595.27, 841.89
MARGIN = 38.0
TTF = "/usr/share/fonts/truetype/"

_REGISTERED: set[str] = set()


def register(name: str, path: str) -> str:
    if name not in _REGISTERED:
        pdfmetrics.registerFont(TTFont(name, path))
        _REGISTERED.add(name)
    return name


@dataclass
class Run:
    key: str
    font: str
    bold: str
    section: str  # "bar" | "underline" | "greybar"
    comb: float  # comb box width
    labels: str  # "beside" | "above" | "inside"
    names_comb: bool  # names written in comb boxes
    sig_label: str  # "above" | "inside" | "grey"
    lines: str  # "dotted" | "boxes"
    accent: Color


def get_run(key: str) -> Run:
    if key == "A":
        return Run(
            "A",
            "Helvetica",
            "Helvetica-Bold",
            "bar",
            13.5,
            "beside",
            True,
            "above",
            "dotted",
            Color(0.05, 0.25, 0.55),
        )
    if key == "B":
        f = register("LibSans", TTF + "liberation/LiberationSans-Regular.ttf")
        b = register("LibSansB", TTF + "liberation/LiberationSans-Bold.ttf")
        return Run(
            "B", f, b, "underline", 12.0, "above", False, "inside", "boxes", Color(0.0, 0.36, 0.6)
        )
    f = register("Carlito", TTF + "crosextra/Carlito-Regular.ttf")
    b = register("CarlitoB", TTF + "crosextra/Carlito-Bold.ttf")
    return Run("C", f, b, "greybar", 15.5, "inside", True, "grey", "boxes", Color(0.12, 0.42, 0.35))


class Sheet:
    """Draws one page and records field geometry."""

    def __init__(self, c, run: Run, page: int, fields: dict):
        self.c, self.r, self.page, self.fields = c, run, page, fields
        self.y = H - MARGIN

    # -- primitives -------------------------------------------------------------------
    def txt(self, x, y, s, size=8.5, bold=False, color=black):
        self.c.setFillColor(color)
        self.c.setFont(self.r.bold if bold else self.r.font, size)
        self.c.drawString(x, y, s)
        self.c.setFillColor(black)

    def para(self, x, y, text, size, width, lead=None):
        lead = lead or size * 1.25
        font = self.r.font
        words, line = text.split(), ""
        for w in words:
            t = (line + " " + w).strip()
            if pdfmetrics.stringWidth(t, font, size) > width:
                self.txt(x, y, line, size)
                y -= lead
                line = w
            else:
                line = t
        if line:
            self.txt(x, y, line, size)
            y -= lead
        return y

    def section(self, letter, title):
        c, r = self.c, self.r
        self.y -= 8
        if r.section == "bar":
            c.setFillColor(r.accent)
            c.rect(MARGIN, self.y - 16, W - 2 * MARGIN, 16, stroke=0, fill=1)
            self.txt(
                MARGIN + 6,
                self.y - 11.5,
                f"{letter}   {title}" if letter else title,
                10.5,
                True,
                white,
            )
        elif r.section == "greybar":
            c.setFillColor(Color(0.86, 0.88, 0.87))
            c.rect(MARGIN, self.y - 16, W - 2 * MARGIN, 16, stroke=0, fill=1)
            c.setFillColor(r.accent)
            c.rect(MARGIN, self.y - 16, 18, 16, stroke=0, fill=1)
            self.txt(MARGIN + 5, self.y - 11.5, letter, 10.5, True, white)
            self.txt(MARGIN + 26, self.y - 11.5, title, 10.5, True, r.accent)
        else:
            self.txt(
                MARGIN, self.y - 12, f"{letter}. {title}" if letter else title, 11, True, r.accent
            )
            c.setStrokeColor(r.accent)
            c.setLineWidth(1.2)
            c.line(MARGIN, self.y - 16, W - MARGIN, self.y - 16)
            c.setStrokeColor(black)
        self.y -= 26

    def value_area(self, x, y, w, h=14):
        """Draw the place where a free value goes; return its rect."""
        c = self.c
        c.setLineWidth(0.5)
        if self.r.lines == "dotted":
            c.setDash(1, 2)
            c.line(x, y, x + w, y)
            c.setDash()
        else:
            c.rect(x, y - 2, w, h, stroke=1, fill=0)
        return (x, y - 2, w, h)

    def combs(self, x, y, n, bw=None, bh=None):
        bw = bw or self.r.comb
        bh = bh or bw * 1.15
        c = self.c
        c.setLineWidth(0.6)
        boxes = []
        for i in range(n):
            c.rect(x + i * bw, y - 3, bw, bh, stroke=1, fill=0)
            boxes.append((x + i * bw, y - 3, bw, bh))
        return boxes

    def checkbox(self, x, y, size=9.0):
        self.c.setLineWidth(0.7)
        self.c.rect(x, y - 1, size, size, stroke=1, fill=0)
        return (x, y - 1, size, size)

    # -- composite rows ---------------------------------------------------------------
    def _label_pos(self, label, x, w, lab_w):
        """Place a label; return (value_x, value_w, baseline y) for the value."""
        r = self.r
        if r.labels == "beside":
            self.txt(x, self.y, label, 8.5)
            return x + lab_w, w - lab_w, self.y
        if r.labels == "above":
            self.txt(x, self.y, label, 7.8)
            self.y -= 15
            return x, w, self.y
        # inside: a framed cell with the label in its top-left corner
        self.c.setLineWidth(0.5)
        self.c.rect(x, self.y - 19, w, 31, stroke=1, fill=0)
        self.txt(x + 3, self.y + 4.5, label, 6.8, color=Color(0.3, 0.3, 0.3))
        return x + 4, w - 8, self.y - 13

    def text_row(self, name, label, x=MARGIN, w=W - 2 * MARGIN, lab_w=120, step=True, comb_n=0):
        y0 = self.y
        vx, vw, vy = self._label_pos(label, x, w, lab_w)
        if comb_n or (self.r.names_comb and name in ("nom_naissance", "nom_usage", "prenoms")):
            n = comb_n or int(vw // self.r.comb)
            boxes = self.combs(vx, vy, n)
            self.fields[name] = {"page": self.page, "kind": "comb", "boxes": boxes}
        elif self.r.labels == "inside":
            self.fields[name] = {"page": self.page, "kind": "text", "rect": (vx, vy - 3, vw, 14)}
        else:
            self.fields[name] = {
                "page": self.page,
                "kind": "text",
                "rect": self.value_area(vx, vy, vw),
            }
        if step:
            self.y -= 23.5 if self.r.labels != "inside" else 36
        else:
            self.y = y0
        return vy

    def check_row(self, name, label, x=MARGIN + 6, size=8.5):
        box = self.checkbox(x, self.y)
        self.fields[name] = {"page": self.page, "kind": "check", "rect": box}
        self.txt(x + 14, self.y, label, size)
        self.y -= 16


FOOT = "S1106 — cerfa n° 15763*02 — page {}/2"
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, R. 111-2, R. 111-3 et D. 160-2 "
    "du code de la sécurité sociale"
)
NOTICE = (
    "Vous résidez en France de manière stable et régulière ou vous y travaillez : "
    "remplissez ce formulaire pour ouvrir vos droits à la prise en charge de vos frais de "
    "santé. Écrivez en lettres capitales. Joignez les pièces justificatives listées en "
    "page 2 et adressez le tout à la caisse d'assurance maladie de votre lieu de "
    "résidence."
)


def header(s: Sheet):
    c, r = s.c, s.r
    y = H - MARGIN
    if r.key == "A":
        c.setFillColor(r.accent)
        c.circle(MARGIN + 12, y - 12, 12, stroke=0, fill=1)
        s.txt(MARGIN + 30, y - 10, "l'Assurance", 12, True, r.accent)
        s.txt(MARGIN + 30, y - 23, "Maladie", 12, True, r.accent)
    else:
        s.txt(MARGIN, y - 14, "l'Assurance Maladie", 15 if r.key == "B" else 16, True, r.accent)
        s.txt(MARGIN, y - 25, "Agir ensemble, protéger chacun", 7.5, color=r.accent)
    bx = W - MARGIN - 96
    c.setLineWidth(1)
    c.rect(bx, y - 34, 96, 34, stroke=1, fill=0)
    s.txt(bx + 6, y - 14, "cerfa", 13, True)
    s.txt(bx + 6, y - 28, "N° 15763*02", 9.5, True)
    ty = y - 58
    s.txt(MARGIN, ty, "Demande d'ouverture des droits à l'assurance maladie", 14.5, True)
    s.txt(MARGIN, ty - 17, "Protection universelle maladie (PUMa)", 11, False, r.accent)
    s.txt(MARGIN, ty - 29, LEGAL, 6.6)
    s.y = s.para(MARGIN, ty - 41, NOTICE, 7.2, W - 2 * MARGIN) - 2


def page1(c, run: Run, fields: dict):
    s = Sheet(c, run, 1, fields)
    header(s)
    s.section("A", "VOUS")
    full = W - 2 * MARGIN
    s.text_row("nom_naissance", "Nom de naissance")
    s.text_row("nom_usage", "Nom d'usage (facultatif)")
    s.text_row("prenoms", "Prénom(s)")
    # Sexe + date of birth on one row
    y = s.y
    s.txt(MARGIN, y, "Sexe :", 8.5)
    fields["sexe_F"] = {"page": 1, "kind": "check", "rect": s.checkbox(MARGIN + 34, y)}
    s.txt(MARGIN + 46, y, "F", 8.5)
    fields["sexe_M"] = {"page": 1, "kind": "check", "rect": s.checkbox(MARGIN + 62, y)}
    s.txt(MARGIN + 74, y, "M", 8.5)
    dx = MARGIN + 150
    s.txt(dx, y, "Date de naissance", 8.5)
    bw = run.comb
    x = dx + 78
    for key, n in (("naiss_j", 2), ("naiss_m", 2), ("naiss_a", 4)):
        fields[key] = {"page": 1, "kind": "comb", "boxes": s.combs(x, y, n)}
        x += n * bw + 8
    s.txt(x, y - 8, "(JJ MM AAAA)", 6.5)
    s.y -= 26
    s.text_row("naiss_commune", "Lieu de naissance : commune", w=full * 0.55, lab_w=130, step=False)
    s.text_row("naiss_pays", "pays", x=MARGIN + full * 0.58, w=full * 0.42, lab_w=28)
    s.text_row("nationalite", "Nationalité", w=full * 0.6)
    # NIR
    y = s.y
    s.txt(MARGIN, y, "N° de sécurité sociale (si vous en avez un)", 8.5)
    if run.labels != "beside":
        y -= 15
    nx = MARGIN + (200 if run.labels == "beside" else 0)
    nb = run.comb * 0.92
    fields["nir"] = {"page": 1, "kind": "comb", "boxes": s.combs(nx, y - 2, 13, nb)}
    s.txt(nx + 13 * nb + 4, y + 2, "clé", 7)
    fields["nir_cle"] = {
        "page": 1,
        "kind": "comb",
        "boxes": s.combs(nx + 13 * nb + 18, y - 2, 2, nb),
    }
    s.y = y - 28
    s.text_row("adresse", "Adresse")
    y = s.y
    s.txt(MARGIN, y + (3 if run.labels == "inside" else 0), "Code postal", 8.5)
    cy = {"beside": y, "above": y - 15, "inside": y - 13}[run.labels]
    cx = MARGIN + (62 if run.labels == "beside" else 0)
    fields["code_postal"] = {"page": 1, "kind": "comb", "boxes": s.combs(cx, cy - 2, 5)}
    s.text_row("commune", "Commune", x=MARGIN + 170, w=full - 170, lab_w=50)
    s.text_row("telephone", "Téléphone", w=full * 0.42, lab_w=60, step=False)
    s.text_row("email", "Adresse e-mail", x=MARGIN + full * 0.45, w=full * 0.55, lab_w=70)

    s.section("B", "VOTRE SITUATION")
    s.txt(MARGIN, s.y, "Cochez la case correspondant à votre situation actuelle :", 8.2, True)
    s.y -= 16
    s.check_row("sit_salarie", "Vous exercez une activité salariée en France")
    y = s.y
    s.txt(MARGIN + 22, y, "Type de contrat :", 8)
    x = MARGIN + 100
    for key, lab in (
        ("ct_cdi", "CDI"),
        ("ct_cdd", "CDD"),
        ("ct_interim", "intérim"),
        ("ct_saison", "saisonnier"),
        ("ct_autre", "autre"),
    ):
        fields[key] = {"page": 1, "kind": "check", "rect": s.checkbox(x, y, 8)}
        s.txt(x + 11, y, lab, 8)
        x += 62
    s.y -= 18
    s.text_row("employeur", "Nom de l'employeur", x=MARGIN + 22, w=full - 22, lab_w=98)
    s.check_row(
        "sit_independant",
        "Vous exercez une activité non salariée (indépendant, micro-entrepreneur)",
    )
    s.check_row("sit_demandeur", "Vous êtes demandeur d'emploi inscrit à France Travail")
    s.check_row("sit_etudiant", "Vous êtes étudiant(e) dans un établissement en France")
    s.check_row(
        "sit_sans_activite",
        "Vous n'exercez pas d'activité professionnelle et vous résidez en France de manière stable",
        size=8,
    )
    s.txt(MARGIN + 20, s.y + 6, "et régulière depuis plus de trois mois", 8)
    s.y -= 6
    s.check_row("sit_autre", "Autre situation, précisez :")
    s.y += 4
    s.text_row("autre_precision", "", x=MARGIN + 20, w=full - 20, lab_w=0)
    s.txt(MARGIN, 24, FOOT.format(1), 7)
    s.txt(W - MARGIN - 90, 24, "Tournez la page  >", 7.5, True)


def page2(c, run: Run, fields: dict):
    s = Sheet(c, run, 2, fields)
    s.txt(MARGIN, H - MARGIN - 8, "Demande d'ouverture des droits — PUMa", 9, True, run.accent)
    s.txt(W - MARGIN - 80, H - MARGIN - 8, "N° 15763*02", 9, True)
    s.y = H - MARGIN - 20
    s.section("C", "VOS ENGAGEMENTS ET SIGNATURE")
    full = W - 2 * MARGIN
    for t in (
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
        "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma "
        "situation (adresse, activité, résidence).",
        "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable "
        "de fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 "
        "et 441-7 du code pénal, article L. 114-13 du code de la sécurité sociale).",
    ):
        s.y = s.para(MARGIN, s.y, t, 8.6, full) - 4
    s.y -= 10
    y = s.y
    s.txt(MARGIN, y, "Fait à", 9.5)
    fields["fait_a"] = {"page": 2, "kind": "text", "rect": s.value_area(MARGIN + 34, y, 190)}
    s.txt(MARGIN + 240, y, "le", 9.5)
    fields["le"] = {"page": 2, "kind": "text", "rect": s.value_area(MARGIN + 254, y, 130)}
    s.y -= 22
    bw, bh = 250, 86
    bx = MARGIN + (0 if run.key != "C" else full - bw)
    if run.sig_label == "above":
        s.txt(bx, s.y, "Signature", 9.5, True)
        s.y -= 6
    c.setLineWidth(0.9)
    c.rect(bx, s.y - bh, bw, bh, stroke=1, fill=0)
    if run.sig_label == "inside":
        s.txt(bx + 5, s.y - 12, "Signature", 8.5, True)
    elif run.sig_label == "grey":
        s.txt(bx + bw / 2 - 42, s.y - bh / 2 - 6, "Signature", 17, False, Color(0.82, 0.82, 0.82))
    fields["signature"] = {"page": 2, "kind": "sig", "rect": (bx, s.y - bh, bw, bh)}
    s.y -= bh + 16
    s.section("", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    items = [
        "une pièce d'identité : passeport en cours de validité ou, pour les ressortissants de "
        "l'Union européenne, de l'EEE ou de la Suisse, carte nationale d'identité ;",
        "si vous n'êtes pas ressortissant européen : titre de séjour, visa long séjour valant "
        "titre de séjour (VLS-TS) ou récépissé de demande ;",
        "un extrait d'acte de naissance avec filiation (copie intégrale), apostillé ou légalisé "
        "le cas échéant ;",
        "un justificatif de résidence en France depuis plus de trois mois (bail, quittances, "
        "factures d'énergie ou de téléphone, attestation d'hébergement) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    for it in items:
        s.txt(MARGIN + 4, s.y, "•" if run.key != "B" else "–", 9)
        s.y = s.para(MARGIN + 14, s.y, it, 8.4, full - 14) - 3
    s.y -= 8
    c.setLineWidth(0.8)
    top = s.y
    c.setDash(3, 2) if run.key == "A" else c.setDash()
    c.rect(MARGIN, top - 66, full, 66, stroke=1, fill=0)
    c.setDash()
    s.txt(MARGIN + 6, top - 13, "Cadre réservé à l'organisme", 9, True)
    s.txt(MARGIN + 6, top - 32, "Date de réception :", 8.5)
    s.combs(MARGIN + 95, top - 34, 8, 11)
    s.txt(MARGIN + 200, top - 32, "Pièces vérifiées", 8.5)
    s.checkbox(MARGIN + 268, top - 32)
    s.txt(MARGIN + 300, top - 32, "Matricule agent :", 8.5)
    s.value_area(MARGIN + 372, top - 32, 130)
    s.txt(MARGIN + 6, top - 52, "Observations :", 8.5)
    s.y = top - 82
    cnil = (
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers "
        "et aux libertés et le règlement (UE) 2016/679 s'appliquent aux réponses faites sur "
        "ce formulaire. Elles garantissent un droit d'accès et de rectification pour les "
        "données vous concernant auprès de votre caisse d'assurance maladie."
    )
    s.para(MARGIN, s.y, cnil, 6.6, full)
    s.txt(MARGIN, 24, FOOT.format(2), 7)
