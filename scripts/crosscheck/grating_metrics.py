#!/usr/bin/env python3
"""Independent cross-check of unitscope's grating tuning metrics.

Re-implements, from the written definitions in docs/SCIENCE.md ("Coordinates and orientation" and
"Tuning metrics from gratings") and NOT from the Java code, every grating metric column of units.csv
and the tuning curves of curves.npz, starting from responses.npz and its labels alone, and compares.

Python 3 and numpy only.  Usage:  python3 grating_metrics.py DIR [DIR ...]
Exit status: 0 everything agrees, 1 at least one mismatch, 2 unreadable or inconsistent input.
"""

import argparse
import csv
import json
import math
import os
import sys

import numpy as np

# ---------------------------------------------------------------------------------------------
# Tolerances (also printed by --help and stated in README.md)
# ---------------------------------------------------------------------------------------------
REL_TOL = 2e-6          # continuous values read back from a 7-significant-digit CSV ...
ABS_TOL = 1e-7          # ... plus this absolute slack for values near 0
ORI_TOL_DEG = 2e-4      # preferred orientation, on the 180-degree circle (it is rounded to 1e-4 deg)
SF_TOL_OCT = 0.011      # preferred SF (argmax on a 0.01-octave grid), in octaves
BORDER_REL = 1e-9       # a value this close (relative) to a decision threshold is "borderline"
SF_STEP_OCT = 0.01      # resampling step of the preferred-SF curve, octaves
LABEL_REL = 1e-9        # label values closer than this (relative) are the same condition

DEFAULTS = {
    "orientation": {"unresponsiveBelow": 1e-6, "untunedCv": 0.9, "baseline": "none"},
    "spatial-frequency": {"smoothingOctaves": 0.25, "unresponsiveBelow": 1e-6, "baseline": "none"},
    "phase-modulation": {"unresponsiveBelow": 1e-6, "baseline": "none"},
}

# column -> how it is compared: cont (relative + absolute), ori (circle, degrees), sf (octaves),
# exact (integers / flags), text (exact string)
COLUMNS = {
    "orientation": [
        ("pref_ori_deg", "ori"), ("circ_var", "cont"), ("osi", "cont"), ("ori_bw_deg", "cont"),
        ("ori_peaks", "exact"), ("ori_tuned", "exact"), ("ori_best_sf_cpp", "cont"),
        ("peak_response", "cont"), ("blank_response", "cont"), ("ori_status", "text")],
    "spatial-frequency": [
        ("pref_sf_cpp", "sf"), ("pref_sf_cycles_per_rf", "sf"), ("sf_bw_oct", "cont"),
        ("sf_low_cpp", "cont"), ("sf_high_cpp", "cont"), ("sf_class", "text")],
    "phase-modulation": [
        ("f0", "cont"), ("f1", "cont"), ("f1_f0", "cont"), ("phase_class", "text")],
}
COLUMN_KIND = {c: k for cols in COLUMNS.values() for c, k in cols}
METRIC_OF_COLUMN = {c: m for m, cols in COLUMNS.items() for c, _ in cols}

NAN = float("nan")


class InputError(Exception):
    """Unreadable or inconsistent input (exit status 2)."""


def _near(a, b, scale):
    """True when a and b are within BORDER_REL of each other, relative to |scale|."""
    return abs(a - b) <= BORDER_REL * abs(scale)


# ---------------------------------------------------------------------------------------------
# Orientation metrics on one rectified curve r (orientations t in degrees, axial: period 180)
# ---------------------------------------------------------------------------------------------
def resultant(r, t_deg):
    """sum_k r_k exp(2i t_k), as a Python complex."""
    ang = np.radians(2.0 * np.asarray(t_deg, dtype=float))
    r = np.asarray(r, dtype=float)
    return complex(float(np.sum(r * np.cos(ang))), float(np.sum(r * np.sin(ang))))


def preferred_orientation(r, t_deg):
    """0.5 arg(sum r_k exp(2i t_k)) in [0, 180), rounded to 1e-4 deg (a value rounding to 180 is 0)."""
    z = resultant(r, t_deg)
    if z == 0:
        return NAN
    deg = (0.5 * math.degrees(math.atan2(z.imag, z.real))) % 180.0
    deg = math.floor(deg * 1e4 + 0.5) / 1e4
    return 0.0 if deg >= 180.0 else deg


def circular_variance(r, t_deg):
    """1 - |sum r_k exp(2i t_k)| / sum r_k; undefined (NaN) when sum r_k = 0."""
    total = float(np.sum(r))
    if not total > 0:
        return NAN
    return 1.0 - abs(resultant(r, t_deg)) / total


def periodic_interp(r, t_deg, u_deg, period=180.0):
    """Value at u of the periodic piecewise-linear interpolation of the samples (t_k, r_k)."""
    t = np.asarray(t_deg, dtype=float)
    r = np.asarray(r, dtype=float)
    te = np.append(t, t[0] + period)
    re = np.append(r, r[0])
    u = t[0] + ((u_deg - t[0]) % period)
    return float(np.interp(u, te, re))


