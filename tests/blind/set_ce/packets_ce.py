"""The four packets of set_ce."""

from datetime import date as D

import ce_docs as cd
import ce_docs2 as c2
import ce_form as cf
from ce_kit import (
    fr_iban,
    image_pdf,
    photo_look,
    scan_look,
    text_pdf,
    to_image,
)
from ce_pack import (
    P_STYLE,
    Packet,
    bill_fields,
    card_scan,
    form_fields,
    idf,
    mkbill,
    rib_fields,
    write_truth,
)

REQ_OK = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def reqs(employed, **over):
    r = {k: "complete" for k in REQ_OK}
    if not employed:
        r["employment"] = "not_applicable"
    r.update(over)
    return r


def applicant(p):
    return {
        "surname": p["sur"].upper(),
        "given_names": p["giv"].upper(),
        "date_of_birth": p["dob"].isoformat(),
    }


def bc_fields(p, place, country, lang, apost):
    return {
        "surname": p["sur"].upper(),
        "given_names": p["giv"].upper(),
        "date_of_birth": p["dob"].isoformat(),
        "place_of_birth": place,
        "issuing_country": country,
        "language": lang,
        "has_apostille": apost,
    }


def visa_fields(p, category):
    f = idf(p, p["visa_no"], nat=p["nat3"])
    f.update(
        issuing_country="FRA",
        expiry_date=p["visa_to"].isoformat(),
        visa_type="D",
        vls_ts=True,
        category=category,
        valid_from=p["visa_from"].isoformat(),
        valid_until=p["visa_to"].isoformat(),
    )
    return f


def pp_fields(p):
    f = idf(p, p["pp_no"])
    f["expiry_date"] = p["pp_exp"].isoformat()
    return f


def passport_and_visa(pk, p):
    pp, _ = cd.passport(p, P_STYLE[p["iss3"]], pk.r())
    vi, _ = cd.visa_page(p, pk.r())
    return pp, vi


