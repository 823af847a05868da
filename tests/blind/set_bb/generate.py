"""Blind set bb: four whole CPAM/PUMa packets (Algeria, Turkey, Brazil, Vietnam).

Usage: generate.py OUT_DIR
"""

import json
import os
import random
import sys

from bb_civil import birth_dza, birth_tur
from bb_docs import apostille, fr_card, passport, visa_sticker
from bb_french import attestation_hand, bill_telecom, form_s1106, rib_fr
from bb_out import Packet, truth
from bb_packet3 import p03
from bb_packet4 import p04
from bb_work import contract_cdi, lease, payslip, siret

# ---------------------------------------------------------------- p01 Algeria


def p01(root):
    pk = Packet(root, "p01", random.Random(101))
    sur, giv, dob = "BENAISSA", "MOHAMED AMINE", "1993-06-21"
    addr = "27 boulevard Longchamp, Appt 12, 13001 Marseille"
    pp = dict(
        surname=sur,
        given=giv,
        surname_mrz=sur,
        given_mrz=giv,
        number="187452069",
        nat="DZA",
        nat_label="ALGÉRIENNE",
        dob=dob,
        sex="M",
        issue="2022-03-14",
        expiry="2032-03-13",
        pob="ORAN",
        authority="DAÏRA D'ORAN",
    )
    pages, f = passport(pp)
    pk.add(
        "passport",
        f,
        pk.photo(["IMG_20261109_184512.jpg"], pages, rots=[90]),
        "phone_photo",
        "Algerian biometric passport data page, photo rotated 90 degrees",
    )
    card = dict(
        kind="IR",
        title="CERTIFICAT DE RÉSIDENCE ALGÉRIEN",
        surname=sur,
        given=giv,
        surname_mrz=sur,
        given_mrz=giv,
        number="CR4172095",
        nat="DZA",
        dob=dob,
        sex="M",
        expiry="2027-05-09",
        issued="2026-05-10",
        pob="ORAN (ALGÉRIE)",
        authority="PRÉFET DES BOUCHES-DU-RHÔNE",
        remark="SALARIÉ - ART. 7 b) ACCORD FRANCO-ALGÉRIEN",
        address1="27 BD LONGCHAMP APPT 12",
        address2="13001 MARSEILLE",
        back_remark="Autorise son titulaire à travailler",
    )
    front, back, f = fr_card(card)
    pk.add(
        "residence_permit",
        f,
        pk.scan(["scan_titre_sejour.jpg"], [front, back], dpi=300, combine=True),
        "scan",
        "Certificat de résidence algérien (1 year, salarié), front and back on one A4 scan",
    )
    bc = dict(
        surname="BENAÏSSA",
        given="Mohamed Amine",
        dob=dob,
        pob="Oran (Wilaya d'Oran)",
        wilaya="Oran",
        acte="02917",
        dob_words="Vingt et un juin mil neuf cent quatre-vingt-treize",
        time="dix heures quinze minutes",
        sex_word="Masculin",
        father="Benaïssa Abdelkader",
        mother="Khelifi Fatima Zohra",
        issued="2026-01-12",
    )
    pages, f = birth_dza(bc)
    pk.add(
        "birth_certificate",
        f,
        pk.scan(["acte_naissance.jpg"], pages, dpi=200),
        "scan",
        "Algerian 12S full extract (French side). Algeria is not a Hague party; France-Algeria "
        "protocol of 28 Aug 1962 exempts civil records from legalisation: no apostille needed",
    )
    ls = dict(
        furnished=False,
        landlord="M. Henri CASTELLAN",
        landlord_field="Henri CASTELLAN",
        landlord_addr="domicilié 4 traverse des Pins, 13009 Marseille",
        tenants_print="M. Mohamed Amine BENAÏSSA",
        tenant_names=["Mohamed Amine BENAÏSSA"],
        address=addr,
        habitat="immeuble collectif, 3e étage",
        surface="38 m²",
        rooms="2",
        start="2025-10-01",
        duration="trois ans",
        rent=640.0,
        charges=55.0,
        deposit=640.0,
        city="Marseille",
        signed="2025-09-24",
    )
    pages, f = lease(ls)
    pk.add(
        "lease",
        f,
        pk.image_pdf("bail.pdf", pages, dpi=150),
        "image_pdf",
        "Unfurnished lease, started 2025-10-01 (more than 3 months before the audit)",
    )
    st = siret("81234567", "0002")
    job = "Technicien de maintenance CVC"
    c = dict(
        employer="PROVENCE CLIMATISATION SERVICES",
        form="SAS",
        capital="50 000 €",
        employer_addr="ZI Saint-Henri, 12 rue Anne Gacon, 13016 Marseille",
        rcs="Marseille",
        siret=st,
        rep="Mme Sandrine ROUBAUD",
        rep_role="Directrice des ressources humaines",
        employee_print="M. Mohamed Amine BENAÏSSA",
        employee_field="Mohamed Amine BENAÏSSA",
        dob=dob,
        pob="Oran (Algérie)",
        nat="algérienne",
        employee_addr=addr,
        start="2025-09-15",
        job=job,
        statut="ETAM",
        coef="N3 P2",
        idcc="Bâtiment ETAM (IDCC 2609)",
        gross="2 350,00 €",
        workplace="Marseille et département 13",
        city="Marseille",
        signed="2025-09-08",
    )
    pages, f = contract_cdi(c)
    pk.add("employment_contract", f, pk.text_pdf("Contrat_CDI_BENAISSA.pdf", pages), "text_pdf")
    ps = dict(
        employer="PROVENCE CLIMATISATION SERVICES",
        employer_addr=["12 rue Anne Gacon", "13016 Marseille"],
        siret=st,
        ape="4322B",
        idcc="Bâtiment ETAM (IDCC 2609)",
        start="2026-10-01",
        end="2026-10-31",
        paid="2026-10-30",
        employee_print="M. BENAÏSSA Mohamed Amine",
        employee_field="BENAÏSSA Mohamed Amine",
        employee_addr=["27 boulevard Longchamp, Appt 12", "13001 Marseille"],
        matricule="00417",
        job=job,
        statut="ETAM",
        coef="N3 P2",
        hired="2025-09-15",
        gross=2350.0,
        hours=151.67,
        pas_rate=0.021,
    )
    pages, f = payslip(ps)
    pk.add("payslip", f, pk.text_pdf("bulletin_paie_2026_10.pdf", pages), "text_pdf")
    r = dict(
        bank="bnp",
        code_banque="30004",
        guichet="00813",
        compte="00010654321",
        bic="BNPAFRPPXXX",
        holder_lines=["M MOHAMED AMINE BENAISSA", "27 BD LONGCHAMP APPT 12", "13001 MARSEILLE"],
        holder_field="MOHAMED AMINE BENAISSA",
        domiciliation=["BNP PARIBAS MARSEILLE LONGCHAMP", "48 BD LONGCHAMP", "13001 MARSEILLE"],
    )
    pages, f = rib_fr(r)
    pk.add("rib", f, pk.text_pdf("RIB_BNP.pdf", pages), "text_pdf")
    fm = dict(
        surname="BENAÏSSA",
        given="Mohamed Amine",
        dob=dob,
        sex="M",
        pob="Oran",
        country="Algérie",
        nat="Algérienne",
        addr="27 bd Longchamp, appt 12",
        cp="13001",
        city="Marseille",
        phone="06 51 28 73 40",
        email="m.benaissa93@gmail.com",
        status="employed",
        job=job,
        employer="Provence Climatisation Services",
        contract="CDI",
        hired="15/09/2025",
        place="Marseille",
        signed_on="2026-11-10",
        seed="p01form",
    )
    pages, f = form_s1106(fm)
    pk.add(
        "application_form",
        f,
        pk.image_pdf("formulaire_S1106.pdf", pages, dpi=200),
        "image_pdf",
        "Typed on a computer, printed, signed by hand, scanned",
    )
    app = dict(surname=sur, given_names=giv, date_of_birth=dob)
    return truth(pk, "2026-11-18", True, app)


