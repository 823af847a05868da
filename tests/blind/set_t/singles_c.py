"""Single documents, part 3: bills, leases, hosting attestations, payslips, contracts, RIBs,
application forms and documents that are none of the fifteen types."""

from __future__ import annotations

import datetime as dt

import make
from singles import SP, single
from tk import rng_for

D = dt.date


def _r(key, sp, street, pc, city, street2=None):
    src = SP[sp]
    p = dict(src, key=key, street=street, street2=street2, postcode=pc, city=city)
    p["addr_inline"] = ", ".join([street] + ([street2] if street2 else []) + ["%s %s" % (pc, city)])
    return p


RES = {
    "r1": _r("r1", "dz1", "28 rue Marietton", "69009", "Lyon"),
    "r2": _r("r2", "sn1", "11 avenue Jean Jaurès", "93300", "Aubervilliers", "Bâtiment C, apt 57"),
    "r3": _r("r3", "vn1", "18 rue des Lois", "31000", "Toulouse"),
    "r4": _r("r4", "lb1", "6 place du Marché", "06300", "Nice"),
    "r5": _r("r5", "ng1", "102 rue Nationale", "37000", "Tours"),
    "r6": _r("r6", "pe1", "4 impasse du Moulin", "67200", "Strasbourg"),
    "r7": _r("r7", "ir1", "57 boulevard Voltaire", "75011", "Paris", "Escalier B, 5e étage"),
    "r8": _r("r8", "ru1", "9 allée des Tilleuls", "34000", "Montpellier"),
    "r9": _r("r9", "ml1", "22 rue Gabriel Péri", "93100", "Montreuil"),
    "r10": _r("r10", "cm1", "9 avenue de Paris", "94300", "Vincennes"),
    "r11": _r("r11", "in2", "3 rue de la Gare", "78000", "Versailles"),
    "r12": _r("r12", "br2", "15 quai des Chartrons", "33000", "Bordeaux"),
}


def bills_single():
    spec = [
        (
            "r1",
            "EDF",
            dict(
                start=D(2026, 8, 14),
                end=D(2026, 10, 13),
                ref_label="Point de livraison",
                option="Tarif Bleu - Heures Creuses 9 kVA",
                amount=146.2,
            ),
            "facture_EDF_octobre.pdf",
            "text_pdf",
            False,
            "bimonthly meter-reading bill",
        ),
        (
            "r2",
            "Engie",
            dict(start=D(2026, 9, 1), ref_label="PCE / PDL", amount=88.4),
            "engie_facture_sept.jpg",
            "phone_photo",
            False,
            "",
        ),
        (
            "r3",
            "TotalEnergies",
            dict(start=D(2026, 10, 1), ref_label="PDL", monthly_title=True, amount=54.1),
            "Facture_TotalEnergies_102026.pdf",
            "text_pdf",
            False,
            "",
        ),
        (
            "r4",
            "ekWateur",
            dict(start=D(2026, 9, 1), ref_label="PDL", amount=61.7),
            "ekwateur_septembre.pdf",
            "image_pdf",
            False,
            "",
        ),
        (
            "r5",
            "Free",
            dict(
                start=D(2026, 10, 1),
                plan="Freebox Ultra",
                ref_label="Numéro de ligne",
                amount=49.99,
                issue_words=True,
                sender="Free Service Abonné - 75371 Paris Cedex 08",
            ),
            "free_octobre.jpg",
            "phone_photo",
            False,
            "",
        ),
        (
            "r6",
            "SFR",
            dict(start=D(2026, 9, 1), plan="SFR Box 8", ref_label="Numéro de ligne", amount=44.0),
            "SFR_facture.jpg",
            "scan",
            False,
            "",
        ),
        (
            "r7",
            "Orange",
            dict(
                start=D(2026, 10, 1),
                ref_label="Ligne mobile",
                amount=27.99,
                service="mobile",
                plan="Forfait 150 Go",
                line_no="06 14 82 39 57",
                clock="21:14",
            ),
            "Screenshot_Orange_et_moi.png",
            "screenshot",
            True,
            "bill shown in the operator's app",
        ),
        (
            "r8",
            "Bouygues Telecom",
            dict(start=D(2026, 9, 1), plan="Bbox must", ref_label="Numéro de ligne", amount=36.99),
            "bouygues_09_2026.pdf",
            "image_pdf",
            False,
            "",
        ),
        (
            "r9",
            "Sosh",
            dict(
                start=D(2026, 10, 1),
                plan="Sosh 40 Go",
                ref_label="Numéro de ligne",
                amount=10.99,
                line_no="07 51 22 83 40",
            ),
            "Facture_Sosh.pdf",
            "text_pdf",
            False,
            "",
        ),
        (
            "r10",
            "RED by SFR",
            dict(
                start=D(2026, 10, 1),
                plan="RED 100 Go",
                ref_label="Ligne",
                amount=14.99,
                line_no="07 83 10 47 26",
                clock="08:02",
            ),
            "IMG_7781.PNG",
            "screenshot",
            True,
            "bill shown in the operator's app",
        ),
        (
            "r7",
            "Eau de Paris",
            dict(
                start=D(2026, 4, 1), end=D(2026, 9, 30), ref_label="Compteur", amount=118.6, m3=31
            ),
            "eau_de_paris.pdf",
            "text_pdf",
            False,
            "half-year water bill",
        ),
        (
            "r11",
            "Veolia",
            dict(
                start=D(2026, 5, 16), end=D(2026, 11, 15), ref_label="Contrat", amount=142.9, m3=38
            ),
            "veolia_eau.jpg",
            "scan",
            False,
            "half-year water bill",
        ),
        (
            "r12",
            "Free",
            dict(
                start=D(2026, 9, 1),
                plan="Forfait Free 5G",
                service="mobile",
                ref_label="Numéro de ligne",
                amount=19.99,
                line_no="06 48 27 19 05",
            ),
            "FreeMobile_Facture_sept.pdf",
            "text_pdf",
            False,
            "",
        ),
    ]
    out = []
    for key, prov, kw, path, look, screen, note in spec:

        def fn(name, key=key, prov=prov, kw=kw, path=path, look=look, screen=screen, note=note):
            p = RES[key]
            rng = rng_for(name)
            kw = dict(kw)
            start = kw.pop("start")
            d = make.bill_doc(p, prov, start, rng, screen=screen, **kw)
            d.notes = note
            return single(name, p, [(path, look, d)])

        out.append(fn)
    return out


