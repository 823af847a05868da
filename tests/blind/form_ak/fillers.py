"""How values get onto the form: handwriting, typing in a PDF viewer, AcroForm fields."""

import io
import math
import unicodedata
from typing import ClassVar

from form_layout import register
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics

HAND_FONTS = {
    # name: (file, accents, joined)
    "breip": ("breip/Breip.ttf", True, False),
    "ecolier": ("ecolier-court/Ecolier-court.ttf", True, True),
    "femke": ("femkeklaver/femkeklaver.ttf", True, False),
    "dkg": ("fifthhorseman/dkg.ttf", True, False),
    "rufscript": ("rufscript/Rufscript010.ttf", False, False),
    "humor": ("humor-sans/Humor-Sans.ttf", False, False),
}
SIG_FONTS = [
    "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf",
    "/usr/share/fonts/opentype/dancingscript/DancingScript-Bold.otf",
]
INKS = {
    "blue_ballpoint": (0.08, 0.14, 0.55),
    "black_ballpoint": (0.1, 0.1, 0.12),
    "blue_gel": (0.05, 0.2, 0.7),
    "black_felt": (0.02, 0.02, 0.02),
    "faint_blue": (0.3, 0.38, 0.7),
}
SAFE_ACCENTS = "éèêàâçùûôîïë"


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))


class Filler:
    """Base: writes nothing (blank form)."""

    def __init__(self, vals, rng):
        self.vals, self.rng, self.c = vals, rng, None

    def text(self, key, x, y, w, h):
        pass

    def shown(self, key, v):
        return v

    def comb(self, key, x, y, cw, n, h):
        pass

    def tick(self, key, x, y, s):
        pass

    def signature(self, x, y, w, h):
        pass


class HandFiller(Filler):
    def __init__(
        self,
        vals,
        rng,
        font="breip",
        ink="blue_ballpoint",
        size=11.5,
        jitter=1.0,
        caps=True,
        tick_style="x",
        sig=None,
    ):
        super().__init__(vals, rng)
        fname, self.accents, self.joined = HAND_FONTS[font]
        self.font = "H_" + font
        register(self.font, fname)
        self.ink = Color(*INKS[ink])
        if self.joined:
            size *= 1.3
        self.felt = ink == "black_felt"
        self.size, self.jitter, self.caps, self.tick_style = size, jitter, caps, tick_style
        self.sig = sig  # dict(kind=..., name=..., font=..., flourish=...)
        self.slant = rng.uniform(-3, 5)

    def _prep(self, s):
        if self.caps:
            s = s.upper()
        cmap = pdfmetrics.getFont(self.font).face.charToGlyph
        ok = SAFE_ACCENTS if self.joined else None
        return "".join(
            ch
            if ord(ch) in cmap and (ok is None or ch.isascii() or ch in ok)
            else strip_accents(ch)
            for ch in s
        )

    def shown(self, key, v):
        return self._prep(v) if v else v

    def _glyphs(self, s, x, y, size, maxw=None):
        c, r = self.c, self.rng
        c.saveState()
        c.setFillColor(self.ink)
        if self.felt:
            c.setStrokeColor(self.ink)
            c.setLineWidth(0.35)
            c._textRenderMode = 2
        tw = c.stringWidth(s, self.font, size) * 1.04
        if maxw and tw > maxw:
            size *= maxw / tw
        base = y + r.uniform(-1, 1.5) * self.jitter
        drift = r.uniform(-0.6, 0.6) * self.jitter
        if self.joined:
            # joined writing: whole words, slight rotation per word
            cx = x
            for word in s.split(" "):
                c.saveState()
                c.translate(cx, base + r.uniform(-0.6, 0.6) * self.jitter)
                c.rotate(r.uniform(-2, 2) * self.jitter + drift)
                c.skew(0, 0)
                t = c.beginText(0, 0)
                t.setFont(self.font, size * r.uniform(0.96, 1.04))
                if self.felt:
                    t.setTextRenderMode(2)
                t.textOut(word)
                c.drawText(t)
                c.restoreState()
                cx += c.stringWidth(word + " ", self.font, size) * r.uniform(1.0, 1.12)
        else:
            cx = x
            for i, ch in enumerate(s):
                gs = size * r.uniform(0.92, 1.08)
                c.saveState()
                c.translate(cx, base + drift * i * 0.15 + r.uniform(-0.8, 0.8) * self.jitter)
                c.rotate(r.uniform(-5, 5) * self.jitter - self.slant)
                t = c.beginText(0, 0)
                t.setFont(self.font, gs)
                if self.felt:
                    t.setTextRenderMode(2)
                t.textOut(ch)
                c.drawText(t)
                c.restoreState()
                cx += c.stringWidth(ch, self.font, gs) * r.uniform(0.98, 1.12) + 0.3
        c.restoreState()

    def text(self, key, x, y, w, h):
        v = self.vals.get(key)
        if not v:
            return
        s = self._prep(v) if key not in ("email", "le_date", "fait_a") else v
        if key == "email":
            s = v.lower()
        if key == "fait_a" and self.caps:
            s = self._prep(v)
        self._glyphs(s, x + self.rng.uniform(0, 6), y + 1.5, self.size, maxw=w)

    def comb(self, key, x, y, cw, n, h):
        v = self.vals.get(key)
        if not v:
            return
        font = self.font if not self.joined else "H_breip"
        if self.joined:
            register("H_breip", HAND_FONTS["breip"][0])
        cmap = pdfmetrics.getFont(font).face.charToGlyph
        s = "".join(ch if ord(ch) in cmap else strip_accents(ch) for ch in v.upper())
        c, r = self.c, self.rng
        c.saveState()
        c.setFillColor(self.ink)
        for i, ch in enumerate(s[:n]):
            gs = min(self.size, h * 0.85) * r.uniform(0.9, 1.08)
            gw = c.stringWidth(ch, font, gs)
            c.saveState()
            c.translate(
                x + i * cw + (cw - gw) / 2 + r.uniform(-1.2, 1.2) * self.jitter,
                y + h * 0.18 + r.uniform(-1.2, 1.2) * self.jitter,
            )
            c.rotate(r.uniform(-6, 6) * self.jitter)
            c.setFont(font, gs)
            c.drawString(0, 0, ch)
            c.restoreState()
        c.restoreState()

    def tick(self, key, x, y, s):
        if key not in self.vals.get("ticks", ()):
            return
        c, r = self.c, self.rng
        c.saveState()
        c.setStrokeColor(self.ink)
        c.setLineWidth(1.3 if not self.felt else 2.0)
        c.setLineCap(1)
        j = lambda: r.uniform(-1.3, 1.3)  # noqa: E731
        if self.tick_style == "x":
            c.line(x + j(), y + j(), x + s + j(), y + s + j())
            c.line(x + j(), y + s + j(), x + s + j(), y + j())
        else:
            p = c.beginPath()
            p.moveTo(x + 1 + j(), y + s * 0.5 + j())
            p.lineTo(x + s * 0.4 + j(), y + j() * 0.5)
            p.lineTo(x + s * 1.3 + j(), y + s * 1.5 + j())
            c.drawPath(p, stroke=1, fill=0)
        c.restoreState()

    def signature(self, x, y, w, h):
        sig = self.sig or {}
        kind = sig.get("kind", "none")
        c, r = self.c, self.rng
        if kind == "sign":
            img = signature_image(sig["name"], sig.get("font", 0), self.ink, r)
            iw, ih = img.size
            scale = min((w - 30) / iw, (h - 14) / ih) * r.uniform(0.7, 0.95)
            dw, dh = iw * scale, ih * scale
            c.drawImage(
                ImageReader(img),
                x + r.uniform(8, w - dw - 6),
                y + r.uniform(4, max(5, h - dh - 10)),
                dw,
                dh,
                mask="auto",
            )
        elif kind == "stray":
            c.saveState()
            c.setStrokeColor(self.ink)
            c.setFillColor(self.ink)
            px, py = x + r.uniform(30, w - 40), y + r.uniform(15, h - 25)
            if r.random() < 0.5:
                c.circle(px, py, 1.2, stroke=0, fill=1)
            else:
                c.setLineWidth(1.1)
                c.line(px, py, px + 3, py - 3)
                c.line(px + 3, py - 3, px + 9, py + 5)
            c.restoreState()


