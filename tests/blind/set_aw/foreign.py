"""Birth certificates (San Marino, Kiribati, Saint Vincent and the Grenadines, Micronesia),
the Hague apostille, and phone screenshots of banking apps."""

from core import Page, box_stamp, render_image, signature_image, stamp_image
from frdocs import GREY

INK = (20, 20, 20)


def _sig(p, x, y, name, seed, w=45):
    s = signature_image(name, seed, color=(10, 20, 80))
    p.img(x, y, w, w * s.height / s.width, s)


def birth_sm(b, seed):
    p = Page(bg=(250, 248, 240))
    p.text(105, 22, "REPUBBLICA DI SAN MARINO", 14, "serifb", anchor="c")
    p.text(
        105,
        29,
        "Ufficio di Stato Civile, Servizi Demografici ed Elettorali",
        10,
        "serif",
        anchor="c",
    )
    p.line(50, 33, 160, 33, INK, 0.3)
    p.text(105, 48, "ESTRATTO DELL'ATTO DI NASCITA", 14, "serifb", anchor="c")
    y = p.para(
        20,
        62,
        170,
        f"Dai registri degli atti di nascita dell'anno {b['dob'][:4]}, "
        f"Parte I, N. {b['act_no']}, risulta che:",
        11,
        "serif",
    )
    y += 6
    rows = [
        ("Cognome", b["surname"]),
        ("Nome", b["given"]),
        ("Sesso", b["sex_it"]),
        ("nato/a a", b["pob"]),
        ("il giorno", b["dob_it"]),
        ("alle ore", b["hour"]),
        ("Paternità", b["father"]),
        ("Maternità", b["mother"]),
    ]
    for lab, v in rows:
        p.text(25, y, lab, 11, "serifi")
        p.text(70, y, v, 11.5, "serifb")
        p.line(68, y + 1, 190, y + 1, GREY, 0.15, dash=True)
        y += 9
    y += 4
    p.text(25, y, "Annotazioni:", 11, "serifi")
    p.text(70, y, "nessuna", 11, "serif")
    y = p.para(
        20,
        y + 12,
        170,
        "Si rilascia il presente estratto in carta libera per gli usi "
        "consentiti dalla legge, conforme alle risultanze dei registri dello Stato "
        "Civile.",
        10.5,
        "serif",
    )
    p.text(20, y + 10, f"San Marino, lì {b['issued_it']}", 11, "serif")
    p.text(140, y + 10, "L'Ufficiale di Stato Civile", 10.5, "serif", anchor="c")
    p.text(140, y + 42, b["officer"], 10, "serif", anchor="c")
    _sig(p, 117, y + 14, b["officer_sig"], seed)
    st = stamp_image(
        "REPUBBLICA DI SAN MARINO - STATO CIVILE",
        ["UFFICIO", "DI STATO", "CIVILE"],
        34,
        (50, 50, 140),
        seed,
    )
    p.img(75, y + 8, 34, 34, st)
    p.text(20, 285, f"Prot. n. {b['prot']}", 7, "serif", GREY)
    return p


