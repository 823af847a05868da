"""RIBs of French banks, neobank app screens, and the cerfa 15763*02 form."""

from __future__ import annotations

import data as D
from civil import _sig
from looks import status_bar
from PIL import Image, ImageDraw
from render import HANDS, Page, pil_font

STYLE = {
    "bnp": ((0, 130, 80), "lato", "RELEVÉ D'IDENTITÉ BANCAIRE"),
    "sg": ((226, 0, 26), "sans", "Relevé d'Identité Bancaire"),
    "ca": ((0, 120, 110), "open", "RELEVÉ D'IDENTITÉ BANCAIRE (RIB)"),
    "cm": ((0, 80, 160), "lib", "RELEVE D'IDENTITE BANCAIRE"),
    "lcl": ((0, 40, 110), "roboto", "Relevé d'identité bancaire"),
    "lbp": ((0, 60, 140), "carlito", "RELEVÉ D'IDENTITÉ BANCAIRE"),
    "cic": ((0, 90, 170), "sansc", "RELEVE D'IDENTITE BANCAIRE / IBAN"),
    "ce": ((200, 0, 40), "lato", "Relevé d'Identité Bancaire"),
    "bourso": ((210, 0, 110), "open", "RIB - Relevé d'Identité Bancaire"),
}


def rib(rng, bank_key, acct, holders: str, addr, iban_printed=None):
    col, font, title = STYLE[bank_key]
    fb = font + "-b"
    p = Page(595, 420 if rng.random() < 0.5 else 842)
    p.rect(30, 24, 535, 44, None, col)
    p.text(44, 54, acct["bank_name"], fb, 16, (255, 255, 255))
    p.text(297, 100, title, fb, 13, align="c")
    mode = rng.choice(["beside", "above", "cell"])
    y = 135
    if mode == "above":
        p.text(44, y, "Titulaire du compte", font, 8, (90, 90, 90))
        p.text(44, y + 14, holders, fb, 11)
        p.text(44, y + 28, D.addr_str(addr), font, 9.5)
    else:
        lab = rng.choice(["Titulaire :", "Intitulé du compte :", "Titulaire du compte"])
        p.kv(44, y, lab, holders, font, fb, 10, gap=120)
        p.text(164, y + 15, D.addr_str(addr), font, 9.5)
    y = 190
    heads = ["Code banque", "Code guichet", "Numéro de compte", "Clé RIB"]
    vals = [acct["bank"], acct["branch"], acct["account"], acct["key"]]
    ws = [90, 90, 170, 60]
    x = 44
    for h, v, w in zip(heads, vals, ws):
        p.rect(x, y, w, 36, (120, 120, 120), None, 0.5)
        p.text(x + 5, y + 12, h, font, 7.5, (80, 80, 80))
        p.text(x + 5, y + 29, v, "mono", 10.5)
        x += w
    iban = iban_printed or acct["iban"]
    y += 60
    lab_i = rng.choice(
        [
            "IBAN",
            "IBAN (International Bank Account Number)",
            "Identifiant international de compte (IBAN)",
        ]
    )
    lab_b = rng.choice(["BIC", "BIC (Bank Identifier Code)", "Code BIC / SWIFT"])
    if mode == "cell":
        y = p.kv(44, y, lab_i, D.group4(iban), font, "mono-b", 10, "cell", 420, 11)
        y = p.kv(44, y, lab_b, acct["bic"], font, "mono-b", 10, "cell", 200, 11)
    else:
        p.text(44, y, lab_i, font, 8.5, (80, 80, 80))
        p.text(44, y + 16, D.group4(iban), "mono-b", 11.5)
        p.text(44, y + 40, lab_b, font, 8.5, (80, 80, 80))
        p.text(44, y + 56, acct["bic"], "mono-b", 11.5)
        y += 70
    p.text(
        44,
        y + 10,
        f"Domiciliation : {acct['bank_name'].upper()} "
        f"{rng.choice(['PARIS BASTILLE', 'LYON PART-DIEU', 'AGENCE EN LIGNE'])}",
        font,
        8.5,
    )
    p.para(
        44,
        y + 30,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers "
        "ou débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
        "prélèvements...).",
        505,
        font,
        7.5,
        color=(90, 90, 90),
    )
    fields = {
        "holder_name": holders,
        "iban": iban,
        "bic": acct["bic"],
        "bank_name": acct["bank_name"],
        "iban_valid": D.iban_ok(iban),
        "rib_key_valid": True,
    }
    return [p], fields


