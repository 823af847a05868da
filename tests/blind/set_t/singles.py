"""Single documents d001-d0xx, part 1: identity, residence status, civil status."""

from __future__ import annotations

import datetime as dt

import make
from single_people import SP, single
from tk import rng_for

D = dt.date


# ---------------------------------------------------------------- recipes


def passports():
    out = []
    plan = [
        ("dz1", "passeport_algerien.jpg", "phone_photo", None),
        ("sn1", "passport_scan.jpg", "scan", None),
        ("ci1", "PASSEPORT.pdf", "image_pdf", None),
        ("cm1", "IMG_20261104_093512.jpg", "phone_photo", None),
        ("vn1", "ho_chieu.png", "scan", None),
        ("ht1", "paspo.jpg", "phone_photo", None),
        ("ru1", "passport_RU.jpg", "scan", None),
        ("ir1", "passport.pdf", "image_pdf", None),
        ("lb1", "jawaz_safar.jpg", "phone_photo", None),
        ("pe1", "pasaporte_peru.jpg", "scan", None),
        ("ng1", "intl_passport.jpg", "phone_photo", None),
        ("ca1", "passeport_canadien.pdf", "image_pdf", None),
        ("us1", "US_passport_old.jpg", "scan", None),
        ("gb1", "passport_photo.jpg", "phone_photo", "number"),
        ("cn1", "huzhao.jpg", "phone_photo", None),
    ]
    for key, path, look, bad in plan:

        def fn(name, key=key, path=path, look=look, bad=bad):
            p = SP[key]
            rng = rng_for(name)
            doc = make.passport(p, rng, bad=bad)
            if p["pp_expiry"] < D(2026, 11, 16):
                doc.notes = (doc.notes + "; " if doc.notes else "") + "expired"
            if p.get("surname_print"):
                doc.notes = (doc.notes + "; " if doc.notes else "") + "name printed in two scripts"
            return single(name, p, [(path, look, doc)])

        out.append(fn)
    return out


def national_ids():
    def cni_new(name):
        rng = rng_for(name)
        h = dict(
            key="fr1",
            surname="ROUSSEAU",
            given="Camille Hélène",
            sex="F",
            dob=D(1988, 11, 30),
            pob_print="TOURS (37)",
            street="",
            postcode="",
            city="",
        )
        d = make.cni(
            h,
            rng,
            2021,
            number="Z9KP4RT2X",
            issued=D(2023, 2, 7),
            expiry=D(2033, 2, 6),
            authority="PRÉFECTURE D'INDRE-ET-LOIRE",
            usage="ép. DELMAS",
        )
        return single(
            name,
            h,
            [
                ("CNI_recto.jpg", "phone_photo", (d, [0])),
                ("CNI_verso.jpg", "phone_photo", (d, [1])),
            ],
        )

    def cni_old(name):
        rng = rng_for(name)
        h = dict(
            key="fr2",
            surname="DE LA FONTAINE",
            given="Pierre-Yves Marie",
            sex="M",
            dob=D(1968, 4, 12),
            pob_print="RENNES (35)",
            street="12 rue de Brest",
            postcode="35000",
            city="Rennes",
        )
        d = make.cni(
            h,
            rng,
            1988,
            number="120335104821",
            issued=D(2012, 3, 11),
            expiry=D(2022, 3, 10),
            authority="SOUS-PRÉFECTURE DE SAINT-MALO",
        )
        d.notes = "1988 model; printed validity 2022-03-10, extended by law to 2027-03-10 (cards issued 2004-2013 to adults)"
        return single(name, h, [("carte_identite.jpg", "scan", (d, "sheet"))])

    def eu(country, key, surname, given, sex, dob, pob, number, issued, expiry, back, path, look):
        def fn(name):
            rng = rng_for(name)
            p = dict(key=key, surname=surname, given=given, sex=sex, dob=dob, pob_city=pob)
            d = make.eu_id(
                p,
                rng,
                country=country,
                number=number,
                issued=issued,
                expiry=expiry,
                pob=pob,
                back=back,
            )
            if look == "two":
                return single(
                    name,
                    p,
                    [
                        ("id_front.jpg", "phone_photo", (d, [0])),
                        ("id_back.jpg", "phone_photo", (d, [1])),
                    ],
                )
            return single(name, p, [(path, look, (d, "sheet"))])

        return fn

    return [
        cni_new,
        cni_old,
        eu(
            "ESP",
            "es1",
            "GARCÍA LÓPEZ",
            "María del Carmen",
            "F",
            D(1991, 8, 4),
            "SEVILLA",
            "BKL482917",
            D(2022, 5, 3),
            D(2032, 5, 3),
            [("DOMICILIO", "C. SIERPES 48, SEVILLA"), ("DNI", "48291736Q")],
            "DNI.pdf",
            "image_pdf",
        ),
        eu(
            "D",
            "de1",
            "MÜLLER",
            "Jonas Friedrich",
            "M",
            D(1997, 1, 19),
            "HAMBURG",
            "L01X7T4K9",
            D(2021, 9, 1),
            D(2031, 8, 31),
            [("ANSCHRIFT", "EPPENDORFER WEG 12, 20259 HAMBURG")],
            "Personalausweis.jpg",
            "scan",
        ),
        eu(
            "BEL",
            "be1",
            "VAN DEN BROECK",
            "Elise",
            "F",
            D(1990, 10, 2),
            "GENT",
            "592048173",
            D(2020, 2, 14),
            D(2030, 2, 13),
            [("Lieu de délivrance", "GENT")],
            "eID.jpg",
            "two",
        ),
        eu(
            "PRT",
            "pt1",
            "SOUSA PEREIRA",
            "João Miguel",
            "M",
            D(1986, 5, 27),
            "LISBOA",
            "148273916",
            D(2022, 11, 8),
            D(2032, 11, 8),
            [],
            "cartao_cidadao.png",
            "scan",
        ),
        eu(
            "ROU",
            "ro1",
            "POPESCU",
            "Andreea-Ioana",
            "F",
            D(1999, 3, 3),
            "CLUJ-NAPOCA",
            "RX482917",
            D(2024, 3, 3),
            D(2034, 3, 3),
            [("CNP", "2990303125789"), ("Domiciliu", "Mun. Cluj-Napoca, Str. Horea nr. 12")],
            "buletin.jpg",
            "phone_photo",
        ),
    ]


