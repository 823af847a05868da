"""The applicants and cases of form_cd: two plain tables, fields split on " | "."""

PEOPLE_TABLE = """
BENSALEM | - | Yacine Karim | M | 1991-04-17 | Oran | Algérie | algérienne |
    12 rue des Tanneurs | 69007 | Lyon | 06 12 48 77 30 | y.bensalem91@gmail.com | 047
N'DIAYE | - | Aïssatou | F | 1988-12-02 | Dakar | Sénégal | sénégalaise |
    4 allée Jean Moulin apt 23 | 93200 | Saint-Denis | 07 81 22 09 14 | aissatou.ndiaye@yahoo.fr | -
NGUYEN | - | Thi Thu Trang | F | 1995-07-23 | Hanoï | Viêt Nam | vietnamienne |
    88 avenue de Choisy | 75013 | Paris | 06 45 90 12 66 | trang.nguyen95@gmail.com | -
GARCÍA LÓPEZ | - | María Fernanda | F | 1990-03-09 | Guadalajara | Mexique | mexicaine |
    17 cours Victor Hugo | 33000 | Bordeaux | 07 66 31 02 85 | mfgarcia.lopez@outlook.com | -
O'BRIEN | - | Siobhán Mary | F | 1986-10-30 | Cork | Irlande | irlandaise |
    3 place du Marché | 35000 | Rennes | 06 02 73 55 19 | siobhan.obrien@gmail.com | -
KOWALCZYK | MARCHAND | Agnieszka Maria | F | 1983-05-14 | Wroclaw | Pologne | polonaise |
    25 rue Nationale | 59000 | Lille | 06 58 44 17 03 | agnieszka.marchand@orange.fr | -
LI | - | Wei | M | 1993-01-15 | Chengdu | Chine | chinoise |
    140 boulevard de Belleville | 75020 | Paris | 07 53 18 40 92 | liwei.1993@qq.com | 212
SHEVCHENKO | - | Olena | F | 1984-06-11 | Kharkiv | Ukraine | ukrainienne |
    9 impasse des Lilas | 67100 | Strasbourg | 07 45 66 20 71 | olena.shev@ukr.net | -
YILMAZ | - | Mehmet Ali | M | 1979-09-05 | Izmir | Turquie | turque |
    31 rue de la République | 13002 | Marseille | 06 27 91 54 48 | mehmetali.yilmaz@gmail.com | 318
MBALA MBALA | - | Jean-Pierre Christian | M | 1987-02-28 | Yaoundé | Cameroun | camerounaise |
    6 rue Gambetta | 31000 | Toulouse | 07 69 10 35 27 | jp.mbalambala@gmail.com | -
JEAN-BAPTISTE | - | Marie Guerline | F | 1992-11-19 | Port-au-Prince | Haïti | haïtienne |
    52 avenue du Général Leclerc | 94000 | Créteil | 06 71 84 26 50 | guerline.jb@hotmail.com | -
HOSSEINI | - | Seyed Mohammad Reza | M | 1989-08-08 | Ispahan | Iran | iranienne |
    14 quai de la Fosse | 44000 | Nantes | 07 58 02 63 19 | mr.hosseini@gmail.com | -
KHOURY | MOREAU | Rita | F | 1994-05-25 | Beyrouth | Liban | libanaise |
    7 rue Paradis | 13001 | Marseille | 06 33 70 41 28 | rita.khoury.moreau@gmail.com | 126
DOS SANTOS SILVA | - | Ana Luíza | F | 1997-12-31 | Belo Horizonte | Brésil | brésilienne |
    21 rue Saint-Jean | 06300 | Nice | 07 82 15 93 40 | analuiza.dss@gmail.com | -
SHARMA | - | Priya | F | 1996-02-14 | Pune | Inde | indienne |
    2 rue des Écoles | 38000 | Grenoble | 07 44 38 91 26 | priya.sharma96@gmail.com | -
DELA CRUZ | - | Maria Cristina Joy | F | 1985-07-04 | Quezon City | Philippines | philippine |
    19 rue de Sèvres | 92100 | Boulogne-Billancourt | 06 59 21 07 84 | mcjdelacruz@yahoo.com | -
KONATÉ | - | Moussa | M | 1990-10-10 | Bamako | Mali | malienne |
    45 rue Ordener | 75018 | Paris | 07 51 67 28 03 | moussa.konate@gmail.com | -
IVANOVA | LEFÈVRE | Ekaterina Sergueïevna | F | 1988-03-21 | Novossibirsk | Russie | russe |
    11 rue Jeanne d'Arc | 76000 | Rouen | 06 90 12 45 77 | katia.lefevre@free.fr | -
EL AMRANI | - | Fatima Zahra | F | 1993-06-06 | Casablanca | Maroc | marocaine |
    8 rue Pasteur | 34000 | Montpellier | 07 63 29 81 14 | fz.elamrani@gmail.com | -
RESTREPO VÉLEZ | - | Juan Sebastián | M | 1992-09-27 | Medellín | Colombie | colombienne |
    60 rue de la Part-Dieu | 69003 | Lyon | 07 86 40 52 31 | jsrestrepo@gmail.com | -
"""

