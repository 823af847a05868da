"""The packets: one function per applicant. 11 complete packets, 9 with exactly
one defect each. Every person, number and company is invented."""

from . import build as B
from . import checks as C
from . import docs_civil as CV
from . import docs_form as FM
from . import docs_home as H
from . import docs_id as I
from . import docs_money as M
from . import fmt as F
from . import ink
from . import kit as K
from .kit import person


def _emp(
    name,
    addr,
    siren8,
    nic4,
    ape,
    urssaf,
    idcc,
    conv,
    form="SAS",
    capital="100 000 €",
    rcs="Paris",
    rep="",
    rep_title="Directeur général",
):
    siren, siret = C.siret_from(siren8, nic4)
    return dict(
        name=name,
        addr=addr,
        siret=siret,
        siren="%s %s %s" % (siren[:3], siren[3:6], siren[6:]),
        ape=ape,
        urssaf=urssaf,
        idcc=idcc,
        convention=conv,
        form=form,
        capital=capital,
        rcs_city=rcs,
        rep=rep,
        rep_title=rep_title,
    )


# ======================================================================= P01
def p01_medjahed(root):
    name = "yacine_medjahed"
    as_of = "2026-11-16"
    p = person(
        key=name,
        surname="MEDJAHED",
        given="YACINE",
        sex="M",
        dob="1993-04-17",
        birth_city="Oran",
        birth_country="DZA",
        nat="DZA",
        face=dict(skin=2, hair=0),
        passport=dict(
            number="198745632", issued="2022-06-02", expiry="2032-06-01", authority="DAIRA ES SENIA"
        ),
        addr=["12 rue des Envierges", "75020 Paris"],
        phone="06 39 98 41 27",
        email="yacine.medjahed93@example.com",
    )
    p.birth = dict(
        wilaya="Oran",
        wilaya_ar="وهران",
        daira="Oran",
        daira_ar="وهران",
        commune="Oran",
        commune_ar="وهران",
        act_no="02187",
        hour="10",
        minute="30",
        dob_ar="السابع عشر من أفريل ألف وتسعمائة وثلاثة وتسعين",
        surname_ar="مجاهد",
        given_ar="ياسين",
        father="Ahmed MEDJAHED",
        father_ar="أحمد مجاهد",
        mother="Fatima BOUZIDI",
        mother_ar="فاطمة بوزيدي",
        issued_on="2026-01-12",
        officer="K. Belkacem",
        serial="A 2231907",
    )
    Fd = B.Folder(root, "packets", name)
    key = "P01"
    # form: handwritten, two phone photos, the second one taken sideways
    v = K.form_values(p, "salarie", "2026-11-09", contract="CDI", profession="Ingénieur d'études")
    pages = FM.form_pages(v, "hand", variant=0, hand_font="h-dkg")
    d = K.form_doc(Fd, v, "phone_photo", "page 2 photographed sideways (rotated 90°)")
    K.photo_file(Fd, "Formulaire CPAM p1.jpg", d, pages[0], key, bg="wood")
    K.photo_file(Fd, "Formulaire CPAM p2.jpg", d, pages[1], key, rot=90, bg="wood")
    # passport booklet scanned into a PDF
    img, f = K.booklet_img(p)
    d = Fd.doc("passport", "image_pdf", f)
    Fd.image_pdf("passeport.pdf", [(d, K.items_sheet([(img, 300)], key + "pp", 300))], 300, 75)
    # certificat de résidence algérien, both sides on one scan
    t = dict(
        number="DZ7520481",
        title="CERTIFICAT DE RÉSIDENCE ALGÉRIEN",
        mention="SALARIÉ",
        issued="2026-04-10",
        expiry="2027-04-09",
        authority="PRÉFECTURE DE POLICE",
        address=["12 RUE DES ENVIERGES", "75020 PARIS"],
        remarks=[
            "Accord franco-algérien du 27 décembre 1968 modifié",
            "Autorise son titulaire à travailler",
        ],
    )
    fr, bk, f, _ = I.residence_permit(p, t)
    a, b = K.card_imgs(fr, bk)
    d = Fd.doc(
        "residence_permit",
        "scan",
        f,
        "Algerians get a certificat de résidence, never a VLS-TS (accord de 1968)",
    )
    Fd.jpeg(
        "certificat de residence recto verso.jpg",
        K.items_sheet([(a, 400), (b, 400)], key + "ts", 300),
        d,
        82,
    )
    pg, f = CV.bc_algeria(p)
    d = Fd.doc(
        "birth_certificate",
        "image_pdf",
        f,
        "Algeria: civil-status acts exempt from legalisation (protocole franco-algérien "
        "1962), no apostille needed",
    )
    K.scan_pdf(Fd, "acte naissance.pdf", [(d, pg[0])], key, 200, gray=True)
    l = dict(
        landlord="Mme Hélène GARNIER",
        landlord_addr="4 avenue Mozart, 75016 Paris",
        tenants=["M. Yacine MEDJAHED"],
        address=["12 rue des Envierges, 3e étage gauche", "75020 Paris"],
        start="2026-03-01",
        rent=980.0,
        charges=60.0,
        deposit=980.0,
        surface=38,
        rooms=2,
        signed_city="Paris",
        signed_on="2026-02-20",
        agency="Agence des Buttes",
        agency_addr="31 rue de Belleville, 75020 Paris",
    )
    pg, f = H.lease(l)
    d = Fd.doc("lease", "image_pdf", f)
    K.scan_pdf(Fd, "bail.pdf", [(d, x) for x in pg], key, 200)
    r = K.rib_fr(
        "M YACINE MEDJAHED",
        ["M YACINE MEDJAHED"],
        ["12 RUE DES ENVIERGES", "75020 PARIS"],
        "30004",
        "00842",
        "00012345678",
        ["BNP PARIBAS PARIS BELLEVILLE", "(00842)", "58 rue de Belleville", "75019 PARIS"],
        "BNPAFRPPXXX",
        "BNP Paribas",
        "2026-10-02",
    )
    pg, f = M.rib_bnp(r)
    d = Fd.doc("rib", "text_pdf", f)
    Fd.text_pdf("RIB_BNP.pdf", [(d, pg)], title="RIB", creator="BNP Paribas")
    emp = _emp(
        "TESSERA INGÉNIERIE SAS",
        ["18 rue de la Fontaine au Roi", "75011 Paris"],
        "81452736",
        "0021",
        "7112B",
        "Île-de-France 117 4829301",
        "1486",
        "la convention collective nationale des bureaux d'études techniques (Syntec)",
        rep="Mme Claire VASSEUR",
        rep_title="Directrice des ressources humaines",
    )
    pg, f = M.payslip(
        dict(
            employer=emp,
            employee_lines=["M. YACINE MEDJAHED", "12 RUE DES ENVIERGES", "75020 PARIS"],
            employee_name="YACINE MEDJAHED",
            job="Ingénieur d'études",
            entry="2026-03-02",
            period="2026-10",
            gross=3450.0,
            tax_rate=4.2,
            months=8,
        )
    )
    d = Fd.doc("payslip", "text_pdf", f)
    Fd.text_pdf("bulletin_salaire_2026_10.pdf", [(d, pg)], creator="Silae")
    Fd.write_truth(
        as_of,
        K.applicant(p),
        K.reqs(),
        None,
        "Complete. Lease route (lease since 2026-03-01). Form page 2 is a sideways photo.",
    )


# ======================================================================= P02
def p02_idrissi(root):
    name = "salma_idrissi_laurent"
    as_of = "2026-11-23"
    p = person(
        key=name,
        surname="IDRISSI",
        given="SALMA",
        sex="F",
        dob="1991-09-10",
        birth_city="Fès",
        birth_country="MAR",
        nat="MAR",
        face=dict(skin=1, hair=1),
        passport=dict(
            number="UH4521873",
            issued="2023-01-15",
            expiry="2028-01-14",
            authority="PREFECTURE DE FES",
            pob="FES",
        ),
        addr=["27 rue de la Roquette", "75011 Paris"],
        phone="06 39 98 17 63",
        email="salma.laurent@example.com",
    )
    p.birth = dict(
        province="Fès",
        province_ar="فاس",
        commune="Fès",
        commune_ar="فاس",
        city_ar="فاس",
        act_no="1457",
        surname_ar="الإدريسي",
        given_ar="سلمى",
        father="Mohammed IDRISSI",
        father_ar="محمد الإدريسي",
        mother="Khadija BENNANI",
        mother_ar="خديجة بناني",
        issued_on="2026-02-03",
        officer="A. Tazi",
        serial="FM-2026-004571",
    )
    host = person(
        key="thomas_laurent",
        surname="LAURENT",
        given="THOMAS PIERRE",
        sex="M",
        dob="1988-02-11",
        birth_city="Nantes",
        face=dict(skin=0, hair=3),
        cni=dict(
            number="X4RT7BPF2",
            expiry="2033-05-03",
            issued="2023-05-04",
            address=["27 RUE DE LA ROQUETTE", "75011 PARIS"],
            authority="Préfecture de police",
        ),
    )
    Fd = B.Folder(root, "packets", name)
    key = "P02"
    v = K.form_values(p, "sans_activite", "2026-11-03", usage="LAURENT", given="Salma")
    pages = FM.form_pages(v, "typed", variant=1)
    d = K.form_doc(
        Fd, v, "image_pdf", "typed on screen, printed, signed by hand; usage name LAURENT (married)"
    )
    K.scan_pdf(Fd, "demande_PUMA.pdf", [(d, pages[0]), (d, pages[1])], key, 200)
    img, f = K.booklet_img(p)
    d = Fd.doc("passport", "phone_photo", f, "passport in maiden name IDRISSI")
    K.photo_file(Fd, "passeport Salma.jpg", d, img, key, bg="fabric", fill=0.7, long_side=3200)
    t = dict(
        number="MF3061842",
        title="CARTE DE SÉJOUR TEMPORAIRE",
        mention="VIE PRIVÉE ET FAMILIALE",
        issued="2026-06-20",
        expiry="2027-06-19",
        authority="PRÉFECTURE DE POLICE",
        usage="ép. LAURENT",
        address=["27 RUE DE LA ROQUETTE", "75011 PARIS"],
        remarks=[
            "Conjoint de Français — Art. L. 423-1 CESEDA",
            "Autorise son titulaire à travailler",
        ],
    )
    fr, bk, f, _ = I.residence_permit(p, t)
    a, b = K.card_imgs(fr, bk, 500)
    d = Fd.doc("residence_permit", "phone_photo", f, "front and back in two photos")
    K.photo_file(Fd, "titre de sejour recto.jpg", d, a, key, bg="desk", fill=0.65, long_side=2600)
    K.photo_file(Fd, "titre de sejour verso.jpg", d, b, key, bg="desk", fill=0.65, long_side=2600)
    pg, f = CV.bc_morocco(p)
    d = Fd.doc(
        "birth_certificate",
        "image_pdf",
        f,
        "Morocco: civil-status acts exempt from legalisation for France (bilateral "
        "convention); no apostille needed",
    )
    K.scan_pdf(Fd, "acte de naissance.pdf", [(d, pg[0])], key, 200)
    a_ = dict(
        host="Thomas LAURENT",
        host_sex="M",
        host_dob=host.dob,
        host_pob="Nantes (44)",
        host_addr=["27 rue de la Roquette", "75011 Paris"],
        hosted="Salma LAURENT née IDRISSI",
        hosted_dob=p.dob,
        hosted_pob="Fès (Maroc)",
        since="2025-12-01",
        city="Paris",
        signed_on="2026-11-02",
        attachments=True,
        hosted_title="mon épouse, Mme",
    )
    pg, f = H.hosting_attestation(a_)
    d = Fd.doc("hosting_attestation", "scan", f, "handwritten by the husband")
    K.scan_jpg(Fd, "attestation hebergement.jpg", d, pg[0], key, 200)
    fr, bk, f, _ = I.french_cni(host)
    a, b = K.card_imgs(fr, bk)
    d = Fd.doc("national_id", "image_pdf", f, "the host's (husband's) French ID card")
    Fd.image_pdf(
        "CNI Thomas.pdf", [(d, K.items_sheet([(a, 400), (b, 400)], key + "cni", 300))], 300, 75
    )
    l = dict(
        landlord="SCI ROQUETTE PATRIMOINE",
        landlord_addr="9 rue Keller, 75011 Paris",
        tenants=["M. Thomas LAURENT"],
        address=["27 rue de la Roquette, bât. B, 2e étage", "75011 Paris"],
        start="2021-09-01",
        rent=1240.0,
        charges=90.0,
        deposit=1240.0,
        surface=52,
        rooms=3,
        signed_city="Paris",
        signed_on="2021-08-24",
    )
    pg, f = H.lease(l)
    d = Fd.doc("lease", "image_pdf", f, "the host's lease (host proof of address)")
    K.scan_pdf(Fd, "bail Thomas.pdf", [(d, x) for x in pg], key, 150, gray=True)
    r = K.rib_fr(
        "M THOMAS LAURENT OU MME SALMA LAURENT",
        ["M THOMAS LAURENT", "OU MME SALMA LAURENT"],
        ["27 RUE DE LA ROQUETTE", "75011 PARIS"],
        "10278",
        "06039",
        "00020173402",
        ["CCM PARIS 11 BASTILLE", "12 RUE DE LA ROQUETTE", "75011 PARIS", "Tél. 01 99 00 41 10"],
        "CMCIFR2A",
        "Crédit Mutuel",
        "2026-10-20",
    )
    pg, f = M.rib_credit_mutuel(r)
    d = Fd.doc("rib", "text_pdf", f, "joint account; the applicant appears under her usage name")
    Fd.text_pdf("RIB compte joint.pdf", [(d, pg)], creator="Crédit Mutuel")
    Fd.write_truth(
        as_of,
        K.applicant(p),
        K.reqs(employment="not_applicable"),
        None,
        "Complete. Married woman using her husband's name; hosting route with the "
        "husband's attestation, his ID card and his lease.",
    )


