"""Content of the two pages of the form (own rendering of the official
cerfa 15763*02 / ameli S1106, drawn from its public description)."""

from .layout import Sheet

X0, XR = 15.0, 195.0
LABEL_W = 49.0

NOTICE = (
    "Ce formulaire vous permet de demander la prise en charge de vos frais de "
    "santé si vous exercez une activité professionnelle en France ou si vous y "
    "résidez de manière stable et régulière. Complétez-le lisiblement en "
    "lettres majuscules, datez-le et signez-le. Joignez les copies des pièces "
    "justificatives dont la liste figure en page 2, puis adressez l'ensemble à "
    "la caisse d'assurance maladie de votre lieu de résidence. Ne joignez pas "
    "d'originaux."
)

LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 161-1, R. 111-3, R. 160-1 et D. 160-2 "
    "du code de la sécurité sociale"
)

CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce "
    "formulaire. Je m'engage à signaler immédiatement à ma caisse d'assurance "
    "maladie tout changement dans ma situation (adresse, activité "
    "professionnelle, régularité du séjour). Je reconnais avoir été informé(e) "
    "que ma demande ne pourra être étudiée qu'après réception de l'ensemble des "
    "pièces justificatives."
)

FRAUD = (
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend "
    "coupable de fraudes ou de fausses déclarations (articles 313-1 à 313-3, "
    "433-19, 441-1 et 441-7 du code pénal). En outre, l'inexactitude ou le "
    "caractère incomplet des déclarations peuvent faire l'objet d'une pénalité "
    "financière (article L. 114-17-1 du code de la sécurité sociale)."
)

CNIL = (
    "Les informations recueillies sont destinées à votre caisse d'assurance "
    "maladie pour l'ouverture et la gestion de vos droits. Conformément au "
    "règlement (UE) 2016/679 et à la loi n° 78-17 du 6 janvier 1978 modifiée, "
    "vous disposez d'un droit d'accès et de rectification aux informations qui "
    "vous concernent auprès du directeur de votre caisse."
)

INFOS = [
    "Votre demande est étudiée par la caisse d'assurance maladie de votre lieu de "
    "résidence. Si un document manque, votre dossier vous sera retourné.",
    "Dès l'ouverture de vos droits, une attestation de droits vous est adressée ; "
    "vous pourrez ensuite créer votre compte ameli et commander votre carte Vitale.",
    "Pour toute information : www.ameli.fr ou le 36 46 (service gratuit + prix de "
    "l'appel), du lundi au vendredi.",
]

