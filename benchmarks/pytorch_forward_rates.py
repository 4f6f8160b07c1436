"""Plain-PyTorch baseline for unitscope's forward-rate benchmark.

Reads the JSON written by org.unitscope.benchmarks.ForwardRates, runs the same VGG16 (torchvision layout, full
width, random weights) truncated after the same layer on inputs of the same side and batch, with as many threads
as the machine has cores, under torch.inference_mode, and prints both rates and their ratio.
Run with Debian's PyTorch: /usr/bin/python3 -s benchmarks/pytorch_forward_rates.py FILE.json
"""
import json
import os
import sys
import time

import torch
import torch.nn as nn

CFG = [64, 64, "M", 128, 128, "M", 256, 256, 256, "M", 512, 512, 512, "M", 512, 512, 512, "M"]
NAMES = ["block1_conv1", "block1_conv2", "block2_conv1", "block2_conv2", "block3_conv1", "block3_conv2", "block3_conv3",
         "block4_conv1", "block4_conv2", "block4_conv3", "block5_conv1", "block5_conv2", "block5_conv3"]


def truncated(layer):
    """VGG16 features up to and including the ReLU after `layer` (no trailing pool)."""
    mods, conv, c_in = [], 0, 3
    for v in CFG:
        if v == "M":
            mods.append(nn.MaxPool2d(2, 2))
            continue
        mods += [nn.Conv2d(c_in, v, 3, padding=1), nn.ReLU(inplace=True)]
        c_in = v
        if NAMES[conv] == layer:
            return nn.Sequential(*mods).eval()
        conv += 1
    raise ValueError(layer)


def rate(net, side, batch, seconds):
    x = torch.rand(batch, 3, side, side)
    with torch.inference_mode():
        net(x)
        net(x)
        n, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            net(x)
            n += batch
    return n / (time.perf_counter() - start)


def main():
    doc = json.load(open(sys.argv[1]))
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 3.0
    torch.set_num_threads(os.cpu_count())
    torch.manual_seed(0)
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads")
    print(f"{'layer':13s} {'input':5s} {'side':>4s} {'unitscope img/s':>16s} {'pytorch img/s':>14s} {'ratio':>6s}")
    for row in doc["rows"]:
        net = truncated(row["layer"])
        base = rate(net, row["side"], row["batch"], seconds)
        row["pytorch_images_per_s"] = round(base, 1)
        row["ratio_unitscope_over_pytorch"] = round(row["images_per_s"] / base, 3)
        print(f"{row['layer']:13s} {row['input']:5s} {row['side']:4d} {row['images_per_s']:16.1f} {base:14.1f} "
              f"{row['ratio_unitscope_over_pytorch']:6.2f}")
    doc["pytorch"] = torch.__version__
    json.dump(doc, open(sys.argv[1], "w"), indent=2)


if __name__ == "__main__":
    main()
