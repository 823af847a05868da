"""Birth certificates, lease, contract, payslip, attestation, bills for set_dj."""

from dj_docs import BLUE_INK, address_block, amount_table, eur, fr_date, fr_words
from dj_lib import Page, put_signature, stamp


def dz_birth(p, rng):
    """Algerian S12 model: extrait d'acte de naissance, Arabic right / French left."""
    pg = Page(bg=(250, 248, 240))
    pg.text(105, 14, "الجمهورية الجزائرية الديمقراطية الشعبية", 13, "amiri", align="c")
    pg.text(105, 20, "République Algérienne Démocratique et Populaire", 10, "serifb", align="c")
    pg.text(15, 30, "Wilaya d'Oran - Commune d'Oran", 9, "serif")
    pg.text(195, 30, "ولاية وهران - بلدية وهران", 11, "amiri", align="r")
    pg.text(15, 36, "Modèle S12 - N° 12 S", 8, "serif", (80, 80, 80))
    pg.text(105, 46, "EXTRAIT D'ACTE DE NAISSANCE", 14, "serifb", align="c")
    pg.text(105, 54, "مستخرج من عقد الميلاد", 15, "amiri", align="c")
    pg.line(15, 58, 195, 58, 0.4)
    rows = [
        ("Acte n° / Année", "01874 / 1991", "رقم العقد", "1991 / 01874"),
        ("Nom", p["pp_sur"], "اللقب", p["ar_sur"]),
        ("Prénom(s)", p["pp_giv"].title(), "الاسم", p["ar_giv"]),
        ("Né(e) le", fr_words(p["dob"]) + " à 10h30", "تاريخ الميلاد", p["ar_dob"]),
        ("à", "Oran", "مكان الميلاد", "وهران"),
        ("Sexe", "Masculin", "الجنس", "ذكر"),
        ("Fils de", p["father"], "ابن", p["ar_father"]),
        ("fils de (grand-père)", p["grandfather"], "ابن (الجد)", p["ar_gf"]),
        ("et de", p["mother"], "و", p["ar_mother"]),
        ("Mentions marginales", "Néant", "البيانات الهامشية", "لا شيء"),
    ]
    y = 68
    for fl, fv, al, av in rows:
        pg.text(15, y, fl + " :", 8.5, "serif", (60, 60, 60))
        pg.text(52, y, fv, 10.5, "serifb")
        pg.text(195, y, ": " + al, 10, "amiri", (60, 60, 60), "r")
        pg.text(150, y, av, 12, "amiri", align="r")
        pg.line(15, y + 3, 195, y + 3, 0.1, (180, 180, 180))
        y += 11
    y += 6
    pg.text(
        15,
        y,
        "Extrait conforme aux registres de l'état civil, délivré à Oran le 22/02/2026",
        9,
        "serif",
    )
    pg.text(195, y + 7, "حرر بوهران في 2026/02/22", 11, "amiri", align="r")
    pg.text(30, y + 16, "L'Officier de l'état civil", 9, "serif")
    stamp(pg, 55, y + 36, 14, ["APC D'ORAN", "ETAT CIVIL", "W. ORAN"], (30, 70, 150))
    put_signature(pg, rng, 120, y + 22, 40, 12)
    return pg


