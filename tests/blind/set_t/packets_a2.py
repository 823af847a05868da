"""Packets p05-p07: complete and in order."""

from __future__ import annotations

import datetime as dt

import checks as ck
import make
from kit import contract_data, employer, form, payslip_data, three_bills
from pack import Folder, apostille_for, applicant_of, reqs
from packets_a import _fin
from people import APPLICANTS as A
from people import HOSTS
from tk import rng_for

D = dt.date


def p05():
    p = A["p05"]
    rng = rng_for("p05")
    fo = Folder("p05", "packet", D(2026, 11, 20), True, applicant_of(p))
    fm = form(
        p,
        rng,
        D(2026, 11, 14),
        "Grenoble",
        "salarie",
        job="Ingénieure R&D",
        contract="CDI",
        run="B",
        fill="typed",
        typed_font="Open",
    )
    pp = make.passport(p, rng)
    ts = make.titre(
        p,
        rng,
        number="4T7KX2M9Q",
        expiry=D(2029, 9, 30),
        issued=D(2025, 10, 1),
        kind="CARTE DE SEJOUR PLURIANNUELLE",
        mention="PASSEPORT TALENT - SALARIE QUALIFIE",
        prefecture="PRÉFECTURE DE L'ISÈRE",
    )
    bc = make.birth(p, rng)
    ap = apostille_for(p, bc, D(2025, 9, 2), rng, signer="Dr. K. Ramasamy")
    bl = three_bills(
        p,
        "Orange",
        [8, 9, 10],
        rng,
        amount=42.99,
        plan="Livebox Fibre",
        period_words=True,
        monthly_title=True,
        ref_label="Numéro de ligne fixe",
    )
    rib = make.rib_doc(
        dict(
            bank="LCL",
            holder_print="MME PRIYA LAKSHMI VENKATARAMAN",
            holder_field="PRIYA LAKSHMI VENKATARAMAN",
            holder_addr=["31 AV ALSACE LORRAINE", "38000 GRENOBLE"],
            agency=["LCL GRENOBLE VICTOR HUGO", "3 PLACE VICTOR HUGO", "38000 GRENOBLE"],
            issued=D(2025, 11, 3),
            copies=3,
        ),
        rng,
    )
    emp = employer(
        "Alpinov Technologies SA",
        "15 chemin du Vieux Chêne",
        "38240",
        "Meylan",
        "Olivier Charvet",
        rng,
        naf="7219Z",
        form="SA",
        capital="1 250 000",
        rcs="Grenoble",
        role="Directeur général délégué",
    )
    ct = contract_data(
        p,
        emp,
        rng,
        type="CDI",
        job="Ingénieure R&D",
        start=D(2025, 10, 6),
        brut=4100.0,
        signed_place="Meylan",
        signed_on=D(2025, 6, 30),
        statut="cadre",
        ccn="Syntec (IDCC 1486)",
        fonts=("Cala", "CalaB"),
    )
    ps = payslip_data(
        p,
        emp,
        D(2026, 10, 1),
        rng,
        job="Ingénieure R&D",
        entry=D(2025, 10, 6),
        brut=4100.0,
        soft="sage",
        statut="Cadre",
        urssaf="URSSAF Rhône-Alpes",
    )
    fo.add("S1106_Venkataraman.pdf", "image_pdf", fm)
    fo.add("passport_scan.jpg", "scan", pp)
    fo.add("titre_sejour_recto.jpg", "phone_photo", (ts, [0]))
    fo.add("titre_sejour_verso.jpg", "phone_photo", (ts, [1]))
    fo.add("birth_certificate.pdf", "image_pdf", bc, ap)
    fo.add(
        "factures_orange_aout_sept_oct.pdf",
        "text_pdf",
        *bl,
        meta=dict(title="Factures Orange", creator="Orange - Espace client"),
    )
    fo.add("RIB_LCL.pdf", "text_pdf", rib, meta=dict(title="RIB", creator="LCL"))
    fo.add(
        "contrat_travail.pdf",
        "text_pdf",
        ct,
        meta=dict(title="Contrat de travail", creator="Microsoft Word"),
    )
    fo.add("bulletin_octobre.jpg", "phone_photo", ps)
    return _fin(fo, reqs())


