"""French paper layouts: S1106 form, lease, attestation d'hebergement, bills, payslip,
employment contract, RIBs (paper and app screenshot)."""

from docs_id import d, fr, fr_words
from wdraw import grp, signature, tick

BLUE = (20, 30, 110)


# ------------------------------------------------------------------ cerfa 15763*02 (S1106)
def _val(pg, f, x, y, s, size=10):
    if f["fill"] == "hand":
        pg.text(x, y, s, size=size * 1.5, font=f["hand_font"], color=BLUE, jitter=1.0)
    else:
        pg.text(x, y, s, size=size, font="cond")


def _comb(pg, f, x, y, s, n, cw=5.0, h=6.5):
    for i in range(n):
        pg.rect(x + i * cw, y - h + 1.2, cw, h, width=0.2, stroke=(90, 90, 90))
        if i < len(s) and s[i] != " ":
            cx = x + i * cw + cw * 0.22
            if f["fill"] == "hand":
                pg.text(
                    cx - 0.4, y - 0.6, s[i], size=14, font=f["hand_font"], color=BLUE, jitter=1.0
                )
            else:
                pg.text(cx, y - 0.3, s[i], size=10, font="cond")


def _bar(pg, f, y, title):
    if f["run"] == 0:
        pg.rect(12, y - 5, 186, 7, stroke=None, fill=(0, 84, 150))
        pg.text(15, y, title, size=10, font="sansb", color=(255, 255, 255))
    else:
        pg.text(12, y, title, size=11, font="latob", color=(0, 70, 130))
        pg.line(12, y + 1.5, 198, y + 1.5, width=0.5, color=(0, 70, 130))


