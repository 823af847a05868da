"""Single documents, continued: civil status, housing, money, work, forms."""

from __future__ import annotations

import build as B


def singles2(R, pp_of, appl, S, STREETS, months, dnum, dwords, money):
    out = []
    # ---- birth certificates (9)
    bcs = [
        ("DZA", 0, "Oran", "Mohamed Benali", "Khadidja Bensaïd", "00412"),
        ("SEN", 1, "Dakar", "Mamadou N'Diaye", "Aminata Sow", "2194"),
        (
            "VNM",
            2,
            "Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội",
            "Nguyễn Văn Hùng",
            "Trần Thị Lan",
            "188/1996",
        ),
        (
            "HTI",
            6,
            "Port-au-Prince",
            "Jean-Robert Saint-Fleur",
            "Marie-Carmel Joseph",
            "R.45 / A.1123",
        ),
        ("ESP", 0, "Sevilla", "Antonio García Ruiz", "Carmen Fernández Díaz", "T.112 P.304"),
        ("USA", 10, "Leeds, Alabama", "Robert Whitaker", "Helen Moore", "1983-0421877"),
        (
            "MEX",
            14,
            "Puebla, Puebla",
            "Luis Ramírez Cano",
            "Patricia Torres Vega",
            "21114-1987-0044",
        ),
        (
            "BRA",
            13,
            "Recife - PE",
            "Carlos Santos",
            "Joana Alves Santos",
            "074012 01 55 1998 1 00211",
        ),
        ("IND", 17, "Jaipur, Rajasthan", "Rajesh Sharma", "Sunita Sharma", "B-1993-88412"),
    ]
    looks = [
        "scan",
        "phone_photo",
        "image_pdf",
        "scan",
        "image_pdf",
        "scan",
        "phone_photo",
        "image_pdf",
        "scan",
    ]
    for k, (cc, i, place, fa, mo, reg) in enumerate(bcs):
        pp = pp_of(i)
        if cc == "ESP":
            pp = dict(pp, surname="García Fernández", given="Lucía", sex="F", dob="1990-05-21")
        vn = cc == "VNM"
        c = {
            "surname": "NGUYỄN" if vn else pp["surname"].upper(),
            "given": "THỊ THU HÀ" if vn else pp["given"].upper(),
            "sex": pp["sex"],
            "dob": pp["dob"],
            "place": place,
            "father": fa,
            "mother": mo,
            "reg_no": reg,
            "issued": f"2026-0{k + 1}-1{k}",
            "officer": "Officier de l'état civil" if cc in ("DZA", "SEN", "HTI") else "Registrar",
        }
        out.append(S(B.birth_cert(cc, c, 3400 + k, False), looks[k], pp))
    # ---- apostilles (5)
    for k, (cc, i) in enumerate([("USA", 10), ("COL", 21), ("PHL", 16), ("KOR", 15), ("CHL", 19)]):
        pp = pp_of(i)
        iss = f"2026-0{k + 3}-{k + 11}"
        out.append(
            S(
                B.apostille(
                    cc,
                    iss,
                    f"{R.randint(100000, 9999999)}",
                    [
                        "Jane D. Foster",
                        "Registrador Municipal",
                        "Civil Registrar",
                        "Registrar",
                        "Oficial Civil",
                    ][k],
                    "Registrar of vital records",
                    3500 + k,
                ),
                ["scan", "image_pdf", "phone_photo", "scan", "image_pdf"][k],
                pp,
            )
        )
    # ---- translations (4)
    for k, (cc, i, lang) in enumerate(
        [("MEX", 14, "es"), ("BRA", 13, "pt"), ("UKR", 11, "uk"), ("CHN", 12, "zh")]
    ):
        pp = pp_of(i)
        c = {
            "surname": pp["surname"],
            "given": pp["given"],
            "sex": pp["sex"],
            "dob": pp["dob"],
            "place_fr": pp["pob"],
            "father": "—",
            "mother": "—",
            "reg_no": f"{R.randint(100, 99999)}",
        }
        out.append(
            S(
                B.translation(
                    cc,
                    c,
                    lang,
                    3600 + k,
                    f"2026-0{k + 4}-0{k + 2}",
                    [
                        "Isabel Ferrand-Ortega",
                        "Carla Martins Lefèvre",
                        "Natalia Duval-Chevtchenko",
                        "Li Wen Dubreuil",
                    ][k],
                ),
                ["text_pdf", "scan", "image_pdf", "phone_photo"][k],
                pp,
            )
        )
    # ---- utility bills (15)
    provs = [
        ("EDF", "electricity", "Tarif Bleu - Base 6 kVA", 64.21),
        ("Engie", "gas", "Gaz Tarif Référence", 52.9),
        ("TotalEnergies", "energy", "Essentielle élec + gaz", 97.45),
        ("Vattenfall", "electricity", "Eco Électricité", 41.08),
        ("Mint", "electricity", "Online & Green", 38.7),
        ("Eau de Paris", "water", "Abonnement eau", 86.3),
        ("Veolia", "water", "Eau potable", 71.12),
        ("Saur", "water", "Eau", 58.4),
        ("Free", "internet", "Freebox Révolution", 39.99),
        ("SFR", "mobile", "Forfait SFR 5G 100Go", 24.99),
        ("Orange", "landline", "Ligne fixe", 21.5),
        ("Sosh", "mobile", "Forfait Sosh 40Go", 15.99),
        ("RED by SFR", "mobile", "RED 100Go", 11.99),
        ("La Poste Mobile", "mobile", "Forfait 60Go", 12.99),
    ]
    blooks = [
        "text_pdf",
        "text_pdf",
        "image_pdf",
        "text_pdf",
        "text_pdf",
        "scan",
        "phone_photo",
        "text_pdf",
        "text_pdf",
        "screenshot",
        "scan",
        "screenshot",
        "screenshot",
        "text_pdf",
    ]
    for k, (prov, svc, offer, amt) in enumerate(provs):
        pp = pp_of(k + 2)
        st = STREETS[k % len(STREETS)]
        ((s, e, iss),) = months(2026, 6 + k % 5, 1)
        if svc == "water":
            s, e = f"2026-0{3 + k % 3}-01", f"2026-0{8 + k % 2}-{30 + k % 2}"
        holder = ["M. ", "Mme ", "", "MME ", "M "][k % 5] + (
            pp["given"] + " " + pp["surname"].upper()
            if k % 2
            else pp["surname"].upper() + " " + pp["given"]
        )
        b = dict(
            provider=prov,
            service=svc,
            holder=holder.strip(),
            street=st[0],
            city=st[1],
            issue_date=iss,
            period_start=s,
            period_end=e,
            amount=amt,
            ref=f"{R.randint(10**9, 10**10 - 1)}",
            client=f"{R.randint(10**7, 10**8 - 1)}",
            offer=offer,
        )
        look = blooks[k]
        doc = B.bill_screen(b, 3700 + k) if look == "screenshot" else B.bill(b, 3700 + k)
        out.append(S(doc, look, pp, flaws=("shadow",) if look == "phone_photo" else ()))
    for k, prov in enumerate(["EDF", "Engie"]):
        pp = pp_of(k + 5)
        st = STREETS[k + 6]
        b = dict(
            provider=prov,
            service="electricity" if k == 0 else "gas",
            holder=pp["given"] + " " + pp["surname"].upper(),
            street=st[0],
            city=st[1],
            issue_date=f"2026-10-{12 + k}",
            since=f"2025-0{k + 4}-15",
            client=f"{R.randint(10**9, 10**10 - 1)}",
            city_issue="Paris",
            pdl=f"{R.randint(10**13, 10**14 - 1)}",
        )
        out.append(S(B.attestation_contrat(b, 3720 + k), ["text_pdf", "phone_photo"][k], pp))
    # ---- leases (5)
    for k, kind in enumerate(["vide", "meuble", "mobilite", "vide", "meuble"]):
        pp = pp_of(k + 7)
        st = STREETS[(k + 3) % len(STREETS)]
        ten = [("M. " if pp["sex"] == "M" else "Mme ") + pp["given"] + " " + pp["surname"].upper()]
        if k == 3:
            ten.append("Mme Claire DUPONT")
        le = {
            "kind": kind,
            "landlord": [
                "M. Gérard Fontaine",
                "SCI du Parc",
                "Mme Yvonne Le Gall",
                "Agence Immo Centre (mandataire de M. Blanc)",
                "M. Karim Haddad",
            ][k],
            "landlord_addr": "10 rue Victor Hugo, 92300 Levallois-Perret",
            "tenants": ten,
            "street": st[0],
            "city": st[1],
            "start": f"202{5 + (k % 2)}-0{k + 2}-01",
            "rent": 600.0 + 85 * k,
            "charges": 50.0,
            "surface": 20 + 9 * k,
            "rooms": 1 + k % 3,
            "signed_on": f"202{5 + (k % 2)}-0{k + 1}-25",
            "place": st[1][6:],
        }
        out.append(
            S(
                B.lease(le, 3800 + k),
                ["text_pdf", "image_pdf", "text_pdf", "scan", "phone_photo"][k],
                pp,
            )
        )
    # ---- hosting attestations (5)
    for k in range(5):
        pp = pp_of(k + 9)
        st = STREETS[(k + 5) % len(STREETS)]
        host = [
            "Jean-Marc Rousseau",
            "Fatima Zahra El Amrani",
            "Pierre-Yves Le Goff",
            "Hélène Martin épouse Cohen",
            "Moussa Diallo",
        ][k]
        h = {
            "host": host,
            "host_dob": f"197{k}-0{k + 3}-1{k}",
            "host_pob": ["Nantes", "Casablanca (Maroc)", "Brest", "Lyon", "Bamako (Mali)"][k],
            "street": st[0],
            "city": st[1],
            "hosted_civ": "M." if pp["sex"] == "M" else "Mme",
            "hosted": pp["given"] + " " + pp["surname"].upper(),
            "hosted_dob": pp["dob"],
            "hosted_pob": pp["pob"],
            "since": f"2026-0{k + 1}-0{k + 1}",
            "place": st[1][6:],
            "signed_on": f"2026-{k + 6:02d}-{10 + k}",
        }
        hand = k in (0, 2, 4)
        out.append(
            S(
                B.hosting(h, 3900 + k, hand=hand),
                ["phone_photo", "text_pdf", "scan", "image_pdf", "phone_photo"][k],
                pp,
            )
        )
    from singles3 import singles3

    out.extend(singles3(R, pp_of, appl, S, STREETS, dnum, money))
    return out