def leases_single():
    def mk(key, path, look, **l_):
        def fn(name):
            p = RES[key]
            rng = rng_for(name)
            l_.setdefault("tenants", [p["given"] + " " + p["surname"].upper()])
            l_.setdefault(
                "tenants_print", [("M. " if p["sex"] == "M" else "Mme ") + t for t in l_["tenants"]]
            )
            l_.setdefault("addr_print", p["addr_inline"])
            l_.setdefault("address_field", p["addr_inline"])
            d = make.lease_doc(dict(l_), rng)
            return single(name, p, [(path, look, d)])

        return fn

    return [
        mk(
            "r1",
            "bail_Lyon9.pdf",
            "text_pdf",
            ref="FON-69-8841",
            landlord="SCI Saône Rive Droite",
            landlord_addr="2 quai Arloing, 69009 Lyon",
            agency=("Foncia Lyon Vaise", "14 rue de Bourgogne 69009 Lyon"),
            surface="33",
            rooms=2,
            start=D(2026, 5, 1),
            rent=690.0,
            charges=55.0,
            deposit=690.0,
            signed_place="Lyon",
            signed_on=D(2026, 4, 22),
            esign=True,
            fonts=("Rob", "RobB"),
        ),
        mk(
            "r3",
            "bail_meuble_photos.pdf",
            "phone_photo",
            ref="2026-T-018",
            landlord="Marie-Claude FABRE",
            landlord_addr="45 allées Jean Jaurès, 31000 Toulouse",
            surface="22",
            rooms=1,
            start=D(2026, 9, 1),
            rent=520.0,
            charges=30.0,
            deposit=1040.0,
            signed_place="Toulouse",
            signed_on=D(2026, 8, 27),
            meuble=True,
            fill="hand",
            hand="dancing",
            initials="MCF  NTTH",
        ),
        mk(
            "r8",
            "contrat_location_colocation.pdf",
            "image_pdf",
            ref="MTP-COL-77",
            landlord="Gérard ROUVIÈRE",
            landlord_addr="8 rue de l'Aiguillerie, 34000 Montpellier",
            surface="78",
            rooms=4,
            tenants=["Anastasia SOKOLOVA", "Léa MARCHAND", "Hugo PEYRE"],
            start=D(2026, 8, 15),
            rent=1350.0,
            charges=120.0,
            deposit=1350.0,
            signed_place="Montpellier",
            signed_on=D(2026, 8, 10),
            meuble=True,
            initials="GR AS LM HP",
        ),
        mk(
            "r9",
            "bail_logement_social.pdf",
            "image_pdf",
            ref="MH-93-2021-0412",
            landlord="Montreuil Habitat OPH",
            landlord_addr="4 rue Marcel Dupont, 93100 Montreuil",
            agency=(
                "Montreuil Habitat - Office Public de l'Habitat",
                "4 rue Marcel Dupont 93100 Montreuil",
            ),
            surface="64",
            rooms=3,
            start=D(2021, 4, 1),
            rent=498.3,
            charges=142.0,
            deposit=498.3,
            signed_place="Montreuil",
            signed_on=D(2021, 3, 19),
            fonts=("DV", "DVB"),
        ),
        mk(
            "r12",
            "bail_recent.pdf",
            "text_pdf",
            ref="BX-2026-1109",
            landlord="Hélène DUPUY-CAZENAVE",
            landlord_addr="3 cours de Verdun, 33000 Bordeaux",
            agency=("Chartrons Immobilier", "60 rue Notre-Dame 33000 Bordeaux"),
            surface="29",
            rooms=1,
            start=D(2026, 10, 1),
            rent=640.0,
            charges=35.0,
            deposit=640.0,
            signed_place="Bordeaux",
            signed_on=D(2026, 9, 24),
            esign=True,
            fonts=("Lato", "LatoB"),
        ),
    ]


