"""Score desertcheck's quantity parser on other projects' published test cases.

Several number and money parsers ship their test cases inside their packages on PyPI. This
script fetches those packages with pip into a cache outside the repository, reads their test
cases at run time (none of their sentences is stored in this repository), keeps the cases
that fall inside desertcheck's purpose, maps each expected answer onto desertcheck's terms,
runs ``parse_quantities`` and prints agreement per suite and overall.

Suites read (pinned, so a run is repeatable)
--------------------------------------------
=============  ===============  =====  =============================================
suite          package          kind   files read inside the archive
=============  ===============  =====  =============================================
quantulum3     quantulum3       sdist  ``quantulum3/_lang/en_US/tests/quantities.json``,
               0.10.0                  ``quantities.ambiguity.json``,
                                       ``extract_spellout_values.py`` (``TEST_CASES``)
duckling       duckling 1.8.0   wheel  the Duckling 0.4.23 jar it bundles:
                                       ``languages/{en,ru}/corpus/numbers.clj``,
                                       ``languages/en/corpus/finance.clj``
number-parser  number-parser    sdist  ``tests/data/{hundreds,permutations}/{en,ru}_*.csv``;
               0.3.2                   ``@pytest.mark.parametrize`` lists in
                                       ``tests/test_language_{en,ru}.py`` and
                                       ``tests/test_number_parsing.py``
numparse       NumParse 0.1.1   sdist  ``num_parse/tests/test_num_parsing.py``
                                       (``assertEqual(parse_num(...), ...)`` calls)
natasha        natasha 1.6.0    sdist  ``tests/test_money.py`` (``tests``)
price-parser   price-parser     sdist  ``tests/test_price_parsing.py`` (the
               0.5.1                   ``PRICE_PARSING_*`` lists of ``Example``)
=============  ===============  =====  =============================================

Python test files are read with ``ast`` (literals only), never imported or run.

Looked for and not usable: Microsoft Recognizers-Text (``recognizers-text-number`` and
``-number-with-unit`` 1.0.2a2 ship code only; the specs stay in the repository), text2num
3.1.0 (its wheel holds no test data; its 16 kB sdist of Python bindings cannot be fetched by
pip without a Rust build), yargy 0.16.0 (grammar tests, no number cases), word2number 1.1,
numerizer 0.2.4, ru-word2number 1.1 (no tests shipped); Full Fact's number parser is not on
PyPI.

Scope (a case is kept only when all of it is in scope)
------------------------------------------------------
Kept: counts, percentages, shares, money, ranges and number words and scales, in English
or Russian, and cases whose expectation is "no figure". Dropped, each counted by reason:
units of measure (km, kg, °C, miles, bytes, ...: any quantulum3 unit other than
dimensionless, percentage, dollar, euro, pound sterling, dozen and durations; NumParse units
other than dollars and years; digits followed by a unit abbreviation in text-only suites);
money in subunits (cents, pence, dimes) or in currencies other than GBP/USD/EUR/RUB (and
INR in Duckling's corpus); ordinals; negative or signed numbers; scientific notation; years
in running text that a suite counts as numbers (a plain 1900-2100 integer or a decade);
clock times; fractions written as divisions (number-parser ``parse_fraction``); spoken forms
that news does not write (number words read digit by digit, ``point``/``точка`` decimals,
zero-padded digits, the SI prefix ``G``); bare lists of number words with more than one
expected value (ambiguity probes such as juxtaposed number words); languages other than
English and Russian; price strings whose currency is only given as a separate hint or that
need a decimal-separator hint; cases that expect "not a number" from a whole-string
converter (``parse_number`` returning ``None``); NumParse assertions other than
``assertEqual`` on a text; duplicates within a suite (same text after case-folding and
collapsing whitespace).

Mapping onto desertcheck
------------------------
desertcheck names a currency by its ISO 4217 code (``USD``, ``GBP``, ``EUR``, ``RUB``...;
see docs/figures.md), so a suite's currency, mapped to its code below, is compared as is;
no parser output is renamed. ``GBp`` (pence sterling, price-parser) is a subunit and
dropped. Single-target suites (natasha, price-parser) name the first amount of a price
range (``From 26 to 50 €`` -> 26); a figure whose ``between`` range starts at that amount,
in that currency, agrees with it (``low_end_matches``).

Each case becomes a text and a list of expected figures ``(low, high, qualifier, unit)``.
``low == high`` for single values; a range (quantulum3's ``uncertainty``, NumParse's
two-ended ``RangeValue``) becomes ``low..high`` with qualifier ``between``. No suite states
qualifiers otherwise, so the qualifier is only scored for ranges. Units are scored only for
money (ISO code: ``$``/``US$``/``USD``/dollar -> USD, ``£``/``GBP``/pound sterling -> GBP,
``€``/``EUR``/euro -> EUR, ``₽``/``руб.``/``RUB`` -> RUB) and percent (quantulum3's
``percentage`` -> ``percent``); counts leave the unit unscored. quantulum3's ``dozen`` is
12 per unit. number-parser's sentence cases (words replaced by digits) expect the numbers of
the expected output, in order.

Scoring
-------
Whole-text suites (quantulum3, duckling, number-parser, numparse) list every figure of their
text: a case agrees when ``parse_quantities`` returns exactly as many figures and each
matches in order (low and high within 1e-9 relative; qualifier and unit where the case
states one). Single-target suites (natasha, price-parser) name one amount in a string that
may hold other numbers: a case agrees when some figure returned matches it. A second
count, ``values``, compares low and high alone (neither qualifier nor unit), to tell a
misread number from a differently named unit.

Running
-------
::

    python bench/quantity_outside.py [--cache DIR] [--suite NAME ...] [--show-failures]
                                     [--json] [--offline]

The first run downloads about 50 MB (natasha's sdist is 34 MB) with ``pip download`` into
``~/.cache/desertcheck-bench/`` (``--cache`` to change it); later runs reuse the archives
(``--offline`` refuses to download). The exit status is 0 whatever the score, 2 when a
suite cannot be fetched or read.
"""

