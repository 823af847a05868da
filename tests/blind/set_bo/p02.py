"""Packet p02: born in DR Congo, employed (CDI), lease with a co-tenant, payslip."""

from __future__ import annotations

from datetime import date

import civil
import forms
import housing
import ids
import looks
import money
import work
from common import fr_iban, siret, td1, td3
from pk_common import P_LABELS_FR_EN, id_fields


def p02(pk) -> dict:
    as_of = "2026-11-24"
    sur, giv, dob = "KABEYA MBUYI", "GRACE DIVINE", date(1991, 2, 14)
    # ---- form: filled by hand, photographed page by page (page 2 upside down)
    v = dict(
        nom_naissance="KABEYA MBUYI",
        prenoms="Grâce Divine",
        sexe="F",
        date_naissance="14021991",
        lieu_commune="Kinshasa",
        lieu_pays="R.D. Congo",
        nationalite="congolaise",
        adresse1="12 allée des Tilleuls, Bât. B apt 34",
        code_postal="94000",
        commune="Créteil",
        telephone="07 58 21 44 90",
        courriel="grace.kabeya91@gmail.com",
        situation="salarie",
        profession="Aide-soignante",
        contrat="CDI",
        fait_a="Créteil",
        date_signature="17/11/2026",
        sig_letters=5,
    )
    pdf = forms.render(v, "A", "hand", pk.rng("form"), hand_font="Hand1")
    f1 = pk.photo("IMG_20261118_093512.jpg", pdf, "form1", page=0)
    f2 = pk.photo("IMG_20261118_093530.jpg", pdf, "form2", rotate=180, page=1)
    pk.add(
        "application_form",
        "phone_photo",
        [(f1, [1]), (f2, [1])],
        {
            "surname": "KABEYA MBUYI",
            "usage_name": None,
            "given_names": "GRÂCE DIVINE",
            "sex": "F",
            "date_of_birth": dob.isoformat(),
            "employment_status": "employed",
            "situation": "salarie",
            "contract_type": "CDI",
            "signed": True,
            "signed_on": "2026-11-17",
            "date_text": "17/11/2026",
            "place": "Créteil",
            "nir": None,
        },
        "print run A filled by hand in capitals; page 2 photographed upside down",
    )
    # ---- passport (flatbed scan of the open booklet)
    num, pexp = "OP0473518", date(2030, 8, 3)
    mrz = td3("COD", sur, giv, num, "COD", dob, "F", pexp)
    spec = dict(
        paper=(232, 238, 240),
        guilloche=[(190, 210, 226), (226, 214, 190), (206, 226, 214)],
        header=["RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "DEMOCRATIC REPUBLIC OF THE CONGO"],
        accent=(20, 80, 150),
        labels=dict(P_LABELS_FR_EN, personal=""),
        values=dict(
            code="COD",
            number=num,
            surname=sur,
            given=giv,
            nationality="CONGOLAISE",
            dob="14 FEV/FEB 1991",
            sex="F",
            pob="KINSHASA",
            issue="04 AOU/AUG 2025",
            authority="MIN. AFFAIRES ETRANGERES",
            expiry="03 AOU/AUG 2030",
        ),
        female=True,
        skin=(110, 72, 52),
        hair=(18, 16, 16),
        mrz=mrz,
        top_text="PASSEPORT",
        num_color=(170, 30, 40),
    )
    book = ids.passport_page(spec, pk.rng("pp"))
    page = looks.page_with_cards([book], ids.PX, 300, pk.rng("ppage"))
    f = pk.scan("passeport_grace.jpg", page, "pp")
    pk.add(
        "passport",
        "scan",
        [(f, [1])],
        id_fields(sur, giv, num, "COD", "COD", dob, "F", pexp),
        "open booklet scanned at 300 dpi",
    )
    # ---- titre de sejour, recto and verso on one scanned page (image PDF)
    tnum, texp = "ZR7403165", date(2027, 3, 9)
    tmrz = td1("IR", "FRA", tnum, dob, "F", texp, "COD", sur, giv)
    ts = dict(
        female=True,
        skin=(110, 72, 52),
        hair=(18, 16, 16),
        number=tnum,
        surname=sur,
        given="GRACE, DIVINE",
        sex="F",
        nat="COD",
        dob="14 02 1991",
        permit_type="CARTE DE SEJOUR TEMPORAIRE",
        expiry="09 03 2027",
        remarks=["SALARIÉ", "AUTORISE SON TITULAIRE", "À TRAVAILLER"],
        address=["12 ALLEE DES TILLEULS BAT B APT 34", "94000 CRETEIL"],
        pob="KINSHASA (CONGO RD)",
        issued="10 03 2026",
        authority="PRÉFECTURE DU VAL-DE-MARNE",
        mrz=tmrz,
    )
    r = pk.rng("ts")
    cards = [ids.fr_card_front(ts, r, "titre"), ids.fr_card_back(ts, r, "titre")]
    page = looks.page_with_cards(cards, 20, 200, pk.rng("tspage"))
    f = pk.image_pdf("titre_de_sejour_recto_verso.pdf", [page], "ts")
    pk.add(
        "residence_permit",
        "image_pdf",
        [(f, [1])],
        id_fields(sur, "GRACE DIVINE", tnum, "COD", "FRA", dob, "F", texp),
        "carte de séjour temporaire 'salarié', recto and verso on one page; TD1 MRZ on the verso",
    )
    # ---- birth certificate with legalisation on the verso (image PDF, 2 pages)
    bp = dict(
        acte_no="0412/1991",
        volume="III",
        folio="118",
        decl_words="mil neuf cent quatre-vingt-onze, le vingt et unième jour du mois de février",
        officer="NZUZI MAKIADI Albert",
        copy_officer="BOKETSHU ILUNGA Marie",
        declarant="Monsieur MBUYI KABEYA Jean-Pierre, père de l'enfant, fonctionnaire, domicilié "
        "au "
        "n° 27 avenue Kasa-Vubu, Commune de Lingwala",
        dob_words="quatorze février mil neuf cent quatre-vingt-onze à 06 heures 30",
        pob="Kinshasa/Lingwala",
        sex_word="féminin",
        name_line="KABEYA MBUYI Grâce-Divine",
        dob="14/02/1991",
        father="MBUYI KABEYA Jean-Pierre",
        mother="NGALULA TSHIBOLA Thérèse",
        issued="21/01/2026",
        receipt="0083415",
        leg1_date="28/01/2026",
        mae_signer="M. LUKUSA BANZA Didier, Chef de Division",
        leg2_date="04/02/2026",
        leg2_no="2026/0187",
    )
    f = pk.image_pdf("acte_naissance_legalise.pdf", civil.congo_birth(bp, pk.rng("birth")), "birth")
    pk.add(
        "birth_certificate",
        "image_pdf",
        [(f, [1, 2])],
        {
            "surname": "KABEYA MBUYI",
            "given_names": "Grâce-Divine",
            "date_of_birth": dob.isoformat(),
            "place_of_birth": "Kinshasa/Lingwala",
            "issuing_country": "COD",
            "language": "fr",
            "has_apostille": False,
        },
        "legalised (DRC foreign ministry + French embassy in Kinshasa) on the verso, page 2; "
        "DR Congo is treated as a legalisation country, see README",
    )
    # ---- lease (text PDF signed electronically)
    lp = lease_p02()
    f = pk.text_pdf("bail_signe.pdf", housing.lease(lp, pk.rng("lease")))
    pk.add(
        "lease",
        "text_pdf",
        [(f, [1, 2, 3, 4])],
        {
            "tenant_names": ["KABEYA MBUYI Grâce Divine", "NSIMBA LUTETE Jonathan"],
            "landlord": "SCI LES TILLEULS DE CRÉTEIL",
            "address": "12 allée des Tilleuls, Bâtiment B, 3e étage, porte 34, 94000 Créteil",
            "start_date": "2026-05-01",
        },
        "bail loi 1989 (logement nu), two co-tenants, signed electronically on 22/04/2026",
    )
    # ---- payslip (text PDF)
    st = siret("53318472", "0015")
    pp = dict(
        period_txt="octobre 2026",
        start="01/10/2026",
        end="31/10/2026",
        paid_on="30/10/2026",
        employer="SAS RÉSIDENCE LES JARDINS D'ALICE",
        employer_lines=["EHPAD Les Jardins d'Alice", "18 rue Juliette Savar", "94000 CRÉTEIL"],
        siret=st,
        naf="8710A",
        ccn="Hospitalisation privée (IDCC 2264)",
        employee_print="Madame KABEYA MBUYI Grâce Divine",
        employee_address=["12 allée des Tilleuls Bât B apt 34", "94000 CRÉTEIL"],
        matricule="00417",
        job="Aide-soignante",
        entry="06/04/2026",
        contract="CDI",
        gross=2186.40,
        pas_rate=0.0,
        earnings=[
            ("Salaire de base", 151.67, 12.9332, 1961.58),
            ("Prime dimanches et jours fériés", 16.0, 7.8013, 124.82),
            ("Complément de traitement indiciaire", None, None, 100.00),
        ],
        cp="17,5",
    )
    pdf, net = work.payslip(pp, pk.rng("pay"), "clair")
    f = pk.text_pdf("bulletin_salaire_octobre_2026.pdf", pdf)
    pk.add(
        "payslip",
        "text_pdf",
        [(f, [1])],
        {
            "employer": "SAS RÉSIDENCE LES JARDINS D'ALICE",
            "employee_name": "KABEYA MBUYI Grâce Divine",
            "period": "2026-10",
            "net_pay": net,
            "siret": st,
        },
        "bulletin de paie clarifié; net payé = net à payer avant impôt (PAS rate 0 %)",
    )
    # ---- RIB: Societe Generale app screenshot
    iban, key = fr_iban("30003", "03680", "00050834127")
    rr = dict(
        time="20:15",
        account_masked="•••• 4127",
        holder="MME KABEYA MBUYI GRACE DIVINE",
        iban=iban,
        bic="SOGEFRPP",
        bank="30003",
        branch="03680",
        account="00050834127",
        key=key,
        domiciliation="SG CRETEIL CENTRE (03680)",
    )
    f = pk.png("Screenshot_20261119-201544_SG.png", money.sg_rib_screen(rr, pk.rng("rib")))
    pk.add(
        "rib",
        "screenshot",
        [(f, [1])],
        {
            "holder_name": "KABEYA MBUYI GRACE DIVINE",
            "iban": iban,
            "bic": "SOGEFRPP",
            "bank_name": "Société Générale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "phone screenshot of the bank app's RIB screen (1170x2532)",
    )
    req = {
        k: "complete"
        for k in [
            "application_form",
            "identity",
            "residence_status",
            "birth_certificate",
            "residence_proof",
            "bank_details",
            "employment",
        ]
    }
    return pk.truth(
        as_of,
        True,
        req,
        None,
        {"surname": sur, "given_names": giv, "date_of_birth": dob.isoformat()},
    )


def lease_p02() -> dict:
    addr = "12 allée des Tilleuls, Bâtiment B, 3e étage, porte 34, 94000 Créteil"
    p1 = [
        (
            "I. DÉSIGNATION DES PARTIES",
            "Le présent contrat est conclu entre les soussignés :\n"
            "SCI LES TILLEULS DE CRÉTEIL, société civile immobilière, siège 5 avenue du Général "
            "de Gaulle, "
            "94000 Créteil, désignée ci-après « le bailleur », représentée par son mandataire le "
            "Cabinet "
            "MARSAULT IMMOBILIER, 5 avenue du Général de Gaulle, 94000 Créteil, titulaire de la "
            "carte "
            "professionnelle n° CPI 9401 2019 000 041 237 délivrée par la CCI Paris Île-de-France "
            ";\n"
            "Mme KABEYA MBUYI Grâce Divine, née le 14/02/1991 à Kinshasa (République démocratique "
            "du Congo), "
            "et M. NSIMBA LUTETE Jonathan, né le 02/09/1988 à Matadi (République démocratique du "
            "Congo), "
            "désignés ci-après « le locataire ».",
        ),
        (
            "II. OBJET DU CONTRAT",
            "Le présent contrat a pour objet la location d'un logement ainsi "
            "déterminé :\nA. Consistance du logement — localisation du logement : "
            + addr
            + " ; type "
            "d'habitat : immeuble collectif ; régime juridique de l'immeuble : copropriété ; "
            "période de "
            "construction : de 1949 à 1974 ; surface habitable : 58,40 m² ; nombre de pièces "
            "principales : "
            "3 ; autres parties du logement : cave n° 34, balcon ; éléments d'équipements : "
            "cuisine équipée "
            "(plaques, hotte), salle d'eau ; modalité de production de chauffage : collectif ; "
            "modalité de "
            "production d'eau chaude sanitaire : collective.\nB. Destination des locaux : usage "
            "d'habitation principale.",
        ),
    ]
    p2 = [
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            "A. Date de prise d'effet du contrat : "
            "1er mai 2026.\nB. Durée du contrat : trois ans, soit jusqu'au 30 avril 2029, "
            "renouvelable "
            "tacitement dans les conditions de l'article 10 de la loi du 6 juillet 1989.\nEn "
            "l'absence de "
            "proposition de renouvellement du contrat, celui-ci est, à son terme, reconduit "
            "tacitement pour "
            "trois ans. Le locataire peut mettre fin au bail à tout moment, après avoir donné "
            "congé.",
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            "A. Loyer — fixation du loyer initial : montant du loyer mensuel "
            "hors charges : 940,00 € ; le logement est situé dans une zone d'encadrement des "
            "loyers : non.\n"
            "B. Charges récupérables — modalité de règlement : provisions sur charges avec "
            "régularisation "
            "annuelle ; montant des provisions : 110,00 € par mois.\nC. Modalités de paiement : "
            "loyer payable "
            "mensuellement et d'avance, le 5 de chaque mois, par prélèvement ; montant total dû à "
            "la première "
            "échéance : 1 050,00 €.",
        ),
        ("V. TRAVAUX", "Néant."),
    ]
    p3 = [
        (
            "VI. GARANTIES",
            "Montant du dépôt de garantie de l'exécution des obligations du locataire : "
            "940,00 € (un mois de loyer hors charges).",
        ),
        (
            "VII. CLAUSE DE SOLIDARITÉ",
            "Les co-locataires sont tenus solidairement et indivisiblement de "
            "l'exécution des obligations du présent contrat.",
        ),
        (
            "VIII. CLAUSE RÉSOLUTOIRE",
            "Le présent contrat sera résilié de plein droit deux mois après un "
            "commandement de payer demeuré infructueux, à défaut de paiement du loyer ou des "
            "charges, du "
            "dépôt de garantie, ou de souscription d'une assurance des risques locatifs.",
        ),
        (
            "IX. ANNEXES",
            "Sont annexées au présent contrat : notice d'information ; état des lieux "
            "d'entrée ; dossier de diagnostic technique (DPE classe D, CREP, état des risques) ; "
            "extrait du "
            "règlement de copropriété ; acte de cautionnement : néant.",
        ),
    ]
    p4 = [
        (
            "X. AUTRES CONDITIONS PARTICULIÈRES",
            "Le locataire déclare avoir reçu les clés (2 jeux) et le "
            "badge d'accès au parking le jour de la remise des clés, fixé au 1er mai 2026.",
        ),
    ]
    signers = [
        (
            "Le bailleur (par son mandataire)",
            "Cabinet MARSAULT IMMOBILIER",
            "22/04/2026 17:58 UTC+2",
        ),
        ("Le locataire", "Grâce Divine KABEYA MBUYI", "22/04/2026 18:42 UTC+2"),
        ("Le locataire", "Jonathan NSIMBA LUTETE", "22/04/2026 19:03 UTC+2"),
    ]
    return dict(
        agency="Cabinet MARSAULT IMMOBILIER",
        ref="CRT-B34-2026",
        envelope="7f3c2a91-0b5e-4d1e",
        pages=[p1, p2, p3, p4],
        place="Créteil",
        signed_txt="22/04/2026",
        signers=signers,
        initials=["GDKM", "JNL"],
    )
