"""Birth certificates of the countries in this set, drawn from public descriptions."""

from __future__ import annotations

import random

from docs_id import cert_frame, stamp
from kit import Page, put_hand, put_signature


def portugal(d: dict, rng: random.Random) -> Page:
    """Certidão de nascimento (Conservatória do Registo Civil), printed from the IRN system."""
    p = Page()
    p.text(105, 20, "REPÚBLICA PORTUGUESA", "serifb", 11, align="m")
    p.text(
        105, 26, "JUSTIÇA — INSTITUTO DOS REGISTOS E DO NOTARIADO, I.P.", "serif", 8.5, align="m"
    )
    p.text(105, 35, "CERTIDÃO DE NASCIMENTO", "serifb", 14, align="m")
    p.text(105, 41, d["office"], "serif", 10, align="m")
    p.text(15, 52, f"Assento de Nascimento n.º {d['entry']} do ano de {d['year']}", "serif", 10)
    y = 64
    for lb, v in [
        ("Nome", d["name"]),
        ("Sexo", d["sex"]),
        ("Data do nascimento", d["dob_text"]),
        ("Hora", d["hour"]),
        ("Freguesia", d["parish"]),
        ("Concelho", d["county"]),
        ("País", "Portugal"),
        ("Nacionalidade", d["nat"]),
        ("Pai", d["father"]),
        ("Mãe", d["mother"]),
    ]:
        p.text(20, y, lb + ":", "serif", 10)
        p.text(70, y, v, "serifb", 10)
        y += 7.5
    y += 4
    p.text(15, y, "AVERBAMENTOS: Sem averbamentos.", "serif", 10)
    y += 14
    p.para(
        15,
        y,
        "Está conforme o original. Certidão emitida para efeitos de prova de "
        f"nascimento, em {d['issued_text']}. A presente certidão é válida por seis meses.",
        180,
        "serif",
        10,
    )
    p.text(120, y + 25, "O(A) Conservador(a)", "serif", 10)
    put_signature(p, 118, y + 28, 60, 20, d["registrar"], rng, "dancing")
    p.image(
        40, y + 18, 38, 38, stamp("REGISTO CIVIL LISBOA", "CONSERVATÓRIA\nIRN", rng, (60, 60, 60))
    )
    p.text(15, 280, f"Código de acesso à certidão: {d['code']}", "mono", 8)
    return p


def uk(d: dict, rng: random.Random) -> Page:
    """Certified copy of an entry of birth (GRO, England and Wales), landscape, red print."""
    p = Page(297, 210, (250, 226, 222))
    red = (150, 40, 50)
    for i in range(0, 297, 6):
        p.line(i, 0, i + 40, 210, (244, 212, 208), 0.2)
    p.rect(8, 8, 281, 194, stroke=red, lw=0.8)
    p.text(148, 20, "CERTIFIED COPY OF AN ENTRY OF BIRTH", "serifb", 15, red, align="m")
    p.text(260, 20, d["serial"], "sansb", 10, red, align="m")
    p.text(148, 27, "GIVEN AT THE GENERAL REGISTER OFFICE", "serif", 9, red, align="m")
    p.text(20, 38, f"Registration District  {d['district']}", "serif", 10, red)
    p.text(
        20,
        45,
        f"{d['year']}  BIRTH in the Sub-district of {d['sub']}  in the {d['county']}",
        "serif",
        9.5,
        red,
    )
    cols = [
        "When and\nwhere born",
        "Name, if any",
        "Sex",
        "Name and surname\nof father",
        "Name, surname and\nmaiden surname of mother",
        "Occupation\nof father",
        "Signature, description and\nresidence of informant",
        "When\nregistered",
        "Signature of\nregistrar",
        "Name entered\nafter registration",
    ]
    widths = [34, 30, 12, 30, 34, 24, 38, 22, 26, 23]
    x = 10
    vals = d["cols"]
    for i, (c, w) in enumerate(zip(cols, widths)):
        p.rect(x, 50, w, 16, stroke=red, lw=0.3)
        p.rect(x, 66, w, 52, stroke=red, lw=0.3)
        p.text(x + 1.5, 54, f"{i + 1}.", "serif", 7, red)
        for j, part in enumerate(c.split("\n")):
            p.text(x + w / 2, 58 + j * 3.5, part, "serif", 6.8, red, align="m")
        for j, part in enumerate(vals[i].split("\n")):
            put_hand(p, x + 2, 76 + j * 7, part, 10, rng, "rufscript", (30, 30, 40))
        x += w
    p.para(
        20,
        132,
        "CERTIFIED to be a true copy of an entry in the certified copy of a "
        f"Register of Births in the District above mentioned. Given at the GENERAL "
        f"REGISTER OFFICE, under the Seal of the said Office, the {d['given_text']}.",
        250,
        "serif",
        9.5,
        color=red,
    )
    p.image(225, 145, 40, 40, stamp("GENERAL REGISTER OFFICE", "GRO", rng, red))
    p.text(
        20,
        195,
        "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A "
        "CERTIFICATE AND USING OR POSSESSING A FALSE CERTIFICATE. ©CROWN COPYRIGHT",
        "sansb",
        6.5,
        red,
    )
    p.text(20, 200, "WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.", "sansb", 7.5, red)
    return p


