"""The 14 packets of set_m: p01-p07 in order, p08-p14 with exactly one defect each."""

from __future__ import annotations

import mbuild as B
from mcommon import fr_iban

SIRETS = {
    "lumiq": "81234567800027",
    "verlinde": "44318927500019",
    "brume": "90127384600012",
    "occitech": "52819304700031",
    "calanques": "83920174500016",
    "alpes": "79120384600024",
    "riviera": "48392017300045",
    "loire": "88102937400017",
    "montmartre": "91203847500029",
}


def F(path, look, pages, **kw):
    return dict(path=path, look=look, pages=pages, **kw)


def person(**kw):
    kw.setdefault("phone", "06 12 34 56 78")
    return kw


def apo(country, cprint, lang, signer, cap, seal, place, on, auth, num, official, stamp):
    return dict(
        country=country,
        country_print=cprint,
        lang=lang,
        signer=signer,
        capacity=cap,
        seal=seal,
        place=place,
        issued_on=on,
        authority=auth,
        number=num,
        official=official,
        stamp=stamp,
    )


def bc(country, p, father, mother, regno, regdate, issued_on, **kw):
    d = dict(
        country=country,
        surname=p["surname"],
        given_names=p["given_names"],
        sex=p["sex"],
        dob=p["dob"],
        place=p["pob"],
        father=father,
        mother=mother,
        regno=regno,
        regdate=regdate,
        issued_on=issued_on,
    )
    d.update(kw)
    return d


def fr_rib(bank, holder, holder_lines, branch, account, branch_name, branch_addr, key=None):
    b = B.misc.BANKS[bank]
    from mcommon import rib_key

    k = key or rib_key(b["bank"], branch, account)
    return dict(
        bank=bank,
        bank_name=bank,
        holder=holder,
        holder_lines=holder_lines,
        iban=fr_iban(b["bank"], branch, account, k),
        bic=b["bic"],
        bank_code=b["bank"],
        branch=branch,
        account=account,
        key=k,
        branch_name=branch_name,
        branch_addr=branch_addr,
    )


def pay(employer, emp_addr, sk, naf, p, job, start, period, gross, net, pas):
    return dict(
        employer=employer,
        emp_addr=emp_addr,
        siret=SIRETS[sk],
        naf=naf,
        employee=f"{p['given_names']} {p['surname']}",
        emp_addr2=[p["street"], f"{p['cp']} {p['city']}"],
        job=job,
        start=start,
        period=period,
        gross=gross,
        net=net,
        pas=pas,
    )


def bills(provider, holder, addr, months, amounts, client, inv_prefix, issue_day=5):
    out = []
    for m, a in zip(months, amounts):
        y, mo = int(m[:4]), int(m[5:7])
        ny, nm = (y + 1, 1) if mo == 12 else (y, mo + 1)
        out.append(
            dict(
                provider=provider,
                holder=holder,
                addr=addr,
                month=m,
                amount=a,
                client=client,
                invoice=f"{inv_prefix}{m.replace('-', '')}",
                issue=f"{ny}-{nm:02d}-{issue_day:02d}",
                debit=f"{ny}-{nm:02d}-{issue_day + 10:02d}",
            )
        )
    return out


