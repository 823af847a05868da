"""Packet p01: Côte d'Ivoire, lease, CDI + payslip."""

from __future__ import annotations

from builders import Packet, passport_fields, passport_images, passport_on_glass
from cerfa import fill, layout, values
from common import french_iban, make_siret, mrva, render_pil, td3
from docs_fr import contract, lease, payslip, rib
from docs_id import (
    civ_extrait,
    fr,
    mrzd,
    visa_sticker,
)


def visa(p, v, pp, fn, look):
    l1, l2 = mrva(
        "FRA",
        pp["mrz_surname"],
        pp["mrz_given"],
        v["number"],
        pp["nat"],
        mrzd(pp["dob"]),
        pp["sex"],
        mrzd(v["until"]),
    )
    v = dict(
        v,
        mrz=(l1, l2),
        passport=pp["number"],
        name=(pp["mrz_surname"] + " " + pp["mrz_given"]).replace("<", " "),
        from_s=fr(v["from"]).replace("/", "-"),
        until_s=fr(v["until"]).replace("/", "-"),
        issued_s=fr(v["issued"]).replace("/", "-"),
        face=pp["card"].get("face", {}),
    )
    page = visa_sticker(v, p.r())
    img = render_pil(page, 300)
    return v, img


def visa_fields(pp, v, category):
    f = passport_fields(pp)
    f.update(
        document_number=v["number"],
        issuing_country="FRA",
        expiry_date=v["until"],
        visa_type="D",
        vls_ts=True,
        category=category,
        valid_from=v["from"],
        valid_until=v["until"],
    )
    return f


