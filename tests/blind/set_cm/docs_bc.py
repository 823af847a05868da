"""Birth certificates of Burundi, Cuba, Thailand and Albania; translations and legalisations."""

from util import A4, MM, finish, guilloche, new_pdf, signature, stamp_box, stamp_round, wrap


def _field_lines(c, x, y, rows, lab_font, val_font, size, lab_w, lead, dotted=True):
    for lab, val in rows:
        c.setFont(lab_font, size)
        c.drawString(x, y, lab)
        c.setFont(val_font, size + 0.5)
        c.drawString(x + lab_w, y, val)
        if dotted:
            c.setDash(1, 2)
            c.setLineWidth(0.4)
            c.line(x + lab_w - 2, y - 2, A4[0] - 22 * MM, y - 2)
            c.setDash()
        y -= lead
    return y


def burundi(b, rng):
    """Extrait d'acte de naissance, commune civil registry, typed on a pre-printed form."""
    c, buf = new_pdf()
    W, H = A4
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("SerifB", 11)
    c.drawString(22 * MM, H - 22 * MM, "RÉPUBLIQUE DU BURUNDI")
    c.setFont("Serif", 9)
    for i, ln in enumerate(["MINISTÈRE DE L'INTÉRIEUR, DU DÉVELOPPEMENT",
                            "COMMUNAUTAIRE ET DE LA SÉCURITÉ PUBLIQUE",
                            "PROVINCE DE BUJUMBURA", "COMMUNE " + b["commune"],
                            "SERVICE DE L'ÉTAT CIVIL"]):  # fmt: skip
        c.drawString(22 * MM, H - (28 + 4.5 * i) * MM, ln)
    c.setFont("SerifB", 16)
    c.drawCentredString(W / 2, H - 62 * MM, "EXTRAIT D'ACTE DE NAISSANCE")
    c.setFont("Serif", 10)
    c.drawCentredString(W / 2, H - 69 * MM, f"N° {b['act_no']} / Registre de l'année {b['year']}")
    rows = [("Nom :", b["surname"]), ("Prénoms :", b["given"]), ("Sexe :", b["sex_word"]),
            ("Né(e) le :", b["dob_words"]), ("À :", b["pob"]),
            ("Fils/Fille de :", b["father"]), ("Et de :", b["mother"]),
            ("Domicile des parents :", b["parents_home"]),
            ("Déclarant :", b["declarant"]), ("Date de la déclaration :", b["decl_date"])]  # fmt: skip
    y = _field_lines(c, 26 * MM, H - 86 * MM, rows, "Serif", "Courier", 10, 52 * MM, 9.5 * MM)
    c.setFont("Serif", 10)
    y = wrap(c, 26 * MM, y - 4 * MM, "Pour extrait certifié conforme aux indications portées au "
             "registre des actes de naissance de la commune.", W - 52 * MM, "Serif", 10)  # fmt: skip
    c.drawString(W / 2, y - 8 * MM, f"Fait à Bujumbura, le {b['issued_words']}")
    c.drawString(W / 2, y - 15 * MM, "L'Officier de l'État Civil,")
    signature(c, W / 2 + 5 * MM, y - 38 * MM, 45 * MM, 12 * MM, rng)
    c.setFont("SerifB", 9.5)
    c.drawString(W / 2, y - 45 * MM, b["officer"])
    stamp_round(c, 55 * MM, y - 30 * MM, 18 * MM, "RÉPUBLIQUE DU BURUNDI * COMMUNE " + b["commune"],
                ["ÉTAT CIVIL"], rng, (0.15, 0.2, 0.55))  # fmt: skip
    c.setFont("Serif", 7)
    c.drawString(22 * MM, 15 * MM, "Droit perçu : 2.000 FBu  -  Quittance n° " + b["receipt"])
    c.showPage()
    return finish(c, buf)


