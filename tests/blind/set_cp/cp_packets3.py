"""Packet p04 (Argentina, employed, the one defect: an expired VLS-TS)."""

from __future__ import annotations

from datetime import date

import cp_civil as cv
import cp_france as fr
import cp_money as mo
from cp_common import french_iban, rib_key_ok, siret
from cp_form import Filler, form
from cp_ids import Person, booklet, passport_page, visa_page
from cp_looks import render
from cp_packets import bill_fields, form_fields, id_fields, mk_bill, reqs, rib_fields, visa_fields


# ====================================================================== p04 Argentina (defect)
def p04(pk) -> None:
    as_of = date(2026, 11, 30)
    look = {"skin": (0.82, 0.68, 0.57), "hair": (0.3, 0.18, 0.1)}
    p = Person(
        "RODRIGUEZ PEÑA",
        "LUCIA BELEN",
        date(1995, 1, 27),
        "F",
        "ARG",
        "CIUDAD DE BUENOS AIRES",
        "AAH482915",
        date(2022, 6, 3),
        date(2032, 6, 2),
        personal="38604112",
        extra={"pers_print": "38.604.112", "look": look},
    )
    page = passport_page("ARG", p, pk.rng("pp"))
    f = pk.photo("IMG_1042.jpg", booklet(page, pk.rng("bk"), cover=(25, 35, 70)), rot=270, fill=0.7)
    pk.add(
        "passport",
        "phone_photo",
        [(f, [1])],
        id_fields(p, "ARG"),
        "Argentine passport; MRZ surname RODRIGUEZ<PENA; photo rotated 270°.",
    )
    v = {
        "number": "016273948",
        "from": date(2025, 10, 6),
        "until": date(2026, 10, 5),
        "days": 365,
        "post": "BUENOS AIRES",
        "issued": date(2025, 9, 15),
        "remarks": ["VLS-TS SALARIÉ", "À VALIDER DÈS L'ARRIVÉE EN FRANCE"],
    }
    vimg = booklet(visa_page(p, v, pk.rng("visa")), pk.rng("bk2"), cover=(25, 35, 70))
    f = pk.photo("IMG_1043.jpg", vimg, fill=0.72)
    pk.add(
        "long_stay_visa",
        "phone_photo",
        [(f, [1])],
        visa_fields(p, v, "SALARIÉ"),
        "THE DEFECT: VLS-TS valid 06/10/2025 to 05/10/2026, expired 8 weeks before the "
        "audit date; no titre de séjour nor récépissé in the packet.",
    )
    body = (
        "En la Ciudad de Buenos Aires, a los treinta y un días del mes de enero de mil "
        "novecientos noventa y cinco, ante mí, Oficial Público del Registro del Estado Civil "
        "y Capacidad de las Personas, se inscribe el nacimiento de LUCÍA BELÉN RODRÍGUEZ "
        "PEÑA, de sexo femenino, nacida el día veintisiete de enero de mil novecientos "
        "noventa y cinco (27/01/1995), a las 08:40 horas, en el Sanatorio de la Trinidad, "
        "Palermo, de esta Ciudad; hija de Martín Alejandro RODRÍGUEZ, D.N.I. 17.452.093, "
        "argentino, y de Silvia Noemí PEÑA, D.N.I. 18.930.664, argentina, ambos domiciliados "
        "en Av. Santa Fe 3120, 5° B, de esta Ciudad. Leída el acta, la firman el declarante "
        "y los testigos conmigo."
    )
    foot = (
        "Se expide la presente copia certificada, fiel de su original que obra en el Libro "
        "de Nacimientos, en la Ciudad Autónoma de Buenos Aires, a los 2 días del mes de junio "
        "de 2025, para ser presentada ante autoridades extranjeras."
    )
    bd = {
        "tomo": "2° A",
        "numero": "1187",
        "anio": "1995",
        "circ": "14ª",
        "body": body,
        "footer": foot,
        "officer": "Graciela E. Bonomi",
        "paper_no": "0041873",
    }
    img = render(cv.birth_arg(bd, pk.rng("bc")), 250)[0]
    f = pk.photo("acta_nacimiento.jpg", img, fill=0.85)
    pk.add(
        "birth_certificate",
        "phone_photo",
        [(f, [1])],
        {
            "surname": "RODRÍGUEZ PEÑA",
            "given_names": "LUCÍA BELÉN",
            "date_of_birth": p.dob,
            "place_of_birth": "Ciudad de Buenos Aires",
            "issuing_country": "ARG",
            "language": "es",
            "has_apostille": True,
        },
        "Certified copy of the acta de nacimiento (CABA), narrative text, accents kept.",
    )
    ad = {
        "authority_head": "MINISTERIO DE RELACIONES EXTERIORES, COMERCIO INTERNACIONAL Y CULTO",
        "country": "República Argentina",
        "signer": "Graciela E. Bonomi",
        "capacity": "Oficial Público",
        "seal_of": "Registro del Estado Civil — CABA",
        "place": "Buenos Aires",
        "date_txt": "18/06/2025",
        "by": "Ministerio de Relaciones Exteriores",
        "number": "ARG-2025-0418273",
        "stamp_ring": "MINISTERIO DE RELACIONES EXTERIORES * LEGALIZACIONES *",
        "stamp_center": ["M.R.E.C.I.C.", "APOSTILLA"],
        "verify": "Verificación: www.cancilleria.gob.ar — código ARG-2025-0418273",
    }
    img = render(cv.apostille(ad, pk.rng("apo"), "es"), 250)[0]
    f = pk.photo("apostilla.jpg", img, rot=90, fill=0.85)
    pk.add(
        "apostille",
        "phone_photo",
        [(f, [1])],
        {
            "country": "ARG",
            "issued_on": date(2025, 6, 18),
            "number": "ARG-2025-0418273",
            "signed_by": "Graciela E. Bonomi",
        },
        "Apostilla (Spanish labels), photo rotated 90°. signed_by = item 2.",
    )
    holder = "MME RODRIGUEZ PENA LUCIA BELEN"
    addr = ["22 RUE PAUL BERT", "33000 BORDEAUX"]
    addr_t = "22 RUE PAUL BERT, 33000 BORDEAUX"
    months = [
        (date(2026, 8, 4), date(2026, 8, 1), date(2026, 8, 31), 27.99),
        (date(2026, 9, 3), date(2026, 9, 1), date(2026, 9, 30), 27.99),
        (date(2026, 10, 5), date(2026, 10, 1), date(2026, 10, 31), 30.99),
    ]
    looks = [
        ("Bbox_facture_2026-08.pdf", "image_pdf"),
        ("facture_bbox_sept.pdf", "text_pdf"),
        ("IMG_1101.jpg", "phone_photo"),
    ]
    for k, ((iss, ps, pe, amt), (fname, lk_)) in enumerate(zip(months, looks, strict=True)):
        lines_ = [("Forfait Bbox fit", 27.99)]
        if amt > 27.99:
            lines_.append(("Option Bbox TV", 3.00))
        b = mk_bill(
            f"FA26{k + 8:02d}0{41873 + k}",
            iss,
            ps,
            pe,
            lines_,
            6,
            client="1.0418.27734",
            holder=holder,
            addr_lines=addr,
            iban_tail="FR76 4061 **** **** **** *519 38",
        )
        pdf = mo.bill("bouygues", b, pk.rng("by", str(k)))
        if lk_ == "text_pdf":
            f = pk.text_pdf(fname, pdf)
        elif lk_ == "image_pdf":
            f = pk.image_pdf(fname, render(pdf, 200))
        else:
            f = pk.photo(fname, render(pdf, 250)[0], fill=0.84)
        pk.add(
            "utility_bill",
            lk_,
            [(f, [1])],
            bill_fields(
                "Bouygues Telecom", "RODRIGUEZ PENA LUCIA BELEN", addr_t, b, ps.strftime("%Y-%m")
            ),
            "Bouygues Telecom Bbox monthly bill.",
        )
    acc = "04178236519"
    iban, key = french_iban("40618", "80000", acc)
    rd = {
        "holder_lines": ["MME LUCIA BELEN RODRIGUEZ PENA", "22 RUE PAUL BERT", "33000 BORDEAUX"],
        "dom_lines": ["BoursoBank", "44 rue Traversière", "92772 Boulogne-Billancourt Cedex"],
        "bank": "40618",
        "branch": "80000",
        "account": acc,
        "key": key,
        "iban": iban,
        "bic": "BOUSFRPPXXX",
        "edited": "14/10/2025",
    }
    f = pk.text_pdf("RIB_BoursoBank.pdf", mo.rib("bourso", rd, pk.rng("rib")))
    pk.add(
        "rib",
        "text_pdf",
        [(f, [1])],
        rib_fields(
            "LUCIA BELEN RODRIGUEZ PENA",
            iban,
            "BOUSFRPPXXX",
            "BoursoBank",
            rib_key_ok("40618", "80000", acc, key),
        ),
        "BoursoBank RIB from the customer area.",
    )
    st = siret("51847302", "0001")
    cd = {
        "ctype": "CDI",
        "ccn": "Convention collective nationale des hôtels, cafés, restaurants (IDCC 1979)",
        "employer": "LE COMPTOIR DES CHARTRONS",
        "form": "SARL au capital de 20 000 €",
        "emp_addr": "48 quai des Chartrons, 33000 Bordeaux",
        "siret": st,
        "naf": "5610A",
        "boss": "Mme Hélène DARRIEUSSECQ",
        "employee_full": "Mme Lucía Belén RODRÍGUEZ PEÑA",
        "dob": p.dob,
        "pob": "Buenos Aires (Argentine)",
        "nat": "argentine",
        "address": "22 rue Paul Bert, 33000 Bordeaux",
        "start": date(2025, 10, 13),
        "job": "serveuse",
        "gross": "1 850,00",
        "place": "Bordeaux",
        "signed": date(2025, 10, 9),
    }
    f = pk.image_pdf("contrat_CDI.pdf", render(fr.contract(cd, pk.rng("ct")), 200))
    pk.add(
        "employment_contract",
        "image_pdf",
        [(f, [1])],
        {
            "employer": "LE COMPTOIR DES CHARTRONS",
            "employee_name": "Lucía Belén RODRÍGUEZ PEÑA",
            "contract_type": "CDI",
            "job_title": "serveuse",
            "start_date": date(2025, 10, 13),
        },
        "CDI signed on paper by both parties, scanned.",
    )
    fd = {
        "surname": "RODRIGUEZ PEÑA",
        "usage": None,
        "given": "Lucia Belen",
        "sex": "F",
        "dob": p.dob,
        "pob": "Buenos Aires, Argentine",
        "nat": "argentine",
        "address": "22 rue Paul Bert",
        "cp": "33000",
        "city": "Bordeaux",
        "phone": "07 66 12 84 09",
        "email": "lu.rodriguezpena@gmail.com",
        "situation": "salarie",
        "job": "Serveuse",
        "contract": "CDI",
        "place": "Bordeaux",
        "date_text": None,
        "date_hand": "16/11/2026",
        "signed": True,
    }
    pages = render(form(fd, Filler("typed", pk.rng("ff")), "a", pk.rng("form")), 220)
    f1 = pk.photo("formulaire_page1.jpg", pages[0], fill=0.86)
    f2 = pk.photo("formulaire_page2.jpg", pages[1], rot=90, fill=0.86)
    pk.add(
        "application_form",
        "phone_photo",
        [(f1, [1]), (f2, [1])],
        form_fields(fd, "employed", date(2026, 11, 16)),
        "Typed, printed, dated and signed by hand, each page photographed (page 2 rotated 90°).",
    )
    pk.truth(
        as_of,
        True,
        reqs(residence_status="invalid"),
        "residence_status invalid: the only residence document is a VLS-TS that expired "
        "on 2026-10-05, before the audit date 2026-11-30",
        {"surname": p.surname, "given_names": p.given, "date_of_birth": p.dob},
    )
