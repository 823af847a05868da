"""The four packets of set_bh (p01-p03 in order, p04 with one defect)."""

import random
from datetime import date

from civil import algeria_s12, cameroon_acte
from common import fr_iban, iban, rib_key
from form import cerfa
from ids import french_cni, passport_page, residence_card, visa_sticker
from papers import attestation, bill, contract, lease, rib_doc
from render import (
    Packet,
    image_pdf_file,
    images,
    on_a4,
    photo_file,
    scan_file,
    text_pdf,
)
from truthlib import (  # noqa: E402
    FMT_DMY,
    bill_fields,
    fmt_en,
    form_fields,
    id_fields,
    monthly_bills,
    rib_fields,
    truth,
    visa_fields,
)


# ------------------------------------------------------------------ p01 Algeria
def p01(out):
    rng = random.Random(101)
    pk = Packet(out, "p01")
    p = dict(
        surname="BOUDJEMAA",
        given="Yacine Mohamed",
        dob=date(1993, 4, 17),
        sex="M",
        nat="DZA",
        pob_passport="SETIF",
        tone=(0.62, 0.46, 0.34),
    )
    addr = ["14 rue Paul Bert", "69003 Lyon"]
    f = dict(
        fill="hand",
        surname="BOUDJEMAA",
        given="Yacine Mohamed",
        sex="M",
        dob=p["dob"],
        pob="Sétif",
        pob_country="Algérie",
        nationality="Algérienne",
        address="14 rue Paul Bert",
        cp="69003",
        city="Lyon",
        phone="07 58 21 44 90",
        email="yacine.boudj93@gmail.com",
        situation={"salarie"},
        contract="CDI",
        job="Technicien de maintenance",
        place="Lyon",
        date_text="10/11/2026",
        signed=True,
        signed_on=date(2026, 11, 10),
        hand_font="H_ecolier",
    )
    size, fns = cerfa(f, rng, run=0)
    image_pdf_file(pk, "demande_cpam.pdf", images(size, fns), rng)
    pk.add(
        [{"path": "demande_cpam.pdf", "pages": [1, 2]}],
        "application_form",
        "image_pdf",
        form_fields(f),
        "cerfa 15763*02 filled by hand, scanned",
    )

    doc = dict(
        code="DZA",
        number="198705342",
        issue=date(2022, 6, 12),
        expiry=date(2032, 6, 11),
        header=["RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", "PASSEPORT / PASSPORT"],
        nat_text="ALGERIENNE",
        authority="DAIRA DE SETIF",
        datefmt=FMT_DMY,
        tint=(0.78, 0.88, 0.8),
        head=(0.05, 0.35, 0.2),
        lbl=dict(
            type="Type",
            code="Code du pays / Country code",
            num="N° du passeport",
            surname="Nom / Surname",
            given="Prénoms / Given names",
            nat="Nationalité / Nationality",
            dob="Date de naissance / Date of birth",
            sex="Sexe / Sex",
            pob="Lieu de naissance / Place of birth",
            issue="Date de délivrance / Date of issue",
            exp="Date d'expiration / Date of expiry",
            auth="Autorité / Authority",
        ),
    )
    size, fn, _ = passport_page(p, doc, rng)
    photo_file(pk, "IMG_20261110_184512.jpg", images(size, fn, 300)[0], rng, rot=0)
    pk.add(
        [{"path": "IMG_20261110_184512.jpg", "pages": [1]}],
        "passport",
        "phone_photo",
        id_fields(p, "198705342", "DZA", "DZA", doc["expiry"]),
    )

    v = dict(
        number="024815736",
        **{"from": date(2026, 1, 20)},
        until=date(2027, 1, 19),
        days="365",
        place="ALGER",
        issued=date(2026, 1, 12),
        passport="198705342",
        remarks=["VLS-TS SALARIE", "A VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE"],
    )
    size, fn, _ = visa_sticker(p, v, rng)
    scan_file(pk, "scan_0012.jpg", on_a4(images(size, fn, 300)), rng)
    pk.add([{"path": "scan_0012.jpg", "pages": [1]}], "long_stay_visa", "scan", visa_fields(p, v))

    b = dict(
        wilaya="Sétif",
        commune="Sétif",
        act="01482",
        hour="10h30",
        place="Sétif (Wilaya de Sétif)",
        father="Boudjemaa Abdelkader",
        mother="Hamidi Fatiha",
        issued=date(2025, 10, 2),
    )
    size, fn = algeria_s12(p, b, rng)
    image_pdf_file(pk, "extrait_naissance.pdf", images(size, fn), rng)
    pk.add(
        [{"path": "extrait_naissance.pdf", "pages": [1]}],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "BOUDJEMAA",
            "given_names": "Yacine Mohamed",
            "date_of_birth": "1993-04-17",
            "place_of_birth": "Sétif",
            "issuing_country": "DZA",
            "language": "fr",
            "has_apostille": False,
        },
        "Algerian S12 extract, French side; Algeria exempt (1962 protocol), no apostille",
    )

    L = dict(
        landlord="Mme Françoise CHAPUIS",
        landlord_addr="3 place Bellecour, 69002 Lyon",
        tenant_text="M. Yacine Mohamed BOUDJEMAA",
        address="14 rue Paul Bert, 69003 Lyon",
        desc="Appartement de type T2, 3e étage gauche, surface habitable 41 m², cave n° 7.",
        start=date(2026, 2, 1),
        rent=690.0,
        charges=55.0,
        city="Lyon",
        signed=date(2026, 1, 26),
        initials=("FC", "YB"),
    )
    size, fns = lease(L, rng)
    image_pdf_file(pk, "bail_appartement.pdf", images(size, fns), rng)
    pk.add(
        [{"path": "bail_appartement.pdf", "pages": [1, 2]}],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Yacine Mohamed BOUDJEMAA"],
            "landlord": "Françoise CHAPUIS",
            "address": "14 rue Paul Bert, 69003 Lyon",
            "start_date": "2026-02-01",
        },
    )

    ib, key = fr_iban("30003", "01874", "00050437219")
    r = dict(
        bank="SOCIETE GENERALE",
        color=(0.85, 0.0, 0.1),
        font="Lib",
        font_b="LibB",
        holder="M BOUDJEMAA YACINE MOHAMED",
        holder_addr=addr,
        agency="LYON GUILLOTIERE",
        agency_addr=["112 GRANDE RUE DE LA GUILLOTIERE", "69007 LYON"],
        bank_code="30003",
        branch="01874",
        account="00050437219",
        key=key,
        iban=ib,
        bic="SOGEFRPP",
        legal="Société Générale - S.A. au capital de 1 000 395 971,25 EUR - 552 120 222 "
        "RCS Paris - 29 bd Haussmann 75009 Paris",
        edited=date(2026, 2, 9),
    )
    size, fn = rib_doc(r, rng)
    text_pdf(pk, "RIB_SG.pdf", size, fn)
    pk.add(
        [{"path": "RIB_SG.pdf", "pages": [1]}],
        "rib",
        "text_pdf",
        rib_fields("M BOUDJEMAA YACINE MOHAMED", ib, "SOGEFRPP", "Société Générale"),
    )

    k = dict(
        employer="MAINTENANCE INDUSTRIELLE RHÔNE-ALPES",
        form="SAS au capital de 80 000 €",
        employer_addr="27 rue du Dauphiné, 69003 Lyon",
        siret="812 457 339 00021",
        rep="M. Olivier Ravel",
        rep_title="Président",
        employee_text="M. Yacine Mohamed BOUDJEMAA",
        dob=p["dob"],
        pob="Sétif (Algérie)",
        nationality="algérienne",
        address="14 rue Paul Bert, 69003 Lyon",
        start=date(2026, 2, 2),
        job="Technicien de maintenance",
        status="ETAM",
        coef="255",
        idcc="de la métallurgie (IDCC 3248)",
        gross=2350.0,
        workplace="Vénissieux (69200), 8 avenue de la République",
        city="Lyon",
        signed=date(2026, 1, 28),
    )
    size, fns = contract(k, rng)
    text_pdf(pk, "contrat_CDI.pdf", size, fns)
    pk.add(
        [{"path": "contrat_CDI.pdf", "pages": [1, 2]}],
        "employment_contract",
        "text_pdf",
        {
            "employer": "MAINTENANCE INDUSTRIELLE RHÔNE-ALPES",
            "employee_name": "Yacine Mohamed BOUDJEMAA",
            "contract_type": "CDI",
            "job_title": "Technicien de maintenance",
            "start_date": "2026-02-02",
        },
    )
    return truth("2026-11-18", True, p, pk.docs)


