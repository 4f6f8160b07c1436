package org.unitscope.model.vgg16.internal;

import ai.djl.ndarray.types.Shape;
import java.io.EOFException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.unitscope.api.UnitscopeException;

/**
 * Messages for a DJL {@code .params} file and its {@code .params.json} sidecar that name the file, the field or tensor
 * and what is wrong: DJL's and Gson's own say "null" for a truncated file, or end in a bare troubleshooting URL.
 */
final class ParamsProblems {
    private ParamsProblems() {
    }

    /** The sidecar is not JSON, or a field has the wrong type: Gson's text without its exception class and URL. */
    static UnitscopeException malformedSidecar(Path side, Exception e) {
        return new UnitscopeException(side + ": not a valid parameters description (" + gsonText(e) + "); it must be a JSON object "
                + "such as {\"format\": \"unitscope-vgg16-djl-params\", \"inputChannels\": 3, \"widths\": [64, 128, 256, 512, 512], "
                + "\"inputSize\": 224, \"preprocessing\": \"torch\"}: fix it, or write the parameters again", e);
    }

    /** The first field of the sidecar that is missing or out of range, by name. */
    static void requireFields(Path side, DjlParamsFormat.Sidecar s) {
        if (s == null) {
            throw new UnitscopeException(side + ": is empty; it must describe the parameters (inputChannels, widths, inputSize, "
                    + "preprocessing)");
        }
        String problem = s.widths() == null ? "has no 'widths' (the channels of the 5 blocks, e.g. [64, 128, 256, 512, 512])"
                : s.widths().length != 5 ? "'widths' has " + s.widths().length + " values " + Arrays.toString(s.widths())
                        + "; VGG16 has 5 blocks"
                : Arrays.stream(s.widths()).anyMatch(w -> w < 1) ? "'widths' " + Arrays.toString(s.widths()) + " must all be >= 1"
                : s.inputChannels() < 1 ? "'inputChannels' is " + s.inputChannels() + " (missing or below 1)"
                : s.inputSize() < Vgg16Backend.MIN_INPUT ? "'inputSize' is " + s.inputSize() + " (missing or below "
                        + Vgg16Backend.MIN_INPUT + ")"
                : s.preprocessing() == null ? "has no 'preprocessing' (caffe, torch, centred or none)" : null;
        if (problem != null) {
            throw new UnitscopeException(side + ": " + problem + "; correct the field or write the parameters again");
        }
    }

    /** Reading the parameters failed: a file that ends early is said to be truncated, with its length. */
    static UnitscopeException unreadable(Path params, String topology, Exception e) {
        if (e instanceof EOFException || e.getCause() instanceof EOFException) {
            return new UnitscopeException(params + ": ends after " + size(params) + " bytes, before all parameters of " + topology
                    + " were read: the file is truncated; copy or write it again", e);
        }
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new UnitscopeException(params + ": not DJL parameters of " + topology + " (" + what + "); write them again with "
                + "the workbench, or check that " + params.getFileName() + ".json belongs to this file", e);
    }

    /**
     * The shapes in the file against those its sidecar promises: names the layer, both shapes and the sidecar field
     * ('inputChannels' for the first layer's input, else 'widths') with the value that would match.
     *
     * @param shapes the kernel shape of each convolution as read from the file, in order
     */
    static void requireShapes(Path params, Vgg16Topology topology, List<Shape> shapes) {
        List<Vgg16Topology.Conv> convs = topology.convs();
        for (int i = 0; i < convs.size() && i < shapes.size(); i++) {
            Vgg16Topology.Conv c = convs.get(i);
            Shape s = shapes.get(i);
            Shape expected = new Shape(c.out(), c.in(), 3, 3);
            if (s.equals(expected)) {
                continue;
            }
            String field = s.dimension() == 4 && s.get(0) != c.out()
                    ? "'widths'[" + c.block() + "] (block " + (c.block() + 1) + ") is " + c.out() + " but the file has " + s.get(0)
                    : i == 0 && s.dimension() == 4 ? "'inputChannels' is " + c.in() + " but the file has " + s.get(1)
                    : "it describes a different network";
            throw new UnitscopeException(params + ": tensor " + c.name() + "/kernel has shape " + s + " in the file, but its sidecar "
                    + params.getFileName() + ".json makes it " + expected + ": " + field + "; correct the sidecar to match the "
                    + "parameters (or use the sidecar written with them)");
        }
    }

    private static String gsonText(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int see = m.indexOf("\nSee http");
        m = see >= 0 ? m.substring(0, see) : m;
        // "com.google.gson.stream.MalformedJsonException: Unterminated object at ..." -> "Unterminated object at ..."
        return m.replaceFirst("^([a-z]+\\.)+[A-Za-z]+(Exception|Error): ", "").strip();
    }

    private static String size(Path file) {
        try {
            return String.format(java.util.Locale.ROOT, "%,d", Files.size(file));
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
