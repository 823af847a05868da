"""Packets p08-p14: one defect each."""

import datetime as dt

import q_build as B
from q_packets import I, bills3, reqs
from q_people import ADDRS, PACKET_PEOPLE, P

D = dt.date


def p08(rng):
    """Missing RIB."""
    as_of = D(2026, 11, 21)
    p = PACKET_PEOPLE["p08"]
    a = ADDRS[15]
    pp = B.b_passport(rng, p, D(2021, 2, 18))
    ts = B.b_titre(
        rng,
        p,
        D(2025, 6, 2),
        D(2027, 6, 1),
        "CARTE DE SEJOUR TEMPORAIRE",
        "SALARIE",
        B.addr_str(a).upper(),
    )
    bc = B.b_birth(rng, p, D(2025, 1, 13), True)
    ap = B.b_apostille(rng, p, D(2025, 1, 20))
    ls = B.b_lease(
        rng,
        "Paris Habitat OPH",
        "21 bis rue Claude Bernard 75005 Paris",
        ["Rosa Elena Quispe Huamán"],
        a,
        D(2025, 5, 15),
        545,
    )
    ps = B.b_payslip(
        rng, p, B.EMPLOYERS[2], a, "Aide-soignante", D(2025, 4, 1), D(2026, 10, 1), 2010
    )
    form = B.b_form(
        rng, p, a, "salarie", D(2026, 11, 10), "typed_print", "C", "CDI", "Aide-soignante"
    )
    items = [
        I(form, "scan", "Scan_20261110_0001.jpg", "Scan_20261110_0002.jpg"),
        I(pp, "image_pdf", "pasaporte.pdf"),
        I(ts, "image_pdf", "titre_sejour.pdf"),
        {"group": [bc, ap], "look": "image_pdf", "name": "acta_nacimiento_apostilla.pdf"},
        I(ls, "image_pdf", "bail.pdf"),
        I(ps, "text_pdf", "BS_10_2026.pdf"),
    ]
    return (
        as_of,
        p,
        True,
        reqs(True, defect_req="bank_details", defect_status="missing"),
        "no RIB in the packet",
        items,
    )


def p09(rng):
    """Lease in another person's name, no attestation d'hébergement."""
    as_of = D(2026, 11, 23)
    p = PACKET_PEOPLE["p09"]
    a = ADDRS[13]
    pp = B.b_passport(rng, p, D(2024, 5, 7))
    visa = B.b_visa(rng, p, D(2026, 4, 10), ["VLS-TS VISITEUR"], "ISTANBUL")
    bc = B.b_birth(rng, p, D(2025, 12, 19), True)
    ap = B.b_apostille(rng, p, D(2026, 1, 6), full_page=False)
    ls = B.b_lease(
        rng,
        "M. Philippe Garnier",
        "40 rue de Charonne 75011 Paris",
        ["Ayşe Demir"],
        a,
        D(2024, 10, 1),
        1240,
    )
    rib = B.b_rib(rng, "BNP Paribas", "M. Mehmet Emre Ozturk", a)
    form = B.b_form(rng, p, a, "sans_activite", D(2026, 11, 6), "hand", "B")
    items = [
        I(form, "scan", "scan_p1.jpg", "scan_p2.jpg"),
        I(pp, "phone_photo", "pasaport.jpg"),
        I(visa, "phone_photo", "vize.jpg"),
        {"group": [bc, ap], "look": "image_pdf", "name": "dogum_belgesi.pdf"},
        I(ls, "phone_photo", "bail_1.jpg", "bail_2.jpg", "bail_3.jpg"),
        I(rib, "text_pdf", "RIB_BNP.pdf"),
    ]
    return (
        as_of,
        p,
        False,
        reqs(False, defect_req="residence_proof"),
        "lease in another person's name (Ayşe Demir) and no attestation d'hébergement",
        items,
    )


