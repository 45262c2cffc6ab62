"""Words for a manual file that could not be loaded: the problem in a sentence, and the page shown
in the viewer in the section's place."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from desk_app.services.manual import ManualError, Problem

# lupdate finds calls named `translate` with literal arguments.
translate = QCoreApplication.translate


def problem_text(problem: Problem) -> str:
    """What is wrong with the file, in one translated sentence."""
    texts = {
        Problem.UNREADABLE: translate("manual", "The file cannot be opened or read."),
        Problem.NOT_UTF8: translate("manual", "The file is not saved as UTF-8 text."),
        Problem.NO_FRONT_MATTER: translate("manual", "The file must start with a line of three hyphens (---)."),
        Problem.UNCLOSED: translate("manual", "The block at the top is not closed with a line of three hyphens (---)."),
        Problem.BAD_LINE: translate("manual", "A line at the top is not written “name: value”."),
        Problem.UNKNOWN_FIELD: translate("manual", "A name at the top is not one the manual knows."),
        Problem.DUPLICATE_FIELD: translate("manual", "A name at the top is given twice."),
        Problem.MISSING_FIELD: translate("manual", "The section has no title."),
        Problem.BAD_VALUE: translate("manual", "A value at the top is not written as it should be."),
        Problem.UNKNOWN_CATEGORY: translate("manual", "A category is not one of the case categories."),
        Problem.BAD_ID: translate(
            "manual", "The file name (the section's id) must use lowercase letters, digits and hyphens."),
        Problem.FOLDER_MISSING: translate("manual", "The manual folder chosen in Settings does not exist."),
    }
    return texts.get(problem, problem.value)


def error_title(error: ManualError) -> str:
    """How the table of contents names a file that failed: its file name, or the folder."""
    return error.path.name or str(error.path)


def error_summary(error: ManualError) -> str:
    """One line: the problem, and the line it is on."""
    text = problem_text(error.problem)
    if error.line:
        return translate("manual", "Line {line}: {problem}").format(line=error.line, problem=text)
    return text


def error_page(error: ManualError) -> str:
    """The HTML shown in the viewer in place of the section that could not be loaded."""
    parts = [
        "<h2>⚠ " + html.escape(translate("manual", "This part of the manual could not be loaded")) + "</h2>",
        f"<p><b>{html.escape(str(error.path))}</b></p>",
        f"<p>{html.escape(error_summary(error))}</p>",
    ]
    if error.detail:
        parts.append("<p>" + html.escape(translate("manual", "Details: {detail}").format(detail=error.detail)) + "</p>")
    if error.problem is Problem.FOLDER_MISSING:
        advice = translate("manual", "The bundled manual is shown. Choose another folder under Settings → Manual.")
    else:
        advice = translate(
            "manual",
            "The rest of the manual works as usual. Correct the file and save it: the manual reloads by itself.")
    parts.append(f"<p>{html.escape(advice)}</p>")
    return "".join(parts)


def missing_page(section_id: str) -> str:
    """The HTML shown for a link to a section the manual does not have."""
    return "<h2>" + html.escape(translate("manual", "No such section")) + "</h2><p>" + html.escape(
        translate("manual", "The manual has no section “{id}”. The link may be mistyped, or its file was removed.")
        .format(id=section_id)) + "</p>"
