"""Three home-made "print runs" of the cerfa 15763*02 / S1106 application form.

Each run draws the two A4 pages with reportlab and records where every fillable item sits
(`Slot`, in points measured from the top-left corner of the page) so that the fillers can put
typed text, AcroForm fields or handwriting there.
"""

from __future__ import annotations

from reportlab.lib.colors import Color, black
from reportlab.pdfbase import pdfmetrics
from sheet import LM, PH, PW, RM, Run, Sheet, Slot, register_fonts, wrap

__all__ = ["PH", "PW", "RUNS", "Run", "Slot", "draw_page1", "draw_page2", "register_fonts"]

# fmt: off
_ORDER_STD = ("surname", "usage_name", "given_names", "sexdob", "birth", "natcaf", "nir",
              "address", "cpcity", "contact")
_ORDER_B = ("surname", "usage_name", "given_names", "nir", "natcaf", "sexdob", "birth",
            "address", "cpcity", "contact")

_LABELS_A = {
    "surname": "Nom de naissance", "usage_name": "Nom d'usage (facultatif)",
    "given_names": "Prénom(s)", "sex": "Sexe", "dob": "Date de naissance",
    "birth_city": "Lieu de naissance : commune", "birth_country": "Pays de naissance",
    "nationality": "Nationalité", "caf": "N° d'allocataire CAF (si vous en avez un)",
    "nir": "N° de sécurité sociale (si vous en avez un)", "nir_key": "Clé",
    "address": "Adresse (n°, rue, bâtiment, appartement)", "postal_code": "Code postal",
    "city": "Commune", "phone": "Téléphone", "email": "Adresse e-mail",
    "job_title": "Emploi occupé", "hire_date": "Date d'embauche",
    "employer": "Nom et adresse de l'employeur", "place": "Fait à", "date": "le",
    "ft": "France Travail",
}
_LABELS_B = dict(_LABELS_A, **{
    "usage_name": "Nom d'usage (ex. nom d'épouse)", "given_names": "Prénoms",
    "dob": "Né(e) le", "birth_city": "à (commune)", "birth_country": "pays",
    "caf": "N° allocataire CAF/MSA", "nir": "Numéro de sécurité sociale (si vous en avez un)",
    "address": "Adresse", "city": "Ville", "phone": "Tél.", "email": "Courriel",
    "job_title": "Profession", "employer": "Employeur (nom, adresse)", "ft": "Pôle emploi",
})
_LABELS_C = dict(_LABELS_A, **{
    "surname": "NOM DE NAISSANCE", "usage_name": "Nom d'usage (nom marital...)",
    "given_names": "Prénom(s) dans l'ordre de l'état civil", "dob": "Date de naissance",
    "birth_city": "Commune de naissance", "birth_country": "Pays de naissance",
    "caf": "Numéro allocataire CAF", "nir": "Numéro de sécurité sociale",
    "address": "Adresse de résidence", "email": "E-mail", "job_title": "Profession exercée",
    "employer": "Employeur : raison sociale et adresse",
})

CANON = ["surname", "usage_name", "given_names", "sex_F", "sex_M", "dob", "birth_city",
         "birth_country", "nationality", "caf", "nir", "nir_key", "address", "postal_code",
         "city", "phone", "email", "sit_salarie", "ct_cdi", "ct_cdd", "ct_interim", "ct_autre",
         "job_title", "hire_date", "employer", "sit_independant", "sit_demandeur_emploi",
         "sit_etudiant", "sit_sans_activite", "sit_autre", "autre_detail", "place", "date",
         "rec_date", "rec_agent"]
# AcroForm field names of each run's fillable PDF
_NAMES_A = dict(zip(CANON, [
    "nom_naissance", "nom_usage", "prenoms", "sexe_f", "sexe_m", "date_naissance",
    "commune_naissance", "pays_naissance", "nationalite", "num_allocataire", "nir", "cle_nir",
    "adresse", "code_postal", "commune", "telephone", "courriel", "situation_salarie",
    "contrat_cdi", "contrat_cdd", "contrat_interim", "contrat_autre", "emploi_occupe",
    "date_embauche", "employeur", "situation_independant", "situation_demandeur_emploi",
    "situation_etudiant", "situation_sans_activite", "situation_autre", "autre_precisez",
    "fait_a", "date_signature", "cadre_date_reception", "cadre_matricule"]))
