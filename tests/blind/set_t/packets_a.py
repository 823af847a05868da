"""Packets p01-p07: complete and in order."""

from __future__ import annotations

import datetime as dt

import make
from kit import contract_data, employer, form, payslip_data, three_bills
from pack import Folder, apostille_for, applicant_of, packet_status, reqs
from people import APPLICANTS as A
from people import HOSTS
from tk import rng_for

D = dt.date


def _fin(fo, r, defect=None):
    fo.reqs = r
    fo.status = packet_status(r)
    fo.defect = defect
    return fo


def p01():
    p = A["p01"]
    rng = rng_for("p01")
    fo = Folder("p01", "packet", D(2026, 11, 23), True, applicant_of(p))
    fm = form(
        p,
        rng,
        D(2026, 11, 17),
        "Lyon",
        "salarie",
        job="Développeur back-end",
        contract="CDI",
        run="A",
        fill="typed",
    )
    pp = make.passport(p, rng)
    vi = make.visa(
        p,
        rng,
        number="014736285",
        category="SALARIE",
        valid_from=D(2026, 2, 10),
        valid_until=D(2027, 2, 9),
        issued_in="RIO DE JANEIRO",
        issued_on=D(2026, 1, 20),
        entry_stamp=["PAF LYON ST-EXUPERY", "14.02.26"],
    )
    bc = make.birth(p, rng)
    ap = apostille_for(p, bc, D(2025, 11, 12), rng)
    le = make.lease_doc(
        dict(
            ref="LY-2026-0312",
            landlord="Françoise GIRAUDEAU",
            landlord_addr="5 quai Saint-Antoine, 69002 Lyon",
            agency=(
                "Cabinet Morvan Immobilier",
                "12 cours Gambetta 69003 Lyon - Carte pro. CPI 6901 2019 000 041 872",
            ),
            tenants=["Thiago Henrique SOUZA DE OLIVEIRA"],
            tenants_print=["M. Thiago Henrique SOUZA DE OLIVEIRA"],
            addr_print="14 rue Paul Bert, appartement 32 (3e étage), 69003 Lyon",
            address_field="14 rue Paul Bert, appartement 32 (3e étage), 69003 Lyon",
            surface="41,5",
            rooms=2,
            start=D(2026, 3, 1),
            rent=780.0,
            charges=65.0,
            deposit=780.0,
            signed_place="Lyon",
            signed_on=D(2026, 2, 20),
            esign=True,
            fonts=("Sans", "SansB"),
        ),
        rng,
    )
    rib = make.rib_doc(
        dict(
            bank="BNP",
            holder_print="M THIAGO HENRIQUE SOUZA DE OLIVEIRA",
            holder_field="THIAGO HENRIQUE SOUZA DE OLIVEIRA",
            holder_addr=["14 RUE PAUL BERT APT 32", "69003 LYON"],
            agency=[
                "BNP PARIBAS LYON GUILLOTIERE",
                "5 PLACE GABRIEL PERI",
                "69007 LYON",
                "Tél. : 04 78 72 10 00",
            ],
            issued=D(2026, 3, 4),
        ),
        rng,
    )
    emp = employer(
        "Nexalis Solutions SAS",
        "27 rue de la Villette",
        "69003",
        "Lyon",
        "Sandrine Vautrin",
        rng,
        naf="6201Z",
        capital="120 000",
        rcs="Lyon",
    )
    ct = contract_data(
        p,
        emp,
        rng,
        type="CDI",
        job="Développeur back-end",
        start=D(2026, 2, 23),
        brut=3450.0,
        signed_place="Lyon",
        signed_on=D(2026, 1, 12),
        permit_no="visa VLS-TS 014736285",
        ccn="Syntec (IDCC 1486)",
        statut="cadre",
        coef="130",
    )
    fo.add("Formulaire_S1106_signe.pdf", "image_pdf", fm)
    fo.add("passeport_visa.pdf", "image_pdf", pp, vi)
    fo.add("certidao_nascimento_apostila.pdf", "image_pdf", bc, ap)
    fo.add(
        "Bail_14_rue_Paul_Bert.pdf",
        "text_pdf",
        le,
        meta=dict(title="Bail d'habitation - LY-2026-0312", creator="Yousign"),
    )
    fo.add(
        "RIB_BNP_Paribas.pdf",
        "text_pdf",
        rib,
        meta=dict(title="RIB", creator="BNP Paribas - Mes Comptes"),
    )
    fo.add(
        "Contrat_CDI_Nexalis.pdf",
        "text_pdf",
        ct,
        meta=dict(title="Contrat de travail CDI", creator="Microsoft Word"),
    )
    return _fin(fo, reqs())


