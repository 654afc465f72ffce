#!/usr/bin/env python3
"""Reads one scanner run's output for scripts/scan.sh and says whether it was a valid scan and what it found.

  summarize.py sqlmap NAME FORM_PATH TRAFFIC_FILE LOG_FILE PORTAL_LOG_SLICE EXIT_CODE SECONDS
  summarize.py wapiti NAME REPORT_JSON LOG_FILE PORTAL_LOG_SLICE EXIT_CODE SECONDS [LEFT_OUT]

LEFT_OUT: comma-separated path prefixes the run must not have requested (its -x exclusions that
matter to later runs); a request to one of them makes the run not valid.

Prints one summary line (then one line per finding or reason) and appends a tab-separated record
(tool, name, requests, critical, high, medium, low, info, valid) to $SCAN_TOTALS for the totals.
Exit code: 0 valid and clean, 1 a finding of medium level or higher, 2 not a valid scan. Every 5xx
the portal answered during the run (its log) is a medium finding: no input may produce one
(security.md 45).

A run is not valid when the tool crashed or was cut off by its time limit, when it sent next to
nothing, or when most of the requests it aimed at the portal's handlers were answered 400 (the
antiforgery check or a malformed request: the tool never reached the code it meant to test).
"""
import json
import os
import re
import sys
from collections import Counter

LEVELS = ["critical", "high", "medium", "low", "info"]
# wapiti's levels (wapitiCore/language/vulnerability.py): "4" critical ... "0" info.
WAPITI_LEVEL = {"4": "critical", "3": "high", "2": "medium", "1": "low", "0": "info"}
MOST = 0.5  # more than this share of 400 answers: the run did not reach the handlers


def record(tool, name, requests, levels, valid):
    path = os.environ.get("SCAN_TOTALS")
    if path:
        with open(path, "a", encoding="utf-8") as totals:
            totals.write("\t".join([tool, name, str(requests)] + [str(levels[level]) for level in LEVELS] + [str(int(valid))]) + "\n")


def statuses_text(counts):
    return ", ".join(f"{code}: {count}" for code, count in sorted(counts.items()))


def finish(tool, name, requests, levels, reasons, findings, line):
    valid = not reasons
    serious = levels["critical"] + levels["high"] + levels["medium"]
    print(f"{tool} {name}: {'VALID' if valid else 'NOT VALID'}; {line}; findings: "
          + ", ".join(f"{levels[level]} {level}" for level in LEVELS))
    for reason in reasons:
        print(f"    not valid: {reason}")
    for finding in findings:
        print(f"    {finding}")
    record(tool, name, requests, levels, valid)
    return 2 if not valid else (1 if serious else 0)


def portal_answers(portal_slice):
    """(method, path, status) of every request the portal logged during the run."""
    text = open(portal_slice, encoding="utf-8", errors="replace").read()
    return [(method, path.split("?")[0], int(code)) for method, path, code in re.findall(r"HTTP (\w+) (\S+) responded (\d+)", text)]


SIGN_IN = "/account/signin"


def server_errors(answers, levels, findings):
    """Every 5xx the portal answered during the run: a medium finding (security.md 45: no input produces a 5xx)."""
    errors = Counter(f"{method} {path} {code}" for method, path, code in answers if code >= 500)
    for what, count in sorted(errors.items()):
        levels["medium"] += 1
        findings.append(f"MEDIUM server error: {count} x {what} (see the portal's log)")


def handler_answers(answers, form_path):
    """How the portal answered the POSTs to form_path, each with the path of the request right after it.

    sqlmap sends one request at a time and follows a redirect at once, so the request after a POST
    answered 3xx is where the redirect led: the sign-in page when the session was lost, otherwise the
    handler's own redirect (search: the results page; upload: the job's progress page).
    """
    codes, reached, to_sign_in = Counter(), 0, 0
    for index, (method, path, code) in enumerate(answers):
        if method != "POST" or path != form_path:
            continue
        codes[code] += 1
        following = answers[index + 1][1] if index + 1 < len(answers) else ""
        if 300 <= code < 400 and following.startswith(SIGN_IN) and form_path != SIGN_IN:
            to_sign_in += 1
        elif code < 400:
            reached += 1
    return codes, reached, to_sign_in


