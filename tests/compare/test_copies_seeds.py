"""Copy detection on the seeds, with one seed report machine-spun the way the 003
collection's 训练局 report was (教育 → 训练, 学校 → 单位, other words swapped for
synonyms, the place name and the numbers changed)."""
import re
from pathlib import Path

import pytest

from reportdesk.align.units import report_refs
from reportdesk.compare.copies import find_copies, sentence_form
from reportdesk.compare.formulas import FormulaFinder, bundled_formulas
from reportdesk.compare.sentences import Normaliser, place_names
from reportdesk.jobs import parse_files

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ORIGINAL = "004_61d6fe56185b419c.txt"
SPINS = [("教育", "训练"), ("学校", "单位"), ("溆浦", "泸溪"), ("发展", "进展"), ("推进", "推动"), ("学生", "同学"),
         ("提供", "供应"), ("，", ",")]
FORMULAS = ("以习近平新时代中国特色社会主义思想为指导", "四个意识", "立德树人根本任务", "党史学习教育",
            "在县委、县政府的坚强领导下", "办好人民满意的教育")


def spin(text: str) -> str:
    for old, new in SPINS:
        text = text.replace(old, new)
    return re.sub(r"\d+(?!\d*年)", lambda m: str(int(m.group()) + 7), text)  # years stay


@pytest.fixture(scope="module")
def seeds_and_copy(tmp_path_factory):
    folder = tmp_path_factory.mktemp("spun")
    (folder / "泸溪县.txt").write_text(spin((SEEDS / ORIGINAL).read_text(encoding="utf-8")), encoding="utf-8")
    refs = report_refs(parse_files([SEEDS, folder]))
    original = next(r for r in refs if r.path.endswith(ORIGINAL))
    copy = next(r for r in refs if r.path.endswith("泸溪县.txt"))
    return refs, original, copy, find_copies(refs)


def position(sentence):
    """Where a sentence sits in its report, whatever the report is called."""
    return (sentence.key or "").rsplit("/", 1)[-1], sentence.heading, sentence.start


def test_the_spun_copy_is_found_sentence_by_sentence(seeds_and_copy):
    refs, original, copy, copies = seeds_and_copy
    assert copy.report.region == "泸溪县"
    pair = copies.pair(original.id, copy.id)
    matched = {position(p.a) for p in pair.passages if position(p.a)[:2] == position(p.b)[:2]}
    normaliser = Normaliser(place_names(r.report.region for r in refs))
    finder = FormulaFinder(bundled_formulas(), normaliser)
    expected = [f.sentence for f in copies.findings_of(original.id)  # the sentences long enough to compare
                if len(sentence_form(f.sentence.text, normaliser, finder)[0]) >= copies.options.min_chars
                and f.kind != "boilerplate" and not f.sentence.heading]  # headings are never compared
    found = [s for s in expected if position(s) in matched]
    assert len(expected) > 60 and len(found) / len(expected) >= 0.95
    shares = copies.report_shares(copy.id)
    assert shares.share("copied") >= 0.85 and shares.sources[0][0] == original.id
    assert pair.earlier == original.id  # its date, 2022年1月10日, comes first; the copy's was changed


def test_the_seeds_themselves_copy_little_from_each_other(seeds_and_copy):
    refs, original, copy, copies = seeds_and_copy
    seeds = [r.id for r in refs if r.id != copy.id]
    worst = max(copies.shared_share(a, b) for a in seeds for b in seeds if a != b)
    assert worst < 0.05


def test_the_seeds_political_formulas_are_boilerplate(seeds_and_copy):
    refs, original, copy, copies = seeds_and_copy
    with_formulas = [f for f in copies.findings if f.sentence.report_id != copy.id
                     and any(formula in f.sentence.text for formula in FORMULAS)]
    assert len({f.sentence.report_id for f in with_formulas}) >= 5
    for f in with_formulas:
        marked = f.sentence.text if f.kind == "boilerplate" else "".join(
            f.sentence.text[a:b] for a, b in f.sentence.formulas)
        assert all(formula in marked for formula in FORMULAS if formula in f.sentence.text), f.sentence.text
    # the heading three reports share (（二）全面落实立德树人根本任务) is nothing but a formula
    whole = {f.sentence.report_id for f in with_formulas if f.kind == "boilerplate" and "立德树人" in f.sentence.text}
    assert len(whole) >= 3
