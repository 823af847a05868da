"""Packets p12-p14: one defect each."""

from __future__ import annotations

import datetime as dt

import checks as ck
import make
from kit import contract_data, employer, form, payslip_data, three_bills
from pack import Folder, apostille_for, applicant_of, reqs
from packets_b import _fin
from people import APPLICANTS as A
from people import HOSTS
from tk import rng_for

D = dt.date


def p12():
    """The only payslip belongs to the applicant's wife."""
    p = A["p12"]
    rng = rng_for("p12")
    fo = Folder("p12", "packet", D(2026, 11, 19), True, applicant_of(p))
    fm = form(
        p,
        rng,
        D(2026, 11, 12),
        "Rennes",
        "salarie",
        job="Ingénieur qualité",
        contract="CDI",
        run="B",
        fill="typed",
        typed_font="Carl",
    )
    pp = make.passport(p, rng)
    vi = make.visa(
        p,
        rng,
        number="016384257",
        category="SALARIE",
        valid_from=D(2026, 1, 15),
        valid_until=D(2027, 1, 14),
        issued_in="LONDRES",
        issued_on=D(2025, 12, 18),
    )
    bc = make.birth(p, rng)
    ap = apostille_for(p, bc, D(2025, 8, 5), rng, signer="P. Whitcombe")
    le = make.lease_doc(
        dict(
            ref="RNS-2025-118",
            landlord="Yannick et Soizic PRIGENT",
            landlord_addr="3 rue de Brest, 35000 Rennes",
            tenants=["Daniel Chukwuemeka FITZGERALD-OKAFOR", "Amaka Ifeoma OKAFOR"],
            tenants_print=["M. Daniel Chukwuemeka FITZGERALD-OKAFOR", "Mme Amaka Ifeoma OKAFOR"],
            addr_print="18 rue Saint-Malo, 35000 Rennes",
            address_field="18 rue Saint-Malo, 35000 Rennes",
            surface="71",
            rooms=3,
            start=D(2025, 12, 1),
            rent=1040.0,
            charges=60.0,
            deposit=1040.0,
            signed_place="Rennes",
            signed_on=D(2025, 11, 22),
            initials="YP DFO AO",
        ),
        rng,
    )
    rib = make.rib_doc(
        dict(
            bank="CIC",
            holder_print="M DANIEL FITZGERALD-OKAFOR",
            holder_field="DANIEL FITZGERALD-OKAFOR",
            holder_addr=["18 RUE SAINT MALO", "35000 RENNES"],
            agency=["CIC RENNES REPUBLIQUE", "1 PLACE DE LA REPUBLIQUE", "35000 RENNES"],
            issued=D(2026, 1, 28),
        ),
        rng,
    )
    wife = dict(p, given="Amaka Ifeoma", surname="OKAFOR", sex="F")
    emp = employer(
        "Clinique Saint-Yves SAS",
        "4 rue Adolphe Leray",
        "35000",
        "Rennes",
        "Gaëlle Le Bihan",
        rng,
        naf="8610Z",
        urssaf="URSSAF Bretagne",
    )
    ps = payslip_data(
        wife,
        emp,
        D(2026, 10, 1),
        rng,
        job="Infirmière diplômée d'État",
        entry=D(2026, 1, 5),
        brut=2740.0,
        soft="silae",
        ccn="FHP (IDCC 2264)",
    )
    ps.notes = "payslip of the applicant's wife, not of the applicant"
    fo.add("S1106_formulaire.pdf", "image_pdf", fm)
    fo.add("UK_passport.jpg", "phone_photo", pp)
    fo.add("visa.jpg", "phone_photo", vi)
    fo.add("birth_cert_apostille.pdf", "image_pdf", bc, ap)
    fo.add("bail_Rennes.pdf", "image_pdf", le)
    fo.add("RIB_CIC.pdf", "text_pdf", rib, meta=dict(title="RIB", creator="CIC"))
    fo.add(
        "bulletin_salaire_oct2026.pdf",
        "text_pdf",
        ps,
        meta=dict(title="Bulletin de salaire", creator="Silae"),
    )
    return _fin(
        fo,
        reqs(employment="invalid"),
        "the only job document is a payslip in the name of Amaka Ifeoma OKAFOR, not the applicant",
    )


