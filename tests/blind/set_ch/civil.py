"""Civil-status papers: birth certificates (SN, CN, BR, IN), apostilles, translation, lease,
attestation d'hébergement."""

from core import INK_BLUE, Page, fr, guilloche, stamp

GREY = (90, 90, 90)

# Stroke sketches (unit box) of the three characters of the title 公证书 ("notarial certificate").
HANZI = {
    "gong": [[(0.42, 0.1), (0.3, 0.3), (0.12, 0.45)], [(0.58, 0.1), (0.72, 0.3), (0.9, 0.44)],
             [(0.48, 0.5), (0.25, 0.86), (0.78, 0.8)], [(0.64, 0.64), (0.84, 0.92)]],
    "zheng": [[(0.08, 0.1), (0.2, 0.2)], [(0.03, 0.38), (0.18, 0.38), (0.18, 0.86), (0.28, 0.76)],
              [(0.38, 0.14), (0.94, 0.14)], [(0.66, 0.14), (0.66, 0.88)], [(0.66, 0.5), (0.88, 0.5)],
              [(0.46, 0.44), (0.46, 0.88)], [(0.34, 0.9), (0.97, 0.9)]],
    "shu": [[(0.22, 0.26), (0.74, 0.26), (0.74, 0.5)], [(0.1, 0.52), (0.88, 0.52), (0.82, 0.9),
            (0.7, 0.84)], [(0.5, 0.06), (0.5, 0.96)], [(0.72, 0.06), (0.84, 0.17)]],
}  # fmt: skip


def hanzi(pg, x, y, size, key, color=(20, 20, 20), lw=1.2):
    for s in HANZI[key]:
        pg.poly([(x + px * size, y + py * size) for px, py in s], lw, color)


def birth_sen(b, rng):
    pg = Page(210, 297, (250, 249, 243))
    pg.text(105, 16, "RÉPUBLIQUE DU SÉNÉGAL", 12, "serifb", anchor="c")
    pg.text(105, 21, "Un Peuple – Un But – Une Foi", 9, "serifi", anchor="c")
    pg.line(90, 23, 120, 23, 0.3)
    y = 32
    for a, v in [
        ("RÉGION", "DAKAR"),
        ("DÉPARTEMENT", "DAKAR"),
        ("ARRONDISSEMENT", "GRAND DAKAR"),
        ("COMMUNE", "GRAND-DAKAR"),
        ("CENTRE D'ÉTAT CIVIL", "GRAND-DAKAR (principal)"),
    ]:
        pg.text(14, y, a + " :", 8.5, "serif")
        pg.text(62, y, v, 8.5, "serifb")
        y += 5
    pg.rect(135, 29, 62, 22, (0, 0, 0), None, 0.3)
    pg.text(166, 35, "AN " + str(b["dob"].year), 10, "serifb", anchor="c")
    pg.text(166, 41, "N° dans le Registre", 8, "serif", anchor="c")
    pg.text(166, 47, b["act"], 10, "serifb", anchor="c")
    pg.rect(14, 60, 183, 12, None, (225, 225, 215))
    pg.text(105, 68, "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE", 13, "serifb", anchor="c")
    rows = [("Le", b["dob_words"]), ("à", b["hour"]), ("est né(e) à", b["pob"]),
            ("de sexe", b["sex_word"]), ("Prénoms", b["given"]), ("NOM", b["surname"]),
            ("Prénom(s) du père", b["father"]), ("Prénom(s) et NOM de la mère", b["mother"])]  # fmt: skip
    y = 86
    for lb, v in rows:
        pg.rect(14, y - 6, 60, 10, (0, 0, 0), None, 0.25)
        pg.rect(74, y - 6, 123, 10, (0, 0, 0), None, 0.25)
        pg.text(17, y, lb, 9, "serif")
        pg.text(78, y, v, 10.5, "mono" if lb in ("Prénoms", "NOM") else "serifb")
        y += 10
    pg.text(14, y + 8, "Mentions marginales : NÉANT", 9, "serif")
    pg.text(14, y + 20, "Pour extrait certifié conforme au registre.", 9, "serif")
    pg.text(120, y + 32, "Délivré à Dakar, le " + fr(b["issued"]), 9.5, "serif")
    pg.text(120, y + 38, "L'Officier de l'État Civil", 9.5, "serifb")
    stamp(pg, 135, y + 58, 16, (60, 70, 150), "CENTRE ETAT CIVIL GRAND DAKAR", star=True)
    pg.signature(140, y + 44, 40, 20, rng, "Sarr", (30, 30, 80))
    pg.text(14, 285, "Timbre fiscal acquitté – Droit de timbre", 7, "serif", GREY)
    return pg


