#!/usr/bin/env python3
"""Writes the spreadsheet forms of the built-in dataset (data/agreement.xlsx,
data/agreement.ods, data/agreement-csv/*.csv) and the spreadsheet corpus
(tests/sheets-corpus/) from data/agreement.json and the small specs below.

Workbooks and most CSV exports are written by LibreOffice itself (headless
`soffice --convert-to`, from a flat ODS document this script writes), so
they are files as a real spreadsheet program writes them. What only Excel
writes (a "CSV UTF-8" with its byte-order mark and CRLF, a European
Excel's semicolons and decimal commas) is written here byte for byte as
Excel does, since Excel does not run here. See tests/sheets-corpus/README.md.

Usage: python3 tools/sheets-corpus.py            (needs soffice on PATH)
       python3 tools/sheets-corpus.py --csv-only (only what needs no soffice)
"""

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
CORPUS = os.path.join(ROOT, "tests", "sheets-corpus")

with open(os.path.join(DATA, "agreement.json"), encoding="utf-8") as f:
    DATASET = json.load(f)

AREAS = DATASET["areas"]
SIGNATORIES = DATASET["signatories"]


class Date(str):
    """A date cell (YYYY-MM-DD), not text."""


class Bool:
    """A TRUE/FALSE cell."""

    def __init__(self, value):
        self.value = value


# --- the built-in dataset as tables -----------------------------------------

def agreement_rows(lang_headers=False, date_cell=True, decimal_comma=False):
    a = DATASET["agreement"]
    num = (lambda x: str(x).replace(".", ",")) if decimal_comma else (lambda x: x)
    names = {
        "title": ("Title", "Pavadinimas"), "date": ("Date", "Data"),
        "place": ("Place", "Vieta"), "lat": ("Place latitude", "Vietos platuma"),
        "lon": ("Place longitude", "Vietos ilguma"), "source": ("Source", "Šaltinis"),
        "label": ("Areas label", "Sričių pavadinimas"), "complete": ("Areas complete", "Visos sritys"),
    }
    k = (lambda key: names[key][1]) if lang_headers else (lambda key: names[key][0])
    en_lt = (lambda key: (k(key) + " (EN)", k(key) + " (LT)")) if lang_headers else (lambda key: (k(key), k(key) + " (LT)"))
    rows = [["Laukas", "Reikšmė"] if lang_headers else ["Field", "Value"]]
    t_en, t_lt = en_lt("title")
    rows += [[t_en, a["title"]["en"]], [t_lt, a["title"]["lt"]]]
    rows.append([k("date"), Date(a["date"]) if date_cell else a["date"]])
    p_en, p_lt = en_lt("place")
    rows += [[p_en, a["place"]["name"]["en"]], [p_lt, a["place"]["name"]["lt"]]]
    rows += [[k("lat"), num(a["place"]["lat"])], [k("lon"), num(a["place"]["lon"])]]
    rows.append([k("source"), a["source"]])
    l_en, l_lt = en_lt("label")
    rows += [[l_en, DATASET["areasLabel"]["en"]], [l_lt, DATASET["areasLabel"]["lt"]]]
    complete = DATASET["areasComplete"]
    rows.append([k("complete"), ("taip" if complete else "ne") if lang_headers else ("yes" if complete else "no")])
    return rows


def area_rows(lang_headers=False):
    head = ["Id", "Sritis (EN)", "Sritis (LT)"] if lang_headers else ["Id", "Label", "Label (LT)"]
    return [head] + [[a["id"], a["label"]["en"], a["label"]["lt"]] for a in AREAS]


SIGNATORY_COLUMNS = [
    # (EN header, LT header, value of a signatory)
    ("Id", "Id", lambda s: s["id"]),
    ("Name", "Pavadinimas (EN)", lambda s: s["name"]["en"]),
    ("Name (LT)", "Pavadinimas (LT)", lambda s: s["name"]["lt"]),
    ("Kind", "Rūšis", lambda s: s["kind"]),
    ("City", "Miestas (EN)", lambda s: s["city"]["en"]),
    ("City (LT)", "Miestas (LT)", lambda s: s["city"]["lt"]),
    ("Country", "Šalis", lambda s: s["country"]),
    ("Latitude", "Platuma", lambda s: s["lat"]),
    ("Longitude", "Ilguma", lambda s: s["lon"]),
    ("Link", "Nuoroda", lambda s: s.get("url", "")),
]