def sqlmap(name, form_path, traffic_file, log_file, portal_slice, exit_code, seconds):
    log = open(log_file, encoding="utf-8", errors="replace").read()
    traffic = open(traffic_file, encoding="utf-8", errors="replace").read() if os.path.exists(traffic_file) else ""
    sent = len(re.findall(r"^HTTP request \[#\d+\]:$", traffic, re.M))  # a followed redirect reuses its POST's number
    # sqlmap's traffic file shows the page after a followed redirect; the portal's log has the answer to the POST itself.
    answers = portal_answers(portal_slice)
    form_codes, reached, to_sign_in = handler_answers(answers, form_path)
    posts = sum(form_codes.values())
    # A saved request's '*' marks are "(custom) POST parameter 'MULTIPART #2*'" in the log.
    tested = sorted(set(re.findall(r"testing for SQL injection on (?:\(custom\) )?POST parameter '([^']+)'", log)))
    injectable = re.search(r"sqlmap identified the following injection point", log) is not None
    finished = injectable or "all tested parameters do not appear to be injectable" in log
    levels = dict.fromkeys(LEVELS, 0)
    findings = []
    if injectable:
        levels["high"] = 1
        findings += ["INJECTION: " + line.strip() for line in re.findall(r"^Parameter: .*$", log, re.M)] or ["INJECTION (see the log)"]
    server_errors(answers, levels, findings)
    reasons = []
    if exit_code == 124:
        reasons.append(f"cut off by its time limit after {seconds} s (raise SQLMAP_MINUTES)")
    elif not finished:
        reasons.append("sqlmap did not finish its tests (see the log: " + (re.findall(r"\[(?:CRITICAL|ERROR)\] (.*)", log) or ["no error line"])[-1] + ")")
    if posts < 20:
        reasons.append(f"only {posts} injected POSTs reached {form_path}")
    elif reached < (1 - MOST) * posts:
        reasons.append(f"only {reached} of {posts} POSTs to {form_path} reached its handler "
                       f"({form_codes[400]} answered 400: antiforgery or malformed; {to_sign_in} redirected to sign-in)")
    line = (f"{sent} requests (token page GETs, injected POSTs, followed redirects); {posts} POSTs to {form_path} "
            f"(as the portal answered them: {statuses_text(form_codes)}; reached the handler: {reached}, "
            f"redirected to sign-in: {to_sign_in}); "
            f"parameters tested: {', '.join(tested) or 'none'}; {seconds} s")
    return finish("sqlmap", name, sent, levels, reasons, findings, line)


def wapiti(name, report_file, log_file, portal_slice, exit_code, seconds, left_out):
    log = open(log_file, encoding="utf-8", errors="replace").read()
    answers = portal_answers(portal_slice)
    codes = Counter(code for _, _, code in answers)
    posts = Counter(code for method, _, code in answers if method == "POST")
    crawled = re.search(r"Wapiti found (\d+) URLs and forms", log)
    levels = dict.fromkeys(LEVELS, 0)
    findings = []
    reasons = []
    report = None
    if os.path.exists(report_file) and os.path.getsize(report_file) > 0:
        report = json.load(open(report_file, encoding="utf-8"))
        for section in ("vulnerabilities", "anomalies", "additionals"):
            for category, items in (report.get(section) or {}).items():
                for item in items:
                    level = WAPITI_LEVEL.get(str(item.get("level", "1")), "low")
                    levels[level] += 1
                    if level in ("critical", "high", "medium"):
                        findings.append(f"{level.upper()} {category}: {item.get('method', '')} {item.get('path', '')} "
                                        f"parameter {item.get('parameter', '')!r}: {str(item.get('info', ''))[:160]}")
    server_errors(answers, levels, findings)
    if "Traceback (most recent call last)" in log:
        reasons.append("wapiti crashed: " + (re.findall(r"^\w*(?:Error|Exception)\b.*$", log, re.M) or ["see the log"])[-1])
    if exit_code == 124:
        reasons.append(f"cut off by its time limit after {seconds} s")
    elif exit_code != 0:
        reasons.append(f"wapiti exited with code {exit_code}")
    if report is None:
        reasons.append("no report")
    if crawled is None or int(crawled.group(1)) < 5:
        reasons.append(f"crawled {crawled.group(1) if crawled else 'no'} URLs and forms")
    total = sum(codes.values())
    if total < 50:
        reasons.append(f"only {total} requests reached the portal")
    elif codes[400] > MOST * total:
        reasons.append(f"{codes[400]} of {total} requests answered 400 (antiforgery or malformed)")
    # Every request to an excluded form is counted, so a pattern that lets one through shows here.
    prefixes = [prefix for prefix in left_out.split(",") if prefix]
    leaked = Counter(prefix for _, path, _ in answers for prefix in prefixes if path.startswith(prefix))
    if leaked:
        reasons.append("requested what it had to leave out: " + ", ".join(f"{prefix}: {count}" for prefix, count in sorted(leaked.items())))
    line = (f"{total} requests ({statuses_text(codes)}; of them POST: {statuses_text(posts) or 'none'}); "
            f"{crawled.group(1) if crawled else 0} URLs and forms crawled; "
            + (f"left out {', '.join(prefixes)}: {sum(leaked.values())} requests; " if prefixes else "")
            + f"{seconds} s")
    return finish("wapiti", name, total, levels, reasons, findings, line)


def main(argv):
    tool, name = argv[1], argv[2]
    if tool == "sqlmap":
        return sqlmap(name, argv[3], argv[4], argv[5], argv[6], int(argv[7]), int(argv[8]))
    if tool == "wapiti":
        return wapiti(name, argv[3], argv[4], argv[5], int(argv[6]), int(argv[7]), argv[8] if len(argv) > 8 else "")
    if tool == "totals":
        rows = [line.rstrip("\n").split("\t") for line in open(argv[2], encoding="utf-8") if line.strip()]
        for tool_name in ("sqlmap", "wapiti"):
            mine = [row for row in rows if row[0] == tool_name]
            sums = [sum(int(row[i]) for row in mine) for i in range(2, 8)]
            invalid = [row[1] for row in mine if row[8] == "0"]
            print(f"{tool_name}: {len(mine)} runs, {sums[0]} requests; findings: "
                  + ", ".join(f"{count} {level}" for count, level in zip(sums[1:], LEVELS))
                  + (f"; NOT VALID: {', '.join(invalid)}" if invalid else "; all runs valid"))
        return 0
    raise SystemExit(f"unknown tool {tool}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
