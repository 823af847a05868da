"""Packet p03: born in Côte d'Ivoire, employed (CDD), lease in her name."""

from __future__ import annotations

from bt_civil import ci_extrait
from bt_common import MM, french_rib, luhn_complete, td1, td3
from bt_fin import cm_app_screen
from bt_ids import d_pass, fr_card_back, fr_card_front, passport_booklet
from bt_out import Packet, requirements
from bt_work import cerfa_form, long_text_doc

MONTH_END = {"08": "31", "09": "30", "10": "31"}


def permit(sur_l, giv_l, num, dob_l, sex, nat, kind, until_l, issue_l, addr, pref, mrz, skin, bg):
    return {
        "bg": bg,
        "guil": (0.55, 0.72, 0.78),
        "skin": skin,
        "title": "TITRE DE SÉJOUR",
        "title2": "Residence permit",
        "rows": [
            ("NOM / Surname", sur_l),
            ("Prénoms / Given names", giv_l),
            (
                ("SEXE / Sex", "NATIONALITÉ / Nationality", "DATE DE NAISS. / Date of birth"),
                (sex, nat, dob_l),
            ),
            ("TYPE DE TITRE / Type of permit", kind),
            (("N° DU DOCUMENT / Document No", "FIN DE VALIDITÉ / Expiry date"), (num, until_l)),
        ],
        "bottom_left": "",
        "back_rows": [
            ("ADRESSE / Address", addr),
            ("DATE DE DÉLIVRANCE / Date of issue", issue_l),
            ("LIEU DE DÉLIVRANCE / Place of issue", pref),
            ("REMARQUES / Remarks", "AUTORISE SON TITULAIRE A TRAVAILLER"),
        ],
        "mrz": mrz,
        "qr": False,
    }


