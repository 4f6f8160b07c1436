package org.unitscope.model.vgg16.internal;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.model.Preprocessing;
import org.unitscope.djl.DjlRuntime;

/**
 * A TorchScript export of torchvision's VGG16, loaded by DJL's PyTorch engine: the 4-D {@code features.N.weight}
 * tensors, in order of N (0, 2, 5, 7, 10, ...), are the 13 convolutions, named as Keras names them. torchvision's
 * weights expect "torch" preprocessing.
 */
final class TorchScriptReader {
    private static final Pattern FEATURE = Pattern.compile("(?:.*\\.)?features\\.(\\d+)\\.(weight|bias)");

    private TorchScriptReader() {
    }

    /** A {@code features.N.weight|bias} tensor. */
    private record Found(int index, String kind, NDArray array) {
    }

    static Vgg16Weights read(Path file, String sha256) {
        return DjlRuntime.call(() -> {
            try (Model model = Model.newInstance("vgg16-import", DjlRuntime.ENGINE)) {
                try {
                    model.load(file);
                } catch (Exception e) {
                    throw new UnitscopeException(file + ": not a loadable TorchScript file: " + e.getMessage(), e);
                }
                List<Found> found = new ArrayList<>();
                for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
                    Matcher m = FEATURE.matcher(p.getKey());
                    if (m.matches()) {
                        found.add(new Found(Integer.parseInt(m.group(1)), m.group(2), p.getValue().getArray()));
                    }
                }
                List<Found> kernels = found.stream().filter(f -> f.kind().equals("weight") && f.array().getShape().dimension() == 4)
                        .sorted(Comparator.comparingInt(Found::index)).toList();
                List<Vgg16Topology.Conv> convs = Vgg16Topology.standard(3).convs();
                if (kernels.size() != convs.size()) {
                    throw new UnitscopeException(file + ": found " + kernels.size() + " convolution weights 'features.N.weight', a VGG16 has 13");
                }
                Vgg16Weights w = new Vgg16Weights(file.toString(), "torchscript", sha256, Preprocessing.TORCH);
                for (int i = 0; i < convs.size(); i++) {
                    Found k = kernels.get(i);
                    String name = convs.get(i).name();
                    NDArray bias = found.stream().filter(f -> f.index() == k.index() && f.kind().equals("bias")).map(Found::array)
                            .findFirst().orElseThrow(() -> new UnitscopeException(file + ": missing tensor features." + k.index()
                                    + ".bias (" + name + "/bias)"));
                    long[] s = k.array().getShape().getShape();
                    if (s[2] != 3 || s[3] != 3) {
                        throw new UnitscopeException(file + ": tensor features." + k.index() + ".weight (" + name + ") has shape "
                                + k.array().getShape() + ", expected (out, in, 3, 3)");
                    }
                    w.put(name, new Vgg16Weights.Tensors(k.array().toFloatArray(), bias.toFloatArray(), (int) s[0], (int) s[1]));
                }
                return w;
            }
        });
    }
}