from __future__ import annotations

import argparse
import ast
import csv
import io
import json
import math
import re
import subprocess
import sys
import tarfile
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from desertcheck.quantity import Quantity, parse_quantities

DEFAULT_CACHE = Path.home() / ".cache" / "desertcheck-bench"
REL_TOL = 1e-9

Mode = Literal["all", "contains"]
Files = dict[str, bytes]  # path inside the archive (below its top folder) -> content


class SuiteError(RuntimeError):
    """A suite could not be fetched or read."""


@dataclass(frozen=True, slots=True)
class Want:
    """One expected figure; ``None`` means "not scored"."""

    low: float
    high: float
    qualifier: str | None = None
    unit: str | None = None

    def show(self) -> str:
        value = (
            number(self.low)
            if self.low == self.high
            else f"{number(self.low)}..{number(self.high)}"
        )
        return " ".join(p for p in (self.qualifier, value, self.unit) if p)


@dataclass(frozen=True, slots=True)
class Case:
    """One test case of a suite, mapped onto desertcheck's terms."""

    source: str
    text: str
    wants: tuple[Want, ...]
    mode: Mode


@dataclass(slots=True)
class Harvest:
    """What a loader read: the cases kept and the reasons for the ones dropped."""

    kept: list[Case] = field(default_factory=list)
    dropped: Counter[str] = field(default_factory=Counter)
    _seen: set[str] = field(default_factory=set)

    def add(self, case: Case) -> None:
        key = " ".join(case.text.split()).casefold()
        if key in self._seen:
            self.dropped["duplicate"] += 1
            return
        self._seen.add(key)
        self.kept.append(case)

    def drop(self, reason: str) -> None:
        self.dropped[reason] += 1


@dataclass(frozen=True, slots=True)
class Suite:
    """A package on PyPI that ships test cases, and how to read them."""

    name: str
    package: str
    version: str
    dist: Literal["sdist", "wheel"]
    wanted: Callable[[str], bool]
    load: Callable[[Files], Harvest]


# -- shared scope rules -------------------------------------------------------------------

