"""Report names and regions in an alignment: unique in the set, and the user's corrections."""
from reportdesk.align import Pins, align_files, bundled_taxonomies, repin
from conftest import parsed

EDUCATION = bundled_taxonomies()[0]
LINES = ("2021年教育工作总结", "溆浦县教育局", "一、主要工作", "（一）加强教师队伍建设。招聘教师，培训教师。")


def test_labels_are_names_unique_in_the_set_and_never_file_names():
    files = [parsed("a91621add47653ec.txt", *LINES), parsed("b/a91621add47653ec.txt", *LINES),
             parsed("c.txt", "2021年教育工作总结", "一、主要工作", "（一）建设学校。正文。")]
    labels = [r.label for r in align_files(files, EDUCATION).reports]
    assert labels == ["溆浦县教育局 2021", "溆浦县教育局 2021（2）", "2021年教育工作总结"]


def test_rename_and_set_region_reach_every_reader_and_can_be_undone():
    files = [parsed("a.txt", *LINES), parsed("b.txt", "2021年教育工作总结", "一、主要工作", "（一）建设学校。正文。")]
    base = align_files(files, EDUCATION)
    a, b = (r.id for r in base.reports)
    pins = Pins().rename(a, "溆浦 2021 全年").set_region(b, "芙蓉区")
    for alignment in (align_files(files, EDUCATION, pins), repin(base, pins)):
        ref_a, ref_b = alignment.reports
        assert ref_a.label == "溆浦 2021 全年" and ref_a.report.region == "溆浦县"
        assert ref_b.report.region == "芙蓉区" and ref_b.label == "芙蓉区 2021"  # renamed by its new region
    undone = repin(repin(base, pins), pins.rename(a, None).set_region(b, None))
    assert [r.label for r in undone.reports] == [r.label for r in base.reports]
    assert [r.report for r in undone.reports] == [r.report for r in base.reports]


def test_a_region_can_be_cleared():
    alignment = align_files([parsed("a.txt", *LINES)], EDUCATION, Pins().set_region("a.txt#1", ""))
    assert alignment.reports[0].report.region is None


def test_names_and_regions_are_kept_in_the_project_data_and_old_data_still_reads():
    pins = Pins().move("a.txt#1/1.1", "party").rename("a.txt#1", "甲").set_region("a.txt#1", "长葛市")
    assert Pins.from_dict(pins.to_dict()) == pins
    assert Pins.from_dict({"moves": [["a.txt#1/1.1", "party"]], "pairs": []}).names == ()
    assert "names" not in Pins().to_dict()
