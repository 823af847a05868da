"""Layouts for set_dk: bills, lease, payslip, RIB and phone screens."""

from dk_docs import MOIS, fr, words
from dk_draw import Doc, signature, stamp, width
from dk_ids import group4

GREY = (100, 100, 100)
BOILER = {
    "tenant": [
        "Le locataire est tenu de payer le loyer et les charges récupérables aux termes convenus,",
        "d'user paisiblement des locaux, de répondre des dégradations survenues pendant la durée",
        "du contrat, de s'assurer contre les risques locatifs et d'en justifier chaque année.",
    ],
    "landlord": [
        "Le bailleur est obligé de remettre au locataire un logement décent ne laissant pas",
        "apparaître de risques manifestes pouvant porter atteinte à la sécurité physique ou à la",
        "santé, et d'assurer au locataire la jouissance paisible du logement.",
    ],
}


def _eur(v):
    return f"{v:,.2f}".replace(",", " ").replace(".", ",") + " €"


def bill(b, rng):
    """Generic French utility bill; b['brand'] picks colours, fonts and wording."""
    p = Doc()
    col, f, fb = b["color"], b.get("font", "sans"), b.get("fontb", "sansb")
    if b["brand"] == "edf":
        p.ellipse(28, 22, 12, 9, 0, fill=(255, 100, 0))
        p.text(28, 25, "edf", "sansb", 16, (255, 255, 255), "c")
    elif b["brand"] == "engie":
        p.text(15, 26, "ENGIE", "sansb", 24, col)
        p.line(15, 29, 58, 24, 1.2, (0, 170, 255))
    else:
        p.rect(15, 12, 22, 22, 0, fill=col)
        p.text(26, 26, b["logo"], "sansb", 13, (255, 255, 255), "c")
    p.text(15, 42, b["company"], f, 7, GREY)
    p.text(15, 46, b["company2"], f, 7, GREY)
    p.text(120, 50, b["holder"], fb, 10.5)
    for i, ln in enumerate(b["addr"]):
        p.text(120, 55.5 + i * 5, ln, f, 10)
    p.text(15, 60, b["title"], fb, 15, col)
    p.label(15, 70, "Facture n°", b["number"], f, fb, 9)
    p.label(15, 75, "Date de facture :", fr(b["issue"]), f, fb, 9)
    p.label(15, 80, b.get("ref_label", "Référence client :"), b["client"], f, fb, 9)
    p.rect(15, 92, 180, 24, 0, fill=b["tint"])
    p.text(20, 101, b.get("period_text", f"Période du {fr(b['start'])} au {fr(b['end'])}"), fb,
           10.5, col)  # fmt: skip
    p.text(20, 110, "Montant TTC à payer", f, 10)
    p.text(190, 110, _eur(b["amount"]), fb, 16, col, "r")
    p.text(20, 128, "Détail de votre facture", fb, 11, col)
    p.line(15, 130.5, 195, 130.5, 0.3, col)
    y = 138
    for lab, amt in b["lines"]:
        p.text(20, y, lab, f, 9)
        p.text(190, y, _eur(amt), f, 9, (0, 0, 0), "r")
        p.line(20, y + 2, 190, y + 2, 0.1, (200, 200, 200))
        y += 7
    p.label(20, y + 4, "Total TTC", _eur(b["amount"]), fb, fb, 10)
    p.text(20, y + 16, f"Adresse du point de {b['site_word']} : {', '.join(b['addr'][-2:])}",
           f, 8.5)  # fmt: skip
    p.text(20, y + 22, b["pay_text"], f, 8.5)
    p.text(105, 285, b["footer"], f, 6.5, GREY, "c")
    return p


