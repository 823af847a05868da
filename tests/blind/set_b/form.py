"""The application form "Demande d'ouverture des droits à l'assurance maladie"
(cerfa 15763*02, ameli S1106), two A4 pages, drawn from the public description
of the form: section A "Vous", B "Votre situation", C "Vos engagements et
signature", list of supporting documents, frame reserved for the CPAM.

Fill modes: "hand" (handwriting font, capitals in comb boxes, crosses),
"typed" (typed before printing), "acro" (AcroForm fields with values).
"""

from dataclasses import dataclass

import kit
from common import D, rng
from kit import INK_BLUE

BLUE = (0.0, 0.28, 0.55)
LIGHT = (0.88, 0.93, 0.97)


@dataclass
class FormData:
    surname: str
    given: str
    sex: str
    dob: str
    pob_commune: str
    pob_country: str
    nationality: str
    address: str
    postcode: str
    commune: str
    situation: str  # salarie | independant | chomeur | etudiant | inactif | autre
    usage_name: str = ""
    nir: str = ""
    phone: str = ""
    email: str = ""
    job: str = ""
    contract: str = ""  # CDI | CDD | interim | apprentissage | autre
    arrival: str = ""
    school: str = ""
    other: str = ""
    city: str = ""
    signed_on: str = None  # ISO or None
    signed: bool = True
    mode: str = "hand"
    hand_font: str = "dkg"
    key: str = "form"

    def employment_status(self):
        return {
            "salarie": "employed",
            "independant": "employed",
            "chomeur": "not_employed",
            "inactif": "not_employed",
            "etudiant": "other",
            "autre": "other",
        }[self.situation]

    def truth(self):
        return {
            "surname": self.surname.upper(),
            "given_names": self.given.upper(),
            "date_of_birth": D(self.dob).isoformat(),
            "employment_status": self.employment_status(),
            "signed": self.signed,
            "signed_on": D(self.signed_on).isoformat() if self.signed_on else None,
        }


def _bar(p, y, title):
    p.rect(12, y, 186, 6.5, stroke=None, fill=BLUE)
    p.text(15, y + 4.7, title, "Lib-B", 10, (1, 1, 1))


class Filler:
    def __init__(self, p, fd):
        self.p, self.fd = p, fd
        self.r = rng("formfill", fd.key)
        self.n = 0

    def comb(self, x, y, n, text, cw=4.6, h=5.5, name=None):
        p = self.p
        p.comb(x, y, n, cw, h)
        text = (text or "").upper()[:n]
        if not text:
            return
        if self.fd.mode == "hand":
            p.comb_fill(x, y, text, cw, h, "hand", self.fd.hand_font, self.r)
        elif self.fd.mode == "typed":
            p.comb_fill(x, y, text, cw, h, "typed", "LibMono", self.r, size=11)
        else:
            self.acro(name or f"champ{self.n}", x, y, n * cw, h, text, comb=n)

    def line(self, x, y, w, text, name=None, size=None):
        p = self.p
        p.line(x, y, x + w, y, (0.45, 0.45, 0.5), 0.25, dash=(1, 1.5))
        if not text:
            return
        if self.fd.mode == "hand":
            p.hand(x + 1.5, y - 1.0, text, size or 13, self.fd.hand_font, self.r)
        elif self.fd.mode == "typed":
            p.text(x + 1.5, y - 1.2, text, "Lib", size or 10)
        else:
            self.acro(name or f"ligne{self.n}", x, y - 5, w, 5.2, text)

    def tick(self, x, y, on, name=None):
        p = self.p
        if self.fd.mode == "acro":
            self.n += 1
            p.rect(x, y, 3.2, 3.2, lw=0.35)
            p.c.acroForm.checkbox(
                name=name or f"case{self.n}",
                x=p.X(x),
                y=p.Y(y + 3.2),
                size=3.2 * 2.835,
                checked=bool(on),
                buttonStyle="cross",
                borderWidth=0.6,
                borderColor=None,
                fillColor=None,
                textColor=None,
                forceBorder=True,
            )
            return
        p.checkbox(x, y, 3.2, on, "x" if self.fd.mode == "hand" else "typed", self.r)

    def acro(self, name, x, y, w, h, value, comb=0):
        p = self.p
        self.n += 1
        kw = {}
        if comb:
            kw["maxlen"] = comb
            kw["fieldFlags"] = "comb"
        p.c.acroForm.textfield(
            name=name,
            value=value,
            x=p.X(x),
            y=p.Y(y + h),
            width=w * 2.835,
            height=h * 2.835,
            fontName="Courier",
            fontSize=10,
            borderWidth=0,
            fillColor=None,
            borderColor=None,
            textColor=None,
            forceBorder=False,
            **kw,
        )


