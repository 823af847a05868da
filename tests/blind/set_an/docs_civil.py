"""Birth certificates of Benin, Serbia, Cambodia and Rwanda, and Hague apostilles."""

from __future__ import annotations

import io

from docs_id import d_words, dmy
from render import draw_pil, new_canvas, signature_image, stamp_image

A4 = (595.27, 841.89)


def _lab_val(c, x, y, label, value, lf="Serif", vf="Serif-B", ls=9, vs=10.5, gap=None):
    c.setFont(lf, ls)
    c.drawString(x, y, label)
    gx = gap if gap is not None else c.stringWidth(label, lf, ls) + 6
    c.setFont(vf, vs)
    c.drawString(x + gx, y, value)


def birth_benin(p, b, rng):
    buf = io.BytesIO()
    c = new_canvas(buf, A4)
    W, H = A4
    c.setFont("Serif-B", 11)
    c.drawCentredString(W / 2, H - 50, "RÉPUBLIQUE DU BÉNIN")
    c.setFont("Serif-I", 9)
    c.drawCentredString(W / 2, H - 63, "Fraternité - Justice - Travail")
    c.setFont("Serif", 9)
    c.drawString(50, H - 90, "DÉPARTEMENT DE L'OUÉMÉ")
    c.drawString(50, H - 102, "COMMUNE DE PORTO-NOVO")
    c.drawString(50, H - 114, "CENTRE D'ÉTAT CIVIL : 1er ARRONDISSEMENT")
    c.drawRightString(W - 50, H - 90, f"Acte N° {b['act_no']}")
    c.drawRightString(W - 50, H - 102, f"Année {p['dob'][:4]}")
    c.setFont("Serif-B", 15)
    c.drawCentredString(W / 2, H - 150, "COPIE INTÉGRALE D'ACTE DE NAISSANCE")
    c.setLineWidth(0.6)
    c.line(120, H - 156, W - 120, H - 156)
    y = H - 195
    rows = [
        ("Le", d_words(p["dob"]).upper() + f", à {b['hour']}"),
        ("est né(e) à", f"{p['pob'].upper()} (Maternité de l'Hôpital de Zone)"),
        ("l'enfant de sexe", "FÉMININ" if p["sex"] == "F" else "MASCULIN"),
        ("Nom", p["surname"].upper()),
        ("Prénoms", p["given"]),
        ("fils/fille de", b["father"]),
        ("profession", b["father_job"]),
        ("et de", b["mother"]),
        ("profession", b["mother_job"]),
        ("domiciliés à", b["parents_home"]),
    ]
    for lab, val in rows:
        c.setFont("Serif", 10)
        c.drawString(70, y, lab)
        c.drawString(170, y, ":")
        c.setFont("Serif-B", 10.5)
        c.drawString(185, y, val)
        c.setDash(1, 2)
        c.line(185 + c.stringWidth(val, "Serif-B", 10.5) + 4, y - 1, W - 70, y - 1)
        c.setDash()
        y -= 24
    c.setFont("Serif", 10)
    txt = [
        f"Dressé le {d_words(b['drawn'])}, sur la déclaration du père, qui a signé avec Nous,",
        f"{b['officer']}, Officier de l'état civil, après lecture faite.",
        "Mentions marginales : Néant.",
        "",
        f"Pour copie certifiée conforme à l'original, délivrée à Porto-Novo le {dmy(b['issued'])}.",
    ]
    for ln in txt:
        c.drawString(70, y, ln)
        y -= 15
    c.drawString(W - 250, y - 20, "L'Officier de l'état civil")
    draw_pil(
        c, signature_image(b["officer"].split()[-1], rng, color=(20, 20, 30)), W - 260, y - 95, 130
    )
    st = stamp_image(["MAIRIE DE", "PORTO-NOVO", "ÉTAT CIVIL"], rng, color=(30, 70, 150))
    draw_pil(c, st, W - 330, y - 130, 95)
    c.setFont("Sans", 7)
    c.drawString(50, 40, "Timbre fiscal acquitté - 500 FCFA")
    c.showPage()
    c.save()
    return buf.getvalue()


