"""Packets p03 (Georgia, three bills) and p04 (Bolivia, defect: lease too recent)."""

from __future__ import annotations

import certs
import forms
import frdocs
import ids
from frdocs import iban_fr, rib_key


def _rib(bank, branch, account, holder_print, addr_lines, agency, agency_addr):
    code = frdocs.BANKS[bank][1]
    return dict(bank=bank, branch=branch, account=account, key=rib_key(code, branch, account),
                iban=iban_fr(code, branch, account), holder_print=holder_print,
                addr_lines=addr_lines, agency=agency, agency_addr=agency_addr)  # fmt: skip


def _rib_fields(r, holder):
    return {"holder_name": holder, "iban": r["iban"], "bic": frdocs.BANKS[r["bank"]][2],
            "bank_name": frdocs.BANKS[r["bank"]][0], "iban_valid": True,
            "rib_key_valid": True}  # fmt: skip


def _form_fields(a, status):
    return {"surname": a["surname"], "given_names": a["given"], "date_of_birth": a["dob"],
            "employment_status": status, "signed": a["signed"], "signed_on": a["signed_on"],
            "nir": None}  # fmt: skip


# ------------------------------------------------------------------------------------ p03
def p03(out) -> dict:
    """Georgia, employed (payslip only), three Bouygues Telecom bills, VLS-TS salarié."""
    as_of = "2026-03-16"
    pp = dict(country="GEO", surname="KHARAISHVILI", given="GIORGI", number="19BD45127",
              dob="1990-05-27", sex="M", pob="KUTAISI", issue="2019-09-10", expiry="2029-09-09",
              personal="01024087654")  # fmt: skip
    sh, f = ids.passport_page(pp, out.rng())
    out.scan_card("passeport_scan.jpg", [sh], dpi=300)
    out.doc(
        [{"path": "passeport_scan.jpg", "pages": [1]}],
        "passport",
        "scan",
        f,
        "flatbed scan of the data page, personal number in the MRZ optional field",
    )
    v = dict(surname="KHARAISHVILI", given="GIORGI", number="031945720", passport_no="19BD45127",
             nat="GEO", dob="1990-05-27", sex="M", valid_from="2025-07-15",
             valid_until="2026-07-14", issued_in="TBILISSI", issued_on="2025-06-27",
             duration="365 JOURS", category="SALARIE",
             remarks=["VLS-TS SALARIE", "CDI - AUTORISATION DE TRAVAIL"])  # fmt: skip
    sh, f = ids.visa_page(v, out.rng())
    out.phone("IMG_3391.jpg", sh, tilt=0.14, fill=0.72)
    out.doc(
        [{"path": "IMG_3391.jpg", "pages": [1]}],
        "long_stay_visa",
        "phone_photo",
        f,
        "visa page photographed at an angle",
    )
    addr = ["45 avenue Jean Jaurès, bât. B", "31500 Toulouse"]
    for k, (m, end, issue, amt, look) in enumerate([
        ("2025-12", "31", "2026-01-06", 24.99, "pdf"),
        ("2026-01", "31", "2026-02-05", 24.99, "pdf"),
        ("2026-02", "28", "2026-03-05", 27.98, "phone"),
    ]):  # fmt: skip
        bl = dict(number=f"4{61720385 + k * 31:08d}", issue=issue, client_ref="1.82736451",
                  line="07 81 64 22 09", holder_print="M GIORGI KHARAISHVILI",
                  addr_lines=[a.upper() for a in addr], amount=amt, debit=issue[:8] + "12",
                  start=m + "-01", end=m + "-" + end, plan="B&You 100 Go",
                  abo=24.99, opt=round(amt - 24.99, 2))  # fmt: skip
        sh = frdocs.bill_bouygues(bl, out.rng())
        fields = {"provider": "Bouygues Telecom", "service": "mobile",
                  "holder_name": "GIORGI KHARAISHVILI",
                  "address": ", ".join(bl["addr_lines"]), "issue_date": issue,
                  "period_start": m + "-01", "period_end": m + "-" + end, "amount": amt,
                  "month": m}  # fmt: skip
        if look == "pdf":
            fn = f"Facture_Bouygues_{m.replace('-', '_')}.pdf"
            out.text_pdf(fn, [sh], "Facture", "Bouygues Telecom")
            out.doc(
                [{"path": fn, "pages": [1]}],
                "utility_bill",
                "text_pdf",
                fields,
                "mobile bill downloaded from the customer area",
            )
        else:
            fn = "IMG_3402.jpg"
            out.phone(fn, sh, rot90=1, blur=0.9, tilt=0.1)
            out.doc(
                [{"path": fn, "pages": [1]}],
                "utility_bill",
                "phone_photo",
                fields,
                "printed February bill photographed, rotated 90 degrees, a little blurred",
            )
    r = out.rng()
    sir = frdocs.siret(r)
    ps = dict(employer="OCCITANIE LOGISTIQUE SERVICES", emp_addr=["ZI de Montredon, 12 rue de "
              "l'Industrie", "31240 L'Union"], siret=sir, naf="5210B",
              ccn="Transports routiers et activités auxiliaires (IDCC 16)",
              start="2026-02-01", end="2026-02-28", paid="2026-02-27",
              employee_print="M. KHARAISHVILI Giorgi", addr_lines=addr,
              job="Préparateur de commandes", status="Ouvrier", entry="2025-07-21",
              matricule="2025-118", gross=1912.50, pas_rate=0.0)  # fmt: skip
    out.scan_page("scan_bulletin_fevrier.jpg", frdocs.payslip(ps, r), dpi=200)
    out.doc([{"path": "scan_bulletin_fevrier.jpg", "pages": [1]}], "payslip", "scan",
            {"employer": ps["employer"], "employee_name": "Giorgi KHARAISHVILI",
             "period": "2026-02", "net_pay": ps["net_pay"], "siret": sir},
            "paper payslip scanned; net_pay is 'NET PAYÉ' (no withholding)")  # fmt: skip
    b = dict(cert_no="AB 0418276", surname="ხარაიშვილი / KHARAISHVILI", given="გიორგი / GIORGI",
             sex="მამრობითი / Male", dob_text="27.05.1990", pob="ქუთაისი / Kutaisi",
             pn="01024087654", father="ზურაბ ხარაიშვილი / Zurab Kharaishvili",
             mother="ნანა ბერიძე / Nana Beridze", reg_text="04.06.1990", record="412",
             issued_text="18.03.2025")  # fmt: skip
    out.phone("IMG_3388.jpg", certs.birth_georgia(b, out.rng()), tilt=0.06, blur=0.5)
    out.doc(
        [{"path": "IMG_3388.jpg", "pages": [1]}],
        "birth_certificate",
        "phone_photo",
        {
            "surname": "KHARAISHVILI",
            "given_names": "GIORGI",
            "date_of_birth": "1990-05-27",
            "place_of_birth": "Kutaisi",
            "issuing_country": "GEO",
            "language": "ka+en",
            "has_apostille": True,
        },
        "bilingual Georgian/English birth certificate",
    )
    ap = dict(
        lang="en",
        country="Georgia",
        doc_signer="Tamar Lomidze",
        doc_capacity="Head of Civil Registry Service",
        doc_seal="LEPL Public Service Development Agency",
        place="Tbilisi",
        date_text="20.03.2025",
        by="Levan Abashidze",
        number="AP250320117",
        stamp=["PSDA", "APOSTILLE", "GEORGIA"],
        header="MINISTRY OF JUSTICE OF GEORGIA",
        header2="Public Service Development Agency",
        footer="This Apostille only certifies the authenticity of the signature and the "
        "capacity of the person who has signed the public document, and, where "
        "appropriate, the identity of the seal or stamp which the public document bears.",
    )
    out.scan_page("apostille_scan.png", certs.apostille(ap, out.rng()), dpi=150)
    out.doc(
        [{"path": "apostille_scan.png", "pages": [1]}],
        "apostille",
        "scan",
        {
            "country": "Georgia",
            "issued_on": "2025-03-20",
            "number": "AP250320117",
            "signed_by": "Levan Abashidze",
        },
        "English-language apostille, PNG scan",
    )
    rb = _rib("lbp", "00001", "02183947201", "M GIORGI KHARAISHVILI",
              ["45 AV JEAN JAURES BAT B", "31500 TOULOUSE"], "LA BANQUE POSTALE",
              ["CENTRE FINANCIER", "31900 TOULOUSE CEDEX 9"])  # fmt: skip
    out.scan_page("RIB.jpg", frdocs.rib_sheet(rb, out.rng()), dpi=200)
    out.doc(
        [{"path": "RIB.jpg", "pages": [1]}],
        "rib",
        "scan",
        _rib_fields(rb, "GIORGI KHARAISHVILI"),
        "printed RIB scanned",
    )
    a = dict(surname="KHARAISHVILI", given="Giorgi", dob="1990-05-27", pob_city="Koutaïssi",
             pob_country="Géorgie", nationality="géorgienne", addr=addr, phone="07 81 64 22 09",
             status="employed", job="Préparateur de commandes", contract="CDI",
             employer="Occitanie Logistique Services, L'Union", place="Toulouse",
             signed_on="2026-03-09", signed=True, hand="hand1")  # fmt: skip
    out.image_pdf("formulaire_cpam.pdf", forms.cerfa_s1106(a, out.rng()), dpi=200)
    out.doc(
        [{"path": "formulaire_cpam.pdf", "pages": [1, 2]}],
        "application_form",
        "image_pdf",
        _form_fields(a, "employed"),
        "CERFA filled by hand, both pages scanned to PDF",
    )
    return {"as_of": as_of, "employed": True, "applicant": {"surname": "KHARAISHVILI",
            "given_names": "GIORGI", "date_of_birth": "1990-05-27"}}  # fmt: skip