KIND_LT = {"company": "bendrovė", "association": "asociacija", "institution": "institucija"}


def signatory_rows(signatories=SIGNATORIES, areas="marks", lang_headers=False, decimal_comma=False):
    """areas: 'marks' (one column per area, `x`) or 'list' (one `Areas` cell)."""
    head = [c[1] if lang_headers else c[0] for c in SIGNATORY_COLUMNS]
    if areas == "marks":
        head += [a["id"] for a in AREAS]
    else:
        head.append("Sritys" if lang_headers else "Areas")
    rows = [head]
    for s in signatories:
        row = []
        for en, _, value in SIGNATORY_COLUMNS:
            v = value(s)
            if en == "Kind" and lang_headers:
                v = KIND_LT[v]
            if decimal_comma and isinstance(v, float):
                v = str(v).replace(".", ",")
            row.append(v)
        if areas == "marks":
            row += ["x" if a["id"] in s["areas"] else "" for a in AREAS]
        else:
            row.append("; ".join(s["areas"]))
        rows.append(row)
    return rows


def builtin_workbook(lang_headers=False):
    names = ("Susitarimas", "Sritys", "Signatarai") if lang_headers else ("Agreement", "Areas", "Signatories")
    return [
        (names[0], agreement_rows(lang_headers)),
        (names[1], area_rows(lang_headers)),
        (names[2], signatory_rows(areas="list" if lang_headers else "marks", lang_headers=lang_headers)),
    ]


# --- writers ------------------------------------------------------------------

def fods(sheets):
    """A flat ODS document (one XML file) holding `sheets`: [(name, rows)]."""
    out = io.StringIO()
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
              'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
              'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
              'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
              'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" '
              'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
              '<office:automatic-styles><number:date-style style:name="Nymd"><number:year number:style="long"/>'
              '<number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text>'
              '<number:day number:style="long"/></number:date-style>'
              '<style:style style:name="ceDate" style:family="table-cell" style:data-style-name="Nymd"/>'
              '</office:automatic-styles>\n<office:body><office:spreadsheet>\n')
    for name, rows in sheets:
        out.write('<table:table table:name="%s">\n' % escape(name, {'"': "&quot;"}))
        for row in rows:
            out.write("<table:table-row>")
            for v in row:
                out.write(fods_cell(v))
            if not row:
                out.write("<table:table-cell/>")
            out.write("</table:table-row>\n")
        out.write("</table:table>\n")
    out.write("</office:spreadsheet></office:body></office:document>\n")
    return out.getvalue()


