"""Cerfa 15763*02 (S1106) application form, filled by hand, typed, or as AcroForm fields."""

from core import Page, signature_png

GREY = (90, 90, 90)
SITU = [("salarie", "Vous exercez une activité salariée en France"),
        ("independant", "Vous exercez une activité non salariée (indépendant)"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
        ("etudiant", "Vous êtes étudiant(e)"),
        ("sans_activite", ("Vous êtes sans activité et résidez en France de manière stable "
                          "depuis plus de trois mois")),
        ("autre", "Autre situation (précisez) :")]  # fmt: skip


def build(d, rng, way, run=0):
    """d: values; way: hand | typed | acro. Returns [page1, page2]."""
    hf = d.get("hand_font", "hand1")
    bar = [(0, 80, 150), (40, 40, 40)][run]
    lab = ["sans", "narrow"][run]
    labb = ["sansb", "sansb"][run]
    p1 = Page()
    p1.text(14, 16, "l'Assurance", 13, labb, (0, 80, 150))
    p1.text(14, 22, "Maladie", 13, labb, (0, 80, 150))
    p1.rect(170, 10, 28, 12, (0, 0, 0), None, 0.4)
    p1.text(184, 15, "cerfa", 9, "sansb", anchor="c")
    p1.text(184, 20, "N° 15763*02", 7.5, "sans", anchor="c")
    p1.text(105, 34, "Demande d'ouverture des droits à l'assurance maladie", 14, labb, anchor="c")
    p1.text(105, 40, "Protection universelle maladie (PUMa)", 10, lab, anchor="c")
    p1.para(14, 47, 182, "Vous résidez en France de manière stable et régulière : remplissez ce "
            "formulaire pour bénéficier de la prise en charge de vos frais de santé. Articles "
            "L. 160-1, L. 160-5, R. 111-2 et D. 160-2 du code de la sécurité sociale.", 7, lab,
            1.3, GREY)  # fmt: skip

    def section(y, t):
        if run == 0:
            p1.rect(14, y - 5, 182, 7, None, bar) if y < 290 else None
            return p1.text(17, y, t, 10, labb, (255, 255, 255))
        p1.text(14, y, t, 10.5, labb, bar)
        p1.line(14, y + 1.5, 196, y + 1.5, 0.5, bar)

    def val(pg, x, y, s, name, w=100, size=10):
        if not s:
            if way == "acro":
                pg.field(name, x, y - 5, w, 6.5, "", size)
            return
        if way == "hand":
            pg.hand(x + 1, y, s, rng, 13, hf)
        elif way == "typed":
            pg.text(x + 1, y, s, size, "mono")
        else:
            pg.field(name, x, y - 5, w, 6.5, s, size)

    def comb(x, y, s, n, name, cell=5.0):
        for i in range(n):
            p1.rect(x + i * cell, y - 5, cell, 6.5, (0, 0, 0), None, 0.2)
        if way == "hand":
            p1.comb(x, y, s, rng, cell, 12, "hand3")
        elif s:
            val(p1, x, y, " ".join(s) if way == "typed" else s, name, n * cell)

    section(64, "A  VOUS")
    rows = [("Nom de naissance", d["surname"], "nom_naissance"),
            ("Nom d'usage (facultatif)", d.get("usage", ""), "nom_usage"),
            ("Prénom(s)", d["given"], "prenoms")]  # fmt: skip
    y = 74
    for lb, v, nm in rows:
        if run == 0:
            p1.text(14, y, lb, 8.5, lab)
            p1.line(60, y + 1, 196, y + 1, 0.15, (150, 150, 150))
            val(p1, 61, y, v, nm, 130)
        else:
            p1.text(14, y - 4, lb, 7, lab, GREY)
            p1.rect(14, y - 3, 182, 6, (150, 150, 150), None, 0.2)
            val(p1, 15, y + 2, v, nm, 180)
            y += 2
        y += 9
    p1.text(14, y, "Sexe", 8.5, lab)
    for i, s in enumerate("FM"):
        p1.text(32 + i * 14, y, s, 8.5, lab)
        p1.rect(36 + i * 14, y - 3.5, 4, 4, (0, 0, 0), None, 0.25)
        if d["sex"] == s:
            if way == "acro":
                p1.field("sexe_" + s, 36 + i * 14, y - 3.5, 4, 4, True, kind="check")
            elif way == "hand":
                p1.tick(36 + i * 14, y - 3.5, 4, rng)
            else:
                p1.text(36.6 + i * 14, y, "X", 9, "sansb")
    p1.text(70, y, "Date de naissance", 8.5, lab)
    dd = d["dob"]
    comb(100, y + 1, f"{dd.day:02d}{dd.month:02d}{dd.year}", 8, "date_naissance")
    y += 10
    p1.text(14, y, "Lieu de naissance : commune", 8.5, lab)
    val(p1, 60, y, d["pob_city"], "lieu_naissance", 60)
    p1.text(125, y, "pays", 8.5, lab)
    val(p1, 135, y, d["pob_country"], "pays_naissance", 60)
    y += 9
    p1.text(14, y, "Nationalité", 8.5, lab)
    val(p1, 40, y, d["nationality"], "nationalite", 80)
    y += 9
    p1.text(14, y, "N° de sécurité sociale (si vous en avez un)", 8.5, lab)
    comb(90, y + 1, "", 13, "nir", 4.6)
    comb(152, y + 1, "", 2, "nir_cle", 4.6)
    y += 9
    p1.text(14, y, "N° d'allocataire CAF (si vous en avez un)", 8.5, lab)
    comb(90, y + 1, "", 7, "caf", 4.6)
    y += 10
    p1.text(14, y, "Adresse", 8.5, lab)
    val(p1, 40, y, d["addr1"], "adresse", 150)
    y += 9
    p1.text(14, y, "Code postal", 8.5, lab)
    comb(40, y + 1, d["cp"], 5, "code_postal")
    p1.text(75, y, "Commune", 8.5, lab)
    val(p1, 92, y, d["city"], "commune", 90)
    y += 9
    p1.text(14, y, "Téléphone", 8.5, lab)
    val(p1, 40, y, d["phone"], "telephone", 50)
    p1.text(95, y, "Courriel", 8.5, lab)
    val(p1, 112, y, d["email"], "courriel", 84, 9)
    y += 16
    section(y, "B  VOTRE SITUATION")
    y += 10
    for key, t in SITU:
        p1.rect(14, y - 3.5, 4, 4, (0, 0, 0), None, 0.25)
        p1.text(21, y, t, 8.5, lab)
        on = d["situation"] == key
        if on:
            if way == "acro":
                p1.field("situation_" + key, 14, y - 3.5, 4, 4, True, kind="check")
            elif way == "hand":
                p1.tick(14, y - 3.5, 4, rng)
            else:
                p1.text(14.6, y, "X", 9, "sansb")
        if key == "salarie":
            y += 7
            p1.text(26, y, "Type de contrat :", 8, lab)
            for i, ct in enumerate(["CDI", "CDD", "Intérim", "Autre"]):
                p1.rect(55 + i * 22, y - 3.2, 3.6, 3.6, (0, 0, 0), None, 0.2)
                p1.text(60 + i * 22, y, ct, 8, lab)
                if on and d.get("contract") == ct:
                    if way == "acro":
                        p1.field(
                            "contrat_" + ct, 55 + i * 22, y - 3.2, 3.6, 3.6, True, kind="check"
                        )
                    elif way == "hand":
                        p1.tick(55 + i * 22, y - 3.2, 3.6, rng)
                    else:
                        p1.text(55.5 + i * 22, y, "X", 8, "sansb")
            y += 7
            p1.text(26, y, "Emploi occupé :", 8, lab)
            val(p1, 55, y, d.get("job", "") if on else "", "emploi", 100)
        y += 8
    p1.text(105, 290, "S1106 — cerfa n° 15763*02 — page 1/2", 7, lab, GREY, "c")

    p2 = Page()
    if run == 0:
        p2.rect(14, 15, 182, 7, None, bar)
        p2.text(17, 20, "C  VOS ENGAGEMENTS ET SIGNATURE", 10, labb, (255, 255, 255))
    else:
        p2.text(14, 20, "C  VOS ENGAGEMENTS ET SIGNATURE", 10.5, labb, bar)
        p2.line(14, 21.5, 196, 21.5, 0.5, bar)
    y = p2.para(14, 32, 182, "Je certifie sur l'honneur l'exactitude des renseignements portés "
                "sur ce formulaire et m'engage à signaler à ma caisse tout changement de "
                "situation. La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend "
                "coupable de fraude ou de fausse déclaration (articles 313-1, 313-3, 433-19, "
                "441-1 et 441-7 du code pénal).", 9, lab, 1.4)  # fmt: skip
    y += 6
    p2.text(14, y, "Fait à", 9, lab)
    p2.text(100, y, "le", 9, lab)
    if way == "hand":
        p2.hand(27, y, d["place"], rng, 13, hf)
        p2.hand(106, y, d["date_text"], rng, 13, hf)
    elif way == "typed":
        p2.text(28, y, d["place"], 10, "mono")
        p2.text(107, y, d["date_text"], 10, "mono")
    else:
        p2.field("fait_a", 27, y - 5, 60, 6.5, d["place"], 10)
        p2.field("date_signature", 106, y - 5, 40, 6.5, d["date_text"], 10)
    y += 6
    p2.rect(110, y, 86, 32, (0, 0, 0), None, 0.3)
    p2.text(112, y + 4.5, "Signature", 8, lab, (150, 150, 150) if run else (0, 0, 0))
    if way == "acro":
        sig = signature_png(rng, d["given"] + d["surname"])
        p2.image(sig, 118, y + 6, 64, 23)
    else:
        p2.signature(
            118, y + 7, 60, 20, rng, d["given"] + d["surname"], d.get("ink", (25, 40, 120))
        )
    y += 44
    p2.text(14, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", 10, labb, bar)
    y += 7
    for s in [
        "une copie de votre pièce d'identité (passeport, carte nationale d'identité) ;",
        (
            "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : une copie de votre titre de "
            "séjour, VLS-TS ou récépissé en cours de validité ;"
        ),
        "une copie intégrale de votre acte de naissance ou un extrait avec filiation ;",
        (
            "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
            "attestation d'hébergement) ;"
        ),
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]:
        y = p2.para(20, y, 176, "• " + s, 8.5, lab, 1.4) + 1
    y += 8
    p2.rect(14, y, 182, 26, (0, 0, 0), (240, 240, 240), 0.3)
    p2.text(17, y + 6, "Cadre réservé à l'organisme", 8.5, labb)
    p2.text(17, y + 13, "Date de réception : ____/____/______", 8, lab)
    p2.text(100, y + 13, "Pièces vérifiées :  □ oui  □ non", 8, lab)
    p2.text(17, y + 20, "Matricule agent : __________", 8, lab)
    p2.text(105, 290, "S1106 — cerfa n° 15763*02 — page 2/2", 7, lab, GREY, "c")
    return [p1, p2]
