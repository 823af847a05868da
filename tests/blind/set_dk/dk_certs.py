"""Birth certificates of four countries, a sworn translation and a handwritten attestation."""

from dk_docs import MES, MONTHS, fr, translator_block, words
from dk_draw import Doc, hand, signature, stamp

INK = (20, 30, 100)


def morocco(b, rng):
    """Bilingual Moroccan extract; the Arabic part puts the family name first."""
    p = Doc(bg=(250, 248, 240))
    p.text(20, 18, "ROYAUME DU MAROC", "serifb", 11)
    p.text(20, 23, "Ministère de l'Intérieur", "serif", 9)
    p.text(20, 28, f"Province : {b['province']}", "serif", 9)
    p.text(20, 33, f"Commune : {b['commune']}", "serif", 9)
    p.text(20, 38, "Bureau de l'état civil", "serif", 9)
    p.text(190, 19, "المملكة المغربية", "amirib", 13, (0, 0, 0), "r", rtl=True)
    p.text(190, 26, "وزارة الداخلية", "amiri", 11, (0, 0, 0), "r", rtl=True)
    p.text(190, 33, "مكتب الحالة المدنية " + b["commune_ar"], "amiri", 11, (0, 0, 0), "r",
           rtl=True)  # fmt: skip
    p.text(105, 52, "نسخة موجزة من رسم الولادة", "amirib", 16, (0, 0, 0), "c", rtl=True)
    p.text(105, 60, "EXTRAIT D'ACTE DE NAISSANCE", "serifb", 13, (0, 0, 0), "c")
    p.text(105, 66, f"Acte n° {b['acte']} — Année {b['year']}", "serif", 9.5, (0, 0, 0), "c")
    p.line(105, 72, 105, 200, 0.3, (120, 120, 120))
    rows = [
        ("Nom de famille :", b["surname"], "الاسم العائلي :", b["surname_ar"]),
        ("Prénom :", b["given"], "الاسم الشخصي :", b["given_ar"]),
        ("Né le :", words(b["dob"]), "تاريخ الازدياد :", b["dob_ar"]),
        ("à :", b["pob"], "مكان الازدياد :", b["pob_ar"]),
        ("Sexe :", b["sex_fr"], "الجنس :", b["sex_ar"]),
        ("Fils de :", b["father"], "والده :", b["father_ar"]),
        ("Et de :", b["mother"], "والدته :", b["mother_ar"]),
        ("Mentions marginales :", "Néant", "بيانات هامشية :", "لا شيء"),
    ]
    y = 82
    for lf, vf, la, va in rows:
        p.text(20, y, lf, "serif", 9.5)
        p.text(20, y + 6, vf, "serifb", 10.5)
        p.text(190, y, la, "amiri", 11, (0, 0, 0), "r", rtl=True)
        p.text(190, y + 7, va, "amirib", 12, (0, 0, 0), "r", rtl=True)
        y += 15
    p.text(20, 215, f"Extrait certifié conforme aux registres de l'état civil, {b['commune']}, "
           f"le {fr(b['issued'])}", "serif", 9.5)  # fmt: skip
    p.text(20, 222, "L'officier de l'état civil", "serif", 9.5)
    stamp(p, 60, 245, 15, "ETAT CIVIL " + b["commune"].upper(), ["المملكة", "المغربية"],
          (60, 50, 140), "amirib")  # fmt: skip
    signature(p, 120, 230, 50, 20, rng, (30, 30, 80))
    return p