# ---------------------------------------------------------------- packets
def p01(rng):
    p = person(
        surname="CALLOWAY",
        given_names="MEREDITH ANNE",
        sex="F",
        dob="1988-04-17",
        pob="Columbus, Ohio (USA)",
        nat="USA",
        street="27 rue des Trois-Bornes",
        cp="75011",
        city="Paris",
        email="meredith.calloway@gmail.com",
        passport=dict(number="583920174", issue="2022-03-10", expiry="2032-03-09"),
    )
    host = person(
        surname="GUÉRIN-LACOSTE",
        given_names="THIBAULT",
        sex="M",
        dob="1985-09-30",
        pob="Nantes",
        nat="FRA",
        street=p["street"],
        cp="75011",
        city="Paris",
    )
    addr = ["27 rue des Trois-Bornes", "75011 PARIS"]
    pp = B.passport(p, rng)
    vi = B.visa(
        p,
        dict(
            number="021873645",
            valid_from="2026-03-02",
            valid_until="2027-03-01",
            visa_type="D",
            vls_ts=True,
            category="conjoint de Français",
            issued_in="Washington",
            issue="2026-02-12",
        ),
        rng,
    )
    b = bc(
        "USA",
        p,
        "Robert James Calloway",
        "Linda Marie Sutter",
        "1988-041327",
        "1988-04-25",
        "2025-11-03",
        issued_at="Columbus, Ohio",
    )
    bcert = B.birth(b, rng, True)
    ap = B.apostille(
        apo(
            "USA",
            "United States of America",
            "en",
            "Karen L. Whitfield",
            "State Registrar",
            "Ohio Department of Health",
            "Columbus, Ohio",
            "2025-11-19",
            "Secretary of State of Ohio",
            "2025-118204",
            "Daniel R. Okafor",
            ["SECRETARY OF STATE", "OHIO"],
        ),
        rng,
    )
    att = B.attestation(
        dict(
            host="Thibault Guérin-Lacoste",
            host_dob=host["dob"],
            host_pob="Nantes",
            host_sex="M",
            hosted="Meredith Anne Calloway",
            hosted_dob=p["dob"],
            hosted_pob="Columbus (Ohio, États-Unis)",
            hosted_sex="F",
            address=["27 rue des Trois-Bornes", "75011 Paris"],
            since="2026-03-05",
            city="Paris",
            signed_on="2026-11-09",
            hand=True,
            relation="mon épouse",
        ),
        rng,
    )
    cni = B.idcard(
        host,
        dict(
            number="X4RTBPFW4",
            issuing="FRA",
            issue="2021-10-14",
            expiry="2031-10-13",
            surname_print="GUÉRIN-LACOSTE",
            address=["27 RUE DES TROIS-BORNES", "75011 PARIS"],
        ),
        rng,
    )
    hb = [
        B.bill(x, rng)
        for x in bills(
            "Free",
            "M. Thibault Guérin-Lacoste",
            addr,
            ["2026-08", "2026-09", "2026-10"],
            [29.99, 29.99, 34.98],
            "FB3382190",
            "FR26-",
        )
    ]
    for x in hb:
        x.fields["holder_name"] = "Thibault Guérin-Lacoste"
    r = fr_rib(
        "BNP Paribas",
        "THIBAULT GUERIN-LACOSTE OU MEREDITH CALLOWAY",
        ["M OU MME GUERIN-LACOSTE THIBAULT", "OU CALLOWAY MEREDITH"],
        "00821",
        "00010482913",
        "PARIS REPUBLIQUE (00821)",
        ["2 PLACE DE LA REPUBLIQUE", "75003 PARIS"],
    )
    rb = B.rib(r, rng)
    rb.notes = "joint account that includes the applicant"
    fm = B.form(
        p,
        dict(
            situation="sans_activite",
            signed=True,
            signed_on="2026-11-10",
            date_text="10/11/2026",
            nationality="Américaine",
            pob="Columbus, États-Unis",
        ),
        rng,
        0,
        "hand",
    )
    docs = [fm, pp, vi, bcert, ap, att, cni, *hb, rb]
    files = [
        F("IMG_4471.jpg", "phone_photo", [B.one(fm, 0)]),
        F("IMG_4472.jpg", "phone_photo", [B.one(fm, 1)], rotate=90),
        F("IMG_4475.jpg", "phone_photo", [B.one(pp)]),
        F("IMG_4476.jpg", "phone_photo", [B.one(vi)]),
        F("birth certificate + apostille.pdf", "image_pdf", [B.one(bcert), B.one(ap)]),
        F("attestation hebergement.jpg", "phone_photo", [B.one(att)]),
        F("CNI Thibault.jpg", "scan", [[(cni, 0, 0), (cni, 1, 0)]]),
        F("factures free.pdf", "text_pdf", [B.one(x) for x in hb]),
        F("RIB_BNP.pdf", "text_pdf", [B.one(rb)]),
    ]
    return dict(
        as_of="2026-11-18",
        employed=False,
        p=p,
        docs=docs,
        files=files,
        defect=None,
        req={"employment": "not_applicable"},
        route="hosting",
    )


