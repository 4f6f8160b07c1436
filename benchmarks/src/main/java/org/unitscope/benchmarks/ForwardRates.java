package org.unitscope.benchmarks;

import com.google.gson.GsonBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.unitscope.api.Parameters;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.Readout;
import org.unitscope.model.vgg16.internal.Vgg16Backend;
import org.unitscope.model.vgg16.internal.Vgg16Model;
import org.unitscope.model.vgg16.internal.Vgg16Model.Cropping;
import org.unitscope.model.vgg16.internal.Vgg16Topology;

/**
 * Forward rates of VGG16 (full width, untrained) through unitscope's probe on DJL's PyTorch engine, per block:
 * the full 224 px image truncated after the block's last layer (spatial-mean readout needs the whole map), and the
 * crop that covers the centre unit's receptive field (centre readout). Writes JSON for the PyTorch baseline
 * (benchmarks/pytorch_forward_rates.py), which runs the same shapes: so the probe runs without the cone crop inside
 * the network (same work on both sides; the cone's gain is measured by {@link SurveyRates}).
 * Usage: ForwardRates OUT.json [seconds-per-case] [batch]
 */
public final class ForwardRates {
    private ForwardRates() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "forward-rates.json");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3.0;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        Vgg16Backend backend = new Vgg16Backend();
        Vgg16Topology topology = Vgg16Topology.standard(3);
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Vgg16Model model = (Vgg16Model) backend.load(Parameters.resolve(backend.info(), Map.of("weights", "untrained", "seed", 1)))) {
            for (String layer : List.of("block1_conv2", "block2_conv2", "block3_conv3", "block4_conv3", "block5_conv3")) {
                for (Readout readout : List.of(Readout.mean(), Readout.centre())) {
                    try (Probe probe = model.openProbe(List.of(layer), readout, Cropping.INPUT)) {
                        int side = probe.inputSize();
                        double rate = imagesPerSecond(probe, batch, seconds);
                        double gflops = 2 * topology.macs(side, layer) * rate / 1e9;
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("layer", layer);
                        row.put("input", readout.mode() == Readout.Mode.MEAN ? "full" : "crop");
                        row.put("side", side);
                        row.put("batch", batch);
                        row.put("images_per_s", Math.round(rate * 10) / 10.0);
                        row.put("gflop_per_s", Math.round(gflops * 10) / 10.0);
                        rows.add(row);
                        System.out.printf(Locale.ROOT, "%-13s %-4s %4d px  %9.1f images/s  %6.1f GFLOP/s%n", layer, row.get("input"), side, rate, gflops);
                    }
                }
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("what", "unitscope VGG16 probe forward rates (DJL PyTorch engine, CPU)");
        doc.put("threads", Runtime.getRuntime().availableProcessors());
        doc.put("rows", rows);
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().create().toJson(doc) + "\n");
        System.out.println("written " + out.toAbsolutePath());
    }

    private static double imagesPerSecond(Probe probe, int batch, double seconds) {
        int side = probe.inputSize();
        float[] pixels = new float[batch * 3 * side * side];
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) r.nextDouble();
        }
        probe.forward(pixels, batch); // warm-up: first call pays for allocation and kernel selection
        probe.forward(pixels, batch);
        long n = 0;
        long start = System.nanoTime();
        do {
            probe.forward(pixels, batch);
            n += batch;
        } while (System.nanoTime() - start < seconds * 1e9);
        return n / ((System.nanoTime() - start) / 1e9);
    }
}
