"""Tests of grating_metrics.py with hand-made curves whose answers are known analytically.

Run:  cd scripts/crosscheck && python3 -m unittest -v
"""

import contextlib
import csv
import io
import json
import math
import os
import shutil
import tempfile
import unittest

import numpy as np

import grating_metrics as gm

ORI12 = np.arange(12) * 15.0                       # 0..165
SF8 = 2.0 ** np.linspace(-5.0, -1.0, 8)            # 1/32 .. 0.5 c/px, 4/7 octave apart
PH8 = np.arange(8) * 45.0


def bessel_i(n, x, terms=60):
    """Modified Bessel function of the first kind, by its power series."""
    return sum((x / 2.0) ** (2 * m + n) / (math.factorial(m) * math.factorial(m + n)) for m in range(terms))


def von_mises(t, mu, kappa):
    return np.exp(kappa * (np.cos(np.radians(2.0 * (t - mu))) - 1.0))


class PhaseModulationTest(unittest.TestCase):
    def test_half_wave_rectified_sinusoid_over_8_phases(self):
        # rectified samples: 0, s, 1, s, 0, 0, 0, 0 with s = sqrt(2)/2
        # F0 = (1 + 2 s) / 8 = (1 + sqrt 2) / 8;  sum R_p e^{i phi_p} = (0.5 + 0.5i) + i + (-0.5 + 0.5i) = 2i
        # F1 = (2/8) * 2 = 0.5;  F1/F0 = 4 / (1 + sqrt 2) = 4 (sqrt 2 - 1) = 1.65685 (pi/2 in the limit)
        f0, f1, ratio, cls = gm.phase_modulation(np.sin(np.radians(PH8)), PH8)
        self.assertAlmostEqual(f0, (1 + math.sqrt(2)) / 8, places=14)
        self.assertAlmostEqual(f1, 0.5, places=14)
        self.assertAlmostEqual(ratio, 4 * (math.sqrt(2) - 1), places=13)
        self.assertEqual(cls, "simple")

    def test_many_phases_approach_pi_over_2(self):
        ph = np.arange(720) * 0.5
        _, _, ratio, _ = gm.phase_modulation(np.sin(np.radians(ph)), ph)
        self.assertAlmostEqual(ratio, math.pi / 2, places=4)

    def test_phase_invariant_unit_is_complex(self):
        f0, f1, ratio, cls = gm.phase_modulation(np.full(8, 2.5), PH8)
        self.assertAlmostEqual(f0, 2.5, places=14)
        self.assertAlmostEqual(f1, 0.0, places=14)
        self.assertAlmostEqual(ratio, 0.0, places=14)
        self.assertEqual(cls, "complex")

    def test_offset_sinusoid(self):
        # 1 + 0.5 sin: F0 = 1, F1 = 0.5 exactly (no rectification needed)
        f0, f1, ratio, cls = gm.phase_modulation(1 + 0.5 * np.sin(np.radians(PH8)), PH8)
        self.assertAlmostEqual(f0, 1.0, places=14)
        self.assertAlmostEqual(f1, 0.5, places=14)
        self.assertEqual(cls, "complex")