# ======================================================================= P03
def p03_trabelsi(root):
    name = "amine_trabelsi"
    as_of = "2026-12-01"
    p = person(
        key=name,
        surname="TRABELSI",
        given="AMINE",
        sex="M",
        dob="1999-02-23",
        birth_city="Sfax",
        birth_country="TUN",
        nat="TUN",
        face=dict(skin=6, hair=1),
        passport=dict(number="X728341", issued="2024-05-12", expiry="2029-05-11", authority="SFAX"),
        addr=["41 rue de Tolbiac", "75013 Paris"],
        phone="06 39 98 55 02",
        email="amine.trabelsi@example.com",
    )
    p.birth = dict(
        commune="Sfax",
        commune_ar="صفاقس",
        act_no="0632",
        given_ar="أمين",
        surname_ar="الطرابلسي",
        dob_ar="الثالث والعشرون من فيفري ألف وتسعمائة وتسعة وتسعون",
        father="Hédi ben Salah TRABELSI",
        father_ar="الهادي بن صالح الطرابلسي",
        mother="Leila BOUAZIZ",
        mother_ar="ليلى بوعزيز",
        issued_on="2026-03-16",
        officer="M. Jaziri",
        serial="0981244",
    )
    Fd = B.Folder(root, "packets", name)
    key = "P03"
    v = K.form_values(p, "etudiant", "2026-11-24", given="Amine")
    sig = ink.rng("sigimg", name)
    from .surface import PilSurface

    ss = PilSurface(60, 20, 300, (255, 255, 255))
    ink.signature(ss, 0, 0, 60, 20, p.surname, ink.BLUE_INK, sig)
    v["sig_image"] = ss.img
    pages = FM.form_pages(v, "acroform", variant=2)
    d = K.form_doc(
        Fd,
        v,
        "text_pdf",
        "fillable PDF (AcroForm, NeedAppearances) with a pasted "
        "signature image; values live in form fields",
    )
    Fd.acro_pdf("formulaire_S1106_rempli.pdf", d, pages)
    img, f = K.datapage_img(p)
    d1 = Fd.doc("passport", "image_pdf", f)
    vs = dict(
        type="D",
        number="FRA004378125",
        valid_from="2026-08-20",
        valid_until="2027-08-19",
        duration="365",
        issued_in="TUNIS",
        issued_on="2026-07-30",
        remarks=["VLS-TS ETUDIANT", "CARTE SEJ. DISPENSEE"],
        category="ETUDIANT",
        entry_stamp=dict(date="2026-08-24", place="ORLY", post="S 112"),
    )
    vimg, f = K.visa_img(p, vs)
    d2 = Fd.doc("long_stay_visa", "image_pdf", f)
    Fd.image_pdf(
        "passeport_visa.pdf",
        [([d1, d2], K.items_sheet([(img, 300), (vimg, 300)], key + "pv", 300))],
        300,
        72,
    )
    pg, f = CV.bc_tunisia(p)
    d = Fd.doc(
        "birth_certificate",
        "phone_photo",
        f,
        "Tunisia: exempt from legalisation (convention franco-tunisienne 1972)",
    )
    K.photo_file(Fd, "extrait naissance.jpg", d, pg[0], key, bg="dark", rot=0)
    items = []
    for i, (s, e, issue) in enumerate(K.bill_months("2026-09-01", 3, day_issue=2)):
        bill = dict(
            holder="M. Amine TRABELSI",
            address=["41 rue de Tolbiac", "75013 Paris"],
            issue=F.add_days(s, 1),
            start=s,
            end=e,
            number="FX%09d" % (418220137 + i * 7),
            login="fbx41822013",
            line="01 99 00 38 21",
            amount=29.99,
        )
        pg, f = H.free_bill(bill)
        d = Fd.doc("utility_bill", "text_pdf", f)
        items.append((d, pg))
    Fd.text_pdf("factures free.pdf", items, creator="Free")
    r = K.rib_fr(
        "M AMINE TRABELSI",
        ["M AMINE TRABELSI"],
        ["41 RUE DE TOLBIAC", "75013 PARIS"],
        "20041",
        "00001",
        "4127803W020",
        [],
        "PSSTFRPPPAR",
        "La Banque Postale",
        "2026-09-04",
        centre="Centre Financier de Paris",
    )
    pg, f = M.rib_lbp(r)
    d = Fd.doc("rib", "scan", f, "La Banque Postale account number contains a letter (W)")
    K.scan_jpg(Fd, "rib banque postale.jpg", d, pg[0], key, 150, gray=True)
    Fd.write_truth(
        as_of,
        K.applicant(p),
        K.reqs(employment="not_applicable"),
        None,
        "Complete. Student (employment_status other). Three Free bills Sep-Oct-Nov "
        "2026 in one PDF. Passport and visa on one scanned page.",
    )


# ======================================================================= P04
def p04_diop(root):
    name = "moussa_diop"
    as_of = "2026-11-09"
    p = person(
        key=name,
        surname="DIOP",
        given="MOUSSA",
        sex="M",
        dob="1990-03-12",
        birth_city="Dakar",
        birth_country="SEN",
        nat="SEN",
        face=dict(skin=4, hair=4),
        passport=dict(
            number="A01728364", issued="2021-08-09", expiry="2031-08-08", authority="DAF DAKAR"
        ),
        addr=["5 allée des Tilleuls", "93200 Saint-Denis"],
        phone="06 39 98 70 14",
        email="moussadiop90@example.com",
    )
    p.birth = dict(
        region="Dakar",
        departement="Dakar",
        commune="Dakar-Plateau",
        centre="PRINCIPAL",
        act_no="1289",
        hour="08",
        minute="15",
        hospital="Hôpital Principal",
        father="Ibrahima DIOP",
        mother="Fatou SECK",
        parents_home="Rue 10 x 13, Médina, Dakar",
        issued_on="2025-10-06",
        officer="Mamadou NDIAYE",
    )
    Fd = B.Folder(root, "packets", name)
    key = "P04"
    v = K.form_values(
        p,
        "salarie",
        "2026-10-30",
        city="Saint-Denis",
        contract="CDI",
        profession="Agent de sécurité",
        given="Moussa",
    )
    pages = FM.form_pages(v, "hand", variant=3, hand_font="h-ruf", ink_color=ink.BLACK_INK)
    d = K.form_doc(Fd, v, "image_pdf")
    K.scan_pdf(Fd, "scan0001.pdf", [(d, pages[0]), (d, pages[1])], key, 200, gray=True)
    img, f = K.datapage_img(p)
    d = Fd.doc("passport", "scan", f)
    Fd.jpeg("scan0002.jpg", K.items_sheet([(img, 300)], key + "pp", 300), d, 80)
    t = dict(
        number="SD8814027",
        title="CARTE DE SÉJOUR PLURIANNUELLE",
        mention="SALARIÉ",
        issued="2025-02-14",
        expiry="2029-02-13",
        authority="PRÉFECTURE DE LA SEINE-SAINT-DENIS",
        address=["5 ALLÉE DES TILLEULS", "93200 SAINT-DENIS"],
        remarks=["Autorise son titulaire à travailler"],
    )
    fr, bk, f, _ = I.residence_permit(p, t)
    a, b = K.card_imgs(fr, bk)
    d = Fd.doc("residence_permit", "scan", f)
    Fd.jpeg("scan0003.jpg", K.items_sheet([(a, 400), (b, 400)], key + "ts", 300, gray=True), d, 80)
    pg, f = CV.bc_senegal(p)
    d = Fd.doc(
        "birth_certificate",
        "image_pdf",
        f,
        "Senegal: exempt from legalisation for France (convention 1974)",
    )
    K.scan_pdf(Fd, "scan0004.pdf", [(d, pg[0])], key, 200, gray=True)
    l = dict(
        landlord="SEINE-SAINT-DENIS HABITAT",
        landlord_addr="18 avenue Paul Vaillant-Couturier, 93000 Bobigny",
        tenants=["M. Moussa DIOP", "Mme Awa NDIAYE"],
        address=["5 allée des Tilleuls, escalier C, appt 34", "93200 Saint-Denis"],
        start="2025-06-01",
        rent=640.0,
        charges=110.0,
        deposit=640.0,
        surface=61,
        rooms=3,
        signed_city="Bobigny",
        signed_on="2025-05-21",
        font="dejavu-serif",
    )
    pg, f = H.lease(l)
    d = Fd.doc("lease", "text_pdf", f, "joint lease with his wife")
    Fd.text_pdf("bail.pdf", [(d, pg)], creator="ImmoContrat")
    r = K.rib_fr(
        "M MOUSSA DIOP OU MME AWA NDIAYE",
        ["M MOUSSA DIOP", "OU MME AWA NDIAYE"],
        ["5 ALLEE DES TILLEULS", "93200 SAINT DENIS"],
        "10278",
        "06152",
        "00041298803",
        ["CCM SAINT-DENIS BASILIQUE", "2 PLACE VICTOR HUGO", "93200 SAINT-DENIS"],
        "CMCIFR2A",
        "Crédit Mutuel",
        "2026-06-12",
    )
    pg, f = M.rib_credit_mutuel(r, copies=2)
    d = Fd.doc("rib", "text_pdf", f, "joint account")
    Fd.text_pdf("RIB.pdf", [(d, pg)], creator="Crédit Mutuel")
    emp = _emp(
        "VIGILIS PROTECTION SARL",
        ["122 avenue du Président Wilson", "93210 Saint-Denis"],
        "50728413",
        "0036",
        "8010Z",
        "Île-de-France 937 1120564",
        "1351",
        "la convention collective des entreprises de prévention et de sécurité",
        form="SARL",
    )
    pg, f = M.payslip(
        dict(
            employer=emp,
            employee_lines=["M. MOUSSA DIOP", "5 ALLEE DES TILLEULS", "93200 SAINT DENIS"],
            employee_name="MOUSSA DIOP",
            job="Agent de sécurité",
            status="Employé",
            classif="Niveau 3 — Échelon 2 — Coefficient 140",
            entry="2024-03-04",
            period="2026-10",
            gross=2010.0,
            layout=2,
            nir_print="1 90 03 99 341 027 " + C.nir_key("1900399341027"),
            months=10,
        )
    )
    d = Fd.doc("payslip", "text_pdf", f)
    Fd.text_pdf("fiche de paie octobre.pdf", [(d, pg)], creator="PayFit")
    Fd.write_truth(
        as_of,
        K.applicant(p),
        K.reqs(),
        None,
        "Complete. Joint lease and joint account with his wife; sloppy scanner file names.",
    )


# ======================================================================= P05
def p05_kouassi(root):
    name = "aya_kouassi"
    as_of = "2026-11-27"
    p = person(
        key=name,
        surname="KOUASSI",
        given="AYA MARIE-NOËLLE",
        sex="F",
        dob="1996-06-12",
        birth_city="Abidjan",
        birth_country="CIV",
        nat="CIV",
        face=dict(skin=3, hair=4),
        passport=dict(
            number="20AD48213",
            issued="2024-02-20",
            expiry="2029-02-19",
            authority="ONECI ABIDJAN",
            pob="ABIDJAN-COCODY",
        ),
        addr=["18 rue Jean Jaurès", "94200 Ivry-sur-Seine"],
        phone="06 39 98 23 90",
        email="aya.kouassi@example.com",
    )
    p.birth = dict(
        departement="d'Abidjan",
        commune="Cocody",
        act_no="2741",
        registered="1996-06-15",
        hour="14",
        minute="10",
        father="KOUASSI Konan Jean",
        father_job="comptable",
        mother="N'GUESSAN Adjoua Rosalie",
        mother_job="institutrice",
        issued_on="2026-02-09",
        officer="Mme TOURÉ Mariam",
        serial="CO-26-01873",
        given_print="Aya Marie-Noëlle",
    )
    Fd = B.Folder(root, "packets", name)
    key = "P05"
    v = K.form_values(p, "demandeur", "2026-11-20", city="Ivry-sur-Seine", given="Aya Marie-Noëlle")
    pages = FM.form_pages(v, "hand", variant=2, hand_font="h-breip")
    d = K.form_doc(Fd, v, "phone_photo")
    K.photo_file(Fd, "IMG_2034.jpeg", d, pages[0], key, bg="dark")
    K.photo_file(Fd, "IMG_2035.jpeg", d, pages[1], key, bg="dark")
    bimg, f1 = K.booklet_img(p)
    vs = dict(
        type="D",
        number="FRA003918264",
        valid_from="2026-05-02",
        valid_until="2027-05-01",
        duration="365",
        issued_in="ABIDJAN",
        issued_on="2026-04-14",
        remarks=["VLS-TS VIE PRIVEE ET FAMILIALE"],
        category="VIE PRIVEE ET FAMILIALE",
        entry_stamp=dict(date="2026-05-06"),
    )
    vimg, f2 = K.visa_img(p, vs)
    d1 = Fd.doc("passport", "phone_photo", f1, "passport booklet and visa page in one photo")
    d2 = Fd.doc("long_stay_visa", "phone_photo", f2)
    both = K.side_by_side(
        [bimg, vimg.resize((bimg.size[0], int(vimg.size[1] * bimg.size[0] / vimg.size[0])))], 80
    )
    K.photo_file(Fd, "IMG_2036.jpeg", [d1, d2], both, key, bg="wood", fill=0.85, long_side=3400)
    pg, f = CV.bc_cotedivoire(p)
    d = Fd.doc(
        "birth_certificate",
        "image_pdf",
        f,
        "Côte d'Ivoire: exempt from legalisation for France (accord de coopération 1961)",
    )
    K.scan_pdf(Fd, "extrait_naissance_aya.pdf", [(d, pg[0])], key, 200)
    items = []
    for i, (s, e, issue) in enumerate(K.shifted_months("2026-07-14", 3)):
        b = dict(
            holder="MME AYA KOUASSI",
            address=["18 RUE JEAN JAURES", "94200 IVRY SUR SEINE"],
            issue=issue,
            start=s,
            end=e,
            number="10 4417 %04d" % (2210 + i * 37),
            client_ref="6 004 417 882",
            pdl="21 4417 8820 3561",
            amount=0,
            kwh=[188, 176, 205][i],
            idx_old=[20433, 20621, 20797][i],
            debit=F.add_days(issue, 11),
            meter="3381",
        )
        pg, f = H.edf_bill(b)
        d = Fd.doc("utility_bill", "image_pdf", f, "holder printed without the middle names")
        items.append((d, pg[0]))
    K.scan_pdf(Fd, "factures edf aout sept oct.pdf", items, key, 200)
    r = K.rib_fr(
        "MME AYA MARIE-NOELLE KOUASSI",
        ["MME AYA MARIE-NOELLE KOUASSI"],
        ["18 RUE JEAN JAURES", "94200 IVRY SUR SEINE"],
        "30004",
        "01873",
        "00024417815",
        ["BNP PARIBAS IVRY CENTRE", "(01873)", "94200 IVRY SUR SEINE"],
        "BNPAFRPPXXX",
        "BNP Paribas",
        "2026-05-29",
    )
    pg, f = M.rib_bnp(r)
    d = Fd.doc("rib", "text_pdf", f)
    Fd.text_pdf("RIB.pdf", [(d, pg)], creator="BNP Paribas")
    Fd.write_truth(
        as_of,
        K.applicant(p),
        K.reqs(employment="not_applicable"),
        None,
        "Complete. Job seeker. Hyphenated and accented given names (MARIE-NOËLLE, MRZ "
        "MARIE<NOELLE); EDF bills name her 'AYA KOUASSI' only. Three EDF monthly bills "
        "(meter cycles 14th-13th, Jul-Oct) in one scanned PDF.",
    )