def osi(r, t_deg):
    """(R_pref - R_orth) / (R_pref + R_orth), R_orth interpolated at t_pk + 90; NaN if both are 0."""
    k = int(np.argmax(r))
    rp = float(r[k])
    ro = periodic_interp(r, t_deg, float(t_deg[k]) + 90.0)
    den = rp + ro
    if not den > 0:
        return NAN
    return (rp - ro) / den


def orientation_peaks(r):
    """Number of peaks of the periodic sampled curve r (SCIENCE.md), and the borderline reasons.

    A peak: a maximal run of equal samples whose two cyclic neighbours are both lower, with value
    >= 0.5 max r and prominence >= 0.1 max r.  Prominence: walking from the run in each direction until a
    sample higher than the peak (or the whole circle), the lowest sample passed on each side; prominence =
    peak - the higher of the two.  A flat curve has 0 peaks.
    """
    r = [float(v) for v in r]
    n = len(r)
    reasons = []
    if n == 0 or all(v == r[0] for v in r):
        return 0, reasons
    rmax = max(r)
    tol = BORDER_REL * abs(rmax)
    for k in range(n):
        d = abs(r[k] - r[(k + 1) % n])
        if 0 < d <= tol:
            reasons.append("near-equal neighbouring orientation samples")
            break
    start = next(k for k in range(n) if r[k] != r[k - 1])   # a run begins here
    runs = []
    k = 0
    while k < n:
        i0 = (start + k) % n
        length = 1
        while k + length < n and r[(i0 + length) % n] == r[i0]:
            length += 1
        runs.append((i0, length))
        k += length
    count = 0
    for i0, length in runs:
        v = r[i0]
        if not (r[(i0 - 1) % n] < v and r[(i0 + length) % n] < v):
            continue
        lows = []
        for step in (-1, 1):
            j = (i0 - 1) % n if step < 0 else (i0 + length) % n
            low = math.inf
            for _ in range(n - length):
                if r[j] > v:
                    break
                low = min(low, r[j])
                j = (j + step) % n
            lows.append(low)
        prominence = v - max(lows)
        if abs(v - 0.5 * rmax) <= tol:
            reasons.append("peak height at 0.5 max")
        if abs(prominence - 0.1 * rmax) <= tol:
            reasons.append("peak prominence at 0.1 max")
        if any(0 < abs(x - v) <= tol for x in r):
            reasons.append("near-tie with a peak's height")
        if v >= 0.5 * rmax and prominence >= 0.1 * rmax:
            count += 1
    return count, reasons


def orientation_bandwidth(r, t_deg, period=180.0):
    """Half-width at R_pref / sqrt(2): mean of the distances walked from the peak sample (first max) to the
    first crossing on each side of the periodic piecewise-linear curve; 180 if it never falls that low."""
    r = [float(v) for v in r]
    t = [float(v) for v in t_deg]
    n = len(r)
    k0 = max(range(n), key=lambda k: (r[k], -k))
    rp = r[k0]
    if not rp > 0:
        return NAN
    level = rp / math.sqrt(2.0)
    dists = []
    for step in (1, -1):
        walked, a, found = 0.0, k0, None
        for _ in range(n):
            b = (a + step) % n
            gap = ((t[b] - t[a]) if step > 0 else (t[a] - t[b])) % period
            if r[b] <= level:
                found = walked + (r[a] - level) / (r[a] - r[b]) * gap
                break
            walked += gap
            a = b
        dists.append(found)
    if dists[0] is None or dists[1] is None:
        return 180.0
    return 0.5 * (dists[0] + dists[1])


# ---------------------------------------------------------------------------------------------
# Spatial-frequency metrics on one rectified curve q over ascending SFs (cycles/px)
# ---------------------------------------------------------------------------------------------
def sf_smoothing_matrix(sf, sigma_oct, step=SF_STEP_OCT):
    """(grid, A): grid = log2 SF from the lowest SF at `step` octaves up to the highest; A (grid x SFs)
    maps the sampled curve to the Gaussian-smoothed (sigma in octaves, cut at 6 sigma, renormalised over
    the grid points that exist) log2-linear resampling."""
    x = np.log2(np.asarray(sf, dtype=float))
    ns = len(x)
    # K = round(span / 0.01) + 1 points from the lowest to the highest SF, both included
    n = max(2, int(round((x[-1] - x[0]) / step)) + 1)
    grid = np.linspace(x[0], x[-1], n)
    step = (x[-1] - x[0]) / (n - 1) if n > 1 else step
    w = np.zeros((n, ns))
    if ns == 1:
        w[:, 0] = 1.0
    else:
        j = np.clip(np.searchsorted(x, grid, side="right") - 1, 0, ns - 2)
        frac = np.clip((grid - x[j]) / (x[j + 1] - x[j]), 0.0, 1.0)
        rows = np.arange(n)
        w[rows, j] += 1.0 - frac
        w[rows, j + 1] += frac
    if sigma_oct > 0:
        d = (np.arange(n)[:, None] - np.arange(n)[None, :]) * step
        k = np.exp(-0.5 * (d / sigma_oct) ** 2) * (np.abs(d) <= 6.0 * sigma_oct + 1e-9)
        k /= k.sum(axis=1, keepdims=True)
        w = k @ w
    return grid, w


