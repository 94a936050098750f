"""Projects and recent files in the main window."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from reportdesk.gui.i18n import tr
from reportdesk.model import MATRIX_PARTS
from reportdesk.workspace.project import Project, ProjectError, load_project, save_project
from reportdesk.files import WriteError


class ProjectsMixin:
    """Open and save projects (.rdproj): the loaded files and the corrections."""

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("打开项目…"), self.settings.last_folder,
                                              tr("项目文件 (*.rdproj)"))
        if path:
            self.open_project(path)

    def open_project(self, path: str) -> None:
        try:
            project = load_project(path)
        except ProjectError as err:
            QMessageBox.warning(self, tr("无法打开项目"), str(err))
            return
        self.close_all()
        self.project_path = path
        self.settings.add_recent_project(path)
        self.pins = project.pins
        if project.part in MATRIX_PARTS:
            self.set_part(project.part)
        self.topic = project.topic
        self.retranslate()
        self.add_paths(project.files)

    def save_project(self) -> bool:
        if not self.project_path:
            return self.save_project_as()
        project = Project(files=[f.path for f in self.files if not f.error], pins=self.pins,
                          taxonomy=self.settings.taxonomy, part=self.part, topic=self.topic)
        try:
            save_project(project, self.project_path)
        except WriteError as err:
            QMessageBox.warning(self, tr("无法保存项目"), str(err))
            return False
        self.settings.add_recent_project(self.project_path)
        self.status_text.setText(tr("项目已保存：%s") % self.project_path)
        return True

    def save_project_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, tr("项目另存为…"), self.settings.last_folder,
                                              tr("项目文件 (*.rdproj)"))
        if not path:
            return False
        if not path.endswith(".rdproj"):
            path += ".rdproj"
        self.project_path = path
        self.retranslate()
        return self.save_project()

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        for path in self.settings.recent_projects + self.settings.recent_files:
            opener = self.open_project if path.endswith(".rdproj") else (lambda p: self.add_paths([p]))
            self.menu_recent.addAction(path, lambda p=path, o=opener: o(p))
        if self.menu_recent.isEmpty():
            self.menu_recent.addAction(tr("（无）")).setEnabled(False)
        else:
            self.menu_recent.addSeparator()
            self.menu_recent.addAction(tr("清除最近记录"), self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.recent_files, self.settings.recent_projects = [], []
