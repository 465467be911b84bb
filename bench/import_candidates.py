"""The measurement behind the choice of HTML and PDF readers (docs/authoring.md).

Each candidate reads the test documents of tests/data/authoring/ and the five documents of
the shipped registry, made into an HTML page (inside navigation, a cookie banner, related
links and a footer, each carrying figures of its own) and into a PDF (set by fpdf2 with the
DejaVu font). Quality is the share of sentences recovered exactly after desertcheck's
normalisation; boilerplate, the furniture strings that leak into the text.

    pip install trafilatura readability-lxml pypdf pdfplumber pypdfium2 fpdf2
    python bench/import_candidates.py html trafilatura readability
    python bench/import_candidates.py pdf pypdf pdfminer pdfplumber pypdfium2
"""

import io
import re
import sys
import time
from pathlib import Path

import yaml

from desertcheck.text import find_quote, normalize

PROJECT = Path(__file__).resolve().parent.parent
REF = yaml.safe_load((PROJECT / "tests/data/authoring/reference.yaml").read_text("utf-8"))
AUTH = PROJECT / "tests/data/authoring"
SEEDS = sorted((PROJECT / "sources").glob("*.md"))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def source_text(path):
    """A shipped source's text, without its front matter."""
    return Path(path).read_text("utf-8").split("---\n", 2)[2]


TEMPLATE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Example News</title>
<script>var x = 1; track({{a: 2}});</script></head><body>
<div class="cookie-banner"><p>We use 3 kinds of cookies. <button>Accept all</button></p></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/subscribe">Subscribe for 1 euro a week</a></li></ul></nav></header>
<main><article><h1>{title}</h1><p class="byline">By Staff Writer</p>
{body}
</article><aside class="related"><h2>Most read</h2><ul><li><a href="/a">5 ways to beat the winter traffic</a></li><li><a href="/b">Tram extension delayed to 2026</a></li></ul></aside></main>
<footer><p>© 2025 Example News · 10 Harbour Street</p><p>Sign up for our newsletter and get 2 free e-books.</p></footer></body></html>"""
BOILER = [
    "We use 3 kinds of cookies",
    "Subscribe for 1 euro",
    "5 ways to beat",
    "Tram extension delayed",
    "10 Harbour Street",
    "2 free e-books",
    "track(",
]

SENT = re.compile(r"(?<=[.!?”])\s+(?=[A-Z“])")


def sentences(text):
    out = []
    for para in re.split(r"\n\s*\n|\n", text):
        for s in SENT.split(para.strip()):
            if len(s) > 25:
                out.append(s.strip())
    return out


def seed_html(path):
    text = source_text(path)
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    import html

    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras[1:])
    return TEMPLATE.format(title=html.escape(paras[0]), body=body).encode(), sentences(
        "\n".join(paras[1:])
    )


def seed_pdf(path):
    from fpdf import FPDF

    text = source_text(path)
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    pdf = FPDF()
    pdf.add_font("dv", "", FONT)
    pdf.set_font("dv", size=10)
    pdf.add_page()
    for p in paras:
        pdf.multi_cell(0, 5, p)
        pdf.ln(3)
    return bytes(pdf.output()), sentences("\n".join(paras))


def score(extracted, sents, boiler=()):
    norm = normalize(extracted)
    found = sum(1 for s in sents if find_quote(s, norm) is not None)
    leaked = [b for b in boiler if normalize(b).text in norm.text]
    return found, len(sents), leaked


# --- HTML candidates
def h_trafilatura(b):
    """trafilatura as desertcheck calls it (precision mode, dates from metadata only)."""
    from desertcheck.authoring.extract import extract

    return extract(b, "html").text


def h_trafilatura_default(b):
    """trafilatura with its defaults: the wider date search included."""
    import trafilatura

    return trafilatura.bare_extraction(b, with_metadata=True).text


def h_readability(b):
    import lxml.html
    from readability import Document

    d = Document(b.decode("utf-8"))
    s = d.summary(html_partial=True)
    tree = lxml.html.fromstring(s)
    for br in tree.iter("p", "li", "h1", "h2", "div"):
        br.tail = ("\n\n" + br.tail) if br.tail else "\n\n"
    return d.title() + "\n\n" + tree.text_content()


def p_pypdf(b):
    import pypdf

    r = pypdf.PdfReader(io.BytesIO(b))
    return "\n".join(p.extract_text() for p in r.pages)


def p_pdfminer(b):
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(b))


def p_pdfplumber(b):
    import pdfplumber

    with pdfplumber.open(io.BytesIO(b)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def p_pdfium(b):
    import pypdfium2 as pdfium

    d = pdfium.PdfDocument(b)
    return "\n".join(d[i].get_textpage().get_text_range() for i in range(len(d)))


def run(kind, cands):
    docs = []
    if kind == "html":
        name = "korvhaven-courier-ridership.html"
        docs.append(
            (name, (AUTH / name).read_bytes(), REF[name]["sentences"], REF[name]["boilerplate"])
        )
        for s in SEEDS:
            b, ss = seed_html(s)
            docs.append((Path(s).stem + ".html", b, ss, BOILER))
    else:
        name = "korvhaven-transit-report-2023.pdf"
        docs.append((name, (AUTH / name).read_bytes(), REF[name]["sentences"], []))
        for s in SEEDS:
            b, ss = seed_pdf(s)
            docs.append((Path(s).stem + ".pdf", b, ss, []))
    for cname, fn in cands:
        try:
            t0 = time.perf_counter()
            fn(docs[0][1])
            first = time.perf_counter() - t0
        except ImportError as e:
            print(cname, "not installed", e)
            continue
        tot_f = tot_n = 0
        leaks = []
        t = 0.0
        per = []
        for dname, b, ss, boiler in docs:
            t0 = time.perf_counter()
            text = fn(b)
            t += time.perf_counter() - t0
            f, n, leaked = score(text, ss, boiler)
            tot_f += f
            tot_n += n
            leaks += leaked
            per.append(f"{dname} {f}/{n}")
        print(
            f"{cname:22} first call {first * 1000:7.0f} ms; {len(docs)} docs {t * 1000:7.1f} ms; sentences {tot_f}/{tot_n} = {tot_f / tot_n:.1%}; boilerplate leaked {len(leaks)} {leaks[:4]}"
        )
        print("   ", "; ".join(per))


if __name__ == "__main__":
    kind = sys.argv[1]
    names = sys.argv[2:]
    table = {
        "trafilatura": h_trafilatura,
        "trafilatura-default": h_trafilatura_default,
        "readability": h_readability,
        "pypdf": p_pypdf,
        "pdfminer": p_pdfminer,
        "pdfplumber": p_pdfplumber,
        "pypdfium2": p_pdfium,
    }
    run(kind, [(n, table[n]) for n in names])