def notarial_cn(b, rng):
    """Chinese notarial birth certificate as bound for use abroad: cover, then English text."""
    cov = Page(210, 297, (252, 251, 248))
    for i, k in enumerate(("gong", "zheng", "shu")):
        hanzi(cov, 58 + i * 34, 60, 28, k, (20, 20, 20), 2.2)
    cov.text(105, 110, "NOTARIAL CERTIFICATE", 20, "serifb", anchor="c")
    cov.text(105, 130, b["ref"], 12, "serif", anchor="c")
    cov.text(105, 240, b["office"], 12, "serifb", anchor="c")
    cov.text(105, 247, "Sichuan Province, The People's Republic of China", 10, "serif", anchor="c")
    stamp(cov, 105, 200, 22, (200, 30, 30), "", star=True)
    pg = Page(210, 297, (252, 251, 248))
    pg.text(105, 30, "NOTARIAL CERTIFICATE", 16, "serifb", anchor="c")
    pg.text(190, 42, b["ref"], 10, "serif", anchor="r")
    y = 60
    for lb, v in [
        ("Applicant:", f"{b['name_en']}, {b['sex_en']}, born on {b['dob_en']}."),
        ("Citizen ID No.:", b["cid"]),
        ("Subject:", "Birth"),
    ]:
        pg.text(25, y, lb, 11, "serifb")
        pg.text(62, y, v, 11, "serif")
        y += 9
    y = pg.para(25, y + 8, 160, b["body"], 11.5, "serif", 1.6)
    y = pg.para(25, y + 4, 160, b["parents"], 11.5, "serif", 1.6)
    pg.text(110, y + 30, b["office"], 11, "serif")
    pg.text(110, y + 38, "The People's Republic of China", 11, "serif")
    pg.text(110, y + 46, "Notary Public: " + b["notary"], 11, "serif")
    pg.signature(150, y + 48, 30, 10, rng, b["notary"], (20, 20, 20))
    pg.text(110, y + 66, b["date_en"], 11, "serif")
    stamp(pg, 130, y + 40, 20, (200, 30, 30), "", star=True)
    return cov, pg


