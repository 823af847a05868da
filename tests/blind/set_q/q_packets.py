"""The fourteen packets of set_q (p01-p07 in order, p08-p14 one defect each)."""

import datetime as dt

import q_build as B
from q_people import ADDRS, PACKET_PEOPLE, P

D = dt.date
REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def reqs(employed, eu=False, defect_req=None, defect_status="invalid"):
    r = {k: "complete" for k in REQS}
    if eu:
        r["residence_status"] = "not_applicable"
    if not employed:
        r["employment"] = "not_applicable"
    if defect_req:
        r[defect_req] = defect_status
    return r


def I(d, look, *names, **kw):  # noqa: E743
    x = {"doc": d, "look": look, "names": list(names)}
    x.update(kw)
    return x


def bills3(rng, prov, holder, civ, addr, months, amounts, screen=()):
    out = []
    for i, (y, m) in enumerate(months):
        s, e = B.month_bounds(y, m)
        issue = e + dt.timedelta(days=rng.randint(1, 6))
        out.append(
            B.b_bill(rng, prov, holder, civ, addr, issue, s, e, amounts[i], screen=i in screen)
        )
    return out


def p01(rng):
    as_of = D(2026, 11, 20)
    p = PACKET_PEOPLE["p01"]
    host = P(
        "MARTIN",
        "Julien",
        "M",
        D(1988, 2, 9),
        "FRA",
        "Nantes",
        bp_id="NANTES (44)",
        id_address="14 RUE DES VINAIGRIERS 75010 PARIS",
    )
    a = ADDRS[0]
    pp = B.b_passport(rng, p, D(2022, 3, 3))
    visa = B.b_visa(
        rng,
        p,
        D(2026, 6, 12),
        ["VLS-TS VIE PRIVEE ET FAMILIALE", "CONJOINT DE FRANCAIS"],
        "WASHINGTON",
    )
    bc = B.b_birth(rng, p, D(2026, 2, 10), True)
    ap = B.b_apostille(rng, p, D(2026, 2, 24))
    att = B.b_attest(
        rng, host, p, a, D(2026, 6, 20), D(2026, 10, 28), True, "Paris", link=", mon épouse"
    )
    cni = B.b_idcard(rng, host, D(2021, 9, 14))
    bills = bills3(
        rng,
        "Free",
        "Julien Martin",
        "M.",
        a,
        [(2026, 8), (2026, 9), (2026, 10)],
        [29.99, 29.99, 34.98],
    )
    rib = B.b_rib(rng, "BoursoBank", "M. Julien Martin ou Mme Sarah Jane O'Connor", a)
    rib["fields"]["holder_name"] = "M. JULIEN MARTIN OU MME SARAH JANE O'CONNOR"
    form = B.b_form(
        rng,
        p,
        a,
        "sans_activite",
        D(2026, 10, 30),
        "hand",
        "A",
        phone="06 71 24 88 30",
        email="sj.oconnor@gmail.com",
    )
    items = [
        I(form, "phone_photo", "IMG_4821.jpg", "IMG_4822.jpg"),
        I(pp, "scan", "passport_sarah.jpg"),
        I(visa, "phone_photo", "IMG_4790.jpg"),
        {"group": [bc, ap], "look": "image_pdf", "name": "birth_certificate_apostille.pdf"},
        I(att, "scan", "attestation_hebergement.jpg"),
        I(cni, "image_pdf", "CNI_Julien.pdf"),
        I(bills[0], "text_pdf", "Free_Facture_2026_08.pdf"),
        I(bills[1], "text_pdf", "Free_Facture_2026_09.pdf"),
        I(bills[2], "text_pdf", "Free_Facture_2026_10.pdf"),
        I(rib, "text_pdf", "RIB_joint_BoursoBank.pdf"),
    ]
    return as_of, p, False, reqs(False), None, items