def form_p1(pg, f):
    pg.text(12, 15, "l'Assurance", size=12, font="sansb", color=(0, 84, 150))
    pg.text(12, 21, "Maladie", size=12, font="sansb", color=(0, 84, 150))
    pg.rect(160, 8, 38, 14, width=0.4)
    pg.text(179, 13, "cerfa", size=9, font="sansi", anchor="c")
    pg.text(179, 19, "N° 15763*02", size=9, font="sansb", anchor="c")
    pg.text(
        105,
        32,
        "Demande d'ouverture des droits à l'assurance maladie",
        size=14,
        font="sansb",
        anchor="c",
    )
    pg.text(105, 38, "Protection universelle maladie (PUMa)", size=11, anchor="c")
    notice = [
        "Vous travaillez ou résidez en France de manière stable et régulière depuis plus de trois"
        " mois : remplissez ce formulaire",
        "et joignez les pièces justificatives demandées. Articles L. 160-1, L. 160-5, R. 111-2 et"
        " D. 160-2 du code de la sécurité sociale.",
    ]
    for i, ln in enumerate(notice):
        pg.text(12, 45 + i * 3.6, ln, size=6.8, color=(60, 60, 60))
    _bar(pg, f, 60, "A  VOUS")
    y = 70
    lab = "sans" if f["run"] == 0 else "open"
    pg.text(12, y, "Nom de naissance", size=8.5, font=lab)
    _val(pg, f, 48, y, f["surname"])
    pg.line(47, y + 1.2, 198, y + 1.2, width=0.15, dash=0.5)
    y += 8
    pg.text(12, y, "Nom d'usage (facultatif)", size=8.5, font=lab)
    if f.get("usage"):
        _val(pg, f, 55, y, f["usage"])
    pg.line(54, y + 1.2, 198, y + 1.2, width=0.15, dash=0.5)
    y += 8
    pg.text(12, y, "Prénom(s)", size=8.5, font=lab)
    _val(pg, f, 35, y, f["given"])
    pg.line(34, y + 1.2, 198, y + 1.2, width=0.15, dash=0.5)
    y += 10
    pg.text(12, y, "Sexe", size=8.5, font=lab)
    for i, s in enumerate("FM"):
        pg.rect(24 + i * 14, y - 3.5, 4, 4, width=0.25)
        pg.text(29 + i * 14, y, s, size=8.5)
        if f["sex"] == s:
            tick(pg, 24 + i * 14, y - 3.5, 4, color=BLUE if f["fill"] == "hand" else (0, 0, 0))
    pg.text(60, y, "Date de naissance", size=8.5, font=lab)
    dob = d(f["dob"])
    _comb(pg, f, 90, y + 1, f"{dob.day:02d}", 2)
    _comb(pg, f, 102, y + 1, f"{dob.month:02d}", 2)
    _comb(pg, f, 114, y + 1, f"{dob.year}", 4)
    y += 10
    pg.text(12, y, "Lieu de naissance : commune", size=8.5, font=lab)
    _val(pg, f, 58, y, f["pob_city"])
    pg.text(120, y, "pays", size=8.5, font=lab)
    _val(pg, f, 130, y, f["pob_country"])
    y += 8
    pg.text(12, y, "Nationalité", size=8.5, font=lab)
    _val(pg, f, 35, y, f["nationality"])
    y += 10
    pg.text(12, y, "N° de sécurité sociale (si vous en avez un)", size=8.5, font=lab)
    _comb(pg, f, 80, y + 1, "", 13, cw=4.5)
    _comb(pg, f, 142, y + 1, "", 2, cw=4.5)
    y += 10
    pg.text(12, y, "Adresse", size=8.5, font=lab)
    _val(pg, f, 30, y, f["street"])
    pg.line(29, y + 1.2, 198, y + 1.2, width=0.15, dash=0.5)
    y += 8
    pg.text(12, y, "Code postal", size=8.5, font=lab)
    _comb(pg, f, 34, y + 1, f["cp"], 5)
    pg.text(64, y, "Commune", size=8.5, font=lab)
    _val(pg, f, 82, y, f["city"])
    y += 9
    pg.text(12, y, "Téléphone", size=8.5, font=lab)
    _val(pg, f, 32, y, f["phone"])
    pg.text(100, y, "E-mail", size=8.5, font=lab)
    _val(pg, f, 114, y, f["email"], size=9)
    _bar(pg, f, 162, "B  VOTRE SITUATION")
    opts = [
        ("salarie", "Vous exercez une activité salariée en France. Type de contrat :"),
        ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            "Vous êtes sans activité et résidez en France de manière stable depuis"
            " plus de trois mois",
        ),
        ("autre", "Autre situation (précisez) :"),
    ]
    y = 172
    for key, lab_ in opts:
        pg.rect(14, y - 3.5, 4, 4, width=0.25)
        pg.text(21, y, lab_, size=8.5, font=lab)
        if f["situation"] == key:
            tick(pg, 14, y - 3.5, 4, color=BLUE if f["fill"] == "hand" else (0, 0, 0))
        if key == "salarie":
            for i, ct in enumerate(["CDI", "CDD", "Intérim", "Autre"]):
                xx = 112 + i * 20
                pg.rect(xx, y - 3.5, 4, 4, width=0.25)
                pg.text(xx + 5.5, y, ct, size=8.5, font=lab)
                if f["situation"] == "salarie" and f.get("contract") == ct:
                    tick(pg, xx, y - 3.5, 4, color=BLUE if f["fill"] == "hand" else (0, 0, 0))
            y += 7
            pg.text(21, y, "Emploi occupé / employeur :", size=8.5, font=lab)
            if f["situation"] == "salarie":
                _val(pg, f, 62, y, f.get("job", ""), size=9)
        y += 9
    pg.text(
        198, 288, "S1106 — cerfa n° 15763*02 — page 1/2", size=6.5, anchor="r", color=(90, 90, 90)
    )


