"""The list of who must report: read as a clerk gives it, matched to reports by region, and
each unit's state said the way the window, the workbook and `reportdesk roster` say it."""
import pytest

from reportdesk.model import Report, ReportRef
from reportdesk.roster import Roster, RosterError, parse_units, read_units, roster_status
from reportdesk.roster.render import missing_note, status_rows, summary_lines


def ref(report_id, region, year=2021, period="全年", title="", issuer=None):
    report = Report(title=title or f"{region or ''}{year}年工作总结", region=region, year=year, period=period,
                    issuer=issuer, name=f"{region or title} {year}")
    return ReportRef(report_id, f"/收件/{report_id}.docx", 1, report, as_read=report)


def test_a_pasted_list_keeps_its_order_without_numbers_headers_or_repeats():
    text = "序号\t单位名称\n1\t溆浦县教育局\n2、长葛市\n（3）芙蓉区\n溆浦县教育局\n"
    assert parse_units(text) == ("溆浦县教育局", "长葛市", "芙蓉区")
    assert parse_units("溆浦县、长葛市，芙蓉区；长沙县") == ("溆浦县", "长葛市", "芙蓉区", "长沙县")


def test_a_gbk_text_file_and_an_xlsx_column_are_read(tmp_path):
    (tmp_path / "名单.txt").write_bytes("溆浦县\r\n长葛市\r\n".encode("gbk"))
    assert read_units(tmp_path / "名单.txt") == ("溆浦县", "长葛市")
    from openpyxl import Workbook

    book = Workbook()
    for row in (["序号", "单位名称", "联系人"], [1, "溆浦县教育局", "张三"], [2, "宁夏", "李四"]):
        book.active.append(row)
    book.save(tmp_path / "名单.xlsx")
    assert read_units(tmp_path / "名单.xlsx") == ("溆浦县教育局", "宁夏")


def test_a_file_that_is_no_list_says_so(tmp_path):
    (tmp_path / "空.txt").write_bytes(b"\r\n\r\n")
    with pytest.raises(RosterError, match="没有找到单位名称"):
        read_units(tmp_path / "空.txt")


@pytest.mark.parametrize("unit, region", [("溆浦县教育局", "溆浦县"), ("宁夏", "宁夏回族自治区"), ("长葛", "长葛市"),
                                          ("广西壮族自治区人民政府", "广西壮族自治区")])
def test_units_are_matched_to_regions_however_the_list_writes_them(unit, region):
    status = roster_status((unit, "芙蓉区"), [ref("a", region)])
    assert status.units[0].reports == ("a",) and status.units[0].state == "reported"
    assert status.missing() == ["芙蓉区"]


def test_a_county_is_never_taken_for_the_city_of_the_same_name():
    status = roster_status(("长沙市",), [ref("a", "长沙县")])
    assert status.missing() == ["长沙市"] and status.extra == ("a",)


def test_a_report_without_region_is_matched_by_the_unit_its_title_names():
    status = roster_status(("溆浦县", "长葛市"), [ref("a", None, title="溆浦县2021年教育工作总结")])
    assert status.units[0].reports == ("a",)


def test_twice_another_period_and_the_users_correction():
    refs = [ref("a", "溆浦县"), ref("b", "溆浦县"), ref("c", "长葛市", year=2020), ref("d", "芙蓉区"),
            ref("e", None, title="区教育局工作总结")]
    status = roster_status(("芙蓉区", "溆浦县", "长葛市", "长沙县"), refs)
    states = {u.unit: (u.state, u.note) for u in status.units}
    assert states["溆浦县"] == ("twice", "报送了2份：溆浦县 2021、溆浦县 2021")
    assert states["长葛市"] == ("other_period", "报送的是2020年的报告，本批为2021年")
    assert status.order() == ["d", "a", "b", "c", "e"]  # the list's order, then reports of no unit
    corrected = Roster(("芙蓉区", "溆浦县", "长葛市", "长沙县")).correct("e", "长沙县").correct("b", "")
    status = roster_status(corrected.units, refs, corrected.matches)
    assert status.missing() == [] and status.unit_of("e") == "长沙县" and status.extra == ("b",)
    assert Roster.from_dict(corrected.to_dict()) == corrected


def test_what_the_clerk_reads():
    refs = [ref("a", "溆浦县"), ref("b", "长葛市")]
    status = roster_status(("溆浦县", "长葛市", "芙蓉区", "长沙县"), refs)
    assert summary_lines(status, refs)[:2] == ["应报送 4 个单位，已报送 2 个，未报送 2 个（本批为2021年的报告）。",
                                               "未报送：芙蓉区、长沙县。"]
    assert [row[1:3] for row in status_rows(status, refs)] == [("溆浦县", "已报送"), ("长葛市", "已报送"),
                                                              ("芙蓉区", "未报送"), ("长沙县", "未报送")]
    assert missing_note(status) == "报送名单所列4个单位中，2个未报送：芙蓉区、长沙县。"