def certidao_br(b, rng):
    pg = Page(210, 297, (250, 250, 246))
    guilloche(pg, 10, 10, 190, 270, (215, 225, 215), n=60, amp=1.2, lw=0.1)
    pg.text(105, 18, "REPÚBLICA FEDERATIVA DO BRASIL", 12, "sansb", anchor="c")
    pg.text(105, 24, "REGISTRO CIVIL DAS PESSOAS NATURAIS", 10, "sans", anchor="c")
    pg.text(105, 33, "CERTIDÃO DE NASCIMENTO", 15, "sansb", anchor="c")
    pg.text(105, 39, "2ª via", 8, "sans", GREY, "c")

    def box(x, y, w, lb, v, size=10):
        pg.rect(x, y, w, 12, (40, 90, 40), None, 0.3)
        pg.text(x + 1.5, y + 3.4, lb, 6, "sans", (40, 90, 40))
        pg.text(x + 2, y + 9.4, v, size, "sansb")

    box(15, 45, 180, "NOME", b["full"], 12)
    box(15, 58, 180, "CPF", b["cpf"])
    box(15, 71, 180, "MATRÍCULA", b["matricula"])
    box(15, 84, 180, "DATA DE NASCIMENTO POR EXTENSO", b["dob_words"])
    box(15, 97, 22, "DIA", f"{b['dob'].day:02d}")
    box(38, 97, 22, "MÊS", f"{b['dob'].month:02d}")
    box(61, 97, 30, "ANO", str(b["dob"].year))
    box(92, 97, 30, "HORA", b["hour"])
    box(123, 97, 72, "MUNICÍPIO DE REGISTRO E UF", "BELO HORIZONTE - MG")
    box(15, 110, 120, "LOCAL DE NASCIMENTO", b["local"], 9)
    box(136, 110, 59, "SEXO", b["sex_word"])
    box(15, 123, 180, "MUNICÍPIO DE NASCIMENTO E UF", "BELO HORIZONTE - MG")
    box(15, 136, 180, "FILIAÇÃO", b["parents"], 9)
    box(15, 149, 180, "AVÓS", b["grand"], 8)
    box(15, 162, 40, "GÊMEO", "NÃO")
    box(56, 162, 139, "DATA DO REGISTRO POR EXTENSO", b["reg_words"], 9)
    box(15, 175, 90, "NÚMERO DA DECLARAÇÃO DE NASCIDO VIVO", b["dnv"])
    box(106, 175, 89, "AVERBAÇÕES / ANOTAÇÕES À ACRESCER", "NADA CONSTA")
    pg.text(15, 200, "CARTÓRIO DO 2º OFÍCIO DE REGISTRO CIVIL DAS PESSOAS NATURAIS", 8, "sansb")
    pg.text(15, 205, "Belo Horizonte - MG  ·  Oficial: " + b["oficial"], 8, "sans")
    pg.text(15, 210, "Rua dos Guajajaras, 1020 - Centro - CEP 30180-101", 8, "sans")
    pg.text(15, 222, "O conteúdo da certidão é verdadeiro. Dou fé.", 9, "sans")
    pg.text(15, 229, "Belo Horizonte, " + b["issued_words"], 9, "sans")
    pg.signature(120, 215, 60, 18, rng, b["oficial"], (20, 20, 70))
    pg.line(115, 236, 190, 236, 0.3)
    pg.text(152, 240, "Escrevente Autorizado(a)", 8, "sans", anchor="c")
    pg.rect(15, 250, 180, 20, (120, 120, 120), (240, 240, 235), 0.3)
    pg.text(18, 256, "Selo Digital: " + b["selo"], 8, "mono")
    pg.text(18, 262, "Consulte a validade do selo em www.tjmg.jus.br", 7.5, "sans", GREY)
    return pg