def phone_bill_screen(b, rng):
    """Operator app screenshot of a monthly mobile bill (1170x2532 at 254 dpi)."""
    s = Doc(117, 253.2, (245, 246, 250))
    col = b["color"]
    s.text(8, 8, "09:41", "robm", 9)
    s.text(108, 8, "5G  87 %", "robm", 8, (0, 0, 0), "r")
    s.rect(0, 14, 117, 20, 0, fill=col)
    s.text(8, 27, b["app_title"], "robb", 13, (255, 255, 255))
    s.rect(6, 42, 105, 70, 0, fill=(255, 255, 255))
    s.text(11, 52, f"Facture de {MOIS[int(b['start'][5:7]) - 1]} {b['start'][:4]}", "robm", 11)
    s.text(11, 62, f"Du {fr(b['start'])} au {fr(b['end'])}", "rob", 8.5, GREY)
    s.text(11, 80, _eur(b["amount"]), "robb", 22, col)
    s.text(11, 92, f"Émise le {fr(b['issue'])} · Prélevée le {fr(b['debit'])}", "rob", 7.5, GREY)
    s.text(11, 103, f"N° {b['number']}", "rob", 7.5, GREY)
    s.rect(6, 118, 105, 70, 0, fill=(255, 255, 255))
    y = 128
    for lab, v in (("Titulaire", b["holder"]), ("Ligne", b["line"]), ("Offre", b["offer"]),
                   ("Adresse de facturation", b["addr"][0]), ("", b["addr"][1])):  # fmt: skip
        if lab:
            s.text(11, y, lab, "rob", 7.5, GREY)
            y += 5
        s.text(11, y, v, "robm", 9)
        y += 8
    s.rect(6, 194, 105, 14, 0, fill=col)
    s.text(58.5, 203, "Télécharger la facture (PDF)", "robm", 9, (255, 255, 255), "c")
    for i, t in enumerate(("Accueil", "Conso", "Factures", "Assistance")):
        s.text(15 + i * 29, 245, t, "robm" if t == "Factures" else "rob", 7,
               col if t == "Factures" else GREY, "c")  # fmt: skip
    return s


def lease(L, rng):
    p1, p2 = Doc(), Doc()
    p1.text(105, 20, "CONTRAT DE LOCATION", "serifb", 15, (0, 0, 0), "c")
    p1.text(105, 27, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", "serif", 10.5, (0, 0, 0),
            "c")  # fmt: skip
    p1.text(105, 33, "(Titre Ier bis de la loi n° 89-462 du 6 juillet 1989 — contrat type, "
            "décret n° 2015-587 du 29 mai 2015)", "serifi", 8, (0, 0, 0), "c")  # fmt: skip
    y = 46

    def h(t):
        nonlocal y
        p1.text(15, y, t, "serifb", 11)
        p1.line(15, y + 1.5, 195, y + 1.5, 0.3)
        y += 9

    def row(lab, v):
        nonlocal y
        p1.label(20, y, lab, v, "serif", "serifb", 10)
        y += 7

    h("I. DÉSIGNATION DES PARTIES")
    row("Bailleur :", L["landlord"])
    row("Adresse du bailleur :", L["landlord_addr"])
    if L.get("agent"):
        row("Représenté par son mandataire :", L["agent"])
    row("Locataire(s) :", " et ".join(L["tenants"]))
    y += 3
    h("II. OBJET DU CONTRAT")
    row("Adresse du logement :", L["address"])
    row("Type d'habitat :", L["kind"])
    row("Surface habitable :", L["surface"])
    row("Nombre de pièces principales :", L["rooms"])
    y += 3
    h("III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT")
    row("Date de prise d'effet du contrat :", fr(L["start"]))
    row("Durée du contrat :", L["duration"])
    y += 3
    h("IV. CONDITIONS FINANCIÈRES")
    row("Montant du loyer mensuel (hors charges) :", _eur(L["rent"]))
    row("Provision sur charges :", _eur(L["charges"]))
    row("Dépôt de garantie :", _eur(L["rent"]))
    row("Modalité de paiement :", "mensuel, à terme à échoir, le 1er de chaque mois")
    p1.text(105, 288, "Paraphes :", "serif", 8, GREY, "c")
    p2.text(15, 25, "V. TRAVAUX — VI. GARANTIES — VII. CLAUSE RÉSOLUTOIRE", "serifb", 11)
    for i in range(12):
        lines = BOILER[L["boiler"]]
        p2.text(15, 35 + i * 5.5, lines[i % len(lines)], "serif", 9)
    p2.text(15, 115, "VIII. ANNEXES : dossier de diagnostic technique, état des lieux, notice "
            "d'information.", "serif", 9)  # fmt: skip
    p2.text(15, 135, f"Fait et signé à {L['city']}, le {fr(L['signed'])}, en deux originaux.",
            "serif", 10)  # fmt: skip
    p2.text(30, 150, "Le bailleur (ou son mandataire)", "serif", 9.5)
    p2.text(125, 150, "Le(s) locataire(s)", "serif", 9.5)
    p2.text(30, 156, "« Lu et approuvé »", "serifi", 9)
    p2.text(125, 156, "« Lu et approuvé »", "serifi", 9)
    signature(p2, 30, 162, 50, 20, rng, (20, 20, 80))
    signature(p2, 125, 162, 50, 20, rng, (20, 30, 110))
    if L.get("agent"):
        stamp(p2, 70, 200, 14, L["agent"].upper()[:22], ["AGENCE", "CARTE T"])
    return [p1, p2]