# ======================================================================= P06
def p06_restrepo(root):
    name = "maria_camila_restrepo"
    as_of = "2026-12-04"
    p = person(
        key=name,
        surname="RESTREPO CARDENAS",
        given="MARIA CAMILA",
        sex="F",
        dob="1994-07-22",
        birth_city="Medellín",
        birth_country="COL",
        nat="COL",
        face=dict(skin=5, hair=1),
        passport=dict(
            number="AT7154820",
            issued="2023-03-10",
            expiry="2033-03-09",
            authority="MINRELACIONES EXTERIORES",
            pob="MEDELLIN COL",
        ),
        addr=["9 rue Chapon", "75003 Paris"],
        phone="06 39 98 62 48",
        email="mcamila.restrepo@example.com",
    )
    p.birth = dict(
        serial="21548930",
        nuip="1.036.452.781",
        office_class="NOTARÍA 12",
        depto="ANTIOQUIA",
        municipio="MEDELLÍN",
        place_print="COLOMBIA - ANTIOQUIA - MEDELLÍN",
        hour="06",
        minute="45",
        cnv="A4481295",
        mother="CÁRDENAS VÉLEZ LUZ MARINA",
        mother_id="C.C. 43.512.877",
        father="RESTREPO ARANGO JORGE IVÁN",
        father_id="C.C. 71.604.210",
        registered="1994-08-03",
        officer="GLORIA PATRICIA MESA",
        notary="NOTARÍA DOCE DEL CÍRCULO DE MEDELLÍN",
        issued_on="2026-02-17",
    )
    Fd = B.Folder(root, "packets", name)
    key = "P06"
    v = K.form_values(
        p,
        "salarie",
        "2026-11-25",
        contract="CDD",
        profession="Chargée de production",
        given="María Camila",
        surname="RESTREPO CÁRDENAS",
    )
    pages = FM.form_pages(v, "typed", variant=0)
    d = K.form_doc(Fd, v, "image_pdf", "typed, double surname with accent on the form")
    K.scan_pdf(Fd, "Formulario_S1106.pdf", [(d, pages[0]), (d, pages[1])], key, 200)
    img, f = K.datapage_img(p)
    d = Fd.doc("passport", "scan", f, "double surname RESTREPO CARDENAS (no accent in passport)")
    Fd.jpeg("pasaporte.jpg", K.items_sheet([(img, 300)], key + "pp", 300), d, 84)
    vs = dict(
        type="D",
        number="FRA004102957",
        valid_from="2026-06-01",
        valid_until="2027-05-31",
        duration="365",
        issued_in="BOGOTA",
        issued_on="2026-05-14",
        remarks=["VLS-TS TRAVAILLEUR TEMPORAIRE"],
        category="TRAVAILLEUR TEMPORAIRE",
    )
    vimg, f = K.visa_img(p, vs)
    d = Fd.doc("long_stay_visa", "scan", f)
    Fd.jpeg("visa.jpg", K.items_sheet([(vimg, 300)], key + "vi", 300), d, 84)
    pg, f = CV.bc_colombia(p)
    f["has_apostille"] = True
    d1 = Fd.doc("birth_certificate", "image_pdf", f, "Colombia requires an apostille: attached")
    ap = dict(
        lang="es",
        country_print="República de Colombia",
        signed_by="GLORIA PATRICIA MESA",
        capacity="NOTARIA DOCE DEL CÍRCULO DE MEDELLÍN",
        seal_of="NOTARÍA 12 DE MEDELLÍN",
        at="Bogotá D.C.",
        on="2026-03-02",
        by="MINISTERIO DE RELACIONES EXTERIORES DE COLOMBIA",
        number="A8TPL412063152",
        style="colombia",
        code="9QXK4TR2",
        date_print="02/03/2026",
    )
    apg, af = CV.apostille(ap)
    d2 = Fd.doc("apostille", "image_pdf", af, "e-apostille printed and scanned after the act")
    K.scan_pdf(Fd, "registro civil + apostilla.pdf", [(d1, pg[0]), (d2, apg[0])], key, 200)
    t = dict(
        translator="Isabel MORENO-LAMBERT",
        court="Paris",
        address="14 rue de Turenne, 75004 Paris",
        phone="01 99 00 23 14",
        email="i.moreno@example.org",
        number="2026-0877",
        from_lang="de l'espagnol",
        lang_name="espagnole",
        stamp_lang="espagnol",
        city="Paris",
        date="2026-03-20",
        lines=[
            "#[Armoiries] RÉPUBLIQUE DE COLOMBIE",
            "#REGISTRE NATIONAL DE L'ÉTAT CIVIL — ACTE DE NAISSANCE",
            "Indicatif série : 21548930 — NUIP : 1.036.452.781",
            "Bureau d'enregistrement : Notariat 12 — Colombie, Antioquia, Medellín",
            "Premier nom de famille : RESTREPO — Second nom de famille : CÁRDENAS",
            "Prénom(s) : MARÍA CAMILA — Sexe : FÉMININ",
            "Date de naissance : 22 juillet 1994 — Heure : 06 h 45",
            "Lieu de naissance : Colombie — Antioquia — Medellín",
            "Mère : CÁRDENAS VÉLEZ LUZ MARINA, C.C. 43.512.877, nationalité colombienne",
            "Père : RESTREPO ARANGO JORGE IVÁN, C.C. 71.604.210, nationalité colombienne",
            "Date d'inscription : 3 août 1994",
            "[Signature et cachet du fonctionnaire] [Mention : copie fidèle de "
            "l'original délivrée à Medellín le 17 février 2026]",
            "[Apostille n° A8TPL412063152 du 2 mars 2026, Ministère des Relations extérieures]",
        ],
    )
    tpg, tf = CV.sworn_translation(p, t)
    d = Fd.doc("translation", "scan", tf, "sworn translation of the Colombian birth certificate")
    K.scan_jpg(Fd, "traduction acte de naissance.jpg", d, tpg[0], key, 200)
    l = dict(
        landlord="M. Bernard QUILLET",
        landlord_addr="58 rue de Saintonge, 75003 Paris",
        tenants=["Mme María Camila RESTREPO CÁRDENAS"],
        address=["9 rue Chapon, 4e étage, porte droite", "75003 Paris"],
        furnished=True,
        start="2026-06-15",
        rent=1150.0,
        charges=50.0,
        deposit=2300.0,
        surface=29,
        rooms=1,
        signed_city="Paris",
        signed_on="2026-06-10",
        font="caladea",
    )
    pg, f = H.lease(l)
    d = Fd.doc("lease", "text_pdf", f, "furnished lease (bail meublé), one year")
    Fd.text_pdf("contrat de location meublé.pdf", [(d, pg)], creator="Microsoft Word")
    r = K.rib_fr(
        "MME MARIA CAMILA RESTREPO CARDENAS",
        ["MME MARIA CAMILA RESTREPO CARDENAS"],
        ["9 RUE CHAPON", "75003 PARIS"],
        "30004",
        "00531",
        "00031552907",
        ["BNP PARIBAS PARIS ARTS ET METIERS", "(00531)", "75003 PARIS"],
        "BNPAFRPPXXX",
        "BNP Paribas",
        "2026-06-23",
    )
    pg, f = M.rib_bnp(r)
    d = Fd.doc("rib", "text_pdf", f)
    Fd.text_pdf("RIB BNP.pdf", [(d, pg)], creator="BNP Paribas")
    emp = _emp(
        "ATELIER LUMEN SAS",
        ["31 rue Meslay", "75003 Paris"],
        "88214307",
        "0014",
        "5911A",
        "Île-de-France 117 5583014",
        "2412",
        "la convention collective de la production audiovisuelle",
        capital="20 000 €",
        rep="M. Olivier DANJOU",
        rep_title="Président",
    )
    pg, f = M.contract(
        dict(
            employer=emp,
            employee="María Camila RESTREPO CÁRDENAS",
            employee_sex="F",
            dob=p.dob,
            pob="Medellín (Colombie)",
            nat="colombienne",
            home="9 rue Chapon, 75003 Paris",
            type="CDD",
            job="Chargée de production",
            start="2026-06-08",
            end="2027-05-31",
            salary=2850.0,
            place="Paris (3e)",
            signed_city="Paris",
            signed_on="2026-05-04",
            reason="la production d'une série documentaire",
            hand="h-breip",
        )
    )
    d = Fd.doc("employment_contract", "image_pdf", f)
    K.scan_pdf(Fd, "contrat de travail CDD.pdf", [(d, x) for x in pg], key, 200)
    Fd.write_truth(
        as_of,
        K.applicant(p),
        K.reqs(),
        None,
        "Complete. Colombian double surname (RESTREPO CARDENAS on passport, accented "
        "on the form and lease); birth certificate + e-apostille in one PDF, plus a "
        "sworn translation. Furnished lease since 2026-06-15.",
    )


# ======================================================================= P07
def p07_ferreira(root):
    name = "lucas_ferreira_dos_santos"
    as_of = "2026-11-12"
    p = person(
        key=name,
        surname="FERREIRA DOS SANTOS",
        given="LUCAS GABRIEL",
        sex="M",
        dob="1992-03-18",
        birth_city="Belo Horizonte",
        birth_country="BRA",
        nat="BRA",
        face=dict(skin=5, hair=2),
        passport=dict(
            number="FX482913",
            issued="2022-11-03",
            expiry="2032-11-02",
            authority="DPF/MG",
            pob="BELO HORIZONTE/MG",
        ),
        addr=["64 boulevard Voltaire", "75011 Paris"],
        phone="06 39 98 90 31",
        email="lucas.gabriel.fs@example.com",
    )
    p.birth = dict(
        cpf9="482913057",
        matricula="0456780155 1992 1 00087 112 0034521 18",
        hour="14",
        minute="20",
        municipio_uf="Belo Horizonte - MG",
        registro_uf="Belo Horizonte - MG",
        hospital="Hospital Santa Lúcia",
        father="JOSÉ CARLOS DOS SANTOS",
        mother="ANA PAULA FERREIRA DOS SANTOS",
        grandparents="Paternos: Antônio dos Santos e Maria José dos Santos; "
        "Maternos: Geraldo Ferreira e Helena Ferreira",
        registered="1992-03-25",
        dnv="—",
        officer="Mariana Lopes Teixeira",
        cartorio="Cartório do Registro Civil das Pessoas Naturais do 1º Subdistrito "
        "de Belo Horizonte/MG — Rua dos Goitacazes, 71",
        selo="AKX94821",
        issued_on="2025-12-10",
    )
    Fd = B.Folder(root, "packets", name)
    key = "P07"
    v = K.form_values(
        p, "salarie", "2026-11-06", contract="CDI", profession="Développeur", given="Lucas Gabriel"
    )
    pages = FM.form_pages(v, "hand", variant=1, hand_font="h-humor")
    d = K.form_doc(Fd, v, "scan")
    K.scan_jpg(Fd, "form_p1.jpg", d, pages[0], key, 200)
    K.scan_jpg(Fd, "form_p2.jpg", d, pages[1], key, 200)
    img, f = K.booklet_img(p)
    d = Fd.doc("passport", "phone_photo", f)
    K.photo_file(Fd, "passaporte.jpg", d, img, key, bg="desk", fill=0.72, long_side=3000)
    t = dict(
        number="PT5209174",
        title="CARTE DE SÉJOUR PLURIANNUELLE",
        mention="PASSEPORT TALENT",
        issued="2026-03-05",
        expiry="2030-03-04",
        authority="PRÉFECTURE DE POLICE",
        address=["64 BD VOLTAIRE", "75011 PARIS"],
        remarks=["Salarié qualifié — Art. L. 421-9 CESEDA", "Autorise son titulaire à travailler"],
    )
    fr, bk, f, _ = I.residence_permit(p, t)
    a, b = K.card_imgs(fr, bk)
    d = Fd.doc("residence_permit", "image_pdf", f)
    Fd.image_pdf(
        "titre_sejour.pdf", [(d, K.items_sheet([(a, 400), (b, 400)], key + "ts", 300))], 300, 72
    )
    pg, f = CV.bc_brazil(p)
    f["has_apostille"] = True
    d1 = Fd.doc(
        "birth_certificate",
        "image_pdf",
        f,
        "Brazil: exempt for France (accord de 1996); an apostille was added anyway",
    )
    ap = dict(
        lang="pt",
        country_print="República Federativa do Brasil",
        signed_by="Mariana Lopes Teixeira",
        capacity="Oficial Substituta",
        seal_of="Cartório do Registro Civil do 1º Subdistrito de Belo Horizonte",
        at="Belo Horizonte/MG",
        on="2025-12-12",
        by="Rodrigo Alves Campos, Tabelião",
        number="BR-MG-2025-1180457",
        style="cnj",
        code="AP4F9-21XK",
        date_print="12/12/2025",
    )
    apg, af = CV.apostille(ap)
    d2 = Fd.doc("apostille", "image_pdf", af)
    K.scan_pdf(Fd, "certidao_nascimento.pdf", [(d1, pg[0]), (d2, apg[0])], key, 200)
    fn = ["engie_aout.jpg", "engie_septembre.jpg", "engie_octobre.jpg"]
    for i, (s, e, issue) in enumerate(K.bill_months("2026-08-01", 3, day_issue=4)):
        b = dict(
            holder="M LUCAS FERREIRA DOS SANTOS",
            address=["64 BD VOLTAIRE", "75011 PARIS"],
            issue=issue,
            start=s,
            end=e,
            number="30012%07d" % (4471082 + i * 311),
            client_ref="3 004 471 082",
            account="301 447 108 212",
            pdl="14 2277 5031 8820",
            pce="GI 028 817 44",
            gas_meter="G4-77120",
            gidx=[3310, 3342, 3381][i],
            m3=[32, 39, 51][i],
            amount=[61.40, 66.85, 79.12][i],
            debit=F.add_days(issue, 14),
        )
        pg, f = H.engie_bill(b)
        d = Fd.doc("utility_bill", "phone_photo", f, "given name LUCAS only, full double surname")
        K.photo_file(
            Fd, fn[i], d, pg[0], key, bg=["wood", "desk", "wood"][i], rot=180 if i == 1 else 0
        )
    r = K.rib_fr(
        "LUCAS FERREIRA DOS SANTOS",
        ["LUCAS FERREIRA DOS SANTOS"],
        [],
        "19870",
        "00001",
        "10458230716",
        [],
        "KALOFRP2XXX",
        "Kalo (Kalo Payments SAS)",
        "2026-11-05",
        bank_addr="21 rue de Châteaudun, 75009 Paris",
    )
    img, f = M.rib_app_screenshot(r, K.APP_KALO)
    d = Fd.doc("rib", "screenshot", f, "neobank app screenshot with a French IBAN")
    Fd.png("Screenshot_20261105-184512.png", img, d)
    emp = _emp(
        "NEXAFLOW TECHNOLOGIES SAS",
        ["40 rue du Louvre", "75001 Paris"],
        "90133572",
        "0019",
        "6201Z",
        "Île-de-France 117 8830291",
        "1486",
        "la convention collective nationale Syntec",
        capital="250 000 €",
        rep="Mme Sarah BENHAMOU",
        rep_title="Directrice générale",
    )
    pg, f = M.contract(
        dict(
            employer=emp,
            employee="Lucas Gabriel FERREIRA DOS SANTOS",
            dob=p.dob,
            pob="Belo Horizonte (Brésil)",
            nat="brésilienne",
            home="64 boulevard Voltaire, 75011 Paris",
            type="CDI",
            job="Développeur senior",
            start="2026-01-05",
            salary=4600.0,
            place="Paris (1er)",
            signed_city="Paris",
            signed_on="2025-11-18",
            font="carlito",
        )
    )
    d = Fd.doc("employment_contract", "text_pdf", f)
    Fd.text_pdf("contrat_travail.pdf", [(d, pg)], creator="DocuSign")
    Fd.write_truth(
        as_of,
        K.applicant(p),
        K.reqs(),
        None,
        "Complete. Engie bills Aug-Sep-Oct as three phone photos (one upside down). "
        "RIB is a neobank screenshot. Apostille present although Brazil is exempt.",
    )