class OrientationTest(unittest.TestCase):
    def test_von_mises_between_samples(self):
        # symmetric about 37.5 on the sampled grid, so the vector sum points exactly at 2 * 37.5
        for mu in (37.5, 172.5, 90.0, 0.0):
            r = von_mises(ORI12, mu, 2.0)
            self.assertAlmostEqual(gm.preferred_orientation(r, ORI12), mu % 180.0, places=9)
            self.assertEqual(gm.orientation_peaks(r)[0], 1)

    def test_von_mises_cv_and_osi(self):
        kappa = 2.0
        r = von_mises(ORI12, 30.0, kappa)
        # continuous limit: CV = 1 - I1(k)/I0(k); 12 samples alias only the 12th harmonic (~1e-9 here)
        self.assertAlmostEqual(gm.circular_variance(r, ORI12), 1 - bessel_i(1, kappa) / bessel_i(0, kappa), places=7)
        # R_pref = 1 at 30, R_orth = exp(-2k) at 120:  OSI = tanh(k)
        self.assertAlmostEqual(gm.osi(r, ORI12), math.tanh(kappa), places=14)

    def test_two_equal_orthogonal_peaks(self):
        r = von_mises(ORI12, 30.0, 3.0) + von_mises(ORI12, 120.0, 3.0)
        self.assertAlmostEqual(gm.osi(r, ORI12), 0.0, places=14)
        self.assertEqual(gm.orientation_peaks(r)[0], 2)

    def test_flat_curve(self):
        r = np.full(12, 0.7)
        self.assertEqual(gm.orientation_peaks(r)[0], 0)
        self.assertAlmostEqual(gm.circular_variance(r, ORI12), 1.0, places=12)
        self.assertEqual(gm.orientation_peaks(np.zeros(12))[0], 0)

    def test_plateau_is_one_peak(self):
        r = np.zeros(12)
        r[4:7] = 1.0
        self.assertEqual(gm.orientation_peaks(r)[0], 1)
        # plateau wrapping around the end of the array
        r = np.zeros(12)
        r[[11, 0, 1]] = 1.0
        self.assertEqual(gm.orientation_peaks(r)[0], 1)

    def test_peak_height_and_prominence(self):
        r = np.zeros(12)
        r[0], r[6] = 1.0, 0.4                      # second bump below half max
        self.assertEqual(gm.orientation_peaks(r)[0], 1)
        r[6] = 0.5                                  # exactly half max: counts (>=), borderline
        n, why = gm.orientation_peaks(r)
        self.assertEqual(n, 2)
        self.assertTrue(any("0.5 max" in w for w in why))
        # 0.6 at 3, dip 0.55, 0.65 at 5: 0.6 has prominence 0.6 - 0.55 = 0.05 < 0.1 -> not a peak
        r = np.zeros(12)
        r[0], r[3], r[4], r[5] = 1.0, 0.6, 0.55, 0.65
        self.assertEqual(gm.orientation_peaks(r)[0], 2)
        # twin 0.6 peaks: equal samples do not stop the walk, both have prominence 0.6
        r[5] = 0.6
        self.assertEqual(gm.orientation_peaks(r)[0], 3)

    def test_preferred_orientation_rounding_near_180(self):
        # r = 1 at 0 deg, a = 1e-6 at 165 deg: angle = -0.5 atan(0.5a / (1 + 0.866a)) = -1.43e-5 deg,
        # i.e. 179.9999857, which rounds to 180.0000 and so is reported as 0
        r = np.zeros(12)
        r[0], r[11] = 1.0, 1e-6
        self.assertEqual(gm.preferred_orientation(r, ORI12), 0.0)
        r[11] = 1e-2                                # -0.1424 deg -> 179.8576
        expect = 180 - 0.5 * math.degrees(math.atan2(0.5e-2, 1 + 1e-2 * math.cos(math.radians(330))))
        self.assertAlmostEqual(gm.preferred_orientation(r, ORI12), round(expect, 4), places=9)

    def test_osi_interpolates_the_orthogonal_response(self):
        t = np.arange(5) * 36.0                     # 0, 36, 72, 108, 144
        r = np.array([0.2, 0.4, 0.0, 0.3, 1.0])     # peak at 144, orthogonal 234 = 54: between 36 and 72
        ro = 0.4 + (54 - 36) / 36.0 * (0.0 - 0.4)   # 0.2
        self.assertAlmostEqual(gm.osi(r, t), (1 - ro) / (1 + ro), places=14)
        # peak at 0, orthogonal 90: between 72 and 108
        r = np.array([1.0, 0.4, 0.1, 0.3, 0.2])
        ro = 0.1 + (90 - 72) / 36.0 * (0.3 - 0.1)
        self.assertAlmostEqual(gm.osi(r, t), (1 - ro) / (1 + ro), places=14)

    def test_bandwidth_triangle(self):
        # triangle 1 - |d|/45 around 30: 1 at 30, 2/3 at 15 and 45, 1/3 at 0 and 60.
        # level 1/sqrt2 is crossed between 30 and 45 at 30 + 15 (1 - 1/sqrt2) / (1/3) on both sides
        r = np.maximum(0.0, 1 - np.abs(ORI12 - 30.0) / 45.0)
        self.assertAlmostEqual(gm.orientation_bandwidth(r, ORI12), 45 * (1 - 1 / math.sqrt(2)), places=12)

    def test_bandwidth_walks_around_the_circle(self):
        r = np.maximum(0.0, 1 - np.abs(((ORI12 - 0.0 + 90) % 180) - 90) / 45.0)   # triangle at 0, wraps
        self.assertAlmostEqual(gm.orientation_bandwidth(r, ORI12), 45 * (1 - 1 / math.sqrt(2)), places=12)

    def test_bandwidth_never_falls_low_enough(self):
        r = 1.0 + 0.1 * np.cos(np.radians(2 * (ORI12 - 60)))   # min 0.9/1.1 = 0.82 > 0.707
        self.assertEqual(gm.orientation_bandwidth(r, ORI12), 180.0)


