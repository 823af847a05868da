"""French documents: attestation d'hébergement, lease, bills, RIB, payslip, CDI contract."""

from __future__ import annotations

import random

import checks
from gfx import Page, rect_stamp, signature_img, wrap

PRINTED_BANK: list[tuple[str, str, str, str, str]] = []  # iban, bank, branch, account, key
MOIS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()


def fr_date(d) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def fr_words(d) -> str:
    return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"


def money(x: float) -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s


# ---------------------------------------------------------------- attestation d'hébergement


def attestation_text(a: dict) -> str:
    return (
        f"Je soussigné{a.get('e', '')} {a['host']}, né{a.get('e', '')} le "
        f"{fr_date(a['host_dob'])} à {a['host_pob']}, demeurant {a['address']}, atteste sur "
        f"l'honneur héberger à mon domicile, depuis le {fr_words(a['since'])}, "
        f"{a['relation']} {a['hosted']}, né{a.get('he', '')} le {fr_date(a['hosted_dob'])} "
        f"à {a['hosted_pob']}.\n"
        f"{a['hosted_short']} est logé{a.get('he', '')} à titre gratuit et réside de "
        f"manière stable à cette adresse.\n"
        f"Je joins à la présente attestation la copie de ma pièce d'identité et "
        f"{a['proof']}.\n"
        f"Fait pour servir et valoir ce que de droit."
    )


def attestation_typed(a: dict, rng: random.Random):
    def draw(pg: Page):
        y = 25
        for ln in [a["host"], a["address_l1"], a["address_l2"], a.get("phone", "")]:
            pg.text(20, y, ln, "carlito", 11)
            y += 5.2
        pg.text(105, 68, "ATTESTATION D'HÉBERGEMENT", "carlitob", 16, anchor="c")
        pg.line(62, 70, 148, 70, 0.4)
        y = pg.para(20, 86, attestation_text(a), 170, "carlito", 12, 6.2)
        pg.text(120, y + 10, f"Fait à {a['place']}, le {fr_date(a['signed_on'])}", "carlito", 12)
        pg.text(120, y + 20, a["host"], "carlito", 12)
        pg.image(122, y + 24, 50, None, signature_img(rng, 520, 190, color=(15, 20, 60)))
        pg.text(20, y + 60, "Pièces jointes :", "carlitob", 11)
        pg.text(24, y + 66, "- " + a["id_doc"], "carlito", 11)
        pg.text(24, y + 72, "- " + a["proof_doc"], "carlito", 11)

    return draw


def attestation_hand(a: dict, rng: random.Random, font="h_breip"):
    """Written by hand on a squared (Seyès-like) school sheet."""

    def draw(pg: Page):
        for i in range(0, 280, 8):
            pg.line(0, 12 + i, 210, 12 + i, 0.15, "#9fb5d8")
        pg.line(28, 0, 28, 297, 0.2, "#d88a8a")
        ink = "#14206e"
        y = 28
        for ln in [a["host"], a["address_l1"], a["address_l2"]]:
            pg.hand(32, y - 0.8, ln, rng, font, 13, ink)
            y += 8
        pg.hand(105, 60 - 0.8, "Attestation d'hébergement", rng, font, 17, ink, anchor="c")
        y = 76
        for ln in wrap(attestation_text(a), 160, lambda s: pg.width(s, "sans", 12.5)):
            pg.hand(32, y - 0.8, ln, rng, font, 13, ink)
            y += 8
        y += 8
        pg.hand(
            110, y - 0.8, f"Fait à {a['place']}, le {fr_date(a['signed_on'])}", rng, font, 13, ink
        )
        pg.image(118, y + 4, 55, None, signature_img(rng, 520, 190, color=(20, 28, 110)))

    return draw


def attestation_fields(a: dict) -> dict:
    return {
        "host_name": a["host"],
        "hosted_name": a["hosted"],
        "address": a["address"],
        "since_date": a["since"].isoformat(),
        "signed_on": a["signed_on"].isoformat(),
        "signed": True,
    }


# ---------------------------------------------------------------- lease (bail loi 1989)


