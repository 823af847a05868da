"""Forms and contracts: CERFA 15763*02 (S1106), lease (loi 1989), attestation d'hébergement,
CDI employment contract."""

from __future__ import annotations

import random

from frdocs import d_fr, d_words
from sheet import Sheet

BLUE_INK = (20, 35, 125)
HAND_SCALE = {"hand1": 1.75, "hand2": 1.45, "hand3": 1.4, "hand4": 1.3}


class Filler:
    """Writes values either typed (PDF form filled on screen) or by hand in blue ink."""

    def __init__(self, sh: Sheet, rng: random.Random, hand: str | None):
        self.sh, self.rng, self.hand = sh, rng, hand

    def put(self, x, y, s, size=10):
        if self.hand:
            k = HAND_SCALE.get(self.hand, 1.4)
            self.sh.text(x, y, s, self.hand, size * k, BLUE_INK, jitter=self.rng)
        else:
            self.sh.text(x, y, s, "courier", size, (0, 0, 0))

    def comb(self, x, y, s, cell=4.2):
        for i, ch in enumerate(s):
            if ch != " ":
                if self.hand:
                    self.sh.text(x + i * cell + 0.8 + self.rng.uniform(-0.3, 0.3), y + 3.9, ch,
                                 self.hand, 10 * HAND_SCALE.get(self.hand, 1.4), BLUE_INK)  # fmt: skip
                else:
                    self.sh.text(x + i * cell + 1.0, y + 3.7, ch, "courier", 10)

    def tick(self, x, y):
        if self.hand:
            self.sh.poly(
                [(x + 0.5, y + 1.8), (x + 1.6, y + 3.2), (x + 3.6, y - 0.6)], BLUE_INK, 0.5
            )
        else:
            self.sh.text(x + 0.6, y + 3, "X", "courier", 10)