NUMBER_WORDS = frozenset(
    " ".join(
        (
            "zero one two three four five six seven eight nine ten eleven twelve thirteen",
            "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty",
            "sixty seventy eighty ninety hundred thousand million billion trillion a and half",
            "ноль один одна два две три четыре пять шесть семь восемь девять десять сто",
            "тысяча тысячи тысяч миллион миллиона миллионов",
        )
    ).split()
)
DIGIT_WORDS = frozenset(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])
MEASURE = re.compile(
    r"\d\s*(?:km|kg|mg|cm|mm|mi|ms|kilomet(?:re|er)s?|met(?:re|er)s?|miles?|°[CF]|celsius"
    r"|fahrenheit)\b|\b(?:km|kg|kilomet(?:re|er)s?|miles?|celsius|fahrenheit)\b",
    re.IGNORECASE,
)
CLOCK = re.compile(r"\d:\d\d|\b\d{1,2}\s*(?:am|pm)\b", re.IGNORECASE)
SIGNED = re.compile(r"^\s*[-−]|\b(?:minus|negative|минус)\b", re.IGNORECASE)
SPOKEN_POINT = re.compile(r"\b(?:point|точка)\b", re.IGNORECASE)
LATIN_OR_CYRILLIC = re.compile(r"^[\s\d\W\u0041-\u024f\u0400-\u04ff]*$")

CURRENCIES: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "united states dollar": "USD",
    "£": "GBP",
    "gbp": "GBP",
    "pound sterling": "GBP",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "₽": "RUB",
    "rub": "RUB",
    "руб": "RUB",
    "руб.": "RUB",
    "р.": "RUB",
    "рублей": "RUB",
    "рубль": "RUB",
    "рубля": "RUB",
}


def currency_code(raw: str | None) -> str | None:
    """The ISO code of a currency as a suite writes it, or None when outside scope."""
    if raw is None or raw.strip() == "GBp":  # GBp is pence sterling, a subunit
        return None
    return CURRENCIES.get(raw.strip().casefold())


def is_year(value: float, surface: str) -> bool:
    plain = re.fullmatch(r"\d{4}s?", surface.strip())
    return plain is not None and value == int(value) and 1900 <= value <= 2100


def bare_number_list(text: str, n_values: int) -> bool:
    """A string of number words only (plus commas, dots and 'and') naming several values."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    return n_values > 1 and bool(words) and all(w in NUMBER_WORDS for w in words)


def digit_by_digit(text: str) -> bool:
    words = text.casefold().split()
    return len(words) > 1 and all(w in DIGIT_WORDS for w in words)


def text_scope(text: str) -> str | None:
    """Why a text is outside scope, from its wording alone, or None."""
    if not LATIN_OR_CYRILLIC.match(text):
        return "language other than English or Russian"
    if SIGNED.search(text):
        return "signed number"
    if CLOCK.search(text):
        return "clock time"
    if MEASURE.search(text):
        return "unit of measure"
    if SPOKEN_POINT.search(text):
        return "spoken decimal (point/точка)"
    if digit_by_digit(text):
        return "spoken digit-by-digit number"
    return None


# -- reading Python test files without running them ----------------------------------------


def literal(node: ast.expr) -> object:
    """A literal, with ``Decimal("x")``/``Decimal(n)`` read as a float."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "Decimal"
        and len(node.args) == 1
    ):
        return float(str(ast.literal_eval(node.args[0])))
    return ast.literal_eval(node)


def module_lists(source: str) -> Iterator[tuple[str, ast.List]]:
    """Module-level ``NAME = [...]`` assignments."""
    for stmt in ast.parse(source).body:
        if (
            isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)
            and isinstance(stmt.value, ast.List)
        ):
            yield stmt.targets[0].id, stmt.value


def parametrized(source: str) -> Iterator[tuple[str, list[str], list[tuple[object, ...]], int]]:
    """``(function name, argument names, rows, line)`` of each ``pytest.mark.parametrize``."""
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.FunctionDef):
            continue
        for deco in node.decorator_list:
            if not (
                isinstance(deco, ast.Call)
                and isinstance(deco.func, ast.Attribute)
                and deco.func.attr == "parametrize"
                and len(deco.args) >= 2
            ):
                continue
            names = ast.literal_eval(deco.args[0])
            if isinstance(names, str):
                names = [n.strip() for n in names.split(",")]
            try:
                rows = ast.literal_eval(deco.args[1])
            except ValueError:
                continue
            yield node.name, list(names), [tuple(r) for r in rows], deco.lineno


# -- the suites ----------------------------------------------------------------------------

