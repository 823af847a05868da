"""Packet p03: applicant from Brazil, job seeker, VLS-TS, three successive bills (energy, internet,
water) in her name, neobank RIB screenshot; in order."""

from __future__ import annotations

import random

from cc_checks import D, eur, iban_make, mrva, td3
from cc_civil2 import brasil_apostille_pdf, certidao, traduction
from cc_core import signature_image
from cc_form import form_pdf
from cc_home import bill_energy, bill_water
from cc_ids import (
    booklet,
    entry_stamp,
    visa_page,
)
from cc_pack import ALL_OK, Packet, form_fields, id_fields, on_a4, page
from cc_screens import n26_screen, sfr_screenshot

# =========================================================================== p03 Brazil


def build_p03(root):
    P = Packet(
        root,
        "p03",
        D("2026-11-27"),
        False,
        {"surname": "SOUZA FERREIRA", "given_names": "ANA BEATRIZ", "date_of_birth": "1993-12-21"},
    )
    dob = D("1993-12-21")
    who = {"face_seed": 301, "skin": (214, 172, 140), "hair": (70, 45, 25), "sex": "F"}
    addr = ("8 rue des Blanchers", "31000 Toulouse")
    pp = dict(
        who,
        state="BRA",
        number="GA482915",
        surname_vis="SOUZA FERREIRA",
        given_vis="ANA BEATRIZ",
        dob=dob,
        pob_vis="BELO HORIZONTE/MG",
        issued=D("2024-02-07"),
        expiry=D("2034-02-06"),
        authority="SR/PF/MG",
        personal_vis="JOSÉ CARLOS FERREIRA / MARIA APARECIDA SOUZA",
        cover=(20, 45, 70),
        holder_signs=True,
        sig_seed=3011,
    )
    pp["mrz"] = td3(
        "P", "BRA", "SOUZA FERREIRA", "ANA BEATRIZ", pp["number"], "BRA", dob, "F", pp["expiry"]
    )
    P.scan_jpg(
        "passeport_ana.jpg", on_a4(booklet(pp, P.rng("pp")), 40, 14, 131, 184), "pp-scan", dpi=300
    )
    P.add(
        [("passeport_ana.jpg", [1])],
        "passport",
        "scan",
        id_fields(
            "SOUZA FERREIRA", "ANA BEATRIZ", "GA482915", "BRA", "BRA", dob, "F", pp["expiry"]
        ),
        "Brazilian passport (8-character number, MRZ filler after it), open booklet scanned at 300 dpi.",
    )
    vis = dict(
        who,
        number="FRA023761549",
        valid_for="FRANCE",
        valid_from=D("2026-03-10"),
        valid_until=D("2027-03-09"),
        type="D",
        days=365,
        entries="MULT",
        post="BRASILIA",
        issued=D("2026-02-24"),
        passport_no="GA482915",
        surname_vis="SOUZA FERREIRA",
        given_vis="ANA BEATRIZ",
        remarks=[
            "VLS-TS VIE PRIVEE ET FAMILIALE",
            "CONJOINT DE FRANCAIS - ART. L.423-1 CESEDA",
            "A VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE",
        ],
    )
    vis["mrz"] = mrva(
        "FRA", "SOUZA FERREIRA", "ANA BEATRIZ", "GA482915", "BRA", dob, "F", vis["valid_until"]
    )
    im = visa_page(
        pp,
        P.rng("visa"),
        vis,
        stamp=lambda pg, x, y: entry_stamp(pg, x, y, P.rng("stamp"), "ROISSY-CDG", D("2026-03-14")),
    )
    P.photo("IMG_0915.jpg", im, "visa-photo", rotate=270)
    P.add(
        [("IMG_0915.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        id_fields(
            "SOUZA FERREIRA",
            "ANA BEATRIZ",
            "GA482915",
            "BRA",
            "FRA",
            dob,
            "F",
            vis["valid_until"],
            visa_type="D",
            vls_ts=True,
            category="VIE PRIVEE ET FAMILIALE",
            valid_from=vis["valid_from"],
            valid_until=vis["valid_until"],
        ),
        "VLS-TS sticker (MRV-A) on a visa page with a Roissy entry stamp opposite; document_number is the "
        "passport number carried by the MRZ (sticker number FRA023761549). Photo turned 270° clockwise.",
    )
    c = {
        "nome": "ANA BEATRIZ SOUZA FERREIRA",
        "cpf": "084.517.236-40",
        "matricula": "045674 01 55 1993 1 00234 112 0045213 42",
        "dob_words": "VINTE E UM DE DEZEMBRO DE MIL NOVECENTOS E NOVENTA E TRÊS",
        "dob": dob,
        "hour": "14:35",
        "naturalidade": "BELO HORIZONTE - MG",
        "municipio": "BELO HORIZONTE - MG",
        "local": "HOSPITAL SOFIA FELDMAN, BELO HORIZONTE - MG",
        "sexo": "FEMININO",
        "filiacao": "JOSÉ CARLOS FERREIRA e MARIA APARECIDA SOUZA FERREIRA",
        "avos": "Paternos: ANTÔNIO FERREIRA e LÚCIA MARIA FERREIRA; Maternos: JOÃO BATISTA DE SOUZA e "
        "CONCEIÇÃO APARECIDA DE SOUZA",
        "reg_words": "VINTE E OITO DE DEZEMBRO DE MIL NOVECENTOS E NOVENTA E TRÊS",
        "cartorio": "CARTÓRIO DO REGISTRO CIVIL DAS PESSOAS NATURAIS DO 1º SUBDISTRITO DE BELO HORIZONTE",
        "cartorio_addr": "Rua Guajajaras, 410 - Centro - Belo Horizonte/MG - CEP 30180-100",
        "oficial": "Dra. Helena Maria Coutinho Prado",
        "city": "Belo Horizonte",
        "issued_words": "08 de janeiro de 2026",
        "escrevente": "Mariana Alves Costa",
        "selo": "EDK84521-7F2C",
        "sig_seed": 3021,
    }
    P.scan_jpg(
        "certidao_nascimento.jpg",
        page(lambda pg: certidao(pg, c, P.rng("cert")), dpi=200),
        "cert-scan",
    )
    P.add(
        [("certidao_nascimento.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "SOUZA FERREIRA",
            "given_names": "ANA BEATRIZ",
            "date_of_birth": dob,
            "place_of_birth": "Belo Horizonte - MG",
            "issuing_country": "BRA",
            "language": "pt",
            "has_apostille": True,
        },
        "Certidão de nascimento, national model (matrícula); the full name 'ANA BEATRIZ SOUZA FERREIRA' is one "
        "field, split here as on the passport.",
    )
    ap = {
        "doc_signer": "Mariana Alves Costa",
        "doc_capacity": "Escrevente Autorizada",
        "doc_seal": "Cartório do Registro Civil das Pessoas Naturais do 1º Subdistrito de Belo Horizonte/MG",
        "place": "Belo Horizonte - MG",
        "date": D("2026-01-12"),
        "by": "Fernanda Lima Cavalcanti, Tabeliã Substituta, 2º Ofício de Notas de Belo Horizonte/MG",
        "number": "CNJ-0A3F7C21-9B84",
        "holder": "ANA BEATRIZ SOUZA FERREIRA",
        "code": "4F9A-77C2-B1E0-5D38",
    }
    P.text_pdf(
        "apostila_certidao.pdf",
        [lambda pg: brasil_apostille_pdf(pg, ap, P.rng("apost"))],
        title="Apostila",
        author="CNJ - Sistema Eletrônico de Apostilamento",
        creator="Apostil CNJ",
    )
    P.add(
        [("apostila_certidao.pdf", [1])],
        "apostille",
        "text_pdf",
        {
            "country": "BRA",
            "issued_on": ap["date"],
            "number": ap["number"],
            "signed_by": "Fernanda Lima Cavalcanti",
        },
        "Brazilian electronic apostille (trilingual) for the certidão; the 2D code on it is a drawn pattern "
        "that decodes to nothing.",
    )
    t = {
        "translator": "Isabelle RIBEIRO-MARTIN",
        "translator_lines": [
            "Traductrice-interprète expert près la Cour d'appel de Toulouse",
            "Portugais - Français",
            "24 allées Jean Jaurès, 31000 Toulouse - 05 61 XX XX XX",
        ],
        "number": "2026-0142",
        "sig_seed": 3031,
        "stamp_ring": "I. RIBEIRO-MARTIN * COUR D'APPEL DE TOULOUSE * ",
        "rows": [
            ("NOM :", "ANA BEATRIZ SOUZA FERREIRA"),
            ("CPF :", "084.517.236-40"),
            ("MATRICULE :", "045674 01 55 1993 1 00234 112 0045213 42"),
            (
                "DATE DE NAISSANCE EN TOUTES LETTRES :",
                "VINGT ET UN DÉCEMBRE MIL NEUF CENT QUATRE-VINGT-TREIZE",
            ),
            ("JOUR / MOIS / ANNÉE / HEURE :", "21 / 12 / 1993 / 14h35"),
            ("LIEU DE NAISSANCE :", "BELO HORIZONTE - MG (Hôpital Sofia Feldman)"),
            ("COMMUNE D'ENREGISTREMENT :", "BELO HORIZONTE - MG"),
            ("SEXE :", "FÉMININ"),
            ("FILIATION :", "JOSÉ CARLOS FERREIRA et MARIA APARECIDA SOUZA FERREIRA"),
            (
                "GRANDS-PARENTS :",
                c["avos"]
                .replace("Paternos", "Paternels")
                .replace("Maternos", "Maternels")
                .replace(" e ", " et "),
            ),
            ("JUMEAU :", "NON"),
            (
                "DATE DE L'ENREGISTREMENT :",
                ("VINGT-HUIT DÉCEMBRE MIL NEUF CENT QUATRE-VINGT-TREIZE"),
            ),
            ("MENTIONS À AJOUTER :", "NÉANT"),
        ],
        "footer": "Officier : Dr Helena Maria Coutinho Prado. « Le contenu du présent acte est conforme. J'en "
        "fais foi. » Belo Horizonte, le 8 janvier 2026. Signé : Mariana Alves Costa, Clerc assermentée. "
        "Sceau de contrôle électronique EDK84521-7F2C.",
        "apostille": "Apostille (Convention de La Haye du 5 octobre 1961) n° CNJ-0A3F7C21-9B84 délivrée le "
        "12/01/2026 à Belo Horizonte - MG par Fernanda Lima Cavalcanti, notaire suppléante, attestant la "
        "signature de Mariana Alves Costa, clerc assermentée.",
        "certif": "Je soussignée, Isabelle RIBEIRO-MARTIN, traductrice-interprète expert près la Cour d'appel "
        "de Toulouse, certifie que la présente traduction, composée de deux pages, est conforme à l'original "
        "rédigé en langue portugaise qui m'a été présenté.",
        "done": "Toulouse, le 22 janvier 2026",
    }
    ims = [page(lambda pg, i=i: traduction(pg, t, P.rng(f"trad{i}"), i + 1)) for i in range(2)]
    P.image_pdf("traduction_acte_naissance.pdf", ims, "trad-scan", creator="Brother iPrint&Scan")
    P.add(
        [("traduction_acte_naissance.pdf", [1, 2])],
        "translation",
        "image_pdf",
        {},
        "Sworn translation (traduction certifiée conforme) of the certidão and its apostille into French, "
        "translator's stamp and signature; no fields defined for this type.",
    )
    # three successive bills in her name: energy (08), internet (09), water (10)
    abo, kwh, price, accise_rate, cta = 13.85, 176, 0.1827, 0.03, 2.41
    ht = [
        ("Abonnement Base 6 kVA - du 01/08/2026 au 31/08/2026", "1 mois", "13,85 €", eur(abo)),
        ("Consommation Base", f"{kwh} kWh", "0,1827 €", eur(round(kwh * price, 2))),
        ("Accise sur l'électricité", f"{kwh} kWh", "0,0300 €", eur(round(kwh * accise_rate, 2))),
        ("Contribution tarifaire d'acheminement (CTA)", "", "", eur(cta)),
    ]
    tot_ht = round(abo + round(kwh * price, 2) + round(kwh * accise_rate, 2) + cta, 2)
    tva = round(tot_ht * 0.2, 2)
    amount = round(tot_ht + tva, 2)
    b = {
        "issue": D("2026-09-04"),
        "invoice": "10 2265 418 903",
        "client": "1 334 871 206",
        "account": "3 000 218 774",
        "window": ["MME ANA BEATRIZ SOUZA FERREIRA", "8 RUE DES BLANCHERS", "31000 TOULOUSE"],
        "offer": "Électricité - Offre Verte Fixe",
        "site": "8 rue des Blanchers, 31000 Toulouse",
        "pdl": "24 115 678 902 314",
        "power": "6 kVA, option Base",
        "amount": amount,
        "debit": D("2026-09-18"),
        "start": D("2026-08-01"),
        "end": D("2026-08-31"),
        "lines": ht,
        "totals": [
            ("Total HT", eur(tot_ht)),
            ("TVA 20 %", eur(tva)),
            ("!Total TTC", eur(amount) + " €"),
        ],
        "idx": (18422, 18422 + kwh),
        "capital": "1 000 000 000",
        "rcs": "478 722 538",
        "vat": "74478722538",
    }
    P.text_pdf(
        "Facture_TotalEnergies_082026.pdf",
        [lambda pg: bill_energy(pg, b, P.rng("elec"))],
        title="Facture",
        author="TotalEnergies",
        creator="TotalEnergies Espace Client",
    )
    P.add(
        [("Facture_TotalEnergies_082026.pdf", [1])],
        "utility_bill",
        "text_pdf",
        {
            "provider": "TotalEnergies",
            "service": "electricity",
            "holder_name": "ANA BEATRIZ SOUZA FERREIRA",
            "address": ", ".join(addr),
            "issue_date": b["issue"],
            "period_start": b["start"],
            "period_end": b["end"],
            "amount": amount,
            "month": "2026-08",
        },
        "Monthly electricity bill on real (Linky) consumption.",
    )
    s = {
        "time": "19:42",
        "title": "Facture de septembre 2026",
        "amount": 34.99,
        "debit": D("2026-09-14"),
        "issue": D("2026-09-03"),
        "start": D("2026-09-01"),
        "end": D("2026-09-30"),
        "invoice": "2026 0903 1184 5520",
        "holder": "Ana Beatriz SOUZA FERREIRA",
        "site": ("8 rue des Blanchers", "31000 Toulouse"),
        "offer": "SFR Fibre Power",
        "line": "05 61 48 02 73",
        "lines": [
            ("SFR Fibre Power (01/09 - 30/09)", "32,99 €"),
            ("Option Sécurité", "2,00 €"),
            ("Total TTC", "34,99 €"),
            ("dont TVA 20 %", "5,83 €"),
        ],
    }
    P.screenshot("IMG_1187.PNG", sfr_screenshot(s, P.rng("sfr")))
    P.add(
        [("IMG_1187.PNG", [1])],
        "utility_bill",
        "screenshot",
        {
            "provider": "SFR",
            "service": "internet",
            "holder_name": "Ana Beatriz SOUZA FERREIRA",
            "address": ", ".join(addr),
            "issue_date": s["issue"],
            "period_start": s["start"],
            "period_end": s["end"],
            "amount": 34.99,
            "month": "2026-09",
        },
        "Screenshot (1170x2532) of the invoice screen of the operator's app.",
    )
    m3 = 5
    rows = [
        (
            "Distribution de l'eau",
            [
                ("Abonnement (1 mois)", "", "", "4,12"),
                ("Consommation", f"{m3} m³", "1,2150", eur(round(m3 * 1.215, 2))),
            ],
        ),
        (
            "Collecte et traitement des eaux usées",
            [
                ("Abonnement (1 mois)", "", "", "3,05"),
                ("Consommation", f"{m3} m³", "1,6210", eur(round(m3 * 1.621, 2))),
            ],
        ),
        (
            "Organismes publics",
            [
                (
                    "Redevance sur la consommation d'eau potable",
                    f"{m3} m³",
                    "0,3300",
                    eur(round(m3 * 0.33, 2)),
                ),
                (
                    "Redevance performance des réseaux",
                    f"{m3} m³",
                    "0,1850",
                    eur(round(m3 * 0.185, 2)),
                ),
            ],
        ),
    ]
    water_ht = round(4.12 + round(m3 * 1.215, 2) + round(m3 * 0.33, 2) + round(m3 * 0.185, 2), 2)
    sani_ht = round(3.05 + round(m3 * 1.621, 2), 2)
    tva_w, tva_s = round(water_ht * 0.055, 2), round(sani_ht * 0.10, 2)
    wamount = round(water_ht + sani_ht + tva_w + tva_s, 2)
    w = {
        "issue": D("2026-11-06"),
        "invoice": "ETM-2026-1104-88213",
        "client": "40 118 2207",
        "contract": "C-0917-33845",
        "window": ["MME SOUZA FERREIRA ANA BEATRIZ", "8 RUE DES BLANCHERS", "31000 TOULOUSE"],
        "holder_line": "MME SOUZA FERREIRA ANA BEATRIZ",
        "site": "8 rue des Blanchers, 31000 Toulouse",
        "amount": wamount,
        "debit": D("2026-11-21"),
        "start": D("2026-10-01"),
        "end": D("2026-10-31"),
        "meter": "I21TA004417",
        "idx": (212, 212 + m3),
        "sections": rows,
        "totals": [
            ("Total HT", eur(water_ht + sani_ht)),
            ("TVA 5,5 % (eau)", eur(tva_w)),
            ("TVA 10 % (assainissement)", eur(tva_s)),
            ("!Total TTC", eur(wamount) + " €"),
        ],
    }
    P.photo(
        "IMG_1203.jpg", page(lambda pg: bill_water(pg, w, P.rng("water")), dpi=240), "water-photo"
    )
    P.add(
        [("IMG_1203.jpg", [1])],
        "utility_bill",
        "phone_photo",
        {
            "provider": "Eau de Toulouse Métropole",
            "service": "water",
            "holder_name": "SOUZA FERREIRA ANA BEATRIZ",
            "address": ", ".join(addr),
            "issue_date": w["issue"],
            "period_start": w["start"],
            "period_end": w["end"],
            "amount": wamount,
            "month": "2026-10",
        },
        "Paper water bill (monthly, remote meter reading) photographed on a table.",
    )
    iban = iban_make("DE", "10011001" + "2623457189")
    r = {
        "time": "20:07",
        "initials": "AS",
        "holder": "Ana Beatriz Souza Ferreira",
        "iban": iban,
        "bic": "NTSBDEB1XXX",
    }
    P.screenshot("IMG_1190.PNG", n26_screen(r, P.rng("n26")))
    P.add(
        [("IMG_1190.PNG", [1])],
        "rib",
        "screenshot",
        {
            "holder_name": "Ana Beatriz Souza Ferreira",
            "iban": iban,
            "bic": "NTSBDEB1XXX",
            "bank_name": "N26 Bank SE",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "Neobank account-details screen; German (DE) SEPA IBAN, so no French RIB key (rib_key_valid null).",
    )
    v = {
        "surname": "SOUZA FERREIRA",
        "given": "ANA BEATRIZ",
        "sex": "F",
        "dob": dob,
        "pob_city": "BELO HORIZONTE",
        "pob_country": "BRÉSIL",
        "nationality": "BRÉSILIENNE",
        "address": "8 RUE DES BLANCHERS",
        "postcode": "31000",
        "city": "TOULOUSE",
        "phone": "07 44 19 82 05",
        "email": "anabia.souzaf@gmail.com",
        "situation": "demandeur_emploi",
        "place": "Toulouse",
        "signed_on": D("2026-11-25"),
        "signature": "image",
        "sig_image": signature_image(random.Random(3011)),
    }
    form_pdf(P.p("Demande_PUMa_S1106_rempli.pdf"), "B", v, P.rng("form"), mode="acro")
    P.add(
        [("Demande_PUMa_S1106_rempli.pdf", [1, 2])],
        "application_form",
        "text_pdf",
        form_fields(v, "not_employed"),
        "Cerfa 15763*02, print run B, filled as a fillable PDF (AcroForm text fields and check boxes with "
        "appearance streams), pen-drawn signature pasted as an image. Situation: demandeur d'emploi.",
    )
    return P.truth(dict(ALL_OK, employment="not_applicable"))
