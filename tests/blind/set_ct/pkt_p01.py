"""Packet p01 of set_ct. Tunisia: lease, payslip, titre de séjour; in order."""

from __future__ import annotations

import civil_ct as cv
import docs_ct as dc
import form_ct as fm
import ids_ct as idc
from common_ct import (
    iban_make,
    iban_ok,
    images_pdf,
    mrz_yymmdd,
    phone_photo,
    render_pdf,
    rib_key,
    rnd,
    save_jpg,
    scan,
    signature_rgba,
    td1,
)
from pkt_common import (
    REQS,
    SKIN,
    form_fields,
    passport_dict,
    pp_fields,
    sign_pages,
    siret,
    spaced,
)


def p01(out, tmp):
    a = {
        "surname": "BEN SALAH",
        "given": "YOSRA",
        "dob": "1993-05-21",
        "sex": "F",
        "code": "TUN",
        "pp_no": "Z734018",
        "pp_exp": "2029-02-14",
        "skin": SKIN[2],
        "sig": "Yosra Ben Salah",
        "form_surname": "BEN SALAH",
        "form_given": "Yosra",
        "pob_commune": "Sfax",
        "pob_pays": "Tunisie",
        "nat_fr": "Tunisienne",
        "street": "14 rue Paul Bert",
        "cp": "69003",
        "city": "Lyon",
        "tel": "07 68 21 45 09",
        "email": "yosra.bensalah93@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Développeuse web",
        "place": "Lyon",
        "date_text": "12/11/2026",
    }
    a["pp_print"] = {
        "upper_title": "RÉPUBLIQUE TUNISIENNE",
        "upper_note": "Ce passeport contient 32 pages",
        "arabic": "الجمهورية التونسية",
        "country_line": "RÉPUBLIQUE TUNISIENNE",
        "doc_title": "PASSEPORT / PASSPORT",
        "tint": (200, 190, 215),
        "labels": {
            "type": "Type",
            "code": "Code du pays / Country code",
            "number": "N° du passeport / Passport No.",
            "surname": "Nom / Surname",
            "given": "Prénoms / Given names",
            "nat": "Nationalité / Nationality",
            "sex": "Sexe / Sex",
            "dob": "Date de naissance / Date of birth",
            "pob": "Lieu de naissance / Place of birth",
            "issue": "Date de délivrance / Date of issue",
            "expiry": "Date d'expiration / Date of expiry",
            "auth": "Autorité / Authority",
        },
        "surname_print": "BEN SALAH",
        "given_print": "YOSRA",
        "nat_print": "TUNISIENNE",
        "sex_print": "F",
        "dob_print": "21/05/1993",
        "pob_print": "SFAX",
        "issue_print": "15/02/2024",
        "exp_print": "14/02/2029",
        "auth_print": "DIRECTION GÉNÉRALE DE LA SÛRETÉ NATIONALE",
    }
    docs = []
    d = out
    # form: typed, printed, signed by hand, scanned to one PDF
    r = rnd("p01/form")
    vals = fm.values(a)
    boxes = fm.Form(tmp / "p01_form.pdf", 0, "typed", vals).build()
    pages = sign_pages(render_pdf(tmp / "p01_form.pdf", dpi=200), boxes, a, r)
    images_pdf([scan(p, r) for p in pages], d / "formulaire_S1106_signe.pdf", r)
    docs.append(
        {
            "files": [{"path": "formulaire_S1106_signe.pdf", "pages": [1, 2]}],
            "type": "application_form",
            "look": "image_pdf",
            "fields": form_fields(a),
            "notes": "typed on a computer, printed, signed by hand, scanned (print run 0)",
        }
    )
    # passport phone photo, rotated
    r = rnd("p01/pp")
    pd, _ = passport_dict(a, r)
    save_jpg(
        phone_photo(idc.passport(pd, r), r, rot=90, table="wood", fill=0.72), d / "IMG_4512.jpg"
    )
    docs.append(
        {
            "files": [{"path": "IMG_4512.jpg", "pages": [1]}],
            "type": "passport",
            "look": "phone_photo",
            "fields": pp_fields(a),
            "notes": "open passport photographed on a table, image rotated 90 degrees",
        }
    )
    # titre de séjour front + back, two scans
    r = rnd("p01/ts")
    ts_no = "AE3719240"
    mrz = td1(
        "IR",
        "FRA",
        ts_no,
        mrz_yymmdd(a["dob"]),
        "F",
        mrz_yymmdd("2027-03-09"),
        "TUN",
        a["surname"],
        a["given"],
    )
    card = {
        "bg": (236, 240, 236),
        "tint": (190, 215, 200),
        "title": "TITRE DE SÉJOUR",
        "skin": a["skin"],
        "hair": (25, 20, 18),
        "sex": "F",
        "surname": "BEN SALAH",
        "given": "YOSRA",
        "nat": "TUN",
        "dob_print": "21 05 1993",
        "number": ts_no,
        "sig_name": "Y Ben Salah",
        "front_extra": [("VALABLE JUSQU'AU / Valid until", "09 03 2027")],
        "back": [
            ("TYPE DE TITRE", "CARTE DE SÉJOUR TEMPORAIRE"),
            ("REMARQUES", "SALARIÉ"),
            ("LIEU DE NAISSANCE", "SFAX (TUNISIE)"),
            ("ADRESSE", "14 RUE PAUL BERT 69003 LYON"),
            ("DATE ET LIEU DE DÉLIVRANCE", "10 03 2026  PRÉFECTURE DU RHÔNE"),
        ],
        "mrz": mrz,
    }
    for side, name in ((False, "titre_sejour_recto.jpg"), (True, "titre_sejour_verso.jpg")):
        im = idc.on_sheet([(idc.card_fr(card, r, back=side), 6, 6, 85.6)], r, 98, 66, dpi=300)
        save_jpg(scan(im, r), d / name, q=85)
    docs.append(
        {
            "files": [
                {"path": "titre_sejour_recto.jpg", "pages": [1]},
                {"path": "titre_sejour_verso.jpg", "pages": [1]},
            ],
            "type": "residence_permit",
            "look": "scan",
            "fields": {
                "surname": "BEN SALAH",
                "given_names": "YOSRA",
                "document_number": ts_no,
                "nationality": "TUN",
                "issuing_country": "FRA",
                "date_of_birth": a["dob"],
                "sex": "F",
                "expiry_date": "2027-03-09",
                "mrz_valid": True,
            },
            "notes": "carte de séjour temporaire 'salarié', front and back scanned "
            "separately; TD1 MRZ on the back",
        }
    )
    # birth certificate + apostille, one scanner PDF
    r = rnd("p01/birth")
    b = {
        "city": "Sfax",
        "city_ar": "صفاقس",
        "year": "1993",
        "act": "1187",
        "surname": "BEN SALAH",
        "given": "Yosra",
        "sex_txt": "Féminin",
        "dob_txt": "21 mai 1993",
        "pob": "Sfax",
        "father": "Mohamed ben Ali BEN SALAH",
        "mother": "Nejla bent Hédi TRABELSI",
        "nat": "Tunisienne",
        "issued_txt": "07/01/2026",
        "officer": "Sami Karray",
    }
    ap = {
        "country": "Tunisie",
        "signer": "Sami KARRAY",
        "capacity": "Officier de l'état civil",
        "seal": "Municipalité de Sfax",
        "at": "Tunis",
        "on_txt": "15/01/2026",
        "by": "Ministère des Affaires étrangères",
        "number": "2026/AP/004512",
        "signed_by": "H. Mejri",
    }
    images_pdf(
        [scan(cv.birth_tunisia(b, r), r), scan(cv.apostille(ap, r), r)],
        d / "extrait_naissance_apostille.pdf",
        r,
    )
    docs.append(
        {
            "files": [{"path": "extrait_naissance_apostille.pdf", "pages": [1]}],
            "type": "birth_certificate",
            "look": "image_pdf",
            "fields": {
                "surname": "BEN SALAH",
                "given_names": "Yosra",
                "date_of_birth": a["dob"],
                "place_of_birth": "Sfax",
                "issuing_country": "TUN",
                "language": "fr+ar",
                "has_apostille": True,
            },
            "notes": "bilingual French/Arabic extract; apostille on page 2",
        }
    )
    docs.append(
        {
            "files": [{"path": "extrait_naissance_apostille.pdf", "pages": [2]}],
            "type": "apostille",
            "look": "image_pdf",
            "fields": {
                "country": "Tunisie",
                "issued_on": "2026-01-15",
                "number": "2026/AP/004512",
                "signed_by": "H. Mejri",
            },
            "notes": "Hague model, 10 numbered items, French wording",
        }
    )
    # lease
    r = rnd("p01/lease")
    L = {
        "landlord_lines": [
            "M. Gérard POULAIN, né le 03/09/1961,",
            "demeurant 5 place Bellecour, 69002 Lyon,",
        ],
        "tenant_lines": ["Mme Yosra BEN SALAH, née le 21/05/1993 à Sfax (Tunisie),"],
        "address": "14 rue Paul Bert, 3e étage gauche, 69003 Lyon",
        "desc": [
            "Type : appartement T2 de 42 m², immeuble collectif (1930)",
            "Régime juridique : copropriété ; chauffage individuel électrique",
        ],
        "start": "2026-04-01",
        "rent": 720.0,
        "charges": 60.0,
        "city": "Lyon",
        "signed": "2026-03-24",
    }
    dc.lease(
        d / "bail_paul_bert.pdf",
        L,
        [signature_rgba("G. Poulain", r, key="dkg_i"), signature_rgba("Ben Salah", r, key="ruf")],
    )
    docs.append(
        {
            "files": [{"path": "bail_paul_bert.pdf", "pages": [1, 2]}],
            "type": "lease",
            "look": "text_pdf",
            "fields": {
                "tenant_names": ["Yosra BEN SALAH"],
                "landlord": "Gérard POULAIN",
                "address": "14 rue Paul Bert, 3e étage gauche, 69003 Lyon",
                "start_date": "2026-04-01",
            },
            "notes": "bail loi 1989, locaux vides, starts 7.5 months before as_of",
        }
    )
    # payslip
    st = siret("8521346790002")
    rows = [
        ("Salaire de base", "151,67", "21,0984", "3 200,00", ""),
        ("SALAIRE BRUT", "", "", "3 200,00", ""),
        ("SANTÉ", "", "", "", ""),
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", "3 200,00", "", "", "224,00"),
        ("Complémentaire Incapacité Invalidité Décès", "3 200,00", "0,60", "19,20", "48,00"),
        ("Complémentaire Santé", "", "", "32,40", "48,60"),
        ("RETRAITE", "", "", "", ""),
        ("Sécurité sociale plafonnée", "3 200,00", "6,90", "220,80", "273,60"),
        ("Sécurité sociale déplafonnée", "3 200,00", "0,40", "12,80", "60,80"),
        ("Complémentaire Tranche 1", "3 200,00", "4,01", "128,32", "192,32"),
        ("Famille", "3 200,00", "", "", "108,80"),
        ("Assurance chômage", "3 200,00", "", "", "134,40"),
        ("Autres contributions dues par l'employeur", "", "", "", "92,10"),
        ("CSG déductible de l'impôt sur le revenu", "3 191,24", "6,80", "217,00", ""),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", "3 191,24", "2,90", "92,55", ""),
        ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", "723,07", "1 230,62"),
    ]
    emp_sum = 19.20 + 32.40 + 220.80 + 12.80 + 128.32 + 217.00 + 92.55
    assert abs(emp_sum - 723.07) < 0.005
    net_before = round(3200 - emp_sum, 2)
    net_tax = round(net_before + 92.55 + 48.60, 2)
    pas = round(net_tax * 0.075, 2)
    net = round(net_before - pas, 2)
    P = {
        "employer": "NOVACODE SAS",
        "period_label": "octobre 2026",
        "p_start": "01/10/2026",
        "p_end": "31/10/2026",
        "paid": "30/10/2026",
        "employer_lines": [
            "NOVACODE SAS",
            "27 rue de la Villette",
            "69003 Lyon",
            f"SIRET : {st}",
            "Code APE : 6201Z",
            "Convention collective : Syntec (IDCC 1486)",
        ],
        "employee_lines": [
            "Madame Yosra BEN SALAH",
            "14 rue Paul Bert",
            "69003 Lyon",
            "Emploi : Développeuse web — Cadre, position 2.1",
            "Entrée le 02/03/2026 — CDI",
            "N° de sécurité sociale : en cours",
        ],
        "rows": rows,
        "net_before": net_before,
        "pas_rate": "7,50 %",
        "pas": pas,
        "net": net,
        "net_tax": net_tax,
        "cumul": round(net_tax * 8, 2),
        "cp": "20,00",
    }
    dc.payslip(d / "Bulletin_paie_2026_10.pdf", P)
    docs.append(
        {
            "files": [{"path": "Bulletin_paie_2026_10.pdf", "pages": [1]}],
            "type": "payslip",
            "look": "text_pdf",
            "fields": {
                "employer": "NOVACODE SAS",
                "employee_name": "Yosra BEN SALAH",
                "period": "2026-10",
                "net_pay": net,
                "siret": st,
            },
            "notes": "bulletin de paie clarifié, net payé after income-tax withholding",
        }
    )
    # RIB Société Générale
    bank, br, acc = "30003", "02153", "00050412873"
    key = rib_key(bank, br, acc)
    iban = iban_make("FR", bank + br + acc + key)
    assert iban_ok(iban)
    R = {
        "holder_lines": ["MME BEN SALAH YOSRA", "14 RUE PAUL BERT", "69003 LYON"],
        "branch_lines": [
            "SG LYON CROIX ROUSSE",
            "4 PLACE DE LA CROIX ROUSSE",
            "69004 LYON",
            "Tél. 04 72 10 52 30",
        ],
        "bank": bank,
        "branch": br,
        "account": acc,
        "key": key,
        "iban_print": spaced(iban),
        "bic": "SOGEFRPP",
    }
    dc.rib_sg(d / "RIB_SG.pdf", R)
    docs.append(
        {
            "files": [{"path": "RIB_SG.pdf", "pages": [1]}],
            "type": "rib",
            "look": "text_pdf",
            "fields": {
                "holder_name": "MME BEN SALAH YOSRA",
                "iban": iban,
                "bic": "SOGEFRPP",
                "bank_name": "Société Générale",
                "iban_valid": True,
                "rib_key_valid": True,
            },
            "notes": "downloaded from the bank website",
        }
    )
    truth = {
        "as_of": "2026-11-18",
        "employed": True,
        "status": "complete",
        "requirements": {k: "complete" for k in REQS},
        "defect": None,
        "applicant": {
            "surname": a["surname"],
            "given_names": a["given"],
            "date_of_birth": a["dob"],
        },
        "documents": docs,
    }
    return truth