# ======================================================================= P08
def p08_walsh(root):
    name = "jennifer_walsh"
    as_of = "2026-12-07"
    p = person(
        key=name,
        surname="WALSH",
        given="JENNIFER LYNN",
        sex="F",
        dob="1988-03-03",
        birth_city="Columbus",
        birth_country="USA",
        nat="USA",
        face=dict(skin=0, hair=3),
        passport=dict(
            number="A04817293",
            issued="2025-01-08",
            expiry="2035-01-07",
            authority="United States\nDepartment of State",
            pob="OHIO, U.S.A.",
        ),
        addr=["3 rue Oberkampf", "75011 Paris"],
        phone="06 39 98 31 57",
        email="jen.walsh@example.com",
    )
    p.passport["authority"] = "United States Department of State"
    p.birth = dict(
        place_print="COLUMBUS, OHIO",
        county="FRANKLIN",
        mother="MARGARET ANN KELLY",
        father="DANIEL JOSEPH WALSH",
        file_no="1988-041177",
        registered="1988-03-14",
        issued_on="2026-01-21",
        officer="Lance D. Himes",
        serial="OH 3318420",
    )
    host = person(
        key="claire_moreau",
        surname="MOREAU",
        given="CLAIRE",
        sex="F",
        dob="1987-10-05",
        birth_city="Lyon 3e",
        face=dict(skin=0, hair=2),
        cni=dict(
            number="Y7KD2MWQ9",
            expiry="2031-03-22",
            issued="2021-03-23",
            address=["3 RUE OBERKAMPF", "75011 PARIS"],
            authority="Préfecture de police",
        ),
    )
    Fd = B.Folder(root, "packets", name)
    key = "P08"
    v = K.form_values(p, "sans_activite", "2026-11-30", given="Jennifer Lynn")
    pages = FM.form_pages(v, "hand", variant=0, hand_font="h-comic")
    d = K.form_doc(Fd, v, "phone_photo")
    K.photo_file(Fd, "cerfa_page1.jpg", d, pages[0], key, bg="fabric")
    K.photo_file(Fd, "cerfa_page2.jpg", d, pages[1], key, bg="fabric")
    bimg, f1 = K.booklet_img(p)
    vs = dict(
        type="D",
        number="FRA003377015",
        valid_from="2026-04-15",
        valid_until="2027-04-14",
        duration="365",
        issued_in="WASHINGTON",
        issued_on="2026-03-20",
        remarks=["VLS-TS VISITEUR", "ACTIVITE PROFESSIONNELLE NON AUTORISEE"],
        category="VISITEUR",
        entry_stamp=dict(date="2026-04-18"),
    )
    vimg, f2 = K.visa_img(p, vs)
    d1 = Fd.doc("passport", "phone_photo", f1)
    d2 = Fd.doc("long_stay_visa", "phone_photo", f2)
    both = K.side_by_side([bimg, vimg], 70, vertical=True)
    K.photo_file(
        Fd, "passport_and_visa.jpg", [d1, d2], both, key, bg="desk", fill=0.88, long_side=3600
    )
    pg, f = CV.bc_ohio(p)
    f["has_apostille"] = True
    d1 = Fd.doc("birth_certificate", "image_pdf", f)
    ap = dict(
        lang="en",
        country_print="United States of America",
        signed_by="Lance D. Himes",
        capacity="Director of Health, State Registrar of Vital Statistics",
        seal_of="Ohio Department of Health",
        at="Columbus, Ohio",
        on="2026-02-04",
        by="Frank LaRose, Ohio Secretary of State",
        number="2026-0014832",
        style="ohio",
        date_print="4th day of February, 2026",
    )
    apg, af = CV.apostille(ap)
    d2 = Fd.doc("apostille", "image_pdf", af)
    K.scan_pdf(Fd, "birth certificate + apostille.pdf", [(d1, pg[0]), (d2, apg[0])], key, 200)
    a_ = dict(
        host="Claire MOREAU",
        host_sex="F",
        host_dob=host.dob,
        host_pob="Lyon (69)",
        host_addr=["3 rue Oberkampf", "75011 Paris"],
        hosted="Jennifer WALSH",
        hosted_sex="F",
        hosted_dob=p.dob,
        hosted_pob="Columbus (États-Unis)",
        since="2026-04-20",
        city="Paris",
        signed_on="2026-11-28",
        mode="typed",
        hosted_title="Madame",
    )
    pg, f = H.hosting_attestation(a_)
    d = Fd.doc("hosting_attestation", "image_pdf", f, "typed, signed by hand, scanned")
    K.scan_pdf(Fd, "attestation_hebergement_Claire.pdf", [(d, pg[0])], key, 200)
    fr, bk, f, _ = I.french_cni(host)
    a, b = K.card_imgs(fr, bk)
    d = Fd.doc("national_id", "scan", f, "host's ID card")
    Fd.jpeg(
        "CNI_Claire_recto_verso.jpg", K.items_sheet([(a, 400), (b, 400)], key + "cni", 250), d, 80
    )
    for i, (s, e, issue) in enumerate(K.shifted_months("2026-08-10", 3, 0)):
        b = dict(
            holder="Mme Claire MOREAU",
            address=["3 rue Oberkampf", "75011 Paris"],
            issue=issue,
            start=s,
            end=e,
            number="SFR-%08d" % (77120458 + i * 1009),
            client_ref="0712 884 510",
            line="01 99 00 71 84",
            amount=36.99,
        )
        pg, f = H.sfr_bill(b)
        d = Fd.doc("utility_bill", "text_pdf", f, "host's bill")
        Fd.text_pdf(["SFR_aout.pdf", "SFR_sept.pdf", "SFR_oct.pdf"][i], [(d, pg)], creator="SFR")
    r = K.rib_fr(
        "MME JENNIFER WALSH",
        ["MME JENNIFER WALSH"],
        ["CHEZ MME CLAIRE MOREAU", "3 RUE OBERKAMPF", "75011 PARIS"],
        "20041",
        "00001",
        "7731542K020",
        [],
        "PSSTFRPPPAR",
        "La Banque Postale",
        "2026-05-11",
        centre="Centre Financier de Paris",
    )
    pg, f = M.rib_lbp_letter(r, p)
    d = Fd.doc("rib", "image_pdf", f, "RIB printed at the bottom of the bank's welcome letter")
    K.scan_pdf(Fd, "LBP_bienvenue.pdf", [(d, pg[0])], key, 200)
    Fd.write_truth(
        as_of,
        K.applicant(p),
        K.reqs(employment="not_applicable"),
        None,
        "Complete. Visitor, hosted by a friend: attestation + host's ID card + three "
        "SFR bills in the host's name. US birth certificate with Ohio apostille.",
    )


# ======================================================================= P09
def p09_hughes(root):
    name = "oliver_hughes"
    as_of = "2026-11-19"
    p = person(
        key=name,
        surname="HUGHES",
        given="OLIVER JAMES",
        sex="M",
        dob="1985-11-27",
        birth_city="Manchester",
        birth_country="GBR",
        nat="GBR",
        face=dict(skin=0, hair=2),
        passport=dict(
            number="125839471",
            issued="2021-09-14",
            expiry="2031-09-14",
            authority="HMPO",
            pob="MANCHESTER",
        ),
        addr=["22 rue du Faubourg Saint-Antoine", "75012 Paris"],
        phone="06 39 98 08 66",
        email="o.hughes@example.co.uk",
    )
    p.birth = dict(
        district="Manchester",
        subdistrict="Manchester South",
        county="Greater Manchester",
        entry="218",
        place_print="St Mary's Hospital, Manchester",
        father="Robert HUGHES",
        father_pob="Stockport",
        father_job="Engineer",
        mother="Susan HUGHES",
        mother_pob="Salford",
        mother_job="Teacher",
        mother_maiden="CARTER",
        home="14 Fog Lane, Manchester",
        registered="1985-12-09",
        registrar="P. Whitfield",
        issued_on="2025-11-03",
        app_no="9817734-2",
        serial="BXCL 418277",
    )
    Fd = B.Folder(root, "packets", name)
    key = "P09"
    v = K.form_values(
        p, "salarie", "2026-11-12", contract="CDI", profession="Consultant", given="Oliver James"
    )
    pages = FM.form_pages(v, "typed", variant=3)
    d = K.form_doc(Fd, v, "image_pdf")
    K.scan_pdf(Fd, "S1106_Hughes.pdf", [(d, pages[0]), (d, pages[1])], key, 200)
    img, f = K.datapage_img(p)
    d1 = Fd.doc("passport", "image_pdf", f)
    vs = dict(
        type="D",
        number="FRA004008311",
        valid_from="2026-02-01",
        valid_until="2027-01-31",
        duration="365",
        issued_in="LONDRES",
        issued_on="2026-01-12",
        remarks=["VLS-TS SALARIE"],
        category="SALARIE",
    )
    vimg, f = K.visa_img(p, vs)
    d2 = Fd.doc("long_stay_visa", "image_pdf", f)
    Fd.image_pdf(
        "passport + visa.pdf",
        [
            (d1, K.items_sheet([(img, 300)], key + "p1", 300)),
            (d2, K.items_sheet([(vimg, 300)], key + "p2", 300)),
        ],
        300,
        72,
    )
    pg, f = CV.bc_uk(p)
    f["has_apostille"] = True
    d = Fd.doc("birth_certificate", "image_pdf", f)
    K.scan_pdf(Fd, "UK birth certificate.pdf", [(d, pg[0])], key, 200)
    ap = dict(
        lang="en",
        country_print="United Kingdom of Great Britain and Northern Ireland",
        signed_by="P. Whitfield",
        capacity="Registrar",
        seal_of="General Register Office",
        at="Milton Keynes",
        on="2025-11-20",
        by="His Majesty's Principal Secretary of State for Foreign, Commonwealth and "
        "Development Affairs",
        number="APO-7736019",
        style="fcdo",
        date_print="20 November 2025",
    )
    apg, af = CV.apostille(ap)
    d = Fd.doc("apostille", "image_pdf", af, "FCDO apostille on a separate sheet")
    K.scan_pdf(Fd, "apostille.pdf", [(d, apg[0])], key, 200)
    for i, (s, e, issue) in enumerate(K.bill_months("2026-08-01", 3, day_issue=6)):
        b = dict(
            holder="M OLIVER HUGHES",
            address=["22 RUE DU FAUBOURG SAINT ANTOINE", "75012 PARIS"],
            issue=issue,
            start=s,
            end=e,
            number="TE%010d" % (6620418 + i * 4111),
            client_ref="1 066 204 187",
            amount=[48.22, 51.10, 57.36][i],
            kwh=[160, 171, 196][i],
        )
        pg, f = H.total_bill(b)
        d = Fd.doc("utility_bill", "text_pdf", f)
        Fd.text_pdf("TotalEnergies %02d.pdf" % (8 + i), [(d, pg)], creator="TotalEnergies")
    r = K.rib_fr(
        "M OLIVER JAMES HUGHES",
        ["M OLIVER JAMES HUGHES"],
        ["22 RUE DU FBG ST ANTOINE", "75012 PARIS"],
        "10278",
        "06041",
        "00033871505",
        ["CCM PARIS 12 BASTILLE", "71 AVENUE LEDRU-ROLLIN", "75012 PARIS"],
        "CMCIFR2A",
        "Crédit Mutuel",
        "2026-02-19",
    )
    pg, f = M.rib_credit_mutuel(r)
    d = Fd.doc("rib", "scan", f)
    K.scan_jpg(Fd, "RIB.jpg", d, pg[0], key, 200)
    emp = _emp(
        "BRIGHTWELL CONSEIL SAS",
        ["8 rue de Hanovre", "75002 Paris"],
        "79305128",
        "0031",
        "7022Z",
        "Île-de-France 117 3301985",
        "1486",
        "la convention collective nationale Syntec",
        rep="M. Arnaud PEYREFITTE",
        rep_title="Président",
    )
    pg, f = M.payslip(
        dict(
            employer=emp,
            employee_lines=["M. OLIVER HUGHES", "22 RUE DU FAUBOURG SAINT-ANTOINE", "75012 PARIS"],
            employee_name="OLIVER HUGHES",
            job="Consultant senior",
            entry="2026-02-02",
            period="2026-10",
            gross=5200.0,
            tax_rate=9.6,
            months=9,
        )
    )
    d = Fd.doc("payslip", "text_pdf", f)
    Fd.text_pdf("payslip_oct.pdf", [(d, pg)], creator="ADP")
    Fd.write_truth(
        as_of,
        K.applicant(p),
        K.reqs(),
        None,
        "Complete. Bills route with TotalEnergies Aug-Sep-Oct; UK certificate with "
        "separate FCDO apostille.",
    )


