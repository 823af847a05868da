"""Documents that are not part of the packet rules (type `unknown`): a tax notice, a CAF
letter, a university enrolment certificate, a nearly blank page."""

from . import ids
from .draw import Pdf, fr_date, money


def tax_notice(t):
    p = Pdf(seed=t["seed"], title="Avis d'impôt")
    B = "#000091"
    p.rect(14, 10, 8, 12, stroke=None, fill=B)
    p.rect(22, 10, 8, 12, stroke=None, fill="#ffffff")
    p.rect(30, 10, 8, 12, stroke=None, fill="#e1000f")
    p.rect(14, 10, 24, 12, stroke="#cccccc", lw=0.3)
    p.text(14, 27, "RÉPUBLIQUE", font="Liberation-Bold", size=7)
    p.text(14, 30.5, "FRANÇAISE", font="Liberation-Bold", size=7)
    p.text(44, 18, "DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES", font="Liberation-Bold", size=8.5)
    p.text(44, 22.5, "Centre des Finances Publiques de %s" % t["sip"], font="Liberation", size=8)
    p.text(
        196,
        18,
        "AVIS D'IMPÔT %s" % t["year"],
        font="Liberation-Bold",
        size=13,
        align="right",
        color=B,
    )
    p.text(
        196,
        24,
        "IMPÔT SUR LES REVENUS de l'année %d" % (int(t["year"]) - 1),
        font="Liberation",
        size=8.5,
        align="right",
    )
    p.lines(112, 44, t["addr"], size=10, leading=4.6)
    y = 40
    for k, v in (
        ("Numéro fiscal", t["spi"]),
        ("Référence de l'avis", t["ref"]),
        ("Date d'établissement", fr_date(t["issued"])),
        ("Date de mise en recouvrement", fr_date(t["recouv"])),
    ):
        p.text(14, y, k, size=7.5, color="#555555")
        p.text(14, y + 3.8, v, font="Liberation-Bold", size=8.5)
        y += 9
    y = 86
    p.rect(14, y, 182, 26, stroke=B, lw=0.8)
    p.text(18, y + 7, "Vos références", font="Liberation-Bold", size=9, color=B)
    p.text(18, y + 13, "Revenu fiscal de référence : %s €" % money(t["rfr"]).split(",")[0], size=9)
    p.text(18, y + 18, "Nombre de parts : %s" % t["parts"], size=9)
    p.text(110, y + 13, "Situation : %s" % t["situation"], size=9)
    p.text(110, y + 18, "Impôt sur le revenu net : %s €" % money(t["tax"]), size=9)
    y += 36
    p.text(14, y, "Détail", font="Liberation-Bold", size=10, color=B)
    rows = [
        ("Salaires et assimilés", t["rfr"] * 1.11),
        ("Déduction 10 %", -t["rfr"] * 0.11),
        ("Revenu net imposable", t["rfr"]),
        ("Impôt brut", t["tax"] * 1.1),
        ("Décote", -t["tax"] * 0.1),
        ("Retenue à la source déjà prélevée", -t["tax"]),
        ("Reste à payer", 0.0),
    ]
    for k, v in rows:
        y += 6
        p.text(18, y, k, size=8.8)
        p.text(190, y, money(v), size=8.8, align="right")
        p.hline(14, 196, y + 2, lw=0.2, color="#cccccc")
    p.para(
        14,
        250,
        182,
        "Pour toute question, connectez-vous à votre espace particulier sur impots.gouv.fr ou "
        "contactez votre centre des finances publiques. Conservez cet avis : il peut vous être demandé pour "
        "diverses démarches.",
        size=7.5,
        color="#444444",
    )
    return p.finish()


def caf_letter(c):
    p = Pdf(seed=c["seed"], title="Courrier CAF")
    B = "#00539f"
    p.circle(24, 18, 8, stroke=None, fill=B)
    p.text(24, 20.5, "caf", font="Lato-Black", size=11, color="#ffffff", align="center")
    p.text(36, 16, "Caisse d'allocations familiales", font="Lato-Bold", size=10, color=B)
    p.text(36, 21, "de %s" % c["dept"], font="Lato", size=9, color=B)
    p.lines(112, 44, c["addr"], font="Lato", size=10, leading=4.6)
    p.text(14, 44, "Numéro allocataire : %s" % c["alloc"], font="Lato-Bold", size=9)
    p.text(14, 49, "Dossier suivi par : service Prestations", font="Lato", size=8.5)
    p.text(112, 76, "%s, le %s" % (c["city"], fr_date(c["date"], "long")), font="Lato", size=9.5)
    p.text(
        14,
        90,
        "Objet : votre demande d'aide personnalisée au logement (APL)",
        font="Lato-Bold",
        size=10,
    )
    body = (
        "%s,\n\nNous avons bien reçu votre demande d'aide au logement. Afin de poursuivre son examen, merci de nous "
        "transmettre les pièces suivantes dans un délai de 15 jours :\n\n- une attestation de loyer complétée et "
        "signée par votre bailleur ;\n- la copie de votre titre de séjour en cours de validité ;\n- un relevé "
        "d'identité bancaire à votre nom.\n\nVous pouvez déposer ces documents dans votre espace Mon Compte sur "
        "caf.fr, rubrique « Transmettre un document ». Sans réponse de votre part, votre demande ne pourra pas "
        "être étudiée.\n\nNous vous prions d'agréer, %s, nos salutations distinguées."
        % (c["salutation"], c["salutation"])
    )
    p.para(14, 100, 182, body, font="Lato", size=10, leading=5)
    p.text(120, 200, "Votre Caf", font="Lato-Bold", size=10, color=B)
    p.text(
        14,
        285,
        "Caf de %s — %s — caf.fr" % (c["dept"], c["caf_addr"]),
        font="Lato",
        size=7,
        color="#666666",
    )
    return p.finish()