# ---------------------------------------------------------------- p02 Turkey


def p02(root):
    pk = Packet(root, "p02", random.Random(202))
    dob = "1991-08-05"
    pp = dict(
        surname="ÖZTÜRK",
        given="ELİF NAZ",
        surname_mrz="OZTURK",
        given_mrz="ELIF NAZ",
        number="U18427356",
        nat="TUR",
        nat_label="T.C. / TURKISH",
        dob=dob,
        sex="F",
        issue="2024-02-20",
        expiry="2034-02-19",
        pob="İZMİR",
        authority="EMNİYET GN. MD.",
    )
    pages, f = passport(pp)
    pk.add("passport", f, pk.scan(["pasaport.jpg"], pages, dpi=300, small=True), "scan")
    v = dict(
        number="024718305",
        number_print="024718305",
        valid_from="2025-10-15",
        valid_until="2026-10-14",
        days=365,
        place="ANKARA",
        issued="2025-09-30",
        passport="U18427356",
        surname="OZTURK",
        given="ELIF NAZ",
        surname_mrz="OZTURK",
        given_mrz="ELIF NAZ",
        nat="TUR",
        dob=dob,
        sex="F",
        category="conjoint de Français",
        remark1="VLS-TS CONJOINT DE FRANCAIS",
        remark2="DISPENSE TEMPORAIRE DE CARTE DE SEJOUR",
    )
    pages, f = visa_sticker(v)
    pk.add(
        "long_stay_visa",
        f,
        pk.photo(["IMG_4471.jpg"], pages, rots=[180]),
        "phone_photo",
        "VLS-TS valid until 2026-10-14: EXPIRED at the audit date (the defect). Photo upside down.",
    )
    bc = dict(
        surname="ÖZTÜRK",
        given="ELİF NAZ",
        dob=dob,
        pob="KONAK / İZMİR",
        sex="K / F",
        father="MEHMET ÖZTÜRK",
        mother="HATİCE ÖZTÜRK",
        tckn="38216540972",
        office="KONAK İLÇE NÜFUS MÜDÜRLÜĞÜ",
        office_town="Konak",
        issued="2026-05-27",
        verif="NVI-7Q3K-82LM",
    )
    pages, f = birth_tur(bc)
    ap = dict(
        country_label="TÜRKİYE / TURQUIE",
        doc_signer="Zeynep ARSLAN",
        doc_capacity="Nüfus Müdürü / Directrice de l'état civil",
        doc_seal="Konak İlçe Nüfus Müdürlüğü",
        place="KONAK / İZMİR",
        date="2026-06-02",
        by="Konak Kaymakamlığı (Sous-préfecture de Konak)",
        number="2026/04417",
        signed_by="Murat YILDIZ, Kaymakam Yardımcısı",
        stamp="KONAK KAYMAKAMLIĞI",
        country_iso="TUR",
    )
    ap_pages, apf = apostille(ap)
    files = pk.image_pdf("dogum_belgesi_apostil.pdf", pages + ap_pages, dpi=150)
    pk.add(
        "birth_certificate",
        f,
        [dict(path=files[0]["path"], pages=[1])],
        "image_pdf",
        "Formül A multilingual extract (CIEC), apostille on page 2",
    )
    pk.add(
        "apostille",
        apf,
        [dict(path=files[0]["path"], pages=[2])],
        "image_pdf",
        "Turkey is a Hague Convention party: apostille required and present",
    )
    host, haddr = "Julien MARCHAND", "8 rue Paul Bert, 69003 Lyon"
    a = dict(
        host=host,
        hosted="Elif Naz ÖZTÜRK",
        address=haddr,
        since="2025-10-20",
        signed_on="2026-11-08",
        seed="p02att",
        done="Fait à Lyon, le 08/11/2026",
        lines=[
            "Je soussigné Julien MARCHAND, né le 11/02/1988",
            "à Lyon (69), demeurant 8 rue Paul Bert,",
            "69003 Lyon, atteste sur l'honneur héberger",
            "à mon domicile mon épouse, Mme Elif Naz",
            "ÖZTÜRK épouse MARCHAND, née le 05/08/1991",
            "à Izmir (Turquie), depuis le 20/10/2025.",
            "",
            "Je joins la copie de ma carte d'identité",
            "et mes trois dernières factures Orange.",
            "",
            "Attestation faite pour servir et valoir",
            "ce que de droit.",
        ],
    )
    pages, f = attestation_hand(a)
    pk.add(
        "hosting_attestation",
        f,
        pk.photo(["IMG_4475.jpg"], pages),
        "phone_photo",
        "Handwritten by the husband (host), signed",
    )
    card = dict(
        kind="ID",
        surname="MARCHAND",
        given="JULIEN, PIERRE",
        surname_mrz="MARCHAND",
        given_mrz="JULIEN PIERRE",
        number="XK7R2BPW4",
        nat="FRA",
        dob="1988-02-11",
        sex="M",
        expiry="2033-04-03",
        issued="2023-04-04",
        pob="LYON 4E ARRONDISSEMENT (69)",
        authority="PRÉFECTURE DU RHÔNE",
        address1="8 RUE PAUL BERT",
        address2="69003 LYON",
    )
    front, back, f = fr_card(card)
    f["given_names"] = "JULIEN, PIERRE"
    pk.add(
        "national_id",
        f,
        pk.scan(["scan_cni_julien.jpg"], [front, back], dpi=300, combine=True),
        "scan",
        "Host's French identity card (2021 model)",
    )
    for k, (mo, iss, amt) in enumerate(
        [("08", "2026-09-02", 42.99), ("09", "2026-10-02", 42.99), ("10", "2026-11-02", 45.48)]
    ):
        end = {"08": "31", "09": "30", "10": "31"}[mo]
        b = dict(
            provider="Orange",
            logo="orange",
            color="#ff7900",
            number=f"FA26{mo}0718{k}33",
            issue=iss,
            debit=iss[:8] + "15",
            start=f"2026-{mo}-01",
            end=f"2026-{mo}-{end}",
            company=[
                "Orange SA au capital de 10 640 226 396 €",
                "111 quai du Président Roosevelt, 92130 Issy-les-Moulineaux",
                "380 129 866 RCS Nanterre",
            ],
            holder_print="M JULIEN MARCHAND",
            holder_field="JULIEN MARCHAND",
            address_lines=["8 RUE PAUL BERT", "69003 LYON"],
            address_field="8 RUE PAUL BERT, 69003 LYON",
            client="0478291450",
            line="04 78 29 14 50",
            offer="Offre Livebox Fibre",
            sub=42.99,
            extra=round(amt - 42.99, 2),
            amount=amt,
        )
        pages, f = bill_telecom(b)
        fname = f"Facture_Orange_2026{mo}.pdf"
        if k == 1:
            files, look = pk.image_pdf(fname, pages, dpi=150), "image_pdf"
        else:
            files, look = pk.text_pdf(fname, pages, "Facture Orange"), "text_pdf"
        pk.add("utility_bill", f, files, look, "Host's bill (host route)")
    r = dict(
        bank="cm",
        code_banque="10278",
        guichet="07321",
        compte="00020417801",
        bic="CMCIFR2A",
        holder_lines=["M JULIEN MARCHAND", "OU MME ELIF NAZ OZTURK", "8 RUE PAUL BERT 69003 LYON"],
        holder_field="JULIEN MARCHAND OU ELIF NAZ OZTURK",
        domiciliation=["CCM LYON GUILLOTIERE", "2 GRANDE RUE DE LA GUILLOTIERE", "69007 LYON"],
    )
    pages, f = rib_fr(r)
    pk.add("rib", f, pk.scan(["RIB_compte_joint.jpg"], pages, dpi=200), "scan", "Joint account")
    fm = dict(
        surname="ÖZTÜRK",
        usage="MARCHAND",
        given="Elif Naz",
        dob=dob,
        sex="F",
        pob="Izmir",
        country="Turquie",
        nat="turque",
        addr="8 rue Paul Bert",
        cp="69003",
        city="Lyon",
        phone="07 68 11 42 09",
        status="not_employed",
        situation="sans activité (au foyer)",
        place="Lyon",
        signed_on="2026-11-09",
        seed="p02form",
    )
    pages, f = form_s1106(fm, hand_font="hand1")
    pk.add(
        "application_form",
        f,
        pk.image_pdf("formulaire_cpam.pdf", pages, dpi=200),
        "image_pdf",
        "Hand-filled in blue ink, usage name MARCHAND",
    )
    app = dict(surname="OZTURK", given_names="ELIF NAZ", date_of_birth=dob)
    return truth(
        pk,
        "2026-11-20",
        False,
        app,
        defect="VLS-TS expired on 2026-10-14, before the audit date 2026-11-20",
        bad=("residence_status", "invalid"),
    )


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    root = sys.argv[1]
    os.makedirs(os.path.join(root, "packets"), exist_ok=True)
    os.makedirs(os.path.join(root, "documents"), exist_ok=True)
    names = []
    for name, fn in (("p01", p01), ("p02", p02), ("p03", p03), ("p04", p04)):
        t = fn(root)
        with open(os.path.join(root, "packets", name + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(t, fh, ensure_ascii=False, indent=2)
        names.append(name)
    with open(os.path.join(root, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"packets": names, "documents": []}, fh, indent=2)


if __name__ == "__main__":
    main()