def preferred_sf(q, sf, sigma_oct):
    """Argmax (first on ties) of the smoothed log2-resampled curve, in c/px; plus borderline reasons."""
    grid, a = sf_smoothing_matrix(sf, sigma_oct)
    return preferred_sf_from_smoothed(a @ np.asarray(q, dtype=float), grid)


def preferred_sf_from_smoothed(smoothed, grid):
    m = int(np.argmax(smoothed))
    top = float(smoothed[m])
    reasons = []
    far = np.abs(np.arange(len(smoothed)) - m) > 1
    if np.any(far & (smoothed >= top - BORDER_REL * abs(top))):
        reasons.append("near-tie of the smoothed SF curve's maximum")
    return float(2.0 ** grid[m]), reasons


def sf_cutoffs(q, sf):
    """(f_low, f_high): from the first largest sample, walk down / up in SF along the log2-linear
    interpolation to the first point below q_max / 2; NaN when the curve never gets there."""
    q = [float(v) for v in q]
    x = [math.log2(float(f)) for f in sf]
    jm = max(range(len(q)), key=lambda j: (q[j], -j))
    h = q[jm] / 2.0
    low = high = NAN
    for j in range(jm, 0, -1):
        if q[j - 1] < h:
            low = 2.0 ** (x[j] + (q[j] - h) / (q[j] - q[j - 1]) * (x[j - 1] - x[j]))
            break
    for j in range(jm, len(q) - 1):
        if q[j + 1] < h:
            high = 2.0 ** (x[j] + (q[j] - h) / (q[j] - q[j + 1]) * (x[j + 1] - x[j]))
            break
    return low, high


def sf_class(q):
    """low-pass if q(lowest SF) >= q_max/2, high-pass if q(highest SF) does, broadband if both, else band-pass."""
    h = float(np.max(q)) / 2.0
    lo, hi = q[0] >= h, q[-1] >= h
    if lo and hi:
        return "broadband"
    if lo:
        return "low-pass"
    if hi:
        return "high-pass"
    return "band-pass"


def sf_borderline(q):
    """{column: reason} for an SF curve with a sample within BORDER_REL of q_max / 2 or a near-tie max."""
    q = [float(v) for v in q]
    qmax = max(q)
    h = qmax / 2.0
    out = {}
    for j, v in enumerate(q):
        if _near(v, h, qmax):
            why = "SF sample at half peak" + (" (an end)" if j in (0, len(q) - 1) else "")
            for c in ("sf_low_cpp", "sf_high_cpp", "sf_bw_oct"):
                out[c] = why
            if j in (0, len(q) - 1):
                out["sf_class"] = why
        if 0 < qmax - v <= BORDER_REL * abs(qmax):
            for c in ("sf_low_cpp", "sf_high_cpp", "sf_bw_oct"):
                out[c] = "near-tie of the SF curve's maximum"
    return out


# ---------------------------------------------------------------------------------------------
# Phase modulation
# ---------------------------------------------------------------------------------------------
def phase_modulation(rp, phases_deg):
    """(F0, F1, F1/F0, class) from the rectified responses over P phases (degrees)."""
    rp = np.maximum(np.asarray(rp, dtype=float), 0.0)
    p = len(rp)
    f0 = float(np.sum(rp)) / p
    ang = np.radians(np.asarray(phases_deg, dtype=float))
    f1 = 2.0 / p * abs(complex(float(np.sum(rp * np.cos(ang))), float(np.sum(rp * np.sin(ang)))))
    ratio = f1 / f0 if f0 > 0 else NAN
    return f0, f1, ratio, ("" if math.isnan(ratio) else "simple" if ratio > 1 else "complex")


# ---------------------------------------------------------------------------------------------
# The condition table of one layer
# ---------------------------------------------------------------------------------------------
def label_axis(values):
    """Sorted distinct values (values within LABEL_REL are one) and each value's index on that axis."""
    u = np.unique(values)
    keep = [float(u[0])]
    for v in u[1:]:
        if abs(v - keep[-1]) > LABEL_REL * max(abs(v), abs(keep[-1])):
            keep.append(float(v))
    axis = np.array(keep)
    idx = np.abs(np.asarray(values, dtype=float)[:, None] - axis[None, :]).argmin(axis=1)
    return axis, idx


