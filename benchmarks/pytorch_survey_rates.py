"""Plain-PyTorch peer for unitscope's grating-survey benchmark (org.unitscope.benchmarks.SurveyRates).

What a researcher would write: VGG16's convolutional part (torchvision layout, full width, random weights) up to
block5_conv3, forward hooks on the 13 ReLUs that keep each map's centre unit, the whole 224 px image, under
torch.inference_mode, with as many threads as the machine has cores. One call measures one round on the same gratings
count and batch as SurveyRates and appends it to the JSON; `--report` prints best-of-rounds rates and ratios.
Run with a PyTorch 2.x: PYTHON -s benchmarks/pytorch_survey_rates.py FILE.json [--report]
"""
import json
import math
import os
import sys
import time

import torch
import torch.nn as nn

CFG = [64, 64, "M", 128, 128, "M", 256, 256, 256, "M", 512, 512, 512, "M", 512, 512, 512]


def features():
    """conv, ReLU, ..., up to the ReLU after block5_conv3; the 13 ReLUs in order."""
    mods, relus, c_in = [], [], 3
    for v in CFG:
        if v == "M":
            mods.append(nn.MaxPool2d(2, 2))
            continue
        relu = nn.ReLU(inplace=True)
        mods += [nn.Conv2d(c_in, v, 3, padding=1), relu]
        relus.append(relu)
        c_in = v
    return nn.Sequential(*mods).eval(), relus


def gratings(count, side):
    """Every k-th grating of the 12 x 8 x 4 survey (same parameters as SurveyRates), grey on 3 channels."""
    half = (side - 1) / 2.0
    x = torch.arange(side, dtype=torch.float64) - half
    y = half - torch.arange(side, dtype=torch.float64)
    yy, xx = torch.meshgrid(y, x, indexing="ij")
    out = torch.empty(count, 3, side, side)
    for g in range(count):
        k = g * 384 // count
        t = math.radians(15.0 * (k // 32))
        sf = 0.25 * 2 ** (-0.75 * ((k // 4) % 8))
        arg = 2 * math.pi * sf * (xx * math.cos(t) + yy * math.sin(t)) + math.radians(90.0 * (k % 4))
        out[g] = (0.5 + 0.5 * torch.sin(arg)).float()
    return out


def measure(doc):
    torch.set_num_threads(os.cpu_count())
    torch.manual_seed(0)
    net, relus = features()
    taps = []
    for relu in relus:
        relu.register_forward_hook(lambda m, i, o: taps.append(o[:, :, (o.shape[2] - 1) // 2, (o.shape[3] - 1) // 2].clone()))
    x = gratings(doc["gratings"], doc["side"])
    batches = list(torch.split(x, doc["batch"]))
    # torchvision's normalisation, as unitscope's 'torch' preprocessing of the untrained network
    mean = torch.tensor([0.485, 0.456, 0.406]).view(1, 3, 1, 1)
    std = torch.tensor([0.229, 0.224, 0.225]).view(1, 3, 1, 1)
    with torch.inference_mode():
        net((batches[0] - mean) / std)  # warm-up: allocation and kernel selection
        taps.clear()
        wall, cpu = time.perf_counter(), time.process_time()
        for b in batches:
            net((b - mean) / std)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    assert sum(t.shape[1] for t in taps[:13]) == doc["units"], "every centre unit read"
    n = doc["gratings"]
    print(f"pytorch {torch.__version__} {torch.get_num_threads()} threads, {doc['side']} px: "
          f"{n / wall:7.2f} gratings/s (wall), {n / cpu:7.2f} gratings per CPU-second")
    doc.setdefault("pytorch", torch.__version__)
    doc["pytorch_rounds"].append({"gratings_per_s": n / wall, "gratings_per_cpu_s": n / cpu})


def report(doc):
    best = {
        "before": max(r["before"]["gratings_per_s"] for r in doc["unitscope_rounds"]),
        "after": max(r["after"]["gratings_per_s"] for r in doc["unitscope_rounds"]),
        "peer": max(r["gratings_per_s"] for r in doc["pytorch_rounds"]),
    }
    cpu = {
        "before": max(r["before"]["gratings_per_cpu_s"] for r in doc["unitscope_rounds"]),
        "after": max(r["after"]["gratings_per_cpu_s"] for r in doc["unitscope_rounds"]),
        "peer": max(r["gratings_per_cpu_s"] for r in doc["pytorch_rounds"]),
    }
    print(f"{doc['units']} centre units, {doc['gratings']} gratings per round, batch {doc['batch']}, "
          f"{len(doc['unitscope_rounds'])} + {len(doc['pytorch_rounds'])} rounds (best of)")
    print(f"{'':28s} {'gratings/s':>11s} {'per CPU-s':>10s}")
    for k, label in (("before", "unitscope, input crop"), ("after", "unitscope, cone crop"), ("peer", "PyTorch + forward hooks")):
        print(f"{label:28s} {best[k]:11.2f} {cpu[k]:10.2f}")
    doc["summary"] = {"gratings_per_s": best, "gratings_per_cpu_s": cpu,
                      "after_over_peer": best["after"] / best["peer"], "before_over_peer": best["before"] / best["peer"],
                      "after_over_before": best["after"] / best["before"],
                      "after_over_peer_cpu": cpu["after"] / cpu["peer"]}
    s = doc["summary"]
    print(f"after/peer {s['after_over_peer']:.2f}x (per CPU-s {s['after_over_peer_cpu']:.2f}x), "
          f"before/peer {s['before_over_peer']:.2f}x, after/before {s['after_over_before']:.2f}x")


def main():
    doc = json.load(open(sys.argv[1]))
    if "--report" in sys.argv:
        report(doc)
    else:
        measure(doc)
    json.dump(doc, open(sys.argv[1], "w"), indent=2)


if __name__ == "__main__":
    main()