def signature_image(name, font_idx, ink, rng):
    """A handwritten signature: script name plus a flourish, RGBA PNG-like PIL image."""
    font = ImageFont.truetype(SIG_FONTS[font_idx % len(SIG_FONTS)], 150)
    tmp = Image.new("L", (2400, 500), 0)
    d = ImageDraw.Draw(tmp)
    d.text((60, 120), name, font=font, fill=255)
    bbox = tmp.getbbox() or (0, 0, 10, 10)
    # flourish: a loose curve under the name
    x0, x1 = bbox[0], bbox[2]
    yb = bbox[3] - 10
    pts = []
    a, b = rng.uniform(-30, 30), rng.uniform(20, 60)
    for i in range(60):
        t = i / 59
        xx = x0 - 40 + t * (x1 - x0 + 120)
        yy = yb + a * math.sin(t * math.pi * rng.uniform(1.0, 2.2)) + b * t * (1 - t)
        pts.append((xx, yy))
    d.line(pts, fill=255, width=int(rng.uniform(5, 9)))
    if rng.random() < 0.5:
        d.line([(x1 + 20, yb - 60), (x1 + 80, yb - 120)], fill=255, width=7)
    tmp = tmp.rotate(rng.uniform(-8, 10), resample=Image.BICUBIC, expand=False)
    tmp = tmp.crop(tmp.getbbox())
    col = tuple(int(v * 255) for v in (ink.red, ink.green, ink.blue))
    out = Image.new("RGBA", tmp.size, col + (0,))
    out.putalpha(tmp)
    return out


