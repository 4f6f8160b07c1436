package org.unitscope.model.vgg16.internal;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.translate.TranslateException;
import ai.djl.training.dataset.Batch;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.UnitscopeService;
import org.unitscope.api.model.Preprocessing;
import org.unitscope.api.run.RunListener;
import org.unitscope.api.run.RunProgress;
import org.unitscope.api.train.ModelTrainer;
import org.unitscope.api.train.TrainingReport;
import org.unitscope.djl.DjlRuntime;
import org.unitscope.djl.Preprocessor;

/**
 * Trains a VGG16 (exact topology, Keras names, chosen widths) on a categorised image set with DJL: the 13
 * convolutions and pools, then a small classifier (flatten, dense 64, ReLU, dense classes). He-normal init, Adam,
 * softmax cross-entropy, seeded. Writes DJL parameters of the convolutional part plus a sidecar with the recipe
 * and the test accuracy (the classifier is not kept: unitscope probes convolutional units).
 */
@Component(service = ModelTrainer.class)
@UnitscopeService(id = Vgg16Backend.ID, version = "1.0.0", config = Vgg16Trainer.Config.class)
public class Vgg16Trainer implements ModelTrainer {
    static final String FASHION = "/usr/share/datasets/fashion-mnist/";

    @ObjectClassDefinition(name = "Train a VGG16 (chosen widths) on IDX images + labels (default: Fashion-MNIST from Debian's"
            + " dataset-fashion-mnist)")
    @interface Config {
        @AttributeDefinition(description = "weight file to write (NAME.params; NAME.params.json is written beside it)")
        String out();

        @AttributeDefinition(description = "training images (IDX, gzipped or not)")
        String images() default FASHION + "train-images-idx3-ubyte.gz";

        @AttributeDefinition(description = "training labels (IDX)")
        String labels() default FASHION + "train-labels-idx1-ubyte.gz";

        @AttributeDefinition(description = "test images (IDX)")
        String testImages() default FASHION + "t10k-images-idx3-ubyte.gz";

        @AttributeDefinition(description = "test labels (IDX)")
        String testLabels() default FASHION + "t10k-labels-idx1-ubyte.gz";

        @AttributeDefinition(description = "channels of the 5 blocks")
        double[] widths() default {8.0, 16.0, 32.0, 64.0, 64.0};

        @AttributeDefinition(description = "images are zero-padded (centred) to this side", min = "1")
        int inputSize() default 32;

        @AttributeDefinition(description = "passes over the training set", min = "1")
        int epochs() default 3;

        @AttributeDefinition(description = "images per optimisation step", min = "1")
        int batchSize() default 128;

        @AttributeDefinition(description = "Adam learning rate")
        double learningRate() default 0.001;

        @AttributeDefinition(description = "seed of initialisation and shuffling")
        int seed() default 0;

        @AttributeDefinition(description = "use only the first N training images (0 = all)")
        int limit() default 0;

        @AttributeDefinition(description = "input mapping used in training and recorded for probing")
        String preprocessing() default "centred";
    }

