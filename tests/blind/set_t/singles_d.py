"""Single documents, part 4: payslips, contracts, RIBs, application forms, other papers."""

from __future__ import annotations

import datetime as dt

import checks as ck
import housing
import make
from kit import contract_data, employer, form, payslip_data
from money import rib, rib_fields
from single_people import SP, single
from singles_c import RES
from tk import rng_for

D = dt.date


def work_single():
    def ps(key, emp_args, path, look, **kw):
        def fn(name):
            p = RES[key]
            rng = rng_for(name)
            emp = employer(*emp_args, rng)
            k = dict(kw)
            d = payslip_data(p, emp, k.pop("month"), rng, **k)
            return single(name, p, [(path, look, d)])

        return fn

    def ct(key, emp_args, files, **kw):
        def fn(name):
            p = dict(RES[key])
            rng = rng_for(name)
            k = dict(kw)
            emp = employer(*emp_args, rng, **k.pop("emp_kw", {}))
            d = contract_data(p, emp, rng, **k)
            if files == "two":
                return single(
                    name,
                    p,
                    [
                        ("contrat_page1.jpg", "scan", (d, [0])),
                        ("contrat_page2.jpg", "scan", (d, [1])),
                    ],
                )
            path, look = files
            return single(name, p, [(path, look, d)])

        return fn

    return [
        ps(
            "r4",
            ("Riviera Hôtels SAS", "12 promenade des Anglais", "06000", "Nice", "Claire Orsini"),
            "bulletin_septembre.pdf",
            "text_pdf",
            month=D(2026, 9, 1),
            job="Réceptionniste",
            entry=D(2025, 11, 3),
            brut=2010.0,
            soft="silae",
            ccn="HCR (IDCC 1979)",
            urssaf="URSSAF PACA",
        ),
        ps(
            "r7",
            (
                "Atelier Numérique Voltaire SARL",
                "40 rue de la Folie-Méricourt",
                "75011",
                "Paris",
                "Lucas Besnard",
            ),
            "fiche_paie_oct.jpg",
            "scan",
            month=D(2026, 10, 1),
            job="Développeur web",
            entry=D(2026, 2, 1),
            brut=3600.0,
            soft="payfit",
            statut="Cadre",
            urssaf="URSSAF Île-de-France",
        ),
        ps(
            "r9",
            (
                "Nettoyage Est Parisien SAS",
                "8 rue de Rosny",
                "93100",
                "Montreuil",
                "Farid Belkacem",
            ),
            "bulletin_paie.pdf",
            "image_pdf",
            month=D(2026, 10, 1),
            job="Agent de propreté",
            entry=D(2023, 5, 15),
            brut=1850.0,
            soft="sage",
            ccn="Propreté (IDCC 3043)",
            urssaf="URSSAF Île-de-France",
        ),
        ps(
            "r11",
            (
                "Versailles Conseil & Data SAS",
                "10 avenue de Saint-Cloud",
                "78000",
                "Versailles",
                "Anne Lemoine",
            ),
            "payslip_IMG_2210.jpg",
            "phone_photo",
            month=D(2026, 9, 1),
            job="Data analyst",
            entry=D(2026, 6, 1),
            brut=3900.0,
            soft="silae",
            statut="Cadre",
        ),
        ps(
            "r12",
            (
                "Bordeaux Logistique Atlantique SAS",
                "Zone de Fret, 5 rue des Faures",
                "33800",
                "Bordeaux",
                "Sébastien Lafon",
            ),
            "BS_2026_10.pdf",
            "text_pdf",
            month=D(2026, 10, 1),
            job="Préparatrice de commandes",
            entry=D(2026, 10, 5),
            brut=1801.8,
            soft="payfit",
            ccn="Transports routiers (IDCC 16)",
        ),
        ct(
            "r5",
            (
                "Touraine Mécanique Industrie SAS",
                "14 rue de la Milletière",
                "37100",
                "Tours",
                "Isabelle Garnier",
            ),
            ("contrat_CDI.pdf", "text_pdf"),
            type="CDI",
            job="Technicien d'usinage",
            start=D(2026, 9, 1),
            brut=2300.0,
            signed_place="Tours",
            signed_on=D(2026, 8, 20),
            ccn="Métallurgie (IDCC 3248)",
            emp_kw=dict(rcs="Tours"),
        ),
        ct(
            "r8",
            (
                "Clinique du Millénaire SAS",
                "220 boulevard Pénélope",
                "34000",
                "Montpellier",
                "Dr Henri Castel",
            ),
            ("CDD_clinique.pdf", "image_pdf"),
            type="CDD",
            job="Aide-soignante",
            start=D(2026, 10, 1),
            end=D(2027, 3, 31),
            duration="six mois",
            brut=2050.0,
            signed_place="Montpellier",
            signed_on=D(2026, 9, 25),
            motif="remplacement d'une salariée en congé maternité",
            role="Directeur",
            emp_kw=dict(rcs="Montpellier"),
        ),
        ct(
            "r1",
            ("Lumen Optique SA", "91 rue de Marseille", "69007", "Lyon", "Valérie Chabert"),
            "two",
            type="CDI",
            job="Opticien",
            start=D(2026, 11, 2),
            brut=2480.0,
            signed_place="Lyon",
            signed_on=D(2026, 10, 15),
            emp_kw=dict(form="SA", capital="800 000"),
        ),
        ct(
            "r10",
            (
                "Sodexia Restauration Collective SAS",
                "5 rue de Montreuil",
                "94300",
                "Vincennes",
                "Jérôme Pasquier",
            ),
            ("contrat_travail_photo.pdf", "phone_photo"),
            type="CDD",
            job="Commis de cuisine",
            start=D(2026, 9, 14),
            end=D(2026, 12, 31),
            duration="trois mois et demi",
            brut=1830.0,
            signed_place="Vincennes",
            signed_on=D(2026, 9, 10),
            ccn="Restauration collective (IDCC 1266)",
            emp_kw=dict(rcs="Créteil"),
        ),
    ]


