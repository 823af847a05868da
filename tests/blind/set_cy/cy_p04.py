"""Packet p04 (Russia): joint lease, récépissé; defect: form dated in the future."""

import random
from datetime import date

import cy_civil as civ
import cy_fin as fin
import cy_ids as ids
from cy_checks import check_td3, fr_iban, iban_groups, rib_key_ok
from cy_emit import Packet
from cy_packets import ALL_OK, _form, _form_fields, _id_fields, _iso, _rib_fields

# ================================================================== p04 Russia


def p04(root):
    rng = random.Random(4104)
    pk = Packet(root, "p04")
    as_of = date(2026, 11, 27)
    sn, gn, dob, sex = "KUZNETSOVA", "EKATERINA", date(1989, 11, 5), "F"
    per = {
        "surname": sn,
        "given": gn,
        "dob": dob,
        "sex": sex,
        "skin": (232, 200, 180),
        "surname_print": "КУЗНЕЦОВА / KUZNETSOVA",
        "given_print": "ЕКАТЕРИНА / EKATERINA",
        "pob_print": "НОВОСИБИРСКАЯ ОБЛ. / RUSSIA",
    }
    pno, pexp = "756123489", date(2032, 3, 10)
    pas = {
        "country": "RUS",
        "nat": "RUS",
        "number": pno,
        "issued": date(2022, 3, 10),
        "expiry": pexp,
        "authority": "МВД 54001",
        "nat_print": "РОССИЙСКАЯ ФЕДЕРАЦИЯ/RUS",
        "dfmt": lambda d: d.strftime("%d.%m.%Y"),
        "person": per,
        "hcol": (120, 30, 40),
        "gcol": (222, 210, 226),
        "paper": (240, 236, 240),
        "header": [
            ("РОССИЙСКАЯ ФЕДЕРАЦИЯ", "dejavu-b", 8),
            ("RUSSIAN FEDERATION", "sans-b", 7.2),
            ("ПАСПОРТ / PASSPORT", "dejavu-b", 6),
        ],
        "labels": {
            "type": "Тип/Type",
            "code": "Код государства/Code of State",
            "no": "Номер паспорта/Passport No.",
            "surname": "Фамилия/Surname",
            "given": "Имя/Given names",
            "nat": "Гражданство/Nationality",
            "dob": "Дата рождения/Date of birth",
            "sex": "Пол/Sex",
            "pob": "Место рождения/Place of birth",
            "issue": "Дата выдачи/Date of issue",
            "auth": "Орган, выдавший документ/Authority",
            "exp": "Дата окончания срока действия/Date of expiry",
            "sig": "Подпись владельца/Holder's signature",
        },
    }
    pp, (m1, m2) = ids.passport(pas, rng)
    assert check_td3(m1, m2)
    pk.photo("IMG_4498.jpg", pp, rng, 180, 300, 4032, 0.2)
    pk.doc(
        [("IMG_4498.jpg", [1])],
        "passport",
        "phone_photo",
        _id_fields(sn, gn, pno, "RUS", "RUS", dob, sex, pexp),
        "Russian biometric passport (bilingual Cyrillic/Latin), photo rotated 180°. The "
        "patronymic (Андреевна) is not on the passport, only on the birth certificate.",
    )
    rno, rexp = "4402198735", date(2027, 1, 19)
    rc = {
        "person": {
            "surname": sn,
            "given": "EKATERINA",
            "dob": dob,
            "sex": "F",
            "skin": (232, 200, 180),
        },
        "prefecture": "PRÉFECTURE DE LA LOIRE-ATLANTIQUE",
        "number": rno,
        "motif": "Première demande — carte de séjour « vie privée et familiale »",
        "pob": "NOVOSIBIRSK (RUSSIE)",
        "nat_print": "RUSSE",
        "address": ("5 RUE DES CARMES", "44000 NANTES"),
        "issued": date(2026, 10, 20),
        "expiry": rexp,
        "work": "AUTORISE SON TITULAIRE À TRAVAILLER",
        "stamp": "PRÉFECTURE DE LA LOIRE-ATLANTIQUE * NANTES ",
    }
    pk.scan("recepisse_prefecture.jpg", ids.recepisse(rc, rng), rng, 200)
    pk.doc(
        [("recepisse_prefecture.jpg", [1])],
        "residence_permit",
        "scan",
        _id_fields(sn, "EKATERINA", rno, "RUS", "FRA", dob, "F", rexp, None),
        "Récépissé de demande de carte de séjour (paper, no MRZ), valid until 2027-01-19.",
    )
    b = {
        "surname": "КУЗНЕЦОВА",
        "given": "Екатерина Андреевна",
        "dob": dob,
        "dob_words": "пятое ноября тысяча девятьсот восемьдесят девятого года",
        "pob": ("г. Новосибирск", "Новосибирская обл., РСФСР"),
        "reg_words": "1989 года ноября месяца 14 числа",
        "act_no": "2873",
        "father": "Кузнецов Андрей Викторович",
        "mother": "Кузнецова Ольга Николаевна",
        "zags": "Отдел ЗАГС Центрального района г. Новосибирска",
        "issued": date(2025, 5, 12),
        "head": "Е. В. Соколова",
        "series": "III-ЕТ № 612345",
    }
    ap = {
        "signer": "Е. В. Соколова",
        "capacity": "руководитель органа ЗАГС",
        "seal": "Отдел ЗАГС Центрального района",
        "city": "Новосибирск",
        "date": date(2025, 5, 20),
        "authority": "Управление по делам ЗАГС Новосибирской обл.",
        "number": "54/01-2345",
    }
    tr = {
        "translator": "Irina MOREAU-PAVLOVA",
        "translator_lines": [
            "Traductrice-interprète expert près la Cour d'appel de Rennes",
            "Russe — Français",
            "3 rue Crébillon, 44000 Nantes",
        ],
        "ref": "N° 2025/317",
        "from_lang": "russe",
        "doc_title": "Acte de naissance (duplicata) et apostille",
        "rows": [
            ("Nom :", "KUZNETSOVA"),
            ("Prénom et patronyme :", "Ekaterina Andreevna"),
            ("Date de naissance :", "5 novembre 1989"),
            ("Lieu de naissance :", "Novossibirsk, région de Novossibirsk, RSFSR"),
            ("Acte n° :", "2873 du 14 novembre 1989"),
            ("Père :", "KUZNETSOV Andreï Viktorovitch, citoyen de l'URSS"),
            ("Mère :", "KUZNETSOVA Olga Nikolaevna, citoyenne de l'URSS"),
            ("Délivré le :", "12 mai 2025, série III-ET n° 612345"),
            ("Apostille :", "n° 54/01-2345 du 20 mai 2025, Novossibirsk"),
        ],
        "certif": "Je soussignée, Irina MOREAU-PAVLOVA, traductrice-interprète expert près la "
        "Cour d'appel de Rennes, certifie que la présente traduction est conforme "
        "à l'original rédigé en langue russe.",
        "place_date": "Nantes, le 16 juin 2025",
        "stamp": "I. MOREAU-PAVLOVA * COUR D'APPEL DE RENNES ",
    }
    pk.image_pdf(
        "svidetelstvo_apostille_traduction.pdf",
        [civ.birth_russia(b, rng), civ.apostille_ru(ap, rng), civ.translation(tr, rng)],
        rng,
    )
    f3 = "svidetelstvo_apostille_traduction.pdf"
    pk.doc(
        [(f3, [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "КУЗНЕЦОВА",
            "given_names": "Екатерина Андреевна",
            "date_of_birth": _iso(dob),
            "place_of_birth": "г. Новосибирск",
            "issuing_country": "RUS",
            "language": "ru",
            "has_apostille": True,
        },
        "Russian birth certificate (duplicate), Cyrillic: KUZNETSOVA Ekaterina Andreevna "
        "(patronymic); apostille on page 2, sworn translation on page 3.",
    )
    pk.doc(
        [(f3, [2])],
        "apostille",
        "image_pdf",
        {
            "country": "Российская Федерация",
            "issued_on": "2025-05-20",
            "number": "54/01-2345",
            "signed_by": "Управление по делам ЗАГС Новосибирской обл.",
        },
        "Hague apostille in Russian, 10 numbered items.",
    )
    pk.doc(
        [(f3, [3])],
        "translation",
        "image_pdf",
        {
            "surname": "KUZNETSOVA",
            "given_names": "Ekaterina Andreevna",
            "date_of_birth": _iso(dob),
            "language": "fr",
            "source_language": "ru",
        },
    )
    addr = ("5 rue des Carmes, 2e étage gauche", "44000 Nantes")
    le = {
        "landlord_lines": [
            "M. et Mme Yannick et Soizic LE GOFF",
            "représentés par leur mandataire Cabinet Graslin Gestion,",
            "14 rue Jean-Jacques Rousseau, 44000 Nantes",
        ],
        "tenant_lines": [
            "Mme Ekaterina KUZNETSOVA, née le 05/11/1989",
            "M. Maxime GIRARD, né le 19/04/1987",
        ],
        "address": addr,
        "kind": "Immeuble collectif — appartement T3",
        "surface": "63,0 m²",
        "rooms": "3",
        "start": date(2025, 9, 1),
        "rent": "890,00 €",
        "charges": "70,00 €",
        "deposit": "890,00 €",
        "irl": "2e trimestre 2025",
        "clauses": [
            (
                "V. SOLIDARITÉ",
                (
                    "Les colocataires sont tenus solidairement et "
                    "indivisiblement de l'exécution des obligations du présent bail."
                ),
            ),
            ("VI. GARANTIES", "Dépôt de garantie d'un mois de loyer hors charges."),
            (
                "VII. CLAUSE RÉSOLUTOIRE",
                (
                    "Résiliation de plein droit deux mois après "
                    "un commandement de payer demeuré infructueux."
                ),
            ),
        ],
        "done": "Fait à Nantes, le 25/08/2025, en trois exemplaires originaux.",
        "tenant_sig_names": ["Mme KUZNETSOVA", "M. GIRARD"],
    }
    pk.image_pdf("bail_nantes.pdf", fin.lease(le, rng), rng, 150)
    pk.doc(
        [("bail_nantes.pdf", [1, 2, 3])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Ekaterina KUZNETSOVA", "Maxime GIRARD"],
            "landlord": "Yannick et Soizic LE GOFF",
            "address": ", ".join(addr),
            "start_date": "2025-09-01",
        },
        "Joint lease with her partner, managed by an agency; scanned.",
    )
    iban, key = fr_iban("30003", "01690", "00050872641")
    r = {
        "style": {
            "logo": "sg",
            "color": (226, 0, 26),
            "foot": "Société Générale — S.A. au capital de 1 000 395 971,25 € — 552 120 "
            "222 RCS Paris — 29 bd Haussmann 75009 Paris",
        },
        "holder_lines": ["MME KUZNETSOVA EKATERINA", "5 RUE DES CARMES", "44000 NANTES"],
        "agency_lines": ["SG NANTES COMMERCE", "2 place du Commerce", "44000 NANTES"],
        "bank": "30003",
        "branch": "01690",
        "account": "00050872641",
        "key": key,
        "iban_print": iban_groups(iban),
        "bic": "SOGEFRPP",
    }
    pk.text_pdf("RIB_SG.pdf", [fin.rib(r, rng)], "RIB", "Société Générale")
    pk.doc(
        [("RIB_SG.pdf", [1])],
        "rib",
        "text_pdf",
        _rib_fields(
            "MME KUZNETSOVA EKATERINA",
            iban,
            "SOGEFRPP",
            "Société Générale",
            rib_key_ok("30003", "01690", "00050872641", key),
        ),
    )
    fd = {
        "surname": sn,
        "usage": "",
        "given": gn,
        "sex": "F",
        "dob": "05/11/1989",
        "pob_city": "Novossibirsk",
        "pob_country": "Russie",
        "nationality": "Russe",
        "nir": "",
        "address": "5 rue des Carmes",
        "cp": "44000",
        "city": "Nantes",
        "phone": "06 44 18 92 07",
        "email": "e.kuznetsova89@yandex.ru",
        "situation": "sans_activite",
        "contract": "",
        "job": "",
        "place": "Nantes",
        "date_text": "14/12/2026",
        "date_way": "hand",
        "sign": "pen",
    }
    pages, _ = _form(pk, fd, "A", "acroform_printed", rng)
    pk.photo("IMG_4512.jpg", pages[0], rng, 0, 170, 4032)
    pk.photo("IMG_4513.jpg", pages[1], rng, 90, 170, 4032)
    pk.doc(
        [("IMG_4512.jpg", [1]), ("IMG_4513.jpg", [1])],
        "application_form",
        "phone_photo",
        _form_fields(sn, gn, dob, "not_employed", True, date(2026, 12, 14)),
        "Fillable PDF printed with its values, signed and dated by hand, photographed; "
        "page 2 rotated 90°. DEFECT: dated 14/12/2026, after as_of 2026-11-27.",
    )
    req = dict(ALL_OK, application_form="invalid", employment="not_applicable")
    return pk, {
        "as_of": _iso(as_of),
        "employed": False,
        "status": "incomplete",
        "requirements": req,
        "defect": "application form dated 14/12/2026, after the audit date",
        "applicant": {"surname": sn, "given_names": gn, "date_of_birth": _iso(dob)},
    }
