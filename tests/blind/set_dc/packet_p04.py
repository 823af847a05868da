"""Packet p04: Madagascar, hosted by a cousin, student; defect: IBAN fails mod 97."""

from __future__ import annotations

from civil import birth_mg
from common import fr_iban, iban_ok, render, rib_key_ok
from fields import id_fields
from forms import attestation, cerfa, lease
from ids import passport, residence_card
from money import rib_word
from out import Packet, pages_img, sheet


# ============================================================================= p04
def p04(out: str) -> str:
    sur, giv = "RANDRIANARIVELO", "ANDRIAMIHAJA TOJONIAINA NOMENJANAHARY"
    app = {"surname": sur, "given_names": giv, "date_of_birth": "1999-04-17"}
    pk = Packet(out, "p04", 4304, "2026-11-30", False, app)
    pk.defect = "IBAN on the RIB fails the mod-97 check (two digits swapped when retyped)"
    pk.reqs["bank_details"] = "invalid"
    addr = "27 boulevard de la Libération, appartement 12, 13001 Marseille"

    form = cerfa(
        {
            "surname": sur,
            "given": "Andriamihaja Tojoniaina Nomenjanahary",
            "dob": "17/04/1999",
            "pob": "Fianarantsoa (Madagascar)",
            "nat": "malgache",
            "addr": "chez M. Razafindrakoto, 27 bd de la Libération, appt 12",
            "cp": "13001",
            "city": "Marseille",
            "status": "other",
            "other": "étudiant (master 1, Aix-Marseille Université)",
            "place": "Marseille",
            "date": "14/11/2026",
        },
        pk.sub("form"),
        "hand4",
    )
    pk.scan_jpg("scan_formulaire.jpg", pages_img(form[:1], 200, "p04 form")[0], "formscan")
    pk.doc(
        [("scan_formulaire.jpg", [1])],
        "application_form",
        "scan",
        {
            "surname": sur,
            "given_names": "Andriamihaja Tojoniaina Nomenjanahary",
            "date_of_birth": "1999-04-17",
            "employment_status": "other",
            "signed": True,
            "signed_on": "2026-11-14",
            "nir": None,
        },
        "Hand-filled; 'Autre situation: étudiant' ticked (student, not working).",
    )

    mg = {
        "type": "Karazany / Type",
        "code": "Kaody / Code",
        "no": "Laharana / Passeport N°",
        "surname": "Anarana / Nom / Surname",
        "given": "Fanampin'anarana / Prénoms / Given names",
        "nat": "Zom-pirenena / Nationalité / Nationality",
        "dob": "Daty nahaterahana / Date de naissance",
        "sex": "Sexe / Sex",
        "pob": "Toerana nahaterahana / Lieu de naissance / Place of birth",
        "issue": "Daty namoahana / Date de délivrance",
        "auth": "Fahefana / Autorité",
        "exp": "Daty farany / Date d'expiration / Date of expiry",
    }
    pp, mrz = passport(
        {
            "head": "REPOBLIKAN'I MADAGASIKARA",
            "head2": "PASIPAOROPY / PASSEPORT",
            "labels": mg,
            "country": "MDG",
            "doc": "A05189274",
            "surname_lines": [sur],
            "given_lines": [giv],
            "nat_txt": "MALAGASY",
            "dob_txt": "17 AVR/APR 1999",
            "sex_txt": "M",
            "pob_txt": "FIANARANTSOA",
            "issue_txt": "03 MARS/MAR 2025",
            "auth_txt": "ANTANANARIVO",
            "exp_txt": "02 MARS/MAR 2030",
            "mrz_surname": sur,
            "mrz_given": giv,
            "nat": "MDG",
            "dob": "1999-04-17",
            "sex": "M",
            "exp": "2030-03-02",
            "bg": (228, 238, 228),
            "band": (0, 120, 70),
            "ink": (190, 215, 190),
        },
        pk.sub("pp"),
    )
    pp.check("p04 passport")
    pk.photo("IMG_20261113_201455.jpg", render(pp, 500), "ppphoto", rot=180, fill=0.76)
    pk.doc(
        [("IMG_20261113_201455.jpg", [1])],
        "passport",
        "phone_photo",
        id_fields(sur, giv, "A05189274", "MDG", "MDG", "1999-04-17", "M", "2030-03-02"),
        "Photo upside down (180°). MRZ truncates the given names: " + " / ".join(mrz),
    )

    f, b, tmrz = residence_card(
        {
            "number": "ZC2290471",
            "sex": "M",
            "surname": sur,
            "given": giv,
            "kind": "CARTE DE SÉJOUR TEMPORAIRE",
            "until_txt": "14.09.2027",
            "remark": "ÉTUDIANT",
            "birth_txt": "17.04.1999 FIANARANTSOA (MDG)",
            "nat_txt": "MALGACHE",
            "issued_txt": "PRÉF. DES BOUCHES-DU-RHÔNE 15.09.2026",
            "address": "27 BD DE LA LIBERATION APT 12 13001 MARSEILLE",
            "mrz_surname": sur,
            "mrz_given": giv,
            "nat": "MDG",
            "dob": "1999-04-17",
            "until": "2027-09-14",
        },
        pk.sub("ts"),
    )
    page = sheet([(f, 30, 35, 86), (b, 30, 100, 86)], pk.sub("tss"))
    pk.scans("titre_de_sejour.pdf", [page], "tsscan")
    pk.doc(
        [("titre_de_sejour.pdf", [1])],
        "residence_permit",
        "image_pdf",
        id_fields(sur, giv, "ZC2290471", "MDG", "FRA", "1999-04-17", "M", "2027-09-14"),
        "Carte de séjour temporaire 'étudiant', recto/verso on one page. MRZ TD1 (name "
        "truncated): " + " / ".join(tmrz),
    )

    bc = birth_mg(
        {
            "left_head": [
                "FARITRA : MATSIATRA AMBONY",
                "DISTRIKA : FIANARANTSOA I",
                "KAOMININA : FIANARANTSOA",
                "Biraon'ny sora-piankohonana",
            ],
            "number": "1284",
            "year": "1999",
            "name_line": "RANDRIANARIVELO Andriamihaja Tojoniaina Nomenjanahary",
            "body": "Le dix-sept avril mil neuf cent quatre-vingt-dix-neuf, à dix heures trente "
            "minutes, est né à Fianarantsoa, hôpital de Tambohobe, RANDRIANARIVELO "
            "Andriamihaja Tojoniaina Nomenjanahary, de sexe masculin, fils de "
            "RANDRIANARIVELO Jean Aimé, né à Ambalavao le 2 mars 1968, instituteur, et de "
            "RAZANAMALALA Voahangy Lalao, née à Fianarantsoa le 14 octobre 1972, ménagère, "
            "domiciliés à Fianarantsoa, lot IVB 23 Ambalapaiso.\nDressé le vingt avril mil "
            "neuf cent quatre-vingt-dix-neuf, à neuf heures, sur la déclaration du père, "
            "qui, lecture faite, a signé avec nous, RAKOTOARISOA Hanitra, officier de l'état "
            "civil de la commune urbaine de Fianarantsoa.",
            "place_date": "Fianarantsoa, le 12 mai 2026",
            "officer": "RAZAFIMAHATRATRA Lova",
        },
        pk.sub("bc"),
    )
    pk.photo("acte_naissance.jpg", pages_img([bc], 300, "p04 bc")[0], "bcphoto", rot=0, fill=0.84)
    pk.doc(
        [("acte_naissance.jpg", [1])],
        "birth_certificate",
        "phone_photo",
        {
            "surname": sur,
            "given_names": "Andriamihaja Tojoniaina Nomenjanahary",
            "date_of_birth": "1999-04-17",
            "place_of_birth": "Fianarantsoa",
            "issuing_country": "MDG",
            "language": "fr",
            "has_apostille": False,
        },
        "Malagasy copie d'acte de naissance (Malagasy/French), prose. Madagascar is not a "
        "Hague party; the Franco-Malagasy convention of 4 June 1973 exempts civil-status "
        "acts from legalisation, so no apostille is expected: requirement complete.",
    )

    att = attestation(
        {
            "sender": [
                "Hery Nirina RAZAFINDRAKOTO",
                "27 boulevard de la Libération, appartement 12",
                "13001 Marseille",
                "Tél. 06 58 14 72 09",
            ],
            "paragraphs": [
                "Je soussigné Hery Nirina RAZAFINDRAKOTO, né le 2 août 1984 à Antananarivo "
                "(Madagascar), de nationalité française, demeurant au 27 boulevard de la "
                "Libération, "
                "appartement 12, 13001 Marseille, certifie sur l'honneur héberger à mon domicile "
                "mon cousin, Monsieur RANDRIANARIVELO Andriamihaja Tojoniaina Nomenjanahary, né le "
                "17 avril 1999 à Fianarantsoa (Madagascar), depuis le 1er juillet 2026.",
                "Je certifie que l'intéressé réside de manière stable et effective à cette "
                "adresse.",
                "La présente attestation est délivrée pour servir et valoir ce que de droit.",
            ],
            "place_date": "Fait à Marseille, le 12 novembre 2026",
        },
        pk.sub("att"),
        None,
    )
    pk.text_pdf("attestation_hebergement_Hery.pdf", [att], "Attestation", "Hery R.")
    pk.doc(
        [("attestation_hebergement_Hery.pdf", [1])],
        "hosting_attestation",
        "text_pdf",
        {
            "host_name": "Hery Nirina RAZAFINDRAKOTO",
            "hosted_name": "RANDRIANARIVELO Andriamihaja Tojoniaina Nomenjanahary",
            "address": addr,
            "since_date": "2026-07-01",
            "signed_on": "2026-11-12",
            "signed": True,
        },
        "Typed (word processor), pen signature drawn in.",
    )

    fr_lab = {
        "type": "Type",
        "code": "Code du pays / Country code",
        "no": "Passeport n° / Passport No.",
        "surname": "Nom / Surname",
        "given": "Prénoms / Given names",
        "nat": "Nationalité / Nationality",
        "dob": "Date de naissance / Date of birth",
        "sex": "Sexe / Sex",
        "pob": "Lieu de naissance / Place of birth",
        "issue": "Date de délivrance / Date of issue",
        "auth": "Autorité / Authority",
        "exp": "Date d'expiration / Date of expiry",
    }
    hp, hmrz = passport(
        {
            "head": "RÉPUBLIQUE FRANÇAISE",
            "head2": "PASSEPORT / PASSPORT",
            "labels": fr_lab,
            "country": "FRA",
            "doc": "21AK58392",
            "surname_lines": ["RAZAFINDRAKOTO"],
            "given_lines": ["HERY, NIRINA"],
            "nat_txt": "Française",
            "dob_txt": "02 08 1984",
            "sex_txt": "M",
            "pob_txt": "ANTANANARIVO (MDG)",
            "issue_txt": "17 05 2021",
            "auth_txt": "Préf. Bouches-du-Rhône",
            "exp_txt": "16 05 2031",
            "mrz_surname": "RAZAFINDRAKOTO",
            "mrz_given": "HERY NIRINA",
            "nat": "FRA",
            "dob": "1984-08-02",
            "sex": "M",
            "exp": "2031-05-16",
            "bg": (238, 232, 236),
            "band": (30, 40, 110),
            "ink": (215, 200, 215),
        },
        pk.sub("hpp"),
    )
    pk.scan_jpg("passeport_Hery.jpg", sheet([(hp, 25, 25, 140)], pk.sub("hpps")), "hppscan")
    pk.doc(
        [("passeport_Hery.jpg", [1])],
        "passport",
        "scan",
        id_fields(
            "RAZAFINDRAKOTO",
            "HERY, NIRINA",
            "21AK58392",
            "FRA",
            "FRA",
            "1984-08-02",
            "M",
            "2031-05-16",
        ),
        "The host's French passport. MRZ: " + " / ".join(hmrz),
    )

    hl = lease(
        {
            "landlord": "Mme Odile FABRE",
            "landlord_addr": "4 traverse des Pins, 13009 Marseille",
            "tenants": ["RAZAFINDRAKOTO"],
            "tenants_txt": "M. Hery Nirina RAZAFINDRAKOTO, né le 02/08/1984 à Antananarivo",
            "address": "27 boulevard de la Libération, appartement 12, 13001 Marseille",
            "desc": "Appartement de type T3 de 58 m² au 3e étage avec ascenseur : entrée, "
            "séjour, deux chambres, cuisine, salle de bains, WC séparé, cave n° 7.",
            "start_txt": "1er septembre 2021",
            "rent": "690",
            "charges": "80",
            "deposit": "690",
            "city": "Marseille",
            "signed_txt": "25 août 2021",
        },
        pk.sub("hlease"),
    )
    pk.scans("bail_Hery.pdf", pages_img(hl, 200, "p04 lease"), "hlscan")
    pk.doc(
        [("bail_Hery.pdf", [1, 2, 3])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Hery Nirina RAZAFINDRAKOTO"],
            "landlord": "Odile FABRE",
            "address": addr,
            "start_date": "2021-09-01",
        },
        "The host's lease (attestation route).",
    )

    # RIB retyped by the applicant with two digits of the account swapped: the defect
    good, key = fr_iban("30003", "01540", "00050812473")
    acc_bad = "00050814273"
    bad = good[:4] + "30003" + "01540" + acc_bad + key
    assert len(bad) == 27 and not iban_ok(bad) and iban_ok(good)
    assert not rib_key_ok("30003", "01540", acc_bad, key)
    rw = rib_word(
        {
            "holder": "M. " + sur + " " + giv,
            "addr": "chez M. Razafindrakoto, 27 bd de la Libération, 13001 Marseille",
            "bank_name": "Société Générale",
            "agency": "Marseille Canebière",
            "iban": bad,
            "bic": "SOGEFRPP",
            "bank": "30003",
            "branch": "01540",
            "account": acc_bad,
            "key": key,
        }
    )
    pk.text_pdf("RIB.pdf", [rw], "RIB", "Tojo")
    pk.doc(
        [("RIB.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": sur + " " + giv,
            "iban": bad,
            "bic": "SOGEFRPP",
            "bank_name": "Société Générale",
            "iban_valid": False,
            "rib_key_valid": False,
        },
        "DEFECT: retyped in a word processor; account digits '2473' typed '4273' in both the "
        "IBAN and the RIB table, so the IBAN mod-97 check and the RIB key both fail.",
    )
    pk.finish()
    return pk.name