def p06():
    p = A["p06"]
    h = HOSTS["p06"]
    rng = rng_for("p06")
    fo = Folder("p06", "packet", D(2026, 11, 16), False, applicant_of(p))
    fm = form(
        p, rng, D(2026, 11, 9), "Marseille", "sans_activite", run="A", fill="hand", hand="kaushan"
    )
    pp = make.passport(p, rng)
    vi = make.visa(
        p,
        rng,
        number="018263504",
        category="VIE PRIVEE ET FAMILIALE",
        valid_from=D(2026, 5, 12),
        valid_until=D(2027, 5, 11),
        issued_in="BOGOTA",
        issued_on=D(2026, 4, 22),
    )
    bc = make.birth(p, rng)
    ap = apostille_for(p, bc, D(2026, 2, 16), rng, signer="Gloria Patricia Ospina")
    at = make.attestation_doc(
        dict(
            host_print="Julien MARCHETTI",
            host_sex="M",
            host_dob=h["dob"],
            host_pob="Marseille (13)",
            addr_inline=h["addr_inline"],
            addr_lines=[h["street"], "13004 Marseille"],
            hosted_print="Valentina GÓMEZ RESTREPO",
            hosted_sex="F",
            hosted_dob=p["dob"],
            hosted_pob="Medellín (Colombie)",
            since=D(2026, 6, 1),
            signed_on=D(2026, 11, 5),
            place="Marseille",
            fill="typed",
            font="Serif",
            since_words=True,
        ),
        rng,
    )
    cn = make.cni(
        h,
        rng,
        1988,
        number="140613201457",
        issued=D(2014, 6, 13),
        expiry=D(2029, 6, 12),
        authority="PRÉFECTURE DES BOUCHES-DU-RHÔNE",
    )
    le = make.lease_doc(
        dict(
            ref="SCI-CIG-2019-07",
            landlord="SCI LES CIGALES",
            landlord_addr="110 rue Paradis, 13006 Marseille",
            tenants=["Julien MARCHETTI"],
            tenants_print=["M. Julien MARCHETTI"],
            addr_print="58 boulevard de la Libération, 3e étage, 13004 Marseille",
            address_field="58 boulevard de la Libération, 3e étage, 13004 Marseille",
            surface="62",
            rooms=3,
            start=D(2019, 9, 1),
            rent=890.0,
            charges=80.0,
            deposit=890.0,
            signed_place="Marseille",
            signed_on=D(2019, 8, 26),
            initials="JM",
            start_words=True,
        ),
        rng,
    )
    rib = make.rib_doc(
        dict(
            bank="LBP",
            bic="PSSTFRPPMAR",
            holder_print="MME VALENTINA GOMEZ RESTREPO",
            holder_field="VALENTINA GOMEZ RESTREPO",
            holder_addr=["58 BD DE LA LIBERATION", "13004 MARSEILLE"],
            agency=[
                "LA BANQUE POSTALE",
                "CENTRE FINANCIER DE MARSEILLE",
                "13900 MARSEILLE CEDEX 20",
            ],
            issued=D(2026, 6, 15),
        ),
        rng,
    )
    fo.add("scan_0012.jpg", "scan", (fm, [0]))
    fo.add("scan_0013.jpg", "scan", (fm, [1]))
    fo.add("pasaporte.jpg", "scan", pp)
    fo.add("visa.png", "scan", vi)
    fo.add("registro_civil_apostillado.pdf", "image_pdf", bc, ap)
    fo.add("attestation_hebergement_Julien.pdf", "image_pdf", at)
    fo.add("CNI_Julien.jpg", "scan", (cn, "sheet"))
    fo.add("bail_Julien_Marchetti.pdf", "image_pdf", le)
    fo.add(
        "RIB_LaBanquePostale.pdf",
        "text_pdf",
        rib,
        meta=dict(title="RIB", creator="La Banque Postale"),
    )
    cn.notes = "host's identity card (1988 model)"
    le.notes = "host's lease"
    return _fin(fo, reqs(employment="not_applicable"))


def p07():
    p = A["p07"]
    rng = rng_for("p07")
    fo = Folder("p07", "packet", D(2026, 11, 25), True, applicant_of(p))
    fm = form(
        p,
        rng,
        D(2026, 11, 19),
        "Strasbourg",
        "salarie",
        job="Ingénieur de recherche",
        contract="CDD",
        run="B",
        fill="typed",
        typed_font="DV",
    )
    pp = make.passport(p, rng)
    vi = make.visa(
        p,
        rng,
        number="027350184",
        category="TRAVAILLEUR TEMPORAIRE",
        valid_from=D(2026, 3, 2),
        valid_until=D(2027, 3, 1),
        issued_in="CHENGDU",
        issued_on=D(2026, 2, 10),
    )
    bc = make.birth(p, rng)
    ap = apostille_for(p, bc, D(2026, 1, 8), rng, signer="张伟 ZHANG Wei")
    bl = three_bills(
        p, "SFR", [8, 9, 10], rng, amount=38.99, plan="SFR Box Fibre", ref_label="Numéro de ligne"
    )
    rib = make.rib_doc(
        dict(
            bank="N26",
            iban=ck.iban_make("DE", "100110012620573814"),
            holder_print="Yuxuan Liu",
            holder_field="Yuxuan Liu",
            bank_line="N26 Bank SE, Voltairestraße 8, 10179 Berlin",
        ),
        rng,
        screen=True,
    )
    rib.notes = "German IBAN of an online bank (SEPA): acceptable"
    emp = employer(
        "Institut Alsacien des Matériaux (IAM) SAS",
        "4 rue Boussingault",
        "67000",
        "Strasbourg",
        "Claire Muller",
        rng,
        naf="7219Z",
        urssaf="URSSAF Alsace",
    )
    ps = payslip_data(
        p,
        emp,
        D(2026, 10, 1),
        rng,
        job="Ingénieur de recherche (CDD)",
        entry=D(2026, 3, 9),
        brut=3300.0,
        soft="silae",
        statut="Cadre",
    )
    fo.add(
        "Formulaire_assurance_maladie_LIU.pdf",
        "text_pdf",
        fm,
        meta=dict(title="cerfa 15763*02", creator="Foxit PDF Editor"),
    )
    fo.add("passport.jpg", "phone_photo", pp)
    fo.add("visa.jpg", "phone_photo", vi)
    fo.add("notarial_birth_certificate.pdf", "image_pdf", bc, ap)
    for d_, m in zip(bl, ["08", "09", "10"]):
        fo.add("SFR_%s-2026.pdf" % m, "text_pdf", d_, meta=dict(title="Facture SFR", creator="SFR"))
    fo.add("Screenshot_20261118-180712.png", "screenshot", rib)
    fo.add(
        "fiche_de_paie_octobre.pdf",
        "text_pdf",
        ps,
        meta=dict(title="Bulletin de salaire", creator="Silae"),
    )
    return _fin(fo, reqs())


ALL = [p05, p06, p07]