# ======================================================================= P10
def p10_zhang(root):
    name = "zhang_xiaowen"
    as_of = "2026-12-10"
    p = person(
        key=name,
        surname="ZHANG",
        given="XIAOWEN",
        sex="F",
        dob="1994-06-12",
        birth_city="Wuhan",
        birth_country="CHN",
        nat="CHN",
        face=dict(skin=0, hair=4),
        passport=dict(
            number="EK4829175",
            issued="2024-09-03",
            expiry="2034-09-02",
            authority="National Immigration\nAdministration, PRC",
            pob="湖北/HUBEI",
        ),
        addr=["7 rue Linné", "75005 Paris"],
        phone="06 39 98 44 12",
        email="xiaowen.zhang@example.cn",
    )
    p.passport["authority"] = "National Immigration Administration, PRC"
    p.chinese = dict(surname="张", given="晓雯")
    p.birth = dict(
        ref_zh="（2026）鄂武汉江汉证字第4417号",
        ref_en="(2026) E Wu Han Jiang Han Zheng Zi No. 4417",
        id_number="42010319940612" + "302X",
        place_zh="湖北省武汉市",
        place_print="Wuhan City, Hubei Province",
        father_zh="张建国",
        mother_zh="李秀兰",
        father_en="ZHANG Jianguo",
        mother_en="LI Xiulan",
        office_zh="湖北省武汉市江汉公证处",
        office_en="Jianghan Notary Public Office, Wuhan City, Hubei Province",
        notary_zh="王敏",
        notary_en="WANG Min",
        issued_on="2026-01-08",
    )
    Fd = B.Folder(root, "packets", name)
    key = "P10"
    v = K.form_values(
        p,
        "salarie",
        "2026-12-02",
        contract="CDI",
        given="Xiaowen",
        profession="Chercheuse post-doctorante",
    )
    pages = FM.form_pages(v, "typed", variant=2)
    d = K.form_doc(Fd, v, "image_pdf", "surname first (Chinese order) on the passport")
    K.scan_pdf(Fd, "申请表_S1106.pdf", [(d, pages[0]), (d, pages[1])], key, 200)
    img, f = K.datapage_img(p)
    d = Fd.doc("passport", "scan", f)
    Fd.jpeg("passport_zhang.jpg", K.items_sheet([(img, 300)], key + "pp", 300), d, 84)
    vs = dict(
        type="D",
        number="FRA004115380",
        valid_from="2026-02-15",
        valid_until="2027-02-14",
        duration="365",
        issued_in="PEKIN",
        issued_on="2026-01-20",
        remarks=["VLS-TS PASSEPORT TALENT", "CHERCHEUR"],
        category="PASSEPORT TALENT",
    )
    vimg, f = K.visa_img(p, vs)
    d = Fd.doc("long_stay_visa", "phone_photo", f, "photo upside down (rotated 180°)")
    K.photo_file(Fd, "visa_VLS-TS.jpg", d, vimg, key, rot=180, bg="dark", fill=0.7, long_side=2800)
    pg, f = CV.bc_china(p)
    f["has_apostille"] = True
    d = Fd.doc(
        "birth_certificate",
        "image_pdf",
        f,
        "notarial certificate: Chinese page then the English translation page",
    )
    K.scan_pdf(Fd, "notarial birth certificate.pdf", [(d, pg[0]), (d, pg[1])], key, 200)
    ap = dict(
        lang="en",
        country_print="People's Republic of China",
        signed_by="WANG Min",
        capacity="Notary Public",
        seal_of="Jianghan Notary Public Office, Wuhan",
        at="Wuhan",
        on="2026-01-15",
        by="Foreign Affairs Office of Hubei Provincial People's Government",
        number="HB2026A00418",
        style="box",
        stamp_top="HUBEI FOREIGN AFFAIRS OFFICE",
        stamp_mid="APOSTILLE",
        date_print="15/01/2026",
    )
    apg, af = CV.apostille(ap)
    d = Fd.doc("apostille", "scan", af)
    K.scan_jpg(Fd, "apostille_CN.jpg", d, apg[0], key, 200)
    l = dict(
        landlord="Mme Françoise LEMOINE",
        landlord_addr="2 rue Cuvier, 75005 Paris",
        tenants=["Mme Xiaowen ZHANG"],
        address=["7 rue Linné, 5e étage", "75005 Paris"],
        start="2026-03-01",
        rent=1080.0,
        charges=70.0,
        deposit=1080.0,
        surface=34,
        rooms=2,
        signed_city="Paris",
        signed_on="2026-02-16",
    )
    pg, f = H.lease(l)
    d = Fd.doc("lease", "image_pdf", f, "tenant written given-name first")
    K.scan_pdf(Fd, "bail appartement.pdf", [(d, x) for x in pg], key, 200)
    r = K.rib_lt(
        "XIAOWEN ZHANG",
        "39100",
        "12004471836",
        "NUVILT22XXX",
        "Nuvia UAB",
        "Konstitucijos pr. 21B, 08130 Vilnius, Lituanie",
    )
    img, f = M.rib_app_screenshot(r, K.APP_NUVIA)
    d = Fd.doc("rib", "screenshot", f, "Lithuanian IBAN from a neobank: SEPA, legally acceptable")
    Fd.png("IMG_5521.PNG", img, d)
    emp = _emp(
        "HÉLIX BIOSCIENCES SAS",
        ["12 rue de l'École de Médecine", "75006 Paris"],
        "84520933",
        "0027",
        "7211Z",
        "Île-de-France 117 9917302",
        "1486",
        "la convention collective nationale Syntec",
        rep="Dr Étienne ROUSSEL",
        rep_title="Directeur scientifique",
    )
    pg, f = M.payslip(
        dict(
            employer=emp,
            employee_lines=["MME XIAOWEN ZHANG", "7 RUE LINNE", "75005 PARIS"],
            employee_name="XIAOWEN ZHANG",
            job="Chercheuse post-doctorante",
            entry="2026-03-02",
            period="2026-11",
            gross=3900.0,
            tax_rate=6.1,
            months=9,
        )
    )
    d = Fd.doc("payslip", "text_pdf", f, "name given-name first")
    Fd.text_pdf("bulletin paie novembre 2026.pdf", [(d, pg)], creator="Silae")
    Fd.write_truth(
        as_of,
        K.applicant(p),
        K.reqs(),
        None,
        "Complete. Chinese surname-first name (passport ZHANG / XIAOWEN; payslip and "
        "lease 'Xiaowen ZHANG'). LT IBAN from a neobank (SEPA, acceptable: info only). "
        "Notarial birth certificate + Chinese apostille. Non-ASCII form file name.",
    )


# ======================================================================= P11
def p11_rossetti(root):
    name = "giulia_rossetti"
    as_of = "2026-11-30"
    p = person(
        key=name,
        surname="ROSSETTI",
        given="GIULIA",
        sex="F",
        dob="1995-07-14",
        birth_city="Napoli",
        birth_country="ITA",
        nat="ITA",
        face=dict(skin=1, hair=0),
        addr=["5 rue Lamarck", "75018 Paris"],
        phone="06 39 98 12 76",
        email="giulia.rossetti@example.it",
    )
    p.birth = dict(
        act="n. 1832, parte I, serie A, anno 1995",
        prov="NA",
        father="ROSSETTI Marco",
        mother="ESPOSITO Anna",
        issued_on="2026-06-04",
        officer="Dott. R. Ferraro",
    )
    Fd = B.Folder(root, "packets", name)
    key = "P11"
    v = K.form_values(p, "sans_activite", "2026-11-21", given="Giulia")
    pages = FM.form_pages(v, "hand", variant=2, hand_font="h-dancing")
    d = K.form_doc(Fd, v, "image_pdf")
    K.scan_pdf(Fd, "formulaire.pdf", [(d, pages[0]), (d, pages[1])], key, 200)
    c = dict(
        number="CA48213QK",
        municipality="NAPOLI",
        prov="NA",
        height=164,
        issued="2022-02-03",
        expiry="2032-07-14",
        cf="RSSGLI95L54F839X",
        residence="VIA TOLEDO 118, NAPOLI (NA)",
        birth_act="1832/I/A/1995",
    )
    fr, bk, f = I.italian_cie(p, c)[:3]
    a, b = K.card_imgs(fr, bk, 500)
    d = Fd.doc("national_id", "phone_photo", f, "EU national: Italian electronic ID card (TD1)")
    K.photo_file(Fd, "carta identità fronte.jpg", d, a, key, bg="wood", fill=0.6, long_side=2600)
    K.photo_file(Fd, "carta identità retro.jpg", d, b, key, bg="wood", fill=0.6, long_side=2600)
    pg, f = CV.bc_italy_ciec(p)
    d = Fd.doc(
        "birth_certificate", "scan", f, "EU multilingual extract: no apostille (Reg. 2016/1191)"
    )
    K.scan_jpg(Fd, "estratto nascita.jpg", d, pg[0], key, 200)
    items = []
    for i, (s, e, issue) in enumerate(K.shifted_months("2026-07-20", 3, 3)):
        b = dict(
            holder="MME GIULIA ROSSETTI",
            address=["5 RUE LAMARCK", "75018 PARIS"],
            issue=issue,
            start=s,
            end=e,
            number="10 8832 %04d" % (5170 + 91 * i),
            client_ref="6 008 832 551",
            pdl="09 8832 5517 0044",
            amount=0,
            kwh=[142, 131, 158][i],
            idx_old=[8120, 8262, 8393][i],
            debit=F.add_days(issue, 10),
            meter="7712",
        )
        pg, f = H.edf_bill(b, pages=2)
        d = Fd.doc("utility_bill", "text_pdf", f, "two-page bill: page 2 has no holder")
        items.append((d, pg))
    Fd.text_pdf("factures EDF.pdf", items, creator="EDF")
    r = K.rib_fr(
        "MME GIULIA ROSSETTI",
        ["MME GIULIA ROSSETTI"],
        ["5 RUE LAMARCK", "75018 PARIS"],
        "20041",
        "00001",
        "5518302R020",
        [],
        "PSSTFRPPPAR",
        "La Banque Postale",
        "2026-08-02",
        centre="Centre Financier de Paris",
    )
    pg, f = M.rib_lbp(r)
    d = Fd.doc("rib", "text_pdf", f)
    Fd.text_pdf("RIB_LBP.pdf", [(d, pg)], creator="La Banque Postale")
    Fd.write_truth(
        as_of,
        K.applicant(p),
        K.reqs(residence_status="not_applicable", employment="not_applicable"),
        None,
        "Complete. EU national with an ID card (no residence permit needed). Three "
        "2-page EDF bills in one 6-page PDF (cycles 20th-19th, Jul-Oct).",
    )


# ======================================================================= D1
def d01_el_amrani(root):
    name = "karim_el_amrani"
    as_of = "2026-11-18"
    p = person(
        key=name,
        surname="EL AMRANI",
        given="KARIM",
        sex="M",
        dob="1989-12-05",
        birth_city="Casablanca",
        birth_country="MAR",
        nat="MAR",
        face=dict(skin=6, hair=0),
        passport=dict(
            number="BE2749163",
            issued="2021-10-04",
            expiry="2026-10-03",
            authority="PREFECTURE CASA-ANFA",
            pob="CASABLANCA",
        ),
        addr=["14 rue Myrha", "75018 Paris"],
        phone="06 39 98 77 05",
        email="karim.elamrani@example.com",
    )
    p.birth = dict(
        province="Casablanca-Anfa",
        province_ar="الدار البيضاء أنفا",
        commune="Casablanca",
        commune_ar="الدار البيضاء",
        city_ar="الدار البيضاء",
        act_no="3318",
        surname_ar="العمراني",
        given_ar="كريم",
        father="Abdelkader EL AMRANI",
        father_ar="عبد القادر العمراني",
        mother="Naima CHRAIBI",
        mother_ar="نعيمة الشرايبي",
        issued_on="2025-09-22",
        officer="S. Alaoui",
        serial="CA-2025-118274",
    )
    Fd = B.Folder(root, "packets", name)
    key = "D01"
    v = K.form_values(
        p,
        "salarie",
        "2026-11-10",
        contract="CDI",
        profession="Technicien logistique",
        given="Karim",
    )
    pages = FM.form_pages(v, "hand", variant=1, hand_font="h-dkg")
    d = K.form_doc(Fd, v, "phone_photo")
    K.photo_file(Fd, "formulaire_1.jpg", d, pages[0], key, bg="desk")
    K.photo_file(Fd, "formulaire_2.jpg", d, pages[1], key, bg="desk")
    img, f = K.booklet_img(p)
    d = Fd.doc("passport", "scan", f, "DEFECT: expired on 2026-10-03, before the audit date")
    Fd.jpeg("passeport.jpg", K.items_sheet([(img, 300)], key + "pp", 300), d, 82)
    vs = dict(
        type="D",
        number="FRA003880214",
        valid_from="2026-01-10",
        valid_until="2027-01-09",
        duration="365",
        issued_in="CASABLANCA",
        issued_on="2025-12-18",
        remarks=["VLS-TS SALARIE"],
        category="SALARIE",
        entry_stamp=dict(date="2026-01-13"),
    )
    vimg, f = K.visa_img(p, vs)
    d = Fd.doc("long_stay_visa", "scan", f, "still valid; issued in the (now expired) passport")
    Fd.jpeg("visa.jpg", K.items_sheet([(vimg, 300)], key + "vi", 300), d, 82)
    pg, f = CV.bc_morocco(p)
    d = Fd.doc("birth_certificate", "image_pdf", f, "Morocco: exempt from legalisation")
    K.scan_pdf(Fd, "acte_naissance.pdf", [(d, pg[0])], key, 200)
    l = dict(
        landlord="M. Jean-Paul BRETON",
        landlord_addr="18 rue Custine, 75018 Paris",
        tenants=["M. Karim EL AMRANI"],
        address=["14 rue Myrha, 1er étage", "75018 Paris"],
        furnished=True,
        start="2025-12-01",
        rent=890.0,
        charges=40.0,
        deposit=1780.0,
        surface=24,
        rooms=1,
        signed_city="Paris",
        signed_on="2025-11-26",
    )
    pg, f = H.lease(l)
    d = Fd.doc("lease", "text_pdf", f)
    Fd.text_pdf("bail meublé.pdf", [(d, pg)], creator="Microsoft Word")
    r = K.rib_fr(
        "M KARIM EL AMRANI",
        ["M KARIM EL AMRANI"],
        ["14 RUE MYRHA", "75018 PARIS"],
        "30004",
        "02217",
        "00047830196",
        ["BNP PARIBAS PARIS BARBES", "(02217)", "75018 PARIS"],
        "BNPAFRPPXXX",
        "BNP Paribas",
        "2026-01-22",
    )
    pg, f = M.rib_bnp(r)
    d = Fd.doc("rib", "text_pdf", f)
    Fd.text_pdf("RIB.pdf", [(d, pg)], creator="BNP Paribas")
    emp = _emp(
        "CAP LOGISTIQUE SAS",
        ["2 rue de la Haie Coq", "93300 Aubervilliers"],
        "53318207",
        "0045",
        "5210B",
        "Île-de-France 937 5530118",
        "16",
        "la convention collective des transports routiers et activités auxiliaires",
        rep="M. Didier FAURE",
        rep_title="Directeur d'exploitation",
    )
    pg, f = M.payslip(
        dict(
            employer=emp,
            employee_lines=["M. KARIM EL AMRANI", "14 RUE MYRHA", "75018 PARIS"],
            employee_name="KARIM EL AMRANI",
            job="Technicien logistique",
            status="Agent de maîtrise",
            classif="Groupe 6 — Coefficient 157,5",
            entry="2026-01-19",
            period="2026-10",
            gross=2480.0,
            tax_rate=1.8,
            months=9,
            layout=2,
        )
    )
    d = Fd.doc("payslip", "text_pdf", f)
    Fd.text_pdf("fiche_paie_octobre.pdf", [(d, pg)], creator="Sage")
    Fd.write_truth(
        as_of,
        K.applicant(p),
        K.reqs(identity="invalid"),
        "passport_expired",
        "One defect: the passport expired on 2026-10-03 (5-year Moroccan passport), "
        "before the audit date. Everything else is in order.",
    )