def p02(rng):
    as_of = D(2026, 11, 24)
    p = PACKET_PEOPLE["p02"]
    a = ADDRS[10]
    pp = B.b_passport(rng, p, D(2019, 8, 21))
    ts = B.b_titre(
        rng,
        p,
        D(2025, 1, 20),
        D(2029, 1, 19),
        "PASSEPORT TALENT",
        "CARTE BLEUE EUROPEENNE",
        B.addr_str(a).upper(),
    )
    bc = B.b_birth(rng, p, D(2024, 6, 3), True)
    ap = B.b_apostille(rng, p, D(2024, 7, 1), full_page=False)
    ls = B.b_lease(
        rng,
        "SCI Les Marronniers",
        "8 avenue Foch 75116 Paris",
        ["Karthik Subramanian"],
        a,
        D(2025, 3, 1),
        1180,
    )
    emp = B.EMPLOYERS[5]
    ps = B.b_payslip(rng, p, emp, a, "Ingénieur logiciel", D(2025, 2, 3), D(2026, 10, 1), 4650)
    rib = B.b_rib(rng, "Société Générale", "M. Karthik Subramanian", a)
    form = B.b_form(
        rng,
        p,
        a,
        "salarie",
        D(2026, 11, 9),
        "typed_print",
        "B",
        "CDI",
        "Ingénieur logiciel",
        email="karthik.s@datavia.fr",
    )
    items = [
        I(form, "image_pdf", "formulaire_S1106.pdf"),
        I(pp, "image_pdf", "passport.pdf"),
        I(ts, "scan", "titre_sejour_recto.jpg", "titre_sejour_verso.jpg"),
        I(bc, "scan", "birth_certificate.jpg"),
        I(ap, "scan", "apostille.jpg"),
        I(ls, "image_pdf", "bail_issy.pdf"),
        I(ps, "text_pdf", "Bulletin_2026_10.pdf"),
        I(rib, "text_pdf", "RIB_SG.pdf"),
    ]
    return as_of, p, True, reqs(True), None, items


def p03(rng):
    as_of = D(2026, 11, 18)
    p = PACKET_PEOPLE["p03"]
    a = ADDRS[2]
    p["id_address"] = "JUD. CJ MUN. CLUJ-NAPOCA STR. MOŢILOR NR. 12"
    ci = B.b_idcard(rng, p, D(2023, 5, 11), fr=False)
    bc = B.b_birth(rng, p, D(2025, 12, 2), False, "EU public document: no apostille needed")
    bills = bills3(
        rng,
        "SFR",
        "Ana-Maria Popescu-Ionescu",
        "Mme",
        a,
        [(2026, 8), (2026, 9), (2026, 10)],
        [42.99, 42.99, 45.49],
    )
    ct = B.b_contract(
        rng,
        p,
        B.EMPLOYERS[0],
        a,
        "CDD",
        "Commis de cuisine",
        D(2026, 7, 1),
        1890,
        end=D(2027, 6, 30),
    )
    rib = B.b_rib_screen(rng, "Revolut", "Ana-Maria Popescu-Ionescu")
    form = B.b_form(
        rng, p, a, "salarie", D(2026, 11, 3), "acroform", "C", "CDD", "Commis de cuisine"
    )
    items = [
        I(form, "text_pdf", "S1106_rempli.pdf"),
        I(ci, "phone_photo", "IMG_20261102_181503.jpg", "IMG_20261102_181521.jpg"),
        I(bc, "scan", "certificat_nastere.jpg"),
        {"group": bills, "look": "text_pdf", "name": "factures_SFR_aout_oct.pdf"},
        I(ct, "image_pdf", "contrat_CDD.pdf"),
        I(rib, "screenshot", "Screenshot_revolut.png"),
    ]
    r = reqs(True, eu=True)
    return as_of, p, True, r, None, items