def form_p2(pg, f, rng):
    lab = "sans" if f["run"] == 0 else "open"
    _bar(pg, f, 20, "C  VOS ENGAGEMENTS ET SIGNATURE")
    txt = [
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et",
        "m'engage à signaler à ma caisse tout changement dans ma situation.",
        "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de"
        " fraudes ou de fausses déclarations",
        "(articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal).",
    ]
    for i, ln in enumerate(txt):
        pg.text(12, 30 + i * 4.5, ln, size=8.5 if i < 2 else 7, font=lab)
    y = 55
    pg.text(12, y, "Fait à", size=9, font=lab)
    _val(pg, f, 25, y, f["place"])
    pg.line(24, y + 1.2, 90, y + 1.2, width=0.15, dash=0.5)
    pg.text(95, y, "le", size=9, font=lab)
    date_s = fr(f["signed_on"])
    if f["fill"] == "hand":
        pg.text(101, y, date_s, size=14, font=f["hand_font"], color=BLUE, jitter=1.0)
    else:
        _val(pg, f, 101, y, date_s)
    pg.line(100, y + 1.2, 150, y + 1.2, width=0.15, dash=0.5)
    if f["run"] == 0:
        pg.text(120, 63, "Signature", size=8.5, font=lab)
        pg.rect(120, 65, 75, 28, width=0.35)
    else:
        pg.rect(120, 62, 75, 30, width=0.35)
        pg.text(157, 80, "Signature", size=14, font="lato", color=(215, 215, 215), anchor="c")
    signature(pg, 124, 70, 62, 14, rng, f["sig_name"])
    _bar(pg, f, 110, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    pieces = [
        "une pièce d'identité : passeport ou, pour les ressortissants européens, carte"
        " nationale d'identité ;",
        "si vous n'êtes pas ressortissant européen : titre de séjour, VLS-TS ou récépissé de"
        " demande ;",
        "un acte de naissance complet (copie intégrale ou extrait avec filiation) ;",
        "un justificatif de résidence en France depuis plus de trois mois (bail, factures,"
        " attestation d'hébergement) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    for i, ln in enumerate(pieces):
        pg.text(14, 120 + i * 6, "•  " + ln, size=8, font=lab)
    pg.rect(12, 170, 186, 40, width=0.3, fill=(240, 240, 240))
    pg.text(15, 177, "Cadre réservé à l'organisme", size=9, font="sansb")
    pg.text(15, 187, "Date de réception : ....../....../..........", size=8.5)
    pg.text(15, 195, "Pièces vérifiées :  □ oui   □ non", size=8.5, font="dejavu")
    pg.text(15, 203, "Matricule agent : ..................", size=8.5)
    pg.text(
        198, 288, "S1106 — cerfa n° 15763*02 — page 2/2", size=6.5, anchor="r", color=(90, 90, 90)
    )


# ------------------------------------------------------------------ lease
def lease_p1(pg, L):
    pg.text(105, 22, "CONTRAT DE LOCATION", size=16, font="serifb", anchor="c")
    pg.text(
        105, 29, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", size=10, font="serif", anchor="c"
    )
    pg.text(
        105,
        35,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer"
        " les rapports locatifs)",
        size=8,
        font="serifi",
        anchor="c",
    )
    pg.text(15, 50, "I. DÉSIGNATION DES PARTIES", size=11, font="serifb")
    pg.text(15, 58, "Le présent contrat est conclu entre les soussignés :", size=10, font="serif")
    pg.text(
        15,
        66,
        "Le bailleur : " + L["landlord"] + ", demeurant " + L["landlord_addr"],
        size=10,
        font="serif",
    )
    pg.text(15, 72, "désigné(s) ci-après « le bailleur » ;", size=10, font="serif")
    pg.text(
        15, 80, "Le(s) locataire(s) : " + " et ".join(L["tenants_printed"]), size=10, font="serif"
    )
    pg.text(15, 86, "désigné(s) ci-après « le locataire ».", size=10, font="serif")
    pg.text(15, 100, "II. OBJET DU CONTRAT", size=11, font="serifb")
    pg.text(15, 108, "Localisation du logement : " + L["address"], size=10, font="serif")
    pg.text(
        15,
        114,
        "Type d'habitat : immeuble collectif — Régime juridique : copropriété",
        size=10,
        font="serif",
    )
    pg.text(
        15,
        120,
        f"Surface habitable : {L['surface']} m²  —  Nombre de pièces principales : {L['rooms']}",
        size=10,
        font="serif",
    )
    pg.text(15, 134, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", size=11, font="serifb")
    pg.text(
        15, 142, "Date de prise d'effet du contrat : " + fr_words(L["start"]), size=10, font="serif"
    )
    pg.text(15, 148, "Durée du contrat : 3 ans (bailleur personne physique)", size=10, font="serif")
    pg.text(15, 162, "IV. CONDITIONS FINANCIÈRES", size=11, font="serifb")
    pg.text(
        15,
        170,
        f"Loyer mensuel hors charges : {L['rent']} €  —  Provision sur charges : {L['charges']} €",
        size=10,
        font="serif",
    )
    pg.text(
        15,
        176,
        "Le loyer est payable mensuellement et d'avance, le 1er de chaque mois.",
        size=10,
        font="serif",
    )
    pg.text(
        15,
        184,
        f"Dépôt de garantie : {L['rent']} € (un mois de loyer hors charges)",
        size=10,
        font="serif",
    )
    pg.text(105, 285, "Page 1 / 2", size=8, font="serif", anchor="c")


def lease_p2(pg, L, rng):
    pg.text(15, 22, "V. TRAVAUX — VI. GARANTIES — VII. CLAUSE RÉSOLUTOIRE", size=11, font="serifb")
    for i in range(14):
        pg.line(15, 32 + i * 6, 195 - (i % 4) * 12, 32 + i * 6, width=0.2, color=(170, 170, 170))
    pg.text(
        15,
        130,
        "VIII. ANNEXES : dossier de diagnostic technique, état des lieux, notice d'information.",
        size=10,
        font="serif",
    )
    pg.text(
        15,
        150,
        f"Fait à {L['city']}, le {fr(L['signed'])}, en deux exemplaires originaux.",
        size=10,
        font="serif",
    )
    pg.text(20, 165, "Le bailleur", size=10, font="serifb")
    pg.text(20, 170, "(« lu et approuvé »)", size=8, font="serifi")
    pg.text(120, 165, "Le(s) locataire(s)", size=10, font="serifb")
    pg.text(120, 170, "(« lu et approuvé »)", size=8, font="serifi")
    pg.text(22, 180, "Lu et approuvé", size=11, font="hand1", color=BLUE)
    signature(pg, 20, 184, 60, 14, rng, L["landlord"].split()[-1].title(), color=BLUE)
    pg.text(122, 180, "Lu et approuvé", size=11, font="hand2", color=(10, 10, 10))
    signature(pg, 120, 184, 60, 14, rng, L["tenant_sig"], color=(10, 10, 10))
    pg.text(105, 285, "Page 2 / 2", size=8, font="serif", anchor="c")


# ------------------------------------------------------------------ attestation d'hebergement
def attestation(pg, a, rng):
    font = a["font"]
    y = 35
    pg.text(105, y, "Attestation d'hébergement", size=20, font=font, color=BLUE, anchor="c")
    body = [
        f"Je soussigné {a['host']}, né le {fr(a['host_dob'])} à {a['host_pob']},",
        f"demeurant {a['street']},",
        f"{a['cp']} {a['city']},",
        "atteste sur l'honneur héberger à mon domicile mon épouse",
        f"{a['hosted']}, née le {fr(a['hosted_dob'])},",
        f"depuis le {fr(a['since'])}.",
        "",
        "Je joins la copie de ma carte d'identité et mes trois",
        "dernières factures d'internet.",
        "",
        "Attestation faite pour servir et valoir ce que de droit.",
    ]
    y = 60
    for ln in body:
        pg.text(22, y, ln, size=15, font=font, color=BLUE, jitter=1.2)
        y += 11
    pg.text(
        110,
        y + 8,
        f"Fait à {a['city']}, le {fr(a['signed_on'])}",
        size=15,
        font=font,
        color=BLUE,
        jitter=1.2,
    )
    signature(pg, 115, y + 16, 70, 18, rng, a["host"].split()[0], color=BLUE)
    for i in range(24):
        pg.line(12, 24 + i * 11 + 1.5, 198, 24 + i * 11 + 1.5, width=0.12, color=(150, 180, 215))
    pg.line(30, 10, 30, 287, width=0.15, color=(220, 120, 120))


# ------------------------------------------------------------------ bills
def bill_orange(pg, b):
    o = (255, 121, 0)
    pg.rect(15, 12, 18, 18, stroke=None, fill=o)
    pg.text(17, 27.5, "orange", size=7.5, font="sansb", color=(255, 255, 255))
    pg.text(40, 20, "Votre facture", size=18, font="sansb")
    pg.text(40, 27, "Livebox Fibre — ligne fixe " + b["line"], size=9.5)
    pg.text(195, 17, "Facture n° " + b["number"], size=9, anchor="r")
    pg.text(195, 22, "du " + fr(b["issue"]), size=9, anchor="r")
    pg.text(195, 27, "Compte client : " + b["account"], size=9, anchor="r")
    pg.text(120, 45, b["holder_printed"], size=10.5, font="sansb")
    pg.text(120, 50.5, b["street"], size=10.5)
    pg.text(120, 56, b["cp"] + " " + b["city"].upper(), size=10.5)
    pg.rect(15, 68, 180, 24, stroke=None, fill=(245, 245, 245))
    pg.text(20, 78, "Montant total TTC", size=11)
    pg.text(190, 80, b["amount"].replace(".", ",") + " €", size=20, font="sansb", anchor="r")
    pg.text(
        20,
        87,
        "sera prélevé à partir du " + fr(b["debit"]) + " sur votre compte",
        size=8.5,
        color=(80, 80, 80),
    )
    pg.text(15, 104, "Détail de votre facture", size=12, font="sansb", color=o)
    pg.line(15, 106.5, 195, 106.5, width=0.4, color=o)
    y = 114
    ps, pe = fr(b["start"]), fr(b["end"])
    rows = [
        (f"Abonnement Livebox Fibre du {ps} au {pe}", b["sub"]),
        (f"Option TV du {ps} au {pe}", "0.00"),
        ("Communications hors forfait", "0.00"),
        ("Total HT", f"{float(b['amount']) / 1.2:.2f}"),
        ("TVA 20 %", f"{float(b['amount']) - float(b['amount']) / 1.2:.2f}"),
        ("Total TTC", b["amount"]),
    ]
    for lab, v in rows:
        pg.text(18, y, lab, size=9.5)
        pg.text(192, y, v.replace(".", ",") + " €", size=9.5, anchor="r")
        pg.line(15, y + 2.5, 195, y + 2.5, width=0.1, color=(200, 200, 200))
        y += 8
    pg.text(
        15,
        270,
        "Orange SA au capital de 10 640 226 396 € — 78 rue Olivier de Serres"
        " 75015 Paris — 380 129 866 RCS Paris",
        size=6.5,
        color=(110, 110, 110),
    )
    pg.text(
        15,
        275,
        "Service client : 3900 (service gratuit + prix appel) — orange.fr > Espace client",
        size=6.5,
        color=(110, 110, 110),
    )


def bill_sfr(pg, b):
    red = (226, 0, 26)
    pg.rect(0, 0, 210, 28, stroke=None, fill=red)
    pg.text(15, 19, "SFR", size=26, font="latob", color=(255, 255, 255))
    pg.text(195, 13, "FACTURE", size=14, font="sansb", color=(255, 255, 255), anchor="r")
    pg.text(195, 20, "SFR Box Fibre", size=10, color=(255, 255, 255), anchor="r")
    pg.text(15, 40, "Date de facture : " + fr(b["issue"]), size=9.5)
    pg.text(15, 45.5, "N° de facture : " + b["number"], size=9.5)
    pg.text(15, 51, "N° client : " + b["account"], size=9.5)
    pg.text(
        15, 56.5, "Période de facturation : du " + fr(b["start"]) + " au " + fr(b["end"]), size=9.5
    )
    pg.text(118, 42, b["holder_printed"], size=10.5, font="sansb")
    pg.text(118, 47.5, b["street"], size=10.5)
    pg.text(118, 53, b["cp"] + " " + b["city"].upper(), size=10.5)
    pg.rect(15, 66, 180, 20, stroke=red, width=0.5)
    pg.text(20, 78.5, "Montant à payer", size=12, font="sansb")
    pg.text(190, 79, b["amount"].replace(".", ",") + " €", size=18, font="sansb", anchor="r")
    pg.text(15, 98, "Vos services", size=12, font="sansb", color=red)
    y = 107
    for lab, v in [
        ("Forfait SFR Fibre Power", b["sub"]),
        ("Location décodeur", "0.00"),
        ("Remise fidélité", "-5.00"),
        ("Total TTC", b["amount"]),
    ]:
        pg.text(18, y, lab, size=9.5)
        pg.text(192, y, v.replace(".", ",") + " €", size=9.5, anchor="r")
        y += 7
    pg.text(
        15,
        272,
        "SFR — Société Française du Radiotéléphone — SA au capital de 3 423 265 598,40 €"
        " — 343 059 564 RCS Paris",
        size=6.5,
        color=(110, 110, 110),
    )


# ------------------------------------------------------------------ payslip, contract
def payslip(pg, p):
    pg.text(15, 18, "BULLETIN DE PAIE", size=15, font="sansb")
    pg.text(195, 18, "Période du " + p["start"] + " au " + p["end"], size=9, anchor="r")
    pg.rect(15, 24, 88, 32, width=0.3)
    pg.text(18, 30, p["employer"], size=10, font="sansb")
    for i, ln in enumerate(p["employer_addr"]):
        pg.text(18, 35 + i * 4.5, ln, size=8.5)
    pg.text(18, 49, "SIRET : " + p["siret"] + "   Code NAF : " + p["naf"], size=8)
    pg.text(18, 53.5, "Convention collective : " + p["idcc"], size=7)
    pg.rect(110, 24, 85, 32, width=0.3)
    pg.text(113, 30, p["employee"], size=10, font="sansb")
    for i, ln in enumerate(p["employee_addr"]):
        pg.text(113, 35 + i * 4.5, ln, size=8.5)
    pg.text(113, 49, "Emploi : " + p["job"], size=8)
    pg.text(113, 53.5, "Entrée le : " + p["entry"] + "   Statut : cadre", size=8)
    heads = ["Éléments de paie", "Base", "Taux", "À déduire", "À payer"]
    xs = [17, 100, 125, 150, 175]
    pg.rect(15, 62, 180, 7, stroke=None, fill=(225, 230, 240))
    for x, h in zip(xs, heads):
        pg.text(x, 67, h, size=8.5, font="sansb")
    rows = [
        ("Salaire de base", "151,67", "", "", p["gross"]),
        ("SALAIRE BRUT", "", "", "", p["gross"]),
        ("Santé — Sécurité sociale, complémentaire", p["gross"], "", "98,40", ""),
        ("Retraite — Sécurité sociale plafonnée", p["gross"], "6,90", "310,50", ""),
        ("Retraite complémentaire T1", p["gross"], "4,01", "180,45", ""),
        ("Assurance chômage", p["gross"], "", "0,00", ""),
        ("CSG déductible de l'impôt sur le revenu", "4 423,50", "6,80", "300,80", ""),
        ("CSG/CRDS non déductible", "4 423,50", "2,90", "128,28", ""),
    ]
    y = 76
    for r in rows:
        for x, v in zip(xs, r):
            pg.text(x, y, v, size=8.5, font="sansb" if r[0].isupper() else "sans")
        y += 7
    pg.rect(15, y, 180, 10, stroke=None, fill=(240, 240, 240))
    pg.text(17, y + 6.5, "NET À PAYER AVANT IMPÔT SUR LE REVENU", size=9, font="sansb")
    pg.text(193, y + 6.5, p["net_before"] + " €", size=9, font="sansb", anchor="r")
    y += 16
    pg.text(17, y, "Impôt sur le revenu prélevé à la source — taux personnalisé 4,1 %", size=8.5)
    pg.text(193, y, p["pas"] + " €", size=8.5, anchor="r")
    y += 10
    pg.rect(110, y, 85, 14, stroke=(0, 0, 0), width=0.5)
    pg.text(113, y + 9, "NET PAYÉ", size=11, font="sansb")
    pg.text(192, y + 9, p["net"] + " €", size=13, font="sansb", anchor="r")
    pg.text(17, y + 9, "Payé le " + p["paid_on"] + " par virement", size=8.5)
    pg.text(
        15,
        280,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez"
        " ce bulletin de paie sans limitation de durée.",
        size=7,
        color=(90, 90, 90),
    )


def contract_p1(pg, c):
    pg.text(105, 25, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", size=14, font="sansb", anchor="c")
    pg.text(15, 42, "ENTRE LES SOUSSIGNÉS :", size=10, font="sansb")
    lines = [
        f"La société {c['employer']}, {c['form']} au capital de {c['capital']} €, immatriculée"
        f" au RCS de {c['rcs']}",
        f"sous le numéro SIRET {c['siret']}, dont le siège social est situé {c['employer_addr']},",
        f"représentée par {c['rep']}, en sa qualité de {c['rep_title']},",
        "ci-après dénommée « l'Employeur », d'une part,",
        "",
        f"ET {c['employee_printed']}, né(e) le {fr(c['dob'])} à {c['pob']}, de nationalité"
        f" {c['nat']},",
        f"demeurant {c['address']},",
        "ci-après dénommé(e) « le Salarié », d'autre part,",
        "",
        "IL A ÉTÉ CONVENU CE QUI SUIT :",
        "",
        "Article 1 — Engagement",
        f"Le Salarié est engagé à compter du {fr(c['start'])} en qualité de {c['job']},"
        f" statut cadre,",
        "sous réserve des résultats de la visite d'information et de prévention.",
        "",
        "Article 2 — Période d'essai",
        "Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de quatre"
        " mois.",
        "",
        "Article 3 — Rémunération",
        f"En contrepartie de ses fonctions, le Salarié percevra une rémunération annuelle brute"
        f" de {c['salary']} €,",
        "versée en douze mensualités.",
        "",
        "Article 4 — Durée du travail",
        "Le Salarié est soumis à un forfait annuel de 218 jours de travail.",
    ]
    y = 52
    for ln in lines:
        pg.text(15, y, ln, size=9.5, font="sansb" if ln.startswith(("Article", "IL A")) else "sans")
        y += 6
    pg.text(105, 287, "1/2", size=8, anchor="c")


def contract_p2(pg, c, rng):
    lines = [
        "Article 5 — Lieu de travail",
        f"Le Salarié exercera ses fonctions au sein de l'établissement de {c['workplace']}.",
        "",
        "Article 6 — Convention collective",
        f"Le présent contrat est régi par la convention collective {c['idcc']}.",
        "",
        "Article 7 — Congés payés, protection sociale",
        "Le Salarié bénéficiera des congés payés légaux et sera affilié aux régimes de retraite",
        "complémentaire et de prévoyance de l'entreprise.",
    ]
    y = 25
    for ln in lines:
        pg.text(15, y, ln, size=9.5, font="sansb" if ln.startswith("Article") else "sans")
        y += 6
    pg.text(15, y + 12, f"Fait en deux exemplaires à {c['city']}, le {fr(c['signed'])}.", size=9.5)
    pg.text(20, y + 28, "Pour l'Employeur", size=9.5, font="sansb")
    pg.text(20, y + 33, c["rep"] + ", " + c["rep_title"], size=8.5)
    signature(pg, 20, y + 38, 60, 14, rng, c["rep"].split()[-1], color=BLUE)
    pg.text(120, y + 28, "Le Salarié", size=9.5, font="sansb")
    pg.text(120, y + 33, "« Lu et approuvé, bon pour accord »", size=8.5, font="sansi")
    signature(pg, 120, y + 38, 60, 14, rng, c["sig_name"], color=(10, 10, 10))
    pg.text(105, 287, "2/2", size=8, anchor="c")


# ------------------------------------------------------------------ RIBs
def rib_bnp(pg, r):
    g = (0, 145, 90)
    pg.rect(15, 15, 10, 10, stroke=None, fill=g)
    pg.text(28, 23, "BNP PARIBAS", size=15, font="sansb", color=g)
    pg.text(15, 38, "RELEVÉ D'IDENTITÉ BANCAIRE", size=12, font="sansb")
    pg.text(
        15,
        44,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs.",
        size=8,
        color=(90, 90, 90),
    )
    pg.rect(15, 50, 180, 62, stroke=(120, 120, 120), width=0.3)
    pg.text(20, 58, "Titulaire du compte", size=8, color=(90, 90, 90))
    pg.text(20, 63.5, r["holder_printed"], size=10.5, font="sansb")
    for i, ln in enumerate(r["addr"]):
        pg.text(20, 69 + i * 5, ln, size=9.5)
    pg.text(120, 58, "Domiciliation", size=8, color=(90, 90, 90))
    for i, ln in enumerate(r["branch_lines"]):
        pg.text(120, 63.5 + i * 5, ln, size=9.5)
    heads = [
        ("Code banque", r["bank"]),
        ("Code guichet", r["branch"]),
        ("N° de compte", r["account"]),
        ("Clé RIB", r["key"]),
    ]
    for i, (h, v) in enumerate(heads):
        x = 20 + i * 42
        pg.text(x, 86, h, size=8, color=(90, 90, 90))
        pg.text(x, 92, v, size=10.5, font="mono")
    pg.text(20, 101, "IBAN", size=8, color=(90, 90, 90))
    pg.text(32, 101, grp(r["iban"]), size=10.5, font="mono")
    pg.text(20, 107.5, "BIC", size=8, color=(90, 90, 90))
    pg.text(32, 107.5, r["bic"], size=10.5, font="mono")


def rib_lbp(pg, r):
    y0 = (255, 205, 0)
    pg.rect(15, 15, 180, 14, stroke=None, fill=y0)
    pg.text(20, 25, "LA BANQUE POSTALE", size=14, font="sansb", color=(0, 40, 100))
    pg.text(15, 40, "Relevé d'Identité Bancaire", size=13, font="serifb", color=(0, 40, 100))
    pg.text(15, 52, "Intitulé du compte :", size=9)
    for i, ln in enumerate(r["holder_lines"]):
        pg.text(55, 52 + i * 5, ln, size=10, font="sansb")
    for i, ln in enumerate(r["addr"]):
        pg.text(55, 52 + (len(r["holder_lines"]) + i) * 5, ln, size=9.5)
    y = 85
    pg.rect(15, y - 6, 180, 30, stroke=(0, 40, 100), width=0.4)
    pg.text(20, y, "Identifiant national de compte bancaire - RIB", size=8, font="sansb")
    for i, (h, v) in enumerate(
        [
            ("Banque", r["bank"]),
            ("Guichet", r["branch"]),
            ("N° de compte", r["account"]),
            ("Clé", r["key"]),
        ]
    ):
        pg.text(20 + i * 40, y + 7, h, size=8)
        pg.text(20 + i * 40, y + 13, v, size=10.5, font="mono")
    pg.text(
        20, y + 21, "IBAN : " + grp(r["iban"]) + "     BIC : " + r["bic"], size=9.5, font="mono"
    )
    pg.text(15, y + 35, "Domiciliation : " + r["domic"], size=9)


def rib_sg_screen(pg, r):
    """A Société Générale app screenshot (1170 x 2532 px page); units are mm at 460 dpi."""
    W = pg.w
    pg.rect(0, 0, W, 8, stroke=None, fill=(255, 255, 255))
    pg.text(4, 5.5, "14:27", size=9, font="sansb")
    pg.text(W - 4, 5.5, "5G  78 %", size=8, font="sansb", anchor="r")
    pg.rect(0, 8, W, 14, stroke=None, fill=(0, 0, 0))
    pg.text(4, 17, "‹", size=16, font="dejavu", color=(255, 255, 255))
    pg.text(W / 2, 17, "Mon RIB", size=11, font="sansb", color=(255, 255, 255), anchor="c")
    pg.rect(0, 22, W, 2, stroke=None, fill=(230, 0, 40))
    pg.rect(4, 30, W - 8, 78, stroke=None, fill=(246, 246, 246), radius=3)
    items = [
        ("Titulaire", r["holder_printed"]),
        ("Compte", "Compte courant"),
        ("IBAN", grp(r["iban"])[:29]),
        ("", grp(r["iban"])[29:]),
        ("BIC", r["bic"]),
        ("Banque", r["bank"] + "   Guichet " + r["branch"]),
        ("N° de compte", r["account"] + "   Clé " + r["key"]),
        ("Domiciliation", r["domic"]),
    ]
    y = 38
    for lab, v in items:
        if lab:
            pg.text(8, y, lab, size=6.5, color=(110, 110, 110))
            y += 5
        pg.text(8, y, v, size=8, font="sansb")
        y += 8
    pg.rect(8, 116, W - 16, 11, stroke=None, fill=(230, 0, 40), radius=5)
    pg.text(
        W / 2, 123, "Partager mon RIB", size=8.5, font="sansb", color=(255, 255, 255), anchor="c"
    )
    pg.rect(W / 2 - 18, 136, 36, 1.2, stroke=None, fill=(20, 20, 20), radius=0.6)
