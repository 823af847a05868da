"""Packet p03: Lebanon, job seeker, récépissé, lease, Wise (BE IBAN) screenshot. In order."""

from __future__ import annotations

import io

from reportlab.lib.utils import ImageReader

import bw_arabic
import bw_civil
import bw_form
import bw_papers
import bw_screens
from bw_build import (
    Packet,
    as_image_pdf,
    as_photo,
    as_scan,
    form_fields,
    glass,
    pages,
    pdf,
    signature_png,
)
from bw_core import be_iban, d
from bw_ids import booklet, passport_page
from bw_looks import image_pdf, png, scan
from bw_pil import portrait


def p03() -> Packet:
    dob = d("1995-11-08")
    P = Packet(
        "p03",
        "2026-11-27",
        False,
        {"surname": "ABI NADER", "given_names": "KARIM", "date_of_birth": dob.isoformat()},
    )
    face = {"skin": (205, 160, 130), "hair": (30, 24, 20), "cloth": (70, 70, 80)}
    # --- fillable PDF filled on screen, handwritten signature image pasted
    v = dict(
        surname="ABI NADER",
        usage="",
        given="KARIM",
        sex="M",
        dob=dob,
        pob_commune="Zahlé",
        pob_pays="Liban",
        nationality="Libanaise",
        address="18 rue Pargaminières",
        cp="31000",
        commune="Toulouse",
        phone="07 45 18 92 03",
        email="karim.abinader@outlook.fr",
        situation="demandeur_emploi",
        place="Toulouse",
        date_text="20/11/2026",
    )
    r = P.rng("form")
    sig = signature_png("Karim Abi Nader", r)

    def draw_form(c):
        pos = bw_form.page1(c, "A", r)
        bw_form.acro1(c, pos, v)
        c.showPage()
        pos = bw_form.page2(c, "A", r, "inside")
        bw_form.acro2(c, pos, v)
        x, y, w, h = pos["sig"]
        c.drawImage(
            ImageReader(io.BytesIO(sig)),
            x + 0.18 * w,
            y + 0.12 * h,
            0.6 * w,
            0.6 * 0.6 * w,
            mask="auto",
        )

    form_pdf = pdf(
        draw_form, title="S1106 - Demande d'ouverture des droits", creator="Adobe Acrobat"
    )
    P.put("Demande_PUMa_S1106_remplie.pdf", bw_form.comb_appearances(form_pdf))
    P.doc(
        [("Demande_PUMa_S1106_remplie.pdf", [1, 2])],
        "application_form",
        "text_pdf",
        form_fields(v, "not_employed", "2026-11-20"),
        "fillable PDF (AcroForm fields with appearance streams), situation 'demandeur "
        "d'emploi', handwritten signature pasted as an image",
    )
    # --- passport on a scanner, PDF
    r = P.rng("passport")
    pp = dict(
        country="LBN",
        surname="ABI NADER",
        given="KARIM",
        number="LR0872415",
        printed_number="LR0872415",
        nat_text="LEBANESE / لبناني",
        dob=dob,
        sex="M",
        sex_text="M",
        pob="ZAHLE",
        doi=d("2024-06-20"),
        doe=d("2034-06-19"),
        auth="GENERAL SECURITY",
        father="JOSEPH",
        mother="RITA",
        face=face,
    )
    page, mrz = passport_page(pp, r)
    g = glass([(booklet(page, None, r), 35, 25)], r, 200)
    P.put("passeport.pdf", image_pdf([scan(g, r)], r, creator="Epson Scan 2"))
    P.doc(
        [("passeport.pdf", [1])],
        "passport",
        "image_pdf",
        {
            "surname": "ABI NADER",
            "given_names": "KARIM",
            "document_number": "LR0872415",
            "nationality": "LBN",
            "issuing_country": "LBN",
            "date_of_birth": dob.isoformat(),
            "sex": "M",
            "expiry_date": "2034-06-19",
            "mrz_valid": True,
        },
        "two-word surname; father's and mother's names printed on the data page; MRZ "
        + " / ".join(mrz),
    )
    # --- récépissé, phone photo upside down
    r = P.rng("recepisse")
    rc = dict(
        prefecture_line="DE LA HAUTE-GARONNE",
        kind="Première demande",
        number="3105739218",
        surname="ABI NADER",
        given="KARIM",
        dob=dob,
        pob="ZAHLÉ (LIBAN)",
        nat_text="LIBANAISE",
        sex="M",
        address="18 RUE PARGAMINIÈRES 31000 TOULOUSE",
        request="la délivrance d'une carte de séjour temporaire portant la mention « recherche "
        "d'emploi ou création d'entreprise » (article L. 422-10 du CESEDA)",
        valid_from=d("2026-10-12"),
        valid_until=d("2027-01-11"),
        work="Ce récépissé autorise son titulaire à travailler",
        place="Toulouse",
        agent="S. MARTY",
        stamp_ring="PRÉFECTURE DE LA HAUTE-GARONNE * TOULOUSE *",
    )
    photo = portrait(354, 449, r, **face)
    img = pages(pdf(bw_papers.recepisse, rc, photo, r), 230)[0]
    img = img.crop((0, 0, img.width, int(img.height * 0.56)))
    P.put("recepisse.jpg", as_photo(img, r, rot=180, fill=0.86, table="desk"))
    P.doc(
        [("recepisse.jpg", [1])],
        "residence_permit",
        "phone_photo",
        {
            "surname": "ABI NADER",
            "given_names": "KARIM",
            "document_number": "3105739218",
            "nationality": "LIBANAISE",
            "issuing_country": "FRA",
            "date_of_birth": dob.isoformat(),
            "sex": "M",
            "expiry_date": "2027-01-11",
            "mrz_valid": None,
        },
        "récépissé de demande de carte de séjour (first application, job search after studies), "
        "valid 12/10/2026-11/01/2027, no MRZ; photo taken upside down (180 degrees)",
    )
    # --- Lebanese individual civil-status extract (Arabic) with legalisations + translation
    r = P.rng("birth")
    lb = dict(
        family="أبي نادر",
        first="كريم",
        father="جوزيف",
        mother="ريتا خوري",
        pob_ar="زحلة",
        dob=dob,
        sex_ar="ذكر",
        status_ar="عازب",
        reg_no="214",
        locality_ar="زحلة - المعلقة",
        district_ar="زحلة",
        office_ar="دائرة نفوس زحلة",
        serial="0875412",
        issued=d("2025-09-15"),
        legal=dict(
            mae_date=d("2025-09-22"),
            mae_no="58214",
            mae_agent="R. HAYEK",
            fr_date=d("2025-09-26"),
            fr_no="2025/6631",
            fr_agent="C. MORIN",
        ),
    )
    P.put("extrait_etat_civil.jpg", as_scan(bw_arabic.lebanon_extract(lb, r), r))
    P.doc(
        [("extrait_etat_civil.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "أبي نادر",
            "given_names": "كريم",
            "date_of_birth": dob.isoformat(),
            "place_of_birth": "زحلة",
            "issuing_country": "LBN",
            "language": "ar",
            "has_apostille": False,
        },
        "Lebanese 'ikhraj qaid fardi' (individual civil-status extract, the document Lebanese "
        "citizens use as birth record), legalised by the Lebanese foreign ministry and the French "
        "consulate general in Beirut. Lebanon is not a Hague Apostille party: legalisation regime",
    )
    t = dict(
        translator="Georges SAADÉ",
        title="expert traducteur près la Cour d'appel de Toulouse",
        translator_head=[
            "Georges SAADÉ",
            "Expert traducteur-interprète près la Cour d'appel de Toulouse",
            "Arabe - Français",
            "7 rue Ozenne, 31000 Toulouse",
        ],
        rep_no="T-2025-0932",
        lang_from="arabe",
        place="Toulouse",
        date=d("2025-10-20"),
        doc_head=[
            "RÉPUBLIQUE LIBANAISE",
            "Ministère de l'Intérieur et des Municipalités",
            "Direction générale du statut personnel",
            "EXTRAIT D'ÉTAT CIVIL INDIVIDUEL",
        ],
        rows=[
            ("N°", "0875412"),
            ("Nom de famille", "ABI NADER"),
            ("Prénom", "Karim"),
            ("Prénom du père", "Joseph"),
            ("Prénom et nom de la mère", "Rita KHOURY"),
            ("Lieu de naissance", "Zahlé"),
            ("Date de naissance", "08/11/1995"),
            ("Sexe", "Masculin"),
            ("Situation familiale", "Célibataire"),
            ("N° du registre", "214"),
            ("Localité", "Zahlé - Mouallaqa"),
            ("Caza", "Zahlé"),
            ("Délivré le", "15/09/2025"),
            (
                "[Signature et cachet du préposé à l'état civil de Zahlé ; deux timbres fiscaux ; "
                "légalisation du ministère des Affaires étrangères et des Émigrés n° 58214 du "
                "22/09/2025 ; légalisation du Consulat "
                "général de France à Beyrouth n° 2025/6631 du "
                "26/09/2025.]",
                "",
            ),
        ],
        stamp_ring="EXPERT PRÈS LA COUR D'APPEL DE TOULOUSE *",
        stamp_inner=["G. SAADÉ", "ARABE", ""],
        fonts=("caladea", "caladea_b"),
    )
    P.put("traduction_extrait.pdf", as_image_pdf(pdf(bw_civil.translation, t, r), r))
    P.doc(
        [("traduction_extrait.pdf", [1])],
        "translation",
        "image_pdf",
        {},
        "sworn translation of the civil-status extract",
    )
    # --- lease (3 pages, scanned)
    r = P.rng("lease")
    bl = dict(
        agency="Cabinet Garonne Gestion",
        agency_addr="4 rue d'Alsace-Lorraine, 31000 Toulouse",
        card="CPI 3101 2018 000 034 512",
        landlord_long="la SCI LES TILLEULS, société civile immobilière dont le siège est 9 allée "
        "Jean Jaurès, 31000 Toulouse, immatriculée au RCS de Toulouse sous le n° 812 345 672",
        tenants_long=[
            "M. Karim ABI NADER, né le 08/11/1995 à Zahlé (Liban)",
            "M. Antoine FABRE, né le 17/02/1996 à Montauban (82)",
        ],
        tenants_short=["Karim ABI NADER", "Antoine FABRE"],
        tenant_sigs=["Abi Nader", "Fabre"],
        address="18 rue Pargaminières, 31000 Toulouse",
        floor="3e étage, porte droite",
        surface=48,
        rooms=2,
        start=d("2026-04-01"),
        rent=820.0,
        charges=55.0,
        fees=480.0,
        place="Toulouse",
        signed_on=d("2026-03-24"),
    )
    P.put("bail_location.pdf", as_image_pdf(pdf(bw_papers.lease, bl, r), r, grey=True, q=66))
    P.doc(
        [("bail_location.pdf", [1, 2, 3])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Karim ABI NADER", "Antoine FABRE"],
            "landlord": "SCI LES TILLEULS",
            "address": "18 rue Pargaminières, 31000 Toulouse",
            "start_date": "2026-04-01",
        },
        "bail loi 1989 (locaux vides) with a co-tenant, signed through the letting agency; "
        "started more than seven months before as_of",
    )
    # --- Wise account details (Belgian IBAN), screenshot
    r = P.rng("rib")
    iban = be_iban("967", "8274519")
    w = dict(
        time="14:22",
        holder="Karim Abi Nader",
        iban=iban,
        bic="TRWIBEB1XXX",
        bank_addr=["Wise", "Rue du Trône 100, 3rd floor", "Brussels 1050, Belgium"],
    )
    P.put("Screenshot_Wise_20261118.png", png(bw_screens.wise_app(w, r)))
    P.doc(
        [("Screenshot_Wise_20261118.png", [1])],
        "rib",
        "screenshot",
        {
            "holder_name": "Karim Abi Nader",
            "iban": iban,
            "bic": "TRWIBEB1XXX",
            "bank_name": "Wise",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "non-French SEPA IBAN (BE): acceptable under Regulation (EU) 260/2012, information only",
    )
    return P