def cerfa_s1106(a: dict, rng: random.Random) -> list[Sheet]:
    """Two pages. a: surname, usage, given, dob, pob_city, pob_country, nationality, addr (3),
    employed, job, contract, place, signed_on, signed, hand (font name or None), phone."""
    p1, p2 = Sheet(), Sheet()
    fl = Filler(p1, rng, a.get("hand"))
    teal = (0, 110, 140)
    p1.rect(12, 10, 24, 13, stroke=(0, 0, 0), width=0.4)
    p1.text(24, 17.5, "cerfa", "sansb", 12, anchor="c")
    p1.text(24, 21.5, "N° 15763*02", "sans", 6, anchor="c")
    p1.text(105, 15, "DEMANDE D'OUVERTURE DES DROITS", "sansb", 12, anchor="c")
    p1.text(105, 20.5, "À L'ASSURANCE MALADIE", "sansb", 12, anchor="c")
    p1.text(105, 25.5, "Protection universelle maladie", "sansi", 9, anchor="c")
    p1.text(198, 15, "l'Assurance", "sansb", 9, teal, "r")
    p1.text(198, 19.5, "Maladie", "sansb", 9, teal, "r")
    p1.text(198, 26, "S1106", "sans", 7, anchor="r")
    p1.para(12, 34, "Articles L. 160-1, L. 160-5, R. 111-2 et R. 111-3 du Code de la sécurité "
            "sociale. Vous résidez en France de manière stable et régulière depuis plus de trois "
            "mois ou vous exercez une activité professionnelle en France : remplissez ce "
            "formulaire et joignez les pièces justificatives demandées.", 186, "sans", 7.5)  # fmt: skip

    def section(y, t):
        p1.rect(12, y, 186, 6, stroke=None, fill=teal)
        p1.text(15, y + 4.3, t, "sansb", 9, (255, 255, 255))
        return y + 12

    y = section(46, "A - VOUS")
    lab = 8
    p1.text(14, y, "Nom de naissance", "sans", lab)
    p1.line(48, y + 0.8, 196, y + 0.8, (120, 120, 120), 0.15)
    fl.put(50, y - 0.3, a["surname"])
    y += 8
    p1.text(14, y, "Nom d'usage (facultatif)", "sans", lab)
    p1.line(55, y + 0.8, 196, y + 0.8, (120, 120, 120), 0.15)
    if a.get("usage"):
        fl.put(57, y - 0.3, a["usage"])
    y += 8
    p1.text(14, y, "Prénoms", "sans", lab)
    p1.line(30, y + 0.8, 196, y + 0.8, (120, 120, 120), 0.15)
    fl.put(32, y - 0.3, a["given"])
    y += 8
    p1.text(14, y, "N° de sécurité sociale (si vous en avez un)", "sans", lab)
    p1.box(85, y - 3.5, "", 15)
    y += 9
    p1.text(14, y, "N° d'allocataire CAF (le cas échéant)", "sans", lab)
    p1.box(85, y - 3.5, "", 8)
    y += 9
    p1.text(14, y, "Date de naissance", "sans", lab)
    for i in range(8):
        p1.rect(50 + i * 4.2 + (2 if i >= 2 else 0) + (2 if i >= 4 else 0), y - 3.5, 4.2, 4.8,
                width=0.18)  # fmt: skip
    dob = a["dob"][8:10] + a["dob"][5:7] + a["dob"][0:4]
    for i, ch in enumerate(dob):
        fl.comb(50 + i * 4.2 + (2 if i >= 2 else 0) + (2 if i >= 4 else 0), y - 3.5, ch)
    y += 9
    p1.text(14, y, "Lieu de naissance : commune", "sans", lab)
    fl.put(58, y - 0.3, a["pob_city"])
    p1.text(120, y, "pays", "sans", lab)
    fl.put(130, y - 0.3, a["pob_country"])
    y += 8
    p1.text(14, y, "Nationalité", "sans", lab)
    fl.put(34, y - 0.3, a["nationality"])
    y += 8
    p1.text(14, y, "Adresse", "sans", lab)
    for i, ln in enumerate(a["addr"]):
        p1.line(30, y + 0.8 + i * 7, 196, y + 0.8 + i * 7, (120, 120, 120), 0.15)
        fl.put(32, y - 0.3 + i * 7, ln)
    y += 7 * len(a["addr"]) + 2
    p1.text(14, y, "Téléphone", "sans", lab)
    fl.put(34, y - 0.3, a["phone"])
    p1.text(110, y, "Courriel", "sans", lab)
    if a.get("email"):
        fl.put(126, y - 0.3, a["email"], 9)
    y = section(y + 8, "B - VOTRE SITUATION PROFESSIONNELLE")
    opts = [
        ("Vous exercez une activité salariée en France", "employed"),
        ("Vous exercez une activité non salariée (indépendant)", "self"),
        ("Vous n'exercez pas d'activité professionnelle", "not_employed"),
        ("Autre situation (étudiant, stagiaire, ...)", "other"),
    ]
    for t, key in opts:
        p1.rect(14, y - 3.2, 3.8, 3.8, width=0.2)
        p1.text(20, y, t, "sans", lab)
        if a["status"] == key:
            fl.tick(14, y - 3.2)
        y += 7
    p1.text(20, y, "Si salarié : profession", "sans", lab)
    p1.text(110, y, "type de contrat (CDI, CDD...)", "sans", lab)
    if a["status"] == "employed":
        fl.put(52, y - 0.3, a["job"], 9.5)
        fl.put(152, y - 0.3, a["contract"], 9.5)
    y += 7
    p1.text(20, y, "Nom et adresse de l'employeur", "sans", lab)
    if a["status"] == "employed":
        fl.put(65, y - 0.3, a["employer"], 9.5)
    y = section(y + 8, "C - ENGAGEMENT ET SIGNATURE")
    y = p1.para(14, y, "J'atteste sur l'honneur l'exactitude des renseignements portés sur ce "
                "formulaire et m'engage à signaler tout changement de situation. La loi punit "
                "quiconque se rend coupable de fraudes ou de fausses déclarations (articles "
                "313-1 et 441-1 du Code pénal).", 182, "sans", 8)  # fmt: skip
    y += 4
    p1.text(14, y, "Fait à", "sans", lab)
    fl.put(26, y - 0.3, a["place"])
    p1.text(90, y, "le", "sans", lab)
    sd = a["signed_on"]
    for i in range(8):
        p1.rect(96 + i * 4.2 + (2 if i >= 2 else 0) + (2 if i >= 4 else 0), y - 3.5, 4.2, 4.8,
                width=0.18)  # fmt: skip
    for i, ch in enumerate(sd[8:10] + sd[5:7] + sd[0:4]):
        fl.comb(96 + i * 4.2 + (2 if i >= 2 else 0) + (2 if i >= 4 else 0), y - 3.5, ch)
    p1.text(145, y, "Signature", "sans", lab)
    p1.rect(140, y + 2, 56, 20, stroke=(150, 150, 150), width=0.2)
    if a["signed"]:
        p1.signature(147, y + 12, rng)
    p1.text(105, 289, "15763*02 - S1106 - page 1/2", "sans", 6.5, (90, 90, 90), "c")
    # page 2: list of supporting documents (printed, nothing filled)
    p2.text(14, 20, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", "sansb", 11, teal)
    items = [
        "Une pièce d'identité : passeport ou carte nationale d'identité en cours de validité.",
        "Pour les ressortissants hors Union européenne : un titre de séjour, un visa long séjour "
        "valant titre de séjour ou un récépissé de demande.",
        "Un acte de naissance (copie intégrale ou extrait avec filiation), traduit si besoin.",
        "Un justificatif de résidence stable en France depuis plus de 3 mois : bail, quittances, "
        "factures (électricité, gaz, eau, téléphone) ou attestation d'hébergement.",
        "Un relevé d'identité bancaire (RIB) à votre nom.",
        "Si vous travaillez : contrat de travail ou bulletin de salaire.",
    ]
    y = 32
    for it in items:
        p2.rect(16, y - 3, 3, 3, width=0.2)
        y = p2.para(23, y, it, 170, "sans", 9) + 3
    p2.para(14, y + 8, "Les informations recueillies font l'objet d'un traitement par votre "
            "caisse d'assurance maladie. Vous disposez d'un droit d'accès et de rectification "
            "(Règlement (UE) 2016/679).", 182, "sans", 7.5, color=(90, 90, 90))  # fmt: skip
    p2.text(105, 289, "15763*02 - S1106 - page 2/2", "sans", 6.5, (90, 90, 90), "c")
    return [p1, p2]


def lease(L: dict, rng: random.Random) -> list[Sheet]:
    """Contrat de location, logement vide (modèle type, décret 2015-587). Three pages."""
    pages = [Sheet(), Sheet(), Sheet()]
    f, fb = "serif", "serifb"
    s = pages[0]
    s.text(105, 22, "CONTRAT DE LOCATION", fb, 15, anchor="c")
    s.text(105, 29, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", fb, 10.5, anchor="c")
    s.para(25, 37, "(Soumis au titre Ier bis de la loi n° 89-462 du 6 juillet 1989 tendant à "
           "améliorer les rapports locatifs - Modèle type prévu par le décret n° 2015-587 du "
           "29 mai 2015)", 160, "serifi", 8.5)  # fmt: skip
    y = 54
    s.text(20, y, "I. DÉSIGNATION DES PARTIES", fb, 11)
    y = s.para(20, y + 8, "Le présent contrat est conclu entre les soussignés :", 170, f, 10)
    y = s.para(20, y + 2, f"{L['landlord']}, {L['landlord_addr']}, désigné(e) ci-après « le "
               "bailleur » ;", 170, f, 10)  # fmt: skip
    y = s.para(20, y + 2, "et " + " et ".join(L["tenants_print"]) + ", désigné(s) ci-après « le "
               "locataire ».", 170, f, 10)  # fmt: skip
    y += 6
    s.text(20, y, "II. OBJET DU CONTRAT", fb, 11)
    y = s.para(20, y + 8, "Le présent contrat a pour objet la location d'un logement ainsi "
               "déterminé :", 170, f, 10)  # fmt: skip
    y = s.para(25, y + 2, "Adresse du logement : " + ", ".join(L["addr_lines"]), 165, f, 10)
    y = s.para(25, y + 1, f"Type d'habitat : immeuble collectif. Régime juridique : copropriété. "
               f"Période de construction : 1949-1974. Surface habitable : {L['surface']} m². "
               f"Nombre de pièces principales : {L['rooms']}.", 165, f, 10)  # fmt: skip
    y = s.para(25, y + 1, "Destination des locaux : usage d'habitation principale.", 165, f, 10)
    y += 6
    s.text(20, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", fb, 11)
    y = s.para(20, y + 8, f"A. Date de prise d'effet du contrat : le {d_words(L['start'])}.",
               170, f, 10)  # fmt: skip
    y = s.para(20, y + 1, "B. Durée du contrat : trois (3) ans, renouvelable par tacite "
               "reconduction.", 170, f, 10)  # fmt: skip
    y += 6
    s.text(20, y, "IV. CONDITIONS FINANCIÈRES", fb, 11)
    y = s.para(
        20,
        y + 8,
        f"A. Loyer mensuel hors charges : {L['rent']} euros. Le loyer est "
        "payable mensuellement et d'avance, le premier jour de chaque mois.",
        170,
        f,
        10,
    )
    y = s.para(20, y + 1, f"B. Provision sur charges récupérables : {L['charges']} euros par "
               "mois, avec régularisation annuelle.", 170, f, 10)  # fmt: skip
    y = s.para(20, y + 1, "C. Le loyer du logement objet du présent contrat est soumis au décret "
               "fixant annuellement le montant maximum d'évolution des loyers à la relocation.",
               170, f, 10)  # fmt: skip
    s.text(105, 285, "Paraphes :        1/3", f, 8, anchor="c")
    s = pages[1]
    y = 24
    for title, body in [
        ("V. TRAVAUX", "Néant."),
        ("VI. GARANTIES", f"Dépôt de garantie : {L['rent']} euros, versé à la signature du "
         "présent contrat."),
        ("VII. CLAUSE DE SOLIDARITÉ", "Pour l'exécution de toutes les obligations du présent "
         "contrat, il y aura solidarité et indivisibilité entre les locataires."),
        ("VIII. CLAUSE RÉSOLUTOIRE", "Le présent contrat sera résilié de plein droit en cas de "
         "défaut de paiement du loyer ou des charges, du dépôt de garantie, de défaut "
         "d'assurance du locataire contre les risques locatifs, deux mois après un commandement "
         "de payer demeuré infructueux."),
        ("IX. HONORAIRES DE LOCATION", "Néant, contrat conclu directement entre les parties."),
        ("X. AUTRES CONDITIONS PARTICULIÈRES", "Le locataire s'engage à souscrire une assurance "
         "habitation et à en justifier à chaque date anniversaire du contrat."),
        ("XI. ANNEXES", "Diagnostic de performance énergétique (classe D), constat de risque "
         "d'exposition au plomb, état des risques, notice d'information, état des lieux "
         "d'entrée, extrait du règlement de copropriété."),
    ]:  # fmt: skip
        s.text(20, y, title, fb, 11)
        y = s.para(20, y + 7, body, 170, f, 10) + 7
    s.text(105, 285, "Paraphes :        2/3", f, 8, anchor="c")
    s = pages[2]
    s.text(20, 30, f"Fait à {L['city']}, le {d_fr(L['signed'])}, en deux exemplaires originaux.",
           f, 10.5)  # fmt: skip
    s.text(30, 48, "Le bailleur", fb, 10)
    s.text(30, 53, "(« lu et approuvé »)", "serifi", 8.5)
    s.text(120, 48, "Le(s) locataire(s)", fb, 10)
    s.text(120, 53, "(« lu et approuvé »)", "serifi", 8.5)
    s.text(30, 64, "Lu et approuvé", "hand2", 12, BLUE_INK, jitter=rng)
    s.signature(32, 76, rng)
    s.text(120, 64, "lu et approuvé", "hand1", 12, BLUE_INK, jitter=rng)
    s.signature(122, 76, rng, color=(10, 10, 10))
    s.text(105, 285, "3/3", f, 8, anchor="c")
    return pages


def hosting_attestation(h: dict, rng: random.Random) -> Sheet:
    """Handwritten attestation d'hébergement on plain paper."""
    sh = Sheet(bg=(251, 251, 247))
    for i in range(34):  # ruled notebook paper
        sh.line(0, 40 + i * 7.5, 210, 40 + i * 7.5, (190, 205, 225), 0.15)
    sh.line(28, 0, 28, 297, (230, 150, 160), 0.25)
    hand = h["hand"]
    ink = (20, 25, 90)
    sh.text(105, 30, "Attestation d'hébergement", hand, 20, ink, "c", jitter=rng)
    y = 54.5
    for ln in h["lines"]:
        sh.text(32, y, ln, hand, 14, ink, jitter=rng)
        y += 7.5
    y += 7.5
    sh.text(110, y, f"Fait à {h['city']}, le {h['signed_text']}", hand, 14, ink, jitter=rng)
    sh.signature(125, y + 16, rng, color=ink)
    return sh


def contract_cdi(c: dict, rng: random.Random) -> list[Sheet]:
    """Contrat de travail à durée indéterminée, two pages, typed."""
    p1, p2 = Sheet(), Sheet()
    f, fb = "open", "openb"
    p1.text(105, 24, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", fb, 13, anchor="c")
    y = p1.para(20, 38, "Entre les soussignés :", 170, f, 9.5) + 2
    y = p1.para(20, y, f"La société {c['employer']}, {c['form']}, dont le siège social est situé "
                f"{c['emp_addr']}, immatriculée sous le numéro SIRET {c['siret']}, représentée "
                f"par {c['rep']}, en sa qualité de {c['rep_role']},", 170, f, 9.5)  # fmt: skip
    y = p1.para(20, y + 1, "ci-après dénommée « l'Employeur », d'une part,", 170, f, 9.5) + 2
    y = p1.para(20, y, f"Et {c['employee_print']}, né(e) le {d_fr(c['dob'])} à {c['pob']}, de "
                f"nationalité {c['nat']}, demeurant {c['addr']},", 170, f, 9.5)  # fmt: skip
    y = p1.para(20, y + 1, "ci-après dénommé(e) « le Salarié », d'autre part,", 170, f, 9.5) + 2
    y = p1.para(20, y, "Il a été convenu ce qui suit :", 170, f, 9.5) + 4
    arts = [
        ("Article 1 - Engagement", f"Le Salarié est engagé à compter du {d_words(c['start'])} "
         "pour une durée indéterminée, sous réserve des résultats de la visite d'information "
         f"et de prévention. La convention collective applicable est : {c['ccn']}."),
        ("Article 2 - Fonctions", f"Le Salarié exercera les fonctions de {c['job']}, statut "
         f"{c['status']}, coefficient {c['coef']}."),
        ("Article 3 - Période d'essai", "Le présent contrat ne deviendra définitif qu'à "
         "l'issue d'une période d'essai de deux mois de travail effectif."),
        ("Article 4 - Rémunération", f"Le Salarié percevra une rémunération mensuelle brute de "
         f"{c['gross']} euros pour une durée de travail de 35 heures par semaine."),
        ("Article 5 - Lieu de travail", f"Le Salarié exercera ses fonctions à {c['workplace']}."),
    ]  # fmt: skip
    for t, body in arts:
        p1.text(20, y, t, fb, 10)
        y = p1.para(20, y + 6, body, 170, f, 9.5) + 5
    p1.text(190, 285, "1/2", f, 8, anchor="r")
    y = 24
    for t, body in [
        ("Article 6 - Congés payés", "Le Salarié bénéficiera des congés payés prévus par la loi "
         "et la convention collective."),
        ("Article 7 - Protection sociale", "Le Salarié sera affilié au régime général de la "
         "Sécurité sociale ainsi qu'aux régimes de retraite complémentaire et de prévoyance."),
        ("Article 8 - Rupture du contrat", "Le présent contrat pourra être rompu dans les "
         "conditions prévues par le Code du travail et la convention collective."),
    ]:  # fmt: skip
        p2.text(20, y, t, fb, 10)
        y = p2.para(20, y + 6, body, 170, f, 9.5) + 5
    p2.text(20, y + 8, f"Fait à {c['city']}, le {d_fr(c['signed'])}, en deux exemplaires.", f, 9.5)
    p2.text(30, y + 24, "L'Employeur", fb, 9.5)
    p2.text(125, y + 24, "Le Salarié", fb, 9.5)
    p2.text(125, y + 29, "« Lu et approuvé, bon pour accord »", "sansi", 8)
    p2.signature(30, y + 42, rng, color=(10, 10, 60))
    p2.stamp(80, y + 42, 13, [c["employer"][:14].upper(), "SIRET", c["siret"][:9]], (150, 40, 60))
    p2.text(125, y + 36, "Lu et approuvé, bon pour accord", "hand3", 11, BLUE_INK, jitter=rng)
    p2.signature(128, y + 46, rng)
    p2.text(190, 285, "2/2", f, 8, anchor="r")
    return [p1, p2]