def birth_in(b, rng):
    pg = Page(210, 297, (252, 250, 240))
    pg.rect(8, 8, 194, 281, (120, 70, 40), None, 0.8)
    pg.rect(10, 10, 190, 277, (120, 70, 40), None, 0.3)
    pg.text(20, 20, "FORM - 5", 8, "serifb")
    stamp(pg, 105, 26, 9, (40, 40, 40), "", star=True)
    pg.text(105, 44, "AHMEDABAD MUNICIPAL CORPORATION", 14, "serifb", (110, 40, 20), "c")
    pg.text(105, 50, "Health Department – Birth and Death Registration", 9.5, "serif", anchor="c")
    pg.text(105, 60, "BIRTH CERTIFICATE", 16, "serifb", anchor="c")
    pg.para(20, 68, 170, "(Issued under Section 12/17 of the Registration of Births and Deaths "
            "Act, 1969 and Rule 8/13 of the Gujarat Registration of Births and Deaths Rules, "
            "2004)", 8, "serifi")  # fmt: skip
    pg.para(20, 82, 170, "This is to certify that the following information has been taken from "
            "the original record of birth which is the register for Ahmedabad Municipal "
            "Corporation of Taluka / Ward Khadia of District Ahmedabad of State Gujarat, India.",
            9.5, "serif", 1.5)  # fmt: skip
    rows = [("Name", b["name"]), ("Sex", b["sex_word"]), ("Date of Birth", b["dob_txt"]),
            ("Place of Birth", b["pob"]), ("Name of Mother", b["mother"]),
            ("Name of Father", b["father"]),
            ("Address of parents at the time of birth of the child", b["addr_birth"]),
            ("Permanent address of parents", b["addr_perm"]),
            ("Registration Number", b["reg"]), ("Date of Registration", b["reg_date"]),
            ("Remarks (if any)", "-")]  # fmt: skip
    y = 108
    for lb, v in rows:
        pg.text(22, y, lb, 9.5, "serif")
        pg.text(92, y, ":", 9.5, "serif")
        y2 = pg.para(96, y, 95, v, 10, "serifb", 1.3)
        y = max(y + 8.5, y2 + 3)
    pg.text(22, y + 8, "Date of Issue : " + b["issued_txt"], 10, "serif")
    pg.text(22, y + 15, "Certificate No. : " + b["cert_no"], 10, "serif")
    pg.signature(130, y + 6, 45, 14, rng, "Registrar", (30, 30, 90))
    pg.text(150, y + 26, "Signature of the Issuing Authority", 8.5, "serif", anchor="c")
    pg.text(150, y + 31, "Registrar of Births & Deaths", 8.5, "serifb", anchor="c")
    pg.text(150, y + 36, "Ahmedabad Municipal Corporation", 8.5, "serif", anchor="c")
    stamp(pg, 110, y + 28, 12, (120, 40, 120), "", star=False)
    pg.text(105, 280, '"ENSURE REGISTRATION OF EVERY BIRTH AND DEATH"', 8.5, "serifb", GREY, "c")
    return pg


APO_ITEMS = [
    ("Country:", "Pays :", "País:"),
    ("This public document has been signed by", "Le présent acte public a été signé par",
     "Este documento público foi assinado por"),
    ("acting in the capacity of", "agissant en qualité de", "na qualidade de"),
    ("bears the seal/stamp of", "est revêtu du sceau / timbre de", "tem o selo/carimbo de"),
    ("at", "à", "em"), ("the", "le", "em"), ("by", "par", "por"), ("No", "sous n°", "sob nº"),
    ("Seal / stamp:", "Sceau / timbre :", "Selo / carimbo:"),
    ("Signature:", "Signature :", "Assinatura:"),
]  # fmt: skip


def apostille(a, rng, page_size=(210, 297), x0=20, y0=30, w=170, langs=(0, 1)):
    pg = Page(*page_size, a.get("bg", (252, 252, 250)))
    if a.get("frame"):
        pg.rect(x0 - 4, y0 - 10, w + 8, a["frame"], (60, 60, 60), None, 0.6)
    pg.text(x0 + w / 2, y0, "APOSTILLE", 16, "serifb", anchor="c")
    pg.text(x0 + w / 2, y0 + 6, "(Convention de La Haye du 5 octobre 1961)", 9, "serifi",
            anchor="c")  # fmt: skip
    vals = [a["country"], a["signed_by"], a["capacity"], a["seal_of"], a["at"], a["on_txt"],
            a["by"], a["number"], "", ""]  # fmt: skip
    y = y0 + 16
    for i, (it, v) in enumerate(zip(APO_ITEMS, vals)):
        lab = " / ".join(it[j] for j in langs)
        if i == 4:
            y -= 0
        pg.text(x0, y, f"{i + 1}.", 9, "serifb")
        pg.text(x0 + 6, y, lab, 8, "serif", (60, 60, 60))
        if v:
            pg.text(x0 + 6, y + 5, v, 10.5, "sansb")
        if i in (2, 3):
            y += 2
        y += 11 if v else 8
        if i == 3:
            pg.text(x0 + w / 2, y - 2, "CERTIFIED / ATTESTÉ", 10, "serifb", anchor="c")
            y += 5
    stamp(pg, x0 + 35, y + 10, 14, a.get("seal", (150, 30, 30)), "", star=True)
    pg.signature(x0 + 95, y - 2, 50, 16, rng, a["signer"], (20, 20, 80))
    pg.text(x0 + 95, y + 20, a["signer"], 8.5, "serif")
    if a.get("code"):
        nr = rng
        cx, cy = x0 + w - 24, y + 30
        for i in range(21):
            for j in range(21):
                fin = (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7)
                on = (
                    nr.random() < 0.5
                    if not fin
                    else (
                        i % 14 in (0, 6)
                        or j % 14 in (0, 6)
                        or (2 <= i % 14 <= 4 and 2 <= j % 14 <= 4)
                    )
                )
                if on:
                    pg.rect(cx + j * 1.0, cy + i * 1.0, 1.0, 1.0, None, (0, 0, 0))
        pg.text(x0, y + 36, a["code"], 8, "sans")
    return pg


