# ruff: noqa: E501
"""Data tables of the set: applicants and items (one row each, "|" separated, "-" = none)."""

PEOPLE_TABLE = """
# surname | usage_name | given_names | sex | dob | birth_place | birth_country | nationality | address | postcode | city | phone | email | nir13
BENALI | - | Yasmine | F | 1994-03-17 | Oran | Algérie | algérienne | 12 rue des Tanneurs | 69007 | Lyon | 06 51 23 87 40 | yasmine.benali94@gmail.com | -
NGUYEN | MARCHAND | Thi Thu Hà | F | 1990-08-02 | Hanoï | Vietnam | vietnamienne | 4 allée des Érables | 44300 | Nantes | 07 68 11 45 02 | thuha.marchand@outlook.fr | -
DIALLO | - | Mamadou Saliou | M | 1988-11-25 | Thiès | Sénégal | sénégalaise | 27 avenue Jean Jaurès | 93200 | Saint-Denis | 06 03 77 19 54 | msdiallo@yahoo.fr | -
KOVALENKO | LEROY | Olena | F | 1985-06-09 | Kharkiv | Ukraine | ukrainienne | 8 rue du Faubourg de Saverne | 67000 | Strasbourg | 07 45 90 12 33 | olena.kovalenko@ukr.net | -
GARCÍA LÓPEZ | - | María José | F | 1996-01-30 | Medellín | Colombie | colombienne | 15 cours de l'Argonne | 33000 | Bordeaux | 06 22 48 70 15 | mariajose.garcia@gmail.com | -
O'CONNOR | - | Siobhán | F | 1992-12-05 | Cork | Irlande | irlandaise | 3 rue Saint-Rome | 31000 | Toulouse | 07 81 66 02 49 | siobhan.oconnor@gmail.com | -
ZHANG | - | Wei | M | 1999-04-21 | Chengdu | Chine | chinoise | Résidence Crous Gallois, 11 rue Félix Esclangon | 38000 | Grenoble | 07 53 20 88 61 | zhangwei0421@163.com | -
EL AMRANI | - | Mohamed-Amine | M | 1997-07-14 | Fès | Maroc | marocaine | 56 boulevard de la Liberté | 59000 | Lille | 06 12 94 38 70 | med.amine.elamrani@hotmail.com | -
JEAN-BAPTISTE | - | Widlyne | F | 1991-02-27 | Port-au-Prince | Haïti | haïtienne | 19 rue de Paris | 93100 | Montreuil | 07 66 31 05 28 | widlyne.jb@gmail.com | 2910299336045
YILMAZ | - | Emre | M | 1987-10-03 | Izmir | Turquie | turque | 102 rue de Rome | 13006 | Marseille | 06 98 41 27 13 | emre.yilmaz87@gmail.com | -
HOSSEINI | - | Seyed Reza | M | 1983-09-19 | Téhéran | Iran | iranienne | 7 rue de la Chalotais | 35000 | Rennes | 06 74 52 19 80 | reza.hosseini@proton.me | 1830999204123
DOS SANTOS OLIVEIRA | - | João Pedro | M | 1993-05-08 | Belo Horizonte | Brésil | brésilienne | 44 rue Oberkampf | 75011 | Paris | 07 49 03 62 17 | joaopedro.oliveira@gmail.com | -
MBARGA ATANGANA | FOKOU | Christelle Flore | F | 1995-12-22 | Yaoundé | Cameroun | camerounaise | 9 place Saint-Pierre | 54000 | Nancy | 06 35 88 14 92 | christelle.mbarga@yahoo.fr | -
SHARMA | - | Priya | F | 1998-02-11 | Pune | Inde | indienne | 31 rue Paul Bert | 92130 | Issy-les-Moulineaux | 07 58 72 40 36 | priya.sharma.98@gmail.com | -
HADDAD | - | Rami Georges | M | 1989-08-30 | Beyrouth | Liban | libanaise | 2 rue Delandine | 69002 | Lyon | 06 47 15 93 28 | rami.haddad@outlook.com | -
DELA CRUZ | BONNET | Maria Cristina | F | 1986-04-04 | Quezon City | Philippines | philippine | 63 avenue de la République | 06300 | Nice | 07 62 09 44 51 | cristina.bonnet@gmail.com | -
"""

# days: date meant = as_of - days (negative: after as_of; "-": no date)
ITEMS_TABLE = """
# id | person | run | fill | case | look | arr | hand | sig | as_of | situation | contract | days
d001 | 0 | A | hand | ok | scan | img2 | ecolier | dancing | 2026-11-20 | salarie | CDI | 12
d002 | 1 | B | hand | date_words | phone_photo | photo2 | femke | z003 | 2026-11-24 | sans_activite | - | 21
d003 | 2 | C | hand | unsigned | image_pdf | pdf1 | dkg | - | 2026-11-18 | demandeur_emploi | - | 9
d004 | 3 | A | hand | us_date | phone_photo | photo2_rot | breip | kaushan | 2026-11-27 | salarie | CDD | 14
d005 | 4 | B | hand | two_ticked | photocopy | img2_rev | comic | dancing | 2026-11-16 | salarie+etudiant | CDD | 5
d006 | 5 | C | hand | old_date | image_pdf | pdf1_rev | humor | z003 | 2026-11-30 | sans_activite | - | 291
d007 | 6 | A | typed_print | ok | scan | img2 | - | dkg | 2026-11-19 | etudiant | - | 20
d008 | 7 | B | typed_print | no_date | phone_photo | photo2 | - | kaushan | 2026-11-25 | salarie | Intérim | -
d009 | 8 | C | typed_print | label_only | image_pdf | pdf1 | - | - | 2026-11-21 | autre | - | 7
d010 | 9 | A | typed_print | future_date | photocopy | img2_rev | rufscript | dancing | 2026-11-17 | salarie | CDI | -15
d011 | 10 | B | acroform | ok | text_pdf | pdf1 | - | kaushan | 2026-11-23 | salarie | CDI | 3
d012 | 11 | C | acroform | ok | text_pdf | pdf1_noap | - | dancing | 2026-11-26 | demandeur_emploi | - | 10
d013 | 12 | A | acroform | none_ticked | text_pdf | pdf1 | - | z003 | 2026-12-01 | - | - | 16
d014 | 13 | B | acroform_printed | ok | phone_photo | photo2_rot | - | dkg | 2026-11-20 | etudiant | - | 30
d015 | 14 | C | acroform_printed | stray_mark | scan | img2 | - | - | 2026-11-28 | independant | - | 4
d016 | 15 | A | hand | no_birth_date | image_pdf | pdf2 | rufscript | kaushan | 2026-11-22 | salarie | CDD | 8
"""


def _rows(table):
    out = []
    for line in table.strip().splitlines():
        if line.startswith("#"):
            continue
        out.append([None if c.strip() == "-" else c.strip() for c in line.split("|")])
    return out


PEOPLE = [tuple(r) for r in _rows(PEOPLE_TABLE)]
ITEMS = [
    (r[0], int(r[1]), *r[2:12], None if r[12] is None else int(r[12])) for r in _rows(ITEMS_TABLE)
]
