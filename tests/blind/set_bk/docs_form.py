"""Cerfa 15763*02 (S1106) application form: two print runs, typed or handwritten fill."""

from __future__ import annotations

import random

from common import INK_BLUE, Page, hand, hand_comb, new_pdf, signature

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable et "
        "régulière depuis plus de 3 mois",
    ),
    ("autre", "Autre situation (précisez) :"),
]
PIECES = [
    "une pièce d'identité en cours de validité (passeport, carte nationale d'identité) ;",
    "votre titre de séjour, VLS-TS validé ou récépissé de demande (hors UE/EEE/Suisse) ;",
    "un acte de naissance (copie intégrale ou extrait avec filiation) ;",
    "un justificatif de domicile (bail, factures, attestation d'hébergement + pièces de "
    "l'hébergeant) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : contrat de travail ou dernier bulletin de salaire.",
]


def form_pdf(f: dict, rng: random.Random, run: int, fill: str) -> bytes:
    """f: surname, usage, given, sex, dob, pob, nat, address, cp, city, phone, email,
    situation, contract, job, place, date_text, signed. fill: 'typed' or 'hand'."""
    buf, c = new_pdf()
    pg = Page(c)
    F = ("lib", "lib-b") if run == 1 else ("open", "open-b")
    bar = (0.0, 0.36, 0.62) if run == 1 else (0.15, 0.15, 0.15)
    hf = f.get("hand_font", "hand3")
    ink = f.get("ink", INK_BLUE)

    def val(x, y, s, size=10, comb=False, cw=5):
        if fill == "hand":
            if comb:
                hand_comb(pg, x, y, s, rng, cw=cw, font=hf, size=size + 4, color=ink)
            else:
                hand(pg, x, y, s, rng, font=hf, size=size + 4, color=ink)
        else:
            if comb:
                for i, ch in enumerate(s):
                    pg.text(x + i * cw + cw * 0.25, y, ch, "libmono", size)
            else:
                pg.text(x, y, s, "libmono" if run == 1 else "lib", size)

    def tick(x, y):
        if fill == "hand":
            hand(pg, x + 0.6, y + 3.6, "X", rng, font=hf, size=11, color=ink)
        else:
            pg.text(x + 0.8, y + 3.3, "X", "lib-b", 10)

    # ---------- page 1
    pg.rect(12, 10, 32, 16, stroke=None, fill=(0.0, 0.36, 0.62) if run == 1 else (0.1, 0.3, 0.6))
    pg.text(14, 17, "l'Assurance", F[1], 10, (1, 1, 1))
    pg.text(14, 22, "Maladie", F[1], 10, (1, 1, 1))
    pg.rect(160, 10, 38, 12, lw=0.8)
    pg.text(179, 15, "cerfa", F[1], 9, align="c")
    pg.text(179, 20, "N° 15763*02", F[0], 8.5, align="c")
    pg.text(105, 32, "Demande d'ouverture des droits à l'assurance maladie", F[1], 13, align="c")
    pg.text(105, 38, "Protection universelle maladie (PUMa)", F[0], 10.5, align="c")
    pg.para(
        14,
        44,
        "Articles L. 160-1, L. 160-5, L. 160-6 et R. 111-2 du code de la sécurité "
        "sociale. Remplissez ce formulaire si vous résidez en France de manière stable et "
        "régulière et que vous n'avez pas de droits ouverts à l'assurance maladie. "
        "Joignez les pièces justificatives listées en page 2.",
        182,
        F[0],
        7,
        3.2,
    )

    def section(y, title):
        if run == 1:
            pg.rect(12, y, 186, 6.5, stroke=None, fill=bar)
            pg.text(15, y + 4.7, title, F[1], 9.5, (1, 1, 1))
        else:
            pg.text(12, y + 4.7, title, F[1], 10.5)
            pg.line(12, y + 6.5, 198, y + 6.5, lw=1.2)
        return y + 10

    y = section(56, "A  VOUS")
    labels_above = run == 2

    def field(x, y, lab, v, w=80, size=10):
        if labels_above:
            pg.text(x, y, lab, F[0], 7, (0.3, 0.3, 0.3))
            pg.rect(x, y + 1.5, w, 7, lw=0.4)
            if v:
                val(x + 1.5, y + 6.8, v, size)
        else:
            pg.text(x, y + 5, lab, F[0], 8.5)
            lw = 3 + len(lab) * 1.7
            pg.line(x + lw, y + 5.8, x + w, y + 5.8, lw=0.3, dash=[1, 1])
            if v:
                val(x + lw + 1, y + 5, v, size)

    step = 11 if labels_above else 8.5
    field(14, y, "Nom de naissance", f["surname"], 182)
    y += step
    field(14, y, "Nom d'usage (facultatif)", f.get("usage") or "", 182)
    y += step
    field(14, y, "Prénom(s)", f["given"], 182)
    y += step
    pg.text(14, y + 5, "Sexe", F[0], 8.5)
    for i, s in enumerate(("F", "M")):
        pg.rect(28 + i * 14, y + 1.5, 4.5, 4.5, lw=0.5)
        pg.text(34 + i * 14, y + 5, s, F[0], 8.5)
        if f["sex"] == s:
            tick(28 + i * 14, y + 1.5)
    pg.text(70, y + 5, "Date de naissance", F[0], 8.5)
    d, m, yr = f["dob"][8:10], f["dob"][5:7], f["dob"][:4]
    pg.comb(100, y, 8, gaps=(2, 4))
    for xx, part in ((100, d), (113, m), (126, yr)):
        val(xx, y + 5, part, 10, comb=True)
    pg.text(100, y + 9.5, "J J        M M          A A A A", F[0], 5.5, (0.4, 0.4, 0.4))
    y += step + 2
    field(14, y, "Lieu de naissance (commune, pays)", f["pob"], 182)
    y += step
    field(14, y, "Nationalité", f["nat"], 90)
    y += step
    pg.text(14, y + 5, "N° de sécurité sociale (si vous en avez un)", F[0], 8.5)
    x = pg.comb(84, y, 13, cw=4.6, ch=6, gaps=(1, 3, 5, 7, 10))
    pg.comb(x + 4, y, 2, cw=4.6, ch=6)
    y += step + 1
    field(14, y, "Adresse", f["address"], 182)
    y += step
    field(14, y, "Code postal", f["cp"], 50)
    field(70, y, "Commune", f["city"], 126)
    y += step
    field(14, y, "Téléphone", f["phone"], 70)
    field(90, y, "E-mail", f["email"], 106, 9)
    y += step + 4
    y = section(y, "B  VOTRE SITUATION")
    for key, lab in SITUATIONS:
        pg.rect(14, y, 4.5, 4.5, lw=0.5)
        pg.text(21, y + 3.6, lab, F[0], 8.5)
        if key == f["situation"]:
            tick(14, y)
        if key == "salarie":
            y += 6
            pg.text(21, y + 3.6, "Type de contrat :", F[0], 8)
            for i, ct in enumerate(("CDI", "CDD", "Intérim", "Autre")):
                pg.rect(48 + i * 20, y, 4, 4, lw=0.4)
                pg.text(53.5 + i * 20, y + 3.4, ct, F[0], 8)
                if f.get("contract") == ct:
                    tick(48 + i * 20, y - 0.3)
            y += 6
            field(21, y - 1.5, "Emploi occupé", f.get("job") or "", 120, 9)
            y += 3
        y += 7
    pg.text(105, 290, "S1106 — cerfa n° 15763*02 — page 1/2", F[0], 6.5, (0.3, 0.3, 0.3), align="c")
    c.showPage()
    # ---------- page 2
    y = section(14, "C  VOS ENGAGEMENTS ET SIGNATURE")
    y = pg.para(
        14,
        y + 2,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
        "ce formulaire et m'engage à signaler à ma caisse tout changement de situation. "
        "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable "
        "de fraudes ou de fausses déclarations (articles 313-1 et 441-1 du code pénal, "
        "article L. 114-13 du code de la sécurité sociale).",
        182,
        F[0],
        8.5,
        4.2,
    )
    y += 6
    pg.text(14, y, "Fait à", F[0], 9.5)
    pg.line(27, y + 0.8, 95, y + 0.8, lw=0.3, dash=[1, 1])
    pg.text(100, y, "le", F[0], 9.5)
    pg.line(106, y + 0.8, 160, y + 0.8, lw=0.3, dash=[1, 1])
    val(30, y - 0.5, f["place"], 10)
    if f.get("date_text"):
        if fill == "typed" and f.get("hand_date"):
            hand(pg, 108, y - 0.5, f["date_text"], rng, font=hf, size=12, color=ink)
        else:
            val(108, y - 0.5, f["date_text"], 10)
    y += 6
    if run == 1:
        pg.text(14, y + 3, "Signature", F[1], 9)
        pg.rect(14, y + 5, 80, 30, lw=0.6)
        by = y + 5
    else:
        pg.rect(14, y, 80, 30, lw=0.6)
        pg.text(54, y + 16, "Signature", F[0], 12, (0.85, 0.85, 0.85), align="c")
        by = y
    if f["signed"]:
        signature(pg, 20, by + 4, 60, 22, rng, color=ink)
    y = by + 40
    y = section(y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    for p in PIECES:
        pg.text(16, y, "•", F[0], 9)
        y = pg.para(20, y, p, 176, F[0], 8.5, 4.2) + 1.5
    y += 6
    pg.rect(12, y, 186, 34, lw=0.5, fill=(0.93, 0.93, 0.93))
    pg.text(15, y + 5, "Cadre réservé à l'organisme", F[1], 8.5)
    pg.text(15, y + 13, "Date de réception : ......................", F[0], 8)
    pg.text(15, y + 21, "Pièces vérifiées :  oui □   non □", F[0], 8)
    pg.text(110, y + 13, "Matricule agent : ......................", F[0], 8)
    pg.text(105, 290, "S1106 — cerfa n° 15763*02 — page 2/2", F[0], 6.5, (0.3, 0.3, 0.3), align="c")
    c.showPage()
    c.save()
    return buf.getvalue()


def form_fields(f: dict) -> dict:
    emp = {"salarie": "employed", "autre": "other"}.get(f["situation"], "not_employed")
    return {
        "surname": f["surname"],
        "given_names": f["given"],
        "date_of_birth": f["dob"],
        "employment_status": emp,
        "signed": f["signed"],
        "signed_on": f["signed_on"],
        "nir": None,
    }