def fods_cell(v):
    if v is None or v == "":
        return "<table:table-cell/>"
    if isinstance(v, Bool):
        word = "true" if v.value else "false"
        return ('<table:table-cell office:value-type="boolean" office:boolean-value="%s">'
                "<text:p>%s</text:p></table:table-cell>" % (word, word.upper()))
    if isinstance(v, Date):
        return ('<table:table-cell table:style-name="ceDate" office:value-type="date" '
                'office:date-value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
    if isinstance(v, (int, float)):
        return ('<table:table-cell office:value-type="float" office:value="%r">'
                "<text:p>%r</text:p></table:table-cell>" % (v, v))
    paras = "".join("<text:p>%s</text:p>" % escape(line) for line in str(v).split("\n"))
    return '<table:table-cell office:value-type="string">%s</table:table-cell>' % paras


def plain(v):
    if isinstance(v, Bool):
        return "TRUE" if v.value else "FALSE"
    return "" if v is None else str(v)


def csv_text(rows, delimiter=",", newline="\r\n"):
    """CSV as Excel writes it: fields quoted only when they must be."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline, quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow([plain(v) for v in row])
    return out.getvalue()


def write_bytes(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


LIBREOFFICE_FILTERS = {
    # target → (soffice --convert-to argument, output extension)
    "xlsx": ("xlsx:Calc MS Excel 2007 XML", "xlsx"),
    "ods": ("ods", "ods"),
    "xls": ("xls:MS Excel 97", "xls"),
    "pdf": ("pdf", "pdf"),
    # Text CSV filter options: separator, text quote, character set (76 =
    # UTF-8, 65535 = UTF-16 "Unicode", 39 = Windows-1257), first line.
    "csv-utf8": ("csv:Text - txt - csv (StarCalc):44,34,76,1", "csv"),
    "csv-utf16-tab": ("csv:Text - txt - csv (StarCalc):9,34,65535,1", "csv"),
    "csv-1257-semicolon": ("csv:Text - txt - csv (StarCalc):59,34,39,1", "csv"),
}


def libreoffice(jobs):
    """jobs: [(target filter key, sheets, destination path)]; one soffice run per filter."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: install LibreOffice (apt-get install libreoffice-calc-nogui)")
    by_filter = {}
    for key, sheets, dest in jobs:
        by_filter.setdefault(key, []).append((sheets, dest))
    with tempfile.TemporaryDirectory() as tmp:
        profile = "file://" + os.path.join(tmp, "profile")
        for key, items in by_filter.items():
            convert, ext = LIBREOFFICE_FILTERS[key]
            src_dir = os.path.join(tmp, key)
            out_dir = os.path.join(tmp, key + "-out")
            os.makedirs(src_dir)
            sources = []
            for i, (sheets, _) in enumerate(items):
                path = os.path.join(src_dir, "f%02d.fods" % i)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(fods(sheets))
                sources.append(path)
            subprocess.run([soffice, "-env:UserInstallation=" + profile, "--headless",
                            "--convert-to", convert, "--outdir", out_dir] + sources,
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for i, (_, dest) in enumerate(items):
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                shutil.move(os.path.join(out_dir, "f%02d.%s" % (i, ext)), dest)
                normalize(dest)


# --- the built-in dataset's own forms (data/) ---------------------------------

def builtin_forms(jobs):
    """data/agreement.xlsx and .ods (areas as mark columns, date cell) and
    data/agreement-csv/ (Excel "CSV UTF-8" from a European Excel: BOM, CRLF,
    `;`, decimal commas, areas as a list cell)."""
    book = builtin_workbook()
    jobs.append(("xlsx", book, os.path.join(DATA, "agreement.xlsx")))
    jobs.append(("ods", book, os.path.join(DATA, "agreement.ods")))
    out = os.path.join(DATA, "agreement-csv")
    tables = {
        "agreement.csv": agreement_rows(date_cell=False, decimal_comma=True),
        "areas.csv": area_rows(),
        "signatories.csv": signatory_rows(areas="list", decimal_comma=True),
    }
    for name, rows in tables.items():
        write_bytes(os.path.join(out, name), excel_csv_utf8(rows, ";"))


def excel_csv_utf8(rows, delimiter=","):
    return b"\xef\xbb\xbf" + csv_text(rows, delimiter).encode("utf-8")


# --- the corpus -------------------------------------------------------------------

def pick(*ids):
    return [s for s in SIGNATORIES if s["id"] in ids]


FIVE = pick("council-of-europe", "kaspersky-lab", "telefonica", "etno", "gsma")


def modified(base, **changes):
    s = json.loads(json.dumps(base))
    for key, value in changes.items():
        s[key] = value
    return s


def five_list(**kw):
    return signatory_rows(FIVE, areas="list", **kw)


def odd_headers():
    rows = five_list()
    rows[0] = ["  ID", "  NAME ", "Name [lt]", "kind", " CITY", "city_lt", "COUNTRY ", "lat", "LNG", "url", "  areas  "]
    return rows


def quoted_cells():
    ccia = modified(pick("ccia")[0], name={"en": 'Computer & Communications Industry Association, "CCIA"',
                                           "lt": "Kompiuterių ir ryšių pramonės asociacija\n(CCIA)"})
    rows = signatory_rows(FIVE[:4] + [ccia], areas="list")
    for row in rows[1:]:
        row[-1] = row[-1].replace("; ", ", ")  # a comma list: quoted by the writer
    return rows


def trailing_blanks():
    rows = [r + ["", "", ""] for r in five_list()]
    rows.insert(3, [""] * len(rows[0]))  # a blank row inside the data: still row 4
    return rows + [[""] * len(rows[0])] * 4


def areas_any_way():
    rows = five_list()
    cells = ["ALL", "children | Privacy\nexpression",
             "vaikų apsauga nuo seksualinio išnaudojimo ir prievartos; Culture and digitization",
             "visos", "cybercrime;education;GENDER-EQUALITY"]
    for row, cell in zip(rows[1:], cells):
        row[-1] = cell
    return rows


def mark_columns():
    rows = signatory_rows(FIVE, areas="marks")
    head = rows[0]
    first = len(SIGNATORY_COLUMNS)
    head[first] = "The protection of children against sexual exploitation and abuse"
    head[first + 1] = "Žodžio laisvė internete"
    head[first + 2] = "PRIVACY"
    marks = [["x", "✓", "yes", "taip", "1", "TRUE", "X"], ["x", "", "no", "ne", "0", "false", "-"],
             ["✓", "✓", "✓", "", "", "", ""], ["1", "0", "1", "0", "1", "0", "1"], ["taip", "ne", "", "", "", "", "taip"]]
    for row, m in zip(rows[1:], marks):
        row[first:] = m
    return rows


def countries_by_name():
    rows = five_list()
    for row, country in zip(rows[1:], ["France", "Rusija", "es", "Belgija", "Jungtinė Karalystė"]):
        row[6] = country
    return rows


def missing_coordinates():
    rows = five_list()
    for row in rows[1:]:
        row[7] = row[8] = ""
    return rows


def region_column():
    head = ["Name", "Kind", "City", "Region", "Country", "Latitude", "Longitude", "Areas"]
    return [head,
            ["Illinois Press Association", "association", "Springfield", "Illinois", "US", "", "", "expression"],
            ["Oregon Newsroom Cooperative", "association", "Portland", "OR", "United States", "", "", "expression"],
            ["Google", "company", "Mountain View", "California", "USA", "", "", "privacy"],
            ["CCIA", "association", "Washington", "DC", "US", "", "", "privacy"]]


def swapped():
    rows = signatory_rows(FIVE[:4] + pick("apple"), areas="list")
    rows[5][7], rows[5][8] = rows[5][8], rows[5][7]
    return rows


def broken_signatories(lang_headers=False):
    rows = signatory_rows(pick("council-of-europe", "kaspersky-lab", "apple", "google", "orange", "gsma", "telefonica"),
                          areas="list", lang_headers=lang_headers)
    rows[2][3] = "ngo"                # row 3: a kind the format does not have
    rows[3][6] = "Atlantis"           # row 4: no such country
    rows[4][-1] = "children; space"   # row 5: an area the Areas sheet lacks
    rows[5][1] = ""                   # row 6: no English name (the Lithuanian one is there)
    return rows


def broken_workbook(lang_headers=False):
    book = builtin_workbook(lang_headers)
    return [book[0], book[1], (book[2][0], broken_signatories(lang_headers))]


def offset_workbook():
    book = builtin_workbook()
    rows = signatory_rows(FIVE, areas="list")
    rows[3][8] = 250                  # table row 4 = sheet row 6 (column K)
    shifted = [[], []] + [["", ""] + r for r in rows]
    return [book[0], book[1], ("Signatories", shifted)]


def extra_sheet_and_column():
    book = builtin_workbook()
    sig = [r + [c] for r, c in zip(book[2][1], ["Comment"] + ["checked"] * len(SIGNATORIES))]
    notes = [["Who", "What"], ["desk", "Sources checked on 2017-11-10"]]
    return [book[0], book[1], ("Signatories", sig), ("Notes", notes)]


def no_areas_sheet():
    book = builtin_workbook()
    return [book[0], ("Signatories", signatory_rows(areas="list"))]


def common_tables(jobs):
    write_bytes(os.path.join(CORPUS, "common", "agreement.csv"),
                csv_text(agreement_rows(date_cell=False), ",", "\n").encode("utf-8"))
    write_bytes(os.path.join(CORPUS, "common", "areas.csv"), csv_text(area_rows(), ",", "\n").encode("utf-8"))


def corpus(jobs):
    c = lambda name: os.path.join(CORPUS, name)
    common_tables(jobs)
    jobs += [
        ("xlsx", builtin_workbook(), c("01-builtin.xlsx")),
        ("ods", builtin_workbook(), c("02-builtin.ods")),
        ("xlsx", builtin_workbook(True), c("03-builtin-lithuanian.xlsx")),
        ("ods", builtin_workbook(True), c("04-builtin-lithuanian.ods")),
        ("xls", builtin_workbook(), c("05-builtin-excel97.xls")),
        ("csv-utf8", [("Signatories", five_list())], c("06-libreoffice-utf8.csv")),
        ("csv-utf16-tab", [("Signatories", five_list())], c("09-unicode-text-utf16.txt")),
        ("csv-1257-semicolon", [("Signatarai", five_list(lang_headers=True))], c("14-windows-1257-lithuanian.csv")),
        ("xlsx", broken_workbook(), c("24-broken.xlsx")),
        ("ods", broken_workbook(True), c("25-broken-lithuanian.ods")),
        ("xlsx", offset_workbook(), c("26-data-from-c3.xlsx")),
        ("xlsx", extra_sheet_and_column(), c("27-other-sheet-and-column.xlsx")),
        ("pdf", [("Signatories", five_list())], c("28-not-a-spreadsheet.pdf")),
        ("ods", no_areas_sheet(), c("29-areas-sheet-left-out.ods")),
    ]
    written = {
        "07-excel-csv-utf8-bom-crlf.csv": excel_csv_utf8(five_list()),
        "08-european-excel-semicolon-decimal-comma.csv": excel_csv_utf8(five_list(decimal_comma=True), ";"),
        "10-tab-separated-utf8.tsv": csv_text(five_list(), "\t", "\n").encode("utf-8"),
        "11-quoted-separators-quotes-line-breaks.csv": excel_csv_utf8(quoted_cells()),
        "12-blank-trailing-rows-and-columns.csv": excel_csv_utf8(trailing_blanks()),
        "13-header-odd-case-spaces.csv": excel_csv_utf8(odd_headers()),
        "15-windows-1252.csv": csv_text(five_list(), ",").encode("cp1252", errors="replace"),
        "16-empty.csv": b"",
        "17-header-only.csv": excel_csv_utf8(five_list()[:1]),
        "18-areas-as-list-any-case.csv": excel_csv_utf8(areas_any_way()),
        "19-areas-as-mark-columns.csv": excel_csv_utf8(mark_columns()),
        "20-countries-by-name.csv": excel_csv_utf8(countries_by_name()),
        "21-missing-coordinates.csv": excel_csv_utf8(missing_coordinates()),
        "22-region-column.csv": excel_csv_utf8(region_column()),
        "23-swapped-coordinates.csv": excel_csv_utf8(swapped()),
        "31-excel-unicode-text.txt": ("\ufeff" + csv_text(five_list(), "\t")).encode("utf-16-le"),
        "32-sep-line-for-excel.csv": b"\xef\xbb\xbfsep=;\r\n" + csv_text(five_list(), ";").encode("utf-8"),
    }
    for name, data in written.items():
        write_bytes(c(name), data)


def encrypt(plain_path, dest):
    """A password-protected copy, as Excel's "Encrypt with Password" writes it
    (ECMA-376 agile encryption, via the msoffcrypto-tool package)."""
    try:
        import msoffcrypto.format.ooxml as ooxml
    except ImportError:
        print("msoffcrypto-tool missing: %s not written (pip install msoffcrypto-tool)" % dest)
        return
    import msoffcrypto.method.ecma376_agile as agile
    import random
    seeded = random.Random(20171108)  # the same salts every run: the same bytes
    agile._random_buffer = lambda size: seeded.randbytes(size)
    import datetime
    import msoffcrypto.method.container.ecma376_encrypted as container

    class Fixed(datetime.datetime):  # the container's creation time
        @classmethod
        def now(cls, tz=None):
            return cls(*FIXED_TIME)

    container.datetime = Fixed
    with open(plain_path, "rb") as src, open(dest, "wb") as out:
        ooxml.OOXMLFile(src).encrypt("pledge", out)


FIXED_TIME = (2017, 11, 8, 0, 0, 0)


def normalize(path):
    """The same bytes on every run: LibreOffice writes the same content but
    stamps zip entries with the time of day and a PDF with its creation
    time and a random id; those are set to fixed values here (a PDF's
    values are replaced by ones of the same length, so offsets hold)."""
    if path.endswith(".pdf"):
        with open(path, "rb") as f:
            pdf = f.read()
        pdf = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20171108000000", pdf)
        pdf = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", pdf)
        pdf = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, pdf)
        write_bytes(path, pdf)
        return
    if not path.endswith((".xlsx", ".ods")):
        return
    with zipfile.ZipFile(path) as src:
        entries = [(info, src.read(info.filename)) for info in src.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info, content in entries:
            fixed = zipfile.ZipInfo(info.filename, FIXED_TIME)
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, content)
    write_bytes(path, out.getvalue())


def main():
    jobs = []
    builtin_forms(jobs)
    corpus(jobs)
    if "--csv-only" not in sys.argv:
        libreoffice(jobs)
        encrypt(os.path.join(CORPUS, "01-builtin.xlsx"), os.path.join(CORPUS, "30-password-protected.xlsx"))


if __name__ == "__main__":
    main()