def p10(rng):
    """Expired titre de séjour."""
    as_of = D(2026, 11, 26)
    p = PACKET_PEOPLE["p10"]
    a = ADDRS[17]
    pp = B.b_passport(rng, p, D(2023, 9, 12))
    ts = B.b_titre(
        rng,
        p,
        D(2025, 11, 1),
        D(2026, 10, 31),
        "CARTE DE SEJOUR TEMPORAIRE",
        "TRAVAILLEUR TEMPORAIRE",
        B.addr_str(a).upper(),
    )
    bc = B.b_birth(rng, p, D(2025, 8, 1), True)
    ap = B.b_apostille(rng, p, D(2025, 8, 5))
    ls = B.b_lease(
        rng,
        "Agence Riviera Gestion",
        "5 avenue de Verdun 06000 Nice",
        ["Nino Beridze"],
        a,
        D(2025, 11, 15),
        760,
        furnished=True,
    )
    ps = B.b_payslip(
        rng, p, B.EMPLOYERS[3], a, "Agent de service", D(2025, 11, 17), D(2026, 10, 1), 1823.03
    )
    rib = B.b_rib(rng, "Crédit Mutuel", "Mme Nino Beridze", a)
    form = B.b_form(
        rng, p, a, "salarie", D(2026, 11, 13), "acroform", "A", "CDI", "Agent de service"
    )
    items = [
        I(form, "text_pdf", "cerfa_15763_Beridze.pdf"),
        I(pp, "scan", "passport.jpg"),
        I(ts, "scan", "TS_recto.jpg", "TS_verso.jpg"),
        {"group": [bc, ap], "look": "image_pdf", "name": "birth_apostille.pdf"},
        I(ls, "text_pdf", "contrat_location_meuble.pdf"),
        I(ps, "scan", "bulletin.jpg"),
        I(rib, "image_pdf", "RIB_CM.pdf"),
    ]
    return (
        as_of,
        p,
        True,
        reqs(True, defect_req="residence_status"),
        "titre de séjour expired on 2026-10-31",
        items,
    )


def p11(rng):
    """Two bills only."""
    as_of = D(2026, 11, 17)
    p = PACKET_PEOPLE["p11"]
    a = ADDRS[6]
    pp = B.b_passport(rng, p, D(2022, 7, 28))
    visa = B.b_visa(rng, p, D(2026, 5, 20), ["VLS-TS SALARIE"], "MANILLE")
    bc = B.b_birth(rng, p, D(2025, 10, 2), True)
    ap = B.b_apostille(rng, p, D(2025, 10, 9))
    bills = bills3(
        rng,
        "Sosh",
        "Maria Theresa Dela Cruz",
        "Mme",
        a,
        [(2026, 9), (2026, 10)],
        [19.99, 19.99],
        screen=(1,),
    )
    ps = B.b_payslip(
        rng, p, B.EMPLOYERS[6], a, "Garde d'enfants", D(2026, 6, 2), D(2026, 10, 1), 1900
    )
    rib = B.b_rib_screen(rng, "Hello bank!", "MME MARIA THERESA DELA CRUZ")
    form = B.b_form(rng, p, a, "salarie", D(2026, 11, 2), "hand", "A", "CDI", "Garde d'enfants")
    items = [
        I(form, "scan", "S1106_recto.jpg", "S1106_page2.jpg"),
        I(pp, "scan", "passport_dfa.jpg"),
        I(visa, "scan", "visa.jpg"),
        {"group": [bc, ap], "look": "image_pdf", "name": "PSA_birth_cert.pdf"},
        I(bills[0], "text_pdf", "Facture_Sosh_septembre.pdf"),
        I(bills[1], "screenshot", "Screenshot_20261101-103412.png"),
        I(ps, "phone_photo", "payslip.jpg"),
        I(rib, "screenshot", "IMG_0931.PNG"),
    ]
    # the form's file names sort page 2 first (S1106_page2.jpg < S1106_recto.jpg)
    return (
        as_of,
        p,
        True,
        reqs(True, defect_req="residence_proof"),
        "two bills only (September and October 2026)",
        items,
    )


def p12(rng):
    """Passport MRZ with a wrong check digit."""
    as_of = D(2026, 11, 30)
    p = PACKET_PEOPLE["p12"]
    a = ADDRS[12]
    pp = B.b_passport(rng, p, D(2019, 4, 15), mrz_ok=False)
    ts = B.b_titre(
        rng, p, D(2024, 9, 9), D(2028, 9, 8), "PASSEPORT TALENT", "CHERCHEUR", B.addr_str(a).upper()
    )
    bc = B.b_birth(rng, p, D(2023, 3, 3), True)
    ap = B.b_apostille(rng, p, D(2023, 3, 20))
    tr = B.b_translation(rng, p, "russe", D(2023, 5, 11), "Bordeaux")
    ls = B.b_lease(
        rng,
        "SCI Garonne Patrimoine",
        "1 cours de l'Intendance 33000 Bordeaux",
        ["Dmitrii Sokolov"],
        a,
        D(2024, 10, 1),
        890,
    )
    ct = B.b_contract(
        rng, p, B.EMPLOYERS[5], a, "CDI", "Chercheur en physique", D(2024, 9, 16), 3600
    )
    rib = B.b_rib(rng, "Caisse d'Épargne", "M. Dmitrii Sokolov", a)
    form = B.b_form(rng, p, a, "salarie", D(2026, 11, 20), "typed_print", "B", "CDI", "Chercheur")
    items = [
        I(form, "image_pdf", "S1106.pdf"),
        I(pp, "scan", "zagranpasport.jpg"),
        I(ts, "image_pdf", "titre_de_sejour.pdf"),
        {"group": [bc, ap, tr], "look": "image_pdf", "name": "svidetelstvo.pdf"},
        I(ls, "text_pdf", "bail_Bordeaux.pdf"),
        I(ct, "text_pdf", "CDI_signe.pdf"),
        I(rib, "text_pdf", "RIB_CE.pdf"),
    ]
    return (
        as_of,
        p,
        True,
        reqs(True, defect_req="identity"),
        "passport MRZ date-of-birth check digit wrong",
        items,
    )