_NAMES_B = dict(zip(CANON, [
    "NomNaissance", "NomUsage", "Prenoms", "Sexe", "Sexe", "DateNaissance",
    "LieuNaissanceCommune", "LieuNaissancePays", "Nationalite", "NumAllocataire", "NIR",
    "CleNIR", "Adresse", "CP", "Ville", "Tel", "Email", "CaseSalarie", "CaseCDI", "CaseCDD",
    "CaseInterim", "CaseAutreContrat", "Profession", "DateEmbauche", "Employeur",
    "CaseIndependant", "CaseDemandeurEmploi", "CaseEtudiant", "CaseSansActivite", "CaseAutre",
    "AutrePrecisez", "FaitA", "Le", "DateReception", "MatriculeAgent"]))
_NAMES_C = {k: ("chk_" if k.startswith(("sit_", "ct_", "sex_")) else "txt_") + k for k in CANON}

RUNS = {
    # key, fonts, accent, section style, labels, comb style, comb width, names in combs,
    # checkbox size, signature box position, "Signature" label, row order, labels, names, gap
    "A": Run("A", "LibSans", "LibSans-B", "LibSans-I", (0.05, 0.22, 0.55), "bar", "above",
             "box", 13.4, True, 8.5, "right", "above", _ORDER_STD, _LABELS_A, _NAMES_A, 5.0),
    "B": Run("B", "LibSerif", "LibSerif-B", "LibSerif-I", (0.1, 0.1, 0.1), "underline",
             "beside", "ticks", 11.5, False, 7.5, "left", "inside", _ORDER_B, _LABELS_B,
             _NAMES_B, 10.0),
    "C": Run("C", "OpenSans", "OpenSans-B", "OpenSans-I", (0.0, 0.36, 0.52), "band", "inside",
             "grey", 12.6, False, 8.0, "center", "grey", _ORDER_STD, _LABELS_C, _NAMES_C, 6.0),
}
# fmt: on


# ----------------------------------------------------------------------------------------
def _header(s: Sheet) -> float:
    r, c = s.r, s.c
    blue = s.acc if r.key != "B" else Color(0.15, 0.15, 0.15)
    # stylised "l'Assurance Maladie" mark
    c.setFillColor(blue)
    p = c.beginPath()
    p.moveTo(LM, PH - 58)
    p.curveTo(LM + 6, PH - 30, LM + 22, PH - 26, LM + 34, PH - 30)
    p.curveTo(LM + 24, PH - 36, LM + 16, PH - 46, LM + 14, PH - 58)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(Color(0.85, 0.1, 0.25) if r.key != "B" else Color(0.45, 0.45, 0.45))
    c.circle(LM + 28, PH - 50, 5, stroke=0, fill=1)
    s.txt(LM + 40, 42, "l'Assurance", r.bold, 12, blue)
    s.txt(LM + 40, 55, "Maladie", r.bold, 12, blue)
    s.txt(LM + 40, 64, "Agir ensemble, protéger chacun", r.italic, 5.8, blue)
    # cerfa box
    bx = RM - 92
    s.box(bx, 26, 92, 40, lw=0.8)
    s.txt(bx + 8, 46, "cerfa", "Helvetica-BoldOblique", 17)
    s.box(bx + 62, 32, 24, 4, lw=0, stroke=None, fill=Color(0.1, 0.25, 0.6))
    s.box(bx + 62, 36, 24, 4, lw=0, stroke=None, fill=Color(0.85, 0.85, 0.85))
    s.box(bx + 62, 40, 24, 4, lw=0, stroke=None, fill=Color(0.8, 0.1, 0.2))
    s.txt(bx + 46, 60, "N° 15763*02", r.bold, 9, align="c")
    mid = (LM + 120 + bx) / 2
    title = "Demande d'ouverture des droits à l'assurance maladie"
    if r.key == "C":
        s.txt(mid, 42, "Demande d'ouverture des droits", r.bold, 13, s.acc, "c")
        s.txt(mid, 57, "à l'assurance maladie", r.bold, 13, s.acc, "c")
        s.txt(mid, 70, "Protection universelle maladie (PUMa)", r.font, 9.5, align="c")
        top = 78
    else:
        size = 12.5 if r.key == "A" else 13
        s.txt(mid, 88 - 8, title.upper() if r.key == "B" else title, r.bold, size - 1.5, align="c")
        s.txt(mid, 94, "Protection universelle maladie (PUMa)", r.italic, 10, align="c")
        top = 100
    notice = (
        "Ce formulaire vous permet de demander la prise en charge de vos frais de santé si "
        "vous exercez une activité professionnelle en France ou si vous y résidez de "
        "manière stable et régulière depuis plus de trois mois, et que vous n'êtes pas "
        "encore affilié(e) à un régime français. Remplissez-le en lettres capitales, "
        "datez-le, signez-le et joignez les pièces justificatives listées en page 2."
    )
    top = s.para(LM, top + 2, RM - LM, notice, 6.8)
    refs = (
        "Articles L. 160-1, L. 160-5, L. 161-15-1, R. 111-3, R. 160-1 et D. 160-2 du code "
        "de la sécurité sociale"
    )
    top = s.para(LM, top, RM - LM, refs, 6.2, r.italic, color=Color(0.3, 0.3, 0.3))
    return top + 6