# ======================================================================= D2
def d02_almeida(root):
    name = "beatriz_almeida"
    as_of = "2026-11-25"
    p = person(
        key=name,
        surname="ALMEIDA COSTA",
        given="BEATRIZ",
        sex="F",
        dob="1997-01-30",
        birth_city="Recife",
        birth_country="BRA",
        nat="BRA",
        face=dict(skin=2, hair=1),
        passport=dict(
            number="GA193847",
            issued="2025-03-11",
            expiry="2035-03-10",
            authority="DPF/PE",
            pob="RECIFE/PE",
        ),
        addr=["11 rue des Martyrs", "75009 Paris"],
        phone="06 39 98 35 80",
        email="bia.almeida@example.com.br",
    )
    p.birth = dict(
        cpf9="193847205",
        matricula="0753340155 1997 1 00012 204 0002871 44",
        hour="09",
        minute="05",
        municipio_uf="Recife - PE",
        registro_uf="Recife - PE",
        hospital="Maternidade Nossa Senhora das Graças",
        father="PAULO ROBERTO COSTA",
        mother="CRISTINA ALMEIDA COSTA",
        grandparents="Paternos: Severino Costa e Josefa Costa; Maternos: Luiz Almeida "
        "e Teresa Almeida",
        registered="1997-02-06",
        dnv="—",
        officer="Roberta Cavalcanti",
        cartorio="Cartório do Registro Civil das Pessoas Naturais da Boa Vista — Recife/PE",
        selo="BJQ22187",
        issued_on="2026-04-15",
    )
    host = person(
        key="julien_mercier",
        surname="MERCIER",
        given="JULIEN",
        sex="M",
        dob="1993-05-19",
        birth_city="Rennes",
        face=dict(skin=0, hair=1),
        cni=dict(
            number="W3PL8KX27",
            expiry="2034-02-11",
            issued="2024-02-12",
            address=["11 RUE DES MARTYRS", "75009 PARIS"],
            authority="Préfecture de police",
        ),
    )
    Fd = B.Folder(root, "packets", name)
    key = "D02"
    v = K.form_values(p, "sans_activite", "2026-11-18", given="Beatriz")
    pages = FM.form_pages(v, "hand", variant=0, hand_font="h-breip")
    d = K.form_doc(Fd, v, "scan")
    K.scan_jpg(Fd, "formulaire page 1.jpg", d, pages[0], key)
    K.scan_jpg(Fd, "formulaire page 2.jpg", d, pages[1], key)
    bimg, f1 = K.booklet_img(p)
    vs = dict(
        type="C",
        number="FRA003954478",
        valid_from="2026-07-01",
        valid_until="2026-12-27",
        duration="90",
        entries="MULT",
        issued_in="BRASILIA",
        issued_on="2026-06-10",
        territory="ETATS SCHENGEN",
        remarks=["VISITE FAMILIALE"],
        category="COURT SEJOUR",
        entry_stamp=dict(date="2026-07-04"),
    )
    vimg, f2 = K.visa_img(p, vs)
    d1 = Fd.doc("passport", "image_pdf", f1)
    d2 = Fd.doc(
        "long_stay_visa",
        "image_pdf",
        f2,
        "DEFECT: type C short-stay Schengen visa, not a D / VLS-TS",
    )
    Fd.image_pdf(
        "passeport et visa.pdf",
        [([d1, d2], K.items_sheet([(bimg, 300), (vimg, 300)], key + "pv", 250))],
        250,
        72,
    )
    pg, f = CV.bc_brazil(p)
    d = Fd.doc(
        "birth_certificate",
        "phone_photo",
        f,
        "Brazil: exempt from legalisation for France; no apostille needed",
    )
    K.photo_file(Fd, "certidao.jpg", d, pg[0], key, bg="wood")
    a_ = dict(
        host="Julien MERCIER",
        host_sex="M",
        host_dob=host.dob,
        host_pob="Rennes (35)",
        host_addr=["11 rue des Martyrs", "75009 Paris"],
        hosted="Beatriz ALMEIDA COSTA",
        hosted_dob=p.dob,
        hosted_pob="Recife (Brésil)",
        since="2026-07-10",
        city="Paris",
        signed_on="2026-11-15",
        attachments=True,
        hand_font="h-ruf",
        ink=ink.BLACK_INK,
    )
    pg, f = H.hosting_attestation(a_)
    d = Fd.doc("hosting_attestation", "phone_photo", f)
    K.photo_file(Fd, "attestation.jpg", d, pg[0], key, bg="dark")
    fr, bk, f, _ = I.french_cni(host)
    a, b = K.card_imgs(fr, bk)
    d = Fd.doc("national_id", "scan", f, "host's ID card")
    Fd.jpeg("cni julien.jpg", K.items_sheet([(a, 400), (b, 400)], key + "cni", 250), d, 80)
    items = []
    for i, (s, e, issue) in enumerate(K.shifted_months("2026-08-05", 3, 2)):
        b = dict(
            holder="M JULIEN MERCIER",
            address=["11 RUE DES MARTYRS", "75009 PARIS"],
            issue=issue,
            start=s,
            end=e,
            number="10 5521 %04d" % (3310 + 57 * i),
            client_ref="6 005 521 331",
            pdl="09 5521 3310 8812",
            amount=0,
            kwh=[120, 133, 151][i],
            idx_old=[10211, 10331, 10464][i],
            debit=F.add_days(issue, 10),
            meter="5520",
        )
        pg, f = H.edf_bill(b)
        d = Fd.doc("utility_bill", "text_pdf", f, "host's bill")
        items.append((d, pg))
    Fd.text_pdf("factures edf julien.pdf", items, creator="EDF")
    r = K.rib_fr(
        "MME BEATRIZ ALMEIDA COSTA",
        ["MME BEATRIZ ALMEIDA COSTA"],
        ["11 RUE DES MARTYRS", "75009 PARIS"],
        "20041",
        "00001",
        "6620931F020",
        [],
        "PSSTFRPPPAR",
        "La Banque Postale",
        "2026-08-21",
        centre="Centre Financier de Paris",
    )
    pg, f = M.rib_lbp(r)
    d = Fd.doc("rib", "text_pdf", f)
    Fd.text_pdf("RIB.pdf", [(d, pg)], creator="La Banque Postale")
    Fd.write_truth(
        as_of,
        K.applicant(p),
        K.reqs(residence_status="invalid", employment="not_applicable"),
        "short_stay_visa",
        "One defect: the only residence document is a type C Schengen visa (short "
        "stay), not a VLS-TS or titre de séjour. Hosting route is complete.",
    )


# ======================================================================= D3
def d03_brennan(root):
    name = "michael_brennan"
    as_of = "2026-11-20"
    p = person(
        key=name,
        surname="BRENNAN",
        given="MICHAEL PATRICK",
        sex="M",
        dob="1986-08-09",
        birth_city="San Diego",
        birth_country="USA",
        nat="USA",
        face=dict(skin=0, hair=1),
        passport=dict(
            number="A19374628",
            issued="2023-06-02",
            expiry="2033-06-01",
            authority="United States Department of State",
            pob="CALIFORNIA, U.S.A.",
        ),
        addr=["31 rue de Bretagne", "75003 Paris"],
        phone="06 39 98 52 19",
        email="mbrennan@example.com",
    )
    p.birth = dict(
        place_print="SAN DIEGO, CALIFORNIA",
        county="San Diego",
        city="SAN DIEGO",
        file_no="86-204417",
        local_no="3701-0088214",
        hour="04",
        minute="52",
        hospital="MERCY HOSPITAL OF SAN DIEGO",
        hospital_addr="4077 FIFTH AVENUE",
        father="THOMAS JOHN BRENNAN",
        father_state="NEW YORK",
        mother="KATHLEEN MARIE O'NEILL",
        mother_state="CALIFORNIA",
        registered="1986-08-15",
        local_registrar="J. SANCHEZ, M.D.",
        clerk="Ernest J. Dronenburg, Jr.",
        issued_on="2025-10-14",
        serial="032155718",
    )
    Fd = B.Folder(root, "packets", name)
    key = "D03"
    v = K.form_values(
        p,
        "salarie",
        "2026-11-13",
        contract="CDI",
        profession="Responsable produit",
        given="Michael Patrick",
    )
    pages = FM.form_pages(v, "typed", variant=0)
    d = K.form_doc(Fd, v, "image_pdf")
    K.scan_pdf(Fd, "CPAM form signed.pdf", [(d, pages[0]), (d, pages[1])], key, 200)
    bimg, f1 = K.booklet_img(p)
    vs = dict(
        type="D",
        number="FRA003990127",
        valid_from="2026-03-01",
        valid_until="2027-02-28",
        duration="365",
        issued_in="SAN FRANCISCO",
        issued_on="2026-02-06",
        remarks=["VLS-TS SALARIE"],
        category="SALARIE",
        entry_stamp=dict(date="2026-03-08"),
    )
    vimg, f2 = K.visa_img(p, vs)
    d1 = Fd.doc("passport", "phone_photo", f1)
    K.photo_file(Fd, "passport.jpg", d1, bimg, key, bg="desk", fill=0.72)
    d2 = Fd.doc("long_stay_visa", "phone_photo", f2)
    K.photo_file(Fd, "visa.jpg", d2, vimg, key, bg="desk", fill=0.7, long_side=2600)
    pg, f = CV.bc_california(p)
    d = Fd.doc(
        "birth_certificate",
        "scan",
        f,
        "DEFECT: US certificate without apostille (USA requires one)",
    )
    K.scan_jpg(Fd, "birth_certificate.jpg", d, pg[0], key, 200)
    l = dict(
        landlord="Mme Anne-Sophie DELORME",
        landlord_addr="7 rue Froissart, 75003 Paris",
        tenants=["M. Michael BRENNAN"],
        address=["31 rue de Bretagne, 2e étage", "75003 Paris"],
        start="2026-04-01",
        rent=1390.0,
        charges=80.0,
        deposit=1390.0,
        surface=45,
        rooms=2,
        signed_city="Paris",
        signed_on="2026-03-24",
        agency="Marais Immobilier",
        agency_addr="12 rue Charlot, 75003 Paris",
    )
    pg, f = H.lease(l)
    d = Fd.doc("lease", "image_pdf", f)
    K.scan_pdf(Fd, "lease.pdf", [(d, x) for x in pg], key, 150, gray=True)
    r = K.rib_fr(
        "M MICHAEL BRENNAN",
        ["M MICHAEL BRENNAN"],
        ["31 RUE DE BRETAGNE", "75003 PARIS"],
        "10278",
        "06028",
        "00051774301",
        ["CCM PARIS 3 MARAIS", "40 RUE DE TURBIGO", "75003 PARIS"],
        "CMCIFR2A",
        "Crédit Mutuel",
        "2026-04-09",
    )
    pg, f = M.rib_credit_mutuel(r, copies=3)
    d = Fd.doc("rib", "text_pdf", f)
    Fd.text_pdf("RIB CM.pdf", [(d, pg)], creator="Crédit Mutuel")
    emp = _emp(
        "ORBITEAM SAS",
        ["95 rue de Turbigo", "75003 Paris"],
        "84122095",
        "0018",
        "5829C",
        "Île-de-France 117 6674012",
        "1486",
        "la convention collective nationale Syntec",
        rep="Mme Inès CARPENTIER",
        rep_title="Directrice des opérations",
    )
    pg, f = M.contract(
        dict(
            employer=emp,
            employee="Michael BRENNAN",
            dob=p.dob,
            pob="San Diego (États-Unis)",
            nat="américaine",
            home="31 rue de Bretagne, 75003 Paris",
            type="CDI",
            job="Responsable produit",
            start="2026-03-16",
            salary=5100.0,
            place="Paris (3e)",
            signed_city="Paris",
            signed_on="2025-12-02",
        )
    )
    d = Fd.doc("employment_contract", "text_pdf", f)
    Fd.text_pdf("employment contract.pdf", [(d, pg)], creator="Yousign")
    Fd.write_truth(
        as_of,
        K.applicant(p),
        K.reqs(birth_certificate="invalid"),
        "no_apostille",
        "One defect: the California birth certificate has no apostille; the USA is "
        "a Hague-convention country with no exemption agreement with France.",
    )


