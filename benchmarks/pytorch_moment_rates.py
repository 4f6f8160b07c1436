"""Plain-PyTorch / NumPy baseline for unitscope's reverse-correlation benchmark.

Reads the JSON written by org.unitscope.benchmarks.MomentRates and does the same work in one process:
- covariance accumulation, float64 on the CPU, in sub-batches of the same size as unitscope's kernel: for X (m x d)
  and clamped activations W (units x m), first moments W @ X and second moments as one GEMM
  X.T @ (W.T[:, :, None] * X[:, None, :]).reshape(m, units d) (the same formulation as TorchMomentKernel), plus the
  ensemble X.T @ X and X.sum(0), added to running sums;
- the symmetric eigen-decomposition with numpy.linalg.eigh (vectors) and eigvalsh (values only).
Debian's python3-torch and numpy use whatever libblas.so.3 the system selects (the reference BLAS unless an
optimised one is installed): the BLAS is recorded in the JSON, since it decides these figures.
It adds the baseline figures and the ratios unitscope / baseline to the same JSON and prints a table.
Run with Debian's PyTorch: /usr/bin/python3 -s benchmarks/pytorch_moment_rates.py FILE.json [seconds]
"""
import json
import os
import re
import sys
import time

import numpy as np
import torch


def accumulation_rate(dim, units, n, batch, seconds):
    """Stimuli per second of the accumulation, cycling over n stimuli, after one warm-up sub-batch."""
    g = torch.Generator().manual_seed(1)
    stimuli = torch.randn(n, dim, generator=g, dtype=torch.float32)
    activations = torch.randn(n, units, generator=g, dtype=torch.float32)
    sum_s = torch.zeros(dim, dtype=torch.float64)
    sum_ss = torch.zeros(dim, dim, dtype=torch.float64)
    sum_a = torch.zeros(units, dtype=torch.float64)
    sum_as = torch.zeros(units, dim, dtype=torch.float64)
    sum_ass = torch.zeros(units, dim, dim, dtype=torch.float64)

    def add(start, m):
        x = stimuli[start:start + m].to(torch.float64)
        w = activations[start:start + m].to(torch.float64).clamp_(min=0).T.contiguous()  # units x m
        sum_s.add_(x.sum(0))
        sum_ss.add_(x.T @ x)
        sum_a.add_(w.sum(1))
        sum_as.add_(w @ x)
        b = (w.T[:, :, None] * x[:, None, :]).reshape(m, units * dim)
        sum_ass.add_((x.T @ b).reshape(dim, units, dim).transpose(0, 1))

    with torch.inference_mode():
        add(0, min(batch, 256))
        done, offset, start = 0, 0, time.perf_counter()
        while True:
            m = min(batch, n - offset)
            add(offset, m)
            done += m
            offset = (offset + m) % n
            if time.perf_counter() - start >= seconds:
                break
    return done / (time.perf_counter() - start)


def seconds_per(body, seconds):
    """Median seconds per call after a warm-up call, repeating until `seconds` have passed (at least 2 calls)."""
    body()
    times, start = [], time.perf_counter()
    while len(times) < 2 or time.perf_counter() - start < seconds:
        t = time.perf_counter()
        body()
        times.append(time.perf_counter() - t)
    times.sort()
    return times[len(times) // 2]


def blas_library():
    """The libblas.so.3 this process loaded (from /proc/self/maps)."""
    try:
        with open("/proc/self/maps") as maps:
            for line in maps:
                if "libblas" in line or "openblas" in line or "libmkl" in line:
                    return line.split()[-1]
    except OSError:
        pass
    return "?"


def main():
    path = sys.argv[1]
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 3.0
    doc = json.load(open(path))
    torch.set_num_threads(os.cpu_count())
    print(f"torch {torch.__version__}, numpy {np.__version__}, {torch.get_num_threads()} threads")
    print(f"{'dim':>5s} {'units':>5s} {'kernel':6s} {'unitscope stim/s':>17s} {'GFLOP/s':>8s} "
          f"{'pytorch stim/s':>15s} {'GFLOP/s':>8s} {'ratio':>6s}")
    baseline = {}
    for row in doc["accumulation"]:
        key = (row["dim"], row["units"], row["n"])
        if key not in baseline:
            # the torch kernel's sub-batch for every row: the baseline is one figure per shape
            batch = max(r["batch"] for r in doc["accumulation"] if (r["dim"], r["units"], r["n"]) == key)
            baseline[key] = accumulation_rate(row["dim"], row["units"], row["n"], batch, seconds)
        base = baseline[key]
        gflops = 2.0 * row["dim"] ** 2 * (row["units"] + 1) * base / 1e9
        row["pytorch_stimuli_per_s"] = round(base, 2)
        row["pytorch_gflop_per_s"] = round(gflops, 2)
        row["ratio_unitscope_over_pytorch"] = round(row["stimuli_per_s"] / base, 3)
        print(f"{row['dim']:5d} {row['units']:5d} {row['kernel']:6s} {row['stimuli_per_s']:17.1f} "
              f"{row['gflop_per_s']:8.2f} {base:15.1f} {gflops:8.2f} {row['ratio_unitscope_over_pytorch']:6.3f}")
    print(f"{'d':>5s} {'EJML vec s':>11s} {'EJML val s':>11s} {'tred2 s':>9s} {'np eigh s':>10s} {'np eigvalsh s':>14s}")
    for row in doc["eigen"]:
        d = row["d"]
        rng = np.random.default_rng(3)
        g = rng.standard_normal((d, d))
        m = np.tril(g) + np.tril(g, -1).T
        row["numpy_eigh_s"] = round(seconds_per(lambda: np.linalg.eigh(m), seconds), 4)
        row["numpy_eigvalsh_s"] = round(seconds_per(lambda: np.linalg.eigvalsh(m), seconds), 4)
        row["ratio_ejml_vectors_over_numpy"] = round(row["ejml_vectors_s"] / row["numpy_eigh_s"], 2)
        row["ratio_ejml_values_over_numpy"] = round(row["ejml_values_s"] / row["numpy_eigvalsh_s"], 2)
        print(f"{d:5d} {row['ejml_vectors_s']:11.4f} {row['ejml_values_s']:11.4f} {row['tred2_tql2_vectors_s']:9.4f} "
              f"{row['numpy_eigh_s']:10.4f} {row['numpy_eigvalsh_s']:14.4f}")
    doc["pytorch"] = torch.__version__
    blas_info = re.search(r"BLAS_INFO=([^,\s]+)", torch.__config__.show())
    doc["pytorch_blas_info"] = blas_info.group(1) if blas_info else "?"
    doc["libblas"] = blas_library()
    doc["numpy"] = np.__version__
    json.dump(doc, open(path, "w"), indent=2)


if __name__ == "__main__":
    main()
