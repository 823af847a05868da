"""Foreign birth certificates (Andorra, Cabo Verde, Vanuatu, The Bahamas) and apostilles."""

from render import Page, put_signature, stamp

CAT_M = "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre".split()
PT_M = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
PT_M = PT_M.split()
EN_M = "January February March April May June July August September October November December"
EN_M = EN_M.split()


def words(iso, months, pattern="{d} de {m} de {y}"):
    return pattern.format(d=int(iso[8:10]), m=months[int(iso[5:7]) - 1], y=iso[:4])


def andorra(a, rng):
    p = Page(paper=(252, 250, 244))
    p.text(105, 20, "PRINCIPAT D'ANDORRA", 13, "serif-b", align="c")
    p.text(105, 26, "Govern d'Andorra · Ministeri de Justícia i Interior", 9, "serif", align="c")
    p.text(105, 31, "REGISTRE CIVIL", 10, "serif-b", align="c")
    p.line(40, 35, 170, 35, (120, 30, 40), 0.6)
    p.text(105, 47, "CERTIFICAT DE NAIXEMENT", 15, "serif-b", align="c")
    p.text(105, 53, "(Certificació literal)", 9, "serif-i", align="c")
    p.text(25, 66, "Inscripció:  Volum %s   Foli %s   Número %s" % a["reg"], 9.5, "serif")
    rows = [
        ("Nom", a["given"]),
        ("Cognoms", a["surname"]),
        ("Sexe", "Femení" if a["sex"] == "F" else "Masculí"),
        ("Data de naixement", words(a["dob"], CAT_M) + "  (" + _dmy(a["dob"]) + ")"),
        ("Hora de naixement", a.get("hour", "08.35 h")),
        ("Lloc de naixement", a["pob"] + ", parròquia d'" + a["parish"]),
        ("Pare", a["father"]),
        ("Mare", a["mother"]),
        ("Nacionalitat dels pares", "andorrana"),
    ]
    y = 80
    for lab, val in rows:
        p.text(25, y, lab + ":", 10, "serif-b")
        p.text(78, y, val, 10.5, "serif")
        p.line(78, y + 1.2, 185, y + 1.2, (170, 170, 170), 0.15, dash=([1, 1], 0))
        y += 10
    y = p.para(
        25,
        y + 6,
        "Observacions: Sense notes marginals. La present certificació reprodueix "
        "literalment l'assentament original inscrit al Registre Civil d'Andorra i s'expedeix "
        "a petició de la persona interessada per a ús a l'estranger.",
        160,
        9.5,
        "serif",
    )
    p.text(25, y + 10, "Andorra la Vella, " + words(a["issued"], CAT_M), 10, "serif")
    p.text(130, y + 22, "La registradora", 9.5, "serif-i")
    put_signature(p, 128, y + 25, 38, "M. Vidal", rng)
    p.image(
        stamp(["REGISTRE CIVIL", "PRINCIPAT", "D'ANDORRA"], rng, (110, 40, 60)), 95, y + 16, 30, 30
    )
    p.text(
        105, 285, "Registre Civil · Prat de la Creu 62-64 · AD500 Andorra la Vella", 7, align="c"
    )
    return p


def cabo_verde(a, rng):
    p = Page(paper=(250, 250, 246))
    p.text(105, 18, "REPÚBLICA DE CABO VERDE", 13, "serif-b", align="c")
    p.text(105, 24, "MINISTÉRIO DA JUSTIÇA", 9.5, "serif", align="c")
    p.text(105, 29, "Direcção-Geral dos Registos, Notariado e Identificação", 9, "serif", align="c")
    p.text(
        105,
        36,
        "CONSERVATÓRIA DO REGISTO CIVIL DA " + a["office"].upper(),
        10.5,
        "serif-b",
        align="c",
    )
    p.text(105, 50, "CERTIDÃO DE NASCIMENTO", 16, "serif-b", align="c")
    p.text(105, 56, "(de narrativa completa)", 9, "serif-i", align="c")
    p.text(25, 68, "Assento n.º %s, do ano de %s" % (a["reg"], a["dob"][:4]), 10, "serif")
    txt = (
        "CERTIFICO que, do assento acima referido, consta o seguinte: aos %s nasceu, na "
        "freguesia de %s, concelho da %s, ilha de %s, um indivíduo do sexo %s, a quem foi "
        "dado o nome de %s %s, filho(a) de %s e de %s, naturais de Cabo Verde."
        % (
            words(a["dob"], PT_M, "{d} dias do mês de {m} do ano de {y}"),
            a["parish"],
            a["pob"],
            a["island"],
            "feminino" if a["sex"] == "F" else "masculino",
            a["given"].upper(),
            a["surname"].upper(),
            a["father"],
            a["mother"],
        )
    )
    y = p.para(25, 80, txt, 160, 10.5, "serif", 1.6)
    rows = [
        ("Nome completo", a["given"].upper() + " " + a["surname"].upper()),
        ("Data de nascimento", _dmy(a["dob"])),
        ("Local de nascimento", a["pob"] + " (" + a["island"] + ")"),
        ("Averbamentos", "Nada consta."),
    ]
    y += 6
    for lab, val in rows:
        p.rect(25, y - 5, 55, 8, stroke=(120, 120, 120), lw=0.2)
        p.rect(80, y - 5, 105, 8, stroke=(120, 120, 120), lw=0.2)
        p.text(27, y, lab, 9.5, "serif-b")
        p.text(82, y, val, 10, "serif")
        y += 8
    p.para(
        25,
        y + 8,
        "É quanto consta do referido assento, ao qual me reporto. Conservatória do "
        "Registo Civil da %s, aos %s." % (a["office"], words(a["issued"], PT_M)),
        160,
        10,
        "serif",
    )
    p.text(125, y + 32, "O Conservador,", 10, "serif-i")
    put_signature(p, 120, y + 35, 42, "J. Tavares", rng)
    p.image(
        stamp(["CONSERVATORIA DO REGISTO", "CIVIL", a["office"].upper()], rng), 80, y + 26, 32, 32
    )
    p.text(25, 280, "Emolumentos: 500$00 · Conta n.º %s" % a["reg"], 8, "serif")
    return p


