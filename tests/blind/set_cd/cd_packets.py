"""The four packets of set_cd: data, files, looks and truth."""

from __future__ import annotations

from datetime import date

import cd_civil as civ
import cd_fr as fr
import cd_ids as ids
from cd_common import (
    dmy,
    fr_iban,
    fr_long,
    iban_check,
    iban_valid,
    make_siret,
    mrva,
    mrz_cd,
    nir_with_key,
    render,
    td1,
    td3,
    yymmdd,
)
from cd_form import form

ALL_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
    "employment": "complete",
}


def iso(d):
    return d.isoformat()


def passport_doc(pk, p):
    p["mrz"] = td3(p["country"], p["surname_mrz"], p["given_mrz"], p["number"], p["country"],
                   yymmdd(p["dob"]), p["sex"], yymmdd(p["expiry"]))  # fmt: skip
    pdf = ids.passport(p, pk.rng)
    fields = {"surname": p["surname_print"], "given_names": p["given_print"], "document_number": p["number"],
              "nationality": p["country"], "issuing_country": p["country"], "date_of_birth": iso(p["dob"]),
              "sex": p["sex"], "expiry_date": iso(p["expiry"]), "mrz_valid": True}  # fmt: skip
    return pdf, fields


def bill_fields(b, service):
    return {"provider": b["provider_name"], "service": service, "holder_name": b["holder"],
            "address": b["address"], "issue_date": iso(b["issue"]), "period_start": iso(b["start"]),
            "period_end": iso(b["end"]), "amount": b["amount"],
            "month": b["start"].strftime("%Y-%m")}  # fmt: skip


def form_fields(f, employment_status):
    return {"surname": f["surname"], "usage_name": f.get("usage") or None, "given_names": f["given"],
            "sex": f["sex"], "date_of_birth": iso(f["dob"]), "employment_status": employment_status,
            "situation": f["situation"], "contract_type": f.get("contract"), "signed": True,
            "signed_on": iso(f["signed_on"]), "date_text": f["date_text"], "place": f["place"],
            "nir": f.get("nir")}  # fmt: skip


