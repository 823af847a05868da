"""French paperwork of set_ao: cerfa 15763*02, bills, leases, attestation, payslip,
contract, RIBs and banking-app screenshots."""

from __future__ import annotations

import random

from render import Page, PdfPen, signature, spaced, stamp

A4 = (210, 297)
BLUE = (20, 40, 120)


# ----------------------------------------------------------------------------- cerfa 15763*02


def cerfa(f: dict) -> list[Page]:
    """Two pages. f['mode'] is 'hand', 'typed' or 'acro' (filled AcroForm fields)."""
    mode = f["mode"]
    rng = random.Random(f["seed"])

    def val(pen, x, y, s, name, w=80):
        if not s:
            return
        if mode == "hand":
            pen.hand(x, y, s, 13, f.get("ink", (25, 35, 120)), rng)
        elif mode == "acro" and isinstance(pen, PdfPen):
            pen.c.acroForm.textfield(
                name=name,
                value=s,
                x=x * pen.k,
                y=(pen.h - y - 1.2) * pen.k,
                width=w * pen.k,
                height=5.5 * pen.k,
                fontName="Helvetica",
                fontSize=9,
                borderWidth=0,
                fillColor=None,
                forceBorder=False,
            )
        else:
            pen.text(x, y, s, 10, "lmono" if mode == "typed" else "sans")

    def box(pen, x, y, label, checked, name):
        pen.rect(x, y - 3, 3.4, 3.4, (0, 0, 0), None, 0.25)
        if checked:
            if mode == "hand":
                pen.line(x - 0.5, y - 3.5, x + 4, y + 0.8, (25, 35, 120), 0.6)
                pen.line(x + 4, y - 3.8, x - 0.3, y + 0.6, (25, 35, 120), 0.6)
            elif mode == "acro" and isinstance(pen, PdfPen):
                pen.c.acroForm.checkbox(
                    name=name,
                    checked=True,
                    x=x * pen.k,
                    y=(pen.h - y) * pen.k,
                    size=3.4 * pen.k,
                    borderWidth=0,
                    buttonStyle="cross",
                )
            else:
                pen.text(x + 0.5, y - 0.2, "X", 9, "sans-b")
        pen.text(x + 5, y, label, 8.5)

    def head(pen, n):
        pen.text(12, 14, "cerfa", 13, "sans-b")
        pen.text(12, 19, "N° 15763*02", 8)
        pen.rect(160, 7, 40, 13, (0, 0, 0), None, 0.3)
        pen.text(180, 12, "l'Assurance", 8, "sans-b", BLUE, "center")
        pen.text(180, 17, "Maladie", 8, "sans-b", BLUE, "center")
        if n == 1:
            pen.text(105, 30, "Demande d'ouverture des droits", 15, "sans-b", align="center")
            pen.text(105, 37, "à l'assurance maladie", 15, "sans-b", align="center")
            pen.text(105, 43, "(Protection universelle maladie)", 9, "sans-i", align="center")
            pen.text(
                105,
                48,
                "Articles L. 160-1 et L. 160-5 du Code de la sécurité sociale",
                7,
                align="center",
            )
        pen.text(198, 290, f"S1106 - page {n}/2", 7, align="right")

    def sect(pen, y, title):
        pen.rect(10, y - 5, 190, 7, None, (215, 225, 240))
        pen.text(12, y, title, 10, "sans-b", BLUE)

    def lab(pen, x, y, s, w):
        pen.text(x, y, s, 8)
        pen.line(x + pen.width_of(s, 8, "sans") + 1, y + 1, x + w, y + 1, (120, 120, 120), 0.2)

    def p1(pen):
        head(pen, 1)
        pen.para(
            12,
            56,
            "Vous résidez en France de manière stable et régulière depuis plus de "
            "trois mois ou vous y exercez une activité professionnelle : remplissez ce "
            "formulaire pour demander l'ouverture de vos droits.",
            186,
            8,
            "sans-i",
        )
        sect(pen, 72, "A - VOTRE IDENTITÉ")
        rows = [
            ("Nom de naissance", f["surname"], "surname", 80),
            ("Nom d'usage (facultatif)", f.get("usage", ""), "usage", 135),
            ("Prénoms", f["given"], "given", 80),
            ("Date de naissance", f["dob"], "dob", 40),
            ("Lieu de naissance (ville, pays)", f["pob"], "pob", 100),
            ("Nationalité", f["nat"], "nat", 60),
            ("Adresse", f["addr1"], "addr1", 150),
            ("Code postal, commune", f["addr2"], "addr2", 120),
            ("N° de sécurité sociale (si vous en avez un)", f.get("nir", ""), "nir", 60),
            ("N° d'allocataire CAF (le cas échéant)", "", "caf", 60),
            ("Téléphone", f.get("tel", ""), "tel", 50),
            ("Courriel", f.get("mail", ""), "mail", 90),
        ]
        y = 82
        for label, v, name, w in rows:
            lab(pen, 14, y, label, 196)
            val(pen, 14 + pen.width_of(label, 8, "sans") + 4, y - 0.3, v, name, w)
            y += 9.5
        sect(pen, 200, "B - VOTRE SITUATION PROFESSIONNELLE")
        st = f["status"]
        box(pen, 14, 210, "Vous exercez une activité salariée", st == "employed", "b1")
        lab(pen, 24, 218, "Profession", 196)
        val(pen, 45, 217.7, f.get("job", ""), "job", 80)
        lab(pen, 24, 226, "Type de contrat (CDI, CDD, intérim...)", 120)
        val(pen, 80, 225.7, f.get("contract", ""), "contract", 30)
        lab(pen, 24, 234, "Nom et adresse de l'employeur", 196)
        val(pen, 70, 233.7, f.get("employer", ""), "employer", 120)
        box(pen, 14, 244, "Vous exercez une activité non salariée", False, "b2")
        box(
            pen,
            14,
            252,
            "Vous n'exercez pas d'activité professionnelle",
            st == "not_employed",
            "b3",
        )
        box(
            pen, 14, 260, "Autre situation (étudiant, demandeur d'emploi...) :", st == "other", "b4"
        )

    def p2(pen):
        head(pen, 2)
        sect(pen, 30, "PIÈCES À JOINDRE")
        items = [
            "une pièce d'identité (passeport, carte nationale d'identité)",
            "un justificatif de régularité de séjour si vous n'êtes pas ressortissant de l'UE/EEE",
            "un extrait d'acte de naissance ou une copie intégrale (apostillé le cas échéant)",
            "un justificatif de résidence stable : bail, 3 factures successives ou attestation "
            "d'hébergement",
            "un relevé d'identité bancaire (RIB) à votre nom",
            "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire",
        ]
        y = 40
        for s in items:
            pen.text(14, y, "•  " + s, 8.5)
            y += 6.5
        sect(pen, 90, "C - DÉCLARATION ET SIGNATURE")
        y = pen.para(
            14,
            100,
            "Je certifie sur l'honneur l'exactitude des renseignements portés "
            "sur ce formulaire. Je m'engage à signaler tout changement de situation.",
            180,
            9,
        )
        lab(pen, 14, 118, "Fait à", 90)
        val(pen, 26, 117.7, f["place"], "place", 60)
        lab(pen, 100, 118, "le", 150)
        val(pen, 106, 117.7, f["date"], "date", 40)
        pen.text(14, 130, "Signature", 8)
        pen.rect(14, 132, 90, 30, (120, 120, 120), None, 0.2)
        if f["signed"]:
            pen.image(20, 135, 70, 24, signature(f["seed"] + 7, color=f.get("ink", (25, 35, 120))))
        pen.para(
            14,
            178,
            "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend "
            "coupable de fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, "
            "441-1 et 441-7 du Code pénal). La loi n° 78-17 du 6 janvier 1978 modifiée "
            "relative à l'informatique, aux fichiers et aux libertés s'applique aux réponses "
            "faites sur ce formulaire.",
            182,
            7,
            "sans-i",
        )

    return [Page(*A4, p1), Page(*A4, p2)]


