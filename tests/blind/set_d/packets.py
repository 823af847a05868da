"""The 14 packets of set_d (8 in order, 6 with exactly one defect)."""

from dv_checks import fmt_nir, siret
from dv_civil import dmy, fr_date, translation
from dv_factory import (
    mk_apostille,
    mk_bill,
    mk_birth,
    mk_cni_fr,
    mk_contract,
    mk_eu_id,
    mk_form,
    mk_hosting,
    mk_lease,
    mk_passport,
    mk_payslip,
    mk_permit,
    mk_rib,
    mk_visa,
)
from dv_ident import passport_upper_page
from dv_out import Folder, card_img, sheet
from people import *  # noqa

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def truth(F, P, as_of, employed, defect=None, bad=None, eu=False):
    req = {r: "complete" for r in REQS}
    if eu:
        req["residence_status"] = "not_applicable"
    if not employed:
        req["employment"] = "not_applicable"
    if bad:
        req.update(bad)
    status = "incomplete" if any(v in ("invalid", "missing") for v in req.values()) else "complete"
    return {
        "as_of": as_of,
        "employed": None,
        "status": status,
        "defect": defect,
        "requirements": req,
        "applicant": {
            "surname": P["surname"],
            "given_names": P["given"],
            "date_of_birth": P["dob"],
            "nationality": P["nat"],
        },
        "documents": F.docs,
    }


def form_data(P, situation, made_at, date_iso, signed=True, mode="hand", **kw):
    d = dict(
        surname=P["surname"],
        given_form=P["given"],
        sex=P["sex"],
        dob=P["dob"],
        pob_city=P["pob_city"],
        pob_country=P["pob_country_fr"],
        nationality_fr=P["nat_fr"],
        address=P["addr"]["street"],
        cp=P["addr"]["cp"],
        city=P["addr"]["city"],
        situation=situation,
        made_at=made_at,
        date_vis=dmy(date_iso),
        signed=signed,
        signed_on=date_iso,
        mode=mode,
    )
    d.update(kw)
    return d


def holder(name_vis, P_or_addr, **kw):
    a = P_or_addr["addr"] if "addr" in P_or_addr else P_or_addr
    d = dict(name_vis=name_vis, address=a["lines"])
    d.update(kw)
    return d


def passport_visa_sheet(P, visa_kw, key, upper=False):
    pp, pf = mk_passport(P)
    vp, vf = mk_visa(P, **visa_kw)
    img = sheet([(vp, 42, 18, 0.3), (pp, 42, 112, -0.2)], key)
    return img, pf, vf


def employer(name, siren8, nic, addr_lines, naf):
    return dict(employer_vis=name, siret=siret(siren8, nic), employer_addr=addr_lines, naf=naf)


# =====================================================================================


def p01_liu(root):
    P = LIU
    F = Folder(root, "p01_liu_yunfei")
    as_of = "2026-11-16"
    img, pf, vf = passport_visa_sheet(
        P,
        dict(
            vtype="D",
            valid_from="2026-03-02",
            valid_until="2027-03-01",
            remarks=["VLS-TS SALARIE", "CESEDA R431-16"],
            issued_in="PEKIN",
            issued_on="2026-02-12",
            visa_no="074418823",
        ),
        "p01pv",
    )
    F.emit("passeport_visa.pdf", [img], "image_pdf")
    F.doc(
        [("passeport_visa.pdf", [1])],
        "passport",
        "image_pdf",
        pf,
        "passport and visa scanned on one page",
    )
    F.doc([("passeport_visa.pdf", [1])], "long_stay_visa", "image_pdf", vf)
    B = b_china(P)
    pages, bf = mk_birth(B, has_apo=True)
    A = apo("CHN", "2025-09-15", "25SC0041872")
    ap, af = mk_apostille(A)
    F.emit("acte de naissance notarie + apostille.pdf", pages + [ap], "image_pdf", grey=True)
    F.doc(
        [("acte de naissance notarie + apostille.pdf", [1, 2])],
        "birth_certificate",
        "image_pdf",
        bf,
        "Chinese notarial birth certificate (page 1 Chinese, page 2 English version)",
    )
    F.doc([("acte de naissance notarie + apostille.pdf", [3])], "apostille", "image_pdf", af)
    L = dict(
        landlord_vis="Mme Odile FERRAND",
        landlord_addr="4 villa Poissonnière 75018 Paris",
        tenants_vis=["M. LIU Yunfei"],
        address="12 rue des Trois Frères, 75018 Paris, 3e étage gauche",
        surface=31,
        rooms=2,
        start="2026-03-15",
        start_vis="15/03/2026",
        rent=1040.0,
        charges=60.0,
        city="Paris",
        signed_on="2026-03-10",
    )
    lp, lf = mk_lease(L)
    F.emit("bail_appartement.pdf", lp, "text_pdf", title="Bail Paris 18")
    F.doc([("bail_appartement.pdf", list(range(1, len(lp) + 1)))], "lease", "text_pdf", lf)
    E = employer(
        "NEXAFLOW SAS", "81245367", "0021", ["58 rue de Châteaudun", "75009 Paris"], "6201Z"
    )
    S = dict(
        E,
        employee_vis="M. LIU YUNFEI",
        employee_addr=P["addr"]["lines"],
        period="2026-10",
        period_end="2026-10-31",
        matricule="00417",
        job="Ingénieur logiciel",
        classif="Cadre - Position 2.1",
        entry="2026-03-02",
        ccn="Syntec (IDCC 1486)",
        gross=4150.0,
        paid_on="2026-10-30",
        months=8,
    )
    sp, sf = mk_payslip(S)
    F.emit("bulletin_paie_octobre_2026.pdf", sp, "text_pdf", creator="PayFit")
    F.doc([("bulletin_paie_octobre_2026.pdf", [1])], "payslip", "text_pdf", sf)
    R = dict(
        bank="BNP Paribas",
        branch="00812",
        account="00010471293",
        holder_lines=["M LIU YUNFEI"],
        holder_truth="M LIU YUNFEI",
        domiciliation=["BNP PARIBAS MONTMARTRE", "75018 PARIS"],
        agency="Agence Paris Montmartre",
        agency_tel="01 40 14 XX XX",
        edited="2026-03-20",
        two=True,
    )
    rp, rf = mk_rib(R)
    F.emit("RIB.pdf", rp, "text_pdf")
    F.doc(
        [("RIB.pdf", [1])],
        "rib",
        "text_pdf",
        rf,
        "RIB printed twice on the page (two tear-off copies)",
    )
    fd = form_data(
        P,
        "salarie",
        "Paris",
        "2026-11-09",
        mode="acro",
        contract="CDI",
        job="Ingénieur logiciel",
        job_since="02/03/2026",
        employer="NEXAFLOW SAS, 58 rue de Châteaudun 75009 Paris",
        tel="07 52 18 40 63",
        email="yunfei.liu@example.org",
    )
    fp, acro, ff = mk_form(fd)
    F.emit("cerfa_15763_rempli.pdf", fp, "text_pdf", acro=acro)
    F.doc(
        [("cerfa_15763_rempli.pdf", [1, 2])],
        "application_form",
        "text_pdf",
        ff,
        "AcroForm fillable PDF: typed values live in form fields; signature drawn as vector scribble",
    )
    return F.name, truth(F, P, as_of, True)