def p02(rng):
    p = person(
        surname="NASCIMENTO SOUZA",
        given_names="JOÃO PEDRO",
        sex="M",
        dob="1991-09-03",
        pob="Belo Horizonte (Brésil)",
        nat="BRA",
        street="14 rue Paul Bert",
        cp="69003",
        city="Lyon",
        email="jp.nascimento@outlook.com",
        passport=dict(number="GH482913", issue="2021-06-15", expiry="2031-06-14"),
    )
    pp = B.passport(p, rng)
    pp.fields["given_names"] = "JOÃO PEDRO"
    ts = B.permit(
        p,
        dict(
            number="2D9KF7315",
            kind="CARTE DE SEJOUR PLURIANNUELLE",
            mention="PASSEPORT TALENT",
            expiry="2030-04-19",
            issue="2026-04-20",
            prefecture="PREFECTURE DU RHONE",
        ),
        rng,
    )
    b = bc(
        "BRA",
        dict(p, pob="Belo Horizonte - MG"),
        "Carlos Eduardo de Souza",
        "Ana Lúcia do Nascimento",
        "032581 01 55 1991 1 00214 087 0061432-18",
        "1991-09-12",
        "2025-10-02",
        issued_at="Belo Horizonte,",
    )
    bcert = B.birth(b, rng, True)
    ap = B.apostille(
        apo(
            "BRA",
            "República Federativa do Brasil",
            "pt",
            "Marcos Vinícius Teixeira",
            "Oficial de Registro Civil",
            "Cartório do 2º Subdistrito de BH",
            "Belo Horizonte",
            "2025-10-06",
            "CNJ - Conselho Nacional de Justiça",
            "AAB-1F3-2K9",
            "Helena Prado Marques",
            ["CNJ", "APOSTILA"],
        ),
        rng,
    )
    tr = B.translation(
        dict(
            translator="Isabel Ferreira-Morin",
            court="Cour d'appel de Lyon",
            addr="8 quai Saint-Vincent, 69001 Lyon",
            rep_no="2025/1187",
            src="pt",
            src_lang_fr="portugaise",
            date="2025-11-14",
            city="Lyon",
            title_fr="CERTIFICAT DE NAISSANCE",
            b=b,
            place_fr="Belo Horizonte - État du Minas Gerais",
        ),
        rng,
    )
    le = B.lease(
        dict(
            landlord="Odile Berthomieu",
            landlord_addr="5 montée du Gourguillon, 69005 Lyon",
            tenants=["João Pedro Nascimento Souza"],
            address=["14 rue Paul Bert", "69003 Lyon"],
            start="2026-02-01",
            rent=780.0,
            charges=60.0,
            city="Lyon",
            signed_on="2026-01-24",
            surface=41,
        ),
        rng,
    )
    r = fr_rib(
        "LCL",
        "JOAO PEDRO NASCIMENTO SOUZA",
        ["M NASCIMENTO SOUZA JOAO PEDRO"],
        "00711",
        "0000482913K",
        "LCL LYON PART DIEU",
        ["42 RUE DE LA VILLETTE", "69003 LYON"],
    )
    rb = B.rib(r, rng)
    ps = B.payslip(
        pay(
            "Lumiq Analytics SAS",
            ["22 rue de la Villette", "69003 Lyon"],
            "lumiq",
            "6201Z",
            dict(p, given_names="João Pedro", surname="NASCIMENTO SOUZA"),
            "Data scientist",
            "2026-05-04",
            "2026-10",
            4200.0,
            3089.41,
            182.3,
        ),
        rng,
    )
    fm = B.form(
        p,
        dict(
            situation="salarie",
            contract_type="CDI",
            job="Data scientist",
            signed=True,
            signed_on="2026-11-20",
            date_text="20/11/2026",
            nationality="Brésilienne",
            given_names="João Pedro",
            surname="Nascimento Souza",
        ),
        rng,
        1,
        "acro",
    )
    docs = [fm, pp, ts, bcert, ap, tr, le, rb, ps]
    files = [
        F("S1106_rempli.pdf", "text_pdf", [B.one(fm, 0), B.one(fm, 1)]),
        F("passaporte.jpg", "phone_photo", [B.one(pp)], rotate=0),
        F("titre_sejour_recto.jpg", "phone_photo", [B.one(ts, 0)]),
        F("titre_sejour_verso.jpg", "phone_photo", [B.one(ts, 1)]),
        F("certidao_apostille_traduction.pdf", "image_pdf", [B.one(bcert), B.one(ap), B.one(tr)]),
        F("bail_paul_bert.pdf", "image_pdf", [B.one(le, 0), B.one(le, 1)]),
        F("RIB LCL.pdf", "text_pdf", [B.one(rb)]),
        F("bulletin_octobre_2026.pdf", "text_pdf", [B.one(ps)]),
    ]
    return dict(
        as_of="2026-11-24",
        employed=True,
        p=p,
        docs=docs,
        files=files,
        defect=None,
        req={},
        route="lease",
    )


