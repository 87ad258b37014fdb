"""``--format junit``: JUnit XML with one testsuite per file, one failing testcase per diagnostic."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from editkit.formatters import Report

NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(value: str) -> str:
    """XML 1.0 cannot hold most control characters: show them as escapes."""
    return NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", value)


def format_junit(report: Report) -> str:
    root = ET.Element("testsuites", name="editkit")
    total = failures = errors = 0
    for result in report.results:
        suite = ET.SubElement(root, "testsuite", name=xml_safe(result.path))
        cases = 0
        if result.error:
            case = ET.SubElement(suite, "testcase", name="read", classname=result.path)
            ET.SubElement(case, "error", message=xml_safe(result.error), type="unreadable").text = xml_safe(result.error)
            errors += 1
            cases += 1
        for d in result.diagnostics:
            case = ET.SubElement(
                suite, "testcase", name=f"{d.rule} {d.name} at {d.start.line}:{d.start.column}", classname=result.path
            )
            failure = ET.SubElement(case, "failure", message=xml_safe(d.message), type=d.severity)
            failure.text = xml_safe(f"{result.path}:{d.start.line}:{d.start.column}: {d.rule} {d.message}\n{d.text}")
            cases += 1
        if cases == 0:
            ET.SubElement(suite, "testcase", name="editkit", classname=result.path)
            cases = 1
        suite_failures = len(result.diagnostics)
        suite.set("tests", str(cases))
        suite.set("failures", str(suite_failures))
        suite.set("errors", "1" if result.error else "0")
        total += cases
        failures += suite_failures
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", str(errors))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
