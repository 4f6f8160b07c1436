package org.unitscope.benchmarks;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unitscope.api.Parameters;
import org.unitscope.api.model.InputCrop;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.Readout;
import org.unitscope.math.grating.Aperture;
import org.unitscope.math.grating.Grating;
import org.unitscope.model.vgg16.internal.Vgg16Backend;
import org.unitscope.model.vgg16.internal.Vgg16Model;
import org.unitscope.model.vgg16.internal.Vgg16Model.Cropping;
import org.unitscope.model.vgg16.internal.Vgg16Topology;

/**
 * The grating survey's forward rate: the centre units of all 13 layers of an untrained, full-width VGG16 (4,224
 * units) at 224 px, one pass per grating batch serving every layer, through unitscope's probe with the input crop
 * only ("before") and with the cone of the read-out units as well ("after"). One round measures both, alternating
 * their order by round, and appends the rates to OUT.json; benchmarks/pytorch_survey_rates.py adds the plain-PyTorch
 * peer's rounds to the same file and reports. The gratings are a subset of the survey (12 orientations x 8 SFs x
 * 4 phases), every k-th; dense convolutions take as long whatever the pixels.
 * Usage: SurveyRates OUT.json [gratings] [batch]
 */
public final class SurveyRates {
    static final int SIDE = 224;

    private SurveyRates() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "survey-rates.json");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 96;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        JsonObject doc = Files.exists(out) ? new Gson().fromJson(Files.readString(out), JsonObject.class) : header(count, batch);
        JsonArray rounds = doc.getAsJsonArray("unitscope_rounds");
        float[] gratings = gratings(count);
        Vgg16Backend backend = new Vgg16Backend();
        try (Vgg16Model model = (Vgg16Model) backend.load(Parameters.resolve(backend.info(), Map.of("weights", "untrained", "seed", 1)))) {
            List<String> layers = model.description().layerNames();
            List<Cropping> order = rounds.size() % 2 == 0 ? List.of(Cropping.INPUT, Cropping.CONE) : List.of(Cropping.CONE, Cropping.INPUT);
            JsonObject round = new JsonObject();
            for (Cropping c : order) {
                try (Probe probe = model.openProbe(layers, Readout.centre(), c)) {
                    String name = c == Cropping.INPUT ? "before" : "after";
                    round.add(name, measure(name, probe, gratings, count, batch));
                }
            }
            rounds.add(round);
        }
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().create().toJson(doc) + "\n");
    }

    private static JsonObject header(int count, int batch) {
        JsonObject doc = new JsonObject();
        doc.addProperty("what", "grating survey: centre units of all 13 VGG16 layers (untrained, full width), 224 px");
        doc.addProperty("units", Vgg16Topology.standard(3).convs().stream().mapToInt(Vgg16Topology.Conv::out).sum());
        doc.addProperty("side", SIDE);
        doc.addProperty("gratings", count);
        doc.addProperty("batch", batch);
        doc.addProperty("threads", Runtime.getRuntime().availableProcessors());
        // PyTorch's huge-page allocation (both engines read it): fewer page faults on the large early maps
        doc.addProperty("THP_MEM_ALLOC_ENABLE", System.getenv().getOrDefault("THP_MEM_ALLOC_ENABLE", ""));
        doc.add("unitscope_rounds", new JsonArray());
        doc.add("pytorch_rounds", new JsonArray());
        return doc;
    }

    /** Every k-th grating of the survey, grey on all three channels, SIDE px. */
    static float[] gratings(int count) {
        int survey = 12 * 8 * 4;
        float[] pixels = new float[count * 3 * SIDE * SIDE];
        float[] plane = new float[SIDE * SIDE];
        for (int g = 0; g < count; g++) {
            int k = (int) ((long) g * survey / count);
            double sf = 0.25 * Math.pow(2, -0.75 * ((k / 4) % 8));
            new Grating(15.0 * (k / 32), sf, 90.0 * (k % 4), 1.0, 0.5).render(SIDE, Aperture.NONE, plane, 0);
            for (int c = 0; c < 3; c++) {
                System.arraycopy(plane, 0, pixels, (g * 3 + c) * SIDE * SIDE, SIDE * SIDE);
            }
        }
        return pixels;
    }

    /** Gratings per second (wall) and per CPU-second (process) over all {@code count} gratings, after a warm-up batch. */
    private static JsonObject measure(String name, Probe probe, float[] full, int count, int batch) {
        InputCrop crop = probe.inputCrop();
        float[] pixels = cut(full, count, crop);
        int side = crop.size();
        int image = 3 * side * side;
        List<float[]> batches = new java.util.ArrayList<>();
        for (int start = 0; start < count; start += batch) {
            batches.add(Arrays.copyOfRange(pixels, start * image, Math.min(count, start + batch) * image));
        }
        probe.forward(batches.get(0), batches.get(0).length / image); // warm-up: allocation and kernel selection
        Clock clock = Clock.time(() -> batches.forEach(b -> probe.forward(b, b.length / image)));
        JsonObject r = new JsonObject();
        r.addProperty("side", side);
        r.addProperty("gratings_per_s", count / clock.wallSeconds());
        r.addProperty("gratings_per_cpu_s", count / clock.processCpuSeconds());
        System.out.printf(Locale.ROOT, "unitscope %-6s %3d px input: %7.2f gratings/s (wall), %7.2f gratings per CPU-second%n",
                name, side, count / clock.wallSeconds(), count / clock.processCpuSeconds());
        return r;
    }

    /** The probe's input crop out of the full images. */
    private static float[] cut(float[] full, int count, InputCrop crop) {
        int s = crop.size();
        float[] out = new float[count * 3 * s * s];
        for (int k = 0; k < count * 3; k++) {
            for (int r = 0; r < s; r++) {
                System.arraycopy(full, (k * SIDE + crop.row() + r) * SIDE + crop.col(), out, (k * s + r) * s, s);
            }
        }
        return out;
    }
}
