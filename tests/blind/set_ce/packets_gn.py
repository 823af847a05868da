"""Packet p02 of set_ce (Guinea, lease, employed)."""

from datetime import date as D

import ce_docs as cd
import ce_docs2 as c2
import ce_form as cf
from ce_kit import (
    fr_iban,
    image_pdf,
    nir_key,
    photo_look,
    scan_look,
    siret_with_luhn,
    text_pdf,
    to_image,
)
from ce_pack import P_STYLE, Packet, form_fields, idf, rib_fields, write_truth
from packets_ce import applicant, bc_fields, pp_fields, reqs


# --------------------------------------------------------------------- p02 Guinea
def p02(out):
    pk = Packet(out, "p02", 2202)
    as_of = D(2026, 11, 27)
    a = {
        "sur": "Bah",
        "giv": "Fatoumata Binta",
        "sex": "F",
        "dob": D(1995, 8, 2),
        "iss3": "GIN",
        "nat3": "GIN",
        "nat_en": "GUINÉENNE",
        "pob_pp": "CONAKRY",
        "pp_no": "R1846320",
        "pp_iss": D(2024, 2, 20),
        "pp_exp": D(2029, 2, 19),
        "pp_auth": "DCPAF CONAKRY",
        "pp_type_line": "P  GIN",
        "tone": (120, 82, 58),
        "ts_no": "9K3T51208",
        "ts_from": D(2026, 1, 15),
        "ts_to": D(2027, 1, 14),
        "ts_type": "CARTE DE SEJOUR TEMPORAIRE",
        "ts_mention": "SALARIÉ",
        "ts_auth": "PRÉFECTURE DE LA SEINE-SAINT-DENIS",
        "addr1": "8 rue Émile Zola, Apt 23",
        "cp": "93100",
        "city": "Montreuil",
        "bc_no": "2417/1995",
        "bc_iss": D(2025, 10, 6),
        "leg1": D(2025, 10, 20),
        "leg2": D(2025, 10, 28),
        "leg_no": "LEG-25-01873",
        "giv_form": "Fatoumata Binta",
        "pob_form": "Conakry (Guinée)",
        "nat_form": "Guinéenne",
        "tel": "06 51 09 37 72",
        "email": "fatoumatabinta.bah@yahoo.fr",
    }
    pp, _ = cd.passport(a, P_STYLE["GIN"], pk.r())
    pk.jpg(photo_look(to_image(pp, 450), pk.r(), 3264, 0, (200, 198, 190), 0.75), "passeport.jpg")
    pk.doc(
        [("passeport.jpg", [1])],
        "passport",
        "phone_photo",
        pp_fields(a),
        "Guinean passport data page, 3264 px photo",
    )
    tf, tb, _ = cd.titre_sejour(a, pk.r())
    pk.jpg(photo_look(to_image(tf, 900), pk.r(), 3024, 0, (60, 62, 70), 0.6), "titre_recto.jpg")
    pk.jpg(photo_look(to_image(tb, 900), pk.r(), 3024, 180, (60, 62, 70), 0.6), "titre_verso.jpg")
    tsf = idf(a, a["ts_no"])
    tsf.update(issuing_country="FRA", expiry_date=a["ts_to"].isoformat())
    pk.doc(
        [("titre_recto.jpg", [1]), ("titre_verso.jpg", [1])],
        "residence_permit",
        "phone_photo",
        tsf,
        "carte de séjour temporaire salarié; verso photographed upside down",
    )
    g1, g2 = cd.gn_birth(a, pk.r())
    image_pdf(
        pk.dir / "acte_de_naissance.pdf",
        [scan_look(to_image(g, 200), pk.r()) for g in (g1, g2)],
        200,
    )
    pk.doc(
        [("acte_de_naissance.pdf", [1, 2])],
        "birth_certificate",
        "image_pdf",
        bc_fields(a, "Conakry (Ratoma)", "GIN", "fr", False),
        "Guinea requires legalisation, not an apostille: page 2 carries the Guinean MFA "
        "légalisation and the French consulate's légalisation",
    )
    ls = {
        "kind": "Logement non meublé — résidence principale",
        "landlord": "M. et Mme Gérard ROUX, représentés par FONCIA Paris Est",
        "landlord_addr": "12 avenue de la République, 93100 Montreuil",
        "tenants": ["Mme Fatoumata Binta BAH"],
        "addr1": "8 rue Émile Zola, Apt 23",
        "cp": "93100",
        "city": "Montreuil",
        "desc": "Studio de 27 m², 2e étage, chauffage individuel électrique.",
        "start": D(2026, 2, 1),
        "duration": "trois ans à compter de la date de prise d'effet",
        "rent": 640.0,
        "charges": 45.0,
        "sign_city": "Montreuil",
        "signed": D(2026, 1, 22),
        "clauses": [
            ("V. TRAVAUX", "Néant."),
            (
                "VI. GARANTIES",
                ("Dépôt de garantie : 640,00 €. Caution : Garantie Visale n° V2601488123."),
            ),
            ("VII. CLAUSE DE SOLIDARITÉ", "Sans objet (locataire unique)."),
            (
                "VIII. HONORAIRES",
                ("Honoraires de location à la charge du locataire : 324,00 € TTC."),
            ),
        ],
    }
    image_pdf(
        pk.dir / "bail.pdf",
        [scan_look(to_image(pg, 200), pk.r()) for pg in c2.lease(ls, pk.r())],
        200,
        "HP Smart",
    )
    pk.doc(
        [("bail.pdf", [1, 2, 3])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["FATOUMATA BINTA BAH"],
            "landlord": "M. et Mme Gérard ROUX (FONCIA Paris Est)",
            "address": "8 rue Émile Zola, Apt 23, 93100 Montreuil",
            "start_date": "2026-02-01",
        },
        "lease in the applicant's name, started ten months before as_of",
    )
    nir13 = "2950899330047"
    nir = (
        f"{nir13[0]} {nir13[1:3]} {nir13[3:5]} {nir13[5:7]} {nir13[7:10]} {nir13[10:]} "
        f"{nir_key(nir13)}"
    )
    siret = siret_with_luhn("4128805310002")
    s = {
        "employer": "CLINIQUE DES LILAS SAS",
        "emp_addr": ["41 avenue du Maréchal Juin", "93260 Les Lilas"],
        "siret": siret,
        "naf": "8610Z",
        "ccn": "Hospitalisation privée (IDCC 2264)",
        "employee": "Mme Fatoumata Binta BAH",
        "addr1": "8 rue Émile Zola, Apt 23",
        "cp": "93100",
        "city": "Montreuil",
        "job": "Agente de service hospitalier – CDI",
        "nir": nir,
        "hired": D(2026, 3, 2),
        "matricule": "00417",
        "p_start": D(2026, 10, 1),
        "p_end": D(2026, 10, 31),
        "paid": D(2026, 10, 30),
        "rows": [
            ("Salaire de base", "151,67", "12,1000", "", "1 835,21"),
            ("Prime dimanches et jours fériés", "", "", "", "96,40"),
            ("SALAIRE BRUT", "", "", "", "1 931,61"),
            ("Santé", "1 931,61", "", "22,44", ""),
            ("Retraite sécurité sociale plafonnée", "1 931,61", "6,900", "133,28", ""),
            ("Retraite complémentaire T1", "1 931,61", "4,010", "77,46", ""),
            ("Assurance chômage", "", "", "0,00", ""),
            ("CSG déductible de l'impôt sur le revenu", "1 897,81", "6,800", "129,05", ""),
            ("CSG/CRDS non déductible", "1 897,81", "2,900", "55,04", ""),
            ("Exonération de cotisations employeur", "", "", "", ""),
        ],
        "net_before": 1514.34,
        "pas_rate": "0,0 %",
        "pas": 0.0,
        "net": 1514.34,
    }
    text_pdf(
        pk.dir / "bulletin_salaire_octobre_2026.pdf",
        [c2.payslip(s, pk.r())],
        title="Bulletin de paie 10/2026",
        creator="Silae",
    )
    pk.doc(
        [("bulletin_salaire_octobre_2026.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": "CLINIQUE DES LILAS SAS",
            "employee_name": "FATOUMATA BINTA BAH",
            "period": "2026-10",
            "net_pay": 1514.34,
            "siret": siret,
        },
        f"bulletin clarifié; NIR printed with key {nir_key(nir13)}",
    )
    iban, key = fr_iban("30003", "03620", "00050712345")
    rib = {
        "bank": "Société Générale",
        "bic": "SOGEFRPP",
        "iban": iban,
        "account_name": "Compte Sobrio",
        "acc_mask": "N° •••• 2345",
        "opened": "04/02/2026",
        "holder_lines": ["MME FATOUMATA BINTA BAH", "8 RUE EMILE ZOLA APT 23", "93100 MONTREUIL"],
        "branch_lines": ["SG MONTREUIL CROIX DE CHAVAUX (03620)"],
    }
    c2.rib_screenshot(rib, pk.r()).save(
        pk.dir / "Screenshot_20261120-140712.png", "PNG", optimize=False
    )
    pk.doc(
        [("Screenshot_20261120-140712.png", [1])],
        "rib",
        "screenshot",
        rib_fields("MME FATOUMATA BINTA BAH", iban, "SOGEFRPP", "Société Générale", True),
        f"banking-app RIB screen; RIB key {key} (not shown)",
    )
    v = cf.form_values(
        a, "Montreuil", D(2026, 11, 21), "salarie", "Agente de service hospitalier", "CDI"
    )
    p1, p2, _, _, box, le = cf.form(v, "typed", pk.r(), 2)
    cf.sign_and_date(p2, box, le, v, pk.r(), "h_dkg", date_typed=True)
    image_pdf(
        pk.dir / "cerfa_15763.pdf", [scan_look(to_image(p, 200), pk.r()) for p in (p1, p2)], 200
    )
    pk.doc(
        [("cerfa_15763.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        form_fields(v, True, "salarie", "CDI"),
        "typed on screen (print run 2), printed, signed by hand, scanned",
    )
    write_truth(
        out,
        pk,
        {
            "as_of": as_of.isoformat(),
            "employed": True,
            "status": "complete",
            "requirements": reqs(True),
            "defect": None,
            "applicant": applicant(a),
            "route": "lease",
        },
    )
    return "p02"
