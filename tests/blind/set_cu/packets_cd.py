"""Packets p03 (Mexico) and p04 (USA, defect)."""

import checks
import civil
import fin
import form
import ids
from core import Page, compose, render_pil
from pkt import ALL, Packet, acro_fix, form_truth, id_fields


# =============================================================== p03 Mexico
def p03(out):
    P = Packet(out, "p03", 303)
    as_of = "2026-11-30"
    curp = checks.curp("HERG901212MJCRZD0")
    per = {
        "surname": "HERNANDEZ RUIZ",
        "given": "MARIA GUADALUPE",
        "passport_no": "G27364519",
        "dob": "1990-12-12",
        "sex": "F",
        "pp_issue": "2024-02-10",
        "pp_exp": "2030-02-09",
        "curp": curp,
        "nat": "MEX",
        "surname_mrz": "HERNANDEZ RUIZ",
        "given_mrz": "MARIA GUADALUPE",
        "skin": (205, 160, 125),
        "hair": (30, 22, 18),
        "page_guil": (200, 222, 204),
    }
    v = {
        "surname": "HERNÁNDEZ RUIZ",
        "usage": "MARCHAND",
        "given": "MARÍA GUADALUPE",
        "sex": "F",
        "dob": per["dob"],
        "pob_city": "GUADALAJARA",
        "pob_country": "MEXIQUE",
        "nationality": "MEXICAINE",
        "address": "35 BOULEVARD GUIST'HAU",
        "cp": "44000",
        "city": "NANTES",
        "phone": "07 81 60 33 12",
        "email": "lupita.hdz@outlook.com",
        "situation": "sans_activite",
        "place": "Nantes",
        "date": "12/11/2026",
        "sig_name": "Ma. Guadalupe Hdz",
    }
    p1, p2, f = form.layout("A")
    form.fill(p1, p2, f, v, "acro", P.rng())
    fn = "S1106_demande_PUMa_rempli.pdf"
    P.text_pdf(fn, [p1, p2])
    acro_fix(P.path(fn))
    ft = form_truth(v, "not_employed", "2026-11-12")
    ft["surname"] = "HERNÁNDEZ RUIZ"
    P.doc(
        [(fn, [1, 2])],
        "application_form",
        "text_pdf",
        ft,
        "fillable PDF (AcroForm, comb fields without appearance streams, NeedAppearances); usage "
        "name MARCHAND; signature image pasted",
    )

    pp, mrz = ids.passport_page(per, ids.theme_mex(), P.rng())
    vis = {
        "sticker_no": "FRA009871244",
        "from_p": "28-05-2026",
        "until_p": "27-05-2027",
        "until": "2027-05-27",
        "days": "365",
        "post": "MEXICO",
        "issued_p": "14-05-2026",
        "remarks": ["VLS-TS VIE PRIVEE ET FAMILIALE", "CONJOINT DE FRANCAIS"],
    }
    vp, vm = ids.visa_on_passport_page(per, vis, P.rng(), ["FRANCE", "CDG", "03.06.2026"])
    s1 = ids.passport_scan_sheet(pp, P.rng(), 170)
    s2 = compose((210, 297), [(render_pil(vp, 300), 12, 20, 125)], dpi=170)
    P.image_pdf("pasaporte_visa.pdf", [s1, s2])
    P.doc(
        [("pasaporte_visa.pdf", [1])],
        "passport",
        "image_pdf",
        id_fields(
            "HERNANDEZ RUIZ",
            "MARIA GUADALUPE",
            "G27364519",
            "MEX",
            "MEX",
            per["dob"],
            "F",
            per["pp_exp"],
        ),
        "Mexican passport; MRZ " + " / ".join(mrz),
    )
    vf = id_fields(
        "HERNANDEZ RUIZ",
        "MARIA GUADALUPE",
        "G27364519",
        "MEX",
        "FRA",
        per["dob"],
        "F",
        "2027-05-27",
    )
    vf.update(
        visa_type="D",
        vls_ts=True,
        category="VIE PRIVEE ET FAMILIALE",
        valid_from="2026-05-28",
        valid_until="2027-05-27",
    )
    P.doc(
        [("pasaporte_visa.pdf", [2])],
        "long_stay_visa",
        "image_pdf",
        vf,
        "VLS-TS conjoint de Français; document_number = passport number in the MRZ; MRZ "
        + " / ".join(vm),
    )

    b = {
        "ident": "14039000120260012345",
        "reg_date": "20/12/1990",
        "acta": "04812",
        "given": "MARIA GUADALUPE",
        "surname1": "HERNANDEZ",
        "surname2": "RUIZ",
        "dob_p": "12/12/1990",
        "pob": "GUADALAJARA, JALISCO, MEXICO",
        "curp": curp,
        "father": "JOSE LUIS HERNANDEZ LOPEZ",
        "mother": "ROSA MARIA RUIZ CASTAÑEDA",
        "issued_words": "02 de marzo de 2026",
        "chain": "||1|14039000120260012345|HERNANDEZ|RUIZ|MARIA GUADALUPE|"
        + curp
        + "|20260302|RCJAL|a8F3kq0ZtP2mW9xL1cVb7YhN4sD6gJ0r||",
        "director": "Lic. Ricardo Alvarado Pérez",
    }
    ac = civil.mexico_acta(b, P.rng())
    ap = Page(216, 279)
    ap.text(108, 16, "GOBIERNO DEL ESTADO DE JALISCO", "serifb", 11, (0, 0, 0), "c")
    ap.text(
        108,
        22,
        "Secretaría General de Gobierno — Dirección de Certificaciones",
        "serif",
        8.5,
        (0, 0, 0),
        "c",
    )
    civil.apostille(
        ap,
        28,
        32,
        160,
        "es",
        {
            "country": "México",
            "signed_by": "Lic. Ricardo Alvarado Pérez",
            "capacity": "Director del Registro Civil del Estado de Jalisco",
            "seal_of": "Dirección General del Registro Civil del Estado de Jalisco",
            "at": "Guadalajara, Jalisco",
            "on_p": "09/03/2026",
            "by": "Secretaría General de Gobierno del Estado de Jalisco",
            "number": "JAL-AP-2026-118734",
            "stamp_ring": "GOBIERNO DEL ESTADO DE JALISCO * APOSTILLE * ",
            "stamp_center": ["SGG"],
            "stamp_color": (30, 90, 60),
            "signer": "Mtra. Sofía Ramírez Ocampo",
            "signer_sig": "S. Ramirez O.",
        },
        P.rng(),
        qr="https://apostilla.jalisco.gob.mx/v/JAL-AP-2026-118734",
    )
    P.image_pdf("acta_nacimiento_apostillada.pdf", [ac, ap])
    P.doc(
        [("acta_nacimiento_apostillada.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "HERNANDEZ RUIZ",
            "given_names": "MARIA GUADALUPE",
            "date_of_birth": per["dob"],
            "place_of_birth": "Guadalajara, Jalisco",
            "issuing_country": "MEX",
            "language": "es",
            "has_apostille": True,
        },
        "acta de nacimiento (formato único, printed copy with QR)",
    )
    P.doc(
        [("acta_nacimiento_apostillada.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "MEX",
            "issued_on": "2026-03-09",
            "number": "JAL-AP-2026-118734",
            "signed_by": "Lic. Ricardo Alvarado Pérez",
        },
        "Jalisco apostille, Spanish labels",
    )

    host = {
        "surname": "MARCHAND",
        "given": "JULIEN PIERRE",
        "given_print": "JULIEN, PIERRE",
        "cni_no": "X7KR2M4P9",
        "dob": "1988-04-27",
        "dob_p": "27 04 1988",
        "pob": "RENNES (35)",
        "cni_exp": "2031-03-08",
        "cni_exp_p": "08 03 2031",
        "cni_issue_p": "09 03 2021",
        "addr1": "35 BOULEVARD GUIST'HAU",
        "addr2": "44000 NANTES",
        "pref": "Loire-Atlantique",
        "sig_name": "J. Marchand",
    }
    cf, cb, cm = ids.cni_card(host, P.rng())
    P.scan("CNI_Julien_recto_verso.jpg", ids.card_sheet(cf, cb, P.rng(), 200), 200)
    P.doc(
        [("CNI_Julien_recto_verso.jpg", [1])],
        "national_id",
        "scan",
        id_fields(
            "MARCHAND", "JULIEN PIERRE", "X7KR2M4P9", "FRA", "FRA", "1988-04-27", "M", "2031-03-08"
        ),
        "host's French identity card (2021 model), both faces on one scan; MRZ " + " / ".join(cm),
    )

    att = {
        "paragraphs": [
            (
                "Je soussigné Julien MARCHAND, né le 27/04/1988 à Rennes (35), demeurant 35 boulevard "
                "Guist'hau, 44000 Nantes, atteste sur l'honneur héberger à mon domicile depuis le 3 juin 2026 "
                "mon épouse, María Guadalupe HERNÁNDEZ RUIZ, née le 12/12/1990 à Guadalajara (Mexique)."
            ),
            (
                "Cette attestation est établie pour servir et valoir ce que de droit, auprès de la CPAM de "
                "Loire-Atlantique."
            ),
            "Pièces jointes : copie de ma carte d'identité, mes 3 dernières factures d'électricité.",
        ],
        "done": "Fait à Nantes, le 02/11/2026",
        "sig": "J. Marchand",
    }
    P.photo("attestation_hebergement.jpg", civil.attestation_hand(att, P.rng()), rot=270, dpi=170)
    P.doc(
        [("attestation_hebergement.jpg", [1])],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Julien MARCHAND",
            "hosted_name": "María Guadalupe HERNÁNDEZ RUIZ",
            "address": "35 boulevard Guist'hau, 44000 Nantes",
            "since_date": "2026-06-03",
            "signed_on": "2026-11-02",
            "signed": True,
        },
        "handwritten on lined paper; photo rotated 270°",
    )

    tb = {
        "holder": "M. JULIEN MARCHAND",
        "addr1": "35 boulevard Guist'hau",
        "addr2": "44000 Nantes",
        "client": "1 602 884 317",
        "pdl": "24 1158 3390 2716",
    }
    months = [
        ("2026-08", "2026-08-01", "2026-08-31", "2026-09-03", "2026-09-12", 151, "aout"),
        ("2026-09", "2026-09-01", "2026-09-30", "2026-10-02", "2026-10-12", 168, "septembre"),
        ("2026-10", "2026-10-01", "2026-10-31", "2026-11-03", "2026-11-12", 214, "octobre"),
    ]
    for i, (mo, s, e, iss, deb, kwh, lab) in enumerate(months):
        ht = 12.68 + kwh * 0.1952 + kwh * 0.0337 + 2.41
        amt = round(ht * 1.2, 2)
        B = dict(
            tb,
            start=s,
            end=e,
            issue=iss,
            debit=deb,
            kwh=kwh,
            amount=amt,
            no=f"10{93417720 + i * 311:d}",
        )
        fn = f"Facture_TotalEnergies_{lab}_2026.pdf"
        P.text_pdf(fn, [fin.total_bill(B)])
        P.doc(
            [(fn, [1])],
            "utility_bill",
            "text_pdf",
            {
                "provider": "TotalEnergies",
                "service": "electricity",
                "holder_name": "JULIEN MARCHAND",
                "address": "35 boulevard Guist'hau, 44000 Nantes",
                "issue_date": iss,
                "period_start": s,
                "period_end": e,
                "amount": amt,
                "month": mo,
            },
            "host's bill",
        )

    iban, key = checks.fr_iban("20041", "01011", "0538821L027")
    R = {
        "style": "lbp",
        "color": (0, 60, 140),
        "holder_lines": [
            "M OU MME MARCHAND JULIEN",
            "OU HERNANDEZ RUIZ MARIA GUADALUPE",
            "35 BD GUIST HAU",
            "44000 NANTES",
        ],
        "dom_lines": ["La Banque Postale", "Centre Financier de Nantes", "44900 Nantes Cedex 9"],
        "bank": "20041",
        "branch": "01011",
        "acct": "0538821L027",
        "key": key,
        "iban": iban,
        "bic": "PSSTFRPPNTE",
        "footer": "La Banque Postale — SA à Directoire et Conseil de "
        "Surveillance — 115 rue de Sèvres 75275 Paris Cedex 06 — RCS Paris 421 100 645",
    }
    P.text_pdf("RIB_compte_joint.pdf", [fin.rib(R)])
    P.doc(
        [("RIB_compte_joint.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "MARCHAND JULIEN OU HERNANDEZ RUIZ MARIA GUADALUPE",
            "iban": iban,
            "bic": "PSSTFRPPNTE",
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "joint account including the applicant",
    )
    reqs = {k: "complete" for k in ALL}
    reqs["employment"] = "not_applicable"
    P.truth(
        as_of,
        False,
        reqs,
        None,
        {
            "surname": "HERNANDEZ RUIZ",
            "given_names": "MARIA GUADALUPE",
            "date_of_birth": per["dob"],
        },
    )


# =============================================================== p04 USA (defect)
def p04(out):
    P = Packet(out, "p04", 404)
    as_of = "2026-11-23"
    per = {
        "surname": "O'NEILL",
        "surname_print": "O'NEILL",
        "given": "BRENDAN MICHAEL",
        "given_print": "BRENDAN MICHAEL",
        "passport_no": "A41827365",
        "dob": "1986-09-23",
        "sex": "M",
        "pp_issue": "2019-07-15",
        "pp_exp": "2029-07-14",
        "nat": "USA",
        "skin": (232, 200, 180),
        "hair": (120, 70, 40),
    }
    v = {
        "surname": "O'NEILL",
        "given": "BRENDAN MICHAEL",
        "sex": "M",
        "dob": per["dob"],
        "pob_city": "CHICAGO",
        "pob_country": "ÉTATS-UNIS",
        "nationality": "AMÉRICAINE",
        "address": "17 RUE NOTRE-DAME",
        "cp": "33000",
        "city": "BORDEAUX",
        "phone": "06 12 98 40 73",
        "email": "b.oneill86@gmail.com",
        "situation": "salarie",
        "contract": "CDD",
        "job": "Chef de projet digital",
        "place": "Bordeaux",
        "date": "09/11/2026",
        "sig_name": "Brendan O'Neill",
        "hand_font": "h_dkg",
        "ink": (20, 30, 60),
    }
    p1, p2, f = form.layout("B")
    form.fill(p1, p2, f, v, "hand", P.rng())
    P.photo("IMG_4471.jpg", p1, rot=0, dpi=200)
    P.photo("IMG_4472.jpg", p2, rot=270, dpi=200)
    P.doc(
        [("IMG_4471.jpg", [1]), ("IMG_4472.jpg", [1])],
        "application_form",
        "phone_photo",
        form_truth(v, "employed", "2026-11-09"),
        "print run B filled by hand; page 2 rotated 270°",
    )

    pp, mrz = ids.passport_page(per, ids.theme_usa(), P.rng())
    P.scan("passport.jpg", ids.passport_scan_sheet(pp, P.rng(), 200), 200)
    P.doc(
        [("passport.jpg", [1])],
        "passport",
        "scan",
        id_fields(
            "O'NEILL", "BRENDAN MICHAEL", "A41827365", "USA", "USA", per["dob"], "M", per["pp_exp"]
        ),
        "US passport; MRZ drops the apostrophe: " + " / ".join(mrz),
    )

    t = {
        "kind": "CARTE DE SEJOUR TEMPORAIRE",
        "kind2": "SALARIE",
        "exp": "2026-10-31",
        "number": "NB7403815",
        "address": "17 RUE NOTRE DAME 33000 BORDEAUX",
        "issue": "2025-11-03",
        "pref": "PREFECTURE DE LA GIRONDE",
        "remarks": "AUTORISE SON TITULAIRE A TRAVAILLER",
    }
    fr_, bk, tm = ids.residence_card(per, t, P.rng())
    P.image_pdf("titre_de_sejour.pdf", [ids.card_sheet(fr_, bk, P.rng(), 200)])
    P.doc(
        [("titre_de_sejour.pdf", [1])],
        "residence_permit",
        "image_pdf",
        id_fields(
            "O'NEILL", "BRENDAN MICHAEL", "NB7403815", "USA", "FRA", per["dob"], "M", "2026-10-31"
        ),
        "DEFECT: expired on 31/10/2026, before as_of; no récépissé in the "
        "packet. MRZ " + " / ".join(tm),
    )

    b = {
        "sfn": "116-1986-048213",
        "name_p": "BRENDAN MICHAEL O'NEILL",
        "dob_p": "SEPTEMBER 23, 1986",
        "mother": "MARGARET ANN KOWALSKI",
        "father": "PATRICK JOSEPH O'NEILL",
        "filed_p": "OCT 01, 1986",
        "issued_p": "JANUARY 20, 2026",
        "clerk": "Daniel R. Mazur",
    }
    P.photo("birth_certificate.jpg", civil.illinois_birth(b, P.rng()), rot=0, dpi=190)
    ap = Page(216, 279)
    ap.text(108, 22, "STATE OF ILLINOIS", "serifb", 13, (0, 0, 0), "c")
    ap.text(108, 28, "OFFICE OF THE SECRETARY OF STATE", "serif", 9, (0, 0, 0), "c")
    civil.apostille(
        ap,
        28,
        40,
        160,
        "en",
        {
            "country": "United States of America",
            "signed_by": "Daniel R. Mazur",
            "capacity": "Cook County Clerk",
            "seal_of": "Cook County Clerk, Illinois",
            "at": "Springfield, Illinois",
            "on_p": "February 4, 2026",
            "by": "Secretary of State, State of Illinois",
            "number": "2026-0004812",
            "stamp_ring": "SEAL OF THE STATE OF ILLINOIS * AUG. 26TH 1818 * ",
            "stamp_center": ["ILLINOIS"],
            "stamp_color": (150, 120, 40),
            "signer": "Secretary of State",
            "signer_sig": "A. Giordano",
        },
        P.rng(),
    )
    P.photo("apostille_illinois.jpg", ap, rot=90, dpi=190)
    P.doc(
        [("birth_certificate.jpg", [1])],
        "birth_certificate",
        "phone_photo",
        {
            "surname": "O'NEILL",
            "given_names": "BRENDAN MICHAEL",
            "date_of_birth": per["dob"],
            "place_of_birth": "Chicago, Cook County, Illinois",
            "issuing_country": "USA",
            "language": "en",
            "has_apostille": True,
        },
        "certified copy, Cook County Clerk",
    )
    P.doc(
        [("apostille_illinois.jpg", [1])],
        "apostille",
        "phone_photo",
        {
            "country": "USA",
            "issued_on": "2026-02-04",
            "number": "2026-0004812",
            "signed_by": "Daniel R. Mazur",
        },
        "Illinois Secretary of State apostille, photo rotated 90°",
    )

    L = {
        "kind": "Logement nu",
        "legal": "Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 "
        "tendant à améliorer les rapports locatifs et portant modification de la loi n° 86-1290 du 23 "
        "décembre 1986. Contrat type — décret n° 2015-587 du 29 mai 2015.",
        "landlord_line": "Madame Hélène DUPUY-LACOSTE, demeurant 4 allée de Tourny, 33000 Bordeaux",
        "tenant_line": "Monsieur Brendan Michael O'NEILL",
        "address": "17 rue Notre-Dame, 33000 Bordeaux",
        "surface": "48",
        "rooms": "2",
        "start": "2025-03-01",
        "duration": "3 ans",
        "rent": 935.0,
        "charges": 110.0,
        "deposit": 935.0,
        "city": "Bordeaux",
        "signed": "2025-02-21",
        "landlord_sig": "H. Dupuy-Lacoste",
        "tenant_sig": "Brendan O'Neill",
    }
    P.image_pdf("bail_bordeaux.pdf", fin.lease(L, P.rng()))
    P.doc(
        [("bail_bordeaux.pdf", [1, 2, 3])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Brendan Michael O'NEILL"],
            "landlord": "Hélène DUPUY-LACOSTE",
            "address": "17 rue Notre-Dame, 33000 Bordeaux",
            "start_date": "2025-03-01",
        },
        "unfurnished lease, scanned",
    )
    Q = {
        "period_label": "Période du 01/10/2026 au 31/10/2026",
        "landlord": "Hélène DUPUY-LACOSTE",
        "landlord_addr": "4 allée de Tourny, 33000 Bordeaux",
        "tenant": "M. Brendan O'NEILL",
        "address": "17 rue Notre-Dame, 33000 Bordeaux",
        "text": "Je soussignée Hélène DUPUY-LACOSTE, propriétaire du logement désigné ci-dessus, déclare "
        "avoir reçu de M. Brendan O'NEILL la somme de 1 045,00 euros au titre du paiement du loyer et "
        "des charges pour la période de location du 01/10/2026 au 31/10/2026 et lui en donne quittance, "
        "sous réserve de tous mes droits.",
        "rent": 935.0,
        "charges": 110.0,
        "city": "Bordeaux",
        "date": "2026-11-02",
        "sig": "H. Dupuy-Lacoste",
    }
    P.text_pdf("quittance_loyer_octobre_2026.pdf", [fin.quittance(Q, P.rng())])
    P.doc(
        [("quittance_loyer_octobre_2026.pdf", [1])],
        "unknown",
        "text_pdf",
        {},
        "quittance de loyer (rent receipt) sent in addition to the lease; not a lease",
    )

    siret = checks.siret("89041276", "0015")
    C = {
        "short": "Atelier Garonne Design",
        "employee": "B. O'NEILL",
        "city": "Bordeaux",
        "signed": "2026-08-24",
        "signatory": "Thomas LABORDE, gérant",
        "signatory_sig": "T. Laborde",
        "employee_sig": "Brendan O'Neill",
        "employer_par": "La société ATELIER GARONNE DESIGN, SARL au capital de 20 000 euros, "
        f"immatriculée au RCS de Bordeaux, SIRET {siret}, dont le siège social est situé 12 quai des "
        "Chartrons, 33000 Bordeaux, représentée par Monsieur Thomas LABORDE en sa qualité de gérant, "
        "ci-après dénommée « l'employeur », d'une part,",
        "employee_par": "Monsieur Brendan Michael O'NEILL, né le 23/09/1986 à Chicago (États-Unis), de "
        "nationalité américaine, demeurant 17 rue Notre-Dame, 33000 Bordeaux, ci-après dénommé « le "
        "salarié », d'autre part,",
        "articles": [
            (
                "Article 1 — Engagement et motif",
                (
                    "Le salarié est engagé par contrat à durée déterminée "
                    "pour faire face à un accroissement temporaire d'activité lié au projet de refonte des "
                    "plateformes numériques de la clientèle de l'employeur (article L. 1242-2, 2° du code du "
                    "travail). La déclaration préalable à l'embauche a été effectuée auprès de l'URSSAF."
                ),
            ),
            (
                "Article 2 — Durée",
                (
                    "Le présent contrat prend effet le 01/09/2026 et prendra fin le "
                    "31/08/2027. Il est soumis à une période d'essai d'un mois."
                ),
            ),
            (
                "Article 3 — Fonctions",
                (
                    "Le salarié occupera le poste de Chef de projet digital, statut "
                    "cadre, position 2.1 de la convention collective nationale Syntec (IDCC 1486)."
                ),
            ),
            (
                "Article 4 — Rémunération",
                (
                    "Le salarié percevra une rémunération mensuelle brute de "
                    "3 200,00 euros pour un horaire hebdomadaire de 35 heures."
                ),
            ),
            (
                "Article 5 — Lieu de travail",
                (
                    "Le salarié exercera ses fonctions au siège de la société, "
                    "12 quai des Chartrons à Bordeaux."
                ),
            ),
            (
                "Article 6 — Indemnité de fin de contrat",
                (
                    "À l'issue du contrat, le salarié percevra une "
                    "indemnité de fin de contrat égale à 10 % de la rémunération totale brute versée, sauf "
                    "dans les cas prévus à l'article L. 1243-10 du code du travail."
                ),
            ),
            (
                "Article 7 — Protection sociale",
                (
                    "Le salarié sera affilié à la caisse de retraite "
                    "complémentaire AGIRC-ARRCO et bénéficiera de la mutuelle d'entreprise."
                ),
            ),
        ],
    }
    P.text_pdf("contrat_CDD_Atelier_Garonne.pdf", fin.cdd(C, P.rng()))
    P.doc(
        [("contrat_CDD_Atelier_Garonne.pdf", [1, 2])],
        "employment_contract",
        "text_pdf",
        {
            "employer": "ATELIER GARONNE DESIGN",
            "employee_name": "Brendan Michael O'NEILL",
            "contract_type": "CDD",
            "job_title": "Chef de projet digital",
            "start_date": "2026-09-01",
        },
    )

    iban, key = checks.fr_iban("40618", "80244", "00040827153")
    sp = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    R = {
        "label": "Ultim",
        "holder": "M BRENDAN O NEILL",
        "iban_sp1": sp[:19],
        "iban_sp2": sp[20:],
        "bic": "BOUSFRPPXXX",
        "bank": "40618",
        "branch": "80244",
        "acct": "00040827153",
        "key": key,
    }
    P.screenshot("IMG_4480.PNG", fin.bourso_screenshot(R))
    P.doc(
        [("IMG_4480.PNG", [1])],
        "rib",
        "screenshot",
        {
            "holder_name": "BRENDAN O NEILL",
            "iban": iban,
            "bic": "BOUSFRPPXXX",
            "bank_name": "BoursoBank",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "BoursoBank app RIB screen; bank prints O NEILL",
    )
    reqs = {k: "complete" for k in ALL}
    reqs["residence_status"] = "invalid"
    P.truth(
        as_of,
        True,
        reqs,
        "titre de séjour expired on 2026-10-31, before as_of (residence_status invalid)",
        {"surname": "O'NEILL", "given_names": "BRENDAN MICHAEL", "date_of_birth": per["dob"]},
    )