# ======================================================================= D4
def d04_bensalem(root):
    name = "nour_el_houda_bensalem"
    as_of = "2026-11-25"
    p = person(
        key=name,
        surname="BENSALEM",
        given="NOUR EL HOUDA",
        sex="F",
        dob="1997-11-02",
        birth_city="Constantine",
        birth_country="DZA",
        nat="DZA",
        face=dict(skin=1, hair=0),
        passport=dict(
            number="203918475",
            issued="2023-07-18",
            expiry="2033-07-17",
            authority="DAIRA DE CONSTANTINE",
        ),
        addr=["3 rue Pajol", "75018 Paris"],
        phone="06 39 98 66 21",
        email="nour.bensalem@example.com",
    )
    p.birth = dict(
        wilaya="Constantine",
        wilaya_ar="قسنطينة",
        daira="Constantine",
        daira_ar="قسنطينة",
        commune="Constantine",
        commune_ar="قسنطينة",
        act_no="05512",
        hour="16",
        minute="05",
        dob_ar="الثاني من نوفمبر ألف وتسعمائة وسبعة وتسعين",
        surname_ar="بن سالم",
        given_ar="نور الهدى",
        father="Rachid BENSALEM",
        father_ar="رشيد بن سالم",
        mother="Samia LOUNIS",
        mother_ar="سامية لونيس",
        issued_on="2025-11-30",
        officer="N. Hamidi",
        serial="A 4410288",
        given_print="Nour El Houda",
    )
    Fd = B.Folder(root, "packets", name)
    key = "D04"
    v = K.form_values(
        p,
        "salarie",
        "2026-11-17",
        contract="CDI",
        profession="Préparatrice en pharmacie",
        given="Nour El Houda",
    )
    pages = FM.form_pages(v, "hand", variant=3, hand_font="h-dkg")
    d = K.form_doc(Fd, v, "image_pdf")
    K.scan_pdf(Fd, "formulaire_cpam.pdf", [(d, pages[0]), (d, pages[1])], key, 200)
    img, f = K.datapage_img(p)
    d = Fd.doc("passport", "phone_photo", f)
    K.photo_file(Fd, "passeport.jpg", d, img, key, bg="fabric", fill=0.7, long_side=2800)
    t = dict(
        number="DZ8830417",
        title="CERTIFICAT DE RÉSIDENCE ALGÉRIEN",
        mention="SALARIÉ",
        issued="2026-02-20",
        expiry="2027-02-19",
        authority="PRÉFECTURE DE POLICE",
        address=["3 RUE PAJOL", "75018 PARIS"],
        remarks=[
            "Accord franco-algérien du 27 décembre 1968 modifié",
            "Autorise son titulaire à travailler",
        ],
    )
    fr, bk, f, _ = I.residence_permit(p, t)
    a, b = K.card_imgs(fr, bk)
    d = Fd.doc("residence_permit", "image_pdf", f)
    Fd.image_pdf("titre.pdf", [(d, K.items_sheet([(a, 400), (b, 400)], key + "ts", 300))], 300, 72)
    pg, f = CV.bc_algeria(p)
    d = Fd.doc("birth_certificate", "scan", f, "Algeria: exempt from legalisation")
    K.scan_jpg(Fd, "acte de naissance.jpg", d, pg[0], key, 200)
    fn = {7: "free_juillet.pdf", 8: "free_aout.pdf", 10: "free_octobre.pdf"}
    for m in (7, 8, 10):
        s = "2026-%02d-01" % m
        e = F.month_end(2026, m)
        b = dict(
            holder="Mme Nour El Houda BENSALEM",
            address=["3 rue Pajol", "75018 Paris"],
            issue=F.add_days(e, 5),
            start=s,
            end=e,
            number="FM%09d" % (710334218 + m * 13),
            login="0639986621",
            line="06 39 98 66 21",
            amount=19.99,
            offer="Forfait Free 5G 250 Go",
        )
        pg, f = H.free_bill(b, mobile=True)
        d = Fd.doc(
            "utility_bill",
            "text_pdf",
            f,
            "DEFECT: the September bill is missing (Jul, Aug, Oct)" if m == 10 else None,
        )
        Fd.text_pdf(fn[m], [(d, pg)], creator="Free Mobile")
    r = K.rib_fr(
        "MME NOUR EL HOUDA BENSALEM",
        ["MME NOUR EL HOUDA BENSALEM"],
        ["3 RUE PAJOL", "75018 PARIS"],
        "20041",
        "00001",
        "3390417P020",
        [],
        "PSSTFRPPPAR",
        "La Banque Postale",
        "2026-03-11",
        centre="Centre Financier de Paris",
    )
    pg, f = M.rib_lbp(r)
    d = Fd.doc("rib", "scan", f)
    K.scan_jpg(Fd, "RIB.jpg", d, pg[0], key, 200, gray=True)
    emp = _emp(
        "PHARMACIE DU SQUARE SELARL",
        ["41 rue Marx Dormoy", "75018 Paris"],
        "44817230",
        "0012",
        "4773Z",
        "Île-de-France 117 2219044",
        "1996",
        "la convention collective nationale de la pharmacie d'officine",
        form="SELARL",
        capital="15 000 €",
    )
    pg, f = M.payslip(
        dict(
            employer=emp,
            employee_lines=["MME NOUR EL HOUDA BENSALEM", "3 RUE PAJOL", "75018 PARIS"],
            employee_name="NOUR EL HOUDA BENSALEM",
            job="Préparatrice en pharmacie",
            status="Employé",
            classif="Coefficient 240",
            entry="2026-03-02",
            period="2026-10",
            gross=2150.0,
            layout=2,
            months=8,
        )
    )
    d = Fd.doc("payslip", "text_pdf", f)
    Fd.text_pdf("bulletin octobre.pdf", [(d, pg)], creator="Cegid")
    Fd.write_truth(
        as_of,
        K.applicant(p),
        K.reqs(residence_proof="invalid"),
        "bills_gap",
        "One defect: three Free Mobile bills but for July, August and October 2026 — "
        "September is missing, the months are not consecutive.",
    )


# ======================================================================= D5
def d05_sarr(root):
    name = "fatou_sarr"
    as_of = "2026-11-16"
    p = person(
        key=name,
        surname="SARR",
        given="FATOU BINTOU",
        sex="F",
        dob="1998-04-25",
        birth_city="Thiès",
        birth_country="SEN",
        nat="SEN",
        face=dict(skin=4, hair=4),
        passport=dict(
            number="A02193746",
            issued="2022-12-01",
            expiry="2032-11-30",
            authority="DAF DAKAR",
            pob="THIES",
        ),
        addr=["27 avenue Jean Jaurès", "93300 Aubervilliers"],
        phone="06 39 98 19 48",
        email="fatou.sarr98@example.com",
    )
    p.birth = dict(
        region="Thiès",
        departement="Thiès",
        commune="Thiès-Nord",
        centre="DE THIES-NORD",
        act_no="0884",
        hour="11",
        minute="40",
        hospital="Hôpital régional",
        father="Abdoulaye SARR",
        mother="Coumba FALL",
        parents_home="Quartier Randoulène, Thiès",
        issued_on="2026-01-27",
        officer="Ousmane GUEYE",
        given_print="Fatou Bintou",
    )
    Fd = B.Folder(root, "packets", name)
    key = "D05"
    v = K.form_values(p, "sans_activite", "2026-11-09", city="Aubervilliers", given="Fatou Bintou")
    pages = FM.form_pages(v, "hand", variant=2, hand_font="h-ruf")
    d = K.form_doc(Fd, v, "phone_photo")
    K.photo_file(Fd, "IMG_0412.jpg", d, pages[0], key, bg="wood")
    K.photo_file(Fd, "IMG_0413.jpg", d, pages[1], key, bg="wood", rot=270)
    bimg, f1 = K.booklet_img(p)
    vs = dict(
        type="D",
        number="FRA004020663",
        valid_from="2026-01-05",
        valid_until="2027-01-04",
        duration="365",
        issued_in="DAKAR",
        issued_on="2025-12-11",
        remarks=["VLS-TS VIE PRIVEE ET FAMILIALE"],
        category="VIE PRIVEE ET FAMILIALE",
        entry_stamp=dict(date="2026-01-09"),
    )
    vimg, f2 = K.visa_img(p, vs)
    d1 = Fd.doc("passport", "image_pdf", f1)
    d2 = Fd.doc("long_stay_visa", "image_pdf", f2)
    Fd.image_pdf(
        "passeport visa.pdf",
        [
            (d1, K.items_sheet([(bimg, 300)], key + "p1", 250)),
            (d2, K.items_sheet([(vimg, 300)], key + "p2", 250)),
        ],
        250,
        72,
    )
    pg, f = CV.bc_senegal(p)
    d = Fd.doc("birth_certificate", "image_pdf", f, "Senegal: exempt from legalisation")
    K.scan_pdf(Fd, "extrait de naissance.pdf", [(d, pg[0])], key, 200, gray=True)
    l = dict(
        landlord="OPH AUBERVILLIERS",
        landlord_addr="122 rue André Karman, 93300 Aubervilliers",
        tenants=["Mme Fatou SARR"],
        address=["27 avenue Jean Jaurès, bât. 2, appt 51", "93300 Aubervilliers"],
        start="2026-01-15",
        rent=520.0,
        charges=95.0,
        deposit=520.0,
        surface=33,
        rooms=1,
        signed_city="Aubervilliers",
        signed_on="2026-01-08",
        font="dejavu-serif",
    )
    pg, f = H.lease(l)
    d = Fd.doc("lease", "text_pdf", f)
    Fd.text_pdf("bail.pdf", [(d, pg)], creator="OPH")
    r = K.rib_fr(
        "M IBRAHIMA SARR",
        ["M IBRAHIMA SARR"],
        ["9 RUE DU MOUTIER", "93300 AUBERVILLIERS"],
        "30004",
        "01459",
        "00062218850",
        ["BNP PARIBAS AUBERVILLIERS", "(01459)", "93300 AUBERVILLIERS"],
        "BNPAFRPPXXX",
        "BNP Paribas",
        "2026-10-30",
    )
    pg, f = M.rib_bnp(r)
    d = Fd.doc("rib", "text_pdf", f, "DEFECT: the account belongs to her brother Ibrahima SARR")
    Fd.text_pdf("RIB.pdf", [(d, pg)], creator="BNP Paribas")
    Fd.write_truth(
        as_of,
        K.applicant(p),
        K.reqs(bank_details="invalid", employment="not_applicable"),
        "rib_other_person",
        "One defect: the RIB is in the name of M IBRAHIMA SARR (same surname, "
        "different person, different address).",
    )


# ======================================================================= D6
def d06_yao(root):
    name = "koffi_yao"
    as_of = "2026-12-02"
    p = person(
        key=name,
        surname="YAO",
        given="KOFFI EMMANUEL",
        sex="M",
        dob="1991-12-20",
        birth_city="Bouaké",
        birth_country="CIV",
        nat="CIV",
        face=dict(skin=4, hair=4),
        passport=dict(
            number="19AB73625",
            issued="2019-12-16",
            expiry="2029-12-15",
            authority="ONECI ABIDJAN",
            pob="BOUAKE",
        ),
        addr=["45 rue Gabriel Péri", "92120 Montrouge"],
        phone="06 39 98 04 37",
        email="koffi.yao@example.com",
    )
    p.birth = dict(
        departement="de Bouaké",
        commune="Bouaké",
        act_no="4417",
        registered="1991-12-27",
        hour="05",
        minute="30",
        father="YAO Kouadio Bernard",
        father_job="planteur",
        mother="AKISSI Amenan",
        mother_job="ménagère",
        issued_on="2025-12-02",
        officer="M. KONAN Yves",
        serial="BK-25-09127",
        given_print="Koffi Emmanuel",
    )
    Fd = B.Folder(root, "packets", name)
    key = "D06"
    v = K.form_values(
        p,
        "salarie",
        "2026-11-24",
        city="Montrouge",
        contract="CDI",
        profession="Chef d'équipe électricien",
        given="Koffi Emmanuel",
        signed=False,
    )
    pages = FM.form_pages(v, "hand", variant=0, hand_font="h-humor")
    d = K.form_doc(Fd, v, "image_pdf", "DEFECT: the signature box is empty (date filled in)")
    K.scan_pdf(Fd, "demande ouverture droits.pdf", [(d, pages[0]), (d, pages[1])], key, 200)
    img, f = K.booklet_img(p)
    d1 = Fd.doc("passport", "scan", f)
    vs = dict(
        type="D",
        number="FRA004066702",
        valid_from="2026-04-01",
        valid_until="2027-03-31",
        duration="365",
        issued_in="ABIDJAN",
        issued_on="2026-03-09",
        remarks=["VLS-TS SALARIE"],
        category="SALARIE",
        entry_stamp=dict(date="2026-04-03"),
    )
    vimg, f = K.visa_img(p, vs)
    d2 = Fd.doc("long_stay_visa", "scan", f)
    Fd.jpeg(
        "passeport_visa.jpg",
        K.items_sheet([(img, 300), (vimg, 300)], key + "pv", 200),
        [d1, d2],
        82,
    )
    pg, f = CV.bc_cotedivoire(p)
    d = Fd.doc("birth_certificate", "phone_photo", f, "Côte d'Ivoire: exempt from legalisation")
    K.photo_file(Fd, "extrait.jpg", d, pg[0], key, bg="dark")
    items = []
    for i, (s, e, issue) in enumerate(K.shifted_months("2026-08-12", 3, 0)):
        b = dict(
            holder="M KOFFI YAO",
            address=["45 RUE GABRIEL PERI", "92120 MONTROUGE"],
            issue=issue,
            start=s,
            end=e,
            number="SFR-%08d" % (80431177 + i * 2203),
            client_ref="0804 311 772",
            line="01 99 00 80 43",
            amount=42.99,
        )
        pg, f = H.sfr_bill(b)
        d = Fd.doc("utility_bill", "text_pdf", f)
        items.append((d, pg))
    Fd.text_pdf("factures SFR.pdf", items, creator="SFR")
    r = K.rib_fr(
        "M KOFFI EMMANUEL YAO",
        ["M KOFFI EMMANUEL YAO"],
        ["45 RUE GABRIEL PERI", "92120 MONTROUGE"],
        "30004",
        "02841",
        "00071130458",
        ["BNP PARIBAS MONTROUGE", "(02841)", "92120 MONTROUGE"],
        "BNPAFRPPXXX",
        "BNP Paribas",
        "2026-04-24",
    )
    pg, f = M.rib_bnp(r)
    d = Fd.doc("rib", "text_pdf", f)
    Fd.text_pdf("RIB.pdf", [(d, pg)], creator="BNP Paribas")
    emp = _emp(
        "BATISERV ÎLE-DE-FRANCE SAS",
        ["17 avenue Marx Dormoy", "92120 Montrouge"],
        "48211739",
        "0027",
        "4321A",
        "Île-de-France 927 4472019",
        "1597",
        "la convention collective des ouvriers du bâtiment de la région parisienne",
        rep="M. Laurent GIRAUD",
        rep_title="Gérant",
    )
    pg, f = M.contract(
        dict(
            employer=emp,
            employee="Koffi Emmanuel YAO",
            dob=p.dob,
            pob="Bouaké (Côte d'Ivoire)",
            nat="ivoirienne",
            home="45 rue Gabriel Péri, 92120 Montrouge",
            type="CDI",
            job="Chef d'équipe électricien",
            status="ouvrier",
            classif="niveau III, position 2, coefficient 230",
            start="2026-04-06",
            salary=2650.0,
            place="Montrouge et chantiers d'Île-de-France",
            signed_city="Montrouge",
            signed_on="2026-01-15",
            hand="h-humor",
        )
    )
    d = Fd.doc("employment_contract", "image_pdf", f)
    K.scan_pdf(Fd, "contrat CDI.pdf", [(d, x) for x in pg], key, 200)
    Fd.write_truth(
        as_of,
        K.applicant(p),
        K.reqs(application_form="invalid"),
        "form_unsigned",
        "One defect: the form is dated (24/11/2026) but not signed.",
    )