def p13():
    """Australian birth certificate without apostille."""
    p = A["p13"]
    h = HOSTS["p13"]
    rng = rng_for("p13")
    fo = Folder("p13", "packet", D(2026, 11, 21), False, applicant_of(p))
    fm = form(p, rng, D(2026, 11, 16), "Brest", "sans_activite", run="A", fill="hand", hand="dkg")
    pp = make.passport(p, rng)
    vi = make.visa(
        p,
        rng,
        number="031572946",
        category="VIE PRIVEE ET FAMILIALE",
        valid_from=D(2026, 3, 20),
        valid_until=D(2027, 3, 19),
        issued_in="CANBERRA",
        issued_on=D(2026, 2, 26),
    )
    bc = make.birth(p, rng)
    bc.notes = "no apostille in the packet (Australia is a party to the Hague Convention)"
    at = make.attestation_doc(
        dict(
            host_print="Maxime LE GOFF",
            host_sex="M",
            host_dob=h["dob"],
            host_pob="Quimper (29)",
            addr_inline=h["addr_inline"],
            addr_lines=[h["street"] + ", " + h["street2"], "29200 Brest"],
            hosted_print="Siobhan Rose O'CONNELL",
            hosted_sex="F",
            hosted_dob=p["dob"],
            hosted_pob="Wollongong (Australie)",
            since=D(2026, 4, 2),
            signed_on=D(2026, 11, 14),
            place="Brest",
            fill="hand",
            hand="dancing",
            tail="Nous sommes pacsés depuis le 5 mai 2026. Fait pour servir et valoir ce que de droit.",
        ),
        rng,
    )
    cn = make.cni(
        h,
        rng,
        2021,
        number="T7NW3QKD8",
        issued=D(2022, 9, 14),
        expiry=D(2032, 9, 13),
        authority="PRÉFECTURE DU FINISTÈRE",
    )
    cn.notes = "host's identity card"
    le = make.lease_doc(
        dict(
            ref="BR-22-0645",
            landlord="Nadine KERBRAT",
            landlord_addr="21 rue Jean Jaurès, 29200 Brest",
            agency=(
                "Agence Iroise Location",
                "44 rue de Siam 29200 Brest - carte pro CPI 2901 2018 000 028 113",
            ),
            tenants=["Maxime LE GOFF"],
            tenants_print=["M. Maxime LE GOFF"],
            addr_print="6 rue de Siam, 4e étage gauche, 29200 Brest",
            address_field="6 rue de Siam, 4e étage gauche, 29200 Brest",
            surface="54",
            rooms=2,
            start=D(2022, 7, 1),
            rent=640.0,
            charges=45.0,
            deposit=640.0,
            signed_place="Brest",
            signed_on=D(2022, 6, 21),
            esign=True,
            fonts=("Open", "OpenB"),
        ),
        rng,
    )
    le.notes = "host's lease"
    rib = make.rib_doc(
        dict(
            bank="WISE",
            iban=ck.be_iban("967", "4829163"),
            holder_print="Siobhan Rose O'Connell",
            holder_field="Siobhan Rose O'Connell",
            bank_line="Wise, Rue du Trône 100, 3rd floor, Brussels, 1050, Belgium",
            title="Détails du compte EUR",
        ),
        rng,
        screen=True,
    )
    rib.notes = "Belgian IBAN of an online bank (SEPA): acceptable"
    fo.add("formulaire_PUMa.pdf", "image_pdf", fm)
    fo.add("passport.jpg", "scan", pp)
    fo.add("visa.jpg", "scan", vi)
    fo.add("birth_certificate_NSW.pdf", "image_pdf", bc)
    fo.add("attestation.jpg", "phone_photo", at)
    fo.add("cni_maxime_recto.jpg", "phone_photo", (cn, [0]))
    fo.add("cni_maxime_verso.jpg", "phone_photo", (cn, [1]))
    fo.add("bail_maxime.pdf", "text_pdf", le, meta=dict(title="Bail", creator="Yousign"))
    fo.add("IMG_0931.PNG", "screenshot", rib)
    return _fin(
        fo,
        reqs(birth="invalid", employment="not_applicable"),
        "birth certificate from Australia without apostille",
    )