def p04(rng):
    as_of = D(2026, 11, 27)
    p = PACKET_PEOPLE["p04"]
    host = P(
        "DUBOIS-LEFÈVRE",
        "Claire",
        "F",
        D(1979, 11, 23),
        "FRA",
        "Angers",
        bp_id="ANGERS (49)",
        id_address="19 QUAI DE LA FOSSE 44000 NANTES",
    )
    a = ADDRS[7]
    pp = B.b_passport(rng, p, D(2023, 1, 16))
    visa = B.b_visa(rng, p, D(2026, 8, 25), ["VLS-TS ETUDIANT"], "SAO PAULO")
    bc = B.b_birth(rng, p, D(2026, 3, 4), True)
    ap = B.b_apostille(rng, p, D(2026, 3, 6))
    tr = B.b_translation(rng, p, "portugais", D(2026, 9, 15), "Nantes")
    att = B.b_attest(rng, host, p, a, D(2026, 8, 29), D(2026, 11, 2), False, "Nantes")
    cni = B.b_idcard(rng, host, D(2019, 4, 2), years=15)
    hl = B.b_lease(
        rng,
        "Gérard Morel",
        "4 rue Crébillon 44000 Nantes",
        ["Claire Dubois-Lefèvre"],
        a,
        D(2021, 9, 1),
        860,
    )
    rib = B.b_rib(rng, "LCL", "M. João Pedro Souza dos Santos", a)
    form = B.b_form(rng, p, a, "etudiant", D(2026, 11, 12), "hand", "B", phone="07 58 11 62 09")
    items = [
        I(form, "scan", "scan_0001.jpg", "scan_0002.jpg"),
        {"flat": [pp, visa], "look": "scan", "name": "scan_0003.jpg"},
        {"group": [bc, ap, tr], "look": "image_pdf", "name": "certidao_apostila_trad.pdf"},
        I(att, "text_pdf", "attestation_hebergement_Claire.pdf"),
        I(cni, "scan", "scan_0004.jpg", "scan_0005.jpg"),
        I(hl, "image_pdf", "bail_Claire.pdf"),
        I(rib, "image_pdf", "RIB_LCL.pdf"),
    ]
    return as_of, p, False, reqs(False), None, items


def p05(rng):
    as_of = D(2026, 11, 16)
    p = PACKET_PEOPLE["p05"]
    a = ADDRS[11]
    pp = B.b_passport(rng, p, D(2021, 6, 8))
    rc = B.b_recepisse(
        rng, p, D(2026, 10, 12), D(2027, 4, 11), "Préfecture du Rhône", B.addr_str(a)
    )
    bc = B.b_birth(rng, p, D(2025, 7, 14), True)
    ap = B.b_apostille(rng, p, D(2025, 7, 22), full_page=False)
    tr = B.b_translation(rng, p, "chinois", D(2025, 9, 2), "Lyon")
    ls = B.b_lease(
        rng,
        "Bernard Chevalier",
        "11 rue Childebert 69002 Lyon",
        ["Yuxin Liu"],
        a,
        D(2025, 9, 1),
        690,
        furnished=True,
    )
    ps = B.b_payslip(
        rng, p, B.EMPLOYERS[1], a, "Ingénieure data", D(2025, 9, 15), D(2026, 10, 1), 3900
    )
    rib = B.b_rib(rng, "Crédit Agricole", "Mlle Liu Yuxin", a)
    rib["fields"]["holder_name"] = "MLLE LIU YUXIN"
    form = B.b_form(
        rng, p, a, "salarie", D(2026, 11, 5), "typed_print", "A", "CDI", "Ingénieure data"
    )
    items = [
        I(form, "phone_photo", "IMG_7730.jpg", "IMG_7731.jpg"),
        I(pp, "phone_photo", "IMG_7702.jpg"),
        I(rc, "scan", "recepisse.png"),
        I(bc, "scan", "scan_birth_zh.jpg"),
        I(ap, "scan", "scan_apostille.jpg"),
        I(tr, "text_pdf", "traduction_acte_naissance.pdf"),
        I(ls, "phone_photo", "IMG_7711.jpg", "IMG_7712.jpg", "IMG_7713.jpg"),
        I(ps, "image_pdf", "fiche_paie_octobre.pdf"),
        I(rib, "scan", "rib_ca.jpg"),
    ]
    return as_of, p, True, reqs(True), None, items