class SpatialFrequencyTest(unittest.TestCase):
    def test_smoothing_grid_and_rows(self):
        grid, a = gm.sf_smoothing_matrix(SF8, 0.25)
        self.assertEqual(len(grid), 401)            # 4 octaves at 0.01
        self.assertAlmostEqual(grid[0], -5.0, places=12)
        self.assertAlmostEqual(grid[-1], -1.0, places=9)
        np.testing.assert_allclose(a.sum(axis=1), 1.0, rtol=0, atol=1e-12)
        grid, a = gm.sf_smoothing_matrix(SF8, 0.0)  # no smoothing: plain interpolation
        np.testing.assert_allclose(a @ np.arange(8.0), (grid + 5.0) * 7 / 4, atol=1e-9)

    def test_single_bump_is_band_pass(self):
        q = np.array([0, 1, 0, 0, 0, 0, 0, 0], dtype=float)
        self.assertEqual(gm.sf_class(q), "band-pass")
        low, high = gm.sf_cutoffs(q, SF8)
        # half max halfway (in log2) between neighbours: geometric means
        self.assertAlmostEqual(low, math.sqrt(SF8[0] * SF8[1]), places=14)
        self.assertAlmostEqual(high, math.sqrt(SF8[1] * SF8[2]), places=14)
        self.assertAlmostEqual(math.log2(high / low), 4.0 / 7.0, places=12)
        pref, _ = gm.preferred_sf(q, SF8, 0.25)
        self.assertLess(abs(math.log2(pref / SF8[1])), 0.2)

    def test_triangle_on_log_axis(self):
        sf = 2.0 ** np.arange(-6.0, -1.0)           # one octave apart
        q = np.array([0.2, 0.6, 1.0, 0.6, 0.2])
        low, high = gm.sf_cutoffs(q, sf)
        # between 0.2 and 0.6 the level 0.5 is 1/4 octave from the 0.6 sample
        self.assertAlmostEqual(low, sf[1] * 2 ** -0.25, places=14)
        self.assertAlmostEqual(high, sf[3] * 2 ** 0.25, places=14)
        self.assertAlmostEqual(math.log2(high / low), 2.5, places=12)
        self.assertEqual(gm.sf_class(q), "band-pass")
        pref, why = gm.preferred_sf(q, sf, 0.25)    # symmetric: the peak stays at the middle SF
        self.assertAlmostEqual(math.log2(pref), -4.0, places=9)
        self.assertEqual(why, [])

    def test_peak_between_samples(self):
        sf = 2.0 ** np.arange(-6.0, -2.0)           # plateau of two samples: symmetric about their midpoint
        pref, _ = gm.preferred_sf(np.array([0.0, 1.0, 1.0, 0.0]), sf, 0.25)
        self.assertAlmostEqual(math.log2(pref), -4.5, places=9)

    def test_classes_and_missing_cut_offs(self):
        q = np.array([1.0, 0.8, 0.6, 0.4, 0.2, 0.1, 0.0, 0.0])
        self.assertEqual(gm.sf_class(q), "low-pass")
        low, high = gm.sf_cutoffs(q, SF8)
        self.assertTrue(math.isnan(low))
        self.assertAlmostEqual(math.log2(high), math.log2(SF8[2]) + 0.5 * 4 / 7, places=12)
        self.assertEqual(gm.sf_class(q[::-1]), "high-pass")
        pref, _ = gm.preferred_sf(q[::-1], SF8, 0.25)  # increasing curve: renormalised edge keeps the end
        self.assertAlmostEqual(pref, SF8[-1], places=12)
        self.assertEqual(gm.sf_class(np.array([1.0, 0.2, 0.6])), "broadband")
        self.assertEqual(gm.sf_class(np.array([0.5, 1.0, 0.49])), "low-pass")

    def test_half_peak_at_an_end_is_borderline(self):
        why = gm.sf_borderline([0.5, 1.0, 0.2])
        self.assertIn("sf_class", why)
        self.assertNotIn("sf_class", gm.sf_borderline([0.4, 1.0, 0.2]))