def school_certificate(s):
    p = Pdf(seed=s["seed"], title="Certificat de scolarité")
    C = s.get("color", "#6d1a36")
    p.rect(14, 10, 60, 18, stroke=None, fill=C)
    p.text(44, 18, s["univ_short"], font="Lato-Black", size=14, color="#ffffff", align="center")
    p.text(44, 24, s["univ"], font="Lato", size=6.5, color="#ffffff", align="center")
    p.text(196, 16, "Direction des études et de la scolarité", font="Lato", size=8, align="right")
    p.text(196, 20, "Année universitaire %s" % s["year"], font="Lato-Bold", size=8, align="right")
    p.text(105, 50, "CERTIFICAT DE SCOLARITÉ", font="Lato-Black", size=16, align="center")
    body = (
        "Le Président de l'université certifie que :\n\n%s\nné(e) le %s à %s\nN° étudiant : %s\n\nest régulièrement "
        "inscrit(e) au titre de l'année universitaire %s en :\n\n%s\n\nRégime d'inscription : formation initiale."
        % (s["name"], fr_date(s["dob"]), s["pob"], s["student_no"], s["year"], s["program"])
    )
    p.para(30, 66, 150, body, font="Lato", size=11, leading=6)
    p.text(120, 170, "Fait à %s, le %s" % (s["city"], fr_date(s["date"])), font="Lato", size=10)
    p.text(120, 176, "Pour le Président et par délégation,", font="Lato-Italic", size=9)
    p.signature(125, 180, w=36, h=12, seed=s["seed"])
    p.stamp(95, 190, 13, top=s["univ_short"], bottom="SCOLARITE", center="★", color=C, size=5)
    return p.finish()


def blank_note(n):
    p = Pdf(seed=n["seed"])
    p.hand(30, 60, n["text"], font=n.get("font", "dkg"), size=16, ink=n.get("ink", "#222222"))
    if n.get("text2"):
        p.hand(30, 72, n["text2"], font=n.get("font", "dkg"), size=14, ink=n.get("ink", "#222222"))
    return p.finish()


def mutuelle_card_letter(m):
    p = Pdf(seed=m["seed"], title="Carte de tiers payant")
    G = "#2e8540"
    p.text(14, 20, m["name"], font="OpenSans-Bold", size=16, color=G)
    p.text(14, 26, "Votre complémentaire santé", font="OpenSans", size=8)
    p.lines(112, 44, m["addr"], font="OpenSans", size=10, leading=4.6)
    p.para(
        14,
        80,
        182,
        "%s,\n\nVeuillez trouver ci-dessous votre carte de tiers payant valable du %s au %s. "
        "Présentez-la à vos professionnels de santé avec votre carte Vitale ou votre attestation de droits."
        % (m["salutation"], fr_date(m["from"]), fr_date(m["to"])),
        font="OpenSans",
        size=10,
        leading=5,
    )
    p.rect(30, 130, 150, 70, stroke=G, lw=1, radius=4)
    p.text(36, 140, "CARTE DE TIERS PAYANT", font="OpenSans-Bold", size=11, color=G)
    p.text(36, 148, "Adhérent : %s" % m["holder"], font="OpenSans", size=9)
    p.text(36, 154, "N° adhérent : %s" % m["member_no"], font="OpenSans", size=9)
    p.text(
        36,
        160,
        "Validité : du %s au %s" % (fr_date(m["from"]), fr_date(m["to"])),
        font="OpenSans",
        size=9,
    )
    for i, t in enumerate(("PHAR", "MED", "RLAX", "OPTI", "DENT", "HOSP")):
        p.rect(36 + i * 22, 170, 20, 12, lw=0.4)
        p.text(46 + i * 22, 175, t, font="OpenSans-Bold", size=7, align="center")
        p.text(46 + i * 22, 180, "100%", font="OpenSans", size=7, align="center")
    p.text(
        14,
        285,
        "%s — mutuelle régie par le livre II du code de la mutualité — SIREN %s"
        % (m["name"], ids.fmt_siren(m["siren"])),
        font="OpenSans",
        size=6.5,
        color="#666666",
    )
    return p.finish()
