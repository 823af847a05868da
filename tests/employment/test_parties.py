"""Who employs whom, read from payslips and contracts laid out in many ways (documents
built from words, no OCR): labelled boxes, unlabelled blocks, titles or none, the parties'
sentence of a contract in its usual variants."""

from __future__ import annotations

import datetime as dt

import pytest

from docverify.doctypes import employment_contract, payslip
from docverify.model import DocType
from tests.bank.pages import document, extracted, page

L, R = 100, 1300  # the left and right columns of a page


def read_payslip(rows: list[object]) -> payslip.PayslipFields:
    return extracted(payslip.SPEC, document(DocType.PAYSLIP, page(rows))).fields  # type: ignore[arg-type]


def read_contract(rows: list[object]) -> employment_contract.EmploymentContractFields:
    doc = document(DocType.EMPLOYMENT_CONTRACT, page(rows))  # type: ignore[arg-type]
    return extracted(employment_contract.SPEC, doc).fields


TABLE = [
    [(L, "Rubrique"), (900, "Base"), (1200, "Part salarié"), (1600, "Part employeur")],
    [(L, "Salaire de base"), (900, "2 100,00"), (1200, "2 100,00")],
    [(L, "Autres contributions dues par l'employeur"), (1600, "31,50")],
    [(L, "NET A PAYER AVANT IMPOT SUR LE REVENU"), (1600, "1 642,18")],
    [(L, "NET PAYE EN EUROS"), (1600, "1 590,07")],
]