CASES_TABLE = """
d001 | 0 | A | hand | ok | phone_photo | photos | breip | caps | cross |
    salarie | CDI | Technicien de maintenance | slash
d002 | 1 | B | typed_print | ok | scan | two_images | dkg | typed | x |
    demandeur_emploi | - | - | slash
d003 | 2 | B | acroform | unsigned | text_pdf | pdf | - | typed | x |
    etudiant | - | - | slash
d004 | 3 | B | acroform_printed | ok | image_pdf | pdf2 | dkgit | typed | x |
    salarie | CDD | Assistante de recherche | slash
d005 | 4 | B | hand | date_words | scan | two_images_rev | dkg | mixed | check |
    sans_activite | - | - | words
d006 | 5 | A | hand | no_date | image_pdf | pdf2_rev | humor | caps | cross |
    sans_activite | - | - | -
d007 | 6 | B | hand | ok | phone_photo | photos_rot | ecolier | lower | check |
    salarie | CDI | cuisinier | slash
d008 | 7 | A | typed_print | future_date | image_pdf | two_pdfs | breip | typed | x |
    autre | - | bénéficiaire de la protection temporaire | slash
d009 | 8 | B | hand | us_date | scan | two_images | dkgit | mixed | cross |
    independant | - | - | us
d010 | 9 | B | acroform | ok | text_pdf | pdf_noap | - | typed | x |
    salarie | Intérim | Cariste | slash
d011 | 10 | A | hand | label_only | phone_photo | photos | dkg | caps | fill |
    etudiant | - | - | slash
d012 | 11 | B | hand | two_ticked | scan | two_images | ruf | mixed | cross |
    etudiant+salarie | CDD | vendeur à temps partiel | dots
d013 | 12 | A | hand | ok | image_pdf | pdf2 | dkg | caps_touch | check |
    independant | - | - | dash
d014 | 13 | B | typed_print | none_ticked | phone_photo | photos | breip | typed | x |
    - | - | - | slash
d015 | 14 | A | acroform_printed | stray_mark | scan | two_images | dkg | typed | x |
    salarie | CDI | Ingénieure logiciel | slash
d016 | 15 | B | hand | ok | phone_photo | photos_rot | breip | mixed | check |
    salarie | CDI | Aide-soignante | dots
d017 | 16 | A | typed_print | ok | image_pdf | pdf2 | dkgit | typed | x |
    demandeur_emploi | - | - | slash
d018 | 17 | A | hand | ok | scan | two_images | dkg | caps | fill |
    autre | - | micro-entrepreneur (traductrice) | slash
d019 | 18 | A | hand | date_words | image_pdf | two_pdfs | humor | caps | cross |
    sans_activite | - | - | words
d020 | 19 | A | acroform | ok | text_pdf | pdf | - | typed | x |
    salarie | CDI | Data analyst | slash
"""


def _rows(table):
    """Each row spans two lines: a line ending with " |" goes on with the next one."""
    for row in table.strip().replace(" |\n", " | ").splitlines():
        yield [None if v == "-" else v for v in (x.strip() for x in row.split(" | "))]


PEOPLE = [tuple(r) for r in _rows(PEOPLE_TABLE)]
CASES = []
for r in _rows(CASES_TABLE):
    r[1] = int(r[1])
    r[10] = r[10].split("+") if r[10] else []
    CASES.append(tuple(r))
