"""Explorer starts `reportdesk.exe C:\\…\\报告.docx` for a file dropped on the program or its
shortcut, and for 打开方式: paths as the first arguments open the window on them, while the
commands and options keep their meaning."""
import pytest

import reportdesk.gui.app
from reportdesk.cli import main


@pytest.fixture
def window_opened(monkeypatch):
    opened = []
    monkeypatch.setattr(reportdesk.gui.app, "run_gui", lambda paths, *rest: opened.append(paths) or 0)
    return opened


@pytest.mark.parametrize("paths", [
    [r"C:\Users\李明\Desktop\2023年工作总结\报告.docx"],
    [r"C:\Users\李明\Desktop\报告.docx", r"D:\材料\各县报告", r"\\fileserver\共享\汇总.zip"],
    [r"Z:\教育局\项目\年度比对.rdproj"],
    ["/home/liming/报告/2023 工作总结.docx", "/home/liming/报告"],
    ["报告"],  # a relative name that is no command: still a path
])
def test_paths_given_alone_open_the_window_on_them(window_opened, paths):
    assert main(paths) == 0
    assert window_opened == [paths]


def test_a_command_keeps_its_meaning(window_opened, capsys):
    assert main(["examples"]) == 0
    assert window_opened == [] and capsys.readouterr().out.strip()


def test_an_option_keeps_its_meaning(window_opened, capsys):
    with pytest.raises(SystemExit):
        main(["--version"])
    assert window_opened == [] and "reportdesk" in capsys.readouterr().out
