package org.unitscope.engine.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unitscope.api.Parameters;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.model.InputCrop;
import org.unitscope.api.model.LayerInfo;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.ModelBackend;
import org.unitscope.api.model.ModelDescription;
import org.unitscope.api.model.Preprocessing;
import org.unitscope.api.model.Probe;
import org.unitscope.api.model.Readout;
import org.unitscope.api.model.RfGeometry;
import org.unitscope.api.model.RfWindow;
import org.unitscope.api.stimulus.LabelTable;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;
import org.unitscope.api.stimulus.StimulusSet;

/**
 * The tiny model and stimulus set of the engine's run tests. Stimulus i of {@link #STIMULI} is a 2x2 image of value
 * i / 100, labelled "index" = i; the model ("tiny") has one layer "L" of two units, the stimulus index and its square.
 * A test can make the load fail, a forward hang or throw, the weights change, or the probe state a crop.
 */
final class TinyRun {
    static final int STIMULI = 10;

    private TinyRun() {
    }

    /** Told the first stimulus and the number of stimuli of every forward, before it computes (may hang or throw). */
    @FunctionalInterface
    interface Forward {
        void batch(int first, int n);
    }

    static final class Model implements ModelBackend {
        /** Thrown by the load; null: it loads. */
        volatile RuntimeException loadFailure;
        /** The weights' sha256 the description gives. */
        volatile String weights = "0";
        volatile Forward onForward = (first, n) -> {
        };
        /** The crop the probe reports; null: the default (its whole input). */
        volatile InputCrop statedCrop;

        @Override
        public ServiceInfo info() {
            return new ServiceInfo("tiny", "1.0", "tiny model", List.of());
        }

        @Override
        public LoadedModel load(Parameters parameters) {
            if (loadFailure != null) {
                throw loadFailure;
            }
            LayerInfo layer = new LayerInfo("L", 2, 1, new RfGeometry(2, 1, 0.5));
            ModelDescription md = new ModelDescription("tiny", "tiny", 1, 2, Preprocessing.NONE, List.of(layer), "fixed", weights,
                    Map.of());
            return new LoadedModel() {
                @Override
                public ModelDescription description() {
                    return md;
                }

                @Override
                public Probe openProbe(List<String> layers, Readout readout) {
                    return new TinyProbe(Model.this);
                }

                @Override
                public void close() {
                }
            };
        }
    }

    private record TinyProbe(Model model) implements Probe {
        @Override
        public int inputSize() {
            return 2;
        }

        @Override
        public int inputChannels() {
            return 1;
        }

        @Override
        public List<String> layers() {
            return List.of("L");
        }

        @Override
        public int channels(String layer) {
            return 2;
        }

        @Override
        public InputCrop inputCrop() {
            return model.statedCrop == null ? Probe.super.inputCrop() : model.statedCrop;
        }

        /** A window that disagrees with the description: the engine must not read it. */
        @Override
        @SuppressWarnings("deprecation")
        public Optional<RfWindow> receptiveField(String layer) {
            return Optional.of(new RfWindow(7, 7, 5));
        }

        @Override
        public Map<String, float[]> forward(float[] pixels, int n) {
            model.onForward.batch(Math.round(pixels[0] * 100), n);
            float[] out = new float[2 * n];
            for (int k = 0; k < n; k++) {
                float index = Math.round(pixels[k * 4] * 100);
                out[2 * k] = index;
                out[2 * k + 1] = index * index;
            }
            return Map.of("L", out);
        }

        @Override
        public void close() {
        }
    }

    /** Stimulus i is an image of value i / scale, labelled "index" = i; by default {@link #STIMULI} of them, scale 100. */
    static final class Stimuli implements StimulusSet {
        private final int count;
        private final float scale;

        Stimuli() {
            this(STIMULI, 100f);
        }

        Stimuli(int count, float scale) {
            this.count = count;
            this.scale = scale;
        }

        @Override
        public ServiceInfo info() {
            return new ServiceInfo("index", "1.0", "index images", List.of());
        }

        @Override
        public StimulusSequence open(Parameters parameters, StimulusFormat format, long seed) {
            double[] index = new double[count];
            for (int i = 0; i < count; i++) {
                index[i] = i;
            }
            LabelTable labels = new LabelTable(List.of("index"), new double[][] {index}, Map.of());
            return new StimulusSequence() {
                @Override
                public StimulusFormat format() {
                    return format;
                }

                @Override
                public int count() {
                    return count;
                }

                @Override
                public LabelTable labels() {
                    return labels;
                }

                @Override
                public void render(int from, int n, float[] dst, int offset) {
                    int pixels = format.size() * format.size() * format.channels();
                    for (int k = 0; k < n; k++) {
                        java.util.Arrays.fill(dst, offset + k * pixels, offset + (k + 1) * pixels, (from + k) / scale);
                    }
                }
            };
        }
    }
}
