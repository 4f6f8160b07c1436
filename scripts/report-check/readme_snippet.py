#!/usr/bin/env python3
"""Runs the README's pandas snippet on a study folder, as a reader would paste it: the README stays true.

Usage: readme_snippet.py README.md STUDY_DIR
The snippet is the README's python block that imports pandas; its `study = "..."` line is pointed at STUDY_DIR.
Needs numpy and pandas (Debian's python3-numpy and python3-pandas).
"""
import re
import sys


def snippet(readme_text):
    blocks = re.findall(r"```python\n(.*?)```", readme_text, re.S)
    found = [b for b in blocks if "import pandas" in b or "pandas as pd" in b]
    if len(found) != 1:
        raise SystemExit("expected one pandas block in the README, found %d" % len(found))
    return found[0]


def pointed_at(code, study):
    pointed, n = re.subn(r'^study = ".*"$', "study = %r" % study, code, flags=re.M)
    if n != 1:
        raise SystemExit("the pandas block has no line `study = \"...\"` to point at the study")
    return pointed


def main():
    readme, study = sys.argv[1], sys.argv[2]
    with open(readme, encoding="utf-8") as f:
        code = pointed_at(snippet(f.read()), study)
    exec(compile(code, "README.md (pandas snippet)", "exec"), {"__name__": "readme_snippet"})


if __name__ == "__main__":
    main()