def _entry_table(p, y, cols, vals, widths, size=8.5):
    x = 15
    for c, v, w in zip(cols, vals, widths):
        p.rect(x, y, w, 16, stroke=(60, 60, 60), lw=0.25)
        p.rect(x, y + 16, w, 22, stroke=(60, 60, 60), lw=0.25)
        yy = y + 4
        for part in c.split("|"):
            p.text(x + w / 2, yy, part, 6.5, "sans", align="c")
            yy += 3
        yy = y + 22
        for part in v.split("|"):
            p.text(x + 1.5, yy, part, size, "serif")
            yy += 4.2
        x += w


def vanuatu(a, rng):
    p = Page(paper=(248, 250, 247))
    p.text(105, 18, "REPUBLIC OF VANUATU", 13, "serif-b", align="c")
    p.text(105, 23.5, "RIPABLIK BLONG VANUATU · RÉPUBLIQUE DE VANUATU", 8.5, "serif", align="c")
    p.text(105, 30, "CIVIL STATUS REGISTRY · Ministry of Internal Affairs", 9, "serif", align="c")
    p.text(105, 44, "BIRTH CERTIFICATE", 16, "serif-b", align="c")
    p.text(
        105,
        50,
        "Certified copy of an entry of birth — Civil Registration Act [Cap. 61]",
        8.5,
        "serif-i",
        align="c",
    )
    p.text(
        15, 62, "Registration No. %s        Province: %s" % (a["reg"], a["province"]), 9.5, "serif"
    )
    cols = [
        "Full name|of child",
        "Sex",
        "Date|of birth",
        "Place|of birth",
        "Name of father",
        "Name of mother",
        "Date of|registration",
    ]
    vals = [
        a["surname"].upper() + "|" + a["given"],
        "Male" if a["sex"] == "M" else "Female",
        _dmy(a["dob"], "/"),
        a["pob"] + "|" + a["island"],
        a["father"],
        a["mother"],
        _dmy(a["registered"], "/"),
    ]
    _entry_table(p, 68, cols, vals, [38, 14, 22, 26, 30, 30, 20])
    y = p.para(
        15,
        120,
        "I, the undersigned, Registrar of Civil Status, hereby certify that the "
        "above is a true copy of the particulars recorded in the Register of Births kept at "
        "the Civil Status Registry, Port Vila.",
        180,
        10,
        "serif",
        1.5,
    )
    p.text(
        15,
        y + 8,
        "Given under my hand at Port Vila this %s."
        % words(a["issued"], EN_M, "{d} day of {m} {y}"),
        10,
        "serif",
    )
    p.text(130, y + 30, "Registrar of Civil Status", 9.5, "serif-i")
    put_signature(p, 130, y + 14, 40, "R. Kalsakau", rng)
    p.image(
        stamp(["CIVIL STATUS REGISTRY", "VANUATU", "PORT VILA"], rng, (30, 110, 60)),
        80,
        y + 10,
        32,
        32,
    )
    p.text(
        15,
        282,
        "Certificate serial %s — any alteration renders this certificate void." % a["serial"],
        7.5,
        "sans",
    )
    return p