# =========================================================================== p01 Mali
def P01(pk, sheet):
    rng = pk.rng
    as_of = date(2026, 12, 2)
    dob = date(1993, 4, 17)
    addr = ["27 rue Édouard Vaillant", "Bât. B, 3e étage", "93100 MONTREUIL"]
    addr1 = "27 rue Édouard Vaillant, 93100 Montreuil"
    p = {"country": "MLI", "surname_print": "TRAORE", "given_print": "MOUSSA IBRAHIM", "surname_mrz": "TRAORE",
             "given_mrz": "MOUSSA IBRAHIM", "number": "AB0458217", "nat_print": "MALIENNE / MALIAN", "dob": dob,
             "sex": "M", "pob_print": "SEGOU", "issue": date(2024, 2, 12), "expiry": date(2029, 2, 11),
             "authority": "DGPN BAMAKO"}  # fmt: skip
    pdf, pf = passport_doc(pk, p)
    f1 = pk.scan("scan_passeport.jpg", sheet([pdf]))
    pk.add([{"path": f1, "pages": [1]}], "passport", "scan", pf, "Malian ECOWAS passport data page")

    v = dict(number="005872143", surname="TRAORE", given="MOUSSA IBRAHIM", passport="AB0458217",
             **{"from": date(2026, 4, 20)}, until=date(2027, 4, 19), days=365, place="BAMAKO",
             issued=date(2026, 4, 8), remarks="VLS-TS SALARIE")  # fmt: skip
    v["mrz"] = mrva("VD", "FRA", "TRAORE", "MOUSSA IBRAHIM", v["number"], "MLI", yymmdd(dob), "M",
                    yymmdd(v["until"]))  # fmt: skip
    im = render(ids.visa_vls(v, rng), 400)[0]
    f2 = pk.phone("IMG_20261115_183402.jpg", im, rot=1)
    pk.add([{"path": f2, "pages": [1]}], "long_stay_visa", "phone_photo",
           {"surname": "TRAORE", "given_names": "MOUSSA IBRAHIM", "document_number": v["number"],
            "nationality": "MLI", "issuing_country": "FRA", "date_of_birth": iso(dob), "sex": "M",
            "expiry_date": iso(v["until"]), "mrz_valid": True, "visa_type": "D", "vls_ts": True,
            "category": "SALARIE", "valid_from": iso(v["from"]), "valid_until": iso(v["until"])},
           "French type D visa sticker, photo rotated 90 degrees")  # fmt: skip

    b = {"region": "Ségou", "cercle": "Ségou", "commune": "urbaine de Ségou", "centre": "Centre principal de Ségou",
             "acte_no": "1087/93", "font": "h-breip",
             "date_words": "dix-sept avril mil neuf cent quatre-vingt-treize (17/04/1993) à 06 h 30",
             "pob": "Ségou, quartier Médine", "sexe": "masculin", "given": "Moussa Ibrahim", "surname": "TRAORÉ",
             "father": "Ibrahim TRAORÉ", "f_age": "41 ans", "f_job": "commerçant", "f_home": "Ségou",
             "mother": "Kadiatou COULIBALY", "m_age": "29 ans", "m_job": "ménagère", "m_home": "Ségou",
             "drawn": "vingt avril mil neuf cent quatre-vingt-treize", "declarant": "Ibrahim TRAORÉ, le père",
             "copy_date": date(2026, 3, 9), "officer": "Amadou Dembélé"}  # fmt: skip
    f3 = pk.image_pdf("acte_naissance_moussa.pdf", render(civ.mali_acte(b, rng), 200))
    pk.add([{"path": f3, "pages": [1]}], "birth_certificate", "image_pdf",
           {"surname": "TRAORÉ", "given_names": "Moussa Ibrahim", "date_of_birth": iso(dob),
            "place_of_birth": "Ségou", "issuing_country": "MLI", "language": "fr",
            "has_apostille": False},
           "Malian volet n°3, handwritten entries on a printed form. No apostille: Mali is not a party "
           "to the Hague convention and the France-Mali convention of 9 March 1962 waives legalisation, "
           "so none is required (birth_certificate complete).")  # fmt: skip

    siret = make_siret(rng)
    employer = "MÉTALLERIE BERTRAND ET FILS SARL"
    emp_lines = ["14 rue des Frères Lumière", "93100 MONTREUIL"]
    paras = [("p", (f"Entre les soussignés : la société {employer}, SARL au capital de 50 000 €, dont le siège "
                   f"social est situé 14 rue des Frères Lumière, 93100 Montreuil, immatriculée sous le numéro "
                   f"SIRET {siret}, représentée par M. Gérard Bertrand, en sa qualité de gérant, "
                   "ci-après dénommée « l'employeur », d'une part,")),
             ("p", (f"et Monsieur Moussa Ibrahim TRAORE, né le {dmy(dob)} à Ségou (Mali), de nationalité "
                   f"malienne, demeurant {addr1}, ci-après dénommé « le salarié », d'autre part,")),
             ("p", "il a été convenu ce qui suit :"),
             ("h", "Article 1 - Engagement"),
             ("p", ("Le salarié est engagé à compter du 4 mai 2026 dans le cadre d'un contrat de travail à "
                   "durée indéterminée, sous réserve des résultats de la visite d'information et de "
                   "prévention. Le contrat est régi par la convention collective nationale de la "
                   "métallurgie.")),
             ("h", "Article 2 - Fonctions"),
             ("p", ("Le salarié exercera les fonctions de soudeur-monteur, statut ouvrier, niveau II, "
                   "coefficient 190. Il pourra être amené à intervenir sur les chantiers des clients en "
                   "Île-de-France.")),
             ("h", "Article 3 - Période d'essai"),
             ("p", ("Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de deux "
                   "mois de travail effectif, renouvelable une fois avec l'accord écrit des parties.")),
             ("h", "Article 4 - Durée du travail"),
             ("p", "La durée hebdomadaire de travail est fixée à 35 heures, réparties du lundi au vendredi."),
             ("h", "Article 5 - Rémunération"),
             ("p", ("En contrepartie de son travail, le salarié percevra une rémunération mensuelle brute de "
                   "2 150,00 euros pour 151,67 heures de travail.")),
             ("h", "Article 6 - Congés payés, protection sociale"),
             ("p", ("Le salarié bénéficiera des congés payés prévus par la loi. Il sera affilié à la caisse de "
                   "retraite complémentaire AGIRC-ARRCO et au régime de prévoyance et de frais de santé de "
                   "l'entreprise.")),
             ("h", "Article 7 - Rupture du contrat"),
             ("p", ("Après la période d'essai, le contrat pourra être rompu à l'initiative de l'une ou l'autre "
                   "des parties dans les conditions prévues par le code du travail et la convention "
                   "collective."))]  # fmt: skip
    k = {"paragraphs": paras, "city": "Montreuil", "signed": date(2026, 4, 27)}
    cdi = fr.contract_cdi(k, rng)
    f4 = pk.text_pdf("Contrat_CDI_TRAORE_Moussa.pdf", cdi)
    pk.add([{"path": f4, "pages": list(range(1, len(render(cdi, 20)) + 1))}], "employment_contract", "text_pdf",
           {"employer": employer, "employee_name": "Moussa Ibrahim TRAORE", "contract_type": "CDI",
            "job_title": "soudeur-monteur", "start_date": "2026-05-04"}, "signed by both parties")  # fmt: skip

    for m, paid, netb, rate in (
        (10, date(2026, 10, 30), 1683.21, 0.0),
        (11, date(2026, 11, 30), 1701.45, 0.0),
    ):
        start = date(2026, m, 1)
        end = date(2026, m, 31 if m == 10 else 30)
        ps = {"start": start, "end": end, "paid": paid, "employer": employer, "employer_lines": emp_lines, "siret": siret,
                  "naf": "2511Z", "urssaf": "117 Île-de-France", "job": "Soudeur-monteur", "statut": "Ouvrier",
                  "entry": date(2026, 5, 4), "nir_print": "En cours d'attribution", "ccn": "Métallurgie (3248)",
                  "matricule": "00042", "hours": 151.67, "gross": 2150.0 + (0 if m == 10 else 23.5),
                  "employee_lines": ["Monsieur Moussa Ibrahim TRAORE", addr[0], addr[1], addr[2]],
                  "net_before_tax": netb, "pas_rate": rate, "net": round(netb, 2), "net_social": netb + 2.1}  # fmt: skip
        fn = pk.text_pdf(f"bulletin_paie_2026_{m:02d}.pdf", fr.payslip(ps, rng))
        pk.add([{"path": fn, "pages": [1]}], "payslip", "text_pdf",
               {"employer": employer, "employee_name": "Moussa Ibrahim TRAORE", "period": f"2026-{m:02d}",
                "net_pay": round(netb, 2), "siret": siret}, "bulletin clarifié")  # fmt: skip

    lease_body = [("h", "I. DÉSIGNATION DES PARTIES"),
                  ("p", ("Le présent contrat est conclu entre les soussignés : SCI LES TILLEULS, société civile "
                        "immobilière, 5 avenue de la Résistance, 93100 Montreuil, représentée par Mme Hélène "
                        "Marchetti, gérante, désignée ci-après « le bailleur » ;")),
                  ("p", ("et M. Moussa Ibrahim TRAORE, né le 17/04/1993 à Ségou (Mali), désigné ci-après « le "
                        "locataire ».")),
                  ("h", "II. OBJET DU CONTRAT"),
                  ("p", ("Le présent contrat a pour objet la location d'un logement situé 27 rue Édouard "
                        "Vaillant, bâtiment B, 3e étage, porte droite, 93100 Montreuil. Type : appartement T2, "
                        "surface habitable 38 m², immeuble collectif, régime de copropriété.")),
                  ("h", "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT"),
                  ("p", ("Date de prise d'effet du contrat : 1er juin 2026. Durée du contrat : 3 ans, "
                        "renouvelable par tacite reconduction.")),
                  ("h", "IV. CONDITIONS FINANCIÈRES"),
                  ("p", ("Montant du loyer mensuel : 780,00 € hors charges. Provision sur charges : 65,00 € "
                        "par mois, avec régularisation annuelle. Le loyer est payable mensuellement et "
                        "d'avance, le 5 de chaque mois. Dépôt de garantie : 780,00 €.")),
                  ("h", "V. TRAVAUX"), ("p", "Néant."),
                  ("h", "VI. GARANTIES"),
                  ("p", "Caution solidaire : garantie Visale n° V0521847 délivrée par Action Logement."),
                  ("h", "VII. CLAUSE RÉSOLUTOIRE"),
                  ("p", ("Le bail sera résilié de plein droit deux mois après un commandement de payer demeuré "
                        "infructueux, en cas de défaut de paiement du loyer, des charges ou du dépôt de "
                        "garantie, ou de défaut d'assurance des risques locatifs.")),
                  ("h", "VIII. ANNEXES"),
                  ("p", ("Sont annexés au présent contrat : le dossier de diagnostic technique, la notice "
                        "d'information, l'état des lieux d'entrée, le règlement de copropriété (extraits)."))]  # fmt: skip
    L = {"body": lease_body, "city": "Montreuil", "signed": date(2026, 5, 22)}
    lp = render(fr.lease(L, rng), 170)
    f5 = pk.image_pdf("bail_montreuil.pdf", lp)
    pk.add([{"path": f5, "pages": list(range(1, len(lp) + 1))}], "lease", "image_pdf",
           {"tenant_names": ["Moussa Ibrahim TRAORE"], "landlord": "SCI LES TILLEULS", "address": addr1,
            "start_date": "2026-06-01"}, "lease loi 1989 scanned after signature")  # fmt: skip

    iban, key = fr_iban("30003", "03620", "00050412378")
    r = {"color": (0.85, 0.0, 0.1), "font": "arial", "bank": "SOCIETE GENERALE", "edited": date(2026, 6, 3),
             "title": "Relevé d'Identité Bancaire", "holder_lines": ["M TRAORE MOUSSA IBRAHIM", addr[0], addr[2]],
             "branch_lines": ["MONTREUIL CROIX DE CHAVAUX", "4 PL JEAN JAURES", "93100 MONTREUIL"],
             "rib_parts": ["30003", "03620", "00050412378", key], "iban": iban, "bic": "SOGEFRPP",
             "notice": [("Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs "
                     "appelés à faire inscrire"), "des opérations à votre compte (virements, prélèvements...)."]}  # fmt: skip
    f6 = pk.text_pdf("RIB_SG.pdf", fr.rib_pdf(r, rng))
    pk.add([{"path": f6, "pages": [1]}], "rib", "text_pdf",
           {"holder_name": "M TRAORE MOUSSA IBRAHIM", "iban": iban, "bic": "SOGEFRPP",
            "bank_name": "Société Générale", "iban_valid": True, "rib_key_valid": True})  # fmt: skip

    fv = {"surname": "TRAORE", "given": "MOUSSA IBRAHIM", "sex": "M", "dob": dob, "pob_city": "SEGOU", "pob_country": "MALI",
              "nationality": "MALIENNE", "street": "27 RUE EDOUARD VAILLANT BAT B", "postcode": "93100",
              "city": "MONTREUIL", "phone": "07 58 21 44 90", "email": "moussa.traore93@gmail.com",
              "situation": "salarie", "contract": "CDI", "job": "SOUDEUR", "place": "Montreuil",
              "date_text": "24/11/2026", "signed_on": date(2026, 11, 24), "signed": True, "hand_font": "h-dkg"}  # fmt: skip
    f7 = pk.image_pdf("formulaire_S1106.pdf", render(form(fv, rng, "A", "hand"), 200))
    pk.add([{"path": f7, "pages": [1, 2]}], "application_form", "image_pdf", form_fields(fv, "employed"),
           "print run A, filled by hand in capitals, scanned")  # fmt: skip
    return {"as_of": iso(as_of), "employed": True, "status": "complete", "requirements": dict(ALL_OK),
            "defect": None, "applicant": {"surname": "TRAORE", "given_names": "MOUSSA IBRAHIM",
                                          "date_of_birth": iso(dob)}}  # fmt: skip


