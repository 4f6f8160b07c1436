package org.unitscope.model.vgg16.internal;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.model.Preprocessing;
import org.unitscope.djl.DjlRuntime;

/**
 * DJL's own parameter files for a VGG16: {@code NAME.params} holds the parameters of {@link Vgg16Network#features()}
 * (DJL's {@code Block.saveParameters} format); the sidecar {@code NAME.params.json} says what network they belong
 * to (input channels, widths, input size, preprocessing) and how it was made.
 */
public final class DjlParamsFormat {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    /** What the sidecar holds. */
    public record Sidecar(String format, int inputChannels, int[] widths, int inputSize, String preprocessing,
            Map<String, Object> provenance) {
    }

    private DjlParamsFormat() {
    }

    static Path sidecar(Path params) {
        return params.resolveSibling(params.getFileName() + ".json");
    }

    public static Sidecar readSidecar(Path params) {
        Path side = sidecar(params);
        if (!Files.isRegularFile(side)) {
            throw new UnitscopeException(params + ": DJL parameters need their description " + side.getFileName()
                    + " (input channels, widths, input size, preprocessing)");
        }
        Sidecar s;
        try {
            s = GSON.fromJson(Files.readString(side), Sidecar.class);
        } catch (IOException e) {
            throw new UnitscopeException(side + ": cannot be read: " + e.getMessage(), e);
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw ParamsProblems.malformedSidecar(side, e);
        }
        ParamsProblems.requireFields(side, s);
        return s;
    }

    static Vgg16Weights read(Path params, String sha256) {
        Sidecar s = readSidecar(params);
        Preprocessing preprocessing;
        try {
            preprocessing = Preprocessing.parse(s.preprocessing());
        } catch (IllegalArgumentException e) {
            throw new UnitscopeException(sidecar(params) + ": " + e.getMessage(), e);
        }
        Vgg16Topology topology = new Vgg16Topology(s.inputChannels(), s.widths());
        return DjlRuntime.call(() -> {
            try (NDManager m = DjlRuntime.engine().newBaseManager();
                    InputStream in = new BufferedInputStream(Files.newInputStream(params))) {
                Vgg16Network net = Vgg16Network.create(topology);
                SequentialBlock features = net.features();
                features.initialize(m, DataType.FLOAT32, new Shape(1, s.inputChannels(), s.inputSize(), s.inputSize()));
                try {
                    features.loadParameters(m, new DataInputStream(in));
                } catch (MalformedModelException | IOException | RuntimeException e) {
                    throw ParamsProblems.unreadable(params, topology.describe(), e);
                }
                ParamsProblems.requireShapes(params, topology, net.convs().stream()
                        .map(c -> c.getParameters().get("weight").getArray().getShape()).toList());
                Vgg16Weights w = net.weights(params.toString(), "djl-params", preprocessing);
                Vgg16Weights out = new Vgg16Weights(params.toString(), "djl-params", sha256, preprocessing);
                w.layers().forEach(out::put);
                out.declareInputSize(s.inputSize());
                return out;
            }
        });
    }

    /** Writes the network's parameters and its sidecar (both atomically enough for a training run: temp + move). */
    public static void write(Vgg16Network net, Path params, int inputSize, Preprocessing preprocessing, Map<String, Object> provenance)
            throws IOException {
        Path tmp = params.resolveSibling(params.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            DjlRuntime.call(() -> {
                SequentialBlock features = net.features();
                // records the input shapes DJL's format needs; parameters that already hold values keep them
                try (NDManager m = DjlRuntime.engine().newBaseManager()) {
                    features.initialize(m, DataType.FLOAT32, new Shape(1, net.topology().inputChannels(), inputSize, inputSize));
                }
                DataOutputStream data = new DataOutputStream(out);
                features.saveParameters(data);
                data.flush();
                return null;
            });
        }
        Files.move(tmp, params, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        Sidecar s = new Sidecar("unitscope-vgg16-djl-params", net.topology().inputChannels(), net.topology().widths(), inputSize,
                preprocessing.text(), new LinkedHashMap<>(provenance));
        Path side = sidecar(params);
        Path sideTmp = side.resolveSibling(side.getFileName() + ".tmp");
        Files.writeString(sideTmp, GSON.toJson(s) + "\n");
        Files.move(sideTmp, side, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