# ----------------------------------------------------------------------------- bills


def free_bill(b: dict) -> Page:
    """Free (Freebox) monthly bill, after the real Free PDF layout: plain, red accents."""

    def draw(pen):
        red = (205, 30, 40)
        pen.text(15, 22, "free", 26, "sans-b", red)
        pen.text(15, 30, "Free - 16 rue de la Ville l'Evêque 75008 Paris", 7, color=(90, 90, 90))
        pen.text(120, 45, b["holder_print"], 10, "sans-b")
        y = 50
        for s in b["addr"]:
            pen.text(120, y, s, 10)
            y += 5
        pen.text(15, 45, "Facture n° " + b["number"], 10, "sans-b")
        pen.text(15, 51, "Date de facture : " + b["issue_print"], 9)
        pen.text(15, 56, "Identifiant : " + b["login"], 9)
        pen.text(15, 61, "N° de ligne : " + b["line"], 9)
        pen.rect(15, 80, 180, 8, None, (240, 240, 240))
        pen.text(18, 85.5, "Abonnement Freebox", 9.5, "sans-b")
        pen.text(192, 85.5, "Montant TTC", 9.5, "sans-b", align="right")
        rows = [
            ("Forfait Freebox Pop du " + b["from_print"] + " au " + b["to_print"], b["forfait"]),
            ("Option Netflix Essentiel avec pub", "0,00 €"),
            ("Communications vers fixes et mobiles (incluses)", "0,00 €"),
        ]
        y = 96
        for lab, amt in rows:
            pen.text(18, y, lab, 9)
            pen.text(192, y, amt, 9, align="right")
            pen.line(15, y + 2.5, 195, y + 2.5, (220, 220, 220), 0.2)
            y += 8
        pen.text(120, y + 8, "Total HT", 9)
        pen.text(192, y + 8, b["ht"], 9, align="right")
        pen.text(120, y + 14, "TVA 20 %", 9)
        pen.text(192, y + 14, b["tva"], 9, align="right")
        pen.rect(118, y + 18, 77, 9, None, red)
        pen.text(121, y + 24, "Total à payer", 10, "sans-b", (255, 255, 255))
        pen.text(192, y + 24, b["amount_print"], 10, "sans-b", (255, 255, 255), "right")
        pen.text(
            15,
            y + 40,
            "Prélèvement SEPA le " + b["debit_print"] + " sur le compte "
            "FR76 **** **** **** **** ***" + b["iban_tail"],
            8.5,
        )
        pen.text(
            15,
            283,
            "Free SAS au capital de 3 441 812 € - RCS Paris B 421 938 861 - "
            "Service client : 3244 - assistance.free.fr",
            6.5,
            color=(110, 110, 110),
        )

    return Page(*A4, draw)