def payslip(s, rng):
    p = Doc()
    f, fb = s.get("font", "carl"), s.get("fontb", "carlb")
    p.text(105, 15, "BULLETIN DE PAIE", fb, 14, (0, 0, 0), "c")
    p.text(105, 21, f"Période du {fr(s['start'])} au {fr(s['end'])}", f, 10, (0, 0, 0), "c")
    p.rect(12, 27, 88, 38, 0.3)
    p.text(15, 33, s["employer"], fb, 10.5)
    for i, ln in enumerate(s["employer_addr"] + [f"SIRET : {s['siret']}", f"Code NAF : {s['naf']}",
                                                 f"URSSAF : {s['urssaf']}"]):  # fmt: skip
        p.text(15, 38.5 + i * 4.6, ln, f, 8.5)
    p.rect(110, 27, 88, 38, 0.3)
    p.text(113, 33, s["employee"], fb, 10.5)
    for i, ln in enumerate(s["employee_addr"]):
        p.text(113, 38.5 + i * 4.6, ln, f, 8.5)
    p.text(113, 52, f"Emploi : {s['job']}", f, 8.5)
    p.text(113, 56.6, f"Statut : {s['status']}   Entrée le : {fr(s['entry'])}", f, 8.5)
    p.text(113, 61.2, f"Convention collective : {s['ccn']}", f, 7.5)
    cols = [(12, "Éléments de paie"), (110, "Base"), (135, "Taux"), (155, "Part salarié"),
            (178, "Part employeur")]  # fmt: skip
    p.rect(12, 70, 186, 7, 0, fill=(225, 230, 238))
    for x, t in cols:
        p.text(x + 1.5, 75, t, fb, 8)
    y = 83
    for lab, base, rate, emp, er in s["lines"]:
        p.text(13.5, y, lab, fb if emp is None else f, 8.5)
        if base:
            p.text(130, y, base, f, 8.5, (0, 0, 0), "r")
        if rate:
            p.text(152, y, rate, f, 8.5, (0, 0, 0), "r")
        if emp:
            p.text(176, y, emp, f, 8.5, (0, 0, 0), "r")
        if er:
            p.text(197, y, er, f, 8.5, (0, 0, 0), "r")
        y += 6
    p.line(12, y - 3, 198, y - 3, 0.3)
    y += 4
    p.rect(12, y - 5, 186, 9, 0, fill=(238, 238, 238))
    p.label(14, y + 1, "Net à payer avant impôt sur le revenu", _eur(s["net_before"]), fb, fb, 9.5)
    y += 9
    p.label(14, y, f"Impôt sur le revenu prélevé à la source — taux {s['pas']} :",
            _eur(s["net_before"] - s["net"]), f, f, 8.5)  # fmt: skip
    y += 12
    p.rect(120, y - 7, 78, 12, 0.6)
    p.text(123, y + 1, "NET PAYÉ", fb, 11)
    p.text(195, y + 1, _eur(s["net"]), fb, 12, (0, 0, 0), "r")
    p.text(14, y, f"Montant net social : {_eur(s['net_social'])}", f, 9)
    p.text(14, y + 8, f"Payé le {fr(s['paid'])} par virement", f, 8.5)
    p.text(105, 285, "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
           "ce bulletin de paie sans limitation de durée.", f, 7, GREY, "c")  # fmt: skip
    return p


