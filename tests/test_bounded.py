"""Work in the window's process is bounded whatever a file holds (issue 23, item 6): the
grouping that chooses a topic list, the similarity groups, the 要点 candidates, and a name
that is a pipe or a device instead of a file."""
import os
import sys
import threading

import pytest

import reportdesk.align.choose as choose
import reportdesk.align.clusters as clusters
import reportdesk.compare.points as points
from reportdesk.align import align_files
from reportdesk.jobs import parse_files
from reportdesk.model import Document, Paragraph, ParsedFile
from reportdesk.structure import build_reports


def parsed(name, *lines):
    return ParsedFile(name, "UTF-8", None, build_reports(Document(name, tuple(Paragraph(t) for t in lines), "UTF-8")))


def recorded(monkeypatch, module, name):
    """Wrap module.name to record the number of rows each call gets."""
    original, rows = getattr(module, name), []

    def wrapper(items, *args, **kwargs):
        rows.append(len(items))
        return original(items, *args, **kwargs)
    monkeypatch.setattr(module, name, wrapper)
    return rows


def test_a_report_of_thousands_of_headings_is_grouped_on_a_bounded_sample(monkeypatch):
    monkeypatch.setattr(clusters, "MAX_UNITS", 50)
    monkeypatch.setattr(choose, "MAX_UNITS", 50)
    rows = recorded(monkeypatch, choose, "section_vectors")
    many = parsed("多.txt", "2021年工作总结", *(f"{'一二三四五六七八九'[k % 9]}、加强学校管理第{k}项" for k in range(400)))
    alignment = align_files([many])
    assert rows and max(rows) <= 50
    assert sum(p.chars for p in alignment.passages) > 400 * 8  # every heading is still read


def test_the_points_of_a_topic_weigh_a_bounded_number_of_sentences(monkeypatch):
    monkeypatch.setattr(points, "MAX_CANDIDATES", 40)
    rows = recorded(monkeypatch, points, "tfidf_matrix")
    body = "".join(f"加强教师队伍建设，开展教师培训第{k}次，培训骨干教师{k}人。" for k in range(500))
    alignment = align_files([parsed("甲.txt", "2021年工作总结", "一、主要成效", "（一）加强教师队伍建设。" + body),
                             parsed("乙.txt", "2021年工作总结", "一、主要成效", "（一）加强教师队伍建设。" + body[:400])])
    table = points.distinctive_points(alignment)
    assert table.cells and rows and max(rows) <= 2 * 40


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_pipe_given_by_name_is_refused_at_once(tmp_path, seeds_dir):
    pipe = tmp_path / "报告.txt"
    os.mkfifo(pipe)
    result = {}
    worker = threading.Thread(target=lambda: result.update(files=parse_files([pipe, seeds_dir / "004_61d6fe56185b419c.txt"],
                                                                             isolate=False, cache=True)), daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive(), "opening a pipe hung"
    errors = [f.error for f in result["files"] if f.error]
    assert len(errors) == 1 and "不是普通文件" in errors[0]
    assert any(f.reports for f in result["files"])


def test_similarity_groups_are_made_from_a_bounded_sample(monkeypatch):
    from reportdesk.align.passage_topics import section_passages
    from reportdesk.align.units import report_refs, section_refs

    monkeypatch.setattr(clusters, "MAX_UNITS", 30)
    many = parsed("多.txt", "2021年工作总结", *(f"{'一二三四五六七八九'[k % 9]}、病房第{k}号床位消毒" for k in range(200)))
    reports = report_refs([many])
    refs = [s for r in reports for s in section_refs(r)]
    taxonomy, assignments = clusters.cluster_topics(refs)
    assert len(refs) == 200 and len(assignments) <= 30
    passages, topics = section_passages(reports, refs, assignments)  # every passage still has a topic
    assert len(topics) == len(passages) and {t.topic for t in topics} <= {t.id for t in taxonomy.topics}