def grating_labels(with_blank=True):
    """12 x 8 x 8 gratings, SF outer, orientation, phase inner; then one blank."""
    s, o, p = np.meshgrid(SF8, ORI12, PH8, indexing="ij")
    lab = {"label.sf": s.ravel(), "label.orientation": o.ravel(), "label.phase": p.ravel()}
    lab["label.sf_cycles_per_rf"] = lab["label.sf"] * 32
    if with_blank:
        for k in list(lab):
            lab[k] = np.append(lab[k], np.nan)
        lab["label.blank"] = np.append(np.zeros(768), 1.0)
    return lab


def synthetic_responses(lab):
    """Units: 0 tuned (ori 30 deg, SF index 3, 1 + 0.5 sin phase), 1 silent, 2 constant 0.3 (also on the
    blank), 3 half-wave rectified simple cell at ori 120, SF index 5."""
    o, s, p = lab["label.orientation"], lab["label.sf"], np.radians(lab["label.phase"])
    si = np.round(np.log2(s) * 7 / 4 + 35 / 4)
    blank = np.isnan(o)
    u0 = von_mises(o, 30.0, 2.0) * np.exp(-0.5 * (si - 3) ** 2) * (1 + 0.5 * np.sin(p))
    u3 = von_mises(o, 120.0, 4.0) * np.exp(-0.5 * (si - 5) ** 2) * np.maximum(np.sin(p), 0)
    u0[blank] = 0.1
    u3[blank] = 0.0
    resp = np.stack([u0, np.zeros_like(u0), np.full_like(u0, 0.3), u3], axis=1)
    return resp.astype(np.float32)


