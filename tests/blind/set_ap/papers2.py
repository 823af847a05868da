"""Bills, civil-status papers, apostille, translation, attestation, récépissé (reportlab)."""

from __future__ import annotations

import io
import random

from common import INK_BLACK, face, fr, hand, new_canvas, signature, words
from papers import PH, PW, _done, para, stamp
from reportlab.lib.utils import ImageReader


def _money(x: float) -> str:
    return f"{x:,.2f}".replace(",", " ").replace(".", ",")


# ====================================================================== bills
def bill_bbox(b: dict, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf)
    c.setFillColorRGB(0.0, 0.2, 0.45)
    c.setFont("RobB", 20)
    c.drawString(40, PH - 60, "BOUYGUES")
    c.setFont("Rob", 11)
    c.drawString(40, PH - 74, "TELECOM")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("RobB", 16)
    c.drawString(300, PH - 60, "Votre facture")
    c.setFont("Rob", 9.5)
    for i, (k, v) in enumerate(
        [
            ("Date de facture", fr(b["issue"])),
            ("N° de facture", b["no"]),
            ("N° de compte client", b["client"]),
            ("Ligne Bbox", b["line"]),
        ]
    ):
        c.drawString(300, PH - 82 - i * 13, k)
        c.drawRightString(PW - 40, PH - 82 - i * 13, v)
    c.setFont("Rob", 10)
    for i, ln in enumerate(b["holder_block"]):
        c.drawString(320, PH - 180 - i * 13, ln)
    c.setFillColorRGB(0.93, 0.96, 1.0)
    c.rect(40, PH - 300, PW - 80, 60, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("RobB", 12)
    c.drawString(50, PH - 262, "Montant total TTC de votre facture")
    c.drawRightString(PW - 50, PH - 262, _money(b["amount"]) + " €")
    c.setFont("Rob", 9)
    c.drawString(
        50, PH - 280, f"sera prélevé à partir du {fr(b['debit'])} sur votre compte bancaire."
    )
    y = PH - 340
    c.setFont("RobB", 11)
    c.drawString(40, y, "Détail de votre facture")
    y -= 20
    for lab, amt in [
        (f"Bbox fit — abonnement du {fr(b['start'])} au {fr(b['end'])}", b["amount"]),
        ("Appels vers fixes et mobiles en France métropolitaine", 0.0),
        ("TV : bouquet essentiel inclus", 0.0),
    ]:
        c.setFont("Rob", 9.5)
        c.drawString(50, y, lab)
        c.drawRightString(PW - 50, y, _money(amt) + " €")
        y -= 15
    c.line(40, y, PW - 40, y)
    c.setFont("Rob", 9)
    c.drawString(50, y - 15, "dont TVA 20 %")
    c.drawRightString(PW - 50, y - 15, _money(b["amount"] / 6) + " €")
    c.setFont("Rob", 7)
    c.drawString(
        40,
        40,
        "Bouygues Telecom - SA au capital de 712 588 399,56 € - 397 480 930 RCS "
        "Paris - 37-39 rue Boissière 75116 Paris",
    )
    c.showPage()
    return _done(c, buf)


def bill_free_mobile(b: dict, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf)
    c.setFillColorRGB(0.8, 0.0, 0.0)
    c.setFont("LibB", 26)
    c.drawString(40, PH - 60, "free")
    c.setFont("Lib", 10)
    c.drawString(40, PH - 74, "mobile")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("LibB", 13)
    c.drawRightString(PW - 40, PH - 55, f"Facture du {fr(b['issue'])}")
    c.setFont("Lib", 9)
    c.drawRightString(PW - 40, PH - 70, f"Facture n° {b['no']}")
    c.drawRightString(PW - 40, PH - 82, f"Identifiant : {b['client']}")
    c.drawRightString(PW - 40, PH - 94, f"Ligne : {b['line']}")
    c.setFont("Lib", 10)
    for i, ln in enumerate(b["holder_block"]):
        c.drawString(320, PH - 160 - i * 13, ln)
    y = PH - 260
    c.setFont("LibB", 11)
    c.drawString(40, y, f"Forfait Free 5G — période du {fr(b['start'])} au {fr(b['end'])}")
    y -= 24
    rows = [
        ("Forfait Free 5G 350 Go (abonnement mensuel)", b["amount"]),
        ("Communications incluses au forfait", 0.0),
        ("Usages hors forfait", 0.0),
    ]
    for lab, amt in rows:
        c.setFont("Lib", 9.5)
        c.drawString(50, y, lab)
        c.drawRightString(PW - 50, y, _money(amt) + " €")
        y -= 15
    c.setLineWidth(0.5)
    c.line(40, y, PW - 40, y)
    y -= 20
    c.setFont("LibB", 12)
    c.drawString(50, y, "TOTAL TTC")
    c.drawRightString(PW - 50, y, _money(b["amount"]) + " €")
    c.setFont("Lib", 9)
    c.drawString(50, y - 18, f"Montant prélevé le {fr(b['debit'])} — Mandat SEPA {b['mandate']}")
    c.setFont("Lib", 7)
    c.drawString(
        40,
        40,
        "Free Mobile - SAS au capital de 365 138 779 € - RCS Paris 499 247 138 - "
        "16 rue de la Ville-l'Évêque 75008 Paris",
    )
    c.showPage()
    return _done(c, buf)


def bill_orange(b: dict, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf)
    c.setFillColorRGB(1.0, 0.47, 0.0)
    c.rect(40, PH - 80, 44, 44, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("LibB", 9)
    c.drawString(44, PH - 76, "orange")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("LibB", 18)
    c.drawString(100, PH - 60, "votre facture")
    c.setFont("Lib", 10)
    c.drawString(100, PH - 76, f"du {words(b['issue'])}")
    c.setFont("Lib", 9)
    c.drawString(40, PH - 110, f"n° client : {b['client']}    n° de facture : {b['no']}")
    c.drawString(40, PH - 123, f"Livebox Fibre — ligne {b['line']}")
    for i, ln in enumerate(b["holder_block"]):
        c.setFont("LibB" if i == 0 else "Lib", 10)
        c.drawString(330, PH - 150 - i * 13, ln)
    c.setStrokeColorRGB(1.0, 0.47, 0.0)
    c.setLineWidth(2)
    c.line(40, PH - 230, PW - 40, PH - 230)
    c.setFont("LibB", 13)
    c.drawString(40, PH - 255, "montant à payer")
    c.drawRightString(PW - 40, PH - 255, _money(b["amount"]) + " € TTC")
    c.setFont("Lib", 9)
    c.drawString(40, PH - 270, f"prélevé le {fr(b['debit'])} sur votre compte")
    y = PH - 310
    c.setFont("LibB", 10.5)
    c.drawString(40, y, "abonnements et forfaits")
    rows = [
        (f"Livebox Fibre du {fr(b['start'])} au {fr(b['end'])}", b["amount"] - 5.0),
        ("option Décodeur TV", 5.0),
    ]
    for lab, amt in rows:
        y -= 16
        c.setFont("Lib", 9.5)
        c.drawString(50, y, lab)
        c.drawRightString(PW - 40, y, _money(amt) + " €")
    c.setFont("Lib", 7)
    c.drawString(
        40,
        40,
        "Orange SA au capital de 10 640 226 396 € - 111 quai du Président "
        "Roosevelt 92130 Issy-les-Moulineaux - 380 129 866 RCS Nanterre",
    )
    c.showPage()
    return _done(c, buf)


# ====================================================================== birth certificates
def birth_congo(b: dict, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf)
    c.setFont("LibSerifB", 11)
    c.drawString(50, PH - 55, "RÉPUBLIQUE DU CONGO")
    c.setFont("LibSerifI", 9)
    c.drawString(58, PH - 68, "Unité * Travail * Progrès")
    c.setFont("LibSerif", 9.5)
    for i, ln in enumerate(
        [
            "DÉPARTEMENT DE POINTE-NOIRE",
            "COMMUNE DE POINTE-NOIRE",
            "MAIRIE DE L'ARRONDISSEMENT 1 E.P. LUMUMBA",
            "CENTRE PRINCIPAL D'ÉTAT CIVIL",
        ]
    ):
        c.drawString(50, PH - 86 - i * 12, ln)
    c.setFont("LibSerifB", 14)
    c.drawCentredString(PW / 2, PH - 160, "COPIE INTÉGRALE D'ACTE DE NAISSANCE")
    c.setFont("LibSerif", 10.5)
    c.drawCentredString(PW / 2, PH - 176, f"Acte n° {b['act_no']}  —  Année {b['dob'][:4]}")
    y = PH - 215
    rows = [
        ("Le", words(b["dob"]).upper() + f", à {b['time']}"),
        ("est né(e) à", b["pob"]),
        ("de sexe", b["sex_word"]),
        ("l'enfant", f"{b['given']} {b['surname']}"),
        ("fils/fille de", b["father"]),
        ("profession", b["father_job"]),
        ("et de", b["mother"]),
        ("profession", b["mother_job"]),
        ("domiciliés à", b["home"]),
    ]
    for lab, val in rows:
        c.setFont("LibSerif", 10.5)
        c.drawString(60, y, lab + " " + "." * 8)
        hand(c, 190, y, val, rng, "Dkg", 12.5, INK_BLACK)
        y -= 24
    y = para(
        c,
        60,
        y - 6,
        f"Dressé le {words(b['registered'])} sur la déclaration du père, "
        "qui lecture faite a signé avec nous, Officier d'État Civil.",
        "LibSerif",
        10.5,
        PW - 120,
    )
    y = para(
        c,
        60,
        y - 14,
        f"Pour copie certifiée conforme au registre, délivrée à "
        f"Pointe-Noire le {fr(b['copy_date'])}.",
        "LibSerif",
        10.5,
        PW - 120,
    )
    c.setFont("LibSerifB", 10)
    c.drawString(340, y - 20, "L'Officier d'État Civil,")
    signature(c, 350, y - 70, "Mbemba", rng, ink=(0.1, 0.1, 0.2), font="Dkg")
    stamp(
        c,
        250,
        y - 70,
        40,
        "MAIRIE DE POINTE-NOIRE ETAT CIVIL ",
        ["ARR. 1", "LUMUMBA"],
        rng,
        (0.2, 0.25, 0.55),
    )
    c.setFont("LibSerif", 8)
    c.drawString(60, 60, f"Timbre fiscal : 1 000 FCFA  —  Reçu n° {b['receipt']}")
    c.showPage()
    return _done(c, buf)


def birth_albania(b: dict, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf)
    c.setFillColorRGB(0.75, 0.05, 0.1)
    c.setFont("SansB", 12)
    c.drawCentredString(PW / 2, PH - 55, "REPUBLIKA E SHQIPËRISË")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Sans", 9.5)
    c.drawCentredString(PW / 2, PH - 70, "MINISTRIA E BRENDSHME")
    c.drawCentredString(PW / 2, PH - 83, "DREJTORIA E PËRGJITHSHME E GJENDJES CIVILE")
    c.setFont("SansB", 15)
    c.drawCentredString(PW / 2, PH - 120, "CERTIFIKATË LINDJEJE")
    c.setFont("Sans", 8.5)
    c.drawCentredString(
        PW / 2, PH - 134, f"Nr. protokolli {b['protocol']}   Data: {b['copy_date_dot']}"
    )
    rows = [
        ("Numri personal (NID)", b["nid"]),
        ("Emri", b["given"]),
        ("Mbiemri", b["surname"]),
        ("Atësia", b["father"]),
        ("Amësia", b["mother"]),
        ("Mbiemri i vajzërisë së nënës", b["mother_maiden"]),
        ("Datëlindja", b["dob_dot"]),
        ("Vendlindja", b["pob"]),
        ("Gjinia", b["sex_word"]),
        ("Shtetësia", "Shqiptare"),
        ("Gjendja civile", b["civil"]),
        ("Akti i lindjes", b["act"]),
    ]
    y = PH - 175
    c.setStrokeColorRGB(0.55, 0.55, 0.6)
    for lab, val in rows:
        c.rect(60, y - 6, PW - 120, 20)
        c.line(250, y - 6, 250, y + 14)
        c.setFont("Sans", 9.5)
        c.drawString(66, y, lab)
        c.setFont("SansB", 10)
        c.drawString(258, y, val)
        y -= 20
    y = para(
        c,
        60,
        y - 20,
        "Ky certifikatë lëshohet në bazë të të dhënave të Regjistrit Kombëtar "
        "të Gjendjes Civile dhe është e vlefshme për përdorim jashtë vendit.",
        "Sans",
        9,
        PW - 120,
    )
    c.setFont("Sans", 9)
    c.drawString(60, y - 20, f"Zyra e Gjendjes Civile {b['office']}")
    c.drawString(360, y - 20, "Nëpunësi i Gjendjes Civile")
    signature(c, 370, y - 70, "E. Shehu", rng, ink=(0.1, 0.1, 0.3), font="Dkg")
    stamp(
        c,
        250,
        y - 70,
        38,
        "REPUBLIKA E SHQIPERISE GJENDJA CIVILE ",
        ["ZGJC", b["office"][:8]],
        rng,
        (0.1, 0.15, 0.5),
    )
    c.setFont("Mono", 7)
    c.drawString(60, 50, f"Dokument i gjeneruar nga e-Albania — kodi i verifikimit {b['verif']}")
    c.showPage()
    return _done(c, buf)


def birth_laos(b: dict, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf)
    c.setFont("Sans", 11)
    c.drawCentredString(PW / 2, PH - 50, "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ")
    c.setFont("Sans", 9)
    c.drawCentredString(PW / 2, PH - 64, "LAO PEOPLE'S DEMOCRATIC REPUBLIC")
    c.drawCentredString(PW / 2, PH - 76, "ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ")
    c.setFont("Sans", 9)
    c.drawString(50, PH - 105, f"ແຂວງ {b['province_lo']} / Province: {b['province']}")
    c.drawString(50, PH - 118, f"ເມືອງ {b['district_lo']} / District: {b['district']}")
    c.drawRightString(PW - 50, PH - 105, f"ເລກທີ / No: {b['no']}")
    c.setFont("SansB", 15)
    c.drawCentredString(PW / 2, PH - 150, "ໃບແຈ້ງເກີດ")
    c.setFont("SansB", 11)
    c.drawCentredString(PW / 2, PH - 166, "BIRTH CERTIFICATE")
    rows = [
        ("ຊື່ ແລະ ນາມສະກຸນ / Name and surname", f"{b['given']} {b['surname']}"),
        ("ເພດ / Sex", b["sex_word"]),
        ("ວັນເດືອນປີເກີດ / Date of birth", b["dob_dot"]),
        ("ສະຖານທີ່ເກີດ / Place of birth", b["pob"]),
        ("ສັນຊາດ / Nationality", "Lao"),
        ("ຊື່ພໍ່ / Father", b["father"]),
        ("ຊື່ແມ່ / Mother", b["mother"]),
        ("ທີ່ຢູ່ / Address", b["home"]),
    ]
    y = PH - 205
    for lab, val in rows:
        c.setFont("Sans", 9.5)
        c.drawString(60, y, lab)
        c.setDash(1, 2)
        c.line(260, y - 3, PW - 60, y - 3)
        c.setDash()
        hand(c, 265, y, val, rng, "Dkg", 12.5, (0.1, 0.1, 0.35))
        y -= 26
    c.setFont("Sans", 9)
    c.drawString(60, y - 10, f"ອອກໃຫ້ທີ່ {b['district_lo']}, ວັນທີ {b['issued_dot']}")
    c.drawString(360, y - 10, "ນາຍບ້ານ / ຫົວໜ້າຫ້ອງການ")
    signature(c, 370, y - 60, "Khamla", rng, ink=(0.1, 0.1, 0.3), font="Dkg")
    stamp(
        c,
        280,
        y - 60,
        36,
        "LAO PDR CIVIL REGISTRY OFFICE ",
        ["ເມືອງ", b["district"][:9]],
        rng,
        (0.7, 0.1, 0.15),
    )
    # legalisation stamps (rectangular, Lao MFA then French embassy)
    y0 = 215
    for k, (title, lines) in enumerate(b["legal"]):
        x0 = 50 + k * 255
        c.saveState()
        c.translate(x0, y0)
        c.rotate(rng.uniform(-3, 3))
        c.setStrokeColorRGB(0.15, 0.2, 0.55)
        c.setFillColorRGB(0.15, 0.2, 0.55)
        c.setLineWidth(1.4)
        c.rect(0, -10, 240, 120)
        c.setFont("SansB", 8.5)
        c.drawString(6, 96, title)
        c.setFont("Sans", 7.8)
        for i, ln in enumerate(lines):
            c.drawString(6, 82 - i * 11, ln)
        c.restoreState()
        signature(
            c,
            x0 + 120,
            y0 + 5,
            "Phomma" if k == 0 else "Ch. Duval",
            rng,
            ink=(0.1, 0.1, 0.3),
            font="Dkg",
        )
    c.showPage()
    return _done(c, buf)


def birth_mauritius(b: dict, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf)
    c.setFont("LibSerifB", 13)
    c.drawCentredString(PW / 2, PH - 55, "REPUBLIC OF MAURITIUS")
    c.setFont("LibSerif", 10)
    c.drawCentredString(PW / 2, PH - 70, "Prime Minister's Office — Civil Status Division")
    c.setFont("LibSerifB", 16)
    c.drawCentredString(PW / 2, PH - 105, "BIRTH CERTIFICATE")
    c.setFont("LibSerif", 9)
    c.drawCentredString(PW / 2, PH - 120, "(Extract of Birth Entry — Civil Status Act, Section 20)")
    c.drawString(50, PH - 145, f"Civil Status Office: {b['office']}")
    c.drawRightString(PW - 50, PH - 145, f"Entry No. {b['entry']} / {b['dob'][:4]}")
    rows = [
        ("Surname", b["surname"]),
        ("Other names", b["given"]),
        ("Sex", b["sex_word"]),
        ("Date of birth", b["dob_words"]),
        ("Place of birth", b["pob"]),
        ("Father's name", b["father"]),
        ("Mother's name", b["mother"]),
        ("Mother's maiden name", b["mother_maiden"]),
        ("Date of registration", b["reg_words"]),
    ]
    y = PH - 180
    c.setStrokeColorRGB(0.3, 0.3, 0.3)
    c.rect(50, y - len(rows) * 24 + 14, PW - 100, len(rows) * 24 + 4)
    for lab, val in rows:
        c.setFont("LibSerif", 10.5)
        c.drawString(60, y, lab)
        c.setFont("LibSerifB", 11)
        c.drawString(220, y, val)
        y -= 24
    y = para(
        c,
        50,
        y - 20,
        "I certify that the above is a true extract of the birth entry "
        "recorded in the register of births kept at the Civil Status Office named above.",
        "LibSerif",
        10,
        PW - 100,
    )
    c.setFont("LibSerif", 10)
    c.drawString(50, y - 14, f"Issued on {b['issued_words']}")
    c.drawString(340, y - 14, "Civil Status Officer")
    signature(c, 350, y - 60, "R. Jugnauth", rng, ink=(0.1, 0.1, 0.3), font="Dkg")
    stamp(c, 250, y - 60, 38, "CIVIL STATUS OFFICE MAURITIUS ", [b["office"][:10].upper()], rng)
    c.setFont("LibSerif", 7.5)
    c.drawString(
        50, 50, "This extract is issued on security paper. Any alteration renders it void."
    )
    c.showPage()
    return _done(c, buf)


# ====================================================================== apostille
def apostille(a: dict, rng: random.Random) -> bytes:
    """Hague 1961 model: title, 10 numbered items, seal and signature."""
    buf = io.BytesIO()
    c = new_canvas(buf)
    x0, y0, w, h = 90, PH - 470, PW - 180, 400
    c.setLineWidth(2)
    c.rect(x0, y0, w, h)
    c.setFont("SerifB", 20)
    c.drawCentredString(PW / 2, y0 + h - 40, "APOSTILLE")
    c.setFont("Serif", 8.5)
    c.drawCentredString(PW / 2, y0 + h - 56, a["conv_line"])
    items = [
        f"1. {a['l_country']}: {a['country']}",
        a["l_intro"],
        f"2. {a['l_signed']}: {a['signer']}",
        f"3. {a['l_capacity']}: {a['capacity']}",
        f"4. {a['l_seal']}: {a['seal']}",
        a["l_cert"],
        f"5. {a['l_at']}: {a['place']}",
        f"6. {a['l_date']}: {a['date_txt']}",
        f"7. {a['l_by']}: {a['by']}",
        f"8. {a['l_no']}: {a['number']}",
        f"9. {a['l_stamp']}:",
        f"10. {a['l_sig']}:",
    ]
    y = y0 + h - 85
    for it in items:
        y = para(c, x0 + 18, y, it, "Serif", 10, w - 36, 13) - 9
    stamp(
        c, x0 + 120, y0 + 55, 40, a["seal_ring"], ["APOSTILLE"], rng, a.get("col", (0.6, 0.1, 0.1))
    )
    signature(c, x0 + 250, y0 + 45, a["signed_by_sig"], rng, ink=(0.1, 0.1, 0.3), font="Dkg")
    c.showPage()
    return _done(c, buf)


# ====================================================================== sworn translation
def translation(t: dict, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf)
    c.setFont("LibSerifI", 9)
    c.drawString(50, PH - 45, t["header"])
    c.setFont("LibSerifB", 12)
    c.drawCentredString(PW / 2, PH - 80, "TRADUCTION CERTIFIÉE CONFORME")
    c.setFont("LibSerif", 10)
    c.drawCentredString(PW / 2, PH - 95, t["from_lang"])
    y = PH - 130
    for ln in t["lines"]:
        y = para(c, 60, y, ln, "LibSerif", 10.5, PW - 120, 14) - 6
    y = para(c, 60, y - 20, t["cert"], "LibSerifI", 9.5, PW - 120)
    c.setFont("LibSerif", 10)
    c.drawString(330, y - 18, f"{t['city']}, le {fr(t['date'])}")
    signature(c, 340, y - 70, t["sig"], rng, ink=(0.1, 0.1, 0.35))
    stamp(c, 200, y - 70, 42, t["stamp_ring"], ["TRADUCTEUR", "EXPERT"], rng, (0.1, 0.2, 0.55))
    c.setFont("LibSerif", 8)
    c.drawString(60, 50, f"Traduction n° {t['no']} — 1 page")
    c.showPage()
    return _done(c, buf)


# ====================================================================== attestation d'hébergement
def attestation_hand(a: dict, rng: random.Random) -> bytes:
    """Handwritten on a lined sheet (Seyès-like)."""
    buf = io.BytesIO()
    c = new_canvas(buf)
    c.setStrokeColorRGB(0.75, 0.8, 0.95)
    c.setLineWidth(0.4)
    for y in range(40, int(PH) - 30, 8):
        c.line(0, y, PW, y)
    c.setStrokeColorRGB(0.9, 0.5, 0.6)
    c.line(80, 0, 80, PH)
    font, ink = a.get("font", "Ecolier"), (0.08, 0.1, 0.45)
    y = PH - 70
    for ln in a["top"]:
        hand(c, 95, y, ln, rng, font, 13, ink)
        y -= 24
    y -= 24
    hand(c, 210, y, "Attestation d'hébergement", rng, font, 17, ink)
    c.setStrokeColorRGB(*ink)
    c.line(205, y - 5, 420, y - 4)
    y -= 48
    for ln in a["body"]:
        hand(c, 95, y, ln, rng, font, 13, ink)
        y -= 24
    y -= 20
    hand(c, 330, y, a["date_line"], rng, font, 13, ink)
    signature(c, 350, y - 70, a["sig"], rng, ink=ink)
    c.showPage()
    return _done(c, buf)


# ====================================================================== récépissé
def recepisse(r: dict, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf)
    c.setFillColorRGB(0.0, 0.14, 0.58)
    c.rect(40, PH - 90, 6, 50, fill=1, stroke=0)
    c.setFillColorRGB(0.93, 0.16, 0.22)
    c.rect(46, PH - 90, 6, 50, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("LibB", 10)
    c.drawString(60, PH - 52, "PRÉFET")
    c.drawString(60, PH - 64, "DES BOUCHES-")
    c.drawString(60, PH - 76, "DU-RHÔNE")
    c.setFont("LibSerifI", 7.5)
    c.drawString(60, PH - 88, "Liberté Égalité Fraternité")
    c.setFont("LibB", 13)
    c.drawCentredString(PW / 2 + 60, PH - 60, "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR")
    c.setFont("Lib", 9.5)
    c.drawCentredString(
        PW / 2 + 60, PH - 75, "Première demande — autorise la présence sur le territoire français"
    )
    c.setFont("LibB", 11)
    c.drawString(60, PH - 120, f"N° {r['number']}")
    c.drawRightString(PW - 50, PH - 120, f"AGDREF : {r['agdref']}")
    im = face(260, 330, rng, skin=(160, 110, 80))
    c.drawImage(ImageReader(im), 60, PH - 300, 110, 140)
    rows = [
        ("Nom", r["surname"]),
        ("Prénoms", r["given"]),
        ("Sexe", r["sex"]),
        ("Né(e) le", fr(r["dob"])),
        ("à", r["pob"]),
        ("Nationalité", r["nat_word"]),
        ("Adresse", r["address"]),
    ]
    y = PH - 160
    for lab, val in rows:
        c.setFont("Lib", 9.5)
        c.drawString(190, y, lab)
        c.setFont("LibB", 10)
        c.drawString(270, y, val)
        y -= 18
    y = PH - 340
    c.setFont("Lib", 10)
    y = para(
        c, 60, y, f"Motif de la demande : {r['motive']}. {r['work_line']}", "Lib", 10, PW - 110
    )
    c.setStrokeColorRGB(0, 0, 0)
    c.rect(60, y - 60, PW - 120, 50)
    c.setFont("LibB", 12)
    c.drawString(75, y - 32, f"Valable du  {fr(r['from'])}   au  {fr(r['until'])}")
    y -= 100
    c.setFont("Lib", 10)
    c.drawString(60, y, f"Délivré à Marseille, le {fr(r['from'])}")
    c.drawString(330, y, "Pour le préfet et par délégation,")
    signature(c, 340, y - 50, "M. Ferracci", rng, ink=(0.1, 0.1, 0.3), font="Dkg")
    stamp(c, 250, y - 55, 38, "PREFECTURE DES BOUCHES DU RHONE ", ["BUREAU", "DES ÉTRANGERS"], rng)
    c.setFont("Lib", 7.5)
    c.drawString(
        60,
        50,
        "Ce récépissé doit être présenté avec le passeport. Toute surcharge ou rature le rend nul.",
    )
    c.showPage()
    return _done(c, buf)
