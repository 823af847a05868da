"""Packets p03 (Chad) and p04 (Moldova) of set_dd: one defect each."""

from __future__ import annotations

import datetime as dt

import checks
import docs_id
from packets_a import ALL_OK, D, _rng


def p03(civ, fr, wrk):
    """Chad, lease in his name; defect: the only residence document is a type C visa."""
    ap = dict(surname="ABDERAMANE", given="MAHAMAT SALEH", dob=D(1990, 4, 12))
    r = _rng("p03")
    form = dict(
        surname="ABDERAMANE",
        given="MAHAMAT SALEH",
        sex="M",
        dob=ap["dob"],
        pob="N'Djaména, Tchad",
        nationality="tchadienne",
        address="41 boulevard de la Libération, appt 23",
        postcode="13004",
        city="Marseille",
        phone="06 03 58 92 17",
        email="m.saleh.abderamane@yahoo.fr",
        situation="sans_activite",
        place="Marseille",
        date_text="20/11/2026",
        signed_on=D(2026, 11, 20),
    )
    pp = dict(
        country="TCD",
        surname="ABDERAMANE",
        given="MAHAMAT SALEH",
        number="A01294837",
        dob=ap["dob"],
        sex="M",
        expiry=D(2027, 8, 2),
        issue=D(2022, 8, 3),
        pob="N'DJAMENA",
        nat_text="TCHADIENNE",
        authority="DGSN N'DJAMENA",
        local_name="محمد صالح عبد الرحمن",
        skin=(90, 62, 45),
        fmt=docs_id.d_bi,
    )
    visa = dict(
        number="018462795",
        kind="C",
        valid_for="ÉTATS SCHENGEN",
        until=D(2027, 6, 19),
        duration="90",
        issued_in="N'DJAMENA",
        issued_on=D(2026, 6, 12),
        passport_no="A01294837",
        surname="ABDERAMANE",
        given="MAHAMAT SALEH",
        remarks=["VISITE FAMILIALE"],
        nat="TCD",
        dob=ap["dob"],
        sex="M",
        vls_ts=False,
        category="COURT SÉJOUR",
        skin=(90, 62, 45),
        **{"from": D(2026, 6, 20)},
    )
    birth = dict(
        centre="N'Djaména - 3e arrondissement",
        act_no="0847/1990",
        surname="ABDERAMANE",
        given="Mahamat Saleh",
        sex_text="Masculin",
        dob_text="douze avril mil neuf cent quatre-vingt-dix (12/04/1990)",
        pob="N'Djaména",
        father="Saleh ABDERAMANE MAHAMAT",
        father_job="commerçant",
        mother="Achta ISSA",
        mother_job="ménagère",
        home="quartier Moursal, N'Djaména",
        reg_text="15/04/1990",
        officer="Adoum HASSANE",
        delivered_at="N'Djaména",
        issue_text="20/11/2025",
        stamp_city="N'DJAMENA",
    )
    lease = dict(
        agency="Agence Saint-Michel Immobilier",
        agency_addr="12 place Saint-Michel, 13005 Marseille - carte pro. CPI 1310 2019 000 041 227",
        landlord="SCI LES AMANDIERS",
        landlord_addr="12 place Saint-Michel, 13005 Marseille, représentée par son "
        "mandataire l'Agence Saint-Michel Immobilier",
        tenants=["Mahamat Saleh ABDERAMANE"],
        address="41 boulevard de la Libération, appartement 23, 13004 Marseille",
        habitat="immeuble collectif, 2e étage",
        surface="31 m²",
        rooms="1",
        desc="studio avec coin cuisine, salle d'eau, WC",
        start=D(2026, 7, 15),
        rent="560,00 €",
        charges="40,00 €",
        deposit="560,00 €",
        city="Marseille",
        signed_on=D(2026, 7, 10),
    )
    rib = dict(
        bank="SG",
        holder="ABDERAMANE MAHAMAT SALEH",
        holder_print="M ABDERAMANE MAHAMAT SALEH",
        holder_addr=["41 BD DE LA LIBERATION APT 23", "13004 MARSEILLE"],
        code_banque="30003",
        code_guichet="01550",
        account="00050718394",
        bic="SOGEFRPP",
        branch_lines=["SG MARSEILLE LONGCHAMP", "13004 MARSEILLE"],
    )
    rib_draw, rib_fields = fr.rib_page(rib, r)
    items = [
        dict(
            kind="form",
            v=form,
            way="typed",
            run="A",
            look="text_pdf",
            files=["Demande_PUMa_ABDERAMANE.pdf"],
            date_hand=False,
        ),
        dict(
            kind="passport",
            p=pp,
            look="scan",
            file="passeport.png",
            cover="#1b2f6b",
            gray=True,
            notes="Chadian passport, French/Arabic; grey scan (PNG)",
        ),
        dict(
            kind="visa",
            v=visa,
            look="phone_photo",
            rot=270,
            file="IMG_0932.jpg",
            entry=["POLICE AUX FRONTIÈRES", "ROISSY CDG  E", "02.07.2026"],
            notes="Schengen type C short-stay visa (90 days), with an entry stamp",
        ),
        dict(
            kind="pages",
            look="scan",
            file="acte_naissance_scan.jpg",
            draws=[civ.chad_birth(birth, r)],
            docs=[
                dict(
                    pages=[1],
                    type="birth_certificate",
                    fields={
                        "surname": "ABDERAMANE",
                        "given_names": "Mahamat Saleh",
                        "date_of_birth": "1990-04-12",
                        "place_of_birth": "N'Djaména",
                        "issuing_country": "TCD",
                        "language": "fr",
                        "has_apostille": False,
                    },
                    notes="pre-printed form filled by hand. Chad is not a Hague party; "
                    "Franco-Chadian judicial convention of 6 March 1976 exempts "
                    "civil status documents from legalisation, so no apostille is "
                    "expected",
                )
            ],
        ),
        dict(
            kind="pages",
            look="text_pdf",
            file="Bail_Liberation_2026.pdf",
            draws=fr.lease_pages(lease, r, font="sans", fontb="sansb"),
            title="Bail",
            creator="Agence Saint-Michel Immobilier",
            docs=[
                dict(
                    pages=[1, 2],
                    type="lease",
                    fields=fr.lease_fields(lease),
                    notes="agency lease started 2026-07-15 (> 3 months before as_of)",
                )
            ],
        ),
        dict(
            kind="pages",
            look="scan",
            file="rib_societe_generale.jpg",
            draws=[rib_draw],
            docs=[dict(pages=[1], type="rib", fields=rib_fields)],
        ),
    ]
    reqs = dict(ALL_OK, residence_status="invalid")
    return dict(
        name="p03",
        as_of="2026-11-27",
        employed=False,
        applicant=ap,
        items=items,
        requirements=reqs,
        defect="residence status: only a Schengen type C short-stay visa (no VLS-TS, "
        "titre de séjour or récépissé)",
    )


