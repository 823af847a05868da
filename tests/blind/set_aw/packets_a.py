"""Packets p01 (San Marino)."""

import foreign as fo
import frdocs as fr
import housing
import ids
import work
from build import Packet
from helpers import (
    form_dict,
    form_fields,
    luhn_siret,
    passport_img,
    rib_fields,
    visa_for,
)


# ============================================================ p01 San Marino
def p01(out):
    pk = Packet(out, "p01", 101)
    a = {
        "sur": "MULARONI",
        "giv": "ELISA FRANCESCA",
        "dob": "1994-03-12",
        "sex": "F",
        "nat": "SMR",
        "nat_txt": "SAMMARINESE",
        "pp_num": "SM0847215",
        "pp_iss": "2022-06-20",
        "pp_exp": "2032-06-19",
        "pob_pp": "BORGO MAGGIORE",
        "sig": "Elisa Mularoni",
        "pp_auth": "SEGRETERIA DI STATO AFFARI INTERNI",
    }
    addr = ["14 rue des Arts", "Appartement 32", "31000 TOULOUSE"]
    pages = fr.cerfa(
        form_dict(
            a,
            {
                "pob_city": "Borgo Maggiore",
                "pob_country": "Saint-Marin",
                "nationality_fr": "Saint-marinaise",
                "street": "14 rue des Arts, appt 32",
                "cp": "31000",
                "city": "Toulouse",
                "phone": "06 48 21 93 07",
                "email": "elisa.mularoni@gmail.com",
                "situation": "salarie",
                "contract": "CDI",
                "job": "Ingénieure d'études",
                "sign_place": "Toulouse",
                "sign_date_txt": "17/11/2026",
                "date_by_hand": True,
            },
        ),
        "typed",
        1011,
        run=0,
    )
    pk.image_pdf(pages, "formulaire_cerfa_15763.pdf")
    pk.add(
        "application_form",
        "image_pdf",
        [("formulaire_cerfa_15763.pdf", [1, 2])],
        form_fields(a, "salarie", "Toulouse", "2026-11-17", "17/11/2026"),
        "typed on screen, printed, dated and signed by hand, scanned",
    )
    labels = [
        "Cognome / Surname / Nom",
        "Nome / Given names / Prénoms",
        "Cittadinanza / Nationality",
        "Data di nascita / Date of birth",
        "Sesso / Sex",
        "Luogo di nascita / Place of birth",
        "Data di rilascio / Date of issue",
        "Data di scadenza / Date of expiry",
        "Autorità / Authority",
        "Passaporto N. / Passport No.",
    ]
    img, f = passport_img(
        a,
        "REPUBBLICA DI SAN MARINO",
        "PASSAPORTO / PASSPORT",
        labels,
        "dmy_mon",
        1012,
        skin=(224, 188, 160),
    )
    pk.photo(img, "IMG_20261103_184412.jpg", rot=90, fill=0.7)
    pk.add(
        "passport",
        "phone_photo",
        [("IMG_20261103_184412.jpg", [1])],
        f,
        "data page, photo rotated 90°",
    )
    vimg, vf = visa_for(
        pk, a, "026418873", "2026-02-10", "2027-02-09", "2026-01-22", "ROME", "VLS-TS SALARIE", 1013
    )
    pk.photo(vimg, "IMG_20261103_184439.jpg", fill=0.72)
    pk.add(
        "long_stay_visa",
        "phone_photo",
        [("IMG_20261103_184439.jpg", [1])],
        vf,
        "French VLS-TS sticker",
    )
    b = {
        "surname": "MULARONI",
        "given": "Elisa Francesca",
        "sex_it": "femminile",
        "pob": "Borgo Maggiore (RSM)",
        "dob_it": "dodici marzo millenovecentonovantaquattro (12/03/1994)",
        "hour": "07:45",
        "father": "Mularoni Luca",
        "mother": "Gasperoni Anna Maria",
        "act_no": "47",
        "dob": "1994-03-12",
        "issued_it": "04/05/2026",
        "officer": "Dott.ssa Sara Ceccoli",
        "officer_sig": "S. Ceccoli",
        "prot": "2026/3318",
    }
    bc = fo.birth_sm(b, 1014)
    ap = fo.apostille(
        {
            "labels": fo.LAB_IT,
            "country": "Repubblica di San Marino",
            "signed_by": "Sara Ceccoli",
            "capacity": "Ufficiale di Stato Civile",
            "seal_of": "Ufficio di Stato Civile",
            "at": "San Marino",
            "on_txt": "06/05/2026",
            "by": "Segreteria di Stato per gli Affari Esteri - Dipartimento Affari Esteri",
            "number": "AP/2026/1187",
            "stamp_ring": "REPUBBLICA DI SAN MARINO * AFFARI ESTERI",
            "stamp_center": ["APOSTILLE"],
            "sig": "M. Zonzini",
            "signer": "Marco Zonzini",
        },
        1015,
    )
    pk.scan(bc, "scan_0003.jpg", 200, 300)
    pk.scan(ap, "scan_0004.jpg", 200, 300)
    pk.add(
        "birth_certificate",
        "scan",
        [("scan_0003.jpg", [1])],
        {
            "surname": "MULARONI",
            "given_names": "Elisa Francesca",
            "date_of_birth": "1994-03-12",
            "place_of_birth": "Borgo Maggiore",
            "issuing_country": "SMR",
            "language": "it",
            "has_apostille": True,
        },
        "Estratto dell'atto di nascita, Ufficio di Stato Civile",
    )
    pk.add(
        "apostille",
        "scan",
        [("scan_0004.jpg", [1])],
        {
            "country": "San Marino",
            "issued_on": "2026-05-06",
            "number": "AP/2026/1187",
            "signed_by": "Marco Zonzini",
        },
        "separate sheet stapled to the extract",
    )
    L = {
        "landlord": "M. Bernard Castagné",
        "landlord_addr": "3 allée Jean Jaurès, 31000 Toulouse",
        "agent": "Foncia Toulouse Carmes, 22 rue des Filatiers, 31000 Toulouse",
        "tenants": ["Mme Elisa Francesca MULARONI"],
        "address": "14 rue des Arts, appartement 32, 3e étage, 31000 Toulouse",
        "built": "1949 - 1974",
        "surface": "41,5",
        "rooms": "2",
        "heating": "individuel électrique",
        "start": "2026-03-01",
        "duration": "3 ans",
        "rent": 640.0,
        "charges": 55.0,
        "place": "Toulouse",
        "signed": "2026-02-24",
        "landlord_sig": "B. Castagné",
        "tenant_sigs": ["Elisa Mularoni"],
        "initials": "BC  EM",
    }
    pk.text_pdf(housing.lease(L, 1016), "Bail_Mularoni_signe.pdf", "Contrat de location", "Foncia")
    pk.add(
        "lease",
        "text_pdf",
        [("Bail_Mularoni_signe.pdf", [1, 2, 3])],
        {
            "tenant_names": ["Elisa Francesca MULARONI"],
            "landlord": "Bernard Castagné",
            "address": "14 rue des Arts, appartement 32, 31000 Toulouse",
            "start_date": "2026-03-01",
        },
        "loi 1989 lease, agency as mandataire",
    )
    q = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "landlord": "Bernard Castagné",
        "landlord_addr": ["3 allée Jean Jaurès", "31000 Toulouse"],
        "tenant": "Elisa MULARONI",
        "address": addr,
        "rent": 640.0,
        "charges": 55.0,
        "total": 695.0,
        "place": "Toulouse",
        "issued": "2026-11-02",
        "landlord_sig": "B. Castagné",
    }
    pk.text_pdf(housing.quittance(q, 1017), "quittance_octobre_2026.pdf")
    pk.add(
        "unknown",
        "text_pdf",
        [("quittance_octobre_2026.pdf", [1])],
        {},
        "quittance de loyer (rent receipt) for October 2026, alongside the lease",
    )
    iban, key = ids.fr_iban("30003", "02140", "00050731914")
    r = {
        "agency": "TOULOUSE CAPITOLE",
        "holder": "MLLE MULARONI ELISA FRANCESCA",
        "address": addr,
        "bank": "30003",
        "branch": "02140",
        "account": "00050731914",
        "key": key,
        "iban_sp": ids.spaced(iban),
        "bic": "SOGEFRPP",
        "domic": "SG TOULOUSE CAPITOLE (02140) - 3 place du Capitole 31000 Toulouse",
    }
    pk.text_pdf(fr.rib_sg(r, 1018), "RIB_SG.pdf", "Relevé d'identité bancaire", "Société Générale")
    pk.add(
        "rib",
        "text_pdf",
        [("RIB_SG.pdf", [1])],
        rib_fields("MLLE MULARONI ELISA FRANCESCA", iban, "SOGEFRPP", "Société Générale"),
    )
    siret = luhn_siret("8412093750001")
    s = {
        "employer": "AÉROCALCUL OCCITANIE SAS",
        "employer_addr": ["5 avenue Marcel Dassault", "31500 Toulouse"],
        "siret": siret,
        "naf": "7112B",
        "urssaf": "Midi-Pyrénées",
        "start": "2026-10-01",
        "end": "2026-10-31",
        "paid": "2026-10-30",
        "employee": "Mme Elisa MULARONI",
        "employee_addr": addr[:1] + addr[2:],
        "job": "Ingénieure d'études",
        "status": "Cadre",
        "hired": "2026-02-16",
        "ccn": "Syntec (IDCC 1486)",
        "matricule": "00412",
        "gross": 3150.0,
        "pas_rate": 0.049,
    }
    net_before = 3150.0 - sum(
        round(3150.0 * r_, 2) for r_ in (0.069, 0.0401, 0.068 * 0.9825, 0.029 * 0.9825)
    )
    s["net"] = round(round(net_before, 2) - round(round(net_before, 2) * 0.049, 2), 2)
    pk.text_pdf(work.payslip(s, 1019), "bulletin_paie_2026_10.pdf", "Bulletin de paie")
    pk.add(
        "payslip",
        "text_pdf",
        [("bulletin_paie_2026_10.pdf", [1])],
        {
            "employer": "AÉROCALCUL OCCITANIE SAS",
            "employee_name": "Elisa MULARONI",
            "period": "2026-10",
            "net_pay": s["net"],
            "siret": siret,
        },
    )
    pk.finish(
        "2026-11-20",
        True,
        {"surname": a["sur"], "given_names": a["giv"], "date_of_birth": a["dob"]},
        {
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
        },
        None,
    )