def dominican(b, rng):
    p = Doc(bg=(252, 251, 246))
    p.text(105, 16, "REPÚBLICA DOMINICANA", "serifb", 13, (0, 0, 0), "c")
    p.text(105, 22, "JUNTA CENTRAL ELECTORAL", "serifb", 11, (0, 50, 120), "c")
    p.text(105, 28, "Dirección Nacional de Registro del Estado Civil", "serif", 9.5, (0, 0, 0),
           "c")  # fmt: skip
    p.text(105, 33, b["oficialia"], "serif", 9.5, (0, 0, 0), "c")
    p.text(105, 45, "ACTA INEXTENSA DE NACIMIENTO", "serifb", 14, (0, 0, 0), "c")
    p.text(20, 56, f"Libro No. {b['libro']}   Folio No. {b['folio']}   Acta No. {b['acta']}   "
           f"Año {b['year']}", "serif", 10)  # fmt: skip
    lines = [
        f"En la ciudad de {b['pob']}, República Dominicana, a los {words(b['reg'], MES)},",
        f"ante mí, {b['officer']}, Oficial del Estado Civil, compareció {b['informant']},",
        "quien declaró que el día " + words(b["dob"], MES) + f", a las {b['hour']},",
        f"nació en {b['hospital']}, un niño del sexo {b['sexo']}, a quien se le dio el nombre de:",
    ]
    y = 68
    for s in lines:
        p.text(20, y, s, "serif", 10.5)
        y += 7
    p.text(105, y + 4, f"{b['given']} {b['surname']}", "serifb", 13, (0, 0, 0), "c")
    y += 16
    for lab, v in (
        ("Primer apellido:", b["s1"]),
        ("Segundo apellido:", b["s2"]),
        ("Nombres:", b["given"]),
        ("Fecha de nacimiento:", fr(b["dob"])),
        ("Lugar de nacimiento:", b["pob"]),
        ("Padre:", b["father"]),
        ("Madre:", b["mother"]),
    ):
        p.label(25, y, lab, v, "serif", "serifb", 10.5)
        y += 7.5
    y += 6
    p.text(20, y, "Certifico que la presente es una copia fiel del acta original que reposa en "
           "los archivos a mi cargo.", "serif", 9.5)  # fmt: skip
    p.text(20, y + 7, f"Expedida en {b['pob']}, el {words(b['issued'], MES)}.", "serif", 9.5)
    stamp(p, 60, y + 35, 16, "OFICIALIA ESTADO CIVIL", ["JCE", "SANTIAGO"], (30, 60, 150))
    signature(p, 115, y + 22, 55, 20, rng, (20, 20, 90))
    p.text(140, y + 48, b["officer"], "serif", 9, (0, 0, 0), "c")
    p.text(140, y + 53, "Oficial del Estado Civil", "serif", 9, (0, 0, 0), "c")
    return p


def dominican_fr(b, rng):
    p = Doc()
    p.text(20, 18, "Claire Vasseur-Moreno", "sansb", 11)
    p.text(20, 23, "Traductrice-interprète expert près la Cour d'appel de Lyon", "sans", 9)
    p.text(20, 28, "12 quai Romain Rolland, 69005 Lyon — Registre n° 2019-LY-0418", "sans", 8.5)
    p.text(105, 45, "TRADUCTION DE L'ESPAGNOL", "sansb", 12, (0, 0, 0), "c")
    p.text(105, 53, "RÉPUBLIQUE DOMINICAINE — COMMISSION CENTRALE ÉLECTORALE", "sans", 10,
           (0, 0, 0), "c")  # fmt: skip
    p.text(105, 60, "ACTE INTÉGRAL DE NAISSANCE", "sansb", 11, (0, 0, 0), "c")
    y = 72
    for lab, v in (
        ("Registre n°", (f"{b['libro']}, feuillet n° {b['folio']}, "
                         f"acte n° {b['acta']}, année {b['year']}")),
        ("Premier nom :", b["s1"]),
        ("Second nom :", b["s2"]),
        ("Prénoms :", b["given"]),
        ("Date de naissance :", words(b["dob"])),
        ("Lieu de naissance :", f"{b['pob']} (République dominicaine)"),
        ("Sexe :", "féminin"),
        ("Père :", b["father"]),
        ("Mère :", b["mother"]),
        ("Délivré le :", words(b["issued"])),
    ):  # fmt: skip
        p.label(22, y, lab, v, "sans", "sansb", 10)
        y += 8
    p.text(22, y + 4, "[Cachet : Officialité de l'état civil, JCE, Santiago] [Signature "
           "illisible]", "sans", 9)  # fmt: skip
    p.text(22, y + 10, f"[Apostille n° {b['apo_no']} du {fr(b['apo_date'])}, ministère des "
           "Relations extérieures]", "sans", 9)  # fmt: skip
    translator_block(p, y + 24, rng, "Claire Vasseur-Moreno", "Cour d'appel de Lyon")
    p.text(20, 285, f"Traduction n° T-{b['acta']}-26, Lyon, le {fr(b['tr_date'])}", "sans", 8)
    return p


