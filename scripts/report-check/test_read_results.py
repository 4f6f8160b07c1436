"""Tests of read_results.py on tiny folders built here (cd scripts/report-check && python3 -m unittest)."""
import contextlib
import io
import json
import os
import struct
import tempfile
import unittest
import zlib

import numpy as np

import read_results


def png_bytes(width=3, height=2):
    """A valid 8-bit gray PNG."""
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(range(width)) for _ in range(height))
    return (read_results.PNG_SIGNATURE + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


class ReadResultsTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name
        self.write("manifest.json", json.dumps({"status": "complete", "metrics": [{"id": "phase-modulation"}]}))
        self.write("units.csv", "layer,channel,f0,f1,f1_f0,phase_class\nsimple,0,1.000000,2.000000,2.000000,simple\n"
                   "simple,1,,,,unresponsive\n")
        self.write("summary.txt", "simple: 2 units | phase modulation: 1 simple\n")
        np.savez(os.path.join(self.dir, "curves.npz"), **{"simple.sf_tuning": np.zeros((2, 8)),
                                                          "simple.sf_tuning.axis": np.arange(8.0)})
        np.savez(os.path.join(self.dir, "responses.npz"), **{"simple": np.zeros((5, 2), np.float32),
                                                             "label.phase": np.arange(5.0)})
        os.makedirs(os.path.join(self.dir, "figures"))
        self.write("figures/a.png", png_bytes())
        self.write("figures/a.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect/></svg>')

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, content):
        mode = "wb" if isinstance(content, bytes) else "w"
        with open(os.path.join(self.dir, name), mode) as fh:
            fh.write(content)

    def run_reader(self):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            rc = read_results.main([self.dir])
        return rc, out.getvalue() + err.getvalue()

    def assertFails(self, *fragments):
        rc, text = self.run_reader()
        self.assertEqual(1, rc, text)
        for f in fragments:
            self.assertIn(f, text)

    def test_good_folder_passes(self):
        rc, text = self.run_reader()
        self.assertEqual(0, rc, text)
        self.assertIn("png: 1 files", text)
        self.assertIn("svg: 1 files", text)
        self.assertIn("npz: 2 files", text)
        self.assertIn("read_results: OK", text)

    def test_undocumented_csv_column_fails(self):
        self.write("units.csv", "layer,channel,f0,f1,f1_f0,phase_class,mystery\nsimple,0,1,2,2,simple,3\n")
        self.assertFails("column 'mystery' is not documented", "units.csv")

    def test_missing_column_of_a_listed_metric_fails(self):
        self.write("units.csv", "layer,channel,f0,f1\nsimple,0,1,2\n")
        self.assertFails("documented columns missing: f1_f0, phase_class")

    def test_incomplete_run_needs_no_metric_columns(self):
        self.write("manifest.json", json.dumps({"status": "incomplete", "metrics": [{"id": "phase-modulation"}]}))
        self.write("units.csv", "layer,channel\nsimple,0\n")
        self.assertEqual(0, self.run_reader()[0])

    def test_metric_without_documentation_fails(self):
        self.write("manifest.json", json.dumps({"status": "complete", "metrics": [{"id": "no-such-metric"}]}))
        self.assertFails("metric 'no-such-metric'")

    def test_ragged_csv_row_fails(self):
        self.write("units.csv", "layer,channel,f0,f1,f1_f0,phase_class\nsimple,0,1\n")
        self.assertFails("line 2 has 3 fields")

    def test_undocumented_csv_file_fails(self):
        self.write("extra.csv", "layer\nx\n")
        self.assertFails("no table for extra.csv")

    def test_truncated_png_fails(self):
        self.write("figures/a.png", png_bytes()[:-20])
        self.assertFails("a.png")

    def test_png_with_damaged_idat_fails(self):
        data = bytearray(png_bytes())
        at = data.index(b"IDAT") + 6
        data[at] ^= 0xFF
        self.write("figures/a.png", bytes(data))
        self.assertFails("a.png", "CRC")

    def test_not_a_png_fails(self):
        self.write("figures/a.png", b"GIF89a....")
        self.assertFails("no PNG signature")

    def test_broken_svg_fails(self):
        self.write("figures/a.svg", "<svg><g></svg>")
        self.assertFails("SVG does not parse")

    def test_svg_with_another_root_fails(self):
        self.write("figures/a.svg", "<html/>")
        self.assertFails("not svg")

    def test_truncated_npz_fails(self):
        path = os.path.join(self.dir, "responses.npz")
        with open(path, "rb") as fh:
            data = fh.read()
        self.write("responses.npz", data[: len(data) // 2])
        self.assertFails("responses.npz", "numpy cannot load it")

    def test_undocumented_npz_array_fails(self):
        np.savez(os.path.join(self.dir, "curves.npz"), **{"simple.mystery_curve": np.zeros(3)})
        self.assertFails("'simple.mystery_curve' is not documented")

    def test_bad_json_fails(self):
        self.write("summary.json", "{\"a\": ")
        self.assertFails("summary.json: not valid JSON")

    def test_folder_without_manifest_or_study_fails(self):
        os.remove(os.path.join(self.dir, "manifest.json"))
        self.assertFails("neither a study")

    def test_study_with_a_complete_part_missing_fails(self):
        self.write("study.json", json.dumps({"study": "s", "status": "complete", "parts": [
            {"name": "tuning", "folder": "tuning", "status": "complete"}]}))
        self.assertFails("part 'tuning' is complete but tuning/manifest.json is missing")

    def test_every_documented_csv_table_has_the_strict_header(self):
        with open(read_results.DEFAULT_DOC, encoding="utf-8") as fh:
            schema = read_results.Schema(fh.read())
        self.assertEqual({"units.csv", "prediction.csv", "prediction-summary.csv"}, set(schema.csv))
        for metric in ("orientation", "spatial-frequency", "phase-modulation", "category", "truth"):
            self.assertIn(metric, schema.csv["units.csv"])
        self.assertEqual({"curves.npz", "responses.npz", "rf.npz"}, {k for k in schema.npz if ":" not in k})


if __name__ == "__main__":
    unittest.main()
