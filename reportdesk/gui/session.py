"""The workspace the window shows: loaded files, their alignment, the user's corrections, the
current part and topic, and the commands that change them.

Panels observe the signals and never keep their own copy of this state; the window only
wires panels to the session. Long work goes through the one background runner; its
results come back here and become state, then signals.
"""
from __future__ import annotations

import gc
import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from reportdesk.align import align_files, repin, taxonomy_for
from reportdesk.align.pins import pins_moving
from reportdesk.compare.copies import find_copies
from reportdesk.files import WriteError
from reportdesk.gui.commands import PinsCommand
from reportdesk.gui.i18n import tr
from reportdesk.gui.workers import Runner
from reportdesk.indicators.facts import collect_facts
from reportdesk.jobs import load_and_align, path_key, warm_up
from reportdesk.model import MATRIX_PARTS, Alignment, ParsedFile, Pins
from reportdesk.workspace.receiving import ReceivingDesk

log = logging.getLogger(__name__)
PAINT_FIRST_MS = 60  # let the window repaint before the comparison competes for the interpreter


class Session(QObject):
    sig_reports_changed = Signal(object)  # Alignment or None: a new set of reports (load, close)
    sig_alignment_changed = Signal(object)  # Alignment or None: topics changed (load, correction)
    sig_part_changed = Signal(str)
    sig_topic_changed = Signal(str)  # show this topic (again): the part, topic or alignment changed
    sig_facts_changed = Signal(object, object)  # alignment, its figures
    sig_copies_changed = Signal(object)  # CopyReport of the loaded reports, or None
    sig_errors_changed = Signal()
    sig_loading = Signal(bool)
    sig_progress = Signal(int, int, str)  # done, total, file name ("align" while aligning)
    sig_message = Signal(str)  # a line for the status bar
    sig_exported = Signal(str)  # the path of a file an export wrote (the status bar offers to open it)
    sig_failed = Signal(str, str)  # title, sentence: something the user must read
    sig_settled = Signal()  # a deferred step ran (or was dropped): the window may be idle now

    def __init__(self, settings, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self.runner = Runner(self)
        self.undo_stack = QUndoStack(self)
        self.files: list[ParsedFile] = []
        self.alignment: Alignment | None = None
        self.pins, self.facts = Pins(), []
        self.receiving = ReceivingDesk()  # the list of who must report (kept with the project), 格式校对
        self.copies = None  # compare.copies.CopyReport: copied and boilerplate sentences
        self.errors: dict[str, str] = {}  # path key -> the reason the file could not be read
        self.taxonomy = settings.taxonomy  # a topic list file, or "" to choose one automatically
        self.part = settings.part if settings.part in MATRIX_PARTS else "achievements"
        self.topic, self.list_id = "", ""  # the topic shown; of a mixed set, the list shown ("": the main)
        self._waiting = 0  # steps deferred to a later turn of the event loop
        self._analyses_due = False

    # -- state -------------------------------------------------------------------------------

    def busy(self) -> bool:
        """A job runs, or a step waits for the event loop: the window is not settled yet."""
        return self.runner.busy() or self._waiting > 0 or self._analyses_due

    def written_topics(self) -> list[str]:
        return self.alignment.written_topics(self.part, self.list_id) if self.alignment else []

    def shown_list(self):  # the topic list the matrix shows, None before anything loads
        return self.alignment.topic_list(self.list_id) if self.alignment else None

    def show_list(self, list_id: str) -> None:  # another of the lists a mixed set uses
        if self.alignment is not None and list_id != self.list_id:
            self.list_id = list_id
            self._alignment_ready()

    # -- loading -----------------------------------------------------------------------------

    def add_paths(self, paths: list[str]) -> None:
        """Load these files and folders (the ones not loaded yet) and re-align everything."""
        for path in paths:  # as the user spelt it: resolve() would turn Z:\… into \\server\share\…
            self.settings.add_recent_file(os.path.abspath(path))
        loaded, pins, taxonomy = list(self.files), self.pins, self.taxonomy
        self.sig_loading.emit(True)
        self.runner.start("load", lambda progress: load_and_align(loaded, paths, pins, taxonomy, progress),
                          self._loaded, self.sig_progress.emit, self._load_failed)

    def retry_failed(self) -> None:
        """Read again the files that could not be read (a USB stick plugged back in)."""
        failed = [f.path for f in self.files if f.error]
        if failed:
            self.files = [f for f in self.files if not f.error]
            self.errors.clear()
            self.sig_errors_changed.emit()
            self.add_paths(failed)

    def cancel_loading(self) -> None:
        self.runner.cancel("load")
        self.sig_loading.emit(False)
        self.sig_message.emit(tr("已取消，窗口保持加载前的内容"))

    def _load_failed(self, error: Exception) -> None:
        self.sig_loading.emit(False)
        self.fail(error)

    def _loaded(self, result) -> None:
        self.sig_loading.emit(False)
        if result is None:
            return
        files, fresh, alignment, note = result
        if not fresh:
            self.sig_message.emit(tr("这些文件已经加载过了") if self.files else tr("没有找到可读取的报告文件"))
            return
        self.files = files
        for parsed in fresh:
            if parsed.error:
                self.errors[path_key(parsed.path)] = parsed.error
        self.sig_errors_changed.emit()
        self.alignment = alignment = self.receiving.arrange(alignment)  # in the roster's order
        self.sig_reports_changed.emit(alignment)
        # The matrix and the comparison follow in later turns of the event loop, so that the
        # window repaints in between even with hundreds of reports.
        self._defer(PAINT_FIRST_MS, self._alignment_ready)
        failed = sum(1 for f in self.files if f.error)
        message = tr("已加载 %d 篇报告（%d 个文件）") % (len(alignment.reports), len(self.files) - failed)
        if failed:
            message += "；" + tr("%d 个文件无法读取，见错误列表") % failed
        self.sig_message.emit(message + ("；" + note if note else ""))

    def _defer(self, msecs: int, then) -> None:
        """Run `then` in a later turn of the event loop, unless the alignment changed meanwhile."""
        self._waiting += 1
        alignment = self.alignment

        def run() -> None:
            self._waiting -= 1
            if alignment is self.alignment:
                then()
            self.sig_settled.emit()
        QTimer.singleShot(msecs, run)

    def _alignment_ready(self) -> None:
        """The alignment is new or corrected: matrix, tree topics, figures, then the comparison."""
        alignment = self.alignment
        self.sig_alignment_changed.emit(alignment)
        self._analyses_due = True  # run once the comparison is built (the window calls run_analyses)
        topics = self.shown_list().topics if alignment.lists else alignment.topics
        if self.topic not in dict(topics):
            written = self.written_topics()
            self.topic = written[0] if written else (topics[0][0] if topics else "")
        self._defer(PAINT_FIRST_MS, lambda: self.sig_topic_changed.emit(self.topic))

    def run_analyses(self) -> None:
        """Figures, then copy detection, one after the other and after the comparison is built.

        Each is quick on its own (half a second for 240 reports), but a Python job running
        while the window fills its views makes every call the window makes into Python wait
        for the interpreter: run beside the views, they froze the window for a third of a
        second; after them, and one at a time, the window stays free."""
        if not self._analyses_due or self.alignment is None:
            return
        self._analyses_due = False
        alignment = self.alignment

        def ready(facts) -> None:
            if alignment is self.alignment:
                self.facts = facts
                self.sig_facts_changed.emit(alignment, facts)
                self._start_copies(alignment)

        self.runner.start("indicators", lambda progress: collect_facts(alignment, progress=progress), ready,
                          on_error=self.fail)

    def set_taxonomy(self, choice: str) -> None:
        """Use another topic list ("" lets the program choose): the reports are aligned again;
        corrections that name topics of the old list no longer apply."""
        if choice == self.taxonomy:
            return
        previous, self.taxonomy = self.taxonomy, choice
        if self.files:
            self._align_again(tr("已改用主题表：%s"), lambda: setattr(self, "taxonomy", previous))

    def _align_again(self, message: str, undo_on_error=None) -> None:
        """Align the loaded files again (another topic list, a report taken out or put back)."""
        files, pins, choice = list(self.files), self.pins, self.taxonomy

        def failed(error: Exception) -> None:
            if undo_on_error:
                undo_on_error()
            self._load_failed(error)

        def done(alignment: Alignment) -> None:
            self.sig_loading.emit(False)
            self.alignment = alignment = self.receiving.arrange(alignment)
            self.sig_reports_changed.emit(alignment)
            self._alignment_ready()
            self.sig_message.emit(message % alignment.taxonomy_name if "%s" in message else message)

        self.sig_loading.emit(True)
        self.runner.start("load", lambda _: align_files(files, taxonomy_for(choice), pins), done, on_error=failed)

    def _start_copies(self, alignment: Alignment) -> None:
        """Copy detection depends on the reports only: it runs again when they change."""
        reports = tuple(r.id for r in alignment.reports)
        if self.copies is not None and tuple(r.id for r in self.copies.reports) == reports:
            return

        def ready(copies) -> None:
            if self.alignment is not None and tuple(r.id for r in self.alignment.reports) == reports:
                self.copies = copies
                self.sig_copies_changed.emit(copies)

        self.runner.start("copies", lambda progress: find_copies(alignment, progress=progress), ready,
                          on_error=self.fail)

    def close_all(self) -> None:
        self.runner.cancel()
        self.files, self.alignment, self.pins, self.topic, self.facts, self.copies = [], None, Pins(), "", [], None
        self.errors.clear()
        self.undo_stack.clear()
        self.sig_errors_changed.emit()
        self.sig_reports_changed.emit(None)
        self.sig_alignment_changed.emit(None)
        self.sig_copies_changed.emit(None)
        # The runner froze what jobs built out of full collections (see workers.Runner); with
        # the reports gone, hand it all back so that cycles left among it are collected.
        gc.unfreeze()

    # -- what to show ------------------------------------------------------------------------

    def set_part(self, part: str) -> None:
        if part not in MATRIX_PARTS:
            return
        self.part = self.settings.part = part
        self.sig_part_changed.emit(part)
        if self.alignment is not None:
            self.sig_topic_changed.emit(self.topic)

    def set_topic(self, topic: str | None) -> None:
        if self.alignment is None or not topic:
            return
        self.topic = topic
        self.sig_topic_changed.emit(topic)

    def step_topic(self, step: int) -> None:
        """Next or previous topic that some report wrote on in this part."""
        written = self.written_topics()
        if written:
            k = written.index(self.topic) + step if self.topic in written else 0
            self.set_topic(written[k % len(written)])

    # -- corrections (undoable) --------------------------------------------------------------

    def apply_pins(self, pins: Pins) -> None:
        """Show the alignment with these corrections (undo and redo come through here)."""
        realign = pins.excluded != self.pins.excluded  # a report taken out or put back
        self.pins = pins
        if self.alignment is None:
            return
        if realign:
            self._align_again(tr("报告已更新"))
        else:
            self.alignment = repin(self.alignment, pins)
            self._alignment_ready()

    def _push(self, after: Pins, text: str) -> None:
        if after != self.pins:
            self.undo_stack.push(PinsCommand(self.apply_pins, self.pins, after, text))

    def move_sections(self, keys: list[str], topic: str) -> None:
        """Move sections or passages (keys of either) to a topic, undoably."""
        if self.alignment is None or not keys:
            return
        after = pins_moving(self.alignment, self.pins, keys, topic)
        self._push(after, tr("移动“%s”到“%s”") % (self.alignment.name_of(keys[0]), self.alignment.topic_name(topic)))

    def restore_topic(self, key: str) -> None:
        self._push(self.pins.unmove(key), tr("恢复“%s”的主题") % self.alignment.name_of(key))

    def pair(self, a: str, b: str) -> None:
        self._push(self.pins.pair(a, b), tr("配对“%s”与“%s”") % (self.alignment.name_of(a), self.alignment.name_of(b)))

    def unpair(self, a: str, b: str) -> None:
        self._push(self.pins.unpair(a, b), tr("取消配对“%s”") % self.alignment.name_of(a))

    def remove_report(self, report_id: str) -> None:
        """Take a report out of the comparison (undoable; its file stays in the project)."""
        label = self.alignment.report(report_id).label
        self._push(self.pins.exclude(report_id), tr("移除“%s”") % label)

    def put_back(self, report_id: str) -> None:
        self._push(self.pins.exclude(report_id, False), tr("恢复“%s”") % report_id.rsplit("#", 1)[0])

    def rename_topic(self, topic: str, name: str) -> None:
        if name.strip():
            self._push(self.pins.rename_topic(topic, name), tr("重命名主题“%s”") % self.alignment.topic_name(topic))

    def merge_topic(self, topic: str, into: str) -> None:
        if topic != into:
            name, target = self.alignment.topic_name(topic), self.alignment.topic_name(into)
            self._push(self.pins.merge_topic(topic, into), tr("把主题“%s”并入“%s”") % (name, target))

    def add_topic(self, name: str) -> str:
        pins, topic = self.pins.add_topic(name)
        self._push(pins, tr("新建主题“%s”") % name.strip())
        return topic

    def delete_topic(self, topic: str) -> None:
        self._push(self.pins.delete_topic(topic), tr("删除主题“%s”") % self.alignment.topic_name(topic))

    def rename_report(self, report_id: str, name: str) -> None:
        """The name every view and export uses for the report ("" goes back to the name read)."""
        label = self.alignment.report(report_id).label
        self._push(self.pins.rename(report_id, name.strip() or None), tr("重命名“%s”") % label)

    def set_region(self, report_id: str, region: str | None) -> None:
        """The region the report speaks for ("" for none, None for what was read)."""
        label = self.alignment.report(report_id).label
        self._push(self.pins.set_region(report_id, region), tr("设置“%s”的地区") % label)

    # -- work from a project or an autosave (gui/keeper.py reads and writes the files) --------

    def load_work(self, project) -> None:
        """Replace the open work with a project's: its files, corrections, topic list and view."""
        self.close_all()
        self.pins, self.taxonomy = project.pins, project.taxonomy
        self.set_part(project.part)
        self.topic = project.topic
        self.add_paths(project.files)

    def work(self):
        """The open work as a project: every file (also one that cannot be read today: it is
        read again when the project opens), the corrections and what is shown."""
        from reportdesk.workspace.project import Project

        return Project(files=[f.path for f in self.files if not (f.made_by_reportdesk and not f.reports)],
                       pins=self.pins, taxonomy=self.taxonomy, part=self.part, topic=self.topic,
                       roster=self.receiving.roster)

    # -- outputs -----------------------------------------------------------------------------

    def export_docx(self, target: str, options, template: str = "") -> None:
        """Write the compilation in the background; the status bar says where it went."""
        from reportdesk.export.run import export_docx

        alignment = self.alignment
        self.sig_message.emit(tr("正在导出 %s…") % Path(target).name)

        def done(result) -> None:
            self.sig_message.emit(tr("已导出：%s") % result)
            self.sig_exported.emit(str(result))
            if result.messages:  # a unit template that had to be completed, and how
                self.sig_failed.emit(tr("导出完成"), "\n".join(result.messages))

        self.runner.start("export", lambda _: export_docx(alignment, target, options, template or None), done,
                          on_error=lambda error: self.fail(error, tr("导出失败")))

    def save_table(self, write, frame, target: str) -> None:
        """Write a table (write(frame, target): CSV or XLSX) in the background."""
        def done(_) -> None:
            self.sig_message.emit(tr("已导出：%s") % target)
            self.sig_exported.emit(target)

        self.runner.start("table", lambda _: write(frame, target), done,
                          on_error=lambda error: self.fail(error, tr("导出失败")))

    def fail(self, error: Exception, title: str = "") -> None:
        """Tell the user: a reason they can act on, or for a fault of ours a sentence and the log."""
        from reportdesk.align import TaxonomyError
        from reportdesk.export.docx_writer import TemplateError
        from reportdesk.workspace.project import ProjectError

        if isinstance(error, (WriteError, TemplateError, ProjectError, TaxonomyError)):
            reason = str(error)
        else:
            reason = tr("程序内部出错（%s），详情已记入日志；您的文件没有被修改。") % type(error).__name__
        self.sig_message.emit(title or tr("出现意外错误"))
        self.sig_failed.emit(title or tr("出现意外错误"), reason)

    def warm_up(self) -> None:
        """numpy and jieba's dictionary hold the interpreter a while: load them in the
        background while nothing else runs, rather than in the middle of a load."""
        from reportdesk.text.tokenize import is_loaded

        if not self.busy() and not is_loaded():
            self.runner.start("warmup", warm_up, lambda _: None)

    def shutdown(self) -> None:
        self.runner.cancel()
        self.runner.wait(5000)