def cuba(b, rng):
    """Certificación de Nacimiento (Registro del Estado Civil) with MINREX + consulate legalisation
    on the back. Returns a two-page PDF."""
    c, buf = new_pdf()
    W, H = A4
    c.setFillColorRGB(0.97, 0.95, 0.88)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    guilloche(c, 15 * MM, 15 * MM, W - 30 * MM, H - 30 * MM, rng, (0.9, 0.85, 0.75), 60)
    c.setFillColorRGB(0.1, 0.1, 0.15)
    c.setFont("LibSerifB", 12)
    c.drawCentredString(W / 2, H - 25 * MM, "REPÚBLICA DE CUBA")
    c.setFont("LibSerif", 10)
    c.drawCentredString(W / 2, H - 31 * MM, "MINISTERIO DE JUSTICIA")
    c.drawCentredString(W / 2, H - 36 * MM, "REGISTRO DEL ESTADO CIVIL")
    c.setFont("LibSerifB", 15)
    c.drawCentredString(W / 2, H - 48 * MM, "CERTIFICACIÓN DE NACIMIENTO")
    c.setFont("LibSerif", 9.5)
    c.drawString(25 * MM, H - 58 * MM, f"Registro Civil de: {b['registry']}")
    c.drawString(25 * MM, H - 63 * MM, f"Tomo: {b['tomo']}     Folio: {b['folio']}")
    c.drawRightString(W - 25 * MM, H - 58 * MM, f"Serie: {b['serie']}  No. {b['cert_no']}")
    rows = [("Nombre(s):", b["given"]), ("Primer apellido:", b["ap1"]),
            ("Segundo apellido:", b["ap2"]), ("Sexo:", b["sexo"]),
            ("Fecha de nacimiento:", b["dob_es"]), ("Lugar de nacimiento:", b["pob"]),
            ("Municipio:", b["municipio"]), ("Provincia:", b["provincia"]),
            ("Nombre del padre:", b["father"]), ("Nombre de la madre:", b["mother"]),
            ("Abuelos paternos:", b["gp_p"]), ("Abuelos maternos:", b["gp_m"]),
            ("Notas marginales:", "NO TIENE")]  # fmt: skip
    y = H - 75 * MM
    for lab, val in rows:
        c.setFont("LibSerif", 9.5)
        c.drawString(25 * MM, y, lab)
        c.setFont("LibB", 10)
        c.drawString(70 * MM, y, val)
        c.setLineWidth(0.3)
        c.line(69 * MM, y - 2, W - 25 * MM, y - 2)
        y -= 8.2 * MM
    c.setFont("LibSerif", 9.5)
    y = wrap(c, 25 * MM, y - 4 * MM, "Y para que así conste, expido la presente certificación "
             f"a solicitud de la parte interesada, para trámites en el exterior, en {b['city']}, "
             f"a los {b['issued_es']}.", W - 50 * MM, "LibSerif", 9.5)  # fmt: skip
    signature(c, W - 90 * MM, y - 30 * MM, 50 * MM, 12 * MM, rng, ink=(0.05, 0.05, 0.3))
    c.setFont("LibSerif", 9)
    c.drawString(W - 92 * MM, y - 36 * MM, b["registrar"])
    c.drawString(W - 92 * MM, y - 41 * MM, "Registradora del Estado Civil")
    stamp_round(c, 55 * MM, y - 28 * MM, 17 * MM, "REGISTRO DEL ESTADO CIVIL * " + b["municipio"],
                ["REPÚBLICA", "DE CUBA"], rng, (0.1, 0.15, 0.5))  # fmt: skip
    c.setFont("LibSerif", 7)
    c.drawString(25 * MM, 20 * MM, "Sello del timbre: $ 5.00 CUP   -   Válido para trámites en el "
                 "exterior previa legalización")  # fmt: skip
    c.showPage()
    # back: legalisations
    c.setFillColorRGB(0.97, 0.95, 0.88)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    stamp_box(c, 25 * MM, H - 95 * MM, [
        "MINISTERIO DE RELACIONES EXTERIORES", "REPÚBLICA DE CUBA",
        "DIRECCIÓN DE ASUNTOS CONSULARES", "LEGALIZACIÓN No. " + b["minrex_no"],
        "Se legaliza la firma de " + b["registrar"], "Registradora del Estado Civil",
        "La Habana, " + b["minrex_date"], "Funcionario: " + b["minrex_officer"],
    ], rng, (0.1, 0.15, 0.5), 8.5)  # fmt: skip
    signature(c, 60 * MM, H - 110 * MM, 40 * MM, 10 * MM, rng)
    stamp_box(c, 95 * MM, H - 190 * MM, [
        "AMBASSADE DE FRANCE À CUBA", "SECTION CONSULAIRE",
        "VU POUR LÉGALISATION de la signature de", "M. " + b["minrex_officer"],
        "apposée ci-contre", "La Havane, le " + b["amb_date"], "Acte n° " + b["amb_no"],
        "Perçu : 25,00 EUR",
    ], rng, (0.55, 0.1, 0.15), 8.5)  # fmt: skip
    stamp_round(c, 70 * MM, H - 175 * MM, 15 * MM, "AMBASSADE DE FRANCE * LA HAVANE *",
                ["RF"], rng, (0.55, 0.1, 0.15))  # fmt: skip
    signature(c, 120 * MM, H - 205 * MM, 40 * MM, 10 * MM, rng, ink=(0.1, 0.1, 0.1))
    c.showPage()
    return finish(c, buf)


