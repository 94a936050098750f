import numpy as np

from reportdesk.text.similarity import cosine_matrix, tfidf_matrix, title_similarity


def test_tfidf_rows_are_unit_length_and_cosine_behaves():
    docs = [("党建", "党组织", "党员"), ("党建", "党组织", "党员"), ("足球", "体育"), ()]
    m = tfidf_matrix(docs)
    assert np.allclose(np.linalg.norm(m[:3], axis=1), 1.0) and not m[3].any()
    sims = cosine_matrix(m)
    assert sims[0, 1] > 0.999 and sims[0, 2] < 0.01


def test_title_similarity():
    assert title_similarity("加强教师队伍建设", "加强教师队伍建设") == 1.0
    assert title_similarity("加强教师队伍建设", "积极强化队伍建设") > 0.3
    assert title_similarity("加强教师队伍建设", "全民健身蓬勃发展") == 0.0