def birth_ki(b, seed):
    p = Page(bg=(246, 248, 244))
    p.rect(12, 12, 186, 273, stroke=(30, 80, 60), lw=1.2)
    p.rect(14, 14, 182, 269, stroke=(30, 80, 60), lw=0.3)
    p.text(105, 28, "REPUBLIC OF KIRIBATI", 15, "serifb", (30, 60, 50), anchor="c")
    p.text(105, 35, "Civil Registration Office", 11, "serif", anchor="c")
    p.text(105, 41, "Ministry of Justice, Bairiki, Tarawa", 9, "serif", anchor="c")
    p.text(105, 56, "BIRTH CERTIFICATE", 17, "serifb", anchor="c")
    p.text(
        105,
        63,
        "Births, Deaths and Marriages Registration Ordinance (Cap. 7)",
        8.5,
        "serifi",
        anchor="c",
    )
    p.text(150, 74, "Registration No.", 9, "serif")
    p.text(150, 80, b["reg_no"], 11, "monob")
    y = 92
    rows = [
        ("1. Surname", b["surname"]),
        ("2. Given names", b["given"]),
        ("3. Sex", b["sex_en"]),
        ("4. Date of birth", b["dob_en"]),
        ("5. Place of birth", b["pob"]),
        ("6. Name of father", b["father"]),
        ("7. Name of mother", b["mother"]),
        ("8. Informant", b["informant"]),
        ("9. Date of registration", b["reg_date"]),
    ]
    for lab, v in rows:
        p.text(22, y, lab, 10, "serif")
        p.text(78, y, v, 11, "sansb")
        p.line(76, y + 1.2, 188, y + 1.2, GREY, 0.2)
        y += 11
    y = p.para(
        22,
        y + 6,
        166,
        "I hereby certify that the above is a true copy of the "
        "particulars recorded in the Register of Births kept at the Civil Registration "
        "Office.",
        10,
        "serif",
    )
    p.text(22, y + 10, f"Issued at Bairiki on {b['issued_en']}", 10, "serif")
    _sig(p, 125, y + 14, b["officer_sig"], seed)
    p.line(120, y + 34, 185, y + 34, INK, 0.3)
    p.text(152, y + 39, "Registrar of Births, Deaths and Marriages", 8.5, "serif", anchor="c")
    st = stamp_image(
        "CIVIL REGISTRATION OFFICE * KIRIBATI", ["BAIRIKI", "TARAWA"], 32, (30, 40, 120), seed
    )
    p.img(70, y + 12, 32, 32, st)
    return p


def birth_vc(b, seed):
    p = Page(bg=(248, 246, 238))
    p.text(105, 22, "SAINT VINCENT AND THE GRENADINES", 14, "serifb", anchor="c")
    p.text(105, 30, "CERTIFIED COPY OF AN ENTRY OF BIRTH", 12.5, "serifb", anchor="c")
    p.text(105, 37, "Registrar General's Office, Kingstown", 10, "serif", anchor="c")
    p.text(105, 43, "Registration of Births and Deaths Act, Cap. 179", 8.5, "serifi", anchor="c")
    p.text(20, 56, f"Registration District: {b['district']}", 10, "serif")
    p.text(140, 56, f"Entry No. {b['entry']}", 10, "serif")
    y = 64
    rows = [
        ("When and where born", f"{b['dob_en']}, {b['pob']}"),
        ("Name, if any", f"{b['given']} {b['surname']}"),
        ("Sex", b["sex_en"]),
        ("Name and surname of father", b["father"]),
        ("Name and maiden surname of mother", b["mother"]),
        ("Signature, description and residence of informant", b["informant"]),
        ("When registered", b["reg_date"]),
        ("Signature of registrar", ""),
    ]
    for i, (lab, v) in enumerate(rows):
        p.rect(20, y, 170, 13, lw=0.25)
        p.line(78, y, 78, y + 13, INK, 0.25)
        p.text(22, y + 5, f"{i + 1}.", 8, "serif")
        p.para(27, y + 5, 50, lab, 8, "serif")
        p.text(81, y + 8, v, 10.5, "dvs")
        y += 13
    _sig(p, 90, y - 14, b["registrar_sig"], seed + 3, 32)
    y = p.para(
        20,
        y + 10,
        170,
        f"I, {b['officer']}, Registrar General, hereby certify that "
        "this is a true copy of the entry No. " + b["entry"] + " in the Register of "
        "Births for the District above mentioned, in my custody.",
        10,
        "serif",
    )
    p.text(20, y + 8, f"Given under my hand and seal this {b['issued_en']}.", 10, "serif")
    _sig(p, 125, y + 12, b["officer_sig"], seed)
    p.line(120, y + 32, 185, y + 32, INK, 0.3)
    p.text(152, y + 37, "Registrar General", 9, "serif", anchor="c")
    st = stamp_image(
        "REGISTRAR GENERAL * ST. VINCENT & THE GRENADINES", ["KINGSTOWN"], 33, (110, 30, 60), seed
    )
    p.img(65, y + 10, 33, 33, st)
    return p