def translation_fr(t, rng):
    pg = Page(210, 297)
    pg.text(105, 20, "TRADUCTION CERTIFIÉE CONFORME", 12, "sansb", anchor="c")
    pg.text(105, 26, "Traduit de l'anglais et du chinois", 9, "sans", GREY, "c")
    pg.text(105, 40, "ACTE NOTARIÉ", 14, "serifb", anchor="c")
    pg.text(185, 48, t["ref"], 9, "serif", anchor="r")
    y = pg.para(25, 62, 160, t["body"], 11, "serif", 1.6)
    pg.text(110, y + 20, t["office_fr"], 10, "serif")
    pg.text(110, y + 27, "Notaire : " + t["notary"], 10, "serif")
    pg.text(110, y + 34, t["date_fr"], 10, "serif")
    pg.text(25, y + 40, "[Sceau rouge : Office notarial]  [signature]", 9, "serifi", GREY)
    pg.line(20, 225, 190, 225, 0.3)
    pg.para(25, 233, 95, t["attest"], 8.5, "serif", 1.4)
    stamp(pg, 160, 250, 18, (40, 60, 150), "", star=False)
    pg.text(160, 248, t["translator"], 6.5, "sansb", (40, 60, 150), "c")
    pg.text(160, 252, "Traducteur expert", 5.5, "sans", (40, 60, 150), "c")
    pg.text(160, 256, "Cour d'appel de Paris", 5.5, "sans", (40, 60, 150), "c")
    pg.signature(140, 262, 40, 12, rng, t["translator"], INK_BLUE)
    pg.text(25, 280, "N° de répertoire : " + t["rep"], 8, "sans", GREY)
    return pg


