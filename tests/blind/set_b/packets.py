"""The 17 packets of set_b (9 complete, 8 with exactly one defect)."""

import bank
import civil
import form
import housing
import ids
import work
from build import Folder, booklet_img, card_pair_sheet, img_page, passport_sheet, sheet, vp
from ids import CniData, IdData, PermitData, VisaData
from people import (
    account,
    applicant,
    de_iban,
    employer,
    lt_iban,
    monthly_bills,
    requirements,
    status_of,
)

VISA_NOTE = (
    "document_number is the printed visa-sticker number; the MRZ (MRV-B, 2 x 36) carries the "
    "passport number."
)


def finish(F, idd, req, defect=None):
    F.write(
        {
            "status": status_of(req),
            "defect": defect,
            "requirements": req,
            "applicant": applicant(idd),
        }
    )


def visa_doc(F, v, files, look, notes=None):
    F.doc("long_stay_visa", look, v.truth(), files, (notes + " " if notes else "") + VISA_NOTE)


# =============================================================== 1 Mali, lease, employed
def p01(root):
    F = Folder(root, "packets", "dossier_konate", "2026-11-16")
    me = IdData(
        "Konaté",
        "Mariam Fatoumata",
        "AA2318457",
        "MLI",
        "1994-06-14",
        "F",
        "2029-03-01",
        "2024-03-02",
        pob="Ségou",
        key="konate",
    )
    v = VisaData(
        me,
        "D",
        "2026-01-10",
        "2027-01-09",
        "Bamako",
        "2025-12-18",
        "012345678",
        [
            "VLS-TS SALARIE",
            "VISA DE LONG SEJOUR VALANT TITRE DE SEJOUR",
            "A VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE",
        ],
    )
    addr = ["14 rue des Lilas, bât. B", "93100 Montreuil"]
    # form: handwritten, two phone photos
    fd = form.FormData(
        "Konaté",
        "Mariam Fatoumata",
        "F",
        "1994-06-14",
        "Ségou",
        "Mali",
        "Malienne",
        "14 rue des Lilas, bât. B",
        "93100",
        "Montreuil",
        "salarie",
        phone="0753218844",
        email="m.konate94@gmail.com",
        job="Aide-soignante",
        contract="CDI",
        arrival="2026-01-12",
        city="Montreuil",
        signed_on="2026-11-09",
        key="f-konate",
        hand_font="dkg",
    )
    pf = vp(form.form_pages(fd))
    F.photo("formulaire page 1.jpg", pf[0], bg="wood")
    F.photo("formulaire page 2.jpg", pf[1], bg="wood")
    F.doc(
        "application_form",
        "phone_photo",
        fd.truth(),
        [("formulaire page 1.jpg", [1]), ("formulaire page 2.jpg", [1])],
    )
    # passport + visa, image PDF
    top = ids.blank_page(
        key="konate-top",
        number="5",
        stamps=[(20, 20, ["PAF ROISSY CDG", "12.01.2026", "ENTRÉE"], (40, 60, 150), -6)],
    )
    F.image_pdf(
        "passeport et visa.pdf",
        [passport_sheet(me, top), sheet([(ids.visa_page(v), 125, 88, 40, 30, 0.4)])],
        dpi=200,
        producer="Canon iR-ADV C3525 PDF",
    )
    F.doc("passport", "image_pdf", me.truth(), [("passeport et visa.pdf", [1])])
    visa_doc(F, v, [("passeport et visa.pdf", [2])], "image_pdf")
    # birth certificate (Mali, extract, volet 3)
    b = civil.Birth(
        "Konaté",
        "Mariam Fatoumata",
        "F",
        "1994-06-14",
        "Ségou",
        "Bakary KONATÉ",
        "Awa DIARRA",
        "0412",
        "2025-02-03",
        "Issa TRAORÉ",
        {"drawn": "1994-06-20", "declarant": "le père"},
        key="konate",
    )
    pages, t = civil.birth_mali(b)
    t.update(surname="KONATÉ", given_names="Mariam Fatoumata")
    F.scan("acte_naissance.jpg", vp(pages)[0], dpi=200)
    F.doc(
        "birth_certificate",
        "scan",
        t,
        [("acte_naissance.jpg", [1])],
        "Mali is not a party to the Apostille Convention; Malian civil-status acts are exempt from legalisation "
        "in France under the 1962 Franco-Malian judicial cooperation agreement, so no apostille is expected.",
    )
    # lease
    L = housing.Lease(
        "SCI Les Glycines",
        "8 avenue Gambetta, 75020 Paris",
        ["Mme Mariam KONATÉ"],
        addr,
        "2026-03-01",
        742.0,
        55.0,
        38,
        2,
        "Paris",
        "2026-02-20",
        agent="Cabinet Lefort Immobilier",
        agent_addr="22 rue de Paris, 93100 Montreuil - carte pro. CPI 9301 2018 000 027 411",
        key="konate",
    )
    F.text_pdf("Bail Montreuil.pdf", housing.lease_pages(L), title="Bail KONATE - 14 rue des Lilas")
    F.doc("lease", "text_pdf", L.truth(), [("Bail Montreuil.pdf", [1, 2, 3])])
    # RIB (Société Générale)
    acc = account("konate", "30003", "03620", "SOGEFRPP")
    rb = bank.Rib(
        "sg",
        "MME KONATE MARIAM",
        addr,
        acc,
        "SG MONTREUIL CROIX DE CHAVAUX (03620)",
        ["3 place Jacques Duclos", "93100 MONTREUIL"],
        key="konate",
    )
    F.text_pdf("RIB.pdf", bank.rib_pages(rb), title="RIB")
    F.doc(
        "rib",
        "text_pdf",
        rb.truth(),
        [("RIB.pdf", [1])],
        "The page holds three identical RIB copies with cut lines.",
    )
    # payslip
    emp = employer(
        "EHPAD Les Tilleuls SAS",
        "SAS au capital de 150 000 €",
        ["41 rue de Romainville", "93100 Montreuil"],
        "8710A",
        "Convention collective nationale de l'hospitalisation privée (IDCC 2264)",
        "Mme Claire DUBREUIL",
        "Directrice",
        "Montreuil",
        (0.2, 0.45, 0.35),
    )
    ps = work.Payslip(
        emp,
        "Mme KONATÉ Mariam",
        addr,
        "Aide-soignante",
        "Employée - CDI",
        "2026-02-02",
        "2026-10",
        2050.0,
        matricule="00318",
        key="konate",
    )
    F.text_pdf("bulletin octobre 2026.pdf", work.payslip_pages(ps), producer="Silae")
    F.doc("payslip", "text_pdf", ps.truth(), [("bulletin octobre 2026.pdf", [1])])
    finish(F, me, requirements(employment="complete"))


# =============================================================== 2 Cameroon, married, hosted by husband
def p02(root):
    F = Folder(root, "packets", "roussel_esther", "2026-11-23")
    me = IdData(
        "Ngo Biyong",
        "Esther Clarisse",
        "AB0781234",
        "CMR",
        "1990-09-03",
        "F",
        "2028-06-11",
        "2023-06-12",
        pob="Douala",
        key="ngobiyong",
    )
    v = VisaData(
        me,
        "D",
        "2026-02-10",
        "2027-02-09",
        "Yaoundé",
        "2026-01-20",
        "014820377",
        [
            "VLS-TS VIE PRIVEE ET FAMILIALE",
            "CONJOINT DE FRANCAIS",
            "VISA DE LONG SEJOUR VALANT TITRE DE SEJOUR",
        ],
    )
    haddr = ["27 avenue Jean Jaurès, appt 12", "69007 Lyon"]
    fd = form.FormData(
        "Ngo Biyong",
        "Esther Clarisse",
        "F",
        "1990-09-03",
        "Douala",
        "Cameroun",
        "Camerounaise",
        "27 avenue Jean Jaurès, appt 12",
        "69007",
        "Lyon",
        "inactif",
        usage_name="Roussel",
        phone="0644127390",
        email="esther.roussel@orange.fr",
        arrival="2026-02-12",
        city="Lyon",
        signed_on="2026-11-14",
        mode="typed",
        key="f-roussel",
    )
    F.image_pdf("Demande_PUMA_Esther.pdf", vp(form.form_pages(fd)), dpi=200, grey=True)
    F.doc(
        "application_form",
        "image_pdf",
        fd.truth(),
        [("Demande_PUMA_Esther.pdf", [1, 2])],
        "Typed then printed and signed by hand; nom d'usage ROUSSEL beside the birth name.",
    )
    F.photo("passeport.jpg", booklet_img(me), bg="dark")
    F.doc("passport", "phone_photo", me.truth(), [("passeport.jpg", [1])])
    F.photo("visa.jpg", ids.visa_page(v), rotate=90, bg="grey")
    visa_doc(F, v, [("visa.jpg", [1])], "phone_photo", "Photo rotated 90 degrees.")
    b = civil.Birth(
        "Ngo Biyong",
        "Esther Clarisse",
        "F",
        "1990-09-03",
        "Douala (Hôpital Laquintinie)",
        "BIYONG Emmanuel",
        "NGO NLEND Marthe",
        "0817/1990",
        "2025-06-30",
        "Mbappe Ekwalla Joseph",
        {
            "centre": "DOUALA Ier",
            "father_born": "Édéa, le 12/01/1958",
            "father_job": "Comptable",
            "mother_born": "Eséka, le 30/07/1963",
            "mother_job": "Institutrice",
            "home": "DOUALA - AKWA",
            "drawn": "1990-09-10",
            "declarant": "BIYONG Emmanuel, père",
            "secretary": "NJOH Albertine",
        },
        key="ngobiyong",
    )
    pages, t = civil.birth_cameroon(b)
    t.update(
        surname="NGO BIYONG",
        given_names="Esther Clarisse",
        place_of_birth="DOUALA (HÔPITAL LAQUINTINIE)",
    )
    F.image_pdf("acte de naissance Esther.pdf", vp(pages), dpi=200)
    F.doc(
        "birth_certificate",
        "image_pdf",
        t,
        [("acte de naissance Esther.pdf", [1])],
        "Cameroon is not a party to the Apostille Convention; civil-status acts are covered by the "
        "Franco-Cameroonian agreement of 21 February 1974 (no apostille expected).",
    )
    h = housing.Hosting(
        "Julien ROUSSEL",
        "22/04/1987 à Nantes (44)",
        haddr,
        "Esther Clarisse NGO BIYONG épouse ROUSSEL",
        "03/09/1990 à Douala (Cameroun)",
        "mon épouse, Madame",
        "2026-02-15",
        "Lyon",
        "2026-11-14",
        hand_font="dkg",
        key="roussel",
    )
    F.scan("attestation hebergement.jpg", vp(housing.hosting_pages(h))[0], dpi=200)
    F.doc(
        "hosting_attestation",
        "scan",
        h.truth(),
        [("attestation hebergement.jpg", [1])],
        "Handwritten on plain paper.",
    )
    jul = IdData(
        "Roussel",
        "Julien Pierre",
        "X4RTB7PW2",
        "FRA",
        "1987-04-22",
        "M",
        "2033-05-17",
        "2023-05-18",
        pob="Nantes (44)",
        key="julien",
    )
    c = CniData(
        jul,
        address=["27 AV JEAN JAURES APPT 12", "69007 LYON"],
        issued_by="Préfecture du Rhône",
        can="482913",
    )
    F.scan("CNI Julien recto.jpg", sheet([(ids.cni_front(c), 85.6, 54, 18, 16, 0.0)]), dpi=200)
    F.scan("CNI Julien verso.jpg", sheet([(ids.cni_back(c), 85.6, 54, 20, 15, 0.0)]), dpi=200)
    F.doc(
        "national_id",
        "scan",
        jul.truth(),
        [("CNI Julien recto.jpg", [1]), ("CNI Julien verso.jpg", [1])],
        "The host's (husband's) French identity card, front and back in two files.",
    )
    bills = monthly_bills(
        "totalenergies",
        "electricity",
        "M. Julien ROUSSEL",
        haddr,
        [(2026, 8), (2026, 9), (2026, 10)],
        [61.37, 58.12, 66.84],
        "roussel-te",
        "1470238815",
        "Offre Verte Fixe - facture mensuelle",
        {"pdl": "21473382910457", "power": "6 kVA", "since": "2022-03-01"},
    )
    pg = []
    for bl in bills:
        pg += housing.bill_pages(bl)
    F.text_pdf("factures TotalEnergies aout-oct.pdf", pg, title="Factures TotalEnergies")
    for i, bl in enumerate(bills):
        F.doc(
            "utility_bill",
            "text_pdf",
            bl.truth(),
            [("factures TotalEnergies aout-oct.pdf", [2 * i + 1, 2 * i + 2])],
            "Host's bill (route 3: attestation + host ID + host bills).",
        )
    acc = account("roussel", "17806", "00220", "AGRIFRPP878")
    rb = bank.Rib(
        "ca",
        "M ROUSSEL JULIEN OU MME ROUSSEL ESTHER",
        haddr,
        acc,
        "LYON JEAN MACE",
        ["12 place Jean Macé", "69007 LYON"],
        "04 72 73 21 10",
        key="roussel",
        bank_name_full="CRÉDIT AGRICOLE CENTRE-EST",
    )
    F.text_pdf("RIB compte joint.pdf", bank.rib_pages(rb))
    F.doc(
        "rib",
        "text_pdf",
        rb.truth(),
        [("RIB compte joint.pdf", [1])],
        "Joint account; the applicant appears under her usage name ROUSSEL.",
    )
    finish(F, me, requirements())


