"""Drawing primitives, looks (scan, photo, screenshot, PDFs) and check-digit helpers for set_x."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)

F = "/usr/share/fonts/"
FONTS = {
    "sans": F + "truetype/liberation/LiberationSans-Regular.ttf",
    "sansb": F + "truetype/liberation/LiberationSans-Bold.ttf",
    "serif": F + "truetype/liberation/LiberationSerif-Regular.ttf",
    "serifb": F + "truetype/liberation/LiberationSerif-Bold.ttf",
    "serifi": F + "truetype/liberation/LiberationSerif-Italic.ttf",
    "lato": F + "truetype/lato/Lato-Regular.ttf",
    "latob": F + "truetype/lato/Lato-Bold.ttf",
    "roboto": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "carlito": F + "truetype/crosextra/Carlito-Regular.ttf",
    "carlitob": F + "truetype/crosextra/Carlito-Bold.ttf",
    "dejavu": F + "truetype/dejavu/DejaVuSans.ttf",
    "dejavub": F + "truetype/dejavu/DejaVuSans-Bold.ttf",
    "cond": F + "truetype/dejavu/DejaVuSansCondensed.ttf",
    "condb": F + "truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "mono": F + "truetype/liberation/LiberationMono-Regular.ttf",
    "ocrb": F + "opentype/ocr-b/OCRB.otf",
    "amiri": F + "opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "hand": F + "truetype/fifthhorseman/dkg.ttf",
    "hand2": F + "truetype/ecolier-court/Ecolier-court.ttf",
    "hand3": F + "truetype/femkeklaver/femkeklaver.ttf",
    "script": F + "opentype/dancingscript/DancingScript-Regular.otf",
    "kaushan": F + "opentype/kaushanscript/KaushanScript-Regular.otf",
}
HANDS = ("hand", "hand2", "hand3", "script", "kaushan")
_PIL_CACHE: dict = {}
_RL_OK: set = set()


def pil_font(name: str, px: float) -> ImageFont.FreeTypeFont:
    key = (name, int(round(px)))
    if key not in _PIL_CACHE:
        _PIL_CACHE[key] = ImageFont.truetype(FONTS[name], max(4, key[1]))
    return _PIL_CACHE[key]


def rl_font(name: str) -> str:
    if name not in _RL_OK:
        pdfmetrics.registerFont(TTFont("gx_" + name, FONTS[name]))
        _RL_OK.add(name)
    return "gx_" + name


class Page:
    """A page described in millimetres from the top-left corner; rendered to PIL or to a PDF."""

    def __init__(self, w: float = 210.0, h: float = 297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops: list = []

    def text(self, x, y, s, size=10, font="sans", color=(0, 0, 0), anchor="l"):
        self.ops.append(("text", x, y, str(s), size, font, color, anchor))

    def hand(self, x, y, s, size=12, font="hand", color=(20, 30, 110), seed=0, jitter=0.35):
        self.ops.append(("hand", x, y, str(s), size, font, color, seed, jitter))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.3):
        self.ops.append(("line", x1, y1, x2, y2, color, lw))

    def image(self, x, y, w, h, img: Image.Image):
        self.ops.append(("image", x, y, w, h, img))

    def para(self, x, y, text, width, size=9, font="sans", lead=1.35, color=(0, 0, 0)):
        """Greedy word wrap (PIL metrics); returns the y after the last line."""
        f = pil_font(font, size * 10)
        words, line, mm_per = text.split(), "", 25.4 / 72 / 10
        for wd in words:
            cand = (line + " " + wd).strip()
            if f.getlength(cand) * mm_per > width and line:
                self.text(x, y, line, size, font, color)
                y += size * lead * 0.3528
                line = wd
            else:
                line = cand
        if line:
            self.text(x, y, line, size, font, color)
            y += size * lead * 0.3528
        return y

    # -- rendering ---------------------------------------------------------------------------
    def render(self, dpi: int = 200) -> Image.Image:
        k = dpi / 25.4
        img = Image.new("RGB", (int(self.w * k), int(self.h * k)), self.bg)
        d = ImageDraw.Draw(img)
        for op in self.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, size, font, color, anchor = op
                f = pil_font(font, size * dpi / 72)
                a = {"l": "ls", "c": "ms", "r": "rs"}[anchor]
                d.text((x * k, y * k), s, font=f, fill=color, anchor=a)
            elif kind == "hand":
                _, x, y, s, size, font, color, seed, jit = op
                rng = random.Random(seed)
                px = x * k
                for ch in s:
                    f = pil_font(font, size * dpi / 72 * rng.uniform(0.93, 1.07))
                    dy = rng.uniform(-jit, jit) * k
                    d.text((px, y * k + dy), ch, font=f, fill=color, anchor="ls")
                    px += f.getlength(ch) + rng.uniform(-0.15, 0.25) * k
            elif kind == "rect":
                _, x, y, w, h, stroke, fill, lw = op
                d.rectangle(
                    (x * k, y * k, (x + w) * k, (y + h) * k),
                    outline=stroke,
                    fill=fill,
                    width=max(1, int(lw * k)) if stroke else 0,
                )
            elif kind == "line":
                _, x1, y1, x2, y2, color, lw = op
                d.line((x1 * k, y1 * k, x2 * k, y2 * k), fill=color, width=max(1, int(lw * k)))
            elif kind == "image":
                _, x, y, w, h, im = op
                im2 = im.convert("RGBA").resize((max(1, int(w * k)), max(1, int(h * k))))
                img.paste(im2, (int(x * k), int(y * k)), im2)
        return img

    def draw_pdf(self, c: rl_canvas.Canvas) -> None:
        mm = 72 / 25.4
        H = self.h * mm
        if self.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in self.bg])
            c.rect(0, 0, self.w * mm, H, stroke=0, fill=1)
        for op in self.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, size, font, color, anchor = op
                if font in ("ocrb", "script", "kaushan", "amiri"):
                    font = {"ocrb": "mono", "amiri": "dejavu"}.get(font, "hand")
                c.setFont(rl_font(font), size)
                c.setFillColorRGB(*[v / 255 for v in color])
                fn = {"l": c.drawString, "c": c.drawCentredString, "r": c.drawRightString}[anchor]
                fn(x * mm, H - y * mm, s)
            elif kind == "hand":
                _, x, y, s, size, font, color, seed, jit = op
                im = hand_image(s, size, font, color, seed)
                w = im.width / 300 * 25.4
                h = im.height / 300 * 25.4
                c.drawImage(
                    ImageReader(im), x * mm, H - (y + h * 0.25) * mm, w * mm, h * mm, mask="auto"
                )
            elif kind == "rect":
                _, x, y, w, h, stroke, fill, lw = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                    c.setLineWidth(lw * mm)
                c.rect(
                    x * mm,
                    H - (y + h) * mm,
                    w * mm,
                    h * mm,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
            elif kind == "line":
                _, x1, y1, x2, y2, color, lw = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(lw * mm)
                c.line(x1 * mm, H - y1 * mm, x2 * mm, H - y2 * mm)
            elif kind == "image":
                _, x, y, w, h, im = op
                c.drawImage(
                    ImageReader(im.convert("RGB")), x * mm, H - (y + h) * mm, w * mm, h * mm
                )


def hand_image(s: str, size: float, font: str, color, seed: int) -> Image.Image:
    """Handwriting on a transparent background at 300 dpi (baseline at 75 % of the height)."""
    p = Page(len(s) * size * 0.3 + 6, size * 0.55 + 2, bg=(255, 255, 255))
    p.hand(1, size * 0.41 + 0.5, s, size, font, color, seed)
    im = p.render(300).convert("RGBA")
    a = np.array(im)
    lum = a[:, :, :3].mean(axis=2)
    a[:, :, 3] = np.clip((255 - lum) * 1.6, 0, 255).astype(np.uint8)
    return Image.fromarray(a)


def signature(name: str, seed: int, color=(15, 25, 90)) -> Image.Image:
    """A handwritten signature: the name in a script font plus a flourish, transparent."""
    rng = random.Random(seed)
    font = rng.choice(("script", "kaushan", "hand"))
    base = hand_image(name, 22, font, color, seed)
    d = ImageDraw.Draw(base)
    w, h = base.size
    pts = []
    for i in range(30):
        t = i / 29
        pts.append((w * (0.05 + 0.9 * t), h * (0.8 + 0.12 * np.sin(t * 7 + rng.random()))))
    d.line(pts, fill=color + (255,), width=4)
    return base


def pdf_pages(path: str, pages: list, images: bool = False, dpi: int = 200) -> None:
    """Write Page objects to a PDF with a text layer, or images (PIL) as a scanner would."""
    c = rl_canvas.Canvas(path, invariant=1, pageCompression=1)
    for p in pages:
        if images:
            w_mm, h_mm = p.width / dpi * 25.4, p.height / dpi * 25.4
            c.setPageSize((w_mm * 72 / 25.4, h_mm * 72 / 25.4))
            buf = io.BytesIO()
            p.save(buf, "JPEG", quality=82)
            buf.seek(0)
            c.drawImage(ImageReader(buf), 0, 0, w_mm * 72 / 25.4, h_mm * 72 / 25.4)
        else:
            c.setPageSize((p.w * 72 / 25.4, p.h * 72 / 25.4))
            p.draw_pdf(c)
        c.showPage()
    c.save()


# -- looks ------------------------------------------------------------------------------------
def scan_look(img: Image.Image, rng: random.Random, grey: int = 238) -> Image.Image:
    """Flatbed scan: paper tone, slight skew, noise, softness."""
    a = np.asarray(img).astype(np.float32)
    tone = np.array([grey, grey - 2, grey - 6], np.float32) / 255.0
    a = a * tone
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, 3.0, a.shape[:2])[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    ang = rng.uniform(-0.9, 0.9)
    out = out.rotate(
        ang, resample=Image.BICUBIC, expand=False, fillcolor=(grey, grey - 2, grey - 6)
    )
    return out.filter(ImageFilter.GaussianBlur(0.6))


def phone_look(
    img: Image.Image, rng: random.Random, long_side: int = 3264, rot: int = 0, table=None
) -> Image.Image:
    """Phone photo of a page or a card on a table: perspective, shadow, cast, blur, noise."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    W, H = int(long_side * 0.75), long_side
    table = table or rng.choice([(120, 88, 60), (190, 185, 175), (70, 72, 80), (150, 115, 80)])
    bg = np.ones((H, W, 3), np.float32) * np.array(table, np.float32)
    grain = cv2.GaussianBlur(nrng.normal(0, 14, (H, W)).astype(np.float32), (0, 0), 6)
    bg += grain[..., None] + np.linspace(-12, 12, W, dtype=np.float32)[None, :, None]
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    h, w = src.shape[:2]
    fill = rng.uniform(0.72, 0.86) if w / h < 1 else rng.uniform(0.78, 0.9)
    sw = W * fill
    sh = sw * h / w
    if sh > H * 0.9:
        sh = H * 0.9
        sw = sh * w / h
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    j = lambda: rng.uniform(-0.035, 0.035) * sw  # noqa: E731
    dst = np.float32(
        [
            [cx - sw / 2 + j(), cy - sh / 2 + j()],
            [cx + sw / 2 + j(), cy - sh / 2 + j()],
            [cx + sw / 2 + j(), cy + sh / 2 + j()],
            [cx - sw / 2 + j(), cy + sh / 2 + j()],
        ]
    )
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    sh_mask = cv2.GaussianBlur(np.roll(mask, (25, 18), (0, 1)), (0, 0), 18)
    bg *= (1 - 0.45 * sh_mask)[..., None]
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(0, W), rng.uniform(0, H)
    light = 1.05 - 0.3 * np.sqrt(((xx - gx) / W) ** 2 + ((yy - gy) / H) ** 2)
    out *= light[..., None]
    sx, sy = rng.uniform(0.2, 0.8) * W, rng.uniform(-0.2, 0.3) * H
    band = np.clip(1 - np.abs((xx - sx) * 0.6 + (yy - sy) * 0.8) / (0.35 * W), 0, 1)
    out *= (1 - 0.16 * band)[..., None]
    cast = np.array([rng.uniform(0.96, 1.04), 1.0, rng.uniform(0.88, 0.98)], np.float32)
    out = out * cast
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(1.0, 1.8))
    out += nrng.normal(0, 4.0, out.shape).astype(np.float32)
    res = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    if rot:
        res = res.rotate(rot, expand=True)
    return res