# ------------------------------------------------------------------ p02 Cameroon
def p02(out):
    rng = random.Random(202)
    pk = Packet(out, "p02")
    p = dict(
        surname="MBARGA",
        given="Christelle Aurore",
        dob=date(1990, 9, 2),
        sex="F",
        nat="CMR",
        pob_passport="YAOUNDE",
        tone=(0.36, 0.24, 0.17),
    )
    host = dict(
        surname="ATANGANA",
        given="Sandrine Mireille",
        dob=date(1985, 1, 19),
        sex="F",
        nat="FRA",
        pob_passport="YAOUNDÉ (CAMEROUN)",
        tone=(0.38, 0.26, 0.18),
    )
    addr = ["27 avenue Jean Jaurès", "93300 Aubervilliers"]
    f = dict(
        fill="typed",
        surname="MBARGA",
        given="Christelle Aurore",
        sex="F",
        dob=p["dob"],
        pob="Yaoundé",
        pob_country="Cameroun",
        nationality="Camerounaise",
        address="chez Mme ATANGANA, 27 avenue Jean Jaurès",
        cp="93300",
        city="Aubervilliers",
        phone="06 12 87 30 45",
        email="christelle.mbarga@yahoo.fr",
        situation={"sans_activite"},
        place="Aubervilliers",
        date_text="05/11/2026",
        signed=True,
        signed_on=date(2026, 11, 5),
    )
    size, fns = cerfa(f, rng, run=1)
    imgs = images(size, fns, 150)
    photo_file(pk, "IMG_4471.jpg", imgs[0], rng, rot=0)
    photo_file(pk, "IMG_4472.jpg", imgs[1], rng, rot=90)
    pk.add(
        [{"path": "IMG_4471.jpg", "pages": [1]}, {"path": "IMG_4472.jpg", "pages": [1]}],
        "application_form",
        "phone_photo",
        form_fields(f),
        "typed on screen, printed, signed by hand, photographed; page 2 rotated",
    )

    doc = dict(
        code="CMR",
        number="AA0412897",
        issue=date(2023, 3, 14),
        expiry=date(2028, 3, 13),
        header=["RÉPUBLIQUE DU CAMEROUN - REPUBLIC OF CAMEROON", "PASSEPORT / PASSPORT"],
        nat_text="CAMEROUNAISE / CAMEROONIAN",
        authority="DGSN YAOUNDE",
        datefmt=fmt_en,
        tint=(0.85, 0.85, 0.75),
        head=(0.1, 0.35, 0.15),
        bold=True,
        lbl=dict(
            type="Type",
            code="Code / Code",
            num="Passeport N° / Passport No",
            surname="Nom / Surname",
            given="Prénoms / Given names",
            nat="Nationalité / Nationality",
            dob="Date de naissance / Date of birth",
            sex="Sexe / Sex",
            pob="Lieu de naissance / Place of birth",
            issue="Date de délivrance / Date of issue",
            exp="Date d'expiration / Date of expiry",
            auth="Autorité / Authority",
        ),
    )
    size, fn, _ = passport_page(p, doc, rng)
    image_pdf_file(pk, "passeport.pdf", [on_a4(images(size, fn, 300))], rng, dpi=300)
    pk.add(
        [{"path": "passeport.pdf", "pages": [1]}],
        "passport",
        "image_pdf",
        id_fields(p, "AA0412897", "CMR", "CMR", doc["expiry"]),
    )

    t = dict(
        number="930014821",
        until=date(2027, 5, 5),
        issued=date(2026, 5, 6),
        kind="CARTE DE SÉJOUR TEMPORAIRE",
        address=[a.upper() for a in addr],
        remarks="VIE PRIVÉE ET FAMILIALE - AUTORISE SON TITULAIRE À TRAVAILLER",
        prefecture="PRÉFECTURE DE LA SEINE-SAINT-DENIS",
    )
    size, front, back, _ = residence_card(p, t, rng)
    photo_file(pk, "titre_sejour_recto.jpg", images(size, front, 400)[0], rng, rot=0)
    photo_file(pk, "titre_sejour_verso.jpg", images(size, back, 400)[0], rng, rot=180)
    pk.add(
        [
            {"path": "titre_sejour_recto.jpg", "pages": [1]},
            {"path": "titre_sejour_verso.jpg", "pages": [1]},
        ],
        "residence_permit",
        "phone_photo",
        id_fields(p, "930014821", "CMR", "FRA", t["until"]),
        "carte de séjour temporaire vie privée et familiale, recto and verso photos",
    )

    b = dict(
        region="Centre",
        dept="Mfoundi",
        centre="Yaoundé II",
        act="1990/0847",
        place="Hôpital Central de Yaoundé",
        father="MBARGA Jean-Pierre",
        father_pob="Obala",
        father_job="Instituteur",
        mother="NGONO Berthe",
        mother_pob="Mbalmayo",
        mother_job="Ménagère",
        drawn=date(1990, 9, 10),
        declarant="du père",
        issued=date(2025, 12, 4),
    )
    size, fn = cameroon_acte(p, b, rng)
    scan_file(pk, "acte_naissance_christelle.jpg", images(size, fn, 200)[0], rng)
    pk.add(
        [{"path": "acte_naissance_christelle.jpg", "pages": [1]}],
        "birth_certificate",
        "scan",
        {
            "surname": "MBARGA",
            "given_names": "Christelle Aurore",
            "date_of_birth": "1990-09-02",
            "place_of_birth": "Yaoundé",
            "issuing_country": "CMR",
            "language": "fr",
            "has_apostille": False,
        },
        "Cameroon: not a Hague party; exempt from legalisation (1974 Franco-Cameroonian "
        "judicial cooperation agreement)",
    )

    a = dict(
        host_line="Je soussignée Madame Sandrine ATANGANA,",
        host_addr=[],
        body=[
            "née le 19/01/1985 à Yaoundé (Cameroun), demeurant",
            "au 27 avenue Jean Jaurès, 93300 Aubervilliers,",
            "atteste sur l'honneur héberger à mon domicile ma",
            "soeur, Madame Christelle Aurore MBARGA, née le",
            "02/09/1990 à Yaoundé (Cameroun), depuis le 1er avril",
            "2026, à titre gratuit.",
            "Fait pour servir et valoir ce que de droit.",
        ],
        place_date="Fait à Aubervilliers, le 03/11/2026",
        font="H_dkg",
    )
    size, fn = attestation(a, rng)
    photo_file(pk, "attestation_hebergement.jpg", images(size, fn, 150)[0], rng, rot=0)
    pk.add(
        [{"path": "attestation_hebergement.jpg", "pages": [1]}],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Sandrine ATANGANA",
            "hosted_name": "Christelle Aurore MBARGA",
            "address": ", ".join(addr),
            "since_date": "2026-04-01",
            "signed_on": "2026-11-03",
            "signed": True,
        },
        "handwritten on lined paper, signed",
    )

    t2 = dict(
        number="X4RT7KP21",
        until=date(2033, 2, 9),
        issued=date(2023, 2, 10),
        address=[a.upper() for a in addr],
    )
    size, front, back, _ = french_cni(host, t2, rng)
    scan_file(pk, "CNI_Sandrine.jpg", on_a4(images(size, [front, back], 300)), rng)
    pk.add(
        [{"path": "CNI_Sandrine.jpg", "pages": [1]}],
        "national_id",
        "scan",
        id_fields(host, "X4RT7KP21", "FRA", "FRA", t2["until"]),
        "host's French identity card, recto and verso on one scan",
    )

    base = dict(
        provider="SFR",
        provider_name="SFR",
        tagline="SFR Fibre - Box Power",
        color=(0.89, 0.0, 0.1),
        style="logo",
        title="Votre facture",
        ref_label="N° client",
        ref="0648 2219 077",
        holder="Mme Sandrine ATANGANA",
        holder_clean="Sandrine ATANGANA",
        address=addr,
        site_label="Adresse d'installation :",
        issue_day=4,
        num_prefix="FA",
        payment="Prélèvement automatique sur votre compte le 14 du mois.",
        legal=[
            "SFR - SA au capital de 3 423 265 598,40 € - 343 059 564 RCS Paris - "
            "16 rue du Général Alain de Boissieu 75015 Paris"
        ],
    )

    def sfr_lines(i, rng):
        ls = [("Abonnement SFR Fibre Power", 37.99), ("Option TV", 5.0)]
        if i == 1:
            ls.append(("Appels vers l'international", 3.42))
        return ls, round(sum(x for _, x in ls), 2)

    names = ["aout", "septembre", "octobre"]
    for b, nm in zip(
        monthly_bills(base, [(2026, 8), (2026, 9), (2026, 10)], rng, sfr_lines), names, strict=True
    ):
        size, fn = bill(b, rng)
        fname = f"facture_SFR_{nm}.pdf"
        text_pdf(pk, fname, size, fn)
        pk.add(
            [{"path": fname, "pages": [1]}],
            "utility_bill",
            "text_pdf",
            bill_fields(b, "internet"),
            "host's bill",
        )

    acc = "0623418K020"
    key = rib_key("20041", "01012", acc)
    ib = iban("FR", "20041" + "01012" + acc + key)
    r = dict(
        bank="LA BANQUE POSTALE",
        color=(0.0, 0.2, 0.55),
        font="Open",
        font_b="OpenB",
        holder="MME CHRISTELLE AURORE MBARGA",
        holder_addr=[a.upper() for a in addr],
        agency="LA BANQUE POSTALE",
        agency_addr=["CENTRE FINANCIER DE PARIS", "75900 PARIS CEDEX 15"],
        bank_code="20041",
        branch="01012",
        account=acc,
        key=key,
        iban=ib,
        bic="PSSTFRPPPAR",
        legal="La Banque Postale - SA à Directoire et Conseil de "
        "surveillance - 421 100 645 RCS Paris",
        edited=date(2026, 6, 2),
    )
    size, fn = rib_doc(r, rng)
    text_pdf(pk, "RIB_banque_postale.pdf", size, fn)
    pk.add(
        [{"path": "RIB_banque_postale.pdf", "pages": [1]}],
        "rib",
        "text_pdf",
        rib_fields("MME CHRISTELLE AURORE MBARGA", ib, "PSSTFRPPPAR", "La Banque Postale"),
        "account number holds a letter (K), mapped for the RIB key",
    )
    return truth("2026-11-23", False, p, pk.docs)
