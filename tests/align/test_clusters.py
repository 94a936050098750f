"""Groups for reports no topic list fits: few, named by shared words, none holding most of the text."""
from collections import Counter

from reportdesk.align.clusters import MAX_GROUPS, cluster_topics
from reportdesk.align.units import report_refs, section_refs
from conftest import parsed

SUBJECTS = {
    "护理": "护理质量稳步提高。优质护理服务病房全覆盖，护士规范化培训，护理质量控制，护理人员培训。",
    "药事": "药事管理不断规范。药品采购，合理用药，处方点评，药事管理委员会，抗菌药物管理。",
    "院区": "加快新院区建设。新院区主体工程，床位扩容，院区基建，门诊楼建设，病房楼建设。",
    "信息": "推进智慧医院建设。互联网诊疗平台上线，电子病历，信息系统，远程会诊，智慧服务。",
}


def hospital(name, order, extra=""):
    lines = [f"{name}2023年工作总结", "一、主要工作"]
    for k, key in enumerate(order, 1):
        lines.append(f"（{'一二三四五'[k - 1]}）{SUBJECTS[key]}")
    if extra:
        lines.append(f"1.{extra}")
    return parsed(f"{name}.txt", *lines)


def groups(files):
    refs = [s for r in report_refs(files) for s in section_refs(r)]
    taxonomy, assignments = cluster_topics(refs)
    names = dict((t.id, t.name) for t in taxonomy.topics)
    return refs, {r.section.title: names[a.topic] for r, a in zip(refs, assignments)}, taxonomy, assignments


def test_the_same_subject_in_several_reports_is_one_group_named_by_its_shared_words():
    files = [hospital(n, order) for n, order in (("甲医院", "护理 药事 院区 信息".split()),
                                                  ("乙医院", "院区 护理 信息 药事".split()),
                                                  ("丙医院", "信息 院区 药事 护理".split()),
                                                  ("丁医院", "药事 信息 护理 院区".split()))]
    refs, by_title, taxonomy, assignments = groups(files)
    per_subject = {}
    for r, a in zip(refs, assignments):
        per_subject.setdefault(r.section.title, set()).add(a.topic)
    assert all(len(topics) == 1 for topics in per_subject.values())
    assert len(taxonomy.topics) <= MAX_GROUPS
    assert "护理" in by_title["护理质量稳步提高"]
    assert all(word in "药事管理不断规范" for word in by_title["药事管理不断规范"].split("·"))  # the words of its headings


def test_no_group_holds_most_of_the_text():
    general = "坚持高质量发展，全面提升工作水平，狠抓落实，取得明显成效，各项工作稳步推进，群众满意度不断提高。" * 3
    files = []
    for k, name in enumerate(("甲医院", "乙医院", "丙医院", "丁医院", "戊医院")):
        lines = [f"{name}2023年工作总结", "一、主要工作"]
        lines += [f"（{c}）扎实推进第{c}项工作。{general}" for c in "一二三四"]
        lines.append(f"（五）{SUBJECTS['护理']}")
        files.append(parsed(f"{name}.txt", *lines))
    refs, _, _, assignments = groups(files)
    share = Counter()
    for r, a in zip(refs, assignments):
        share[a.topic] += len(r.section.full_text())
    assert max(share.values()) <= 0.5 * sum(share.values())


def test_a_sub_section_joins_the_group_of_its_own_content():
    files = [hospital(n, order, extra="智慧医院互联网诊疗平台上线，电子病历信息系统，远程会诊智慧服务。" if n == "甲医院" else "")
             for n, order in (("甲医院", "护理 药事 院区 信息".split()), ("乙医院", "院区 护理 信息 药事".split()),
                              ("丙医院", "信息 院区 药事 护理".split()))]
    refs, by_title, _, assignments = groups(files)
    topic = {r.section.title: a.topic for r, a in zip(refs, assignments) if r.report_id.startswith("甲")}
    sub = next(r for r in refs if r.parent_key is not None)
    assert topic[sub.section.title] == topic["推进智慧医院建设"]
