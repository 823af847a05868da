"""Packets p08-p14: one defect each."""

from __future__ import annotations

import datetime as dt

import make
from kit import contract_data, employer, form, payslip_data, three_bills
from pack import Folder, apostille_for, applicant_of, packet_status, reqs
from people import APPLICANTS as A
from tk import rng_for

D = dt.date


def _fin(fo, r, defect):
    fo.reqs = r
    fo.status = packet_status(r)
    fo.defect = defect
    return fo


def p08():
    """Expired titre de séjour."""
    p = A["p08"]
    rng = rng_for("p08")
    fo = Folder("p08", "packet", D(2026, 11, 18), True, applicant_of(p))
    fm = form(
        p,
        rng,
        D(2026, 11, 13),
        "Saint-Denis",
        "salarie",
        job="Chef d'équipe carreleur",
        contract="CDI",
        run="A",
        fill="typed",
        typed_font="Mono",
    )
    pp = make.passport(p, rng)
    ts = make.titre(
        p,
        rng,
        number="9XK4TR27B",
        expiry=D(2026, 10, 14),
        issued=D(2025, 10, 15),
        kind="CARTE DE SEJOUR TEMPORAIRE",
        mention="SALARIE",
        prefecture="PRÉFECTURE DE LA SEINE-SAINT-DENIS",
    )
    ts.notes = "expired on 2026-10-14, before the audit date"
    bc = make.birth(p, rng)
    ap = apostille_for(p, bc, D(2025, 9, 15), rng, signer="Fatma Yıldız")
    le = make.lease_doc(
        dict(
            ref="PLN-93-25-1147",
            landlord="Plaine Habitat SA d'HLM",
            landlord_addr="12 avenue Jules Rimet, 93200 Saint-Denis",
            agency=(
                "Plaine Habitat - Agence Saint-Denis Centre",
                "12 avenue Jules Rimet 93200 Saint-Denis - Bailleur social",
            ),
            tenants=["Mehmet Emre ÖZTÜRK"],
            tenants_print=["M. Mehmet Emre ÖZTÜRK"],
            addr_print="41 rue de la République, bât. B, 2e étage, 93200 Saint-Denis",
            address_field="41 rue de la République, bât. B, 2e étage, 93200 Saint-Denis",
            surface="48",
            rooms=2,
            start=D(2025, 11, 1),
            rent=612.4,
            charges=98.0,
            deposit=612.4,
            signed_place="Saint-Denis",
            signed_on=D(2025, 10, 24),
            esign=True,
            fonts=("Carl", "CarlB"),
        ),
        rng,
    )
    rib = make.rib_doc(
        dict(
            bank="CM",
            holder_print="M MEHMET EMRE OZTURK",
            holder_field="MEHMET EMRE OZTURK",
            holder_addr=["41 RUE DE LA REPUBLIQUE BAT B", "93200 SAINT-DENIS"],
            agency=["CCM SAINT-DENIS BASILIQUE", "8 RUE DE LA BOULANGERIE", "93200 SAINT-DENIS"],
            issued=D(2025, 11, 6),
        ),
        rng,
    )
    emp = employer(
        "BTP Rénov Île-de-France SAS",
        "3 rue Ampère",
        "93200",
        "Saint-Denis",
        "Karim Haddad",
        rng,
        naf="4333Z",
        rcs="Bobigny",
        role="Gérant",
        capital="30 000",
    )
    ct = contract_data(
        p,
        emp,
        rng,
        type="CDI",
        job="Chef d'équipe carreleur",
        start=D(2025, 10, 20),
        brut=2650.0,
        signed_place="Saint-Denis",
        signed_on=D(2025, 10, 16),
        statut="ouvrier",
        coef="N3P2",
        ccn="Bâtiment ouvriers (IDCC 1597)",
        permit_no="9XK4TR27B",
    )
    fo.add("formulaire.pdf", "image_pdf", fm)
    fo.add("pasaport.jpg", "scan", pp)
    fo.add("titre_de_sejour.pdf", "image_pdf", (ts, "sheet"))
    fo.add("dogum_belgesi_formul_A.pdf", "image_pdf", bc, ap)
    fo.add(
        "bail_location.pdf",
        "text_pdf",
        le,
        meta=dict(title="Contrat de location", creator="Plaine Habitat"),
    )
    fo.add("RIB_CreditMutuel.pdf", "text_pdf", rib, meta=dict(title="RIB", creator="Crédit Mutuel"))
    fo.add(
        "contrat_CDI.pdf",
        "text_pdf",
        ct,
        meta=dict(title="Contrat CDI", creator="LibreOffice Writer"),
    )
    return _fin(
        fo, reqs(status="invalid"), "residence permit (titre de séjour) expired on 2026-10-14"
    )