PAYSLIPS: dict[str, tuple[list[object], str, str]] = {
    # clarified payslip: employer block top left (no label), employee block top right
    # with a title, employee statut "Employé" on the left
    "blocks_with_title": ([
        [(L, "BOULANGERIE DU CANAL SARL"), (R, "BULLETIN DE PAIE")],
        [(L, "8 quai de Valmy"), (R, "Période du 01/10/2026 au 31/10/2026")],
        [(L, "75010 Paris"), (R, "Date de paiement : 31/10/2026")],
        [(L, "SIRET : 512 345 678 00019 Code APE : 1071C")],
        [(L, "Statut professionnel"), (500, "Employé"), (R, "Mme Aminata TRAORE")],
        [(L, "Emploi"), (500, "Vendeuse"), (R, "3 rue de Meaux")],
        [(L, "Date d'entrée"), (500, "02/05/2025"), (R, "75019 PARIS")],
        *TABLE], "BOULANGERIE DU CANAL SARL", "Aminata TRAORE"),
    # Silae/PayFit style: labelled boxes, values under their headings
    "headed_boxes": ([
        [(L, "BULLETIN DE SALAIRE"), (R, "Période : octobre 2026")],
        [(L, "Employeur"), (R, "Salarié")],
        [(L, "Nova Conseil"), (R, "Jean-Baptiste KOUAME")],
        [(L, "14 boulevard Haussmann"), (R, "Matricule : 00317")],
        [(L, "75009 Paris"), (R, "N° SS : 1 88 07 99 212 045 31")],
        [(L, "Siret : 812 345 671 00027"), (R, "Emploi : Consultant")],
        *TABLE], "Nova Conseil", "Jean-Baptiste KOUAME"),
    # labels right of the value's box, employer without legal form, NIR
    "labels_inline": ([
        "BULLETIN DE PAIE DU MOIS DE SEPTEMBRE 2026",
        [(L, "Raison sociale : Garage des Lilas"), (R, "Nom et prénom : DIALLO Mamadou")],
        [(L, "Adresse : 5 rue de Paris 93260 Les Lilas"), (R, "Matricule : 0042")],
        [(L, "N° SIRET : 498 765 432 00011"), (R, "Qualification : Mécanicien")],
        *TABLE], "Garage des Lilas", "DIALLO Mamadou"),
    # ADP style: employee in the envelope window without title, employer on top
    "window_without_title": ([
        [(L, "TRANSPORTS ROUSSEL"), (R, "BULLETIN DE PAIE")],
        [(L, "ZI des Béthunes"), (R, "Du 01/09/2026 au 30/09/2026")],
        [(L, "95310 Saint-Ouen-l'Aumône")],
        [(L, "Siret 377 845 112 00034 - NAF 4941A")],
        [(L, "Convention collective : transports routiers")],
        [(R, "YAO KOFFI EMMANUEL")],
        [(R, "12 AVENUE JEAN JAURES")],
        [(R, "95100 ARGENTEUIL")],
        [(L, "Statut : Ouvrier"), (R, "Coefficient 150 M")],
        *TABLE], "TRANSPORTS ROUSSEL", "YAO KOFFI EMMANUEL"),
    # the SIRET line set a blank line apart from the employer's address; the employee
    # window block untitled beside it (without the employer found, its name was taken
    # for the employee's)
    "siret_set_apart": ([
        [(L, "Nexalys Conseil"), (R, "BULLETIN DE PAIE")],
        [(L, "50 avenue des Champs-Élysées")],
        [(L, "75008 PARIS"), (R, "Paiement le 31/10/2026 par virement")],
        "",
        [(L, "SIRET : 830 182 747 00295 Code NAF : 7022Z"), (R, "PATEL ROHAN")],
        [(L, "URSSAF : Île-de-France"), (R, "18 RUE OBERKAMPF")],
        [(R, "75011 PARIS")],
        *TABLE], "Nexalys Conseil", "PATEL ROHAN"),
    # surname and given names labelled apart
    "surname_and_given_names": ([
        [(L, "FICHE DE PAIE"), (R, "Octobre 2026")],
        [(L, "Société : ALPHA NETTOYAGE SAS"), (R, "Nom : NGUYEN")],
        [(L, "SIRET : 423 456 789 00015"), (R, "Prénom : Thi Hoa")],
        [(L, "Code NAF : 8121Z"), (R, "Emploi : Agent de propreté")],
        *TABLE], "ALPHA NETTOYAGE SAS", "Thi Hoa NGUYEN"),
    # Sage style: legal form first, "Nom" holding the whole name, the site as
    # "Établissement"
    "sage_lone_nom": ([
        [(L, "Etablissement : Les Délices - Boutique Bastille"), (R, "BULLETIN DE SALAIRE")],
        [(L, "SARL LES DELICES DE LA BASTILLE"), (R, "Matricule : 118")],
        [(L, "21 rue de la Roquette 75011 PARIS"), (R, "Nom : PEREIRA Joana")],
        [(L, "Siret : 533 222 111 00047 Naf : 1071C"), (R, "Emploi : Vendeuse")],
        *TABLE], "SARL LES DELICES DE LA BASTILLE", "PEREIRA Joana"),
    # both parties in headed blocks with "Nom" labels
    "two_headed_blocks": ([
        "BULLETIN DE PAIE - OCTOBRE 2026",
        [(L, "EMPLOYEUR"), (R, "SALARIE")],
        [(L, "Nom : Cabinet Moreau"), (R, "Nom : KOWALSKA")],
        [(L, "SIRET : 444 555 666 00011"), (R, "Prénom : Agnieszka")],
        *TABLE], "Cabinet Moreau", "Agnieszka KOWALSKA"),
    # an English payslip of a French branch
    "english": ([
        [(L, "PAYSLIP"), (R, "Pay period: 01/10/2026 - 31/10/2026")],
        [(L, "Employer: Brightline Systems France SAS"), (R, "Employee name: Emily CLARKE")],
        [(L, "SIRET 798 654 321 00018"), (R, "Job title: Data analyst")],
        *TABLE], "Brightline Systems France SAS", "Emily CLARKE"),
    # a nursing home whose name opens with a street's word (set_cz p01, wave 42, read)
    "name_opens_with_residence": ([
        [(L, "BULLETIN DE PAIE"), (R, "Période du 01/10/2026 au 31/10/2026")],
        [(L, "RÉSIDENCE LES GLYCINES SAS"), (R, "Mme OUÉDRAOGO Aïcha Wendkouni")],
        [(L, "112 avenue Jean Jaurès"), (R, "27 rue Pasteur")],
        [(L, "69007 LYON"), (R, "69007 LYON")],
        [(L, "SIRET : 817 345 291 00170"), (R, "Emploi : Aide-soignante")],
        [(L, "Code NAF : 8710A"), (R, "Entrée le 04/05/2026 - CDI")],
        *TABLE], "RÉSIDENCE LES GLYCINES SAS", "OUÉDRAOGO Aïcha Wendkouni"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(PAYSLIPS))
def test_payslip_parties(name: str) -> None:
    rows, employer, employee = PAYSLIPS[name]
    f = read_payslip(rows)
    assert (f.employer, f.employee_name) == (employer, employee)


def test_payslip_period_from_an_unlabelled_span() -> None:
    """ "Du 01/08/2026 au 31/08/2026" after the title, no "Période" label; the entry date
    elsewhere is not the month paid."""
    rows = [
        [(L, "BULLETIN DE SALAIRE Du 01/08/2026 au 31/08/2026")],
        [(L, "BOULANGERIE MARTIN & FILS"), (R, "Matricule: 0011")],
        [(L, "Emploi: VENDEUSE Qualif: EMPLOYÉE Entrée: 10/03/2025")],
        *TABLE,
    ]
    assert read_payslip(rows).period == "2026-08"


def test_payslip_legal_form_alone_on_the_address_line_is_no_employer() -> None:
    """set_bb p03: "DATALYS CONSEIL" over "SAS - 92 avenue de France" and the SIRET: the
    legal form alone on its line was taken for the employer's name."""
    rows = [
        [(L, "DATALYS CONSEIL"), (R, "BULLETIN DE PAIE")],
        [(L, "SAS - 92 avenue de France"), (R, "Période du 01/10/2026 au 31/10/2026")],
        [(L, "75013 Paris")],
        [(L, "SIRET : 84931277200155 Code APE : 6202A")],
        [(L, "Matricule : DC-0192"), (R, "Mme GONÇALVES DE SOUZA Ana Beatriz")],
        *TABLE,
    ]
    assert read_payslip(rows).employer == "DATALYS CONSEIL"


def test_payslip_labels_never_values() -> None:
    """Column headings ("Part employeur"), the statut "Employé" and the payment date are
    never the parties."""
    rows = [
        [(L, "BULLETIN DE PAIE"), (R, "Date de paiement : 31/10/2026")],
        [(L, "N° Sécurité Sociale 1 85 02 75 123 456 78")],
        [(L, "Statut"), (500, "Employé")],
        *TABLE,
    ]
    f = read_payslip(rows)
    assert (f.employer, f.employee_name) == (None, None)


def test_payslip_net_before_tax_and_job() -> None:
    f = read_payslip(PAYSLIPS["headed_boxes"][0])
    assert (f.net_pay, f.job_title, f.period) == (1642.18, "Consultant", "2026-10")


CONTRACTS: dict[str, tuple[list[object], tuple[object, ...]]] = {
    "soussignes_parts": ([
        "CONTRAT DE TRAVAIL A DUREE INDETERMINEE",
        "ENTRE LES SOUSSIGNES :",
        "La société HORIZON BATIMENT SAS, au capital de 50 000 €, dont le siège est",
        "situé 4 rue Lecourbe 75015 Paris, représentée par M. Paul MARTIN, Président,",
        "ci-après dénommée « l'Employeur », d'une part,",
        "ET :",
        "Monsieur Amadou Bamba NDIAYE, né le 03/05/1990 à Thiès (Sénégal), demeurant",
        "7 rue Oberkampf 75011 Paris, ci-après dénommé « le Salarié », d'autre part,",
        "IL A ETE CONVENU CE QUI SUIT :",
        "Article 1 - Engagement. Le Salarié est engagé à compter du 2 novembre 2026 en",
        "qualité de conducteur de travaux, statut ETAM.",
    ], ("HORIZON BATIMENT SAS", "Amadou Bamba NDIAYE", "CDI", dt.date(2026, 11, 2),
        "conducteur de travaux")),
    # no designator before the company, the employee's "Madame" on the next line
    "name_first": ([
        "CONTRAT A DUREE DETERMINEE",
        "Entre : Clinique Saint-Roch, association loi 1901, SIRET 312 456 789 00021,",
        "représentée par sa directrice, ci-après « l'Employeur »,",
        "d'une part, et",
        "Madame Ana Paula SOUZA LIMA, née le 12/01/1993, ci-après « la Salariée »,",
        "d'autre part.",
        "Date d'embauche : 15/09/2026",
        "Poste : Aide-soignante",
    ], ("Clinique Saint-Roch", "Ana Paula SOUZA LIMA", "CDD", dt.date(2026, 9, 15),
        "Aide-soignante")),
    # no "d'une part": the parties joined by "et la salariée"
    "et_la_salariee": ([
        "CONTRAT DE TRAVAIL A DUREE DETERMINEE",
        "Entre l’entreprise Fleurs & Jardins, SIRET 512 000 111 00010, et la salariée",
        "Mme Hanna PETRENKO, née le 4 mai 1991. Date d'entrée : 07/12/2026.",
    ], ("Fleurs & Jardins", "Hanna PETRENKO", "CDD", dt.date(2026, 12, 7), None)),
    # the employee named first: told apart by what the contract calls each party
    "employee_first": ([
        "CONTRAT DE TRAVAIL",
        "Entre Mme Li WANG, demeurant 3 rue de la Gare 69003 Lyon, ci-après « la Salariée »,",
        "d'une part, et la société Rhône Logiciels SARL, au capital de 8 000 €,",
        "ci-après « la Société », d'autre part.",
        "Le contrat prend effet le 1er décembre 2026. Contrat à durée indéterminée.",
    ], ("Rhône Logiciels SARL", "Li WANG", "CDI", dt.date(2026, 12, 1), None)),
    # labelled blocks, as many models and the apprenticeship form print them
    "labelled_blocks": ([
        "CONTRAT DE TRAVAIL A DUREE INDETERMINEE",
        "L'EMPLOYEUR",
        "Raison sociale : Le Petit Zinc",
        "Adresse : 11 rue Saint-Benoît 75006 Paris",
        "N° SIRET : 412 345 678 00012",
        "LE SALARIE",
        "Nom : OKAFOR",
        "Prénom : Chinedu",
        "Emploi : Chef de partie",
        "Prise de fonctions : 03/08/2026",
    ], ("Le Petit Zinc", "Chinedu OKAFOR", "CDI", dt.date(2026, 8, 3), "Chef de partie")),
    # a temporary-work mission: the agency employs, the client firm does not
    "interim_mission": ([
        "CONTRAT DE MISSION - TRAVAIL TEMPORAIRE",
        [(L, "Entreprise de travail temporaire :"), (900, "Adecco Intérim Paris Est")],
        [(L, "Entreprise utilisatrice :"), (900, "Logistique Seine SAS")],
        [(L, "Salarié intérimaire :"), (900, "M. Rafael GOMES DA SILVA")],
        [(L, "Qualification :"), (900, "Cariste")],
        [(L, "Date de début de mission :"), (900, "09/11/2026")],
        [(L, "Date de fin de mission :"), (900, "20/11/2026")],
    ], ("Adecco Intérim Paris Est", "Rafael GOMES DA SILVA", "interim",
        dt.date(2026, 11, 9), "Cariste")),
    # the apprenticeship form (cerfa FA13) and its long labels
    "apprenticeship_cerfa": ([
        "CONTRAT D'APPRENTISSAGE",
        "L'EMPLOYEUR",
        "Nom et prénom ou dénomination : Pâtisserie Lenôtre Saint-Germain",
        "N° SIRET de l'établissement d'exécution du contrat : 312 345 678 00016",
        "L'APPRENTI(E)",
        "Nom de naissance de l'apprenti(e) : BENALI",
        "Le premier prénom de l'apprenti(e) selon l'état civil : Yasmine",
        "LE CONTRAT",
        "Date de début d'exécution du contrat : 01/09/2026",
    ], ("Pâtisserie Lenôtre Saint-Germain", "Yasmine BENALI", "apprentissage",
        dt.date(2026, 9, 1), None)),
    # no title before the employee: the parties parted by "et" after the employer's
    # quoted role; the representative's "en qualité de" is not the job
    "et_after_quoted_role": ([
        "CONTRAT DE TRAVAIL A DUREE INDETERMINEE",
        "ENTRE LES SOUSSIGNES :",
        "La société Menuiserie Vautrin SARL, SIRET 431 552 908 00027, représentée par",
        "M. Hervé Colin, en qualité de gérant, ci-après « l'Employeur »,",
        "ET Kofi Mensah ASANTE, né(e) le 14/02/1991, ci-après « le Salarié ».",
        "Le Salarié est engagé à compter du 02/03/2026.",
        "Il exercera les fonctions de Menuisier(e) poseur, statut ouvrier.",
    ], ("Menuiserie Vautrin SARL", "Kofi Mensah ASANTE", "CDI", dt.date(2026, 3, 2),
        "Menuisier(e) poseur")),
    # an English contract: roles in brackets, no titles
    "english_brackets": ([
        "EMPLOYMENT CONTRACT (FIXED-TERM)",
        "This agreement is made between Nordlicht Media GmbH (the 'Employer') and",
        "Sofia Andersson (the 'Employee').",
        "The Employee will work as a video editor. Start date: 1 February 2027.",
    ], ("Nordlicht Media GmbH", "Sofia Andersson", "CDD", dt.date(2027, 2, 1),
        "video editor")),
    # an English contract
    "english": ([
        "PERMANENT EMPLOYMENT CONTRACT",
        "This contract is made between Brightline Systems France SAS, registered under",
        "SIRET 798 654 321 00018 (the 'Employer') and Mr John SMITH, born on 02/03/1985,",
        "(the 'Employee').",
        "The Employee is hired as an analyst. Start date: 5 October 2026.",
    ], ("Brightline Systems France SAS", "John SMITH", "CDI", dt.date(2026, 10, 5),
        "analyst")),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CONTRACTS))
