"""Packets p03 (USA, CDD) and p04 (Côte d'Ivoire, the one defect)."""

import docs_civil as C
import docs_fin as F
import docs_id as I
from ids import fr_iban, iban, iban_ok, rib_key
from packets_common import _bills, _form, _pp_style, _truth
from render import on_a4


# ====================================================================== p03 USA, CDD
def p03(o):
    p = dict(
        surname="O'CONNOR-HAYES",
        given="MEGAN ELIZABETH",
        dob="1994-05-09",
        sex="F",
        nat="USA",
        pob_form="COLUMBUS, ÉTATS-UNIS",
        nat_fr="AMÉRICAINE",
        street="8 RUE SAINTE-CATHERINE",
        cp="33000",
        city="BORDEAUX",
        phone="07 81 66 20 18",
        email="megan.oconnorhayes@outlook.com",
        situation="salarie",
        contract="CDD",
        job_title="RESPONSABLE EXPORT",
        place="Bordeaux",
        signed_on="2026-11-19",
        skin=(235, 200, 180),
        passport_no="A04918273",
        pp_surname="O'CONNOR-HAYES",
        pp_given="MEGAN ELIZABETH",
        pp_pob="OHIO, U.S.A.",
        pp_issue="2024-02-14",
        pp_expiry="2034-02-13",
    )
    _form(o, p, "text_pdf", 2, "typed", ["formulaire_PUMA_rempli.pdf"])
    st = _pp_style(
        bg=(226, 232, 244),
        guill=(206, 214, 234),
        ink=(20, 40, 100),
        skin=p["skin"],
        country_line="PASSPORT   PASSEPORT   PASAPORTE",
        country_line2="UNITED STATES OF AMERICA",
        lab_type="Type / Type / Tipo",
        lab_code="Code of Issuing State",
        lab_no="Passport No. / No. du Passeport",
        lab_surname="Surname / Nom / Apellidos",
        lab_given="Given Names / Prénoms / Nombres",
        lab_nat="Nationality / Nationalité",
        lab_dob="Date of birth",
        lab_sex="Sex",
        lab_pob="Place of birth / Lieu de naissance",
        lab_issue="Date of issue",
        lab_exp="Date of expiration",
        lab_auth="Authority / Autorité",
        nat_text="UNITED STATES OF AMERICA",
        authority="United States Department of State",
    )
    img, _ = I.passport_page(p, o.rng, st)
    o.photo(img, "IMG_4471.jpg", 270)
    o.doc(
        [("IMG_4471.jpg", [1])],
        "passport",
        "phone_photo",
        I.passport_fields(p),
        "US passport data page, photo rotated 270",
    )
    card = dict(
        surname="O'CONNOR-HAYES",
        given="MEGAN ELIZABETH",
        given_disp="MEGAN ELIZABETH",
        dob=p["dob"],
        dob_fr="09 05 1994",
        sex="F",
        nat="USA",
        doc_no="ZB4417829",
        expiry="2027-03-31",
        exp_fr="31 03 2027",
        skin=p["skin"],
    )
    front, back, _ = I.fr_card(
        card,
        o.rng,
        "ts",
        {
            "type": "CST TRAVAILLEUR TEMPORAIRE",
            "back": [
                ("Lieu de naissance", "COLUMBUS (USA)"),
                ("Adresse", "8 RUE SAINTE-CATHERINE 33000 BORDEAUX"),
                ("Délivré le / Autorité", "02 06 2026  PRÉFET DE LA GIRONDE"),
                ("Remarques", "AUTORISE SON TITULAIRE À TRAVAILLER"),
            ],
        },
    )
    o.photo(front, "titre_sejour_recto.jpg", 0, 3024)
    o.photo(back, "titre_sejour_verso.jpg", 180, 3024)
    o.doc(
        [("titre_sejour_recto.jpg", [1]), ("titre_sejour_verso.jpg", [1])],
        "residence_permit",
        "phone_photo",
        I.card_fields(card, "FRA"),
        "carte de séjour temporaire 'travailleur temporaire' (CDD); verso upside down",
    )
    o.scan(C.us_certificate(p, o.rng), "birth_certificate.jpg", 200)
    o.doc(
        [("birth_certificate.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "O'CONNOR-HAYES",
            "given_names": "MEGAN ELIZABETH",
            "date_of_birth": p["dob"],
            "place_of_birth": "COLUMBUS, FRANKLIN COUNTY",
            "issuing_country": "USA",
            "language": "en",
            "has_apostille": True,
        },
        "Ohio certification of birth, US letter paper",
    )
    a = dict(
        country="USA",
        country_text="United States of America",
        doc_signer="Karen D. Whitlock",
        capacity="State Registrar of Vital Statistics",
        seal_of="Ohio Department of Health",
        at="Columbus, Ohio",
        on_text="the 20th day of February 2026",
        issued_on="2026-02-20",
        by="Secretary of State of Ohio",
        number="2026-0031877",
        signer="Daniel R. Whitfield",
        stamp=["SECRETARY OF STATE OHIO"],
        color=(150, 120, 30),
    )
    o.scan(C.apostille(a, o.rng), "apostille_ohio.jpg", 200)
    o.doc(
        [("apostille_ohio.jpg", [1])],
        "apostille",
        "scan",
        C.apostille_fields(a),
        "apostille of the Ohio Secretary of State for the birth certificate",
    )
    hp = dict(
        holder="MME MEGAN O'CONNOR-HAYES",
        street="8 RUE SAINTE-CATHERINE",
        cp="33000",
        city="BORDEAUX",
    )
    _bills(
        o,
        hp,
        "Free",
        [8, 9, 10],
        "MME ",
        "FB 71 338 204",
        [29.99, 29.99, 32.49],
        lambda m: f"Facture_Free_2026-{m:02d}.pdf",
        ["text_pdf"] * 3,
    )
    ib = iban("LT", "32500" + "18246093715")
    assert iban_ok(ib)
    r = dict(
        holder_print="Megan O'Connor-Hayes", iban=ib, bic="REVOLT21", bank_name="Revolut Bank UAB"
    )
    o.screenshot(F.revolut_screen(r), "Screenshot_20261102-184512.png")
    o.doc(
        [("Screenshot_20261102-184512.png", [1])],
        "rib",
        "screenshot",
        {
            "holder_name": "Megan O'Connor-Hayes",
            "iban": ib,
            "bic": "REVOLT21",
            "bank_name": "Revolut Bank UAB",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "Revolut account details screen, Lithuanian IBAN: foreign SEPA IBAN (info only)",
    )
    c = dict(
        font="lato",
        type="CDD",
        employer="MAISON DUVERGIER SAS",
        form="société par actions simplifiée au capital de 80 000 €",
        emp_addr="41 quai des Chartrons, 33000 Bordeaux",
        siret="533 921 476 00019",
        rep="M. Arnaud Duvergier",
        employee_print="Mme Megan Elizabeth O'CONNOR-HAYES",
        dob=p["dob"],
        pob="Columbus, Ohio (États-Unis)",
        nat_fr="américaine",
        addr="8 rue Sainte-Catherine, 33000 Bordeaux",
        start="2026-04-01",
        end="2027-03-31",
        motif="accroissement temporaire d'activité (export USA)",
        job="responsable export",
        statut="cadre",
        ccn="des vins et spiritueux (IDCC 493)",
        trial="un mois",
        gross=3150.0,
        workplace="Bordeaux (33)",
        city="Bordeaux",
        signed="2026-03-20",
    )
    o.image_pdf(F.contract_pages(c, o.rng), "CDD_Duvergier_signe.pdf")
    o.doc(
        [("CDD_Duvergier_signe.pdf", [1, 2])],
        "employment_contract",
        "image_pdf",
        {
            "employer": "MAISON DUVERGIER SAS",
            "employee_name": "Megan Elizabeth O'CONNOR-HAYES",
            "contract_type": "CDD",
            "job_title": "responsable export",
            "start_date": "2026-04-01",
        },
        "CDD 12 months, printed signed and scanned",
    )
    return _truth("2026-11-24", True, p)


# ====================================================================== p04 Côte d'Ivoire
def p04(o):
    p = dict(
        surname="N'GUESSAN",
        given="AHOU MARIE-PAULE",
        dob="1991-11-03",
        sex="F",
        nat="CIV",
        pob_form="BOUAKÉ, CÔTE D'IVOIRE",
        nat_fr="IVOIRIENNE",
        street="5 ALLÉE DES MARRONNIERS",
        cp="69100",
        city="VILLEURBANNE",
        phone="06 45 09 72 18",
        email="ahou.nguessan@yahoo.fr",
        situation="sans_activite",
        place="Villeurbanne",
        signed_on="2026-11-21",
        hand_font="hand5",
        skin=(90, 60, 42),
        passport_no="22AP41876",
        pp_surname="N'GUESSAN",
        pp_given="AHOU MARIE-PAULE",
        pp_pob="BOUAKE",
        pp_issue="2022-06-07",
        pp_expiry="2027-06-06",
    )
    _form(o, p, "phone_photo", 0, "hand", ["IMG_20261121_101530.jpg", "IMG_20261121_101602.jpg"])
    st = _pp_style(
        bg=(238, 232, 218),
        guill=(226, 214, 196),
        ink=(200, 100, 0),
        skin=p["skin"],
        country_line="RÉPUBLIQUE DE CÔTE D'IVOIRE",
        country_line2="REPUBLIC OF CÔTE D'IVOIRE  •  PASSEPORT / PASSPORT",
        nat_text="IVOIRIENNE / IVORIAN",
        authority="ONECI / DST ABIDJAN",
    )
    img, _ = I.passport_page(p, o.rng, st)
    v = {
        "sticker_no": "FRA 040771954",
        "from": "2026-03-02",
        "from_fr": "02-03-2026",
        "until": "2027-03-01",
        "until_fr": "01-03-2027",
        "issued_in": "ABIDJAN",
        "issued_fr": "17-02-2026",
        "remarks": "VLS-TS VISITEUR",
        "category": "VISITEUR",
    }
    vimg, _ = I.visa_sticker(p, o.rng, v)
    o.image_pdf([on_a4(img, 125, 40, 30), on_a4(vimg, 125, 40, 30)], "passeport_visa.pdf")
    o.doc(
        [("passeport_visa.pdf", [1])],
        "passport",
        "image_pdf",
        I.passport_fields(p),
        "Ivorian passport; passport and visa scanned into one PDF",
    )
    o.doc(
        [("passeport_visa.pdf", [2])],
        "long_stay_visa",
        "image_pdf",
        I.visa_fields(p, v),
        "VLS-TS visiteur, page 2 of the same PDF",
    )
    o.scan(C.ivoire_extrait(p, o.rng), "extrait_naissance.jpg", 300)
    o.doc(
        [("extrait_naissance.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "N'GUESSAN",
            "given_names": "Ahou Marie-Paule",
            "date_of_birth": p["dob"],
            "place_of_birth": "Bouaké (CHU)",
            "issuing_country": "CIV",
            "language": "fr",
            "has_apostille": False,
        },
        "Côte d'Ivoire: exempt of legalisation and apostille in France (accord de "
        "coopération en matière de justice franco-ivoirien du 24 avril 1961)",
    )
    hp = dict(
        holder="MME AHOU MARIE-PAULE N'GUESSAN",
        street="5 ALLÉE DES MARRONNIERS",
        cp="69100",
        city="VILLEURBANNE",
    )
    _bills(
        o,
        hp,
        "Orange",
        [7, 9, 10],
        "MME ",
        "0478 215 903",
        [39.99, 39.99, 42.99],
        lambda m: {
            7: "facture_orange_juillet.pdf",
            9: "IMG_20261012_184455.jpg",
            10: "facture_orange_octobre.pdf",
        }[m],
        ["text_pdf", ("phone_photo", 90), "text_pdf"],
    )
    acct = "00010422187"
    ib, key = fr_iban("30004", "00815", acct)
    r = dict(
        bank_name="BNP PARIBAS",
        color=(0, 130, 80),
        holder_print="MME N'GUESSAN AHOU MARIE-PAULE",
        street="5 ALLÉE DES MARRONNIERS",
        cp="69100",
        city="VILLEURBANNE",
        agency=[
            "BNP PARIBAS VILLEURBANNE GRATTE-CIEL",
            "28 AVENUE HENRI BARBUSSE",
            "69100 VILLEURBANNE",
        ],
        bank="30004",
        branch="00815",
        account=acct,
        key=key,
        iban=ib,
        bic="BNPAFRPPXXX",
    )
    o.scan(F.rib_page(r, o.rng), "RIB_BNP.png", 150)
    o.doc(
        [("RIB_BNP.png", [1])],
        "rib",
        "scan",
        {
            "holder_name": "N'GUESSAN AHOU MARIE-PAULE",
            "iban": ib,
            "bic": "BNPAFRPPXXX",
            "bank_name": "BNP PARIBAS",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "",
    )
    assert rib_key("30004", "00815", acct) == key
    return _truth(
        "2026-11-27",
        False,
        p,
        {"residence_proof": "invalid"},
        "incomplete",
        "residence_proof: the three Orange bills cover July, September and October "
        "2026 (August missing): not three consecutive months",
    )