QUANTULUM_DIR = "quantulum3/_lang/en_US/tests/"
QUANTULUM_COUNTS = {"dimensionless": 1.0, "dozen": 12.0}
QUANTULUM_DURATIONS = frozenset(
    ["second", "minute", "hour", "day", "week", "month", "year", "decade", "century"]
)
QUANTULUM_SUBUNITS = frozenset({"cent", "penny", "dime"})


def load_quantulum3(files: Files) -> Harvest:
    h = Harvest()
    for name in ("quantities.json", "quantities.ambiguity.json"):
        for i, item in enumerate(json.loads(text_of(files, QUANTULUM_DIR + name))):
            text, res = item["req"], item["res"]
            source = f"{name}#{i}"
            wants: list[Want] = []
            reason: str | None = None
            for r in res:
                unit, value, surface = r["unit"], float(r["value"]), r["surface"]
                if value < 0 or SIGNED.search(surface):
                    reason = "signed number"
                elif "×" in surface or re.search(r"\d[eE][-+]?\d", surface):
                    reason = "scientific notation"
                elif unit in QUANTULUM_SUBUNITS:
                    reason = "money in subunits"
                elif unit == "dimensionless" and is_year(value, surface):
                    reason = "year counted as a number"
                elif unit in QUANTULUM_COUNTS:
                    value *= QUANTULUM_COUNTS[unit]
                    unit = None
                elif unit == "percentage":
                    unit = "percent"
                elif currency_code(unit):
                    unit = currency_code(unit)
                elif unit in QUANTULUM_DURATIONS:
                    unit = None
                else:
                    reason = "unit of measure"
                if reason:
                    break
                spread = float(r.get("uncertainty", 0) or 0)
                if spread:
                    wants.append(Want(value - spread, value + spread, "between", unit))
                else:
                    wants.append(Want(value, value, None, unit))
            reason = reason or text_scope(text)
            if reason:
                h.drop(reason)
            else:
                h.add(Case(source, text, tuple(wants), "all"))
    spell = text_of(files, QUANTULUM_DIR + "extract_spellout_values.py")
    for var, node in module_lists(spell):
        if var != "TEST_CASES":
            continue
        for elt in node.elts:
            text, values = ast.literal_eval(elt)
            floats = [float(v) for v in values]
            reason = text_scope(text)
            if reason is None and any(v < 0 for v in floats):
                reason = "signed number"
            if reason is None and bare_number_list(text, len(floats)):
                reason = "bare list of number words"
            if reason:
                h.drop(reason)
                continue
            spelled = tuple(Want(v, v) for v in floats)
            h.add(Case(f"extract_spellout_values.py:{elt.lineno}", text, spelled, "all"))
    return h


DUCKLING_JAR = "duckling/jars/duckling-0.4.23.jar"
DUCKLING_CORPORA = (
    "languages/en/corpus/numbers.clj",
    "languages/en/corpus/finance.clj",
    "languages/ru/corpus/numbers.clj",
)
DUCKLING_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|;[^\n]*|\((\w+)\s+([^()]*)\)')
DUCKLING_CURRENCIES = {**CURRENCIES, "inr": "INR"}


def duckling_form(kind: str, args: str) -> Want | str:
    """The expectation of a corpus form, or why it is out of scope."""
    parts = re.findall(r'"[^"]*"|\S+', args)
    if kind == "ordinal":
        return "ordinal"
    value = float(parts[0])
    if value < 0:
        return "signed number"
    if kind == "number":
        return Want(value, value)
    if kind == "money":
        if len(parts) == 1:
            return Want(value, value)  # an amount without a currency ("bucks")
        raw = parts[1].strip('"')
        if raw.casefold() == "cent":
            return "money in subunits"
        code = DUCKLING_CURRENCIES.get(raw.casefold())
        if code is None:
            return "currency outside scope"
        return Want(value, value, None, code)
    return f"dimension {kind}"


def load_duckling(files: Files) -> Harvest:
    h = Harvest()
    with zipfile.ZipFile(io.BytesIO(files[DUCKLING_JAR])) as jar:
        for path in DUCKLING_CORPORA:
            corpus = jar.read(path).decode("utf-8")
            pending: list[tuple[str, int]] = []
            for m in DUCKLING_TOKEN.finditer(corpus):
                line = corpus.count("\n", 0, m.start()) + 1
                if m.group(1) is not None:
                    pending.append((m.group(1), line))
                elif m.group(2) is not None:
                    want = duckling_form(m.group(2), m.group(3))
                    for text, at in pending:
                        reason = want if isinstance(want, str) else duckling_text_scope(text)
                        if reason:
                            h.drop(reason)
                        else:
                            assert isinstance(want, Want)
                            h.add(Case(f"{path}:{at}", text, (want,), "all"))
                    pending = []
    return h