PIECES = [
    "Une pièce d'identité en cours de validité : passeport, ou carte nationale "
    "d'identité pour les ressortissants de l'Union européenne, de l'EEE ou de la Suisse.",
    "Si vous n'êtes pas ressortissant(e) de l'UE, de l'EEE ou de la Suisse : votre "
    "titre de séjour, votre visa long séjour valant titre de séjour (VLS-TS) ou le "
    "récépissé de votre demande de titre de séjour.",
    "Un acte de naissance (copie intégrale ou extrait avec filiation), apostillé ou "
    "légalisé s'il y a lieu, accompagné le cas échéant de sa traduction.",
    "Un justificatif de résidence en France depuis plus de trois mois : bail de "
    "location, ou trois factures successives (électricité, gaz, eau, téléphone, "
    "internet), ou attestation d'hébergement accompagnée de la pièce d'identité et "
    "d'un justificatif de domicile de l'hébergeant.",
    "Un relevé d'identité bancaire (RIB) à votre nom.",
    "Si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]


def _logo(sh, x, y):
    pr = sh.pr
    a, a2 = pr.accent, pr.accent2
    c = sh.c
    # a rounded square holding two arcs (a simple stand-in for the real logo)
    sh.rect(x, y, 13, 13, lw=0.1, stroke=None, fill=a, r=2.5)
    c.saveState()
    c.setStrokeColorRGB(1, 1, 1)
    c.setLineWidth(2.2)
    from .layout import MM, PAGE_H

    c.arc((x + 2.5) * MM, PAGE_H - (y + 11) * MM, (x + 10.5) * MM, PAGE_H - (y + 3) * MM, 200, 140)
    c.setStrokeColorRGB(*a2)
    c.setLineWidth(1.6)
    c.arc((x + 4.5) * MM, PAGE_H - (y + 9.5) * MM, (x + 8.5) * MM, PAGE_H - (y + 5.5) * MM, 20, 180)
    c.restoreState()
    sh.text(x + 15, y + 5.2, "l'Assurance", sh.reg, 9.5, col=a)
    sh.text(x + 15, y + 11.3, "Maladie", sh.bold, 14, col=a)
    sh.text(x + 15, y + 15.2, "Agir ensemble, protéger chacun", sh.ital, 6, col=a2)


def _cerfa_box(sh, x, y):
    sh.rect(x, y, 38, 16, lw=0.9)
    sh.text(x + 2, y + 7, "cerfa", sh.bold, 15)
    sh.line(x + 20, y + 2, x + 20, y + 8, lw=0.5)
    sh.text(x + 21.5, y + 4.5, "N° 15763*02", sh.bold, 6.8)
    sh.text(x + 21.5, y + 7.8, "S1106", sh.reg, 6.5)
    sh.text(x + 19, y + 13.2, "www.ameli.fr", sh.reg, 7, align="center")


def _rf_block(sh, x, y):
    for i, col in enumerate([(0.0, 0.14, 0.58), (1, 1, 1), (0.93, 0.16, 0.22)]):
        sh.rect(
            x + i * 2.2, y, 2.2, 6, lw=0.2, stroke=(0.7, 0.7, 0.7) if i == 1 else None, fill=col
        )
    sh.text(x, y + 9.5, "RÉPUBLIQUE", sh.bold, 6.2)
    sh.text(x, y + 12.2, "FRANÇAISE", sh.bold, 6.2)
    sh.text(x, y + 15.2, "Liberté Égalité Fraternité", sh.ital, 4.8)


def _label(sh, y, label, sub=None):
    sh.text(X0, y, label, sh.bold if sh.pr.band == "underline" else sh.reg)
    if sub:
        sh.text(X0, y + 3.0, sub, sh.ital, 6.2, col=(0.35, 0.35, 0.35))


def _text_field(sh, key, x, y, w, rh):
    """Free text or letter comb, per print run. y = top of the row."""
    pr = sh.pr
    if pr.name_field == "comb":
        n = int(w // pr.cell_w)
        sh.comb(
            key,
            x,
            y + rh - pr.cell_h - 1.2,
            (n,),
            pr.cell_w,
            pr.cell_h,
            style="comb_full" if pr.lw > 0.8 else "comb_ticks",
        )
    elif pr.name_field == "box":
        sh.rect(x, y + 0.6, w, rh - 1.4, lw=max(0.4, pr.lw * 0.7))
        sh.anchor(key, "line", x + 0.5, y + 0.6, w - 1, rh - 1.4)
    else:
        sh.fieldline(x, y + rh - 1.2, w)
        sh.anchor(key, "line", x, y + rh - 7.2, w, 6.0)


def _line_field(sh, key, x, y, w, rh):
    pr = sh.pr
    if pr.name_field == "box":
        sh.rect(x, y + 0.6, w, rh - 1.4, lw=max(0.4, pr.lw * 0.7))
        sh.anchor(key, "line", x + 0.5, y + 0.6, w - 1, rh - 1.4)
    else:
        sh.fieldline(x, y + rh - 1.2, w)
        sh.anchor(key, "line", x, y + rh - 7.2, w, 6.0)


def draw_page1(c, pr):
    sh = Sheet(c, pr)
    sh.begin()
    _logo(sh, X0, 10)
    if pr.rf_block:
        _rf_block(sh, 128, 10)
    _cerfa_box(sh, XR - 38, 10)
    y = 35
    sh.text(
        105,
        y,
        "Demande d'ouverture des droits à l'assurance maladie",
        sh.bold,
        14.5,
        col=pr.accent,
        align="center",
    )
    sh.text(105, y + 6, "Protection universelle maladie (PUMa)", sh.bold, 11, align="center")
    sh.text(105, y + 10.5, LEGAL, sh.ital, 7, align="center", col=(0.25, 0.25, 0.25))
    y += 13.5
    top = y
    yb = sh.para(X0 + 3, y + 0.3, 174, NOTICE, sh.reg, 6.9)
    sh.rect(X0, top, 180, yb - top + 2.0, lw=0.5, stroke=pr.accent2, r=1.5)
    y = yb + 5

    rh = pr.row_h
    y = sh.section(y, "A", "VOUS", "Renseignements concernant le demandeur")
    fx = X0 + LABEL_W
    fw = XR - fx
    _label(sh, y + rh - 2.2, "Nom de naissance")
    _text_field(sh, "surname", fx, y, fw, rh)
    y += rh
    _label(sh, y + rh - 3.6, "Nom d'usage (facultatif)", "(exemple : nom d'épouse)")
    _text_field(sh, "usage_name", fx, y, fw, rh)
    y += rh
    _label(sh, y + rh - 2.2, "Prénom(s)")
    _text_field(sh, "given_names", fx, y, fw, rh)
    y += rh
    # sex + date of birth
    dob_ch = min(pr.cell_h, pr.dob_cell_w * 1.25)
    if pr.sex_layout == "same_row":
        _label(sh, y + rh - 2.2, "Sexe")
        bx = fx
        by = y + rh - pr.box - 1.6
        x = sh.tickbox("sex_F", bx, by, "F") + 3
        sh.tickbox("sex_M", x, by, "M")
        dx = fx + 35
        sh.text(dx, y + rh - 2.2, "Date de naissance")
        sh.dob_field("dob", dx + sh.width("Date de naissance") + 3, y + rh - dob_ch - 1.2)
        y += rh
    else:
        _label(sh, y + rh - 2.2, "Sexe")
        by = y + rh - pr.box - 1.6
        x = sh.tickbox("sex_F", fx, by, "Féminin") + 5
        sh.tickbox("sex_M", x, by, "Masculin")
        y += rh
        _label(sh, y + rh - 2.2, "Date de naissance")
        sh.dob_field("dob", fx, y + rh - dob_ch - 1.2)
        y += rh
    _label(sh, y + rh - 2.2, "Lieu de naissance")
    sh.text(fx, y + rh - 2.2, "Commune")
    cw = sh.width("Commune") + 2
    _line_field(sh, "birth_city", fx + cw, y, 62 - cw, rh)
    sh.text(fx + 65, y + rh - 2.2, "Pays")
    pw = sh.width("Pays") + 2
    _line_field(sh, "birth_country", fx + 65 + pw, y, fw - 65 - pw, rh)
    y += rh
    _label(sh, y + rh - 2.2, "Nationalité")
    _line_field(sh, "nationality", fx, y, 62, rh)
    y += rh
    if pr.arrival_date:
        _label(sh, y + rh - 2.2, "Date d'arrivée en France")
        sh.dob_field(
            "arrival",
            fx,
            y + rh - dob_ch - 1.2,
            style="comb_ticks" if pr.dob_style in ("line", "plain_line") else pr.dob_style,
            cw=min(pr.dob_cell_w, 5.0),
            ch=min(dob_ch, 6.0),
            placeholder=False,
        )
        y += rh
    _label(sh, y + rh - 3.6, "N° de sécurité sociale", "(si vous en avez un)")
    if pr.nir_comb:
        ncw = min(pr.cell_w, 5.0)
        w = sh.comb(
            "nir",
            fx,
            y + rh - pr.cell_h - 1.2,
            (1, 2, 2, 2, 3, 3),
            ncw,
            pr.cell_h,
            style="boxes" if pr.dob_style != "comb_ticks" else "comb_ticks",
        )
        sh.text(fx + w + 3, y + rh - 2.2, "clé")
        sh.comb(
            "nir_key",
            fx + w + 3 + sh.width("clé") + 1.5,
            y + rh - pr.cell_h - 1.2,
            (2,),
            ncw,
            pr.cell_h,
            style="boxes",
        )
    else:
        _line_field(sh, "nir", fx, y, 90, rh)
    y += rh
    _label(sh, y + rh - 3.6, "N° d'allocataire CAF", "(si vous en avez un)")
    _line_field(sh, "caf", fx, y, 45, rh)
    y += rh
    _label(sh, y + rh - 2.2, "Adresse")
    _line_field(sh, "address", fx, y, fw, rh)
    y += rh
    _label(sh, y + rh - 2.2, "Code postal")
    pcw = min(pr.cell_w, 5.2)
    w = sh.comb("postcode", fx, y + rh - pr.cell_h - 1.2, (5,), pcw, pr.cell_h, style="boxes")
    sh.text(fx + w + 4, y + rh - 2.2, "Commune")
    cw = sh.width("Commune") + 6
    _line_field(sh, "city", fx + w + cw, y, fw - w - cw, rh)
    y += rh
    _label(sh, y + rh - 2.2, "Téléphone")
    _line_field(sh, "phone", fx, y, 45, rh)
    sh.text(fx + 49, y + rh - 2.2, "Courriel")
    ew = sh.width("Courriel") + 2
    _line_field(sh, "email", fx + 49 + ew, y, fw - 49 - ew, rh)
    y += rh + 3.5

    # ---- section B
    y = sh.section(
        y,
        "B",
        "VOTRE SITUATION",
        "Cochez la case correspondant à votre situation actuelle (une seule case).",
    )
    bs = pr.box
    step = max(6.6, rh * 0.82)
    srh = min(rh, 6.2)
    lx = X0 + bs + 2.5

    def opt(key, label, yy):
        sh.tickbox(key, X0 + 1, yy)
        sh.text(lx + 1, yy + bs * 0.82, label, sh.reg, pr.label_size)

    opt("sit_salarie", "Vous exercez une activité salariée en France", y)
    y += step
    sh.text(lx + 6, y + bs * 0.82, "Profession :")
    pw = sh.width("Profession :") + 2
    _line_field(sh, "job_title", lx + 6 + pw, y + bs - srh + 1.0, 55, srh)
    tx = lx + 6 + pw + 60
    if pr.contract == "boxes":
        tx += sh.text(tx, y + bs * 0.82, "Contrat :") + 2
        for k, lab in (
            ("contract_CDI", "CDI"),
            ("contract_CDD", "CDD"),
            ("contract_interim", "Intérim"),
            ("contract_autre", "Autre"),
        ):
            tx = sh.tickbox(k, tx, y, lab) + 3.5
    else:
        tx += sh.text(tx, y + bs * 0.82, "Type de contrat :") + 2
        _line_field(sh, "contract_text", tx, y + bs - srh + 1.0, XR - tx, srh)
    y += step
    sh.text(lx + 6, y + bs * 0.82, "Nom et adresse de l'employeur :")
    ew = sh.width("Nom et adresse de l'employeur :") + 2
    _line_field(sh, "employer", lx + 6 + ew, y + bs - srh + 1.0, XR - lx - 6 - ew, srh)
    y += step + 1.2
    opt(
        "sit_independant",
        "Vous exercez une activité non salariée (travailleur indépendant, micro-entrepreneur)",
        y,
    )
    y += step
    sh.text(lx + 6, y + bs * 0.82, "N° SIRET :")
    sw = sh.width("N° SIRET :") + 2
    _line_field(sh, "siret", lx + 6 + sw, y + bs - srh + 1.0, 60, srh)
    y += step + 1.2
    js = (
        "Vous êtes demandeur d'emploi inscrit(e) à France Travail (ex-Pôle emploi)"
        if pr.jobseeker == "France Travail"
        else "Vous êtes demandeur d'emploi inscrit(e) à Pôle emploi"
    )
    opt("sit_demandeur", js, y)
    y += step
    sh.text(lx + 6, y + bs * 0.82, "Identifiant :")
    iw = sh.width("Identifiant :") + 2
    _line_field(sh, "jobseeker_id", lx + 6 + iw, y + bs - srh + 1.0, 45, srh)
    y += step + 1.2
    opt("sit_etudiant", "Vous êtes étudiant(e)", y)
    ew = sh.width("Vous êtes étudiant(e)") + 6
    sh.text(lx + 1 + ew, y + bs * 0.82, "Établissement :")
    ew2 = sh.width("Établissement :") + 2
    _line_field(sh, "school", lx + 1 + ew + ew2, y + bs - srh + 1.0, XR - lx - 1 - ew - ew2, srh)
    y += step + 1.2
    opt(
        "sit_inactif",
        "Vous n'exercez pas d'activité professionnelle et résidez en France de manière stable",
        y,
    )
    sh.text(
        lx + 1,
        y + bs * 0.82 + 3.4,
        "et régulière depuis plus de trois mois (sans activité)",
        sh.reg,
        pr.label_size,
    )
    y += step + 4.6
    opt("sit_autre", "Autre situation (précisez) :", y)
    aw = sh.width("Autre situation (précisez) :") + 3
    _line_field(sh, "autre_text", lx + 1 + aw, y + bs - srh + 1.0, XR - lx - 1 - aw, srh)
    y += step

    sh.text(X0, 287, "S1106", sh.bold, 7, col=(0.3, 0.3, 0.3))
    sh.text(
        105, 287, "cerfa n° 15763*02 — page 1/2", sh.reg, 7, col=(0.3, 0.3, 0.3), align="center"
    )
    sh.text(XR, 287, pr.edition, sh.reg, 6.5, col=(0.3, 0.3, 0.3), align="right")
    sh.end()
    sh.y_end = y
    return sh


def draw_page2(c, pr):
    sh = Sheet(c, pr)
    sh.begin()
    sh.text(X0, 14, "l'Assurance Maladie", sh.bold, 9, col=pr.accent)
    sh.text(
        XR,
        14,
        "Demande d'ouverture des droits à l'assurance maladie (suite)",
        sh.ital,
        8,
        align="right",
    )
    sh.line(X0, 16, XR, 16, lw=0.4, col=(0.5, 0.5, 0.5))
    y = 22
    y = sh.section(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = sh.para(X0, y, 180, CERTIF, sh.reg, 8.6)
    y += 8.5
    # "Fait à ... le ..." on one line
    sh.text(X0, y, "Fait à")
    fw = sh.width("Fait à") + 2
    sh.fieldline(X0 + fw, y + 0.6, 60)
    sh.anchor("place", "line", X0 + fw, y - 5.4, 60, 6.0)
    lx = X0 + fw + 64
    sh.text(lx, y, "le")
    lw_ = sh.width("le") + 2.5
    if pr.sign_date == "comb":
        cw = min(pr.dob_cell_w, 5.6)
        ch = min(pr.cell_h, 6.4)
        sh.comb(
            "sign_date",
            lx + lw_,
            y + 1.2 - ch,
            (2, 2, 4),
            cw,
            ch,
            style="boxes"
            if pr.dob_style in ("line", "slashes", "group_boxes", "plain_line")
            else ("comb_full" if pr.dob_style == "slash_cells" else pr.dob_style),
            placeholder="JJMMAAAA" if pr.dob_placeholder else None,
        )
    elif pr.sign_date == "slashes":
        bx = lx + lw_
        sh.text(bx + 10, y, "/", sh.reg, 11, col=(0.4, 0.4, 0.4))
        sh.text(bx + 21, y, "/", sh.reg, 11, col=(0.4, 0.4, 0.4))
        sh.fieldline(bx, y + 0.6, 42)
        slots = [(bx, y - 5.4, 9.5, 6.0), (bx + 12, y - 5.4, 8.5, 6.0), (bx + 23, y - 5.4, 19, 6.0)]
        sh.anchor("sign_date", "line", bx, y - 5.4, 42, 6.0, slots=[sh.pt_rect(*r) for r in slots])
    else:
        sh.fieldline(lx + lw_, y + 0.6, 48)
        sh.anchor("sign_date", "line", lx + lw_, y - 5.4, 48, 6.0)
    y += 6
    sw, shh = pr.sig_w, pr.sig_h
    sx = XR - sw if pr.extra.get("sig_right", True) else X0
    if pr.sig_label == "above":
        sh.text(sx, y + 3.5, "Signature du demandeur", sh.bold)
        y += 5
    sh.rect(sx, y, sw, shh, lw=pr.sig_lw)
    if pr.sig_label == "inside_tl":
        sh.text(sx + 2, y + 4, "Signature", sh.reg, 8)
    elif pr.sig_label == "inside_center":
        sh.text(
            sx + sw / 2,
            y + shh / 2 + 1.5,
            "Signature",
            sh.ital,
            10,
            col=(0.72, 0.72, 0.72),
            align="center",
        )
    elif pr.sig_label == "inside_bottom":
        sh.text(
            sx + sw / 2,
            y + shh - 2,
            "Signature du demandeur",
            sh.ital,
            7,
            col=(0.4, 0.4, 0.4),
            align="center",
        )
    sh.anchor("signature", "rect", sx, y, sw, shh)
    y += shh + 4
    y = sh.para(X0, y, 180, FRAUD, sh.ital, 6.6)
    y += 5
    # ---- pièces justificatives
    sh.rect(
        X0,
        y,
        180,
        6.5,
        lw=0.1,
        stroke=None,
        fill=pr.accent if pr.band == "filled" else (0.88, 0.88, 0.88),
    )
    sh.text(
        X0 + 3,
        y + 4.7,
        "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
        sh.bold,
        9.5,
        col=(1, 1, 1) if pr.band == "filled" else (0, 0, 0),
    )
    y += 8.5
    for i, p in enumerate(PIECES):
        if pr.checklist == "boxes":
            sh.tickbox(f"chk_{i + 1}", X0 + 1, y + 0.3, size=3.2)
        elif pr.checklist == "numbers":
            sh.text(X0 + 1, y + 3, f"{i + 1}.", sh.bold, 8)
        else:
            sh.c.setFillColorRGB(*pr.accent)
            from .layout import MM, PAGE_H

            sh.c.circle((X0 + 2.5) * MM, PAGE_H - (y + 2.0) * MM, 0.8 * MM, stroke=0, fill=1)
        y = sh.para(X0 + 6, y - 0.4, 173, p, sh.reg, 8.0) + 1.6
    sh.text(
        X0 + 6,
        y + 3,
        "Ne joignez que des photocopies : n'envoyez jamais les originaux de vos documents.",
        sh.bold,
        7.6,
    )
    y += 8
    # ---- cadre réservé
    sh.rect(X0, y, 180, 24, lw=0.6, fill=(0.94, 0.94, 0.94))
    sh.text(X0 + 3, y + 5, "Cadre réservé à l'organisme", sh.bold, 8.5)
    sh.text(X0 + 3, y + 12, "Date de réception :", sh.reg, 8)
    rw = sh.width("Date de réception :", sh.reg, 8) + 2
    sh.fieldline(X0 + 3 + rw, y + 12.6, 32)
    sh.anchor("recv_date", "line", X0 + 3 + rw, y + 6.6, 32, 6.0)
    sh.text(X0 + 80, y + 12, "Pièces vérifiées :", sh.reg, 8)
    vx = X0 + 80 + sh.width("Pièces vérifiées :", sh.reg, 8) + 2
    vx = sh.tickbox("verif_oui", vx, y + 9.3, "oui", size=3.0, lsize=8) + 3
    sh.tickbox("verif_non", vx, y + 9.3, "non", size=3.0, lsize=8)
    sh.text(X0 + 3, y + 19.5, "Matricule agent :", sh.reg, 8)
    mw = sh.width("Matricule agent :", sh.reg, 8) + 2
    sh.fieldline(X0 + 3 + mw, y + 20.1, 32)
    sh.anchor("agent", "line", X0 + 3 + mw, y + 14.1, 32, 6.0)
    sh.text(X0 + 80, y + 19.5, "Observations :", sh.reg, 8)
    sh.fieldline(X0 + 80 + sh.width("Observations :", sh.reg, 8) + 2, y + 20.1, 70)
    y += 28
    y = sh.para(X0, y, 180, CNIL, sh.reg, 6.3)
    # ---- practical information
    y += 6
    top = y
    sh.text(X0 + 3, y + 4.5, "À SAVOIR", sh.bold, 8.5, col=pr.accent)
    y += 5.5
    for line in INFOS:
        y = sh.para(X0 + 3, y, 172, "– " + line, sh.reg, 7.4) + 0.8
    sh.rect(X0, top, 180, y - top + 2.5, lw=0.5, stroke=pr.accent2, r=1.5)
    sh.text(X0, 287, "S1106", sh.bold, 7, col=(0.3, 0.3, 0.3))
    sh.text(
        105, 287, "cerfa n° 15763*02 — page 2/2", sh.reg, 7, col=(0.3, 0.3, 0.3), align="center"
    )
    sh.text(XR, 287, pr.edition, sh.reg, 6.5, col=(0.3, 0.3, 0.3), align="right")
    sh.end()
    sh.y_end = y
    return sh


def fit_print_run(pr, limit=277.0):
    """Shrink the row height of a print run until page 1 fits above its footer."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    while True:
        c = canvas.Canvas(io.BytesIO(), pagesize=A4, invariant=1)
        y = draw_page1(c, pr).y_end
        if y <= limit or pr.row_h <= 7.4:
            return pr
        pr.row_h = round(pr.row_h - 0.2, 1)