class Grid:
    """Which rows are gratings (and their s, o, p indices) and which are the blank."""

    def __init__(self, labels, n_rows, failed_rows):
        for key in ("label.orientation", "label.sf", "label.phase"):
            if key not in labels:
                raise InputError("responses.npz has no %s (not a grating run?)" % key)
            if labels[key].shape != (n_rows,):
                raise InputError("%s has shape %s, expected (%d,)" % (key, labels[key].shape, n_rows))
        keep = np.ones(n_rows, dtype=bool)
        for i in failed_rows:
            if not 0 <= i < n_rows:
                raise InputError("failed stimulus index %d outside 0..%d" % (i, n_rows - 1))
            keep[i] = False
        ori, sf, ph = (np.asarray(labels[k], dtype=float)
                       for k in ("label.orientation", "label.sf", "label.phase"))
        self.has_blank_label = "label.blank" in labels
        if self.has_blank_label:
            blank = np.asarray(labels["label.blank"], dtype=float)
            if blank.shape != (n_rows,):
                raise InputError("label.blank has shape %s, expected (%d,)" % (blank.shape, n_rows))
            is_blank = blank == 1.0
        else:
            is_blank = np.zeros(n_rows, dtype=bool)
        self.blank_rows = np.flatnonzero(is_blank & keep)
        grating = keep & ~is_blank
        bad = grating & ~(np.isfinite(ori) & np.isfinite(sf) & np.isfinite(ph))
        if np.any(bad):
            raise InputError("grating row %d has a non-finite orientation/sf/phase label"
                             % int(np.flatnonzero(bad)[0]))
        self.rows = np.flatnonzero(grating)
        if len(self.rows) == 0:
            raise InputError("no grating rows")
        self.ori, self.o_idx = label_axis(ori[self.rows])
        self.sf, self.s_idx = label_axis(sf[self.rows])
        self.phase, self.p_idx = label_axis(ph[self.rows])
        self.n_failed = int(n_rows - keep.sum())


class LayerTable:
    """R[u, s, o, p] (mean over repeats, NaN where no row), M[u, s, o], max over phase, blank B[u]."""

    def __init__(self, resp, grid):
        resp = np.asarray(resp, dtype=np.float64)
        g = grid
        n_units = resp.shape[1]
        shape = (len(g.sf), len(g.ori), len(g.phase))
        sums = np.zeros(shape + (n_units,))
        counts = np.zeros(shape)
        np.add.at(sums, (g.s_idx, g.o_idx, g.p_idx), resp[g.rows])     # row order, sequential
        np.add.at(counts, (g.s_idx, g.o_idx, g.p_idx), 1.0)
        with np.errstate(invalid="ignore", divide="ignore"):
            r = sums / counts[..., None]
        self.R = np.moveaxis(r, -1, 0)                                   # (U, S, O, P)
        self.present = counts > 0                                        # (S, O, P)
        n_present = self.present.sum(axis=2)
        if np.any(n_present == 0):
            s, o = np.argwhere(n_present == 0)[0]
            raise InputError("no grating row at sf %g, orientation %g" % (g.sf[s], g.ori[o]))
        acc = np.zeros((n_units,) + shape[:2])
        mx = np.full((n_units,) + shape[:2], -np.inf)
        for p in range(shape[2]):                                        # phases in order
            ok = self.present[:, :, p]
            acc += np.where(ok, self.R[..., p], 0.0)
            mx = np.where(ok, np.maximum(mx, self.R[..., p]), mx)
        self.M = acc / n_present                                         # (U, S, O)
        self.max_phase = mx
        self.full_phases = bool(self.present.all())
        if len(g.blank_rows):
            b = np.zeros(n_units)
            for i in g.blank_rows:
                b += resp[i]
            self.B = b / len(g.blank_rows)
        else:
            self.B = None
        flat = self.M.reshape(n_units, -1)
        self.best = flat.argmax(axis=1)                                  # first in row-major order
        self.s_best, self.o_best = np.divmod(self.best, shape[1])
        top = flat[np.arange(n_units), self.best]
        others = flat.copy()
        others[np.arange(n_units), self.best] = -np.inf
        second = others.max(axis=1) if flat.shape[1] > 1 else np.full(n_units, -np.inf)
        gap = top - second
        self.best_near_tie = (gap > 0) & (gap <= BORDER_REL * np.abs(top))

    def baseline(self, kind):
        if kind == "none":
            return np.zeros(self.M.shape[0])
        if self.B is None:
            raise InputError('baseline "blank" but there is no blank stimulus')
        return self.B