def p01(root):
    p = Packet(root, "p01", 101)
    as_of = "2026-11-23"
    pp = {
        "surname": "KOUASSI",
        "given": "ADJOUA MARIE-LAURE",
        "mrz_surname": "KOUASSI",
        "mrz_given": "ADJOUA<MARIE<LAURE",
        "number": "20AF48213",
        "nat": "CIV",
        "state": "CIV",
        "dob": "1994-03-17",
        "sex": "F",
        "exp": "2027-05-09",
    }
    l1, l2 = td3(
        "P",
        "CIV",
        "KOUASSI",
        "ADJOUA MARIE LAURE",
        pp["number"],
        "CIV",
        mrzd(pp["dob"]),
        "F",
        mrzd(pp["exp"]),
    )
    pp["card"] = {
        "head1": "RÉPUBLIQUE DE CÔTE D'IVOIRE",
        "head2": "PASSEPORT / PASSPORT",
        "number": pp["number"],
        "mrz": (l1, l2),
        "bg": (232, 238, 226),
        "guil": (200, 220, 190),
        "face": {"skin": (95, 62, 42), "hair": (15, 12, 10)},
        "holder_sig": "Kouassi",
        "rows": [
            ("Type / Type", "P"),
            (("Code du pays / Country code", 25), "CIV"),
            ("Nom / Surname", "KOUASSI"),
            ("Prénoms / Given names", "ADJOUA MARIE-LAURE"),
            ("Nationalité / Nationality", "IVOIRIENNE"),
            ("Date de naissance / Date of birth", "17/03/1994"),
            (("Sexe / Sex", 45), "F"),
            ("Lieu de naissance / Place of birth", "BOUAKÉ"),
            ("Date de délivrance / Date of issue", "10/05/2022"),
            ("Date d'expiration / Date of expiry", "09/05/2027"),
        ],
    }
    bk = passport_images(pp, p.r())
    p.photo(bk, "IMG_20261115_183012.jpg", rot=270, long_side=4000, fill=0.78)
    p.add(
        [("IMG_20261115_183012.jpg", [1])],
        "passport",
        "phone_photo",
        passport_fields(pp),
        "open passport photographed on a table, image stored rotated 270",
    )
    v = dict(
        number="054821937",
        **{"from": "2026-02-01"},
        until="2027-01-31",
        issued="2026-01-12",
        issued_at="ABIDJAN",
        days="365",
        remarks=["VLS-TS SALARIE", "DISPENSE TEMPORAIRE DE CARTE DE SEJOUR"],
    )
    v, img = visa(p, v, pp, "visa.jpg", "scan")
    p.scan(passport_on_glass(img), "visa.jpg", dpi=200)
    p.add(
        [("visa.jpg", [1])],
        "long_stay_visa",
        "scan",
        visa_fields(pp, v, "SALARIE"),
        "visa sticker page scanned on a flatbed",
    )
    b = {
        "dept": "BOUAKÉ",
        "commune": "BOUAKÉ",
        "acte_no": "1127",
        "acte_date_s": "18 MARS 1994",
        "dob_words": "dix-sept mars mil neuf cent quatre-vingt-quatorze",
        "hour": "07 heures 40 minutes",
        "full": "KOUASSI Adjoua Marie-Laure",
        "place": "Maternité du CHU de Bouaké",
        "father": "KOUASSI Yao Séraphin, instituteur",
        "mother": "N'GUESSAN Akissi Pauline, ménagère",
        "issued_s": "02 septembre 2025",
        "dob": "1994-03-17",
    }
    p.photo(civ_extrait(b, p.r()), "acte_naissance.jpg", long_side=3264)
    p.add(
        [("acte_naissance.jpg", [1])],
        "birth_certificate",
        "phone_photo",
        {
            "surname": "KOUASSI",
            "given_names": "Adjoua Marie-Laure",
            "date_of_birth": "1994-03-17",
            "place_of_birth": "Bouaké",
            "issuing_country": "CIV",
            "language": "fr",
            "has_apostille": False,
        },
        "extrait d'acte de naissance; Côte d'Ivoire is exempt from legalisation in France "
        "(bilateral agreement of 24 April 1961), so no apostille is expected",
    )
    le = {
        "landlord": "M. Bernard FAUCHON",
        "landlord_addr": "demeurant 8 quai Saint-Vincent, 69001 Lyon",
        "tenants_line": "Mme Adjoua Marie-Laure KOUASSI, née le 17/03/1994 "
        "à Bouaké (Côte d'Ivoire)",
        "address": "14 rue des Tanneurs, Appartement 32, 3e étage, 69007 Lyon",
        "desc": "Appartement de type T2 de 41 m², comprenant une "
        "entrée, un séjour, une chambre, une cuisine, une salle d'eau avec WC; cave n° 12.",
        "start": "2026-03-01",
        "rent": "690,00",
        "charges": "65,00",
        "city": "Lyon",
        "signed": "2026-02-20",
        "tenants": ["Kouassi"],
    }
    p.imgpdf(lease(le, p.r()), "bail_appartement.pdf")
    p.add(
        [("bail_appartement.pdf", [1, 2, 3])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Adjoua Marie-Laure KOUASSI"],
            "landlord": "Bernard FAUCHON",
            "address": "14 rue des Tanneurs, Appartement 32, 69007 Lyon",
            "start_date": "2026-03-01",
        },
        "bail loi 1989, three scanned pages",
    )
    iban, key = french_iban("30003", "01885", "00050712934")
    r = {
        "bank": "SOCIETE GENERALE",
        "color": (200, 16, 46),
        "bank_code": "30003",
        "branch": "01885",
        "account": "00050712934",
        "key": key,
        "iban": iban,
        "bic": "SOGEFRPP",
        "holder_block": [
            "MME KOUASSI ADJOUA MARIE-LAURE",
            "14 RUE DES TANNEURS",
            "APT 32",
            "69007 LYON",
        ],
        "branch_block": [
            "SG LYON JEAN MACE",
            "2 PLACE JEAN MACE",
            "69007 LYON",
            "Tél. 04 72 71 30 30",
        ],
    }
    p.text([rib(r, p.r())], "RIB_SG.pdf", meta={"title": "RIB", "creator": "Societe Generale"})
    p.add(
        [("RIB_SG.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "MME KOUASSI ADJOUA MARIE-LAURE",
            "iban": iban,
            "bic": "SOGEFRPP",
            "bank_name": "SOCIETE GENERALE",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    siret = make_siret("4128576230001")
    emp = "Clinique du Parc Saint-Jean SAS"
    c = {
        "title": "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE",
        "subtitle": "(temps plein)",
        "employer_par": "La société " + emp + ", SAS au capital de 150 000 €, dont le siège "
        "est situé 12 avenue Berthelot, 69007 Lyon, immatriculée sous le SIRET "
        + siret
        + ", représentée par M. Olivier Garnier, Directeur des ressources humaines, "
        "ci-après « l'employeur » ;",
        "employee_par": "Madame Adjoua Marie-Laure KOUASSI, née le 17 mars 1994 à Bouaké "
        "(Côte d'Ivoire), de nationalité ivoirienne, demeurant 14 rue des Tanneurs, "
        "69007 Lyon, ci-après « la salariée ».",
        "articles": [
            (
                "Article 1 - Engagement",
                (
                    "La salariée est engagée à compter du 16 "
                    "février 2026 pour une durée indéterminée, sous réserve des résultats "
                    "de la visite d'information et de prévention."
                ),
            ),
            (
                "Article 2 - Fonctions",
                (
                    "La salariée exercera les fonctions "
                    "d'aide-soignante, statut employé, coefficient 224 de la convention "
                    "collective de l'hospitalisation privée (FHP)."
                ),
            ),
            (
                "Article 3 - Période d'essai",
                (
                    "Le contrat ne deviendra définitif "
                    "qu'à l'issue d'une période d'essai de deux mois."
                ),
            ),
            (
                "Article 4 - Durée du travail",
                (
                    "35 heures hebdomadaires, selon "
                    "planning de roulement, y compris week-ends et jours fériés."
                ),
            ),
            (
                "Article 5 - Rémunération",
                (
                    "Salaire mensuel brut de 2 215,00 € "
                    "pour 151,67 heures, outre les primes conventionnelles."
                ),
            ),
            ("Article 6 - Lieu de travail", "12 avenue Berthelot, 69007 Lyon."),
            (
                "Article 7 - Congés payés",
                ("Conformément aux dispositions légales et conventionnelles."),
            ),
        ],
        "city": "Lyon",
        "signed": "2026-02-09",
        "employer_signer": "Garnier",
        "stamp1": "CLINIQUE DU PARC",
        "stamp2": "LYON 7E",
        "employee_name": "Kouassi",
    }
    p.text(contract(c, p.r()), "contrat_CDI.pdf")
    p.add(
        [("contrat_CDI.pdf", [1, 2])],
        "employment_contract",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "Adjoua Marie-Laure KOUASSI",
            "contract_type": "CDI",
            "job_title": "aide-soignante",
            "start_date": "2026-02-16",
        },
        "typed contract signed by both parties (signatures drawn in the PDF)",
    )
    s = {
        "pstart": "2026-10-01",
        "pend": "2026-10-31",
        "paid": "2026-10-30",
        "job": "Aide-soignante",
        "contract": "CDI",
        "start": "2026-02-16",
        "nir_s": "En cours d'attribution",
        "ccn": "Hospitalisation privée (IDCC 2264)",
        "employer_block": [
            emp,
            "12 avenue Berthelot",
            "69007 Lyon",
            "SIRET : " + siret,
            "Code NAF : 8610Z",
        ],
        "employee_block": [
            "Madame KOUASSI Adjoua Marie-Laure",
            "14 rue des Tanneurs",
            "Appartement 32",
            "69007 Lyon",
            "Matricule : 004187",
        ],
        "rows": [
            ("Salaire de base", "151,67", "14,6041", "", "2 215,00"),
            ("Prime dimanche/férié", "16,00", "3,1200", "", "49,92"),
            ("SALAIRE BRUT", "", "", "", "2 264,92"),
            ("Santé - complémentaire", "2 264,92", "", "38,70", ""),
            ("Retraite - sécurité sociale plafonnée", "2 264,92", "6,90 %", "156,28", ""),
            ("Retraite complémentaire T1", "2 264,92", "4,01 %", "90,82", ""),
            ("CSG déductible", "2 225,28", "6,80 %", "151,32", ""),
            ("CSG/CRDS non déductible", "2 225,28", "2,90 %", "64,53", ""),
            ("Autres contributions dues par l'employeur", "", "", "", ""),
        ],
        "net_before": 1763.27,
        "net": 1742.18,
        "net_social": 1798.07,
        "pas": "1,20 %",
    }
    p.text(
        [payslip(s, p.r())],
        "bulletin_octobre_2026.pdf",
        meta={"title": "Bulletin de paie 10/2026", "creator": "Silae"},
    )
    p.add(
        [("bulletin_octobre_2026.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "KOUASSI Adjoua Marie-Laure",
            "period": "2026-10",
            "net_pay": 1742.18,
            "siret": siret,
        },
    )
    a = {
        "surname": "KOUASSI",
        "given": "Adjoua Marie-Laure",
        "sex": "F",
        "dob": "1994-03-17",
        "pob": "Bouaké, Côte d'Ivoire",
        "nationality": "Ivoirienne",
        "street": "14 rue des Tanneurs, Appt 32",
        "cp": "69007",
        "city": "Lyon",
        "tel": "07 58 21 44 90",
        "email": "adjoua.kouassi94@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Aide-soignante",
        "fait_a": "Lyon",
        "date_text": "18/11/2026",
    }
    p1, p2, sl = layout(1)
    rng = p.r()
    fill([p1, p2], sl, values(a), "hand", "Kouassi", rng, "hand3")
    p.imgpdf([p1, p2], "formulaire_cerfa.pdf")
    p.add(
        [("formulaire_cerfa.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        {
            "surname": "KOUASSI",
            "given_names": "ADJOUA MARIE-LAURE",
            "date_of_birth": "1994-03-17",
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-18",
            "nir": None,
        },
        "filled by hand in capitals, scanned; salaried, CDI",
    )
    return p, {
        "as_of": as_of,
        "employed": True,
        "status": "complete",
        "defect": None,
        "applicant": {
            "surname": "KOUASSI",
            "given_names": "ADJOUA MARIE-LAURE",
            "date_of_birth": "1994-03-17",
        },
        "requirements": {"employment": "complete"},
    }
