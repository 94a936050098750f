"""Inputs that used to end in a traceback or a generic 内部错误 each get one plain sentence
(issue 23, item 7): a project nested past reason, a NUL in a path, an RTF code page nothing
knows, a unit template without page setup, a topic-list path that is binary or absurdly long."""
import docx
import pytest

from reportdesk.align.taxonomy import TaxonomyError, taxonomy_for
from reportdesk.export.docx_writer import check_template
from reportdesk.ingest import read_document
from reportdesk.workspace.project import ProjectError, load_project


def test_a_project_nested_1500_levels_deep_is_called_damaged(tmp_path):
    path = tmp_path / "深.rdproj"
    path.write_text('{"format": "reportdesk-project", "version": 2, "pins": ' + "[" * 1500 + "]" * 1500 + "}",
                    encoding="utf-8")
    with pytest.raises(ProjectError, match="内容已损坏"):
        load_project(path)


def test_a_nul_in_a_path_is_named_as_such(tmp_path):
    with pytest.raises(ProjectError, match="无效的空字符"):
        load_project(str(tmp_path / "a\x00b.rdproj"))
    with pytest.raises(TaxonomyError, match="无效的空字符"):
        taxonomy_for(str(tmp_path / "a\x00b.toml"))


def test_a_binary_or_absurdly_long_topic_list_path(tmp_path):
    binary = tmp_path / "主题表.toml"
    binary.write_bytes(b"\xff\xfe\x00\x01\x02 not text")
    with pytest.raises(TaxonomyError, match="不是文本文件"):
        taxonomy_for(str(binary))
    with pytest.raises(TaxonomyError) as info:
        taxonomy_for(str(tmp_path / ("x" * 100_000 + ".toml")))
    assert len(str(info.value)) < 300 and "无法读取主题表" in str(info.value)


def test_an_rtf_with_a_code_page_nothing_knows_is_read_as_chinese_and_says_so(tmp_path):
    path = tmp_path / "总结.rtf"
    path.write_bytes(rb"{\rtf1\ansi\ansicpg99999\deff0 {\fonttbl{\f0 SimSun;}}\f0 \'d6\'d0\'ce\'c4\'b1\'a8\'b8\'e6\par}")
    document = read_document(path)
    assert document.paragraphs[0].text.strip() == "中文报告"
    assert any("代码页 99999" in w for w in document.warnings)


def test_a_unit_template_without_page_setup_is_given_one(tmp_path):
    template = tmp_path / "单位模板.docx"
    document = docx.Document()
    document.element.body.remove(document.element.body.sectPr)
    document.save(str(template))
    messages = check_template(template)
    assert any("没有页面设置" in m for m in messages)