def form_pages(fd: FormData):
    def page1(p):
        f = Filler(p, fd)
        kit.logo(p, "ameli", 12, 9, 1.15)
        p.text(118, 14, "Demande d'ouverture des droits", "Lib-B", 14, BLUE, "c")
        p.text(118, 20, "à l'assurance maladie", "Lib-B", 14, BLUE, "c")
        p.text(118, 26, "Protection universelle maladie (PUMa)", "Lib", 10.5, (0.2, 0.2, 0.2), "c")
        p.rect(171, 8, 27, 14, lw=0.6)
        p.text(184.5, 13, "cerfa", "LibSerif-I", 11, (0, 0, 0), "c")
        p.text(184.5, 19, "N° 15763*02", "Lib-B", 8.5, (0, 0, 0), "c")
        p.text(198, 26, "S1106", "Lib", 7, (0.3, 0.3, 0.3), "r")
        p.para(
            12,
            31,
            186,
            "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-3, R. 160-1 et D. 160-2 "
            "du code de la sécurité sociale",
            "Lib-I",
            6.5,
            color=(0.3, 0.3, 0.3),
            align="c",
        )
        p.rect(12, 33.5, 186, 16, stroke=(0.6, 0.7, 0.8), fill=LIGHT, lw=0.3)
        p.para(
            15,
            37,
            180,
            "Ce formulaire permet de demander la prise en charge de vos frais de santé si vous "
            "exercez une activité professionnelle en France ou si vous y résidez de manière stable "
            "et régulière. Complétez-le en lettres capitales, datez-le et signez-le, puis adressez-le "
            "avec les pièces justificatives indiquées en page 2 à la caisse d'assurance maladie de "
            "votre lieu de résidence. Les rubriques « N° de sécurité sociale » et « N° d'allocataire » "
            "ne sont à remplir que si vous disposez déjà de ces numéros.",
            "Lib",
            7.2,
            justify=True,
        )
        _bar(p, 53, "A   VOUS")
        lx = 14
        y = 64
        p.text(lx, y + 4, "Nom de naissance", "Lib-B", 8.5)
        f.comb(58, y, 30, fd.surname, 4.6, name="nom_naissance")
        y += 9
        p.text(lx, y + 4, "Nom d'usage", "Lib-B", 8.5)
        p.text(lx, y + 7.5, "(facultatif, ex. nom d'époux)", "Lib-I", 6.3)
        f.comb(58, y, 30, fd.usage_name, 4.6, name="nom_usage")
        y += 9
        p.text(lx, y + 4, "Prénom(s)", "Lib-B", 8.5)
        f.comb(58, y, 30, fd.given, 4.6, name="prenoms")
        y += 10
        p.text(lx, y + 4, "Sexe", "Lib-B", 8.5)
        p.text(58, y + 4, "F", "Lib", 8.5)
        f.tick(62, y + 1.2, fd.sex == "F", "sexe_F")
        p.text(70, y + 4, "M", "Lib", 8.5)
        f.tick(75, y + 1.2, fd.sex == "M", "sexe_M")
        p.text(92, y + 4, "Date de naissance", "Lib-B", 8.5)
        dob = D(fd.dob)
        f.comb(123, y, 2, dob.strftime("%d"), name="naiss_jj")
        p.text(133.5, y + 4.5, "/", "Lib", 10)
        f.comb(136, y, 2, dob.strftime("%m"), name="naiss_mm")
        p.text(146.5, y + 4.5, "/", "Lib", 10)
        f.comb(149, y, 4, dob.strftime("%Y"), name="naiss_aaaa")
        p.text(123, y + 8.3, "J J", "Lib", 5.5, (0.4, 0.4, 0.4))
        p.text(136, y + 8.3, "M M", "Lib", 5.5, (0.4, 0.4, 0.4))
        p.text(149, y + 8.3, "A A A A", "Lib", 5.5, (0.4, 0.4, 0.4))
        y += 12
        p.text(lx, y + 4, "Lieu de naissance", "Lib-B", 8.5)
        p.text(58, y + 4, "commune :", "Lib", 7.5)
        f.line(72, y + 5, 55, fd.pob_commune, "naiss_commune")
        p.text(130, y + 4, "pays :", "Lib", 7.5)
        f.line(139, y + 5, 58, fd.pob_country, "naiss_pays")
        y += 9
        p.text(lx, y + 4, "Nationalité", "Lib-B", 8.5)
        f.line(58, y + 5, 70, fd.nationality, "nationalite")
        y += 9
        p.text(lx, y + 4, "N° de sécurité sociale", "Lib-B", 8.5)
        p.text(lx, y + 7.5, "(si vous en avez un)", "Lib-I", 6.3)
        f.comb(58, y, 13, fd.nir.replace(" ", "")[:13], name="nir")
        p.text(119.5, y + 4.5, "clé", "Lib", 6.5)
        f.comb(125, y, 2, fd.nir.replace(" ", "")[13:15], name="nir_cle")
        y += 10
        p.text(lx, y + 4, "N° d'allocataire CAF", "Lib-B", 8.5)
        p.text(lx, y + 7.5, "(si vous en avez un)", "Lib-I", 6.3)
        f.comb(58, y, 7, "", name="num_allocataire")
        y += 11
        p.text(lx, y + 4, "Adresse", "Lib-B", 8.5)
        p.text(lx, y + 7.5, "(n°, voie, bât., étage)", "Lib-I", 6.3)
        f.line(58, y + 5, 139, fd.address, "adresse")
        y += 9
        p.text(lx, y + 4, "Code postal", "Lib-B", 8.5)
        f.comb(58, y, 5, fd.postcode, name="code_postal")
        p.text(88, y + 4, "Commune", "Lib-B", 8.5)
        f.line(104, y + 5, 93, fd.commune, "commune")
        y += 10
        p.text(lx, y + 4, "Téléphone", "Lib-B", 8.5)
        f.comb(58, y, 10, fd.phone.replace(" ", ""), name="telephone")
        p.text(109, y + 4, "Courriel", "Lib-B", 8.5)
        f.line(123, y + 5, 74, fd.email, "courriel", size=11)
        # section B
        y += 12
        _bar(p, y, "B   VOTRE SITUATION")
        y += 11
        p.text(lx, y, "Cochez la case correspondant à votre situation actuelle :", "Lib-I", 7.5)
        y += 4
        sit = fd.situation
        f.tick(lx, y, sit == "salarie", "situation_salarie")
        p.text(lx + 5, y + 2.8, "Vous exercez une activité salariée en France", "Lib", 8.5)
        y += 6.5
        p.text(lx + 9, y + 2.8, "Profession :", "Lib", 8)
        f.line(lx + 27, y + 3.5, 60, fd.job if sit == "salarie" else "", "profession", size=12)
        p.text(lx + 92, y + 2.8, "Type de contrat :", "Lib", 8)
        xx = lx + 116
        for lab, code in (
            ("CDI", "CDI"),
            ("CDD", "CDD"),
            ("intérim", "interim"),
            ("autre", "autre"),
        ):
            f.tick(xx, y, sit == "salarie" and fd.contract == code, "contrat_" + code)
            p.text(xx + 4.5, y + 2.8, lab, "Lib", 8)
            xx += 16
        y += 7
        f.tick(lx, y, sit == "independant", "situation_independant")
        p.text(
            lx + 5,
            y + 2.8,
            "Vous exercez une activité non salariée en France (travailleur indépendant, "
            "micro-entrepreneur, profession libérale)",
            "Lib",
            8.5,
        )
        y += 7
        f.tick(lx, y, sit == "chomeur", "situation_demandeur_emploi")
        p.text(
            lx + 5,
            y + 2.8,
            "Vous êtes inscrit(e) comme demandeur d'emploi auprès de France Travail",
            "Lib",
            8.5,
        )
        y += 7
        f.tick(lx, y, sit == "etudiant", "situation_etudiant")
        p.text(lx + 5, y + 2.8, "Vous êtes étudiant(e) - établissement :", "Lib", 8.5)
        f.line(
            lx + 62, y + 3.5, 80, fd.school if sit == "etudiant" else "", "etablissement", size=12
        )
        y += 7
        f.tick(lx, y, sit == "inactif", "situation_sans_activite")
        p.text(
            lx + 5,
            y + 2.8,
            "Vous n'exercez pas d'activité professionnelle (sans activité) et vous résidez "
            "en France de manière",
            "Lib",
            8.5,
        )
        p.text(lx + 5, y + 6.5, "stable et régulière depuis plus de trois mois", "Lib", 8.5)
        y += 10.5
        f.tick(lx, y, sit == "autre", "situation_autre")
        p.text(lx + 5, y + 2.8, "Autre situation, précisez :", "Lib", 8.5)
        f.line(
            lx + 44, y + 3.5, 100, fd.other if sit == "autre" else "", "autre_precision", size=12
        )
        y += 9
        p.text(lx, y + 3, "Date d'arrivée en France :", "Lib-B", 8.5)
        if fd.arrival:
            a = D(fd.arrival)
            f.comb(lx + 42, y - 1, 2, a.strftime("%d"), name="arrivee_jj")
            f.comb(lx + 53, y - 1, 2, a.strftime("%m"), name="arrivee_mm")
            f.comb(lx + 64, y - 1, 4, a.strftime("%Y"), name="arrivee_aaaa")
        else:
            f.comb(lx + 42, y - 1, 2, "")
            f.comb(lx + 53, y - 1, 2, "")
            f.comb(lx + 64, y - 1, 4, "")
        p.line(12, 285, 198, 285, (0.6, 0.6, 0.6), 0.3)
        p.text(12, 289, "S1106 — cerfa n° 15763*02 — page 1/2", "Lib", 7, (0.3, 0.3, 0.3))
        p.text(198, 289, "ameli.fr", "Lib-B", 7, BLUE, "r")

    def page2(p):
        f = Filler(p, fd)
        _bar(p, 12, "C   VOS ENGAGEMENTS ET SIGNATURE")
        y = p.para(
            14,
            25,
            182,
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. "
            "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
            "(adresse, activité, résidence) susceptible de modifier mes droits.",
            "Lib",
            8.5,
            justify=True,
        )
        y = p.para(
            14,
            y + 1.5,
            182,
            "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations "
            "(articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal). L'inexactitude ou le "
            "caractère incomplet des déclarations peut en outre faire l'objet d'une pénalité financière "
            "(article L. 114-17-1 du code de la sécurité sociale).",
            "Lib-I",
            7.3,
            justify=True,
        )
        y += 5
        p.text(14, y + 4, "Fait à", "Lib-B", 9)
        f.line(26, y + 5, 70, fd.city, "fait_a")
        p.text(102, y + 4, "le", "Lib-B", 9)
        if fd.signed_on:
            s = D(fd.signed_on)
            f.comb(108, y, 2, s.strftime("%d"), name="date_jj")
            p.text(118.3, y + 4.5, "/", "Lib", 10)
            f.comb(121, y, 2, s.strftime("%m"), name="date_mm")
            p.text(131.3, y + 4.5, "/", "Lib", 10)
            f.comb(134, y, 4, s.strftime("%Y"), name="date_aaaa")
        else:
            f.comb(108, y, 2, "")
            f.comb(121, y, 2, "")
            f.comb(134, y, 4, "")
        y += 11
        p.rect(110, y, 86, 32, lw=0.5)
        p.text(112, y + 4, "Signature", "Lib-B", 8.5)
        if fd.signed:
            p.signature(
                125,
                y + 9,
                50,
                17,
                rng("sigform", fd.key),
                fd.surname,
                INK_BLUE if fd.mode == "hand" else (0.05, 0.05, 0.1),
            )
        p.para(
            14,
            y + 4,
            90,
            "Si vous remplissez ce formulaire pour le compte d'une autre personne, "
            "indiquez vos nom, prénom et qualité au verso.",
            "Lib-I",
            7,
        )
        y += 40
        p.rect(12, y, 186, 74, stroke=BLUE, lw=0.6)
        p.rect(12, y, 186, 7, stroke=None, fill=BLUE)
        p.text(
            105,
            y + 5,
            "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
            "Lib-B",
            9.5,
            (1, 1, 1),
            "c",
        )
        items = [
            "une photocopie d'une pièce d'identité en cours de validité : passeport, ou carte nationale "
            "d'identité pour les ressortissants de l'Union européenne, de l'EEE ou de la Suisse ;",
            "si vous êtes de nationalité étrangère (hors UE/EEE/Suisse) : la photocopie de votre titre de séjour, "
            "de votre visa long séjour valant titre de séjour (VLS-TS) ou de votre récépissé en cours de validité ;",
            "une copie intégrale ou un extrait d'acte de naissance avec filiation ; s'il a été établi à "
            "l'étranger, il doit être apostillé ou légalisé, sauf dispense prévue par une convention ;",
            "un justificatif de résidence en France depuis plus de trois mois : bail de location ou trois "
            "factures successives (électricité, gaz, eau, téléphone fixe, internet ou mobile) à votre nom, "
            "ou attestation d'hébergement accompagnée de la pièce d'identité et d'un justificatif de domicile "
            "de l'hébergeant ;",
            "un relevé d'identité bancaire (RIB) à votre nom comportant l'IBAN et le BIC ;",
            "si vous travaillez : la copie de votre contrat de travail ou de votre dernier bulletin de salaire.",
        ]
        yy = y + 13
        for it in items:
            p.text(16, yy, "•", "Lib-B", 9, BLUE)
            yy = p.para(20, yy, 174, it, "Lib", 8.2, justify=True) + 1.4
        y += 80
        p.para(
            12,
            y,
            186,
            "Informatique et libertés : les informations recueillies sont nécessaires à l'examen de votre "
            "demande. Elles sont destinées à votre caisse d'assurance maladie. Conformément au règlement "
            "(UE) 2016/679 et à la loi n° 78-17 du 6 janvier 1978 modifiée, vous disposez d'un droit d'accès "
            "et de rectification des données vous concernant auprès du délégué à la protection des données "
            "de votre caisse.",
            "Lib",
            6.4,
            color=(0.25, 0.25, 0.25),
            justify=True,
        )
        y += 17
        p.rect(
            12, y, 186, 38, stroke=(0.3, 0.3, 0.3), fill=(0.95, 0.95, 0.95), lw=0.4, dash=(2, 1.5)
        )
        p.text(15, y + 5, "Cadre réservé à l'organisme", "Lib-B", 8.5)
        p.text(15, y + 13, "Date de réception :", "Lib", 8)
        p.comb(48, y + 9, 8, 4.2, 5.2)
        p.text(15, y + 22, "Pièces vérifiées :", "Lib", 8)
        p.checkbox(45, y + 19.2, 3)
        p.text(50, y + 22, "oui", "Lib", 8)
        p.checkbox(60, y + 19.2, 3)
        p.text(65, y + 22, "non", "Lib", 8)
        p.text(15, y + 31, "Matricule agent :", "Lib", 8)
        p.comb(45, y + 27, 6, 4.2, 5.2)
        p.rect(140, y + 8, 52, 26, stroke=(0.5, 0.5, 0.5), lw=0.3)
        p.text(166, y + 12, "Cachet de l'organisme", "Lib", 7, (0.4, 0.4, 0.4), "c")
        p.line(12, 285, 198, 285, (0.6, 0.6, 0.6), 0.3)
        p.text(12, 289, "S1106 — cerfa n° 15763*02 — page 2/2", "Lib", 7, (0.3, 0.3, 0.3))
        p.text(198, 289, "ameli.fr", "Lib-B", 7, BLUE, "r")

    return [page1, page2]