def birth_serbia(p, b, rng):
    """Extract from the register of births, Serbian domestic form (Cyrillic + Latin)."""
    buf = io.BytesIO()
    c = new_canvas(buf, A4)
    W, H = A4
    c.setFillColorRGB(0.97, 0.95, 0.9)
    c.rect(30, 30, W - 60, H - 60, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("DejaVu-B", 10)
    c.drawCentredString(W / 2, H - 60, "РЕПУБЛИКА СРБИЈА / REPUBLIKA SRBIJA")
    c.setFont("DejaVu", 8.5)
    c.drawString(50, H - 85, "Град / Grad: КРАГУЈЕВАЦ / KRAGUJEVAC")
    c.drawString(50, H - 97, "Матично подручје / Matično područje: КРАГУЈЕВАЦ")
    c.setFont("DejaVu-B", 13)
    c.drawCentredString(W / 2, H - 130, "ИЗВОД ИЗ МАТИЧНЕ КЊИГЕ РОЂЕНИХ")
    c.setFont("DejaVu", 9)
    c.drawCentredString(W / 2, H - 144, "IZVOD IZ MATIČNE KNJIGE ROĐENIH")
    rows = [
        ("1", "Презиме / Prezime", p["surname_local"]),
        ("2", "Име / Ime", p["given_local"]),
        ("3", "Пол / Pol", "мушки / muški" if p["sex"] == "M" else "женски / ženski"),
        ("4", "Дан, месец, година рођења", f"{dmy(p['dob'], '.')}."),
        ("5", "Место рођења / Mesto rođenja", f"{p['pob']}, Република Србија"),
        ("6", "Држављанство / Državljanstvo", "Република Србија"),
        ("7", "Отац: име и презиме / Otac", b["father"]),
        ("8", "Мајка: име и презиме / Majka", b["mother"]),
        ("9", "ЈМБГ", b["jmbg"]),
        ("10", "Накнадни уписи и забелешке", "—"),
    ]
    y = H - 180
    c.setLineWidth(0.5)
    for n, lab, val in rows:
        c.rect(50, y - 8, W - 100, 24, stroke=1, fill=0)
        c.setFont("DejaVu", 7.5)
        c.drawString(55, y + 2, n)
        c.drawString(72, y + 2, lab)
        c.setFont("DejaVu-B", 9.5)
        c.drawString(260, y + 2, val)
        y -= 24
    c.setFont("DejaVu", 8)
    c.drawString(50, y - 20, f"Број / Broj: {b['act_no']}")
    c.drawString(50, y - 34, f"У Крагујевцу / U Kragujevcu, {dmy(b['issued'], '.')}. године")
    c.drawString(W - 220, y - 34, "Матичар / Matičar")
    c.drawString(W - 220, y - 95, b["officer"])
    draw_pil(c, signature_image("Jovanović", rng, color=(25, 25, 80)), W - 225, y - 85, 120)
    st = stamp_image(["РЕПУБЛИКА СРБИЈА", "ГРАД КРАГУЈЕВАЦ", "МАТИЧАР"], rng, color=(40, 40, 130))
    draw_pil(c, st, 90, y - 150, 100)
    c.setFont("DejaVu", 6.5)
    c.drawString(50, 45, "Републичка административна такса у износу од 730,00 динара наплаћена.")
    c.showPage()
    c.save()
    return buf.getvalue()


def birth_cambodia(p, b, rng):
    """Certified English translation issued with the Khmer birth certificate."""
    buf = io.BytesIO()
    c = new_canvas(buf, A4)
    W, H = A4
    c.setFont("Caladea-B", 13)
    c.drawCentredString(W / 2, H - 55, "KINGDOM OF CAMBODIA")
    c.setFont("Caladea", 11)
    c.drawCentredString(W / 2, H - 70, "Nation   Religion   King")
    c.setFont("Caladea", 9)
    c.drawString(45, H - 100, "Province: Battambang")
    c.drawString(45, H - 112, "District: Battambang Municipality")
    c.drawString(45, H - 124, "Commune: Svay Por")
    c.drawRightString(W - 45, H - 100, f"No: {b['act_no']}")
    c.drawRightString(W - 45, H - 112, f"Book No: {b['book']}")
    c.setFont("Caladea-B", 16)
    c.drawCentredString(W / 2, H - 165, "BIRTH CERTIFICATE")
    c.setFont("Caladea", 9)
    c.drawCentredString(W / 2, H - 180, "(Translated from the Khmer original)")
    rows = [
        ("Family name", p["surname"].upper()),
        ("Given name", p["given"].upper()),
        ("Sex", "Female" if p["sex"] == "F" else "Male"),
        ("Nationality", "Khmer"),
        ("Date of birth", f"{int(p['dob'][8:10])} {b['month_en']} {p['dob'][:4]}"),
        ("Place of birth", "Battambang Provincial Hospital, Battambang Province"),
        ("Father's name", b["father"]),
        ("Mother's name", b["mother"]),
        ("Address of parents", b["parents_home"]),
    ]
    y = H - 220
    for lab, val in rows:
        c.setFont("Caladea", 10.5)
        c.drawString(70, y, f"{lab}")
        c.drawString(200, y, ":")
        c.setFont("Caladea-B", 10.5)
        c.drawString(212, y, val)
        y -= 22
    c.setFont("Caladea", 10)
    c.drawString(70, y - 10, f"Registered on: {b['registered']}")
    c.drawString(70, y - 26, "Registrar: " + b["officer"])
    c.drawString(W - 230, y - 60, "Battambang, " + b["issued_en"])
    c.drawString(W - 230, y - 74, "Commune Chief / Civil Registrar")
    draw_pil(c, signature_image("Vuthy", rng, color=(20, 20, 110)), W - 235, y - 150, 120)
    st = stamp_image(["SVAY POR", "COMMUNE", "BATTAMBANG"], rng, color=(170, 30, 40))
    draw_pil(c, st, W - 300, y - 170, 95)
    # legalisation block (Cambodia is not party to the Apostille Convention)
    c.setFont("Caladea-B", 9)
    c.drawString(50, 190, "MINISTRY OF FOREIGN AFFAIRS AND INTERNATIONAL COOPERATION")
    c.setFont("Caladea", 8.5)
    c.drawString(50, 178, f"Seen for legalisation of the signature of Mr. {b['officer']}.")
    c.drawString(50, 166, f"Phnom Penh, {b['legal_mfa']}   No. {b['legal_no']}")
    draw_pil(
        c, stamp_image(["MFA", "CONSULAR", "PHNOM PENH"], rng, color=(120, 30, 140)), 60, 70, 85
    )
    c.setFont("Serif-B", 8.5)
    c.drawString(W - 270, 190, "AMBASSADE DE FRANCE AU CAMBODGE")
    c.setFont("Serif", 8)
    c.drawString(W - 270, 178, "Vu pour légalisation de la signature de")
    c.drawString(W - 270, 167, "M. le Directeur du Département consulaire (MAECI)")
    c.drawString(
        W - 270, 156, f"Phnom Penh, le {b['legal_fr']}  - Légalisation n° {b['legal_fr_no']}"
    )
    draw_pil(
        c,
        stamp_image(["AMBASSADE", "DE FRANCE", "PHNOM PENH"], rng, color=(30, 50, 150)),
        W - 200,
        60,
        85,
    )
    c.showPage()
    c.save()
    return buf.getvalue()


def birth_rwanda(p, b, rng):
    """Rwanda birth certificate (Kinyarwanda / English / French), NIDA-era layout."""
    buf = io.BytesIO()
    c = new_canvas(buf, A4)
    W, H = A4
    c.setFillColorRGB(0.0, 0.45, 0.75)
    c.rect(0, H - 22, W, 22, stroke=0, fill=1)
    c.setFillColorRGB(0.98, 0.82, 0.1)
    c.rect(0, H - 28, W, 6, stroke=0, fill=1)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("Open-B", 11)
    c.drawCentredString(
        W / 2, H - 55, "REPUBULIKA Y'U RWANDA / REPUBLIC OF RWANDA / RÉPUBLIQUE DU RWANDA"
    )
    c.setFont("Open", 8.5)
    c.drawCentredString(
        W / 2, H - 70, f"Intara/Province: {b['province']}   Akarere/District: {b['district']}"
    )
    c.setFont("Open-B", 15)
    c.drawCentredString(W / 2, H - 105, "ICYEMEZO CY'AMAVUKO")
    c.setFont("Open-SB", 10)
    c.drawCentredString(W / 2, H - 121, "BIRTH CERTIFICATE / ACTE DE NAISSANCE")
    c.setFont("Open", 8)
    c.drawRightString(W - 45, H - 145, f"Nomero/No/N°: {b['act_no']}")
    rows = [
        (
            "Amazina y'umwana / Names of the child / Noms de l'enfant",
            p["surname"].upper() + " " + p["given"],
        ),
        ("Igitsina / Sex / Sexe", "Gabo / Male / Masculin" if p["sex"] == "M" else "Gore / Female"),
        ("Itariki y'amavuko / Date of birth / Date de naissance", dmy(p["dob"])),
        ("Aho yavukiye / Place of birth / Lieu de naissance", f"{p['pob']}, {b['district']}"),
        ("Se / Father / Père", b["father"]),
        ("Nyina / Mother / Mère", b["mother"]),
        ("Itariki y'iyandikwa / Date of registration", dmy(b["registered"])),
    ]
    y = H - 175
    for lab, val in rows:
        c.setFont("Open", 7.5)
        c.setFillColorRGB(0.3, 0.3, 0.35)
        c.drawString(55, y + 11, lab)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Open-B", 10.5)
        c.drawString(55, y - 2, val)
        c.setStrokeColorRGB(0.75, 0.75, 0.8)
        c.line(55, y - 7, W - 55, y - 7)
        y -= 36
    c.setFont("Open", 8.5)
    c.drawString(55, y - 10, f"Bitangiwe i/Issued at/Délivré à {b['district']}, {dmy(b['issued'])}")
    c.drawString(W - 240, y - 40, "Umwanditsi w'Irangamimerere")
    c.drawString(W - 240, y - 52, "Civil Registrar / Officier de l'état civil")
    draw_pil(
        c, signature_image(b["officer"].split()[0], rng, color=(20, 20, 90)), W - 240, y - 130, 120
    )
    c.drawString(W - 240, y - 140, b["officer"])
    draw_pil(
        c,
        stamp_image(["REPUBLIC OF RWANDA", b["district"].upper(), "CIVIL REGISTRY"], rng),
        80,
        y - 170,
        100,
    )
    c.showPage()
    c.save()
    return buf.getvalue()


def apostille(a, rng):
    """Hague Convention model certificate, 10 numbered items, in the issuer's languages."""
    buf = io.BytesIO()
    c = new_canvas(buf, A4)
    W, H = A4
    x0, y0, bw, bh = 90, H - 470, W - 180, 410
    c.setLineWidth(1.4)
    c.rect(x0, y0, bw, bh)
    c.setFont(a.get("font", "DejaVu-B"), 20)
    c.drawCentredString(W / 2, y0 + bh - 35, "APOSTILLE")
    c.setFont(a.get("font_l", "DejaVu"), 8)
    c.drawCentredString(W / 2, y0 + bh - 50, a["header"])
    items = a["items"]
    y = y0 + bh - 80
    for i, (lab, val) in enumerate(items, 1):
        c.setFont("DejaVu", 8.2)
        c.drawString(x0 + 15, y, f"{i}. {lab}")
        c.setFont("DejaVu-B", 9)
        c.drawString(x0 + 15 + c.stringWidth(f"{i}. {lab}", "DejaVu", 8.2) + 6, y, val)
        y -= 24 if i not in (4, 5) else 30
    draw_pil(
        c,
        stamp_image(a["stamp"], rng, color=a.get("stamp_rgb", (60, 40, 140))),
        x0 + 25,
        y0 + 10,
        95,
    )
    draw_pil(c, signature_image(a["signed_by"].split()[-1], rng), x0 + bw - 170, y0 + 20, 140)
    c.showPage()
    c.save()
    return buf.getvalue()
