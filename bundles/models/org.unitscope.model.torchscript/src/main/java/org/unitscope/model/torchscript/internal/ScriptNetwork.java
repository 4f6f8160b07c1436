package org.unitscope.model.torchscript.internal;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.unitscope.api.UnitscopeException;
import org.unitscope.djl.DjlRuntime;

/**
 * A TorchScript module in native memory, run under the backend's contract: {@code forward(x)} returns one
 * float (n, C, H, H) map per named layer. Every forward pass is checked against it, so a module that breaks the
 * contract fails with a message naming the file and the layer instead of producing misattributed activations.
 */
final class ScriptNetwork implements AutoCloseable {
    /** Channel count and side of one layer's feature map. */
    record MapShape(int channels, int side) {
    }

    private final Path file;
    private final List<String> layers;
    private final Model model;

    private ScriptNetwork(Path file, List<String> layers, Model model) {
        this.file = file;
        this.layers = List.copyOf(layers);
        this.model = model;
    }

    /** Loads {@code file} (which must exist) with DJL's PyTorch engine. */
    static ScriptNetwork load(Path file, List<String> layers) {
        DjlRuntime.engine();
        return DjlRuntime.call(() -> {
            Model model = Model.newInstance("torchscript-" + file.getFileName(), DjlRuntime.ENGINE);
            try {
                model.load(file);
            } catch (Exception e) {
                model.close();
                throw new UnitscopeException(file + ": not a loadable TorchScript file: " + e.getMessage(), e);
            }
            return new ScriptNetwork(file, layers, model);
        });
    }

    Path file() {
        return file;
    }

    List<String> layers() {
        return layers;
    }

    Block block() {
        return model.getBlock();
    }

    /** The manager that owns the module; probes and measurements open sub-managers of it. */
    NDManager manager() {
        return model.getNDManager();
    }

    /** Runs the module on {@code x} (n, C, H, W) and checks its output against the contract. */
    NDList forward(NDArray x) {
        return DjlRuntime.call(() -> {
            NDList out;
            try {
                out = block().forward(new ParameterStore(x.getManager(), false), new NDList(x), false);
            } catch (RuntimeException e) {
                throw new UnitscopeException(file + ": forward(x) failed on an input of shape " + x.getShape() + ": "
                        + e.getMessage(), e);
            }
            check(out, x.getShape().get(0));
            return out;
        });
    }

    /** Channels and map side of every layer, from one forward pass of a zero input. */
    List<MapShape> shapes(int channels, int side) {
        return DjlRuntime.call(() -> {
            try (NDManager m = manager().newSubManager()) {
                NDList out = forward(m.zeros(new Shape(1, channels, side, side)));
                List<MapShape> shapes = new ArrayList<>();
                for (NDArray map : out) {
                    shapes.add(new MapShape((int) map.getShape().get(1), (int) map.getShape().get(2)));
                }
                return shapes;
            }
        });
    }

    private void check(NDList out, long n) {
        if (out.size() != layers.size()) {
            throw new UnitscopeException(file + ": forward(x) returned " + out.size() + " feature map(s), but 'layers' names "
                    + layers.size() + " " + layers + "; the module must return one (n, C, H, W) map per layer, in that order");
        }
        for (int i = 0; i < out.size(); i++) {
            NDArray map = out.get(i);
            Shape s = map.getShape();
            String what = file + ": output " + i + " (layer '" + layers.get(i) + "') ";
            if (s.dimension() != 4) {
                throw new UnitscopeException(what + "has shape " + s + "; expected a 4-D feature map (n, C, H, W)");
            }
            if (s.get(0) != n) {
                throw new UnitscopeException(what + "has shape " + s + " for a batch of " + n + "; its first axis must be the batch");
            }
            if (s.get(2) != s.get(3)) {
                throw new UnitscopeException(what + "has shape " + s + "; only square maps (H = W) are supported");
            }
            if (map.getDataType() != DataType.FLOAT32) {
                throw new UnitscopeException(what + "has data type " + map.getDataType() + "; expected float32");
            }
        }
    }

    @Override
    public void close() {
        DjlRuntime.call(() -> {
            model.close();
            return null;
        });
    }
}
