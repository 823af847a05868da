"""Packet p04: Kosovo, hosted by a cousin (handwritten attestation), RIB of a company (defect)."""

from __future__ import annotations

import civil
import frdocs
import ids
import lib
import money
from build import booklet, card_scan, fr, phone, render, scan_pages
from packets_a import ALL_OK
from packets_b import FRA_LABELS, RKS_LABELS, _cfg


def build_p04(out: str) -> None:
    pk = lib.Packet(out, "p04", 4404)
    rng = pk.rng
    sur, giv, dob = "KRASNIQI", "Arbër", "1988-11-02"
    home = "12 rue de Soultz, 68100 Mulhouse"
    skin, hair = (0.85, 0.7, 0.58), (0.12, 0.09, 0.07)
    pp_no, pp_exp = "P01482736", "2031-08-08"
    mrz = lib.td3("RKS", sur, giv, pp_no, "RKS", dob, "M", pp_exp)
    person = {
        "iss": "RKS",
        "number": pp_no,
        "surname_print": sur,
        "given_print": "ARBËR",
        "nat_print": "KOSOVARE / KOSOVSKO / KOSOVAN",
        "sex_print": "M",
        "dob_print": ids.pp_date(dob, "dots"),
        "pob": "PRIZREN",
        "issue_print": ids.pp_date("2021-08-09", "dots"),
        "authority": "MPB / MUP / MIA",
        "exp_print": ids.pp_date(pp_exp, "dots"),
        "skin": skin,
        "hair": hair,
    }
    cfg = _cfg(
        [
            "REPUBLIKA E KOSOVËS - REPUBLIKA KOSOVO",
            "REPUBLIC OF KOSOVO",
            "PASAPORTË / PASOŠ / PASSPORT",
        ],
        RKS_LABELS,
        (0.72, 0.78, 0.9),
        (0.05, 0.15, 0.45),
        "Cond",
    )
    page = render(ids.passport_page(cfg, person, mrz, rng), 300)[0]
    ts_no, ts_until = "K73F20518", "2027-06-14"
    tmrz = lib.td1("IR", "FRA", sur, giv, ts_no, "RKS", dob, "M", ts_until)
    card = {
        "number": ts_no,
        "surname": sur,
        "given": "ARBËR",
        "sex": "M",
        "nat": "RKS",
        "dob_print": fr(dob),
        "kind": "CARTE DE SÉJOUR TEMPORAIRE",
        "mention": "VIE PRIVÉE ET FAMILIALE",
        "until_print": fr(ts_until),
        "pob": "PRIZREN (KOSOVO)",
        "address": "12 RUE DE SOULTZ 68100 MULHOUSE",
        "issue_print": fr("2026-06-15"),
        "authority": "PRÉFECTURE DU HAUT-RHIN",
        "skin": skin,
        "hair": hair,
    }
    faces = render(ids.residence_card(card, tmrz, rng), 300)
    sheet1 = lib.scan_look(lib.paste_on_page([(booklet(page, rng), 28, 20, 125)], rng), rng)
    sheet2 = card_scan(faces, rng, y_mm=(30, 110))
    pk.write("scan_identite.pdf", lib.image_pdf([sheet1, sheet2]))
    idf = {
        "surname": sur,
        "given_names": "ARBËR",
        "document_number": pp_no,
        "nationality": "RKS",
        "issuing_country": "RKS",
        "date_of_birth": dob,
        "sex": "M",
        "expiry_date": pp_exp,
        "mrz_valid": True,
    }
    pk.doc(
        [("scan_identite.pdf", [1])],
        "passport",
        "image_pdf",
        idf,
        "one scanner PDF: passport, then permit",
    )
    pk.doc(
        [("scan_identite.pdf", [2])],
        "residence_permit",
        "image_pdf",
        dict(idf, document_number=ts_no, issuing_country="FRA", expiry_date=ts_until),
        "carte de séjour temporaire 'vie privée et familiale', recto and verso on one page",
    )
    ext = {
        "municipality": "Prizren",
        "no": "03-204-1988/1127",
        "rows": [
            ("Mbiemri / Prezime / Surname", "KRASNIQI"),
            ("Emri / Ime / Name", "ARBËR"),
            ("Gjinia / Pol / Sex", "M"),
            ("Data e lindjes / Datum rođenja / Date of birth", "02.11.1988"),
            ("Vendi i lindjes / Mesto rođenja / Place of birth", "PRIZREN"),
            ("Numri personal / Lični broj / Personal number", "1052874193"),
            ("Emri i babait / Ime oca / Father's name", "FATMIR KRASNIQI"),
            ("Emri i nënës / Ime majke / Mother's name", "SHQIPE KRASNIQI (GASHI)"),
            ("Shtetësia / Državljanstvo / Citizenship", "KOSOVARE"),
        ],
        "issued": "Prizren, 18.02.2026",
        "officer": "Blerta HOXHA",
    }
    pk.write(
        "ekstrakt_lindja.jpg", phone(render(civil.kosovo_extract(ext, rng), 220)[0], rng, fill=0.8)
    )
    pk.doc(
        [("ekstrakt_lindja.jpg", [1])],
        "birth_certificate",
        "phone_photo",
        {
            "surname": sur,
            "given_names": "ARBËR",
            "date_of_birth": dob,
            "place_of_birth": "Prizren",
            "issuing_country": "RKS",
            "language": "sq",
            "has_apostille": True,
        },
        "multilingual extract (Albanian / Serbian / English)",
    )
    ap = {
        "lang": "sq",
        "values": [
            "REPUBLIKA E KOSOVËS / REPUBLIC OF KOSOVO",
            "Blerta HOXHA",
            "ZYRTARE E GJENDJES CIVILE / CIVIL STATUS OFFICER",
            "KOMUNA E PRIZRENIT / MUNICIPALITY OF PRIZREN",
            "PRISHTINË",
            "25.02.2026",
            "MINISTRIA E DREJTËSISË / MINISTRY OF JUSTICE",
            "AP-2026/03318",
        ],
        "stamp": "MINISTRIA E DREJTESISE",
        "stamp_c": "KOSOVË\nAPOSTILLE",
    }
    pk.write(
        "apostila.jpg", phone(render(civil.apostille(ap, rng), 220)[0], rng, rot90=1, fill=0.8)
    )
    pk.doc(
        [("apostila.jpg", [1])],
        "apostille",
        "phone_photo",
        {
            "country": "KOSOVO",
            "issued_on": "2026-02-25",
            "number": "AP-2026/03318",
            "signed_by": "MINISTRIA E DREJTËSISË / MINISTRY OF JUSTICE",
        },
        "photo rotated 90°",
    )
    att = {
        "lines": [
            "Je soussigné Valon BERISHA, né le 19/05/1985 à Gjakovë",
            "(Kosovo), de nationalité française, demeurant au",
            "12 rue de Soultz, 68100 Mulhouse, certifie sur l'honneur",
            "héberger à mon domicile mon cousin Monsieur",
            "Arbër KRASNIQI, né le 02/11/1988 à Prizren (Kosovo),",
            "depuis le 1er juillet 2026.",
            "Je joins la copie de mon passeport et de mon bail.",
            "Fait pour servir et valoir ce que de droit.",
        ],
        "place_date": "Mulhouse, le 16/11/2026",
        "signed": True,
    }
    pk.write(
        "attestation_hebergement.pdf",
        lib.image_pdf(scan_pages(frdocs.attestation_hand(att, rng), rng)),
    )
    pk.doc(
        [("attestation_hebergement.pdf", [1])],
        "hosting_attestation",
        "image_pdf",
        {
            "host_name": "Valon BERISHA",
            "hosted_name": "Arbër KRASNIQI",
            "address": home,
            "since_date": "2026-07-01",
            "signed_on": "2026-11-16",
            "signed": True,
        },
        "handwritten on lined paper",
    )
    hp_no, hp_exp = "22AB41873", "2033-04-02"
    hmrz = lib.td3("FRA", "BERISHA", "Valon", hp_no, "FRA", "1985-05-19", "M", hp_exp)
    hp = {
        "iss": "FRA",
        "number": hp_no,
        "surname_print": "BERISHA",
        "given_print": "VALON",
        "nat_print": "FRANÇAISE",
        "sex_print": "M",
        "dob_print": fr("1985-05-19").replace("/", " "),
        "pob": "GJAKOVE (KOSOVO)",
        "issue_print": "03 04 2023",
        "authority": "Préfecture du Haut-Rhin",
        "exp_print": "02 04 2033",
        "skin": (0.82, 0.68, 0.56),
        "hair": (0.1, 0.08, 0.06),
    }
    hcfg = _cfg(
        ["RÉPUBLIQUE FRANÇAISE", "PASSEPORT / PASSPORT"],
        FRA_LABELS,
        (0.8, 0.75, 0.85),
        (0.2, 0.1, 0.35),
    )
    hpage = render(ids.passport_page(hcfg, hp, hmrz, rng), 300)[0]
    pk.write(
        "passeport_valon.jpg",
        lib.scan_look(lib.paste_on_page([(booklet(hpage, rng), 40, 60, 125)], rng), rng),
    )
    pk.doc(
        [("passeport_valon.jpg", [1])],
        "passport",
        "scan",
        {
            "surname": "BERISHA",
            "given_names": "VALON",
            "document_number": hp_no,
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": "1985-05-19",
            "sex": "M",
            "expiry_date": hp_exp,
            "mrz_valid": True,
        },
        "host's passport",
    )
    sections = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                "Le bailleur : SCI LES COTEAUX, 5 rue des Vignes, 68200 Mulhouse, représentée par son",
                "mandataire Immobilière du Rhin, carte professionnelle CPI 6801 2017 000 019 433.",
                "Les locataires : M. Valon BERISHA et Mme Mirjeta BERISHA, solidairement.",
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                "Logement situé 12 rue de Soultz, 68100 Mulhouse, 3e étage gauche, T4 de 78 m².",
                "Chauffage collectif au gaz, eau chaude individuelle. Annexes : cave n° 3, garage n° 11.",
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE",
            [
                "Prise d'effet : 1er septembre 2019. Durée : trois ans, reconduite tacitement.",
            ],
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                "Loyer mensuel : 690,00 € hors charges ; provision sur charges : 160,00 €.",
                "Terme payable d'avance le 1er de chaque mois. Révision au 1er septembre (IRL T2).",
            ],
        ),
        ("V. GARANTIES", ["Dépôt de garantie : 690,00 €."]),
        (
            "VI. CLAUSE RÉSOLUTOIRE",
            [
                "Résiliation de plein droit deux mois après un commandement de payer resté sans effet.",
            ],
        ),
        (
            "VII. HONORAIRES DE LOCATION",
            [
                "Part locataire : 624,00 € (visite, dossier, rédaction) ; état des lieux : 234,00 €.",
            ],
        ),
    ]
    bail = {
        "sections": sections,
        "split": 4,
        "initials": ["SCI", "VB MB"],
        "fonts": ("Roboto", "RobotoB"),
        "agency": [
            "Immobilière du Rhin",
            "Gestion - Location - Transaction",
            "27 avenue Kennedy, 68100 Mulhouse",
            "03 89 45 12 70 - contact@immo-rhin.fr",
        ],
        "signed_line": "Fait à Mulhouse, le 26 août 2019, en trois exemplaires.",
    }
    pk.write("bail_valon.pdf", frdocs.lease(bail, rng))
    pk.doc(
        [("bail_valon.pdf", [1, 2])],
        "lease",
        "text_pdf",
        {
            "tenant_names": ["Valon BERISHA", "Mirjeta BERISHA"],
            "landlord": "SCI LES COTEAUX",
            "address": home,
            "start_date": "2019-09-01",
        },
        "host's lease",
    )
    acc = lib.french_iban("30003", "02560", "00020458317")
    rib = {
        "style": "sg",
        "acc": acc,
        "title": "RELEVÉ D'IDENTITÉ BANCAIRE",
        "holder_lines": [
            "SARL BERISHA RENOVATION",
            "ZA DES COLLINES 4 RUE DE L INDUSTRIE",
            "68100 MULHOUSE",
        ],
        "domic": ["SG MULHOUSE ENTREPRISES", "1 place de la Réunion, 68100 Mulhouse"],
        "bic": "SOGEFRPP",
        "edited": "Compte courant professionnel - document édité le 14/11/2026",
    }
    pk.write("RIB.pdf", money.rib_pdf(rib, rng))
    pk.doc(
        [("RIB.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "SARL BERISHA RENOVATION",
            "iban": acc["iban"],
            "bic": "SOGEFRPP",
            "bank_name": "Société Générale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "DEFECT: the account holder is a company (the host's business), not the applicant",
    )
    f = {
        "surname": sur,
        "given": "Arbër",
        "sex": "M",
        "dob": "02/11/1988",
        "pob_commune": "Prizren",
        "pob_country": "Kosovo",
        "nationality": "kosovare",
        "address": "chez M. BERISHA, 12 rue de Soultz",
        "cp": "68100",
        "commune": "Mulhouse",
        "tel": "07 68 90 11 52",
        "email": "arber.krasniqi88@gmail.com",
        "situation": "sans_activite",
        "place": "Mulhouse",
        "date_text": "18/11/2026",
        "signed": True,
        "sign_mode": "typed",
    }
    pk.write("formulaire_S1106_rempli.pdf", frdocs.cerfa_form(f, rng, "typed", 2))
    pk.doc(
        [("formulaire_S1106_rempli.pdf", [1, 2])],
        "application_form",
        "text_pdf",
        {
            "surname": sur,
            "given_names": "Arbër",
            "date_of_birth": dob,
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-11-18",
            "nir": None,
        },
        "filled on screen, signature drawn on the PDF",
    )
    req = dict(ALL_OK, employment="not_applicable", bank_details="invalid")
    pk.save_truth(
        {
            "as_of": "2026-11-27",
            "employed": False,
            "status": "incomplete",
            "requirements": req,
            "defect": "the RIB's account holder is a company (SARL BERISHA RENOVATION), not the applicant",
            "applicant": {"surname": sur, "given_names": "Arbër", "date_of_birth": dob},
        }
    )