def ribs_single():
    def mk(key, path, look, bad_key=False, screen=False, corrupt_iban=False, **r):
        def fn(name):
            p = RES[key]
            rng = rng_for(name)
            r.setdefault(
                "holder_print",
                ("M " if p["sex"] == "M" else "MME ")
                + ck.mrz_text(p["given"]).replace("<", " ")
                + " "
                + ck.mrz_text(p["surname"]).replace("<", " "),
            )
            r.setdefault("holder_field", r["holder_print"].split(" ", 1)[1])
            r.setdefault(
                "holder_addr",
                [
                    ck.mrz_text(p["street"]).replace("<", " "),
                    "%s %s" % (p["postcode"], ck.mrz_text(p["city"]).replace("<", " ")),
                ],
            )
            r.setdefault("issued", D(2026, 6, 1))
            if corrupt_iban:
                make.rib_doc(r, rng)
                r["iban"] = (
                    r["iban"][:2] + "%02d" % ((int(r["iban"][2:4]) + 11) % 97) + r["iban"][4:]
                )
                d = make.Doc(
                    "rib",
                    [rib(r, rng)],
                    rib_fields(r),
                    "IBAN check digits wrong (typed by hand into an editable RIB)",
                )
            else:
                d = make.rib_doc(r, rng, bad_key=bad_key, screen=screen)
                if bad_key:
                    d.notes = "RIB key wrong; IBAN computed over it (mod 97 passes)"
                if r["bank"] in ("REVOLUT", "N26", "WISE"):
                    d.notes = "non-French SEPA IBAN"
            return single(name, p, [(path, look, d)])

        return fn

    return [
        mk(
            "r2",
            "RIB_SG.jpg",
            "scan",
            bank="SG",
            agency=["SG AUBERVILLIERS", "60 AVENUE DE LA REPUBLIQUE", "93300 AUBERVILLIERS"],
        ),
        mk(
            "r3",
            "RIB_CreditMutuel.pdf",
            "text_pdf",
            bank="CM",
            agency=["CCM TOULOUSE CAPITOLE", "15 RUE DU TAUR", "31000 TOULOUSE"],
        ),
        mk(
            "r4",
            "releve_identite_bancaire.pdf",
            "text_pdf",
            bank="LBP",
            bic="PSSTFRPPMAR",
            agency=[
                "LA BANQUE POSTALE",
                "CENTRE FINANCIER DE MARSEILLE",
                "13900 MARSEILLE CEDEX 20",
            ],
        ),
        mk(
            "r5",
            "rib_cic.jpg",
            "phone_photo",
            bank="CIC",
            agency=["CIC TOURS NATIONALE", "35 RUE NATIONALE", "37000 TOURS"],
        ),
        mk(
            "r6",
            "RIB_CaisseEpargne.pdf",
            "image_pdf",
            bank="CE",
            code="16705",
            bic="CEPAFRPP670",
            agency=[
                "CAISSE D'EPARGNE GRAND EST EUROPE",
                "AGENCE STRASBOURG KLEBER",
                "67000 STRASBOURG",
            ],
        ),
        mk(
            "r7",
            "Revolut_account_details.png",
            "screenshot",
            screen=True,
            bank="REVOLUT",
            iban=ck.iban_make("LT", "325000" + "1048273916"),
            holder_print="Reza Mohammadi",
            holder_field="Reza Mohammadi",
            bank_line="Revolut Bank UAB, Konstitucijos ave. 21B, Vilnius, Lithuania",
            title="Euro · Détails du compte",
        ),
        mk(
            "r9",
            "RIB_BoursoBank.pdf",
            "text_pdf",
            bank="BOURSO",
            agency=[
                "BoursoBank",
                "44 rue Traversière",
                "CS 80134",
                "92772 Boulogne-Billancourt Cedex",
            ],
        ),
        mk(
            "r11",
            "RIB_LCL_modifie.pdf",
            "text_pdf",
            corrupt_iban=True,
            bank="LCL",
            agency=["LCL VERSAILLES", "12 RUE DE LA PAROISSE", "78000 VERSAILLES"],
        ),
        mk(
            "r12",
            "RIB_CA.pdf",
            "text_pdf",
            bad_key=True,
            bank="CA",
            code="13306",
            bic="AGRIFRPP833",
            agency=["CRÉDIT AGRICOLE D'AQUITAINE", "AGENCE BORDEAUX CHARTRONS", "33000 BORDEAUX"],
        ),
    ]