# ====================================================================== p03
def build_p03(out_dir: str) -> None:
    pk = Packet(out_dir, "p03", 33)
    dob = "1993-12-05"
    pno, pexp = "20AD48213", "2029-01-21"
    mrz = td3("P", "CIV", "KOUADIO", "AFFOUE MARIE JOSEE", pno, "CIV", "931205", "F", "290121")
    st = {
        "page_bg": (0.94, 0.95, 0.9),
        "guil": (0.75, 0.85, 0.72),
        "title_col": (0.1, 0.35, 0.2),
        "label_col": (0.25, 0.35, 0.25),
        "font": "DejaVu",
        "lfont": "DejaVu",
        "vfont": "DejaVuB",
        "lh": 6.5 * MM,
        "title": [
            ("RÉPUBLIQUE DE CÔTE D'IVOIRE", "DejaVuB", 9.5),
            ("REPUBLIC OF CÔTE D'IVOIRE", "DejaVu", 7),
            ("PASSEPORT / PASSPORT", "DejaVuB", 8),
        ],
    }
    rows = [
        ("Type", "P", 0),
        ("Code pays / Country code", "CIV", 1),
        ("N° Passeport / Passport No.", pno, 2),
        ("Nom / Surname", "KOUADIO", 0),
        ("Prénoms / Given names", "AFFOUÉ MARIE-JOSÉE", 0),
        ("Nationalité / Nationality", "IVOIRIENNE", 0),
        ("Sexe / Sex", "F", 2),
        ("Date de naissance / Date of birth", d_pass(dob, "num"), 0),
        ("Lieu de naissance / Place of birth", "BOUAKÉ", 1),
        ("Date de délivrance / Date of issue", d_pass("2024-01-22", "num"), 0),
        ("Date d'expiration / Date of expiry", d_pass(pexp, "num"), 1),
        ("Autorité / Authority", "DGPN - DST ABIDJAN", 0),
    ]
    pp = passport_booklet({"style": st, "rows": rows, "mrz": mrz, "skin": (0.33, 0.22, 0.15)}, 301)
    pk.scan("Passeport KOUADIO.jpg", [pp], 1, dpi=250, quality=80)
    pk.doc(
        [("Passeport KOUADIO.jpg", [1])],
        "passport",
        "scan",
        {
            "surname": "KOUADIO",
            "given_names": "AFFOUE MARIE JOSEE",
            "document_number": pno,
            "nationality": "CIV",
            "issuing_country": "CIV",
            "date_of_birth": dob,
            "sex": "F",
            "expiry_date": pexp,
            "mrz_valid": True,
        },
        "Visual zone prints AFFOUÉ MARIE-JOSÉE; dates DD/MM/YYYY.",
    )
    tno, tuntil = "5M9TQ2HX7", "2027-05-19"
    tmrz = td1("IR", "FRA", tno, "931205", "F", "270519", "CIV", "KOUADIO", "AFFOUE MARIE JOSEE")
    card = permit(
        "KOUADIO",
        "AFFOUÉ, MARIE-JOSÉE",
        tno,
        "05 12 1993",
        "F",
        "CIV",
        "TRAVAILLEUR TEMPORAIRE",
        "19 05 2027",
        "20 05 2026",
        "12 RUE DE MOLSHEIM 67000 STRASBOURG",
        "PRÉFECTURE DU BAS-RHIN",
        tmrz,
        (0.33, 0.22, 0.15),
        (0.86, 0.93, 0.93),
    )
    pk.photo(
        "IMG_20261108_101544.jpg",
        fr_card_front(card, 302),
        2,
        rot=90,
        dpi=900,
        fill=0.62,
        table=(90, 70, 60),
    )
    pk.photo(
        "IMG_20261108_101602.jpg",
        fr_card_back(card, 302),
        3,
        rot=0,
        dpi=900,
        fill=0.6,
        table=(90, 70, 60),
    )
    pk.doc(
        [("IMG_20261108_101544.jpg", [1]), ("IMG_20261108_101602.jpg", [1])],
        "residence_permit",
        "phone_photo",
        {
            "surname": "KOUADIO",
            "given_names": "AFFOUE MARIE JOSEE",
            "document_number": tno,
            "nationality": "CIV",
            "issuing_country": "FRA",
            "date_of_birth": dob,
            "sex": "F",
            "expiry_date": tuntil,
            "mrz_valid": True,
        },
        "Titre de séjour 'travailleur temporaire' (TD1), front photo rotated 90 degrees, "
        "back photo upright with the 3-line MRZ. Valid from 2026-05-20.",
    )
    # birth certificate (Ivorian extrait, scan)
    b = {
        "dept": "BOUAKÉ",
        "commune": "BOUAKÉ",
        "centre": "Centre principal - Mairie",
        "act_no": "4127",
        "act_date": "09/12/1993",
        "surname": "KOUADIO",
        "given": "Affoué Marie-Josée",
        "year": "1993",
        "rows": [
            ("Le", "cinq décembre mil neuf cent quatre-vingt-treize"),
            ("à", "quatorze heures trente minutes"),
            ("est né(e)", "KOUADIO Affoué Marie-Josée"),
            ("à", "Bouaké (C.H.U.)"),
            ("fils ou fille de", "KOUADIO Yao Bernard"),
            ("", "et de N'GUESSAN Akissi Pauline"),
            ("Sexe", "Féminin"),
        ],
        "mentions": [
            "Marié(e) le ......... avec ......... : NÉANT",
            "Divorcé(e) le ......... : NÉANT",
            "Décédé(e) le ......... : NÉANT",
        ],
        "delivered": "03/07/2025",
        "officer": "Mme KONAN Adjoua Rachelle",
        "timbre": "N° 0082417",
    }
    pk.scan("extrait_naissance_CI.jpg", ci_extrait(b, 303), 4, dpi=200, quality=82)
    pk.doc(
        [("extrait_naissance_CI.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "KOUADIO",
            "given_names": "Affoué Marie-Josée",
            "date_of_birth": dob,
            "place_of_birth": "Bouaké",
            "issuing_country": "CIV",
            "language": "fr",
            "has_apostille": False,
        },
        "Extrait d'acte de naissance, Centre d'état civil de Bouaké, no apostille. "
        "Assumption: Côte d'Ivoire documents are exempt from legalisation/apostille in "
        "France under the Franco-Ivorian judicial cooperation agreement of 24 April 1961 "
        "(bilateral exemption, domain.md), so birth_certificate is complete.",
    )
    # lease (loi 1989)
    addr = "12 rue de Molsheim, 3e étage gauche, 67000 Strasbourg"
    lease = {
        "title": [
            "CONTRAT DE LOCATION",
            "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE",
            "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 tendant à améliorer les "
            "rapports locatifs",
            "et portant modification de la loi n° 86-1290 du 23 décembre 1986)",
        ],
        "blocks": [
            ("h", "I. DÉSIGNATION DES PARTIES"),
            (
                "p",
                "Le présent contrat est conclu entre les soussignés : Monsieur Gérard "
                "SCHWEITZER, demeurant 4 allée de la Robertsau, 67000 Strasbourg, "
                "désigné ci-après « le bailleur » ;",
            ),
            (
                "p",
                "Et Madame KOUADIO Affoué Marie-Josée, née le 05/12/1993 à Bouaké "
                "(Côte d'Ivoire), désignée ci-après « le locataire ».",
            ),
            ("h", "II. OBJET DU CONTRAT"),
            (
                "p",
                "Le présent contrat a pour objet la location d'un logement ainsi "
                "déterminé : adresse du logement : 12 rue de Molsheim, 67000 "
                "Strasbourg, 3e étage, porte gauche. Type d'habitat : immeuble "
                "collectif. Régime juridique : copropriété. Période de construction : "
                "1949 à 1974. Surface habitable : 38,50 m². Nombre de pièces principales "
                ": 2. Cave n° 7. Chauffage et eau chaude : individuels électriques.",
            ),
            ("h", "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT"),
            (
                "p",
                "Date de prise d'effet du contrat : 1er octobre 2025. Durée du contrat : "
                "3 ans, soit jusqu'au 30 septembre 2028. En l'absence de proposition de "
                "renouvellement, le contrat est, à son terme, reconduit tacitement pour "
                "3 ans et dans les mêmes conditions. Le locataire peut mettre fin au "
                "bail à tout moment, après avoir donné congé.",
            ),
            ("h", "IV. CONDITIONS FINANCIÈRES"),
            (
                "p",
                "Montant du loyer mensuel : 585,00 € hors charges. Provision sur "
                "charges récupérables : 65,00 € par mois, avec régularisation annuelle. "
                "Le loyer est payable mensuellement et d'avance, le 5 de chaque mois, "
                "par virement. Le logement n'est pas situé dans une zone soumise à "
                "l'encadrement des loyers.",
            ),
            ("h", "V. TRAVAUX"),
            ("p", "Néant depuis la fin du dernier contrat de location."),
            ("h", "VI. GARANTIES"),
            (
                "p",
                "Montant du dépôt de garantie de l'exécution des obligations du "
                "locataire : 585,00 € (un mois de loyer hors charges).",
            ),
            ("h", "VII. CLAUSE DE SOLIDARITÉ"),
            ("p", "Sans objet (locataire unique)."),
            ("h", "VIII. CLAUSE RÉSOLUTOIRE"),
            (
                "p",
                "Le bail sera résilié de plein droit en cas de défaut de paiement du "
                "loyer ou des charges aux termes convenus, de non-versement du dépôt de "
                "garantie, de défaut d'assurance du locataire contre les risques "
                "locatifs, ou de troubles de voisinage constatés par une décision de "
                "justice, deux mois après un commandement de payer demeuré "
                "infructueux.",
            ),
            ("h", "IX. HONORAIRES DE LOCATION"),
            ("p", "Location conclue directement entre particuliers : aucun honoraire."),
            ("h", "X. AUTRES CONDITIONS PARTICULIÈRES"),
            (
                "p",
                "Le locataire s'engage à souscrire une assurance habitation et à en "
                "justifier lors de la remise des clés puis chaque année.",
            ),
            ("h", "XI. ANNEXES"),
            (
                "p",
                "Sont annexées au présent contrat : le dossier de diagnostic technique "
                "(DPE classe D, constat de risque d'exposition au plomb, état des "
                "risques), la notice d'information, l'état des lieux d'entrée, un "
                "extrait du règlement de copropriété.",
            ),
        ],
        "made": "Fait et signé à Strasbourg, le 22 septembre 2025, en deux originaux.",
        "signers": [
            ("Le bailleur (lu et approuvé)", "Gérard SCHWEITZER"),
            ("Le locataire (lu et approuvé)", "Affoué Marie-Josée KOUADIO"),
        ],
        "footer": "Bail 12 rue de Molsheim — ",
    }
    lp = long_text_doc(lease, 304, font="DVSerif", fontb="SerifB", size=10)
    pk.text_pdf("bail_12_rue_de_Molsheim.pdf", lp)
    pk.doc(
        [("bail_12_rue_de_Molsheim.pdf", list(range(1, len(lp) + 1)))],
        "lease",
        "text_pdf",
        {
            "tenant_names": ["KOUADIO Affoué Marie-Josée"],
            "landlord": "Gérard SCHWEITZER",
            "address": addr,
            "start_date": "2025-10-01",
        },
        f"{len(lp)}-page lease (loi 1989 model), signature strokes drawn in the PDF.",
    )
    # CDD
    emp = "Clinique des Tilleuls SAS"
    siret = luhn_complete("5027716840002")
    cdd = {
        "title": [
            "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE",
            "Articles L. 1242-1 et suivants "
            "du code du travail — Convention collective FHP (IDCC 2264)",
        ],
        "blocks": [
            (
                "p",
                f"Entre : {emp}, 7 rue des Tilleuls, 67200 Strasbourg, SIRET {siret}, "
                "représentée par M. Laurent Kieffer, directeur, ci-après « l'employeur »,",
            ),
            (
                "p",
                "Et : Mme KOUADIO Affoué Marie-Josée, née le 05/12/1993 à Bouaké (Côte "
                "d'Ivoire), de nationalité ivoirienne, demeurant 12 rue de Molsheim, "
                "67000 Strasbourg, ci-après « la salariée ».",
            ),
            ("h", "Article 1 — Motif du recours"),
            (
                "p",
                "Le présent contrat est conclu pour accroissement temporaire d'activité "
                "lié à l'ouverture d'une unité de soins de suite (article L. 1242-2 2°).",
            ),
            ("h", "Article 2 — Durée"),
            (
                "p",
                "Le contrat prend effet le 1er juin 2026 et prendra fin le 31 mai 2027. "
                "Il comporte une période d'essai d'un mois.",
            ),
            ("h", "Article 3 — Fonctions"),
            (
                "p",
                "La salariée est engagée en qualité d'aide-soignante diplômée d'État, "
                "coefficient 229 de la convention collective.",
            ),
            ("h", "Article 4 — Rémunération et horaires"),
            (
                "p",
                "Rémunération brute mensuelle : 2 087,00 € pour 151,67 heures, majorée "
                "des primes conventionnelles (dimanche, jours fériés, nuit). Travail en "
                "roulement de 7 h 30 à 19 h 30 selon planning.",
            ),
            ("h", "Article 5 — Indemnité de fin de contrat"),
            (
                "p",
                "À l'issue du contrat, la salariée percevra l'indemnité de fin de "
                "contrat égale à 10 % de la rémunération brute totale, sauf exceptions "
                "légales.",
            ),
        ],
        "made": "Fait à Strasbourg, le 27 mai 2026, en deux exemplaires.",
        "signers": [
            ("L'employeur", "Laurent Kieffer, directeur"),
            ("La salariée", "KOUADIO Affoué Marie-Josée"),
        ],
        "initials": "AMJK",
    }
    cp = long_text_doc(cdd, 305, font="Open", fontb="OpenB", size=9.5)
    pk.image_pdf("CDD_clinique.pdf", cp, 5, dpi=170, quality=64)
    pk.doc(
        [("CDD_clinique.pdf", list(range(1, len(cp) + 1)))],
        "employment_contract",
        "image_pdf",
        {
            "employer": emp,
            "employee_name": "KOUADIO Affoué Marie-Josée",
            "contract_type": "CDD",
            "job_title": "aide-soignante diplômée d'État",
            "start_date": "2026-06-01",
        },
        "CDD until 2027-05-31, scanned signed copy.",
    )
    # RIB screenshot (Crédit Mutuel app)
    bank, branch, acct = "10278", "01080", "00020583701"
    key, iban = french_rib(bank, branch, acct)
    rib = {
        "clock": "18:07",
        "holder_line": "MME KOUADIO AFFOUE MARIE-JOSEE",
        "iban": iban,
        "bic": "CMCIFR2A",
        "agency": "CCM STRASBOURG GARE",
        "bank": bank,
        "branch": branch,
        "account": acct,
        "key": key,
    }
    pk.screenshot("Screenshot_20261109-180712.png", cm_app_screen(rib, 306))
    pk.doc(
        [("Screenshot_20261109-180712.png", [1])],
        "rib",
        "screenshot",
        {
            "holder_name": "KOUADIO AFFOUE MARIE-JOSEE",
            "iban": iban,
            "bic": "CMCIFR2A",
            "bank_name": "Crédit Mutuel",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "1170x2532 phone screenshot of the bank app's RIB screen; IBAN split on two lines.",
    )
    # form, handwritten, two scans
    f = {
        "mode": "hand",
        "hand_font": "HandBreip",
        "ink": (0.05, 0.05, 0.1),
        "surname": "KOUADIO",
        "given": "Affoué Marie-Josée",
        "sex": "F",
        "dob": "05/12/1993",
        "birth_town": "Bouaké",
        "birth_country": "Côte d'Ivoire",
        "nationality": "ivoirienne",
        "addr1": "12 rue de Molsheim, 3e étage gauche",
        "cp": "67000",
        "city": "Strasbourg",
        "phone": "06 27 41 88 05",
        "mail": "amj.kouadio@yahoo.fr",
        "activity": "employed",
        "job": "aide-soignante",
        "contract": "CDD",
        "employer": "Clinique des Tilleuls, 7 rue des Tilleuls, Strasbourg",
        "arrival": "14/09/2025",
        "place": "Strasbourg",
        "signed_txt": "09/11/2026",
    }
    p1, p2 = cerfa_form(f, 307)
    pk.scan("scan0007.jpg", [p1], 7, dpi=200)
    pk.scan("scan0008.jpg", [p2], 8, dpi=200)
    pk.doc(
        [("scan0007.jpg", [1]), ("scan0008.jpg", [1])],
        "application_form",
        "scan",
        {
            "surname": "KOUADIO",
            "given_names": "Affoué Marie-Josée",
            "date_of_birth": dob,
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-09",
            "nir": None,
        },
        "Filled by hand in black ink; two single-page scans.",
    )
    pk.write_truth(
        {
            "as_of": "2026-11-18",
            "employed": True,
            "status": "complete",
            "requirements": requirements(),
            "defect": None,
            "applicant": {
                "surname": "KOUADIO",
                "given_names": "AFFOUE MARIE JOSEE",
                "date_of_birth": dob,
            },
        }
    )