# --------------------------------------------------------------------- p01 USA
def p01(out):
    pk = Packet(out, "p01", 1101)
    as_of = D(2026, 11, 23)
    a = {
        "sur": "Hartwell",
        "giv": "Emily Rose",
        "sex": "F",
        "dob": D(1990, 3, 14),
        "iss3": "USA",
        "nat3": "USA",
        "nat_en": "UNITED STATES OF AMERICA",
        "pob_pp": "CALIFORNIA, U.S.A.",
        "pp_no": "A04918273",
        "pp_iss": D(2023, 6, 12),
        "pp_exp": D(2033, 6, 11),
        "pp_auth": "United States",
        "pp_type_line": "P  USA",
        "tone": (214, 178, 150),
        "visa_no": "025841739",
        "visa_from": D(2026, 4, 2),
        "visa_to": D(2027, 4, 1),
        "visa_days": 365,
        "visa_place": "WASHINGTON",
        "visa_iss": D(2026, 3, 10),
        "visa_remark": "VLS-TS CONJOINT DE FRANCAIS",
        "bc_no": "101-1990-034217",
        "bc_hosp": "SUTTER MEMORIAL HOSPITAL",
        "bc_street": "5151 F STREET",
        "father": ("MICHAEL", "HARTWELL"),
        "mother": ("SUSAN", "DELGADO"),
        "bc_iss": D(2026, 1, 27),
        "addr1": "27 rue Paul Bert",
        "cp": "69003",
        "city": "Lyon",
        "giv_form": "Emily Rose",
        "pob_form": "Sacramento, États-Unis",
        "nat_form": "Américaine",
        "tel": "07 68 21 44 90",
        "email": "emily.hartwell90@gmail.com",
    }
    h = {
        "sur": "Marchand",
        "giv": "Julien Pierre",
        "sex": "M",
        "dob": D(1987, 11, 2),
        "pob": "LYON 4E (69)",
        "cni_no": "X4RT72K19",
        "cni_iss": D(2022, 2, 14),
        "cni_exp": D(2032, 2, 13),
        "cni_auth": "Préfecture du Rhône",
        "tone": (225, 190, 165),
        "addr1": "27 RUE PAUL BERT",
        "cp": "69003",
        "city": "Lyon",
    }
    pp, vi = passport_and_visa(pk, a)
    pk.jpg(
        photo_look(to_image(pp, 450), pk.r(), 3968, 0, (96, 70, 52), 0.72),
        "IMG_20261118_094512.jpg",
    )
    pk.doc(
        [("IMG_20261118_094512.jpg", [1])],
        "passport",
        "phone_photo",
        pp_fields(a),
        "US passport data page on a wooden table",
    )
    pk.jpg(
        photo_look(to_image(vi, 450), pk.r(), 3968, 90, (96, 70, 52), 0.7),
        "IMG_20261118_094530.jpg",
    )
    pk.doc(
        [("IMG_20261118_094530.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        visa_fields(a, "CONJOINT DE FRANCAIS"),
        "VLS-TS sticker; photo rotated 90 degrees",
    )
    pk.jpg(
        scan_look(to_image(cd.ca_birth(a, pk.r()), 200), pk.r(), (238, 242, 232)),
        "birth_certificate_CA.jpg",
        85,
    )
    pk.doc(
        [("birth_certificate_CA.jpg", [1])],
        "birth_certificate",
        "scan",
        bc_fields(a, "Sacramento, California", "USA", "en", True),
        "California certified copy (Certificate of Live Birth), US letter size",
    )
    ap = {
        "l_country": "Country:",
        "country": "United States of America",
        "l_intro": "This public document",
        "l2": "has been signed by",
        "signed_by": "Donna Allred",
        "l3": "acting in the capacity of",
        "capacity": "Clerk/Recorder, County of Sacramento",
        "l4": "bears the seal/stamp of",
        "seal_of": "Sacramento County Clerk/Recorder",
        "l_cert": "Certified",
        "l5": "at",
        "place": "Sacramento, California",
        "l6": "the",
        "date_text": "February 9, 2026",
        "l7": "by",
        "by": "Shirley N. Weber, Ph.D., Secretary of State of California",
        "l8": "No.",
        "number": "2026-SA-0088417",
        "l9": "Seal/stamp:",
        "l10": "Signature:",
        "stamp": ["SECRETARY", "OF STATE", "CALIFORNIA"],
        "signer_line": "Assistant Secretary of State",
    }
    pk.jpg(scan_look(to_image(cd.apostille(ap, pk.r()), 200), pk.r()), "apostille.jpg", 85)
    pk.doc(
        [("apostille.jpg", [1])],
        "apostille",
        "scan",
        {
            "country": "USA",
            "issued_on": "2026-02-09",
            "number": "2026-SA-0088417",
            "signed_by": "Shirley N. Weber, Ph.D., Secretary of State of California",
        },
        "Hague apostille for the California birth certificate",
    )
    att = {
        "host": "Julien Pierre MARCHAND",
        "host_dob": h["dob"],
        "host_pob": "Lyon (69)",
        "addr1": "27 rue Paul Bert",
        "cp": "69003",
        "city": "Lyon",
        "hosted": "Emily Rose HARTWELL",
        "hosted_dob": a["dob"],
        "hosted_pob": "Sacramento (USA)",
        "since": D(2026, 4, 10),
        "signed_on": D(2026, 11, 15),
    }
    att_img = to_image(c2.attestation_hand(att, pk.r()), 200)
    pk.jpg(
        photo_look(att_img, pk.r(), 4000, 0, (180, 180, 176), 0.8), "attestation_hebergement.jpg"
    )
    pk.doc(
        [("attestation_hebergement.jpg", [1])],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "JULIEN PIERRE MARCHAND",
            "hosted_name": "EMILY ROSE HARTWELL",
            "address": "27 rue Paul Bert, 69003 Lyon",
            "since_date": "2026-04-10",
            "signed_on": "2026-11-15",
            "signed": True,
        },
        "handwritten on squared paper by the husband",
    )
    f, b, _ = cd.fr_cni(h, pk.r())
    image_pdf(pk.dir / "CNI_Julien.pdf", [card_scan(pk, [f, b])])
    hf = {
        "surname": "MARCHAND",
        "given_names": "JULIEN PIERRE",
        "document_number": h["cni_no"],
        "nationality": "FRA",
        "issuing_country": "FRA",
        "date_of_birth": "1987-11-02",
        "sex": "M",
        "expiry_date": "2032-02-13",
        "mrz_valid": True,
    }
    pk.doc(
        [("CNI_Julien.pdf", [1])],
        "national_id",
        "image_pdf",
        hf,
        "host's French identity card, front and back on one scanned page",
    )
    ls = {
        "kind": "Logement nu à usage de résidence principale",
        "landlord": "SCI Les Tilleuls, représentée par M. Bernard Ollier",
        "landlord_addr": "4 quai de Bondy, 69005 Lyon",
        "tenants": ["M. Julien MARCHAND"],
        "addr1": "27 rue Paul Bert, 3e étage gauche",
        "cp": "69003",
        "city": "Lyon",
        "desc": "Appartement de type T3, 64 m², cave n° 12.",
        "start": D(2021, 9, 1),
        "duration": "trois ans, renouvelable par tacite reconduction",
        "rent": 1045.0,
        "charges": 95.0,
        "sign_city": "Lyon",
        "signed": D(2021, 8, 24),
        "clauses": [
            ("V. TRAVAUX", "Néant."),
            ("VI. GARANTIES", ("Dépôt de garantie : 1 045,00 € (un mois de loyer hors charges).")),
            (
                "VII. CLAUSE RÉSOLUTOIRE",
                (
                    "Le bail sera résilié de plein droit en cas de "
                    "défaut de paiement du loyer deux mois après un commandement demeuré "
                    "infructueux."
                ),
            ),
            (
                "VIII. ANNEXES",
                (
                    "Diagnostic de performance énergétique, état des lieux, "
                    "notice d'information, règlement de copropriété (extraits)."
                ),
            ),
        ],
    }
    lpages = c2.lease(ls, pk.r())
    image_pdf(
        pk.dir / "bail_appartement.pdf",
        [scan_look(to_image(pg, 200), pk.r()) for pg in lpages],
        200,
    )
    pk.doc(
        [("bail_appartement.pdf", [1, 2, 3])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["JULIEN MARCHAND"],
            "landlord": "SCI Les Tilleuls",
            "address": "27 rue Paul Bert, 69003 Lyon",
            "start_date": "2021-09-01",
        },
        "host's lease (the husband's), used for the hosting route",
    )
    bt = mkbill(
        "total",
        "M JULIEN MARCHAND",
        h | {"addr1": "27 rue Paul Bert"},
        D(2026, 11, 6),
        D(2026, 10, 1),
        D(2026, 10, 31),
        68.42,
        "10448217365",
        "3021 884 517",
        [
            ("Abonnement Offre Essentielle 9 kVA", 18.04),
            ("Consommation 276 kWh", 42.11),
            ("Taxes et contributions", 8.27),
        ],
        "Point de livraison 21 4471 8830 2619 – 27 rue Paul Bert 69003 Lyon",
        "Prélevé le 20/11/2026 sur votre compte",
    )
    text_pdf(
        pk.dir / "Facture_TotalEnergies_102026.pdf",
        c2.bill(bt, pk.r()),
        title="Facture",
        creator="TotalEnergies",
    )
    pk.doc(
        [("Facture_TotalEnergies_102026.pdf", [1, 2])],
        "utility_bill",
        "text_pdf",
        bill_fields(bt, "electricity"),
        "host's electricity bill, one month",
    )
    iban, key = fr_iban("20041", "01007", "05843210385")
    rib = {
        "bank": "La Banque Postale",
        "title": "Relevé d'Identité Bancaire",
        "color": (0, 51, 153),
        "fonts": ("arial", "arialb"),
        "intro": "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
        "débiteurs appelés à faire inscrire des opérations à votre compte.",
        "holder_label": "Titulaire du compte",
        "holder_lines": [
            "M JULIEN MARCHAND OU MME EMILY HARTWELL",
            "27 RUE PAUL BERT",
            "69003 LYON",
        ],
        "branch_lines": ["LA BANQUE POSTALE", "CENTRE FINANCIER DE LYON", "69900 LYON CEDEX 20"],
        "rib": ["20041", "01007", "05843210385", key],
        "iban": iban,
        "bic": "PSSTFRPPLYO",
        "footer": "La Banque Postale – SA à Directoire et Conseil de surveillance – 115 rue de "
        "Sèvres 75275 Paris Cedex 06 – RCS Paris 421 100 645",
    }
    text_pdf(
        pk.dir / "RIB_compte_joint.pdf",
        [c2.rib_pdf(rib, pk.r())],
        title="RIB",
        creator="La Banque Postale",
    )
    pk.doc(
        [("RIB_compte_joint.pdf", [1])],
        "rib",
        "text_pdf",
        rib_fields(
            "M JULIEN MARCHAND OU MME EMILY HARTWELL",
            iban,
            "PSSTFRPPLYO",
            "La Banque Postale",
            True,
        ),
        "joint account including the applicant",
    )
    v = cf.form_values(a, "Lyon", D(2026, 11, 16), "sans_activite")
    p1, p2, _, _, box, le = cf.form(v, "hand", pk.r(), 1, "h_ecolier")
    cf.sign_and_date(p2, box, le, v, pk.r(), "h_ecolier")
    pk.jpg(
        photo_look(to_image(p1, 250), pk.r(), 3968, 0, (150, 150, 155), 0.82),
        "IMG_20261118_101203.jpg",
    )
    pk.jpg(
        photo_look(to_image(p2, 250), pk.r(), 3968, 270, (150, 150, 155), 0.82),
        "IMG_20261118_101219.jpg",
    )
    pk.doc(
        [("IMG_20261118_101203.jpg", [1]), ("IMG_20261118_101219.jpg", [1])],
        "application_form",
        "phone_photo",
        form_fields(v, False, "sans_activite"),
        "cerfa filled by hand (print run 1); page 2 photographed rotated 270",
    )
    write_truth(
        out,
        pk,
        {
            "as_of": as_of.isoformat(),
            "employed": False,
            "status": "complete",
            "requirements": reqs(False),
            "defect": None,
            "applicant": applicant(a),
            "route": "hosting_attestation",
        },
    )
    return "p01"
