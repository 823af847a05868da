"""The PUMa application form (cerfa 15763, S1106), hand-filled or typed, and the typed
attestation d'hébergement."""

from __future__ import annotations

from canvas import Page
from docs_id import d_slash

BLUE = (0, 80, 155)
GREY = (70, 70, 70)


class Filler:
    """Writes values into boxes either typed or in handwriting."""

    def __init__(self, p: Page, rng, hand: str | None):
        self.p, self.rng, self.hand = p, rng, hand

    def put(self, x, y, s, size=10.5):
        if not s:
            return
        if self.hand:
            dx, dy = self.rng.uniform(-0.4, 0.8), self.rng.uniform(-0.5, 0.3)
            self.p.text(x + dx, y + dy, s, self.hand, size + 2.5, (25, 35, 120))
        else:
            self.p.text(x, y, s, "cond", size, (0, 0, 0))


def _band(p: Page, y, title):
    p.rect(12, y, 186, 7, stroke=None, fill=BLUE)
    p.text(15, y + 5, title, "sansb", 9.5, (255, 255, 255))
    return y + 13


def _box(p: Page, x, y, w, label, h=7.5):
    """Label above, empty box below; returns the baseline for a value inside the box."""
    p.text(x, y, label, "sans", 7.2, GREY)
    p.rect(x, y + 1.6, w, h, stroke=(120, 140, 170), lw=0.25)
    return y + 1.6 + h - 2.2


def _cells(p: Page, x, y, n, w=5.0, h=7.0, groups=()):
    xs = []
    cx = x
    for i in range(n):
        if i in groups:
            cx += 2.5
        p.rect(cx, y, w, h, stroke=(120, 140, 170), lw=0.25)
        xs.append(cx)
        cx += w
    return xs


def _check(p: Page, x, y, ticked, f: Filler, label):
    p.rect(x, y - 3.6, 4, 4, stroke=(0, 0, 0), lw=0.3)
    if ticked:
        if f.hand:
            p.poly([(x + 0.5, y - 1.8), (x + 1.7, y - 0.3), (x + 4.6, y - 5.0)], 0.5, (25, 35, 120))
        else:
            p.text(x + 2, y - 0.4, "X", "sansb", 9, align="c")
    p.text(x + 6.5, y, label, "sans", 8.8)