def birth_fm(b, seed):
    p = Page(bg=(247, 249, 250))
    p.rect(12, 12, 186, 273, stroke=(20, 70, 140), lw=1.0)
    p.text(105, 24, "FEDERATED STATES OF MICRONESIA", 13, "sansb", (20, 70, 140), anchor="c")
    p.text(105, 31, b["state_title"], 11.5, "sansb", anchor="c")
    p.text(105, 37, b["office"], 9, "sans", anchor="c")
    p.text(105, 52, "CERTIFICATE OF BIRTH", 17, "serifb", anchor="c")
    p.text(20, 66, f"State File No. {b['file_no']}", 9.5, "sans")
    y = 76
    rows = [
        ("CHILD - NAME (First, Middle, Last)", f"{b['given']} {b['surname']}"),
        ("SEX", b["sex_en"]),
        ("DATE OF BIRTH (Month, Day, Year)", b["dob_us"]),
        ("PLACE OF BIRTH (Hospital, Municipality, State)", b["pob"]),
        ("FATHER - NAME", b["father"]),
        ("MOTHER - MAIDEN NAME", b["mother"]),
        ("DATE FILED", b["reg_date"]),
    ]
    for lab, v in rows:
        p.rect(20, y, 170, 14, lw=0.25)
        p.text(22, y + 4, lab, 6.5, "sans", GREY)
        p.text(24, y + 11, v, 11, "mono")
        y += 14
    y = p.para(
        20,
        y + 8,
        170,
        "This is to certify that this is a true and correct copy of "
        "the original certificate on file in this office.",
        9.5,
        "sans",
    )
    p.text(20, y + 8, f"Date issued: {b['issued_us']}", 9.5, "sans")
    _sig(p, 120, y + 10, b["officer_sig"], seed)
    p.line(115, y + 30, 188, y + 30, INK, 0.3)
    p.text(151, y + 35, b["officer_title"], 8.5, "sans", anchor="c")
    st = stamp_image(
        "POHNPEI STATE * VITAL STATISTICS", ["KOLONIA", "FSM"], 30, (40, 40, 120), seed
    )
    p.img(60, y + 12, 30, 30, st)
    if b.get("legalisation"):
        y += 52
        for i, (lines, col) in enumerate(b["legalisation"]):
            st = box_stamp(lines, 88, col, seed + 11 + i)
            w = 88
            p.img(18 + i * 95, y, w, w * st.height / st.width, st)
        _sig(p, 40, y + 25, b["auth_sig"], seed + 20, 30)
        _sig(p, 135, y + 25, b["consul_sig"], seed + 21, 30)
    return p