# =============================================================== 3 China, bills (Bouygues), employed
def p03(root):
    F = Folder(root, "packets", "liu_jiahui", "2026-11-05")
    me = IdData(
        "Liu",
        "Jiahui",
        "EK3817264",
        "CHN",
        "1998-02-23",
        "F",
        "2033-05-10",
        "2023-05-11",
        pob="Sichuan",
        surname_local="刘",
        given_local="佳慧",
        key="liujiahui",
    )
    addr = ["8 rue Tronchet", "69006 Lyon"]
    F.photo("IMG_4471.jpeg", booklet_img(me), bg="white")
    F.doc("passport", "phone_photo", me.truth(), [("IMG_4471.jpeg", [1])])
    pm = PermitData(
        me,
        "L8Q3T6V21",
        "2030-05-03",
        "2026-05-04",
        "CARTE DE SEJOUR PLURIANNUELLE",
        "PASSEPORT TALENT - SALARIE QUALIFIE",
        "PRÉFECTURE DU RHÔNE",
        addr,
    )
    F.scan(
        "titre_sejour_recto.png",
        img_page(ids.card_on_mat(ids.permit_front(pm)), 91.6, 60),
        dpi=300,
        edge=False,
    )
    F.scan(
        "titre_sejour_verso.png",
        img_page(ids.card_on_mat(ids.permit_back(pm)), 91.6, 60),
        dpi=300,
        edge=False,
    )
    F.doc(
        "residence_permit",
        "scan",
        pm.truth(),
        [("titre_sejour_recto.png", [1]), ("titre_sejour_verso.png", [1])],
    )
    b = civil.Birth(
        "Liu",
        "Jiahui",
        "F",
        "1998-02-23",
        "Chengdu, Sichuan Province",
        "",
        "",
        "",
        "2025-04-10",
        "",
        {
            "zh_name": "刘佳慧",
            "zh_place": "四川省成都市",
            "zh_father": "刘建国",
            "zh_mother": "陈秀英",
            "id_no": "510104199802230028",
            "cert_no_zh": "川成蜀证字第4187号",
            "cert_no_en": "Chuan Cheng Shu Zheng Zi No. 4187",
            "notary": "Zhang Min",
            "notary_zh": "张敏",
            "office_zh": "中华人民共和国四川省成都市蜀都公证处",
            "office_en": "Shudu Notary Public Office, Chengdu, Sichuan Province",
            "place_en": "Chengdu, Sichuan Province",
            "father_en": "Liu Jianguo",
            "mother_en": "Chen Xiuying",
        },
        key="liujiahui",
    )
    pages, t = civil.birth_china(b)
    ap = civil.Apostille(
        "中华人民共和国 / People's Republic of China",
        "Zhang Min",
        "Notary Public",
        "Shudu Notary Public Office, Chengdu",
        "Chengdu",
        "2025-04-18",
        "Sichuan Provincial Foreign Affairs Office",
        "2025SC0418-2210",
        "Wang Lihua",
        lang="zh",
        style="sheet",
        header=[
            "中华人民共和国外交部",
            "Ministry of Foreign Affairs of the People's Republic of China",
        ],
        key="ap-liu",
    )
    F.image_pdf("notarial_certificate_birth.pdf", vp(pages + civil.apostille_pages(ap)), dpi=220)
    F.doc(
        "birth_certificate",
        "image_pdf",
        t,
        [("notarial_certificate_birth.pdf", [1, 2])],
        "Chinese notarial certificate of birth (公证书) with the notary's English rendering; apostille on page 3.",
    )
    F.doc("apostille", "image_pdf", ap.truth(), [("notarial_certificate_birth.pdf", [3])])
    bills = monthly_bills(
        "bouygues",
        "internet",
        "Mme Jiahui LIU",
        addr,
        [(2026, 8), (2026, 9), (2026, 10)],
        [32.99, 32.99, 34.99],
        "liu-bbox",
        "1.03829174",
        "Bbox fit fibre",
        {"line": "04 81 92 37 15", "since": "2025-09-08"},
        issue_delay=2,
    )
    for bl in bills:
        fn = f"Bbox_facture_{bl.start[:7]}.pdf"
        F.text_pdf(fn, housing.bill_pages(bl), title="Facture Bouygues Telecom")
        F.doc(
            "utility_bill",
            "text_pdf",
            bl.truth(),
            [(fn, [1, 2])],
            "Holder printed given-name first (Jiahui LIU).",
        )
    acc = account("liu", "13825", "00200", "CEPAFRPP382")
    rb = bank.Rib(
        "ce",
        "MLLE LIU JIAHUI",
        addr,
        acc,
        "CAISSE D'EPARGNE LYON FOCH",
        ["42 avenue Foch", "69006 LYON"],
        "2026-09-30",
        key="liu",
        bank_name_full="CAISSE D'EPARGNE RHÔNE ALPES",
    )
    F.text_pdf("RIB_CaisseEpargne.pdf", bank.rib_pages(rb))
    F.doc("rib", "text_pdf", rb.truth(), [("RIB_CaisseEpargne.pdf", [1])])
    emp = employer(
        "Nexoria Logiciels SAS",
        "SAS au capital de 80 000 €",
        ["17 quai Perrache", "69002 Lyon"],
        "5829C",
        "Convention collective nationale Syntec (IDCC 1486)",
        "M. Antoine FERRAND",
        "Président",
        "Lyon",
        (0.35, 0.2, 0.55),
    )
    c = work.Contract(
        emp,
        "Mme Jiahui LIU",
        "F",
        "1998-02-23",
        "Chengdu (Chine)",
        "chinoise",
        "8 rue Tronchet, 69006 Lyon",
        "CDI",
        "Ingénieure logiciel",
        "2025-09-01",
        3450.0,
        "quatre mois",
        signed_on="2025-07-15",
        key="liu",
    )
    F.image_pdf("Contrat CDI Nexoria.pdf", vp(work.contract_pages(c)), dpi=200, grey=True)
    F.doc("employment_contract", "image_pdf", c.truth(), [("Contrat CDI Nexoria.pdf", [1, 2])])
    fd = form.FormData(
        "Liu",
        "Jiahui",
        "F",
        "1998-02-23",
        "Chengdu",
        "Chine",
        "Chinoise",
        "8 rue Tronchet",
        "69006",
        "Lyon",
        "salarie",
        phone="0781224516",
        email="jiahui.liu@nexoria.fr",
        job="Ingénieure logiciel",
        contract="CDI",
        arrival="2025-08-25",
        city="Lyon",
        signed_on="2026-10-28",
        mode="acro",
        key="f-liu",
    )
    F.text_pdf("cerfa_15763_rempli.pdf", form.form_pages(fd), title="cerfa_15763-02")
    F.doc(
        "application_form",
        "text_pdf",
        fd.truth(),
        [("cerfa_15763_rempli.pdf", [1, 2])],
        "Fillable PDF: the values are AcroForm field values; the signature is drawn in the page content.",
    )
    finish(F, me, requirements(employment="complete"))


