"""RIB (relevé d'identité bancaire) in bank styles, banking-app screenshots, a bank welcome letter."""

from __future__ import annotations

import datetime as dt

import checks as C
from core import Page
from model import Addr, Doc

GREY = (95, 95, 95)


def rib_fields(holder, iban, bic, bank, rib_key_ok=None):
    ok = C.iban_valid(iban)
    if rib_key_ok is None and iban.startswith("FR"):
        bb = iban[4:]
        rib_key_ok = C.rib_key(bb[0:5], bb[5:10], bb[10:21]) == bb[21:23]
    return dict(
        holder_name=holder,
        iban=iban,
        bic=bic,
        bank_name=bank,
        iban_valid=ok,
        rib_key_valid=rib_key_ok,
    )


def _split_fr(iban):
    bb = iban[4:]
    return bb[0:5], bb[5:10], bb[10:21], bb[21:23]


def rib_bnp(
    holder: str, addr: Addr, iban: str, bic: str, agency: str, agency_addr: str, seed=0
) -> Doc:
    pg = Page()
    green = (0, 132, 90)
    for i in range(4):
        pg.poly(
            [(15 + i * 4, 22), (19 + i * 4, 12), (21 + i * 4, 12), (17 + i * 4, 22)], fill=green
        )
    pg.text(35, 20, "BNP PARIBAS", "sans:b", 14, green)
    pg.text(35, 25, "La banque d'un monde qui change", "sans:i", 7.5, GREY)
    pg.text(105, 45, "RELEVÉ D'IDENTITÉ BANCAIRE", "sans:b", 14, anchor="c")
    pg.para(
        25,
        53,
        160,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs appelés à "
        "faire inscrire des opérations à votre compte (virements, prélèvements, etc.). Son utilisation "
        "vous garantit le bon enregistrement des opérations en cause et vous évite ainsi des "
        "réclamations pour erreurs ou retards d'imputation.",
        "sans",
        8,
        color=GREY,
    )
    y = 78
    pg.rect(15, y, 180, 80, stroke=green, lw=0.5)
    pg.text(20, y + 8, "Titulaire du compte", "sans", 8.5, GREY)
    pg.text(20, y + 14, holder, "sans:b", 10.5)
    for i, ln in enumerate(addr.lines()):
        pg.text(20, y + 19 + i * 4.5, ln.upper(), "sans", 9)
    pg.text(115, y + 8, "Domiciliation", "sans", 8.5, GREY)
    pg.text(115, y + 14, agency, "sans:b", 9.5)
    pg.text(115, y + 19, agency_addr, "sans", 8.5)
    bank, guichet, acc, key = _split_fr(iban)
    yy = y + 40
    for x, lab, val in (
        (20, "Code banque", bank),
        (55, "Code guichet", guichet),
        (95, "N° de compte", acc),
        (155, "Clé RIB", key),
    ):
        pg.text(x, yy, lab, "sans", 8, GREY)
        pg.text(x, yy + 6, val, "mono:b", 11)
    pg.line(15, yy + 10, 195, yy + 10, green, 0.3)
    pg.text(20, yy + 18, "IBAN (International Bank Account Number)", "sans", 8, GREY)
    pg.text(20, yy + 24, C.iban_groups(iban), "mono:b", 11.5)
    pg.text(140, yy + 18, "BIC (Bank Identifier Code)", "sans", 8, GREY)
    pg.text(140, yy + 24, bic, "mono:b", 11.5)
    pg.text(
        15,
        270,
        "BNP Paribas SA au capital de 2 261 621 342 € - Siège social : 16 boulevard des Italiens 75009 "
        "Paris - 662 042 449 RCS Paris - ORIAS n° 07 022 735",
        "sans",
        6.8,
        GREY,
    )
    return Doc("rib", rib_fields(holder, iban, bic, "BNP Paribas"), [pg])