# ---------------------------------------------------------------------------------------------
# Expected units.csv values of one layer
# ---------------------------------------------------------------------------------------------
def expected_layer(table, grid, params, rf_size):
    """Per unit: ({column: value}, {column: borderline reason}); plus the rebuilt curves."""
    n_units = table.M.shape[0]
    units = np.arange(n_units)
    values = [dict() for _ in units]
    border = [dict() for _ in units]
    curves = {}

    def unresponsive(base, thr):
        dev = np.abs(table.R - base[:, None, None, None])
        dev = np.where(table.present[None], dev, 0.0).reshape(n_units, -1).max(axis=1)
        near = (np.abs(dev - thr) <= BORDER_REL * abs(thr)) & (thr > 0)
        return dev <= thr, near

    for metric in ("orientation", "spatial-frequency", "phase-modulation"):
        if metric not in params:
            continue
        par = params[metric]
        cols = [c for c, _ in COLUMNS[metric]]
        base = table.baseline(par["baseline"])
        unresp, unresp_near = unresponsive(base, float(par["unresponsiveBelow"]))
        for u in units:
            if unresp_near[u]:
                for c in cols:
                    border[u][c] = "largest |R - baseline| at unresponsiveBelow"
            if table.best_near_tie[u]:
                for c in cols:
                    if c != "blank_response":
                        border[u][c] = "near-tie for the best condition"

        if metric == "orientation":
            curve = table.M[units, table.s_best, :] - base[:, None]          # (U, O), not rectified
            curves["orientation_tuning"] = (curve, grid.ori)
            curves["orientation_tuning_max_phase"] = (
                table.max_phase[units, table.s_best, :] - base[:, None], grid.ori)
            untuned_cv = float(par["untunedCv"])
            for u in units:
                v = values[u]
                v["blank_response"] = float(table.B[u]) if table.B is not None else NAN
                v["peak_response"] = float(table.M[u, table.s_best[u], table.o_best[u]] - base[u])
                if unresp[u]:
                    v.update(pref_ori_deg=NAN, circ_var=NAN, osi=NAN, ori_bw_deg=NAN, ori_peaks=NAN,
                             ori_tuned=NAN, ori_best_sf_cpp=NAN, ori_status="unresponsive")
                    continue
                r = np.maximum(curve[u], 0.0)
                v["ori_best_sf_cpp"] = float(grid.sf[table.s_best[u]])
                cv = circular_variance(r, grid.ori)
                v["circ_var"] = cv
                v["osi"] = osi(r, grid.ori)
                peaks, reasons = orientation_peaks(r)
                v["ori_peaks"] = peaks
                decided = ("ori_peaks", "ori_tuned", "ori_status", "pref_ori_deg", "ori_bw_deg")
                for why in reasons:
                    for c in decided:
                        border[u].setdefault(c, why)
                if not math.isnan(cv) and untuned_cv > 0 and _near(cv, untuned_cv, untuned_cv):
                    for c in decided[1:]:
                        border[u].setdefault(c, "circular variance at untunedCv")
                rmax = float(r.max())
                if np.any((rmax - r > 0) & (rmax - r <= BORDER_REL * rmax)):
                    for c in ("osi", "ori_bw_deg"):
                        border[u].setdefault(c, "near-tie for R_pref")
                tuned = peaks == 1 and cv < untuned_cv           # NaN CV compares False
                v["ori_tuned"] = 1 if tuned else 0
                if tuned:
                    v["ori_status"] = "tuned"
                    v["pref_ori_deg"] = preferred_orientation(r, grid.ori)
                    v["ori_bw_deg"] = orientation_bandwidth(r, grid.ori)
                    if np.any(np.abs(r - rmax / math.sqrt(2.0)) <= BORDER_REL * rmax):
                        border[u].setdefault("ori_bw_deg", "sample at R_pref / sqrt(2)")
                else:
                    v["ori_status"] = "multi-peaked" if peaks > 1 else "untuned"
                    v["pref_ori_deg"] = NAN
                    v["ori_bw_deg"] = NAN

        elif metric == "spatial-frequency":
            curve = table.M[units, :, table.o_best] - base[:, None]          # (U, S), not rectified
            curves["sf_tuning"] = (curve, grid.sf)
            q_all = np.maximum(curve, 0.0)
            grid_x, a = sf_smoothing_matrix(grid.sf, float(par["smoothingOctaves"]))
            smoothed = q_all @ a.T
            for u in units:
                v = values[u]
                if unresp[u]:
                    v.update(pref_sf_cpp=NAN, pref_sf_cycles_per_rf=NAN, sf_bw_oct=NAN,
                             sf_low_cpp=NAN, sf_high_cpp=NAN, sf_class="unresponsive")
                    continue
                q = q_all[u]
                if not q.max() > 0:  # nothing above the baseline: no preference, no cut-offs
                    v.update(pref_sf_cpp=NAN, pref_sf_cycles_per_rf=NAN, sf_bw_oct=NAN,
                             sf_low_cpp=NAN, sf_high_cpp=NAN, sf_class="broadband")
                    continue
                pref, reasons = preferred_sf_from_smoothed(smoothed[u], grid_x)
                for why in reasons:
                    for c in ("pref_sf_cpp", "pref_sf_cycles_per_rf"):
                        border[u].setdefault(c, why)
                v["pref_sf_cpp"] = pref
                v["pref_sf_cycles_per_rf"] = pref * rf_size
                low, high = sf_cutoffs(q, grid.sf)
                v["sf_low_cpp"], v["sf_high_cpp"] = low, high
                v["sf_class"] = sf_class(q)
                v["sf_bw_oct"] = math.log2(high / low) if v["sf_class"] == "band-pass" else NAN
                for c, why in sf_borderline(q).items():
                    border[u].setdefault(c, why)

        else:  # phase-modulation
            p = np.sort(grid.phase)
            even = len(p) >= 3 and np.allclose(p - p[0], 360.0 / len(p) * np.arange(len(p)), atol=1e-6)
            for u in units:
                v = values[u]
                if unresp[u] or not even:
                    v.update(f0=NAN, f1=NAN, f1_f0=NAN, phase_class="unresponsive" if unresp[u] else "")
                    continue
                s, o = table.s_best[u], table.o_best[u]
                ok = table.present[s, o]
                f0, f1, ratio, cls = phase_modulation(table.R[u, s, o, ok] - base[u], grid.phase[ok])
                v.update(f0=f0, f1=f1, f1_f0=ratio, phase_class=cls)
                if not math.isnan(ratio) and _near(ratio, 1.0, 1.0):
                    border[u].setdefault("phase_class", "F1/F0 at 1")
    return values, border, curves


