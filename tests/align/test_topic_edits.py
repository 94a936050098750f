"""The topic list as the user edits it: renamed, merged, added and deleted topics, saved as a list."""
import tomllib

from reportdesk.align import align_files, load_taxonomy, repin
from reportdesk.align.edits import edited_taxonomy_toml
from reportdesk.jobs import parse_files
from reportdesk.model import Pins


def test_edits_change_the_rows_and_move_their_sections(seeds_dir, tmp_path):
    alignment = align_files(parse_files([seeds_dir / "004_61d6fe56185b419c.txt"], isolate=False))
    party = [k for c in alignment.cells if c.topic == "party" for k in c.keys]
    pins = Pins().rename_topic("teachers", "师资队伍").merge_topic("party", "governance")
    pins, new = pins.add_topic("专项督导")
    pins = pins.delete_topic("sports")
    edited = repin(alignment, pins)
    topics = dict(edited.topics)
    assert topics["teachers"] == "师资队伍" and "party" not in topics and "sports" not in topics
    assert topics[new] == "专项督导" and [t for t, _ in edited.topics][-2:] == [new, "other"]
    governance = {k for c in edited.cells if c.topic == "governance" for k in c.keys}
    assert party and set(party) <= governance  # what was on the merged topic is on its target now
    assert not any(c.topic in ("party", "sports") for c in edited.cells)
    assert repin(edited, Pins()).topics == alignment.topics  # undone: the list as it was
    again = Pins.from_dict(pins.to_dict())
    assert again == pins and repin(alignment, again).topics == edited.topics
    text = edited_taxonomy_toml(edited, "", pins)
    saved = tmp_path / "修改后的主题表.toml"
    saved.write_text(text, encoding="utf-8")
    listed = load_taxonomy(saved)
    assert [t.id for t in listed.topics] == [t for t, _ in edited.topics]
    governance = dict(listed.topic("governance").weights)
    assert "党建" in governance  # the merged topic's words speak for its target
    assert tomllib.loads(text)["name"].endswith("（修改）")


def test_a_report_taken_out_leaves_the_set_and_comes_back(seeds_dir):
    files = parse_files([seeds_dir], isolate=False)
    everyone = align_files(files)
    gone = everyone.reports[0].id
    without = align_files(files, None, Pins().exclude(gone))
    assert gone not in {r.id for r in without.reports} and len(without.reports) == len(everyone.reports) - 1
    assert not any(c.report_id == gone for c in without.cells)
    back = align_files(files, None, Pins().exclude(gone).exclude(gone, False))
    assert [r.id for r in back.reports] == [r.id for r in everyone.reports]