def rib_banque_postale(holder: str, addr: Addr, iban: str, centre: str, seed=0) -> Doc:
    """Three identical RIB slips on one page, dotted cut lines (La Banque Postale style)."""
    pg = Page()
    blue, yellow = (0, 40, 110), (255, 200, 0)
    bic = "PSSTFRPPLYO" if "LYON" in centre.upper() else "PSSTFRPPPAR"
    bank, guichet, acc, key = _split_fr(iban)
    for k in range(3):
        y = 12 + k * 93
        pg.rect(15, y, 10, 10, stroke=None, fill=yellow)
        pg.text(28, y + 7.5, "LA BANQUE POSTALE", "sans:b", 11, blue)
        pg.text(195, y + 7.5, "RELEVÉ D'IDENTITÉ BANCAIRE", "sans:b", 9.5, blue, "r")
        pg.text(15, y + 18, "Titulaire du compte :", "sans", 8, GREY)
        pg.text(15, y + 23, holder, "sans:b", 10)
        for i, ln in enumerate(addr.lines()):
            pg.text(15, y + 27.5 + i * 4, ln.upper(), "sans", 8.5)
        pg.text(115, y + 18, "Domiciliation :", "sans", 8, GREY)
        pg.text(115, y + 23, f"La Banque Postale - {centre}", "sans:b", 9)
        pg.text(15, y + 46, "Identifiant national de compte bancaire - RIB", "sans:b", 8.5, blue)
        for x, lab, val in (
            (15, "Code établissement", bank),
            (55, "Code guichet", guichet),
            (95, "N° de compte", acc),
            (150, "Clé RIB", key),
        ):
            pg.text(x, y + 52, lab, "sans", 7.5, GREY)
            pg.text(x, y + 57.5, val, "mono:b", 10.5)
        pg.text(
            15, y + 66, "Identifiant international de compte bancaire - IBAN", "sans:b", 8.5, blue
        )
        pg.text(15, y + 72.5, C.iban_groups(iban), "mono:b", 11)
        pg.text(150, y + 66, "BIC", "sans:b", 8.5, blue)
        pg.text(150, y + 72.5, bic, "mono:b", 11)
        if k < 2:
            pg.line(10, y + 86, 200, y + 86, (120, 120, 120), 0.3, dash=(1.5, 1.2))
            pg.text(12, y + 84.8, "✂", "dejavu", 8, (120, 120, 120))
    return Doc("rib", rib_fields(holder, iban, bic, "La Banque Postale"), [pg])


def rib_credit_agricole(
    holder: str,
    addr: Addr,
    iban: str,
    bic: str,
    caisse: str,
    agency: str,
    seed=0,
    brand: str = "Crédit Agricole",
    teal=(0, 120, 120),
) -> Doc:
    pg = Page()
    pg.rect(15, 12, 12, 12, stroke=None, fill=teal)
    pg.poly(
        [(17, 22), (21, 14), (25, 22)],
        fill=(230, 0, 40) if brand == "Crédit Agricole" else (255, 255, 255),
    )
    pg.text(31, 18, brand, "sans:b", 13, teal)
    pg.text(31, 23.5, caisse, "sans", 8.5, GREY)
    pg.rect(15, 36, 180, 9, stroke=None, fill=teal)
    pg.text(105, 42.5, "RIB - Relevé d'Identité Bancaire", "sans:b", 11, (255, 255, 255), "c")
    y = 56
    rows = [("Titulaire", holder), ("Adresse", addr.one()), ("Agence", agency)]
    for lab, val in rows:
        pg.text(18, y, lab, "sans", 9, GREY)
        pg.text(55, y, val, "sans:b", 9.5)
        y += 7
    bank, guichet, acc, key = _split_fr(iban)
    y += 4
    pg.rect(15, y, 180, 22, stroke=teal, lw=0.4)
    cols = [
        ("Banque", bank, 35),
        ("Guichet", guichet, 35),
        ("N° compte", acc, 70),
        ("Clé", key, 40),
    ]
    x = 15
    for lab, val, w in cols:
        pg.text(x + w / 2, y + 7, lab, "sans", 8.5, GREY, "c")
        pg.text(x + w / 2, y + 16, val, "mono:b", 11, anchor="c")
        if x > 15:
            pg.line(x, y, x, y + 22, teal, 0.3)
        x += w
    y += 32
    pg.text(18, y, "IBAN", "sans:b", 10, teal)
    pg.text(40, y, C.iban_groups(iban), "mono:b", 11.5)
    pg.text(18, y + 8, "BIC", "sans:b", 10, teal)
    pg.text(40, y + 8, bic, "mono:b", 11.5)
    pg.text(
        15,
        270,
        f"{caisse} - Société coopérative à capital variable - Intermédiaire en assurance",
        "sans",
        6.8,
        GREY,
    )
    return Doc("rib", rib_fields(holder, iban, bic, brand), [pg])


