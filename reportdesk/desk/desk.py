"""The workspace without Qt: loaded files, their alignment, the user's corrections, what is
shown (part, topic, topic list), every analysis derived from them, and the commands that
change them.

A `Desk` never waits: long work is handed to its host as a job, and whatever the user may
see changed is told to the host as an event (EVENTS below). The window's host is
gui/session.py (jobs on the background runner, events as signals); the command line and
the tests use `Immediate`, which does everything at once.
"""
from __future__ import annotations

import os
from pathlib import Path

from reportdesk.align import align_files, repin, taxonomy_for
from reportdesk.align.apply_pins import pins_moving
from reportdesk.compare.copies import find_copies
from reportdesk.desk.history import History, Step
from reportdesk.desk.host import Host
from reportdesk.figures.facts import collect_facts
from reportdesk.jobs import load_and_align, path_key
from reportdesk.model import MATRIX_PARTS, Alignment, ParsedFile, Pins, report_name
from reportdesk.model.errors import UserError
from reportdesk.workspace.project import Project
from reportdesk.workspace.receiving import ReceivingDesk
from reportdesk.workspace.settings import Settings

PAINT_FIRST_MS = 60  # let the window repaint before the comparison competes for the interpreter

EVENTS = {
    "reports_changed": "Alignment or None: a new set of reports (load, close)",
    "alignment_changed": "Alignment or None: topics changed (load, correction)",
    "part_changed": "the part shown",
    "topic_changed": "show this topic (again): the part, topic or alignment changed",
    "facts_changed": "alignment, its figures",
    "copies_changed": "CopyReport of the loaded reports, or None",
    "columns_ready": "the columns of the topic shown (compare.columns), or None",
    "points_ready": "the distinctive points of a part",
    "two_ready": "the comparison of two reports",
    "errors_changed": "the files that could not be read changed",
    "history_changed": "undo or redo became possible or impossible, or their labels changed",
    "loading": "bool: a load or a new alignment runs",
    "progress": "done, total, file name (\"align\" while aligning)",
    "message": "a line for the status bar",
    "failed": "title, sentence: something the user must read",
    "exported": "the path of a file just written",
    "settled": "a deferred step ran (or was dropped): the window may be idle now",
}


def _same(text: str) -> str:
    return text