def p09():
    """Passport MRZ with a wrong check digit."""
    p = A["p09"]
    rng = rng_for("p09")
    fo = Folder("p09", "packet", D(2026, 11, 26), True, applicant_of(p))
    fm = form(
        p,
        rng,
        D(2026, 11, 21),
        "Issy-les-Moulineaux",
        "salarie",
        job="Auxiliaire de vie",
        contract="CDD",
        run="A",
        fill="hand",
        hand="kaushan",
    )
    pp = make.passport(p, rng, bad="dob")
    vi = make.visa(
        p,
        rng,
        number="029461873",
        category="SALARIE",
        valid_from=D(2026, 1, 5),
        valid_until=D(2027, 1, 4),
        issued_in="MANILLE",
        issued_on=D(2025, 12, 10),
    )
    bc = make.birth(p, rng)
    ap = apostille_for(p, bc, D(2025, 11, 3), rng, signer="Dennis S. Mapa")
    bl = three_bills(
        p,
        "Bouygues Telecom",
        [8, 9, 10],
        rng,
        amount=31.99,
        plan="Bbox fit",
        ref_label="Numéro de ligne",
    )
    rib = make.rib_doc(
        dict(
            bank="CE",
            holder_print="M JOHN PAUL BAUTISTA",
            holder_field="JOHN PAUL BAUTISTA",
            holder_addr=["3 IMPASSE DES LILAS", "92130 ISSY-LES-MOULINEAUX"],
            agency=[
                "CAISSE D'EPARGNE ILE-DE-FRANCE",
                "AGENCE ISSY LES MOULINEAUX",
                "2 PLACE DE LA RESISTANCE",
                "92130 ISSY-LES-MOULINEAUX",
            ],
            issued=D(2026, 2, 2),
        ),
        rng,
    )
    emp = employer(
        "Domicile Services Plus SAS",
        "45 rue du Général Leclerc",
        "92130",
        "Issy-les-Moulineaux",
        "Nathalie Brunet",
        rng,
        naf="8810A",
        rcs="Nanterre",
    )
    ct = contract_data(
        p,
        emp,
        rng,
        type="CDD",
        job="Auxiliaire de vie",
        start=D(2026, 1, 12),
        end=D(2027, 1, 11),
        duration="douze mois",
        brut=1890.0,
        signed_place="Issy-les-Moulineaux",
        signed_on=D(2026, 1, 8),
        motif="remplacement d'un salarié absent",
        ccn="Services à la personne (IDCC 3127)",
        statut="employé",
        coef="B",
    )
    fo.add("dossier_CPAM_Bautista.pdf", "image_pdf", fm, pp, vi, bc, ap, *bl, rib, ct)
    return _fin(fo, reqs(identity="invalid"), "passport MRZ: date-of-birth check digit is wrong")


def p10():
    """Three EDF bills, but July, August and October: not consecutive."""
    p = A["p10"]
    rng = rng_for("p10")
    fo = Folder("p10", "packet", D(2026, 11, 24), False, applicant_of(p))
    fm = form(
        p, rng, D(2026, 11, 18), "Bordeaux", "sans_activite", run="B", fill="hand", hand="dkg"
    )
    pp = make.passport(p, rng)
    vi = make.visa(
        p,
        rng,
        number="024718539",
        category="VISITEUR",
        valid_from=D(2026, 4, 20),
        valid_until=D(2027, 4, 19),
        issued_in="MEXICO",
        issued_on=D(2026, 3, 25),
    )
    bc = make.birth(p, rng)
    ap = apostille_for(
        p, bc, D(2026, 1, 20), rng, signer="Lic. Rosa Elena Castañeda", region="Jalisco"
    )
    pb = dict(
        p,
        bill_name="M. José Emilio HERNÁNDEZ DE LA ROSA",
        bill_field="José Emilio HERNÁNDEZ DE LA ROSA",
    )
    bl = three_bills(
        pb, "EDF", [7, 8, 10], rng, ref_label="Point de livraison", option="Tarif Bleu - Base 6 kVA"
    )
    rib = make.rib_doc(
        dict(
            bank="BP",
            code="10907",
            bic="CCBPFRPPBDX",
            holder_print="M JOSE EMILIO HERNANDEZ DE LA ROSA",
            holder_field="JOSE EMILIO HERNANDEZ DE LA ROSA",
            holder_addr=["16 RUE SAINTE CATHERINE", "33000 BORDEAUX"],
            agency=[
                "BANQUE POPULAIRE AQUITAINE CENTRE ATLANTIQUE",
                "AGENCE BORDEAUX GAMBETTA",
                "33000 BORDEAUX",
            ],
            issued=D(2026, 5, 12),
        ),
        rng,
    )
    rib.fields["bank_name"] = "BANQUE POPULAIRE"
    fo.add("formulaire_p1.jpg", "phone_photo", (fm, [0]))
    fo.add("formulaire_p2.jpg", "phone_photo", (fm, [1]))
    fo.add("pasaporte_mexicano.jpg", "phone_photo", pp)
    fo.add("visa_long_sejour.jpg", "phone_photo", vi)
    fo.add("acta_nacimiento_apostilla.pdf", "image_pdf", bc, ap)
    for d_, m in zip(bl, ["juillet", "aout", "octobre"]):
        fo.add(
            "facture_EDF_%s.pdf" % m,
            "text_pdf",
            d_,
            meta=dict(title="Facture EDF", creator="EDF - Editique"),
        )
    fo.add(
        "RIB_Banque_Populaire.pdf",
        "text_pdf",
        rib,
        meta=dict(title="RIB", creator="Banque Populaire"),
    )
    return _fin(
        fo,
        reqs(proof="invalid", employment="not_applicable"),
        "bills for July, August and October 2026: September is missing, months not consecutive",
    )