def orange_bill(b: dict) -> Page:
    """Orange Livebox bill: orange square logo, summary box, then detail."""

    def draw(pen):
        og = (255, 121, 0)
        pen.rect(15, 12, 16, 16, None, (0, 0, 0))
        pen.rect(15, 12, 16, 16, None, og)
        pen.text(17, 25.5, "orange", 5.5, "sans-b", (255, 255, 255))
        pen.text(38, 22, "votre facture", 16, "sans-b")
        pen.text(38, 28, "Internet - TV - Fixe", 9, color=(90, 90, 90))
        pen.text(120, 48, b["holder_print"], 10)
        y = 53
        for s in b["addr"]:
            pen.text(120, y, s, 10)
            y += 5
        pen.text(15, 45, "date de facture", 7.5, color=(90, 90, 90))
        pen.text(15, 49.5, b["issue_print"], 10, "sans-b")
        pen.text(15, 56, "n° de facture", 7.5, color=(90, 90, 90))
        pen.text(15, 60.5, b["number"], 10, "sans-b")
        pen.text(15, 67, "n° client", 7.5, color=(90, 90, 90))
        pen.text(15, 71.5, b["client"], 10, "sans-b")
        pen.rect(15, 85, 180, 26, None, (245, 245, 245))
        pen.text(20, 94, "montant total à payer", 11, "sans-b")
        pen.text(190, 94, b["amount_print"], 16, "sans-b", og, "right")
        pen.text(20, 103, "prélevé à partir du " + b["debit_print"], 9)
        pen.text(15, 124, "détail de votre facture", 12, "sans-b")
        rows = [
            ("Livebox Fibre - abonnement du " + b["from_print"] + " au " + b["to_print"], b["ht"]),
            ("Location décodeur TV UHD", "0,00"),
            ("Appels vers fixes et mobiles en France", "0,00"),
            ("TVA 20 %", b["tva"]),
        ]
        y = 134
        for lab, amt in rows:
            pen.text(18, y, lab, 9)
            pen.text(192, y, amt + " €", 9, align="right")
            y += 7
        pen.text(
            15,
            280,
            "Orange SA au capital de 10 640 226 396 € - 111 quai du Président "
            "Roosevelt 92130 Issy-les-Moulineaux - 380 129 866 RCS Nanterre",
            6.5,
            color=(110, 110, 110),
        )

    return Page(*A4, draw)