def p02():
    p = A["p02"]
    h = HOSTS["p02"]
    rng = rng_for("p02")
    fo = Folder("p02", "packet", D(2026, 11, 19), False, applicant_of(p))
    fm = form(p, rng, D(2026, 11, 12), "Nantes", "sans_activite", run="B", fill="hand", hand="dkg")
    pp = make.passport(p, rng)
    vi = make.visa(
        p,
        rng,
        number="021947360",
        category="CONJOINT DE FRANCAIS",
        valid_from=D(2026, 4, 1),
        valid_until=D(2027, 3, 31),
        issued_in="WASHINGTON",
        issued_on=D(2026, 3, 10),
    )
    bc = make.birth(p, rng)
    ap = apostille_for(p, bc, D(2025, 12, 15), rng, signer="Lillian M. Okafor-Dean")
    at = make.attestation_doc(
        dict(
            host_print="Étienne VASSEUR-LACOMBE",
            host_sex="M",
            host_dob=h["dob"],
            host_pob="Angers (49)",
            addr_inline=h["addr_inline"],
            addr_lines=[h["street"], "44300 Nantes"],
            hosted_print="Margaret Anne HOLLIS-BRENNAN",
            hosted_sex="F",
            hosted_dob=p["dob"],
            hosted_pob="Portland, Oregon (États-Unis)",
            since=D(2026, 3, 15),
            signed_on=D(2026, 11, 10),
            place="Nantes",
            fill="hand",
            hand="dancing",
            lined=True,
            tail="Elle est mon épouse. Fait pour servir et valoir ce que de droit.",
        ),
        rng,
    )
    cn = make.cni(
        h,
        rng,
        2021,
        number="X4RTBPF47",
        issued=D(2021, 6, 3),
        expiry=D(2031, 6, 2),
        authority="PRÉFECTURE DE LA LOIRE-ATLANTIQUE",
    )
    hb = dict(
        h,
        given="Étienne",
        bill_name="M. Étienne VASSEUR-LACOMBE",
        bill_field="Étienne VASSEUR-LACOMBE",
    )
    bl = three_bills(
        hb, "EDF", [8, 9, 10], rng, ref_label="Point de livraison", option="Tarif Bleu - Base 9 kVA"
    )
    rib = make.rib_doc(
        dict(
            bank="CA",
            code="14706",
            bic="AGRIFRPP847",
            holder_print="M. VASSEUR-LACOMBE ÉTIENNE OU MME HOLLIS-BRENNAN MARGARET",
            holder_field="VASSEUR-LACOMBE ÉTIENNE OU HOLLIS-BRENNAN MARGARET",
            holder_addr=["7 ALLÉE DES MÉSANGES", "44300 NANTES"],
            agency=[
                "CRÉDIT AGRICOLE ATLANTIQUE VENDÉE",
                "AGENCE NANTES ERDRE",
                "2 route de Saint-Joseph",
                "44300 NANTES",
            ],
            issued=D(2026, 4, 20),
        ),
        rng,
    )
    rib.notes = "joint account of the applicant and her husband"
    fo.add("IMG_4471.jpg", "phone_photo", (fm, [0]))
    fo.add("IMG_4472.jpg", "phone_photo", (fm, [1]))
    fo.add("passport_photo_page.jpg", "phone_photo", pp)
    fo.add("visa_VLS-TS.jpg", "phone_photo", vi)
    fo.add("Oregon_birth_certificate_apostille.pdf", "image_pdf", bc, ap)
    fo.add("attestation_hebergement.jpg", "phone_photo", at)
    fo.add("CNI_Etienne.pdf", "image_pdf", (cn, "sheet"))
    for d_, m in zip(bl, ["08", "09", "10"]):
        fo.add(
            "EDF_facture_2026-%s.pdf" % m,
            "text_pdf",
            d_,
            meta=dict(title="Facture EDF", creator="EDF - Editique"),
        )
    fo.add(
        "RIB_Credit_Agricole.pdf",
        "text_pdf",
        rib,
        meta=dict(title="RIB", creator="Crédit Agricole - Ma Banque"),
    )
    for d_ in bl:
        d_.notes = "bill in the host's name"
    cn.notes = "host's identity card"
    return _fin(fo, reqs(employment="not_applicable"))


