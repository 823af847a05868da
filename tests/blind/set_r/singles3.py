"""Single documents, continued: payslips, contracts, RIBs, unknown pieces, application forms."""

from __future__ import annotations

import build as B
from packets import form_data

EMPLOYERS = [
    (
        "Boulangerie Ange & Fils SARL",
        ["14 rue de Paris", "93100 Montreuil"],
        "1071C",
        "Boulangerie-pâtisserie artisanale",
    ),
    ("Hôtel Le Grand Cerf SAS", ["2 place Bellecour", "69002 Lyon"], "5510Z", "HCR (IDCC 1979)"),
    (
        "NetPropre Services",
        ["77 avenue Jean Jaurès", "31000 Toulouse"],
        "8121Z",
        "Propreté (IDCC 3043)",
    ),
    ("Clinique Saint-Roch", ["5 rue Pierre Loti", "34000 Montpellier"], "8610Z", "FHP (IDCC 2264)"),
    ("Quantix Conseil SAS", ["9 rue du Helder", "75009 Paris"], "7022Z", "Syntec (IDCC 1486)"),
    ("Transports Vallée du Rhône", ["ZI Nord", "26000 Valence"], "4941A", "Transports routiers"),
]
JOBS = [
    "Vendeuse",
    "Réceptionniste",
    "Agent de propreté",
    "Infirmier",
    "Consultante",
    "Chauffeur livreur",
]


