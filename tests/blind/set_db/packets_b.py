"""Packets p03 (Colombia, unsigned form) and p04 (Côte d'Ivoire, expired récépissé)."""

from __future__ import annotations

import docs_civil as C
import docs_form as F
import docs_id as D
import docs_money as M
from checks import fr_iban, iban_make
from pack import Packet
from texts import LEASE_P04

# =============================================================================================
# p03 - Colombia, carte de séjour, three Bouygues bills, not employed; DEFECT: form unsigned
# =============================================================================================


def p03(out):
    k = Packet(out, "p03", 4303, "2026-11-24", employed=False)
    me = dict(
        surname="RESTREPO GÓMEZ",
        given="MARÍA CAMILA",
        surname_print="RESTREPO GÓMEZ",
        given_print="MARÍA CAMILA",
        surname1="RESTREPO",
        surname2="GÓMEZ",
        dob="1991-10-03",
        sex="F",
        pob_print="MEDELLÍN (ANTIOQUIA) COL",
        nat="COL",
    )
    k.applicant(me["surname"], me["given"], me["dob"])

    form = F.application_form(
        dict(
            surname="RESTREPO GÓMEZ",
            given="María Camila",
            dob=me["dob"],
            pob="Medellín (Colombie)",
            nat="colombienne",
            addr1="5 rue Paul Bert",
            zip="69003",
            city="Lyon",
            phone="06 12 74 90 38",
            status="not_employed",
            place="Lyon",
            date="2026-11-16",
        ),
        k.rng,
        hand="hand_b",
        signed=False,
    )
    k.photo_jpg("IMG_20261116_092214.jpg", form, rot=0, dpi=170)
    k.doc(
        "application_form",
        "phone_photo",
        [("IMG_20261116_092214.jpg", [1])],
        dict(
            surname="RESTREPO GÓMEZ",
            given_names="María Camila",
            date_of_birth=me["dob"],
            employment_status="not_employed",
            signed=False,
            signed_on="2026-11-16",
            nir=None,
        ),
        "hand-filled and dated, but the signature box is EMPTY",
    )

    pp = dict(
        country="COL",
        number="AX482193",
        issued="2023-06-14",
        expiry="2033-06-13",
        nat_word="COLOMBIANA",
        l_type="Tipo / Type",
        l_code="Código / Code",
        l_no="Pasaporte No. / Passport No.",
        l_sur="Apellidos / Surname",
        l_given="Nombres / Given names",
        l_nat="Nacionalidad / Nationality",
        l_sex="Sexo / Sex",
        l_dob="Fecha de nacimiento / Date of birth",
        l_pob="Lugar de nacimiento / Place of birth",
        l_issue="Fecha de expedición / Date of issue",
        l_exp="Fecha de vencimiento / Date of expiry",
        personal="1036624871",
        sig_label="Firma del titular / Holder's signature",
        skin=(190, 150, 120),
        extra_rows=[
            [
                ("Autoridad / Authority", "CANCILLERÍA - BOGOTÁ", 46),
                ("No. Personal / Personal No.", "1036624871", 0),
            ]
        ],
    )
    me_pp = dict(me, pob_print="MEDELLÍN COL")
    pg, _ = D.passport(me_pp, pp, k.rng)
    k.scan_jpg("pasaporte.jpg", [(pg, 20, 18)], dpi=300)
    k.doc(
        "passport",
        "scan",
        [("pasaporte.jpg", [1])],
        k.id_fields(me, pp["number"], "COL", "COL", pp["expiry"]),
        "two surnames; accents on the visual zone, none in the MRZ",
    )

    card = dict(
        kind="CARTE DE SEJOUR TEMPORAIRE",
        category="VIE PRIVEE ET FAMILIALE",
        expiry="2027-02-17",
        number="R3X8N41C7",
        address="5 RUE PAUL BERT 69003 LYON",
        authority="PREFET DU RHONE",
        issued="2026-02-18",
        skin=(190, 150, 120),
        remarks="AUTORISE SON TITULAIRE A TRAVAILLER",
    )
    me_card = dict(me, surname_print="RESTREPO GOMEZ", given_print="MARIA CAMILA")
    cf = D.card_front(me_card, card, k.rng)
    cb, _ = D.card_back(me_card, card, k.rng)
    k.photo_jpg("IMG_20261116_093001.jpg", cf, rot=180, dpi=900)
    k.photo_jpg("IMG_20261116_093015.jpg", cb, rot=0, dpi=900)
    f = k.id_fields(me_card, card["number"], "FRA", "COL", card["expiry"])
    f.update(surname="RESTREPO GOMEZ", given_names="MARIA CAMILA")
    k.doc(
        "residence_permit",
        "phone_photo",
        [("IMG_20261116_093001.jpg", [1]), ("IMG_20261116_093015.jpg", [1])],
        f,
        "front (photo upside down, rot 180) and back (MRZ) as two photos",
    )

    b = dict(
        serial="17834521",
        nuip="1036624871",
        notaria_no="12",
        hour="07:45",
        clinic="CLÍNICA LAS AMÉRICAS",
        mother="GÓMEZ ARANGO LUZ MARINA",
        mother_id="C.C. 43.512.870",
        father="RESTREPO VÉLEZ JORGE IVÁN",
        father_id="C.C. 70.118.342",
        reg="1991-10-15",
        notary="ÁLVARO MEJÍA TORO - NOTARIO 12",
        issued="2025-12-02",
    )
    bc = C.col_birth(me, b, k.rng)
    ap = dict(
        items=[
            ("País / Country:", "COLOMBIA"),
            ("El presente documento público ha sido firmado por:", "ÁLVARO MEJÍA TORO"),
            ("Quien actúa en calidad de:", "NOTARIO 12 DEL CÍRCULO DE MEDELLÍN"),
            ("Y está revestido del sello/timbre de:", "NOTARÍA 12 DE MEDELLÍN"),
            ("En / at:", "BOGOTÁ D.C."),
            ("El día / the:", "09/12/2025"),
            ("Por / by:", "MINISTERIO DE RELACIONES EXTERIORES"),
            ("Bajo el número / No.:", "A4K7Z9PQ21"),
            ("Sello / Seal:", "(firma digital)"),
            ("Firma / Signature:", ""),
        ],
        stamp_top="CANCILLERÍA DE COLOMBIA",
        stamp_bottom="APOSTILLA",
        signer_title="Coordinador Apostilla y Legalizaciones",
        color=(140, 20, 30),
        fs=8.0,
        footer="Documento firmado digitalmente. Verifique la autenticidad de esta "
        "apostilla en www.cancilleria.gov.co con el código 71820465.",
    )
    apg = C.apostille(ap, k.rng, size=(190, 200), bg=(255, 255, 255))
    k.image_pdf("registro_civil_apostillado.pdf", [bc, [(apg, 10, 20)]])
    k.doc(
        "birth_certificate",
        "image_pdf",
        [("registro_civil_apostillado.pdf", [1])],
        dict(
            surname="RESTREPO GÓMEZ",
            given_names="MARÍA CAMILA",
            date_of_birth=me["dob"],
            place_of_birth="Medellín",
            issuing_country="COL",
            language="es",
            has_apostille=True,
        ),
        "Registro Civil de Nacimiento (notarial copy), Spanish, no translation",
    )
    k.doc(
        "apostille",
        "image_pdf",
        [("registro_civil_apostillado.pdf", [2])],
        dict(
            country="Colombia",
            issued_on="2025-12-09",
            number="A4K7Z9PQ21",
            signed_by="ÁLVARO MEJÍA TORO",
        ),
        "Cancillería e-apostille, printed and scanned",
    )

    addr_lines = ["MME MARIA CAMILA RESTREPO GOMEZ", "5 RUE PAUL BERT", "69003 LYON"]
    bills = [
        ("2026-08", "2026-08-31", "2026-09-03", "FactureBbox_2026-08.pdf", "text_pdf"),
        ("2026-09", "2026-09-30", "2026-10-03", "Screenshot_20261116-094512.png", "screenshot"),
        ("2026-10", "2026-10-31", "2026-11-03", "FactureBbox_2026-10.pdf", "text_pdf"),
    ]
    for i, (month, end, issue, fn, look) in enumerate(bills):
        bb = dict(
            number=f"2026{9 + i:02d}0{31847 + i * 7}",
            issue=issue,
            client="1.72.448.193",
            line="04 78 62 19 05",
            holder_line=addr_lines[0],
            address_lines=addr_lines[1:],
            holder="MME MARIA CAMILA RESTREPO GOMEZ",
            address="5 RUE PAUL BERT 69003 LYON",
            start=month + "-01",
            end=end,
            amount=33.99,
            debit=issue[:8] + "12",
            history=[
                ("Facture du 03/09/2026", 33.99),
                ("Facture du 03/08/2026", 33.99),
                ("Facture du 03/07/2026", 41.99),
            ],
            clock="9:45",
        )
        if look == "text_pdf":
            k.text_pdf(fn, [M.bytel_bill(bb, k.rng)], "Facture Bbox", "Bouygues Telecom")
        else:
            k.screenshot(fn, M.bytel_screen(bb, k.rng))
        k.doc(
            "utility_bill",
            look,
            [(fn, [1])],
            dict(
                provider="Bouygues Telecom",
                service="internet",
                holder_name="MARIA CAMILA RESTREPO GOMEZ",
                address="5 RUE PAUL BERT 69003 LYON",
                issue_date=issue,
                period_start=month + "-01",
                period_end=end,
                month=month,
                amount=33.99,
            ),
            "Bbox fibre monthly bill" + (" seen in the app" if i == 1 else ""),
        )

    iban = fr_iban("17806", "00450", "32184957301")
    rib = dict(
        iban=iban,
        bic="AGRIFRPP878",
        holder_lines=["MME RESTREPO GOMEZ MARIA CAMILA", "5 RUE PAUL BERT", "69003 LYON"],
        branch_lines=["CA CENTRE-EST", "AGENCE LYON GUILLOTIERE", "04 72 61 90 00"],
    )
    k.scan_jpg("RIB_credit_agricole.jpg", M.rib_page(rib, k.rng, "ca"), dpi=200)
    k.doc(
        "rib",
        "scan",
        [("RIB_credit_agricole.jpg", [1])],
        dict(
            holder_name="RESTREPO GOMEZ MARIA CAMILA",
            iban=iban,
            bic="AGRIFRPP878",
            bank_name="Crédit Agricole Centre-Est",
            iban_valid=True,
            rib_key_valid=True,
        ),
        "",
    )
    return k.finish(
        "application form not signed (signature box empty)", {"application_form": "invalid"}
    )