def p03():
    p = A["p03"]
    rng = rng_for("p03")
    fo = Folder("p03", "packet", D(2026, 11, 17), True, applicant_of(p))
    fm = form(
        p,
        rng,
        D(2026, 11, 10),
        "Paris",
        "salarie",
        job="Chargée de projet marketing",
        contract="CDI",
        run="A",
        fill="typed",
        typed_font="Sans",
    )
    ci = make.eu_id(
        p,
        rng,
        country="ITA",
        number=p["id_no"],
        issued=p["id_issued"],
        expiry=p["id_expiry"],
        pob="NAPOLI (NA)",
        back=[
            ("CODICE FISCALE", "DNGCRM96T43F839K"),
            ("INDIRIZZO DI RESIDENZA", "VIA TOLEDO 112, NAPOLI (NA)"),
            ("COMUNE DI RILASCIO", "NAPOLI"),
        ],
    )
    bc = make.birth(p, rng, country="ITA")
    bl = three_bills(
        p,
        "Free",
        [8, 9, 10],
        rng,
        amount=29.99,
        plan="Freebox Pop",
        ref_label="Numéro de ligne",
        issue_words=True,
        sender="Free Service Abonné - 75371 Paris Cedex 08",
    )
    rib = make.rib_doc(
        dict(
            bank="BOURSO",
            holder_print="MLLE CHIARA MARIA D'ANGELO",
            holder_field="CHIARA MARIA D'ANGELO",
            holder_addr=["23 BIS RUE DE LA ROQUETTE", "75011 PARIS"],
            agency=[
                "BoursoBank",
                "44 rue Traversière",
                "CS 80134",
                "92772 Boulogne-Billancourt Cedex",
            ],
            issued=D(2026, 4, 2),
        ),
        rng,
    )
    emp = employer(
        "Maison Ferrand & Associés SAS",
        "8 rue du Faubourg Poissonnière",
        "75010",
        "Paris",
        "Hélène Ferrand",
        rng,
        naf="7311Z",
        urssaf="URSSAF Île-de-France",
    )
    ps = payslip_data(
        p,
        emp,
        D(2026, 10, 1),
        rng,
        job="Chargée de projet marketing",
        entry=D(2026, 4, 13),
        brut=3120.0,
        soft="payfit",
        statut="Cadre",
        ccn="Publicité (IDCC 86)",
    )
    fo.add(
        "Formulaire_PUMA_DAngelo.pdf",
        "text_pdf",
        fm,
        meta=dict(title="S1106 - Demande d'ouverture des droits", creator="Adobe Acrobat Reader"),
    )
    fo.add("carta_identita_fronte_retro.jpg", "scan", (ci, "sheet"))
    fo.add("estratto_atto_nascita.pdf", "image_pdf", bc)
    for d_, m in zip(bl, ["aout", "septembre", "octobre"]):
        fo.add(
            "Free_facture_%s_2026.pdf" % m,
            "text_pdf",
            d_,
            meta=dict(title="Facture Freebox", creator="Free"),
        )
    fo.add(
        "RIB_BoursoBank.pdf",
        "text_pdf",
        rib,
        meta=dict(title="Relevé d'identité bancaire", creator="BoursoBank"),
    )
    fo.add(
        "Bulletin_paie_2026_10.pdf",
        "text_pdf",
        ps,
        meta=dict(title="Bulletin de paie octobre 2026", creator="PayFit"),
    )
    bc.notes = "EU member state: exempt from apostille (Regulation (EU) 2016/1191)"
    return _fin(fo, reqs(status="not_applicable"))