def p14():
    """French RIB whose key is wrong (the IBAN itself passes mod 97)."""
    p = A["p14"]
    rng = rng_for("p14")
    fo = Folder("p14", "packet", D(2026, 11, 23), True, applicant_of(p))
    fm = form(
        p,
        rng,
        D(2026, 11, 17),
        "Lyon",
        "salarie",
        job="Technicien de maintenance",
        contract="CDD",
        run="B",
        fill="hand",
        hand="dkg",
    )
    pp = make.passport(p, rng)
    ts = make.titre(
        p,
        rng,
        number="6QZ2MV58T",
        expiry=D(2028, 3, 31),
        issued=D(2024, 4, 1),
        kind="CARTE DE SEJOUR PLURIANNUELLE",
        mention="SALARIE",
        prefecture="PRÉFECTURE DU RHÔNE",
    )
    bc = make.birth(p, rng)
    ap = apostille_for(p, bc, D(2026, 3, 10), rng, signer="Hédi Karray")
    bl = three_bills(
        p,
        "TotalEnergies",
        [8, 9, 10],
        rng,
        ref_label="PDL",
        option="Offre Verte Fixe - 6 kVA",
        monthly_title=True,
    )
    rib = make.rib_doc(
        dict(
            bank="CA",
            code="17806",
            bic="AGRIFRPP878",
            holder_print="M YASSINE BEN SALAH",
            holder_field="YASSINE BEN SALAH",
            holder_addr=["72 AVENUE JEAN JAURES", "69007 LYON"],
            agency=["CRÉDIT AGRICOLE CENTRE-EST", "AGENCE LYON JEAN MACÉ", "69007 LYON"],
            issued=D(2026, 5, 4),
            style="strip",
        ),
        rng,
        bad_key=True,
    )
    rib.notes = "RIB key does not match bank/branch/account; the IBAN was computed over the wrong key so mod 97 passes"
    emp = employer(
        "Rhône Clim Services SARL",
        "18 rue de Gerland",
        "69007",
        "Lyon",
        "Philippe Moulin",
        rng,
        naf="4322B",
        form="SARL",
        capital="20 000",
        role="Gérant",
    )
    ct = contract_data(
        p,
        emp,
        rng,
        type="CDD",
        job="Technicien de maintenance",
        start=D(2026, 5, 4),
        end=D(2027, 5, 3),
        duration="douze mois",
        brut=2350.0,
        signed_place="Lyon",
        signed_on=D(2026, 4, 27),
        motif="accroissement temporaire d'activité",
        ccn="Bâtiment ETAM (IDCC 2609)",
        statut="ETAM",
        coef="E",
        fonts=("Sans", "SansB"),
    )
    fo.add("formulaire.pdf", "image_pdf", fm)
    fo.add("passeport.jpg", "phone_photo", pp)
    fo.add("titre_sejour_recto_verso.pdf", "image_pdf", (ts, "sheet"))
    fo.add("extrait_naissance_apostille.pdf", "image_pdf", bc, ap)
    for d_, m in zip(bl, ["aout", "sept", "oct"]):
        fo.add(
            "TotalEnergies_%s2026.pdf" % m,
            "text_pdf",
            d_,
            meta=dict(title="Facture d'électricité", creator="TotalEnergies"),
        )
    fo.add(
        "RIB_Credit_Agricole.pdf",
        "text_pdf",
        rib,
        meta=dict(title="RIB", creator="Crédit Agricole"),
    )
    fo.add(
        "contrat_CDD.pdf", "text_pdf", ct, meta=dict(title="Contrat CDD", creator="Microsoft Word")
    )
    return _fin(
        fo,
        reqs(bank="invalid"),
        "RIB key (clé RIB) is wrong for the bank, branch and account numbers",
    )


ALL = [p12, p13, p14]