def p06(rng):
    as_of = D(2026, 11, 25)
    p = PACKET_PEOPLE["p06"]
    a = ADDRS[16]
    pp = B.b_passport(rng, p, D(2020, 11, 3))
    ts = B.b_titre(
        rng,
        p,
        D(2025, 12, 1),
        D(2026, 11, 30) + dt.timedelta(days=366),
        "CARTE DE SEJOUR TEMPORAIRE",
        "VIE PRIVEE ET FAMILIALE",
        B.addr_str(a).upper(),
    )
    bc = B.b_birth(rng, p, D(2024, 4, 9), True)
    ap = B.b_apostille(rng, p, D(2024, 4, 19))
    tr = B.b_translation(rng, p, "ukrainien", D(2025, 1, 8), "Rennes")
    bills = bills3(
        rng,
        "ekWateur",
        "Olena Kovalenko",
        "Mme",
        a,
        [(2026, 8), (2026, 9), (2026, 10)],
        [48.12, 51.70, 63.05],
    )
    rib = B.b_rib(rng, "La Banque Postale", "Mme Olena Kovalenko", a)
    form = B.b_form(rng, p, a, "sans_activite", D(2026, 11, 14), "acroform_printed", "C")
    items = [
        I(form, "scan", "S1106_p1.jpg", "S1106_p2.jpg"),
        I(pp, "scan", "passeport.jpg"),
        I(ts, "phone_photo", "titre_recto.jpg", "titre_verso.jpg"),
        {"group": [bc, ap, tr], "look": "image_pdf", "name": "svidotstvo.pdf"},
        {"group": bills, "look": "text_pdf", "name": "factures_ekwateur.pdf"},
        I(rib, "text_pdf", "releve_identite_bancaire.pdf"),
    ]
    return as_of, p, False, reqs(False), None, items


def p07(rng):
    as_of = D(2026, 11, 19)
    p = PACKET_PEOPLE["p07"]
    a = ADDRS[4]
    pp = B.b_passport(rng, p, D(2022, 10, 4), years=5)
    visa = B.b_visa(rng, p, D(2026, 3, 2), ["VLS-TS SALARIE"], "CASABLANCA")
    bc = B.b_birth(rng, p, D(2025, 11, 20), True)
    ap = B.b_apostille(rng, p, D(2025, 12, 1))
    ls = B.b_lease(
        rng,
        "Mme Josiane Ferrand",
        "2 rue Paradis 13001 Marseille",
        ["Youssef Ben Abdelkader", "Karim El Amrani"],
        a,
        D(2026, 4, 1),
        980,
    )
    ct = B.b_contract(
        rng, p, B.EMPLOYERS[0], a, "CDD", "Serveur", D(2026, 3, 16), 1850, end=D(2027, 3, 15)
    )
    ps = B.b_payslip(rng, p, B.EMPLOYERS[0], a, "Serveur", D(2026, 3, 16), D(2026, 10, 1), 1850)
    rib = B.b_rib(rng, "CIC", "M. Youssef Ben Abdelkader", a)
    form = B.b_form(rng, p, a, "salarie", D(2026, 11, 4), "hand", "C", "CDD", "Serveur")
    items = [
        I(form, "image_pdf", "demande_puma.pdf"),
        {"flat": [pp, visa], "look": "image_pdf", "name": "passeport_visa.pdf"},
        {"group": [bc, ap], "look": "image_pdf", "name": "acte_naissance.pdf"},
        I(ls, "text_pdf", "bail_signe.pdf"),
        I(ct, "scan", "contrat_p1.jpg", "contrat_p2.jpg"),
        I(ps, "text_pdf", "bulletin_oct_2026.pdf"),
        I(rib, "image_pdf", "rib_cic.pdf"),
    ]
    return as_of, p, True, reqs(True), None, items