def translation_fr(t, rng):
    """Sworn translation into French (traducteur expert près la cour d'appel)."""
    c, buf = new_pdf()
    W, H = A4
    c.setFont("LibB", 10)
    c.drawString(22 * MM, H - 20 * MM, t["translator"])
    c.setFont("Lib", 8.5)
    for i, ln in enumerate(t["translator_lines"]):
        c.drawString(22 * MM, H - (25 + 4 * i) * MM, ln)
    c.setFont("LibB", 13)
    c.drawCentredString(W / 2, H - 52 * MM, "TRADUCTION CERTIFIÉE CONFORME")
    c.setFont("Lib", 9)
    c.drawCentredString(W / 2, H - 58 * MM, t["from_line"])
    y = H - 72 * MM
    for ln in t["body"]:
        if ln.startswith("#"):
            c.setFont("LibB", 10.5)
            c.drawCentredString(W / 2, y, ln[1:])
            y -= 7 * MM
            continue
        if ":" in ln:
            lab, val = ln.split(":", 1)
            c.setFont("Lib", 9.5)
            c.drawString(25 * MM, y, lab + " :")
            c.setFont("LibB", 9.5)
            c.drawString(75 * MM, y, val.strip())
            y -= 6.3 * MM
        else:
            y = wrap(c, 25 * MM, y, ln, W - 50 * MM, "Lib", 9.5) - 2 * MM
    c.setFont("LibSerif", 9)
    y = wrap(c, 25 * MM, y - 6 * MM, t["cert_text"], W - 50 * MM, "LibSerif", 9)
    c.drawString(W - 95 * MM, y - 6 * MM, t["signed_line"])
    stamp_round(c, W - 55 * MM, y - 32 * MM, 17 * MM, t["stamp"], t["stamp_c"], rng,
                (0.15, 0.25, 0.6))  # fmt: skip
    signature(c, W - 100 * MM, y - 38 * MM, 40 * MM, 10 * MM, rng)
    c.setFont("Lib", 7.5)
    c.drawString(22 * MM, 14 * MM, t["footer"])
    c.showPage()
    return finish(c, buf)