def neobank(rng, kind: str, acct, holder: str):
    """Account-details screen of Revolut, N26 or Wise (1170 x 2532)."""
    W, H = 1170, 2532
    dark = kind == "revolut" and rng.random() < 0.5
    bg = (14, 14, 18) if dark else (255, 255, 255)
    fg = (245, 245, 245) if dark else (20, 20, 20)
    sub = (150, 150, 160) if dark else (110, 110, 115)
    acc = {"revolut": (50, 90, 255), "n26": (54, 161, 139), "wise": (22, 51, 0)}[kind]
    font = {"revolut": "roboto", "n26": "open", "wise": "lato"}[kind]
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    status_bar(d, W, rng, pil_font(font + "-b", 44), dark=dark)
    title = {
        "revolut": "Account details",
        "n26": "Coordonnées bancaires",
        "wise": "Your EUR account details",
    }[kind]
    d.text((70, 260), "‹", font=pil_font(font, 80), fill=fg)
    d.text((70, 420), title, font=pil_font(font + "-b", 74), fill=fg)
    d.text(
        (70, 520),
        {"revolut": "EUR · IBAN", "n26": "Compte principal", "wise": "Receive EUR from SEPA"}[kind],
        font=pil_font(font, 46),
        fill=sub,
    )
    rows = [
        ("Beneficiary" if kind != "n26" else "Titulaire du compte", holder),
        ("IBAN", D.group4(acct["iban"])),
        ("BIC / SWIFT" if kind != "n26" else "BIC", acct["bic"]),
        ("Bank" if kind != "n26" else "Banque", acct["bank_name"]),
    ]
    y = 680
    for lbl, v in rows:
        d.text((70, y), lbl, font=pil_font(font, 44), fill=sub)
        fz = 54 if lbl != "IBAN" else 50
        d.text(
            (70, y + 70),
            v,
            font=pil_font(font + "-m" if font == "roboto" else font + "-b", fz),
            fill=fg,
        )
        d.text(
            (W - 90, y + 70), "⧉" if kind == "revolut" else "", font=pil_font("sans", 50), fill=acc
        )
        d.line(
            [70, y + 130, W - 70, y + 130], fill=(60, 60, 60) if dark else (230, 230, 230), width=2
        )
        y += 200
    d.rounded_rectangle([70, 2200, W - 70, 2340], 70, fill=acc)
    d.text(
        (W // 2, 2292),
        "Share details" if kind != "n26" else "Partager",
        font=pil_font(font + "-b", 50),
        fill=(255, 255, 255),
        anchor="ms",
    )
    fields = {
        "holder_name": holder,
        "iban": acct["iban"],
        "bic": acct["bic"],
        "bank_name": acct["bank_name"],
        "iban_valid": D.iban_ok(acct["iban"]),
        "rib_key_valid": None,
    }
    return im, fields


def cerfa(
    rng,
    person,
    addr,
    employed: bool,
    job,
    ctype,
    signed_on,
    mode: str,
    signed: bool = True,
    usage_name: str = "",
    place: str = "",
):
    """mode: 'hand' (filled by hand), 'typed' (typed values), 'acro' (AcroForm fields)."""
    p = Page()
    blue = (0, 60, 130)
    p.rect(30, 24, 535, 56, None, (232, 238, 246))
    p.text(40, 44, "Demande d'ouverture des droits", "sans-b", 14, blue)
    p.text(40, 62, "à l'assurance maladie", "sans-b", 14, blue)
    p.text(
        40,
        75,
        "Protection universelle maladie - Article L. 160-1 du Code de la sécurité sociale",
        "sans",
        6.5,
    )
    p.text(555, 42, "cerfa", "sans-b", 12, (0, 0, 0), "r")
    p.text(555, 56, "N° 15763*02", "sans", 9, align="r")
    p.text(555, 72, "S1106", "sans-b", 9, blue, "r")
    acro: list = []
    hf = rng.choice(HANDS)
    ink = (20, 30, 120)

    def val(key, x, y, w, v, size=11):
        if mode == "acro":
            acro.append((key, x, y - 12, w, 16, v))
        elif mode == "hand":
            p.text(x + 4, y + 1, v, hf, size + 3, ink)
        else:
            p.text(x + 4, y, v, "courier", size)

    y = 104
    p.rect(30, y - 14, 535, 18, None, blue)
    p.text(36, y, "A - IDENTIFICATION DE L'ASSURÉ(E)", "sans-b", 10, (255, 255, 255))
    y += 26
    rows = [
        ("nom_naissance", "Nom de naissance", person["surname"].upper()),
        ("nom_usage", "Nom d'usage (facultatif)", usage_name),
        ("prenoms", "Prénoms", person["given"]),
    ]
    for key, lbl, v in rows:
        p.text(40, y, lbl, "sans", 8.5)
        p.rect(170, y - 12, 385, 16, (120, 120, 120), None, 0.5)
        val(key, 170, y, 385, v)
        y += 24
    p.text(40, y, "Date de naissance", "sans", 8.5)
    for i in range(8):
        p.rect(
            170 + i * 16 + (8 if i >= 2 else 0) + (8 if i >= 4 else 0),
            y - 12,
            16,
            16,
            (120, 120, 120),
            None,
            0.5,
        )
    dob = person["dob"].strftime("%d%m%Y")
    if mode == "acro":
        acro.append(("date_naissance", 170, y - 12, 150, 16, D.fr(person["dob"])))
    else:
        for i, ch in enumerate(dob):
            xx = 170 + i * 16 + (8 if i >= 2 else 0) + (8 if i >= 4 else 0)
            p.text(
                xx + 4,
                y + 1,
                ch,
                hf if mode == "hand" else "courier",
                13 if mode == "hand" else 11,
                ink if mode == "hand" else (0, 0, 0),
            )
    y += 24
    for key, lbl, v in [
        (
            "lieu",
            "Lieu de naissance (commune, pays)",
            f"{person['birthplace']}, {D.COUNTRY_FR[person['nat']]}",
        ),
        ("nationalite", "Nationalité", D.COUNTRY_FR[person["nat"]]),
        ("adresse", "Adresse", addr[0]),
        ("cp_commune", "Code postal - Commune", f"{addr[1]} {addr[2]}"),
        ("nir", "N° de sécurité sociale (si vous en avez un)", ""),
        ("caf", "N° d'allocataire CAF (si vous en avez un)", ""),
    ]:
        p.text(40, y, lbl, "sans", 8.5)
        p.rect(250, y - 12, 305, 16, (120, 120, 120), None, 0.5)
        val(key, 250, y, 305, v)
        y += 24
    y += 12
    p.rect(30, y - 14, 535, 18, None, blue)
    p.text(36, y, "B - VOTRE SITUATION", "sans-b", 10, (255, 255, 255))
    y += 28
    boxes = [
        ("Vous exercez une activité salariée ou assimilée en France", employed),
        ("Vous êtes sans activité professionnelle", not employed),
        ("Autre situation (étudiant, retraité, travailleur indépendant...)", False),
    ]
    for i, (lbl, on) in enumerate(boxes):
        p.rect(40, y - 10, 11, 11, (0, 0, 0), None, 0.7)
        if on and mode == "acro":
            acro.append(("chk_%d" % i, 40, y - 10, 11, 11, "X"))
        elif on:
            p.text(41, y, "X", hf if mode == "hand" else "sans-b", 12, ink)
        p.text(58, y, lbl, "sans", 9)
        y += 20
        if i == 0:
            p.text(58, y, "Profession :", "sans", 8.5)
            p.rect(120, y - 12, 180, 16, (120, 120, 120), None, 0.5)
            p.text(310, y, "Type de contrat :", "sans", 8.5)
            p.rect(385, y - 12, 170, 16, (120, 120, 120), None, 0.5)
            if employed:
                val("profession", 120, y, 180, job, 10)
                val("contrat", 385, y, 170, ctype, 10)
            y += 24
    y += 12
    p.rect(30, y - 14, 535, 18, None, blue)
    p.text(36, y, "C - ENGAGEMENT ET SIGNATURE", "sans-b", 10, (255, 255, 255))
    y = p.para(
        40,
        y + 24,
        "Je certifie sur l'honneur l'exactitude des renseignements portés "
        "sur ce formulaire et m'engage à signaler tout changement de situation. La loi "
        "rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de "
        "fraudes ou de fausses déclarations (art. L. 114-13 du code de la sécurité "
        "sociale, art. 313-1 à 313-3, 433-19, 441-1 et suivants du code pénal).",
        515,
        "sans",
        8,
    )
    y += 14
    p.text(40, y, "Fait à", "sans", 9)
    p.rect(75, y - 12, 170, 16, (120, 120, 120), None, 0.5)
    val("fait_a", 75, y, 170, place or addr[2])
    p.text(260, y, "le", "sans", 9)
    p.rect(275, y - 12, 110, 16, (120, 120, 120), None, 0.5)
    val("date", 275, y, 110, D.fr(signed_on))
    y += 26
    p.text(40, y, "Signature", "sans", 9)
    p.rect(40, y + 6, 250, 60, (120, 120, 120), None, 0.5)
    if signed:
        _sig(p, 70, y + 36, rng, (20, 30, 120), 150)
    p.para(
        40,
        800,
        "Pièces à joindre : voir la notice. La loi n° 78-17 du 6 janvier 1978 "
        "relative à l'informatique, aux fichiers et aux libertés s'applique aux réponses "
        "faites sur ce formulaire.",
        515,
        "sans",
        6.5,
        color=(90, 90, 90),
    )
    fields = {
        "surname": person["surname"].upper(),
        "given_names": person["given"],
        "date_of_birth": person["dob"].isoformat(),
        "employment_status": "employed" if employed else "not_employed",
        "signed": signed,
        "signed_on": signed_on.isoformat(),
        "nir": None,
    }

    def acro_cb(c, i):
        if mode != "acro" or i:
            return
        H = p.h
        for key, x, yy, w, h, v in acro:
            if key.startswith("chk"):
                c.acroForm.checkbox(
                    name=key,
                    x=x,
                    y=H - yy - h,
                    size=h,
                    checked=True,
                    buttonStyle="cross",
                    borderWidth=0.5,
                )
            else:
                c.acroForm.textfield(
                    name=key,
                    value=v,
                    x=x,
                    y=H - yy - h,
                    width=w,
                    height=h,
                    fontName="Helvetica",
                    fontSize=9,
                    borderWidth=0,
                    fillColor=None,
                    forceBorder=False,
                )

    return [p], fields, acro_cb