def rib_credit_mutuel(holder: str, addr: Addr, iban: str, bic: str, caisse: str, seed=0) -> Doc:
    pg = Page()
    blue, red = (0, 60, 140), (220, 30, 40)
    pg.rect(15, 12, 180, 14, stroke=None, fill=blue)
    pg.text(20, 22, "CRÉDIT MUTUEL", "sans:b", 14, (255, 255, 255))
    pg.rect(175, 14, 15, 10, stroke=None, fill=red)
    pg.text(105, 40, "RELEVÉ D'IDENTITÉ BANCAIRE", "serif:b", 13, anchor="c")
    pg.rect(15, 48, 180, 70, stroke=(0, 0, 0), lw=0.3)
    pg.text(20, 56, "Caisse de Crédit Mutuel", "sans", 8.5, GREY)
    pg.text(20, 61, caisse, "sans:b", 9.5)
    pg.text(110, 56, "Titulaire(s) du compte", "sans", 8.5, GREY)
    pg.text(110, 61, holder, "sans:b", 9.5)
    for i, ln in enumerate(addr.lines()):
        pg.text(110, 66 + i * 4.5, ln.upper(), "sans", 8.5)
    bank, guichet, acc, key = _split_fr(iban)
    pg.text(20, 86, "Banque   Guichet   N° de compte          Clé", "mono", 9)
    pg.text(20, 92, f"{bank}    {guichet}     {acc}   {key}", "mono:b", 10.5)
    pg.text(20, 104, "IBAN : " + C.iban_groups(iban), "mono:b", 10.5)
    pg.text(20, 112, "BIC : " + bic, "mono:b", 10.5)
    pg.text(
        15,
        128,
        "Ce relevé vous permet de communiquer vos coordonnées bancaires pour des virements ou "
        "prélèvements.",
        "sans",
        8,
        GREY,
    )
    return Doc("rib", rib_fields(holder, iban, bic, "Crédit Mutuel"), [pg])


def rib_n26(
    holder: str, iban: str, bic: str = "NTSBDEB1XXX", issued: dt.date | None = None, seed=0
) -> Doc:
    pg = Page()
    pg.text(15, 22, "N26", "dejavu:b", 22, (20, 20, 20))
    pg.text(195, 20, "Bestätigung der Bankverbindung", "dejavu", 9, GREY, "r")
    pg.text(195, 25, "Confirmation des coordonnées bancaires", "dejavu", 9, GREY, "r")
    pg.text(15, 50, "Coordonnées bancaires / Account details", "dejavu:b", 14)
    y = 66
    for lab, val in (
        ("Titulaire du compte / Account holder", holder),
        ("IBAN", C.iban_groups(iban)),
        ("BIC", bic),
        ("Banque / Bank", "N26 Bank SE, Voltairestraße 8, 10179 Berlin"),
        ("Date", C.fr(issued) if issued else ""),
    ):
        pg.text(15, y, lab, "dejavu", 9, GREY)
        pg.text(15, y + 6, val, "dejavu:b", 11)
        pg.line(15, y + 9, 195, y + 9, (220, 220, 220), 0.3)
        y += 16
    pg.para(
        15,
        y + 6,
        180,
        "Votre IBAN allemand peut être utilisé pour recevoir des virements et des prélèvements SEPA "
        "en France (Règlement (UE) n° 260/2012).",
        "dejavu",
        8.5,
        color=GREY,
    )
    pg.text(
        15,
        275,
        "N26 Bank SE · Amtsgericht Charlottenburg HRB 170602 B · BaFin ID 10150977",
        "dejavu",
        6.8,
        GREY,
    )
    return Doc(
        "rib",
        rib_fields(holder, iban, bic, "N26"),
        [pg],
        notes="German IBAN (SEPA): legally acceptable.",
    )


