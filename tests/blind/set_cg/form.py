"""Cerfa 15763*02 (S1106) "Demande d'ouverture des droits à l'assurance maladie".

Two print runs (run 0: blue section bars, labels beside fields; run 1: underlined section
titles, labels above dotted lines). Fill ways: hand, typed_print, acroform.
"""

from __future__ import annotations

from common import INK, Page

BLUE = (0, 84, 160)
GREY = (90, 90, 90)
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France. Type de contrat :"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        (
            "Vous êtes sans activité et résidez en France de manière stable et "
            "régulière depuis plus de trois mois"
        ),
    ),
    ("autre", "Autre situation (précisez) :"),
]


def _section(p: Page, run: int, y: float, title: str):
    if run == 0:
        p.rect(15, y - 5, 180, 7, None, BLUE, 0)
        p.text(18, y, title, "arialb", 10.5, (255, 255, 255))
    else:
        p.text(15, y, title, "latob", 11, BLUE)
        p.line(15, y + 1.5, 195, y + 1.5, BLUE, 0.5)


class Filler:
    def __init__(self, page: Page, way: str, rng, font: str):
        self.p, self.way, self.rng, self.font = page, way, rng, font

    def value(self, x, y, s, name, w=80, size=12):
        if not s:
            return
        if self.way == "hand":
            self.p.hand(x, y, s, self.rng, self.font, size)
        elif self.way == "typed_print":
            self.p.text(x, y, s, "sans", 10)
        else:
            self.p.fields.append(("text", name, x - 1, y - 4.5, w, 6, s))

    def comb(self, x, y, s, n, cw, name):
        if self.way == "hand":
            self.p.comb(x, y, s, n, cw, self.rng, self.font, 12)
        elif self.way == "typed_print":
            self.p.comb(x, y, s, n, cw, self.rng, "mono", 10, (0, 0, 0), hand=False)
        elif s:
            self.p.fields.append(("text", name, x, y - 4.5, n * cw, 6, s))

    def box(self, x, y, on, name):
        if self.way == "acroform":
            self.p.fields.append(("check", name, x, y, 3.6, 3.6, on))
        elif on:
            self.p.tick(x + 0.4, y + 0.4, 2.8, self.rng, INK if self.way == "hand" else (0, 0, 0))


def _combs(p: Page, x, y, n, cw=5.2, h=6.5, gaps=()):
    xs = []
    cx = x
    for i in range(n):
        if i in gaps:
            cx += 2.5
        p.rect(cx, y - 5, cw, h, (80, 80, 80), (255, 255, 255), 0.25)
        xs.append(cx)
        cx += cw
    return xs


