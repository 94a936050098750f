"""`reportdesk --selftest`: check that this installation (or frozen build) works, without a screen.

Parses the bundled example reports, aligns them, extracts the figures, exports a Word file
into a temporary folder whose name has Chinese characters and a space, reads it back, and
renders Chinese text with Qt offscreen. One line per step; exit status 0 or 1.
"""
from __future__ import annotations

import sys
import tempfile
import time
import traceback
from pathlib import Path


def _steps():
    from reportdesk.resources import seeds_folder

    state = {}

    def read():
        from reportdesk.jobs import parse_files

        files = parse_files([seeds_folder()])
        errors = [f.error for f in files if f.error]
        reports = sum(len(f.reports) for f in files)
        assert not errors and reports >= 5, errors or "no reports"
        state["files"] = files
        return f"{len(files)} 个文件，{reports} 篇报告"

    def align():
        from reportdesk.align import align_files

        alignment = align_files(state["files"])
        assert alignment.taxonomy_id == "education" and alignment.cells
        state["alignment"] = alignment
        return f"主题表 {alignment.taxonomy_name}，{len(alignment.sections)} 个章节"

    def indicators():
        from reportdesk.indicators.facts import collect_facts

        facts = collect_facts(state["alignment"])
        assert any(f.value == 682 and f.unit == "人" for f in facts)
        return f"{len(facts)} 个数字"

    def export():
        import docx

        from reportdesk.export.run import export_docx

        with tempfile.TemporaryDirectory(prefix="reportdesk-") as tmp:
            target = Path(tmp) / "自检 输出" / "汇编 文档.docx"
            target.parent.mkdir()
            export_docx(state["alignment"], target)
            document = docx.Document(str(target))
            headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
            fonts = document.styles["Normal"].element.xml
            assert "二、工作成效" in headings and 'w:eastAsia="仿宋_GB2312"' in fonts  # 一、基本情况 first
            return f"{len(document.paragraphs)} 段，{target.stat().st_size // 1024} KB"

    def qt():
        from reportdesk.gui.selfcheck import draw_chinese_offscreen

        version, dark = draw_chinese_offscreen()
        assert dark > 20, "Qt drew no text (fonts or plugins missing)"
        return f"Qt {version}，绘制像素 {dark}"

    return [("读取示例报告", read), ("比对主题", align), ("提取数字指标", indicators), ("导出 Word", export),
            ("Qt 界面组件", qt)]


def run_selftest(out=print) -> int:
    failed = 0
    for name, step in _steps():
        started = time.perf_counter()
        try:
            detail = step()
        except Exception as exc:  # every failure is reported, and the next steps still run
            failed += 1
            out(f"FAIL {name}：{exc.__class__.__name__}: {exc}")
            if sys.stderr is not None:
                traceback.print_exc(file=sys.stderr)
            if name in ("读取示例报告", "比对主题"):
                break  # the later steps need these
        else:
            out(f"OK   {name}：{detail}（{time.perf_counter() - started:.2f} 秒）")
    out("自检通过" if not failed else f"自检失败：{failed} 项")
    return 1 if failed else 0
