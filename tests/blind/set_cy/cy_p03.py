"""Packet p03 (Cambodia): three SFR bills, CDD; defect: expired VLS-TS."""

import random
from datetime import date

import cy_civil as civ
import cy_fin as fin
import cy_ids as ids
from cy_checks import check_td3, fr_iban, iban_groups, rib_key_ok, siret
from cy_core import to_pdf
from cy_emit import Packet
from cy_form import fix_comb_appearances
from cy_packets import ALL_OK, _form, _form_fields, _id_fields, _iso, _payslip_rows, _rib_fields

# ================================================================== p03 Cambodia


def p03(root):
    rng = random.Random(4103)
    pk = Packet(root, "p03")
    as_of = date(2026, 11, 24)
    sn, gn, dob, sex = "CHHAY", "SOVANNARA", date(1996, 7, 21), "M"
    per = {
        "surname": sn,
        "given": gn,
        "dob": dob,
        "sex": sex,
        "skin": (170, 125, 90),
        "surname_print": sn,
        "given_print": gn,
        "pob_print": "BATTAMBANG",
    }
    pno, pexp = "N01748293", date(2034, 8, 18)
    pas = {
        "country": "KHM",
        "nat": "KHM",
        "number": pno,
        "issued": date(2024, 8, 19),
        "expiry": pexp,
        "authority": "MINISTRY OF INTERIOR",
        "nat_print": "CAMBODIAN",
        "dfmt": ids.d_en,
        "person": per,
        "hcol": (120, 30, 40),
        "gcol": (226, 214, 222),
        "header": [
            ("ROYAUME DU CAMBODGE", "serif-b", 7.6),
            ("KINGDOM OF CAMBODIA", "serif-b", 7.6),
            ("PASSEPORT / PASSPORT", "sans-b", 6.2),
        ],
        "labels": {
            "type": "Type",
            "code": "Code",
            "no": "Passport No.",
            "surname": "Surname / Nom",
            "given": "Given names / Prénoms",
            "nat": "Nationality / Nationalité",
            "dob": "Date of birth",
            "sex": "Sex",
            "pob": "Place of birth",
            "issue": "Date of issue",
            "auth": "Authority",
            "exp": "Date of expiry",
        },
    }
    pp, (m1, m2) = ids.passport(pas, rng)
    assert check_td3(m1, m2)
    vno, vfrom, vuntil = "024913857", date(2025, 10, 20), date(2026, 10, 19)
    vis = {
        "number": vno,
        "person": per,
        "nat": "KHM",
        "valid_from": vfrom,
        "valid_until": vuntil,
        "days": "365",
        "issued_at": "PHNOM PENH",
        "issued_on": date(2025, 10, 1),
        "passport_no": pno,
        "remarks": [
            "VISA DE LONG SEJOUR VALANT TITRE DE SEJOUR",
            "VLS-TS SALARIE",
            "CESEDA R.431-16",
        ],
    }
    vp, _ = ids.visa_sticker(vis, rng)
    pg1 = pk.card_scan_page([(pp, (15, 30), (125, 88))], rng, 150)
    pg2 = pk.card_scan_page([(vp, (20, 30), (120, 82))], rng, 150)
    pk.image_pdf("passeport_visa.pdf", [pg1, pg2], rng)
    pk.doc(
        [("passeport_visa.pdf", [1])],
        "passport",
        "image_pdf",
        _id_fields(sn, gn, pno, "KHM", "KHM", dob, sex, pexp),
        "Page 1 of a two-page scanner PDF.",
    )
    pk.doc(
        [("passeport_visa.pdf", [2])],
        "long_stay_visa",
        "image_pdf",
        dict(
            _id_fields(sn, gn, vno, "KHM", "FRA", dob, sex, vuntil),
            visa_type="D",
            vls_ts=True,
            category="salarié",
            valid_from=_iso(vfrom),
            valid_until=_iso(vuntil),
        ),
        "DEFECT: VLS-TS expired on 2026-10-19, before as_of 2026-11-24; no titre de séjour "
        "or récépissé in the packet.",
    )
    b = {
        "cert_no": "0527/1996",
        "commune": "SVAY POR",
        "province": "BATTAMBANG",
        "values": [
            "CHHAY SOVANNARA",
            "",
            "21/07/1996",
            "",
            "CHHAY SOPHAL",
            "KEO SAMBATH",
            "",
            "",
            "",
        ],
        "issued": date(2025, 6, 3),
        "leg1": [
            "MINISTRY OF FOREIGN AFFAIRS AND",
            "INTERNATIONAL COOPERATION",
            "Seen for legalisation of signature",
        ],
        "leg1_date": date(2025, 6, 12),
        "leg2": [
            "AMBASSADE DE FRANCE AU CAMBODGE",
            "Vu pour légalisation de la signature",
            "de M. le Directeur, MAECI",
        ],
        "leg2_date": date(2025, 6, 19),
    }
    tr = {
        "translator": "Sokha LIM-BERTRAND",
        "translator_lines": [
            "Traductrice-interprète expert près la Cour d'appel de Colmar",
            "Langue khmère",
            "9 rue de la Nuée-Bleue, 67000 Strasbourg",
        ],
        "ref": "TR-2025-0448",
        "from_lang": "khmer",
        "doc_title": "Acte de naissance",
        "rows": [
            ("[En-tête]", "Royaume du Cambodge — Nation Religion Roi"),
            ("N° de l'acte :", "0527/1996"),
            ("Nom et prénom :", "CHHAY Sovannara"),
            ("Sexe :", "Masculin"),
            ("Date de naissance :", "21 juillet 1996"),
            ("Lieu de naissance :", "Commune de Svay Por, ville de Battambang,"),
            ("", "province de Battambang"),
            ("Nom du père :", "CHHAY Sophal"),
            ("Nom de la mère :", "KEO Sambath"),
            ("Délivré le :", "3 juin 2025, par l'officier d'état civil"),
            ("[Cachet]", "Commune de Svay Por — légalisations MAECI et Ambassade"),
        ],
        "certif": "Je soussignée, Sokha LIM-BERTRAND, traductrice-interprète expert près la "
        "Cour d'appel de Colmar, certifie que la présente traduction est conforme "
        "à l'original en langue khmère qui m'a été présenté.",
        "place_date": "Strasbourg, le 4 septembre 2025",
        "stamp": "S. LIM-BERTRAND * COUR D'APPEL DE COLMAR ",
    }
    pk.image_pdf(
        "acte_naissance_et_traduction.pdf",
        [civ.birth_cambodia(b, rng), civ.translation(tr, rng)],
        rng,
    )
    pk.doc(
        [("acte_naissance_et_traduction.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "CHHAY",
            "given_names": "SOVANNARA",
            "date_of_birth": _iso(dob),
            "place_of_birth": "Svay Por, Battambang",
            "issuing_country": "KHM",
            "language": "km",
            "has_apostille": False,
        },
        "Khmer-language original (Khmer script drawn as pen strokes: no Khmer font on the "
        "build machine; names and dates in Latin script as on bilingual extracts). Cambodia "
        "is not a Hague Apostille party: legalised by the MFAIC and the French embassy. "
        "Expected complete.",
    )
    pk.doc(
        [("acte_naissance_et_traduction.pdf", [2])],
        "translation",
        "image_pdf",
        {
            "surname": "CHHAY",
            "given_names": "Sovannara",
            "date_of_birth": _iso(dob),
            "language": "fr",
            "source_language": "km",
        },
        "Sworn translation into French (traductrice expert près la Cour d'appel de Colmar).",
    )
    addr = "14 rue du Faubourg National, 67000 Strasbourg"
    months = [
        (date(2026, 8, 1), date(2026, 8, 31)),
        (date(2026, 9, 1), date(2026, 9, 30)),
        (date(2026, 10, 1), date(2026, 10, 31)),
    ]
    for i, (s, e) in enumerate(months):
        issue = date(e.year, e.month % 12 + 1, 3)
        extra = [0.0, 2.40, 0.0][i]
        lines = [
            ("Abonnement SFR Fibre Power (" + fr_d(s) + " au " + fr_d(e) + ")", 35.99),
            ("Option Décodeur TV", 4.00),
        ]
        if extra:
            lines.append(("Appels hors forfait vers mobiles", extra))
        amt = round(sum(v for _, v in lines), 2)
        bb = {
            "holder_lines": [
                "M SOVANNARA CHHAY",
                "14 RUE DU FAUBOURG NATIONAL",
                "67000 STRASBOURG",
            ],
            "number": f"FA{2609834117 + i * 4111}",
            "issue": issue,
            "client": "7024118653",
            "holder": "M SOVANNARA CHHAY",
            "line": "03 88 41 27 06",
            "amount": amt,
            "debit": date(issue.year, issue.month, 12),
            "start": s,
            "end": e,
            "site": addr,
            "lines": lines,
        }
        fname = f"SFR_facture_{s.strftime('%m_%Y')}.pdf"
        pk.text_pdf(fname, [fin.bill_sfr(bb)], "Facture SFR", "SFR")
        pk.doc(
            [(fname, [1])],
            "utility_bill",
            "text_pdf",
            {
                "provider": "SFR",
                "service": "internet",
                "holder_name": "SOVANNARA CHHAY",
                "address": addr,
                "issue_date": _iso(issue),
                "period_start": _iso(s),
                "period_end": _iso(e),
                "amount": amt,
                "month": s.strftime("%Y-%m"),
            },
        )
    st = siret("90231547", "0001")
    emp = "SARL SAVEURS DU MÉKONG"
    c = {
        "title": "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE",
        "subtitle": "Convention collective nationale des hôtels, cafés, restaurants (HCR) — "
        "IDCC 1979",
        "employer_par": f"La société {emp}, SARL au capital de 8 000 €, 31 quai des "
        f"Bateliers, 67000 Strasbourg, SIRET {st}, représentée par M. Vuthy "
        "SENG, gérant,",
        "employee_par": "M. CHHAY Sovannara, né le 21 juillet 1996 à Battambang (Cambodge), "
        "de nationalité cambodgienne, demeurant 14 rue du Faubourg National, "
        "67000 Strasbourg,",
        "articles": [
            (
                "Article 1 — Motif et durée",
                (
                    "Le présent contrat est conclu pour accroissement "
                    "temporaire d'activité, du 3 novembre 2025 au 2 mai 2027 inclus."
                ),
            ),
            (
                "Article 2 — Emploi",
                "M. CHHAY occupera l'emploi de commis de cuisine, niveau I, échelon 2.",
            ),
            ("Article 3 — Période d'essai", "Le contrat comporte une période d'essai d'un mois."),
            (
                "Article 4 — Durée du travail",
                "La durée hebdomadaire de travail est de 39 heures, dont 4 heures majorées à 10 %.",
            ),
            (
                "Article 5 — Rémunération",
                (
                    "Salaire mensuel brut de 2 010,00 € pour 169 heures, "
                    "avantage en nature repas en sus."
                ),
            ),
            (
                "Article 6 — Indemnité de fin de contrat",
                (
                    "À l'issue du contrat, le salarié "
                    "percevra l'indemnité de précarité de 10 % prévue à l'article L. 1243-8 du code "
                    "du travail."
                ),
            ),
        ],
        "done": "Fait à Strasbourg, le 27 octobre 2025, en deux exemplaires.",
        "employer_sig_name": "Vuthy SENG, gérant",
    }
    cpages = fin.contract(c, rng)
    pk.text_pdf("CDD_Saveurs_du_Mekong.pdf", cpages, "Contrat CDD", emp)
    pk.doc(
        [("CDD_Saveurs_du_Mekong.pdf", list(range(1, len(cpages) + 1)))],
        "employment_contract",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "CHHAY Sovannara",
            "contract_type": "CDD",
            "job_title": "commis de cuisine",
            "start_date": "2025-11-03",
        },
    )
    rows, net = _payslip_rows(2010.0)
    ps = {
        "start": date(2026, 10, 1),
        "end": date(2026, 10, 31),
        "paid": date(2026, 11, 3),
        "employer_lines": [
            emp,
            "31 quai des Bateliers",
            "67000 Strasbourg",
            "SIRET : " + st,
            "Code NAF : 5610A",
            "URSSAF Alsace",
        ],
        "employee_lines": [
            "M. CHHAY SOVANNARA",
            "14 rue du Faubourg National",
            "67000 Strasbourg",
            "Matricule : 000023",
        ],
        "job": [
            ("Emploi", "Commis de cuisine"),
            ("Niveau", "I — échelon 2"),
            ("Date d'entrée", "03/11/2025"),
            ("Contrat", "CDD — fin le 02/05/2027"),
            ("Convention collective", "HCR (IDCC 1979)"),
        ],
        "rows": rows,
        "totals": [
            ("Net à payer avant impôt sur le revenu", net, False),
            ("Impôt sur le revenu prélevé à la source — taux 1,10 %", round(net * 0.011, 2), False),
        ],
        "net": round(net - round(net * 0.011, 2), 2),
    }
    pk.photo("IMG_3391.jpg", fin.payslip(ps), rng, 270, 180, 3024)
    pk.doc(
        [("IMG_3391.jpg", [1])],
        "payslip",
        "phone_photo",
        {
            "employer": emp,
            "employee_name": "CHHAY SOVANNARA",
            "period": "2026-10",
            "net_pay": ps["net"],
            "siret": st,
        },
        "Payslip photographed, image rotated 270°.",
    )
    iban, key = fr_iban("10278", "01030", "00020471301")
    r = {
        "style": {
            "logo": "text",
            "name": "Crédit Mutuel",
            "color": (0, 84, 150),
            "foot": "Caisse de Crédit Mutuel Strasbourg Esplanade — société coopérative "
            "à forme de SA à capital variable",
        },
        "holder_lines": ["M CHHAY SOVANNARA", "14 RUE DU FAUBOURG NATIONAL", "67000 STRASBOURG"],
        "agency_lines": ["CCM STRASBOURG ESPLANADE", "10 rue de Londres", "67000 STRASBOURG"],
        "bank": "10278",
        "branch": "01030",
        "account": "00020471301",
        "key": key,
        "iban_print": iban_groups(iban),
        "bic": "CMCIFR2A",
    }
    pk.scan("RIB_CM.png", fin.rib(r, rng), rng, 150)
    pk.doc(
        [("RIB_CM.png", [1])],
        "rib",
        "scan",
        _rib_fields(
            "M CHHAY SOVANNARA",
            iban,
            "CMCIFR2A",
            "Crédit Mutuel",
            rib_key_ok("10278", "01030", "00020471301", key),
        ),
    )
    fd = {
        "surname": sn,
        "usage": "",
        "given": gn,
        "sex": "M",
        "dob": "21/07/1996",
        "pob_city": "Battambang",
        "pob_country": "Cambodge",
        "nationality": "Cambodgienne",
        "nir": "",
        "address": "14 rue du Faubourg National",
        "cp": "67000",
        "city": "Strasbourg",
        "phone": "07 81 45 20 63",
        "email": "sovannara.chhay@gmail.com",
        "situation": "salarie",
        "contract": "CDD",
        "job": "Commis de cuisine",
        "place": "Strasbourg",
        "date_text": "10/11/2026",
        "sign": "image",
    }
    pages, fl = _form(pk, fd, "B", "acroform", rng)
    fin_hooks = {pg: fl.hook(pg) for pg in pages}
    to_pdf(
        pages,
        pk.path("S1106_formulaire_rempli.pdf"),
        "S1106 — Demande d'ouverture des droits",
        "Assurance Maladie",
        fin_hooks,
    )
    fix_comb_appearances(pk.path("S1106_formulaire_rempli.pdf"))
    pk.doc(
        [("S1106_formulaire_rempli.pdf", [1, 2])],
        "application_form",
        "text_pdf",
        _form_fields(sn, gn, dob, "employed", True, date(2026, 11, 10)),
        "Fillable PDF (AcroForm fields with values, print run B), signature image pasted.",
    )
    req = dict(ALL_OK, residence_status="invalid")
    return pk, {
        "as_of": _iso(as_of),
        "employed": True,
        "status": "incomplete",
        "requirements": req,
        "defect": "VLS-TS expired on 2026-10-19, before the audit "
        "date; no titre de séjour or récépissé",
        "applicant": {"surname": sn, "given_names": gn, "date_of_birth": _iso(dob)},
    }


def fr_d(d):
    return d.strftime("%d/%m/%Y")