def p04(civ, fr, wrk):
    """Moldova, VLS-TS conjoint de Français, hosted by her husband; defect: RIB in his name."""
    ap = dict(surname="CIOBANU", given="ANA-MARIA", dob=D(1995, 6, 18))
    r = _rng("p04")
    form = dict(
        surname="CIOBANU",
        usage="MARCHETTI",
        given="ANA-MARIA",
        sex="F",
        dob=ap["dob"],
        pob="Chisinau, Moldavie",
        nationality="moldave",
        address="12 rue de Fontenay",
        postcode="94300",
        city="Vincennes",
        phone="07 81 36 50 24",
        email="anamaria.ciobanu95@gmail.com",
        situation="salarie",
        contract="CDD",
        job="Vendeuse",
        place="Vincennes",
        date_text="16/11/2026",
        signed_on=D(2026, 11, 16),
    )
    pp = dict(
        country="MDA",
        surname="CIOBANU",
        given="ANA-MARIA",
        number="AC4109382",
        dob=ap["dob"],
        sex="F",
        expiry=D(2031, 9, 13),
        issue=D(2021, 9, 14),
        pob="MOLDOVA",
        nat_text="MOLDOVA",
        authority="ASP",
        personal_no="2003041827364",
        optional="2003041827364",
        skin=(225, 192, 165),
        long_hair=True,
    )
    visa = dict(
        number="031579246",
        kind="D",
        valid_for="FRA",
        until=D(2027, 4, 1),
        duration="365",
        issued_in="CHISINAU",
        issued_on=D(2026, 3, 18),
        passport_no="AC4109382",
        surname="CIOBANU",
        given="ANA-MARIA",
        remarks=["VLS-TS VIE PRIVÉE ET FAMILIALE", "CONJOINT DE FRANÇAIS"],
        nat="MDA",
        dob=ap["dob"],
        sex="F",
        vls_ts=True,
        category="VIE PRIVÉE ET FAMILIALE",
        skin=(225, 192, 165),
        long_hair=True,
        **{"from": D(2026, 4, 2)},
    )
    cni = dict(
        kind="CNI",
        surname="MARCHETTI",
        given="JULIEN",
        sex="M",
        nat="FRA",
        dob=D(1991, 2, 8),
        pob="AJACCIO (2A)",
        number="X7FK2LP94",
        expiry=D(2032, 2, 29),
        issue=D(2022, 3, 1),
        address="12 RUE DE FONTENAY 94300 VINCENNES",
        authority="PRÉFECTURE DU VAL-DE-MARNE",
        skin=(205, 165, 130),
    )
    birth = dict(
        series="N-III",
        number="0471852",
        surname="CIOBANU",
        given="Ana-Maria",
        dob_text="18.06.1995",
        dob_words="optsprezece iunie una mie nouă sute nouăzeci și cinci",
        pob="mun. Chișinău, Republica Moldova",
        idnp="2003041827364",
        father="Ciobanu Ion",
        mother="Ciobanu Elena",
        act="nr. 1742 din 26.06.1995",
        reg_office="Oficiul Stare Civilă Chișinău",
        issue_text="05.02.2026",
    )
    apo = dict(
        country="Republica Moldova",
        signed_by="Elena Rusu",
        capacity="registrator",
        seal_of="Agenția Servicii Publice",
        at="Chișinău",
        date_text="10.02.2026",
        by="Agenția Servicii Publice",
        number="AP-26/004187",
        stamp_ring="REPUBLICA MOLDOVA * APOSTILA *",
        stamp_center=["ASP", "CHIȘINĂU"],
    )
    att = dict(
        host="Julien MARCHETTI",
        host_dob=D(1991, 2, 8),
        host_pob="Ajaccio (2A)",
        address="12 rue de Fontenay, 94300 Vincennes",
        address_l1="12 rue de Fontenay",
        address_l2="94300 Vincennes",
        since=D(2026, 4, 10),
        relation="mon épouse, Mme",
        hosted="Ana-Maria CIOBANU épouse MARCHETTI",
        he="e",
        hosted_dob=ap["dob"],
        hosted_pob="Chisinau (Moldavie)",
        hosted_short="Elle",
        proof="mes trois dernières factures Free",
        place="Vincennes",
        signed_on=D(2026, 11, 12),
    )
    addr = ["12 RUE DE FONTENAY", "94300 VINCENNES"]
    bills = []
    for i, m in enumerate((8, 9, 10)):
        start = D(2026, m, 1)
        end = D(2026, m + 1, 1) - dt.timedelta(days=1)
        issue = D(2026, m, 2)
        b = dict(
            provider="Free",
            holder="JULIEN MARCHETTI",
            holder_print="M JULIEN MARCHETTI",
            addr_lines=addr,
            number=f"FB{issue:%Y%m}-{3391204 + 41 * i}",
            account="FBX-7740318",
            issue=issue,
            start=start,
            end=end,
            debit=issue + dt.timedelta(days=8),
            iban_mask="FR76 1820 **** **** **** ***3 01",
            line="09 52 41 70 38",
        )
        bills.append(fr.bill_page(b, r))
    siret = checks.make_siret("53108472", "0019")
    pay = dict(
        employer="LE FOURNIL DE VINCENNES SARL",
        emp_addr=["58 rue du Midi", "94300 Vincennes"],
        siret=siret,
        naf="1071C",
        conv="Boulangerie-pâtisserie (IDCC 843)",
        employee="Ana-Maria CIOBANU",
        employee_print="Mme Ana-Maria CIOBANU",
        emp_addr_lines=["12 rue de Fontenay", "94300 Vincennes"],
        job="Vendeuse en boulangerie",
        entry=D(2026, 6, 1),
        period=D(2026, 10, 1),
        end=D(2026, 10, 31),
        gross=1850.00,
        pas_rate=0.0,
        paid=D(2026, 11, 2),
        contract="CDD",
        font="narrow",
        fontb="narrowb",
    )
    pdraw, pfields = wrk.payslip(pay, r)
    rib = dict(
        bank="CA",
        holder="JULIEN MARCHETTI",
        holder_print="M JULIEN MARCHETTI",
        holder_addr=addr,
        code_banque="18206",
        code_guichet="00054",
        account="65012948301",
        bic="AGRIFRPP882",
        branch_lines=["CA VINCENNES", "7 avenue du Château", "94300 Vincennes"],
    )
    rib_draw, rib_fields = fr.rib_page(rib, r)
    items = [
        dict(
            kind="form",
            v=form,
            way="hand",
            run="B",
            look="scan",
            files=["scan_0012.jpg", "scan_0013.jpg"],
            hand_font="h_humor",
        ),
        dict(
            kind="passport",
            p=pp,
            look="phone_photo",
            rot=0,
            file="IMG_20261113_101958.jpg",
            cover="#3b2a20",
            notes="Moldovan passport; IDNP in the MRZ optional data",
        ),
        dict(
            kind="visa",
            v=visa,
            look="scan",
            file="visa_scan.jpg",
            notes="VLS-TS vie privée et familiale (conjoint de Français)",
        ),
        dict(
            kind="pages",
            look="image_pdf",
            file="certificat_nastere.pdf",
            draws=[civ.moldova_birth(birth, r)],
            docs=[
                dict(
                    pages=[1],
                    type="birth_certificate",
                    fields={
                        "surname": "CIOBANU",
                        "given_names": "Ana-Maria",
                        "date_of_birth": "1995-06-18",
                        "place_of_birth": "mun. Chișinău, Republica Moldova",
                        "issuing_country": "MDA",
                        "language": "ro",
                        "has_apostille": True,
                    },
                )
            ],
        ),
        dict(
            kind="pages",
            look="phone_photo",
            file="IMG_20261113_102410.jpg",
            rot=90,
            draws=[civ.apostille(apo, r, "ro")],
            table="white",
            docs=[
                dict(
                    pages=[1],
                    type="apostille",
                    fields={
                        "country": "Republica Moldova",
                        "issued_on": "2026-02-10",
                        "number": "AP-26/004187",
                        "signed_by": "Elena Rusu",
                    },
                    notes="apostille of the Moldovan birth certificate, separate sheet",
                )
            ],
        ),
        dict(
            kind="pages",
            look="phone_photo",
            file="IMG_20261113_102233.jpg",
            rot=0,
            draws=[fr.attestation_hand(att, r)],
            docs=[
                dict(
                    pages=[1],
                    type="hosting_attestation",
                    fields=fr.attestation_fields(att),
                    notes="handwritten by the husband on a school sheet",
                )
            ],
        ),
        dict(
            kind="card",
            k=cni,
            look="scan",
            file="cni_julien_recto_verso.jpg",
            gray=True,
            notes="host's ID: French identity card (2021 model), both sides on one page",
        ),
    ]
    for (bd, bf), m in zip(bills, ("08", "09", "10"), strict=True):
        items.append(
            dict(
                kind="pages",
                look="text_pdf",
                file=f"Facture_Free_2026-{m}.pdf",
                draws=[bd],
                title="Facture Freebox",
                creator="Free",
                docs=[
                    dict(pages=[1], type="utility_bill", fields=bf, notes="host's bill (husband)")
                ],
            )
        )
    items += [
        dict(
            kind="pages",
            look="image_pdf",
            file="bulletin_salaire_oct.pdf",
            draws=[pdraw],
            docs=[dict(pages=[1], type="payslip", fields=pfields)],
        ),
        dict(
            kind="pages",
            look="phone_photo",
            file="RIB.jpg",
            rot=180,
            draws=[rib_draw],
            docs=[
                dict(
                    pages=[1],
                    type="rib",
                    fields=rib_fields,
                    notes="the husband's own account; the applicant is not a holder",
                )
            ],
        ),
    ]
    reqs = dict(ALL_OK, employment="complete", bank_details="invalid")
    return dict(
        name="p04",
        as_of="2026-11-30",
        employed=True,
        applicant=ap,
        items=items,
        requirements=reqs,
        defect="bank details: the only RIB is in the husband's name alone (holder is "
        "not the applicant)",
    )