def duckling_text_scope(text: str) -> str | None:
    if re.fullmatch(r"0\d+(?:\.\d+)?", text.strip()):
        return "zero-padded digits"
    if re.search(r"\d\s*[GГ]$", text.strip()):
        return "SI prefix G"
    return text_scope(text)


NP_KEEP = frozenset(
    {
        "test_parse_number",
        "test_parse_number_digits",
        "test_parse_basic_sentences",
        "test_parse_case_of_string",
        "test_parse_separators_and_spacing",
    }
)
NP_FILES = {
    "tests/test_language_en.py": "en",
    "tests/test_language_ru.py": "ru",
    "tests/test_number_parsing.py": None,
}


def load_number_parser(files: Files) -> Harvest:
    h = Harvest()
    for path in sorted(files):
        match = re.fullmatch(r"tests/data/(hundreds|permutations)/(en|ru)_[\w-]+\.csv", path)
        if not match:
            continue
        for n, row in enumerate(csv.DictReader(io.StringIO(text_of(files, path))), start=2):
            text, value = row["text"], float(row["number"])
            reason = text_scope(text)
            if reason:
                h.drop(reason)
            else:
                h.add(Case(f"{path}:{n}", text, (Want(value, value),), "all"))
    for path, file_lang in NP_FILES.items():
        for func, names, rows, line in parametrized(text_of(files, path)):
            if func not in NP_KEEP:
                h.dropped[_np_reason(func)] += len(rows)
                continue
            for params in rows:
                args = dict(zip(names, params, strict=True))
                lang = args.get("lang", file_lang)
                text, expected = str(args["test_input"]), args["expected"]
                if lang not in ("en", "ru", None):
                    h.drop("language other than English or Russian")
                    continue
                if expected is None:
                    h.drop("expects 'not a number' from a whole-string converter")
                    continue
                if isinstance(expected, str):  # parse(): words replaced by digits
                    values = [float(v) for v in re.findall(r"\d+(?:\.\d+)?", expected)]
                elif isinstance(expected, int | float):
                    values = [float(expected)]
                else:
                    h.drop("unreadable expectation")
                    continue
                reason = text_scope(text)
                if reason is None and bare_number_list(text, len(values)):
                    reason = "bare list of number words"
                if reason:
                    h.drop(reason)
                    continue
                wants = tuple(Want(v, v) for v in values)
                h.add(Case(f"{path}:{line}", text, wants, "all"))
    return h


def _np_reason(func: str) -> str:
    for key, reason in (
        ("ordinal", "ordinal"),
        ("fraction", "fraction written as a division"),
        ("ambiguity", "bare list of number words"),
    ):
        if key in func:
            return reason
    return f"not a parsing test ({func})"


NUMPARSE_FILE = "num_parse/tests/test_num_parsing.py"
NUMPARSE_UNITS: dict[str, str | None] = {
    "dollar": "USD",
    "dollars": "USD",
    "year": None,
    "years": None,
}


def _numparse_value(node: ast.expr, env: dict[str, ast.expr]) -> tuple[Want, ...] | str:
    """The expected value of an ``assertEqual``, or why it is out of scope."""
    if isinstance(node, ast.Name):
        if node.id not in env:
            return "unreadable expectation"
        node = env[node.id]
    if isinstance(node, ast.Constant | ast.UnaryOp):
        value = ast.literal_eval(node)
        if not isinstance(value, int | float):
            return "unreadable expectation"
        if value < 0:
            return "signed number"
        return (Want(float(value), float(value)),)
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
        return "unreadable expectation"
    if node.func.id != "RangeValue":
        return "unreadable expectation"
    ends: list[tuple[float, str | None]] = []
    for q in node.args:
        if not (isinstance(q, ast.Call) and q.args):
            return "unreadable expectation"
        value = ast.literal_eval(q.args[0])
        unit_name = ast.literal_eval(q.args[1]) if len(q.args) > 1 else None
        if unit_name is not None and unit_name not in NUMPARSE_UNITS:
            return "unit of measure"
        ends.append((float(value), NUMPARSE_UNITS.get(unit_name) if unit_name else None))
    if not ends:
        return "unreadable expectation"
    (low, unit), (high, _) = ends[0], ends[-1]
    if low < 0 or high < 0:
        return "signed number"
    qualifier = "between" if low != high else None
    return (Want(min(low, high), max(low, high), qualifier, unit),)


