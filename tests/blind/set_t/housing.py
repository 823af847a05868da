"""Leases (bail loi du 6 juillet 1989, vide / meublé, typed or filled by hand), hosting
attestations (typed or handwritten), rent receipts and home-insurance certificates."""

from __future__ import annotations

import checks as ck
from tk import (
    A4,
    INKS,
    Page,
    fit,
    hand,
    hand_img,
    line,
    para,
    rect,
    signature,
    stamp,
    sw,
    txt,
)

W, H = A4
INK = (0.08, 0.08, 0.1)


def lease_fields(l_):
    return {
        "tenant_names": l_["tenants"],
        "landlord": l_["landlord"],
        "address": l_["address_field"],
        "start_date": l_["start"].isoformat(),
    }


def lease(l_: dict, rng):
    """Three pages; l_['fill'] is 'typed' or 'hand' (a blank model filled in with a pen)."""
    meuble = l_.get("meuble", False)
    fill = l_.get("fill", "typed")
    font, fontb = l_.get("fonts", ("Serif", "SerifB"))
    hn = l_.get("hand", "dkg")
    agency = l_.get("agency")

    ink = rng.choice(INKS[:4])

    def val(c, x, y, s, size=9.5, maxw=None):
        if fill == "hand":
            hand(c, x, y, s, rng, size + 2, hn, color=ink, jitter=0.8)
        elif maxw:
            fit(c, x, y, s, fontb, size, maxw, INK)
        else:
            txt(c, x, y, s, fontb, size, INK)

    def head(c, n):
        if agency:
            txt(c, 50, H - 40, agency[0], "SansB", 11, (0.15, 0.3, 0.5))
            txt(c, 50, H - 52, agency[1], "Sans", 7, (0.35, 0.35, 0.35))
        txt(c, W - 50, H - 40, "Bail n° %s" % l_["ref"], "Sans", 7.5, (0.35, 0.35, 0.35), "r")
        txt(c, W / 2, 30, "Page %d/3 - Paraphes : " % n, "Sans", 7, (0.4, 0.4, 0.4), "c")
        if fill == "hand" or l_.get("initials"):
            hand(c, W / 2 + 40, 30, l_["initials"], rng, 9, hn, color=ink)

    def p1(c):
        head(c, 1)
        txt(c, W / 2, H - 90, "CONTRAT DE LOCATION", fontb, 16, INK, "c")
        sub = (
            "LOCAUX MEUBLÉS À USAGE DE RÉSIDENCE PRINCIPALE"
            if meuble
            else "LOCAUX VIDES À USAGE D'HABITATION"
        )
        txt(c, W / 2, H - 108, sub, fontb, 10.5, INK, "c")
        para(
            c,
            60,
            H - 128,
            W - 120,
            "(Soumis au titre Ier%s de la loi n° 89-462 du 6 juillet 1989 tendant à améliorer les rapports locatifs et portant modification de la loi n° 86-1290 du 23 décembre 1986)"
            % (" bis" if meuble else ""),
            font,
            8,
            10,
        )
        y = H - 175
        txt(c, 50, y, "I. DÉSIGNATION DES PARTIES", fontb, 11, INK)
        y -= 20
        para(c, 60, y, W - 120, "Le présent contrat est conclu entre les soussignés :", font, 9.5)
        y -= 20
        txt(c, 60, y, "Le bailleur :", font, 9.5, INK)
        val(c, 150, y, l_["landlord"])
        y -= 16
        txt(c, 60, y, "domicilié :", font, 9.5, INK)
        val(c, 150, y, l_["landlord_addr"], 9, W - 210)
        y -= 16
        if agency:
            txt(c, 60, y, "représenté par son mandataire : %s" % agency[0], font, 9.5, INK)
            y -= 16
        txt(c, 60, y, "désigné(s) ci-après « le bailleur » ;", font, 9.5, INK)
        y -= 24
        txt(c, 60, y, "Le(s) locataire(s) :", font, 9.5, INK)
        for t in l_["tenants_print"]:
            val(c, 170, y, t)
            y -= 16
        txt(c, 60, y, "désigné(s) ci-après « le locataire » ;", font, 9.5, INK)
        y -= 30
        txt(c, 50, y, "II. OBJET DU CONTRAT", fontb, 11, INK)
        y -= 18
        para(
            c,
            60,
            y,
            W - 120,
            "Le présent contrat a pour objet la location d'un logement ainsi déterminé :",
            font,
            9.5,
        )
        y -= 20
        txt(c, 60, y, "A. Consistance du logement", fontb, 9.5, INK)
        y -= 16
        rows = [
            ("Localisation du logement :", l_["addr_print"]),
            ("Identifiant fiscal du logement :", l_.get("fiscal", "")),
            ("Type d'habitat :", "immeuble collectif"),
            ("Régime juridique de l'immeuble :", "copropriété"),
            ("Période de construction :", l_.get("built", "de 1949 à 1974")),
            ("Surface habitable :", "%s m²" % l_["surface"]),
            ("Nombre de pièces principales :", str(l_["rooms"])),
            ("Autres parties du logement :", l_.get("parts", "cave n° 12")),
            (
                "Éléments d'équipements :",
                "cuisine équipée" + (", mobilier conforme au décret n° 2015-981" if meuble else ""),
            ),
            ("Modalité de production de chauffage :", "individuel électrique"),
        ]
        for lab, v in rows:
            txt(c, 70, y, lab, font, 9, INK)
            val(c, 240, y, v, 9, W - 300)
            y -= 16
        y -= 10
        txt(c, 60, y, "B. Destination des locaux : usage d'habitation", fontb, 9.5, INK)

    def p2(c):
        head(c, 2)
        y = H - 90
        txt(c, 50, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", fontb, 11, INK)
        y -= 22
        txt(c, 60, y, "A. Date de prise d'effet du contrat :", font, 9.5, INK)
        val(c, 250, y, ck.fr_long(l_["start"]) if l_.get("start_words") else ck.dmy(l_["start"]))
        y -= 18
        txt(c, 60, y, "B. Durée du contrat :", font, 9.5, INK)
        val(c, 250, y, "1 an" if meuble else "3 ans")
        y -= 18
        para(
            c,
            60,
            y,
            W - 120,
            "C. Le contrat est reconduit tacitement dans les conditions prévues par la loi, sauf congé délivré par l'une des parties dans les formes et délais légaux.",
            font,
            9,
            11.5,
        )
        y -= 45
        txt(c, 50, y, "IV. CONDITIONS FINANCIÈRES", fontb, 11, INK)
        y -= 22
        for lab, v in [
            ("A. Loyer mensuel hors charges :", "%s €" % ck.money_fr(l_["rent"])),
            ("B. Provision sur charges mensuelle :", "%s €" % ck.money_fr(l_["charges"])),
            ("C. Modalités de paiement :", "mensuel, à terme échu, le 5 de chaque mois"),
            ("Zone soumise à encadrement des loyers :", l_.get("encadrement", "non")),
        ]:
            txt(c, 60, y, lab, font, 9.5, INK)
            val(c, 270, y, v, 9.5, W - 320)
            y -= 18
        y -= 18
        txt(c, 50, y, "V. TRAVAUX", fontb, 11, INK)
        y -= 18
        para(c, 60, y, W - 120, "Néant depuis la fin du dernier contrat de location.", font, 9.5)
        y -= 34
        txt(c, 50, y, "VI. GARANTIES", fontb, 11, INK)
        y -= 18
        txt(c, 60, y, "Montant du dépôt de garantie :", font, 9.5, INK)
        val(c, 250, y, "%s €" % ck.money_fr(l_["deposit"]))
        y -= 34
        txt(c, 50, y, "VII. CLAUSE DE SOLIDARITÉ - CLAUSE RÉSOLUTOIRE", fontb, 11, INK)
        y -= 18
        para(
            c,
            60,
            y,
            W - 120,
            "Les locataires sont tenus solidairement et indivisiblement de l'exécution des obligations du présent contrat. Le bail sera résilié de plein droit à défaut de paiement du loyer, des charges ou du dépôt de garantie, deux mois après un commandement de payer demeuré infructueux.",
            font,
            9,
            11.5,
        )

    def p3(c):
        head(c, 3)
        y = H - 90
        txt(c, 50, y, "VIII. HONORAIRES DE LOCATION", fontb, 11, INK)
        y -= 18
        para(
            c,
            60,
            y,
            W - 120,
            "Honoraires à la charge du locataire : %s"
            % (
                "%s € TTC (visite, constitution du dossier, rédaction du bail, état des lieux)"
                % ck.money_fr(l_["rent"] * 0.6)
                if agency
                else "néant (location entre particuliers)"
            ),
            font,
            9,
            11.5,
        )
        y -= 40
        txt(c, 50, y, "IX. ANNEXES", fontb, 11, INK)
        y -= 18
        for a in [
            "Dossier de diagnostic technique (DPE, CREP, ERP)",
            "Notice d'information relative aux droits et obligations des locataires et des bailleurs",
            "État des lieux d'entrée" + (" et inventaire du mobilier" if meuble else ""),
            "Extrait du règlement de copropriété",
        ]:
            txt(c, 70, y, "- " + a, font, 9, INK)
            y -= 14
        y -= 30
        txt(c, 60, y, "Fait à", font, 10, INK)
        val(c, 100, y, l_["signed_place"])
        txt(c, 240, y, ", le", font, 10, INK)
        val(c, 270, y, ck.dmy(l_["signed_on"]))
        txt(c, 370, y, ", en %d originaux." % (1 + len(l_["tenants"])), font, 10, INK)
        y -= 40
        txt(c, 60, y, "Signature du bailleur", fontb, 9.5, INK)
        txt(c, 330, y, "Signature du (des) locataire(s)", fontb, 9.5, INK)
        txt(c, 60, y - 12, "(précédée de la mention « lu et approuvé »)", font, 7.5, INK)
        txt(c, 330, y - 12, "(précédée de la mention « lu et approuvé »)", font, 7.5, INK)
        if l_.get("esign"):
            for k, (x, nm) in enumerate([(60, l_["landlord"])] + [(330, t) for t in l_["tenants"]]):
                yy = y - 40 - (k - 1) * 50 if k else y - 40
                rect(c, x, yy - 30, 200, 40, stroke=(0.2, 0.45, 0.8), lw=0.6, r=4)
                txt(c, x + 6, yy - 2, "Signé électroniquement par", "Sans", 7, (0.2, 0.45, 0.8))
                txt(c, x + 6, yy - 14, nm, "SansB", 8.5, INK)
                txt(
                    c,
                    x + 6,
                    yy - 25,
                    "le %s - Yousign %s" % (ck.dmy(l_["signed_on"]), l_["ref"][-6:]),
                    "Sans",
                    6.5,
                    (0.3, 0.3, 0.3),
                )
        else:
            hand(
                c, 60, y - 35, "Lu et approuvé", rng, 11, rng.choice(["dancing", "dkg", "kaushan"])
            )
            signature(c, 60, y - 110, 180, 60, l_["landlord"], rng)
            for k, t in enumerate(l_["tenants"]):
                hand(
                    c,
                    330,
                    y - 35 - k * 80,
                    "Lu et approuvé",
                    rng,
                    11,
                    rng.choice(["dancing", "dkg", "kaushan"]),
                )
                signature(c, 330, y - 110 - k * 80, 180, 60, t, rng)

    return [Page(W, H, p1), Page(W, H, p2), Page(W, H, p3)]


# ---------------------------------------------------------------- attestation d'hébergement


def attestation_text(a):
    host_civ = "M." if a["host_sex"] == "M" else "Mme"
    hosted_civ = "M." if a["hosted_sex"] == "M" else "Mme"
    ne1 = "né" if a["host_sex"] == "M" else "née"
    ne2 = "né" if a["hosted_sex"] == "M" else "née"
    sous = "soussigné" if a["host_sex"] == "M" else "soussignée"
    return (
        "Je %s, %s %s, %s le %s à %s, demeurant %s, atteste sur l'honneur héberger à mon domicile %s %s, %s le %s à %s, depuis le %s."
        % (
            sous,
            host_civ,
            a["host_print"],
            ne1,
            ck.dmy(a["host_dob"]),
            a["host_pob"],
            a["addr_inline"],
            hosted_civ,
            a["hosted_print"],
            ne2,
            ck.dmy(a["hosted_dob"]),
            a["hosted_pob"],
            ck.dmy(a["since"]) if not a.get("since_words") else ck.fr_long(a["since"]),
        )
    )


def attestation(a: dict, rng) -> Page:
    """a['fill']: typed | hand; a['signed']: bool."""
    fill = a.get("fill", "typed")
    hn = a.get("hand", "dkg")
    font = a.get("font", "Sans")
    ink = rng.choice(INKS[:4])

    def draw(c):
        lined = a.get("lined", False) and fill == "hand"
        rect(c, 0, 0, W, H, stroke=None, fill=(1, 1, 1) if not lined else (0.99, 0.99, 0.97))
        if lined:
            for k in range(40):
                line(c, 0, H - 90 - k * 19, W, H - 90 - k * 19, (0.7, 0.8, 0.95), 0.5)
            line(c, 70, 0, 70, H, (0.95, 0.6, 0.6), 0.7)
        body = attestation_text(a)
        tail = a.get("tail", "Fait pour servir et valoir ce que de droit.")
        if fill == "typed":
            txt(c, 60, H - 70, a["host_print"], font, 10, INK)
            txt(c, 60, H - 84, a["addr_lines"][0], font, 10, INK)
            txt(c, 60, H - 98, a["addr_lines"][1], font, 10, INK)
            txt(
                c,
                W / 2,
                H - 170,
                "ATTESTATION D'HÉBERGEMENT",
                font + "B" if font in ("Sans", "Serif") else font,
                15,
                INK,
                "c",
            )
            y = para(c, 70, H - 230, W - 140, body, font, 11, 17, justify=True)
            y = (
                para(
                    c,
                    70,
                    y - 10,
                    W - 140,
                    "Je joins à la présente une copie de ma pièce d'identité et un justificatif de domicile à mon nom.",
                    font,
                    11,
                    17,
                )
                - 10
            )
            y = para(c, 70, y, W - 140, tail, font, 11, 17)
            txt(
                c,
                W - 80,
                y - 40,
                "Fait à %s, le %s" % (a["place"], ck.dmy(a["signed_on"])),
                font,
                11,
                INK,
                "r",
            )
            para(
                c,
                70,
                90,
                W - 140,
                "Article 441-7 du Code pénal : est puni d'un an d'emprisonnement et de 15 000 euros d'amende le fait d'établir une attestation ou un certificat faisant état de faits matériellement inexacts.",
                font,
                7.5,
                9.5,
                (0.35, 0.35, 0.35),
            )
            if a.get("signed", True):
                signature(c, W - 280, y - 140, 200, 80, a["host_print"], rng)
            elif a.get("sign_label"):
                txt(c, W - 200, y - 70, "Signature :", font, 10, INK)
        else:
            x0 = 85
            hand(c, W / 2 - 120, H - 120, "Attestation d'hébergement", rng, 18, hn, color=ink)
            words = (body + " " + tail).split(" ")
            y = H - 185
            lnw = W - x0 - 60
            cur = ""
            size = 13
            for wd in words:
                trial = (cur + " " + wd).strip()
                est = (
                    hand_img(trial, rng, size, hn, jitter=0)[1]
                    if len(trial) > 40
                    else sw(trial, "Sans", size * 0.95)
                )
                if est > lnw and cur:
                    hand(c, x0, y, cur, rng, size, hn, color=ink)
                    y -= 19 * 1.5 if not lined else 38
                    cur = wd
                else:
                    cur = trial
            if cur:
                hand(c, x0, y, cur, rng, size, hn, color=ink)
            y -= 60
            hand(
                c,
                W - 300,
                y,
                "Fait à %s, le %s" % (a["place"], ck.dmy(a["signed_on"])),
                rng,
                size,
                hn,
                color=ink,
            )
            if a.get("signed", True):
                signature(c, W - 290, y - 120, 200, 80, a["host_print"], rng, color=ink)

    return Page(W, H, draw)


def attestation_fields(a):
    return {
        "host_name": a["host_print"],
        "hosted_name": a["hosted_print"],
        "address": a["addr_inline"],
        "since_date": a["since"].isoformat(),
        "signed_on": a["signed_on"].isoformat(),
        "signed": a.get("signed", True),
    }


# ---------------------------------------------------------------- distractors


def quittance(q: dict, rng) -> Page:
    def draw(c):
        rect(c, 0, 0, W, H, stroke=None, fill=(1, 1, 1))
        txt(c, 60, H - 70, q["landlord"], "SansB", 10, INK)
        txt(c, 60, H - 84, q["landlord_addr"], "Sans", 9, INK)
        txt(c, W / 2, H - 150, "QUITTANCE DE LOYER", "SansB", 16, INK, "c")
        txt(
            c,
            W / 2,
            H - 170,
            "Période : %s" % ck.fr_month(q["month"]).capitalize(),
            "Sans",
            11,
            INK,
            "c",
        )
        y = para(
            c,
            70,
            H - 230,
            W - 140,
            "Je soussigné(e) %s, propriétaire du logement situé %s, déclare avoir reçu de %s la somme de %s euros (loyer %s € + charges %s €), au titre du loyer et des charges pour la période du %s au %s, et lui en donne quittance, sous réserve de tous mes droits."
            % (
                q["landlord"],
                q["addr_inline"],
                q["tenant"],
                ck.money_fr(q["rent"] + q["charges"]),
                ck.money_fr(q["rent"]),
                ck.money_fr(q["charges"]),
                ck.dmy(q["month"]),
                ck.dmy(ck.month_end(q["month"].year, q["month"].month)),
            ),
            "Sans",
            11,
            16,
            justify=True,
        )
        txt(
            c,
            W - 80,
            y - 40,
            "Fait à %s, le %s" % (q["place"], ck.dmy(q["signed_on"])),
            "Sans",
            11,
            INK,
            "r",
        )
        signature(c, W - 260, y - 140, 180, 70, q["landlord"], rng)
        para(
            c,
            70,
            80,
            W - 140,
            "Cette quittance annule tous les reçus qui auraient pu être établis précédemment en cas de paiement partiel du montant du présent terme. Elle est à conserver pendant trois ans par le locataire.",
            "Sans",
            7.5,
            9.5,
            (0.35, 0.35, 0.35),
        )

    return Page(W, H, draw)


def insurance(q: dict, rng) -> Page:
    def draw(c):
        rect(c, 0, 0, W, H, stroke=None, fill=(1, 1, 1))
        rect(c, 0, H - 90, W, 90, stroke=None, fill=(0.1, 0.35, 0.3))
        txt(c, 40, H - 55, q["insurer"], "OpenB", 18, (1, 1, 1))
        txt(c, W - 40, H - 55, "ATTESTATION D'ASSURANCE", "OpenB", 12, (1, 1, 1), "r")
        txt(c, W - 40, H - 70, "Multirisque habitation", "Open", 9, (1, 1, 1), "r")
        y = H - 140
        y = para(
            c,
            50,
            y,
            W - 100,
            "%s certifie que %s est titulaire du contrat n° %s garantissant les risques locatifs (incendie, dégât des eaux, explosion) et la responsabilité civile vie privée pour le logement situé %s."
            % (q["insurer"], q["holder"], q["contract"], q["addr_inline"]),
            "Open",
            10.5,
            15,
        )
        y -= 20
        for lab, v in [
            ("Période de validité", "du %s au %s" % (ck.dmy(q["start"]), ck.dmy(q["end"]))),
            ("Qualité de l'assuré", "locataire"),
            ("Nombre de pièces", str(q.get("rooms", 2))),
        ]:
            txt(c, 60, y, lab, "Open", 9.5, (0.35, 0.35, 0.35))
            txt(c, 230, y, v, "OpenB", 10, INK)
            y -= 18
        para(
            c,
            50,
            y - 20,
            W - 100,
            "La présente attestation ne constitue qu'une présomption de garantie et ne peut engager l'assureur au-delà des conditions et limites du contrat auquel elle se réfère.",
            "Open",
            8.5,
            11,
            (0.3, 0.3, 0.3),
        )
        txt(c, W - 60, 200, "Fait à Niort, le %s" % ck.dmy(q["issued"]), "Open", 10, INK, "r")
        stamp(
            c,
            W - 150,
            140,
            "",
            [q["insurer"].upper()[:22], "SERVICE CLIENTS"],
            rng,
            color=(30, 90, 70),
            d_mm=20,
            shape="rect",
        )

    return Page(W, H, draw)