# =============================================================== 4 India, joint lease (hand-filled), N26
def p04(root):
    F = Folder(root, "packets", "deshpande_rohan", "2026-12-01")
    me = IdData(
        "Deshpande",
        "Rohan Vikram",
        "Z4821937",
        "IND",
        "1989-11-30",
        "M",
        "2032-08-18",
        "2022-08-19",
        pob="Pune, Maharashtra",
        authority="PUNE",
        key="deshpande",
    )
    v = VisaData(
        me,
        "D",
        "2026-06-01",
        "2027-05-31",
        "Bombay",
        "2026-05-12",
        "021937450",
        [
            "VLS-TS PASSEPORT TALENT",
            "SALARIE QUALIFIE",
            "VISA DE LONG SEJOUR VALANT TITRE DE SEJOUR",
        ],
    )
    addr = ["5 rue de l'Ourcq", "75019 Paris"]
    pg = sheet(
        [(booklet_img(me), 127, 180, 8, 10, 0.0), (ids.visa_page(v), 125, 88, 140 - 62, 196, 0.0)]
    )
    F.image_pdf("scan0001.pdf", [pg], dpi=200, producer="HP Scan")
    F.doc(
        "passport",
        "image_pdf",
        me.truth(),
        [("scan0001.pdf", [1])],
        "Passport data page and visa page on one scan.",
    )
    visa_doc(F, v, [("scan0001.pdf", [1])], "image_pdf")
    b = civil.Birth(
        "Deshpande",
        "Rohan Vikram",
        "M",
        "1989-11-30",
        "Deenanath Mangeshkar Hospital, Erandwane, Pune",
        "Vikram Sadashiv Deshpande",
        "Meera Vikram Deshpande",
        "B/1989/PMC/118274",
        "2024-11-08",
        "",
        {
            "addr": "Flat 6, Shanti Kunj, Karve Road, Pune 411004",
            "reg_date": "1989-12-04",
            "name_line": "ROHAN VIKRAM DESHPANDE",
        },
        key="deshpande",
    )
    pages, t = civil.birth_india(b)
    ap = civil.Apostille(
        "INDIA",
        "M. S. Kulkarni",
        "Registrar of Births & Deaths",
        "Pune Municipal Corporation",
        "New Delhi",
        "2025-01-14",
        "Ministry of External Affairs, Government of India",
        "MH/2025/0114/88231",
        "Rajiv Menon",
        lang="en",
        style="sticker",
        key="ap-desh",
    )
    F.image_pdf(
        "birth certificate + apostille.pdf", vp(pages + [civil.back_with_apostille(ap)]), dpi=200
    )
    F.doc("birth_certificate", "image_pdf", t, [("birth certificate + apostille.pdf", [1])])
    F.doc(
        "apostille",
        "image_pdf",
        ap.truth(),
        [("birth certificate + apostille.pdf", [2])],
        "MEA apostille on the back of the certificate.",
    )
    L = housing.Lease(
        "M. Gérard FONTAINE",
        "61 boulevard de la Villette, 75010 Paris",
        ["M. Rohan DESHPANDE", "Mme Priya DESHPANDE"],
        addr,
        "2026-06-15",
        1280.0,
        90.0,
        48,
        2,
        "Paris",
        "2026-06-10",
        key="deshpande",
    )
    F.image_pdf("bail_ourcq.pdf", vp(housing.lease_pages(L, hand=True, hand_font="Breip")), dpi=200)
    F.doc(
        "lease",
        "image_pdf",
        L.truth(),
        [("bail_ourcq.pdf", [1, 2, 3])],
        "Printed template filled in by hand; tenant's middle name omitted; joint lease with his wife.",
    )
    iban = de_iban("deshpande")
    F.png(
        "Screenshot_20261118-140722.png",
        bank.n26_screen("Rohan Vikram Deshpande", iban, "NTSBDEB1XXX", "desh"),
    )
    F.doc(
        "rib",
        "screenshot",
        {
            "holder_name": "Rohan Vikram Deshpande",
            "iban": iban,
            "bic": "NTSBDEB1XXX",
            "bank_name": "N26 Bank SE",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        [("Screenshot_20261118-140722.png", [1])],
        "German IBAN of a neobank: acceptable under SEPA (info).",
    )
    emp = employer(
        "Arcadia Data Consulting SAS",
        "SAS au capital de 250 000 €",
        ["96 rue de Flandre", "75019 Paris"],
        "6202A",
        "Convention collective nationale Syntec (IDCC 1486)",
        "Mme Sandrine KLEIN",
        "DRH",
        "Paris",
    )
    ps = work.Payslip(
        emp,
        "M. Rohan DESHPANDE",
        addr,
        "Data engineer",
        "Cadre - CDI",
        "2026-06-08",
        "2026-10",
        4583.33,
        rate_pas=0.071,
        matricule="A0457",
        key="deshpande",
    )
    F.text_pdf("payslip_october.pdf", work.payslip_pages(ps), producer="PayFit")
    F.doc("payslip", "text_pdf", ps.truth(), [("payslip_october.pdf", [1])], "Middle name omitted.")
    fd = form.FormData(
        "Deshpande",
        "Rohan Vikram",
        "M",
        "1989-11-30",
        "Pune",
        "Inde",
        "Indienne",
        "5 rue de l'Ourcq",
        "75019",
        "Paris",
        "salarie",
        phone="0612884035",
        email="rohan.deshpande@arcadia-data.fr",
        job="Data engineer",
        contract="CDI",
        arrival="2026-06-02",
        city="Paris",
        signed_on="2026-11-18",
        hand_font="Breip",
        key="f-desh",
    )
    pf = vp(form.form_pages(fd))
    F.scan("formulaire S1106 p1.jpg", pf[0], dpi=150)
    F.scan("formulaire S1106 p2.jpg", pf[1], dpi=150)
    F.doc(
        "application_form",
        "scan",
        fd.truth(),
        [("formulaire S1106 p1.jpg", [1]), ("formulaire S1106 p2.jpg", [1])],
    )
    finish(F, me, requirements(employment="complete"))


# =============================================================== 5 Philippines, hosted by a friend, Revolut
def p05(root):
    F = Folder(root, "packets", "delacruz_mariacristina", "2026-11-27")
    me = IdData(
        "Dela Cruz",
        "Maria Cristina",
        "P4829173A",
        "PHL",
        "1993-04-17",
        "F",
        "2031-09-13",
        "2021-09-14",
        pob="Quezon City",
        middle="Reyes",
        key="delacruz",
    )
    haddr = ["18 rue Voltaire", "92300 Levallois-Perret"]
    F.scan("passport_philippines.jpg", passport_sheet(me), dpi=200)
    F.doc(
        "passport",
        "scan",
        me.truth(),
        [("passport_philippines.jpg", [1])],
        "Middle name REYES printed in the visual zone only, not in the MRZ.",
    )
    pm = PermitData(
        me,
        "T9M4C2R87",
        "2027-03-19",
        "2026-03-20",
        "CARTE DE SEJOUR TEMPORAIRE",
        "SALARIE",
        "PRÉFECTURE DES HAUTS-DE-SEINE",
        haddr,
    )
    F.image_pdf(
        "titre de sejour.pdf",
        [card_pair_sheet(ids.permit_front(pm), ids.permit_back(pm), 30, 30, 100)],
        dpi=200,
    )
    F.doc(
        "residence_permit",
        "image_pdf",
        pm.truth(),
        [("titre de sejour.pdf", [1])],
        "Front and back on one page.",
    )
    b = civil.Birth(
        "Dela Cruz",
        "Maria Cristina",
        "F",
        "1993-04-17",
        "St. Luke's Medical Center, E. Rodriguez Sr. Ave., Quezon City, Metro Manila",
        "Rodolfo Santos Dela Cruz",
        "Teresita Mendoza Reyes",
        "93-04512",
        "2025-08-21",
        "",
        {
            "middle": "Reyes",
            "residence": "12 Kamias Rd., Quezon City",
            "marriage": "June 2, 1990 - Quezon City",
            "reg_date": "1993-04-29",
        },
        key="delacruz",
    )
    pages, t = civil.birth_philippines(b)
    F.photo("PSA birth cert.jpg", vp(pages)[0], bg="wood")
    F.doc("birth_certificate", "phone_photo", t, [("PSA birth cert.jpg", [1])])
    ap = civil.Apostille(
        "Republic of the Philippines",
        "Rosalinda P. Mapalad",
        "Civil Registrar General",
        "Philippine Statistics Authority",
        "Manila",
        "2025-09-02",
        "Department of Foreign Affairs - Office of Consular Affairs",
        "PH-2025-0902-117384",
        "Ma. Elena Tan",
        lang="en",
        style="sheet",
        header=[
            "REPUBLIC OF THE PHILIPPINES",
            "DEPARTMENT OF FOREIGN AFFAIRS",
            "Authentication Division",
        ],
        key="ap-dlc",
    )
    F.photo("apostille DFA.jpg", vp(civil.apostille_pages(ap))[0], bg="wood")
    F.doc("apostille", "phone_photo", ap.truth(), [("apostille DFA.jpg", [1])])
    h = housing.Hosting(
        "Sophie LEMAIRE-DUVAL",
        "11/02/1985 à Rennes (35)",
        haddr,
        "Maria Cristina DELA CRUZ",
        "17/04/1993 à Quezon City (Philippines)",
        "mon amie",
        "2026-03-01",
        "Levallois-Perret",
        "2026-11-20",
        hand_font="dkg",
        key="lemaire",
        host_sex="F",
    )
    F.image_pdf("attestation d'hebergement Sophie.pdf", vp(housing.hosting_pages(h)), dpi=200)
    F.doc(
        "hosting_attestation",
        "image_pdf",
        h.truth(),
        [("attestation d'hebergement Sophie.pdf", [1])],
    )
    host = IdData(
        "Lemaire-Duval",
        "Sophie Anne",
        "21AP48317",
        "FRA",
        "1985-02-11",
        "F",
        "2031-06-07",
        "2021-06-08",
        pob="Rennes (35)",
        key="sophie",
    )
    F.scan("passeport Sophie.jpg", passport_sheet(host), dpi=200)
    F.doc(
        "passport",
        "scan",
        host.truth(),
        [("passeport Sophie.jpg", [1])],
        "The host's passport (route 3).",
    )
    L = housing.Lease(
        "Mme Hélène ROBIN",
        "3 rue Chaptal, 92300 Levallois-Perret",
        ["Mme Sophie LEMAIRE-DUVAL"],
        haddr,
        "2021-09-01",
        1390.0,
        110.0,
        54,
        3,
        "Levallois-Perret",
        "2021-08-24",
        agent="Agence du Parc",
        agent_addr="40 rue Anatole France, 92300 Levallois-Perret",
        key="lemaire",
    )
    F.text_pdf("bail Sophie.pdf", housing.lease_pages(L))
    F.doc("lease", "text_pdf", L.truth(), [("bail Sophie.pdf", [1, 2, 3])], "The host's lease.")
    iban = lt_iban("delacruz")
    F.png(
        "Revolut.png",
        bank.revolut_screen("Maria Cristina Dela Cruz", iban, "REVOLT21", "dlc", dark=False),
    )
    F.doc(
        "rib",
        "screenshot",
        {
            "holder_name": "Maria Cristina Dela Cruz",
            "iban": iban,
            "bic": "REVOLT21",
            "bank_name": "Revolut Bank UAB",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        [("Revolut.png", [1])],
        "Lithuanian IBAN (neobank): acceptable under SEPA (info).",
    )
    emp = employer(
        "Hôtel Parc Voltaire SAS",
        "SAS au capital de 60 000 €",
        ["2 place du Général Leclerc", "92300 Levallois-Perret"],
        "5510Z",
        "Convention collective nationale des hôtels, cafés, restaurants (IDCC 1979)",
        "M. Olivier CASTEL",
        "Directeur général",
        "Levallois-Perret",
        (0.45, 0.3, 0.1),
    )
    ps = work.Payslip(
        emp,
        "Mme DELA CRUZ Maria Cristina",
        haddr,
        "Réceptionniste",
        "Employée - CDI",
        "2026-04-01",
        "2026-10",
        1980.0,
        matricule="0087",
        key="delacruz",
    )
    F.image_pdf("bulletin salaire oct.pdf", vp(work.payslip_pages(ps)), dpi=200)
    F.doc("payslip", "image_pdf", ps.truth(), [("bulletin salaire oct.pdf", [1])])
    fd = form.FormData(
        "Dela Cruz",
        "Maria Cristina",
        "F",
        "1993-04-17",
        "Quezon City",
        "Philippines",
        "Philippine",
        "18 rue Voltaire",
        "92300",
        "Levallois-Perret",
        "salarie",
        phone="0767329011",
        email="mcdelacruz93@yahoo.com",
        job="Réceptionniste",
        contract="CDI",
        arrival="2026-02-27",
        city="Levallois",
        signed_on="2026-11-21",
        hand_font="Breip",
        key="f-dlc",
    )
    F.image_pdf("formulaire.pdf", vp(form.form_pages(fd)), dpi=200)
    F.doc("application_form", "image_pdf", fd.truth(), [("formulaire.pdf", [1, 2])])
    finish(F, me, requirements(employment="complete"))


# =============================================================== 6 Ukraine, RED by SFR bills, LCL, translation
def p06(root):
    F = Folder(root, "packets", "melnyk_olena", "2026-12-08")
    me = IdData(
        "Melnyk",
        "Olena",
        "FX482910",
        "UKR",
        "1987-01-09",
        "F",
        "2029-07-02",
        "2019-07-02",
        pob="Kharkivska obl./UKR",
        surname_local="МЕЛЬНИК",
        given_local="ОЛЕНА",
        personal="19870109-04528",
        key="melnyk",
        extra={"mrz_personal": True},
    )
    addr = ["9 cours de la Somme", "33800 Bordeaux"]
    F.photo("passport.jpg", booklet_img(me), rotate=180, bg="blue")
    F.doc(
        "passport",
        "phone_photo",
        me.truth(),
        [("passport.jpg", [1])],
        "Photo upside down (rotated 180 degrees).",
    )
    pm = PermitData(
        me,
        "B5K8N1Z30",
        "2027-04-14",
        "2026-04-15",
        "CARTE DE SEJOUR TEMPORAIRE",
        "VISITEUR",
        "PRÉFECTURE DE LA GIRONDE",
        addr,
    )
    F.photo("carte sejour recto.jpg", ids.card_on_mat(ids.permit_front(pm), 2), bg="wood", fill=0.6)
    F.photo("carte sejour verso.jpg", ids.card_on_mat(ids.permit_back(pm), 2), bg="wood", fill=0.6)
    F.doc(
        "residence_permit",
        "phone_photo",
        pm.truth(),
        [("carte sejour recto.jpg", [1]), ("carte sejour verso.jpg", [1])],
    )
    b = civil.Birth(
        "Melnyk",
        "Olena",
        "F",
        "1987-01-09",
        "",
        "",
        "",
        "412573",
        "2022-05-03",
        "",
        {
            "surname_uk": "МЕЛЬНИК",
            "given_uk": "ОЛЕНА",
            "patronymic_uk": "ПЕТРІВНА",
            "dob_words_uk": "дев'ятого січня тисяча дев'ятсот вісімдесят сьомого року",
            "place_uk": "місто Харків, Харківська область, Україна",
            "record_date_uk": "1987 року січня місяця 15 числа",
            "record_no": "112",
            "father_uk": "МЕЛЬНИК Петро Іванович",
            "mother_uk": "МЕЛЬНИК Ганна Миколаївна",
            "office_uk": "Відділ державної реєстрації актів цивільного стану Київського району м. Харків",
            "series": "I-ВЛ",
        },
        key="melnyk",
    )
    pages, t = civil.birth_ukraine(b)
    ap = civil.Apostille(
        "Україна / Ukraine",
        "Коваленко І. В.",
        "Керівник / Head of civil registry office",
        "Kharkiv civil registry office",
        "Kharkiv",
        "2022-06-14",
        "Міністерство юстиції України",
        "UA-2022-061488",
        "Сидоренко О. П.",
        lang="uk",
        style="stamp",
        header=["МІНІСТЕРСТВО ЮСТИЦІЇ УКРАЇНИ", "Ministry of Justice of Ukraine"],
        key="ap-mel",
    )
    F.image_pdf(
        "svidotstvo_apostil.pdf",
        vp(pages + [civil.back_with_apostille(ap, (0.93, 0.96, 0.99))]),
        dpi=200,
    )
    F.doc(
        "birth_certificate",
        "image_pdf",
        t,
        [("svidotstvo_apostil.pdf", [1])],
        "Ukrainian duplicate certificate (повторно) in Cyrillic; apostille on the reverse (page 2).",
    )
    F.doc("apostille", "image_pdf", ap.truth(), [("svidotstvo_apostil.pdf", [2])])
    tr = civil.translation_pages(
        "ACTE DE NAISSANCE (duplicata)",
        "Iryna Bouchard",
        "Cour d'appel de Bordeaux",
        "2026/0871",
        "2026-06-18",
        [
            ("[Armoiries de l'Ukraine]", ""),
            ("Nom :", "MELNYK"),
            ("Prénom :", "OLENA"),
            ("Patronyme :", "PETRIVNA"),
            ("Né(e) le :", "09/01/1987 (neuf janvier mil neuf cent quatre-vingt-sept)"),
            ("Lieu de naissance :", "ville de Kharkiv, région de Kharkiv, Ukraine"),
            ("Acte n° :", "112 du 15 janvier 1987"),
            ("Père :", "MELNYK Petro Ivanovytch, ukrainien"),
            ("Mère :", "MELNYK Hanna Mykolaïvna, ukrainienne"),
            ("Lieu d'enregistrement :", "Service de l'état civil du district de Kyivskyi, Kharkiv"),
            ("Date de délivrance :", "03/05/2022"),
            ("Série et numéro :", "I-VL n° 412573"),
            ("[Signature et sceau]", ""),
        ],
        "melnyk",
        "ukrainien",
        "Bordeaux",
    )
    F.image_pdf("traduction acte naissance.pdf", vp(tr), dpi=200)
    F.doc(
        "translation",
        "image_pdf",
        {},
        [("traduction acte naissance.pdf", [1])],
        "Sworn translation (traduction certifiée conforme) of the Ukrainian birth certificate.",
    )
    bills = monthly_bills(
        "red",
        "mobile",
        "Mme Olena MELNYK",
        addr,
        [(2026, 9), (2026, 10), (2026, 11)],
        [15.99],
        "melnyk-red",
        "0912837465",
        "Forfait RED 100 Go",
        {"line": "07 68 41 20 93", "since": "2026-04-28"},
        rolling_day=1,
        pages=1,
    )
    F.text_pdf("factures RED sept-nov.pdf", sum((housing.bill_pages(bl) for bl in bills), []))
    for i, bl in enumerate(bills):
        F.doc("utility_bill", "text_pdf", bl.truth(), [("factures RED sept-nov.pdf", [i + 1])])
    acc = account("melnyk", "30002", "00451", "CRLYFRPP")
    rb = bank.Rib(
        "lcl",
        "MME MELNYK OLENA",
        addr,
        acc,
        "LCL BORDEAUX BASTIDE",
        ["4 avenue Thiers", "33100 BORDEAUX"],
        key="melnyk",
    )
    F.scan("RIB LCL.jpg", vp(bank.rib_pages(rb))[0], dpi=150, grey=True)
    F.doc("rib", "scan", rb.truth(), [("RIB LCL.jpg", [1])])
    fd = form.FormData(
        "Melnyk",
        "Olena",
        "F",
        "1987-01-09",
        "Kharkiv",
        "Ukraine",
        "Ukrainienne",
        "9 cours de la Somme",
        "33800",
        "Bordeaux",
        "inactif",
        phone="0768412093",
        email="olena.melnyk87@ukr.net",
        arrival="2026-04-02",
        city="Bordeaux",
        signed_on="2026-12-01",
        mode="typed",
        key="f-mel",
    )
    F.image_pdf("demande.pdf", vp(form.form_pages(fd)), dpi=200)
    F.doc("application_form", "image_pdf", fd.truth(), [("demande.pdf", [1, 2])])
    finish(F, me, requirements())


# =============================================================== 7 Turkey, agency lease, CA photo, employed
def p07(root):
    F = Folder(root, "packets", "akgul_zeynep", "2026-11-12")
    me = IdData(
        "Akgül",
        "Zeynep Şeyma",
        "U21846390",
        "TUR",
        "1996-12-05",
        "F",
        "2032-01-10",
        "2022-01-10",
        pob="Karşıyaka",
        personal="38214576902",
        key="akgul",
        extra={"mrz_personal": True},
    )
    v = VisaData(
        me,
        "D",
        "2026-02-01",
        "2027-01-31",
        "Istanbul",
        "2026-01-08",
        "019283746",
        ["VLS-TS SALARIE", "VISA DE LONG SEJOUR VALANT TITRE DE SEJOUR"],
    )
    addr = ["3 rue des Juifs", "67000 Strasbourg"]
    F.scan("pasaport.jpg", passport_sheet(me, angle=0.0), dpi=200)
    F.doc("passport", "scan", me.truth(), [("pasaport.jpg", [1])])
    F.scan("vize.jpg", sheet([(ids.visa_page(v), 125, 88, 30, 20, 0.0)]), dpi=200)
    visa_doc(F, v, [("vize.jpg", [1])], "scan")
    b = civil.Birth(
        "Akgül",
        "Zeynep Şeyma",
        "F",
        "1996-12-05",
        "Karşıyaka",
        "Mustafa AKGÜL",
        "Ayşe AKGÜL",
        "B-2025-771204",
        "2025-10-02",
        "Hatice YILMAZ",
        {"office": "İzmir / Karşıyaka", "register": "Cilt 47 - Hane 112 - Sıra 3"},
        key="akgul",
    )
    pages, t = civil.birth_turkey(b)
    ap = civil.Apostille(
        "TÜRKİYE",
        "Hatice Yılmaz",
        "Nüfus Müdürü",
        "Karşıyaka İlçe Nüfus Müdürlüğü",
        "İzmir",
        "2025-10-06",
        "Karşıyaka Kaymakamlığı",
        "2025/35-7781",
        "Emre Doğan",
        lang="fr_en",
        style="stamp",
        header=["T.C. KARŞIYAKA KAYMAKAMLIĞI"],
        key="ap-akg",
    )
    F.image_pdf("dogum belgesi.pdf", vp(pages + civil.apostille_pages(ap)), dpi=200)
    F.doc(
        "birth_certificate",
        "image_pdf",
        t,
        [("dogum belgesi.pdf", [1])],
        "Multilingual extract (CIEC form A); Turkey's extracts are in any case exempt (CIEC 16).",
    )
    F.doc("apostille", "image_pdf", ap.truth(), [("dogum belgesi.pdf", [2])])
    L = housing.Lease(
        "M. et Mme René SCHNEIDER",
        "15 quai des Bateliers, 67000 Strasbourg",
        ["Mlle Zeynep AKGÜL"],
        addr,
        "2026-02-15",
        610.0,
        45.0,
        31,
        1,
        "Strasbourg",
        "2026-02-09",
        agent="Immo Kléber",
        agent_addr="9 place Kléber, 67000 Strasbourg",
        key="akgul",
    )
    F.text_pdf("bail strasbourg.pdf", housing.lease_pages(L))
    F.doc(
        "lease",
        "text_pdf",
        L.truth(),
        [("bail strasbourg.pdf", [1, 2, 3])],
        "Second given name omitted.",
    )
    acc = account("akgul", "17206", "00330", "AGRIFRPP872")
    rb = bank.Rib(
        "ca",
        "MLLE AKGUL ZEYNEP",
        addr,
        acc,
        "STRASBOURG KRUTENAU",
        ["21 rue de Zurich", "67000 STRASBOURG"],
        "03 88 35 21 40",
        key="akgul",
        bank_name_full="CRÉDIT AGRICOLE ALSACE VOSGES",
    )
    F.photo("RIB credit agricole.jpg", vp(bank.rib_pages(rb))[0], bg="grey")
    F.doc("rib", "phone_photo", rb.truth(), [("RIB credit agricole.jpg", [1])])
    emp = employer(
        "Pâtisserie Maison Vernet SARL",
        "SARL au capital de 20 000 €",
        ["6 rue du Vieux-Marché-aux-Poissons", "67000 Strasbourg"],
        "1071C",
        "Convention collective nationale de la pâtisserie (IDCC 1267)",
        "M. Luc VERNET",
        "Gérant",
        "Strasbourg",
        (0.55, 0.3, 0.35),
    )
    ps = work.Payslip(
        emp,
        "Mme Zeynep AKGÜL",
        addr,
        "Pâtissière",
        "Employée - CDI",
        "2026-02-16",
        "2026-10",
        1980.0,
        matricule="012",
        key="akgul",
    )
    F.text_pdf("fiche de paie 10-2026.pdf", work.payslip_pages(ps))
    F.doc("payslip", "text_pdf", ps.truth(), [("fiche de paie 10-2026.pdf", [1])])
    fd = form.FormData(
        "Akgül",
        "Zeynep Şeyma",
        "F",
        "1996-12-05",
        "Izmir",
        "Turquie",
        "Turque",
        "3 rue des Juifs",
        "67000",
        "Strasbourg",
        "salarie",
        phone="0745118203",
        email="zeynep.akgul@gmail.com",
        job="Pâtissière",
        contract="CDI",
        arrival="2026-02-03",
        city="Strasbourg",
        signed_on="2026-11-03",
        hand_font="dkg",
        key="f-akg",
    )
    pf = vp(form.form_pages(fd))
    F.photo("formulaire_1.jpg", pf[0], bg="white")
    F.photo("formulaire_2.jpg", pf[1], bg="white")
    F.doc(
        "application_form",
        "phone_photo",
        fd.truth(),
        [("formulaire_1.jpg", [1]), ("formulaire_2.jpg", [1])],
        "Handwriting font lacks Ş: the applicant wrote S.",
    )
    finish(F, me, requirements(employment="complete"))


# =============================================================== 8 Mexico, Orange bills, not employed
def p08(root):
    F = Folder(root, "packets", "hernandez_joseluis", "2026-12-15")
    me = IdData(
        "Hernández Castañeda",
        "José Luis",
        "G28401736",
        "MEX",
        "1985-07-21",
        "M",
        "2034-02-04",
        "2024-02-05",
        pob="Jalisco",
        key="hernandez",
        extra={"nat_name": "MEXICANA"},
    )
    v = VisaData(
        me,
        "D",
        "2026-05-20",
        "2027-05-19",
        "Mexico",
        "2026-05-02",
        "022817364",
        [
            "VLS-TS VISITEUR",
            "VISA DE LONG SEJOUR VALANT TITRE DE SEJOUR",
            "ACTIVITE PROFESSIONNELLE NON AUTORISEE",
        ],
    )
    addr = ["6 rue de l'Aiguillerie", "34000 Montpellier"]
    F.photo("IMG_20261203_101522.jpg", booklet_img(me), bg="grey")
    F.doc(
        "passport", "phone_photo", me.truth(), [("IMG_20261203_101522.jpg", [1])], "Double surname."
    )
    F.scan("visa.jpeg", sheet([(ids.visa_page(v), 125, 88, 42, 24, -0.6)]), dpi=200)
    visa_doc(F, v, [("visa.jpeg", [1])], "scan")
    b = civil.Birth(
        "Hernández Castañeda",
        "José Luis",
        "M",
        "1985-07-21",
        "Guadalajara, Jalisco",
        "Luis Alberto Hernández Ruiz",
        "María Elena Castañeda Vega",
        "01842",
        "2025-11-03",
        "",
        {
            "ap1": "HERNÁNDEZ",
            "ap2": "CASTAÑEDA",
            "curp": "HECJ850721HJCRSS08",
            "ident": "14039002019850184211",
            "reg_date": "1985-08-12",
            "libro": "0009",
        },
        key="hernandez",
    )
    pages, t = civil.birth_mexico(b)
    ap = civil.Apostille(
        "Estados Unidos Mexicanos",
        "Lic. María Guadalupe Ortiz Rentería",
        "Directora del Registro Civil",
        "Dirección General del Registro Civil del Estado de Jalisco",
        "Guadalajara, Jalisco",
        "2025-11-10",
        "Secretaría General de Gobierno del Estado de Jalisco",
        "JAL-2025-118437",
        "Lic. Ricardo Salas Ibarra",
        lang="es",
        style="sheet",
        header=[
            "GOBIERNO DEL ESTADO DE JALISCO",
            "Secretaría General de Gobierno",
            "Dirección de Certificaciones",
        ],
        key="ap-her",
    )
    F.image_pdf("acta nacimiento apostillada.pdf", vp(pages + civil.apostille_pages(ap)), dpi=200)
    F.doc("birth_certificate", "image_pdf", t, [("acta nacimiento apostillada.pdf", [1])])
    F.doc("apostille", "image_pdf", ap.truth(), [("acta nacimiento apostillada.pdf", [2])])
    bills = monthly_bills(
        "orange",
        "internet",
        "M. José HERNANDEZ CASTANEDA",
        addr,
        [(2026, 9), (2026, 10), (2026, 11)],
        [42.99, 42.99, 44.99],
        "her-orange",
        "0472918365",
        "Livebox Fibre",
        {"line": "04 67 58 21 96", "since": "2026-06-05"},
        rolling_day=5,
    )
    for bl, fn in zip(
        bills, ["facture orange sept.pdf", "facture orange oct.pdf", "facture orange nov.pdf"]
    ):
        F.text_pdf(fn, housing.bill_pages(bl), title="Facture Orange")
        F.doc(
            "utility_bill",
            "text_pdf",
            bl.truth(),
            [(fn, [1, 2])],
            "Periods run from the 5th to the 4th; second given name omitted, accents dropped.",
        )
    acc = account("hernandez", "30003", "01580", "SOGEFRPP")
    rb = bank.Rib(
        "sg",
        "M JOSE LUIS HERNANDEZ CASTANEDA",
        addr,
        acc,
        "SG MONTPELLIER COMEDIE (01580)",
        ["1 place de la Comédie", "34000 MONTPELLIER"],
        key="hernandez",
    )
    F.text_pdf("RIB SG.pdf", bank.rib_pages(rb, copies=2))
    F.doc("rib", "text_pdf", rb.truth(), [("RIB SG.pdf", [1])])
    fd = form.FormData(
        "Hernández Castañeda",
        "José Luis",
        "M",
        "1985-07-21",
        "Guadalajara",
        "Mexique",
        "Mexicaine",
        "6 rue de l'Aiguillerie",
        "34000",
        "Montpellier",
        "inactif",
        phone="0758220147",
        email="jl.hernandez.c@gmail.com",
        arrival="2026-05-28",
        city="Montpellier",
        signed_on="2026-12-07",
        mode="typed",
        key="f-her",
    )
    F.text_pdf("formulaire_cpam_Hernandez.pdf", form.form_pages(fd))
    F.doc(
        "application_form",
        "text_pdf",
        fd.truth(),
        [("formulaire_cpam_Hernandez.pdf", [1, 2])],
        "Typed in a PDF editor (text layer); signature drawn as vector strokes.",
    )
    finish(F, me, requirements())


# =============================================================== 9 Italy (EU), ID card, CDD, CE app
def p09(root):
    F = Folder(root, "packets", "marchetti_giulia", "2026-11-19")
    me = IdData(
        "Marchetti",
        "Giulia",
        "CA84127KD",
        "ITA",
        "1992-05-27",
        "F",
        "2031-05-27",
        "2021-05-20",
        pob="Bologna (BO)",
        key="marchetti",
        extra={
            "comune": "BOLOGNA",
            "cf": "MRCGLI92E67A944K",
            "addr": "VIA SAN VITALE 41 BOLOGNA (BO)",
            "atto": "N. 1204 P.1 S.A 1992",
        },
    )
    addr = ["12 rue Bayard", "31000 Toulouse"]
    F.scan(
        "carta identita fronte.jpg", sheet([(ids.cie_front(me), 85.6, 54, 12, 12, 0.0)]), dpi=200
    )
    F.scan("carta identita retro.jpg", sheet([(ids.cie_back(me), 85.6, 54, 12, 12, 0.0)]), dpi=200)
    F.doc(
        "national_id",
        "scan",
        me.truth(),
        [("carta identita fronte.jpg", [1]), ("carta identita retro.jpg", [1])],
        "EU national: Italian electronic ID card (CIE), TD1 MRZ starting C<ITA.",
    )
    b = civil.Birth(
        "Marchetti",
        "Giulia",
        "F",
        "1992-05-27",
        "Bologna",
        "MARCHETTI Paolo",
        "GALLI Francesca",
        "1204 / P.1 / S.A",
        "2026-01-12",
        "",
        {"comune": "Bologna"},
        key="marchetti",
    )
    pages, t = civil.birth_italy(b)
    F.image_pdf("estratto nascita.pdf", vp(pages), dpi=200)
    F.doc(
        "birth_certificate",
        "image_pdf",
        t,
        [("estratto nascita.pdf", [1])],
        "EU multilingual extract: exempt from apostille (Regulation (EU) 2016/1191 / CIEC 16).",
    )
    L = housing.Lease(
        "SCI Bayard 12",
        "12 rue Bayard, 31000 Toulouse",
        ["Mme Giulia MARCHETTI"],
        addr,
        "2026-04-01",
        690.0,
        40.0,
        33,
        1,
        "Toulouse",
        "2026-03-25",
        agent="Capitole Gestion",
        agent_addr="5 place du Capitole, 31000 Toulouse",
        furnished=True,
        duration="1 an",
        key="marchetti",
    )
    F.text_pdf("bail Toulouse.pdf", housing.lease_pages(L))
    F.doc(
        "lease",
        "text_pdf",
        L.truth(),
        [("bail Toulouse.pdf", [1, 2, 3])],
        "Furnished lease (1 year).",
    )
    acc = account("marchetti", "13135", "00080", "CEPAFRPP313")
    F.png(
        "Screenshot_CE_RIB.png",
        bank.ce_app_screen("MLLE GIULIA MARCHETTI", acc.iban, acc.bic, "marchetti"),
    )
    F.doc(
        "rib",
        "screenshot",
        {
            "holder_name": "MLLE GIULIA MARCHETTI",
            "iban": acc.iban,
            "bic": acc.bic,
            "bank_name": "CAISSE D'EPARGNE",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        [("Screenshot_CE_RIB.png", [1])],
        "Banking-app screen (no RIB key shown).",
    )
    emp = employer(
        "Airvia Composites SAS",
        "SAS au capital de 1 200 000 €",
        ["7 avenue Didier Daurat", "31400 Toulouse"],
        "3030Z",
        "Convention collective nationale de la métallurgie (IDCC 3248)",
        "M. Hervé DALMAS",
        "Directeur des ressources humaines",
        "Toulouse",
        (0.1, 0.35, 0.6),
    )
    c = work.Contract(
        emp,
        "Mme Giulia MARCHETTI",
        "F",
        "1992-05-27",
        "Bologne (Italie)",
        "italienne",
        "12 rue Bayard, 31000 Toulouse",
        "CDD",
        "Ingénieure qualité",
        "2026-04-06",
        3100.0,
        "un mois",
        end="2027-04-05",
        reason="accroissement temporaire d'activité lié au programme A321XLR",
        signed_on="2026-03-30",
        key="marchetti",
    )
    F.text_pdf("contrat CDD.pdf", work.contract_pages(c))
    F.doc("employment_contract", "text_pdf", c.truth(), [("contrat CDD.pdf", [1, 2])])
    fd = form.FormData(
        "Marchetti",
        "Giulia",
        "F",
        "1992-05-27",
        "Bologna",
        "Italie",
        "Italienne",
        "12 rue Bayard",
        "31000",
        "Toulouse",
        "salarie",
        phone="0783349120",
        email="giulia.marchetti@airvia.fr",
        job="Ingénieure qualité",
        contract="CDD",
        arrival="2026-03-28",
        city="Toulouse",
        signed_on="2026-11-10",
        hand_font="dkg",
        key="f-mar",
    )
    F.image_pdf("formulaire.pdf", vp(form.form_pages(fd)), dpi=200, grey=True)
    F.doc("application_form", "image_pdf", fd.truth(), [("formulaire.pdf", [1, 2])])
    finish(F, me, requirements(residence_status="not_applicable", employment="complete"))


# =============================================================== 10 DR Congo -- DEFECT: only two bills
def p10(root):
    F = Folder(root, "packets", "tshimanga_grace", "2026-11-09")
    me = IdData(
        "Tshimanga Kalonji",
        "Grâce-Divine",
        "OP0418273",
        "COD",
        "1991-10-03",
        "F",
        "2028-03-14",
        "2023-03-15",
        pob="Kinshasa",
        key="tshimanga",
    )
    addr = ["23 allée des Érables", "93200 Saint-Denis"]
    F.photo("passeport.jpg", booklet_img(me), bg="dark")
    F.doc(
        "passport",
        "phone_photo",
        me.truth(),
        [("passeport.jpg", [1])],
        "Congolese surname with post-nom (TSHIMANGA KALONJI); hyphenated given name.",
    )
    pm = PermitData(
        me,
        "D2W7P5H93",
        "2027-01-31",
        "2026-02-01",
        "CARTE DE SEJOUR TEMPORAIRE",
        "VIE PRIVEE ET FAMILIALE",
        "PRÉFECTURE DE LA SEINE-SAINT-DENIS",
        addr,
    )
    F.image_pdf(
        "titre sejour.pdf",
        [
            sheet([(ids.permit_front(pm), 85.6, 54, 20, 20, 0.0)]),
            sheet([(ids.permit_back(pm), 85.6, 54, 20, 20, 0.0)]),
        ],
        dpi=200,
    )
    F.doc("residence_permit", "image_pdf", pm.truth(), [("titre sejour.pdf", [1, 2])])
    b = civil.Birth(
        "Tshimanga Kalonji",
        "Grâce-Divine",
        "F",
        "1991-10-03",
        "Kinshasa",
        "TSHIMANGA MUKENDI Albert",
        "KALONJI NGALULA Thérèse",
        "1245/2024",
        "2024-03-20",
        "MBALA NZUZI Jean-Pierre",
        {
            "commune": "Lemba",
            "drawn": "2024-03-12",
            "declarant": "Monsieur TSHIMANGA MUKENDI Albert, père de l'enfant",
            "leg1": "2024-04-02",
            "leg2": "2024-04-09",
            "leg_no": "2024/0931",
        },
        key="tshimanga",
    )
    pages, t = civil.birth_drc(b)
    t.update(surname="TSHIMANGA KALONJI", given_names="Grâce-Divine")
    F.scan("acte de naissance legalise.jpg", vp(pages)[0], dpi=200)
    F.doc(
        "birth_certificate",
        "scan",
        t,
        [("acte de naissance legalise.jpg", [1])],
        "DR Congo is not an Apostille party: the act bears the MAE legalisation and the French embassy's "
        "'vu pour légalisation' (legalisation instead of apostille).",
    )
    bills = monthly_bills(
        "sosh",
        "mobile",
        "Mme Grace TSHIMANGA KALONJI",
        addr,
        [(2026, 9), (2026, 10)],
        [19.99],
        "tsh-sosh",
        "7720183945",
        "Forfait Sosh 60 Go",
        {"line": "07 51 38 62 04", "since": "2026-02-10"},
        rolling_day=10,
        pages=1,
    )
    F.text_pdf("factures sosh.pdf", sum((housing.bill_pages(bl) for bl in bills), []))
    for i, bl in enumerate(bills):
        F.doc("utility_bill", "text_pdf", bl.truth(), [("factures sosh.pdf", [i + 1])])
    acc = account("tshimanga", "30002", "00612", "CRLYFRPP")
    rb = bank.Rib(
        "lcl",
        "MME TSHIMANGA KALONJI GRACE",
        addr,
        acc,
        "LCL SAINT-DENIS BASILIQUE",
        ["11 rue de la République", "93200 SAINT-DENIS"],
        key="tshimanga",
    )
    F.text_pdf("rib lcl.pdf", bank.rib_pages(rb))
    F.doc("rib", "text_pdf", rb.truth(), [("rib lcl.pdf", [1])])
    fd = form.FormData(
        "Tshimanga Kalonji",
        "Grâce-Divine",
        "F",
        "1991-10-03",
        "Kinshasa",
        "RD Congo",
        "Congolaise (RDC)",
        "23 allée des Érables",
        "93200",
        "Saint-Denis",
        "chomeur",
        phone="0751386204",
        email="grace.tshimanga@gmail.com",
        arrival="2025-12-20",
        city="Saint-Denis",
        signed_on="2026-11-02",
        hand_font="dkg",
        key="f-tsh",
    )
    pf = vp(form.form_pages(fd))
    F.photo("demande cpam.jpg", pf[0], bg="blue")
    F.photo("demande cpam 2.jpg", pf[1], bg="blue")
    F.doc(
        "application_form",
        "phone_photo",
        fd.truth(),
        [("demande cpam.jpg", [1]), ("demande cpam 2.jpg", [1])],
    )
    finish(
        F,
        me,
        requirements(residence_proof="invalid"),
        "residence_proof: only two monthly Sosh bills (10/09-09/10 and 10/10-09/11/2026) instead of three; "
        "no lease or attestation.",
    )


# =============================================================== 11 Mali -- DEFECT: VLS-TS expired
def p11(root):
    F = Folder(root, "packets", "coulibaly_moussa", "2026-11-10")
    me = IdData(
        "Coulibaly",
        "Moussa",
        "AA0938271",
        "MLI",
        "1988-02-19",
        "M",
        "2029-06-30",
        "2024-07-01",
        pob="Kayes",
        key="coulibaly",
    )
    v = VisaData(
        me,
        "D",
        "2025-09-01",
        "2026-08-31",
        "Bamako",
        "2025-08-12",
        "009182736",
        ["VLS-TS SALARIE", "VISA DE LONG SEJOUR VALANT TITRE DE SEJOUR"],
    )
    addr = ["7 rue Riquet", "75018 Paris"]
    pg = sheet(
        [(booklet_img(me), 127, 180, 10, 8, 0.5), (ids.visa_page(v), 125, 88, 78, 198, -0.4)]
    )
    F.scan("scan passeport visa.jpg", pg, dpi=200)
    F.doc("passport", "scan", me.truth(), [("scan passeport visa.jpg", [1])])
    visa_doc(
        F,
        v,
        [("scan passeport visa.jpg", [1])],
        "scan",
        "Expired on 2026-08-31, before the audit date.",
    )
    b = civil.Birth(
        "Coulibaly",
        "Moussa",
        "M",
        "1988-02-19",
        "Kayes",
        "Sékou COULIBALY",
        "Fanta KEITA",
        "0077",
        "2025-06-11",
        "Oumar SISSOKO",
        {
            "region": "Kayes",
            "cercle": "Kayes",
            "commune": "COMMUNE URBAINE DE KAYES",
            "city": "Kayes",
            "drawn": "1988-02-25",
            "father_job": "Cultivateur",
            "hour": "5 heures",
        },
        key="coulibaly",
    )
    pages, t = civil.birth_mali(b)
    t.update(surname="COULIBALY", given_names="Moussa")
    F.photo("extrait naissance.jpg", vp(pages)[0], bg="wood")
    F.doc(
        "birth_certificate",
        "phone_photo",
        t,
        [("extrait naissance.jpg", [1])],
        "Mali: exempt from legalisation under the Franco-Malian agreement.",
    )
    L = housing.Lease(
        "Mme Odile PERRIN",
        "40 rue Caulaincourt, 75018 Paris",
        ["M. Moussa COULIBALY"],
        addr,
        "2025-10-01",
        690.0,
        50.0,
        24,
        1,
        "Paris",
        "2025-09-26",
        agent="Montmartre Habitat",
        agent_addr="12 rue Custine, 75018 Paris",
        key="coulibaly",
    )
    F.text_pdf("bail.pdf", housing.lease_pages(L))
    F.doc("lease", "text_pdf", L.truth(), [("bail.pdf", [1, 2, 3])])
    acc = account("coulibaly", "30003", "03340", "SOGEFRPP")
    rb = bank.Rib(
        "sg",
        "M COULIBALY MOUSSA",
        addr,
        acc,
        "SG PARIS MARCADET (03340)",
        ["95 rue Marcadet", "75018 PARIS"],
        key="coulibaly",
    )
    F.text_pdf("RIB.pdf", bank.rib_pages(rb))
    F.doc("rib", "text_pdf", rb.truth(), [("RIB.pdf", [1])])
    emp = employer(
        "Net'Service Propreté SARL",
        "SARL au capital de 30 000 €",
        ["118 rue Championnet", "75018 Paris"],
        "8121Z",
        "Convention collective nationale des entreprises de propreté (IDCC 3043)",
        "M. Karim BENSALEM",
        "Gérant",
        "Paris",
        (0.1, 0.45, 0.55),
    )
    ps = work.Payslip(
        emp,
        "M. COULIBALY Moussa",
        addr,
        "Agent de propreté",
        "Ouvrier - CDI",
        "2025-09-15",
        "2026-10",
        1801.80,
        key="coulibaly",
    )
    F.text_pdf("bulletin_paie_2026_10.pdf", work.payslip_pages(ps))
    F.doc("payslip", "text_pdf", ps.truth(), [("bulletin_paie_2026_10.pdf", [1])])
    fd = form.FormData(
        "Coulibaly",
        "Moussa",
        "M",
        "1988-02-19",
        "Kayes",
        "Mali",
        "Malienne",
        "7 rue Riquet",
        "75018",
        "Paris",
        "salarie",
        phone="0624185530",
        job="Agent de propreté",
        contract="CDI",
        arrival="2025-09-03",
        city="Paris",
        signed_on="2026-11-04",
        mode="typed",
        key="f-cou",
    )
    F.image_pdf("formulaire.pdf", vp(form.form_pages(fd)), dpi=200)
    F.doc("application_form", "image_pdf", fd.truth(), [("formulaire.pdf", [1, 2])])
    finish(
        F,
        me,
        requirements(residence_status="invalid", employment="complete"),
        "residence_status: the VLS-TS expired on 31/08/2026 and no titre de séjour or récépissé is enclosed.",
    )


# =============================================================== 12 India -- DEFECT: IBAN check digits
def p12(root):
    F = Folder(root, "packets", "iyer_ananya", "2026-12-03")
    me = IdData(
        "Iyer",
        "Ananya",
        "V7310482",
        "IND",
        "1995-08-08",
        "F",
        "2033-01-11",
        "2023-01-12",
        pob="Chennai, Tamil Nadu",
        authority="CHENNAI",
        key="iyer",
    )
    addr = ["15 rue Lesdiguières", "38000 Grenoble"]
    F.image_pdf("passport.pdf", [passport_sheet(me)], dpi=200, grey=True)
    F.doc("passport", "image_pdf", me.truth(), [("passport.pdf", [1])])
    pm = PermitData(
        me,
        "G3H6J9K12",
        "2029-12-31",
        "2026-01-15",
        "CARTE DE SEJOUR PLURIANNUELLE",
        "PASSEPORT TALENT - CHERCHEUR",
        "PRÉFECTURE DE L'ISÈRE",
        addr,
    )
    F.scan(
        "residence permit front.jpg",
        sheet([(ids.permit_front(pm), 85.6, 54, 15, 15, 0.0)]),
        dpi=200,
    )
    F.scan(
        "residence permit back.jpg", sheet([(ids.permit_back(pm), 85.6, 54, 15, 15, 0.0)]), dpi=200
    )
    F.doc(
        "residence_permit",
        "scan",
        pm.truth(),
        [("residence permit front.jpg", [1]), ("residence permit back.jpg", [1])],
    )
    b = civil.Birth(
        "Iyer",
        "Ananya",
        "F",
        "1995-08-08",
        "Apollo Hospitals, Greams Road, Chennai",
        "Subramanian Iyer",
        "Lakshmi Subramanian",
        "C/1995/GCC/44817",
        "2025-07-21",
        "",
        {
            "state": "GOVERNMENT OF TAMIL NADU",
            "body": "GREATER CHENNAI CORPORATION",
            "local": "Greater Chennai Corporation",
            "tahsil": "Egmore",
            "district": "Chennai",
            "st": "Tamil Nadu",
            "rules": "Tamil Nadu Registration of Births and Deaths Rules, 2000",
            "addr": "22, 4th Cross Street, Besant Nagar, Chennai 600090",
            "reg_date": "1995-08-16",
            "name_line": "ANANYA IYER",
        },
        key="iyer",
    )
    pages, t = civil.birth_india(b)
    ap = civil.Apostille(
        "INDIA",
        "R. Venkatesan",
        "Registrar of Births & Deaths",
        "Greater Chennai Corporation",
        "New Delhi",
        "2025-08-05",
        "Ministry of External Affairs, Government of India",
        "TN/2025/0805/11920",
        "Rajiv Menon",
        lang="en",
        style="sticker",
        key="ap-iyer",
    )
    F.image_pdf(
        "birth_certificate_apostille.pdf", vp(pages + [civil.back_with_apostille(ap)]), dpi=200
    )
    F.doc(
        "birth_certificate",
        "image_pdf",
        t,
        [("birth_certificate_apostille.pdf", [1])],
        "Greater Chennai Corporation Form 5; apostille sticker on the reverse (page 2).",
    )
    F.doc("apostille", "image_pdf", ap.truth(), [("birth_certificate_apostille.pdf", [2])])
    bills = monthly_bills(
        "engie",
        "energy",
        "Mme Ananya IYER",
        addr,
        [(2026, 8), (2026, 9), (2026, 10)],
        [48.20, 52.75, 71.30],
        "iyer-engie",
        "300012847561",
        "Elec et Gaz Référence - facture mensuelle",
        {"pdl": "09384521176543", "pce": "GI183920", "since": "2026-01-20"},
    )
    for bl, fn in zip(bills, ["engie aout.pdf", "engie sept.pdf", "engie oct.pdf"]):
        F.text_pdf(fn, housing.bill_pages(bl), title="Facture ENGIE")
        F.doc("utility_bill", "text_pdf", bl.truth(), [(fn, [1, 2])])
    acc = account("iyer", "30002", "00788", "CRLYFRPP", bad=True)
    rb = bank.Rib(
        "lcl",
        "MME IYER ANANYA",
        addr,
        acc,
        "LCL GRENOBLE VICTOR HUGO",
        ["1 place Victor Hugo", "38000 GRENOBLE"],
        key="iyer",
    )
    F.text_pdf("RIB LCL.pdf", bank.rib_pages(rb))
    t_rib = rb.truth()
    F.doc(
        "rib",
        "text_pdf",
        t_rib,
        [("RIB LCL.pdf", [1])],
        "DEFECT: the two IBAN check digits are swapped (mod-97 check fails); the national RIB key is right.",
    )
    emp = employer(
        "Alpes NanoTech SAS",
        "SAS au capital de 500 000 €",
        ["3 parvis Louis Néel", "38000 Grenoble"],
        "7219Z",
        "Convention collective nationale Syntec (IDCC 1486)",
        "Mme Nathalie BRUN",
        "Directrice générale",
        "Grenoble",
        (0.2, 0.35, 0.3),
    )
    c = work.Contract(
        emp,
        "Mme Ananya IYER",
        "F",
        "1995-08-08",
        "Chennai (Inde)",
        "indienne",
        "15 rue Lesdiguières, 38000 Grenoble",
        "CDD",
        "Chercheuse post-doctorante",
        "2026-01-19",
        3300.0,
        "un mois",
        end="2027-07-18",
        reason="réalisation d'un objet défini (projet de recherche NANOFLEX)",
        signed_on="2026-01-12",
        key="iyer",
    )
    F.image_pdf("contrat.pdf", vp(work.contract_pages(c)), dpi=200)
    F.doc("employment_contract", "image_pdf", c.truth(), [("contrat.pdf", [1, 2])])
    fd = form.FormData(
        "Iyer",
        "Ananya",
        "F",
        "1995-08-08",
        "Chennai",
        "Inde",
        "Indienne",
        "15 rue Lesdiguières",
        "38000",
        "Grenoble",
        "salarie",
        phone="0663928417",
        email="ananya.iyer@alpesnanotech.fr",
        job="Chercheuse",
        contract="CDD",
        arrival="2026-01-10",
        city="Grenoble",
        signed_on="2026-11-26",
        hand_font="Breip",
        key="f-iyer",
    )
    pf = vp(form.form_pages(fd))
    F.scan("form1.jpg", pf[0], dpi=200)
    F.scan("form2.jpg", pf[1], dpi=200)
    F.doc("application_form", "scan", fd.truth(), [("form1.jpg", [1]), ("form2.jpg", [1])])
    finish(
        F,
        me,
        requirements(bank_details="invalid", employment="complete"),
        "bank_details: the IBAN on the RIB fails the mod-97 check (check digits swapped).",
    )


# =============================================================== 13 China -- DEFECT: short-stay type C visa
def p13(root):
    F = Folder(root, "packets", "huang_zihan", "2026-11-25")
    me = IdData(
        "Huang",
        "Zihan",
        "EJ5102847",
        "CHN",
        "1997-06-30",
        "M",
        "2034-03-31",
        "2024-04-01",
        pob="Hubei",
        surname_local="黄",
        given_local="子涵",
        key="huangzihan",
    )
    v = VisaData(
        me,
        "C",
        "2025-12-01",
        "2027-11-30",
        "Wuhan",
        "2025-11-18",
        "031928475",
        ["CIRCULATION"],
        entries="MULT",
        days="90",
        valid_for="ETATS SCHENGEN",
    )
    haddr = ["44 rue de Tolbiac", "75013 Paris"]
    F.image_pdf(
        "passport + visa.pdf",
        [passport_sheet(me), sheet([(ids.visa_page(v), 125, 88, 40, 30, 0.0)])],
        dpi=200,
    )
    F.doc("passport", "image_pdf", me.truth(), [("passport + visa.pdf", [1])])
    F.doc(
        "long_stay_visa",
        "image_pdf",
        v.truth(),
        [("passport + visa.pdf", [2])],
        "DEFECT: a type C (short-stay Schengen, 90 days) multiple-entry visa, not a type D VLS-TS. "
        + VISA_NOTE,
    )
    b = civil.Birth(
        "Huang",
        "Zihan",
        "M",
        "1997-06-30",
        "Wuhan, Hubei Province",
        "",
        "",
        "",
        "2025-10-20",
        "",
        {
            "zh_name": "黄子涵",
            "zh_place": "湖北省武汉市",
            "zh_father": "黄国平",
            "zh_mother": "李秀兰",
            "id_no": "420106199706300019",
            "cert_no_zh": "鄂武江证字第9021号",
            "cert_no_en": "E Wu Jiang Zheng Zi No. 9021",
            "notary": "Li Jun",
            "notary_zh": "李军",
            "office_zh": "中华人民共和国湖北省武汉市江城公证处",
            "office_en": "Jiangcheng Notary Public Office, Wuhan, Hubei Province",
            "place_en": "Wuhan, Hubei Province",
            "father_en": "Huang Guoping",
            "mother_en": "Li Xiulan",
        },
        key="huangzihan",
    )
    pages, t = civil.birth_china(b)
    ap = civil.Apostille(
        "中华人民共和国 / People's Republic of China",
        "Li Jun",
        "Notary Public",
        "Jiangcheng Notary Public Office, Wuhan",
        "Wuhan",
        "2025-10-29",
        "Hubei Provincial Foreign Affairs Office",
        "2025HB1029-0877",
        "Chen Ying",
        lang="zh",
        style="sheet",
        header=[
            "中华人民共和国外交部",
            "Ministry of Foreign Affairs of the People's Republic of China",
        ],
        key="ap-huang",
    )
    F.image_pdf("birth_notarial_huang.pdf", vp(pages + civil.apostille_pages(ap)), dpi=200)
    F.doc("birth_certificate", "image_pdf", t, [("birth_notarial_huang.pdf", [1, 2])])
    F.doc("apostille", "image_pdf", ap.truth(), [("birth_notarial_huang.pdf", [3])])
    h = housing.Hosting(
        "Lei HUANG",
        "12/03/1990 à Wuhan (Chine)",
        haddr,
        "Zihan HUANG",
        "30/06/1997 à Wuhan (Chine)",
        "mon cousin, Monsieur",
        "2026-06-01",
        "Paris",
        "2026-11-16",
        typed=True,
        key="huanglei",
        hosted_sex="M",
    )
    F.image_pdf("attestation hebergement.pdf", vp(housing.hosting_pages(h)), dpi=200)
    F.doc(
        "hosting_attestation",
        "image_pdf",
        h.truth(),
        [("attestation hebergement.pdf", [1])],
        "Typed, signed by hand.",
    )
    host = IdData(
        "Huang",
        "Lei",
        "EH2048193",
        "CHN",
        "1990-03-12",
        "M",
        "2032-09-14",
        "2022-09-15",
        pob="Hubei",
        surname_local="黄",
        given_local="磊",
        key="huanglei",
    )
    F.scan("passeport hebergeant.jpg", passport_sheet(host), dpi=200)
    F.doc("passport", "scan", host.truth(), [("passeport hebergeant.jpg", [1])], "Host's passport.")
    L = housing.Lease(
        "Paris Habitat OPH",
        "21 bis rue Claude Bernard, 75005 Paris",
        ["M. Lei HUANG"],
        haddr,
        "2019-11-01",
        612.0,
        96.0,
        45,
        2,
        "Paris",
        "2019-10-21",
        key="huanglei",
    )
    F.text_pdf("bail hebergeant.pdf", housing.lease_pages(L))
    F.doc("lease", "text_pdf", L.truth(), [("bail hebergeant.pdf", [1, 2, 3])], "Host's lease.")
    acc = account("huangzihan", "30003", "03070", "SOGEFRPP")
    rb = bank.Rib(
        "sg",
        "M HUANG ZIHAN",
        haddr,
        acc,
        "SG PARIS PLACE D'ITALIE (03070)",
        ["2 place d'Italie", "75013 PARIS"],
        key="huangzihan",
    )
    F.text_pdf("rib.pdf", bank.rib_pages(rb, copies=1))
    F.doc("rib", "text_pdf", rb.truth(), [("rib.pdf", [1])])
    fd = form.FormData(
        "Huang",
        "Zihan",
        "M",
        "1997-06-30",
        "Wuhan",
        "Chine",
        "Chinoise",
        "44 rue de Tolbiac",
        "75013",
        "Paris",
        "inactif",
        phone="0652917430",
        email="zihan.huang97@163.com",
        arrival="2026-05-30",
        city="Paris",
        signed_on="2026-11-17",
        hand_font="Breip",
        key="f-hz",
    )
    pf = vp(form.form_pages(fd))
    F.photo("formulaire p1.jpg", pf[0], bg="grey")
    F.photo("formulaire p2.jpg", pf[1], bg="grey")
    F.doc(
        "application_form",
        "phone_photo",
        fd.truth(),
        [("formulaire p1.jpg", [1]), ("formulaire p2.jpg", [1])],
    )
    finish(
        F,
        me,
        requirements(residence_status="invalid"),
        "residence_status: the only visa is a short-stay type C Schengen visa, not a VLS-TS or titre de séjour.",
    )


# =============================================================== 14 Mexico -- DEFECT: no apostille
def p14(root):
    F = Folder(root, "packets", "ramirez_valeria", "2026-12-10")
    me = IdData(
        "Ramírez Ochoa",
        "Valeria",
        "G51937264",
        "MEX",
        "1999-03-14",
        "F",
        "2031-01-19",
        "2025-01-20",
        pob="Puebla",
        authority="SRE PUEBLA",
        key="ramirez",
        extra={"nat_name": "MEXICANA"},
    )
    v = VisaData(
        me,
        "D",
        "2026-08-25",
        "2027-08-24",
        "Mexico",
        "2026-08-05",
        "028374615",
        ["VLS-TS ETUDIANT", "VISA DE LONG SEJOUR VALANT TITRE DE SEJOUR"],
    )
    addr = ["9 rue des Lois", "31000 Toulouse"]
    F.photo("pasaporte.jpg", booklet_img(me), bg="wood")
    F.doc("passport", "phone_photo", me.truth(), [("pasaporte.jpg", [1])])
    F.photo("visa etudiant.jpg", ids.visa_page(v), rotate=270, bg="white")
    visa_doc(
        F, v, [("visa etudiant.jpg", [1])], "phone_photo", "Photo rotated 90 degrees clockwise."
    )
    b = civil.Birth(
        "Ramírez Ochoa",
        "Valeria",
        "F",
        "1999-03-14",
        "Puebla, Puebla",
        "Jorge Ramírez Luna",
        "Claudia Ochoa Pérez",
        "00391",
        "2026-06-22",
        "",
        {
            "ap1": "RAMÍREZ",
            "ap2": "OCHOA",
            "curp": "RAOV990314MPLMCL05",
            "ident": "21114001019990039144",
            "entidad": "PUEBLA",
            "municipio": "PUEBLA",
            "oficialia": "0001",
            "reg_date": "1999-04-06",
            "director": "LIC. ARTURO MÉNDEZ SOLÍS",
        },
        key="ramirez",
    )
    pages, t = civil.birth_mexico(b)
    F.image_pdf("acta_nacimiento.pdf", vp(pages), dpi=200)
    F.doc(
        "birth_certificate",
        "image_pdf",
        t,
        [("acta_nacimiento.pdf", [1])],
        "DEFECT: Mexican certificate (Apostille Convention party, no exemption) without apostille.",
    )
    bills = monthly_bills(
        "sfr",
        "internet",
        "Mme Valeria RAMIREZ OCHOA",
        addr,
        [(2026, 9), (2026, 10), (2026, 11)],
        [29.99],
        "ram-sfr",
        "0638271944",
        "SFR Fibre Power",
        {"line": "05 61 22 83 47", "since": "2026-08-29"},
        issue_delay=1,
    )
    for bl, fn in zip(bills, ["SFR septembre.pdf", "SFR octobre.pdf", "SFR novembre.pdf"]):
        F.text_pdf(fn, housing.bill_pages(bl))
        F.doc("utility_bill", "text_pdf", bl.truth(), [(fn, [1, 2])])
    acc = account("ramirez", "13106", "00500", "AGRIFRPP831")
    rb = bank.Rib(
        "ca",
        "MLLE RAMIREZ OCHOA VALERIA",
        addr,
        acc,
        "TOULOUSE CAPITOLE",
        ["30 rue d'Alsace-Lorraine", "31000 TOULOUSE"],
        "05 61 21 45 00",
        key="ramirez",
        bank_name_full="CRÉDIT AGRICOLE TOULOUSE 31",
    )
    F.scan("RIB CA.jpg", vp(bank.rib_pages(rb))[0], dpi=200)
    F.doc("rib", "scan", rb.truth(), [("RIB CA.jpg", [1])])
    fd = form.FormData(
        "Ramírez Ochoa",
        "Valeria",
        "F",
        "1999-03-14",
        "Puebla",
        "Mexique",
        "Mexicaine",
        "9 rue des Lois",
        "31000",
        "Toulouse",
        "etudiant",
        phone="0769012354",
        email="valeria.ramirez.o@gmail.com",
        school="Université Toulouse Capitole",
        arrival="2026-08-30",
        city="Toulouse",
        signed_on="2026-12-02",
        hand_font="dkg",
        key="f-ram",
    )
    pf = vp(form.form_pages(fd))
    F.photo("formulaire_1.jpg", pf[0], bg="dark")
    F.photo("formulaire_2.jpg", pf[1], bg="dark")
    F.doc(
        "application_form",
        "phone_photo",
        fd.truth(),
        [("formulaire_1.jpg", [1]), ("formulaire_2.jpg", [1])],
        "Student: section B 'étudiant(e)'.",
    )
    finish(
        F,
        me,
        requirements(birth_certificate="invalid"),
        "birth_certificate: Mexican birth certificate without apostille (Mexico is a Hague party, no exemption).",
    )


# =============================================================== 15 Philippines -- DEFECT: lease too recent
def p15(root):
    F = Folder(root, "packets", "villanueva_jerome", "2026-12-04")
    me = IdData(
        "Villanueva",
        "Jerome",
        "P7302856B",
        "PHL",
        "1990-10-22",
        "M",
        "2032-05-08",
        "2022-05-09",
        pob="Cebu City",
        middle="Bautista",
        key="villanueva",
    )
    addr = ["11 rue Paradis", "13001 Marseille"]
    old = ["27 boulevard Longchamp", "13001 Marseille"]
    F.scan("passport.png", passport_sheet(me), dpi=150)
    F.doc("passport", "scan", me.truth(), [("passport.png", [1])])
    pm = PermitData(
        me,
        "M1R5T8W24",
        "2027-03-09",
        "2026-03-10",
        "CARTE DE SEJOUR TEMPORAIRE",
        "SALARIE",
        "PRÉFECTURE DES BOUCHES-DU-RHÔNE",
        old,
    )
    F.photo(
        "titre de sejour.jpg", ids.two_sides(ids.permit_front(pm), ids.permit_back(pm)), bg="grey"
    )
    F.doc(
        "residence_permit",
        "phone_photo",
        pm.truth(),
        [("titre de sejour.jpg", [1])],
        "Front and back photographed together; the card still shows his previous address.",
    )
    b = civil.Birth(
        "Villanueva",
        "Jerome",
        "M",
        "1990-10-22",
        "Vicente Sotto Memorial Medical Center, B. Rodriguez St., Cebu City",
        "Ernesto Cabrera Villanueva",
        "Rosario Lim Bautista",
        "90-11873",
        "2025-12-02",
        "",
        {
            "middle": "Bautista",
            "province": "CEBU",
            "city": "CEBU CITY",
            "residence": "45 Mango Ave., Cebu City",
            "marriage": "May 14, 1988 - Cebu City",
            "reg_date": "1990-11-05",
            "father_job": "SEAMAN",
        },
        key="villanueva",
    )
    pages, t = civil.birth_philippines(b)
    ap = civil.Apostille(
        "Republic of the Philippines",
        "Rosalinda P. Mapalad",
        "Civil Registrar General",
        "Philippine Statistics Authority",
        "Cebu",
        "2025-12-15",
        "Department of Foreign Affairs - Consular Office Cebu",
        "PH-2025-1215-204817",
        "Jose R. Alcantara",
        lang="en",
        style="sheet",
        header=["REPUBLIC OF THE PHILIPPINES", "DEPARTMENT OF FOREIGN AFFAIRS"],
        key="ap-vil",
    )
    F.image_pdf("PSA + apostille.pdf", vp(pages + civil.apostille_pages(ap)), dpi=200)
    F.doc("birth_certificate", "image_pdf", t, [("PSA + apostille.pdf", [1])])
    F.doc("apostille", "image_pdf", ap.truth(), [("PSA + apostille.pdf", [2])])
    L = housing.Lease(
        "M. Frédéric AUDIBERT",
        "2 rue Sainte, 13001 Marseille",
        ["M. Jerome VILLANUEVA"],
        addr,
        "2026-10-01",
        720.0,
        45.0,
        35,
        2,
        "Marseille",
        "2026-09-24",
        agent="Vieux-Port Immobilier",
        agent_addr="18 quai de Rive Neuve, 13007 Marseille",
        key="villanueva",
    )
    F.text_pdf("bail Paradis.pdf", housing.lease_pages(L))
    F.doc(
        "lease",
        "text_pdf",
        L.truth(),
        [("bail Paradis.pdf", [1, 2, 3])],
        "DEFECT: lease effective 1 October 2026, about two months before the audit date.",
    )
    acc = account("villanueva", "30003", "00120", "SOGEFRPP")
    rb = bank.Rib(
        "sg",
        "M VILLANUEVA JEROME",
        addr,
        acc,
        "SG MARSEILLE CANEBIERE (00120)",
        ["56 la Canebière", "13001 MARSEILLE"],
        key="villanueva",
    )
    F.image_pdf("RIB.pdf", vp(bank.rib_pages(rb)), dpi=200, grey=True)
    F.doc("rib", "image_pdf", rb.truth(), [("RIB.pdf", [1])])
    emp = employer(
        "Marine Services Méditerranée SAS",
        "SAS au capital de 300 000 €",
        ["Port de la Joliette, Quai du Lazaret", "13002 Marseille"],
        "3315Z",
        "Convention collective nationale de la métallurgie (IDCC 3248)",
        "M. Stéphane GIRAUD",
        "Directeur",
        "Marseille",
        (0.0, 0.3, 0.5),
    )
    ps = work.Payslip(
        emp,
        "M. VILLANUEVA Jerome",
        addr,
        "Technicien de maintenance",
        "Technicien - CDI",
        "2026-03-16",
        "2026-10",
        2420.0,
        rate_pas=0.018,
        key="villanueva",
    )
    F.text_pdf("bulletin oct 2026.pdf", work.payslip_pages(ps))
    F.doc("payslip", "text_pdf", ps.truth(), [("bulletin oct 2026.pdf", [1])])
    fd = form.FormData(
        "Villanueva",
        "Jerome",
        "M",
        "1990-10-22",
        "Cebu City",
        "Philippines",
        "Philippine",
        "11 rue Paradis",
        "13001",
        "Marseille",
        "salarie",
        phone="0677214590",
        job="Technicien de maintenance",
        contract="CDI",
        arrival="2026-03-01",
        city="Marseille",
        signed_on="2026-11-28",
        mode="typed",
        key="f-vil",
    )
    F.image_pdf("formulaire.pdf", vp(form.form_pages(fd)), dpi=200)
    F.doc("application_form", "image_pdf", fd.truth(), [("formulaire.pdf", [1, 2])])
    finish(
        F,
        me,
        requirements(residence_proof="invalid", employment="complete"),
        "residence_proof: the only proof is a lease effective 01/10/2026, less than three months before the audit date.",
    )


# =============================================================== 16 Ukraine -- DEFECT: unsigned form
def p16(root):
    F = Folder(root, "packets", "bondarenko_dmytro", "2026-11-30")
    me = IdData(
        "Bondarenko",
        "Dmytro",
        "GH219384",
        "UKR",
        "1984-05-17",
        "M",
        "2031-10-05",
        "2021-10-05",
        pob="Odeska obl./UKR",
        surname_local="БОНДАРЕНКО",
        given_local="ДМИТРО",
        personal="19840517-01937",
        key="bondarenko",
        extra={"mrz_personal": True},
    )
    addr = ["58 rue Solférino", "59000 Lille"]
    F.scan("passeport.jpg", passport_sheet(me), dpi=200, grey=True)
    F.doc("passport", "scan", me.truth(), [("passeport.jpg", [1])])
    pm = PermitData(
        me,
        "N4V7X1Q58",
        "2027-01-19",
        "2026-01-20",
        "CARTE DE SEJOUR TEMPORAIRE",
        "VIE PRIVEE ET FAMILIALE",
        "PRÉFECTURE DU NORD",
        addr,
    )
    F.image_pdf(
        "carte de sejour.pdf", [card_pair_sheet(ids.permit_front(pm), ids.permit_back(pm))], dpi=200
    )
    F.doc("residence_permit", "image_pdf", pm.truth(), [("carte de sejour.pdf", [1])])
    b = civil.Birth(
        "Bondarenko",
        "Dmytro",
        "M",
        "1984-05-17",
        "",
        "",
        "",
        "208847",
        "2021-08-12",
        "",
        {
            "surname_uk": "БОНДАРЕНКО",
            "given_uk": "ДМИТРО",
            "patronymic_uk": "ОЛЕКСАНДРОВИЧ",
            "dob_words_uk": "сімнадцятого травня тисяча дев'ятсот вісімдесят четвертого року",
            "place_uk": "місто Одеса, Одеська область, Україна",
            "record_date_uk": "1984 року травня місяця 24 числа",
            "record_no": "1471",
            "father_uk": "БОНДАРЕНКО Олександр Петрович",
            "mother_uk": "БОНДАРЕНКО Людмила Василівна",
            "office_uk": "Приморський районний у місті Одесі відділ державної реєстрації актів цивільного стану",
            "series": "I-ЖД",
        },
        key="bondarenko",
    )
    pages, t = civil.birth_ukraine(b)
    ap = civil.Apostille(
        "Україна / Ukraine",
        "Шевчук Н. М.",
        "Начальник відділу / Head of department",
        "Odesa civil registry office",
        "Odesa",
        "2021-09-03",
        "Міністерство юстиції України",
        "UA-2021-090312",
        "Ткаченко В. С.",
        lang="uk",
        style="sheet",
        header=["МІНІСТЕРСТВО ЮСТИЦІЇ УКРАЇНИ", "Ministry of Justice of Ukraine"],
        key="ap-bon",
    )
    F.scan("svidotstvo.jpg", vp(pages)[0], dpi=200)
    F.doc("birth_certificate", "scan", t, [("svidotstvo.jpg", [1])])
    F.scan("apostil.jpg", vp(civil.apostille_pages(ap))[0], dpi=200)
    F.doc("apostille", "scan", ap.truth(), [("apostil.jpg", [1])])
    bills = monthly_bills(
        "bouygues",
        "mobile",
        "M. Dmytro BONDARENKO",
        addr,
        [(2026, 8), (2026, 9), (2026, 10)],
        [24.99],
        "bon-byt",
        "1.04718233",
        "Forfait B&You 100 Go",
        {"line": "07 49 20 18 63", "since": "2026-01-25"},
        rolling_day=2,
    )
    for bl in bills:
        fn = f"facture_bouygues_{bl.start[:7].replace('-', '_')}.pdf"
        F.text_pdf(fn, housing.bill_pages(bl))
        F.doc("utility_bill", "text_pdf", bl.truth(), [(fn, [1, 2])])
    acc = account("bondarenko", "16706", "05010", "AGRIFRPP867")
    rb = bank.Rib(
        "ca",
        "M BONDARENKO DMYTRO",
        addr,
        acc,
        "LILLE VAUBAN",
        ["62 rue Solférino", "59000 LILLE"],
        "03 20 54 11 90",
        key="bondarenko",
        bank_name_full="CRÉDIT AGRICOLE NORD DE FRANCE",
    )
    F.text_pdf("RIB_credit_agricole.pdf", bank.rib_pages(rb))
    F.doc("rib", "text_pdf", rb.truth(), [("RIB_credit_agricole.pdf", [1])])
    fd = form.FormData(
        "Bondarenko",
        "Dmytro",
        "M",
        "1984-05-17",
        "Odesa",
        "Ukraine",
        "Ukrainienne",
        "58 rue Solférino",
        "59000",
        "Lille",
        "inactif",
        phone="0749201863",
        email="d.bondarenko84@gmail.com",
        arrival="2025-12-18",
        city="Lille",
        signed_on="2026-11-23",
        signed=False,
        mode="typed",
        key="f-bon",
    )
    F.text_pdf("demande_ouverture_droits.pdf", form.form_pages(fd))
    F.doc(
        "application_form",
        "text_pdf",
        fd.truth(),
        [("demande_ouverture_droits.pdf", [1, 2])],
        "DEFECT: date and place are filled in but the signature box is empty.",
    )
    finish(
        F,
        me,
        requirements(application_form="invalid"),
        "application_form: the form is not signed (empty signature box).",
    )


# =============================================================== 17 Turkey -- DEFECT: payslip of another person
def p17(root):
    F = Folder(root, "packets", "kaya_mehmetali", "2026-12-17")
    me = IdData(
        "Kaya",
        "Mehmet Ali",
        "U30591847",
        "TUR",
        "1991-09-02",
        "M",
        "2033-06-01",
        "2023-06-01",
        pob="Bursa",
        personal="45120973618",
        key="kaya",
        extra={"mrz_personal": True},
    )
    v = VisaData(
        me,
        "D",
        "2026-03-01",
        "2027-02-28",
        "Ankara",
        "2026-02-10",
        "024610938",
        ["VLS-TS SALARIE", "VISA DE LONG SEJOUR VALANT TITRE DE SEJOUR"],
    )
    addr = ["4 rue du Bât d'Argent", "69001 Lyon"]
    F.image_pdf(
        "pasaport_vize.pdf",
        [passport_sheet(me), sheet([(ids.visa_page(v), 125, 88, 40, 30, 0.3)])],
        dpi=200,
    )
    F.doc("passport", "image_pdf", me.truth(), [("pasaport_vize.pdf", [1])])
    visa_doc(F, v, [("pasaport_vize.pdf", [2])], "image_pdf")
    b = civil.Birth(
        "Kaya",
        "Mehmet Ali",
        "M",
        "1991-09-02",
        "Osmangazi",
        "Hasan KAYA",
        "Emine KAYA",
        "B-2026-110394",
        "2026-01-14",
        "Serkan ÖZTÜRK",
        {"office": "Bursa / Osmangazi", "register": "Cilt 112 - Hane 58 - Sıra 4"},
        key="kaya",
    )
    pages, t = civil.birth_turkey(b)
    ap = civil.Apostille(
        "TÜRKİYE",
        "Serkan Öztürk",
        "Nüfus Müdürü",
        "Osmangazi İlçe Nüfus Müdürlüğü",
        "Bursa",
        "2026-01-16",
        "Osmangazi Kaymakamlığı",
        "2026/16-0482",
        "Ayşe Demir",
        lang="fr_en",
        style="stamp",
        header=["T.C. OSMANGAZİ KAYMAKAMLIĞI"],
        key="ap-kaya",
    )
    F.image_pdf("dogum_kayit_ornegi.pdf", vp(pages + civil.apostille_pages(ap)), dpi=200)
    F.doc("birth_certificate", "image_pdf", t, [("dogum_kayit_ornegi.pdf", [1])])
    F.doc("apostille", "image_pdf", ap.truth(), [("dogum_kayit_ornegi.pdf", [2])])
    L = housing.Lease(
        "M. Bernard GIRAUD",
        "9 montée de la Grande Côte, 69001 Lyon",
        ["M. Mehmet Ali KAYA"],
        addr,
        "2026-03-15",
        650.0,
        40.0,
        28,
        1,
        "Lyon",
        "2026-03-10",
        key="kaya",
    )
    F.text_pdf("bail lyon.pdf", housing.lease_pages(L))
    F.doc("lease", "text_pdf", L.truth(), [("bail lyon.pdf", [1, 2, 3])])
    acc = account("kaya", "30002", "00961", "CRLYFRPP")
    rb = bank.Rib(
        "lcl",
        "M KAYA MEHMET ALI",
        addr,
        acc,
        "LCL LYON TERREAUX",
        ["2 place des Terreaux", "69001 LYON"],
        key="kaya",
    )
    F.text_pdf("RIB.pdf", bank.rib_pages(rb))
    F.doc("rib", "text_pdf", rb.truth(), [("RIB.pdf", [1])])
    emp = employer(
        "Restaurant Le Bosphore SARL",
        "SARL au capital de 10 000 €",
        ["31 rue Mercière", "69002 Lyon"],
        "5610A",
        "Convention collective nationale des hôtels, cafés, restaurants (IDCC 1979)",
        "M. Yusuf ARSLAN",
        "Gérant",
        "Lyon",
        (0.6, 0.15, 0.15),
    )
    ps = work.Payslip(
        emp,
        "M. ÖZDEMİR Burak",
        ["17 rue Paul Bert", "69003 Lyon"],
        "Commis de cuisine",
        "Employé - CDI",
        "2025-11-03",
        "2026-11",
        1890.0,
        matricule="007",
        key="kaya-other",
    )
    F.text_pdf("fiche_paie_novembre.pdf", work.payslip_pages(ps))
    F.doc(
        "payslip",
        "text_pdf",
        ps.truth(),
        [("fiche_paie_novembre.pdf", [1])],
        "DEFECT: the payslip is a colleague's (Burak ÖZDEMİR), not the applicant's.",
    )
    fd = form.FormData(
        "Kaya",
        "Mehmet Ali",
        "M",
        "1991-09-02",
        "Bursa",
        "Turquie",
        "Turque",
        "4 rue du Bât d'Argent",
        "69001",
        "Lyon",
        "salarie",
        phone="0758391120",
        job="Cuisinier",
        contract="CDI",
        arrival="2026-03-03",
        city="Lyon",
        signed_on="2026-12-09",
        hand_font="Breip",
        key="f-kaya",
    )
    pf = vp(form.form_pages(fd))
    F.scan("formulaire1.jpg", pf[0], dpi=200)
    F.scan("formulaire2.jpg", pf[1], dpi=200)
    F.doc(
        "application_form", "scan", fd.truth(), [("formulaire1.jpg", [1]), ("formulaire2.jpg", [1])]
    )
    finish(
        F,
        me,
        requirements(employment="invalid"),
        "employment: the applicant declares a salaried job but the only job paper is another person's payslip.",
    )


ALL = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16, p17]
