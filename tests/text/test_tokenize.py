"""Tokenisation: domain terms stay whole, filler goes, results are cached by text."""
import os
import subprocess
import sys
from pathlib import Path

from reportdesk.text.tokenize import tokens

ROOT = Path(__file__).resolve().parents[2]


def test_domain_terms_are_single_words():
    words = tokens("深化县管校聘改革，落实双减政策，做好控辍保学，坚持立德树人、五育并举，推进集团化办学，书记校长一肩挑。")
    for term in ["县管校聘", "双减", "控辍保学", "立德树人", "五育并举", "集团化办学", "一肩挑"]:
        assert term in words


def test_stop_words_numbers_and_punctuation_are_dropped():
    words = tokens("一是进一步加强工作，全年共投入3.5亿元，其中XX县新建学校12所。")
    assert "进一步" not in words and "工作" not in words and "其中" not in words
    assert not any(w[0].isdigit() for w in words) and "，" not in words
    assert "学校" in words and "新建" in words


def test_results_are_cached_by_text():
    text = "推进智慧校园建设，提升教育信息化水平。"
    assert tokens(text) is tokens(text)


def test_jieba_cache_goes_to_the_user_cache_folder(tmp_path):
    env = dict(os.environ, REPORTDESK_CACHE=str(tmp_path))
    code = "from reportdesk.text.tokenize import tokens; tokens('教育')"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, timeout=120)
    assert (tmp_path / "jieba.cache").exists()