def form_pages(f: dict, rng, run=0, way="typed_print") -> tuple[Page, Page, dict]:
    p1, p2 = Page(), Page()
    lf = "arial" if run == 0 else "lato"
    p1.text(15, 16, "l'Assurance", "arialb", 15, BLUE)
    p1.text(15, 22.5, "Maladie", "arialb", 15, BLUE)
    p1.rect(160, 10, 35, 14, (0, 0, 0), None, 0.4)
    p1.text(177.5, 15.5, "cerfa", "sansb", 9, anchor="c")
    p1.text(177.5, 21, "N° 15763*02", "sans", 8.5, anchor="c")
    p1.text(
        105, 33, "Demande d'ouverture des droits à l'assurance maladie", "arialb", 14, anchor="c"
    )
    p1.text(105, 39, "Protection universelle maladie (PUMa)", lf, 10.5, anchor="c")
    p1.para(
        15,
        45,
        "Articles L. 160-1, L. 160-5, L. 160-6, R. 111-3 et D. 160-2 du code de la "
        "sécurité sociale. Vous résidez en France de manière stable et régulière ou vous y "
        "exercez une activité professionnelle : remplissez ce formulaire et joignez les "
        "pièces justificatives demandées en page 2. Écrivez en majuscules.",
        180,
        lf,
        7.5,
        color=GREY,
    )
    F = Filler(p1, way, rng, f.get("hand_font", "hand3"))
    _section(p1, run, 64, "A - VOUS")
    rows = [
        ("Nom de naissance", f["surname"], "nom_naissance"),
        ("Nom d'usage (facultatif)", f.get("usage", ""), "nom_usage"),
        ("Prénom(s)", f["given"], "prenoms"),
    ]
    y = 74
    for lab, val, name in rows:
        if run == 0:
            p1.text(15, y, lab, lf, 9)
            p1.dotted(60, 195, y + 0.8)
            F.value(62, y - 0.3, val, name, 130)
            y += 9
        else:
            p1.text(15, y - 4, lab, lf, 7.5, GREY)
            p1.rect(15, y - 2, 180, 7, (120, 120, 120), None, 0.2)
            F.value(17, y + 3.5, val, name, 170)
            y += 12
    p1.text(15, y, "Sexe :", lf, 9)
    p1.text(33, y, "F", lf, 9)
    p1.rect(37, y - 3.3, 3.6, 3.6, (0, 0, 0), None, 0.25)
    p1.text(45, y, "M", lf, 9)
    p1.rect(50, y - 3.3, 3.6, 3.6, (0, 0, 0), None, 0.25)
    F.box(37, y - 3.3, f["sex"] == "F", "sexe_F")
    F.box(50, y - 3.3, f["sex"] == "M", "sexe_M")
    p1.text(70, y, "Date de naissance", lf, 9)
    xs = _combs(p1, 102, y + 1, 8, 5.2, 6.5, gaps=(2, 4))
    dob = f["dob"][8:10] + f["dob"][5:7] + f["dob"][:4]
    if way == "acroform":
        F.value(103, y, f"{dob[:2]}/{dob[2:4]}/{dob[4:]}", "date_naissance", 44)
    else:
        for i, ch in enumerate(dob):
            F.comb(xs[i], y, ch, 1, 5.2, "")
    p1.text(102, y + 5, "jour       mois          année", lf, 6, GREY)
    y += 12
    for lab, val, name in [
        ("Lieu de naissance (commune, pays)", f["pob"], "lieu_naissance"),
        ("Nationalité", f["nationality"], "nationalite"),
    ]:
        p1.text(15, y, lab, lf, 9)
        p1.dotted(70, 195, y + 0.8)
        F.value(72, y - 0.3, val, name, 120)
        y += 9
    p1.text(15, y, "N° de sécurité sociale (si vous en avez un)", lf, 9)
    _combs(p1, 90, y + 1, 13, 4.6, 6.5, gaps=(1, 3, 5, 7, 10))
    _combs(p1, 165, y + 1, 2, 4.6, 6.5)
    y += 10
    p1.text(15, y, "N° d'allocataire CAF (si vous en avez un)", lf, 9)
    p1.dotted(85, 195, y + 0.8)
    y += 10
    for lab, val, name in [("Adresse", f["address"], "adresse"), ("Commune", f["city"], "commune")]:
        p1.text(15, y, lab, lf, 9)
        p1.dotted(40, 195, y + 0.8)
        F.value(42, y - 0.3, val, name, 150)
        y += 9
    p1.text(15, y, "Code postal", lf, 9)
    xs = _combs(p1, 40, y + 1, 5, 5.2)
    if way == "acroform":
        F.value(41, y, f["postcode"], "code_postal", 26)
    else:
        for i, ch in enumerate(f["postcode"]):
            F.comb(xs[i], y, ch, 1, 5.2, "")
    p1.text(80, y, "Téléphone", lf, 9)
    p1.dotted(100, 195, y + 0.8)
    F.value(102, y - 0.3, f["phone"], "telephone", 60)
    y += 9
    p1.text(15, y, "Adresse e-mail", lf, 9)
    p1.dotted(45, 195, y + 0.8)
    F.value(47, y - 0.3, f["email"], "email", 140, 11)
    y += 14
    _section(p1, run, y, "B - VOTRE SITUATION")
    y += 10
    for key, lab in SITUATIONS:
        p1.rect(15, y - 3.3, 3.6, 3.6, (0, 0, 0), None, 0.25)
        F.box(15, y - 3.3, f["situation"] == key, "situation_" + key)
        y2 = p1.para(22, y, lab, 110 if key == "salarie" else 170, lf, 9)
        if key == "salarie":
            for j, ct in enumerate(["CDI", "CDD", "Intérim", "Autre"]):
                p1.rect(135 + j * 15, y - 3.3, 3.6, 3.6, (0, 0, 0), None, 0.25)
                p1.text(140 + j * 15, y, ct, lf, 8)
                F.box(135 + j * 15, y - 3.3, f.get("contract") == ct, "contrat_" + ct)
            p1.text(22, y2 + 1, "Emploi occupé :", lf, 9)
            p1.dotted(50, 195, y2 + 1.8)
            F.value(52, y2 + 0.7, f.get("job", ""), "emploi", 120, 11)
            y2 += 6
        y = y2 + 3
    p1.text(105, 290, "S1106 — cerfa n° 15763*02 — page 1/2", lf, 7, GREY, "c")
    # ---------------------------------------------------------------- page 2
    _section(p2, run, 20, "C - VOS ENGAGEMENTS ET SIGNATURE")
    y = p2.para(
        15,
        30,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce "
        "formulaire. Je m'engage à signaler à ma caisse d'assurance maladie tout "
        "changement dans ma situation. La loi rend passible d'amende et/ou "
        "d'emprisonnement quiconque se rend coupable de fraudes ou de fausses "
        "déclarations (articles 313-1 à 313-3, 433-19, 441-1 et suivants du code "
        "pénal).",
        180,
        lf,
        9,
    )
    y += 6
    p2.text(15, y, "Fait à", lf, 10)
    p2.dotted(28, 100, y + 0.8)
    p2.text(105, y, "le", lf, 10)
    p2.dotted(112, 160, y + 0.8)
    sig_way = "hand" if way != "acroform" or f.get("hand_date") else "acroform"
    G = Filler(p2, way, rng, f.get("hand_font", "hand3"))
    G.value(30, y - 0.4, f["place"], "fait_a", 65)
    if f.get("hand_date") or way == "hand":
        p2.hand(114, y - 0.4, f["date_text"], rng, f.get("hand_font", "hand3"), 12)
    else:
        G.value(114, y - 0.4, f["date_text"], "date_signature", 44)
    y += 8
    if run == 0:
        p2.text(15, y + 3, "Signature", lf, 9)
        box = (15, y + 5, 80, 30)
    else:
        box = (15, y, 80, 30)
        p2.text(55, y + 16, "Signature", lf, 14, (215, 215, 215), "c")
    p2.rect(*box, (0, 0, 0), None, 0.3)
    if sig_way == "acroform":
        p2.image(f["sig_image"], box[0] + 8, box[1] + 4, 60, 22)
    else:
        p2.signature(box[0] + 10, box[1] + 7, 55, 16, rng, INK)
    y = box[1] + 42
    p2.text(15, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", "arialb", 10.5, BLUE)
    y += 7
    for ln in [
        "• la photocopie d'une pièce d'identité (passeport, carte nationale d'identité) ;",
        "• si vous êtes étranger hors UE/EEE/Suisse : titre de séjour, VLS-TS ou récépissé ;",
        (
            "• une copie intégrale d'acte de naissance ou un extrait avec filiation (apostillé ou "
            "légalisé selon le pays) ;"
        ),
        (
            "• un justificatif de résidence en France depuis plus de trois mois (bail, quittances, "
            "factures, attestation d'hébergement avec justificatifs de l'hébergeant) ;"
        ),
        "• un relevé d'identité bancaire (RIB) à votre nom ;",
        "• si vous travaillez : le contrat de travail ou le dernier bulletin de salaire.",
    ]:
        y = p2.para(15, y, ln, 180, lf, 9) + 1.5
    y += 8
    p2.rect(15, y, 180, 32, (120, 120, 120), (244, 244, 244), 0.3)
    p2.text(18, y + 6, "Cadre réservé à l'organisme", "arialb", 9, GREY)
    p2.text(18, y + 14, "Date de réception : ....../....../..........", lf, 8.5, GREY)
    p2.text(18, y + 21, "Pièces vérifiées :  □ oui   □ non", lf, 8.5, GREY)
    p2.text(110, y + 14, "Matricule agent : ................", lf, 8.5, GREY)
    p2.text(105, 290, "S1106 — cerfa n° 15763*02 — page 2/2", lf, 7, GREY, "c")
    emp = {"salarie": "employed", "autre": "other"}.get(f["situation"], "not_employed")
    fields = {
        "surname": f["surname"],
        "usage_name": f.get("usage") or None,
        "given_names": f["given"],
        "sex": f["sex"],
        "date_of_birth": f["dob"],
        "employment_status": emp,
        "situation": f["situation"],
        "contract_type": f.get("contract"),
        "signed": True,
        "signed_on": f["signed_on"],
        "date_text": f["date_text"],
        "place": f["place"],
        "nir": None,
    }
    return p1, p2, fields