def thai(b, rng):
    """Thai birth certificate (สูติบัตร, ท.ร.3 style), in Thai."""
    c, buf = new_pdf()
    W, H = A4
    c.setFillColorRGB(0.98, 0.97, 0.93)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setStrokeColorRGB(0.2, 0.3, 0.5)
    c.setLineWidth(1.2)
    c.rect(15 * MM, 15 * MM, W - 30 * MM, H - 30 * MM)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("Thai", 9)
    c.drawString(20 * MM, H - 22 * MM, "ท.ร. ๓")
    c.drawRightString(W - 20 * MM, H - 22 * MM, "เลขที่ " + b["no_th"])
    stamp_round(c, W / 2, H - 32 * MM, 9 * MM, "กระทรวงมหาดไทย *", ["ครุฑ"], rng, (0.4, 0.1, 0.1))
    c.setFont("ThaiB", 20)
    c.drawCentredString(W / 2, H - 52 * MM, "สูติบัตร")
    c.setFont("Thai", 11)
    c.drawCentredString(W / 2, H - 59 * MM, "สำนักทะเบียน" + b["office_th"])
    rows = [("๑. ชื่อ", b["given_th"]), ("   ชื่อสกุล", b["surname_th"]),
            ("   เลขประจำตัวประชาชน", b["pid"]), ("   เพศ", b["sex_th"]),
            ("   สัญชาติ", "ไทย"), ("   เกิดวันที่", b["dob_th"]),
            ("   สถานที่เกิด", b["hospital_th"]), ("   ตำบล/แขวง", b["tambon_th"]),
            ("   อำเภอ/เขต", b["amphoe_th"]), ("   จังหวัด", b["changwat_th"]),
            ("๒. มารดา ชื่อ", b["mother_th"]), ("   สัญชาติ", "ไทย"),
            ("๓. บิดา ชื่อ", b["father_th"]), ("   สัญชาติ", "ไทย"),
            ("๔. ผู้แจ้ง", b["informant_th"]), ("   วันที่รับแจ้ง", b["reg_th"])]  # fmt: skip
    y = H - 75 * MM
    for lab, val in rows:
        c.setFont("Thai", 11)
        c.drawString(24 * MM, y, lab)
        c.setFont("ThaiB", 12)
        c.drawString(75 * MM, y, val)
        c.setDash(1, 2)
        c.setLineWidth(0.4)
        c.line(74 * MM, y - 2, W - 24 * MM, y - 2)
        c.setDash()
        y -= 9 * MM
    c.setFont("Thai", 11)
    c.drawString(W / 2, y - 6 * MM, "(ลงชื่อ)")
    signature(c, W / 2 + 15 * MM, y - 10 * MM, 40 * MM, 10 * MM, rng)
    c.drawString(W / 2, y - 18 * MM, "นายทะเบียน " + b["registrar_th"])
    stamp_round(c, 55 * MM, y - 20 * MM, 15 * MM, "สำนักทะเบียน" + b["office_th"], ["นายทะเบียน"],
                rng, (0.6, 0.1, 0.15), font="Thai")  # fmt: skip
    c.showPage()
    return finish(c, buf)


def legal_thai_page(t, rng):
    """Certified English translation with MFA (Thailand) and French embassy legalisations."""
    c, buf = new_pdf()
    W, H = A4
    c.setFont("LibSerifB", 12)
    c.drawCentredString(W / 2, H - 22 * MM, "TRANSLATION")
    c.setFont("LibSerif", 9)
    c.drawCentredString(W / 2, H - 27 * MM, "(Form Tor Ror 3 - Birth Certificate)")
    c.drawRightString(W - 22 * MM, H - 35 * MM, "No. " + t["no"])
    c.setFont("LibSerifB", 14)
    c.drawCentredString(W / 2, H - 45 * MM, "BIRTH CERTIFICATE")
    c.setFont("LibSerif", 10)
    c.drawCentredString(W / 2, H - 51 * MM, t["office"])
    y = H - 65 * MM
    for lab, val in t["rows"]:
        c.setFont("LibSerif", 10)
        c.drawString(25 * MM, y, lab)
        c.setFont("LibSerifB", 10)
        c.drawString(82 * MM, y, val)
        y -= 7.5 * MM
    c.setFont("LibSerif", 10)
    c.drawString(W / 2, y - 5 * MM, "(Signed) " + t["registrar"] + ", Registrar")
    c.setFont("SerifI", 8.5)
    c.drawString(25 * MM, y - 14 * MM, "Translated by: " + t["translator"] + " - " + t["agency"])
    c.drawString(25 * MM, y - 19 * MM, "I certify that this is a true and correct translation "
                 "of the original document in Thai.")  # fmt: skip
    signature(c, 40 * MM, y - 33 * MM, 35 * MM, 9 * MM, rng)
    stamp_box(c, 25 * MM, 40 * MM, [
        "MINISTRY OF FOREIGN AFFAIRS", "DEPARTMENT OF CONSULAR AFFAIRS",
        "LEGALIZATION DIVISION", "Certified that the translation is correct",
        "and the seal is genuine.", "No. " + t["mfa_no"] + "   Date " + t["mfa_date"],
        "(Signed) " + t["mfa_officer"],
    ], rng, (0.15, 0.2, 0.55), 7.5)  # fmt: skip
    stamp_round(c, 100 * MM, 58 * MM, 13 * MM, "MINISTRY OF FOREIGN AFFAIRS * THAILAND *",
                ["LEGALIZATION"], rng, (0.15, 0.2, 0.55))  # fmt: skip
    stamp_box(c, 118 * MM, 28 * MM, [
        "AMBASSADE DE FRANCE EN THAÏLANDE", "Vu pour légalisation de la signature",
        "de " + t["mfa_officer"], "Bangkok, le " + t["amb_date"], "N° " + t["amb_no"],
    ], rng, (0.55, 0.1, 0.15), 7.5)  # fmt: skip
    signature(c, 140 * MM, 22 * MM, 35 * MM, 8 * MM, rng, ink=(0.1, 0.1, 0.1))
    c.showPage()
    return finish(c, buf)