def _section_a(s: Sheet, top: float) -> float:
    r = s.r
    top = s.section(top, "A", "VOUS")
    W = RM - LM
    rh = s.row_height()
    name_kind = "comb" if r.name_comb else "text"
    for key in r.row_order:
        if key in ("surname", "usage_name", "given_names"):
            s.labelled(key, name_kind, LM, top, W, n=30)
        elif key == "sexdob":
            s.labelled("sex", "sex", LM, top, 150)
            s.labelled("dob", "comb", LM + 160, top, W - 160, n=8, groups=(2, 2, 4))
        elif key == "birth":
            s.labelled("birth_city", "text", LM, top, W * 0.55 - 4)
            s.labelled("birth_country", "text", LM + W * 0.55 + 4, top, W * 0.45 - 4)
        elif key == "natcaf":
            s.labelled("nationality", "text", LM, top, W * 0.5 - 4)
            s.labelled("caf", "text", LM + W * 0.5 + 4, top, W * 0.5 - 4)
        elif key == "nir":
            wn = W - 70
            s.labelled("nir", "comb", LM, top, wn, n=13, groups=(1, 2, 2, 2, 3, 3))
            if r.labels == "beside":
                end = s.slots["nir"].x + s.slots["nir"].w
                s.txt(end + 8, top + 13, "clé", size=8)
                s.comb("nir_key", end + 24, top + 2.5, 2, h=12)
            else:
                s.labelled("nir_key", "comb", RM - 62, top, 62, n=2)
        elif key == "address":
            s.labelled("address", "text", LM, top, W)
        elif key == "cpcity":
            s.labelled("postal_code", "comb", LM, top, 150, n=5)
            s.labelled("city", "text", LM + 158, top, W - 158)
        elif key == "contact":
            s.labelled("phone", "text", LM, top, W * 0.4 - 4)
            s.labelled("email", "text", LM + W * 0.4 + 4, top, W * 0.6 - 4)
        top += rh + r.gap
    return top + 8


def _section_b(s: Sheet, top: float) -> float:
    r = s.r
    lab = r.labels_text
    top = s.section(top, "B", "VOTRE SITUATION")
    intro = {
        "A": "Cochez la case qui correspond à votre situation actuelle.",
        "B": "Vous êtes (cochez une seule case) :",
        "C": "Indiquez votre situation professionnelle actuelle (une seule réponse).",
    }
    s.txt(LM, top + 8, intro[r.key], r.italic, 8)
    top += 14
    W = RM - LM
    ind = LM + r.check + 6

    def item(name, text, top):
        s.checkbox(name, LM, top)
        lines = wrap(text, r.font, 8.3, W - 20)
        for i, ln in enumerate(lines):
            s.txt(ind, top + r.check - 0.8 + i * 10, ln, size=8.3)
        return top + 10 * len(lines) + 5 + r.gap * 0.8

    top = item(
        "sit_salarie",
        "Vous exercez une activité salariée en France (y compris en arrêt "
        "de travail ou en congé maternité)",
        top,
    )
    s.txt(ind, top + 7, "Type de contrat :", size=8)
    x = ind + pdfmetrics.stringWidth("Type de contrat :", r.font, 8) + 8
    for nm, tx in (
        ("ct_cdi", "CDI"),
        ("ct_cdd", "CDD"),
        ("ct_interim", "Intérim"),
        ("ct_autre", "Autre (apprentissage, saisonnier...)"),
    ):
        x = s.checkbox(nm, x, top, tx, 8) + 14
    top += 14
    s.labelled("job_title", "text", ind, top, (RM - ind) * 0.6 - 4)
    s.labelled(
        "hire_date",
        "comb",
        ind + (RM - ind) * 0.6 + 4,
        top,
        (RM - ind) * 0.4 - 4,
        n=8,
        groups=(2, 2, 4),
    )
    top += s.row_height() + r.gap * 0.6
    s.labelled("employer", "text", ind, top, RM - ind)
    top += s.row_height() + 5 + r.gap
    top = item(
        "sit_independant",
        "Vous exercez une activité non salariée (travailleur "
        "indépendant, micro-entrepreneur, profession libérale)",
        top,
    )
    top = item(
        "sit_demandeur_emploi",
        f"Vous êtes inscrit(e) comme demandeur d'emploi auprès de {lab['ft']}",
        top,
    )
    top = item(
        "sit_etudiant",
        "Vous êtes étudiant(e) dans un établissement d'enseignement supérieur en France",
        top,
    )
    top = item(
        "sit_sans_activite",
        "Vous n'exercez pas d'activité professionnelle et vous "
        "résidez en France de manière stable et régulière depuis plus de trois mois",
        top,
    )
    s.checkbox("sit_autre", LM, top)
    s.txt(ind, top + r.check - 0.8, "Autre situation, précisez :", size=8.3)
    lx = ind + pdfmetrics.stringWidth("Autre situation, précisez :", r.font, 8.3) + 4
    s.hline(lx, RM, top + 10, lw=0.7, dots=True)
    s.textslot("autre_detail", lx, top - 2, RM - lx, 12.5)
    return top + 16