def ph_birth(p, rng):
    pg = Page(bg=(248, 246, 236))
    pg.text(15, 12, "Municipal Form No. 102", 7, "serif")
    pg.text(15, 16, "(Revised January 2007)", 7, "serif")
    pg.text(105, 14, "Republic of the Philippines", 9, "serif", align="c")
    pg.text(105, 18.5, "OFFICE OF THE CIVIL REGISTRAR GENERAL", 9, "serifb", align="c")
    pg.text(105, 27, "CERTIFICATE OF LIVE BIRTH", 15, "serifb", align="c")
    pg.text(15, 34, "Province  ILOILO", 9, "serif")
    pg.text(15, 39, "City/Municipality  ILOILO CITY", 9, "serif")
    pg.text(150, 34, "Registry No. 96-4471", 9, "serif")
    y = 44
    pg.rect(12, y, 186, 7, 0, fill=(225, 225, 210))
    pg.text(14, y + 5, "CHILD", 9, "serifb")
    y += 7
    cells = [
        ("1. NAME  (First)", p["ph_first"], 12, 70),
        ("(Middle)", p["ph_middle"], 82, 50),
        ("(Last)", p["pp_sur"], 132, 66),
    ]
    for lab, v, x, w in cells:
        pg.box(x, y, w, 12, lab, v, 6, 10.5, "serif")
    y += 12
    cells = [
        ("2. SEX", "FEMALE", 12, 40),
        ("3. DATE OF BIRTH  (Day) (Month) (Year)", p["ph_dob"], 52, 80),
        ("4. PLACE OF BIRTH", "ILOILO DOCTORS' HOSPITAL, ILOILO CITY", 132, 66),
    ]
    for lab, v, x, w in cells:
        pg.box(x, y, w, 12, lab, v, 6, 9 if x == 132 else 10.5, "serif")
    y += 14
    pg.rect(12, y, 186, 7, 0, fill=(225, 225, 210))
    pg.text(14, y + 5, "MOTHER", 9, "serifb")
    y += 7
    pg.box(12, y, 120, 12, "6. MAIDEN NAME (First, Middle, Last)", p["mother"], 6, 10.5, "serif")
    pg.box(132, y, 66, 12, "7. CITIZENSHIP", "FILIPINO", 6, 10.5, "serif")
    y += 14
    pg.rect(12, y, 186, 7, 0, fill=(225, 225, 210))
    pg.text(14, y + 5, "FATHER", 9, "serifb")
    y += 7
    pg.box(12, y, 120, 12, "13. NAME (First, Middle, Last)", p["father"], 6, 10.5, "serif")
    pg.box(132, y, 66, 12, "14. CITIZENSHIP", "FILIPINO", 6, 10.5, "serif")
    y += 14
    pg.box(
        12,
        y,
        186,
        12,
        "20. DATE AND PLACE OF MARRIAGE OF PARENTS",
        "JUNE 12, 1993  -  JARO, ILOILO CITY",
        6,
        10.5,
        "serif",
    )
    y += 22
    pg.text(105, y, "PHILIPPINE STATISTICS AUTHORITY", 11, "sansb", (20, 50, 120), "c")
    pg.wrap(
        20,
        y + 7,
        "This is to certify that this is a true copy of the Certificate of Live "
        "Birth on file in this Office. Issued upon request of MARIA KRISTINE DELA CRUZ on "
        "March 4, 2026 for PASSPORT / FOREIGN purposes.",
        170,
        9,
        "serif",
    )
    put_signature(pg, rng, 120, y + 26, 40, 10)
    pg.text(120, y + 42, "National Statistician and Civil Registrar General", 8, "serif")
    pg.text(15, 285, "SECPA No. C 21448317", 9, "mono", (150, 30, 30))
    return pg


def er_birth(p, rng):
    pg = Page(bg=(246, 246, 240))
    pg.text(105, 16, "ሃገረ ኤርትራ", 14, "free", align="c")
    pg.text(105, 23, "STATE OF ERITREA", 12, "freeb", align="c")
    pg.text(105, 29, "Administration of Maekel Region - Asmara Municipality", 9, "free", align="c")
    pg.text(105, 42, "ምስክር ወረቐት ልደት", 14, "free", align="c")
    pg.text(105, 50, "BIRTH CERTIFICATE", 15, "freeb", align="c")
    pg.text(160, 60, "No. ASM/BC/0458821", 9, "free")
    rows = [
        ("ስም / Name", p["er_first"]),
        ("ስም ኣቦ / Father's Name", p["er_father"]),
        ("ስም ኣቦሓጎ / Grandfather's Name", p["er_gf"]),
        ("ጾታ / Sex", "Female"),
        ("ዕለት ልደት / Date of Birth", p["er_dob"]),
        ("ቦታ ልደት / Place of Birth", "Asmara"),
        ("ስም ኣደ / Mother's Name", p["mother"]),
        ("ዜግነት / Nationality", "Eritrean"),
    ]
    y = 72
    for lab, v in rows:
        pg.text(20, y, lab, 9.5, "free", (60, 60, 60))
        pg.text(95, y, v, 11, "freeb")
        pg.line(95, y + 1.5, 190, y + 1.5, 0.15, (150, 150, 150))
        y += 11
    pg.text(20, y + 6, "Issued at Asmara on 11 May 2026", 9.5, "free")
    stamp(pg, 55, y + 28, 14, ["ASMARA", "MUNICIPALITY", "CIVIL STATUS"], (40, 60, 140))
    put_signature(pg, rng, 120, y + 18, 40, 12)
    pg.rect(115, y + 50, 80, 38, 0.4, (110, 30, 30))
    pg.text(118, y + 56, "MINISTRY OF FOREIGN AFFAIRS", 7.5, "sansb", (110, 30, 30))
    pg.text(118, y + 61, "Authentication No. 2026/7713", 7.5, "sans", (110, 30, 30))
    pg.text(118, y + 66, "Signature authenticated 14/05/2026", 7.5, "sans", (110, 30, 30))
    pg.text(118, y + 73, "AMBASSADE DE FRANCE EN ÉRYTHRÉE", 7, "sansb", (110, 30, 30))
    pg.text(118, y + 78, "Vu pour légalisation n° 214/2026", 7, "sans", (110, 30, 30))
    put_signature(pg, rng, 150, y + 78, 30, 7, (110, 30, 30))
    return pg