def albania(b, rng):
    """Certifikatë lindjeje, multilingual extract of the civil register (Albanian/English/French)."""
    c, buf = new_pdf()
    W, H = A4
    c.setFillColorRGB(0.99, 0.98, 0.97)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    guilloche(c, 0, H - 55 * MM, W, 55 * MM, rng, (0.9, 0.85, 0.85), 18)
    c.setFillColorRGB(0.55, 0.08, 0.1)
    c.setFont("OpenB", 12)
    c.drawCentredString(W / 2, H - 20 * MM, "REPUBLIKA E SHQIPËRISË")
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("Open", 8.5)
    c.drawCentredString(W / 2, H - 25 * MM, "MINISTRIA E BRENDSHME - DREJTORIA E PËRGJITHSHME E "
                        "GJENDJES CIVILE")  # fmt: skip
    c.setFont("OpenB", 15)
    c.drawCentredString(W / 2, H - 38 * MM, "CERTIFIKATË LINDJEJE")
    c.setFont("Open", 9)
    c.drawCentredString(W / 2, H - 44 * MM, "Birth certificate / Acte de naissance "
                        "(ekstrakt shumëgjuhësh / multilingual / plurilingue)")  # fmt: skip
    c.drawString(20 * MM, H - 56 * MM, "Zyra e Gjendjes Civile / Civil registry office / Bureau "
                 "de l'état civil: " + b["office"])  # fmt: skip
    c.drawString(20 * MM, H - 61 * MM, "Nr. personal / Personal No / N° personnel: " + b["nid"])
    rows = [("1", "Mbiemri / Surname / Nom", b["surname"]),
            ("2", "Emri / Given name(s) / Prénom(s)", b["given"]),
            ("3", "Gjinia / Sex / Sexe", b["sex"]),
            ("4", "Datëlindja / Date of birth / Date de naissance", b["dob"]),
            ("5", "Vendlindja / Place of birth / Lieu de naissance", b["pob"]),
            ("6", "Shtetësia / Citizenship / Nationalité", "SHQIPTARE"),
            ("7", "Emri i babait / Father's name / Prénom du père", b["father"]),
            ("8", "Emri i nënës / Mother's name / Prénom de la mère", b["mother"]),
            ("9", "Mbiemri i nënës / Mother's surname / Nom de la mère", b["mother_sn"]),
            ("10", "Gjendja civile / Civil status / État civil", b["civil"])]  # fmt: skip
    y = H - 74 * MM
    c.setLineWidth(0.5)
    for n, lab, val in rows:
        c.rect(20 * MM, y - 3.5 * MM, W - 40 * MM, 10 * MM)
        c.setFont("Open", 7)
        c.drawString(22 * MM, y + 3 * MM, n + ". " + lab)
        c.setFont("OpenB", 10.5)
        c.drawString(30 * MM, y - 1.5 * MM, val)
        y -= 10 * MM
    c.setFont("Open", 8.5)
    c.drawString(20 * MM, y - 8 * MM, "Lëshuar më / Issued on / Délivré le: " + b["issued"])
    c.drawString(20 * MM, y - 13 * MM, "Dokumenti nr. / Document No: " + b["doc_no"])
    c.drawString(W - 90 * MM, y - 8 * MM, "Nëpunësi i gjendjes civile / Registrar:")
    signature(c, W - 85 * MM, y - 30 * MM, 45 * MM, 11 * MM, rng)
    c.drawString(W - 90 * MM, y - 36 * MM, b["registrar"])
    stamp_round(c, 60 * MM, y - 35 * MM, 16 * MM, "REPUBLIKA E SHQIPËRISË * GJENDJA CIVILE *",
                [b["office_short"]], rng, (0.15, 0.2, 0.5))  # fmt: skip
    c.setFont("Open", 6.5)
    c.drawString(
        20 * MM, 15 * MM, "Vërtetimi i origjinalitetit: e-albania.al  -  kodi " + b["code"]
    )
    c.showPage()
    return finish(c, buf)
