"""Packet p01: Morocco, hosted by her French husband (attestation, his ID card, his Free bills)."""

from __future__ import annotations

import functools

import civil
import forms
import ids
import money
from emit import F, Packet, seeded
from kit import french_iban, iban_ok, rib_key


def p01(out: str) -> None:
    pk = Packet(out, "p01")
    rng = functools.partial(seeded, "p01")
    addr = "14 rue Paul Bert, 69003 Lyon"
    spec = {
        "code": "MAR",
        "header": [
            ("ROYAUME DU MAROC  المملكة المغربية", "sans-b", 8.5),
            ("PASSEPORT  PASSPORT  جواز السفر", "sans", 7.5),
        ],
        "header_color": (120, 30, 40),
        "paper": (238, 234, 228),
        "guilloche": [(220, 200, 200), (200, 215, 205)],
        "skin": (196, 160, 128),
        "labels": {
            "type": "Type",
            "code": "Code",
            "number": "Passeport N° / Passport No",
            "surname": "Nom / Surname",
            "given": "Prénoms / Given names",
            "nationality": "Nationalité / Nationality",
            "dob": "Date de naissance / Date of birth",
            "sex": "Sexe / Sex",
            "pob": "Lieu de naissance / Place of birth",
            "issue": "Date de délivrance / Date of issue",
            "expiry": "Date d'expiration / Date of expiry",
            "authority": "Autorité / Authority",
            "signature": "Signature du titulaire",
        },
        "values": {
            "mrz_surname": "EL AMRANI",
            "mrz_given": "SALMA",
            "number": "GK4821937",
            "dob_iso": "1994-03-12",
            "sex": "F",
            "expiry_iso": "2028-05-09",
            "surname": "EL AMRANI",
            "given": "SALMA",
            "nationality": "MAROCAINE",
            "dob": "12 03 1994",
            "sex_print": "F",
            "pob": "FES",
            "issue": "10 05 2023",
            "expiry": "09 05 2028",
            "authority": "DGSN",
        },
    }
    page, mrz = ids.passport_page(spec, rng("pp"))
    visa_img, vmrz = ids.french_visa(
        {
            "surname": "EL AMRANI",
            "given": "SALMA",
            "number": "024815963",
            "nat": "MAR",
            "dob_iso": "1994-03-12",
            "sex": "F",
            "until_iso": "2027-04-14",
            "from": "15-04-2026",
            "until": "14-04-2027",
            "days": "365",
            "issued_in": "RABAT",
            "issued_on": "02-04-2026",
            "passport": "GK4821937",
            "name_line": "EL AMRANI SALMA",
            "remarks": "VLS-TS CONJOINT DE FRANCAIS  ART. L.423-1 CESEDA",
            "skin": (196, 160, 128),
        },
        rng("visa"),
    )
    pk.photo("IMG_20261109_184233.jpg", ids.passport_spread(page, rng("spread")), fill=0.78)
    pk.doc(
        [F("IMG_20261109_184233.jpg")],
        "passport",
        "phone_photo",
        {
            "surname": "EL AMRANI",
            "given_names": "SALMA",
            "document_number": "GK4821937",
            "nationality": "MAR",
            "issuing_country": "MAR",
            "date_of_birth": "1994-03-12",
            "sex": "F",
            "expiry_date": "2028-05-09",
            "mrz_valid": True,
        },
        "open booklet, blank upper page; MRZ " + " / ".join(mrz),
    )
    pk.photo("IMG_20261109_184301.jpg", visa_img, rot90=1, fill=0.82)
    pk.doc(
        [F("IMG_20261109_184301.jpg")],
        "long_stay_visa",
        "phone_photo",
        {
            "surname": "EL AMRANI",
            "given_names": "SALMA",
            "document_number": "024815963",
            "nationality": "MAR",
            "issuing_country": "FRA",
            "date_of_birth": "1994-03-12",
            "sex": "F",
            "expiry_date": "2027-04-14",
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": "CONJOINT DE FRANCAIS",
            "valid_from": "2026-04-15",
            "valid_until": "2027-04-14",
        },
        "visa sticker page photographed rotated 90 degrees; MRZ " + " / ".join(vmrz),
    )

    form = forms.application_form(
        {
            "fill": "hand",
            "hand_font": "h-breip",
            "surname": "EL AMRANI",
            "usage": "MARCHETTI",
            "given": "SALMA",
            "sex": "F",
            "dob": "1994-03-12",
            "pob_city": "Fès",
            "pob_country": "Maroc",
            "nationality": "marocaine",
            "street": "14 rue Paul Bert",
            "postcode": "69003",
            "city": "Lyon",
            "phone": "06 41 27 83 90",
            "email": "salma.elamrani94@gmail.com",
            "situation": "sans_activite",
            "place": "Lyon",
            "date_text": "10/11/2026",
        },
        rng("form"),
    )
    pk.image_pdf("formulaire_cpam.pdf", form)
    pk.doc(
        [{"path": "formulaire_cpam.pdf", "pages": [1, 2]}],
        "application_form",
        "image_pdf",
        {
            "surname": "EL AMRANI",
            "usage_name": "MARCHETTI",
            "given_names": "SALMA",
            "date_of_birth": "1994-03-12",
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-11-10",
            "nir": None,
        },
        "filled by hand, sans activité ticked",
    )

    bc = civil.morocco_birth(
        {
            "prefecture": "Fès",
            "prefecture_ar": "عمالة فاس",
            "commune": "Fès",
            "bureau": "Agdal",
            "bureau_ar": "مكتب الحالة المدنية أكدال",
            "act_no": "1187",
            "act_year": "1994",
            "surname": "EL AMRANI",
            "surname_ar": "العمراني",
            "given": "Salma",
            "given_ar": "سلمى",
            "dob_fr": "12 mars 1994",
            "dob_ar": "12 مارس 1994",
            "pob": "Fès",
            "pob_ar": "فاس",
            "sex_fr": "Féminin",
            "sex_ar": "أنثى",
            "father": "Mohammed ben Ahmed",
            "father_ar": "محمد بن أحمد",
            "mother": "Fatima Zahra bent Driss",
            "mother_ar": "فاطمة الزهراء بنت إدريس",
            "mentions": "Mariée le 14/02/2025 à Lyon (France) avec Julien Pierre MARCHETTI. "
            "Acte transcrit sous le n° 212/2025.",
            "issued_at": "Fès",
            "issued_on": "20/01/2026",
        },
        rng("bc"),
    )
    pk.scan("acte_naissance.jpg", bc[0], dpi=200)
    pk.doc(
        [F("acte_naissance.jpg")],
        "birth_certificate",
        "scan",
        {
            "surname": "EL AMRANI",
            "given_names": "Salma",
            "date_of_birth": "1994-03-12",
            "place_of_birth": "Fès",
            "issuing_country": "MAR",
            "language": "fr+ar",
            "has_apostille": True,
        },
        "bilingual extrait d'acte de naissance with a marginal mention of marriage",
    )
    ap = civil.apostille_fr_ar(
        {
            "country": "Royaume du Maroc",
            "signer": "M. Karim BENNANI",
            "capacity": "Officier de l'état civil",
            "seal_of": "Bureau de l'état civil de Fès-Agdal",
            "at": "Fès",
            "on": "22/01/2026",
            "by": "Le Procureur du Roi près le Tribunal de Première Instance de Fès",
            "number": "1842/2026",
            "signer_name": "Hicham ALAOUI, Substitut du Procureur du Roi",
        },
        rng("apost"),
    )
    pk.scan("apostille.jpg", ap[0], dpi=200)
    pk.doc(
        [F("apostille.jpg")],
        "apostille",
        "scan",
        {
            "country": "Royaume du Maroc",
            "issued_on": "2026-01-22",
            "number": "1842/2026",
            "signed_by": "Le Procureur du Roi près le Tribunal de Première Instance de Fès",
        },
        "apostille for the birth certificate (Morocco, Hague party since 2016)",
    )

    att = forms.attestation_hand(
        {
            "font": "h-dkg",
            "lines": [
                "Je soussigné Julien MARCHETTI, né le 03/07/1990 à",
                "Grenoble (38), demeurant au 14 rue Paul Bert,",
                "69003 Lyon, atteste sur l'honneur héberger à mon",
                "domicile mon épouse, Salma MARCHETTI née EL AMRANI,",
                "née le 12/03/1994 à Fès (Maroc), depuis le 20 avril 2026.",
                "",
                "Fait pour servir et valoir ce que de droit.",
                "Pièces jointes : copie de ma carte d'identité,",
                "mes trois dernières factures Free.",
            ],
            "signed_line": "Fait à Lyon, le 08/11/2026",
        },
        rng("att"),
    )
    pk.scan("attestation_hebergement.jpg", att[0], dpi=200)
    pk.doc(
        [F("attestation_hebergement.jpg")],
        "hosting_attestation",
        "scan",
        {
            "host_name": "Julien MARCHETTI",
            "hosted_name": "Salma MARCHETTI née EL AMRANI",
            "address": addr,
            "since_date": "2026-04-20",
            "signed_on": "2026-11-08",
            "signed": True,
        },
        "handwritten on a Seyès sheet, signed by the host (husband)",
    )
    front, back, cmrz = ids.french_card(
        {
            "kind": "cni",
            "number": "XK4TR7P29",
            "dob_iso": "1990-07-03",
            "sex": "M",
            "expiry_iso": "2032-02-20",
            "nat": "FRA",
            "surname": "MARCHETTI",
            "given": "JULIEN PIERRE",
            "surname_print": "MARCHETTI",
            "given_print": "JULIEN, PIERRE",
            "nat_print": "FRA",
            "dob": "03 07 1990",
            "pob": "GRENOBLE (38)",
            "expiry": "20 02 2032",
            "can": "482175",
            "back_fields": [
                ("ADRESSE / Address", "14 RUE PAUL BERT 69003 LYON"),
                ("DATE DE DÉLIVRANCE / Date of issue", "21 02 2022"),
                ("AUTORITÉ / Authority", "PRÉFECTURE DU RHÔNE"),
            ],
        },
        rng("cni"),
    )
    pk.image_pdf("CNI_Julien.pdf", [ids.card_sheet(front, back)])
    pk.doc(
        [F("CNI_Julien.pdf")],
        "national_id",
        "image_pdf",
        {
            "surname": "MARCHETTI",
            "given_names": "JULIEN PIERRE",
            "document_number": "XK4TR7P29",
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": "1990-07-03",
            "sex": "M",
            "expiry_date": "2032-02-20",
            "mrz_valid": True,
        },
        "host's French identity card (2021 model), both sides on one sheet; MRZ "
        + " / ".join(cmrz),
    )
    bank, branch, acct = "10278", "07321", "00020391201"
    iban, key = french_iban(bank, branch, acct)
    months = [
        ("08", "aout", "31", "Août"),
        ("09", "septembre", "30", "Septembre"),
        ("10", "octobre", "31", "Octobre"),
    ]
    for i, (mm, mname, last, cap) in enumerate(months):
        fname = f"Free_facture_{mname}.pdf"
        nxt = mm
        pages = money.free_bill(
            {
                "postal": ["M. Julien MARCHETTI", "14 RUE PAUL BERT", "69003 LYON"],
                "email": "julien.marchetti@free.fr",
                "holder": "M. Julien MARCHETTI",
                "line_no": "FO18273645",
                "client_id": "20481937",
                "install": ["14 RUE PAUL BERT", "69003 LYON"],
                "number": f"7{31824560 + i * 1877}",
                "date_words": f"02 {cap} 2026",
                "due_words": f"06 {cap} 2026",
                "amount": 29.99,
                "offer": "Freebox Pop",
                "from": f"01/{nxt}/2026",
                "to": f"{last}/{nxt}/2026",
                "iban_masked": "FR76 " + "*" * 19 + iban[-4:],
            },
            rng(fname),
        )
        pk.text_pdf(fname, pages, "Facture Free", "Free")
        pk.doc(
            [F(fname)],
            "utility_bill",
            "text_pdf",
            {
                "provider": "Free",
                "service": "internet",
                "holder_name": "Julien MARCHETTI",
                "address": addr,
                "issue_date": f"2026-{mm}-02",
                "period_start": f"2026-{mm}-01",
                "period_end": f"2026-{mm}-{last}",
                "month": f"2026-{mm}",
                "amount": 29.99,
            },
            "host's internet bill (host route)",
        )
    rib = money.rib_creditmutuel(
        {
            "bank": bank,
            "branch": branch,
            "account": acct,
            "key": key,
            "iban": iban,
            "bic": "CMCIFR2A",
            "branch_name": "CCM LYON MONPLAISIR",
            "branch_addr": "98 avenue des Frères Lumière 69008 Lyon",
            "holder_lines": [
                "M OU MME MARCHETTI JULIEN OU SALMA",
                "14 RUE PAUL BERT",
                "69003 LYON",
            ],
        },
        rng("rib"),
    )
    pk.photo("RIB_CM.jpg", rib[0], rot90=3, fill=0.85)
    pk.doc(
        [F("RIB_CM.jpg")],
        "rib",
        "phone_photo",
        {
            "holder_name": "MARCHETTI JULIEN OU SALMA",
            "iban": iban,
            "bic": "CMCIFR2A",
            "bank_name": "Crédit Mutuel",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "joint account of the couple (usage name), photo rotated 270 degrees",
    )
    assert iban_ok(iban) and rib_key(bank, branch, acct) == key
    pk.write_truth(
        "2026-11-18",
        False,
        {
            "application_form": "complete",
            "identity": "complete",
            "residence_status": "complete",
            "birth_certificate": "complete",
            "residence_proof": "complete",
            "bank_details": "complete",
            "employment": "not_applicable",
        },
        None,
        {"surname": "EL AMRANI", "given_names": "SALMA", "date_of_birth": "1994-03-12"},
    )
