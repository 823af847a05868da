"""The application form (cerfa n° 15763*02, S1106) in two print runs, typed or hand-filled."""

from __future__ import annotations

import checks as ck
from tk import (
    A4,
    Page,
    fit,
    hand,
    line,
    para,
    rect,
    signature,
    txt,
)

W, H = A4
INK = (0.05, 0.05, 0.08)
BLUE = (0.0, 0.22, 0.5)

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée en France (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité professionnelle et résidez en France de manière stable et régulière depuis plus de 3 mois",
    ),
    ("autre", "Autre situation, précisez :"),
]


def form_fields(f):
    sit = f["situation"]
    status = {
        "salarie": "employed",
        "independant": "other",
        "demandeur_emploi": "not_employed",
        "etudiant": "other",
        "sans_activite": "not_employed",
        "autre": "other",
    }[sit]
    return {
        "surname": f["surname"].upper(),
        "usage_name": f.get("usage").upper() if f.get("usage") else None,
        "given_names": f["given"].upper(),
        "date_of_birth": f["dob"].isoformat(),
        "employment_status": status,
        "signed": f.get("signed", True),
        "signed_on": f["date"].isoformat() if f.get("date") else None,
        "nir": f.get("nir"),
    }


def cerfa(f: dict, rng):
    run = f.get("run", "A")
    fill = f.get("fill", "typed")
    hn = f.get("hand", "dkg")
    ink = f.get("ink") or rng.choice([(22, 38, 120), (18, 18, 28), (30, 50, 150)])
    lf, lfb = ("Sans", "SansB") if run == "A" else ("Open", "OpenB")
    tf = f.get("typed_font", "Sans")
    cw = 14.2 if run == "A" else 13.4
    ch = 16 if run == "A" else 15

    def value(c, x, y, s, size=10):
        if not s:
            return
        if fill == "hand":
            hand(c, x, y, s, rng, size + 2, hn, color=ink, jitter=0.9)
        else:
            txt(c, x, y, s, tf, size, INK)

    def comb(c, x, y, n, s="", gap=None):
        gap = gap if gap is not None else cw
        for i in range(n):
            rect(
                c,
                x + i * gap,
                y,
                cw,
                ch,
                stroke=(0.35, 0.4, 0.5),
                lw=0.5,
                fill=(1, 1, 1) if run == "A" else None,
            )
        for i, chx in enumerate(s[:n]):
            if chx == " ":
                continue
            if fill == "hand":
                hand(c, x + i * gap + cw * 0.22, y + 3.2, chx, rng, 11, hn, color=ink, jitter=1.1)
            else:
                txt(c, x + i * gap + cw / 2, y + 4, chx, tf, 10, INK, "c")

    def bar(c, y, letter, title):
        if run == "A":
            rect(c, 30, y - 4, W - 60, 18, stroke=None, fill=BLUE)
            txt(c, 38, y + 1, "%s  %s" % (letter, title), lfb, 10.5, (1, 1, 1))
        else:
            txt(c, 30, y + 1, "%s - %s" % (letter, title), lfb, 11, BLUE)
            line(c, 30, y - 4, W - 30, y - 4, BLUE, 1.2)

    def lab(c, x, y, s, size=8.5):
        txt(c, x, y, s, lf, size, INK)

    def tick(c, x, y, on):
        rect(c, x, y, 9, 9, stroke=INK, lw=0.6)
        if on:
            if fill == "hand":
                hand(c, x + 0.5, y + 0.8, "X", rng, 10, hn, color=ink)
            else:
                txt(c, x + 4.5, y + 1.5, "X", "SansB", 9, INK, "c")

    def head(c):
        txt(c, 30, H - 45, "l'Assurance", lfb, 15, BLUE)
        txt(c, 30, H - 62, "Maladie", lfb, 15, BLUE)
        txt(c, 30, H - 74, "Agir ensemble, protéger chacun", lf, 6.5, BLUE)
        rect(c, W - 140, H - 70, 110, 40, stroke=INK, lw=0.8)
        txt(c, W - 85, H - 45, "cerfa", "SansB", 11, INK, "c")
        txt(c, W - 85, H - 62, "N° 15763*02", "SansB", 10, INK, "c")
        txt(c, W / 2 + 20, H - 45, "Demande d'ouverture des droits", lfb, 14, INK, "c")
        txt(c, W / 2 + 20, H - 62, "à l'assurance maladie", lfb, 14, INK, "c")
        txt(c, W / 2 + 20, H - 78, "Protection universelle maladie (PUMa)", lf, 9.5, BLUE, "c")

    def page1(c):
        rect(c, 0, 0, W, H, stroke=None, fill=(1, 1, 1))
        head(c)
        y = para(
            c,
            30,
            H - 100,
            W - 60,
            "Vous résidez en France de manière stable et régulière depuis plus de trois mois, ou vous exercez une activité professionnelle en France : vous pouvez bénéficier de la prise en charge de vos frais de santé. Remplissez ce formulaire et adressez-le, accompagné des pièces justificatives, à la caisse d'assurance maladie de votre lieu de résidence.",
            lf,
            7.5,
            9.5,
        )
        para(
            c,
            30,
            y - 2,
            W - 60,
            "Articles L. 160-1, L. 160-5, L. 160-6, L. 161-2-1, R. 111-2 et D. 160-2 du code de la sécurité sociale.",
            lf,
            6.5,
            8,
            (0.3, 0.3, 0.3),
        )
        y = H - 160
        bar(c, y, "A", "VOUS")
        y -= 30 if run == "A" else 40
        xv = 170 if run == "A" else 30
        for label_, val, n in [
            ("Nom de naissance", f["surname"].upper(), 26),
            ("Nom d'usage (facultatif)", (f.get("usage") or "").upper(), 26),
            ("Prénom(s)", f["given"].upper(), 26),
        ]:
            if run == "A":
                lab(c, 30, y + 4, label_)
                comb(c, xv, y, min(n, int((W - 30 - xv) / cw)), val)
                y -= 26
            else:
                lab(c, 30, y + 20, label_, 8)
                comb(c, 30, y, 36, val)
                y -= 38
        lab(c, 30, y + 4, "Sexe :")
        lab(c, 70, y + 4, "F")
        tick(c, 80, y + 2, f["sex"] == "F")
        lab(c, 100, y + 4, "M")
        tick(c, 112, y + 2, f["sex"] == "M")
        lab(c, 170, y + 4, "Date de naissance")
        d = f["dob"].strftime("%d%m%Y")
        comb(c, 260, y, 2, d[:2])
        comb(c, 294, y, 2, d[2:4])
        comb(c, 328, y, 4, d[4:])
        y -= 28
        lab(c, 30, y + 4, "Lieu de naissance - commune :")
        line(c, 150, y + 2, 330, y + 2, (0.5, 0.5, 0.5), 0.4, dash=(1, 2))
        value(c, 154, y + 5, f["pob_city"])
        lab(c, 340, y + 4, "pays :")
        line(c, 370, y + 2, W - 30, y + 2, (0.5, 0.5, 0.5), 0.4, dash=(1, 2))
        value(c, 374, y + 5, f["pob_country"])
        y -= 24
        lab(c, 30, y + 4, "Nationalité :")
        line(c, 90, y + 2, 300, y + 2, (0.5, 0.5, 0.5), 0.4, dash=(1, 2))
        value(c, 94, y + 5, f["nationality"])
        y -= 28
        lab(c, 30, y + 4, "N° de sécurité sociale (si vous en avez un)", 8)
        comb(c, 220, y, 13, (f.get("nir") or "")[:13], gap=cw)
        comb(c, 220 + 13 * cw + 8, y, 2, (f.get("nir") or "")[13:])
        y -= 24
        lab(c, 30, y + 4, "N° d'allocataire CAF (si vous en avez un)", 8)
        comb(c, 220, y, 7, "")
        y -= 30
        lab(c, 30, y + 4, "Adresse :")
        line(c, 80, y + 2, W - 30, y + 2, (0.5, 0.5, 0.5), 0.4, dash=(1, 2))
        value(c, 84, y + 5, f["street"])
        y -= 26
        lab(c, 30, y + 4, "Code postal")
        comb(c, 90, y, 5, f["postcode"])
        lab(c, 180, y + 4, "Commune :")
        line(c, 228, y + 2, W - 30, y + 2, (0.5, 0.5, 0.5), 0.4, dash=(1, 2))
        value(c, 232, y + 5, f["city"])
        y -= 24
        lab(c, 30, y + 4, "Téléphone :")
        line(c, 82, y + 2, 250, y + 2, (0.5, 0.5, 0.5), 0.4, dash=(1, 2))
        value(c, 86, y + 5, f.get("phone", ""))
        lab(c, 260, y + 4, "Courriel :")
        line(c, 305, y + 2, W - 30, y + 2, (0.5, 0.5, 0.5), 0.4, dash=(1, 2))
        value(c, 309, y + 5, f.get("email", ""), 9)
        y -= 40
        bar(c, y, "B", "VOTRE SITUATION")
        y -= 26
        lab(c, 30, y, "Cochez la case correspondant à votre situation actuelle :", 8.5)
        y -= 20
        for key, text in SITUATIONS:
            tick(c, 34, y - 1, f["situation"] == key or key in f.get("extra_ticks", ()))
            fit(c, 50, y, text, lf, 8.5, W - 90, INK)
            y -= 16
            if key == "salarie":
                lab(c, 50, y, "Profession :", 8)
                line(c, 100, y - 2, 300, y - 2, (0.5, 0.5, 0.5), 0.4, dash=(1, 2))
                if f["situation"] == "salarie":
                    value(c, 104, y + 1, f.get("job", ""), 9)
                lab(c, 310, y, "Contrat :", 8)
                for j, ct in enumerate(["CDI", "CDD", "Intérim", "Autre"]):
                    tick(
                        c,
                        350 + j * 50,
                        y - 1,
                        f["situation"] == "salarie" and f.get("contract") == ct,
                    )
                    lab(c, 362 + j * 50, y, ct, 8)
                y -= 18
            if key == "autre":
                line(c, 160, y + 14, W - 30, y + 14, (0.5, 0.5, 0.5), 0.4, dash=(1, 2))
                if f["situation"] == "autre":
                    value(c, 164, y + 17, f.get("other_text", ""), 9)
        txt(c, W / 2, 25, "S1106 - cerfa n° 15763*02 - page 1/2", lf, 7, (0.35, 0.35, 0.35), "c")

    def page2(c):
        rect(c, 0, 0, W, H, stroke=None, fill=(1, 1, 1))
        y = H - 50
        bar(c, y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y -= 24
        y = para(
            c,
            30,
            y,
            W - 60,
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation (adresse, activité, résidence).",
            lf,
            8.5,
            11,
        )
        y = para(
            c,
            30,
            y - 4,
            W - 60,
            "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal, article L. 114-13 du code de la sécurité sociale).",
            lf,
            7.5,
            9.5,
            (0.25, 0.25, 0.25),
        )
        y -= 22
        lab(c, 30, y, "Fait à", 9.5)
        line(c, 62, y - 2, 250, y - 2, (0.5, 0.5, 0.5), 0.4, dash=(1, 2))
        value(c, 66, y + 1, f.get("place", ""))
        lab(c, 262, y, "le", 9.5)
        if run == "A":
            line(c, 276, y - 2, 400, y - 2, (0.5, 0.5, 0.5), 0.4, dash=(1, 2))
            value(c, 280, y + 1, f.get("date_text", ""))
        else:
            dt_ = f.get("date_text", "")
            if dt_ and len(dt_) == 10 and dt_[2] == "/":
                comb(c, 276, y - 4, 2, dt_[:2])
                comb(c, 308, y - 4, 2, dt_[3:5])
                comb(c, 340, y - 4, 4, dt_[6:])
            else:
                comb(c, 276, y - 4, 2, "")
                comb(c, 308, y - 4, 2, "")
                comb(c, 340, y - 4, 4, "")
                value(c, 410, y + 1, dt_)
        y -= 20
        bh = 70
        rect(c, 300, y - bh, W - 330, bh, stroke=INK, lw=0.8)
        if run == "A":
            txt(c, 306, y - 11, "Signature", lfb, 8.5, INK)
        else:
            txt(c, 300 + (W - 330) / 2, y - bh / 2, "Signature", lf, 14, (0.85, 0.85, 0.85), "c")
        if f.get("signed", True):
            signature(
                c,
                305,
                y - bh + 4,
                W - 340,
                bh - 10,
                f["given"].split()[0] + " " + (f.get("usage") or f["surname"]),
                rng,
                color=ink,
            )
        y -= bh + 30
        bar(c, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        y -= 24
        for it in [
            "une photocopie de votre pièce d'identité (passeport, ou carte nationale d'identité pour les ressortissants de l'Union européenne) ;",
            "si vous êtes ressortissant d'un pays hors Union européenne : une photocopie de votre titre de séjour, de votre visa long séjour valant titre de séjour (VLS-TS) ou de votre récépissé de demande ;",
            "une photocopie de votre acte de naissance (copie intégrale ou extrait avec filiation), apostillé ou légalisé selon le pays de naissance ;",
            "un justificatif de résidence en France depuis plus de trois mois (bail, factures, attestation d'hébergement) ;",
            "un relevé d'identité bancaire (RIB) à votre nom ;",
            "si vous travaillez : une photocopie de votre contrat de travail ou de votre dernier bulletin de salaire.",
        ]:
            txt(c, 36, y, "-", lf, 8.5, INK)
            y = para(c, 46, y, W - 80, it, lf, 8.5, 10.5) - 4
        y -= 16
        rect(c, 30, y - 80, W - 60, 88, stroke=(0.4, 0.4, 0.4), lw=0.6, fill=(0.95, 0.95, 0.95))
        txt(c, 38, y - 6, "Cadre réservé à l'organisme", lfb, 8.5, INK)
        lab(c, 38, y - 28, "Date de réception :  ___ / ___ / ______", 8)
        lab(c, 250, y - 28, "Pièces vérifiées :  oui  □   non  □", 8)
        lab(c, 38, y - 52, "Matricule de l'agent : ____________", 8)
        y -= 110
        para(
            c,
            30,
            y,
            W - 60,
            "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux libertés s'applique aux réponses faites sur ce formulaire. Elle vous garantit un droit d'accès et de rectification des données vous concernant auprès de votre caisse d'assurance maladie.",
            lf,
            6.5,
            8,
            (0.35, 0.35, 0.35),
        )
        txt(c, W / 2, 25, "S1106 - cerfa n° 15763*02 - page 2/2", lf, 7, (0.35, 0.35, 0.35), "c")

    return [Page(W, H, page1), Page(W, H, page2)]


def date_text(d, style="slash"):
    if d is None:
        return ""
    if style == "words":
        return "%d %s %d" % (d.day, ck.MOIS[d.month - 1], d.year)
    return ck.dmy(d)