def br_birth(p, rng):
    pg = Page(bg=(249, 247, 238))
    pg.text(105, 16, "REPÚBLICA FEDERATIVA DO BRASIL", 11, "serifb", align="c")
    pg.text(105, 22, "REGISTRO CIVIL DAS PESSOAS NATURAIS", 10, "serif", align="c")
    pg.text(105, 32, "CERTIDÃO DE NASCIMENTO", 16, "serifb", (20, 70, 40), "c")
    pg.box(15, 40, 180, 13, "NOME", p["br_name"], 6.5, 12, "serif")
    pg.box(
        15, 55, 180, 13, "MATRÍCULA", "041590 01 55 1990 1 00218 117 0073412 36", 6.5, 11, "mono"
    )
    pg.box(
        15,
        70,
        120,
        13,
        "DATA DE NASCIMENTO POR EXTENSO",
        "dois de dezembro de mil novecentos e oitenta e nove",
        6.5,
        9.5,
        "serif",
    )
    pg.box(135, 70, 60, 13, "DIA  MÊS  ANO", fr_date(p["dob"]), 6.5, 11, "serif")
    pg.box(15, 85, 60, 13, "HORA", "08:45", 6.5, 11, "serif")
    pg.box(75, 85, 80, 13, "MUNICÍPIO DE NASCIMENTO E UF", "BELO HORIZONTE - MG", 6.5, 11, "serif")
    pg.box(155, 85, 40, 13, "SEXO", "FEMININO", 6.5, 11, "serif")
    pg.box(15, 100, 180, 13, "FILIAÇÃO", p["parents"], 6.5, 10, "serif")
    pg.box(15, 115, 180, 13, "AVÓS", p["grand"], 6.5, 8.5, "serif")
    pg.box(15, 130, 90, 13, "DATA DO REGISTRO", "08/12/1989", 6.5, 11, "serif")
    pg.box(105, 130, 90, 13, "ANOTAÇÕES / AVERBAÇÕES", "Nada consta", 6.5, 11, "serif")
    pg.wrap(
        15,
        152,
        "O conteúdo da certidão é verdadeiro. Dou fé. Cartório do 1º Ofício de "
        "Registro Civil das Pessoas Naturais de Belo Horizonte - MG, Rua dos Tupis 457.",
        180,
        9,
        "serif",
    )
    pg.text(15, 170, "Belo Horizonte, 3 de fevereiro de 2026", 9.5, "serif")
    put_signature(pg, rng, 120, 178, 40, 12)
    pg.text(120, 198, "Oficial Substituta", 8.5, "serif")
    stamp(pg, 50, 192, 14, ["1º OFÍCIO RCPN", "BELO HORIZONTE", "MG"], (30, 80, 60))
    return pg


