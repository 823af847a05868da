"""Leases (bail d'habitation, loi n° 89-462 du 6 juillet 1989, contrat type of décret
n° 2015-587), attestations d'hébergement (handwritten or typed) and quittances de loyer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm

from . import fonts
from .hand import initials_mark, signature
from .model import Doc
from .paint import Page, Pg
from .people import Address
from .util import MOIS, fr, fr_long, money, rng_for


@dataclass
class Lease:
    landlord: str  # as printed
    landlord_addr: str
    tenants: list[str]  # as printed
    address: Address
    start: dt.date
    signed_on: dt.date
    rent: float
    charges: float
    furnished: bool = False
    agency: str = ""
    agency_addr: str = ""
    surface: int = 42
    rooms: int = 2
    floor: str = "3e étage, porte gauche"
    city_signed: str = ""


def lease_doc(ls: Lease, style: int = 0, sign: bool = True) -> Doc:
    rng = rng_for("lease", ls.landlord, ls.start)
    F = ["Times", "Arial", "DejaVuSerif"][style % 3]
    FB = ["Times-B", "Arial-B", "DejaVuSerif-B"][style % 3]
    sz = [10, 9, 8.8][style % 3]
    lead = sz * 0.48
    dur = "un an" if ls.furnished else "trois ans"
    kind = "LOGEMENT MEUBLÉ" if ls.furnished else "LOCAUX VIDES À USAGE D'HABITATION"
    sigs = [
        signature(n, rng, ink=rng.choice(["blue", "black"])) for n in [ls.landlord, *ls.tenants]
    ]
    ini = initials_mark(rng)

    sections = [
        (
            "I. DÉSIGNATION DES PARTIES",
            f"Le présent contrat est conclu entre les soussignés :\n"
            f"{ls.landlord}, demeurant {ls.landlord_addr}, désigné(e) ci-après « le bailleur »"
            + (
                f", représenté(e) par son mandataire {ls.agency}, {ls.agency_addr}"
                if ls.agency
                else ""
            )
            + ";\n"
            + " et ".join(ls.tenants)
            + ", désigné(s) ci-après « le locataire ».",
        ),
        (
            "II. OBJET DU CONTRAT",
            "Le présent contrat a pour objet la location d'un logement ainsi déterminé :\n"
            f"A. Consistance du logement — localisation : {ls.address.one()}, {ls.floor} ; type d'habitat : "
            f"immeuble collectif ; régime juridique de l'immeuble : copropriété ; période de construction : "
            f"1949 à 1974 ; surface habitable : {ls.surface} m² ; nombre de pièces principales : {ls.rooms} ; "
            "autres parties du logement : cave n° 12 ; modalité de production de chauffage et d'eau chaude "
            "sanitaire : individuelle électrique.\n"
            "B. Destination des locaux : usage d'habitation principale.",
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            f"A. Date de prise d'effet du contrat : {fr(ls.start)}.\n"
            f"B. Durée du contrat : {dur}, renouvelable dans les conditions de l'article "
            + ("25-7" if ls.furnished else "10")
            + " de la loi du 6 juillet 1989.\n"
            "En l'absence de proposition de renouvellement du contrat, celui-ci est, à son terme, reconduit "
            "tacitement pour la même durée. Le locataire peut mettre fin au bail à tout moment, après avoir "
            "donné congé.",
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            f"A. Loyer mensuel hors charges : {money(ls.rent)} euros, payable mensuellement et d'avance le 1er "
            f"de chaque mois. Le loyer est révisé chaque année à la date anniversaire du contrat selon la "
            f"variation de l'indice de référence des loyers (IRL) publié par l'INSEE.\n"
            f"B. Charges récupérables : provision mensuelle de {money(ls.charges)} euros, avec régularisation "
            "annuelle.\n"
            f"C. Dépôt de garantie : {money(ls.rent * (2 if ls.furnished else 1))} euros.",
        ),
        ("V. TRAVAUX", "Néant."),
        (
            "VI. GARANTIES",
            "Caution solidaire : néant. Garantie Visale : le cas échéant, visa joint en annexe.",
        ),
        (
            "VII. CLAUSE DE SOLIDARITÉ",
            "Pour l'exécution de toutes les obligations du présent contrat, il y aura solidarité et "
            "indivisibilité entre les locataires.",
        ),
        (
            "VIII. CLAUSE RÉSOLUTOIRE",
            "Le bail sera résilié de plein droit en cas d'inexécution des obligations du locataire, soit en "
            "cas de défaut de paiement des loyers et des charges locatives au terme convenu, de non-versement "
            "du dépôt de garantie, de défaut d'assurance du locataire contre les risques locatifs, ou de "
            "troubles de voisinage constatés par une décision de justice passée en force de chose jugée.",
        ),
        (
            "IX. HONORAIRES DE LOCATION",
            (
                "Honoraires à la charge du locataire : visite, constitution du dossier et rédaction du bail : "
                f"{money(ls.surface * 10)} euros ; état des lieux : {money(ls.surface * 3)} euros."
                if ls.agency
                else "Néant (location entre particuliers)."
            ),
        ),
        (
            "X. ANNEXES",
            "Sont annexées et jointes au contrat de location les pièces suivantes : dossier de diagnostic "
            "technique (DPE, CREP, état des risques), notice d'information, état des lieux d'entrée"
            + (", inventaire du mobilier" if ls.furnished else "")
            + ".",
        ),
    ]

    pages_content: list[list] = [[]]
    budget = [232, 262, 262]
    used = 0.0

    def est(text):
        n = 0
        for para in text.split("\n"):
            words = para.split(" ")
            line = ""
            n += 1
            for wd in words:
                cand = (line + " " + wd).strip()
                if fonts.width(cand, F, sz) / mm > 182 and line:
                    n += 1
                    line = wd
                else:
                    line = cand
        return n * lead + n * 0.0 + 0.8 * len(text.split("\n")) + lead + 4.5

    for sec in sections:
        h = est(sec[1])
        if used + h > budget[min(len(pages_content) - 1, 2)]:
            pages_content.append([])
            used = 0.0
        pages_content[-1].append(sec)
        used += h
    npages = len(pages_content) + 1

    def make(i, secs):
        def draw(p: Pg):
            y = 16
            if i == 0:
                if ls.agency:
                    p.t(14, 14, ls.agency, FB, 10)
                    p.t(14, 18.5, ls.agency_addr, F, 8, (80, 80, 80))
                    p.t(
                        14,
                        22,
                        "Carte professionnelle CPI 7501 2019 000 041 236 — Garantie financière",
                        F,
                        7,
                        (90, 90, 90),
                    )
                    y = 28
                p.t(105, y + 8, "CONTRAT DE LOCATION", FB, 15, align="c")
                p.t(105, y + 15, kind, FB, 11, align="c")
                p.para(
                    30,
                    y + 21,
                    150,
                    "(Soumis au titre Ier"
                    + (" bis" if ls.furnished else "")
                    + " de la loi du 6 juillet 1989 tendant à améliorer les rapports locatifs et portant "
                    "modification de la loi n° 86-1290 du 23 décembre 1986)",
                    F,
                    8,
                    3.6,
                )
                y += 36
            for head, body in secs:
                p.t(14, y, head, FB, sz + 0.5)
                y += lead + 1.5
                for para in body.split("\n"):
                    y = p.para(14, y, 182, para, F, sz, lead, justify=True) + 0.8
                y += 3
            p.t(105, 290, f"Page {i + 1}/{npages}", F, 7.5, (90, 90, 90), align="c")
            p.t(165, 284, "Paraphes :", F, 7, (90, 90, 90))
            if sign:
                p.img(ini, 180, 279, w=10)

        return draw

    pages = [Page(make(i, s)) for i, s in enumerate(pages_content)]

    def last(p: Pg):
        y = 20
        p.t(14, y, "XI. SIGNATURES", FB, sz + 0.5)
        y = p.para(
            14,
            y + 7,
            182,
            f"Fait et signé à {ls.city_signed or ls.address.city}, le {fr(ls.signed_on)}, "
            f"en {len(ls.tenants) + 1} originaux dont un remis à chaque signataire.",
            F,
            sz,
            lead,
        )
        y += 8
        cols = [("Signature du bailleur", ls.landlord)] + [
            ("Signature du locataire", t) for t in ls.tenants
        ]
        w = 182 / len(cols)
        for k, (lab, who) in enumerate(cols):
            x = 14 + k * w
            p.t(x, y, lab, FB, sz - 0.5)
            p.t(x, y + 4.5, who, F, sz - 1)
            p.t(x, y + 9, "(précédée de la mention « lu et approuvé »)", F, 6.5, (90, 90, 90))
            if sign:
                p.hand(
                    x + 2,
                    y + 18,
                    "Lu et approuvé",
                    rng,
                    font="dancing",
                    size=4.6,
                    ink="blue" if k % 2 else "black",
                )
                p.img(sigs[k], x + 2, y + 21, w=min(44, w - 6))
        p.t(105, 290, f"Page {npages}/{npages}", F, 7.5, (90, 90, 90), align="c")

    pages.append(Page(last))
    fields = {
        "tenant_names": list(ls.tenants),
        "landlord": ls.landlord,
        "start_date": ls.start.isoformat(),
    }
    return Doc("lease", fields, pages)


# ------------------------------------------------------------------ attestation d'hébergement


@dataclass
class Hosting:
    host: str  # as written
    host_dob: dt.date
    host_pob: str
    hosted: str
    hosted_dob: dt.date
    hosted_pob: str
    address: Address
    since: dt.date
    city: str
    signed_on: dt.date
    signed: bool = True
    relation: str = ""  # "mon épouse", "mon amie"
    host_sex: str = "M"


def hosting_doc(h: Hosting, handwritten: bool = True, font: str = "dkg", ink: str = "blue") -> Doc:
    rng = rng_for("hosting", h.host, h.hosted)
    sig = signature(h.host, rng, ink=ink) if h.signed else None
    e = "e" if h.host_sex == "F" else ""
    rel = f", {h.relation}," if h.relation else ""
    body = [
        f"Je soussigné{e} {h.host}, né{e} le {fr(h.host_dob)} à {h.host_pob},",
        f"demeurant {h.address.line1}, {h.address.postcode} {h.address.city},",
        f"certifie sur l'honneur héberger à mon domicile{rel} depuis le {fr(h.since)},",
        f"{h.hosted}, né(e) le {fr(h.hosted_dob)} à {h.hosted_pob}.",
        "",
        "Cette personne réside à mon domicile de manière stable et à titre gratuit.",
        "Je joins à la présente une copie de ma pièce d'identité et un justificatif de domicile.",
        "",
        "Attestation établie pour servir et valoir ce que de droit.",
    ]

    def draw(p: Pg):
        if handwritten:
            bold = 1 if font in ("dkg", "breip", "ruf") else 0
            y = 40
            p.hand(60, y, "Attestation d'hébergement", rng, font=font, size=7.5, ink=ink, bold=bold)
            y += 22
            # re-flow the body into lines a hand would write (about 55 characters)
            words = " ".join(x if x else "\n" for x in body).split(" ")
            line = ""
            lines = []
            for wd in words:
                if wd == "\n":
                    lines.append(line)
                    lines.append("")
                    line = ""
                    continue
                if len(line) + len(wd) + 1 > 52:
                    lines.append(line)
                    line = wd
                else:
                    line = (line + " " + wd).strip()
            lines.append(line)
            for ln in lines:
                if ln:
                    p.hand(
                        22 + rng.uniform(-1, 1), y, ln, rng, font=font, size=5.6, ink=ink, bold=bold
                    )
                y += 4 if not ln else 10.5
            y += 8
            p.hand(
                110,
                y,
                f"Fait à {h.city}, le {fr(h.signed_on)}",
                rng,
                font=font,
                size=5.6,
                ink=ink,
                bold=bold,
            )
            if sig is not None:
                p.img(sig, 118, y + 6, w=50)
        else:
            p.t(14, 20, h.host, "Arial-B", 10)
            p.t(14, 25, h.address.line1, "Arial", 10)
            p.t(14, 30, f"{h.address.postcode} {h.address.city}", "Arial", 10)
            p.t(105, 60, "ATTESTATION D'HÉBERGEMENT", "Arial-B", 14, align="c")
            y = 80
            for ln in body:
                if not ln:
                    y += 4
                    continue
                y = p.para(20, y, 170, ln, "Arial", 11, 6)
            y += 12
            p.t(110, y, f"Fait à {h.city}, le {fr(h.signed_on)}", "Arial", 11)
            p.t(110, y + 8, "Signature :", "Arial", 11)
            if sig is not None:
                p.img(sig, 115, y + 11, w=50)

    fields = {
        "host_name": h.host,
        "hosted_name": h.hosted,
        "since_date": h.since.isoformat(),
        "signed": bool(h.signed),
    }
    return Doc("hosting_attestation", fields, [Page(draw)])


# ------------------------------------------------------------------ quittance (type unknown)


def quittance_doc(
    landlord: str,
    landlord_addr: list[str],
    tenant: str,
    address: Address,
    year: int,
    month: int,
    rent: float,
    charges: float,
    paid_on: dt.date,
) -> Doc:
    rng = rng_for("quittance", tenant, year, month)
    sig = signature(landlord, rng, ink="black")
    from .util import month_end

    start = dt.date(year, month, 1)
    end = month_end(year, month)

    def draw(p: Pg):
        for i, ln in enumerate([landlord, *landlord_addr]):
            p.t(14, 18 + i * 4.6, ln, "Arial", 10)
        for i, ln in enumerate([tenant, *address.lines()]):
            p.t(115, 45 + i * 4.6, ln, "Arial", 10)
        p.t(105, 80, "QUITTANCE DE LOYER", "Arial-B", 15, align="c")
        p.t(105, 87, f"Mois de {MOIS[month - 1]} {year}", "Arial", 11, align="c")
        y = p.para(
            18,
            102,
            174,
            f"Je soussigné(e) {landlord}, propriétaire du logement désigné ci-dessous, déclare avoir "
            f"reçu de {tenant} la somme de {money(rent + charges)} euros au titre du paiement du loyer "
            f"et des charges pour la période de location du {fr(start)} au {fr(end)}, et lui en donne "
            "quittance, sous réserve de tous mes droits.",
            "Arial",
            10.5,
            5.5,
            justify=True,
        )
        p.t(18, y + 6, f"Adresse du logement : {address.one()}", "Arial", 10)
        y += 16
        p.table(
            18,
            y,
            [110, 50],
            [
                ["Loyer", f"{money(rent)} €"],
                ["Provision pour charges", f"{money(charges)} €"],
                ["Total", f"{money(rent + charges)} €"],
            ],
            "Arial",
            10,
            7,
            head=["Détail du règlement", "Montant"],
            head_font="Arial-B",
            aligns=["l", "r"],
        )
        y += 36
        p.t(18, y, f"Date du paiement : {fr(paid_on)}", "Arial", 10)
        p.t(110, y + 14, f"Fait à {address.city}, le {fr(paid_on)}", "Arial", 10)
        p.img(sig, 115, y + 18, w=45)
        p.para(
            18,
            262,
            174,
            "Cette quittance annule tous les reçus qui auraient pu être donnés pour acompte "
            "versé sur la présente échéance. Le paiement de la présente quittance ne présume pas du "
            "paiement des termes précédents.",
            "Arial",
            7.5,
            3.4,
            (90, 90, 90),
        )

    return Doc("unknown", {}, [Page(draw)], notes="quittance de loyer: a rent receipt, not a lease")


def fr_date_words(d: dt.date) -> str:
    return fr_long(d)