def guinea(b, rng):
    p = Doc(bg=(248, 246, 236))
    p.text(105, 16, "RÉPUBLIQUE DE GUINÉE", "serifb", 13, (0, 0, 0), "c")
    p.text(105, 22, "Travail — Justice — Solidarité", "serifi", 9, (0, 0, 0), "c")
    p.text(20, 32, f"Région administrative de {b['region']}", "serif", 9.5)
    p.text(20, 37, f"Préfecture de {b['prefecture']}", "serif", 9.5)
    p.text(20, 42, f"Commune urbaine de {b['commune']}", "serif", 9.5)
    p.text(190, 32, "CENTRE D'ÉTAT CIVIL", "serifb", 9.5, (0, 0, 0), "r")
    p.text(105, 56, "EXTRAIT D'ACTE DE NAISSANCE", "serifb", 14, (0, 0, 0), "c")
    p.text(105, 63, f"N° {b['acte']} / Année {b['year']}", "serif", 10, (0, 0, 0), "c")
    y = 78
    for lab, v in (
        ("Nom", b["surname"]),
        ("Prénom(s)", b["given"]),
        ("Date de naissance", words(b["dob"])),
        ("Lieu de naissance", b["pob"]),
        ("Sexe", b["sex"]),
        ("Père", b["father"]),
        ("Mère", b["mother"]),
    ):
        p.text(25, y, lab, "serif", 10)
        p.text(70, y, ":", "serif", 10)
        hand(p, 75, y, v, rng, 12.5, "h3", (15, 15, 15))
        p.line(75, y + 1.3, 190, y + 1.3, 0.15, (140, 140, 140))
        y += 10
    p.text(25, y + 6, f"Délivré à {b['commune']}, le {fr(b['issued'])}", "serif", 10)
    p.text(130, y + 6, "L'Officier d'état civil", "serif", 10)
    signature(p, 130, y + 10, 45, 16, rng, (20, 20, 60))
    stamp(p, 70, y + 26, 14, "ETAT CIVIL " + b["commune"].upper(), ["REP. DE", "GUINEE"])
    # legalisation stamps (Guinea is not a party to the Apostille Convention)
    y = 230
    p.rect(18, y - 6, 84, 46, 0.5, (110, 30, 30))
    for i, s in enumerate((
        "MINISTÈRE DES AFFAIRES ÉTRANGÈRES",
        "Vu pour légalisation de la signature",
        f"de M. {b['officer']}, officier d'état civil",
        f"Conakry, le {fr(b['leg1'])}",
        "Le Chef de la section légalisation",
    )):  # fmt: skip
        p.text(21, y + i * 5.5, s, "sansb" if i == 0 else "sans", 7.5, (110, 30, 30))
    signature(p, 60, y + 22, 35, 14, rng, (60, 20, 20))
    p.rect(108, y - 6, 84, 46, 0.5, (30, 40, 120))
    for i, s in enumerate((
        "AMBASSADE DE FRANCE EN GUINÉE",
        "Vu pour légalisation de la signature",
        "du chef de la section légalisation du",
        f"MAE guinéen. Conakry, le {fr(b['leg2'])}",
        f"N° {b['leg_no']} — Droits perçus",
    )):  # fmt: skip
        p.text(111, y + i * 5.5, s, "sansb" if i == 0 else "sans", 7.5, (30, 40, 120))
    signature(p, 150, y + 22, 35, 14, rng, (20, 20, 80))
    return p


