#!/usr/bin/env python3
"""Independent reader of unitscope results, written from docs/RESULTS.md (standard library + numpy only).

    python3 scripts/report-check/read_results.py DIR [--doc docs/RESULTS.md]

DIR is a study folder (study.json, one sub-folder per part, report/) or one run's results folder (manifest.json).
Every file under DIR is read: each .npz with numpy (every array), each .csv with the csv module (every column must
be documented in RESULTS.md's table for that file; for units.csv the documented columns of every metric the
manifest of a complete run lists must be present), each .png (signature, IHDR, chunk CRCs, IDAT inflated with zlib to the size the
header implies), each .svg (parsed by xml.etree, root element svg), each .json. One summary line per file kind;
exit status 1 with a message on the first problem.
"""
import argparse
import csv
import io
import json
import os
import re
import struct
import sys
import xml.etree.ElementTree as ET
import zlib

import numpy as np

DEFAULT_DOC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs", "RESULTS.md")
CSV_HEADER = ["column", "unit", "definition"]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class Problem(Exception):
    """The first thing found wrong."""


def _cells(line):
    """The cells of a markdown table row, stripped ('|' escaped as '\\|' stays inside its cell)."""
    body = line.strip()
    if not (body.startswith("|") and body.endswith("|")):
        return None
    parts = re.split(r"(?<!\\)\|", body[1:-1])
    return [p.strip() for p in parts]


def _name(cell):
    """The name a table's first cell gives: the text in its first backticks, else the cell itself."""
    m = re.search(r"`([^`]+)`", cell)
    return m.group(1) if m else cell


class Schema:
    """What RESULTS.md documents: CSV columns per file (and per metric of units.csv), npz array names per file."""

    def __init__(self, text):
        self.csv = {}        # file -> {group -> [columns]}; group: None (always there), "truth", or a metric id
        self.npz = {}        # file -> [name patterns]
        self._parse(text.splitlines())

    def _parse(self, lines):
        heading = ""
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.startswith("#"):
                heading = line.lstrip("#").strip()
                i += 1
                continue
            header = _cells(line)
            if header is None:
                i += 1
                continue
            rows = []
            i += 2  # header and the |---| line
            while i < len(lines) and _cells(lines[i]) is not None:
                rows.append(_cells(lines[i]))
                i += 1
            self._table(heading, header, rows)

    def _table(self, heading, header, rows):
        csv_file = re.search(r"([\w.-]+\.csv)", heading)
        npz_file = re.search(r"([\w.-]+\.npz)", heading)
        if header == CSV_HEADER and csv_file:
            metric = re.search(r"metric `([^`]+)`", heading)
            group = metric.group(1) if metric else ("truth" if "true_" in heading else None)
            columns = self.csv.setdefault(csv_file.group(1), {}).setdefault(group, [])
            columns.extend(_name(r[0]) for r in rows)
        elif npz_file and header[0] == "array":
            self.npz.setdefault(npz_file.group(1), []).extend(_name(r[0]) for r in rows)
        elif npz_file and header[0].isupper():
            # a table enumerating a placeholder of the file's names (e.g. CURVE of curves.npz)
            self.npz.setdefault(npz_file.group(1) + ":" + header[0], []).extend(_name(r[0]) for r in rows)

    def documented_columns(self, name):
        groups = self.csv.get(name)
        if groups is None:
            return None
        return {c for cols in groups.values() for c in cols}

    def npz_pattern(self, name):
        """A regex for the array names documented for npz file `name`, None if the file is not documented."""
        names = self.npz.get(name)
        if names is None:
            return None
        alternatives = []
        for n in names:
            parts = []
            for token in n.split("."):
                if token.isupper():
                    values = self.npz.get(name + ":" + token)
                    parts.append("(?:" + "|".join(map(re.escape, values)) + ")" if values else "[^.]+")
                else:
                    parts.append(re.escape(token))
            alternatives.append(r"\.".join(parts))
        return re.compile("^(?:" + "|".join(alternatives) + ")$")