def macedonia(d: dict, rng: random.Random) -> Page:
    """International extract from the register of births (CIEC convention n° 16 model)."""
    p = Page()
    cert_frame(p, (40, 40, 40), rng)
    p.text(105, 22, "РЕПУБЛИКА СЕВЕРНА МАКЕДОНИЈА", "dserifb", 11, align="m")
    p.text(
        105, 28, "Министерство за правда — Управа за матична евиденција", "dserif", 8.5, align="m"
    )
    p.text(105, 37, "ИЗВОД ОД МАТИЧНАТА КНИГА НА РОДЕНИТЕ", "dserifb", 12, align="m")
    p.text(
        105,
        43,
        "Extrait d'acte de naissance — Extract from the register of births",
        "dserif",
        8.5,
        align="m",
    )
    p.text(18, 54, "1  Држава / État / State", "dserif", 7.5)
    p.text(110, 54, "РЕПУБЛИКА СЕВЕРНА МАКЕДОНИЈА — MKD", "dserifb", 9)
    p.text(18, 61, "2  Место / Lieu / Place", "dserif", 7.5)
    p.text(110, 61, d["office"], "dserifb", 9)
    rows = [
        ("3", "Датум на раѓање / Date de naissance / Date of birth", d["dob_text"]),
        ("4", "Место на раѓање / Lieu de naissance / Place of birth", d["pob"]),
        ("5", "Пол / Sexe / Sex", d["sex"]),
        ("6", "Презиме / Nom / Surname", d["surname"]),
        ("7", "Име / Prénoms / Forenames", d["given"]),
        ("8", "Татко — презиме и име / Père / Father", d["father"]),
        ("9", "Мајка — презиме и име / Mère / Mother", d["mother"]),
    ]
    y = 72
    for n, lb, v in rows:
        p.rect(16, y - 5, 178, 11, stroke=(80, 80, 80), lw=0.2)
        p.text(18, y, n, "dserifb", 8)
        p.text(24, y, lb, "dserif", 7.5)
        p.text(110, y + 3, v, "dserifb", 10)
        y += 11
    y += 6
    p.text(18, y, "Датум на издавање / Date de délivrance / Date of issue", "dserif", 7.5)
    p.text(110, y, d["issued_text"], "dserifb", 9)
    p.text(18, y + 7, f"Број / N° {d['number']}", "dserif", 8.5)
    p.text(120, y + 18, "Матичар / Officier de l'état civil", "dserif", 8)
    put_signature(p, 120, y + 21, 55, 20, d["registrar"], rng, "dancing")
    p.image(
        50,
        y + 12,
        38,
        38,
        stamp("REPUBLIKA SEVERNA MAKEDONIJA", "МАТИЧНА\nСЛУЖБА", rng, (50, 60, 150)),
    )
    p.text(
        18,
        270,
        "Codes: F = féminin, M = masculin. Modèle conforme à la Convention CIEC "
        "n° 16 (Vienne, 8 septembre 1976).",
        "dserif",
        6.5,
    )
    return p


def panama(d: dict, rng: random.Random) -> Page:
    """Certificado de nacimiento, Tribunal Electoral, Dirección Nacional del Registro Civil."""
    p = Page()
    navy = (20, 40, 100)
    p.rect(15, 12, 180, 24, stroke=None, fill=(236, 240, 248))
    p.text(105, 19, "REPÚBLICA DE PANAMÁ", "sansb", 11, navy, align="m")
    p.text(105, 25, "TRIBUNAL ELECTORAL", "sansb", 10, navy, align="m")
    p.text(105, 31, "DIRECCIÓN NACIONAL DEL REGISTRO CIVIL", "sans", 9, navy, align="m")
    p.text(105, 46, "CERTIFICADO DE NACIMIENTO", "sansb", 15, align="m")
    p.text(15, 58, "LA SUSCRITA DIRECTORA NACIONAL DEL REGISTRO CIVIL CERTIFICA QUE:", "sans", 9)
    p.text(
        15,
        66,
        f"En el Tomo {d['tomo']}   Asiento {d['asiento']}   de Nacimientos de la "
        f"Provincia de {d['prov']}, se encuentra inscrito:",
        "sans",
        9,
    )
    y = 80
    for lb, v in [
        ("NOMBRE", d["given"]),
        ("APELLIDOS", d["surname"]),
        ("SEXO", d["sex"]),
        ("FECHA DE NACIMIENTO", d["dob_text"]),
        ("LUGAR DE NACIMIENTO", d["pob"]),
        ("NOMBRE DEL PADRE", d["father"]),
        ("NOMBRE DE LA MADRE", d["mother"]),
        ("CÉDULA", d["cedula"]),
    ]:
        p.text(20, y, lb, "sans", 8.5, (80, 80, 80))
        p.text(80, y, v, "sansb", 10)
        p.line(78, y + 1.5, 190, y + 1.5, (200, 200, 200), 0.2)
        y += 9
    y += 6
    p.para(
        15,
        y,
        f"Expedido en la ciudad de Panamá, el {d['issued_text']}. Este certificado "
        "no es válido si presenta alteraciones o enmiendas.",
        180,
        "sans",
        9,
    )
    p.image(35, y + 12, 38, 38, stamp("TRIBUNAL ELECTORAL PANAMA", "REGISTRO\nCIVIL", rng, navy))
    put_signature(p, 115, y + 14, 60, 20, d["registrar"], rng, "kaushan")
    p.text(115, y + 38, "Directora Nacional del Registro Civil", "sans", 8)
    p.text(
        15, 282, f"Código de verificación: {d['code']}   www.tribunal-electoral.gob.pa", "mono", 7.5
    )
    return p