# =========================================================================== p02 Colombia
def P02(pk, sheet):
    rng = pk.rng
    as_of = date(2026, 12, 3)
    dob = date(2001, 9, 23)
    addr1 = "12 rue Chevreul, 69007 Lyon"
    p = {"country": "COL", "surname_print": "GÓMEZ RESTREPO", "given_print": "VALENTINA ANDREA",
             "surname_mrz": "GOMEZ RESTREPO", "given_mrz": "VALENTINA ANDREA", "number": "AV938271",
             "nat_print": "COLOMBIANA", "dob": dob, "sex": "F", "pob_print": "MEDELLÍN ANT COL",
             "issue": date(2023, 3, 14), "expiry": date(2033, 3, 13), "authority": "CANCILLERÍA"}  # fmt: skip
    pdf, pf = passport_doc(pk, p)
    im = render(pdf, 600)[0]
    f1 = pk.phone("IMG_4471.jpg", im, rot=0, shadow=True)
    pk.add(
        [{"path": f1, "pages": [1]}],
        "passport",
        "phone_photo",
        pf,
        "data page photo, shadow across it",
    )

    t = {"surname": "GÓMEZ RESTREPO", "given_print": "VALENTINA ANDREA", "sex": "F", "nat": "COL", "dob": dob,
             "number": "RF0731584", "expiry": date(2027, 9, 30), "title_type": "CARTE DE SEJOUR TEMPORAIRE",
             "remarks": "ETUDIANT",
             "back_lines": ["Lieu de naissance : MEDELLIN (COLOMBIE)", "Adresse : 12 RUE CHEVREUL 69007 LYON",
                         "Date de délivrance : 01 10 2026 - PRÉFECTURE DU RHÔNE",
                         "Autorise son titulaire à travailler à titre accessoire (964 h/an)"]}  # fmt: skip
    t["mrz"] = td1("IR", "FRA", t["number"], yymmdd(dob), "F", yymmdd(t["expiry"]), "COL", "GOMEZ RESTREPO",
                   "VALENTINA ANDREA")  # fmt: skip
    front, back = ids.card_front_back(t, rng, "titre")
    f2 = pk.scan("titre_sejour_recto_verso.jpg", sheet([front, back], 300), dpi=300)
    pk.add([{"path": f2, "pages": [1]}], "residence_permit", "scan",
           {"surname": "GÓMEZ RESTREPO", "given_names": "VALENTINA ANDREA", "document_number": t["number"],
            "nationality": "COL", "issuing_country": "FRA", "date_of_birth": iso(dob), "sex": "F",
            "expiry_date": iso(t["expiry"]), "mrz_valid": True},
           "titre de séjour étudiant, front and back on one scan")  # fmt: skip

    b = {"serial": "41528736", "notaria_no": "15", "code": "05001015", "office_place": "COLOMBIA - ANTIOQUIA - MEDELLÍN",
             "nuip": "1.036.948.215", "ap1": "GÓMEZ", "ap2": "RESTREPO", "given": "VALENTINA ANDREA", "dob": dob,
             "sexo": "FEMENINO", "blood": "O", "pob_full": "COLOMBIA - ANTIOQUIA - MEDELLÍN (CLÍNICA LAS AMÉRICAS)",
             "mother": "RESTREPO ÁLVAREZ LUZ MARINA", "m_id": "C.C. 43.512.908", "father": "GÓMEZ PINEDA JUAN CARLOS",
             "f_id": "C.C. 71.634.220", "reg": date(2001, 10, 5), "notary": "ANA LUCÍA VÉLEZ OSORIO",
             "notaria_city": "Medellín", "copy_date": date(2026, 6, 2)}  # fmt: skip
    f3 = pk.image_pdf("registro_civil_nacimiento.pdf", render(civ.colombia_registro(b, rng), 200))
    pk.add([{"path": f3, "pages": [1]}], "birth_certificate", "image_pdf",
           {"surname": "GÓMEZ RESTREPO", "given_names": "VALENTINA ANDREA", "date_of_birth": iso(dob),
            "place_of_birth": "Medellín, Antioquia", "issuing_country": "COL", "language": "es",
            "has_apostille": True}, "notarial copy of the registro civil de nacimiento")  # fmt: skip
    ap = {"country": "COLOMBIA", "signed_by": "ANA LUCÍA VÉLEZ OSORIO", "capacity": "NOTARIO",
              "seal_of": "NOTARÍA 15 DEL CÍRCULO DE MEDELLÍN", "at": "BOGOTÁ D.C.", "on_text": "15/06/2026",
              "by": "MINISTERIO DE RELACIONES EXTERIORES DE COLOMBIA", "number": "A8KQ2M7740615",
              "stamp_ring": "MINISTERIO DE RELACIONES EXTERIORES * ", "stamp_center": ["APOSTILLA", "COLOMBIA"],
              "stamp_col": (0.2, 0.3, 0.6), "e_signed": "OLGA P. SUÁREZ - Coordinadora GIT Apostilla",
              "header": ["REPÚBLICA DE COLOMBIA", "MINISTERIO DE RELACIONES EXTERIORES"],
              "footer": [("Código de verificación: 7F3K9Q2M - Verifique en https://tramites.cancilleria.gov.co/"
                      "apostillalegalizacion/consulta/"), ("El documento apostillado consta de 1 página(s). "
                      "La Apostilla no certifica el contenido del documento.")]}  # fmt: skip
    f4 = pk.text_pdf("apostilla_A8KQ2M7740615.pdf", civ.apostille(ap, rng, "es"))
    pk.add([{"path": f4, "pages": [1]}], "apostille", "text_pdf",
           {"country": "COL", "issued_on": "2026-06-15", "number": "A8KQ2M7740615",
            "signed_by": "ANA LUCÍA VÉLEZ OSORIO"}, "Colombian electronic apostille (PDF)")  # fmt: skip

    rec = ["Mme VALENTINA GOMEZ RESTREPO", "12 RUE CHEVREUL", "69007 LYON"]
    engie = dict(fr.ENGIE, provider_name="ENGIE", holder="Mme VALENTINA GOMEZ RESTREPO", address=addr1,
                 sender=["ENGIE - Service Clients", "TSA 21987", "92099 LA DEFENSE CEDEX"], recipient=rec,
                 title="Votre facture d'électricité", issue=date(2026, 9, 4), invoice="330 214 578 913",
                 ref_label="Référence client", ref="1 023 884 562", start=date(2026, 8, 1),
                 end=date(2026, 8, 31), amount=38.74, pay_text="Prélevé le 19/09/2026",
                 lines=[("Abonnement Elec Référence 3 Fixe - 6 kVA", 15.47),
                        ("Consommation 118 kWh (index 004512 - 004630)", 15.12),
                        ("Taxes et contributions (accise, CTA)", 1.69)],
                 legal=["ENGIE - SA au capital de 2 435 285 011 € - RCS Nanterre 542 107 651",
                        "PDL : 2148 3372 9106 52 - Médiateur national de l'énergie : www.energie-mediateur.fr"])  # fmt: skip
    f5 = pk.text_pdf("Facture_ENGIE_aout_2026.pdf", fr.bill(engie, rng))
    pk.add(
        [{"path": f5, "pages": [1]}], "utility_bill", "text_pdf", bill_fields(engie, "electricity")
    )
    orange = {"provider_name": "Orange", "holder": "Mme Valentina GOMEZ RESTREPO", "address": addr1,
                  "addr1": "12 rue Chevreul", "addr2": "69007 Lyon", "offer": "Livebox Fibre", "ref": "0412 883 910",
                  "invoice": "FA26-09-7740125", "issue": date(2026, 10, 3), "start": date(2026, 9, 1),
                  "end": date(2026, 9, 30), "amount": 32.99, "pay_text": "Prélèvement prévu le 17/10/2026",
                  "lines": [("Livebox Fibre", 29.99), ("Option TV", 3.00)]}  # fmt: skip
    f6 = pk.screenshot("Screenshot_20261014-104212.png", fr.bill_screenshot(orange, rng))
    pk.add([{"path": f6, "pages": [1]}], "utility_bill", "screenshot", bill_fields(orange, "internet"),
           "Orange app bill view")  # fmt: skip
    veolia = dict(fr.VEOLIA, provider_name="Veolia", holder="Mme GOMEZ RESTREPO Valentina", address=addr1,
                  sender=["Veolia Eau - Métropole de Lyon", "TSA 90210", "69912 LYON CEDEX 20"],
                  recipient=["Mme GOMEZ RESTREPO Valentina", "12 rue Chevreul", "69007 LYON"],
                  title="Facture d'eau - mensualité réelle", issue=date(2026, 11, 6), invoice="EL2611-448172",
                  ref_label="Référence contrat", ref="4401 7728", start=date(2026, 10, 1),
                  end=date(2026, 10, 31), amount=21.36, pay_text="À payer avant le 26/11/2026",
                  lines=[("Abonnement eau potable", 4.12), ("Consommation 3 m³", 6.27),
                         ("Collecte et traitement des eaux usées", 6.83),
                         ("Redevances Agence de l'eau", 2.58)],
                  legal=["Eau du Grand Lyon - Veolia Eau Compagnie Générale des Eaux",
                         "Service client : 09 69 39 56 34 (appel non surtaxé)"])  # fmt: skip
    f7 = pk.phone("IMG_4490.jpg", render(fr.bill(veolia, rng), 200)[0], rot=2)
    pk.add([{"path": f7, "pages": [1]}], "utility_bill", "phone_photo", bill_fields(veolia, "water"),
           "photo upside down (rotated 180)")  # fmt: skip

    acct = "00040512987"
    iban, key = fr_iban("40618", "80323", acct)
    r = {"account_label": "Compte bancaire • Mme Valentina Gomez Restrepo", "holder": "Mme VALENTINA GOMEZ RESTREPO",
             "addr1": "12 RUE CHEVREUL", "addr2": "69007 LYON", "iban": iban, "bic": "BOUSFRPPXXX",
             "parts": ["40618", "80323", acct, key]}  # fmt: skip
    f8 = pk.screenshot("Screenshot_20261127-091733.png", fr.bourso_screenshot(r, rng))
    pk.add([{"path": f8, "pages": [1]}], "rib", "screenshot",
           {"holder_name": "Mme VALENTINA GOMEZ RESTREPO", "iban": iban, "bic": "BOUSFRPPXXX",
            "bank_name": "BoursoBank", "iban_valid": True, "rib_key_valid": True},
           "BoursoBank app RIB screen")  # fmt: skip

    fv = {"surname": "GÓMEZ RESTREPO", "given": "VALENTINA ANDREA", "sex": "F", "dob": dob, "pob_city": "MEDELLÍN",
              "pob_country": "COLOMBIE", "nationality": "colombienne", "street": "12 rue Chevreul", "postcode": "69007",
              "city": "LYON", "phone": "06 44 18 72 05", "email": "vale.gomezr@outlook.com", "situation": "etudiant",
              "place": "Lyon", "date_text": "28/11/2026", "signed_on": date(2026, 11, 28), "signed": True}  # fmt: skip
    f9 = pk.text_pdf("S1106_demande_PUMa_rempli.pdf", form(fv, rng, "B", "acroform"))
    pk.add([{"path": f9, "pages": [1, 2]}], "application_form", "text_pdf", form_fields(fv, "not_employed"),
           "fillable PDF (AcroForm text fields and checkboxes with appearance streams), signature image pasted")  # fmt: skip
    req = dict(ALL_OK, employment="not_applicable")
    return {"as_of": iso(as_of), "employed": False, "status": "complete", "requirements": req, "defect": None,
            "applicant": {"surname": "GOMEZ RESTREPO", "given_names": "VALENTINA ANDREA",
                          "date_of_birth": iso(dob)}}  # fmt: skip


from cd_packets2 import P03, P04

_ = (fr_long, iban_check, iban_valid, mrz_cd, nir_with_key, P03, P04)
