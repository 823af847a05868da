"""Packets p01 (born in Algeria, employed) and p02 (born in Mali, sans activité, hosted)."""

from __future__ import annotations

from PIL import Image

import bills
import civil
import housing
import ids
import work
from banking import bnp_rib, n26_screenshot
from cerfa import form_pdf
from common import fr_iban, iban_make, iban_ok, luhn_complete, paste_on_page, rib_key
from fillers import make_filler
from kit import REQ_IDS, Packet, bill_fields, form_fields, id_fields, merge_pdfs


def card_page(front: Image.Image, back: Image.Image, dpi=300, y=(30, 100)) -> Image.Image:
    w = int(85.6 / 25.4 * dpi)
    h = int(54 / 25.4 * dpi)
    f = front.resize((w, h), Image.LANCZOS)
    b = back.resize((w, h), Image.LANCZOS)
    return paste_on_page([(f, 25, y[0]), (b, 25, y[1])], dpi=dpi)


def p01(root) -> str:
    pk = Packet(root, "p01", 101)
    as_of = "2026-11-18"
    person = dict(
        surname="AIT OUARET",
        given="Mohamed Amine",
        dob="1993-04-27",
        sex="M",
        pob="Tizi Ouzou",
        skin=(176, 132, 100),
        hair=(28, 22, 18),
        nat="DZA",
        surname_ar="آيت واعرت",
        given_ar="محمد أمين",
    )
    addr = ["27 cours Émile Zola", "Apt 34", "69100 Villeurbanne"]
    # identity: Algerian passport, phone photo of the open booklet
    pdoc = dict(
        country="DZA",
        number="203418775",
        issue="2022-03-14",
        expiry="2032-03-13",
        authority="DAIRA DE TIZI OUZOU",
    )
    page, mrz = ids.passport_page(pk.rng(), person, pdoc)
    f = pk.photo(
        "IMG_20261104_183212.jpg", ids.booklet(pk.rng(), page, cover=(25, 70, 45)), fill=0.78
    )
    pk.doc(
        [(f, [1])],
        "passport",
        "phone_photo",
        id_fields(
            "AIT OUARET",
            "MOHAMED AMINE",
            pdoc["number"],
            "DZA",
            "DZA",
            person["dob"],
            "M",
            pdoc["expiry"],
        ),
        "Algerian biometric passport, data page with the facing page; MRZ: " + " / ".join(mrz),
    )
    # residence status: certificat de résidence algérien (titre de séjour card)
    card = dict(
        number="EA8C4X2P7",
        type_line="CERTIFICAT DE RÉSIDENCE ALGÉRIEN",
        expiry="2027-01-19",
        remarks=["SALARIÉ"],
        pob_line="TIZI OUZOU (ALGÉRIE)",
        address1="27 COURS EMILE ZOLA APT 34",
        address2="69100 VILLEURBANNE",
        issue="2026-01-20",
        authority="PRÉFECTURE DU RHÔNE",
    )
    fr, bk, mrz = ids.residence_card(pk.rng(), dict(person, surname="AÏT OUARET"), card)
    f = pk.scan("titre_sejour_recto_verso.jpg", card_page(fr, bk))
    pk.doc(
        [(f, [1])],
        "residence_permit",
        "scan",
        id_fields(
            "AÏT OUARET",
            "MOHAMED, AMINE",
            card["number"],
            "DZA",
            "FRA",
            person["dob"],
            "M",
            card["expiry"],
            permit_type=card["type_line"],
        ),
        "Front and back of the card on one flatbed scan (300 dpi); TD1 MRZ: " + " / ".join(mrz),
    )
    # birth certificate: Algerian extract, bilingual; exempt from legalisation
    bc = dict(
        wilaya="Tizi Ouzou",
        daira="Tizi Ouzou",
        commune="Tizi Ouzou",
        wilaya_ar="تيزي وزو",
        act_no="01187",
        dob=person["dob"],
        nin="109930427011870004",
        dob_words="vingt-sept avril mil neuf cent quatre-vingt-treize",
        dob_words_ar=["السابع والعشرين من أفريل", "سنة ألف وتسعمائة وثلاثة وتسعين"],
        hour="10 heures 15 minutes",
        hour_ar="العاشرة و15 دقيقة",
        place="Tizi Ouzou",
        place_ar="تيزي وزو",
        surname="AÏT OUARET",
        surname_ar="آيت واعرت",
        given="Mohamed Amine",
        given_ar="محمد أمين",
        sex_word="Masculin",
        sex_ar="ذكر",
        father="Saïd",
        father_ar="سعيد",
        mother="BELKACEMI Ouardia",
        mother_ar="بلقاسمي وردية",
        issued="2026-06-12",
    )
    f = pk.scan("acte_de_naissance.jpg", civil.algeria_birth(bc, pk.rng()), dpi=200)
    pk.doc(
        [(f, [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "AÏT OUARET",
            "given_names": "Mohamed Amine",
            "date_of_birth": person["dob"],
            "place_of_birth": "Tizi Ouzou",
            "issuing_country": "DZA",
            "language": "fr+ar",
            "has_apostille": False,
        },
        "Extrait d'acte de naissance, French/Arabic. Algeria is not a Hague apostille party; "
        "France-Algeria judicial protocol of 28 Aug 1962 exempts it from legalisation.",
    )
    # residence proof: three consecutive Free bills in his name
    iban_free = fr_iban("30004", "00823", "00010234567")[0]
    base = dict(
        holder="Ait Ouaret Mohamed Amine",
        address=["27 COURS EMILE ZOLA", "APT 34", "69100 VILLEURBANNE"],
        email="m.aitouaret@gmail.com",
        line="0478239415",
        client="11842577",
        offer="Freebox Pop",
        amount=39.99,
        iban_masked=iban_free[:4] + " " + "*" * 23,
    )
    months = [
        ("2026-08-01", "2026-08-31", "2026-09-02", "2026-09-05", "715209833"),
        ("2026-09-01", "2026-09-30", "2026-10-02", "2026-10-05", "718830412"),
        ("2026-10-01", "2026-10-31", "2026-11-03", "2026-11-06", "722507196"),
    ]
    names = [
        "Facture_Free_aout_2026.pdf",
        "Facture_Free_septembre_2026.pdf",
        "IMG_20261104_183530.jpg",
    ]
    for (s, e, iss, due, inv), nm in zip(months, names, strict=True):
        b = dict(base, start=s, end=e, issue=iss, due=due, invoice=inv)
        pdf = bills.free_bill(b)
        if nm.endswith(".pdf"):
            pk.doc(
                [(pk.text_pdf(nm, pdf), [1])],
                "utility_bill",
                "text_pdf",
                bill_fields(b, "Free", "internet"),
                "Freebox monthly bill",
            )
        else:
            f = pk.photo(nm, pdf, rotate_k=0, fill=0.82)
            pk.doc(
                [(f, [1])],
                "utility_bill",
                "phone_photo",
                bill_fields(b, "Free", "internet"),
                "October bill printed and photographed on a table",
            )
    # bank details: BNP Paribas RIB
    iban, key = fr_iban("30004", "00823", "00010234567")
    rib = dict(
        holder="M MOHAMED AMINE AIT OUARET",
        holder_address=["27 COURS EMILE ZOLA APT 34", "69100 VILLEURBANNE"],
        branch_address=[
            "BNP PARIBAS VILLEURBANNE GRATTE CIEL",
            "6 AVENUE HENRI BARBUSSE",
            "69100 VILLEURBANNE",
        ],
        bank="30004",
        branch="00823",
        account="00010234567",
        key=key,
        iban=iban,
        bic="BNPAFRPPXXX",
    )
    f = pk.text_pdf("RIB_BNP_compte_cheques.pdf", bnp_rib(rib))
    pk.doc(
        [(f, [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "MOHAMED AMINE AIT OUARET",
            "iban": iban,
            "bic": "BNPAFRPPXXX",
            "bank_name": "BNP Paribas",
            "iban_valid": iban_ok(iban),
            "rib_key_valid": rib_key("30004", "00823", "00010234567") == key,
        },
    )
    # employment: October payslip
    siret = luhn_complete("8123456780001")
    ps = dict(
        employer="TRANSALP LOGISTIQUE SAS",
        employer_address=[
            "Parc d'activités de Chesnes",
            "17 rue du Ruisseau",
            "38070 Saint-Quentin-Fallavier",
        ],
        siret=siret,
        naf="5210B",
        urssaf="Rhône-Alpes",
        idcc="Transports routiers (IDCC 16)",
        employee="AÏT OUARET Mohamed Amine",
        employee_address=["27 cours Émile Zola, Apt 34", "69100 Villeurbanne"],
        job="Préparateur de commandes",
        status="Ouvrier",
        coef="128 M",
        entry="2026-02-09",
        matricule="00417",
        period="2026-10",
        start="2026-10-01",
        end="2026-10-31",
        paid="2026-10-30",
        brut=2150.0,
        pas_rate=1.5,
        software="Silae",
        start_month=2,
    )
    pdf, tot = work.payslip(ps)
    f = pk.text_pdf("Bulletin_de_paie_2026_10.pdf", pdf)
    pk.doc(
        [(f, [1])],
        "payslip",
        "text_pdf",
        {
            "employer": ps["employer"],
            "employee_name": ps["employee"],
            "period": "2026-10",
            "net_pay": tot["net_paye"],
            "siret": siret,
        },
        f"net_pay is 'NET PAYÉ EN EUROS' (after income tax); net before tax {tot['net_avant']}",
    )
    # application form: typed, printed, signed by hand, scanned to PDF (print run C)
    v = dict(
        surname="AÏT OUARET",
        given="Mohamed Amine",
        sex="M",
        dob_digits="27041993",
        birth_city="Tizi Ouzou",
        birth_country="Algérie",
        nationality="Algérienne",
        addr1=addr[0],
        addr2=addr[1],
        cp="69100",
        city="Villeurbanne",
        phone="06 51 22 87 40",
        email="m.aitouaret@gmail.com",
        situation="salarie",
        job="Préparateur de commandes",
        contract="CDI",
        place="Villeurbanne",
        date_text="03/11/2026",
    )
    pdf = form_pdf(v, "C", make_filler("typed", pk.rng()))
    f = pk.image_pdf("formulaire_S1106_signe.pdf", pdf, dpi=200)
    pk.doc(
        [(f, [1, 2])],
        "application_form",
        "image_pdf",
        form_fields(v, person["dob"]),
        "print run C, typed on screen, signed in pen, scanned (two pages in one PDF)",
    )
    return pk.write_truth(
        as_of,
        True,
        {k: "complete" for k in REQ_IDS},
        None,
        {"surname": "AIT OUARET", "given_names": "MOHAMED AMINE", "date_of_birth": person["dob"]},
    )


def p02(root) -> str:
    pk = Packet(root, "p02", 202)
    as_of = "2026-11-24"
    person = dict(
        surname="DIARRA",
        given="Fatoumata",
        dob="1996-08-03",
        sex="F",
        pob="Ségou",
        skin=(110, 72, 50),
        hair=(20, 16, 14),
        nat="MLI",
    )
    # identity: Malian passport, phone photo, rotated 90°
    pdoc = dict(
        country="MLI",
        number="AB0391274",
        issue="2024-02-12",
        expiry="2029-02-11",
        authority="DGPN BAMAKO",
    )
    page, mrz = ids.passport_page(pk.rng(), dict(person, pob="Segou"), pdoc)
    f = pk.photo(
        "IMG_20261106_094512.jpg",
        ids.booklet(pk.rng(), page, cover=(70, 40, 30)),
        rotate_k=1,
        fill=0.8,
    )
    pk.doc(
        [(f, [1])],
        "passport",
        "phone_photo",
        id_fields(
            "DIARRA", "FATOUMATA", pdoc["number"], "MLI", "MLI", person["dob"], "F", pdoc["expiry"]
        ),
        "ECOWAS passport of Mali; photo saved rotated 90° (no EXIF orientation). MRZ: "
        + " / ".join(mrz),
    )
    # residence status: VLS-TS conjoint de Français, visa page scanned
    vis = dict(
        number="014235871",
        **{"from": "2026-05-02"},
        until="2027-05-01",
        days=365,
        post="BAMAKO",
        issued="2026-04-16",
        passport_no=pdoc["number"],
        page_no=9,
        remarks=[
            "VLS-TS CONJOINT DE FRANÇAIS",
            "À VALIDER EN LIGNE DANS LES 3 MOIS",
            "DE L'ARRIVÉE EN FRANCE",
        ],
    )
    vp, mrz = ids.visa_page(pk.rng(), person, vis)
    f = pk.scan("visa_long_sejour.jpg", vp)
    pk.doc(
        [(f, [1])],
        "long_stay_visa",
        "scan",
        id_fields(
            "DIARRA",
            "FATOUMATA",
            vis["number"],
            "MLI",
            "FRA",
            person["dob"],
            "F",
            vis["until"],
            visa_type="D",
            vls_ts=True,
            category="CONJOINT DE FRANÇAIS",
            valid_from=vis["from"],
            valid_until=vis["until"],
        ),
        "French type D visa sticker, MRV-B MRZ: " + " / ".join(mrz),
    )
    # birth certificate: Mali, French; exempt from legalisation (convention of 1962)
    bc = dict(
        region="Ségou",
        cercle="Ségou",
        commune="urbaine de Ségou",
        centre="Ségou",
        act_no="0842",
        dob=person["dob"],
        nina="19608030123456B",
        dob_words="Trois août mil neuf cent quatre-vingt-seize (03/08/1996)",
        hour="06 heures 30 minutes",
        place="Ségou, Hôpital Nianankoro Fomba",
        sex_word="Féminin",
        given="Fatoumata",
        surname="DIARRA",
        father="Bakary DIARRA, commerçant, domicilié à Ségou",
        mother="Kadiatou TRAORÉ, ménagère, domiciliée à Ségou",
        registered="10 août 1996, sur déclaration du père",
        issued="2026-01-22",
        officer="Modibo SANGARÉ",
    )
    f = pk.image_pdf("Acte_naissance_Fatoumata.pdf", civil.mali_birth(bc, pk.rng()), dpi=200)
    pk.doc(
        [(f, [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "DIARRA",
            "given_names": "Fatoumata",
            "date_of_birth": person["dob"],
            "place_of_birth": "Ségou",
            "issuing_country": "MLI",
            "language": "fr",
            "has_apostille": False,
        },
        "Malian extract; France-Mali cooperation agreement in judicial matters (9 March "
        "1962) exempts it from legalisation; Mali is not a Hague apostille party.",
    )
    # residence proof: attestation d'hébergement by the husband + his ID + his 3 bills
    host = dict(
        surname="COULIBALY",
        given="Seydou",
        dob="1988-03-12",
        sex="M",
        pob="Montreuil (93)",
        skin=(96, 62, 44),
        hair=(15, 12, 10),
        nat="FRA",
    )
    at = dict(
        title="Attestation d'hébergement",
        paragraphs=[
            "Je soussigné Seydou COULIBALY, né le 12/03/1988 à Montreuil (93), demeurant au 45 "
            "boulevard Paul Vaillant-Couturier, Bâtiment B, 93100 Montreuil,",
            "atteste sur l'honneur héberger à mon domicile depuis le 14/05/2026 mon épouse, "
            "Madame Fatoumata DIARRA, née le 03/08/1996 à Ségou (Mali).",
            "Je joins une copie de ma carte d'identité et mes trois dernières factures.",
        ],
        closing="Fait pour servir et valoir ce que de droit.",
        place_date="Fait à Montreuil, le 05/11/2026",
    )
    f = pk.photo("IMG_20261106_094655.jpg", housing.hosting_attestation(at, pk.rng()), fill=0.84)
    pk.doc(
        [(f, [1])],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Seydou COULIBALY",
            "hosted_name": "Fatoumata DIARRA",
            "address": "45 boulevard Paul Vaillant-Couturier, Bâtiment B, 93100 Montreuil",
            "since_date": "2026-05-14",
            "signed_on": "2026-11-05",
            "signed": True,
        },
        "handwritten by the host on Seyès paper, signed",
    )
    cni = dict(
        number="T7K2MX9P4",
        expiry="2033-06-19",
        issue="2023-06-20",
        can="482913",
        address1="45 BD PAUL VAILLANT COUTURIER BAT B",
        address2="93100 MONTREUIL",
        authority="PRÉFECTURE DE LA SEINE-SAINT-DENIS",
    )
    fr, bk, mrz = ids.cni_card(pk.rng(), host, cni)
    f = pk.scan("CNI_Seydou_recto_verso.jpg", card_page(fr, bk, y=(25, 95)), gray=True)
    pk.doc(
        [(f, [1])],
        "national_id",
        "scan",
        id_fields(
            "COULIBALY", "SEYDOU", cni["number"], "FRA", "FRA", host["dob"], "M", cni["expiry"]
        ),
        "the HOST's French identity card (2021 model), grey scan, both sides; MRZ: "
        + " / ".join(mrz),
    )
    base = dict(
        holder="M SEYDOU COULIBALY",
        address=["45 BD PAUL VAILLANT COUTURIER", "BAT B", "93100 MONTREUIL"],
        client="1.04417.2276",
        line="0148587312",
        offer="Bbox fit",
        amount=32.99,
        iban_masked="FR76 **** **** **** **** ***4 512",
    )
    parts, docs = [], []
    for i, (s, e, iss, due, inv) in enumerate(
        [
            ("2026-08-01", "2026-08-31", "2026-09-04", "2026-09-14", "1038251171"),
            ("2026-09-01", "2026-09-30", "2026-10-04", "2026-10-14", "1040318852"),
            ("2026-10-01", "2026-10-31", "2026-11-04", "2026-11-14", "1042466013"),
        ]
    ):
        b = dict(base, start=s, end=e, issue=iss, due=due, invoice=inv)
        parts.append(bills.bouygues_bill(b))
        docs.append((i + 1, bill_fields(b, "Bouygues Telecom", "internet")))
    f = pk.text_pdf("factures_bbox_aout_sept_oct.pdf", merge_pdfs(parts))
    for pg, flds in docs:
        pk.doc(
            [(f, [pg])],
            "utility_bill",
            "text_pdf",
            flds,
            "the HOST's bill; three months merged into one PDF",
        )
    # bank details: N26 app screen (German IBAN, SEPA)
    bban = "10011001" + "2623812345"
    iban = iban_make("DE", bban)
    f = pk.screenshot(
        "Screenshot_20261103-141522.png",
        n26_screenshot(
            dict(
                holder="Fatoumata Diarra",
                iban=iban,
                bic="NTSBDEB1XXX",
                bank_name="N26 Bank SE",
                bank_address="Voltairestraße 8, 10179 Berlin",
                time="14:15",
            )
        ),
    )
    pk.doc(
        [(f, [1])],
        "rib",
        "screenshot",
        {
            "holder_name": "Fatoumata Diarra",
            "iban": iban,
            "bic": "NTSBDEB1XXX",
            "bank_name": "N26 Bank SE",
            "iban_valid": iban_ok(iban),
            "rib_key_valid": None,
        },
        "German IBAN of an online bank: acceptable under SEPA Regulation 260/2012 (info)",
    )
    # application form: filled by hand (print run A), one phone photo per page
    v = dict(
        surname="DIARRA",
        given="Fatoumata",
        sex="F",
        dob_digits="03081996",
        birth_city="Ségou",
        birth_country="Mali",
        nationality="Malienne",
        addr1="45 bd Paul Vaillant-Couturier",
        addr2="Bât. B",
        cp="93100",
        city="Montreuil",
        phone="07 58 31 90 26",
        email="",
        situation="sans_activite",
        place="Montreuil",
        date_text="06/11/2026",
    )
    pdf = form_pdf(v, "A", make_filler("hand", pk.rng(), font="Dkg", size=12.5))
    f1 = pk.photo("IMG_20261106_093801.jpg", pdf, page_no=0, fill=0.86)
    f2 = pk.photo("IMG_20261106_093822.jpg", pdf, page_no=1, rotate_k=3, fill=0.86)
    pk.doc(
        [(f1, [1]), (f2, [1])],
        "application_form",
        "phone_photo",
        form_fields(v, person["dob"]),
        "print run A filled by hand in capitals; page 2 photo saved rotated 270°",
    )
    req = {k: "complete" for k in REQ_IDS}
    req["employment"] = "not_applicable"
    return pk.write_truth(
        as_of,
        False,
        req,
        None,
        {"surname": "DIARRA", "given_names": "FATOUMATA", "date_of_birth": person["dob"]},
    )