class Desk:
    def __init__(self, host: Host, settings: Settings | None = None, tr=_same):
        self.host, self.tr = host, tr
        self.settings = settings or Settings()
        self.history = History()
        self.files: list[ParsedFile] = []
        self.full: Alignment | None = None  # every report loaded, the corrections applied
        self.alignment: Alignment | None = None  # what is shown: the reports chosen, in their order
        self.chosen: tuple[str, ...] | None = None  # the reports the user chose to show (None: all)
        self._restoring = False  # a project's files load: its choice stands as saved
        self.pins, self.facts = Pins(), []
        self.receiving = ReceivingDesk()  # the list of who must report (kept with the project), 格式校对
        self.copies = None  # compare.copies.CopyReport: copied and boilerplate sentences
        self.errors: dict[str, str] = {}  # path key -> the reason the file could not be read
        self.taxonomy = self.settings.taxonomy  # a topic list file, or "" to choose one automatically
        self.part = self.settings.part if self.settings.part in MATRIX_PARTS else "achievements"
        self.topic, self.list_id = "", ""  # the topic shown; of a mixed set, the list shown ("": the main)
        self.waiting = 0  # steps deferred to a later turn of the event loop
        self._analyses_due = False

    def _tell(self, event: str, *args) -> None:
        self.host.emit(event, *args)

    def say(self, text: str) -> None:
        """A line for the status bar."""
        self._tell("message", text)

    # -- state -------------------------------------------------------------------------------

    def busy(self) -> bool:
        """A job runs, or a step waits: the window is not settled yet."""
        return self.host.running() or self.waiting > 0 or self._analyses_due

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
        """Load these files and folders (the ones not loaded yet) and align everything again."""
        for path in paths:  # as the user spelt it: resolve() would turn Z:\… into \\server\share\…
            self.settings.add_recent_file(os.path.abspath(path))
        loaded, pins, taxonomy = list(self.files), self.pins, self.taxonomy
        self._tell("loading", True)
        self.host.run("load", lambda progress: load_and_align(loaded, paths, pins, taxonomy, progress),
                      self._loaded, self._load_failed, lambda *step: self._tell("progress", *step))

    def retry_failed(self) -> None:
        """Read again the files that could not be read (a USB stick plugged back in)."""
        failed = [f.path for f in self.files if f.error]
        if failed:
            self.files = [f for f in self.files if not f.error]
            self.errors.clear()
            self._tell("errors_changed")
            self.add_paths(failed)

    def cancel_loading(self) -> None:
        self.host.cancel("load")
        self._restoring = False
        self._tell("loading", False)
        self.say(self.tr("已取消，窗口保持加载前的内容"))

    def _load_failed(self, error: Exception) -> None:
        self._restoring = False
        self._tell("loading", False)
        self.fail(error)

    def _loaded(self, result) -> None:
        restoring, self._restoring = self._restoring, False
        self._tell("loading", False)
        if result is None:
            return
        files, fresh, alignment, note = result
        known = {r.id for r in self.full.loaded()} if self.full is not None else set()
        if not fresh:
            self.say(self.tr("这些文件已经加载过了") if self.files else self.tr("没有找到可读取的报告文件"))
            return
        self.files = files
        for parsed in fresh:
            if parsed.error:
                self.errors[path_key(parsed.path)] = parsed.error
        self._tell("errors_changed")
        if self.chosen is not None and not restoring:  # reports added to a choice are shown too: the user just added them
            self.chosen += tuple(r.id for r in alignment.reports if r.id not in known and r.id not in self.chosen)
        self._set_alignment(alignment)
        # The matrix and the comparison follow in later turns of the event loop, so that the
        # window repaints in between even with hundreds of reports.
        self._defer(self._alignment_ready)
        failed = sum(1 for f in self.files if f.error)
        message = self.tr("已加载 %d 篇报告（%d 个文件）") % (len(alignment.reports), sum(1 for f in self.files if f.reports))
        if failed:
            message += "；" + self.tr("%d 个文件无法读取，见错误列表") % failed
        self.say(message + ("；" + note if note else ""))

    def _set_alignment(self, alignment: Alignment) -> None:
        self.full = self.receiving.arrange(alignment)  # in the roster's order
        self._show_chosen()

    def _show_chosen(self) -> None:
        self.alignment = self.full.showing(self.chosen)
        self._tell("reports_changed", self.alignment)

    def set_shown(self, ids: list[str] | None) -> None:
        """Show these reports, in this order, in the matrix, the columns, 要点, 查重, the figures
        and the export (None: every report, in the order they were loaded or listed)."""
        if self.full is None:
            return
        every = [r.id for r in self.full.loaded()]
        loaded = set(every)
        chosen = None if ids is None or list(ids) == every else tuple(r for r in ids if r in loaded)
        if chosen == self.chosen:
            return
        self.chosen = chosen
        self._show_chosen()
        self._alignment_ready()
        shown = len(self.alignment.reports)
        self.say(self.tr("显示全部 %d 篇报告") % shown if chosen is None
                 else self.tr("显示 %d 篇报告（共 %d 篇）") % (shown, len(every)))

    def _defer(self, then) -> None:
        """Run `then` in a later turn of the event loop, unless the alignment changed meanwhile."""
        self.waiting += 1
        alignment = self.alignment

        def run() -> None:
            self.waiting -= 1
            if alignment is self.alignment:
                then()
            self._tell("settled")
        self.host.later(PAINT_FIRST_MS, run)

    def _alignment_ready(self) -> None:
        """The alignment is new or corrected: matrix, tree topics, the topic's columns; the
        figures and copies follow once the columns are shown (`columns_shown`)."""
        alignment = self.alignment
        self._tell("alignment_changed", alignment)
        self._analyses_due = True
        topics = self.shown_list().topics if alignment.lists else alignment.topics
        if self.topic not in dict(topics):
            written = self.written_topics()
            self.topic = written[0] if written else (topics[0][0] if topics else "")
        self._defer(lambda: self._tell("topic_changed", self.topic))

    def set_taxonomy(self, choice: str) -> None:
        """Use another topic list ("" lets the program choose): the reports are aligned again;
        corrections that name topics of the old list no longer apply."""
        if choice == self.taxonomy:
            return
        previous, self.taxonomy = self.taxonomy, choice
        if self.files:
            self._align_again(self.tr("已改用主题表：%s"), lambda: setattr(self, "taxonomy", previous))

    def _align_again(self, message: str, undo_on_error=None) -> None:
        """Align the loaded files again (another topic list, a report taken out or put back)."""
        files, pins, choice = list(self.files), self.pins, self.taxonomy

        def failed(error: Exception) -> None:
            if undo_on_error:
                undo_on_error()
            self._load_failed(error)

        def done(alignment: Alignment) -> None:
            self._tell("loading", False)
            self._set_alignment(alignment)
            self._alignment_ready()
            self.say(message % self.alignment.taxonomy_name if "%s" in message else message)

        self._tell("loading", True)
        self.host.run("load", lambda _: align_files(files, taxonomy_for(choice), pins), done, failed)

    def close_all(self) -> None:
        self.host.cancel()
        self.files, self.alignment, self.pins, self.topic, self.facts, self.copies = [], None, Pins(), "", [], None
        self.full, self.chosen = None, None
        self.errors.clear()
        self.history.clear()
        self._tell("history_changed")
        self._tell("errors_changed")
        self._tell("reports_changed", None)
        self._tell("alignment_changed", None)
        self._tell("copies_changed", None)

    # -- what to show ------------------------------------------------------------------------

    def set_part(self, part: str) -> None:
        if part not in MATRIX_PARTS:
            return
        self.part = self.settings.part = part
        self._tell("part_changed", part)
        if self.alignment is not None:
            self._tell("topic_changed", self.topic)

    def set_topic(self, topic: str | None) -> None:
        """Show this topic (before anything loads: the topic to show once it has)."""
        if topic:
            self.topic = topic
            if self.alignment is not None:
                self._tell("topic_changed", topic)

    def step_topic(self, step: int) -> None:
        """Next or previous topic that some report wrote on in this part."""
        written = self.written_topics()
        if written:
            k = written.index(self.topic) + step if self.topic in written else 0
            self.set_topic(written[k % len(written)])

    # -- analyses derived from the alignment -------------------------------------------------

    def build_columns(self, visible: list[str]) -> None:
        """The shown topic's columns for these reports (those a view has room for), then
        `columns_ready`; None when there is nothing to show."""
        from reportdesk.compare.columns import topic_columns

        alignment, part, topic = self.alignment, self.part, self.topic
        if alignment is None or not topic:
            self._tell("columns_ready", None)
            return
        writers = {r.id for r in alignment.writers_of(topic)}  # a mixed set: the topic's list's reports
        shown = [r for r in visible if r in writers]
        self.host.run("compare", lambda p: topic_columns(alignment, part, topic, shown, p),
                      lambda columns: self._tell("columns_ready", columns), self.fail)

    def columns_shown(self) -> None:
        """The topic's columns are on screen: now figures, then copy detection, one after the
        other. Each is quick on its own (half a second for 240 reports), but a Python job
        running while the window fills its views makes every call the window makes into
        Python wait for the interpreter; after them, and one at a time, the window stays free."""
        if not self._analyses_due or self.alignment is None:
            return
        self._analyses_due = False
        alignment = self.alignment

        def ready(facts) -> None:
            if alignment is self.alignment:
                self.facts = facts
                self._tell("facts_changed", alignment, facts)
                self._start_copies(alignment)

        self.host.run("indicators", lambda progress: collect_facts(alignment, progress=progress), ready, self.fail)

    def _start_copies(self, alignment: Alignment) -> None:
        """Copy detection depends on the reports only: it runs again when they change."""
        reports = tuple(r.id for r in alignment.reports)
        if self.copies is not None and tuple(r.id for r in self.copies.reports) == reports:
            return

        def ready(copies) -> None:
            if self.alignment is not None and tuple(r.id for r in self.alignment.reports) == reports:
                self.copies = copies
                self._tell("copies_changed", copies)

        self.host.run("copies", lambda progress: find_copies(alignment, progress=progress), ready, self.fail)

    def build_points(self, part: str) -> None:
        """The distinctive points of each report in a part, then `points_ready`."""
        from reportdesk.compare.points import distinctive_points

        alignment = self.alignment
        if alignment is not None:
            self.host.run("points", lambda _: distinctive_points(alignment, part),
                          lambda points: self._tell("points_ready", points), self.fail)

    def build_two(self, a: str, b: str, part: str, options, gap: str, title) -> None:
        """Compare two reports in a part, then `two_ready`."""
        from reportdesk.compare.side_by_side import compare_two

        alignment, pins = self.alignment, self.pins
        if alignment is None or not (alignment.report(a) and alignment.report(b)):
            return
        self.host.run("two", lambda progress: compare_two(alignment, a, b, part, options, pins, gap, title, progress),
                      lambda comparison: self._tell("two_ready", comparison), self.fail)

    # -- corrections (undoable) --------------------------------------------------------------

    def apply_pins(self, pins: Pins) -> None:
        """Show the alignment with these corrections (undo and redo come through here)."""
        realign = pins.excluded != self.pins.excluded  # a report taken out or put back
        self.pins = pins
        if self.full is None:
            return
        if realign:
            self._align_again(self.tr("报告已更新"))
        else:
            self.full = repin(self.full, pins)
            self.alignment = self.full.showing(self.chosen)
            self._alignment_ready()

    def _push(self, after: Pins, text: str) -> None:
        if after != self.pins:
            self.history.push(Step(text, self.pins, after))
            self.apply_pins(after)
            self._tell("history_changed")

    def undo(self) -> None:
        pins = self.history.undo()
        if pins is not None:
            self.apply_pins(pins)
            self._tell("history_changed")

    def redo(self) -> None:
        pins = self.history.redo()
        if pins is not None:
            self.apply_pins(pins)
            self._tell("history_changed")

    def move_sections(self, keys: list[str], topic: str) -> None:
        """Move sections or passages (keys of either) to a topic, undoably."""
        if self.alignment is None or not keys:
            return
        after = pins_moving(self.full, self.pins, keys, topic)
        names = (self.alignment.name_of(keys[0]), self.alignment.topic_name(topic))
        self._push(after, self.tr("移动“%s”到“%s”") % names)

    def restore_topic(self, key: str) -> None:
        self._push(self.pins.unmove(key), self.tr("恢复“%s”的主题") % self.alignment.name_of(key))

    def pair(self, a: str, b: str) -> None:
        names = (self.alignment.name_of(a), self.alignment.name_of(b))
        self._push(self.pins.pair(a, b), self.tr("配对“%s”与“%s”") % names)

    def unpair(self, a: str, b: str) -> None:
        self._push(self.pins.unpair(a, b), self.tr("取消配对“%s”") % self.alignment.name_of(a))

    def remove_report(self, report_id: str) -> None:
        """Take a report out of the comparison (undoable; its file stays in the project)."""
        label = self.alignment.report(report_id).label
        self._push(self.pins.exclude(report_id), self.tr("移除“%s”") % label)

    def put_back(self, report_id: str) -> None:
        self._push(self.pins.exclude(report_id, False), self.tr("恢复“%s”") % report_name(report_id))

    def rename_topic(self, topic: str, name: str) -> None:
        if name.strip():
            old = self.alignment.topic_name(topic)
            self._push(self.pins.rename_topic(topic, name), self.tr("重命名主题“%s”") % old)

    def merge_topic(self, topic: str, into: str) -> None:
        if topic != into:
            name, target = self.alignment.topic_name(topic), self.alignment.topic_name(into)
            self._push(self.pins.merge_topic(topic, into), self.tr("把主题“%s”并入“%s”") % (name, target))

    def add_topic(self, name: str) -> str:
        pins, topic = self.pins.add_topic(name)
        self._push(pins, self.tr("新建主题“%s”") % name.strip())
        return topic

    def delete_topic(self, topic: str) -> None:
        old = self.alignment.topic_name(topic)
        self._push(self.pins.delete_topic(topic), self.tr("删除主题“%s”") % old)

    def rename_report(self, report_id: str, name: str) -> None:
        """The name every view and export uses for the report ("" goes back to the name read)."""
        label = self.alignment.report(report_id).label
        self._push(self.pins.rename(report_id, name.strip() or None), self.tr("重命名“%s”") % label)

    def set_region(self, report_id: str, region: str | None) -> None:
        """The region the report speaks for ("" for none, None for what was read)."""
        label = self.alignment.report(report_id).label
        self._push(self.pins.set_region(report_id, region), self.tr("设置“%s”的地区") % label)

    def rearrange(self) -> None:
        """The list of who must report changed: the reports in its order, shown again with
        the same corrections."""
        if self.full is not None:
            self._set_alignment(self.full)
            self.apply_pins(self.pins)

    # -- work from a project or an autosave ----------------------------------------------------

    def load_work(self, project: Project) -> None:
        """Replace the open work with a project's: its files, corrections, topic list and view."""
        self.close_all()
        self.receiving.roster = project.roster
        self.pins, self.taxonomy = project.pins, project.taxonomy
        self.set_part(project.part)
        self.topic = project.topic
        self.chosen = tuple(project.shown) if project.shown is not None else None
        self._restoring = True
        self.add_paths(project.files)

    def work(self) -> Project:
        """The open work as a project: every file (also one that cannot be read today: it is
        read again when the project opens), the corrections and what is shown."""
        # not the files set aside (not reports, our own compilations): nothing to open again
        return Project(files=[f.path for f in self.files if f.reports or f.error],
                       pins=self.pins, taxonomy=self.taxonomy, part=self.part, topic=self.topic,
                       roster=self.receiving.roster, shown=list(self.chosen) if self.chosen is not None else None)

    # -- outputs -----------------------------------------------------------------------------

    def write(self, target: str, write, title: str = "") -> None:
        """Write a file in the background (`write()` returns the path written, or a result
        whose str is the path and whose .messages the user should read): the status bar
        says where it went; a failure is told as 导出失败."""
        self.say(self.tr("正在导出 %s…") % Path(target).name)

        def done(result) -> None:
            self.say(self.tr("已导出：%s") % result)
            self._tell("exported", str(result))
            if getattr(result, "messages", None):  # a unit template that had to be completed, and how
                self._tell("failed", self.tr("导出完成"), "\n".join(result.messages))

        self.host.run("export", lambda _: write(), done, lambda error: self.fail(error, title or self.tr("导出失败")))

    def save_table(self, write, data, target: str) -> None:
        """Write a table (`write(data, target)`: CSV, XLSX, a text) in the background."""
        self.write(target, lambda: (write(data, target), target)[1])

    def export_docx(self, target: str, options, template: str = "") -> None:
        """Write the compilation of the reports shown."""
        from reportdesk.export.run import export_docx

        alignment = self.alignment
        self.write(target, lambda: export_docx(alignment, target, options, template or None))

    def fail(self, error: Exception, title: str = "") -> None:
        """Tell the user: a reason they can act on, or for a fault of ours a sentence and the log."""
        if isinstance(error, UserError):
            reason = str(error)
        else:
            reason = self.tr("程序内部出错（%s），详情已记入日志；您的文件没有被修改。") % type(error).__name__
        self.say(title or self.tr("出现意外错误"))
        self._tell("failed", title or self.tr("出现意外错误"), reason)
