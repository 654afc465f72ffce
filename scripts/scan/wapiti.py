#!/usr/bin/python3
"""Runs Debian 12's wapiti (3.0.4) with the fix its exclusions need on Python 3.11 and a fresh
submission key for each POST.

wapiti 3.0.4 turns every -x/--exclude URL into a regular expression in
wapitiCore/net/crawler.py, wildcard_translate(): it escapes the URL itself (re.escape, only '*' is a
wildcard) and appends r'\\Z(?ms)'. Python 3.11 refuses global flags anywhere but at the start
("re.error: global flags not at the start of the expression"), so ANY -x argument crashes wapiti
before its first request, whatever the URL. This launcher replaces that function with the same
translation, flags first, and then runs wapiti's own entry point with the same arguments.

The portal's signed-in forms that change data carry a one-time submission key (hidden field
"SubmissionKey", security.md 35): a second POST with the same key gets the first POST's redirect
and never reaches the action. wapiti replays the key it crawled in every attack on the form, so
all but its first request would test the replay, not the action. Before each POST, a key that is
still a GUID (not the value wapiti is attacking) is replaced by a new one, as a browser loading the
form again would get.
Used by scripts/scan.sh; needs the Debian package (python3-wapiti's modules in /usr/lib/python3).
"""
import re
import sys
import uuid

from wapitiCore.net import crawler


def wildcard_translate(pattern):
    """The URL, escaped, with '*' as the only wildcard; matched as a whole (flags at the start)."""
    return re.compile(r"(?ms)" + "".join(".*" if char == "*" else re.escape(char) for char in pattern) + r"\Z")


crawler.wildcard_translate = wildcard_translate

SUBMISSION_KEY = "SubmissionKey"
_post = crawler.Crawler.post


def _is_guid(value):
    try:
        uuid.UUID(str(value))
        return True
    except ValueError:
        return False


def post_with_fresh_submission_key(self, form, *args, **kwargs):
    params = form._post_params  # list of [name, value]; wapiti 3.0.4's web.Request keeps it there
    if not isinstance(params, list) or not any(name == SUBMISSION_KEY and _is_guid(value) for name, value in params):
        return _post(self, form, *args, **kwargs)
    form._post_params = [[name, str(uuid.uuid4()) if name == SUBMISSION_KEY and _is_guid(value) else value]
                         for name, value in params]
    try:
        return _post(self, form, *args, **kwargs)
    finally:
        form._post_params = params


crawler.Crawler.post = post_with_fresh_submission_key

from wapitiCore.main.wapiti import wapiti_main  # noqa: E402 (after the fix, on purpose)

if __name__ == "__main__":
    sys.argv[0] = "wapiti"
    sys.exit(wapiti_main())