def gro(b, rng):
    """England and Wales 'Certified copy of an entry of birth' (landscape, pink)."""
    p = Doc(297, 210, (248, 232, 230))
    red = (170, 40, 60)
    p.rect(8, 8, 281, 194, 0.8, red)
    p.text(148, 20, "CERTIFIED COPY OF AN ENTRY OF BIRTH", "serifb", 14, red, "c")
    p.text(148, 27, "GIVEN AT THE GENERAL REGISTER OFFICE", "serif", 9, red, "c")
    p.text(20, 27, f"Application Number {b['app_no']}", "serif", 8, red)
    p.text(20, 40, f"BIRTH in the Sub-district of {b['subdistrict']}", "serif", 10, red)
    p.text(180, 40, f"in the Metropolitan District of {b['district']}", "serif", 10, red)
    p.text(20, 34, f"Registration District {b['district']}", "serif", 9, red)
    cols = [("Columns:- 1", 14), ("2", 32), ("3", 16), ("4", 40), ("5", 46), ("6", 28),
            ("7", 40), ("8", 24), ("9", 26), ("10", 0)]  # fmt: skip
    heads = ["When and where born", "Name, if any", "Sex", "Name and surname of father",
             "Name, surname and maiden surname of mother", "Occupation of father",
             "Signature, description and residence of informant", "When registered",
             "Signature of registrar", "Name entered after registration"]  # fmt: skip
    vals = [
        [words(b["dob"], MONTHS), b["pob_line"]],
        [b["given"], b["surname"]],
        [b["sex"]],
        [b["father"]],
        [b["mother"]],
        [b["father_job"]],
        [b["informant"], "Mother", b["residence"]],
        [words(b["reg"], MONTHS)],
        [b["registrar"], "Registrar"],
        [""],
    ]
    x = 14
    ws = [26, 34, 12, 30, 36, 24, 40, 24, 28, 18]
    for i, w in enumerate(ws):
        p.rect(x, 46, w, 70, 0.3, red)
        p.text(x + w / 2, 52, cols[i][0], "serif", 6.5, red, "c")
        for k, part in enumerate(_wrap(heads[i], w - 2, 6)):
            p.text(x + 1, 57 + k * 3, part, "serif", 6, red)
        for k, part in enumerate(vals[i]):
            for m, q in enumerate(_wrap(part, w - 2, 8.5)):
                p.text(x + 1.5, 76 + (k * 2 + m) * 5, q, "carl", 8.5, (20, 20, 20))
        x += w
    p.text(20, 128, "CERTIFIED to be a true copy of an entry in the certified copy of a "
           "Register of Births in the District above mentioned.", "serif", 9, red)  # fmt: skip
    p.text(20, 135, "Given at the GENERAL REGISTER OFFICE, under the Seal of the said Office, "
           f"the {words(b['issued'], MONTHS)}", "serif", 9, red)  # fmt: skip
    p.text(20, 150, f"{b['serial']}", "sansb", 12, red)
    stamp(p, 240, 160, 18, "GENERAL REGISTER OFFICE", ["GRO", "SEAL"], red)
    p.text(20, 195, "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A "
           "CERTIFICATE AND USING OR POSSESSING A FALSE CERTIFICATE. ©CROWN COPYRIGHT",
           "sans", 6.5, red)  # fmt: skip
    p.text(20, 200, "WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.", "sansb", 7, red)
    return p


def _wrap(s, w, size, f="serif"):
    from dk_draw import width

    out, cur = [], ""
    for wd in s.split():
        t = (cur + " " + wd).strip()
        if width(t, f, size) > w and cur:
            out.append(cur)
            cur = wd
        else:
            cur = t
    return out + ([cur] if cur else [])


def attestation(a, rng):
    """Handwritten attestation d'hébergement on plain paper."""
    p = Doc(bg=(253, 253, 250))
    f = a.get("font", "h3")
    y = 30
    hand(p, 50, y, "Attestation d'hébergement", rng, 21, f, INK)
    y += 22
    for s in a["lines"]:
        hand(p, 18, y, s, rng, 15, f, INK)
        y += 12.5
    y += 6
    hand(p, 100, y, a["made"], rng, 15, f, INK)
    signature(p, 115, y + 6, 55, 22, rng, INK)
    return p
