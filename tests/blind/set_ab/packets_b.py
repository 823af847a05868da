"""Packet p03 (Canada, hosted by her French husband, employed): ONE defect, the VLS-TS
"conjoint de Français" expired on 2026-09-14, before the audit date 2026-11-27."""

from __future__ import annotations

import civil
import forms
import ids
import looks
import money
from packets_a import booklet, doc, form_fields, id_fields, on_bed, requirements, status_of
from people import P03, dmy_bi, fr, fr_words


def build_p03(cx) -> dict:
    p = P03
    docs = []
    # the form, filled on screen in the PDF, signature image pasted: text PDF
    a = dict(
        fill="typed",
        run=2,
        surname="O'CONNOR-GAGNON",
        usage="MARCHETTI",
        given="Émilie Rose",
        sex="F",
        dob=p["dob"],
        birth_city="Montréal",
        birth_country="Canada",
        nationality="canadienne",
        street=p["street"],
        cp=p["cp"],
        city="STRASBOURG",
        phone="06 21 48 90 37",
        email="emilie.ocg@outlook.com",
        situation="salarie",
        contract="CDI",
        job="Chargée de projets",
        place="Strasbourg",
        date_text="12/11/2026",
        sig_name="Émilie O'Connor",
    )
    cx.text_pdf(
        "demande_PUMa_S1106_rempli.pdf",
        [lambda pg, r: forms.cerfa_p1(pg, a, r), lambda pg, r: forms.cerfa_p2(pg, a, r)],
        title="S1106 - Demande d'ouverture des droits",
        creator="Adobe Acrobat",
    )
    docs.append(
        doc(
            [("demande_PUMa_S1106_rempli.pdf", [1, 2])],
            "application_form",
            "text_pdf",
            form_fields(p, "employed", "2026-11-12"),
            "typed in the PDF, usage name MARCHETTI, signature image pasted",
        )
    )
    # Canadian passport, phone photo with perspective and shadow
    pp = dict(
        header1="CANADA",
        header2="PASSPORT / PASSEPORT",
        paper="#eef1f4",
        tint="#d3dde6",
        ink="#0f2a4a",
        rows=[
            [
                ("Type/Type", "P"),
                ("Issuing Country/Pays émetteur", "CAN"),
                ("Passport No./N° de passeport", p["passport_no"]),
            ],
            [("Surname/Nom", p["surname"])],
            [("Given names/Prénoms", p["given"])],
            [
                ("Nationality/Nationalité", "CANADIAN/CANADIENNE"),
                ("Date of birth/Date de naissance", dmy_bi(p["dob"])),
            ],
            [("Sex/Sexe", "F"), ("Place of birth/Lieu de naissance", "MONTREAL QC CAN")],
            [
                ("Date of issue/Date de délivrance", dmy_bi(p["passport_iss"])),
                ("Date of expiry/Date d'expiration", dmy_bi(p["passport_exp"])),
            ],
        ],
        mrz=p["passport_mrz"],
    )
    img = ids.passport_page(pp, cx.rng("pp"))
    cx.jpeg(
        "IMG_4417.jpg", looks.phone_photo(booklet(img, (22, 34, 70)), cx.rng("pp/ph"), skew=0.09)
    )
    docs.append(
        doc(
            [("IMG_4417.jpg", [1])],
            "passport",
            "phone_photo",
            id_fields(
                p["surname"],
                p["given"],
                p["passport_no"],
                "CAN",
                "CAN",
                p["dob"],
                "F",
                p["passport_exp"],
            ),
            "perspective-skewed, hand shadow",
        )
    )
    # VLS-TS conjoint de Français: EXPIRED at as_of (the defect)
    v = dict(
        number_red=p["visa_no"],
        valid_for="FRANCE",
        from_fr=fr(p["visa_from"]).replace("/", "-"),
        until_fr=fr(p["visa_until"]).replace("/", "-"),
        duration="365",
        issued_in="MONTREAL",
        issued_fr=fr(p["visa_issued"]).replace("/", "-"),
        passport=p["passport_no"],
        name_line="O'CONNOR-GAGNON, EMILIE ROSE",
        remarks=["VLS-TS CONJOINT DE FRANCAIS", "CESEDA L.423-1 / R.431-16 4°"],
        mrz=p["visa_mrz"],
        stamp="MONTREAL",
        page_no="11",
    )
    vimg = ids.visa_vignette(v, cx.rng("visa"))
    cx.jpeg(
        "IMG_4418.jpg",
        looks.phone_photo(booklet(vimg, (22, 34, 70)), cx.rng("v/ph"), rot90=2, skew=0.05),
    )
    docs.append(
        doc(
            [("IMG_4418.jpg", [1])],
            "long_stay_visa",
            "phone_photo",
            dict(
                id_fields(
                    p["surname"],
                    p["given"],
                    p["visa_no"],
                    "CAN",
                    "FRA",
                    p["dob"],
                    "F",
                    p["visa_until"],
                ),
                visa_type="D",
                vls_ts=True,
                category="CONJOINT DE FRANCAIS",
                valid_from=p["visa_from"],
                valid_until=p["visa_until"],
            ),
            "DEFECT: expired 2026-09-14, no titre de séjour nor récépissé in the packet; "
            "photo upside down (180°)",
        )
    )
    _birth_p03(cx, p, docs)
    _hosting_p03(cx, p, docs)
    # employment contract, printed, signed, scanned: image PDF of 2 pages
    C = dict(
        employer="ALSATEK INGÉNIERIE SAS",
        employer_line=f"SAS au capital de 150 000 €, 14 rue du Marais-Vert, 67000 "
        f"Strasbourg, SIRET {p['siret']}",
        rep="M. Thomas Kieffer",
        rep_role="Président",
        employee_print="Madame Émilie O'CONNOR-GAGNON",
        dob_fr=fr(p["dob"]),
        birth="Montréal (Canada)",
        nat_fr="canadienne",
        address="8 rue des Tanneurs, 67000 Strasbourg",
        start_fr=fr_words(p["contract_start"]),
        job="Chargée de projets",
        status="ETAM",
        coef="355",
        ccn="Syntec (IDCC 1486)",
        gross="3 150,00",
        place="Strasbourg",
        city="Strasbourg",
        signed_fr=fr(p["contract_signed"]),
        rep_sig="T. Kieffer",
        emp_sig="E. O'Connor",
    )
    pages = [cx.page(lambda pg, r, i=i: _contract_page(pg, C, r, i), f"ct{i}") for i in range(2)]
    cx.image_pdf("contrat_travail_CDI.pdf", pages, "ct")
    docs.append(
        doc(
            [("contrat_travail_CDI.pdf", [1, 2])],
            "employment_contract",
            "image_pdf",
            {
                "employer": "ALSATEK INGÉNIERIE SAS",
                "employee_name": "Émilie O'CONNOR-GAGNON",
                "contract_type": "CDI",
                "job_title": "Chargée de projets",
                "start_date": p["contract_start"],
            },
        )
    )
    # joint-account RIB, Société Générale paper slip, flatbed scan
    r = dict(
        holder_lines=[
            "M JULIEN MARCHETTI",
            "OU MME EMILIE O'CONNOR-GAGNON",
            "8 RUE DES TANNEURS",
            "67000 STRASBOURG",
        ],
        branch_lines=["SG STRASBOURG KLEBER", "5 PLACE KLEBER", "67000 STRASBOURG"],
        bank="30003",
        branch="02360",
        account="00050871234",
        key=p["key"],
        iban=p["iban"],
        bic="SOGEFRPP",
    )
    slip = money.rib_sg_paper(r, cx.rng("rib")).img
    cx.jpeg(
        "scan_0012.jpg",
        on_bed(slip, 300, cx.rng("rib/bed"), at=(10, 12), bed=(210, 120), dpi=200),
        quality=85,
        dpi=200,
    )
    docs.append(
        doc(
            [("scan_0012.jpg", [1])],
            "rib",
            "scan",
            {
                "holder_name": "JULIEN MARCHETTI OU EMILIE O'CONNOR-GAGNON",
                "iban": p["iban"],
                "bic": "SOGEFRPP",
                "bank_name": "Société Générale",
                "iban_valid": True,
                "rib_key_valid": True,
            },
            "joint account",
        )
    )
    req = requirements(True, {"residence_status": "invalid"})
    return {
        "as_of": p["as_of"],
        "employed": True,
        "status": status_of(req),
        "requirements": req,
        "defect": "residence_status invalid: the VLS-TS (conjoint de Français) expired on "
        "2026-09-14, before the audit date, and no titre de séjour or récépissé is enclosed",
        "applicant": {
            "surname": p["surname"],
            "given_names": p["given"],
            "date_of_birth": p["dob"],
        },
        "documents": docs,
    }