def apostille(a, seed):
    """Hague apostille (model annexed to the 1961 Convention), 10 numbered items."""
    p = Page(bg=a.get("bg", (252, 252, 248)))
    x0, w = 35, 140
    p.rect(x0, 30, w, 150, lw=0.8)
    p.text(105, 44, "APOSTILLE", 18, "serifb", anchor="c")
    p.text(105, 51, "(Convention de La Haye du 5 octobre 1961)", 9.5, "serifi", anchor="c")
    lab = a["labels"]
    y = 63
    p.text(x0 + 5, y, f"1. {lab[0]}: {a['country']}", 10, "serif")
    y += 8
    p.text(x0 + 5, y, lab[1], 9.5, "serifi")
    y += 7
    for i, k in enumerate(["signed_by", "capacity", "seal_of"]):
        p.text(x0 + 5, y, f"{i + 2}. {lab[2 + i]}", 9.5, "serif")
        p.text(x0 + 70, y, a[k], 10, "sansb")
        y += 8
    p.text(105, y + 2, lab[5], 10.5, "serifb", anchor="c")
    y += 10
    p.text(x0 + 5, y, f"5. {lab[6]}  {a['at']}", 9.5, "serif")
    p.text(x0 + 80, y, f"6. {lab[7]}  {a['on_txt']}", 9.5, "serif")
    y += 8
    p.text(x0 + 5, y, f"7. {lab[8]}", 9.5, "serif")
    y = p.para(x0 + 10, y + 6, w - 15, a["by"], 10, "sansb")
    p.text(x0 + 5, y + 2, f"8. {lab[9]}  {a['number']}", 9.5, "serif")
    y += 10
    p.text(x0 + 5, y, f"9. {lab[10]}", 9.5, "serif")
    p.text(x0 + 75, y, f"10. {lab[11]}", 9.5, "serif")
    st = stamp_image(a["stamp_ring"], a["stamp_center"], 30, a.get("ink", (40, 40, 130)), seed)
    p.img(x0 + 15, y + 3, 30, 30, st)
    _sig(p, x0 + 78, y + 6, a["sig"], seed + 5, 42)
    p.text(x0 + 95, y + 30, a["signer"], 8.5, "serif", anchor="c")
    return p


LAB_EN = [
    "Country",
    "This public document",
    "has been signed by",
    "acting in the capacity of",
    "bears the seal/stamp of",
    "Certified",
    "at",
    "the",
    "by",
    "No",
    "Seal/stamp",
    "Signature",
]
LAB_IT = [
    "Paese / Country",
    "Il presente atto pubblico / This public document",
    "è stato firmato da / signed by",
    "in qualità di / acting as",
    "è munito del sigillo di / seal of",
    "Attestato / Certified",
    "a / at",
    "il / the",
    "da / by",
    "n. / No",
    "Sigillo / Seal",
    "Firma / Signature",
]


# ---------------------------------------------------------------- screenshots
def _phone_page():
    return Page(size=(117.0, 253.2))


def _status_bar(p, time_txt, dark=False):
    col = (255, 255, 255) if dark else (0, 0, 0)
    p.text(12, 8.5, time_txt, 10.5, "sansb", col)
    p.text(100, 8.5, "5G", 8.5, "sansb", col)
    p.rect(106, 5.6, 7, 3.4, stroke=col, fill=col, lw=0.3)


def boursobank_screen(r, seed):
    p = _phone_page()
    pink = (204, 0, 102)
    p.rect(0, 0, 117, 40, stroke=None, fill=pink)
    _status_bar(p, r["time"], dark=True)
    p.text(8, 24, "‹", 20, "sans", (255, 255, 255))
    p.text(58.5, 24, "RIB", 13, "sansb", (255, 255, 255), anchor="c")
    p.text(58.5, 34, r["account_label"], 8.5, "sans", (255, 230, 240), anchor="c")
    y = 56
    for lab, val, big in [
        ("Titulaire(s)", r["holder"], False),
        ("IBAN", r["iban_sp"], True),
        ("BIC", r["bic"], True),
        ("Domiciliation", "BoursoBank", False),
        ("", "44 rue Traversière, CS 80134", False),
        ("", "92772 Boulogne-Billancourt Cedex", False),
    ]:
        if lab:
            p.text(8, y, lab, 8, "sans", (120, 120, 130))
            y += 6
        for ln in [val[:29], val[29:]] if len(val) > 29 and big else [val]:
            p.text(8, y, ln, 10 if big else 9.5, "monob" if big else "sansb", (20, 20, 40))
            y += 6.5
        y += 4
        p.line(8, y - 4, 109, y - 4, (225, 225, 230), 0.3)
    p.rect(8, y + 8, 101, 13, stroke=None, fill=pink)
    p.text(58.5, y + 16.5, "Partager mon RIB", 10, "sansb", (255, 255, 255), anchor="c")
    p.rect(8, y + 26, 101, 13, stroke=pink, lw=0.4)
    p.text(58.5, y + 34.5, "Télécharger le RIB (PDF)", 10, "sansb", pink, anchor="c")
    p.rect(40, 246, 37, 1.3, stroke=None, fill=(20, 20, 20))
    return render_image(p, 254)


