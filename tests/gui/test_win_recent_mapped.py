"""Recent files keep the mapped drive the user opened them from (a link stands in for Z:\\ here:
Path.resolve() follows it as it turns Z:\\… into \\\\server\\share\\… on Windows)."""
import pytest


def test_recent_files_keep_the_drive_the_user_opened_them_from(load, window, seeds_dir, tmp_path):
    share = tmp_path / "server" / "share"
    share.mkdir(parents=True)
    (share / "甲县.txt").write_bytes((seeds_dir / "004_61d6fe56185b419c.txt").read_bytes())
    try:
        (tmp_path / "Z").symlink_to(share, target_is_directory=True)
    except OSError as err:  # Windows without the right to make links
        pytest.skip(f"no symbolic links here: {err}")
    load(tmp_path / "Z" / "甲县.txt")
    assert window.settings.recent_files[0] == str(tmp_path / "Z" / "甲县.txt")