def note_of(kw):
    if not kw.get("signed", True):
        return "signature box left empty"
    if kw["date"] > D(2026, 11, 30):
        return "dated after the audit date"
    return ""


def forms_single():
    def mk(key, path, look, layout="pdf", **kw):
        def fn(name):
            p = dict(SP[key])
            rng = rng_for(name)
            d = form(p, rng, **kw)
            d.notes = note_of(kw)
            if layout == "two":
                return single(
                    name, p, [(path + "_1.jpg", look, (d, [0])), (path + "_2.jpg", look, (d, [1]))]
                )
            return single(name, p, [(path, look, d)])

        return fn

    out = [
        mk(
            "ml1",
            "formulaire_S1106.pdf",
            "text_pdf",
            date=D(2026, 11, 4),
            place="Montreuil",
            situation="salarie",
            job="Agent de propreté",
            contract="CDI",
            run="B",
            fill="typed",
            street="22 rue Gabriel Péri",
            postcode="93100",
            city="Montreuil",
        ),
        mk(
            "ht1",
            "demande_PUMA",
            "phone_photo",
            layout="two",
            date=D(2026, 11, 10),
            place="Paris",
            situation="sans_activite",
            run="A",
            fill="hand",
            hand="dancing",
            street="33 rue des Pyrénées",
            postcode="75020",
            city="Paris",
        ),
        mk(
            "lb1",
            "cerfa_15763_page",
            "scan",
            layout="two",
            date=D(2026, 11, 6),
            place="Nice",
            situation="salarie",
            job="Réceptionniste",
            contract="CDD",
            run="B",
            fill="typed",
            signed=False,
            street="6 place du Marché",
            postcode="06300",
            city="Nice",
        ),
        mk(
            "ca1",
            "formulaire_ameli.pdf",
            "image_pdf",
            date=D(2026, 11, 3),
            place="Lyon",
            situation="autre",
            other_text="Volontaire en service civique",
            run="A",
            fill="hand",
            hand="kaushan",
            street="40 rue Sala",
            postcode="69002",
            city="Lyon",
        ),
        mk(
            "cd1",
            "formulaire_CPAM.pdf",
            "image_pdf",
            date=D(2026, 12, 4),
            place="Lyon",
            situation="demandeur_emploi",
            run="B",
            fill="hand",
            hand="kaushan",
            street="7 rue Dumenge",
            postcode="69004",
            city="Lyon",
        ),
        mk(
            "ru1",
            "S1106.pdf",
            "text_pdf",
            date=D(2026, 11, 12),
            place="Montpellier",
            situation="independant",
            run="A",
            fill="typed",
            typed_font="DV",
            usage="DURAND",
            street="9 allée des Tilleuls",
            postcode="34000",
            city="Montpellier",
        ),
    ]
    return out