# ---------------------------------------------------------------------------------------------
# Reading a results folder
# ---------------------------------------------------------------------------------------------
def read_manifest(path):
    try:
        with open(path) as f:
            m = json.load(f)
    except (OSError, ValueError) as e:
        raise InputError("cannot read %s: %s" % (path, e))
    if not isinstance(m.get("layers"), list) or not m["layers"]:
        raise InputError("%s: no layers" % path)
    params = {}
    for entry in m.get("metrics") or []:
        mid = entry.get("id")
        if mid in DEFAULTS:
            p = dict(DEFAULTS[mid])
            p.update({k: v for k, v in (entry.get("parameters") or {}).items() if k in p})
            if p["baseline"] not in ("none", "blank"):
                raise InputError("%s: metric %s has baseline %r" % (path, mid, p["baseline"]))
            params[mid] = p
    failed = []
    for s in m.get("failed_stimuli") or []:
        try:
            failed.append(int(str(s).split(":", 1)[0].strip()))
        except ValueError:
            raise InputError("%s: cannot read failed stimulus %r" % (path, s))
    layers = []
    for lay in m["layers"]:
        try:
            layers.append((str(lay["name"]), int(lay["channels"]), float(lay["rf"]["size"])))
        except (KeyError, TypeError, ValueError):
            raise InputError("%s: layer entry %r lacks name/channels/rf.size" % (path, lay))
    return layers, params, failed


def read_npz(path):
    try:
        with np.load(path, allow_pickle=False) as z:
            return {k: z[k] for k in z.files}
    except (OSError, ValueError, KeyError) as e:
        raise InputError("cannot read %s: %s" % (path, e))


def read_units_csv(path):
    """header list and {(layer, channel): {column: text}}."""
    try:
        with open(path, newline="") as f:
            rows = list(csv.reader(f))
    except OSError as e:
        raise InputError("cannot read %s: %s" % (path, e))
    if not rows:
        raise InputError("%s is empty" % path)
    header = [h.strip() for h in rows[0]]
    if header[:2] != ["layer", "channel"]:
        raise InputError("%s: header does not start with layer, channel" % path)
    table = {}
    for n, row in enumerate(rows[1:], start=2):
        if not row:
            continue
        if len(row) != len(header):
            raise InputError("%s line %d: %d cells, header has %d" % (path, n, len(row), len(header)))
        cells = {h: c.strip() for h, c in zip(header, row)}
        try:
            key = (cells["layer"], int(cells["channel"]))
        except ValueError:
            raise InputError("%s line %d: channel %r" % (path, n, cells["channel"]))
        if key in table:
            raise InputError("%s: unit %s %d appears twice" % (path, key[0], key[1]))
        table[key] = cells
    return header, table


# ---------------------------------------------------------------------------------------------
# Comparison
# ---------------------------------------------------------------------------------------------
class Stats:
    def __init__(self):
        self.compared = 0
        self.max_abs = 0.0
        self.max_rel = 0.0
        self.mismatches = 0
        self.borderline = 0


def _fmt(v):
    if isinstance(v, str):
        return v if v else "(empty)"
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "(empty)"
    if isinstance(v, (int, float)):
        return "%.9g" % v
    return str(v)


def compare_cell(kind, ours, text):
    """(agree, abs diff or None, rel diff or None, their value)."""
    if kind == "text":
        return ours == text, None, None, text
    ours_empty = ours is None or (isinstance(ours, float) and math.isnan(ours))
    if text == "":
        return ours_empty, None, None, NAN
    try:
        theirs = float(text)
    except ValueError:
        return False, None, None, text
    if math.isnan(theirs):
        return False, None, None, text          # undefined must be written as an empty cell
    if ours_empty:
        return False, None, None, theirs
    ours = float(ours)
    diff = abs(ours - theirs)
    scale = max(abs(ours), abs(theirs))
    rel = diff / scale if scale > 0 else 0.0
    if kind == "exact":
        ok = ours == theirs
    elif kind == "ori":
        diff = abs((ours - theirs + 90.0) % 180.0 - 90.0)
        rel = diff / 180.0
        ok = diff <= ORI_TOL_DEG
    elif kind == "sf":
        ok = ours > 0 and theirs > 0 and abs(math.log2(ours / theirs)) <= SF_TOL_OCT
    else:
        ok = diff <= REL_TOL * scale + ABS_TOL
    return ok, diff, rel, theirs