def lease(L, rng, signed=True):
    """Bail d'habitation (loi n° 89-462), modèle type du décret 2015-587: three pages."""
    f, fb = L.get("font", "serif"), L.get("fontb", "serifb")
    p1 = Page()
    p1.text(105, 22, "CONTRAT DE LOCATION", 15, fb, anchor="c")
    p1.text(105, 29, L["kind"], 10, f, anchor="c")
    p1.para(20, 37, 170, "(Soumis au titre Ier" + (" bis" if "meublé" in L["kind"] else "")
            + " de la loi du 6 juillet 1989 tendant à améliorer les rapports locatifs et portant "
            "modification de la loi n° 86-1290 du 23 décembre 1986)", 8.5, f)  # fmt: skip
    p1.text(20, 56, "I. DÉSIGNATION DES PARTIES", 11, fb)
    y = p1.para(20, 64, 170, "Le présent contrat est conclu entre les soussignés :", 10, f)
    y = p1.para(25, y + 2, 165, L["landlord_txt"], 10, f) + 2
    p1.text(25, y, "désigné(s) ci-après « le bailleur » ;", 10, f)
    y = p1.para(25, y + 8, 165, L["tenant_txt"], 10, f) + 2
    p1.text(25, y, "désigné(s) ci-après « le locataire » ;", 10, f)
    p1.text(20, y + 14, "II. OBJET DU CONTRAT", 11, fb)
    y = p1.para(20, y + 22, 170, "A. Consistance du logement – Localisation du logement : "
                + L["address"], 10, f)  # fmt: skip
    for s in L["details"]:
        y = p1.para(20, y + 2, 170, s, 10, f)
    p1.text(20, y + 12, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", 11, fb)
    y = p1.para(20, y + 20, 170, "A. Date de prise d'effet du contrat : " + fr(L["start"]), 10, fb)
    p1.para(20, y + 2, 170, "B. Durée du contrat : " + L["duration"], 10, f)
    p1.text(105, 288, "Page 1/3 – Paraphes : ______", 8, f, GREY, "c")
    p2 = Page()
    p2.text(20, 25, "IV. CONDITIONS FINANCIÈRES", 11, fb)
    y = 33
    for s in [
        f"A. Loyer mensuel hors charges : {L['rent']} €",
        f"Modalités de règlement des charges : provisions, montant mensuel : {L['charges']} €",
        "Périodicité du paiement : mensuelle, payable d'avance le 1er de chaque mois.",
        ("Le loyer est révisé chaque année à la date anniversaire selon l'IRL publié par l'INSEE."),
        f"V. GARANTIES – Montant du dépôt de garantie : {L['deposit']} €",
        (
            "VI. CLAUSE DE SOLIDARITÉ – VII. CLAUSE RÉSOLUTOIRE : à défaut de paiement du loyer "
            "ou des charges aux termes convenus, le bail sera résilié de plein droit deux mois "
            "après un commandement de payer demeuré infructueux."
        ),
        "VIII. ANNEXES : dossier de diagnostic technique (DPE, ERP, CREP), notice "
        "d'information, état des lieux d'entrée"
        + (", inventaire du mobilier" if "meublé" in L["kind"] else "")
        + ".",
    ]:
        y = p2.para(20, y, 170, s, 10, f, 1.5) + 3
    p2.text(105, 288, "Page 2/3 – Paraphes : ______", 8, f, GREY, "c")
    p3 = Page()
    p3.text(20, 30, "IX. SIGNATURES", 11, fb)
    p3.text(20, 42, f"Fait et signé à {L['city']}, le {fr(L['signed_on'])}, en deux originaux.",
            10, f)  # fmt: skip
    p3.text(25, 60, "Le bailleur", 10, fb)
    p3.text(25, 65, "(« Lu et approuvé »)", 8, f, GREY)
    p3.text(115, 60, "Le(s) locataire(s)", 10, fb)
    p3.text(115, 65, "(« Lu et approuvé »)", 8, f, GREY)
    if signed:
        p3.hand(25, 75, "Lu et approuvé", rng, 13, "hand2")
        p3.signature(25, 80, 45, 18, rng, L["landlord_sig"])
        p3.hand(115, 75, "Lu et approuvé", rng, 13, "hand1", (20, 20, 20))
        p3.signature(115, 80, 45, 18, rng, L["tenant_sig"], (20, 20, 20))
    p3.text(105, 288, "Page 3/3", 8, f, GREY, "c")
    return [p1, p2, p3]


def attestation_hand(a, rng):
    pg = Page(210, 297, (250, 250, 252))
    for i in range(32):
        pg.line(0, 30 + i * 8, 210, 30 + i * 8, 0.15, (170, 190, 220))
    pg.line(28, 0, 28, 297, 0.2, (220, 140, 150))
    font = a.get("font", "hand1")
    pg.hand(62, 36, "Attestation d'hébergement", rng, 19, font)
    y = 54
    for ln in a["lines"]:
        pg.hand(32 if not ln.startswith(" ") else 40, y, ln.strip(), rng, 14.5, font)
        y += 8
    pg.hand(120, y + 8, a["place_date"], rng, 14.5, font)
    if a.get("signed", True):
        pg.signature(125, y + 12, 55, 22, rng, a["host"])
    return pg