class PipelineTest(unittest.TestCase):
    def layer(self, baseline="none", with_blank=True):
        lab = grating_labels(with_blank)
        resp = synthetic_responses(lab)
        if not with_blank:
            resp = resp[:768]
        grid = gm.Grid(lab, resp.shape[0], [])
        table = gm.LayerTable(resp, grid)
        params = {m: dict(gm.DEFAULTS[m], baseline=baseline) for m in gm.DEFAULTS}
        return resp, grid, table, gm.expected_layer(table, grid, params, rf_size=10.0)

    def test_best_condition_and_values(self):
        resp, grid, table, (values, border, curves) = self.layer()
        v = values[0]
        self.assertEqual((table.s_best[0], table.o_best[0]), (3, 2))
        self.assertAlmostEqual(v["ori_best_sf_cpp"], SF8[3], places=12)
        # peak: von Mises 1 * Gaussian 1 * mean(1 + 0.5 sin) = 1, from float32
        self.assertAlmostEqual(v["peak_response"], 1.0, places=6)
        self.assertAlmostEqual(v["blank_response"], 0.1, places=6)
        self.assertEqual(v["ori_status"], "tuned")
        self.assertEqual(v["ori_tuned"], 1)
        self.assertEqual(v["ori_peaks"], 1)
        self.assertAlmostEqual(v["pref_ori_deg"], 30.0, places=3)
        self.assertAlmostEqual(v["osi"], math.tanh(2.0), places=6)
        self.assertAlmostEqual(v["f0"], 1.0, places=6)
        self.assertAlmostEqual(v["f1"], 0.5, places=6)
        self.assertEqual(v["phase_class"], "complex")
        self.assertLess(abs(math.log2(v["pref_sf_cpp"] / SF8[3])), 0.02)
        self.assertAlmostEqual(v["pref_sf_cycles_per_rf"], v["pref_sf_cpp"] * 10.0, places=12)
        self.assertEqual(v["sf_class"], "band-pass")
        np.testing.assert_allclose(curves["orientation_tuning"][0][0],
                                   von_mises(ORI12, 30.0, 2.0), rtol=1e-6)
        self.assertEqual(border[0], {})

    def test_unresponsive_unit(self):
        _, _, _, (values, _, _) = self.layer()
        v = values[1]
        self.assertEqual(v["ori_status"], "unresponsive")
        self.assertEqual(v["sf_class"], "unresponsive")
        self.assertEqual(v["phase_class"], "unresponsive")
        for c in ("pref_ori_deg", "circ_var", "osi", "ori_bw_deg", "ori_peaks", "ori_tuned",
                  "ori_best_sf_cpp", "pref_sf_cpp", "sf_low_cpp", "sf_bw_oct", "f0", "f1_f0"):
            self.assertTrue(math.isnan(v[c]), c)
        self.assertEqual(v["peak_response"], 0.0)
        self.assertEqual(v["blank_response"], 0.0)

    def test_constant_unit_with_and_without_blank_baseline(self):
        _, _, _, (values, _, _) = self.layer("none")
        v = values[2]
        self.assertEqual((v["ori_status"], v["ori_peaks"], v["ori_tuned"]), ("untuned", 0, 0))
        self.assertAlmostEqual(v["circ_var"], 1.0, places=12)
        self.assertEqual(v["sf_class"], "broadband")
        self.assertEqual(v["phase_class"], "complex")
        _, _, _, (values, _, curves) = self.layer("blank")
        self.assertEqual(values[2]["ori_status"], "unresponsive")
        self.assertAlmostEqual(values[0]["peak_response"], 0.9, places=6)   # 1 - blank 0.1
        self.assertAlmostEqual(curves["orientation_tuning"][0][0, 2], 0.9, places=6)

    def test_simple_cell(self):
        _, _, table, (values, _, _) = self.layer()
        v = values[3]
        self.assertEqual((table.s_best[3], table.o_best[3]), (5, 8))
        self.assertAlmostEqual(v["f1_f0"], 4 * (math.sqrt(2) - 1), places=6)
        self.assertEqual(v["phase_class"], "simple")
        self.assertAlmostEqual(v["pref_ori_deg"], 120.0, places=3)

    def test_no_blank_label(self):
        _, grid, table, (values, _, _) = self.layer("none", with_blank=False)
        self.assertIsNone(table.B)
        self.assertTrue(math.isnan(values[0]["blank_response"]))
        with self.assertRaises(gm.InputError):
            self.layer("blank", with_blank=False)

    def test_failed_stimuli_rows_are_dropped(self):
        lab = grating_labels()
        resp = synthetic_responses(lab)
        resp[5] = np.nan                               # a failed stimulus
        grid = gm.Grid(lab, resp.shape[0], [5])
        self.assertEqual(len(grid.rows), 767)
        table = gm.LayerTable(resp, grid)
        self.assertTrue(np.all(np.isfinite(table.M)))
        self.assertFalse(table.full_phases)


def write_folder(d, baseline="none", perturb=None, quote=False):
    """A results folder whose units.csv and curves.npz are written from this checker's own values
    (%.7g, empty for NaN), optionally with one cell changed: perturb = (channel, column, text)."""
    lab = grating_labels()
    resp = synthetic_responses(lab)
    metrics = [{"id": m, "version": "1", "provider": "test", "parameters": {"baseline": baseline}}
               for m in gm.COLUMNS]
    manifest = {"layers": [{"name": "simple", "channels": 4, "mapSize": 1,
                            "rf": {"size": 10, "jump": 1, "start": 0.0}}],
                "metrics": metrics, "failed_stimuli": []}
    with open(os.path.join(d, "manifest.json"), "w") as f:
        json.dump(manifest, f)
    np.savez(os.path.join(d, "responses.npz"), simple=resp, **lab)
    grid = gm.Grid(lab, resp.shape[0], [])
    table = gm.LayerTable(resp, grid)
    params = {m: dict(gm.DEFAULTS[m], baseline=baseline) for m in gm.DEFAULTS}
    values, _, curves = gm.expected_layer(table, grid, params, 10.0)
    np.savez(os.path.join(d, "curves.npz"),
             **{"simple." + k: c for k, (c, _) in curves.items()},
             **{"simple.%s.axis" % k: a for k, (_, a) in curves.items()})
    cols = [c for m in gm.COLUMNS for c, _ in gm.COLUMNS[m]]
    with open(os.path.join(d, "units.csv"), "w", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL if quote else csv.QUOTE_MINIMAL)
        w.writerow(["layer", "channel", "true_ori"] + cols)
        for ch, v in enumerate(values):
            row = ["simple", ch, ""]
            for c in cols:
                x = v[c]
                row.append(x if isinstance(x, str) else ("" if math.isnan(x) else "%.7g" % x))
            if perturb and perturb[0] == ch:
                row[3 + cols.index(perturb[1])] = perturb[2]
            w.writerow(row)


class CommandLineTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.dir)

    def run_main(self, *dirs):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            rc = gm.main(list(dirs))
        return rc, out.getvalue()

    def test_agreement_exits_0(self):
        for baseline in ("none", "blank"):
            write_folder(self.dir, baseline, quote=(baseline == "blank"))
            rc, out = self.run_main(self.dir)
            self.assertEqual(rc, 0, out)
            self.assertIn("OK", out.splitlines()[-1])

    def test_changed_cell_exits_1(self):
        for ch, col, text in ((0, "osi", "0.9"), (0, "ori_status", "untuned"), (1, "f0", "0"),
                              (3, "pref_ori_deg", "120.001"), (0, "sf_low_cpp", "")):
            write_folder(self.dir, perturb=(ch, col, text))
            rc, out = self.run_main(self.dir)
            self.assertEqual(rc, 1, (col, out))
            self.assertIn("simple %d  %s" % (ch, col), out)

    def test_tolerances(self):
        # preferred orientation 30 written as 30.0001: within 2e-4 deg on the circle
        write_folder(self.dir, perturb=(0, "pref_ori_deg", "30.0001"))
        self.assertEqual(self.run_main(self.dir)[0], 0)
        ok, diff, _, _ = gm.compare_cell("ori", 179.99995, "0.0001")
        self.assertTrue(ok)
        self.assertAlmostEqual(diff, 1.5e-4, places=9)
        self.assertFalse(gm.compare_cell("ori", 179.9997, "0.0001")[0])
        self.assertTrue(gm.compare_cell("sf", 0.1, "%.7g" % (0.1 * 2 ** 0.0105))[0])
        self.assertFalse(gm.compare_cell("sf", 0.1, "%.7g" % (0.1 * 2 ** 0.0115))[0])
        self.assertTrue(gm.compare_cell("cont", 1.23456789, "1.234568")[0])
        self.assertFalse(gm.compare_cell("cont", 1.23456789, "1.234578")[0])
        self.assertTrue(gm.compare_cell("cont", 3e-8, "0")[0])
        self.assertFalse(gm.compare_cell("cont", float("nan"), "NaN")[0])   # undefined must be empty
        self.assertFalse(gm.compare_cell("exact", 1, "")[0])

    def test_borderline_disagreement_is_not_a_failure(self):
        write_folder(self.dir, perturb=(0, "ori_status", "untuned"))
        # pretend unit 0's best condition is a near-tie
        orig = gm.LayerTable.__init__

        def patched(self_, resp, grid):
            orig(self_, resp, grid)
            self_.best_near_tie[0] = True
        gm.LayerTable.__init__ = patched
        try:
            rc, out = self.run_main(self.dir)
        finally:
            gm.LayerTable.__init__ = orig
        self.assertEqual(rc, 0, out)
        self.assertIn("DISAGREE", out)

    def test_unreadable_exits_2(self):
        write_folder(self.dir)
        with open(os.path.join(self.dir, "manifest.json"), "w") as f:
            f.write("{not json")
        rc, out = self.run_main(self.dir)
        self.assertEqual(rc, 2, out)
        rc, _ = self.run_main(os.path.join(self.dir, "nowhere"))
        self.assertEqual(rc, 2)

    def test_missing_unit_row_is_a_mismatch(self):
        write_folder(self.dir)
        path = os.path.join(self.dir, "units.csv")
        with open(path) as f:
            lines = f.readlines()
        with open(path, "w") as f:
            f.writelines(lines[:-1])
        rc, out = self.run_main(self.dir)
        self.assertEqual(rc, 1, out)
        self.assertIn("unit missing", out)


if __name__ == "__main__":
    unittest.main()