class Report:
    def __init__(self):
        self.mismatches = []      # (dir, layer, channel, column, ours, theirs, note)
        self.borderline = []      # (dir, layer, channel, column, ours, theirs, reason, agree)
        self.n_units = 0
        self.n_dirs = 0


def check_dir(d, report):
    """Check one results folder; prints its table.  Raises InputError on unreadable input."""
    layers, params, failed = read_manifest(os.path.join(d, "manifest.json"))
    if not params:
        raise InputError("%s: manifest.json names no grating metric (orientation, spatial-frequency, "
                         "phase-modulation)" % d)
    responses = read_npz(os.path.join(d, "responses.npz"))
    curves_path = os.path.join(d, "curves.npz")
    curves_file = read_npz(curves_path) if os.path.exists(curves_path) else None
    header, csv_rows = read_units_csv(os.path.join(d, "units.csv"))
    labels = {k: v for k, v in responses.items() if k.startswith("label.")}

    stats = {}
    wanted = [c for m in COLUMNS if m in params for c, _ in COLUMNS[m]]
    present = [c for c in header if c in COLUMN_KIND]
    for c in wanted:
        if c not in header:
            report.mismatches.append((d, "*", "*", c, "(column)", "(missing)", "column missing in units.csv"))
            stats.setdefault(c, Stats()).mismatches += 1
    checked = [c for c in COLUMN_KIND if c in present]
    seen = set()
    n_stimuli = None
    n_blank = 0
    for name, channels, rf_size in layers:
        if name not in responses:
            raise InputError("%s: responses.npz has no layer %s" % (d, name))
        resp = responses[name]
        if resp.ndim != 2 or resp.shape[1] != channels:
            raise InputError("%s: %s has shape %s, manifest says %d channels" % (d, name, resp.shape, channels))
        grid = Grid(labels, resp.shape[0], failed)
        rows_used = np.concatenate([grid.rows, grid.blank_rows])
        if not np.all(np.isfinite(resp[rows_used])):
            raise InputError("%s: %s has non-finite responses outside failed_stimuli" % (d, name))
        n_stimuli = resp.shape[0]
        n_blank = len(grid.blank_rows)
        table = LayerTable(resp, grid)
        values, border, curves = expected_layer(table, grid, params, rf_size)

        for ch in range(channels):
            key = (name, ch)
            seen.add(key)
            if key not in csv_rows:
                report.mismatches.append((d, name, ch, "*", "(unit)", "(missing)", "unit missing in units.csv"))
                continue
            cells = csv_rows[key]
            for c in checked:
                kind = COLUMN_KIND[c]
                if METRIC_OF_COLUMN[c] not in params:
                    continue
                ours = values[ch].get(c, NAN)
                ok, diff, rel, theirs = compare_cell(kind, ours, cells[c])
                st = stats.setdefault(c, Stats())
                st.compared += 1
                if diff is not None:
                    st.max_abs = max(st.max_abs, diff)
                    st.max_rel = max(st.max_rel, rel)
                if c in border[ch]:
                    st.borderline += 1
                    report.borderline.append((d, name, ch, c, ours, theirs, border[ch][c], ok))
                elif not ok:
                    st.mismatches += 1
                    report.mismatches.append((d, name, ch, c, ours, theirs, ""))

        # curves.npz
        for cname, (ours, axis) in curves.items():
            label = "curve " + cname
            st = stats.setdefault(label, Stats())
            key = "%s.%s" % (name, cname)
            if curves_file is None or key not in curves_file:
                if cname == "orientation_tuning_max_phase" and curves_file is not None:
                    continue        # optional
                st.mismatches += 1
                report.mismatches.append((d, name, "*", label, "(curve)", "(missing)", "missing in curves.npz"))
                continue
            theirs = np.asarray(curves_file[key], dtype=float)
            if theirs.shape != ours.shape:
                st.mismatches += 1
                report.mismatches.append((d, name, "*", label, str(ours.shape), str(theirs.shape), "shape"))
                continue
            ax_key = key + ".axis"
            if ax_key in curves_file:
                ax = np.asarray(curves_file[ax_key], dtype=float)
                if ax.shape != axis.shape or not np.all(np.abs(ax - axis) <= REL_TOL * np.abs(axis) + ABS_TOL):
                    st.mismatches += 1
                    report.mismatches.append((d, name, "*", label + ".axis", list(axis), list(ax), "axis"))
            elif cname != "orientation_tuning_max_phase":
                st.mismatches += 1
                report.mismatches.append((d, name, "*", label + ".axis", "(axis)", "(missing)", "missing axis"))
            both_nan = np.isnan(ours) & np.isnan(theirs)
            diff = np.where(both_nan, 0.0, np.abs(ours - theirs))
            scale = np.maximum(np.abs(ours), np.abs(theirs))
            bad = ~(diff <= REL_TOL * scale + ABS_TOL)
            finite = np.isfinite(diff)
            if np.any(finite):
                st.max_abs = max(st.max_abs, float(diff[finite].max()))
                with np.errstate(invalid="ignore", divide="ignore"):
                    rel = np.where(scale > 0, diff / scale, 0.0)
                st.max_rel = max(st.max_rel, float(rel[finite].max()))
            st.compared += ours.shape[0]
            for u in np.flatnonzero(bad.any(axis=1)):
                k = int(np.flatnonzero(bad[u])[0])
                if table.best_near_tie[u]:
                    st.borderline += 1
                    report.borderline.append((d, name, int(u), "%s[%d]" % (label, k), ours[u, k],
                                              theirs[u, k], "near-tie for the best condition", False))
                else:
                    st.mismatches += 1
                    report.mismatches.append((d, name, int(u), "%s[%d]" % (label, k), ours[u, k], theirs[u, k], ""))

    for key in sorted(set(csv_rows) - seen):
        report.mismatches.append((d, key[0], key[1], "*", "(none)", "(row)", "unit not in the manifest's layers"))
        stats.setdefault("(extra rows)", Stats()).mismatches += 1

    report.n_units += len(seen)
    report.n_dirs += 1
    base = ", ".join("%s=%s" % (m, params[m]["baseline"]) for m in params)
    print("%s: %d layers, %d units, %d stimuli (%d blank, %d failed); metrics %s; baseline %s"
          % (d, len(layers), len(seen), n_stimuli or 0, n_blank, len(failed), ", ".join(params), base))
    print("  %-36s %6s %14s %14s %10s %10s" % ("column", "units", "max abs diff", "max rel diff",
                                               "mismatches", "borderline"))
    for c, st in stats.items():
        print("  %-36s %6d %14.3g %14.3g %10d %10d" % (c, st.compared, st.max_abs, st.max_rel,
                                                       st.mismatches, st.borderline))
    ignored = [c for c in header[2:] if not c.startswith("true_")
               and (c not in COLUMN_KIND or METRIC_OF_COLUMN[c] not in params)]
    if ignored:
        print("  (columns not checked here: %s)" % ", ".join(ignored))