# =============================================================================================
# p04 - Côte d'Ivoire, récépissé, furnished lease, payslip; DEFECT: récépissé expired
# =============================================================================================


def p04(out):
    k = Packet(out, "p04", 4304, "2026-11-27", employed=True)
    me = dict(
        surname="KONAN",
        given="KOUADIO JEAN-BAPTISTE",
        surname_print="KONAN",
        given_print="KOUADIO JEAN-BAPTISTE",
        dob="1994-03-08",
        sex="M",
        pob_print="YOPOUGON",
        nat="CIV",
    )
    k.applicant(me["surname"], me["given"], me["dob"])
    skin = (95, 62, 45)

    form = F.application_form(
        dict(
            surname="KONAN",
            given="Kouadio Jean-Baptiste",
            dob=me["dob"],
            pob="Yopougon, Abidjan (Côte d'Ivoire)",
            nat="Ivoirienne",
            addr1="31 rue de Paris, Appt 12",
            zip="93100",
            city="Montreuil",
            phone="07 58 03 66 21",
            status="employed",
            job="Préparateur de commandes",
            contract="CDI",
            place="Montreuil",
            date="2026-11-20",
        ),
        k.rng,
        hand=None,
    )
    k.image_pdf("demande_cpam.pdf", [form])
    k.doc(
        "application_form",
        "image_pdf",
        [("demande_cpam.pdf", [1])],
        dict(
            surname="KONAN",
            given_names="Kouadio Jean-Baptiste",
            date_of_birth=me["dob"],
            employment_status="employed",
            signed=True,
            signed_on="2026-11-20",
            nir=None,
        ),
        "typed, printed, signed by hand, scanned",
    )

    pp = dict(
        country="CIV",
        number="23AE40573",
        issued="2023-09-22",
        expiry="2028-09-21",
        nat_word="IVOIRIENNE",
        l_type="Type",
        l_code="Code pays / Country code",
        l_no="N° passeport / Passport No.",
        l_sur="Nom / Surname",
        l_given="Prénoms / Given names",
        l_nat="Nationalité / Nationality",
        l_sex="Sexe / Sex",
        l_dob="Date de naissance / Date of birth",
        l_pob="Lieu de naissance / Place of birth",
        l_issue="Date de délivrance / Date of issue",
        l_exp="Date d'expiration / Date of expiry",
        skin=skin,
        sig_label="Signature du titulaire",
        extra_rows=[[("Autorité / Authority", "ONECI - ABIDJAN", 0)]],
    )
    pg, _ = D.passport(me, pp, k.rng)
    k.photo_jpg("IMG_20261120_101522.jpg", pg, rot=0, dpi=520)
    k.doc(
        "passport",
        "phone_photo",
        [("IMG_20261120_101522.jpg", [1])],
        k.id_fields(me, pp["number"], "CIV", "CIV", pp["expiry"]),
        "ECOWAS biometric passport",
    )

    r = dict(
        prefecture="Préfecture de la Seine-Saint-Denis",
        service="Direction des migrations et de l'intégration",
        kind="Renouvellement - carte de séjour pluriannuelle « salarié »",
        number="2026-093-0187422",
        agdref="9300481275",
        nat_word="Ivoirienne",
        address="31 rue de Paris, Appt 12, 93100 Montreuil",
        until="2026-11-05",
        work="AUTORISE SON TITULAIRE À TRAVAILLER",
        place="Bobigny",
        stamp="SEINE-ST-DENIS",
        skin=skin,
        body="Ce récépissé atteste du dépôt d'une demande de titre de séjour. Il ne préjuge "
        "pas de la décision qui sera prise. Il autorise la présence de son titulaire "
        "sur le territoire français pendant sa durée de validité. Il devra être "
        "restitué lors de la remise du titre ou en cas de refus.",
    )
    r["from"] = "2026-08-06"
    k.scan_jpg("recepisse.jpg", D.recepisse(me, r, k.rng), dpi=200)
    f = k.id_fields(me, r["number"], "FRA", "CIV", r["until"], mrz_valid=None)
    k.doc(
        "residence_permit",
        "scan",
        [("recepisse.jpg", [1])],
        f,
        "récépissé de demande de renouvellement, valid 06/08/2026 - 05/11/2026: EXPIRED at "
        "the audit date; no MRZ (mrz_valid null)",
    )

    b = dict(
        commune="YOPOUGON",
        extrait_no="2025/11834",
        acte_no="1842",
        reg="1994-03-11",
        dob_words="huit mars mil neuf cent quatre-vingt-quatorze",
        hour="quatorze heures vingt minutes",
        place="la maternité du CHU de Yopougon",
        father="KONAN Kouassi Bernard",
        father_place="Bouaké",
        father_job="instituteur",
        mother="N'GUESSAN Affoué Pauline",
        mother_place="Dimbokro",
        mother_job="commerçante",
        issued="2025-06-17",
        officer="TRAORÉ Seydou",
    )
    bc = C.civ_birth(me, b, k.rng)
    k.photo_jpg("IMG_20261120_101610.jpg", bc, rot=270, dpi=260)
    k.doc(
        "birth_certificate",
        "phone_photo",
        [("IMG_20261120_101610.jpg", [1])],
        dict(
            surname="KONAN",
            given_names="KOUADIO JEAN-BAPTISTE",
            date_of_birth=me["dob"],
            place_of_birth="Yopougon (Abidjan)",
            issuing_country="CIV",
            language="fr",
            has_apostille=False,
        ),
        "extrait d'acte de naissance, no apostille: Côte d'Ivoire is not a Hague party and "
        "French civil-status extracts from Côte d'Ivoire are exempt from legalisation under "
        "the Franco-Ivorian judicial cooperation agreement of 24 April 1961 -> complete; "
        "photo rotated 270°",
    )

    lease = M.long_text(
        LEASE_P04,
        k.rng,
        font="serif",
        bold="serifb",
        size=10,
        footer="Paraphes : ______   page {n}/{total}",
        sign_blocks=[
            (20, ["Le bailleur", "« Lu et approuvé »", "Patrick HOARAU"], True),
            (115, ["Le locataire", "« Lu et approuvé »", "Kouadio Jean-Baptiste KONAN"], True),
        ],
    )
    k.image_pdf("bail_meuble.pdf", lease)
    k.doc(
        "lease",
        "image_pdf",
        [("bail_meuble.pdf", [1, 2])],
        dict(
            tenant_names=["Kouadio Jean-Baptiste KONAN"],
            landlord="Patrick HOARAU",
            address="31 rue de Paris, Appt 12, 93100 Montreuil",
            start_date="2025-10-01",
        ),
        "furnished lease (titre Ier bis loi 1989), signed on paper and scanned",
    )

    s = dict(
        employer_lines=[
            "LOGISTIQUE ÉBÈNE EXPRESS SARL",
            "ZI des Vignes, 12 rue de la Haye",
            "93000 Bobigny",
            "SIRET 481 927 356 00047 - APE 5229A",
        ],
        start="2026-10-01",
        end="2026-10-31",
        paid="2026-11-02",
        employee_lines=[
            "M. KONAN Kouadio Jean-Baptiste",
            "31 rue de Paris, Appt 12",
            "93100 Montreuil",
        ],
        job="Préparateur de commandes",
        status="Ouvrier - groupe 3 coef. 118M",
        entry="2023-02-13",
        ccn="Transports routiers (IDCC 16)",
        gross=1980.0,
        pas=0.0,
    )
    ps = M.payslip(s, k.rng)
    k.text_pdf("bulletin_octobre_2026.pdf", [ps], "Bulletin de paie octobre 2026", "Silae")
    k.doc(
        "payslip",
        "text_pdf",
        [("bulletin_octobre_2026.pdf", [1])],
        dict(
            employer="LOGISTIQUE ÉBÈNE EXPRESS SARL",
            employee_name="KONAN Kouadio Jean-Baptiste",
            period="2026-10",
            net_pay=s["net_pay"],
            siret="48192735600047",
        ),
        "",
    )

    iban = iban_make("DE", "10011001" + "2638419057")
    rib = dict(
        holder="Kouadio Jean-Baptiste Konan",
        iban=iban,
        bic="NTSBDEB1XXX",
        bank="N26 Bank SE",
        bank_addr="Voltairestraße 8, 10179 Berlin",
        clock="21:16",
    )
    k.screenshot("Screenshot_20261120_211633.png", M.n26_screen(rib, k.rng))
    k.doc(
        "rib",
        "screenshot",
        [("Screenshot_20261120_211633.png", [1])],
        dict(
            holder_name="Kouadio Jean-Baptiste Konan",
            iban=iban,
            bic="NTSBDEB1XXX",
            bank_name="N26 Bank SE",
            iban_valid=True,
            rib_key_valid=None,
        ),
        "German SEPA IBAN from an online bank: acceptable (information only)",
    )
    return k.finish(
        "récépissé expired on 2026-11-05 (audit 2026-11-27)", {"residence_status": "invalid"}
    )