def visas():
    def v(key, path, look, **kw):
        def fn(name):
            p = SP[key]
            rng = rng_for(name)
            d = make.visa(p, rng, **kw)
            if kw.get("valid_until") and kw["valid_until"] < D(2026, 11, 16):
                d.notes = "expired"
            if not kw.get("vls_ts", True):
                d.notes = "not a VLS-TS"
            return single(name, p, [(path, look, d)])

        return fn

    return [
        v(
            "dz1",
            "visa_etudiant.jpg",
            "phone_photo",
            number="030184726",
            category="ETUDIANT",
            valid_from=D(2026, 9, 1),
            valid_until=D(2027, 8, 31),
            issued_in="ORAN",
            issued_on=D(2026, 8, 3),
        ),
        v(
            "sn1",
            "visa_conjoint.jpg",
            "scan",
            number="025718394",
            category="CONJOINT DE FRANCAIS",
            valid_from=D(2026, 2, 14),
            valid_until=D(2027, 2, 13),
            issued_in="DAKAR",
            issued_on=D(2026, 1, 28),
        ),
        v(
            "in2",
            "schengen_visa.jpg",
            "phone_photo",
            number="038471920",
            type="C",
            vls_ts=False,
            category=None,
            valid_from=D(2026, 6, 1),
            valid_until=D(2026, 6, 30),
            days=21,
            issued_in="BANGALORE",
            issued_on=D(2026, 5, 12),
            remarks=["TOURISME"],
            entries="2",
        ),
        v(
            "vn1",
            "visa_2025.jpg",
            "scan",
            number="019283746",
            category="ETUDIANT",
            valid_from=D(2025, 9, 1),
            valid_until=D(2026, 8, 31),
            issued_in="HANOI",
            issued_on=D(2025, 8, 12),
        ),
        v(
            "us1",
            "VLS-TS_visiteur.pdf",
            "image_pdf",
            number="022847193",
            category="VISITEUR",
            valid_from=D(2026, 7, 1),
            valid_until=D(2027, 6, 30),
            issued_in="HOUSTON",
            issued_on=D(2026, 6, 9),
        ),
        v(
            "br2",
            "visa_estagio.jpg",
            "phone_photo",
            number="027384619",
            category="STAGIAIRE",
            vls_ts=False,
            valid_from=D(2026, 9, 7),
            valid_until=D(2027, 3, 6),
            issued_in="RECIFE",
            issued_on=D(2026, 8, 14),
            remarks=[
                "VISA DE LONG SEJOUR TEMPORAIRE",
                "STAGIAIRE - DISPENSE TEMPORAIRE",
                "DE CARTE DE SEJOUR",
            ],
        ),
        v(
            "ng1",
            "visa_talent.png",
            "scan",
            number="034918275",
            category="PASSEPORT TALENT",
            valid_from=D(2026, 5, 4),
            valid_until=D(2027, 5, 3),
            issued_in="LAGOS",
            issued_on=D(2026, 4, 15),
        ),
    ]