EPILOG = """tolerances:
  continuous values (7 significant digits in units.csv; curves.npz)  |ours - theirs| <= %g * max(|ours|,|theirs|) + %g
  pref_ori_deg                                  within %g deg on the 180-deg circle (rounded to 1e-4 deg)
  pref_sf_cpp, pref_sf_cycles_per_rf            within %g octave (argmax on a %g-octave grid)
  counts, flags, classes, statuses, empty cells exact
  borderline: a unit whose value lies within %g (relative) of a decision threshold (0.5 max peak height,
  0.1 max prominence, untunedCv, F1/F0 = 1, half peak at an SF sample, unresponsiveBelow) or has a near-tie
  where the definition takes the first maximum, is listed as borderline; a disagreement there is not a failure.
exit status: 0 all agree, 1 a mismatch, 2 unreadable or inconsistent input.
""" % (REL_TOL, ABS_TOL, ORI_TOL_DEG, SF_TOL_OCT, SF_STEP_OCT, BORDER_REL)


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Recompute unitscope's grating tuning metrics (orientation, spatial-frequency, "
                    "phase-modulation) from responses.npz and compare with units.csv and curves.npz.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="+", metavar="DIR", help="a results folder written by unitscope run")
    args = ap.parse_args(argv)
    report = Report()
    unreadable = []
    for d in args.dirs:
        try:
            check_dir(d, report)
        except InputError as e:
            unreadable.append(str(e))
            print("UNREADABLE: %s" % e)
    if report.mismatches:
        print("first %d of %d mismatches (dir, layer, channel, column: ours / theirs):"
              % (min(20, len(report.mismatches)), len(report.mismatches)))
        for d, lay, ch, c, ours, theirs, note in report.mismatches[:20]:
            print("  %s  %s %s  %s: ours %s / theirs %s%s" % (d, lay, ch, c, _fmt(ours), _fmt(theirs),
                                                           ("  (" + note + ")") if note else ""))
    if report.borderline:
        dis = sum(1 for b in report.borderline if not b[7])
        print("borderline cells: %d (%d disagree, not counted as failures):" % (len(report.borderline), dis))
        shown = sorted(report.borderline, key=lambda b: b[7])[:50]
        for d, lay, ch, c, ours, theirs, why, agree in shown:
            print("  %s  %s %s  %s: ours %s / theirs %s  [%s; %s]" % (
                d, lay, ch, c, _fmt(ours), _fmt(theirs), why, "agree" if agree else "DISAGREE"))
        if len(report.borderline) > 50:
            print("  ... and %d more" % (len(report.borderline) - 50))
    n_border = len(report.borderline)
    if unreadable:
        status, word = 2, "UNREADABLE INPUT"
    elif report.mismatches:
        status, word = 1, "MISMATCH"
    else:
        status, word = 0, "OK"
    print("grating cross-check: %s: %d folder(s) read, %d unreadable, %d units, %d mismatches, %d borderline"
          % (word, report.n_dirs, len(unreadable), report.n_units, len(report.mismatches), n_border))
    return status


if __name__ == "__main__":
    sys.exit(main())