def unknown_single():
    def quit_(name):
        p = RES["r4"]
        rng = rng_for(name)
        d = make.Doc(
            "unknown",
            [
                housing.quittance(
                    dict(
                        landlord="Jean-Marc ORSINI",
                        landlord_addr="30 boulevard Gambetta, 06000 Nice",
                        tenant="Mme Rita Maria KHOURY",
                        addr_inline=p["addr_inline"],
                        month=D(2026, 10, 1),
                        rent=720.0,
                        charges=50.0,
                        place="Nice",
                        signed_on=D(2026, 11, 4),
                    ),
                    rng,
                )
            ],
            {},
            "rent receipt (quittance de loyer), not a lease",
        )
        return single(name, p, [("quittance_loyer_octobre.pdf", "text_pdf", d)])

    def quit2(name):
        p = RES["r11"]
        rng = rng_for(name)
        d = make.Doc(
            "unknown",
            [
                housing.quittance(
                    dict(
                        landlord="SCI Les Chênes de Montreuil",
                        landlord_addr="7 rue Carnot, 78000 Versailles",
                        tenant="M. Karthik REDDY",
                        addr_inline=p["addr_inline"],
                        month=D(2026, 9, 1),
                        rent=980.0,
                        charges=90.0,
                        place="Versailles",
                        signed_on=D(2026, 10, 2),
                    ),
                    rng,
                )
            ],
            {},
            "rent receipt (quittance de loyer), not a lease",
        )
        return single(name, p, [("quittance.jpg", "phone_photo", d)])

    def ins(name):
        p = RES["r3"]
        rng = rng_for(name)
        d = make.Doc(
            "unknown",
            [
                housing.insurance(
                    dict(
                        insurer="Mutuelle Garonne Assurances",
                        holder="Mme NGUYỄN Thị Thu Hà",
                        contract="MRH-2026-481927",
                        addr_inline=p["addr_inline"],
                        start=D(2026, 9, 1),
                        end=D(2027, 8, 31),
                        issued=D(2026, 9, 2),
                        rooms=1,
                    ),
                    rng,
                )
            ],
            {},
            "home-insurance certificate (attestation d'assurance habitation)",
        )
        return single(name, p, [("attestation_assurance_habitation.pdf", "text_pdf", d)])

    def ins2(name):
        p = RES["r8"]
        rng = rng_for(name)
        d = make.Doc(
            "unknown",
            [
                housing.insurance(
                    dict(
                        insurer="Assurances du Littoral",
                        holder="Mme Anastasia SOKOLOVA",
                        contract="HAB-0928471",
                        addr_inline=p["addr_inline"],
                        start=D(2026, 8, 15),
                        end=D(2027, 8, 14),
                        issued=D(2026, 8, 16),
                        rooms=4,
                    ),
                    rng,
                )
            ],
            {},
            "home-insurance certificate",
        )
        return single(name, p, [("assurance_logement.jpg", "scan", d)])

    return [quit_, quit2, ins, ins2]
