"""Plain-PyTorch peer for the matrix-free AWC's cost per unit (issue 11, W2 shape).

Reads the JSON written by org.unitscope.benchmarks.AwcUnitCost and does, with plain PyTorch on the same machine, what
a researcher would write without unitscope for the same shapes: white Gaussian patches X (N x d, float32), a simple
(ReLU of a Gabor) and a complex (energy of a quadrature pair) unit, and per unit, in float64:
- the plain AWC: AWC = X^T diag(a) X / sum(a) - AWA AWA^T - C_0, and its full spectrum (torch.linalg.eigh);
- the first step of the shuffle test: the same AWC for R permutations of a and their spectra (eigvalsh).
It adds "peer" (seconds per unit for both) and the ratios to the JSON and prints them.
Run with a PyTorch 2.x (PEER_PYTHON in scripts/benchmark-matrix-free, e.g. a venv with `pip install torch`):
  PY benchmarks/pytorch_awc_peer.py FILE.json SIDE N R UNITS LAYER_UNITS
"""
import json
import math
import os
import sys
import time

import torch


def gabor(side, orientation, sf, phase):
    y, x = torch.meshgrid(torch.arange(side, dtype=torch.float64), torch.arange(side, dtype=torch.float64), indexing="ij")
    c = (side - 1) / 2
    t = math.radians(orientation)
    u = (x - c) * math.cos(t) + (y - c) * math.sin(t)
    g = torch.exp(-((x - c) ** 2 + (y - c) ** 2) / (2 * (side / 6) ** 2)) * torch.cos(2 * math.pi * sf * u + phase)
    return (g / g.norm()).reshape(-1)


def awc(x, a, c0):
    s = a.sum()
    xw = x * a.sqrt()[:, None]
    second = xw.T @ xw / s
    awa = (a @ x) / s
    # covariance about the activation-weighted mean, minus the ensemble covariance
    return second - torch.outer(awa, awa) - c0


def main():
    path, side, n, shuffles, units, layer_units = sys.argv[1], *map(int, sys.argv[2:7])
    torch.manual_seed(7)
    d = side * side
    x = torch.randn(n, d, dtype=torch.float32).double()
    mean = x.mean(0)
    xc = x - mean
    c0 = xc.T @ xc / n
    cells = []
    for u in range(units):
        sf = (3 + 3.0 * (u % 5) / 4) / side
        even, odd = gabor(side, 180.0 * u / units, sf, 0), gabor(side, 180.0 * u / units, sf, math.pi / 2)
        cells.append((x @ even).clamp(min=0) if u % 2 == 0 else ((x @ even) ** 2 + (x @ odd) ** 2).sqrt())
    t0 = time.perf_counter()
    for a in cells:
        torch.linalg.eigh(awc(x, a, c0))
    plain = (time.perf_counter() - t0) / units
    t0 = time.perf_counter()
    g = torch.Generator().manual_seed(1)
    for a in cells:
        torch.linalg.eigh(awc(x, a, c0))
        for _ in range(shuffles):
            torch.linalg.eigvalsh(awc(x, a[torch.randperm(n, generator=g)], c0))
    tested = (time.perf_counter() - t0) / units
    with open(path) as f:
        doc = json.load(f)
    ours = doc["rows"][0]["seconds_per_unit"]
    doc["peer"] = {
        "torch": torch.__version__, "threads": torch.get_num_threads(), "load_average": os.getloadavg()[0], "d": d, "n": n, "shuffles": shuffles,
        "plain_awc_seconds_per_unit": round(plain, 3), "first_test_step_seconds_per_unit": round(tested, 3),
        "layer_units": layer_units, "plain_awc_layer_hours": round(plain * layer_units / 3600, 3),
        "first_test_step_layer_hours": round(tested * layer_units / 3600, 3),
        "ratio_unitscope_full_test_to_peer_plain_awc": round(ours / plain, 2),
        "ratio_unitscope_full_test_to_peer_first_step": round(ours / tested, 2),
    }
    with open(path, "w") as f:
        json.dump(doc, f, indent=1)
    print("peer", json.dumps(doc["peer"]))


if __name__ == "__main__":
    main()