def wise_screen(r, seed):
    p = _phone_page()
    _status_bar(p, r["time"])
    green = (22, 51, 0)
    p.text(8, 24, "←", 14, "sans", green)
    p.text(8, 40, "Détails de votre compte", 15, "sansb", green)
    p.text(8, 47, "en euros", 15, "sansb", green)
    p.rect(8, 54, 44, 9, stroke=None, fill=(159, 232, 112))
    p.text(30, 60, "IBAN", 9, "sansb", green, anchor="c")
    p.rect(54, 54, 44, 9, stroke=(200, 200, 200), lw=0.3)
    p.text(76, 60, "Local", 9, "sans", green, anchor="c")
    y = 76
    for lab, val in [
        ("Nom", r["holder"]),
        ("IBAN", r["iban_sp"]),
        ("Swift/BIC", r["bic"]),
        ("Nom et adresse de la banque", "Wise"),
        ("", "Rue du Trône 100, 3rd floor"),
        ("", "Brussels"),
        ("", "1050"),
        ("", "Belgium"),
    ]:
        if lab:
            p.text(8, y, lab, 8.5, "sans", (110, 110, 110))
            y += 6
        p.text(8, y, val, 10.5, "sansb", (14, 15, 12))
        if lab in ("IBAN", "Swift/BIC", "Nom"):
            p.rect(103, y - 4, 3.2, 3.8, stroke=green, lw=0.3)
            p.rect(104.2, y - 5.2, 3.2, 3.8, stroke=green, lw=0.3)
        y += 9 if lab or val == "Belgium" else 5.5
    p.para(
        8,
        y + 4,
        100,
        "Utilisez ces informations pour recevoir des paiements en euros "
        "par virement SEPA. Wise Europe SA est un établissement de monnaie électronique "
        "agréé par la Banque nationale de Belgique.",
        7.5,
        "sans",
        (110, 110, 110),
    )
    p.rect(8, 226, 101, 13, stroke=None, fill=(159, 232, 112))
    p.text(58.5, 234.5, "Partager les détails", 10, "sansb", green, anchor="c")
    p.rect(40, 246, 37, 1.3, stroke=None, fill=(20, 20, 20))
    return render_image(p, 254)


def app_bill_screen(bill_page, title, time_txt, seed):
    """Screenshot of a bill opened in an operator's app (PDF viewer inside the app)."""
    from PIL import Image

    p = _phone_page()
    _status_bar(p, time_txt)
    p.text(8, 22, "‹ Factures", 10, "sans", (255, 121, 0))
    p.text(58.5, 22, title, 10.5, "sansb", anchor="c")
    p.rect(0, 27, 117, 200, stroke=None, fill=(235, 235, 235))
    im = render_image(bill_page, 200)
    h = 113 * im.height / im.width
    p.img(2, 29, 113, h, im.resize((im.width, im.height), Image.LANCZOS))
    p.rect(0, 228, 117, 25, stroke=None, fill=(250, 250, 250))
    p.text(20, 240, "Télécharger", 8.5, "sans", (255, 121, 0), anchor="c")
    p.text(58.5, 240, "Payer", 8.5, "sans", (255, 121, 0), anchor="c")
    p.text(97, 240, "Aide", 8.5, "sans", (255, 121, 0), anchor="c")
    p.rect(40, 246, 37, 1.3, stroke=None, fill=(20, 20, 20))
    return render_image(p, 254)
