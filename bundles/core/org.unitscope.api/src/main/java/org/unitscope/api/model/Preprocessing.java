package org.unitscope.api.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a network's weights expect of their input, stated as data: the probe maps stimuli (luminance in [0, 1], RGB
 * channel order) to {@code y[c] = (x[order(c)] * scale - mean[c]) / std[c]}, where {@code order} is RGB or BGR (the
 * channels reversed) and {@code mean} / {@code std} hold one value for every channel or one per channel, in the
 * network's channel order. The common cases are constants ({@link #NONE}, {@link #CENTRED}, {@link #CAFFE},
 * {@link #TORCH}); {@link #text()} is the stable form written into the manifest and read back by {@link #parse}.
 *
 * @param name a short token naming the mapping (letters, digits, '-', '_', '.'), e.g. "torch"
 */
public record Preprocessing(String name, ChannelOrder order, float scale, List<Float> mean, List<Float> std) {

    /** The order of the colour channels the network takes. */
    public enum ChannelOrder { RGB, BGR }

    /** Values as they are. */
    public static final Preprocessing NONE = new Preprocessing("none", ChannelOrder.RGB, 1f, List.of(0f), List.of(1f));
    /** Mean luminance to zero: x - 0.5 (the synthetic V1 network). */
    public static final Preprocessing CENTRED = new Preprocessing("centred", ChannelOrder.RGB, 1f, List.of(0.5f), List.of(1f));
    /** Keras "caffe": RGB to BGR, 0..255 scale, minus the ImageNet BGR means 103.939 / 116.779 / 123.68. */
    public static final Preprocessing CAFFE = new Preprocessing("caffe", ChannelOrder.BGR, 255f,
            List.of(103.939f, 116.779f, 123.68f), List.of(1f));
    /** torchvision: (x - 0.485/0.456/0.406) / 0.229/0.224/0.225 per RGB channel. */
    public static final Preprocessing TORCH = new Preprocessing("torch", ChannelOrder.RGB, 1f,
            List.of(0.485f, 0.456f, 0.406f), List.of(0.229f, 0.224f, 0.225f));

    private static final Map<String, Preprocessing> NAMED = List.of(NONE, CENTRED, CAFFE, TORCH).stream()
            .collect(Collectors.toUnmodifiableMap(Preprocessing::name, Function.identity()));

    public Preprocessing {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(order, "order");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("a preprocessing name is a token of letters, digits, '-', '_', '.', not '" + name + "'");
        }
        if (!(scale > 0) || !Float.isFinite(scale)) {
            throw new IllegalArgumentException(name + ": scale must be a finite number > 0, not " + scale);
        }
        mean = mean.stream().map(m -> m == 0f ? 0f : m).toList(); // -0 reads back as 0
        std = List.copyOf(std);
        if (mean.isEmpty() || std.isEmpty() || mean.stream().anyMatch(m -> !Float.isFinite(m))
                || std.stream().anyMatch(s -> !(s > 0) || !Float.isFinite(s))) {
            throw new IllegalArgumentException(name + ": mean needs finite values and std finite values > 0, one or one per channel: "
                    + mean + ", " + std);
        }
        if (mean.size() > 1 && std.size() > 1 && mean.size() != std.size()) {
            throw new IllegalArgumentException(name + ": mean and std give different channel counts: " + mean + ", " + std);
        }
    }

    /** (x - mean) / std per channel of an RGB network input, under {@code name}. */
    public static Preprocessing normalized(String name, float[] mean, float[] std) {
        return new Preprocessing(name, ChannelOrder.RGB, 1f, floats(mean), floats(std));
    }

    /**
     * Input channels this mapping is defined on: 3 for BGR, the length of a per-channel mean or std, 0 when it fits
     * any count.
     */
    public int channels() {
        int n = Math.max(mean.size(), std.size());
        return order == ChannelOrder.BGR ? 3 : n > 1 ? n : 0;
    }

    /** Whether it applies to an input of {@code inputChannels} channels. */
    public boolean fits(int inputChannels) {
        return channels() == 0 || channels() == inputChannels;
    }

    /** Throws when it does not apply to an input of {@code inputChannels} channels. */
    public void requireChannels(int inputChannels) {
        if (!fits(inputChannels)) {
            throw new IllegalArgumentException(name + " preprocessing needs " + channels() + (channels() == 3 ? " (RGB)" : "")
                    + " channels, the input has " + inputChannels);
        }
    }

    /** Whether the mapping leaves every value as it is. */
    public boolean isIdentity() {
        return order == ChannelOrder.RGB && scale == 1f && mean.stream().allMatch(m -> m == 0f) && std.stream().allMatch(s -> s == 1f);
    }

    /**
     * The stable text: the name alone for the constants ("none", "centred", "caffe", "torch"), otherwise
     * "NAME: rgb|bgr, scale S, mean M1/M2/M3, std S1/S2/S3".
     */
    public String text() {
        if (equals(NAMED.get(name))) {
            return name;
        }
        return name + ": " + order.name().toLowerCase(Locale.ROOT) + ", scale " + number(scale) + ", mean " + numbers(mean)
                + ", std " + numbers(std);
    }

    @Override
    public String toString() {
        return text();
    }

    /** Reads {@link #text()}: a constant's name (any case) or the full form. */
    public static Preprocessing parse(String text) {
        String t = Objects.requireNonNull(text, "preprocessing").trim();
        Preprocessing named = NAMED.get(t.toLowerCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        int colon = t.indexOf(':');
        if (colon > 0) {
            try {
                return full(t.substring(0, colon).trim(), t.substring(colon + 1).split(","));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("preprocessing '" + text + "': " + e.getMessage(), e);
            }
        }
        throw new IllegalArgumentException("preprocessing must be one of none, centred, caffe, torch, or "
                + "'NAME: rgb|bgr, scale S, mean M1/M2/M3, std S1/S2/S3'; not '" + text + "'");
    }

    private static Preprocessing full(String name, String[] parts) {
        if (parts.length != 4) {
            throw new IllegalArgumentException("needs 4 parts after the name (order, scale, mean, std), not " + parts.length);
        }
        ChannelOrder order = ChannelOrder.valueOf(parts[0].trim().toUpperCase(Locale.ROOT));
        return new Preprocessing(name, order, Float.parseFloat(field(parts[1], "scale")), list(field(parts[2], "mean")),
                list(field(parts[3], "std")));
    }

    private static String field(String part, String key) {
        String p = part.trim();
        if (!p.startsWith(key + " ")) {
            throw new IllegalArgumentException("expected '" + key + " ...', found '" + p + "'");
        }
        return p.substring(key.length()).trim();
    }

    private static List<Float> list(String slashes) {
        List<Float> out = new ArrayList<>();
        for (String v : slashes.split("/")) {
            out.add(Float.parseFloat(v.trim()));
        }
        return out;
    }

    private static List<Float> floats(float[] values) {
        List<Float> out = new ArrayList<>();
        for (float v : values) {
            out.add(v);
        }
        return out;
    }

    private static String numbers(List<Float> values) {
        return values.stream().map(Preprocessing::number).collect(Collectors.joining("/"));
    }

    /** Shortest text that reads back to the same float; whole numbers without ".0". */
    private static String number(float v) {
        return v == Math.rint(v) && Math.abs(v) < 1e7f ? Integer.toString((int) v) : Float.toString(v);
    }
}