class TypedFiller(Filler):
    """Typed in a PDF viewer (text boxes): regular fonts, combs either spaced or one run."""

    def __init__(self, vals, rng, font="Helvetica", size=10.0, spaced_combs=True, caps=False):
        super().__init__(vals, rng)
        self.font, self.size, self.spaced, self.caps = font, size, spaced_combs, caps
        self.dx = rng.uniform(-2, 6)
        self.dy = rng.uniform(-1.5, 2.5)

    def shown(self, key, v):
        return v.upper() if v and self.caps and key != "email" else v

    def text(self, key, x, y, w, h):
        v = self.vals.get(key)
        if not v:
            return
        if self.caps and key != "email":
            v = v.upper()
        self.c.setFillColor(Color(0, 0, 0))
        size = self.size
        while self.c.stringWidth(v, self.font, size) > w and size > 6:
            size -= 0.5
        self.c.setFont(self.font, size)
        self.c.drawString(x + self.dx * 0.5, y + 2 + self.dy * 0.5, v)

    def comb(self, key, x, y, cw, n, h):
        v = self.vals.get(key)
        if not v:
            return
        c = self.c
        c.setFillColor(Color(0, 0, 0))
        c.setFont(self.font, self.size)
        if self.spaced:
            for i, ch in enumerate(v[:n]):
                c.drawCentredString(x + i * cw + cw / 2, y + h * 0.25, ch)
        else:
            c.drawString(x + 2 + self.dx, y + h * 0.25 + self.dy, v)

    def tick(self, key, x, y, s):
        if key in self.vals.get("ticks", ()):
            self.c.setFont(self.font, s + 2)
            self.c.setFillColor(Color(0, 0, 0))
            self.c.drawString(x + 0.8 + self.dx * 0.2, y + 0.6, "X")


class AcroFiller(Filler):
    """Real AcroForm fields with the values; checkboxes for ticks."""

    NAMES: ClassVar[dict] = {
        "nom": "nom_naissance",
        "usage": "nom_usage",
        "prenoms": "prenoms",
        "lieu_commune": "lieu_naissance_commune",
        "lieu_pays": "lieu_naissance_pays",
        "nationalite": "nationalite",
        "adresse": "adresse",
        "commune": "commune",
        "tel": "telephone",
        "email": "courriel",
        "emploi": "emploi_occupe",
        "employeur": "employeur",
        "autre_txt": "autre_situation_precisez",
        "fait_a": "fait_a",
        "le_date": "date_signature",
        "dob_line": "date_naissance",
        "dob_j": "date_naissance_jj",
        "dob_m": "date_naissance_mm",
        "dob_a": "date_naissance_aaaa",
        "nir13": "nir",
        "nirkey": "nir_cle",
        "cp": "code_postal",
    }

    def text(self, key, x, y, w, h):
        v = self.vals.get(key) or ""
        self.c.acroForm.textfield(
            name=self.NAMES.get(key, key),
            value=v,
            x=x - 2,
            y=y - 4,
            width=w + 2,
            height=h + 1,
            fontName="Helvetica",
            fontSize=0 if len(v) > 40 else 10,
            borderWidth=0,
            fillColor=Color(0.87, 0.92, 1.0),
            textColor=Color(0, 0, 0),
            forceBorder=False,
        )

    def comb(self, key, x, y, cw, n, h):
        v = self.vals.get(key) or ""
        self.c.acroForm.textfield(
            name=self.NAMES.get(key, key),
            value=v,
            x=x,
            y=y,
            width=cw * n,
            height=h,
            maxlen=n,
            fieldFlags="comb",
            fontName="Courier",
            fontSize=10,
            borderWidth=0,
            fillColor=Color(0.87, 0.92, 1.0),
            textColor=Color(0, 0, 0),
        )

    def tick(self, key, x, y, s):
        on = key in self.vals.get("ticks", ())
        self.c.acroForm.checkbox(
            name="case_" + key,
            x=x,
            y=y,
            size=s,
            checked=on,
            buttonStyle="check",
            borderWidth=0.5,
            fillColor=Color(0.87, 0.92, 1.0),
            textColor=Color(0, 0, 0),
        )

    def signature(self, x, y, w, h):
        sig = self.vals.get("pasted_sig")
        if sig is not None:
            iw, ih = sig.size
            scale = min((w - 30) / iw, (h - 14) / ih) * 0.85
            buf = io.BytesIO()
            sig.save(buf, format="PNG")
            buf.seek(0)
            self.c.drawImage(ImageReader(buf), x + 14, y + 6, iw * scale, ih * scale, mask="auto")


class Composite(Filler):
    """Main filler for most keys; `hand` for keys in hand_keys and for the signature."""

    def __init__(self, main, hand, hand_keys):
        super().__init__(main.vals, main.rng)
        self.main, self.hand, self.hand_keys = main, hand, set(hand_keys)

    def bind(self, c):
        self.c = self.main.c = self.hand.c = c

    def _pick(self, key):
        return self.hand if key in self.hand_keys else self.main

    def text(self, key, *a):
        self._pick(key).text(key, *a)

    def shown(self, key, v):
        return self._pick(key).shown(key, v)

    def comb(self, key, *a):
        self._pick(key).comb(key, *a)

    def tick(self, key, *a):
        self._pick(key).tick(key, *a)

    def signature(self, *a):
        if "signature" in self.hand_keys:
            self.hand.signature(*a)
        else:
            self.main.signature(*a)