def singles3(R, pp_of, appl, S, STREETS, dnum, money):
    out = []
    # ---- payslips (6)
    for k in range(6):
        pp = pp_of(k + 1)
        emp, addr, naf, conv = EMPLOYERS[k]
        ps = {
            "employer": emp,
            "emp_addr": addr,
            "siret": money.make_siret(R),
            "naf": naf,
            "conv": conv,
            "employee": pp["given"] + " " + pp["surname"].upper()
            if k % 2
            else pp["surname"].upper() + " " + pp["given"],
            "emp_home": list(STREETS[k]),
            "job": JOBS[k],
            "entry": f"202{4 + k % 3}-0{k + 1}-01",
            "period": f"2026-{5 + k:02d}",
            "gross": 1850.0 + 410 * k,
            "pay_date": f"2026-{5 + k:02d}-28",
            "civ": ["Madame ", "", "Monsieur ", "M. ", "Mme ", ""][k],
        }
        out.append(
            S(
                B.payslip(ps, 4000 + k),
                ["text_pdf", "image_pdf", "scan", "text_pdf", "phone_photo", "text_pdf"][k],
                pp,
            )
        )
    # ---- employment contracts (5)
    for k, typ in enumerate(["CDI", "CDD", "interim", "CDI", "CDD"]):
        pp = pp_of(k + 12)
        emp, addr, naf, conv = EMPLOYERS[(k + 2) % 6]
        c = {
            "type": typ,
            "employer": emp if typ != "interim" else "Alpes Intérim Emploi",
            "form": "SAS au capital de 10 000 euros",
            "rcs": addr[1][6:],
            "emp_addr": ", ".join(addr),
            "rep": [
                "M. Olivier Brun",
                "Mme Sarah Benhamou",
                "M. Luc Perrin",
                "Mme Inès Carvalho",
                "M. Franck Morel",
            ][k],
            "employee": ("M. " if pp["sex"] == "M" else "Mme ")
            + pp["given"]
            + " "
            + pp["surname"].upper(),
            "emp_dob": pp["dob"],
            "emp_pob": pp["pob"],
            "emp_nat": pp["nat"],
            "emp_home": ", ".join(STREETS[k + 2]),
            "job": [
                "Développeur back-end",
                "Serveur",
                "Cariste",
                "Aide-soignante",
                "Assistant de direction",
            ][k],
            "start": f"2026-0{k + 3}-0{k + 1}",
            "end": None if typ == "CDI" else f"2026-{k + 9:02d}-30",
            "salary": 2100.0 + 300 * k,
            "place": addr[1][6:],
            "signed_on": f"2026-0{k + 2}-2{k}",
            "conv": conv,
            "client": "Entrepôts du Dauphiné SAS",
        }
        out.append(
            S(
                B.contract(c, 4100 + k),
                ["text_pdf", "image_pdf", "text_pdf", "scan", "phone_photo"][k],
                pp,
            )
        )
    # ---- RIBs (7 banks + 4 app screens)
    banks = [
        "Société Générale",
        "Crédit Agricole",
        "LCL",
        "CIC",
        "Caisse d'Épargne",
        "Crédit Mutuel",
        "BNP Paribas",
    ]
    for k, bank in enumerate(banks):
        pp = pp_of(k + 3)
        name = pp["surname"].upper() + " " + pp["given"].upper()
        civ = "M " if pp["sex"] == "M" else "MME "
        acct = f"{R.randint(10**9, 10**10 - 1):011d}"
        d = B.rib(
            bank,
            [civ + name],
            name,
            acct,
            f"{R.randint(1, 9999):05d}",
            4200 + k,
            corrupt=k == 5,
            addr=[STREETS[k][0].upper(), STREETS[k][1].upper()] if k % 2 else (),
            notes="RIB with a mistyped account digit (IBAN and RIB key invalid)" if k == 5 else "",
        )
        out.append(
            S(
                d,
                ["text_pdf", "scan", "text_pdf", "phone_photo", "image_pdf", "text_pdf", "scan"][k],
                pp,
            )
        )
    apps = [
        ("Revolut", "FR", "REVOFRP2", "Revolut Bank UAB, 10 avenue Kléber, 75116 Paris"),
        ("N26", "DE", "NTSBDEB1XXX", "N26 Bank SE, Voltairestraße 8, 10179 Berlin"),
        ("Wise", "BE", "TRWIBEB1XXX", "Wise, Rue du Trône 100, 1050 Brussels, Belgium"),
        (
            "BoursoBank",
            "FR",
            "BOUSFRPPXXX",
            "BoursoBank, 44 rue Traversière, 92100 Boulogne-Billancourt",
        ),
    ]
    for k, (app, cc, bic, addr) in enumerate(apps):
        pp = pp_of(k + 13)
        if cc == "FR":
            code = "28233" if app == "Revolut" else "40618"
            iban, _ = money.fr_iban(code, "00001", f"{R.randint(10**9, 10**10 - 1):011d}")
        elif cc == "DE":
            iban = money.make_iban("DE", "10011001" + f"{R.randint(10**9, 10**10 - 1)}")
        else:
            iban = money.be_iban("967", f"{R.randint(10**6, 10**7 - 1)}")
        holder = pp["given"] + " " + pp["surname"]
        out.append(S(B.neobank(app, holder, iban, bic, addr, 4300 + k), "screenshot", pp))
    # ---- unknown: rent receipts (4)
    for k in range(4):
        pp = pp_of(k + 15)
        st = STREETS[k + 7]
        q = {
            "month_text": ["août 2026", "septembre 2026", "octobre 2026", "juillet 2026"][k],
            "landlord": [
                "M. Jacques Vidal",
                "Mme Colette Marchal",
                "SCI Belvédère",
                "M. Ahmed Kaci",
            ][k],
            "landlord_addr": "3 rue des Écoles, 75005 Paris",
            "tenant": pp["given"] + " " + pp["surname"].upper(),
            "street": st[0],
            "city": st[1],
            "rent": 540.0 + 40 * k,
            "charges": 45.0,
            "from": f"2026-{8 + k % 3:02d}-01",
            "to": f"2026-{8 + k % 3:02d}-{[31, 30, 31, 31][k]}",
            "place": st[1][6:],
            "date": f"2026-{8 + k % 3:02d}-05",
        }
        if k == 3:
            q.update({"from": "2026-07-01", "to": "2026-07-31", "date": "2026-07-04"})
        out.append(
            S(B.quittance(q, 4400 + k), ["text_pdf", "phone_photo", "scan", "image_pdf"][k], pp)
        )
    # ---- application forms (8)
    cases = [
        ("hand", "A", "ok", "scan"),
        ("typed_print", "B", "ok", "phone_photo"),
        ("acroform", "A", "ok", "text_pdf"),
        ("acroform_printed", "B", "ok", "image_pdf"),
        ("hand", "B", "date_words", "phone_photo"),
        ("typed_print", "B", "label_only", "scan"),
        ("hand", "A", "ok", "image_pdf"),
        ("acroform", "B", "unsigned", "text_pdf"),
    ]
    for k, (fill, run, case, look) in enumerate(cases):
        i = [3, 7, 12, 16, 19, 1, 8, 21][k]
        pp = pp_of(
            i,
            pob_country=[
                "Turquie",
                "Sri Lanka",
                "Chine",
                "Philippines",
                "Chili",
                "Sénégal",
                "Afghanistan",
                "Colombie",
            ][k],
            nat_fr=[
                "Turque",
                "Sri-lankaise",
                "Chinoise",
                "Philippine",
                "Chilienne",
                "Sénégalaise",
                "Afghane",
                "Colombienne",
            ][k],
        )
        home = STREETS[k]
        sd = f"2026-11-{3 + k:02d}"
        sit = [
            "salarie",
            "sans_activite",
            "salarie",
            "etudiant",
            "sans_activite",
            "salarie",
            "demandeur_emploi",
            "salarie",
        ][k]
        f = form_data(
            pp,
            home,
            sit,
            sd,
            home[1][6:],
            contract=["CDI", None, "CDD", None, None, "Intérim", None, "CDI"][k],
            job=["Cuisinière", "", "Technicien", "", "", "Manutentionnaire", "", "Comptable"][k],
            sign={"label_only": "label_only", "unsigned": "no"}.get(case, "yes"),
            usage="MARTIN" if k == 4 else None,
        )
        if case == "date_words":
            f["date_text"] = "7 novembre 2026"
        d = B.app_form(
            f, fill, run, 4500 + k, notes=f"cerfa 15763*02, fill={fill}, run {run}, case {case}"
        )
        out.append(S(d, look, pp, as_of="2026-11-2" + str(k % 9)))
    return out
