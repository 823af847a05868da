"""Packet p03 of set_w."""

from functools import partial as P

import docs_fr as F
import docs_id as I
import wdraw as W
from wkit import (
    INDIA,
    Packet,
    a4,
    card,
    form_fields,
    id_fields,
    make_rib,
    passport_data,
    rib_fields,
    siret,
)

ALL_OK = {
    k: "complete"
    for k in [
        "application_form",
        "identity",
        "residence_status",
        "birth_certificate",
        "residence_proof",
        "bank_details",
        "employment",
    ]
}


def p03(out):
    """Indian data scientist near Paris, titre de sejour; SFR bills with a missing month."""
    pk = Packet(out, "p03", 303)
    rng = pk.rng
    sur, giv, dob = "KRISHNAMURTHY", "ANANYA", "1996-12-02"
    street, cp, city = "5 rue Paul Bert", "92130", "Issy-les-Moulineaux"
    f = {
        "fill": "typed",
        "run": 1,
        "surname": sur,
        "given": "Ananya",
        "sex": "F",
        "dob": dob,
        "pob_city": "Mumbai",
        "pob_country": "Inde",
        "nationality": "indienne",
        "street": street,
        "cp": cp,
        "city": city,
        "phone": "+33 6 44 90 12 75",
        "email": "ananya.k@protonmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Data scientist — Nexalys Technologies",
        "place": "Issy-les-Moulineaux",
        "signed_on": "2026-11-10",
        "sig_name": "Ananya K.",
    }
    pk.text_pdf(
        "Formulaire_PUMa_rempli.pdf",
        [P(F.form_p1, f=f), lambda pg: F.form_p2(pg, f, rng)],
        title="S1106",
    )
    pk.add(
        [{"path": "Formulaire_PUMa_rempli.pdf", "pages": [1, 2]}],
        "application_form",
        "text_pdf",
        form_fields(f, True),
        "filled on screen; drawn (vector) signature pasted in the box",
    )
    pp = passport_data(
        INDIA,
        "IND",
        sur,
        giv,
        "V4817362",
        "INDIAN",
        dob,
        "F",
        "MUMBAI, MAHARASHTRA",
        "2022-01-18",
        "2032-01-17",
        "MUMBAI",
        (150, 105, 80),
    )
    pk.image_pdf(
        "passport.pdf", [W.on_paper(card(I.passport, pp, rng, dpi=150), rng, 150, at=(40, 25))]
    )
    pk.add(
        [{"path": "passport.pdf", "pages": [1]}],
        "passport",
        "image_pdf",
        id_fields(sur, giv, "V4817362", "IND", "IND", dob, "F", "2032-01-17"),
        "",
    )
    rp = {
        "surname": sur,
        "given": giv,
        "sex": "F",
        "nat": "IND",
        "dob": dob,
        "title_type": "PASSEPORT TALENT - SALARIÉ QUALIFIÉ",
        "expiry": "2030-02-09",
        "number": "L4X92K7T5",
        "remark": "CARTE PLURIANNUELLE",
        "pob": "MUMBAI (INDE)",
        "address": [street.upper(), f"{cp} {city.upper()}"],
        "issue": "2026-02-10",
        "prefecture": "HAUTS-DE-SEINE",
        "skin": (150, 105, 80),
    }
    rp["mrz"] = W.td1(
        "IR", "FRA", rp["number"], I.mrzd(dob), "F", I.mrzd(rp["expiry"]), "IND", sur, giv
    )
    pk.phone("titre_sejour_recto.jpg", card(I.permit_front, rp, rng, 85.6, 54, 500), landscape=True)
    pk.phone(
        "titre_sejour_verso.jpg",
        card(I.permit_back, rp, rng, 85.6, 54, 500),
        rot90=2,
        landscape=True,
    )
    pk.add(
        [
            {"path": "titre_sejour_recto.jpg", "pages": [1]},
            {"path": "titre_sejour_verso.jpg", "pages": [1]},
        ],
        "residence_permit",
        "phone_photo",
        id_fields(sur, giv, "L4X92K7T5", "IND", "FRA", dob, "F", "2030-02-09"),
        "card front and back; back photo upside down; TD1 MRZ (IR) on the back",
    )
    b = {
        "ward": "K/W",
        "full_name": "ANANYA KRISHNAMURTHY",
        "sex_word": "FEMALE",
        "dob": dob,
        "pob": "HOLY SPIRIT HOSPITAL, ANDHERI (E), MUMBAI",
        "mother": "LAKSHMI KRISHNAMURTHY",
        "father": "R. KRISHNAMURTHY",
        "parents_addr": "14 SAHAR ROAD, ANDHERI (E), MUMBAI 400069",
        "reg_no": "B-1996-KW-0048213",
        "registered": "1996-12-09",
        "issued": "2025-11-20",
    }
    ap = {
        "labels": [
            "Country:",
            "has been signed by",
            "acting in the capacity of",
            "bears the seal/stamp of",
            "at",
            "the",
            "by",
            "No.",
            "Seal/stamp:",
            "Signature:",
        ],
        "country": "INDIA",
        "signed_by": "S. KULKARNI",
        "capacity": "REGISTRAR OF BIRTHS",
        "seal": "MCGM, MUMBAI",
        "at": "NEW DELHI",
        "issued_on": "2025-12-08",
        "by": "MINISTRY OF EXTERNAL AFFAIRS",
        "number": "DL/MEA/2025/0871452",
        "seal_text": "MEA NEW DELHI",
        "signed_by_sig": "A. Sharma",
        "intro": "This public document",
        "certified": "Certified",
        "tfont": "sansb",
    }
    pages = [
        a4(lambda pg: I.birth_india(pg, b, rng), rng=rng),
        a4(lambda pg: I.apostille(pg, ap, rng, x0=30, y0=40, w=150), rng=rng),
    ]
    pk.image_pdf("birth_certificate_apostille.pdf", pages)
    pk.add(
        [{"path": "birth_certificate_apostille.pdf", "pages": [1]}],
        "birth_certificate",
        "image_pdf",
        {
            "surname": sur,
            "given_names": giv,
            "date_of_birth": dob,
            "place_of_birth": "MUMBAI",
            "issuing_country": "IND",
            "language": "en",
            "has_apostille": True,
        },
        "printed as one 'NAME : ANANYA KRISHNAMURTHY' line",
    )
    pk.add(
        [{"path": "birth_certificate_apostille.pdf", "pages": [2]}],
        "apostille",
        "image_pdf",
        {
            "country": "IND",
            "issued_on": "2025-12-08",
            "number": "DL/MEA/2025/0871452",
            "signed_by": "MINISTRY OF EXTERNAL AFFAIRS",
        },
        "",
    )
    for m, last, i in [("07", "31", 0), ("08", "31", 1), ("10", "31", 2)]:
        bl = {
            "number": f"SF{m}26{90412 + i}",
            "issue": f"2026-{m}-05",
            "account": "0491285573",
            "holder_printed": "MME ANANYA KRISHNAMURTHY",
            "street": street,
            "cp": cp,
            "city": city,
            "amount": "34.99",
            "sub": "39.99",
            "start": f"2026-{m}-01",
            "end": f"2026-{m}-{last}",
        }
        fn = f"SFR_facture_{m}_2026.pdf"
        pk.text_pdf(fn, [P(F.bill_sfr, b=bl)], title="Facture SFR")
        pk.add(
            [{"path": fn, "pages": [1]}],
            "utility_bill",
            "text_pdf",
            {
                "provider": "SFR",
                "service": "internet",
                "holder_name": "ANANYA KRISHNAMURTHY",
                "address": f"{street}, {cp} {city}",
                "issue_date": f"2026-{m}-05",
                "period_start": f"2026-{m}-01",
                "period_end": f"2026-{m}-{last}",
                "month": f"2026-{m}",
                "amount": "34.99",
            },
            "DEFECT: July, August, October — September missing" if m == "10" else "",
        )
    st = siret(rng)
    c = {
        "employer": "NEXALYS TECHNOLOGIES",
        "form": "SAS",
        "capital": "250 000",
        "rcs": "Nanterre",
        "siret": st,
        "employer_addr": "40 quai du Président Roosevelt, 92130 Issy-les-Moulineaux",
        "rep": "Claire DUBOIS-MARTEL",
        "rep_title": "Directrice des ressources humaines",
        "employee_printed": "Madame Ananya KRISHNAMURTHY",
        "dob": dob,
        "pob": "Mumbai (Inde)",
        "nat": "indienne",
        "address": f"{street}, {cp} {city}",
        "start": "2025-09-01",
        "job": "Data scientist",
        "salary": "52 000",
        "workplace": "Issy-les-Moulineaux",
        "idcc": "Syntec (IDCC 1486)",
        "city": "Issy-les-Moulineaux",
        "signed": "2025-07-15",
        "sig_name": "Ananya K.",
    }
    pk.text_pdf(
        "Contrat_CDI_Nexalys.pdf",
        [P(F.contract_p1, c=c), lambda pg: F.contract_p2(pg, c, rng)],
        title="Contrat",
    )
    pk.add(
        [{"path": "Contrat_CDI_Nexalys.pdf", "pages": [1, 2]}],
        "employment_contract",
        "text_pdf",
        {
            "employer": "NEXALYS TECHNOLOGIES SAS",
            "employee_name": "Ananya KRISHNAMURTHY",
            "contract_type": "CDI",
            "job_title": "Data scientist",
            "start_date": "2025-09-01",
        },
        "",
    )
    r = make_rib("30003", "03620", "00050847261", "SOGEFRPP", "Société Générale")
    r.update({"holder_printed": "MME KRISHNAMURTHY ANANYA", "domic": "SG ISSY LES MOULINEAUX"})
    shot = W.render(
        lambda pg: F.rib_sg_screen(pg, r),
        1170 / 460 * 25.4,
        2532 / 460 * 25.4,
        460,
        rng=rng,
        bg=(255, 255, 255),
    )
    shot.save(pk.path("Screenshot_20261112-142712.png"))
    pk.add(
        [{"path": "Screenshot_20261112-142712.png", "pages": [1]}],
        "rib",
        "screenshot",
        rib_fields(r, "KRISHNAMURTHY ANANYA"),
        "Société Générale app, 'Mon RIB' screen",
    )
    req = dict(ALL_OK, residence_proof="invalid")
    pk.write_truth(
        "2026-11-18",
        True,
        req,
        "residence_proof: the three bills cover 2026-07, 2026-08 and 2026-10 "
        "(September missing), not three consecutive months",
        {"surname": sur, "given_names": giv, "date_of_birth": dob},
    )
    return "p03"