def _footer(s: Sheet, page: int):
    r = s.r
    text = f"S1106 — cerfa n° 15763*02 — page {page}/2"
    if r.key == "A":
        s.hline(LM, RM, PH - 40, lw=0.4, color=s.acc)
        s.txt(RM, PH - 28, text, r.font, 7, align="r")
    elif r.key == "B":
        s.txt(PW / 2, PH - 24, text, r.font, 7.5, align="c")
    else:
        s.txt(LM, PH - 26, text, r.font, 6.8, s.acc)
        s.txt(RM, PH - 26, "ameli.fr", r.bold, 7, s.acc, "r")


def draw_page1(c, run: Run) -> dict[str, Slot]:
    s = Sheet(c, run, 1)
    top = _header(s)
    top = _section_a(s, top)
    _section_b(s, top)
    _footer(s, 1)
    return s.slots


def draw_page2(c, run: Run) -> dict[str, Slot]:
    s = Sheet(c, run, 2)
    r = s.r
    s.txt(LM, 30, "Demande d'ouverture des droits à l'assurance maladie (suite)", r.italic, 8)
    s.txt(RM, 30, "cerfa N° 15763*02", r.bold, 8, align="r")
    s.hline(LM, RM, 35, lw=0.4)
    top = s.section(48, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    cert = (
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire "
        "et sur les pièces jointes. Je m'engage à signaler à ma caisse d'assurance maladie "
        "tout changement dans ma situation (adresse, activité professionnelle, situation de "
        "famille) dans un délai d'un mois. Je suis informé(e) que ma demande ne pourra être "
        "instruite qu'au vu de l'ensemble des pièces justificatives demandées."
    )
    top = s.para(LM, top, RM - LM, cert, 8.6) + 18
    # "Fait à ... le ..." on one line
    lab = r.labels_text
    if r.labels == "inside":
        s.box(LM, top, 250, 24, lw=0.6, stroke=s.acc)
        s.txt(LM + 3, top + 7, lab["place"], size=6.5, color=s.acc)
        s.textslot("place", LM + 3, top + 8.5, 244, 15)
        s.box(LM + 258, top, 150, 24, lw=0.6, stroke=s.acc)
        s.txt(LM + 261, top + 7, lab["date"], size=6.5, color=s.acc)
        s.textslot("date", LM + 261, top + 8.5, 144, 15)
        top += 40
    else:
        s.txt(LM, top + 13, lab["place"], size=9.5)
        s.hline(LM + 30, LM + 250, top + 15, lw=0.8, dots=True)
        s.textslot("place", LM + 32, top + 1, 216, 14)
        s.txt(LM + 262, top + 13, lab["date"], size=9.5)
        s.hline(LM + 276, LM + 420, top + 15, lw=0.8, dots=True)
        s.textslot("date", LM + 278, top + 1, 140, 14)
        top += 34
    if r.sig_pos == "right":
        bx, bw, bh = RM - 235, 235, 96
    elif r.sig_pos == "left":
        bx, bw, bh = LM, 250, 104
    else:
        bx, bw, bh = (PW - 300) / 2, 300, 100
    if r.sig_label == "above":
        s.txt(bx, top + 8, "Signature", r.bold, 8.5)
        top += 11
        s.box(bx, top, bw, bh, lw=0.8, stroke=s.acc)
    elif r.sig_label == "inside":
        s.box(bx, top, bw, bh, lw=0.9)
        s.txt(bx + 5, top + 11, "Signature", r.italic, 8.5)
    else:
        s.box(bx, top, bw, bh, lw=0.7, stroke=s.acc)
        s.txt(bx + bw / 2, top + bh / 2 + 7, "Signature", r.font, 20, Color(0.83, 0.85, 0.87), "c")
    s.slots["signature"] = Slot("sig", 2, bx, top, bw, bh)
    top += bh + 28
    top = s.section(top, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    items = [
        "Une pièce d'identité en cours de validité : passeport (pages relatives à l'état civil) "
        "ou carte nationale d'identité pour les ressortissants de l'Union européenne, de "
        "l'EEE ou de la Suisse.",
        "Si vous êtes ressortissant d'un autre État : votre titre de séjour, votre visa long "
        "séjour valant titre de séjour (VLS-TS) ou votre récépissé de demande de titre.",
        "Un acte de naissance complet (copie intégrale ou extrait avec filiation), revêtu le cas "
        "échéant de l'apostille ou de la légalisation.",
        "Un justificatif de résidence en France depuis plus de trois mois : bail, trois "
        "factures successives (énergie, eau, téléphone, internet) ou attestation "
        "d'hébergement accompagnée de la pièce d'identité et d'un justificatif de l'hébergeant.",
        "Un relevé d'identité bancaire (RIB) à votre nom.",
        "Si vous exercez une activité salariée : votre contrat de travail ou votre dernier "
        "bulletin de salaire.",
    ]
    for it in items:
        bullet = {"A": "•", "B": "-", "C": "▪"}[r.key]
        s.txt(LM + 4, top + 8.4, bullet, r.font if r.key != "C" else "DejaVu", 8.2)
        top = s.para(LM + 14, top, RM - LM - 14, it, 8.2) + 3 + r.gap * 0.4
    top += 10
    where = (
        "Où envoyer votre demande ? Adressez ce formulaire complété, daté et signé, "
        "accompagné de toutes les pièces justificatives, à la caisse primaire d'assurance "
        "maladie (CPAM) de votre lieu de résidence. Son adresse est sur ameli.fr."
    )
    top = s.para(LM, top, RM - LM, where, 7.8, r.italic) + 10
    s.txt(
        LM,
        top + 6,
        "Pour toute question : ameli.fr, rubrique « Nous contacter », ou le 36 46 "
        "(service gratuit + prix d'un appel).",
        r.font,
        7.8,
    )
    top += 16
    legal = (
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers "
        "et aux libertés et le règlement (UE) 2016/679 s'appliquent aux réponses faites sur "
        "ce formulaire : vous disposez d'un droit d'accès et de rectification auprès de "
        "votre caisse. Quiconque se rend coupable de fraude ou de fausse déclaration est "
        "passible de pénalités financières, d'amende et/ou d'emprisonnement (articles "
        "313-1 à 313-3, 433-19, 441-1 et suivants du code pénal, article L. 114-17-1 du "
        "code de la sécurité sociale)."
    )
    top = s.para(LM, top, RM - LM, legal, 6.4, color=Color(0.25, 0.25, 0.25)) + 10
    # Cadre réservé à l'organisme, near the bottom of the page
    bh = 62
    top = max(top, PH - 60 - bh - {"A": 8, "B": 40, "C": 20}[r.key])
    s.box(
        LM,
        top,
        RM - LM,
        bh,
        lw=0.8,
        stroke=black,
        fill=Color(0.94, 0.94, 0.94) if r.key != "B" else None,
    )
    s.txt(LM + 6, top + 11, "Cadre réservé à l'organisme", r.bold, 8.5)
    s.txt(LM + 6, top + 28, "Date de réception", size=8)
    cx = LM + 6 + pdfmetrics.stringWidth("Date de réception", r.font, 8) + 6
    s.comb("rec_date", cx, top + 18.5, 8, (2, 2, 4), h=12)
    s.txt(LM + 300, top + 28, "Pièces vérifiées :", size=8)
    x = s.checkbox("rec_ok", LM + 370, top + 21.5, "oui", 8) + 10
    s.checkbox("rec_ko", x, top + 21.5, "non", 8)
    s.txt(LM + 6, top + 50, "Matricule de l'agent :", size=8)
    s.hline(LM + 90, LM + 250, top + 52, lw=0.6, dots=True)
    s.textslot("rec_agent", LM + 92, top + 40, 156, 12)
    s.txt(LM + 300, top + 50, "Cachet :", size=8)
    _footer(s, 2)
    return s.slots