def load_numparse(files: Files) -> Harvest:
    h = Harvest()
    tree = ast.parse(text_of(files, NUMPARSE_FILE))
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef):
            continue
        env: dict[str, ast.expr] = {}
        for stmt in func.body:
            if (
                isinstance(stmt, ast.Assign)
                and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Name)
            ):
                env[stmt.targets[0].id] = stmt.value
                continue
            if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)):
                continue
            call = stmt.value
            method = call.func.attr if isinstance(call.func, ast.Attribute) else ""
            if method != "assertEqual":
                if method.startswith("assert"):
                    h.drop("not an equality expectation")
                continue
            got, expected = call.args[0], call.args[1]
            if not (isinstance(got, ast.Call) and got.args):
                continue
            arg = got.args[0]
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                h.drop("input is not text")
                continue
            text = arg.value
            result = _numparse_value(expected, env)
            reason = result if isinstance(result, str) else text_scope(text)
            if reason:
                h.drop(reason)
            else:
                assert not isinstance(result, str)
                h.add(Case(f"{NUMPARSE_FILE}:{stmt.lineno}", text, result, "all"))
    return h


NATASHA_FILE = "tests/test_money.py"


def load_natasha(files: Files) -> Harvest:
    h = Harvest()
    for var, node in module_lists(text_of(files, NATASHA_FILE)):
        if var != "tests":
            continue
        for elt in node.elts:
            text, target = ast.literal_eval(elt)
            amount, code = str(target).split()
            if code not in ("RUB", "USD", "EUR", "GBP"):
                h.drop("currency outside scope")
                continue
            want = Want(float(amount), float(amount), None, code)
            h.add(Case(f"{NATASHA_FILE}:{elt.lineno}", str(text), (want,), "contains"))
    return h


PRICE_FILE = "tests/test_price_parsing.py"


def load_price_parser(files: Files) -> Harvest:
    h = Harvest()
    for var, node in module_lists(text_of(files, PRICE_FILE)):
        if not var.startswith("PRICE_PARSING"):
            continue
        for elt in node.elts:
            if not (isinstance(elt, ast.Call) and len(elt.args) >= 5):
                continue
            _hint, raw, currency, _text, amount = (literal(a) for a in elt.args[:5])
            if len(elt.args) > 5 or elt.keywords:
                h.drop("needs a decimal-separator hint")
                continue
            if not isinstance(amount, int | float) or not isinstance(raw, str):
                h.drop("no amount expected")
                continue
            code = currency_code(currency if isinstance(currency, str) else None)
            if code is None:
                h.drop("currency outside scope or none")
                continue
            assert isinstance(currency, str)
            if currency.strip().casefold() not in raw.casefold():
                h.drop("currency only in the hint, not in the text")
                continue
            value = float(amount)
            want = Want(value, value, None, code)
            h.add(Case(f"{PRICE_FILE}:{elt.lineno} ({var})", raw, (want,), "contains"))
    return h


SUITES: tuple[Suite, ...] = (
    Suite(
        "quantulum3",
        "quantulum3",
        "0.10.0",
        "sdist",
        lambda p: p.startswith(QUANTULUM_DIR),
        load_quantulum3,
    ),
    Suite("duckling", "duckling", "1.8.0", "wheel", lambda p: p == DUCKLING_JAR, load_duckling),
    Suite(
        "number-parser",
        "number-parser",
        "0.3.2",
        "sdist",
        lambda p: p.startswith("tests/"),
        load_number_parser,
    ),
    Suite("numparse", "NumParse", "0.1.1", "sdist", lambda p: p == NUMPARSE_FILE, load_numparse),
    Suite("natasha", "natasha", "1.6.0", "sdist", lambda p: p == NATASHA_FILE, load_natasha),
    Suite(
        "price-parser",
        "price-parser",
        "0.5.1",
        "sdist",
        lambda p: p == PRICE_FILE,
        load_price_parser,
    ),
)