def p11():
    """Form not signed."""
    p = A["p11"]
    rng = rng_for("p11")
    fo = Folder("p11", "packet", D(2026, 11, 30), True, applicant_of(p))
    fm = form(
        p,
        rng,
        D(2026, 11, 24),
        "Lille",
        "salarie",
        job="Assistante comptable",
        contract="CDI",
        run="A",
        fill="typed",
        signed=False,
    )
    fm.notes = "signature box left empty"
    pp = make.passport(p, rng)
    ts = make.titre(
        p,
        rng,
        number="2HV8PL41M",
        expiry=D(2027, 2, 2),
        issued=D(2026, 2, 3),
        kind="CARTE DE SEJOUR TEMPORAIRE",
        mention="VIE PRIVEE ET FAMILIALE",
        prefecture="PRÉFECTURE DU NORD",
    )
    bc = make.birth(p, rng)
    ap = apostille_for(p, bc, D(2024, 10, 15), rng, signer="О. В. Мельник")
    tr = make.translation(
        dict(
            lang_from="ukrainien",
            lang_adj="ukrainienne",
            translator="Oksana DUBOIS",
            court="Douai",
            address="14 rue Esquermoise, 59800 Lille",
            rep_no="2026/1187",
            date=D(2026, 9, 30),
            city="Lille",
            head=["UKRAINE"],
            title="ACTE DE NAISSANCE",
            lines=[
                ("Nom", "TKACHENKO"),
                ("Prénom", "Iryna"),
                ("Patronyme", "Volodymyrivna"),
                ("Date de naissance", "9 mars 1987"),
                ("Lieu de naissance", "ville de Kharkiv, région de Kharkiv, Ukraine"),
                ("Acte n°", "1187 du 20.03.1987"),
                ("Père", "TKACHENKO Volodymyr Ivanovytch, citoyen d'Ukraine"),
                ("Mère", "TKACHENKO Halyna Petrivna, citoyenne d'Ukraine"),
                (
                    "Lieu d'enregistrement",
                    "Service municipal d'enregistrement des actes d'état civil de Kharkiv",
                ),
                ("Date de délivrance", "02.10.2024"),
                ("Série et numéro", "I-VL n° 482193"),
            ],
            notes=[
                "Traduction de l'apostille jointe : apostille n° délivrée par le Ministère de la Justice d'Ukraine le 15.10.2024."
            ],
        ),
        rng,
    )
    bl = three_bills(
        p,
        "Sosh",
        [8, 9, 10],
        rng,
        amount=15.99,
        plan="Sosh 100 Go",
        ref_label="Numéro de ligne",
        line_no="07 58 90 21 76",
    )
    rib = make.rib_doc(
        dict(
            bank="HELLO",
            holder_print="MME IRYNA TKACHENKO",
            holder_field="IRYNA TKACHENKO",
            holder_addr=["27 RUE NATIONALE", "59800 LILLE"],
            agency=["Hello bank!", "TSA 90027", "75318 PARIS CEDEX 09"],
            issued=D(2026, 3, 3),
        ),
        rng,
    )
    emp = employer(
        "Fiduciaire Lambersart Conseil SARL",
        "102 avenue de l'Hippodrome",
        "59130",
        "Lambersart",
        "Bruno Delcourt",
        rng,
        naf="6920Z",
        urssaf="URSSAF Nord-Pas-de-Calais",
    )
    ps = payslip_data(
        p,
        emp,
        D(2026, 10, 1),
        rng,
        job="Assistante comptable",
        entry=D(2026, 3, 2),
        brut=2280.0,
        soft="sage",
        ccn="Experts-comptables (IDCC 787)",
    )
    fo.add(
        "CPAM_formulaire_rempli.pdf",
        "text_pdf",
        fm,
        meta=dict(title="cerfa_15763-02", creator="Adobe Acrobat Reader"),
    )
    fo.add("passport_ua.jpg", "scan", pp)
    fo.add("titre_sejour.jpg", "scan", (ts, "sheet"))
    fo.add("svidotstvo_narodzhennia.pdf", "image_pdf", bc, ap, tr)
    for d_, m in zip(bl, ["08", "09", "10"]):
        fo.add(
            "Sosh_facture_2026%s.pdf" % m,
            "text_pdf",
            d_,
            meta=dict(title="Facture Sosh", creator="Orange"),
        )
    fo.add("RIB_Hello_bank.pdf", "text_pdf", rib, meta=dict(title="RIB", creator="Hello bank!"))
    fo.add("bulletin_paie_octobre.pdf", "image_pdf", ps)
    return _fin(fo, reqs(form="invalid"), "application form not signed (signature box empty)")


ALL = [p08, p09, p10, p11]
