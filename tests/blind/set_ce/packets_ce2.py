"""Packets p03 (Sri Lanka, three bills) and p04 (Peru, expired VLS-TS) of set_ce."""

from datetime import date as D

import ce_docs as cd
import ce_docs2 as c2
import ce_form as cf
from ce_kit import (
    fr_iban,
    image_pdf,
    make_iban,
    photo_look,
    place_on_a4,
    scan_look,
    siret_with_luhn,
    text_pdf,
    to_image,
)
from ce_pack import Packet, bill_fields, form_fields, mkbill, rib_fields, write_truth
from packets_ce import applicant, bc_fields, passport_and_visa, pp_fields, reqs, visa_fields


# --------------------------------------------------------------------- p03 Sri Lanka
def p03(out):
    pk = Packet(out, "p03", 3303)
    as_of = D(2026, 12, 2)
    a = {
        "sur": "Wickramasinghe",
        "giv": "Tharindu Dilshan",
        "sex": "M",
        "dob": D(1993, 1, 27),
        "iss3": "LKA",
        "nat3": "LKA",
        "nat_en": "SRI LANKAN",
        "pob_pp": "KANDY",
        "pp_no": "N9472816",
        "pp_iss": D(2024, 7, 3),
        "pp_exp": D(2034, 7, 2),
        "pp_auth": "DEPT. OF IMMIGRATION & EMIGRATION",
        "pp_type_line": "PB  LKA",
        "tone": (128, 88, 62),
        "visa_no": "031276558",
        "visa_from": D(2026, 5, 10),
        "visa_to": D(2027, 5, 9),
        "visa_days": 365,
        "visa_place": "COLOMBO",
        "visa_iss": D(2026, 4, 22),
        "visa_remark": "VLS-TS SALARIE",
        "bc_no": "3127",
        "leg1": D(2026, 5, 20),
        "leg2": D(2026, 5, 26),
        "leg_no": "004418",
        "tr_no": "2026-T-0412",
        "tr_date": D(2026, 10, 14),
        "addr1": "5 allée des Peupliers, Bât. B",
        "cp": "31400",
        "city": "Toulouse",
        "giv_form": "Tharindu Dilshan",
        "pob_form": "Kandy, Sri Lanka",
        "nat_form": "Sri-lankaise",
        "tel": "07 44 18 62 03",
        "email": "tharindu.wick@outlook.com",
    }
    pp, vi = passport_and_visa(pk, a)
    dpi = 300
    pages = [scan_look(place_on_a4([to_image(x, dpi)], dpi, pk.r()), pk.r()) for x in (pp, vi)]
    image_pdf(pk.dir / "passeport_et_visa.pdf", pages, dpi, "EPSON Scan")
    pk.doc(
        [("passeport_et_visa.pdf", [1])],
        "passport",
        "image_pdf",
        pp_fields(a),
        "page 1 of a two-page scanner PDF",
    )
    pk.doc(
        [("passeport_et_visa.pdf", [2])],
        "long_stay_visa",
        "image_pdf",
        visa_fields(a, "SALARIE"),
        "page 2: the VLS-TS sticker",
    )
    b1, b2 = cd.lk_birth(a, pk.r())
    image_pdf(
        pk.dir / "birth_certificate.pdf",
        [scan_look(to_image(x, 200), pk.r(), (240, 236, 222)) for x in (b1, b2)],
        200,
    )
    pk.doc(
        [("birth_certificate.pdf", [1, 2])],
        "birth_certificate",
        "image_pdf",
        bc_fields(a, "Kandy", "LKA", "si+en", False),
        "Sinhala/English certificate; page 2 carries the Sri Lanka MFA authentication and "
        "the French embassy's légalisation (legalisation route, no apostille)",
    )
    image_pdf(
        pk.dir / "traduction_acte_naissance.pdf",
        [scan_look(to_image(c2.lk_translation(a, pk.r()), 200), pk.r())],
        200,
    )
    pk.doc(
        [("traduction_acte_naissance.pdf", [1])],
        "translation",
        "image_pdf",
        {
            "surname": "WICKRAMASINGHE",
            "given_names": "THARINDU DILSHAN",
            "date_of_birth": "1993-01-27",
            "language": "fr",
            "translator": "Nadia PERERA-LAFFONT",
            "signed_on": "2026-10-14",
        },
        "sworn French translation (expert près la cour d'appel de Toulouse)",
    )
    addr = {"addr1": "5 allée des Peupliers, Bât. B", "cp": "31400", "city": "Toulouse"}
    holder = "M THARINDU WICKRAMASINGHE"
    be = mkbill(
        "edf",
        holder,
        addr,
        D(2026, 9, 4),
        D(2026, 8, 1),
        D(2026, 8, 31),
        41.87,
        "30017784412",
        "6 042 118 730",
        [
            ("Abonnement Tarif Bleu 6 kVA", 15.62),
            ("Consommation heures pleines 118 kWh", 24.30),
            ("Contribution tarifaire d'acheminement", 1.95),
        ],
        "Point de livraison n° 1654 2210 8831 07",
        "Prélèvement le 18/09/2026",
    )
    text_pdf(
        pk.dir / "EDF_facture_2026-08.pdf", c2.bill(be, pk.r()), title="Facture EDF", creator="EDF"
    )
    pk.doc(
        [("EDF_facture_2026-08.pdf", [1, 2])],
        "utility_bill",
        "text_pdf",
        bill_fields(be, "electricity"),
        "bill 1 of 3 (August)",
    )
    bs = mkbill(
        "sfr",
        holder,
        addr,
        D(2026, 10, 2),
        D(2026, 9, 1),
        D(2026, 9, 30),
        35.99,
        "FA26-0914-88217",
        "0561 28 44 19",
        [("SFR Box Fibre Starter", 32.99), ("Option TV", 3.00)],
        "Ligne fixe 05 61 28 44 19 – Fibre FTTH",
        "Prélèvement à partir du 12/10/2026",
    )
    image_pdf(
        pk.dir / "SFR_facture_septembre.pdf",
        [scan_look(to_image(x, 200), pk.r()) for x in c2.bill(bs, pk.r())],
        200,
    )
    pk.doc(
        [("SFR_facture_septembre.pdf", [1, 2])],
        "utility_bill",
        "image_pdf",
        bill_fields(bs, "internet"),
        "bill 2 of 3 (September), printed and scanned",
    )
    bb = mkbill(
        "bytel",
        holder,
        addr,
        D(2026, 11, 3),
        D(2026, 10, 1),
        D(2026, 10, 31),
        19.99,
        "B6-118402771",
        "1.4488 0219",
        [("Forfait B&You 100 Go", 19.99)],
        "Ligne 07 44 18 62 03",
        "Prélèvement le 08/11/2026",
    )
    pk.jpg(
        photo_look(to_image(c2.bill(bb, pk.r())[0], 230), pk.r(), 3968, 90, (88, 98, 120), 0.8),
        "IMG_4471.jpg",
    )
    pk.doc(
        [("IMG_4471.jpg", [1])],
        "utility_bill",
        "phone_photo",
        bill_fields(bb, "mobile"),
        "bill 3 of 3 (October), first page photographed, rotated 90",
    )
    siret = siret_with_luhn("8123344560002")
    ct = {
        "employer": "ALTESYS INGÉNIERIE",
        "legal": "SAS au capital de 250 000 €",
        "emp_addr": "18 rue Louis Breguet, 31400 Toulouse",
        "siret": siret,
        "rep": "Mme Anne DUFRESNE, directrice des ressources humaines",
        "employee": "M. Tharindu Dilshan WICKRAMASINGHE",
        "dob": a["dob"],
        "pob": "Kandy (Sri Lanka)",
        "nat": "sri-lankaise",
        "addr": "5 allée des Peupliers, Bât. B, 31400 Toulouse",
        "city": "Toulouse",
        "signed": D(2026, 5, 18),
        "articles": [
            (
                "Article 1 – Engagement",
                (
                    "M. Tharindu Dilshan WICKRAMASINGHE est engagé "
                    "en qualité d'Ingénieur d'études, statut cadre, position 2.1, coefficient "
                    "115 de la convention collective Syntec (IDCC 1486), à compter du "
                    "01/06/2026."
                ),
            ),
            (
                "Article 2 – Motif et durée",
                (
                    "Le présent contrat est conclu pour un "
                    "accroissement temporaire d'activité lié au projet AeroTwin, pour une "
                    "durée de dix-huit mois, du 01/06/2026 au 30/11/2027 inclus."
                ),
            ),
            (
                "Article 3 – Période d'essai",
                ("Le contrat ne deviendra définitif qu'à l'issue d'une période d'essai d'un mois."),
            ),
            (
                "Article 4 – Rémunération",
                (
                    "Rémunération brute forfaitaire annuelle de "
                    "41 500 euros, versée en douze mensualités."
                ),
            ),
        ],
        "articles2": [
            ("Article 5 – Durée du travail", "Forfait en jours de 218 jours par an."),
            ("Article 6 – Lieu de travail", "18 rue Louis Breguet, Toulouse."),
            (
                "Article 7 – Indemnité de fin de contrat",
                ("À l'issue du contrat, une indemnité de précarité de 10 % sera versée."),
            ),
            (
                "Article 8 – Caisses",
                ("Retraite complémentaire : AGIRC-ARRCO. Prévoyance : Malakoff Humanis."),
            ),
        ],
    }
    text_pdf(
        pk.dir / "Contrat_CDD_Altesys.pdf",
        c2.contract(ct, pk.r()),
        title="Contrat CDD",
        creator="Microsoft Word",
    )
    pk.doc(
        [("Contrat_CDD_Altesys.pdf", [1, 2])],
        "employment_contract",
        "text_pdf",
        {
            "employer": "ALTESYS INGÉNIERIE",
            "employee_name": "THARINDU DILSHAN WICKRAMASINGHE",
            "contract_type": "CDD",
            "job_title": "Ingénieur d'études",
            "start_date": "2026-06-01",
        },
        f"SIRET {siret}; signed by both parties",
    )
    iban, key = fr_iban("13106", "00500", "30012345678")
    rib = {
        "bank": "Crédit Agricole Toulouse 31",
        "title": "RELEVÉ D'IDENTITÉ BANCAIRE",
        "color": (0, 122, 94),
        "fonts": ("open", "openb"),
        "intro": "Relevé d'identité bancaire – à remettre à tout organisme souhaitant "
        "effectuer un virement ou un prélèvement sur votre compte.",
        "holder_label": "Titulaire",
        "holder_lines": [
            "M WICKRAMASINGHE THARINDU DILSHAN",
            "5 ALLEE DES PEUPLIERS BAT B",
            "31400 TOULOUSE",
        ],
        "branch_lines": ["CA TOULOUSE RANGUEIL", "05 61 26 34 00"],
        "rib": ["13106", "00500", "30012345678", key],
        "iban": iban,
        "bic": "AGRIFRPP831",
        "footer": "Caisse Régionale de Crédit Agricole Mutuel Toulouse 31 – 6 place Jeanne "
        "d'Arc 31005 Toulouse Cedex 6 – 776 916 207 RCS Toulouse",
    }
    text_pdf(pk.dir / "RIB.pdf", [c2.rib_pdf(rib, pk.r())], title="RIB", creator="CA-Toulouse31")
    pk.doc(
        [("RIB.pdf", [1])],
        "rib",
        "text_pdf",
        rib_fields(
            "M WICKRAMASINGHE THARINDU DILSHAN",
            iban,
            "AGRIFRPP831",
            "Crédit Agricole Toulouse 31",
            True,
        ),
        f"RIB key {key}",
    )
    v = cf.form_values(a, "Toulouse", D(2026, 11, 28), "salarie", "Ingénieur d'études", "CDD")
    p1, p2, f1, f2, box, le = cf.form(v, "acro", pk.r(), 1)
    f2.fields.append(("date_signature", le[0], le[1] - 5, 45, 6, v["date_text"]))
    cf.acro_pdf(pk.dir / "S1106_demande_PUMa.pdf", p1, p2, f1, f2, box, cf.signature_png(pk.r()))
    pk.doc(
        [("S1106_demande_PUMa.pdf", [1, 2])],
        "application_form",
        "text_pdf",
        form_fields(v, True, "salarie", "CDD"),
        "fillable PDF: values in AcroForm fields (no appearance streams needed), handwritten "
        "signature image pasted in the box",
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
            "route": "three_bills",
        },
    )
    return "p03"