# ---------------------------------------------------------- app screens ---
def app_screen(holder: str, iban: str, bic: str, app: str = "bourso", seed=0, dark=False) -> Doc:
    """Phone screenshot of the 'RIB / IBAN' screen of a banking app (1170 x 2532 px at 460 dpi)."""
    W, H = 1170 * 25.4 / 460, 2532 * 25.4 / 460
    bg = (18, 18, 22) if dark else (246, 246, 250)
    fg = (240, 240, 240) if dark else (20, 20, 30)
    pg = Page(W, H, bg=bg)
    k = W / 64.6
    pg.text(4 * k, 5.5 * k, "09:41", "roboto:b", 8.5 * k, fg)
    pg.text(60 * k, 5.5 * k, "100 %", "roboto", 7 * k, fg, "r")
    if app == "bourso":
        acc = (0, 84, 166)
        bank = "BoursoBank"
        title = "Mon RIB"
    elif app == "revolut":
        acc = (0, 117, 235)
        bank = "Revolut"
        title = "Coordonnées bancaires"
    else:
        acc = (230, 0, 40)
        bank = "Société Générale"
        title = "RIB / IBAN"
    pg.text(4 * k, 15 * k, "‹", "dejavu", 18 * k, acc)
    pg.text(W / 2, 14 * k, title, "roboto:b", 10 * k, fg, "c")
    pg.text(4 * k, 28 * k, bank, "roboto:b", 13 * k, acc)
    card = (34, 34, 40) if dark else (255, 255, 255)
    y = 31 * k
    items = [("Titulaire", holder), ("IBAN", C.iban_groups(iban)), ("BIC", bic)]
    if app != "revolut":
        bank_c, gu, ac, key = _split_fr(iban)
        items.insert(2, ("Code banque · Guichet · Compte · Clé", f"{bank_c} {gu} {ac} {key}"))
    else:
        items.append(("Banque", "Revolut Bank UAB, Konstitucijos ave. 21B, Vilnius, Lituanie"))
    for lab, val in items:
        pg.rect(3 * k, y, W - 6 * k, 13.5 * k, stroke=None, fill=card)
        pg.text(6 * k, y + 5 * k, lab, "roboto", 6.3 * k, (130, 130, 140))
        pg.fit_text(6 * k, y + 10.6 * k, val, "roboto:b", 8.2 * k, W - 12 * k, fg)
        y += 15.5 * k
    y += 3 * k
    for lab in ("Partager mon RIB", "Copier l'IBAN"):
        pg.rect(
            3 * k,
            y,
            W - 6 * k,
            11 * k,
            stroke=None,
            fill=acc if lab.startswith("Partager") else card,
        )
        pg.text(
            W / 2,
            y + 7.2 * k,
            lab,
            "roboto:b",
            8 * k,
            (255, 255, 255) if lab.startswith("Partager") else acc,
            "c",
        )
        y += 13.5 * k
    pg.rect(0, H - 17 * k, W, 17 * k, stroke=None, fill=bg)
    pg.line(0, H - 17 * k, W, H - 17 * k, (120, 120, 130), 0.15 * k)
    pg.text(
        W / 2,
        H - 10 * k,
        "Accueil     Comptes     Virements     Plus",
        "roboto",
        7 * k,
        (140, 140, 150),
        "c",
    )
    pg.rect(W / 2 - 18 * k, H - 4 * k, 36 * k, 1.2 * k, stroke=None, fill=fg)
    return Doc("rib", rib_fields(holder, iban, bic, bank), [pg])