def test_contract_parties_and_start(name: str) -> None:
    rows, want = CONTRACTS[name]
    f = read_contract(rows)
    assert (f.employer, f.employee_name, f.contract_type, f.start_date, f.job_title) == want


def test_contract_employer_from_signature_block_when_the_sentence_is_glued() -> None:
    """A justified text layer may run the words of a line together: the company is then
    read where it signs, above its address and SIRET."""
    f = read_contract([
        "CONTRAT DE TRAVAIL A DUREE INDETERMINEE",
        "ENTRE LES SOUSSIGNES :",
        "LasociétéATELIERSDUNORDSAS,SASaucapitalde10000€,immatriculéeauRCSdeLille,",
        "ci-après dénommée « la Société », d'une part,",
        "ET :",
        "MadameOlgaKOVALENKO,néele03/02/1994àKharkiv,ci-aprèsdénommée« la Salariée »,",
        "d'autre part,",
        "LaSalariéeestengagéeàcompterdu1erseptembre2026,sousréservedelavisitemédicale.",
        "Pour la Société",
        "ATELIERS DU NORD SAS",
        "12 rue Nationale",
        "59000 Lille",
        "SIRET 40988127300257",
    ])  # fmt: skip
    assert (f.employer, f.employee_name, f.start_date) == (
        "ATELIERS DU NORD SAS", "Olga KOVALENKO", dt.date(2026, 9, 1))  # fmt: skip