def application_form(a, rng, hand=None, signed=True) -> Page:
    """a: surname, usage, given, dob, pob, nat, addr1, zip, city, phone, email, status
    ('employed' | 'not_employed' | 'other'), job, contract, other, place, date."""
    p = Page(210, 297)
    f = Filler(p, rng, hand)
    p.text(12, 14, "l'Assurance", "sansb", 11, BLUE)
    p.text(12, 19, "Maladie", "sansb", 11, BLUE)
    p.text(198, 12, "cerfa", "sansi", 9, align="r")
    p.text(198, 17, "N° 15763*02", "sansb", 8, align="r")
    p.text(105, 29, "Demande d'ouverture des droits", "sansb", 15, align="c")
    p.text(105, 36, "à l'assurance maladie", "sansb", 15, align="c")
    p.text(
        105,
        42,
        "Protection Universelle Maladie - article L.160-1 du Code de la sécurité sociale",
        "sans",
        8,
        GREY,
        "c",
    )
    y = _band(p, 48, "A  -  VOUS")
    f.put(14, _box(p, 12, y, 120, "Nom de naissance (nom de famille)"), a["surname"])
    f.put(138, _box(p, 136, y, 62, "Nom d'usage (facultatif)"), a.get("usage", ""))
    y += 14
    f.put(14, _box(p, 12, y, 186, "Prénoms (dans l'ordre de l'état civil)"), a["given"])
    y += 14
    p.text(12, y, "Date de naissance", "sans", 7.2, GREY)
    xs = _cells(p, 12, y + 1.6, 8, groups=(2, 4))
    digits = a["dob"][8:10] + a["dob"][5:7] + a["dob"][:4]
    for cx, dgt in zip(xs, digits, strict=True):
        f.put(cx + (0.6 if hand else 1.3), y + 7, dgt, 9)
    f.put(62, _box(p, 60, y, 138, "Lieu de naissance (commune et pays)"), a["pob"])
    y += 14
    f.put(14, _box(p, 12, y, 70, "Nationalité"), a["nat"])
    f.put(90, _box(p, 88, y, 110, "Téléphone / courriel (facultatif)"), a.get("phone", ""))
    y += 14
    f.put(14, _box(p, 12, y, 186, "Adresse (n°, rue, bâtiment, appartement)"), a["addr1"])
    y += 14
    f.put(14, _box(p, 12, y, 40, "Code postal"), a["zip"])
    f.put(60, _box(p, 58, y, 140, "Commune"), a["city"])
    y += 14
    p.text(12, y, "Numéro de sécurité sociale (si vous en avez un)", "sans", 7.2, GREY)
    _cells(p, 12, y + 1.6, 15, w=4.6, groups=(1, 3, 5, 7, 10, 13))
    p.text(110, y, "N° d'allocataire CAF (si vous en avez un)", "sans", 7.2, GREY)
    _cells(p, 110, y + 1.6, 8, w=4.6)
    y += 16
    y = _band(p, y, "B  -  VOTRE SITUATION")
    st = a["status"]
    _check(p, 14, y, st == "employed", f, "Vous exercez une activité professionnelle salariée :")
    y += 6
    p.text(22, y + 1, "emploi occupé", "sans", 7.5, GREY)
    p.line(45, y + 1.5, 120, y + 1.5, 0.2, (120, 120, 120))
    p.text(124, y + 1, "type de contrat", "sans", 7.5, GREY)
    p.line(146, y + 1.5, 198, y + 1.5, 0.2, (120, 120, 120))
    if st == "employed":
        f.put(46, y + 0.6, a["job"], 9.5)
        f.put(148, y + 0.6, a["contract"], 9.5)
    y += 9
    _check(p, 14, y, st == "not_employed", f, "Vous êtes sans activité professionnelle")
    y += 8
    _check(p, 14, y, st == "other", f, "Autre situation (précisez) :")
    p.line(62, y + 0.5, 198, y + 0.5, 0.2, (120, 120, 120))
    if st == "other":
        f.put(64, y - 0.4, a["other"], 9.5)
    y += 10
    y = _band(p, y, "C  -  ENGAGEMENT")
    y = p.para(
        12,
        y,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce "
        "formulaire et m'engage à signaler à ma caisse tout changement dans ma situation.",
        186,
        "sans",
        8.5,
    )
    y += 4
    p.text(12, y + 5, "Fait à", "sans", 8.8)
    p.line(24, y + 5.5, 90, y + 5.5, 0.2, (120, 120, 120))
    f.put(26, y + 4.5, a["place"], 10)
    p.text(96, y + 5, "le", "sans", 8.8)
    if a.get("date"):
        f.put(102, y + 4.5, d_slash(a["date"]), 10)
    p.line(101, y + 5.5, 135, y + 5.5, 0.2, (120, 120, 120))
    p.text(140, y + 5, "Signature", "sans", 8.8)
    p.rect(140, y + 7, 58, 22, stroke=(120, 140, 170), lw=0.25)
    if signed:
        p.signature(146, y + 20, rng, w=38, h=10)
    y += 38
    p.para(
        12,
        y,
        "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable "
        "de fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 "
        "du Code pénal). La loi n° 78-17 du 6/01/1978 modifiée relative à l'informatique, aux "
        "fichiers et aux libertés s'applique aux données nominatives portées dans ce "
        "formulaire.",
        186,
        "sans",
        6.8,
        color=GREY,
    )
    p.text(198, 290, "S1106", "sansb", 7, GREY, "r")
    return p


def hosting_attestation(h, rng) -> Page:
    """Typed attestation d'hébergement, printed and signed by the host."""
    p = Page(210, 297)
    y = 24.0
    for ln in h["host_block"]:
        p.text(22, y, ln, "carlito", 11)
        y += 5.5
    p.text(105, 62, "ATTESTATION D'HÉBERGEMENT", "carlitob", 16, align="c")
    p.line(62, 64, 148, 64, 0.4)
    y = p.para(22, 82, h["body"], 166, "carlito", 12, leading=7.2)
    y = p.para(22, y + 6, "Fait pour servir et valoir ce que de droit.", 166, "carlito", 12)
    y = p.para(
        22,
        y + 4,
        "Je joins à la présente attestation une copie de mon titre de séjour "
        "et mes trois dernières factures d'électricité.",
        166,
        "carlito",
        12,
        leading=7.2,
    )
    p.text(188, y + 14, h["done"], "carlito", 12, align="r")
    p.text(188, y + 21, "Signature :", "carlito", 12, align="r")
    p.signature(140, y + 38, rng, w=42, h=11)
    p.para(
        22,
        268,
        "Article 441-7 du Code pénal : est puni d'un an d'emprisonnement et de 15 000 "
        "euros d'amende le fait d'établir une attestation ou un certificat faisant état de "
        "faits matériellement inexacts.",
        166,
        "carlito",
        8.5,
        color=GREY,
    )
    return p