def bank_letter_rib(
    holder: str, civ: str, addr: Addr, iban: str, bic: str, issued: dt.date, agency: str, seed=0
) -> Doc:
    """LCL welcome letter with the RIB printed in its lower part."""
    pg = Page()
    navy, yellow = (0, 30, 90), (255, 210, 0)
    pg.rect(15, 12, 24, 12, stroke=None, fill=navy)
    pg.text(27, 21, "LCL", "sans:b", 13, yellow, "c")
    pg.text(45, 20, agency, "sans", 8.5, GREY)
    pg.text(112, 40, f"{civ} {holder}", "sans:b", 10)
    for i, ln in enumerate(addr.lines()):
        pg.text(112, 45 + i * 4.6, ln, "sans", 10)
    pg.text(112, 70, f"Lyon, le {C.fr_long(issued)}", "sans", 10)
    pg.text(15, 84, "Objet : ouverture de votre compte de dépôt", "sans:b", 10)
    pg.text(15, 96, f"{'Madame' if civ == 'Mme' else 'Monsieur'},", "sans", 10)
    y = pg.para(
        15,
        104,
        180,
        "Nous avons le plaisir de vous confirmer l'ouverture de votre compte de dépôt et vous "
        "remercions de la confiance que vous nous témoignez. Votre carte bancaire vous sera "
        "adressée sous pli séparé ; votre code confidentiel suivra par courrier.",
        "sans",
        10,
        leading=5.5,
    )
    y = pg.para(
        15,
        y + 4,
        180,
        "Vous trouverez ci-dessous votre relevé d'identité bancaire, à communiquer à votre "
        "employeur, à votre caisse d'assurance maladie ou à vos créanciers.",
        "sans",
        10,
        leading=5.5,
    )
    y = pg.para(
        15,
        y + 4,
        180,
        f"Nous vous prions d'agréer, {'Madame' if civ == 'Mme' else 'Monsieur'}, l'expression "
        "de nos salutations distinguées.",
        "sans",
        10,
        leading=5.5,
    )
    pg.text(130, y + 10, "Votre conseiller", "sans", 10)
    pg.text(130, y + 15, "Camille Roussel", "sans:b", 10)
    y = 190
    pg.line(10, y, 200, y, (120, 120, 120), 0.3, dash=(1.5, 1.2))
    pg.rect(15, y + 8, 180, 62, stroke=navy, lw=0.5)
    pg.text(20, y + 16, "RELEVÉ D'IDENTITÉ BANCAIRE", "sans:b", 10.5, navy)
    pg.text(20, y + 24, "Titulaire :", "sans", 9, GREY)
    pg.text(45, y + 24, f"{civ.upper().rstrip('.')} {holder.upper()}", "sans:b", 9.5)
    pg.text(20, y + 30, "Domiciliation :", "sans", 9, GREY)
    pg.text(45, y + 30, f"LCL {agency.upper()}", "sans:b", 9.5)
    bank, guichet, acc, key = _split_fr(iban)
    pg.text(
        20, y + 40, f"Banque {bank}   Guichet {guichet}   Compte {acc}   Clé {key}", "mono", 9.5
    )
    pg.text(20, y + 50, "IBAN  " + C.iban_groups(iban), "mono:b", 10.5)
    pg.text(20, y + 58, "BIC   " + bic, "mono:b", 10.5)
    pg.text(
        15,
        282,
        "LCL - Le Crédit Lyonnais - SA au capital de 2 037 713 591 € - SIREN 954 509 741 - RCS Lyon",
        "sans",
        6.8,
        GREY,
    )
    return Doc(
        "rib",
        rib_fields(f"{civ.upper().rstrip('.')} {holder.upper()}", iban, bic, "LCL"),
        [pg],
        notes="RIB printed at the bottom of a bank welcome letter.",
    )
