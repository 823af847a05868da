"""Leases (bail loi 1989), rent receipts (quittances) and attestations d'hébergement."""

from __future__ import annotations

import datetime as dt
import re

from gen_codes import MONTHS_FR, add_months, fr, fr_words, money
from gen_core import HANDS, INK_BLUE, Page
from gen_draw import stamp_img
from gen_layout import kv


def lease(
    rng,
    landlord,
    landlord_addr,
    tenants,
    address,
    start,
    rent,
    charges,
    signed_on,
    place,
    furnished=False,
    agency=None,
    variant=0,
    surface=None,
):
    """Contrat de location (model of decree 2015-587). 3 pages. tenants: list of printed names."""
    f, fb = [("serif", "serif-b"), ("sans", "sans-b"), ("carlito", "carlito-b")][variant % 3]
    pages = [Page(), Page(), Page()]
    p1 = pages[0]
    title = (
        "CONTRAT DE LOCATION DE LOGEMENT MEUBLÉ"
        if furnished
        else "CONTRAT DE LOCATION - LOCAUX VIDES À USAGE D'HABITATION"
    )
    p1.text(105, 22, title, fb, 13, anchor="m")
    p1.text(
        105,
        28,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989)"
        if furnished
        else "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 tendant à améliorer les "
        "rapports locatifs)",
        f,
        8,
        anchor="m",
    )
    p1.text(
        105, 33, "Contrat type défini par le décret n° 2015-587 du 29 mai 2015", f, 8, anchor="m"
    )
    y = 46
    p1.text(18, y, "I. DÉSIGNATION DES PARTIES", fb, 11)
    y += 8
    y = p1.para(18, y, 174, "Le présent contrat est conclu entre les soussignés :", f, 10)
    y += 2
    p1.text(22, y, "Le bailleur :", fb, 10)
    lw = 48
    p1.text(lw, y, landlord, fb, 10.5)
    y += 5
    p1.text(lw, y, landlord_addr, f, 9.5)
    y += 5
    if agency:
        p1.text(lw, y, f"représenté par son mandataire : {agency}", f, 9.5)
        y += 5
    p1.text(lw, y, "désigné(s) ci-après « le bailleur »", f, 9)
    y += 9
    p1.text(22, y, "Le(s) locataire(s) :", fb, 10)
    for t in tenants:
        p1.text(lw + 8, y, t, fb, 10.5)
        y += 5.5
    p1.text(lw + 8, y, "désigné(s) ci-après « le locataire »", f, 9)
    y += 12
    p1.text(18, y, "II. OBJET DU CONTRAT", fb, 11)
    y += 8
    y = p1.para(
        18,
        y,
        174,
        "Le présent contrat a pour objet la location d'un logement ainsi déterminé :",
        f,
        10,
    )
    y += 2
    surface = surface or rng.randint(24, 78)
    items = [
        ("Adresse du logement", address.one()),
        (
            "Type d'habitat",
            rng.choice(["immeuble collectif", "immeuble collectif", "maison individuelle"]),
        ),
        ("Régime juridique", "copropriété"),
        ("Période de construction", "de 1949 à 1974"),
        ("Surface habitable", f"{surface} m²"),
        ("Nombre de pièces principales", str(max(1, surface // 22))),
        ("Destination des locaux", "usage d'habitation principale"),
    ]
    for a, b in items:
        y = kv(p1, 22, y, a, b, rng.choice(["colon", "beside"]), f, fb, 9.5, 10, tab=58)
    y += 6
    p1.text(18, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", fb, 11)
    y += 8
    txt = [
        ("A. Date de prise d'effet du contrat", fr(start) if variant != 1 else fr_words(start)),
        ("B. Durée du contrat", "1 an" if furnished else "3 ans"),
    ]
    for a, b in txt:
        y = kv(p1, 22, y, a, b, "colon", f, fb, 10, 10.5)
    p1.text(105, 288, "Page 1 / 3 - Paraphes : ______", f, 7.5, (110, 110, 110), anchor="m")
    p2 = pages[1]
    y = 22
    p2.text(18, y, "IV. CONDITIONS FINANCIÈRES", fb, 11)
    y += 8
    y = kv(p2, 22, y, "A. Loyer mensuel hors charges", f"{money(rent)} €", "colon", f, fb, 10, 10.5)
    y = kv(
        p2,
        22,
        y,
        "Provision sur charges (régularisation annuelle)",
        f"{money(charges)} €",
        "colon",
        f,
        fb,
        10,
        10.5,
    )
    y = kv(
        p2,
        22,
        y,
        "Modalités de paiement",
        f"mensuel, à échoir, le {rng.choice([1, 5])} de chaque mois",
        "colon",
        f,
        fb,
        10,
        10.5,
    )
    y = kv(
        p2,
        22,
        y,
        "Révision du loyer",
        f"chaque année à la date anniversaire (IRL du {rng.choice(['2e', '3e'])} trimestre)",
        "colon",
        f,
        fb,
        10,
        10.5,
    )
    y += 6
    for sec, body in [
        ("V. TRAVAUX", "Néant."),
        (
            "VI. GARANTIES",
            f"Dépôt de garantie : {money(rent * (2 if furnished else 1))} € versé à "
            "la signature du contrat.",
        ),
        (
            "VII. CLAUSE DE SOLIDARITÉ",
            "Pour l'exécution de toutes les obligations du présent "
            "contrat, il y aura solidarité et indivisibilité entre les "
            "parties désignées sous le terme de « locataire ».",
        ),
        (
            "VIII. CLAUSE RÉSOLUTOIRE",
            "Le bail sera résilié de plein droit à défaut de paiement du "
            "loyer ou des charges, du dépôt de garantie, ou de "
            "souscription d'une assurance des risques locatifs, deux mois "
            "après un commandement de payer demeuré infructueux.",
        ),
        (
            "IX. HONORAIRES DE LOCATION",
            "Le cas échéant, répartition conformément à l'article 5 de la loi du 6 juillet 1989.",
        ),
        (
            "X. AUTRES CONDITIONS PARTICULIÈRES",
            "Le locataire s'engage à souscrire une assurance "
            "habitation et à en justifier chaque année.",
        ),
    ]:
        p2.text(18, y, sec, fb, 11)
        y = p2.para(22, y + 7, 170, body, f, 9.5) + 5
    p2.text(105, 288, "Page 2 / 3 - Paraphes : ______", f, 7.5, (110, 110, 110), anchor="m")
    p3 = pages[2]
    y = 22
    p3.text(18, y, "XI. ANNEXES", fb, 11)
    y = p3.para(
        22,
        y + 7,
        170,
        "Sont annexées et jointes au contrat : dossier de diagnostic "
        "technique (DPE, CREP, ERP), notice d'information, état des lieux d'entrée, "
        "extrait du règlement de copropriété." + (" Inventaire du mobilier." if furnished else ""),
        f,
        9.5,
    )
    y += 12
    p3.text(
        18,
        y,
        f"Fait et signé à {place}, le {fr(signed_on)}, en {len(tenants) + 1} originaux "
        "dont un remis à chaque signataire.",
        f,
        10,
    )
    y += 14
    p3.text(25, y, "Signature du bailleur", fb, 10)
    p3.text(115, y, "Signature du (des) locataire(s)", fb, 10)
    p3.text(25, y + 5, "(précédée de la mention « lu et approuvé »)", f, 7.5)
    p3.text(115, y + 5, "(précédée de la mention « lu et approuvé »)", f, 7.5)
    hf = rng.choice(HANDS)
    p3.hand(25, y + 16, "Lu et approuvé", rng, hf, 13)
    p3.sign(25, y + 20, 50, 20, landlord.split(" représ")[0], rng)
    if agency:
        p3.image(
            60,
            y + 30,
            40,
            22,
            stamp_img(
                "", [agency.split(" - ")[0], "Gestion locative"], 40, (40, 60, 140), rng, box=True
            ),
        )
    for i, t in enumerate(tenants):
        p3.hand(115, y + 16 + i * 26, "Lu et approuvé", rng, rng.choice(HANDS), 13)
        p3.sign(115, y + 20 + i * 26, 50, 20, t, rng)
    p3.text(105, 288, "Page 3 / 3", f, 7.5, (110, 110, 110), anchor="m")
    fields = dict(
        tenant_names=list(tenants),
        landlord=landlord,
        address=address.one(),
        start_date=start.isoformat(),
    )
    return pages, fields


def quittance(
    rng, landlord, landlord_addr, tenant, address, month, rent, charges, paid_on, hand=False
):
    pg = Page()
    ff = rng.choice(["sans", "serif", "carlito"])
    fb = ff + "-b"
    y0, y1 = MONTHS_FR[month.month - 1], month.year
    pg.text(105, 30, "QUITTANCE DE LOYER", fb, 16, anchor="m")
    pg.text(105, 38, f"Quittance de loyer du mois de {y0} {y1}", ff, 11, anchor="m")
    pg.text(20, 54, "Bailleur :", fb, 10)
    pg.text(50, 54, landlord, ff, 10)
    pg.text(50, 59, landlord_addr, ff, 9.5)
    pg.text(20, 70, "Locataire :", fb, 10)
    pg.text(50, 70, tenant, ff, 10)
    pg.text(20, 78, "Adresse de la location :", fb, 10)
    pg.text(66, 78, address.one(), ff, 10)
    end = add_months(month, 1)
    txt = (
        f"Je soussigné(e) {landlord}, propriétaire du logement désigné ci-dessus, déclare avoir "
        f"reçu de {tenant} la somme de {money(rent + charges)} euros au titre du paiement du "
        f"loyer et des charges pour la période de location du {fr(month)} au "
        f"{fr(end.replace(day=1) - dt.timedelta(days=1))} et lui en donne "
        "quittance, sous réserve de tous mes droits."
    )
    y = pg.para(20, 94, 170, txt, ff, 10.5, lead=6.2)
    y += 8
    for a, b in [("Loyer", rent), ("Provision pour charges", charges), ("Total", rent + charges)]:
        pg.text(30, y, a, fb if a == "Total" else ff, 10)
        pg.text(120, y, f"{money(b)} €", fb if a == "Total" else ff, 10, anchor="r")
        y += 7
    pg.text(20, y + 10, f"Paiement reçu le {fr(paid_on)}", ff, 10)
    pg.text(120, y + 22, f"Fait le {fr(paid_on)}", ff, 10)
    pg.sign(120, y + 26, 50, 18, landlord, rng)
    pg.para(
        20,
        262,
        170,
        "Cette quittance annule tous les reçus qui auraient pu être donnés pour "
        "acompte versé sur la période en question. Elle est à conserver pendant trois ans.",
        ff,
        8,
    )
    return [pg], {}


def hosting(
    rng,
    host,
    host_dob,
    host_pob,
    hosted,
    hosted_dob,
    hosted_pob,
    address,
    since,
    signed_on,
    place,
    hand=True,
    relation="",
    variant=0,
    signed=True,
    host_sex="M",
):
    """Attestation d'hébergement sur l'honneur, handwritten or typed."""
    pg = Page()
    fields = dict(
        host_name=host,
        hosted_name=hosted,
        address=address.one(),
        since_date=since.isoformat(),
        signed_on=signed_on.isoformat(),
        signed=signed,
    )
    if hand:
        font = rng.choice(["h-breip", "h-ecolier", "h-dkg", "h-dancing", "h-kaushan"])
        ink = rng.choice([INK_BLUE, (20, 20, 30), (10, 60, 140)])
        size = rng.uniform(13, 16)
        lead = size / 2.83 * 1.9
        x0 = rng.uniform(16, 24)
        y = 40
        _, t = pg.hand(60, y, "Attestation d'hébergement", rng, font, size + 4, ink)
        y += lead * 2
        wd = "le" if variant == 0 else "né(e) le"
        lines = [
            f"Je soussigné{'e' if host_sex == 'F' else ''} {host},",
            f"{wd} {fr(host_dob)} à {host_pob},",
            f"demeurant au {address.street},",
            f"{address.cp} {address.city},",
            f"atteste sur l'honneur héberger à mon domicile{(' ' + relation) if relation else ''}",
            f"{hosted}, né(e) le {fr(hosted_dob)} à {hosted_pob},",
            f"depuis le {fr(since)}.",
            "Fait pour servir et valoir ce que de droit.",
        ]
        written = []
        for ln in lines:
            _, w = pg.hand(x0 + rng.uniform(-1, 1), y, ln, rng, font, size, ink)
            written.append(w)
            y += lead * rng.uniform(0.95, 1.08)
        y += lead
        pg.hand(110, y, f"Fait à {place}, le {fr(signed_on)}", rng, font, size, ink)
        y += lead * 1.2
        if signed:
            pg.sign(115, y, 55, 24, host, rng, ink)
        pg.hand(
            x0,
            268,
            "PJ : copie de ma carte d'identité + justificatif de domicile",
            rng,
            font,
            size * 0.8,
            ink,
        )
        m = re.search(r"soussignée? (.*?),?$", written[0])
        fields["host_name"] = m.group(1).strip() if m else host
        fields["hosted_name"] = written[5].split(", né(e)")[0].strip()
        return [pg], fields
    ff = rng.choice(["sans", "serif", "carlito", "open", "lato"])
    fb = ff + "-b"
    pg.text(20, 25, host, fb, 10.5)
    for i, ln in enumerate(address.lines()):
        pg.text(20, 30 + i * 5, ln, ff, 10)
    pg.text(105, 62, "ATTESTATION D'HÉBERGEMENT", fb, 15, anchor="m")
    if variant:
        pg.text(105, 69, "(sur l'honneur)", ff, 10, anchor="m")
    body = (
        f"Je soussigné(e), {host}, né(e) le {fr(host_dob)} à {host_pob}, demeurant "
        f"{address.one()}, certifie sur l'honneur héberger à mon domicile, à titre gratuit, "
        f"{relation + ' ' if relation else ''}{hosted}, né(e) le {fr(hosted_dob)} à "
        f"{hosted_pob}, depuis le {fr(since) if variant == 0 else fr_words(since)}."
    )
    y = pg.para(20, 86, 170, body, ff, 11, lead=6.8)
    y = pg.para(
        20,
        y + 5,
        170,
        "Je joins à la présente attestation une copie de ma pièce "
        "d'identité ainsi qu'un justificatif de domicile à mon nom.",
        ff,
        11,
        lead=6.8,
    )
    y = pg.para(
        20,
        y + 5,
        170,
        "Fait pour servir et valoir ce que de droit. Je suis informé(e) "
        "qu'une fausse attestation expose son auteur aux sanctions prévues par l'article "
        "441-7 du code pénal.",
        ff,
        11,
        lead=6.8,
    )
    pg.text(115, y + 14, f"Fait à {place}, le {fr(signed_on)}", ff, 11)
    pg.text(115, y + 22, "Signature", ff, 10)
    if signed:
        pg.sign(112, y + 25, 55, 24, host, rng)
    return [pg], fields
