"""What the window remembers between runs: language, interviewer, open interview, layout, folders.

Every settings key the app uses is named here and nowhere else, so a
newcomer (or a data-protection review) finds in one place what is kept on
the laptop outside the database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

from .common import LANGUAGES


def _bytes(value: object) -> QByteArray | None:
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


# The text sizes offered (Settings → Text size): the desktop's, and two larger
# ones for a laptop read from a step away at a job fair.
TEXT_SCALES = (1.0, 1.25, 1.5)


class WindowState:
    """Typed access to the app's QSettings file."""

    def __init__(self, settings: QSettings):
        self.settings = settings
        # Kept here by earlier versions: free text typed about a candidate,
        # which stayed after they were erased. It is read from the database now.
        if self.settings.contains("last_source"):
            self.settings.remove("last_source")

    # -- who and what ----------------------------------------------------------

    @property
    def language(self) -> str:
        """The interface language; the system's on the first run (Chinese or else English)."""
        lang = self.settings.value("language", "")
        if lang in LANGUAGES:
            return str(lang)
        return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"

    @language.setter
    def language(self, lang: str) -> None:
        self.settings.setValue("language", lang)

    @property
    def text_scale(self) -> float:
        """How much larger than the desktop's the text is drawn (1.0, 1.25 or 1.5)."""
        try:
            scale = float(str(self.settings.value("text_scale", 1.0)))
        except (TypeError, ValueError):
            return 1.0
        return scale if scale in TEXT_SCALES else 1.0

    @text_scale.setter
    def text_scale(self, scale: float) -> None:
        self.settings.setValue("text_scale", scale)

    @property
    def coordinator(self) -> bool:
        """Whether this laptop shows every interviewer's calibration figures (a guard only)."""
        return str(self.settings.value("coordinator", "false")).lower() == "true"

    @coordinator.setter
    def coordinator(self, on: bool) -> None:
        self.settings.setValue("coordinator", "true" if on else "false")

    @property
    def interviewer(self) -> str | None:
        """The interviewer who last started an interview on this laptop."""
        return str(self.settings.value("interviewer", "")) or None

    @interviewer.setter
    def interviewer(self, interviewer_id: str) -> None:
        self.settings.setValue("interviewer", interviewer_id)

    @property
    def open_interview(self) -> str | None:
        """The interview on screen when the app last stopped, to resume after a crash."""
        return str(self.settings.value("open_interview", "")) or None

    @open_interview.setter
    def open_interview(self, interview_id: str | None) -> None:
        if interview_id:
            self.settings.setValue("open_interview", interview_id)
        else:
            self.settings.remove("open_interview")

    @property
    def export_dir(self) -> Path:
        return Path(str(self.settings.value("export_dir", str(Path.home()))))

    @export_dir.setter
    def export_dir(self, folder: Path) -> None:
        self.settings.setValue("export_dir", str(folder))

    @property
    def bundle_dir(self) -> Path:
        """Where bundles for other laptops were last saved or opened from."""
        return Path(str(self.settings.value("bundle_dir", str(Path.home()))))

    @bundle_dir.setter
    def bundle_dir(self, folder: Path) -> None:
        self.settings.setValue("bundle_dir", str(folder))

    @property
    def sync_folder(self) -> Path | None:
        """The folder the team's laptops share (a USB stick, a network share), if one was chosen.

        Only the folder is kept: the team's passphrase never leaves memory.
        """
        return Path(str(folder)) if (folder := self.settings.value("sync_folder", "")) else None

    @sync_folder.setter
    def sync_folder(self, folder: Path) -> None:
        self.settings.setValue("sync_folder", str(folder))

    # -- layout ------------------------------------------------------------------

    def candidate_sort(self, default: tuple[int, bool]) -> tuple[int, bool]:
        """The list's column and direction when the window was last closed."""
        try:
            column, direction = str(self.settings.value("candidate_sort", "")).split()
            return int(column), direction == "descending"
        except ValueError:
            return default

    def restore_layout(self, window: QMainWindow, splitter: QSplitter,
                       header: QHeaderView) -> None:
        geometry = _bytes(self.settings.value("geometry"))
        if geometry is not None:
            window.restoreGeometry(geometry)
        else:
            screen = window.screen().availableGeometry()
            window.resize(min(1400, screen.width()), min(860, screen.height()))
        if (state := _bytes(self.settings.value("main_splitter"))) is not None:
            splitter.restoreState(state)
        if (columns := _bytes(self.settings.value("candidate_columns"))) is not None:
            # Widths; the order is the model's, from "candidate_sort".
            header.restoreState(columns)

    def save_layout(self, window: QMainWindow, splitter: QSplitter, header: QHeaderView,
                    sort: tuple[int, bool]) -> None:
        self.settings.setValue("geometry", window.saveGeometry())
        self.settings.setValue("main_splitter", splitter.saveState())
        self.settings.setValue("candidate_columns", header.saveState())
        column, descending = sort
        self.settings.setValue("candidate_sort",
                               f"{column} {'descending' if descending else 'ascending'}")
        self.settings.sync()

    def restore_runner(self, splitter: QSplitter) -> None:
        if (state := _bytes(self.settings.value("runner_splitter"))) is not None:
            splitter.restoreState(state)

    def save_runner(self, splitter: QSplitter) -> None:
        self.settings.setValue("runner_splitter", splitter.saveState())