def lease_pages(p, t, rng):
    p1, p2 = Page(), Page()
    p1.text(105, 20, "CONTRAT DE LOCATION", 16, "serifb", align="c")
    p1.text(
        105,
        27,
        "Logement loué vide - soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989",
        8.5,
        "serif",
        align="c",
    )
    y = 40
    p1.text(15, y, "I. DÉSIGNATION DES PARTIES", 11, "serifb")
    y = p1.wrap(
        15,
        y + 7,
        "Le présent contrat est conclu entre les soussignés : "
        + t["landlord_txt"]
        + ", désigné(e) ci-après « le bailleur » ;",
        180,
        10,
        "serif",
    )
    y = p1.wrap(
        15,
        y + 3,
        "et " + t["tenants_txt"] + ", désigné(s) ci-après « le locataire ».",
        180,
        10,
        "serif",
    )
    y += 6
    p1.text(15, y, "II. OBJET DU CONTRAT", 11, "serifb")
    y = p1.wrap(
        15, y + 7, "Adresse du logement : " + t["address"] + ". " + t["desc"], 180, 10, "serif"
    )
    y += 6
    p1.text(15, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", 11, "serifb")
    y = p1.wrap(
        15,
        y + 7,
        "Date de prise d'effet du contrat : " + fr_words(t["start"]) + ". Durée "
        "du contrat : trois ans, renouvelable tacitement.",
        180,
        10,
        "serif",
    )
    y += 6
    p1.text(15, y, "IV. CONDITIONS FINANCIÈRES", 11, "serifb")
    y = p1.wrap(
        15,
        y + 7,
        f"Loyer mensuel hors charges : {eur(t['rent'])}. Provision sur charges : "
        f"{eur(t['charges'])}. Paiement mensuel à terme à échoir, le 5 de chaque mois. "
        f"Dépôt de garantie : {eur(t['rent'])}.",
        180,
        10,
        "serif",
    )
    p1.text(105, 287, "Page 1 / 2", 8, "serif", align="c")
    p2.text(15, 20, "V. TRAVAUX - VI. GARANTIES - VII. CLAUSE RÉSOLUTOIRE", 11, "serifb")
    y = p2.wrap(
        15,
        28,
        "Le locataire s'engage à user paisiblement des locaux, à répondre des "
        "dégradations, à s'assurer contre les risques locatifs et à en justifier lors de "
        "la remise des clés puis chaque année. Le contrat sera résilié de plein droit "
        "deux mois après un commandement de payer demeuré infructueux.",
        180,
        10,
        "serif",
    )
    p2.text(
        15,
        y + 10,
        f"Fait à {t['city']}, le {fr_date(t['signed'])}, en deux exemplaires.",
        10,
        "serif",
    )
    p2.text(20, y + 22, "Le bailleur (lu et approuvé)", 9, "serif")
    p2.text(115, y + 22, "Le(s) locataire(s) (lu et approuvé)", 9, "serif")
    put_signature(p2, rng, 22, y + 27, 40, 11)
    put_signature(p2, rng, 117, y + 27, 36, 11)
    if len(t["tenants"]) > 1:
        put_signature(p2, rng, 150, y + 40, 36, 11, (30, 30, 30))
    p2.text(105, 287, "Page 2 / 2", 8, "serif", align="c")
    return [p1, p2]


def contract_pages(p, c, rng):
    p1 = Page()
    p1.text(105, 22, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", 14, "latob", align="c")
    y = p1.wrap(
        15,
        36,
        f"Entre la société {c['employer']}, {c['form']}, immatriculée sous le "
        f"SIRET {c['siret']}, dont le siège est situé {c['emp_addr']}, représentée par "
        f"{c['rep']}, en qualité de {c['rep_title']}, ci-après « l'Employeur »,",
        180,
        10,
        "lato",
    )
    y = p1.wrap(
        15,
        y + 4,
        f"et M. {c['employee']}, né le {fr_date(p['dob'])} à {p['pob_form']}, "
        f"de nationalité {p['nat_fr'].lower()}, demeurant {p['addr1']}, {p['addr2']}, "
        "ci-après « le Salarié »,",
        180,
        10,
        "lato",
    )
    y = p1.wrap(15, y + 4, "il a été convenu ce qui suit :", 180, 10, "lato")
    arts = [
        (
            "Article 1 - Engagement",
            (
                f"Le Salarié est engagé à compter du {fr_date(c['start'])} "
                "pour une durée indéterminée, sous réserve des résultats de la visite d'information et "
                "de prévention."
            ),
        ),
        (
            "Article 2 - Fonctions",
            (
                f"Le Salarié exercera les fonctions de {c['job']}, "
                f"{c['cat']}, selon la convention collective {c['ccn']}."
            ),
        ),
        (
            "Article 3 - Période d'essai",
            (
                "Le présent contrat ne deviendra définitif qu'à l'issue "
                "d'une période d'essai de deux mois."
            ),
        ),
        (
            "Article 4 - Rémunération",
            f"Rémunération mensuelle brute de {eur(c['gross'])} pour 35 heures hebdomadaires.",
        ),
        ("Article 5 - Lieu de travail", f"Le Salarié exercera ses fonctions à {c['site']}."),
    ]
    for h, body in arts:
        p1.text(15, y + 7, h, 10.5, "latob")
        y = p1.wrap(15, y + 13, body, 180, 10, "lato")
    p1.text(
        15, y + 10, f"Fait à Marseille, le {fr_date(c['signed'])}, en deux exemplaires.", 10, "lato"
    )
    p1.text(20, y + 20, "Pour l'Employeur", 9, "lato")
    p1.text(120, y + 20, "Le Salarié (lu et approuvé)", 9, "lato")
    put_signature(p1, rng, 22, y + 24, 40, 11)
    put_signature(p1, rng, 122, y + 24, 36, 11)
    return [p1]


def payslip(p, s, rng):
    pg = Page()
    pg.rect(12, 12, 186, 10, 0, fill=(38, 62, 95))
    pg.text(15, 19, "BULLETIN DE PAIE", 12, "robotob", (255, 255, 255))
    pg.text(
        195, 19, "Période du " + s["from"] + " au " + s["to"], 9, "roboto", (255, 255, 255), "r"
    )
    address_block(
        pg,
        15,
        30,
        [
            s["employer"],
            s["emp_addr"][0],
            s["emp_addr"][1],
            "SIRET " + s["siret"] + "   APE " + s["ape"],
        ],
        "roboto",
        8.5,
    )
    pg.rect(110, 27, 88, 32, 0.3)
    address_block(pg, 114, 34, [s["employee"], p["addr1"], p["addr2"]], "roboto", 9.5)
    address_block(
        pg,
        15,
        55,
        [
            "Emploi : " + s["job"],
            "Entrée le : " + s["entry"],
            "Convention collective : " + s["ccn"],
        ],
        "roboto",
        8,
    )
    y = amount_table(
        pg,
        12,
        72,
        [
            ("Salaire de base (151,67 h)", eur(s["gross"])),
            ("SALAIRE BRUT", eur(s["gross"])),
            ("Santé - Sécurité sociale, complémentaire", "- " + eur(s["gross"] * 0.012)),
            ("Retraite (plafonnée, complémentaire)", "- " + eur(s["gross"] * 0.1005)),
            ("Assurance chômage", "0,00 €"),
            ("CSG déductible de l'impôt sur le revenu", "- " + eur(s["gross"] * 0.0676)),
            ("CSG/CRDS non déductible", "- " + eur(s["gross"] * 0.0287)),
            ("Total des cotisations et contributions", "- " + eur(s["gross"] - s["net_before"])),
        ],
        "roboto",
        186,
    )
    pg.rect(12, y + 2, 186, 9, 0, fill=(232, 238, 246))
    pg.text(15, y + 8, "NET À PAYER AVANT IMPÔT SUR LE REVENU", 9.5, "robotob")
    pg.text(195, y + 8, eur(s["net_before"]), 9.5, "robotob", align="r")
    pg.text(
        15, y + 17, "Impôt sur le revenu prélevé à la source (taux " + s["pas"] + ")", 8.5, "roboto"
    )
    pg.text(195, y + 17, "- " + eur(s["net_before"] - s["net"]), 8.5, "roboto", align="r")
    pg.rect(110, y + 22, 88, 11, 0.5)
    pg.text(113, y + 29, "NET PAYÉ", 10, "robotob")
    pg.text(195, y + 29, eur(s["net"]), 11, "robotob", align="r")
    pg.text(15, y + 29, "Payé le " + s["paid"] + " par virement", 8.5, "roboto")
    pg.text(
        105,
        285,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée.",
        7,
        "roboto",
        (90, 90, 90),
        "c",
    )
    return pg


def attestation_hand(a, rng):
    pg = Page(bg=(252, 252, 249))
    f = "hand2"
    for i in range(30):
        pg.line(15, 40 + i * 8.2, 195, 40 + i * 8.2, 0.15, (170, 190, 220))
    pg.text(105, 28, "Attestation d'hébergement", 20, f, BLUE_INK, "c")
    lines = [
        f"Je soussignée {a['host']}, née le {a['host_dob']} à {a['host_pob']},",
        f"demeurant {a['addr1']}, {a['addr2']},",
        f"atteste sur l'honneur héberger à mon domicile depuis le {fr_date(a['since'])}",
        f"Mme {a['hosted']}, née le {a['hosted_dob']} à {a['hosted_pob']}.",
        "Je joins la copie de ma carte d'identité et mes factures d'électricité.",
        "Attestation faite pour servir et valoir ce que de droit.",
        "",
        f"Fait à Lyon, le {fr_date(a['signed'])}",
    ]
    y = 47.5
    for ln in lines:
        pg.text(18 + rng.uniform(-1, 1), y, ln, 14, f, BLUE_INK)
        y += 8.2 * (2 if len(ln) > 0 and ln.startswith("Fait") else 1)
    put_signature(pg, rng, 120, y + 2, 45, 13)
    return pg