# ------------------------------------------------------------------------------------ p04
def p04(out) -> dict:
    """Bolivia, student (not employed), VLS-TS étudiant. DEFECT: lease started 1.5 months
    before the audit date (residence_proof invalid)."""
    as_of = "2026-02-17"
    pp = dict(
        country="BOL",
        surname="QUISPE MAMANI",
        given="ANA LUCÍA",
        number="A07731542",
        dob="1998-02-09",
        sex="F",
        pob="EL ALTO",
        issue="2024-03-11",
        expiry="2030-03-10",
    )
    sh, f = ids.passport_page(pp, out.rng())
    out.phone("IMG_20260212_201455.jpg", sh, rot90=2, tilt=0.1, fill=0.68)
    out.doc(
        [{"path": "IMG_20260212_201455.jpg", "pages": [1]}],
        "passport",
        "phone_photo",
        f,
        "phone photo, upside down (rotated 180 degrees)",
    )
    v = dict(surname="QUISPE MAMANI", given="ANA LUCÍA", number="044102986",
             passport_no="A07731542", nat="BOL", dob="1998-02-09", sex="F",
             valid_from="2025-09-01", valid_until="2026-08-31", issued_in="LA PAZ",
             issued_on="2025-08-05", duration="365 JOURS", category="ETUDIANT",
             remarks=["VLS-TS ETUDIANT", "MASTER - UNIVERSITE DE LILLE"])  # fmt: skip
    sh, f = ids.visa_page(v, out.rng())
    out.phone("IMG_20260212_201511.jpg", sh, tilt=0.07, blur=0.4)
    out.doc(
        [{"path": "IMG_20260212_201511.jpg", "pages": [1]}],
        "long_stay_visa",
        "phone_photo",
        f,
        "VLS-TS étudiant vignette",
    )
    b = dict(serial="0914273", oficialia="2011", libro="14", partida="227", folio="227",
             dept="LA PAZ", prov="MURILLO", loc="EL ALTO", given="ANA LUCÍA", ap1="QUISPE",
             ap2="MAMANI", dob_text="09 de febrero de 1998", pob="El Alto, La Paz",
             sexo="Femenino", father="Juan Carlos Quispe Condori",
             mother="Rosa Mamani Choque", issued_text="6 de marzo de 2025")  # fmt: skip
    out.phone("IMG_20260212_202030.jpg", certs.birth_bolivia(b, out.rng()), rot90=3, blur=0.5)
    out.doc([{"path": "IMG_20260212_202030.jpg", "pages": [1]}], "birth_certificate",
            "phone_photo", {"surname": "QUISPE MAMANI", "given_names": "ANA LUCÍA",
                            "date_of_birth": "1998-02-09", "place_of_birth": "El Alto, La Paz",
                            "issuing_country": "BOL", "language": "es", "has_apostille": True},
            "SERECI certificado de nacimiento, photo rotated 270 degrees")  # fmt: skip
    ap = dict(lang="es", country="Estado Plurinacional de Bolivia",
              doc_signer="Marcelo Ticona Huanca", doc_capacity="Oficial de Registro Civil",
              doc_seal="Servicio de Registro Cívico - SERECI", place="La Paz",
              date_text="10/03/2025", by="Ministerio de Relaciones Exteriores",
              number="BO-2025-0183372", stamp=["MINISTERIO DE", "RR.EE.", "BOLIVIA"],
              header="ESTADO PLURINACIONAL DE BOLIVIA",
              header2="Ministerio de Relaciones Exteriores", hand="hand1")  # fmt: skip
    out.scan_page("apostilla_bolivia.jpg", certs.apostille(ap, out.rng()), dpi=200)
    out.doc([{"path": "apostilla_bolivia.jpg", "pages": [1]}], "apostille", "scan",
            {"country": "Estado Plurinacional de Bolivia", "issued_on": "2025-03-10",
             "number": "BO-2025-0183372", "signed_by": "Ministerio de Relaciones Exteriores"},
            "apostille with the variable items filled by hand")  # fmt: skip
    L = dict(landlord="SCI LES HORTENSIAS, représentée par Mme Claire Van Damme",
             landlord_addr="dont le siège est 9 rue Nationale, 59000 Lille",
             tenants_print=["Mlle Ana Lucía QUISPE MAMANI"],
             addr_lines=["17 rue d'Arras", "logement n° 5", "59000 Lille"], surface="24",
             rooms="1", start="2026-01-01", rent="520,00", charges="45,00", city="Lille",
             signed="2025-12-18")  # fmt: skip
    out.text_pdf("Bail_17_rue_Arras_signe.pdf", forms.lease(L, out.rng()), "Contrat de location",
                 "Yousign")  # fmt: skip
    out.doc(
        [{"path": "Bail_17_rue_Arras_signe.pdf", "pages": [1, 2, 3]}],
        "lease",
        "text_pdf",
        {
            "tenant_names": ["Ana Lucía QUISPE MAMANI"],
            "landlord": "SCI LES HORTENSIAS",
            "address": "17 rue d'Arras, logement n° 5, 59000 Lille",
            "start_date": "2026-01-01",
        },
        "DEFECT: lease takes effect 2026-01-01, only 47 days before the audit date",
    )
    rb = _rib("cic", "10196", "00020418307", "MLLE QUISPE MAMANI ANA LUCIA",
              ["17 RUE D ARRAS LOGT 5", "59000 LILLE"], "CIC LILLE UNIVERSITE",
              ["62 RUE DE L UNIVERSITE", "59000 LILLE"])  # fmt: skip
    out.text_pdf("RIB_CIC.pdf", [frdocs.rib_sheet(rb, out.rng())], "RIB", "CIC")
    out.doc(
        [{"path": "RIB_CIC.pdf", "pages": [1]}],
        "rib",
        "text_pdf",
        _rib_fields(rb, "QUISPE MAMANI ANA LUCIA"),
        "RIB from the bank website",
    )
    a = dict(surname="QUISPE MAMANI", given="Ana Lucía", dob="1998-02-09", pob_city="El Alto",
             pob_country="Bolivie", nationality="bolivienne",
             addr=["17 rue d'Arras, logt 5", "59000 Lille"], phone="07 67 30 18 55",
             email="analu.quispe@gmail.com", status="other", place="Lille",
             signed_on="2026-02-12", signed=True, hand="hand3")  # fmt: skip
    out.image_pdf("demande_ouverture_droits.pdf", forms.cerfa_s1106(a, out.rng())[:1], dpi=200)
    out.doc([{"path": "demande_ouverture_droits.pdf", "pages": [1]}], "application_form",
            "image_pdf", _form_fields(a, "other"),
            "page 1 filled by hand, box 'Autre situation (étudiant...)' ticked")  # fmt: skip
    return {"as_of": as_of, "employed": False,
            "applicant": {"surname": "QUISPE MAMANI", "given_names": "ANA LUCIA",
                          "date_of_birth": "1998-02-09"},
            "requirements": {"residence_proof": "invalid"},
            "defect": "lease (bail) took effect on 2026-01-01, less than three months before "
                      "the audit date 2026-02-17, and there is no other proof of residence: "
                      "residence_proof invalid, packet incomplete"}  # fmt: skip