def _contract_page(pg, C, rng, i):
    class Null:
        def __getattr__(self, _n):
            return lambda *a, **k: 0

    pages = [Null(), Null()]
    pages[i] = pg
    forms.contract(pages, C, rng)


def _birth_p03(cx, p, docs):
    b = dict(
        surname="O'CONNOR-GAGNON",
        given="Émilie Rose",
        sex_fr="Féminin",
        dob_fr=fr_words(p["dob"]),
        hour="14 h 22",
        place="Montréal (Québec)",
        mother="GAGNON, Louise",
        mother_place="Trois-Rivières (Québec)",
        father="O'CONNOR, Patrick",
        father_place="Dublin (Irlande)",
        inscr_fr=fr_words("1988-11-21"),
        inscr_no="1988-0421-77354",
        issued_fr=fr_words("2025-05-06"),
        control="QC 7734 2291 05",
    )
    cert = cx.page(lambda pg, r: civil.quebec_certificate(pg, b, r), "qc")
    cx.jpeg("scan_0007.jpg", looks.scan(cert, cx.rng("qc/s")), quality=87, dpi=200)
    ap = dict(
        lang="fr",
        subtitle="(Convention de La Haye du 5 octobre 1961)",
        country="CANADA",
        signed_doc_by="RENÉ BEAULIEU",
        capacity="DIRECTEUR DE L'ÉTAT CIVIL",
        seal_of="DIRECTEUR DE L'ÉTAT CIVIL DU QUÉBEC",
        at="QUÉBEC",
        date="03/06/2025",
        by="MINISTÈRE DE LA JUSTICE DU QUÉBEC",
        number="QC-APO-2025-018842",
        signer="NATHALIE TREMBLAY",
        signer_sig="N. Tremblay",
        seal=["JUSTICE", "QUÉBEC", ""],
    )
    apo = cx.page(lambda pg, r: civil.apostille(pg, ap, r), "qcap")
    cx.jpeg("scan_0008.jpg", looks.scan(apo, cx.rng("qcap/s")), quality=87, dpi=200)
    docs.append(
        doc(
            [("scan_0007.jpg", [1])],
            "birth_certificate",
            "scan",
            {
                "surname": "O'CONNOR-GAGNON",
                "given_names": "Émilie Rose",
                "date_of_birth": p["dob"],
                "place_of_birth": "Montréal (Québec)",
                "issuing_country": "CAN",
                "language": "fr",
                "has_apostille": True,
            },
            "Directeur de l'état civil du Québec, copie d'acte",
        )
    )
    docs.append(
        doc(
            [("scan_0008.jpg", [1])],
            "apostille",
            "scan",
            {
                "country": "CAN",
                "issued_on": "2025-06-03",
                "number": "QC-APO-2025-018842",
                "signed_by": "NATHALIE TREMBLAY",
            },
        )
    )