def lease_pages(b: dict, rng: random.Random, font="serif", fontb="serifb", signed_hand=True):
    def p1(pg: Page):
        if b.get("agency"):
            pg.text(20, 16, b["agency"], fontb, 11, "#5a2a2a")
            pg.text(20, 21, b["agency_addr"], font, 8, "#555555")
        pg.text(105, 34, "CONTRAT DE LOCATION", fontb, 15, anchor="c")
        pg.text(105, 41, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", fontb, 11, anchor="c")
        pg.para(
            25,
            48,
            "Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer "
            "les rapports locatifs et portant modification de la loi n° 86-1290 du 23 "
            "décembre 1986 - contrat type défini par le décret n° 2015-587 du 29 mai 2015.",
            160,
            font,
            8.5,
            3.8,
        )
        y = 66
        pg.text(20, y, "I. DÉSIGNATION DES PARTIES", fontb, 11)
        y += 8
        pg.text(20, y, "Le bailleur :", fontb, 10)
        y = pg.para(48, y, b["landlord"] + ", " + b["landlord_addr"], 140, font, 10, 4.6)
        y += 3
        pg.text(20, y, "Le(s) locataire(s) :", fontb, 10)
        y = pg.para(58, y, " et ".join(b["tenants"]), 130, font, 10, 4.6)
        y += 5
        pg.text(20, y, "II. OBJET DU CONTRAT", fontb, 11)
        y += 8
        for lab, val in [
            ("Adresse du logement :", b["address"]),
            ("Type d'habitat :", b["habitat"]),
            ("Surface habitable :", b["surface"]),
            ("Nombre de pièces principales :", b["rooms"]),
            ("Désignation des locaux :", b["desc"]),
        ]:
            pg.text(20, y, lab, font, 10)
            x0 = 20 + pg.width(lab, font, 10) + 3
            y = pg.para(x0, y, val, 190 - x0, fontb, 10, 4.6) + 2
        y += 3
        pg.text(20, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", fontb, 11)
        y += 8
        lab = "Date de prise d'effet du contrat :"
        pg.text(20, y, lab, font, 10)
        pg.text(20 + pg.width(lab, font, 10) + 3, y, fr_date(b["start"]), fontb, 10)
        y += 6
        y = (
            pg.para(
                20,
                y,
                "Durée du contrat : trois (3) ans, renouvelable par tacite "
                "reconduction dans les conditions de l'article 10 de la loi du 6 juillet "
                "1989.",
                170,
                font,
                10,
                4.6,
            )
            + 4
        )
        pg.text(20, y, "IV. CONDITIONS FINANCIÈRES", fontb, 11)
        y += 8
        for lab, val in [
            ("Montant du loyer mensuel :", b["rent"]),
            ("Provision sur charges :", b["charges"]),
            ("Dépôt de garantie :", b["deposit"]),
            ("Paiement :", "mensuel, à terme échu, le 5 de chaque mois"),
        ]:
            pg.text(20, y, lab, font, 10)
            pg.text(20 + pg.width(lab, font, 10) + 3, y, val, fontb, 10)
            y += 6
        pg.text(105, 287, "Page 1/2 - Paraphes :", font, 8, "#555555", "c")

    def p2(pg: Page):
        y = 25
        pg.text(20, y, "V. TRAVAUX - VI. GARANTIES - VII. CLAUSE RÉSOLUTOIRE", fontb, 11)
        y = pg.para(
            20,
            y + 8,
            "Le présent contrat est résilié de plein droit à défaut de "
            "paiement du loyer ou des charges aux termes convenus, deux mois après un "
            "commandement de payer demeuré infructueux, ainsi qu'à défaut de "
            "souscription d'une assurance contre les risques locatifs. Les parties "
            "déclarent avoir reçu le dossier de diagnostic technique (DPE, constat de "
            "risque d'exposition au plomb, état des risques) et la notice "
            "d'information prévue par l'arrêté du 29 mai 2015.",
            170,
            font,
            10,
            4.8,
        )
        y += 8
        pg.text(20, y, "VIII. ANNEXES", fontb, 11)
        y = pg.para(
            20,
            y + 8,
            "État des lieux d'entrée, notice d'information, dossier de "
            "diagnostic technique, extrait du règlement de copropriété.",
            170,
            font,
            10,
            4.8,
        )
        y += 14
        pg.text(
            20,
            y,
            f"Fait à {b['city']}, le {fr_date(b['signed_on'])}, en deux exemplaires originaux.",
            font,
            10.5,
        )
        y += 14
        pg.text(25, y, "Signature du bailleur", fontb, 10)
        pg.text(115, y, "Signature du (des) locataire(s)", fontb, 10)
        pg.text(25, y + 5, "(précédée de « lu et approuvé »)", font, 8, "#555555")
        pg.text(115, y + 5, "(précédée de « lu et approuvé »)", font, 8, "#555555")
        if signed_hand:
            for xx in (25, 115):
                pg.hand(xx, y + 16, "Lu et approuvé", rng, "h_dkg", 12, "#1b2570")
                pg.image(xx, y + 20, 45, None, signature_img(rng, 500, 180, color=(22, 30, 100)))
        pg.text(105, 287, "Page 2/2", font, 8, "#555555", "c")

    return [p1, p2]


def lease_fields(b: dict) -> dict:
    return {
        "tenant_names": b["tenants"],
        "landlord": b["landlord"],
        "address": b["address"],
        "start_date": b["start"].isoformat(),
    }


# ---------------------------------------------------------------- bills

PROVIDERS = {
    "SFR": dict(
        color="#e2001a",
        name="SFR",
        legal="SFR - Société anonyme au capital de "
        "3 423 265 598,40 € - 16 rue du Général Alain de Boissieu 75015 Paris - "
        "RCS Paris 343 059 564",
        service="internet",
        offer="SFR Fibre Power",
        items=[("Abonnement SFR Fibre Power", 34.99), ("Option SFR TV - Essentiel", 4.0)],
        font="open",
        fontb="openb",
    ),
    "Free": dict(
        color="#cd1e25",
        name="free",
        legal="Free - SAS au capital de 3 441 812 € - "
        "RCS Paris B 421 938 861 - 16 rue de la Ville l'Évêque 75008 Paris",
        service="internet",
        offer="Freebox Pop",
        items=[("Forfait Freebox Pop", 29.99), ("Appels illimités vers fixes et mobiles", 0.0)],
        font="roboto",
        fontb="robotob",
    ),
}


def bill_page(v: dict, rng: random.Random):
    """Monthly internet bill. v: provider, holder, addr_lines, number, account, issue, start,
    end, items override (optional)."""
    pr = PROVIDERS[v["provider"]]
    f, fb = pr["font"], pr["fontb"]
    items = v.get("items", pr["items"])
    ht = sum(x for _, x in items)
    total = round(ht, 2)

    def draw(pg: Page):
        if v["provider"] == "SFR":
            pg.rect(15, 12, 26, 16, stroke=None, fill=pr["color"])
            pg.text(28, 23.5, "SFR", fb, 17, "#ffffff", "c")
        else:
            pg.text(15, 25, "free", fb, 26, pr["color"])
        pg.text(195, 18, "Facture", fb, 18, "#222222", "r")
        pg.text(195, 25, f"N° {v['number']}", f, 9, "#444444", "r")
        pg.text(195, 30, f"du {fr_date(v['issue'])}", f, 9, "#444444", "r")
        y = 46
        for lab, val in [
            ("Identifiant client", v["account"]),
            ("Offre", pr["offer"]),
            ("Période", f"du {fr_date(v['start'])} au {fr_date(v['end'])}"),
        ]:
            pg.text(15, y, lab, f, 8.5, "#666666")
            pg.text(15, y + 4.5, val, fb, 9.5)
            y += 11
        # window envelope address block
        y = 50
        for i, ln in enumerate([v["holder_print"]] + v["addr_lines"]):
            pg.text(118, y, ln, fb if i == 0 else f, 10.5)
            y += 5.2
        pg.rect(15, 86, 180, 22, stroke=None, fill="#f3f3f3")
        pg.text(20, 95, "Montant total de votre facture", fb, 11)
        pg.text(
            20,
            102,
            f"Prélevé à partir du {fr_date(v['debit'])} sur le compte {v['iban_mask']}",
            f,
            8.5,
            "#555555",
        )
        pg.text(190, 100, money(total) + " €", fb, 18, pr["color"], "r")
        y = 122
        pg.text(15, y, "Détail de votre facture", fb, 12)
        y += 5
        pg.line(15, y, 195, y, 0.4, "#999999")
        y += 6
        pg.text(15, y, "Libellé", fb, 9, "#555555")
        pg.text(150, y, "Période", fb, 9, "#555555", "r")
        pg.text(195, y, "Montant TTC", fb, 9, "#555555", "r")
        y += 7
        per = (
            f"{v['start'].day:02d}/{v['start'].month:02d} - {v['end'].day:02d}/{v['end'].month:02d}"
        )
        for lab, x in items:
            pg.text(15, y, lab, f, 9.5)
            pg.text(150, y, per, f, 9.5, anchor="r")
            pg.text(195, y, money(x) + " €", f, 9.5, anchor="r")
            y += 6.5
        pg.line(15, y, 195, y, 0.2, "#bbbbbb")
        y += 6
        tva = round(total - total / 1.2, 2)
        for lab, x in [("Total HT", total - tva), ("TVA 20 %", tva), ("Total TTC", total)]:
            pg.text(150, y, lab, fb if lab == "Total TTC" else f, 9.5, anchor="r")
            pg.text(195, y, money(x) + " €", fb if lab == "Total TTC" else f, 9.5, anchor="r")
            y += 6
        y += 8
        pg.para(
            15,
            y,
            "Votre ligne : " + v["line"] + ". Consultez le détail de vos "
            "consommations et téléchargez vos factures dans votre Espace Client.",
            180,
            f,
            8.5,
            4,
        )
        pg.para(15, 278, pr["legal"], 180, f, 6.5, 3, "#777777")

    fields = {
        "provider": v["provider"],
        "service": pr["service"],
        "holder_name": v["holder"],
        "address": ", ".join(v["addr_lines"]),
        "issue_date": v["issue"].isoformat(),
        "period_start": v["start"].isoformat(),
        "period_end": v["end"].isoformat(),
        "amount": total,
        "month": v["start"].strftime("%Y-%m"),
    }
    return draw, fields


def sfr_app_screenshot(v: dict, rng: random.Random, fields: dict):
    """The 'SFR & Moi' app, bill detail screen (drawn on a PHONE-size Page)."""
    from looks import status_bar

    def draw(pg: Page):
        status_bar(pg, "08:17")
        pg.rect(0, 11, pg.w, 16, stroke=None, fill="#e2001a")
        pg.text(6, 21.5, "‹", "robotob", 18, "#ffffff")
        pg.text(pg.w / 2, 21.5, "Ma facture", "robotob", 12, "#ffffff", "c")
        y = 38
        pg.text(8, y, f"Facture du {fr_date(v['issue'])}", "robotob", 13)
        pg.text(8, y + 7, f"N° {v['number']}", "roboto", 9.5, "#666666")
        pg.rect(6, y + 13, pg.w - 12, 34, stroke=None, fill="#f4f4f4", radius=3)
        pg.text(12, y + 23, "Montant", "roboto", 10, "#555555")
        pg.text(pg.w - 12, y + 25, money(fields["amount"]) + " €", "robotob", 20, "#e2001a", "r")
        pg.text(12, y + 33, "Période", "roboto", 10, "#555555")
        pg.text(12, y + 40, f"du {fr_date(v['start'])} au {fr_date(v['end'])}", "robotom", 10)
        y += 60
        pg.text(8, y, "Titulaire", "roboto", 9.5, "#666666")
        pg.text(8, y + 6, v["holder_print"], "robotom", 11)
        y += 15
        pg.text(8, y, "Adresse d'installation", "roboto", 9.5, "#666666")
        for i, ln in enumerate(v["addr_lines"]):
            pg.text(8, y + 6 + i * 5.5, ln, "robotom", 11)
        y += 6 + len(v["addr_lines"]) * 5.5 + 6
        pg.text(8, y, "Offre", "roboto", 9.5, "#666666")
        pg.text(8, y + 6, PROVIDERS["SFR"]["offer"], "robotom", 11)
        y += 16
        pg.text(8, y, "Statut", "roboto", 9.5, "#666666")
        pg.text(8, y + 6, f"Prélevée le {fr_date(v['debit'])}", "robotom", 11, "#1a8a3a")
        pg.rect(8, 180, pg.w - 16, 12, stroke=None, fill="#e2001a", radius=6)
        pg.text(pg.w / 2, 187.5, "Télécharger la facture (PDF)", "robotob", 10.5, "#ffffff", "c")
        pg.rect(38, 207, 24, 1.2, stroke=None, fill="#111111", radius=0.6)

    return draw


# ---------------------------------------------------------------- RIB

BANKS = {
    "LBP": dict(name="La Banque Postale", color="#003b80", font="open", fontb="openb"),
    "SG": dict(name="Société Générale", color="#e60028", font="sans", fontb="sansb"),
    "CA": dict(
        name="Crédit Agricole d'Île-de-France", color="#006a4e", font="carlito", fontb="carlitob"
    ),
}


def rib_page(r: dict, rng: random.Random):
    bk = BANKS[r["bank"]]
    f, fb = bk["font"], bk["fontb"]
    iban, key = checks.fr_iban(r["code_banque"], r["code_guichet"], r["account"])
    PRINTED_BANK.append((iban, r["code_banque"], r["code_guichet"], r["account"], key))

    def draw(pg: Page):
        if r["bank"] == "SG":
            pg.rect(15, 14, 10, 5, stroke=None, fill="#e60028")
            pg.rect(15, 19, 10, 5, stroke=None, fill="#000000")
            pg.text(29, 22.5, "SOCIETE GENERALE", fb, 13)
        else:
            pg.text(15, 23, bk["name"], fb, 15, bk["color"])
        pg.text(195, 23, "Relevé d'Identité Bancaire", fb, 12, "#333333", "r")
        pg.rect(15, 32, 180, 78, stroke="#888888", width=0.3)
        pg.text(20, 40, "Titulaire du compte", f, 8.5, "#666666")
        y = 46
        for i, ln in enumerate([r["holder_print"]] + r["holder_addr"]):
            pg.text(20, y, ln, fb if i == 0 else f, 10.5)
            y += 5
        pg.text(120, 40, "Domiciliation", f, 8.5, "#666666")
        for i, ln in enumerate(r["branch_lines"]):
            pg.text(120, 46 + i * 5, ln, f, 10)
        cols = [
            ("Code banque", r["code_banque"], 20),
            ("Code guichet", r["code_guichet"], 55),
            ("N° de compte", r["account"], 92),
            ("Clé RIB", key, 150),
        ]
        for lab, val, x in cols:
            pg.text(x, 74, lab, f, 8.5, "#666666")
            pg.text(x, 80.5, val, "monob", 11)
        pg.line(20, 85, 190, 85, 0.2, "#bbbbbb")
        pg.text(20, 92, "IBAN (International Bank Account Number)", f, 8.5, "#666666")
        pg.text(20, 99, checks.group4(iban), "monob", 12)
        pg.text(150, 92, "BIC", f, 8.5, "#666666")
        pg.text(150, 99, r["bic"], "monob", 12)
        pg.para(
            15,
            118,
            "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers "
            "ou débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
            "prélèvements...). Son utilisation vous garantit le bon enregistrement des "
            "opérations en cause.",
            180,
            f,
            7.5,
            3.4,
            "#555555",
        )

    fields = {
        "holder_name": r["holder"],
        "iban": iban,
        "bic": r["bic"],
        "bank_name": bk["name"] if r["bank"] != "CA" else "Crédit Agricole",
        "iban_valid": True,
        "rib_key_valid": True,
    }
    return draw, fields


def revolut_screenshot(r: dict, rng: random.Random):
    iban, key = checks.fr_iban(r["code_banque"], r["code_guichet"], r["account"])
    PRINTED_BANK.append((iban, r["code_banque"], r["code_guichet"], r["account"], key))

    def draw(pg: Page):
        from looks import status_bar

        status_bar(pg, "21:06")
        pg.text(6, 22, "‹", "robotob", 18)
        pg.text(pg.w / 2, 22, "Coordonnées bancaires", "robotob", 12, anchor="c")
        pg.rect(6, 30, 40, 8, stroke=None, fill="#eceef5", radius=4)
        pg.text(26, 35.5, "EUR · France", "robotom", 9, anchor="c")
        y = 50
        for lab, val in [
            ("Bénéficiaire", r["holder_print"]),
            ("IBAN", checks.group4(iban)),
            ("BIC / SWIFT", r["bic"]),
            ("Banque", "Revolut Bank UAB"),
            ("Adresse de la banque", "10 avenue Kléber, 75116 Paris, France"),
        ]:
            pg.text(8, y, lab, "roboto", 9.5, "#717585")
            pg.text(8, y + 6.5, val, "robotom", 11.5, "#191c1f")
            pg.text(pg.w - 8, y + 4, "⧉", "dejavu", 11, "#3a66ff", "r")
            y += 17
        pg.rect(6, y, pg.w - 12, 22, stroke=None, fill="#f4f5f8", radius=3)
        pg.para(
            10,
            y + 7,
            "Utilisez ces coordonnées pour recevoir des virements en euros "
            "et domicilier votre salaire ou vos prélèvements.",
            pg.w - 20,
            "roboto",
            9,
            4.2,
            "#555555",
        )
        pg.rect(8, 182, pg.w - 16, 12, stroke=None, fill="#3a66ff", radius=6)
        pg.text(pg.w / 2, 189.5, "Partager les coordonnées", "robotob", 10.5, "#ffffff", "c")
        pg.rect(38, 207, 24, 1.2, stroke=None, fill="#111111", radius=0.6)

    fields = {
        "holder_name": r["holder"],
        "iban": iban,
        "bic": r["bic"],
        "bank_name": "Revolut",
        "iban_valid": True,
        "rib_key_valid": True,
    }
    return draw, fields


def stamp_company(rng, lines):
    return rect_stamp(rng, lines, color=(40, 50, 130), w=700, font="sansb")