class Reader:
    def __init__(self, root, schema):
        self.root = root
        self.schema = schema
        self.counts = {}

    def count(self, kind, **extra):
        c = self.counts.setdefault(kind, {"files": 0})
        c["files"] += 1
        for k, v in extra.items():
            c[k] = c.get(k, 0) + v

    def rel(self, path):
        return os.path.relpath(path, self.root)

    def run(self):
        if not os.path.isdir(self.root):
            raise Problem(f"{self.root}: not a folder")
        study = os.path.isfile(os.path.join(self.root, "study.json"))
        if not study and not os.path.isfile(os.path.join(self.root, "manifest.json")):
            raise Problem(f"{self.root}: neither a study (study.json) nor a run's results (manifest.json)")
        if study:
            s = self.json(os.path.join(self.root, "study.json"))
            for part in s.get("parts", []):
                folder = os.path.join(self.root, part["folder"])
                if part.get("status") == "complete" and not os.path.isfile(os.path.join(folder, "manifest.json")):
                    raise Problem(f"study.json: part '{part['name']}' is complete but {self.rel(folder)}/manifest.json is missing")
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for f in sorted(filenames):
                if f.startswith("."):
                    continue
                self.file(os.path.join(dirpath, f))
        return self.counts

    def file(self, path):
        ext = os.path.splitext(path)[1].lower()
        if ext == ".json":
            self.json(path)
            self.count("json")
        elif ext == ".csv":
            self.csv(path)
        elif ext == ".npz":
            self.npz(path)
        elif ext == ".png":
            self.png(path)
        elif ext == ".svg":
            self.svg(path)
        elif ext in (".txt", ".html"):
            try:
                with open(path, encoding="utf-8") as fh:
                    fh.read()
            except (UnicodeDecodeError, OSError) as e:
                raise Problem(f"{self.rel(path)}: not readable as UTF-8 text: {e}")
            self.count(ext[1:])
        else:
            self.count("other")

    def json(self, path):
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except (ValueError, OSError) as e:
            raise Problem(f"{self.rel(path)}: not valid JSON: {e}")
        if os.path.basename(path) == "report.json":
            for t in data.get("tables", []):
                width = len(t["columns"])
                for row in t["rows"]:
                    if len(row) != width:
                        raise Problem(f"{self.rel(path)}: table '{t['id']}' has a row of {len(row)} values for {width} columns")
            for fig in data.get("figures", []):
                for key in ("png", "svg"):
                    if not os.path.isfile(os.path.join(os.path.dirname(path), fig[key])):
                        raise Problem(f"{self.rel(path)}: figure '{fig['id']}' names {fig[key]}, which is missing")
        return data

    def csv(self, path):
        name = os.path.basename(path)
        documented = self.schema.documented_columns(name)
        if documented is None:
            raise Problem(f"{self.rel(path)}: no table for {name} in RESULTS.md (a heading naming the file over "
                          f"'| column | unit | definition |')")
        try:
            with open(path, newline="", encoding="utf-8") as fh:
                rows = list(csv.reader(fh))
        except (csv.Error, UnicodeDecodeError, OSError) as e:
            raise Problem(f"{self.rel(path)}: not a readable CSV: {e}")
        if not rows:
            raise Problem(f"{self.rel(path)}: empty, no header row")
        header = rows[0]
        if len(set(header)) != len(header):
            raise Problem(f"{self.rel(path)}: repeated column names in {header}")
        for c in header:
            if c not in documented:
                raise Problem(f"{self.rel(path)}: column '{c}' is not documented in RESULTS.md's table for {name}")
        for k, row in enumerate(rows[1:], start=2):
            if len(row) != len(header):
                raise Problem(f"{self.rel(path)}: line {k} has {len(row)} fields, the header {len(header)}")
        if name == "units.csv":
            self.units_columns(path, header)
        self.count("csv", rows=len(rows) - 1, columns=len(header))

    def units_columns(self, path, header):
        """Every column documented for each metric the manifest lists (and layer, channel) must be there."""
        groups = self.schema.csv["units.csv"]
        required = list(groups.get(None, []))
        manifest = os.path.join(os.path.dirname(path), "manifest.json")
        if os.path.isfile(manifest):
            run = self.json(manifest)
            # partial results (incomplete, failed) are what the probe stored: the metrics did not run
            metrics = run.get("metrics", []) if run.get("status") == "complete" else []
            for m in metrics:
                if m["id"] not in groups:
                    raise Problem(f"{self.rel(path)}: metric '{m['id']}' (manifest.json) has no units.csv table in RESULTS.md")
                required += groups[m["id"]]
        missing = [c for c in required if c not in header]
        if missing:
            raise Problem(f"{self.rel(path)}: documented columns missing: {', '.join(missing)}")

    def npz(self, path):
        name = os.path.basename(path)
        pattern = self.schema.npz_pattern(name)
        if pattern is None:
            raise Problem(f"{self.rel(path)}: no table for {name} in RESULTS.md")
        arrays = 0
        try:
            with np.load(path, allow_pickle=False) as z:
                for key in z.files:
                    a = z[key]
                    if a.dtype.kind not in "fiub":
                        raise Problem(f"{self.rel(path)}: array '{key}' has dtype {a.dtype}, not numeric")
                    if not pattern.match(key):
                        raise Problem(f"{self.rel(path)}: array '{key}' is not documented in RESULTS.md's table for {name}")
                    arrays += 1
        except Problem:
            raise
        except Exception as e:  # numpy reports a damaged zip or .npy in several ways
            raise Problem(f"{self.rel(path)}: numpy cannot load it: {type(e).__name__}: {e}")
        self.count("npz", arrays=arrays)

    def png(self, path):
        with open(path, "rb") as fh:
            data = fh.read()
        where = self.rel(path)
        if not data.startswith(PNG_SIGNATURE):
            raise Problem(f"{where}: no PNG signature")
        pos = len(PNG_SIGNATURE)
        ihdr = None
        idat = []
        ended = False
        while pos < len(data):
            if pos + 8 > len(data):
                raise Problem(f"{where}: truncated chunk header at byte {pos}")
            length, kind = struct.unpack(">I4s", data[pos:pos + 8])
            body = data[pos + 8:pos + 8 + length]
            if pos + 12 + length > len(data):
                raise Problem(f"{where}: truncated {kind!r} chunk at byte {pos}")
            crc = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0]
            if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
                raise Problem(f"{where}: bad CRC in {kind!r} chunk at byte {pos}")
            if ihdr is None and kind != b"IHDR":
                raise Problem(f"{where}: first chunk is {kind!r}, not IHDR")
            if kind == b"IHDR":
                ihdr = struct.unpack(">IIBBBBB", body)
            elif kind == b"IDAT":
                idat.append(body)
            elif kind == b"IEND":
                ended = True
                break
            pos += 12 + length
        if not ended:
            raise Problem(f"{where}: no IEND chunk (truncated)")
        width, height, depth, colour, _, _, interlace = ihdr
        if width == 0 or height == 0:
            raise Problem(f"{where}: IHDR size {width}x{height}")
        try:
            raw = zlib.decompress(b"".join(idat))
        except zlib.error as e:
            raise Problem(f"{where}: IDAT does not inflate: {e}")
        samples = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}.get(colour)
        if samples is None:
            raise Problem(f"{where}: unknown colour type {colour}")
        if interlace == 0:
            expected = height * (1 + (width * samples * depth + 7) // 8)
            if len(raw) != expected:
                raise Problem(f"{where}: IDAT inflates to {len(raw)} bytes, {width}x{height} needs {expected}")
        self.count("png")

    def svg(self, path):
        try:
            root = ET.parse(path).getroot()
        except (ET.ParseError, OSError) as e:
            raise Problem(f"{self.rel(path)}: SVG does not parse: {e}")
        if root.tag.rsplit("}", 1)[-1] != "svg":
            raise Problem(f"{self.rel(path)}: root element is {root.tag}, not svg")
        self.count("svg")


def summary_lines(counts):
    lines = []
    for kind in sorted(counts):
        c = counts[kind]
        extra = ", ".join(f"{v} {k}" for k, v in c.items() if k != "files")
        what = {"json": "parsed", "csv": "parsed, every column documented", "npz": "loaded by numpy",
                "png": "decoded (signature, IHDR, CRCs, IDAT inflates)", "svg": "parsed, root svg",
                "txt": "read as UTF-8", "html": "read as UTF-8", "other": "not checked"}.get(kind, "")
        lines.append(f"{kind}: {c['files']} files {what}" + (f" ({extra})" if extra else ""))
    return lines


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", help="a study folder or a run's results folder")
    parser.add_argument("--doc", default=DEFAULT_DOC, help="docs/RESULTS.md (default: the repository's)")
    args = parser.parse_args(argv)
    try:
        with open(args.doc, encoding="utf-8") as fh:
            schema = Schema(fh.read())
        if "units.csv" not in schema.csv:
            raise Problem(f"{args.doc}: no units.csv table found")
        counts = Reader(args.dir, schema).run()
    except Problem as e:
        print(f"read_results: FAIL: {e}", file=sys.stderr)
        return 1
    for line in summary_lines(counts):
        print(line)
    print(f"read_results: OK: {args.dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