def rib(r, rng):
    p = Doc()
    col, f, fb = r["color"], r.get("font", "sans"), r.get("fontb", "sansb")
    p.text(15, 22, r["bank_logo"], fb, 18, col)
    p.text(195, 22, "Relevé d'Identité Bancaire", fb, 12, (0, 0, 0), "r")
    p.rect(15, 32, 180, 95, 0.4, col)
    p.text(20, 42, "Titulaire du compte", f, 8.5, GREY)
    p.text(20, 48, r["holder"], fb, 11)
    for i, ln in enumerate(r["holder_addr"]):
        p.text(20, 53.5 + i * 5, ln, f, 9.5)
    p.text(120, 42, "Domiciliation", f, 8.5, GREY)
    for i, ln in enumerate(r["branch"]):
        p.text(120, 48 + i * 5, ln, fb if i == 0 else f, 9.5)
    bban = r["iban"][4:]
    parts = [("Code banque", bban[0:5]), ("Code guichet", bban[5:10]),
             ("N° de compte", bban[10:21]), ("Clé RIB", bban[21:23])]  # fmt: skip
    x = 20
    for lab, v in parts:
        w = max(width(lab, f, 8), width(v, "mono", 11)) + 8
        p.rect(x, 72, w, 16, 0.25, GREY)
        p.text(x + 2, 77, lab, f, 8, GREY)
        p.text(x + 2, 85, v, "mono", 11)
        x += w + 2
    p.text(20, 98, "IBAN (International Bank Account Number)", f, 8.5, GREY)
    p.text(20, 105, group4(r["iban"]), "mono", 12)
    p.text(20, 115, "BIC (Bank Identifier Code)", f, 8.5, GREY)
    p.text(20, 122, r["bic"], "mono", 12)
    p.text(15, 137, "Ce relevé est destiné à être remis à vos créanciers ou débiteurs appelés à "
           "faire inscrire des opérations à votre compte", f, 7.5, GREY)  # fmt: skip
    p.text(15, 141, "(virements, prélèvements, remboursements...).", f, 7.5, GREY)
    p.text(105, 285, r["footer"], f, 6.5, GREY, "c")
    return p


def wise_screen(w, rng):
    s = Doc(117, 253.2, (255, 255, 255))
    green = (22, 51, 0)
    s.text(8, 8, "14:07", "robm", 9)
    s.text(108, 8, "4G  62 %", "robm", 8, (0, 0, 0), "r")
    s.text(8, 24, "<", "robm", 14)
    s.text(58.5, 24, "Account details", "robb", 11, (0, 0, 0), "c")
    s.ellipse(58.5, 45, 9, 9, 0, fill=(159, 232, 112))
    s.text(58.5, 48.5, "€", "robb", 14, green, "c")
    s.text(58.5, 65, "Euro account details", "robb", 12, (0, 0, 0), "c")
    s.text(58.5, 72, "Receive salary and SEPA transfers", "rob", 8, GREY, "c")
    y = 88
    for lab, v in (("Account holder", w["holder"]), ("IBAN", group4(w["iban"])),
                   ("Swift/BIC", w["bic"]),
                   ("Bank name and address", w["bank"]), ("", w["bank_addr"])):  # fmt: skip
        if lab:
            s.text(10, y, lab, "rob", 8, GREY)
            y += 6
        s.text(10, y, v, "robm", 10 if lab != "IBAN" else 9.5)
        s.line(10, y + 4, 107, y + 4, 0.15, (225, 225, 225))
        y += 12
    s.rect(10, y + 4, 97, 13, 0, fill=(159, 232, 112))
    s.text(58.5, y + 12.5, "Share details", "robb", 10, green, "c")
    s.text(58.5, y + 28, "Wise is authorised by the National Bank of Belgium", "rob", 6.5, GREY,
           "c")  # fmt: skip
    return s


def words_date(iso):
    return words(iso)
