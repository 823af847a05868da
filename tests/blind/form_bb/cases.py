"""The 16 forms of the set: applicant, fill way, case, arrangement, print run.

Every value here is invented. Names follow the naming customs of the applicants' countries;
addresses are ordinary French street addresses picked to look plausible.
"""

from __future__ import annotations

import unicodedata

SITUATIONS = ["salarie", "independant", "demandeur_emploi", "etudiant", "sans_activite", "autre"]
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
# the brief's convention: employed for salaried work; a self-employed person works too
FORM_STATUS = {
    "ok": "complete",
    "date_words": "complete",
    "unsigned": "invalid",
    "label_only": "invalid",
    "stray_mark": "invalid",
    "future_date": "invalid",
    "us_date": "invalid",
    "no_date": "questionable",
    "none_ticked": "questionable",
    "two_ticked": "questionable",
}
DEFECT_TEXT = {
    "unsigned": "unsigned: the signature box is empty",
    "label_only": "unsigned: only the printed word 'Signature' is in the signature box",
    "stray_mark": "unsigned: a stray pen mark in the signature box, no signature",
    "future_date": "signature date after the audit date",
    "us_date": "signature date written MM/DD/YYYY (day above 12)",
    "no_date": "signature date left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}


def nir_key(nir13: str) -> str:
    """Key of a French NIR: 97 - (number mod 97), Corsica 2A/2B read as 19/18."""
    digits = nir13.replace("2A", "19").replace("2B", "18")
    return f"{97 - int(digits) % 97:02d}"


def strip_accents(text: str) -> str:
    norm = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in norm if unicodedata.category(ch) != "Mn")


def _p(**kw):
    return kw