def bahamas(a, rng):
    p = Page(paper=(246, 248, 252))
    p.text(105, 17, "COMMONWEALTH OF THE BAHAMAS", 13, "serif-b", align="c")
    p.text(105, 24, "REGISTRAR GENERAL'S DEPARTMENT", 10.5, "serif-b", align="c")
    p.text(105, 29.5, "Births and Deaths Registration Act (Ch. 191)", 8.5, "serif-i", align="c")
    p.text(105, 42, "CERTIFIED COPY OF AN ENTRY OF BIRTH", 14, "serif-b", align="c")
    p.text(
        15,
        55,
        "Registration District: %s          Entry No. %s" % (a["district"], a["reg"]),
        9.5,
        "serif",
    )
    cols = [
        "When and|where born",
        "Name, if any",
        "Sex",
        "Name and surname|of father",
        "Name and maiden|surname of mother",
        "Informant",
        "When|registered",
    ]
    vals = [
        _dmy(a["dob"], "/") + "|" + a["pob"],
        a["given"] + "|" + a["surname"].upper(),
        "Male" if a["sex"] == "M" else "Female",
        a["father"],
        a["mother"],
        "Mother",
        _dmy(a["registered"], "/"),
    ]
    _entry_table(p, 62, cols, vals, [30, 34, 13, 30, 34, 20, 19], 8)
    y = p.para(
        15,
        114,
        "I hereby certify that this is a true copy of an entry in a register of "
        "births in my custody.",
        180,
        10,
        "serif",
        1.5,
    )
    p.text(15, y + 8, "Nassau, " + words(a["issued"], EN_M, "{d} {m} {y}"), 10, "serif")
    p.text(130, y + 30, "Registrar General", 9.5, "serif-i")
    put_signature(p, 128, y + 14, 40, "K. Rolle", rng)
    p.image(
        stamp(["REGISTRAR GENERAL", "BAHAMAS", "NASSAU"], rng, (40, 60, 140)), 85, y + 12, 30, 30
    )
    p.text(
        15,
        282,
        "Certificate No. %s — Caution: it is an offence to falsify a certificate." % a["serial"],
        7.5,
        "sans",
    )
    return p


APO_LABELS = {
    "ca": [
        "País",
        "El present document públic",
        "ha estat signat per",
        "que actua en qualitat de",
        "porta el segell / timbre de",
        "Certificat",
        "a",
        "el dia",
        "per",
        "núm.",
        "Segell / timbre",
        "Signatura",
    ],
    "pt": [
        "País",
        "O presente documento público",
        "foi assinado por",
        "na qualidade de",
        "tem o selo / carimbo de",
        "Reconhecido",
        "em",
        "aos",
        "por",
        "sob o n.º",
        "Selo / carimbo",
        "Assinatura",
    ],
    "en": [
        "Country",
        "This public document",
        "has been signed by",
        "acting in the capacity of",
        "bears the seal / stamp of",
        "Certified",
        "at",
        "the",
        "by",
        "No",
        "Seal / stamp",
        "Signature",
    ],
}


def apostille(ap, rng):
    """Hague Convention model apostille with 10 numbered items, on its own page."""
    L = APO_LABELS[ap["lang"]]
    p = Page(paper=(252, 252, 250))
    x0, y0, w = 35, 40, 140
    p.rect(x0, y0, w, 130, stroke=(30, 30, 30), lw=0.6)
    p.text(105, y0 + 12, "APOSTILLE", 16, "serif-b", align="c")
    p.text(105, y0 + 18, "(Convention de La Haye du 5 octobre 1961)", 9, "serif-i", align="c")
    v = ap
    lines = [
        ("1.", L[0] + ":", v["country"]),
        (None, L[1], ""),
        ("2.", L[2], v["signer"]),
        ("3.", L[3], v["capacity"]),
        ("4.", L[4], v["seal_of"]),
        (None, L[5], ""),
        ("5.", L[6], v["place"]),
        ("6.", L[7], _dmy(v["issued"], "/")),
        ("7.", L[8], v["authority"]),
        ("8.", L[9], v["number"]),
    ]
    y = y0 + 30
    for num, lab, val in lines:
        if num is None:
            p.text(105, y, lab, 9.5, "serif-b", align="c")
        else:
            p.text(x0 + 5, y, num + " " + lab, 9, "serif")
            p.text(x0 + 62, y, val, 9.5, "serif-b")
        y += 8
    p.text(x0 + 5, y + 4, "9. " + L[10] + ":", 9, "serif")
    p.text(x0 + 80, y + 4, "10. " + L[11] + ":", 9, "serif")
    p.image(
        stamp([v["seal_text"], v["country"].upper()[:18], "APOSTILLE"], rng, (120, 30, 50)),
        x0 + 18,
        y + 6,
        28,
        28,
    )
    put_signature(p, x0 + 84, y + 8, 40, v["authority_signer"], rng)
    return p


def _dmy(iso, sep="/"):
    return iso[8:10] + sep + iso[5:7] + sep + iso[:4]
