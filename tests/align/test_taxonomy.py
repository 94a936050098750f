"""Topic lists are editable TOML resources; a broken one gives a clear message."""
import pytest

from reportdesk.align import TaxonomyError, bundled_taxonomies, load_taxonomy

EDUCATION_IDS = ("party", "moral", "teachers", "facilities", "reform", "quality", "preschool", "equity",
                 "highvoc", "aid", "safety", "sports", "digital", "burden", "governance", "brand", "other")


def test_bundled_lists():
    education, government = bundled_taxonomies()
    assert education.ids == EDUCATION_IDS
    assert education.topic("teachers").name == "教师队伍"
    assert dict(education.topic("burden").weights)["双减"] == 3.0
    assert {"economy", "innovation", "industry", "reform", "opening", "rural", "urban", "ecology", "culture",
            "education", "health", "employment", "livelihood", "security", "government", "other"} == set(government.ids)


def test_user_list_gets_an_other_topic(tmp_path):
    path = tmp_path / "我的主题.toml"
    path.write_text('id = "mine"\nname = "自定义"\n[[topics]]\nid = "a"\nname = "甲"\nwords = ["甲方"]\n',
                    encoding="utf-8")
    taxonomy = load_taxonomy(path)
    assert taxonomy.ids == ("a", "other") and taxonomy.topic("a").weights == (("甲方", 1.0),)


@pytest.mark.parametrize("content, fragment", [
    ("id = 'x'\n[[topics]\n", "格式有误"),
    ("id = 'x'\n", "没有任何主题"),
    ("[[topics]]\nid = 'a'\n[[topics]]\nid = 'a'\n", "重复"),
])
def test_broken_lists_say_what_is_wrong(tmp_path, content, fragment):
    path = tmp_path / "坏.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(path)
    assert "坏.toml" in str(info.value) and fragment in str(info.value)