# -- fetching -------------------------------------------------------------------------------


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _archive_in(folder: Path, suite: Suite) -> Path | None:
    """The suite's sdist or wheel in ``folder``, if pip has already put it there."""
    prefix = _canonical(f"{suite.package}-{suite.version}") + "-"
    suffixes = (".whl",) if suite.dist == "wheel" else (".tar.gz", ".zip")
    if not folder.is_dir():
        return None
    for path in sorted(folder.iterdir()):
        if _canonical(path.name).startswith(prefix) and path.name.endswith(suffixes):
            return path
    return None


def fetch(suite: Suite, cache: Path, offline: bool) -> Path:
    """The suite's archive in the cache, downloaded with pip when missing."""
    folder = cache / f"{suite.name}-{suite.version}"
    found = _archive_in(folder, suite)
    if found:
        return found
    if offline:
        raise SuiteError(f"{suite.package}=={suite.version} is not in {folder} (--offline)")
    folder.mkdir(parents=True, exist_ok=True)
    binary = ["--only-binary", ":all:"] if suite.dist == "wheel" else ["--no-binary", suite.package]
    cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", *binary]
    cmd += ["-d", str(folder), f"{suite.package}=={suite.version}"]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    found = _archive_in(folder, suite)
    if done.returncode != 0 or found is None:
        tail = "\n".join(done.stderr.strip().splitlines()[-5:])
        raise SuiteError(f"pip could not download {suite.package}=={suite.version}: {tail}")
    return found


def text_of(files: Files, path: str) -> str:
    return files[path].decode("utf-8")


def read_files(archive: Path, wanted: Callable[[str], bool]) -> Files:
    """The wanted members of an sdist or wheel, keyed by their path below the top folder."""
    files: Files = {}
    if archive.name.endswith(".tar.gz"):
        with tarfile.open(archive, "r:gz") as tar:
            for member in tar.getmembers():
                path = member.name.split("/", 1)[-1]
                handle = tar.extractfile(member) if member.isfile() and wanted(path) else None
                if handle is not None:
                    files[path] = handle.read()
    else:
        top = not archive.name.endswith(".whl")  # an sdist zip has a top folder, a wheel not
        with zipfile.ZipFile(archive) as zf:
            for name in zf.namelist():
                path = name.split("/", 1)[-1] if top else name
                if not name.endswith("/") and wanted(path):
                    files[path] = zf.read(name)
    return files


# -- scoring --------------------------------------------------------------------------------


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-12)


def matches(found: Quantity, want: Want, values_only: bool = False) -> bool:
    return (
        close(found.low, want.low)
        and close(found.high, want.high)
        and (values_only or want.qualifier is None or found.qualifier == want.qualifier)
        and (values_only or want.unit is None or found.unit == want.unit)
    )


def low_end_matches(found: Quantity, want: Want, values_only: bool = False) -> bool:
    """A single-target suite names the first amount of a price range ("From 26 to 50 €"
    -> 26): a range whose low end is that amount (in its currency) agrees."""
    return (
        want.low == want.high
        and found.qualifier == "between"
        and close(found.low, want.low)
        and (values_only or want.unit is None or found.unit == want.unit)
    )


def agrees(case: Case, found: Sequence[Quantity], values_only: bool = False) -> bool:
    """Whether the figures found agree with the case (``values_only``: low and high alone)."""
    if case.mode == "contains":
        return all(
            any(matches(f, w, values_only) or low_end_matches(f, w, values_only) for f in found)
            for w in case.wants
        )
    return len(found) == len(case.wants) and all(
        matches(f, w, values_only) for f, w in zip(found, case.wants, strict=True)
    )


def number(value: float) -> str:
    return f"{value:.12g}"


def show_found(q: Quantity) -> str:
    value = number(q.low) if q.low == q.high else f"{number(q.low)}..{number(q.high)}"
    return " ".join(p for p in (q.qualifier, value, q.unit, repr(q.text)) if p)


@dataclass(frozen=True, slots=True)
class SuiteResult:
    suite: Suite
    dropped: Counter[str]
    total: int
    agreed: int
    values_agreed: int
    failures: list[tuple[Case, list[Quantity]]]


