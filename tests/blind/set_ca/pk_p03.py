"""Packet p03: Ukraine, employed, titre de séjour, hosted by a French family
(attestation + host's CNI + host's Orange bills)."""

from __future__ import annotations

from datetime import date

import ca_civil as civ
import ca_form
import ca_housing as hou
import ca_money as mon
from ca_ids import cni, passport, titre_sejour
from ca_looks import image_pdf, photo
from ca_out import Packet, as_image_pdf, card_copy, page_photo, page_scan
from ca_util import french_iban, luhn_complete, signature, stamp


def p03(out):
    p = {
        "surname": "OSADCHA",
        "given": "DARIA",
        "given_viz": "DARIA",
        "surname_cyr": "ОСАДЧА",
        "given_cyr": "ДАР'Я",
        "sex": "F",
        "dob": date(1993, 5, 12),
        "nat": "UKR",
        "pob_viz": "ХАРКІВСЬКА ОБЛ. / UKR",
        "skin": (222, 186, 160),
        "passport": {
            "number": "FX318264",
            "issue": date(2023, 6, 7),
            "expiry": date(2033, 6, 7),
            "authority": "8046",
            "personal": "1993051204528",
            "personal_viz": "19930512-04528",
        },
    }
    applicant = {"surname": "OSADCHA", "given_names": "DARIA", "date_of_birth": "1993-05-12"}
    pk = Packet(out, "p03", "2026-12-01", True, applicant)
    home = "14 allée des Camélias, 44300 Nantes"

    # form typed on screen (run A), printed, signed and dated by hand, scanned page by page
    r = pk.rng("form")
    d = {
        "surname": "OSADCHA",
        "usage": "",
        "given": "DARIA",
        "sex": "F",
        "dob": p["dob"],
        "birth_city": "Kharkiv",
        "birth_country": "Ukraine",
        "nationality": "ukrainienne",
        "nir": None,
        "addr1": "chez Mme Le Guennec, 14 allée des Camélias",
        "postcode": "44300",
        "city": "Nantes",
        "phone": "0767301548",
        "email": "daria.osadcha93@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Préparatrice de commandes",
        "place": "Nantes",
        "date_text": "24/11/2026",
        "hand_date": True,
        "signed": True,
        "signature_text": "Osadcha",
        "sig_font": "h_dkgI",
    }
    pdf = ca_form.build("A", "typed", d, r)
    pk.jpg("scan_0001.jpg", page_scan(pdf, r, dpi=200, page=0), q=86, dpi=200)
    pk.jpg("scan_0002.jpg", page_scan(pdf, r, dpi=200, page=1), q=86, dpi=200)
    pk.doc(
        [("scan_0001.jpg", [1]), ("scan_0002.jpg", [1])],
        "application_form",
        "scan",
        {
            "surname": "OSADCHA",
            "given_names": "DARIA",
            "date_of_birth": "1993-05-12",
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-24",
            "nir": None,
        },
        "run A typed on screen then printed; date after 'le' and signature by hand; one JPEG per page",
    )

    # passport + titre de séjour photocopied and scanned in one PDF
    r = pk.rng("ids")
    pp_img, pp_fields = passport(p, r, sign=signature("Osadcha", r))
    t = {
        "number": "H7Q5W2KX3",
        "agdref": "4403127856",
        "issue": date(2026, 5, 4),
        "expiry": date(2027, 5, 3),
        "type": "CARTE DE SÉJOUR TEMPORAIRE",
        "remarks": "SALARIÉ",
        "pob": "KHARKIV (UKR)",
        "address": "14 ALLÉE DES CAMÉLIAS\n44300 NANTES",
        "authority": "PRÉFECTURE DE LOIRE-ATLANTIQUE",
    }
    front, back, ts_fields = titre_sejour(p, t, r, sign=signature("Osadcha", r))
    pages = [card_copy([(pp_img, 125, 42)], r), card_copy([(front, 85.6, 20), (back, 85.6, 20)], r)]
    pk.pdf("passeport_titre_sejour.pdf", image_pdf(pages, r))
    pk.doc(
        [("passeport_titre_sejour.pdf", [1])],
        "passport",
        "image_pdf",
        pp_fields,
        "Ukrainian biometric passport, Cyrillic/Latin data page; photocopy scanned",
    )
    pk.doc(
        [("passeport_titre_sejour.pdf", [2])],
        "residence_permit",
        "image_pdf",
        ts_fields,
        "carte de séjour temporaire 'salarié', front and back on one page (TD1 MRZ on the back)",
    )

    # birth certificate (A5 certificate) and apostille sheet, phone photos
    r = pk.rng("birth")
    a = {
        "patronymic": "ОЛЕКСАНДРІВНА",
        "dob_words": "дванадцятого травня тисяча дев'ятсот дев'яносто третього року",
        "pob": "місто Харків",
        "pob2": "Харківська область, Україна",
        "record": ["про що 19 травня 1993 року складено відповідний актовий запис № 1287"],
        "parents": [
            ("Батько", "ОСАДЧИЙ Олександр Петрович, громадянин України"),
            ("Мати", "ОСАДЧА Ірина Василівна, громадянка України"),
        ],
        "office": [
            "Місце державної реєстрації: Шевченківський відділ державної реєстрації",
            "актів цивільного стану у місті Харкові Східного міжрегіонального",
            "управління Міністерства юстиції",
        ],
        "issued": date(2024, 8, 27),
        "series": "І-ВЛ",
        "serial": "618203",
        "official": "Bondarenko",
    }
    pk.jpg(
        "IMG_4460.jpg",
        page_photo(civ.svidotstvo_ukr(p, a, r), r, rot=0, dpi=300, bg="wood", fill=0.7),
        when="2026:11:22 16:40:31",
        model=("Apple", "iPhone 12"),
    )
    pk.doc(
        [("IMG_4460.jpg", [1])],
        "birth_certificate",
        "phone_photo",
        {
            "surname": "ОСАДЧА",
            "given_names": "ДАР'Я",
            "date_of_birth": "1993-05-12",
            "place_of_birth": "Харків",
            "issuing_country": "UKR",
            "language": "uk",
            "has_apostille": True,
        },
        "Ukrainian birth certificate (repeat issue 2024), Cyrillic only; patronymic ОЛЕКСАНДРІВНА",
    )
    r = pk.rng("apostille")
    ap = {
        "font": "dvs",
        "fontB": "dvsB",
        "items": [
            ("Країна / Country:", "Україна / Ukraine"),
            ("підписаний / has been signed by:", "Бондаренко О. М. / Bondarenko O. M."),
            ("який діє як / acting in the capacity of:", "посадова особа ДРАЦС / civil registrar"),
            (
                "скріплений печаткою / bears the seal of:",
                "Шевченківський відділ ДРАЦС у м. Харкові",
            ),
            ("в / at:", "Київ / Kyiv"),
            ("дата / the:", "16.09.2024"),
            ("ким / by:", "Міністерство юстиції України / Ministry of Justice of Ukraine"),
            ("за № / No:", "1408-24/091735"),
            ("Печатка / Seal:", ""),
            ("Підпис / Signature:", ""),
        ],
        "h1": "Цей офіційний документ / This public document",
        "h4": "Засвідчено / Certified",
        "stamp": stamp(
            r, "МІНІСТЕРСТВО ЮСТИЦІЇ УКРАЇНИ * MINISTRY OF JUSTICE *", ("APOSTILLE",), (40, 60, 140)
        ),
        "sig": signature("Hrytsenko", r),
        "signer": "Гриценко Л. В. / Hrytsenko L. V.",
    }

    def moj(c):
        c.setFont("dvsB", 11)
        c.drawCentredString(297, 800, "МІНІСТЕРСТВО ЮСТИЦІЇ УКРАЇНИ")
        c.setFont("dvs", 9)
        c.drawCentredString(297, 786, "MINISTRY OF JUSTICE OF UKRAINE")
        civ.pseudo_qr(c, 470, 60, 70, r)
        c.setFont("dvs", 7)
        c.drawString(60, 70, "Перевірити апостиль / Verify: https://apostille.minjust.gov.ua")

    pk.jpg(
        "IMG_4461.jpg",
        page_photo(civ.apostille_pdf(ap, r, extra=moj), r, rot=270, dpi=240, bg="wood"),
        when="2026:11:22 16:41:05",
        model=("Apple", "iPhone 12"),
    )
    pk.doc(
        [("IMG_4461.jpg", [1])],
        "apostille",
        "phone_photo",
        {
            "country": "UKR",
            "issued_on": "2024-09-16",
            "number": "1408-24/091735",
            "signed_by": "Bondarenko O. M.",
        },
        "bilingual Ukrainian/English apostille sheet attached to the certificate; photo rotated 270°",
    )

    # attestation d'hébergement + host's ID + three Orange bills in the host's name
    r = pk.rng("attestation")
    A = {
        "host_block": [
            "Hélène LE GUENNEC",
            "14 allée des Camélias",
            "44300 Nantes",
            "helene.leguennec@free.fr",
        ],
        "body": [
            "Je soussignée Madame Hélène Marie LE GUENNEC, née le 09/03/1968 à Quimper (29), de nationalité "
            "française, demeurant 14 allée des Camélias, 44300 Nantes,",
            "",
            "atteste sur l'honneur héberger à mon domicile, à titre gratuit, depuis le 15 mars 2025 :",
            "",
            "Madame Daria OSADCHA, née le 12/05/1993 à Kharkiv (Ukraine), de nationalité ukrainienne.",
            "",
            "Je joins à la présente attestation la copie de ma carte nationale d'identité ainsi que mes trois dernières "
            "factures Orange.",
            "",
            "Fait pour servir et valoir ce que de droit.",
        ],
        "city": "Nantes",
        "signed_on": date(2026, 11, 20),
        "signed": True,
        "sig": "HLeGuennec",
        "warning": "Article 441-7 du code pénal : est puni d'un an d'emprisonnement et de 15 000 euros d'amende le fait "
        "d'établir une attestation ou un certificat faisant état de faits matériellement inexacts.",
    }
    pk.pdf("attestation_hebergement.pdf", as_image_pdf(mon.attestation(A, r), r, dpi=200))
    pk.doc(
        [("attestation_hebergement.pdf", [1])],
        "hosting_attestation",
        "image_pdf",
        {
            "host_name": "Hélène Marie LE GUENNEC",
            "hosted_name": "Daria OSADCHA",
            "address": home,
            "since_date": "2025-03-15",
            "signed_on": "2026-11-20",
            "signed": True,
        },
        "typed attestation signed by hand by the host",
    )

    r = pk.rng("cni")
    h = {
        "surname": "LE GUENNEC",
        "given": "HELENE MARIE",
        "given_viz": "HÉLÈNE, MARIE",
        "sex": "F",
        "dob": date(1968, 3, 9),
        "pob": "QUIMPER (29)",
        "number": "Y7KX2M9P4",
        "issue": date(2021, 7, 12),
        "expiry": date(2031, 7, 11),
        "authority": "PRÉFECTURE DE LA LOIRE-ATLANTIQUE",
        "skin": (230, 196, 176),
    }
    fr, bk, cni_fields = cni(h, r, sign=signature("LeGuennec", r, "black"))
    pk.jpg(
        "CNI_Helene_recto.jpg",
        photo(fr, r, bg="desk", fill=0.6),
        when="2026:11:20 20:02:11",
        model=("Google", "Pixel 7a"),
    )
    pk.jpg(
        "CNI_Helene_verso.jpg",
        photo(bk, r, rot=90, bg="desk", fill=0.6),
        when="2026:11:20 20:02:30",
        model=("Google", "Pixel 7a"),
    )
    pk.doc(
        [("CNI_Helene_recto.jpg", [1]), ("CNI_Helene_verso.jpg", [1])],
        "national_id",
        "phone_photo",
        cni_fields,
        "host's French identity card (2021 model), front and back photographed; back rotated 90°",
    )

    for m, num, fname, look in (
        (8, "0873216452", "Orange_facture_08-2026.pdf", "text_pdf"),
        (9, "0881907733", "Orange_facture_09-2026.pdf", "text_pdf"),
        (10, "0890455108", "IMG_4475.jpg", "phone_photo"),
    ):
        end = date(2026, m, 30 if m == 9 else 31)
        B = {
            "holder": "MME LE GUENNEC HELENE",
            "addr": ["14 ALLEE DES CAMELIAS", "44300 NANTES"],
            "client": "1002 4573 8861",
            "line": "02 40 47 18 92",
            "number": num,
            "issue": date(2026, m, 3),
            "due": date(2026, m, 13),
            "start": date(2026, m, 1),
            "end": end,
            "amount": 45.99,
        }
        pdf = hou.bill_orange(B, pk.rng(fname))
        if look == "text_pdf":
            pk.pdf(fname, pdf)
        else:
            r = pk.rng(fname)
            pk.jpg(
                fname,
                page_photo(pdf, r, rot=0, bg="cloth"),
                when="2026:11:22 16:45:50",
                model=("Apple", "iPhone 12"),
            )
        pk.doc(
            [(fname, [1])],
            "utility_bill",
            look,
            {
                "provider": "Orange",
                "service": "internet",
                "holder_name": "LE GUENNEC HELENE",
                "address": "14 ALLEE DES CAMELIAS, 44300 NANTES",
                "issue_date": B["issue"].isoformat(),
                "period_start": B["start"].isoformat(),
                "period_end": end.isoformat(),
                "amount": 45.99,
                "month": f"2026-{m:02d}",
            },
            "host's Livebox Fibre bill (internet + landline + TV)",
        )

    r = pk.rng("rib")
    bank, branch, acct = "14706", "00025", "72051038941"
    iban, key = french_iban(bank, branch, acct)
    R = {
        "style": "ca",
        "bank": bank,
        "branch": branch,
        "account": acct,
        "key": key,
        "iban": iban,
        "bic": "AGRIFRPP847",
        "holder_lines": [
            "MME OSADCHA DARIA",
            "CHEZ MME LE GUENNEC",
            "14 ALLEE DES CAMELIAS",
            "44300 NANTES",
        ],
        "branch_lines": [
            "CA NANTES ERDRE",
            "2 RUE DE LA BASTILLE",
            "44000 NANTES",
            "02 40 48 71 00",
        ],
        "legal": "Caisse Régionale de Crédit Agricole Mutuel Atlantique Vendée - société coopérative à capital "
        "variable - 440 242 469 RCS Nantes",
        "copies": 1,
    }
    pk.pdf("RIB_Credit_Agricole.pdf", mon.rib(R, r))
    pk.doc(
        [("RIB_Credit_Agricole.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "OSADCHA DARIA",
            "iban": iban,
            "bic": "AGRIFRPP847",
            "bank_name": "Crédit Agricole Atlantique Vendée",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "RIB downloaded from the bank's site",
    )

    r = pk.rng("payslip")
    siren = luhn_complete("53018642")
    siret = luhn_complete(siren + "0004")
    P = {
        "period_label": "octobre 2026",
        "start": "01/10/2026",
        "end": "31/10/2026",
        "paid": "31/10/2026",
        "employer": "LOIRE LOGISTIQUE SAS",
        "employer_lines": [
            "ZA de la Belle Étoile, 9 rue des Entrepreneurs",
            "44470 Carquefou",
            f"SIRET : {siret}",
            "APE : 5210B",
            "Convention collective : Transports routiers (IDCC 16)",
        ],
        "employee_line": "Mme OSADCHA Daria",
        "employee_addr": ["chez Mme Le Guennec", "14 allée des Camélias", "44300 Nantes"],
        "info": [
            ("Matricule", "L-2231"),
            ("N° S.S.", "en cours"),
            ("Entrée", "11/05/2026"),
            ("Emploi", "Préparatrice de commandes"),
            ("Contrat", "CDI"),
            ("Coefficient", "118 M"),
        ],
        "hours": 151.67,
        "rate": 12.35,
        "pas_rate": 0.0,
        "iban_mask": "FR76 1470 **** **** **** ***" + iban[-4:],
        "cp": ("12,5", "0,0", "12,5"),
        "fonts": ("os", "osB"),
    }
    pdf, net = mon.payslip(P, r)
    pk.pdf("bulletin_salaire_octobre_2026.pdf", pdf)
    pk.doc(
        [("bulletin_salaire_octobre_2026.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": "LOIRE LOGISTIQUE SAS",
            "employee_name": "OSADCHA Daria",
            "period": "2026-10",
            "net_pay": net,
            "siret": siret,
        },
        "payroll-service PDF",
    )

    pk.finish(
        {
            "application_form": "complete",
            "identity": "complete",
            "residence_status": "complete",
            "birth_certificate": "complete",
            "residence_proof": "complete",
            "bank_details": "complete",
            "employment": "complete",
        }
    )
