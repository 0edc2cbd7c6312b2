"""JUnit XML: what CI dashboards show as tests — a test case per quantity, a failure per conflict.

One ``testsuite`` per story (and one for the inputs); one ``testcase`` per
finding about a quantity, date or quote (a claim kept apart on purpose is
no test), failed when the finding is a conflict, with the explanation as
the failure text; one ``testcase`` per input, ``skipped`` when it was not
analysed. Built with :mod:`xml.etree.ElementTree`, so article text is
escaped; characters XML 1.0 cannot hold (controls, lone surrogates, U+FFFE)
and terminal controls (ESC, bidi overrides) are written as visible escapes
by :func:`~crosscheck.render._safe.printable`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from .._codes import ArticleStatus, FindingKind
from ._ci import subject, title
from ._safe import printable

if TYPE_CHECKING:
    from .._report import Report

_clean = printable


def _suite(parent: ET.Element, name: str) -> ET.Element:
    return ET.SubElement(parent, "testsuite", {"name": _clean(name)})


def to_junit(report: Report) -> str:
    """The report as JUnit XML text; byte-identical for the same input."""
    root = ET.Element("testsuites", {"name": "crosscheck"})
    inputs = _suite(root, "inputs")
    for record in report.articles:
        case = ET.SubElement(
            inputs,
            "testcase",
            {"classname": "crosscheck.inputs", "name": _clean(record.path or record.id)},
        )
        if record.status != ArticleStatus.OK:
            ET.SubElement(
                case,
                "skipped",
                {"message": _clean(f"{record.reason}: {record.detail or ''}".rstrip(": "))},
            )
    suites: dict[str, ET.Element] = {}
    for finding in report.findings:
        if finding.kind == FindingKind.NOT_ALIGNED:
            continue
        story = finding.story or "no story"
        suite = suites.get(story)
        if suite is None:
            suite = suites[story] = _suite(root, f"story {story}")
        case = ET.SubElement(
            suite,
            "testcase",
            {
                "classname": _clean(f"crosscheck.{story}"),
                "name": _clean(f"{subject(finding)} [{finding.fingerprint or finding.id}]"),
            },
        )
        if finding.kind == FindingKind.CONFLICT:
            failure = ET.SubElement(
                case,
                "failure",
                {"type": finding.kind, "message": _clean(title(finding))},
            )
            failure.text = _clean(finding.explanation)
        else:
            out = ET.SubElement(case, "system-out")
            out.text = _clean(f"{finding.kind}: {finding.explanation}")
    for suite in root:
        cases = suite.findall("testcase")
        suite.set("tests", str(len(cases)))
        suite.set("failures", str(sum(c.find("failure") is not None for c in cases)))
        suite.set("errors", "0")
        suite.set("skipped", str(sum(c.find("skipped") is not None for c in cases)))
    root.set("tests", str(sum(int(s.get("tests", "0")) for s in root)))
    root.set("failures", str(sum(int(s.get("failures", "0")) for s in root)))
    root.set("errors", "0")
    root.set("skipped", str(sum(int(s.get("skipped", "0")) for s in root)))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