def attestations_single():
    def mk(key, host, path, look, **a):
        def fn(name):
            p = RES[key]
            rng = rng_for(name)
            a.setdefault("hosted_print", p["given"] + " " + p["surname"].upper())
            a.setdefault("hosted_sex", p["sex"])
            a.setdefault("hosted_dob", p["dob"])
            d = make.attestation_doc(
                dict(
                    host,
                    addr_inline=p["addr_inline"],
                    addr_lines=[
                        p["street"] + (", " + p["street2"] if p.get("street2") else ""),
                        "%s %s" % (p["postcode"], p["city"]),
                    ],
                    **a,
                ),
                rng,
            )
            if not a.get("signed", True):
                d.notes = "not signed"
            return single(name, p, [(path, look, d)])

        return fn

    return [
        mk(
            "r2",
            dict(
                host_print="Aminata NDIAYE épouse FALL",
                host_sex="F",
                host_dob=D(1978, 3, 2),
                host_pob="Thiès (Sénégal)",
            ),
            "attestation_hebergement.jpg",
            "scan",
            hosted_pob="Dakar (Sénégal)",
            since=D(2026, 5, 10),
            signed_on=D(2026, 11, 3),
            place="Aubervilliers",
            fill="typed",
            font="Sans",
        ),
        mk(
            "r5",
            dict(
                host_print="Thomas BERTRAND",
                host_sex="M",
                host_dob=D(1982, 12, 1),
                host_pob="Tours (37)",
            ),
            "attestation_heb_manuscrite.jpg",
            "phone_photo",
            hosted_pob="Ibadan (Nigeria)",
            since=D(2026, 7, 1),
            signed_on=D(2026, 11, 9),
            place="Tours",
            fill="hand",
            hand="dkg",
            lined=True,
        ),
        mk(
            "r6",
            dict(
                host_print="Carmen MAMANI de RIVIÈRE",
                host_sex="F",
                host_dob=D(1970, 6, 18),
                host_pob="La Paz (Bolivie)",
            ),
            "attestation_non_signee.pdf",
            "text_pdf",
            hosted_pob="Cusco (Pérou)",
            since=D(2026, 3, 1),
            signed_on=D(2026, 11, 12),
            place="Strasbourg",
            fill="typed",
            font="Serif",
            signed=False,
            sign_label=True,
        ),
        mk(
            "r10",
            dict(
                host_print="Paul-Henri ESSOMBA",
                host_sex="M",
                host_dob=D(1965, 9, 9),
                host_pob="Yaoundé (Cameroun)",
            ),
            "attestation.jpg",
            "scan",
            hosted_pob="Yaoundé (Cameroun)",
            since=D(2025, 12, 20),
            signed_on=D(2026, 11, 15),
            place="Vincennes",
            fill="hand",
            hand="kaushan",
            since_words=True,
        ),
    ]