# --------------------------------------------------------------------- p04 Peru (defect)
def p04(out):
    pk = Packet(out, "p04", 4404)
    as_of = D(2026, 12, 5)
    a = {
        "sur": "Quispe Huamán",
        "giv": "Lucía Fernanda",
        "sex": "F",
        "dob": D(1999, 6, 21),
        "iss3": "PER",
        "nat3": "PER",
        "nat_en": "PERUANA",
        "pob_pp": "CUSCO - PERU",
        "pp_no": "121874563",
        "pp_iss": D(2023, 1, 18),
        "pp_exp": D(2033, 1, 17),
        "pp_auth": "MIGRACIONES",
        "pp_type_line": "P  PER",
        "tone": (165, 118, 85),
        "visa_no": "028815402",
        "visa_from": D(2025, 9, 1),
        "visa_to": D(2026, 8, 31),
        "visa_days": 365,
        "visa_place": "LIMA",
        "visa_iss": D(2025, 8, 5),
        "visa_remark": "VLS-TS ETUDIANT",
        "bc_no": "1000274518",
        "dni": "72918455",
        "bc_iss": D(2025, 8, 12),
        "addr1": "14 cours de l'Yser, Appt 32",
        "cp": "33800",
        "city": "Bordeaux",
        "giv_form": "Lucía Fernanda",
        "pob_form": "Cusco, Pérou",
        "nat_form": "Péruvienne",
        "tel": "07 81 52 90 36",
        "email": "lucia.quispeh@gmail.com",
    }
    pp, vi = passport_and_visa(pk, a)
    pk.jpg(photo_look(to_image(pp, 450), pk.r(), 4000, 0, (70, 52, 40), 0.74), "pasaporte.jpg")
    pk.doc(
        [("pasaporte.jpg", [1])],
        "passport",
        "phone_photo",
        pp_fields(a),
        "Peruvian passport; double surname QUISPE HUAMAN in the MRZ",
    )
    pk.jpg(photo_look(to_image(vi, 450), pk.r(), 4000, 180, (70, 52, 40), 0.74), "visa.jpg")
    pk.doc(
        [("visa.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        visa_fields(a, "ETUDIANT"),
        "VLS-TS étudiant valid 2025-09-01 to 2026-08-31: expired before as_of; photo upside down",
    )
    pk.jpg(
        photo_look(to_image(c2.pe_birth(a, pk.r()), 220), pk.r(), 3648, 0, (185, 180, 170), 0.8),
        "acta_nacimiento.jpg",
    )
    pk.doc(
        [("acta_nacimiento.jpg", [1])],
        "birth_certificate",
        "phone_photo",
        bc_fields(a, "Cusco", "PER", "es", True),
        "RENIEC copia certificada",
    )
    ap = {
        "l_country": "País / Country:",
        "country": "República del Perú",
        "l_intro": "El presente documento público / This public document",
        "l2": "ha sido firmado por",
        "signed_by": "Luz Marina Choque Paredes",
        "l3": "quien actúa en calidad de",
        "capacity": "Registrador Civil – RENIEC",
        "l4": "y está revestido del sello de",
        "seal_of": "Registro Nacional de Identificación y Estado Civil",
        "l_cert": "Certificado / Certified",
        "l5": "en",
        "place": "Lima",
        "l6": "el día",
        "date_text": "14/08/2025",
        "l7": "por",
        "by": "Ministerio de Relaciones Exteriores del Perú",
        "l8": "N°",
        "number": "A-2025-0184733",
        "l9": "Sello / Seal:",
        "l10": "Firma / Signature:",
        "stamp": ["MINISTERIO", "RR.EE.", "PERÚ"],
        "signer_line": "Dirección de Legalizaciones",
    }
    pk.jpg(scan_look(to_image(cd.apostille(ap, pk.r(), qr=True), 300), pk.r()), "apostilla.jpg", 86)
    pk.doc(
        [("apostilla.jpg", [1])],
        "apostille",
        "scan",
        {
            "country": "PER",
            "issued_on": "2025-08-14",
            "number": "A-2025-0184733",
            "signed_by": "Ministerio de Relaciones Exteriores del Perú",
        },
        "e-apostille print with a 2D verification code (not decodable)",
    )
    ls = {
        "kind": "Logement meublé — colocation, bail unique",
        "landlord": "Mme Sophie LAGARDÈRE",
        "landlord_addr": "3 rue Judaïque, 33000 Bordeaux",
        "tenants": ["Mme Lucía Fernanda QUISPE HUAMÁN", "Mme Camille GIRARD"],
        "addr1": "14 cours de l'Yser, Appt 32",
        "cp": "33800",
        "city": "Bordeaux",
        "desc": "Appartement meublé T3 de 58 m², 3e étage, deux chambres.",
        "start": D(2025, 9, 1),
        "duration": "un an renouvelable tacitement",
        "rent": 860.0,
        "charges": 70.0,
        "sign_city": "Bordeaux",
        "signed": D(2025, 8, 27),
        "clauses": [
            (
                "V. SOLIDARITÉ",
                ("Les colocataires sont tenus solidairement au paiement du loyer et des charges."),
            ),
            ("VI. GARANTIES", "Dépôt de garantie : 1 720,00 € (deux mois de loyer)."),
            ("VII. MOBILIER", "Inventaire et état détaillé du mobilier annexés."),
        ],
    }
    text_pdf(
        pk.dir / "contrat_location.pdf",
        c2.lease(ls, pk.r()),
        title="Bail meublé",
        creator="Bailfacile",
    )
    pk.doc(
        [("contrat_location.pdf", [1, 2, 3])],
        "lease",
        "text_pdf",
        {
            "tenant_names": ["LUCÍA FERNANDA QUISPE HUAMÁN", "CAMILLE GIRARD"],
            "landlord": "Sophie LAGARDÈRE",
            "address": "14 cours de l'Yser, Appt 32, 33800 Bordeaux",
            "start_date": "2025-09-01",
        },
        "colocation lease, both tenants named",
    )
    iban = make_iban("DE", "100110012624815937")
    rib = {
        "bank": "N26",
        "title": "Kontoinformationen / Account details",
        "color": (38, 38, 38),
        "fonts": ("roboto", "robotob"),
        "intro": "Bestätigung der Bankverbindung / Confirmation of bank details. "
        "N26 Bank SE, Voltairestraße 8, 10179 Berlin.",
        "holder_label": "Kontoinhaber / Account holder",
        "holder_lines": [
            "Lucia Fernanda Quispe Huaman",
            "14 Cours de l'Yser",
            "33800 Bordeaux, France",
        ],
        "branch_lines": ["N26 Bank SE", "Voltairestraße 8", "10179 Berlin"],
        "iban": iban,
        "bic": "NTSBDEB1XXX",
        "footer": "N26 Bank SE – Amtsgericht Charlottenburg HRB 170602 B – generated in app",
    }
    text_pdf(
        pk.dir / "N26_account_details.pdf",
        [c2.rib_pdf(rib, pk.r())],
        title="Account details",
        creator="N26",
    )
    pk.doc(
        [("N26_account_details.pdf", [1])],
        "rib",
        "text_pdf",
        rib_fields("Lucia Fernanda Quispe Huaman", iban, "NTSBDEB1XXX", "N26", None),
        "German SEPA IBAN from a neobank: acceptable, informational only",
    )
    v = cf.form_values(a, "Bordeaux", D(2026, 12, 1), "etudiant")
    v["surname"] = "QUISPE HUAMÁN"
    p1, p2, _, _, box, le = cf.form(v, "hand", pk.r(), 2, "h_dkg")
    cf.sign_and_date(p2, box, le, v, pk.r(), "h_dkg")
    dpi = 200
    pk.jpg(scan_look(to_image(p2, dpi), pk.r()), "scan_0007.jpg", 84)
    pk.jpg(scan_look(to_image(p1, dpi), pk.r()), "scan_0008.jpg", 84)
    pk.doc(
        [("scan_0008.jpg", [1]), ("scan_0007.jpg", [1])],
        "application_form",
        "scan",
        form_fields(v, False, "etudiant"),
        "hand-filled (print run 2); file names sort page 2 first",
    )
    defect = (
        "VLS-TS (étudiant) expired on 2026-08-31, before the audit date; no titre de "
        "séjour or récépissé in the packet"
    )
    write_truth(
        out,
        pk,
        {
            "as_of": as_of.isoformat(),
            "employed": False,
            "status": "incomplete",
            "requirements": reqs(False, residence_status="invalid"),
            "defect": defect,
            "applicant": applicant(a),
            "route": "lease",
        },
    )
    return "p04"
