"""Packet p02: Mexico, student, three bills, apostilled acta de nacimiento with sworn
translation, Revolut RIB screenshot."""

from __future__ import annotations

from datetime import date

import ca_civil as civ
import ca_form
import ca_housing as hou
import ca_money as mon
from ca_ids import passport, vls_ts
from ca_looks import photo, rasterize
from ca_out import Packet, as_image_pdf, crop_scan
from ca_util import (
    curp_check,
    iban_ok,
    make_iban,
    signature,
    stamp,
)


def p02(out):
    c17 = "HECV010930MJCRRLA"
    curp = c17 + curp_check(c17)
    p = {
        "surname": "HERNANDEZ DE LA CRUZ",
        "given": "VALERIA GUADALUPE",
        "sex": "F",
        "dob": date(2001, 9, 30),
        "nat": "MEX",
        "pob_viz": "JALISCO",
        "skin": (196, 150, 118),
        "curp": curp,
        "passport": {
            "number": "G27419836",
            "issue": date(2024, 5, 14),
            "expiry": date(2034, 5, 13),
            "authority": "SRE",
        },
    }
    applicant = {"surname": p["surname"], "given_names": p["given"], "date_of_birth": "2001-09-30"}
    pk = Packet(out, "p02", "2026-11-24", False, applicant)

    r = pk.rng("form")
    d = {
        "surname": "HERNÁNDEZ DE LA CRUZ",
        "usage": "",
        "given": "VALERIA GUADALUPE",
        "sex": "F",
        "dob": p["dob"],
        "birth_city": "Zapopan, Jalisco",
        "birth_country": "Mexique",
        "nationality": "mexicaine",
        "nir": None,
        "addr1": "14 rue Pasteur, appartement 3B",
        "postcode": "69007",
        "city": "Lyon",
        "phone": "0644829103",
        "email": "valeria.hdlc@outlook.com",
        "situation": "etudiant",
        "place": "Lyon",
        "date_text": "15/11/2026",
        "signed": True,
        "signature_text": "ValeriaH",
        "sig_font": "h_dkgI",
    }
    pk.pdf("S1106_demande_ouverture_droits.pdf", ca_form.build("B", "acroform", d, r))
    pk.doc(
        [("S1106_demande_ouverture_droits.pdf", [1, 2])],
        "application_form",
        "text_pdf",
        {
            "surname": "HERNÁNDEZ DE LA CRUZ",
            "given_names": "VALERIA GUADALUPE",
            "date_of_birth": "2001-09-30",
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-11-15",
            "nir": None,
        },
        "fillable PDF (AcroForm fields with appearance streams), étudiant(e) ticked, signature image pasted",
    )

    r = pk.rng("passport")
    img, fields = passport(p, r, sign=signature("Valeria", r))
    pk.png("pasaporte.png", crop_scan(img, r, dpi=300), dpi=300)
    pk.doc(
        [("pasaporte.png", [1])],
        "passport",
        "scan",
        fields,
        "Mexican passport, flatbed scan 300 dpi, auto-cropped",
    )

    r = pk.rng("visa")
    v = {
        "number": "F40926318",
        "from": date(2026, 7, 27),
        "until": date(2027, 7, 26),
        "issued_in": "MEXICO",
        "issued_on": date(2026, 7, 8),
        "remarks": ["VLS-TS ETUDIANT", "CESEDA R.422-1"],
        "category": "étudiant",
    }
    st = stamp(r, "AMBASSADE DE FRANCE AU MEXIQUE * VISAS *", ("MEXICO",), (70, 60, 140))
    img, fields = vls_ts(p, v, r, stamp=st)
    pk.jpg(
        "visa_etudiant.jpg",
        photo(img, r, rot=270, bg="cloth"),
        when="2026:11:21 09:58:02",
        model=("Apple", "iPhone 13"),
    )
    pk.doc(
        [("visa_etudiant.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        fields,
        "VLS-TS étudiant sticker, photo rotated 270°",
    )

    # acta + apostille scanned together, then the sworn translation
    r = pk.rng("acta")
    a = {
        "ident": "14120001200104817",
        "oficialia": "05",
        "reg_date": "22/10/2001",
        "libro": "0012",
        "acta_no": "04817",
        "issue": date(2026, 6, 3),
        "director": "LIC. MARÍA FERNANDA GÓMEZ ALCARAZ",
    }
    acta = civ.acta_mex(p, a, r)
    ap = {
        "items": [
            ("País:", "MÉXICO"),
            ("ha sido firmado por:", a["director"]),
            (
                "quien actúa en calidad de:",
                "DIRECTORA GENERAL DEL REGISTRO CIVIL DEL ESTADO DE JALISCO",
            ),
            (
                "y está revestido del sello / timbre de:",
                "DIRECCIÓN GENERAL DEL REGISTRO CIVIL DE JALISCO",
            ),
            ("en:", "GUADALAJARA, JALISCO"),
            ("el día:", "10 DE JUNIO DE 2026"),
            ("por:", "SECRETARÍA GENERAL DE GOBIERNO DEL ESTADO DE JALISCO"),
            ("bajo el número:", "JAL-2026-048213"),
            ("Sello / timbre:", ""),
            ("Firma:", ""),
        ],
        "h1": "El presente documento público",
        "h4": "Certificado",
        "date": date(2026, 6, 10),
        "stamp": stamp(
            r,
            "GOBIERNO DEL ESTADO DE JALISCO * SECRETARÍA GENERAL DE GOBIERNO *",
            ("APOSTILLE",),
            (40, 80, 60),
        ),
        "sig": signature("RNunez", r, "black"),
        "signer": "LIC. ROBERTO CARLOS NÚÑEZ PADILLA, DIRECTOR DE CERTIFICACIONES",
    }

    def jalisco_head(c):
        c.setFont("serifB", 12)
        c.drawCentredString(297, 800, "GOBIERNO DEL ESTADO DE JALISCO")
        c.setFont("serif", 10)
        c.drawCentredString(
            297, 786, "SECRETARÍA GENERAL DE GOBIERNO — DIRECCIÓN DE CERTIFICACIONES"
        )

    apo = civ.apostille_pdf(ap, r, extra=jalisco_head)
    pk.pdf("acta_nacimiento_apostilla.pdf", as_image_pdf([acta, apo], r, dpi=200))
    pk.doc(
        [("acta_nacimiento_apostilla.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "HERNÁNDEZ DE LA CRUZ",
            "given_names": "VALERIA GUADALUPE",
            "date_of_birth": "2001-09-30",
            "place_of_birth": "Zapopan, Jalisco",
            "issuing_country": "MEX",
            "language": "es",
            "has_apostille": True,
        },
        "online-format acta (Primer/Segundo Apellido HERNÁNDEZ / DE LA CRUZ); QR is decorative, not decodable",
    )
    pk.doc(
        [("acta_nacimiento_apostilla.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "MEX",
            "issued_on": "2026-06-10",
            "number": "JAL-2026-048213",
            "signed_by": "MARÍA FERNANDA GÓMEZ ALCARAZ",
        },
        "Jalisco apostille, Spanish items 1-10; 'signed_by' is item 2",
    )

    r = pk.rng("translation")
    t = {
        "name": "Catherine MOREL-DÍAZ",
        "head": [
            "Traductrice-interprète expert près la Cour d'appel de Lyon — espagnol / français",
            "12 quai Saint-Vincent, 69001 Lyon — 04 78 29 61 40 — cmoreldiaz.traduction@orange.fr",
        ],
        "number": "2026-0731",
        "ring": "CATHERINE MOREL-DIAZ * TRADUCTEUR EXPERT *",
        "center": ("COUR D'APPEL", "DE LYON", "ESPAGNOL"),
        "sig": "CMorel",
        "cert": [
            "Je soussignée Catherine MOREL-DÍAZ, traductrice-interprète expert près la Cour d'appel de Lyon,",
            "certifie que la présente traduction en langue française est conforme à l'original rédigé en",
            "langue espagnole qui m'a été présenté, ne varietur, inscrite sous le n° 2026-0731 de mon répertoire.",
            "Traduction certifiée conforme à l'original. Lyon, le 2 septembre 2026.",
        ],
    }
    pk.pdf(
        "traduction_assermentee.pdf", as_image_pdf(civ.translation_mex(p, a, ap, t, r), r, dpi=200)
    )
    pk.doc(
        [("traduction_assermentee.pdf", [1, 2])],
        "translation",
        "image_pdf",
        {},
        "sworn translation (Spanish > French) of the acta (page 1) and of the apostille (page 2)",
    )

    # bills: Free (Aug, Oct) as emailed PDFs, TotalEnergies (Sep) as a screenshot of the PDF
    addr = ["14 RUE Pasteur Appt 3B", "69007 LYON"]
    for month, num, fname in (
        (8, "781245563", "Facture_Free_aout_2026.pdf"),
        (10, "790318842", "Facture_Free_octobre_2026.pdf"),
    ):
        B = {
            "holder": "Hernández de la Cruz Valeria",
            "addr": addr,
            "email": "valeria.hdlc@outlook.com",
            "line": "FO28415963",
            "client": "10948577",
            "number": num,
            "issue": date(2026, month, 2),
            "due": date(2026, month, 5),
            "start": date(2026, month, 1),
            "end": date(2026, month, 31 if month != 9 else 30),
            "amount": 29.99,
            "offer": "Freebox Pop",
        }
        pk.pdf(fname, hou.bill_free(B, pk.rng(fname)))
        pk.doc(
            [(fname, [1, 2])],
            "utility_bill",
            "text_pdf",
            {
                "provider": "Free",
                "service": "internet",
                "holder_name": "Hernández de la Cruz Valeria",
                "address": "14 RUE Pasteur Appt 3B, 69007 LYON",
                "issue_date": B["issue"].isoformat(),
                "period_start": B["start"].isoformat(),
                "period_end": B["end"].isoformat(),
                "amount": 29.99,
                "month": f"2026-{month:02d}",
            },
            "Freebox monthly bill (layout of the public Free specimen)",
        )
    r = pk.rng("total")
    amount = hou.total_amount(112)
    B = {
        "number": "10048215577",
        "issue": date(2026, 10, 6),
        "start": date(2026, 9, 1),
        "end": date(2026, 9, 30),
        "due": date(2026, 10, 16),
        "amount": amount,
        "kwh": 112,
        "holder": "Mme Valeria HERNANDEZ DE LA CRUZ",
        "addr": "14 rue Pasteur Appt 3B, 69007 Lyon",
        "client": "1-6F8K2QZ",
        "pdl": "24418675093127",
    }
    page = rasterize(hou.bill_total(B, r), 150)[0]
    pk.png(
        "Screenshot_20261103-214502.png", mon.pdf_viewer(page, "Facture_10048215577.pdf", "21:45")
    )
    pk.doc(
        [("Screenshot_20261103-214502.png", [1])],
        "utility_bill",
        "screenshot",
        {
            "provider": "TotalEnergies",
            "service": "electricity",
            "holder_name": "Valeria HERNANDEZ DE LA CRUZ",
            "address": "14 rue Pasteur Appt 3B, 69007 Lyon",
            "issue_date": "2026-10-06",
            "period_start": "2026-09-01",
            "period_end": "2026-09-30",
            "amount": amount,
            "month": "2026-09",
        },
        "phone screenshot of the PDF bill opened in a viewer (top of page 1)",
    )

    # Revolut account details (Lithuanian IBAN)
    iban = make_iban("LT", "32500" + "76341928570")
    assert iban_ok(iban)
    R = {
        "time": "10:12",
        "holder": "Valeria Guadalupe Hernández de la Cruz",
        "iban": iban,
        "bic": "REVOLT21",
        "bank_name": "Revolut Bank UAB",
        "bank_addr": "Konstitucijos ave. 21B, 08130, Vilnius, Lithuania",
    }
    pk.png("Screenshot_20261121-101233_Revolut.png", mon.revolut(R))
    pk.doc(
        [("Screenshot_20261121-101233_Revolut.png", [1])],
        "rib",
        "screenshot",
        {
            "holder_name": "Valeria Guadalupe Hernández de la Cruz",
            "iban": iban,
            "bic": "REVOLT21",
            "bank_name": "Revolut Bank UAB",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "neobank account details; non-French SEPA IBAN (LT) is acceptable under Regulation (EU) 260/2012",
    )

    pk.finish(
        {
            "application_form": "complete",
            "identity": "complete",
            "residence_status": "complete",
            "birth_certificate": "complete",
            "residence_proof": "complete",
            "bank_details": "complete",
            "employment": "not_applicable",
        }
    )