# fmt: off
CASES = [
    _p(id="d001", fill="hand", case="ok", arr="phone_photos", run="A", as_of="2026-11-18",
       surname="BENSALAH", usage="MARTIN", given="Amina Nour", sex="F", dob="1994-03-17",
       birth_city="Oran", birth_country="Algérie", nationality="algérienne",
       address="12 rue Gabriel Péri", cp="93200", city="Saint-Denis",
       phone="06 51 23 47 90", email="amina.bensalah94@gmail.com",
       nir="2940399352046", sit=["salarie"], contract="CDI",
       employer="Pharmacie des Quatre Chemins", job="préparatrice en pharmacie",
       place="Saint-Denis", signed_on="2026-11-09", date_text="09/11/2026",
       files=["IMG_20261109_183512.jpg", "IMG_20261109_183540.jpg"], rot=[90, 0],
       hand_font="H-dkg"),
    _p(id="d002", fill="acroform", case="ok", arr="one_pdf", run="B", as_of="2026-11-24",
       surname="KOVALENKO", usage=None, given="Olena", sex="F", dob="1985-02-22",
       birth_city="Kharkiv", birth_country="Ukraine", nationality="ukrainienne",
       address="48 cours Gambetta, appt 12", cp="69007", city="Lyon",
       phone="07 58 31 02 66", email="olena.kovalenko@ukr.net",
       nir=None, sit=["sans_activite"], contract=None, employer="", job="",
       place="Lyon", signed_on="2026-11-20", date_text="20/11/2026",
       files=["Formulaire_S1106_rempli.pdf"], acro_names="fr", with_ap=True),
    _p(id="d003", fill="typed_print", case="unsigned", arr="one_pdf", run="A",
       as_of="2026-11-16",
       surname="ZHANG", usage=None, given="Wei", sex="M", dob="1992-12-01",
       birth_city="Chengdu", birth_country="Chine", nationality="chinoise",
       address="5 rue du Javelot", cp="75013", city="Paris",
       phone="06 22 87 14 03", email="zhangwei.paris@163.com",
       nir=None, sit=["salarie"], contract="CDD",
       employer="Sinolink Conseil SAS", job="ingénieur d'études",
       place="Paris", signed_on="2026-11-02", date_text="02/11/2026", date_hand=False,
       files=["scan_demande_cpam.pdf"]),
    _p(id="d004", fill="acroform_printed", case="ok", arr="two_images", run="C",
       as_of="2026-11-27",
       surname="GÓMEZ RESTREPO", usage=None, given="Juan Sebastián", sex="M",
       dob="1996-07-09", birth_city="Medellín", birth_country="Colombie",
       nationality="colombienne",
       address="Résidence Jean Jaurès, ch. 214, 21 allée de Brienne", cp="31000",
       city="Toulouse", phone="07 49 55 10 28", email="jsgomezr@unal.edu.co",
       nir=None, sit=["etudiant"], contract=None, employer="", job="",
       place="Toulouse", signed_on="2026-11-13", date_text="13/11/2026", date_hand=False,
       files=["scan_0041.jpg", "scan_0042.jpg"], acro_names="generic", dpi=300),
    _p(id="d005", fill="hand", case="future_date", arr="two_images_p2_first", run="B",
       as_of="2026-11-19",
       surname="DIALLO", usage=None, given="Mamadou Lamine", sex="M", dob="1988-11-30",
       birth_city="Thiès", birth_country="Sénégal", nationality="sénégalaise",
       address="27 boulevard National", cp="13003", city="Marseille",
       phone="06 03 44 19 72", email="mamadoulamine.diallo@yahoo.fr",
       nir=None, sit=["demandeur_emploi"], contract=None, employer="", job="",
       place="Marseille", signed_on="2026-12-14", date_text="14/12/2026",
       files=["scan_0118.jpg", "scan_0117.jpg"], drop_accents=True, dpi=200,
       hand_font="H-humor"),

    _p(id="d006", fill="acroform", case="label_only", arr="one_pdf_reversed", run="C",
       as_of="2026-11-30",
       surname="YILDIRIM", usage=None, given="Mehmet Emre", sex="M", dob="1991-04-03",
       birth_city="Izmir", birth_country="Turquie", nationality="turque",
       address="3 allée des Tilleuls", cp="94000", city="Créteil",
       phone="06 77 12 90 34", email="m.emre.yildirim@hotmail.com",
       nir=None, sit=["salarie"], contract="CDI",
       employer="Bâtiment Rénovation Île-de-France SARL", job="chef de chantier",
       place="Créteil", signed_on="2026-11-26", date_text="26/11/2026",
       files=["cerfa_15763-02_YILDIRIM.pdf"], acro_names="generic", with_ap=True),
    _p(id="d007", fill="typed_print", case="ok", arr="phone_photos", run="B",
       as_of="2026-11-21",
       surname="JEAN-BAPTISTE", usage=None, given="Marie-Carmelle", sex="F",
       dob="1987-05-14", birth_city="Port-au-Prince", birth_country="Haïti",
       nationality="haïtienne",
       address="102 avenue Roger Salengro", cp="69100", city="Villeurbanne",
       phone="07 81 66 24 59", email="mcjeanbaptiste@gmail.com",
       nir=None, sit=["salarie"], contract="Intérim",
       employer="Interaction Intérim Lyon Est", job="agent de production",
       place="Villeurbanne", signed_on="2026-11-17", date_text="17/11/2026",
       date_hand=False,
       files=["IMG_4471.JPG", "IMG_4472.JPG"], rot=[0, 180]),
    _p(id="d008", fill="acroform_printed", case="stray_mark", arr="one_pdf", run="A",
       as_of="2026-12-01",
       surname="HOSSEINI", usage=None, given="Seyed Reza", sex="M", dob="1984-09-19",
       birth_city="Ispahan", birth_country="Iran", nationality="iranienne",
       address="18 rue de Paris", cp="93100", city="Montreuil",
       phone="06 14 62 38 85", email="reza.hosseini.design@gmail.com",
       nir=None, sit=["independant"], contract=None, employer="", job="graphiste",
       place="Montreuil", signed_on="2026-11-23", date_text="23/11/2026", date_hand=False,
       files=["Document numérisé 2026-11-24.pdf"], acro_names="fr"),
    _p(id="d009", fill="hand", case="us_date", arr="one_pdf_reversed", run="C",
       as_of="2026-11-25",
       surname="DELA CRUZ", usage="BERNARD", given="Maria Lourdes", sex="F",
       dob="1995-01-25", birth_city="Cebu City", birth_country="Philippines",
       nationality="philippine",
       address="7 rue Salvador Allende", cp="92000", city="Nanterre",
       phone="06 35 90 71 12", email="malou.delacruz@yahoo.com",
       nir=None, sit=["salarie"], contract="CDI",
       employer="EHPAD Les Tilleuls", job="aide-soignante",
       place="Nanterre", signed_on="2026-11-18", date_text="11/18/2026",
       files=["demande_secu_malou.pdf"], hand_font="H-breip"),
    _p(id="d010", fill="acroform", case="no_date", arr="two_pdfs", run="A",
       as_of="2026-11-17",
       surname="N'GUESSAN", usage=None, given="Aya Christelle", sex="F", dob="1993-10-27",
       birth_city="Abidjan", birth_country="Côte d'Ivoire", nationality="ivoirienne",
       address="15 rue Jean Bart, résidence Gustave Eiffel", cp="59000", city="Lille",
       phone="07 68 20 43 91", email="aya.nguessan@univ-lille.fr",
       nir="2931099326114", sit=["etudiant"], contract=None, employer="", job="",
       place="Lille", signed_on=None, date_text=None,
       files=["S1106_page1.pdf", "S1106_page2.pdf"], acro_names="fr", with_ap=True,
       sig_image="image_paper"),
    _p(id="d011", fill="typed_print", case="none_ticked", arr="two_images_p2_first",
       run="C", as_of="2026-11-28",
       surname="RAGHAVAN", usage=None, given="Karthik", sex="M", dob="1990-03-08",
       birth_city="Chennai", birth_country="Inde", nationality="indienne",
       address="24 avenue Alsace-Lorraine", cp="38000", city="Grenoble",
       phone="07 52 18 66 04", email="karthik.raghavan@outlook.com",
       nir=None, sit=[], contract=None, employer="", job="",
       place="Grenoble", signed_on="2026-11-20", date_text="20/11/2026", date_hand=True,
       files=["WhatsApp Image 2026-11-20 at 21.14.07.jpeg",
              "WhatsApp Image 2026-11-20 at 21.14.06.jpeg"], dpi=150, quality=72),
    _p(id="d012", fill="acroform_printed", case="two_ticked", arr="phone_photos", run="B",
       as_of="2026-11-22",
       surname="EL AMRANI", usage=None, given="Youssef", sex="M", dob="1999-02-02",
       birth_city="Fès", birth_country="Maroc", nationality="marocaine",
       address="9 rue de Brest", cp="35000", city="Rennes",
       phone="06 98 27 31 50", email="youssef.elamrani99@gmail.com",
       nir=None, sit=["salarie", "etudiant"], contract="CDD",
       employer="Biocoop Rennes Centre", job="employé de rayon",
       place="Rennes", signed_on="2026-11-06", date_text="06/11/2026", date_hand=True,
       files=["20261106_201733.jpg", "20261106_201802.jpg"], rot=[0, 270],
       acro_names="generic"),
    _p(id="d013", fill="hand", case="date_words", arr="two_pdfs", run="A",
       as_of="2026-11-20",
       surname="NGUYEN", usage=None, given="Thi Thu Ha", sex="F", dob="1990-08-05",
       birth_city="Hô Chi Minh-Ville", birth_country="Viêt Nam",
       nationality="vietnamienne",
       address="61 avenue de Choisy", cp="75013", city="Paris",
       phone="06 46 71 28 93", email="thuha.nguyen90@gmail.com",
       nir=None, sit=["salarie"], contract="CDI",
       employer="Traiteur Hoa Sen SARL", job="cuisinière",
       place="Paris", signed_on="2026-11-03", date_text="3 novembre 2026",
       files=["Numerisation_0001.pdf", "Numerisation_0002.pdf"], hand_font="H-dkg"),
    _p(id="d014", fill="acroform", case="ok", arr="one_pdf", run="C", as_of="2026-11-26",
       surname="EL KHOURY", usage="DUBOIS", given="Rania", sex="F", dob="1989-06-11",
       birth_city="Beyrouth", birth_country="Liban", nationality="libanaise",
       address="35 rue de Silly", cp="92100", city="Boulogne-Billancourt",
       phone="06 09 84 52 17", email="rania.dubois@icloud.com",
       nir=None, sit=["sans_activite"], contract=None, employer="", job="",
       place="Boulogne-Billancourt", signed_on="2026-11-24", date_text="24/11/2026",
       files=["demande_ouverture_droits_Rania.pdf"], acro_names="fr", with_ap=False),
    _p(id="d015", fill="typed_print", case="ok", arr="two_pdfs", run="B",
       as_of="2026-11-23",
       surname="CASANOVA", usage=None, given="Paul-Antoine", sex="M", dob="1979-06-21",
       birth_city="Bastia (Haute-Corse)", birth_country="France", nationality="française",
       address="14 avenue Jean Médecin", cp="06000", city="Nice",
       phone="06 70 13 58 22", email="pa.casanova@videotron.ca",
       nir="17906" + "2B033087", sit=["autre"], contract=None, employer="", job="",
       other="retour en France après 12 ans au Canada",
       place="Nice", signed_on="2026-11-16", date_text="16/11/2026", date_hand=True,
       files=["Scan_p1.pdf", "Scan_p2.pdf"]),
    _p(id="d016", fill="acroform_printed", case="ok", arr="one_pdf_reversed", run="B",
       as_of="2026-11-29",
       surname="OLIVEIRA DOS SANTOS", usage=None, given="João Pedro", sex="M",
       dob="1997-12-23", birth_city="Belo Horizonte", birth_country="Brésil",
       nationality="brésilienne",
       address="88 cours de la Marne", cp="33800", city="Bordeaux",
       phone="07 44 30 81 67", email="joaopedro.oliveira@gmail.com",
       nir="1971299416023", sit=["salarie"], contract="CDI",
       employer="Bâti-Plus Construction", job="maçon",
       place="Bordeaux", signed_on="2026-11-25", date_text="25/11/2026", date_hand=False,
       files=["formulaire cpam.pdf"], acro_names="generic"),
]
# fmt: on


def full_nir(case: dict) -> str | None:
    if not case.get("nir"):
        return None
    return case["nir"] + nir_key(case["nir"])


def written(case: dict, value: str) -> str:
    """A value as the applicant writes it (capitals by hand, accents maybe dropped)."""
    if case["fill"] == "hand":
        value = value.upper()
    if case.get("drop_accents"):
        value = strip_accents(value)
    return value
