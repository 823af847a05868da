"""Packet p04: Côte d'Ivoire, hosted by his cousin; the set's one defect: an expired passport."""

from __future__ import annotations

import functools

import civil
import forms
import ids
import money
from emit import F, Packet, on_a4, seeded
from kit import french_iban, iban_ok


def p04(out: str) -> None:
    pk = Packet(out, "p04")
    rng = functools.partial(seeded, "p04")
    addr = "5 allée des Érables, 93200 Saint-Denis"
    spec = {
        "code": "CIV",
        "header": [
            ("RÉPUBLIQUE DE CÔTE D'IVOIRE", "sans-b", 9),
            ("PASSEPORT / PASSPORT", "sans", 7.5),
        ],
        "header_color": (20, 90, 50),
        "paper": (236, 238, 226),
        "skin": (120, 80, 55),
        "hair": (20, 15, 12),
        "guilloche": [(230, 200, 160), (180, 215, 190)],
        "labels": {
            "type": "Type / Type",
            "code": "Code du pays / Country code",
            "number": "N° de passeport / Passport No.",
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
            "mrz_surname": "KOUASSI",
            "mrz_given": "KOFFI JEAN MARC",
            "number": "16AC48217",
            "dob_iso": "1985-11-02",
            "sex": "M",
            "expiry_iso": "2026-09-14",
            "surname": "KOUASSI",
            "given": "KOFFI JEAN-MARC",
            "nationality": "IVOIRIENNE",
            "dob": "02/11/1985",
            "sex_print": "M",
            "pob": "COCODY",
            "issue": "15/09/2021",
            "expiry": "14/09/2026",
            "authority": "DGPN / ONECI",
        },
    }
    page, mrz = ids.passport_page(spec, rng("pp"))
    pk.photo("passeport.jpg", ids.passport_spread(page, rng("spr")), fill=0.8)
    pk.doc(
        [F("passeport.jpg")],
        "passport",
        "phone_photo",
        {
            "surname": "KOUASSI",
            "given_names": "KOFFI JEAN-MARC",
            "document_number": "16AC48217",
            "nationality": "CIV",
            "issuing_country": "CIV",
            "date_of_birth": "1985-11-02",
            "sex": "M",
            "expiry_date": "2026-09-14",
            "mrz_valid": True,
        },
        "THE DEFECT: expired on 2026-09-14, before the audit date; MRZ " + " / ".join(mrz),
    )
    front, back, tmrz = ids.french_card(
        {
            "kind": "titre",
            "number": "ZF2290517",
            "dob_iso": "1985-11-02",
            "sex": "M",
            "expiry_iso": "2027-06-30",
            "nat": "CIV",
            "surname": "KOUASSI",
            "given": "KOFFI JEAN MARC",
            "surname_print": "KOUASSI",
            "given_print": "KOFFI JEAN-MARC",
            "nat_print": "CIV",
            "dob": "02 11 1985",
            "pob": "COCODY (CIV)",
            "expiry": "30 06 2027",
            "skin": (120, 80, 55),
            "permit_type": "CARTE DE SÉJOUR TEMPORAIRE",
            "mention": "VIE PRIVÉE ET FAMILIALE",
            "back_fields": [
                ("ADRESSE / Address", "CHEZ MME N'GUESSAN 5 ALLÉE DES ÉRABLES 93200 ST-DENIS"),
                ("LIEU DE DÉLIVRANCE / Place of issue", "PRÉFECTURE DE SEINE-SAINT-DENIS"),
                ("DATE DE DÉLIVRANCE / Date of issue", "01 07 2026"),
                ("REMARQUES / Remarks", "AUTORISE SON TITULAIRE À TRAVAILLER"),
            ],
        },
        rng("titre"),
    )
    pk.photo("IMG-20261121-WA0003.jpg", front, fill=0.6, long_side=3264)
    pk.photo("IMG-20261121-WA0004.jpg", back, rot90=1, fill=0.6, long_side=3264)
    pk.doc(
        [F("IMG-20261121-WA0003.jpg"), F("IMG-20261121-WA0004.jpg")],
        "residence_permit",
        "phone_photo",
        {
            "surname": "KOUASSI",
            "given_names": "KOFFI JEAN-MARC",
            "document_number": "ZF2290517",
            "nationality": "CIV",
            "issuing_country": "FRA",
            "date_of_birth": "1985-11-02",
            "sex": "M",
            "expiry_date": "2027-06-30",
            "mrz_valid": True,
        },
        "front and back photographed separately, back rotated 90 degrees; MRZ " + " / ".join(tmrz),
    )
    bc = civil.ivory_birth(
        {
            "dept": "ABIDJAN",
            "commune": "COCODY",
            "centre": "Cocody (centre principal)",
            "year": "1985",
            "act_no": "2147",
            "act_date": "08/11/1985",
            "full": "KOUASSI Koffi Jean-Marc",
            "date_words": "deux novembre mil neuf cent quatre-vingt-cinq",
            "time": "10 heures 30 minutes",
            "pob": "Cocody (Maternité du CHU)",
            "father": "KOUASSI Yao Bernard",
            "father_job": "Instituteur",
            "mother": "N'GUESSAN Affoué Marie-Thérèse",
            "mother_job": "Ménagère",
            "mentions": [
                ("Marié le", "NÉANT"),
                ("avec", "NÉANT"),
                ("Divorcé le", "NÉANT"),
                ("Décédé le", "NÉANT"),
            ],
            "delivered_at": "Cocody",
            "delivered_on": "14/03/2026",
            "officer": "A. DIABATÉ",
        },
        rng("bc"),
    )
    pk.scan("extrait_naissance.jpg", bc[0], dpi=200)
    pk.doc(
        [F("extrait_naissance.jpg")],
        "birth_certificate",
        "scan",
        {
            "surname": "KOUASSI",
            "given_names": "Koffi Jean-Marc",
            "date_of_birth": "1985-11-02",
            "place_of_birth": "Cocody (Maternité du CHU)",
            "issuing_country": "CIV",
            "language": "fr",
            "has_apostille": False,
        },
        "no apostille needed: France - Côte d'Ivoire convention of 24 April 1961 waives legalisation",
    )
    att = forms.attestation_typed(
        {
            "header": [
                "Aya Christelle N'GUESSAN",
                "5 allée des Érables",
                "93200 Saint-Denis",
                "Tél. : 06 12 87 45 30",
            ],
            "paragraphs": [
                (
                    "Je soussignée, Madame Aya Christelle N'GUESSAN, née le 21/05/1987 à Abidjan (Côte d'Ivoire), "
                    "de nationalité française, demeurant au 5 allée des Érables, 93200 Saint-Denis,"
                ),
                (
                    "atteste sur l'honneur héberger à mon domicile, de manière stable et à titre gratuit, mon "
                    "cousin Monsieur KOUASSI Koffi Jean-Marc, né le 02/11/1985 à Cocody (Côte d'Ivoire), depuis "
                    "le 1er mars 2026."
                ),
                (
                    "Je suis informée qu'une fausse attestation m'expose aux sanctions prévues à l'article 441-7 "
                    "du code pénal."
                ),
                "Fait pour servir et valoir ce que de droit.",
            ],
            "signed_line": "Fait à Saint-Denis, le 20/11/2026",
            "enclosures": "PJ : copie de mon passeport, mes trois dernières factures d'électricité.",
        },
        rng("att"),
    )
    pk.image_pdf("attestation_hebergement.pdf", att)
    pk.doc(
        [F("attestation_hebergement.pdf")],
        "hosting_attestation",
        "image_pdf",
        {
            "host_name": "Aya Christelle N'GUESSAN",
            "hosted_name": "KOUASSI Koffi Jean-Marc",
            "address": addr,
            "since_date": "2026-03-01",
            "signed_on": "2026-11-20",
            "signed": True,
        },
        "typed, printed, signed by hand, scanned",
    )
    hspec = {
        "code": "FRA",
        "header": [("RÉPUBLIQUE FRANÇAISE", "serif-b", 9), ("PASSEPORT / PASSPORT", "serif", 7.5)],
        "header_color": (20, 30, 90),
        "paper": (226, 230, 240),
        "skin": (125, 85, 60),
        "hair": (20, 15, 12),
        "labels": {
            "type": "Type / Type",
            "code": "Code du pays / Country code",
            "number": "Passeport n° / Passport No.",
            "surname": "1. Nom / Surname",
            "given": "2. Prénoms / Given names",
            "nationality": "3. Nationalité / Nationality",
            "dob": "4. Date de naissance / Date of birth",
            "sex": "5. Sexe / Sex",
            "pob": "6. Lieu de naissance / Place of birth",
            "issue": "7. Date de délivrance / Date of issue",
            "expiry": "8. Date d'expiration / Date of expiry",
            "authority": "9. Autorité / Authority",
            "signature": "10. Signature du titulaire",
        },
        "values": {
            "mrz_surname": "N'GUESSAN",
            "mrz_given": "AYA CHRISTELLE",
            "number": "21CV84512",
            "dob_iso": "1987-05-21",
            "sex": "F",
            "expiry_iso": "2031-06-09",
            "surname": "N'GUESSAN",
            "given": "AYA, CHRISTELLE",
            "nationality": "Française",
            "dob": "21 05 1987",
            "sex_print": "F",
            "pob": "ABIDJAN (CÔTE D'IVOIRE)",
            "issue": "10 06 2021",
            "expiry": "09 06 2031",
            "authority": "Préfecture de la Seine-Saint-Denis",
        },
    }
    hpage, hmrz = ids.passport_page(hspec, rng("hpp"))
    pk.scan("passeport_hebergeante.jpg", on_a4(hpage, 125, 300, at=(20, 24)), dpi=300)
    pk.doc(
        [F("passeport_hebergeante.jpg")],
        "passport",
        "scan",
        {
            "surname": "N'GUESSAN",
            "given_names": "AYA CHRISTELLE",
            "document_number": "21CV84512",
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": "1987-05-21",
            "sex": "F",
            "expiry_date": "2031-06-09",
            "mrz_valid": True,
        },
        "the host's French passport (data page only); MRZ " + " / ".join(hmrz),
    )
    months = [("08", "31", "aout", 1812), ("09", "30", "sept", 2096), ("10", "31", "oct", 2371)]
    idx = 18402
    for i, (mm, last, tag, kwh10) in enumerate(months):
        kwh = kwh10 // 10
        amount = round((kwh * 0.2016 + 12.44 + kwh * 0.0337 + 2.71) * 1.2, 2)
        nm = f"{int(mm) + 1:02d}"
        pages = money.total_bill(
            {
                "number": f"10{48213376 + i * 4177}",
                "date": f"06/{nm}/2026",
                "postal": [
                    "Mme Aya N'GUESSAN",
                    "5 allée des Érables",
                    "Bât. C",
                    "93200 SAINT-DENIS",
                ],
                "holder": "Mme Aya N'GUESSAN",
                "client": "1 020 418 776",
                "offer": "Essentielle Électricité",
                "pdl": "2114 4862 0931 57",
                "amount": amount,
                "due": f"16/{nm}/2026",
                "site": "5 allée des Érables, Bât. C, 93200 Saint-Denis",
                "from": f"01/{mm}/2026",
                "to": f"{last}/{mm}/2026",
                "kwh": kwh,
                "idx0": idx,
            },
            rng("tot" + mm),
        )
        idx += kwh
        fname = f"facture_{tag}.jpg"
        pk.photo(fname, pages[0], rot90=2 if i == 1 else 0, fill=0.86)
        pk.doc(
            [F(fname)],
            "utility_bill",
            "phone_photo",
            {
                "provider": "TotalEnergies",
                "service": "electricity",
                "holder_name": "Aya N'GUESSAN",
                "address": "5 allée des Érables, Bât. C, 93200 Saint-Denis",
                "issue_date": f"2026-{nm}-06",
                "period_start": f"2026-{mm}-01",
                "period_end": f"2026-{mm}-{last}",
                "month": f"2026-{mm}",
                "amount": amount,
            },
            "host's monthly electricity bill" + (", photo upside down" if i == 1 else ""),
        )
    bank, branch, acct = "20041", "01012", "1234567S020"
    iban, key = french_iban(bank, branch, acct)
    rib = money.rib_lbp(
        {
            "bank": bank,
            "branch": branch,
            "account": acct,
            "key": key,
            "iban": iban,
            "bic": "PSSTFRPPPAR",
            "branch_name": "La Banque Postale — Centre financier de Paris",
            "branch_addr": "75900 Paris Cedex 15",
            "holder_lines": [
                "M KOUASSI KOFFI JEAN-MARC",
                "CHEZ MME N'GUESSAN AYA",
                "5 ALLEE DES ERABLES BAT C",
                "93200 SAINT-DENIS",
            ],
        },
        rng("rib"),
    )
    pk.image_pdf("RIB_banque_postale.pdf", rib)
    pk.doc(
        [F("RIB_banque_postale.pdf")],
        "rib",
        "image_pdf",
        {
            "holder_name": "KOUASSI KOFFI JEAN-MARC",
            "iban": iban,
            "bic": "PSSTFRPPPAR",
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "account number holds a letter (S), RIB key computed with the letter table",
    )
    assert iban_ok(iban)
    form = forms.application_form(
        {
            "fill": "typed",
            "date_by_hand": True,
            "hand_font": "h-dkg",
            "surname": "KOUASSI",
            "usage": "",
            "given": "KOFFI JEAN-MARC",
            "sex": "M",
            "dob": "1985-11-02",
            "pob_city": "Cocody",
            "pob_country": "Côte d'Ivoire",
            "nationality": "ivoirienne",
            "street": "chez Mme N'Guessan, 5 allée des Érables, bât. C",
            "postcode": "93200",
            "city": "Saint-Denis",
            "phone": "07 45 21 68 03",
            "email": "kouassi.jm85@yahoo.fr",
            "situation": "sans_activite",
            "place": "Saint-Denis",
            "date_text": "21/11/2026",
        },
        rng("form"),
    )
    pk.image_pdf("demande_ouverture_droits.pdf", form)
    pk.doc(
        [{"path": "demande_ouverture_droits.pdf", "pages": [1, 2]}],
        "application_form",
        "image_pdf",
        {
            "surname": "KOUASSI",
            "usage_name": None,
            "given_names": "KOFFI JEAN-MARC",
            "date_of_birth": "1985-11-02",
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-11-21",
            "nir": None,
        },
        "typed, printed, dated and signed by hand, scanned",
    )
    pk.write_truth(
        "2026-11-27",
        False,
        {
            "application_form": "complete",
            "identity": "invalid",
            "residence_status": "complete",
            "birth_certificate": "complete",
            "residence_proof": "complete",
            "bank_details": "complete",
            "employment": "not_applicable",
        },
        "identity: the passport expired on 2026-09-14, before the audit date 2026-11-27",
        {"surname": "KOUASSI", "given_names": "KOFFI JEAN-MARC", "date_of_birth": "1985-11-02"},
    )