# ======================================================================= D7
def d07_gharbi(root):
    name = "ines_gharbi"
    as_of = "2026-11-26"
    p = person(
        key=name,
        surname="GHARBI",
        given="INES",
        sex="F",
        dob="1995-05-08",
        birth_city="Tunis",
        birth_country="TUN",
        nat="TUN",
        face=dict(skin=1, hair=1),
        passport=dict(
            number="Y104283", issued="2023-11-20", expiry="2028-11-19", authority="TUNIS"
        ),
        addr=["6 rue Dareau", "75014 Paris"],
        phone="06 39 98 27 73",
        email="ines.gharbi@example.com",
    )
    p.birth = dict(
        commune="Tunis",
        commune_ar="تونس",
        act_no="1190",
        given_ar="إيناس",
        surname_ar="الغربي",
        dob_ar="الثامن من ماي ألف وتسعمائة وخمسة وتسعون",
        father="Mohamed ben Ali GHARBI",
        father_ar="محمد بن علي الغربي",
        mother="Sonia MEJRI",
        mother_ar="سنية الماجري",
        issued_on="2026-02-11",
        officer="R. Ayari",
        serial="1130572",
        given_print="Inès",
    )
    Fd = B.Folder(root, "packets", name)
    key = "D07"
    v = K.form_values(
        p,
        "salarie",
        "2026-11-19",
        contract="CDI",
        profession="Manipulatrice en radiologie",
        given="Inès",
    )
    pages = FM.form_pages(v, "typed", variant=1)
    d = K.form_doc(Fd, v, "image_pdf")
    K.scan_pdf(Fd, "formulaire.pdf", [(d, pages[0]), (d, pages[1])], key, 200)
    img, f = K.datapage_img(p)
    d1 = Fd.doc("passport", "scan", f)
    vs = dict(
        type="D",
        number="FRA003977140",
        valid_from="2026-03-10",
        valid_until="2027-03-09",
        duration="365",
        issued_in="TUNIS",
        issued_on="2026-02-19",
        remarks=["VLS-TS SALARIE"],
        category="SALARIE",
    )
    vimg, f = K.visa_img(p, vs)
    d2 = Fd.doc("long_stay_visa", "scan", f)
    Fd.jpeg(
        "passeport + visa.jpg",
        K.items_sheet([(img, 300), (vimg, 300)], key + "pv", 250),
        [d1, d2],
        84,
    )
    pg, f = CV.bc_tunisia(p)
    d = Fd.doc("birth_certificate", "image_pdf", f, "Tunisia: exempt from legalisation")
    K.scan_pdf(Fd, "extrait naissance.pdf", [(d, pg[0])], key, 200)
    l = dict(
        landlord="Mme Brigitte AUBRY",
        landlord_addr="40 avenue René Coty, 75014 Paris",
        tenants=["Mme Inès GHARBI"],
        address=["6 rue Dareau, 6e étage", "75014 Paris"],
        start="2026-04-01",
        rent=1020.0,
        charges=55.0,
        deposit=1020.0,
        surface=31,
        rooms=2,
        signed_city="Paris",
        signed_on="2026-03-18",
    )
    pg, f = H.lease(l)
    d = Fd.doc("lease", "image_pdf", f)
    K.scan_pdf(Fd, "bail.pdf", [(d, x) for x in pg], key, 200)
    r = K.rib_fr(
        "MME INES GHARBI",
        ["MME INES GHARBI"],
        ["6 RUE DAREAU", "75014 PARIS"],
        "10278",
        "06077",
        "00058802114",
        ["CCM PARIS 14 DENFERT", "2 AVENUE DU GENERAL LECLERC", "75014 PARIS"],
        "CMCIFR2A",
        "Crédit Mutuel",
        "2026-04-14",
    )
    pg, f = M.rib_credit_mutuel(r, copies=1)
    d = Fd.doc("rib", "text_pdf", f)
    Fd.text_pdf("RIB.pdf", [(d, pg)], creator="Crédit Mutuel")
    emp = _emp(
        "CENTRE DE RADIOLOGIE MONTSOURIS SELARL",
        ["88 avenue Reille", "75014 Paris"],
        "41023378",
        "0016",
        "8622B",
        "Île-de-France 117 3308817",
        "1147",
        "la convention collective du personnel des cabinets médicaux",
        form="SELARL",
    )
    pg, f = M.payslip(
        dict(
            employer=emp,
            employee_lines=["MME SONIA HAMMAMI", "19 RUE DES PLANTES", "75014 PARIS"],
            employee_name="SONIA HAMMAMI",
            job="Manipulatrice en radiologie",
            status="Technicien",
            classif="Coefficient 289",
            entry="2023-09-04",
            period="2026-10",
            gross=2630.0,
            tax_rate=3.4,
            months=10,
            layout=1,
        )
    )
    d = Fd.doc(
        "payslip",
        "text_pdf",
        f,
        "DEFECT: payslip of a colleague (Sonia HAMMAMI), not of the applicant",
    )
    Fd.text_pdf("fiche de paie oct.pdf", [(d, pg)], creator="Silae")
    Fd.write_truth(
        as_of,
        K.applicant(p),
        K.reqs(employment="invalid"),
        "payslip_other_person",
        "One defect: the only job document is someone else's payslip (same employer, "
        "colleague Sonia HAMMAMI).",
    )


# ======================================================================= D8
def d08_clarke(root):
    name = "emily_clarke"
    as_of = "2026-11-20"
    p = person(
        key=name,
        surname="CLARKE",
        given="EMILY ROSE",
        sex="F",
        dob="1990-02-14",
        birth_city="Bristol",
        birth_country="GBR",
        nat="GBR",
        face=dict(skin=0, hair=3),
        passport=dict(
            number="568291037",
            issued="2024-04-02",
            expiry="2034-04-02",
            authority="HMPO",
            pob="BRISTOL",
        ),
        addr=["10 rue de la Chine", "75020 Paris"],
        phone="06 39 98 81 02",
        email="emily.clarke@example.co.uk",
    )
    p.birth = dict(
        district="Bristol",
        subdistrict="Bristol",
        county="City of Bristol",
        entry="77",
        place_print="Southmead Hospital, Bristol",
        father="Andrew CLARKE",
        father_pob="Bath",
        father_job="Architect",
        mother="Helen CLARKE",
        mother_pob="Bristol",
        mother_job="Nurse",
        mother_maiden="MORGAN",
        home="21 Cotham Road, Bristol",
        registered="1990-03-01",
        registrar="D. Evans",
        issued_on="2026-05-12",
        app_no="1104482-7",
        serial="BXCK 770213",
    )
    Fd = B.Folder(root, "packets", name)
    key = "D08"
    v = K.form_values(p, "sans_activite", "2026-11-14", given="Emily Rose")
    pages = FM.form_pages(v, "hand", variant=1, hand_font="h-comic")
    d = K.form_doc(Fd, v, "scan")
    K.scan_jpg(Fd, "form 1.jpg", d, pages[0], key)
    K.scan_jpg(Fd, "form 2.jpg", d, pages[1], key)
    bimg, f1 = K.booklet_img(p)
    vs = dict(
        type="D",
        number="FRA004201587",
        valid_from="2026-09-01",
        valid_until="2027-08-31",
        duration="365",
        issued_in="LONDRES",
        issued_on="2026-08-05",
        remarks=["VLS-TS VISITEUR", "ACTIVITE PROFESSIONNELLE NON AUTORISEE"],
        category="VISITEUR",
        entry_stamp=dict(date="2026-09-12", place="GARE DU NORD", post="EUROSTAR"),
    )
    vimg, f2 = K.visa_img(p, vs)
    d1 = Fd.doc("passport", "phone_photo", f1)
    d2 = Fd.doc("long_stay_visa", "phone_photo", f2)
    both = K.side_by_side([bimg, vimg], 70, vertical=True)
    K.photo_file(Fd, "passport visa.jpg", [d1, d2], both, key, bg="wood", fill=0.88, long_side=3600)
    pg, f = CV.bc_uk(p)
    f["has_apostille"] = True
    d1 = Fd.doc("birth_certificate", "image_pdf", f)
    ap = dict(
        lang="en",
        country_print="United Kingdom of Great Britain and Northern Ireland",
        signed_by="D. Evans",
        capacity="Registrar",
        seal_of="General Register Office",
        at="Milton Keynes",
        on="2026-05-28",
        by="His Majesty's Principal Secretary of State for Foreign, Commonwealth and "
        "Development Affairs",
        number="APO-8120447",
        style="fcdo",
        date_print="28 May 2026",
    )
    apg, af = CV.apostille(ap)
    d2 = Fd.doc("apostille", "image_pdf", af)
    K.scan_pdf(Fd, "birth certificate apostilled.pdf", [(d1, pg[0]), (d2, apg[0])], key, 200)
    l = dict(
        landlord="M. Gilles NAVARRO",
        landlord_addr="33 rue des Pyrénées, 75020 Paris",
        tenants=["Mme Emily CLARKE"],
        address=["10 rue de la Chine, 3e étage", "75020 Paris"],
        furnished=True,
        start="2026-09-15",
        rent=1050.0,
        charges=45.0,
        deposit=2100.0,
        surface=30,
        rooms=1,
        signed_city="Paris",
        signed_on="2026-09-10",
    )
    pg, f = H.lease(l)
    d = Fd.doc(
        "lease",
        "text_pdf",
        f,
        "DEFECT: lease started 2026-09-15, less than three months before the audit",
    )
    Fd.text_pdf("bail meuble.pdf", [(d, pg)], creator="Microsoft Word")
    r = K.rib_fr(
        "MME EMILY CLARKE",
        ["MME EMILY CLARKE"],
        ["10 RUE DE LA CHINE", "75020 PARIS"],
        "30004",
        "00611",
        "00083310927",
        ["BNP PARIBAS PARIS GAMBETTA", "(00611)", "75020 PARIS"],
        "BNPAFRPPXXX",
        "BNP Paribas",
        "2026-10-06",
    )
    pg, f = M.rib_bnp(r)
    d = Fd.doc("rib", "scan", f)
    K.scan_jpg(Fd, "RIB.jpg", d, pg[0], key, 200)
    Fd.write_truth(
        as_of,
        K.applicant(p),
        K.reqs(residence_proof="invalid", employment="not_applicable"),
        "lease_too_recent",
        "One defect: the only proof of residence is a lease that started on "
        "2026-09-15, about two months before the audit date (2026-11-20).",
    )


# ======================================================================= D9
def d09_gomez(root):
    name = "andres_felipe_gomez_rojas"
    as_of = "2026-12-03"
    p = person(
        key=name,
        surname="GOMEZ ROJAS",
        given="ANDRES FELIPE",
        sex="M",
        dob="1998-09-30",
        birth_city="Cali",
        birth_country="COL",
        nat="COL",
        face=dict(skin=5, hair=0),
        passport=dict(
            number="AX2938471",
            issued="2024-01-22",
            expiry="2034-01-21",
            authority="MINRELACIONES EXTERIORES",
            pob="CALI COL",
        ),
        addr=["23 rue Bobillot", "75013 Paris"],
        phone="06 39 98 70 92",
        email="andres.gomez.r@example.com",
    )
    p.birth = dict(
        serial="26774109",
        nuip="1.144.092.338",
        office_class="REGISTRADURÍA",
        depto="VALLE DEL CAUCA",
        municipio="CALI",
        place_print="COLOMBIA - VALLE DEL CAUCA - CALI",
        hour="22",
        minute="10",
        cnv="A7730194",
        mother="ROJAS MUÑOZ DIANA PATRICIA",
        mother_id="C.C. 31.998.204",
        father="GÓMEZ SALAZAR HERNÁN DARÍO",
        father_id="C.C. 16.771.035",
        registered="1998-10-14",
        officer="CARLOS ANDRÉS VIVAS",
        notary="REGISTRADURÍA ESPECIAL DE CALI",
        issued_on="2025-10-01",
    )
    Fd = B.Folder(root, "packets", name)
    key = "D09"
    v = K.form_values(p, "etudiant", "2026-11-26", given="Andrés Felipe", surname="GÓMEZ ROJAS")
    pages = FM.form_pages(v, "hand", variant=3, hand_font="h-breip", ink_color=ink.BLACK_INK)
    d = K.form_doc(Fd, v, "phone_photo")
    K.photo_file(
        Fd,
        "WhatsApp Image 2026-11-26 at 19.02.11.jpeg",
        d,
        pages[0],
        key,
        bg="desk",
        long_side=2400,
    )
    K.photo_file(
        Fd,
        "WhatsApp Image 2026-11-26 at 19.02.12.jpeg",
        d,
        pages[1],
        key,
        bg="desk",
        long_side=2400,
    )
    img, f = K.datapage_img(p)
    d = Fd.doc("passport", "scan", f)
    Fd.jpeg("pasaporte.jpg", K.items_sheet([(img, 300)], key + "pp", 300), d, 84)
    vs = dict(
        type="D",
        number="FRA003921455",
        valid_from="2026-01-15",
        valid_until="2027-01-14",
        duration="365",
        issued_in="BOGOTA",
        issued_on="2025-12-19",
        remarks=["VLS-TS ETUDIANT"],
        category="ETUDIANT",
    )
    vimg, f = K.visa_img(p, vs)
    d = Fd.doc("long_stay_visa", "phone_photo", f)
    K.photo_file(Fd, "visa.jpg", d, vimg, key, bg="fabric", fill=0.7, long_side=2600)
    pg, f = CV.bc_colombia(p)
    f["has_apostille"] = True
    d = Fd.doc("birth_certificate", "scan", f)
    K.scan_jpg(Fd, "registro civil.jpg", d, pg[0], key, 200)
    ap = dict(
        lang="es",
        country_print="República de Colombia",
        signed_by="CARLOS ANDRÉS VIVAS",
        capacity="REGISTRADOR ESPECIAL",
        seal_of="REGISTRADURÍA NACIONAL DEL ESTADO CIVIL",
        at="Bogotá D.C.",
        on="2025-10-09",
        by="MINISTERIO DE RELACIONES EXTERIORES DE COLOMBIA",
        number="A7QWE309114872",
        style="colombia",
        code="K2M7ZT41",
        date_print="09/10/2025",
    )
    apg, af = CV.apostille(ap)
    d = Fd.doc("apostille", "text_pdf", af, "e-apostille as downloaded (text PDF)")
    Fd.text_pdf("apostilla.pdf", [(d, apg)], creator="Cancillería de Colombia")
    l = dict(
        landlord="Mme Odile FABRE",
        landlord_addr="23 rue Bobillot, 75013 Paris",
        tenants=["M. Andrés Felipe GÓMEZ ROJAS"],
        address=["23 rue Bobillot, chambre au 7e étage", "75013 Paris"],
        furnished=True,
        start="2026-02-01",
        rent=620.0,
        charges=30.0,
        deposit=1240.0,
        surface=14,
        rooms=1,
        signed_city="Paris",
        signed_on="2026-01-25",
    )
    pg, f = H.lease(l)
    d = Fd.doc("lease", "image_pdf", f)
    K.scan_pdf(Fd, "bail chambre.pdf", [(d, x) for x in pg], key, 150)
    r = K.rib_fr(
        "M ANDRES FELIPE GOMEZ ROJAS",
        ["M ANDRES FELIPE GOMEZ ROJAS"],
        ["23 RUE BOBILLOT", "75013 PARIS"],
        "20041",
        "00001",
        "8815027T020",
        [],
        "PSSTFRPPPAR",
        "La Banque Postale",
        "2026-02-09",
        bad_iban=True,
        centre="Centre Financier de Paris",
    )
    pg, f = M.rib_lbp(r)
    d = Fd.doc(
        "rib",
        "image_pdf",
        f,
        "DEFECT: IBAN check digits wrong (mod 97 fails); the national RIB key is right",
    )
    K.scan_pdf(Fd, "RIB.pdf", [(d, pg[0])], key, 200)
    Fd.write_truth(
        as_of,
        K.applicant(p),
        K.reqs(bank_details="invalid", employment="not_applicable"),
        "iban_checksum",
        "One defect: the IBAN on the RIB fails the mod-97 check (its two check digits "
        "are wrong), although the French RIB key of the same account is correct.",
    )


ALL = [
    p01_medjahed,
    p02_idrissi,
    p03_trabelsi,
    p04_diop,
    p05_kouassi,
    p06_restrepo,
    p07_ferreira,
    p08_walsh,
    p09_hughes,
    p10_zhang,
    p11_rossetti,
    d01_el_amrani,
    d02_almeida,
    d03_brennan,
    d04_bensalem,
    d05_sarr,
    d06_yao,
    d07_gharbi,
    d08_clarke,
    d09_gomez,
]