def p13(rng):
    """Birth certificate without apostille."""
    as_of = D(2026, 11, 22)
    p = PACKET_PEOPLE["p13"]
    a = ADDRS[5]
    pp = B.b_passport(rng, p, D(2021, 12, 1))
    ts = B.b_titre(
        rng,
        p,
        D(2026, 2, 15),
        D(2027, 2, 14),
        "CARTE DE SEJOUR TEMPORAIRE",
        "VIE PRIVEE ET FAMILIALE",
        B.addr_str(a).upper(),
    )
    bc = B.b_birth(rng, p, D(2025, 5, 5), False, "no apostille in the packet")
    bills = bills3(
        rng,
        "Orange",
        "Luis Alberto Garcia de la Rosa",
        "M.",
        a,
        [(2026, 7), (2026, 8), (2026, 9)],
        [39.99, 39.99, 42.99],
    )
    rib = B.b_rib_screen(rng, "N26", "Luis Alberto Garcia De La Rosa")
    form = B.b_form(rng, p, a, "sans_activite", D(2026, 10, 26), "hand", "A")
    items = [
        I(form, "phone_photo", "IMG_3301.jpg", "IMG_3302.jpg"),
        I(pp, "phone_photo", "IMG_3290.jpg"),
        I(ts, "scan", "tarjeta_1.jpg", "tarjeta_2.jpg"),
        I(bc, "phone_photo", "IMG_3295.jpg"),
        I(bills[0], "scan", "facture_juillet.jpg"),
        I(bills[1], "scan", "facture_aout.jpg"),
        I(bills[2], "text_pdf", "FACTURE_ORANGE_092026.pdf"),
        I(rib, "screenshot", "N26_IBAN.png"),
    ]
    return (
        as_of,
        p,
        False,
        reqs(False, defect_req="birth_certificate"),
        "Venezuelan birth certificate without apostille",
        items,
    )


def p14(rng):
    """Form dated in the future."""
    as_of = D(2026, 11, 24)
    p = PACKET_PEOPLE["p14"]
    host = P("KHAN", "Imran", "M", D(1984, 3, 15), "PAK", "Lahore", bp_id="LAHORE, PAK")
    a = ADDRS[3]
    pp = B.b_passport(rng, p, D(2023, 4, 20), years=5)
    visa = B.b_visa(rng, p, D(2026, 2, 1), ["VLS-TS SALARIE"], "ISLAMABAD")
    bc = B.b_birth(rng, p, D(2025, 9, 9), True)
    ap = B.b_apostille(rng, p, D(2025, 9, 25))
    hp = B.b_passport(rng, host, D(2020, 1, 10))
    att = B.b_attest(
        rng, host, p, a, D(2026, 2, 10), D(2026, 11, 8), True, "Lille", link=", mon cousin"
    )
    bills = bills3(
        rng,
        "TotalEnergies",
        "Imran Khan",
        "M.",
        a,
        [(2026, 8), (2026, 9), (2026, 10)],
        [71.40, 66.85, 88.10],
    )
    ps = B.b_payslip(rng, p, B.EMPLOYERS[7], a, "Boulanger", D(2026, 2, 9), D(2026, 10, 1), 2050)
    rib = B.b_rib_screen(rng, "Wise", "Muhammad Usman Khan")
    form = B.b_form(rng, p, a, "salarie", D(2026, 12, 3), "hand", "C", "CDI", "Boulanger")
    items = [
        I(form, "image_pdf", "formulaire.pdf"),
        I(pp, "scan", "passport_usman.jpg"),
        I(visa, "scan", "visa_usman.jpg"),
        {"group": [bc, ap], "look": "image_pdf", "name": "birth_certificate.pdf"},
        I(att, "phone_photo", "attestation.jpg"),
        I(hp, "scan", "passport_imran.jpg"),
        {"group": bills, "look": "image_pdf", "name": "factures_Imran.pdf"},
        I(ps, "text_pdf", "Bulletin_octobre.pdf"),
        I(rib, "screenshot", "wise.png"),
    ]
    return (
        as_of,
        p,
        True,
        reqs(True, defect_req="application_form"),
        "form dated 03/12/2026, after the audit date",
        items,
    )