def p04():
    p = A["p04"]
    rng = rng_for("p04")
    fo = Folder("p04", "packet", D(2026, 11, 27), False, applicant_of(p))
    fm = form(p, rng, D(2026, 11, 20), "Toulouse", "etudiant", run="A", fill="hand", hand="kaushan")
    pp = make.passport(p, rng)
    vi = make.visa(
        p,
        rng,
        number="033581742",
        category="ETUDIANT",
        valid_from=D(2026, 8, 14),
        valid_until=D(2027, 8, 13),
        issued_in="FES",
        issued_on=D(2026, 7, 30),
        entry_stamp=["PAF TOULOUSE", "16.08.26"],
    )
    bc = make.birth(p, rng)
    ap = apostille_for(p, bc, D(2026, 6, 10), rng, signer="Mohammed Tazi")
    le = make.lease_doc(
        dict(
            ref="2026-08-BL",
            landlord="Bernard LACOSTE",
            landlord_addr="9 chemin des Côtes de Pech David, 31400 Toulouse",
            tenants=["Salma EL AMRANI"],
            tenants_print=["Mlle Salma EL AMRANI"],
            addr_print="12 rue Gustave Eiffel, Résidence Les Minimes, chambre 214, 31200 Toulouse",
            address_field="12 rue Gustave Eiffel, Résidence Les Minimes, chambre 214, 31200 Toulouse",
            surface="18",
            rooms=1,
            start=D(2026, 8, 20),
            rent=430.0,
            charges=40.0,
            deposit=860.0,
            signed_place="Toulouse",
            signed_on=D(2026, 8, 18),
            meuble=True,
            fill="hand",
            hand="dkg",
            initials="BL  SE",
            parts="néant",
        ),
        rng,
    )
    rib = make.rib_doc(
        dict(
            bank="SG",
            holder_print="MLLE SALMA EL AMRANI",
            holder_field="SALMA EL AMRANI",
            holder_addr=["12 RUE GUSTAVE EIFFEL CH 214", "31200 TOULOUSE"],
            agency=["SG TOULOUSE JEAN JAURES", "42 ALLEES JEAN JAURES", "31000 TOULOUSE"],
            issued=D(2026, 9, 8),
        ),
        rng,
    )
    from housing import quittance

    q = make.Doc(
        "unknown",
        [
            quittance(
                dict(
                    landlord="Bernard LACOSTE",
                    landlord_addr="9 chemin des Côtes de Pech David, 31400 Toulouse",
                    tenant="Mlle Salma EL AMRANI",
                    addr_inline="12 rue Gustave Eiffel, Résidence Les Minimes, chambre 214, 31200 Toulouse",
                    month=D(2026, 10, 1),
                    rent=430.0,
                    charges=40.0,
                    place="Toulouse",
                    signed_on=D(2026, 11, 2),
                ),
                rng,
            )
        ],
        {},
        "rent receipt (quittance de loyer), not a lease",
    )
    fo.add("formulaire_cpam.pdf", "image_pdf", fm)
    fo.add("passeport.jpg", "phone_photo", pp)
    fo.add("visa.jpg", "phone_photo", vi)
    fo.add("acte_naissance.jpg", "scan", bc)
    fo.add("apostille.jpg", "scan", ap)
    fo.add("bail_meuble_signe.pdf", "image_pdf", le)
    fo.add("RIB.pdf", "text_pdf", rib, meta=dict(title="RIB", creator="Société Générale"))
    fo.add("quittance_octobre_2026.pdf", "text_pdf", q, meta=dict(title="Quittance de loyer"))
    return _fin(fo, reqs(employment="not_applicable"))


ALL = [p01, p02, p03, p04]