def p02_garcia(root):
    P = GARCIA
    F = Folder(root, "p02_garcia_lopez")
    as_of = "2026-12-01"
    fr, bk, idf = mk_eu_id(P, "ESP", "CAX418802", "2031-07-14", "2021-07-14")
    F.emit("dni_delante.jpg", [card_img(fr)], "phone_photo", bg="grey", fill=0.7, long_side=2400)
    F.emit("dni_detras.jpg", [card_img(bk)], "phone_photo", bg="grey", fill=0.7, long_side=2400)
    F.doc(
        [("dni_delante.jpg", [1]), ("dni_detras.jpg", [1])],
        "national_id",
        "phone_photo",
        idf,
        "Spanish DNI: the MRZ document number is the IDESP support number, the DNI number (73104592K) is in optional data",
    )
    B = b_spain(P, "2026-05-20")
    bp, bf = mk_birth(B, has_apo=False)
    F.emit("certificado_nacimiento.jpg", bp, "scan", dpi=200)
    F.doc(
        [("certificado_nacimiento.jpg", [1])],
        "birth_certificate",
        "scan",
        bf,
        "EU member state: no apostille needed (Regulation (EU) 2016/1191)",
    )
    h = holder("MME GARCIA LOPEZ MARIA JOSE", P, pdl="14 2983 4471 2093", client="6 018 447 203")
    pages, fl = [], []
    for i, (iss, s, e, amt) in enumerate(
        [
            ("2026-08-12", "2026-07-08", "2026-08-07", 61.90),
            ("2026-09-11", "2026-08-08", "2026-09-07", 58.12),
            ("2026-10-12", "2026-09-08", "2026-10-07", 66.47),
        ]
    ):
        bpgs, bfl = mk_bill(
            h, "EDF", "energy", "electricity", iss, s, e, amount=amt, n=i, two_pages=(i == 1)
        )
        fl.append((len(pages) + 1, len(bpgs), bfl))
        pages += bpgs
    F.emit("factures edf aout sept oct.pdf", pages, "text_pdf", creator="EDF")
    for start, n, bfl in fl:
        F.doc(
            [("factures edf aout sept oct.pdf", list(range(start, start + n)))],
            "utility_bill",
            "text_pdf",
            bfl,
        )
    E = employer(
        "ATELIER LUMEN SARL", "79831204", "0015", ["17 rue Mercière", "69002 Lyon"], "7410Z"
    )
    C = dict(
        E,
        form="SARL",
        capital="20 000",
        rcs_city="Lyon",
        siren_fmt="798 312 04X".replace("X", E["siret"][8]),
        signatory="Mme Sophie Marchal",
        signatory_role="gérante",
        employee_vis="Mme María José GARCÍA LÓPEZ",
        dob_vis=fr_date(P["dob"]),
        pob="Zaragoza (Espagne)",
        nat_fr="espagnole",
        address="8 rue Paul Bert, 69003 Lyon",
        type="CDD",
        start="2026-06-01",
        start_vis="1er juin 2026",
        end_vis="31 mai 2027",
        urssaf="Rhône-Alpes",
        trial="un mois",
        job="Graphiste",
        status="employée",
        position="niveau III",
        ccn="des entreprises de la publicité (IDCC 86)",
        workplace="Lyon (2e)",
        salary="29 400",
        city="Lyon",
        signed_vis="28/05/2026",
    )
    cp, cf = mk_contract(C)
    F.emit("contrat CDD.pdf", cp, "text_pdf")
    F.doc([("contrat CDD.pdf", list(range(1, len(cp) + 1)))], "employment_contract", "text_pdf", cf)
    R = dict(
        bank="Société Générale",
        branch="01432",
        account="00050312876",
        holder_lines=["MME MARIA JOSE GARCIA LOPEZ"],
        holder_truth="MME MARIA JOSE GARCIA LOPEZ",
        domiciliation=["SG LYON CROIX ROUSSE", "69004 LYON"],
        agency="Agence Lyon Croix-Rousse",
        edited="2026-06-03",
    )
    rp, rf = mk_rib(R)
    F.emit("rib_sg.jpg", rp, "scan", dpi=150)
    F.doc([("rib_sg.jpg", [1])], "rib", "scan", rf)
    fd = form_data(
        P,
        "salarie",
        "Lyon",
        "2026-11-24",
        contract="CDD",
        job="Graphiste",
        job_since="01/06/2026",
        employer="Atelier Lumen, 17 rue Mercière Lyon",
        tel="06 71 20 33 84",
    )
    fp, _, ff = mk_form(fd)
    F.emit("formulaire.pdf", fp, "image_pdf")
    F.doc(
        [("formulaire.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        ff,
        "handwritten, double surname with accents",
    )
    return F.name, truth(F, P, as_of, True, eu=True)


def p03_miller(root):
    P = MILLER
    F = Folder(root, "p03_miller_dubois")
    as_of = "2026-11-23"
    pp, pf = mk_passport(P)
    F.emit(
        "passport.jpg",
        [
            sheet(
                [
                    (passport_upper_page(dict(P["pp"], number=P["pp"]["number"])), 40, 20, 0),
                    (pp, 40, 108, 0),
                ],
                "p03pp",
            )
        ],
        "scan",
        dpi=200,
    )
    F.doc(
        [("passport.jpg", [1])],
        "passport",
        "scan",
        pf,
        "full passport spread: upper page has only the signature",
    )
    vp, vf = mk_visa(
        P,
        vtype="D",
        valid_from="2026-04-20",
        valid_until="2027-04-19",
        remarks=["VLS-TS VIE PRIVEE ET FAMILIALE", "CONJOINT DE FRANCAIS"],
        issued_in="WASHINGTON",
        issued_on="2026-03-30",
        visa_no="073305127",
    )
    F.emit("visa.jpg", [card_img(vp, 250)], "phone_photo", bg="desk", fill=0.75, long_side=2600)
    F.doc([("visa.jpg", [1])], "long_stay_visa", "phone_photo", vf)
    B = b_ohio(P, "2025-11-04")
    bp, bf = mk_birth(B, has_apo=True)
    ap, af = mk_apostille(apo("USA-OH", "2025-12-01", "2025-AP-118204"))
    F.emit("birth certificate with apostille.pdf", bp + [ap], "image_pdf")
    F.doc([("birth certificate with apostille.pdf", [1])], "birth_certificate", "image_pdf", bf)
    F.doc([("birth certificate with apostille.pdf", [2])], "apostille", "image_pdf", af)
    Hh = dict(
        host_vis="Julien DUBOIS",
        hosted_vis="Jennifer MILLER épouse DUBOIS",
        since="2026-04-24",
        signed_on="2026-11-15",
        city="Lyon",
        signed_vis="15/11/2026",
        font="h-dkg",
        size=14,
        hand_lines=[
            "Je soussigné Julien DUBOIS, né le 22/01/1986 à Villeurbanne,",
            "demeurant 27 quai Saint-Vincent, 69001 Lyon,",
            "certifie sur l'honneur héberger à mon domicile",
            "mon épouse Jennifer MILLER épouse DUBOIS,",
            "née le 03/09/1988 à Columbus (Ohio, États-Unis),",
            "depuis le 24 avril 2026.",
            "",
            "Je joins la copie de ma carte d'identité et",
            "de mon bail.",
            "Fait pour servir et valoir ce que de droit.",
        ],
    )
    hp, hf = mk_hosting(Hh)
    F.emit("attestation hebergement.jpg", hp, "phone_photo", rotate=90)
    F.doc(
        [("attestation hebergement.jpg", [1])],
        "hosting_attestation",
        "phone_photo",
        hf,
        "photo taken sideways: image is rotated 90°",
    )
    cf_, cb_, cnf = mk_cni_fr(
        DUBOIS, "X7RK2PL94", "2032-02-13", ["27 QUAI SAINT-VINCENT", "69001 LYON"], "2022-02-14"
    )
    F.emit(
        "cni julien.jpg",
        [sheet([(cf_, 60, 40, 0.5), (cb_, 60, 110, -0.4)], "p03cni")],
        "scan",
        dpi=200,
    )
    F.doc(
        [("cni julien.jpg", [1])],
        "national_id",
        "scan",
        cnf,
        "host's French ID card, front and back on one page",
    )
    L = dict(
        landlord_vis="SCI LES CANUTS",
        landlord_company=True,
        landlord_addr="12 montée de la Grande-Côte 69001 Lyon",
        agency="Régie Bellecour Immobilier",
        agency_addr="3 place Bellecour 69002 Lyon",
        tenants_vis=["M. Julien DUBOIS"],
        address="27 quai Saint-Vincent, 69001 Lyon, 4e étage",
        surface=58,
        rooms=3,
        start="2022-09-01",
        start_vis="1er septembre 2022",
        rent=1120.0,
        charges=95.0,
        city="Lyon",
        signed_on="2022-08-22",
        font="lib",
        fontb="lib-b",
    )
    lp, lf = mk_lease(L)
    F.emit("bail julien.pdf", lp, "image_pdf", grey=True)
    F.doc(
        [("bail julien.pdf", list(range(1, len(lp) + 1)))], "lease", "image_pdf", lf, "host's lease"
    )
    R = dict(
        bank="Crédit Mutuel",
        branch="02004",
        account="00020145701",
        holder_lines=["M OU MME DUBOIS JULIEN", "OU MILLER JENNIFER"],
        holder_truth="M OU MME DUBOIS JULIEN OU MILLER JENNIFER",
        domiciliation=["CCM LYON TERREAUX", "69001 LYON"],
        agency="Caisse de Crédit Mutuel Lyon Terreaux",
        edited="2026-05-06",
        account_label="Compte joint",
    )
    rp, rf = mk_rib(R)
    F.emit("RIB compte joint.pdf", rp, "text_pdf")
    F.doc(
        [("RIB compte joint.pdf", [1])],
        "rib",
        "text_pdf",
        rf,
        "joint account including the applicant",
    )
    fd = form_data(
        P,
        "sans_activite",
        "Lyon",
        "2026-11-15",
        usage="DUBOIS",
        hfont="h-breip",
        tel="06 22 81 47 90",
        email="jen.dubois@example.com",
    )
    fp, _, ff = mk_form(fd)
    F.emit("formulaire page 1.jpg", [fp[0]], "phone_photo", bg="wood")
    F.emit("formulaire page 2.jpg", [fp[1]], "phone_photo", bg="wood")
    F.doc(
        [("formulaire page 1.jpg", [1]), ("formulaire page 2.jpg", [1])],
        "application_form",
        "phone_photo",
        ff,
        "married woman: birth name MILLER, usage name DUBOIS",
    )
    return F.name, truth(F, P, as_of, False)


def p04_ait(root):
    P = AIT
    F = Folder(root, "p04_ait_hamou")
    as_of = "2026-11-09"
    pp, pf = mk_passport(P)
    F.emit("scan0001.jpg", [sheet([(pp, 45, 30, 0.8)], "p04pp")], "scan", grey=True)
    F.doc([("scan0001.jpg", [1])], "passport", "scan", pf)
    fr_, bk_, tf = mk_permit(
        P,
        "DZ4471802",
        "CERTIFICAT DE RÉSIDENCE ALGÉRIEN",
        "SALARIÉ",
        "2025-12-02",
        "2026-12-01",
        ["41 AVENUE JEAN JAURÈS", "93300 AUBERVILLIERS"],
    )
    F.emit("scan0002.jpg", [sheet([(fr_, 40, 30, -0.6)], "p04tf")], "scan", dpi=300)
    F.emit("scan0003.jpg", [sheet([(bk_, 40, 30, 0.4)], "p04tb")], "scan", dpi=300)
    F.doc(
        [("scan0002.jpg", [1]), ("scan0003.jpg", [1])],
        "residence_permit",
        "scan",
        tf,
        "Algerian residence certificate (ID-1 card, 3-line MRZ); valid until 2026-12-01, so still valid at as_of",
    )
    B = b_algeria(P)
    bp, bf = mk_birth(B, has_apo=False)
    F.emit("scan0004.jpg", bp, "scan")
    F.doc(
        [("scan0004.jpg", [1])],
        "birth_certificate",
        "scan",
        bf,
        "Algeria: French-Algerian judicial protocol of 28 Aug 1962 dispenses legalisation/apostille",
    )
    h = holder("M. AIT-HAMOU YACINE", P, line="09 53 77 10 48", client="FB-4471820")
    for i, (m, iss, s, e) in enumerate(
        [
            ("08", "2026-08-02", "2026-08-01", "2026-08-31"),
            ("09", "2026-09-02", "2026-09-01", "2026-09-30"),
            ("10", "2026-10-02", "2026-10-01", "2026-10-31"),
        ]
    ):
        bpg, bfl = mk_bill(
            h,
            "Free",
            "telecom",
            "internet",
            iss,
            s,
            e,
            amount=29.99,
            n=i,
            layout="B",
            extra=dict(title="Votre facture", pay_line="Prélèvement le %s" % dmy(iss[:8] + "14")),
        )
        fn = "Free_facture_2026-%s.pdf" % m
        F.emit(fn, bpg, "text_pdf", creator="Free")
        F.doc([(fn, [1])], "utility_bill", "text_pdf", bfl)
    E = employer(
        "BATIPRO ÎLE-DE-FRANCE SAS",
        "84412093",
        "0018",
        ["6 rue du Landy", "93200 Saint-Denis"],
        "4399C",
    )
    S = dict(
        E,
        employee_vis="M. AIT-HAMOU Yacine",
        employee_addr=P["addr"]["lines"],
        period="2026-09",
        period_end="2026-09-30",
        matricule="1182",
        job="Chef d'équipe",
        classif="Ouvrier - Niveau III",
        entry="2025-12-08",
        ccn="Bâtiment ouvriers (IDCC 1597)",
        gross=2480.0,
        paid_on="2026-10-01",
        months=9,
        font="robotoc",
        fontb="robotoc-b",
        acc=(120, 60, 20),
        nir=fmt_nir("1941199352" + "083"),
    )
    sp, sf = mk_payslip(S)
    F.emit("scan0005.jpg", sp, "scan", dpi=200)
    F.doc(
        [("scan0005.jpg", [1])],
        "payslip",
        "scan",
        sf,
        "September payslip (the last one the applicant had)",
    )
    R = dict(
        bank="La Banque Postale",
        branch="01005",
        account="0471829X020".replace("X", "3"),
        holder_lines=["M YACINE AIT-HAMOU"],
        holder_truth="M YACINE AIT-HAMOU",
        domiciliation=["LA BANQUE POSTALE", "CENTRE FINANCIER DE PARIS"],
        edited="2026-01-12",
    )
    rp, rf = mk_rib(R)
    F.emit("rib.pdf", rp, "text_pdf")
    F.doc([("rib.pdf", [1])], "rib", "text_pdf", rf)
    fd = form_data(
        P,
        "salarie",
        "Aubervilliers",
        "2026-11-03",
        contract="CDI",
        job="Chef d'équipe BTP",
        job_since="08/12/2025",
        employer="Batipro IDF, 6 rue du Landy Saint-Denis",
        hfont="h-femke",
    )
    fp, _, ff = mk_form(fd)
    F.emit("scan0006.pdf", fp, "image_pdf")
    F.doc([("scan0006.pdf", [1, 2])], "application_form", "image_pdf", ff, "hyphenated surname")
    return F.name, truth(F, P, as_of, True)


def p05_oliveira(root):
    P = OLIVEIRA
    F = Folder(root, "p05_oliveira")
    as_of = "2026-11-30"
    pp, pf = mk_passport(P)
    F.emit(
        "IMG_2034.jpeg",
        [card_img(pp, 250)],
        "phone_photo",
        rotate=270,
        bg="desk",
        fill=0.72,
        long_side=3200,
    )
    F.doc(
        [("IMG_2034.jpeg", [1])],
        "passport",
        "phone_photo",
        pf,
        "photo rotated 90° (landscape page shot in portrait)",
    )
    vp, vf = mk_visa(
        P,
        vtype="D",
        valid_from="2026-08-25",
        valid_until="2027-08-24",
        remarks=["VLS-TS ETUDIANT", "CESEDA R422-1"],
        issued_in="SAO PAULO",
        issued_on="2026-07-30",
        visa_no="075512098",
    )
    F.emit(
        "IMG_2035.jpeg", [card_img(vp, 250)], "phone_photo", bg="desk", fill=0.72, long_side=3200
    )
    F.doc([("IMG_2035.jpeg", [1])], "long_stay_visa", "phone_photo", vf)
    B = b_brazil(P, "2026-03-02")
    bp, bf = mk_birth(B, has_apo=True)
    ap, af = mk_apostille(apo("BRA", "2026-03-09", "BRA2026030900417"))
    F.emit("certidao_nascimento_apostila.pdf", bp + [ap], "image_pdf")
    F.doc(
        [("certidao_nascimento_apostila.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        bf,
        "full name on the certidão includes 'DE SOUZA' (omitted on the passport)",
    )
    F.doc([("certidao_nascimento_apostila.pdf", [2])], "apostille", "image_pdf", af)
    L = dict(
        landlord_vis="M. Gérard BOYER",
        landlord_addr="18 allées Jean Jaurès 31000 Toulouse",
        agency="CAPITOLE LOCATION",
        agency_addr="2 rue d'Alsace-Lorraine 31000 Toulouse",
        tenants_vis=["Mme Ana OLIVEIRA"],
        address="5 rue Gambetta, 31000 Toulouse, studio n° 7",
        surface=22,
        rooms=1,
        start="2026-08-28",
        start_vis="28/08/2026",
        rent=540.0,
        charges=40.0,
        city="Toulouse",
        signed_on="2026-08-27",
        furnished=True,
        font="open",
        fontb="open-b",
    )
    lp, lf = mk_lease(L)
    names = []
    for i, pg in enumerate(lp):
        fn = "bail page %d.jpg" % (i + 1)
        F.emit(fn, [pg], "phone_photo", bg="wood", rotate=180 if i == 1 else 0)
        names.append((fn, [1]))
    F.doc(
        names,
        "lease",
        "phone_photo",
        lf,
        "lease photographed page by page; page 2 upside down; middle name omitted",
    )
    R = dict(
        bank="N26",
        account="0123456789",
        holder_lines=["Ana Carolina Oliveira"],
        holder_truth="Ana Carolina Oliveira",
        bank_full="N26 Bank SE",
        bank_addr="Voltairestraße 8, 10179 Berlin",
        app_col=(36, 168, 150),
        app_name="N26",
        screen_title="Coordonnées bancaires",
        account_label="Compte principal",
    )
    rp, rf = mk_rib(R, kind="app")
    F.emit("Screenshot_20261112-184233.png", rp, "screenshot")
    F.doc(
        [("Screenshot_20261112-184233.png", [1])],
        "rib",
        "screenshot",
        rf,
        "German IBAN of an online bank: acceptable under SEPA Regulation 260/2012 (information only)",
    )
    fd = form_data(
        P,
        "etudiant",
        "Toulouse",
        "2026-11-22",
        mode="acro",
        tel="07 68 11 92 04",
        email="anacarol.oliveira@example.com",
    )
    fp, acro, ff = mk_form(fd)
    F.emit("formulaire_puma.pdf", fp, "text_pdf", acro=acro)
    F.doc([("formulaire_puma.pdf", [1, 2])], "application_form", "text_pdf", ff)
    return F.name, truth(F, P, as_of, False)


def p06_shevchenko(root):
    P = SHEV
    F = Folder(root, "p06_shevchenko")
    as_of = "2026-12-10"
    pp, pf = mk_passport(P)
    fr_, bk_, tf = mk_permit(
        P,
        "UK0418827",
        "CARTE DE SÉJOUR PLURIANNUELLE",
        "PASSEPORT TALENT",
        "2025-09-15",
        "2029-09-14",
        ["3 ALLÉE DES TILLEULS", "67000 STRASBOURG"],
    )
    F.emit(
        "passeport et titre de sejour.pdf",
        [sheet([(pp, 42, 20, 0.4), (fr_, 30, 125, 0), (bk_, 120, 125, 0)], "p06")],
        "image_pdf",
    )
    F.doc([("passeport et titre de sejour.pdf", [1])], "passport", "image_pdf", pf)
    F.doc(
        [("passeport et titre de sejour.pdf", [1])],
        "residence_permit",
        "image_pdf",
        tf,
        "passport page and both sides of the card photocopied on one sheet",
    )
    B = b_ukraine(P, "2025-10-21")
    bp, bf = mk_birth(B, has_apo=True)
    ap, af = mk_apostille(apo("UKR", "2025-11-03", "UA-2025-0917734"))
    F.emit("svidotstvo.jpg", bp, "scan", dpi=250)
    F.emit("apostille.jpg", [ap], "scan", dpi=200)
    F.doc([("svidotstvo.jpg", [1])], "birth_certificate", "scan", bf, "Ukrainian, Cyrillic only")
    F.doc([("apostille.jpg", [1])], "apostille", "scan", af)
    T = dict(
        translator="Irina MOREAU",
        translator_lines=[
            "Traductrice-interprète assermentée",
            "12 rue de la Nuée-Bleue 67000 Strasbourg",
        ],
        number="2025/1187",
        from_lang="ukrainien",
        from_lang_name="ukrainienne",
        court="Cour d'appel de Colmar",
        court_short="C.A. COLMAR",
        city="Strasbourg",
        date_vis="18 novembre 2025",
        body=[
            "#UKRAINE",
            "#ACTE DE NAISSANCE",
            "Nom : CHEVTCHENKO (SHEVCHENKO)",
            "Prénom : Olena",
            "Patronyme : Petrivna",
            "Date de naissance : 30 avril 1991",
            "Lieu de naissance : ville de Kharkiv, région de Kharkiv, Ukraine",
            "Acte n° 1183 dressé le 15 mai 1991",
            "Père : CHEVTCHENKO Petro Ivanovytch",
            "Mère : CHEVTCHENKO Nataliia Volodymyrivna",
            "Lieu d'enregistrement : Service d'état civil de la ville de Kharkiv",
            "Date de délivrance : 21.10.2025",
            "Série I-ВЛ n° 284117",
            "[Sceau] [Signature illisible]",
        ],
    )
    tp = translation(T)
    F.emit("traduction acte naissance.pdf", tp, "text_pdf")
    F.doc([("traduction acte naissance.pdf", [1])], "translation", "text_pdf", {})
    h = holder("MME SHEVCHENKO OLENA", P, line="03 88 41 27 60")
    pages, fl = [], []
    for i, (iss, s, e) in enumerate(
        [
            ("2026-09-06", "2026-09-06", "2026-10-05"),
            ("2026-10-06", "2026-10-06", "2026-11-05"),
            ("2026-11-06", "2026-11-06", "2026-12-05"),
        ]
    ):
        bpg, bfl = mk_bill(h, "Orange", "telecom", "internet", iss, s, e, amount=42.99, n=i)
        fl.append((len(pages) + 1, bfl))
        pages += bpg
    F.emit("factures orange.pdf", pages, "image_pdf", grey=True)
    for st, bfl in fl:
        F.doc(
            [("factures orange.pdf", [st])],
            "utility_bill",
            "image_pdf",
            bfl,
            "Orange bills cover the month ahead (billing cycle 6th-5th)",
        )
    E = employer(
        "ALSATECH ROBOTICS SAS",
        "83307215",
        "0027",
        ["4 rue Jacob Mayer", "67200 Strasbourg"],
        "2829B",
    )
    C = dict(
        E,
        form="SAS",
        capital="150 000",
        rcs_city="Strasbourg",
        siren_fmt=E["siret"][:9],
        signatory="M. Thomas Klein",
        signatory_role="Président",
        employee_vis="Mme Olena SHEVCHENKO",
        dob_vis=fr_date(P["dob"]),
        pob="Kharkiv (Ukraine)",
        nat_fr="ukrainienne",
        address="3 allée des Tilleuls, 67000 Strasbourg",
        type="CDI",
        start="2025-09-22",
        start_vis="22 septembre 2025",
        urssaf="Alsace",
        job="Ingénieure en vision industrielle",
        status="cadre",
        position="2.2",
        ccn="de la métallurgie (IDCC 3248)",
        workplace="Strasbourg",
        salary="52 000",
        city="Strasbourg",
        signed_vis="05/09/2025",
        font="caladea",
        fontb="caladea-b",
    )
    cp, cf = mk_contract(C)
    F.emit("contrat de travail.pdf", cp, "text_pdf")
    F.doc(
        [("contrat de travail.pdf", list(range(1, len(cp) + 1)))],
        "employment_contract",
        "text_pdf",
        cf,
    )
    R = dict(
        bank="Crédit Agricole",
        branch="00081",
        account="14702233015",
        holder_lines=["MME SHEVCHENKO OLENA"],
        holder_truth="MME SHEVCHENKO OLENA",
        domiciliation=["CA ALSACE VOSGES", "STRASBOURG KLEBER"],
        edited="2025-10-02",
    )
    rp, rf = mk_rib(R)
    F.emit("RIB CA.png", rp, "scan", dpi=150)
    F.doc([("RIB CA.png", [1])], "rib", "scan", rf)
    fd = form_data(
        P,
        "salarie",
        "Strasbourg",
        "2026-12-02",
        contract="CDI",
        job="Ingénieure",
        job_since="22/09/2025",
        employer="Alsatech Robotics, Strasbourg",
        hfont="h-dkg",
    )
    fp, _, ff = mk_form(fd)
    F.emit("demande PUMA.pdf", fp, "image_pdf")
    F.doc([("demande PUMA.pdf", [1, 2])], "application_form", "image_pdf", ff)
    return F.name, truth(F, P, as_of, True)


def p07_sharma(root):
    P = SHARMA
    F = Folder(root, "p07_sharma")
    as_of = "2026-11-05"
    img, pf, vf = passport_visa_sheet(
        P,
        dict(
            vtype="D",
            valid_from="2026-01-12",
            valid_until="2027-01-11",
            remarks=["VLS-TS SALARIE", "CESEDA R431-16"],
            issued_in="NEW DELHI",
            issued_on="2025-12-18",
            visa_no="072291640",
        ),
        "p07pv",
    )
    F.emit("passport_and_visa.jpg", [img], "scan", dpi=200)
    F.doc([("passport_and_visa.jpg", [1])], "passport", "scan", pf)
    F.doc([("passport_and_visa.jpg", [1])], "long_stay_visa", "scan", vf)
    B = b_india(P, "2025-08-19")
    bp, bf = mk_birth(B, has_apo=True)
    ap, af = mk_apostille(apo("IND", "2025-09-02", "IN-DL-2025-7741920"))
    F.emit("birth_certificate.pdf", bp + [ap], "image_pdf")
    F.doc([("birth_certificate.pdf", [1])], "birth_certificate", "image_pdf", bf)
    F.doc([("birth_certificate.pdf", [2])], "apostille", "image_pdf", af)
    L = dict(
        landlord_vis="M. Patrick ROUSSEL",
        landlord_addr="4 avenue de Grasse 06400 Cannes",
        tenants_vis=["Mme Priya SHARMA"],
        address="19 boulevard Carnot, 06400 Cannes, 2e étage",
        surface=44,
        rooms=2,
        start="2026-02-15",
        start_vis="15 février 2026",
        rent=890.0,
        charges=70.0,
        city="Cannes",
        signed_on="2026-02-10",
    )
    lp, lf = mk_lease(L)
    F.emit("lease.pdf", lp, "text_pdf")
    F.doc(
        [("lease.pdf", list(range(1, len(lp) + 1)))],
        "lease",
        "text_pdf",
        lf,
        "middle name LAKSHMI omitted",
    )
    E = employer(
        "RIVIERA SOFTWARE LABS SAS",
        "88120457",
        "0019",
        ["2400 route des Dolines", "06560 Valbonne"],
        "6201Z",
    )
    C = dict(
        E,
        form="SAS",
        capital="80 000",
        rcs_city="Grasse",
        siren_fmt=E["siret"][:9],
        signatory="Mme Hélène Ricci",
        signatory_role="Directrice des ressources humaines",
        employee_vis="Mme Priya Lakshmi SHARMA",
        dob_vis=fr_date(P["dob"]),
        pob="New Delhi (Inde)",
        nat_fr="indienne",
        address="19 boulevard Carnot, 06400 Cannes",
        type="CDI",
        start="2026-01-19",
        start_vis="19 janvier 2026",
        urssaf="Provence-Alpes-Côte d'Azur",
        job="Data scientist",
        status="cadre",
        position="2.3",
        ccn="Syntec (IDCC 1486)",
        workplace="Valbonne Sophia Antipolis",
        salary="55 000",
        city="Valbonne",
        signed_vis="10/12/2025",
    )
    cp, cf = mk_contract(C)
    F.emit("CDI signed.pdf", cp, "image_pdf")
    F.doc([("CDI signed.pdf", list(range(1, len(cp) + 1)))], "employment_contract", "image_pdf", cf)
    R = dict(
        bank="LCL",
        branch="00477",
        account="0000741852K".replace("K", "9"),
        holder_lines=["MME SHARMA PRIYA"],
        holder_truth="MME SHARMA PRIYA",
        domiciliation=["LCL CANNES CROISETTE", "06400 CANNES"],
        letter_name="Madame Priya SHARMA",
        letter_addr=P["addr"]["lines"],
        city="Cannes",
        edited="2026-02-20",
        adviser="Mme Nadia BENHAMOU",
    )
    rp, rf = mk_rib(R, kind="letter")
    F.emit("lettre banque LCL.jpg", rp, "scan", dpi=200)
    F.doc(
        [("lettre banque LCL.jpg", [1])],
        "rib",
        "scan",
        rf,
        "RIB printed at the bottom of the bank's welcome letter",
    )
    fd = form_data(
        P,
        "salarie",
        "Cannes",
        "2026-10-28",
        mode="typed",
        contract="CDI",
        job="Data scientist",
        job_since="19/01/2026",
        employer="Riviera Software Labs, Valbonne",
        given_form="PRIYA LAKSHMI",
    )
    fp, _, ff = mk_form(fd)
    F.emit("cerfa.pdf", fp, "image_pdf", grey=True)
    F.doc(
        [("cerfa.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        ff,
        "typed with a typewriter-like font, signed by hand, then scanned",
    )
    return F.name, truth(F, P, as_of, True)


def p08_reyes(root):
    P = REYES
    F = Folder(root, "p08_reyes")
    as_of = "2026-11-27"
    pp, pf = mk_passport(P)
    F.emit("passport.jpeg", [card_img(pp, 250)], "phone_photo", bg="grey", fill=0.7, long_side=3000)
    F.doc([("passport.jpeg", [1])], "passport", "phone_photo", pf)
    vp, vf = mk_visa(
        P,
        vtype="D",
        valid_from="2026-05-04",
        valid_until="2027-05-03",
        remarks=["VLS-TS SALARIE", "INFIRMIERE"],
        issued_in="MANILLE",
        issued_on="2026-04-14",
        visa_no="076630581",
    )
    F.emit("visa.jpeg", [card_img(vp, 250)], "phone_photo", bg="grey", fill=0.7, long_side=3000)
    F.doc([("visa.jpeg", [1])], "long_stay_visa", "phone_photo", vf)
    B = b_philippines(P, "2025-07-08")
    bp, bf = mk_birth(B, has_apo=True)
    ap, af = mk_apostille(apo("PHL", "2025-07-21", "PH-2025-0711853"))
    F.emit("PSA birth cert + apostille.pdf", bp + [ap], "image_pdf")
    F.doc([("PSA birth cert + apostille.pdf", [1])], "birth_certificate", "image_pdf", bf)
    F.doc([("PSA birth cert + apostille.pdf", [2])], "apostille", "image_pdf", af)
    h = holder("MME REYES MARIA LUISA", P, mobile="07 81 44 20 16")
    for i, (iss, s, e, fn, look) in enumerate(
        [
            ("2026-08-05", "2026-07-05", "2026-08-04", "SFR facture juillet.pdf", "text_pdf"),
            ("2026-09-05", "2026-08-05", "2026-09-04", "SFR facture aout.pdf", "text_pdf"),
            ("2026-10-05", "2026-09-05", "2026-10-04", "facture sfr sept.jpg", "phone_photo"),
        ]
    ):
        bpg, bfl = mk_bill(h, "SFR", "telecom", "mobile", iss, s, e, amount=19.99, n=i)
        F.emit(fn, bpg, look, **({} if look == "text_pdf" else {"bg": "desk"}))
        F.doc([(fn, [1])], "utility_bill", look, bfl)
    E = employer(
        "CLINIQUE DU VIEUX-PORT",
        "50241186",
        "0034",
        ["12 quai de Rive-Neuve", "13007 Marseille"],
        "8610Z",
    )
    S = dict(
        E,
        employee_vis="Mme REYES Maria Luisa",
        employee_addr=P["addr"]["lines"],
        period="2026-10",
        period_end="2026-10-31",
        matricule="M-2281",
        job="Infirmière diplômée d'État",
        classif="Non cadre - Coef. 285",
        entry="2026-05-11",
        ccn="Hospitalisation privée (IDCC 2264)",
        gross=2310.0,
        paid_on="2026-10-31",
        months=6,
        font="open",
        fontb="open-b",
        acc=(0, 110, 120),
    )
    sp, sf = mk_payslip(S)
    F.emit("fiche de paie oct.pdf", sp, "text_pdf")
    F.doc([("fiche de paie oct.pdf", [1])], "payslip", "text_pdf", sf)
    R = dict(
        bank="BNP Paribas",
        branch="01327",
        account="00010882214",
        holder_lines=["MLLE REYES MARIA LUISA"],
        holder_truth="MLLE REYES MARIA LUISA",
        domiciliation=["BNP PARIBAS MARSEILLE REPUBLIQUE", "13002 MARSEILLE"],
        agency="Agence Marseille République",
        edited="2026-05-15",
    )
    rp, rf = mk_rib(R)
    F.emit("rib bnp.pdf", rp, "text_pdf")
    F.doc([("rib bnp.pdf", [1])], "rib", "text_pdf", rf)
    fd = form_data(
        P,
        "salarie",
        "Marseille",
        "2026-11-18",
        contract="CDD",
        job="Infirmière",
        job_since="11/05/2026",
        employer="Clinique du Vieux-Port, Marseille",
        hfont="h-humor",
    )
    fp, _, ff = mk_form(fd)
    F.emit("formulaire1.jpg", [fp[0]], "phone_photo", bg="desk")
    F.emit("formulaire2.jpg", [fp[1]], "phone_photo", bg="desk")
    F.doc(
        [("formulaire1.jpg", [1]), ("formulaire2.jpg", [1])], "application_form", "phone_photo", ff
    )
    return F.name, truth(F, P, as_of, True)


# ------------------------------------------------------------------ defects


def d01_thompson(root):
    P = THOMPSON
    F = Folder(root, "d01_thompson_passport_expired")
    as_of = "2026-11-12"
    img, pf, vf = passport_visa_sheet(
        P,
        dict(
            vtype="D",
            valid_from="2026-06-01",
            valid_until="2027-05-31",
            remarks=["VLS-TS VISITEUR"],
            issued_in="LONDRES",
            issued_on="2026-05-12",
            visa_no="071188204",
        ),
        "d01pv",
    )
    F.emit("passport_visa.pdf", [img], "image_pdf")
    F.doc(
        [("passport_visa.pdf", [1])],
        "passport",
        "image_pdf",
        pf,
        "DEFECT: passport expired on 2026-10-03",
    )
    F.doc([("passport_visa.pdf", [1])], "long_stay_visa", "image_pdf", vf)
    B = b_uk(P, "2025-03-11")
    bp, bf = mk_birth(B, has_apo=True)
    ap, af = mk_apostille(apo("GBR", "2025-03-25", "APO-7731-5520"))
    F.emit("birth certificate.jpg", bp, "scan", dpi=200)
    F.emit("apostille.jpg", [ap], "scan", dpi=200)
    F.doc(
        [("birth certificate.jpg", [1])],
        "birth_certificate",
        "scan",
        bf,
        "UK GRO certified copy (landscape)",
    )
    F.doc([("apostille.jpg", [1])], "apostille", "scan", af)
    L = dict(
        landlord_vis="Mme Brigitte LAFON",
        landlord_addr="30 cours de l'Intendance 33000 Bordeaux",
        tenants_vis=["M. Oliver THOMPSON"],
        address="14 rue du Château, 33000 Bordeaux, 1er étage",
        surface=52,
        rooms=2,
        start="2026-06-05",
        start_vis="5 juin 2026",
        rent=850.0,
        charges=45.0,
        city="Bordeaux",
        signed_on="2026-06-02",
    )
    lp, lf = mk_lease(L)
    F.emit("bail.pdf", lp, "text_pdf")
    F.doc([("bail.pdf", list(range(1, len(lp) + 1)))], "lease", "text_pdf", lf)
    R = dict(
        bank="Société Générale",
        branch="00452",
        account="00050917733",
        holder_lines=["M OLIVER THOMPSON"],
        holder_truth="M OLIVER THOMPSON",
        domiciliation=["SG BORDEAUX INTENDANCE", "33000 BORDEAUX"],
        edited="2026-06-20",
    )
    rp, rf = mk_rib(R)
    F.emit("RIB.pdf", rp, "text_pdf")
    F.doc([("RIB.pdf", [1])], "rib", "text_pdf", rf)
    fd = form_data(P, "sans_activite", "Bordeaux", "2026-11-04", hfont="h-dkg")
    fp, _, ff = mk_form(fd)
    F.emit("form.pdf", fp, "image_pdf")
    F.doc([("form.pdf", [1, 2])], "application_form", "image_pdf", ff)
    return F.name, truth(
        F,
        P,
        as_of,
        False,
        "identity: passport expired before the audit date",
        {"identity": "invalid"},
    )


def d02_yilmaz(root):
    P = YILMAZ
    F = Folder(root, "d02_yilmaz_visa_c")
    as_of = "2026-11-19"
    pp, pf = mk_passport(P)
    vp, vf = mk_visa(
        P,
        vtype="C",
        valid_from="2026-07-10",
        valid_until="2027-01-05",
        remarks=["TOURISME"],
        issued_in="ISTANBUL",
        issued_on="2026-06-22",
        visa_no="078804412",
        duration="90",
        valid_for="ETATS SCHENGEN",
    )
    F.emit("pasaport.jpg", [card_img(pp, 250)], "phone_photo", bg="wood", fill=0.72)
    F.doc([("pasaport.jpg", [1])], "passport", "phone_photo", pf)
    F.emit("vize.jpg", [card_img(vp, 250)], "phone_photo", bg="wood", fill=0.72)
    F.doc(
        [("vize.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        vf,
        "DEFECT: uniform Schengen short-stay visa type C (90 days), not a VLS-TS",
    )
    B = b_turkey(P, "2026-01-14")
    bp, bf = mk_birth(B, has_apo=True)
    ap, af = mk_apostille(apo("TUR", "2026-01-20", "35-2026-00418"))
    F.emit("dogum belgesi.pdf", bp + [ap], "image_pdf")
    F.doc(
        [("dogum belgesi.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        bf,
        "ICCS multilingual extract (Formül A)",
    )
    F.doc([("dogum belgesi.pdf", [2])], "apostille", "image_pdf", af)
    h = holder("M YILMAZ EMRE", P, line="09 81 24 55 07")
    pages, fl = [], []
    for i, (iss, s, e) in enumerate(
        [
            ("2026-08-03", "2026-08-01", "2026-08-31"),
            ("2026-09-03", "2026-09-01", "2026-09-30"),
            ("2026-10-03", "2026-10-01", "2026-10-31"),
        ]
    ):
        bpg, bfl = mk_bill(
            h, "Bouygues Telecom", "telecom", "internet", iss, s, e, amount=32.99, n=i, layout="B"
        )
        fl.append((len(pages) + 1, bfl))
        pages += bpg
    F.emit("factures bbox.pdf", pages, "text_pdf")
    for st, bfl in fl:
        F.doc([("factures bbox.pdf", [st])], "utility_bill", "text_pdf", bfl)
    R = dict(
        bank="Crédit Mutuel",
        branch="02011",
        account="00020733918",
        holder_lines=["M EMRE YILMAZ"],
        holder_truth="M EMRE YILMAZ",
        domiciliation=["CCM LYON GUILLOTIERE", "69007 LYON"],
        edited="2026-07-28",
    )
    rp, rf = mk_rib(R)
    F.emit("rib.jpg", rp, "scan", dpi=150)
    F.doc([("rib.jpg", [1])], "rib", "scan", rf)
    fd = form_data(P, "sans_activite", "Lyon", "2026-11-10", hfont="h-breip")
    fp, _, ff = mk_form(fd)
    F.emit("formulaire.pdf", fp, "image_pdf")
    F.doc([("formulaire.pdf", [1, 2])], "application_form", "image_pdf", ff)
    return F.name, truth(
        F,
        P,
        as_of,
        False,
        "residence_status: short-stay type C visa instead of a VLS-TS",
        {"residence_status": "invalid"},
    )


def d03_johnson(root):
    P = JOHNSON
    F = Folder(root, "d03_johnson_no_apostille")
    as_of = "2026-12-03"
    img, pf, vf = passport_visa_sheet(
        P,
        dict(
            vtype="D",
            valid_from="2026-02-16",
            valid_until="2027-02-15",
            remarks=["VLS-TS SALARIE"],
            issued_in="HOUSTON",
            issued_on="2026-01-28",
            visa_no="072640019",
        ),
        "d03pv",
    )
    F.emit("passport + visa.jpg", [img], "scan")
    F.doc([("passport + visa.jpg", [1])], "passport", "scan", pf)
    F.doc([("passport + visa.jpg", [1])], "long_stay_visa", "scan", vf)
    B = b_texas(P, "2025-10-06")
    bp, bf = mk_birth(B, has_apo=False)
    F.emit("birth_certificate_texas.pdf", bp, "image_pdf")
    F.doc(
        [("birth_certificate_texas.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        bf,
        "DEFECT: US state certificate without apostille",
    )
    h = holder("M MARCUS JOHNSON", P, pdl="30 0412 8830 1174", client="2 004 118 733")
    for i, (m, iss, s, e) in enumerate(
        [
            ("09", "2026-09-18", "2026-08-17", "2026-09-16"),
            ("10", "2026-10-19", "2026-09-17", "2026-10-16"),
            ("11", "2026-11-18", "2026-10-17", "2026-11-16"),
        ]
    ):
        bpg, bfl = mk_bill(
            h, "TotalEnergies", "energy", "electricity", iss, s, e, amount=71.3 + i * 4.2, n=i
        )
        fn = "TotalEnergies_%s-2026.pdf" % m
        F.emit(fn, bpg, "text_pdf")
        F.doc([(fn, [1])], "utility_bill", "text_pdf", bfl)
    E = employer(
        "PARISIAN GASTRONOMY CONSULTING",
        "90255318",
        "0011",
        ["44 rue de Rivoli", "75004 Paris"],
        "7022Z",
    )
    C = dict(
        E,
        form="SAS",
        capital="10 000",
        rcs_city="Paris",
        siren_fmt=E["siret"][:9],
        signatory="M. Arnaud Perrin",
        signatory_role="Président",
        employee_vis="M. Marcus JOHNSON",
        dob_vis=fr_date(P["dob"]),
        pob="Houston (États-Unis)",
        nat_fr="américaine",
        address="102 rue Saint-Honoré, 75001 Paris",
        type="CDI",
        start="2026-02-23",
        start_vis="23 février 2026",
        urssaf="Île-de-France",
        job="Consultant senior",
        status="cadre",
        position="3.1",
        ccn="Syntec (IDCC 1486)",
        workplace="Paris (4e)",
        salary="61 000",
        city="Paris",
        signed_vis="02/02/2026",
    )
    cp, cf = mk_contract(C)
    F.emit("contract.pdf", cp, "text_pdf")
    F.doc([("contract.pdf", list(range(1, len(cp) + 1)))], "employment_contract", "text_pdf", cf)
    R = dict(
        bank="BoursoBank",
        branch="00001",
        account="00022741830",
        holder_lines=["M MARCUS JOHNSON"],
        holder_truth="M MARCUS JOHNSON",
        domiciliation=["BOURSOBANK", "92100 BOULOGNE"],
        edited="2026-02-25",
    )
    rp, rf = mk_rib(R)
    F.emit("RIB_Boursobank.pdf", rp, "text_pdf")
    F.doc([("RIB_Boursobank.pdf", [1])], "rib", "text_pdf", rf)
    fd = form_data(
        P,
        "salarie",
        "Paris",
        "2026-11-26",
        mode="acro",
        contract="CDI",
        job="Consultant senior",
        job_since="23/02/2026",
        employer="Parisian Gastronomy Consulting",
    )
    fp, acro, ff = mk_form(fd)
    F.emit("S1106.pdf", fp, "text_pdf", acro=acro)
    F.doc([("S1106.pdf", [1, 2])], "application_form", "text_pdf", ff)
    return F.name, truth(
        F,
        P,
        as_of,
        True,
        "birth_certificate: US birth certificate without apostille",
        {"birth_certificate": "invalid"},
    )


def d04_moreno(root):
    P = MORENO
    F = Folder(root, "d04_moreno_bill_gap")
    as_of = "2026-11-14"
    pp, pf = mk_passport(P)
    vp, vf = mk_visa(
        P,
        vtype="D",
        valid_from="2026-04-01",
        valid_until="2027-03-31",
        remarks=["VLS-TS VISITEUR"],
        issued_in="BOGOTA",
        issued_on="2026-03-09",
        visa_no="070917355",
    )
    F.emit(
        "pasaporte.pdf",
        [sheet([(pp, 42, 30, -0.5)], "d04p"), sheet([(vp, 42, 30, 0.3)], "d04v")],
        "image_pdf",
    )
    F.doc([("pasaporte.pdf", [1])], "passport", "image_pdf", pf, "double surname MORENO RESTREPO")
    F.doc([("pasaporte.pdf", [2])], "long_stay_visa", "image_pdf", vf)
    B = b_colombia(P, "2026-01-19")
    bp, bf = mk_birth(B, has_apo=True)
    ap, af = mk_apostille(apo("COL", "2026-01-26", "A1B2C3D4E5-2026"))
    F.emit("registro civil.jpg", bp, "scan")
    F.emit("apostilla.jpg", [ap], "scan")
    F.doc([("registro civil.jpg", [1])], "birth_certificate", "scan", bf)
    F.doc([("apostilla.jpg", [1])], "apostille", "scan", af)
    h = holder("MME MORENO RESTREPO CAMILA", P, pdl="20 5512 0047 3381", client="310 447 812")
    for i, (mo, iss, fn) in enumerate(
        [
            ("2026-07", "2026-07-21", "engie juillet.pdf"),
            ("2026-08", "2026-08-20", "engie aout.pdf"),
            ("2026-10", "2026-10-21", "engie octobre.pdf"),
        ]
    ):
        bpg, bfl = mk_bill(h, "ENGIE", "energy", "energy", iss, month=mo, amount=54.2 + i * 3, n=i)
        F.emit(fn, bpg, "text_pdf")
        F.doc(
            [(fn, [1])],
            "utility_bill",
            "text_pdf",
            bfl,
            "DEFECT: September 2026 bill missing" if i == 2 else None,
        )
    R = dict(
        bank="Crédit Agricole",
        branch="00620",
        account="12044817302",
        holder_lines=["MME MORENO RESTREPO CAMILA"],
        holder_truth="MME MORENO RESTREPO CAMILA",
        domiciliation=["CA NORD DE FRANCE", "LILLE REPUBLIQUE"],
        edited="2026-05-02",
    )
    rp, rf = mk_rib(R)
    F.emit("RIB.pdf", rp, "text_pdf")
    F.doc([("RIB.pdf", [1])], "rib", "text_pdf", rf)
    fd = form_data(P, "sans_activite", "Lille", "2026-11-07", hfont="h-femke")
    fp, _, ff = mk_form(fd)
    F.emit("formulaire_p1.jpg", [fp[0]], "scan")
    F.emit("formulaire_p2.jpg", [fp[1]], "scan")
    F.doc([("formulaire_p1.jpg", [1]), ("formulaire_p2.jpg", [1])], "application_form", "scan", ff)
    return F.name, truth(
        F,
        P,
        as_of,
        False,
        "residence_proof: bills for July, August and October (September missing)",
        {"residence_proof": "invalid"},
    )


def d05_elidrissi(root):
    P = ELIDRISSI
    F = Folder(root, "d05_elidrissi_rib_other")
    as_of = "2026-11-06"
    img, pf, vf = passport_visa_sheet(
        P,
        dict(
            vtype="D",
            valid_from="2026-01-05",
            valid_until="2027-01-04",
            remarks=["VLS-TS SALARIE"],
            issued_in="FES",
            issued_on="2025-12-11",
            visa_no="073390462",
        ),
        "d05pv",
    )
    F.emit("passeport visa.jpg", [img], "scan", grey=True)
    F.doc(
        [("passeport visa.jpg", [1])],
        "passport",
        "scan",
        pf,
        "passport expires 2026-11-30: still valid at as_of",
    )
    F.doc([("passeport visa.jpg", [1])], "long_stay_visa", "scan", vf)
    B = b_morocco(P, "2025-11-03")
    bp, bf = mk_birth(B, has_apo=True)
    ap, af = mk_apostille(apo("MAR", "2025-11-10", "FES/2025/11873"))
    F.emit("acte naissance.pdf", bp + [ap], "image_pdf")
    F.doc([("acte naissance.pdf", [1])], "birth_certificate", "image_pdf", bf)
    F.doc([("acte naissance.pdf", [2])], "apostille", "image_pdf", af)
    L = dict(
        landlord_vis="M. Jean-Pierre COMBES",
        landlord_addr="2 place Wilson 31000 Toulouse",
        tenants_vis=["Mme Salma EL IDRISSI"],
        address="7 rue de Metz, 31000 Toulouse, 5e étage",
        surface=38,
        rooms=2,
        start="2026-01-15",
        start_vis="15/01/2026",
        rent=690.0,
        charges=50.0,
        city="Toulouse",
        signed_on="2026-01-12",
        font="lib",
        fontb="lib-b",
    )
    lp, lf = mk_lease(L)
    F.emit("bail.pdf", lp, "image_pdf")
    F.doc([("bail.pdf", list(range(1, len(lp) + 1)))], "lease", "image_pdf", lf)
    E = employer(
        "AEROCOMP SUD-OUEST SAS",
        "75318821",
        "0030",
        ["8 avenue Didier Daurat", "31700 Blagnac"],
        "3030Z",
    )
    S = dict(
        E,
        employee_vis="Mme EL IDRISSI Salma",
        employee_addr=P["addr"]["lines"],
        period="2026-10",
        period_end="2026-10-31",
        matricule="30418",
        job="Technicienne qualité",
        classif="Technicien - Niveau IV",
        entry="2026-01-19",
        ccn="Métallurgie (IDCC 3248)",
        gross=2650.0,
        paid_on="2026-10-30",
        months=10,
    )
    sp, sf = mk_payslip(S)
    F.emit("bulletin octobre.pdf", sp, "text_pdf")
    F.doc([("bulletin octobre.pdf", [1])], "payslip", "text_pdf", sf)
    R = dict(
        bank="LCL",
        branch="00621",
        account="0000418302Y".replace("Y", "7"),
        holder_lines=["M EL IDRISSI YOUSSEF"],
        holder_truth="M EL IDRISSI YOUSSEF",
        domiciliation=["LCL TOULOUSE CAPITOLE", "31000 TOULOUSE"],
        edited="2026-02-03",
    )
    rp, rf = mk_rib(R)
    F.emit("rib.pdf", rp, "text_pdf")
    F.doc(
        [("rib.pdf", [1])],
        "rib",
        "text_pdf",
        rf,
        "DEFECT: account of the applicant's brother Youssef, same surname",
    )
    fd = form_data(
        P,
        "salarie",
        "Toulouse",
        "2026-10-30",
        contract="CDI",
        job="Technicienne qualité",
        job_since="19/01/2026",
        employer="Aerocomp Sud-Ouest, Blagnac",
    )
    fp, _, ff = mk_form(fd)
    F.emit("formulaire.pdf", fp, "image_pdf")
    F.doc([("formulaire.pdf", [1, 2])], "application_form", "image_pdf", ff)
    return F.name, truth(
        F,
        P,
        as_of,
        True,
        "bank_details: RIB in the name of another person (brother)",
        {"bank_details": "invalid"},
    )


def d06_hernandez(root):
    P = HERNANDEZ
    F = Folder(root, "d06_hernandez_unsigned_form")
    as_of = "2026-12-08"
    pp, pf = mk_passport(P)
    fr_, bk_, tf = mk_permit(
        P,
        "MX7730418",
        "CARTE DE SÉJOUR TEMPORAIRE",
        "VIE PRIVÉE ET FAMILIALE",
        "2026-02-03",
        "2027-02-02",
        ["15 RUE DE BREST", "35000 RENNES"],
    )
    F.emit("pasaporte.jpg", [card_img(pp, 250)], "phone_photo", bg="grey", fill=0.72)
    F.doc([("pasaporte.jpg", [1])], "passport", "phone_photo", pf)
    F.emit(
        "titre recto.jpg", [card_img(fr_, 350)], "phone_photo", bg="wood", fill=0.66, long_side=2400
    )
    F.emit(
        "titre verso.jpg", [card_img(bk_, 350)], "phone_photo", bg="wood", fill=0.66, long_side=2400
    )
    F.doc(
        [("titre recto.jpg", [1]), ("titre verso.jpg", [1])], "residence_permit", "phone_photo", tf
    )
    B = b_mexico(P, "2025-12-02")
    bp, bf = mk_birth(B, has_apo=True)
    ap, af = mk_apostille(apo("MEX", "2025-12-09", "PUE-2025-41187"))
    F.emit("acta de nacimiento apostillada.pdf", bp + [ap], "image_pdf")
    F.doc([("acta de nacimiento apostillada.pdf", [1])], "birth_certificate", "image_pdf", bf)
    F.doc([("acta de nacimiento apostillada.pdf", [2])], "apostille", "image_pdf", af)
    Hh = dict(
        host_vis="Claire MARTIN",
        hosted_vis="M. José Luis HERNÁNDEZ CRUZ",
        since="2026-02-15",
        signed_on="2026-11-28",
        city="Rennes",
        signed_vis="28 novembre 2026",
        typed=True,
        host_dob_vis="14/04/1984",
        host_pob="Rennes (35)",
        address=["15 rue de Brest", "35000 Rennes"],
        hosted_dob_vis="30/12/1987",
        hosted_pob="Puebla (Mexique)",
        since_vis="15 février 2026",
    )
    hp, hf = mk_hosting(Hh)
    F.emit("attestation hebergement.pdf", hp, "text_pdf")
    F.doc([("attestation hebergement.pdf", [1])], "hosting_attestation", "text_pdf", hf)
    cf_, cb_, cnf = mk_cni_fr(
        MARTIN, "Y2HN8RT51", "2030-06-09", ["15 RUE DE BREST", "35000 RENNES"], "2020-06-10"
    )
    F.emit("CNI Claire.pdf", [sheet([(cf_, 60, 40, 0), (cb_, 60, 110, 0)], "d06cni")], "image_pdf")
    F.doc([("CNI Claire.pdf", [1])], "national_id", "image_pdf", cnf, "host's ID card")
    h = holder(
        "MME MARTIN CLAIRE",
        dict(lines=["15 rue de Brest", "35000 RENNES"]),
        pdl="50 1173 2209 8841",
        client="6 044 187 302",
    )
    pages, fl = [], []
    for i, (iss, s, e) in enumerate(
        [
            ("2026-08-24", "2026-07-23", "2026-08-22"),
            ("2026-09-23", "2026-08-23", "2026-09-22"),
            ("2026-10-23", "2026-09-23", "2026-10-22"),
        ]
    ):
        bpg, bfl = mk_bill(
            h, "EDF", "energy", "electricity", iss, s, e, amount=88.4 - i * 5, n=i + 10
        )
        fl.append((len(pages) + 1, bfl))
        pages += bpg
    F.emit("factures EDF Claire.pdf", pages, "image_pdf")
    for st, bfl in fl:
        F.doc([("factures EDF Claire.pdf", [st])], "utility_bill", "image_pdf", bfl, "host's bill")
    E = employer(
        "CRÊPERIE DES LICES SARL",
        "51877320",
        "0012",
        ["3 place des Lices", "35000 Rennes"],
        "5610A",
    )
    S = dict(
        E,
        employee_vis="M. HERNANDEZ CRUZ José Luis",
        employee_addr=P["addr"]["lines"],
        period="2026-11",
        period_end="2026-11-30",
        matricule="0027",
        job="Cuisinier",
        classif="Employé - Niveau II Éch. 2",
        entry="2026-03-02",
        ccn="Hôtels, cafés, restaurants (IDCC 1979)",
        gross=1960.0,
        paid_on="2026-11-30",
        months=9,
        font="carlito",
        fontb="carlito-b",
        acc=(90, 60, 120),
    )
    sp, sf = mk_payslip(S)
    F.emit("fiche de paie novembre.jpg", sp, "phone_photo", bg="desk")
    F.doc([("fiche de paie novembre.jpg", [1])], "payslip", "phone_photo", sf)
    R = dict(
        bank="Crédit Mutuel",
        branch="02035",
        account="00020556017",
        holder_lines=["M HERNANDEZ CRUZ JOSE LUIS"],
        holder_truth="M HERNANDEZ CRUZ JOSE LUIS",
        domiciliation=["CMB RENNES CENTRE", "35000 RENNES"],
        edited="2026-03-09",
    )
    rp, rf = mk_rib(R)
    F.emit("RIB.pdf", rp, "text_pdf")
    F.doc([("RIB.pdf", [1])], "rib", "text_pdf", rf)
    fd = form_data(
        P,
        "salarie",
        "Rennes",
        "2026-11-29",
        signed=False,
        contract="CDI",
        job="Cuisinier",
        job_since="02/03/2026",
        employer="Crêperie des Lices, Rennes",
        hfont="h-dkg",
    )
    fd["signed_on"] = "2026-11-29"
    fp, _, ff = mk_form(fd)
    F.emit("formulaire S1106.pdf", fp, "image_pdf")
    F.doc(
        [("formulaire S1106.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        ff,
        "DEFECT: place and date written but the signature box is empty",
    )
    return F.name, truth(
        F, P, as_of, True, "application_form: not signed", {"application_form": "invalid"}
    )


ALL = [
    p01_liu,
    p02_garcia,
    p03_miller,
    p04_ait,
    p05_oliveira,
    p06_shevchenko,
    p07_sharma,
    p08_reyes,
    d01_thompson,
    d02_yilmaz,
    d03_johnson,
    d04_moreno,
    d05_elidrissi,
    d06_hernandez,
]