def run_suite(suite: Suite, cache: Path, offline: bool) -> SuiteResult:
    archive = fetch(suite, cache, offline)
    files = read_files(archive, suite.wanted)
    try:
        harvest = suite.load(files)
    except (KeyError, ValueError, SyntaxError, zipfile.BadZipFile) as exc:
        raise SuiteError(f"cannot read the cases of {archive.name}: {exc!r}") from exc
    failures: list[tuple[Case, list[Quantity]]] = []
    values_agreed = 0
    for case in harvest.kept:
        found = parse_quantities(case.text)
        values_agreed += agrees(case, found, values_only=True)
        if not agrees(case, found):
            failures.append((case, found))
    total = len(harvest.kept)
    agreed = total - len(failures)
    return SuiteResult(suite, harvest.dropped, total, agreed, values_agreed, failures)


def share(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def print_text(results: Sequence[SuiteResult], show_failures: bool) -> None:
    print(
        f"{'suite':14} {'package':22} {'read':>5} {'out':>5} {'in':>5} "
        f"{'agree':>6} {'share':>6} {'values':>7} {'share':>6}"
    )

    def line(name: str, package: str, out: int, total: int, agreed: int, values: int) -> None:
        print(
            f"{name:14} {package:22} {total + out:5d} {out:5d} {total:5d} "
            f"{agreed:6d} {share(agreed, total)} {values:7d} {share(values, total)}"
        )

    for r in results:
        package = f"{r.suite.package}=={r.suite.version}"
        out = sum(r.dropped.values())
        line(r.suite.name, package, out, r.total, r.agreed, r.values_agreed)
    line(
        "overall",
        "",
        sum(sum(r.dropped.values()) for r in results),
        sum(r.total for r in results),
        sum(r.agreed for r in results),
        sum(r.values_agreed for r in results),
    )
    print("(read = cases in the files; out = out of scope; in = scored; agree = full agreement;")
    print(" values = agreement on low and high alone, qualifier and unit not compared)")
    print("\nout of scope, by reason:")
    for r in results:
        reasons = ", ".join(f"{k} {v}" for k, v in r.dropped.most_common())
        print(f"  {r.suite.name}: {reasons or '-'}")
    if show_failures:
        for r in results:
            for case, found in r.failures:
                print(f"\n[{r.suite.name}] {case.source} ({case.mode}): {case.text!r}")
                print(f"  expected: {'; '.join(w.show() for w in case.wants) or '(no figure)'}")
                print(f"  found:    {'; '.join(show_found(q) for q in found) or '(no figure)'}")


def as_json(results: Sequence[SuiteResult], show_failures: bool) -> str:
    doc: dict[str, object] = {
        "suites": {
            r.suite.name: {
                "package": r.suite.package,
                "version": r.suite.version,
                "dist": r.suite.dist,
                "in_scope": r.total,
                "out_of_scope": sum(r.dropped.values()),
                "out_of_scope_reasons": dict(r.dropped.most_common()),
                "agree": r.agreed,
                "share": r.agreed / r.total if r.total else None,
                "values_agree": r.values_agreed,
            }
            for r in results
        },
        "overall": {
            "in_scope": sum(r.total for r in results),
            "agree": sum(r.agreed for r in results),
            "values_agree": sum(r.values_agreed for r in results),
        },
    }
    if show_failures:
        doc["failures"] = [
            {
                "suite": r.suite.name,
                "source": case.source,
                "mode": case.mode,
                "text": case.text,
                "expected": [w.show() for w in case.wants],
                "found": [show_found(q) for q in found],
            }
            for r in results
            for case, found in r.failures
        ]
    return json.dumps(doc, ensure_ascii=False, indent=2)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="where archives are kept")
    ap.add_argument("--suite", action="append", choices=[s.name for s in SUITES], help="only these")
    ap.add_argument("--show-failures", action="store_true", help="list the cases that disagree")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--offline", action="store_true", help="use the cache only, never pip")
    args = ap.parse_args(argv)

    chosen = [s for s in SUITES if not args.suite or s.name in args.suite]
    try:
        results = [run_suite(s, args.cache.expanduser(), args.offline) for s in chosen]
    except SuiteError as exc:
        print(f"quantity_outside: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(as_json(results, args.show_failures))
    else:
        print_text(results, args.show_failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