def p03(rng):
    p = person(
        surname="HADJ-AISSA",
        given_names="LINA MERIEM",
        sex="F",
        dob="2001-02-11",
        pob="Oran (Algérie)",
        nat="DZA",
        street="8 rue du Faubourg Figuerolles",
        cp="34070",
        city="Montpellier",
        email="lina.hadjaissa01@gmail.com",
        passport=dict(number="198273645", issue="2023-01-05", expiry="2033-01-04"),
    )
    pp = B.passport(p, rng)
    vi = B.visa(
        p,
        dict(
            number="034519278",
            valid_from="2026-08-01",
            valid_until="2027-07-31",
            visa_type="D",
            vls_ts=True,
            category="étudiant",
            issued_in="Alger",
            issue="2026-07-20",
        ),
        rng,
    )
    b = bc(
        "DZA",
        dict(p, pob="Oran"),
        "Mohamed",
        "Benali Fatiha",
        "00418",
        "2001-02-13",
        "2025-12-07",
        issued_at="Oran, le",
    )
    bcert = B.birth(b, rng, False)
    bcert.notes = "Algeria: no apostille (France-Algeria 1962 protocol, legalisation waived)"
    addr = ["8 rue du Faubourg Figuerolles", "34070 MONTPELLIER"]
    raw = bills(
        "Bouygues Telecom",
        "Mme Lina Hadj-Aissa",
        addr,
        ["2026-08", "2026-09", "2026-10"],
        [15.99, 15.99, 21.49],
        "1.28890317",
        "FM0",
    )
    raw[2]["previous"] = [("Facture septembre 2026", 15.99), ("Facture août 2026", 15.99)]
    bl = [B.bill(x, rng, screen=(i == 2)) for i, x in enumerate(raw)]
    for x in bl:
        x.fields["holder_name"] = "Lina Hadj-Aissa"
    r = fr_rib(
        "La Banque Postale",
        "LINA HADJ-AISSA",
        ["MLLE LINA HADJ-AISSA", "8 RUE DU FBG FIGUEROLLES", "34070 MONTPELLIER"],
        "01005",
        "1234561L020",
        "La Banque Postale",
        ["CENTRE FINANCIER DE MONTPELLIER", "34900 MONTPELLIER CEDEX 9"],
    )
    rb = B.rib(r, rng)
    fm = B.form(
        p,
        dict(
            situation="etudiant",
            signed=True,
            signed_on="2026-11-14",
            date_text="14/11/2026",
            nationality="Algérienne",
            date_by_hand=True,
            given_names="Lina Meriem",
            surname="HADJ-AISSA",
        ),
        rng,
        0,
        "typed",
    )
    docs = [fm, pp, vi, bcert, *bl, rb]
    files = [
        F("formulaire_cpam.pdf", "image_pdf", [B.one(fm, 0), B.one(fm, 1)]),
        F("passeport_visa.jpg", "scan", [[(pp, 0, 0), (vi, 0, 0)]]),
        F("acte_naissance.jpg", "phone_photo", [B.one(bcert)], rotate=270),
        F("facture_aout.pdf", "text_pdf", [B.one(bl[0])]),
        F("facture_septembre.pdf", "text_pdf", [B.one(bl[1])]),
        F("Screenshot_20261103-183012.png", "screenshot", [B.one(bl[2])]),
        F("rib.png", "scan", [B.one(rb)]),
    ]
    return dict(
        as_of="2026-11-20",
        employed=False,
        p=p,
        docs=docs,
        files=files,
        defect=None,
        req={"employment": "not_applicable"},
        route="bills",
    )