def test_contract_employer_named_in_the_opening_not_whoever_signs_for_it() -> None:
    """The signatures under "L'Employeur" and "Le Salarié", "N. Roques" read "NV. Roques"
    (blind set set_ae, p04): the name under the caption was taken for the employer, which
    the opening sentence names."""
    f = read_contract([
        "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE",
        "Entre les soussignés :",
        "La société SAS Hôtel des Arcades Capitole, SAS au capital de 50 000 €, dont le siège",
        "social est situé 9 rue d'Alsace-Lorraine, 31000 Toulouse, représentée par Nathalie",
        "Roques, en sa qualité de Directrice générale,",
        "ci-après dénommée « l'Employeur », d'une part,",
        "Et M. Juan Sebastian Restrepo Gomez, né(e) le 27/05/1989 à Medellin (Colombie),",
        "ci-après dénommé(e) « le Salarié », d'autre part,",
        "Le Salarié est engagé à compter du 2 mars 2026 jusqu'au 28 février 2027.",
        "Fait en deux exemplaires à Toulouse, le 20/02/2026.",
        [(100, "L'Employeur"), (900, "Le Salarié")],
        [(100, "NV. Roques"), (900, "M. Gomez")],
    ])  # fmt: skip
    assert f.employer == "SAS Hôtel des Arcades Capitole"


def test_contract_representative_is_not_the_employee() -> None:
    f = read_contract([
        "CONTRAT DE TRAVAIL",
        "Entre la société Orbiteam SAS, représentée par Madame Inès CARPENTIER, d'une part,",
        "et Monsieur Michael BRENNAN, d'autre part.",
    ])  # fmt: skip
    assert (f.employer, f.employee_name) == ("Orbiteam SAS", "Michael BRENNAN")
