"""Civil pieces: CERFA S1106 form, attestation d'hébergement, birth certificates, apostilles."""

import ids
from docs_id import pattern
from page import Page, pil_font, render_pil
from PIL import Image, ImageDraw

BLUE_INK = (25, 45, 140)
AM_BLUE = (0, 90, 170)


def signature(rng, name, font="sig1", px=90, color=BLUE_INK):
    f = pil_font(font, px)
    w = int(f.getlength(name) + px)
    im = Image.new("RGBA", (w, int(px * 1.8)), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.text((px * 0.3, px * 0.2), name, font=f, fill=color + (255,))
    y = px * 1.3
    d.line([(px * 0.2, y), (w - px * 0.3, y - px * rng.uniform(0.1, 0.5))], fill=color, width=3)
    return im.rotate(rng.uniform(-6, 6), expand=True, resample=Image.BICUBIC)


def _hand(p, rng, x, y, s, font, size, color=BLUE_INK):
    p.text(x + rng.uniform(-0.4, 0.4), y + rng.uniform(-0.5, 0.5), s, font, size, color)


def _boxes(p, rng, x, y, n, value, hand, font, cw=4.6):
    for i in range(n):
        p.rect(x + i * cw, y - 4, cw, 5.2, stroke=(90, 90, 90), lw=0.2)
    for i, ch in enumerate(value[:n]):
        if ch == " ":
            continue
        if hand:
            _hand(p, rng, x + i * cw + 0.9, y, ch, font, 13)
        else:
            p.text(x + i * cw + 1.1, y, ch, "mono", 10)


def _check(p, rng, x, y, on, hand):
    p.rect(x, y - 3.2, 3.5, 3.5, stroke=(40, 40, 40), lw=0.25)
    if on:
        if hand:
            _hand(p, rng, x + 0.2, y + 0.2, "X", "hand1", 12)
        else:
            p.text(x + 0.5, y, "X", "mono", 10)


def form_s1106(rng, A, hand=False, hfont="hand2"):
    """Cerfa 15763*02 (S1106) 'Demande d'ouverture des droits à l'assurance maladie'."""
    p = Page()
    p.text(15, 16, "l'Assurance", "sans-b", 13, AM_BLUE)
    p.text(15, 22, "Maladie", "sans-b", 13, AM_BLUE)
    p.rect(150, 10, 45, 14, stroke=(0, 0, 0), lw=0.3)
    p.text(172.5, 16, "cerfa", "sans-b", 10, (0, 0, 0), "c")
    p.text(172.5, 21, "N° 15763*02", "sans", 7.5, (0, 0, 0), "c")
    p.text(105, 33, "DEMANDE D'OUVERTURE DES DROITS", "sans-b", 13, (0, 0, 0), "c")
    p.text(105, 39.5, "À L'ASSURANCE MALADIE", "sans-b", 13, (0, 0, 0), "c")
    p.text(
        105,
        45,
        "Protection universelle maladie - Articles L.160-1, L.160-5 et R.111-3 du code"
        " de la sécurité sociale",
        "sans",
        6.5,
        (60, 60, 60),
        "c",
    )
    p.rect(15, 50, 180, 7, fill=AM_BLUE, stroke=None)
    p.text(18, 55, "A  -  VOUS CONCERNANT", "sans-b", 10, (255, 255, 255))
    f = hfont
    y = 66
    p.text(18, y, "Nom de naissance", "sans", 8)
    _boxes(p, rng, 60, y, 28, A["surname"], hand, f)
    y += 8
    p.text(18, y, "Nom d'usage (facultatif)", "sans", 8)
    _boxes(p, rng, 60, y, 28, A.get("usage", ""), hand, f)
    y += 8
    p.text(18, y, "Prénoms", "sans", 8)
    _boxes(p, rng, 60, y, 28, A["given"], hand, f)
    y += 9
    p.text(18, y, "Date de naissance", "sans", 8)
    d = A["dob"]
    _boxes(p, rng, 60, y, 2, d[8:10], hand, f)
    _boxes(p, rng, 71, y, 2, d[5:7], hand, f)
    _boxes(p, rng, 82, y, 4, d[0:4], hand, f)
    p.text(120, y, "Sexe :  M", "sans", 8)
    _check(p, rng, 136, y, A["sex"] == "M", hand)
    p.text(142, y, "F", "sans", 8)
    _check(p, rng, 146, y, A["sex"] == "F", hand)
    y += 9
    fields = [
        ("Lieu de naissance - commune :", A["pob_city"], 18),
        ("Pays :", A["pob_country"], 130),
    ]
    for lab, v, x in fields:
        p.text(x, y, lab, "sans", 8)
        vx = x + (52 if x == 18 else 12)
        _hand(p, rng, vx, y, v, f, 14) if hand else p.text(vx, y, v, "mono", 10)
    y += 9
    rows = [
        ("Nationalité :", A["nationality"]),
        ("Adresse :", A["street"]),
        ("Code postal et commune :", A["city"]),
        ("Téléphone :", A.get("phone", "")),
        ("Courriel :", A.get("email", "")),
    ]
    for lab, v in rows:
        p.text(18, y, lab, "sans", 8)
        p.line(60, y + 1, 195, y + 1, (150, 150, 150), 0.15)
        _hand(p, rng, 62, y, v, f, 14) if hand else p.text(62, y, v, "mono", 10)
        y += 8
    p.text(18, y, "Votre numéro de sécurité sociale (si vous en avez déjà un)", "sans", 8)
    _boxes(p, rng, 110, y, 15, "", hand, f)
    y += 8
    p.text(18, y, "Votre numéro d'allocataire CAF (le cas échéant)", "sans", 8)
    _boxes(p, rng, 110, y, 7, "", hand, f)
    y += 8
    p.rect(15, y, 180, 7, fill=AM_BLUE, stroke=None)
    p.text(18, y + 5, "B  -  VOTRE SITUATION PROFESSIONNELLE", "sans-b", 10, (255, 255, 255))
    y += 15
    st = A["status"]
    opts = [
        ("employed", "Vous exercez une activité salariée en France"),
        ("self", "Vous exercez une activité non salariée (indépendant)"),
        ("not_employed", "Vous êtes sans activité professionnelle"),
        ("student", "Vous êtes étudiant(e)"),
        ("other", "Autre situation (précisez) :"),
    ]
    for key, lab in opts:
        _check(p, rng, 18, y, st == key, hand)
        p.text(24, y, lab, "sans", 8.5)
        y += 7
        if key == "employed":
            for lab2, v in (
                ("Employeur :", A.get("employer", "")),
                ("Emploi occupé :", A.get("job", "")),
                ("Type de contrat :", A.get("contract", "")),
            ):
                p.text(30, y, lab2, "sans", 8)
                p.line(58, y + 1, 195, y + 1, (150, 150, 150), 0.15)
                if v:
                    _hand(p, rng, 60, y, v, f, 14) if hand else p.text(60, y, v, "mono", 10)
                y += 7
    p.text(105, 288, "S1106 - page 1/2", "sans", 6.5, (90, 90, 90), "c")
    q = Page()
    q.rect(15, 15, 180, 7, fill=AM_BLUE, stroke=None)
    q.text(18, 20, "C  -  ENGAGEMENT ET SIGNATURE", "sans-b", 10, (255, 255, 255))
    q.para(
        18,
        32,
        174,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce"
        " formulaire. Je m'engage à signaler à ma caisse d'assurance maladie tout changement"
        " dans ma situation.",
        "sans",
        9,
    )
    q.text(18, 52, "Fait à", "sans", 9)
    q.text(90, 52, "le", "sans", 9)
    if A.get("place"):
        _hand(q, rng, 32, 52, A["place"], f, 15) if hand else q.text(32, 52, A["place"], "mono", 10)
    if A.get("date_print"):
        v = A["date_print"]
        _hand(q, rng, 98, 52, v, f, 15) if hand else q.text(98, 52, v, "mono", 10)
    q.text(18, 62, "Signature :", "sans", 9)
    q.rect(18, 64, 90, 30, stroke=(120, 120, 120), lw=0.2)
    if A.get("signed"):
        q.image(22, 66, 60, 24, signature(rng, A["sig_name"], A.get("sig_font", "sig1")))
    q.rect(15, 105, 180, 7, fill=(225, 235, 245), stroke=None)
    q.text(18, 110, "PIÈCES À JOINDRE À VOTRE DEMANDE", "sans-b", 9, AM_BLUE)
    y = 120
    for t in (
        "- une pièce d'identité (passeport, carte nationale d'identité) ;",
        "- votre titre de séjour en cours de validité (ressortissants hors UE/EEE/Suisse) ;",
        "- un acte de naissance (copie intégrale ou extrait avec filiation) ;",
        "- un justificatif de résidence en France depuis plus de 3 mois ;",
        "- un relevé d'identité bancaire (RIB) à votre nom ;",
        "- si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ):
        q.text(20, y, t, "sans", 8.5)
        y += 6
    q.para(
        18,
        170,
        174,
        "La loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers"
        " et aux libertés s'applique aux réponses faites sur ce formulaire. Elle garantit un"
        " droit d'accès et de rectification pour les données vous concernant auprès de votre"
        " caisse. La loi punit quiconque se rend coupable de fraudes ou de fausses"
        " déclarations (articles 313-1, 313-3, 433-19, 441-1 et 441-7 du code pénal).",
        "sans",
        7,
        color=(70, 70, 70),
    )
    q.text(105, 288, "S1106 - page 2/2", "sans", 6.5, (90, 90, 90), "c")
    return [p, q]


def lined_paper(rng):
    p = Page(210, 297, (252, 251, 246))
    for i in range(34):
        p.line(0, 30 + i * 8, 210, 30 + i * 8, (170, 195, 225), 0.2)
    p.line(28, 0, 28, 297, (230, 150, 160), 0.3)
    return p


def hosting_attestation(rng, H, font="hand1"):
    p = lined_paper(rng)
    _hand(p, rng, 70, 45, "Attestation d'hébergement", font, 20)
    text = (
        "Je soussigné %(host)s, né le %(host_dob)s à %(host_pob)s, demeurant %(address)s,"
        " atteste sur l'honneur héberger à mon domicile depuis le %(since)s %(rel)s"
        " %(hosted)s, née le %(hosted_dob)s à %(hosted_pob)s.\n"
        "Fait pour servir et valoir ce que de droit." % H
    )
    y = 69
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            cand = (line + " " + w).strip()
            if pil_font(font, 100).getlength(cand) / 100 * 15 * 25.4 / 72 > 165 and line:
                _hand(p, rng, 32, y, line, font, 15)
                y += 8
                line = w
            else:
                line = cand
        _hand(p, rng, 32, y, line, font, 15)
        y += 16
    _hand(p, rng, 110, y + 8, "Fait à %s, le %s" % (H["place"], H["date_print"]), font, 15)
    if H["signed"]:
        p.image(120, y + 14, 55, 24, signature(rng, H["sig_name"], "sig2", color=(20, 20, 30)))
    return p


def birth_certificate(rng, B):
    """B['style']: 'col' (registro civil), 'phl' (PSA certificate of live birth), 'usa'."""
    st = B["style"]
    if st == "col":
        p = Page(216, 279, (250, 250, 246))
        p.text(108, 14, "REPÚBLICA DE COLOMBIA", "sans-b", 10, (0, 0, 0), "c")
        p.text(108, 19, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL", "sans", 8, (0, 0, 0), "c")
        p.text(108, 27, "REGISTRO CIVIL DE NACIMIENTO", "sans-b", 12, (0, 0, 0), "c")
        p.text(195, 14, "Indicativo Serial", "sans", 6, (0, 0, 0), "r")
        p.text(195, 19, B["serial"], "mono", 10, (160, 20, 20), "r")
        cells = [
            ("Datos de la oficina de registro", None),
            (
                "Clase de oficina: NOTARÍA    Número: %s" % B["office_no"],
                "País - Departamento - Municipio: COLOMBIA - %s" % B["office_place"],
            ),
            ("Datos del inscrito", None),
            ("Primer Apellido: %s" % B["ap1"], "Segundo Apellido: %s" % B["ap2"]),
            ("Nombre(s): %s" % B["given"], "NUIP: %s" % B["nuip"]),
            (
                "Fecha de nacimiento - Año: %s  Mes: %s  Día: %s" % B["dob_parts"],
                "Sexo: %s" % B["sex_word"],
            ),
            ("Lugar de nacimiento: %s" % B["pob"], "Hora: %s" % B.get("hour", "08:40")),
            ("Datos de la madre", None),
            ("Apellidos y nombres completos: %s" % B["mother"], "Nacionalidad: COLOMBIA"),
            ("Datos del padre", None),
            ("Apellidos y nombres completos: %s" % B["father"], "Nacionalidad: COLOMBIA"),
            ("Datos del declarante", None),
            (
                "Apellidos y nombres completos: %s" % B["father"],
                "Fecha de inscripción: %s" % B["registered"],
            ),
        ]
        y = 36
        for a, b in cells:
            if b is None:
                p.rect(12, y, 192, 6, fill=(215, 215, 215), stroke=(0, 0, 0), lw=0.25)
                p.text(14, y + 4.3, a.upper(), "sans-b", 7)
                y += 6
                continue
            p.rect(12, y, 110, 11, stroke=(0, 0, 0), lw=0.25)
            p.rect(122, y, 82, 11, stroke=(0, 0, 0), lw=0.25)
            p.text(14, y + 7, a, "mono", 8)
            p.text(124, y + 7, b, "mono", 7.2)
            y += 11
        p.text(14, y + 20, "Nombre y firma del funcionario que autoriza", "sans", 7)
        p.image(20, y + 24, 50, 20, signature(rng, B["official"], "sig2", color=(20, 20, 20)))
        p.text(14, y + 50, B["official"], "sans", 7)
        p.ellipse(130, y + 20, 40, 40, stroke=(110, 60, 140), lw=0.6)
        p.text(150, y + 41, B["office_stamp"], "sans-b", 6, (110, 60, 140), "c")
        p.text(
            108,
            268,
            "ORIGINAL PARA LA OFICINA DE REGISTRO - COPIA AUTÉNTICA",
            "sans",
            6,
            (80, 80, 80),
            "c",
        )
        return p
    if st == "phl":
        p = Page(216, 330, (240, 244, 236))
        p.image(0, 0, 216, 330, pattern(rng, 432, 660, (242, 245, 236), (190, 205, 180), 0.02))
        p.text(12, 12, "Municipal Form No. 102", "sans", 6)
        p.text(12, 15, "(Revised January 2007)", "sans", 6)
        p.text(108, 13, "Republic of the Philippines", "serif", 8, (0, 0, 0), "c")
        p.text(108, 17, "OFFICE OF THE CIVIL REGISTRAR GENERAL", "serif", 8, (0, 0, 0), "c")
        p.text(108, 25, "CERTIFICATE OF LIVE BIRTH", "serif-b", 14, (0, 0, 0), "c")
        p.text(12, 33, "Province: %s" % B["province"], "sans", 7.5)
        p.text(120, 33, "Registry No.: %s" % B["registry_no"], "sans", 7.5)
        p.text(12, 38, "City/Municipality: %s" % B["city"], "sans", 7.5)
        y = 44
        rows = [
            (
                "1. NAME",
                "(First) %s     (Middle) %s     (Last) %s"
                % (B["given"], B["middle"], B["surname"]),
            ),
            ("2. SEX", B["sex_word"]),
            ("3. DATE OF BIRTH", B["dob_words"]),
            ("4. PLACE OF BIRTH", B["pob"]),
            ("5a. TYPE OF BIRTH", "Single"),
            ("6. MAIDEN NAME OF MOTHER", B["mother"]),
            ("7. CITIZENSHIP", "Filipino"),
            ("13. NAME OF FATHER", B["father"]),
            ("14. CITIZENSHIP", "Filipino"),
            ("20. DATE AND PLACE OF MARRIAGE OF PARENTS", B["marriage"]),
            ("REMARKS/ANNOTATION", "-"),
        ]
        for lab, v in rows:
            p.rect(12, y, 192, 13, stroke=(60, 60, 60), lw=0.2)
            p.text(14, y + 4, lab, "sans", 6)
            p.text(20, y + 10, v, "mono", 9)
            y += 13
        p.text(14, y + 10, "Date of Registration: %s" % B["registered"], "sans", 7.5)
        p.text(
            108,
            300,
            "This is a computer-generated certificate issued upon request of",
            "sans",
            6.5,
            (0, 0, 0),
            "c",
        )
        p.text(108, 305, "PHILIPPINE STATISTICS AUTHORITY", "serif-b", 9, (20, 50, 120), "c")
        p.text(
            108,
            310,
            "SECPA No. %s   Issued on %s" % (B["secpa"], B["issued"]),
            "sans",
            6.5,
            (0, 0, 0),
            "c",
        )
        p.text(200, 322, "PSA", "sans-b", 9, (150, 30, 30), "r")
        return p
    p = Page(216, 279, (238, 244, 236))
    p.image(0, 0, 216, 279, pattern(rng, 432, 558, (236, 244, 234), (170, 200, 170), 0.03))
    p.text(108, 18, "STATE OF OHIO", "serif-b", 14, (0, 0, 0), "c")
    p.text(
        108, 24, "DEPARTMENT OF HEALTH  -  OFFICE OF VITAL STATISTICS", "serif", 8, (0, 0, 0), "c"
    )
    p.text(108, 34, "CERTIFICATION OF BIRTH", "serif-b", 16, (0, 0, 0), "c")
    y = 50
    for lab, v in (
        ("NAME", B["name_line"]),
        ("DATE OF BIRTH", B["dob_words"]),
        ("SEX", B["sex_word"]),
        ("PLACE OF BIRTH", B["pob"]),
        ("COUNTY OF BIRTH", B["county"]),
        ("PARENT", B["mother"]),
        ("PARENT", B["father"]),
        ("STATE FILE NUMBER", B["file_no"]),
        ("DATE FILED", B["registered"]),
        ("DATE ISSUED", B["issued"]),
    ):
        p.text(25, y, lab, "sans", 7, (70, 70, 70))
        p.text(80, y, v, "mono", 10)
        p.line(78, y + 1.5, 195, y + 1.5, (150, 160, 150), 0.15)
        y += 11
    p.para(
        25,
        y + 8,
        166,
        "This is to certify that this is a true certification of the name and"
        " birth facts as recorded in the Office of Vital Statistics, Ohio Department of Health,"
        " Columbus, Ohio.",
        "serif",
        8.5,
    )
    p.image(120, y + 22, 60, 22, signature(rng, B["official"], "sig1", color=(20, 20, 20)))
    p.text(120, y + 50, B["official"] + ", State Registrar", "sans", 7)
    p.ellipse(30, y + 22, 34, 34, stroke=(160, 160, 160), lw=0.8)
    p.text(47, y + 40, "SEAL", "sans", 6, (160, 160, 160), "c")
    p.text(
        108, 270, "VOID IF ALTERED OR COPIED  -  SECURITY PAPER", "sans", 6, (120, 120, 120), "c"
    )
    return p


def apostille(rng, A):
    """Hague Convention model certificate, 10 numbered items; A['lang2'] = second language."""
    p = Page(210, 297, A.get("bg", (255, 255, 255)))
    y0 = A.get("top", 40)
    p.rect(30, y0, 150, 150, stroke=(0, 0, 0), lw=0.5)
    p.text(105, y0 + 12, "APOSTILLE", "serif-b", 18, (0, 0, 0), "c")
    p.text(
        105,
        y0 + 19,
        "(Convention de La Haye du 5 octobre 1961)",
        "serif-i" if False else "serif",
        8.5,
        (0, 0, 0),
        "c",
    )
    L = A["labels"]
    items = [
        ("1. " + L[0], A["country"]),
        ("2. " + L[1], A["signed_by"]),
        ("3. " + L[2], A["capacity"]),
        ("4. " + L[3], A["seal_of"]),
        ("5. " + L[4], A["at"]),
        ("6. " + L[5], A["on_print"]),
        ("7. " + L[6], A["by"]),
        ("8. " + L[7], A["number"]),
    ]
    y = y0 + 30
    for lab, v in items:
        p.text(36, y, lab, "sans", 7.5, (60, 60, 60))
        y = p.para(36, y + 4.5, 138, v, "sans-b", 8.5) + 3
    p.text(36, y + 3, "9. " + L[8], "sans", 7.5, (60, 60, 60))
    p.text(112, y + 3, "10. " + L[9], "sans", 7.5, (60, 60, 60))
    p.ellipse(40, y + 6, 30, 30, stroke=A.get("seal_color", (30, 60, 150)), lw=0.7)
    p.text(55, y + 22, A["seal_text"], "sans-b", 5.5, A.get("seal_color", (30, 60, 150)), "c")
    p.image(112, y + 8, 55, 20, signature(rng, A["signer_sig"], "sig2", color=(20, 20, 40)))
    if A.get("footer"):
        p.para(30, y0 + 158, 150, A["footer"], "sans", 6.5, color=(80, 80, 80))
    return p


def pseudo_code(rng, n=25, px=8):
    im = Image.new("RGB", (n * px + 4 * px, n * px + 4 * px), (255, 255, 255))
    d = ImageDraw.Draw(im)
    for i in range(n):
        for j in range(n):
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            on = rng.random() < 0.5
            if corner:
                a, b = i % (n - 7) if i >= 7 else i, j % (n - 7) if j >= 7 else j
                on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
            if on:
                d.rectangle(
                    [(j + 2) * px, (i + 2) * px, (j + 3) * px - 1, (i + 3) * px - 1], fill=(0, 0, 0)
                )
    return im


def to_img(page, dpi=200):
    return render_pil(page, dpi)


__all__ = ["apostille", "birth_certificate", "form_s1106", "hosting_attestation", "ids"]