def _hosting_p03(cx, p, docs):
    h = dict(
        font="script",
        sig="J. Marchetti",
        done=f"Fait à Strasbourg, le {fr(p['att_signed'])}",
        lines=[
            "Je soussigné Julien MARCHETTI, né le 23/05/1986",
            "à Strasbourg (67), demeurant au 8 rue des Tanneurs,",
            "67000 Strasbourg, atteste sur l'honneur héberger",
            "à mon domicile mon épouse Émilie O'CONNOR-GAGNON,",
            "née le 02/11/1988 à Montréal (Canada),",
            "depuis le 20 septembre 2025.",
            "",
            "Attestation établie pour servir et valoir ce que de droit.",
            "Pièces jointes : copie de ma CNI, mes 3 dernières factures.",
        ],
    )
    att = cx.page(lambda pg, r: forms.attestation_hand(pg, h, r), "att")
    cx.jpeg(
        "attestation_hebergement.jpg",
        looks.phone_photo(
            looks.paper(att, cx.rng("att/p"), (250, 248, 240)), cx.rng("att/ph"), skew=0.06
        ),
    )
    docs.append(
        doc(
            [("attestation_hebergement.jpg", [1])],
            "hosting_attestation",
            "phone_photo",
            {
                "host_name": "Julien MARCHETTI",
                "hosted_name": "Émilie O'CONNOR-GAGNON",
                "address": "8 rue des Tanneurs, 67000 Strasbourg",
                "since_date": p["since"],
                "signed_on": p["att_signed"],
                "signed": True,
            },
            "handwritten on plain paper",
        )
    )
    card = dict(
        number=p["cni_no"],
        rows=[
            [("NOM / Surname", "MARCHETTI")],
            [("Prénoms / Given names", "JULIEN, PAUL")],
            [("Sexe", "M"), ("Nationalité", "FRA"), ("Date de naiss.", "23 05 1986")],
            [("Lieu de naissance / Place of birth", "STRASBOURG (67)")],
            [
                ("Date d'expiration", fr(p["cni_exp"]).replace("/", " ")),
                ("N° du document", p["cni_no"]),
            ],
        ],
        back_rows=[
            ("Adresse / Address", "8 RUE DES TANNEURS\n67000 STRASBOURG"),
            ("Date de délivrance", fr(p["cni_iss"]).replace("/", " ")),
            ("Autorité", "PRÉFECTURE DU BAS-RHIN"),
        ],
        mrz=p["cni_mrz"],
        signature="J. Marchetti",
    )
    both = ids.two_sides_on_bed(
        ids.fr_card_front(card, cx.rng("cni1"), "cni"),
        ids.fr_card_back(card, cx.rng("cni2"), "cni"),
    )
    cx.jpeg(
        "CNI_Julien_recto_verso.jpg",
        on_bed(both, 600, cx.rng("cni/bed"), at=(40, 30), dpi=200),
        quality=86,
        dpi=200,
    )
    docs.append(
        doc(
            [("CNI_Julien_recto_verso.jpg", [1])],
            "national_id",
            "scan",
            id_fields(
                "MARCHETTI",
                "JULIEN PAUL",
                p["cni_no"],
                "FRA",
                "FRA",
                p["host_dob"],
                "M",
                p["cni_exp"],
            ),
            "HOST's identity card (2021 CNI, TD1), recto and verso on one A4 scan",
        )
    )
    draws = []
    for i, (iss, start, end, amt) in enumerate(p["bills"]):
        ttc = float(amt.replace(",", "."))
        lines = [(f"Forfait Livebox Fibre du {fr(start)} au {fr(end)}", "42,99 €")]
        if amt != "42,99":
            lines.append(("Option TV Max — prorata", "4,99 €"))
        b = dict(
            issue_fr=fr(iss),
            client="0034 8812 70",
            number=f"FA{41207730 + i * 97}",
            contract="8172 4490 21",
            holder_lines=["M JULIEN MARCHETTI", "8 RUE DES TANNEURS", "67000 STRASBOURG"],
            amount_fr=amt,
            debit_fr=fr(iss[:8] + "20"),
            lines=lines,
            install="8 rue des Tanneurs, 67000 Strasbourg",
            ttc=ttc,
        )
        draws.append(lambda pg, _r, b=b: money.orange_bill(pg, b))
        docs.append(
            doc(
                [("factures_orange_aout_oct.pdf", [i + 1])],
                "utility_bill",
                "text_pdf",
                {
                    "provider": "Orange",
                    "service": "internet",
                    "holder_name": "JULIEN MARCHETTI",
                    "address": "8 rue des Tanneurs, 67000 Strasbourg",
                    "issue_date": iss,
                    "period_start": start,
                    "period_end": end,
                    "month": start[:7],
                    "amount": amt,
                },
                "HOST's bill (hosting route)",
            )
        )
    cx.text_pdf("factures_orange_aout_oct.pdf", draws, title="Factures Orange", creator="Orange")