def permits():
    def t(key, path, look, layout="sheet", **kw):
        def fn(name):
            p = SP[key]
            rng = rng_for(name)
            d = make.titre(p, rng, **kw)
            if kw["expiry"] < D(2026, 11, 16):
                d.notes = "expired"
            if layout == "two":
                return single(
                    name,
                    p,
                    [("titre_recto.jpg", look, (d, [0])), ("titre_verso.jpg", look, (d, [1]))],
                )
            return single(name, p, [(path, look, (d, layout))])

        return fn

    def rec(key, path, look, **kw):
        def fn(name):
            p = SP[key]
            rng = rng_for(name)
            d = make.recepisse(p, rng, **kw)
            d.fields["nationality"] = p["nat"]
            return single(name, p, [(path, look, d)])

        return fn

    return [
        t(
            "cm1",
            "titre_de_sejour.pdf",
            "image_pdf",
            number="3FV9QK27L",
            expiry=D(2027, 7, 18),
            issued=D(2026, 7, 19),
            kind="CARTE DE SEJOUR TEMPORAIRE",
            mention="VIE PRIVEE ET FAMILIALE",
            prefecture="PRÉFECTURE DU VAL-DE-MARNE",
            address_line="9 AVENUE DE PARIS",
            address_line2="94300 VINCENNES",
        ),
        t(
            "vn1",
            "TS_pluriannuelle.jpg",
            "phone_photo",
            layout="two",
            number="7LM3XD94H",
            expiry=D(2029, 10, 14),
            issued=D(2025, 10, 15),
            kind="CARTE DE SEJOUR PLURIANNUELLE",
            mention="ETUDIANT",
            prefecture="PRÉFECTURE DE LA HAUTE-GARONNE",
            address_line="18 RUE DES LOIS",
            address_line2="31000 TOULOUSE",
        ),
        t(
            "ml1",
            "carte_resident.jpg",
            "scan",
            number="1RN82KD47",
            expiry=D(2034, 4, 30),
            issued=D(2024, 5, 1),
            kind="CARTE DE RESIDENT",
            mention="RESIDENT - 10 ANS",
            prefecture="PRÉFECTURE DE LA SEINE-SAINT-DENIS",
            address_line="22 RUE GABRIEL PERI",
            address_line2="93100 MONTREUIL",
        ),
        t(
            "dz1",
            "certificat_residence.jpg",
            "phone_photo",
            layout="side",
            number="8DZ41KP73",
            expiry=D(2026, 9, 30),
            issued=D(2025, 10, 1),
            kind="CERTIFICAT DE RÉSIDENCE ALGÉRIEN",
            mention="ETUDIANT - 1 AN",
            prefecture="PRÉFECTURE DU RHÔNE",
            address_line="4 RUE PASTEUR",
            address_line2="69007 LYON",
        ),
        rec(
            "ht1",
            "recepisse.pdf",
            "image_pdf",
            number="9751234567",
            expiry=D(2027, 2, 9),
            valid_from=D(2026, 8, 10),
            issued=D(2026, 8, 10),
            prefecture="Préfecture de Police",
            city="Paris",
            nat_print="HAÏTIENNE",
            mention="vie privée et familiale",
        ),
        rec(
            "cd1",
            "recepisse_renouvellement.jpg",
            "phone_photo",
            number="6931827465",
            expiry=D(2026, 12, 20),
            valid_from=D(2026, 6, 21),
            issued=D(2026, 6, 21),
            prefecture="Préfecture du Rhône",
            city="Lyon",
            nat_print="CONGOLAISE (RDC)",
            mention="salarié",
        ),
        rec(
            "ua3",
            "APS_protection_temporaire.pdf",
            "image_pdf",
            number="1327946580",
            expiry=D(2027, 3, 4),
            valid_from=D(2026, 9, 5),
            issued=D(2026, 9, 5),
            prefecture="Préfecture de la Gironde",
            city="Bordeaux",
            nat_print="UKRAINIENNE",
            title="AUTORISATION PROVISOIRE DE SÉJOUR",
            subtitle="Bénéficiaire de la protection temporaire",
            motive="protection temporaire (décision d'exécution (UE) 2022/382 du Conseil)",
        ),
    ]