    @Override
    public TrainingReport train(Parameters p, RunListener listener) {
        if (!p.isSet("out")) {
            throw new UnitscopeException("vgg16 training needs 'out', the weight file to write");
        }
        Config c = p.as(Config.class);
        Path out = Path.of(c.out()).toAbsolutePath();
        int side = c.inputSize();
        double[] w = c.widths();
        int[] widths = new int[w.length];
        for (int i = 0; i < w.length; i++) {
            widths[i] = (int) w[i];
        }
        Preprocessing pre = Preprocessing.parse(c.preprocessing());
        long t0 = System.nanoTime();
        LabelledImages train = LabelledImages.idx(Path.of(c.images()), Path.of(c.labels()), side, c.limit());
        LabelledImages test = LabelledImages.idx(Path.of(c.testImages()), Path.of(c.testLabels()), side, 0);
        int classes = Math.max(train.classes(), test.classes());
        Vgg16Topology topology = new Vgg16Topology(1, widths);
        listener.message(String.format(Locale.ROOT, "training %s on %d images (%d classes, %dx%d), testing on %d; %.1f M multiply-adds per image",
                topology.describe(), train.count(), classes, side, side, test.count(), topology.macs(side, "block5_conv3") / 1e6));
        Map<String, Object> figures = new LinkedHashMap<>();
        Vgg16Network net = Vgg16Network.create(topology);
        DjlRuntime.call(() -> {
            Engine.getEngine(DjlRuntime.ENGINE).setRandomSeed(c.seed());
            SequentialBlock block = new SequentialBlock().add(net.features()).add(Blocks.batchFlattenBlock())
                    .add(Linear.builder().setUnits(64).build()).add(Activation::relu).add(Linear.builder().setUnits(classes).build());
            try (Model model = Model.newInstance("vgg16-train", DjlRuntime.ENGINE)) {
                model.setBlock(block);
                DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                        .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) c.learningRate())).build())
                        .optInitializer(new XavierInitializer(XavierInitializer.RandomType.GAUSSIAN, XavierInitializer.FactorType.IN, 2),
                                Parameter.Type.WEIGHT);
                try (Trainer trainer = model.newTrainer(config)) {
                    trainer.initialize(new Shape(1, 1, side, side));
                    NDManager m = trainer.getManager();
                    NDArray x = Preprocessor.apply(pre, m.create(train.pixels(), new Shape(train.count(), 1, side, side)));
                    ArrayDataset data = new ArrayDataset.Builder().setData(x).optLabels(m.create(train.labels()))
                            .setSampling(c.batchSize(), true).build();
                    NDArray testX = Preprocessor.apply(pre, m.create(test.pixels(), new Shape(test.count(), 1, side, side)));
                    epochs(trainer, data, testX, test.labels(), train.count(), c, listener, figures);
                }
                // the parameters live in the model's native memory: write them before it closes
                double seconds = (System.nanoTime() - t0) / 1e9;
                figures.put("train_seconds", Math.round(seconds * 10) / 10.0);
                figures.put("train_images", train.count());
                figures.put("test_images", test.count());
                save(net, out, side, pre, p, classes, figures);
            }
            return null;
        });
        return new TrainingReport(out, figures);
    }

    /** The optimisation steps, epoch by epoch, with the test accuracy after each (into {@code figures}). */
    private static void epochs(Trainer trainer, ArrayDataset data, NDArray testX, float[] testLabels, int trainCount, Config c,
            RunListener listener, Map<String, Object> figures) throws TranslateException, java.io.IOException {
        int epochs = c.epochs();
        long steps = (long) epochs * ((trainCount + c.batchSize() - 1) / c.batchSize());
        long done = 0;
        long start = System.nanoTime();
        for (int e = 1; e <= epochs; e++) {
            for (Batch b : trainer.iterateDataset(data)) {
                EasyTrain.trainBatch(trainer, b);
                trainer.step();
                b.close();
                done++;
                double s = (System.nanoTime() - start) / 1e9;
                listener.progress(new RunProgress("train epoch " + e + "/" + epochs, done, steps, done / s, (steps - done) / (done / s)));
            }
            double accuracy = accuracy(trainer, testX, testLabels);
            figures.put("test_accuracy_epoch_" + e, Math.round(accuracy * 10000) / 10000.0);
            listener.message(String.format(Locale.ROOT, "epoch %d: test accuracy %.4f", e, accuracy));
        }
        figures.put("test_accuracy", figures.get("test_accuracy_epoch_" + epochs));
    }

    /** The convolutional weights in DJL's format with the recipe and figures as provenance. */
    private static void save(Vgg16Network net, Path out, int side, Preprocessing pre, Parameters p, int classes,
            Map<String, Object> figures) {
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("what", "VGG16 topology (13 convs, Keras names) at reduced width, trained by 'unitscope train' on "
                + p.as(Config.class).images() + "; NOT ImageNet, NOT pretrained VGG16");
        provenance.put("recipe", p.asMap());
        provenance.put("classifier", "flatten, dense 64, ReLU, dense " + classes + " (not stored)");
        provenance.put("djl", DjlRuntime.provenance());
        provenance.putAll(figures);
        try {
            Files.createDirectories(out.getParent());
            DjlParamsFormat.write(net, out, side, pre, provenance);
        } catch (java.io.IOException e) {
            throw new UnitscopeException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private static double accuracy(Trainer trainer, NDArray x, float[] labels) {
        int n = labels.length;
        int correct = 0;
        for (int from = 0; from < n; from += 1000) {
            int to = Math.min(n, from + 1000);
            try (NDManager scope = trainer.getManager().newSubManager()) {
                NDArray batch = x.get(from + ":" + to);
                batch.attach(scope);
                long[] predicted = trainer.evaluate(new NDList(batch)).singletonOrThrow().argMax(1).toLongArray();
                for (int i = 0; i < predicted.length; i++) {
                    correct += predicted[i] == (long) labels[from + i] ? 1 : 0;
                }
            }
        }
        return correct / (double) n;
    }
}