def save_jpeg(img: Image.Image, path: str, q: int = 88, dpi: int | None = None) -> None:
    kw = {"quality": q, "optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.convert("RGB").save(path, "JPEG", **kw)


def on_a4(card: Image.Image, dpi: int, slots: list) -> Image.Image:
    """Put card images on a white A4 at (x_mm, y_mm) positions, as on a copier glass."""
    k = dpi / 25.4
    page = Image.new("RGB", (int(210 * k), int(297 * k)), (255, 255, 255))
    for im, x, y in slots if slots else [(card, 20, 20)]:
        page.paste(im.convert("RGB"), (int(x * k), int(y * k)))
    return page


# -- check digits -----------------------------------------------------------------------------
def mrz_cd(s: str) -> str:
    vals = {**{str(i): i for i in range(10)}, "<": 0}
    vals.update({chr(65 + i): 10 + i for i in range(26)})
    w = (7, 3, 1)
    return str(sum(vals[c] * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname: str, given: str, n: int) -> str:
    s = surname.upper().replace("-", "<").replace(" ", "<").replace("'", "")
    g = given.upper().replace("-", "<").replace(" ", "<")
    return (s + "<<" + g + "<" * n)[:n]


def mrz_td3(code, country, surname, given, number, nat, dob, sex, exp, opt=""):
    l1 = (code + "<")[:2] + country + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    opt = (opt + "<" * 14)[:14]
    body = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + opt
    body += mrz_cd(opt)
    comp = body[0:10] + body[13:20] + body[21:43]
    return l1, body + mrz_cd(comp)


def mrz_td1(code, country, surname, given, number, nat, dob, sex, exp, opt1="", opt2=""):
    num = (number + "<" * 9)[:9]
    l1 = (code + "<")[:2] + country + num + mrz_cd(num) + (opt1 + "<" * 15)[:15]
    l2 = dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + nat + (opt2 + "<" * 11)[:11]
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    return l1, l2, mrz_name(surname, given, 30)


def mrz_mrva(country, surname, given, number, nat, dob, sex, until, opt=""):
    l1 = "V<" + country + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    l2 = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + until + mrz_cd(until)
    return l1, l2 + (opt + "<" * 16)[:16]


def iban_make(cc: str, bban: str) -> str:
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return cc + f"{98 - int(conv) % 97:02d}" + bban


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def fr_iban(bank: str, branch: str, account: str) -> str:
    return iban_make("FR", bank + branch + account + rib_key(bank, branch, account))


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