# ----------------------------------------------------------------------------- housing


def lease(ls: dict) -> list[Page]:
    """Contrat de location, logement nu, loi n° 89-462 du 6 juillet 1989 (3 pages)."""
    serif = ls.get("font", "serif")

    def p1(pen):
        pen.text(105, 22, "CONTRAT DE LOCATION", 15, serif + "-b", align="center")
        pen.text(105, 29, "Locaux vides à usage d'habitation principale", 10, serif, align="center")
        pen.text(
            105,
            34.5,
            "(Titre Ier bis de la loi n° 89-462 du 6 juillet 1989)",
            8.5,
            serif,
            align="center",
        )
        pen.text(18, 50, "I. DÉSIGNATION DES PARTIES", 11, serif + "-b")
        y = pen.para(18, 58, "Le présent contrat est conclu entre les soussignés :", 170, 10, serif)
        y = pen.para(22, y + 2, "Le bailleur : " + ls["landlord_line"], 165, 10, serif)
        y = pen.para(22, y + 2, "désigné ci-après « le bailleur » ;", 165, 10, serif)
        y = pen.para(22, y + 2, "Le(s) locataire(s) : " + ls["tenant_line"], 165, 10, serif)
        y = pen.para(22, y + 2, "désigné(s) ci-après « le locataire ».", 165, 10, serif)
        pen.text(18, y + 10, "II. OBJET DU CONTRAT", 11, serif + "-b")
        y = pen.para(22, y + 18, "Adresse du logement : " + ls["address"], 165, 10, serif)
        y = pen.para(22, y + 2, ls["desc"], 165, 10, serif)
        pen.text(18, y + 10, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", 11, serif + "-b")
        y = pen.para(
            22, y + 18, "Date de prise d'effet du contrat : " + ls["start_print"], 165, 10, serif
        )
        y = pen.para(
            22, y + 2, "Durée du contrat : 3 ans, renouvelable tacitement.", 165, 10, serif
        )
        pen.text(18, y + 10, "IV. CONDITIONS FINANCIÈRES", 11, serif + "-b")
        y = pen.para(22, y + 18, ls["money"], 165, 10, serif)
        pen.text(190, 287, "Paraphes : ______", 8, serif, align="right")

    def p2(pen):
        y = 22
        for title, body in ls["clauses"]:
            pen.text(18, y, title, 11, serif + "-b")
            y = pen.para(22, y + 8, body, 165, 9.5, serif) + 6
        pen.text(190, 287, "Paraphes : ______", 8, serif, align="right")

    def p3(pen):
        pen.text(18, 24, "XI. SIGNATURES", 11, serif + "-b")
        y = pen.para(
            22,
            32,
            "Fait et signé à "
            + ls["signed_place"]
            + ", le "
            + ls["signed_print"]
            + ", en deux originaux dont un remis à chaque partie.",
            165,
            10,
            serif,
        )
        pen.text(30, y + 12, "Le bailleur", 10, serif + "-b")
        pen.text(120, y + 12, "Le(s) locataire(s)", 10, serif + "-b")
        pen.text(30, y + 18, "« Lu et approuvé »", 9, serif + "-i")
        pen.text(120, y + 18, "« Lu et approuvé »", 9, serif + "-i")
        pen.image(28, y + 22, 55, 20, signature(ls["seed"]))
        pen.image(118, y + 22, 55, 20, signature(ls["seed"] + 1))
        if ls.get("esign"):
            pen.rect(18, 250, 174, 22, (150, 150, 150), (248, 248, 248), 0.2)
            pen.text(22, 257, ls["esign"][0], 8, "mono")
            pen.text(22, 262, ls["esign"][1], 8, "mono")
            pen.text(22, 267, ls["esign"][2], 8, "mono")

    return [Page(*A4, p1), Page(*A4, p2), Page(*A4, p3)]


def attestation_hand(a: dict) -> Page:
    """Handwritten attestation d'hébergement on plain lined paper (Séyès-ish)."""

    def draw(pen):
        rng = random.Random(a["seed"])
        for i in range(18, 290, 8):
            pen.line(0, i, 210, i, (170, 190, 225), 0.15)
        pen.line(28, 0, 28, 297, (220, 120, 130), 0.3)
        ink = (20, 30, 95)
        y = 26
        pen.hand(70, y, "Attestation d'hébergement", 17, ink, rng)
        for line in a["lines"]:
            y += 8 if line else 8
            if line:
                pen.hand(32, y, line, 13.5, ink, rng)
        pen.image(120, y + 6, 60, 22, signature(a["seed"] + 4, color=ink))

    return Page(*A4, draw, (250, 250, 246))


# ----------------------------------------------------------------------------- work


def payslip(s: dict) -> Page:
    """Bulletin de paie clarifié (modèle 2018), compact table layout."""

    def draw(pen):
        pen.rect(12, 12, 186, 30, (0, 0, 0), None, 0.3)
        pen.text(15, 18, s["employer"], 10, "sans-b")
        y = 23
        for line in s["employer_addr"]:
            pen.text(15, y, line, 8)
            y += 4
        pen.text(15, 39, "SIRET : " + s["siret"] + "    Code NAF : " + s["naf"], 7.5)
        pen.text(195, 18, "BULLETIN DE PAIE", 12, "sans-b", align="right")
        pen.text(
            195, 24, "Période du " + s["from_print"] + " au " + s["to_print"], 8, align="right"
        )
        pen.text(195, 29, "Paiement le " + s["paid_print"] + " par virement", 8, align="right")
        pen.rect(110, 46, 88, 26, (0, 0, 0), None, 0.3)
        pen.text(113, 52, s["employee_print"], 10, "sans-b")
        y = 57
        for line in s["employee_addr"]:
            pen.text(113, y, line, 8.5)
            y += 4.5
        y = 50
        for lab, v in s["info"]:
            pen.text(14, y, lab, 7.5, color=(80, 80, 80))
            pen.text(55, y, v, 7.5)
            y += 4.2
        pen.rect(12, 80, 186, 6, None, (225, 225, 225))
        for x, t in [
            (14, "Éléments de paie"),
            (110, "Base"),
            (135, "Taux"),
            (160, "À déduire"),
            (182, "À payer"),
        ]:
            pen.text(x, 84.5, t, 7.5, "sans-b")
        y = 92
        for row in s["rows"]:
            bold = row[0].isupper()
            pen.text(14, y, row[0], 7.5, "sans-b" if bold else "sans")
            for x, v in zip((110, 135, 175, 196), row[1:]):
                pen.text(x, y, v, 7.5, align="right" if x > 140 else "left")
            y += 5
        pen.rect(12, y + 2, 186, 12, None, (235, 240, 250))
        pen.text(14, y + 10, "NET À PAYER AVANT IMPÔT SUR LE REVENU", 9, "sans-b")
        pen.text(196, y + 10, s["net_before"], 9, "sans-b", align="right")
        pen.text(
            14,
            y + 22,
            "Impôt sur le revenu prélevé à la source (taux personnalisé " + s["pas_rate"] + ")",
            8,
        )
        pen.text(196, y + 22, s["pas"], 8, align="right")
        pen.rect(120, y + 28, 78, 12, (0, 0, 0), (210, 225, 245), 0.4)
        pen.text(123, y + 36, "NET PAYÉ", 11, "sans-b")
        pen.text(196, y + 36, s["net_print"] + " €", 11, "sans-b", align="right")
        pen.para(
            14,
            276,
            "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
            "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au "
            "bulletin de paie sur le portail www.service-public.fr.",
            180,
            6.5,
            "sans-i",
        )

    return Page(*A4, draw)


def contract(k: dict) -> list[Page]:
    """Contrat de travail à durée indéterminée, two pages."""

    def p1(pen):
        pen.text(105, 24, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", 13, "dv-b", align="center")
        y = pen.para(20, 40, "ENTRE LES SOUSSIGNÉS :", 170, 10, "dv")
        y = pen.para(20, y + 3, k["employer_line"], 170, 9.5, "dv")
        y = pen.para(20, y + 2, "ci-après dénommée « l'Employeur », d'une part,", 170, 9.5, "dv")
        y = pen.para(20, y + 5, "ET", 170, 10, "dv-b")
        y = pen.para(20, y + 3, k["employee_line"], 170, 9.5, "dv")
        y = pen.para(20, y + 2, "ci-après dénommée « la Salariée », d'autre part,", 170, 9.5, "dv")
        y = pen.para(20, y + 5, "IL A ÉTÉ CONVENU CE QUI SUIT :", 170, 10, "dv-b")
        for title, body in k["articles"]:
            y = pen.para(20, y + 5, title, 170, 10, "dv-b")
            y = pen.para(20, y + 1, body, 170, 9.5, "dv")
        pen.text(105, 288, "1/2", 8, align="center")

    def p2(pen):
        y = 20
        for title, body in k["articles2"]:
            y = pen.para(20, y + 5, title, 170, 10, "dv-b")
            y = pen.para(20, y + 1, body, 170, 9.5, "dv")
        y = pen.para(20, y + 12, k["done"], 170, 10, "dv")
        pen.text(25, y + 10, "Pour l'Employeur", 9.5, "dv-b")
        pen.text(25, y + 15, k["signatory"], 9, "dv")
        pen.text(120, y + 10, "La Salariée", 9.5, "dv-b")
        pen.text(120, y + 15, "« Lu et approuvé, bon pour accord »", 8.5, "dv")
        pen.image(25, y + 20, 50, 18, signature(k["seed"]))
        pen.image(120, y + 20, 50, 18, signature(k["seed"] + 1))
        stamp(pen, 55, y + 50, 13, k["stamp"], (50, 50, 140), random.Random(k["seed"]))
        pen.text(105, 288, "2/2", 8, align="center")

    return [Page(*A4, p1), Page(*A4, p2)]


# ----------------------------------------------------------------------------- banks


def rib_sg(r: dict) -> Page:
    """Société Générale RIB as downloaded from the customer area (red/black bar)."""

    def draw(pen):
        pen.rect(15, 15, 9, 4.5, None, (230, 0, 40))
        pen.rect(15, 19.5, 9, 4.5, None, (0, 0, 0))
        pen.text(27, 22.5, "SOCIETE GENERALE", 12, "sans-b")
        pen.text(15, 38, "RELEVÉ D'IDENTITÉ BANCAIRE", 12, "sans-b")
        pen.text(15, 50, "Titulaire du compte", 8, color=(100, 100, 100))
        pen.text(15, 55, r["holder_print"], 10, "sans-b")
        y = 60
        for line in r["addr"]:
            pen.text(15, y, line, 9)
            y += 4.5
        pen.text(120, 50, "Domiciliation", 8, color=(100, 100, 100))
        pen.text(120, 55, r["branch_name"], 9, "sans-b")
        pen.text(120, 59.5, r["branch_addr"], 8.5)
        pen.rect(15, 78, 180, 18, (0, 0, 0), None, 0.3)
        for x, lab, v in [
            (18, "Code banque", r["bank"]),
            (50, "Code guichet", r["branch"]),
            (85, "N° de compte", r["account"]),
            (135, "Clé RIB", r["key"]),
        ]:
            pen.text(x, 84, lab, 7.5, color=(100, 100, 100))
            pen.text(x, 91, v, 10.5, "mono")
        pen.rect(15, 100, 180, 20, (0, 0, 0), None, 0.3)
        pen.text(18, 106, "IBAN (International Bank Account Number)", 7.5, color=(100, 100, 100))
        pen.text(18, 113, spaced(r["iban"]), 11, "mono-b")
        pen.text(150, 106, "BIC", 7.5, color=(100, 100, 100))
        pen.text(150, 113, r["bic"], 11, "mono-b")
        pen.para(
            15,
            132,
            "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers "
            "ou débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
            "prélèvements, etc.).",
            180,
            7.5,
            "sans-i",
        )

    return Page(*A4, draw)


def rib_lbp(r: dict) -> Page:
    """La Banque Postale RIB: yellow/blue identity, two RIBs per page (cut line)."""

    def draw(pen):
        for top in (12, 150):
            pen.rect(15, top, 180, 120, (160, 160, 160), None, 0.3)
            pen.rect(15, top, 180, 14, None, (0, 45, 115))
            pen.text(20, top + 9.5, "LA BANQUE POSTALE", 11, "sans-b", (255, 215, 0))
            pen.text(
                190, top + 9.5, "Relevé d'Identité Bancaire", 9, "sans", (255, 255, 255), "right"
            )
            pen.text(20, top + 24, "Intitulé du compte", 7.5, color=(90, 90, 90))
            y = top + 29
            for line in r["holder_lines"]:
                pen.text(20, y, line, 9.5, "sans-b")
                y += 4.6
            for line in r["addr"]:
                pen.text(20, y, line, 9)
                y += 4.4
            pen.text(125, top + 24, "Domiciliation", 7.5, color=(90, 90, 90))
            pen.text(125, top + 29, r["branch_name"], 9)
            pen.text(
                20,
                top + 66,
                "Banque    Guichet    N° de compte        Clé",
                8,
                "mono",
                (90, 90, 90),
            )
            pen.text(
                20,
                top + 72,
                f"{r['bank']}     {r['branch']}      {r['account']}     {r['key']}",
                10,
                "mono",
            )
            pen.text(20, top + 86, "IBAN", 8, color=(90, 90, 90))
            pen.text(20, top + 92, spaced(r["iban"]), 11, "mono-b")
            pen.text(20, top + 104, "BIC", 8, color=(90, 90, 90))
            pen.text(20, top + 110, r["bic"], 11, "mono-b")
        for x in range(15, 195, 4):
            pen.line(x, 141, x + 2, 141, (120, 120, 120), 0.2)

    return Page(*A4, draw)


def app_screen(s: dict) -> Page:
    """Phone screenshot 1170 x 2532 px drawn at 117 x 253.2 mm, 254 dpi."""

    def draw(pen):
        dark = s.get("dark", False)
        fg = (255, 255, 255) if dark else (15, 15, 25)
        sub = (160, 165, 180) if dark else (110, 110, 120)
        pen.text(9, 9, s["clock"], 11, "sans-b", fg)
        pen.text(108, 9, "5G  82 %", 9.5, "sans-b", fg, "right")
        pen.text(9, 25, "‹", 22, "sans", s["accent"])
        pen.text(58.5, 24, s["title"], 13, "sans-b", fg, "center")
        y = 40
        if s.get("banner"):
            pen.rect(6, y - 8, 105, 16, None, s["accent"])
            pen.text(10, y + 2, s["banner"], 12, "sans-b", (255, 255, 255))
            y += 20
        for lab, v in s["rows"]:
            pen.text(10, y, lab, 10, "sans", sub)
            pen.text(10, y + 8, v, 12.5 if len(v) < 30 else 11.5, "sans-b", fg)
            if lab.upper().startswith(("IBAN", "BIC")):
                pen.text(
                    107, y, "Copier" if s.get("fr") else "Copy", 9, "sans-b", s["accent"], "right"
                )
            pen.line(10, y + 12, 107, y + 12, (60, 60, 70) if dark else (225, 225, 230), 0.2)
            y += 20
        if s.get("note"):
            y = pen.para(10, y + 4, s["note"], 96, 9, "sans", 1.4, sub)
        pen.rect(10, 216, 97, 12, None, s["accent"])
        pen.text(58.5, 223.5, s["button"], 12, "sans-b", (255, 255, 255), "center")
        pen.rect(40, 246, 37, 1.5, None, fg)

    return Page(117, 253.2, draw, s["bg"])
