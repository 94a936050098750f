"""Start the window: `reportdesk gui [PATH...] [--topic ID] [--part PART] [--compare A B] [--roster LIST]
[--screenshot FILE]`."""
from __future__ import annotations

import os
import sys

CJK_FONTS = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
             "WenQuanYi Micro Hei", "SimHei"]


def run_gui(paths: list[str], topic: str | None = None, part: str | None = None,
            screenshot: str | None = None, exit_when_shown: bool = False, compare: list[str] | None = None,
            roster: str | None = None) -> int:
    if screenshot and sys.platform.startswith("linux") and not os.environ.get("DISPLAY") \
            and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a picture needs no screen
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from reportdesk.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ReportDesk")
    from PySide6.QtGui import QIcon

    from reportdesk.resources import path as resource

    app.setWindowIcon(QIcon(str(resource("icons/reportdesk.png"))))
    install_crash_dialog()
    font = QFont()
    font.setFamilies(CJK_FONTS)
    font.setPointSize(10)
    app.setFont(font)
    window = MainWindow()
    if part:
        window.session.set_part(part)
    if topic:
        window.session.set_topic(topic)
    if roster:  # before the picture's own wait: the 报送情况 tab is shown first
        from reportdesk.gui.dialogs.receiving_flows import show_roster_when_loaded

        show_roster_when_loaded(window, roster)
    if screenshot:
        window.resize(1600, 1000)
        result = {"code": 1}

        def capture() -> None:
            if result.get("done"):  # --compare named a report that is not there
                return
            for _ in range(3):  # let pending layouts settle before the picture
                app.processEvents()
            window.grab().save(screenshot)
            result["code"] = 0 if os.path.exists(screenshot) else 1
            window.close()
            app.quit()

        # wait until loading, aligning and the comparison are done, then let it paint
        window.sig_idle.connect(lambda: QTimer.singleShot(300, capture))
        QTimer.singleShot(120000, app.quit)  # never hang
    window.show()
    if exit_when_shown:  # measuring start-up: quit once the first frame is painted
        app.processEvents()
        QTimer.singleShot(0, app.quit)
    if compare:
        _compare_when_loaded(window, *compare, result if screenshot else None)
    if paths:
        open_given(window, paths)
    if not screenshot:
        QTimer.singleShot(0, lambda: _at_start(window, restore=not paths))
    elif not paths:  # nothing to load: the empty window is the picture (with paths: at idle)
        QTimer.singleShot(300, capture)
    code = app.exec()
    return result["code"] if screenshot else code


def open_given(window, paths: list[str]) -> None:
    """Open what the command line names (Explorer's 打开方式, a file dropped on the program or
    its shortcut): a project file (.rdproj) as a project, and any other files and folders
    added once it has loaded (a second load started at once would cancel the project's)."""
    from PySide6.QtCore import QTimer

    from reportdesk.gui.dialogs.flows import open_project
    from reportdesk.gui.i18n import tr
    from reportdesk.workspace.project import SUFFIX

    projects = [p for p in paths if p.lower().endswith(SUFFIX)]
    others = [p for p in paths if not p.lower().endswith(SUFFIX)]
    if not projects:
        window.session.add_paths(others)
        return
    if len(projects) > 1:
        window.session.say(tr("一次只能打开一个项目，已打开“%s”") % os.path.basename(projects[0]))

    def loaded(busy: bool) -> None:
        if not busy:  # said before the session keeps the project's files: add ours after that
            window.session.sig_loading.disconnect(loaded)
            QTimer.singleShot(0, lambda: window.session.add_paths(others))

    project = os.path.abspath(projects[0])
    if others:
        window.session.sig_loading.connect(loaded)
    open_project(window, project)
    if others and project not in (window.keeper.project_path, window.keeper.pending_path):  # it could not be opened
        window.session.sig_loading.disconnect(loaded)
        window.session.add_paths(others)


def _compare_when_loaded(window, first: str, second: str, result: dict | None) -> None:
    """--compare A B: once the reports are aligned, show A and B in the two-report view (for a
    screenshot, a name that fits no report ends the run with code 2)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reportdesk.compare.side_by_side import find_report
    from reportdesk.gui.dialogs.choose_pair import show_two

    def aligned(alignment) -> None:
        if alignment is None:
            return
        window.session.sig_alignment_changed.disconnect(aligned)
        ids = [find_report(alignment, name) for name in (first, second)]
        if None in ids:
            missing = (first, second)[ids.index(None)]
            names = "\n".join(f"  {k}. {r.label}" for k, r in enumerate(alignment.reports, 1))
            print(f"--compare: 找不到报告“{missing}”。已加载的报告：\n{names}", file=sys.stderr)
            if result is not None:
                result["code"] = 2
                result["done"] = True  # no picture: there is nothing to show
                # closed from the event loop, not from inside the signal: the session is still
                # finishing this step and must not be torn down under it
                QTimer.singleShot(0, lambda: (window.close(), QApplication.quit()))
            return
        show_two(window, *ids)

    window.session.sig_alignment_changed.connect(aligned)


def _at_start(window, restore: bool) -> None:
    """Once per start: say that a settings or cache folder could not be used (defaults are in
    use), and offer back the work of a window that crashed or was killed."""
    from PySide6.QtWidgets import QMessageBox

    from reportdesk.files import folder_problems
    from reportdesk.gui.dialogs.flows import offer_restore
    from reportdesk.gui.i18n import tr

    problems = folder_problems()
    if problems:
        QMessageBox.warning(window, tr("部分文件夹无法使用"), "\n\n".join(problems))
    if restore:  # files named on the command line are what the user wants now
        offer_restore(window)


def install_crash_dialog() -> None:
    """An unexpected error is logged in full and the user is told, in words, where the log is;
    the window stays open so that no work is lost."""
    import logging

    from reportdesk.logs import setup_logging

    log_file = setup_logging()
    previous = sys.excepthook

    def hook(kind, value, tb):
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, value, tb)
            return
        logging.getLogger("reportdesk").error("unexpected error", exc_info=(kind, value, tb))
        from PySide6.QtWidgets import QApplication, QMessageBox

        from reportdesk.gui.i18n import tr

        if QApplication.instance() is not None and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
            QMessageBox.critical(None, tr("出现意外错误"),
                                 tr("程序遇到了一个意外错误：%s\n\n已记录在日志文件中：\n%s\n\n"
                                    "您的文件没有被修改；如问题反复出现，请把该日志发给技术支持。") % (value, log_file))

    sys.excepthook = hook
