"""Check digits for the numbers written on the forms (all fictional)."""


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def siret(siren8, nic4):
    """Complete an 8-digit SIREN stem + 4-digit NIC... into a Luhn-valid SIRET (14 digits).

    The SIREN (9 digits) is made Luhn-valid on its own, then the last NIC digit is chosen so
    that the whole SIRET is Luhn-valid too, as on real SIRETs."""
    for d in range(10):
        siren = siren8 + str(d)
        if luhn_ok(siren):
            break
    for d in range(10):
        s = siren + nic4 + str(d)
        if luhn_ok(s):
            return s
    raise ValueError("no Luhn digit")


def nir_key(nir13):
    return "%02d" % (97 - int(nir13) % 97)


def nir(sex, yy, mm, dept, commune, order):
    """NIR of a person born abroad: dept 99 + INSEE country code."""
    n = "%d%02d%02d%s%s%s" % (1 if sex == "M" else 2, yy, mm, dept, commune, order)
    assert len(n) == 13, n
    return n, nir_key(n)
