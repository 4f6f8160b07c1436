package org.unitscope.engine.internal.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.assertj.core.api.Assertions;
import org.unitscope.api.Parameters;
import org.unitscope.api.ParameterSpec;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.run.RunDescription;
import org.unitscope.engine.internal.sizing.MemoryFit;
import org.unitscope.engine.internal.sizing.RunSize;

/**
 * A property-based fuzzer of run descriptions: a valid description with one field set to a generated value (huge,
 * negative, fractional, of another type, null, nested) or an unknown key added or a required key removed, fed to the
 * parser and the up-front checks (the stimulus set's parameters, then the sizes against a 6 GB heap). Every input
 * either passes, or is refused with a {@link UnitscopeException} whose message names the field; never another
 * exception.
 */
class RunDescriptionFuzzTest {
    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();
    private static final ServiceInfo NOISE = new ServiceInfo("noise", "1.0.0", "white noise", List.of(
            ParameterSpec.integer("count", 1000, "stimuli").atLeast(1), ParameterSpec.integer("size", 32, "side in px").atLeast(1)));
    private static final MemoryFit.Heap HEAP = new MemoryFit.Heap(6L << 30, 200L << 20);

    /** A field path, the JSON text of its new value (null = remove the field), and the words a refusal must contain. */
    record Mutation(String path, String json, List<String> named) {
        @Override
        public String toString() {
            return path + " = " + json;
        }
    }

    // fixed seeds: CI sees the same 2,000 inputs every time; change the seed to explore others (jqwik reports a failing one)
    @Property(tries = 2000, seed = "20261128")
    void everyDescriptionIsAcceptedOrRefusedNamingTheField(@ForAll("mutations") Mutation m) {
        String text = GSON.toJson(mutate(valid(), m));
        try {
            RunDescription d = new RunDescriptionJson().parse(text);
            upFront(d);
        } catch (UnitscopeException e) {
            String message = e.getMessage().toLowerCase(Locale.ROOT);
            Assertions.assertThat(m.named()).as("message for %s: %s", m, e.getMessage())
                    .anyMatch(w -> message.contains(w.toLowerCase(Locale.ROOT)));
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("input " + text + " threw " + e, e);
        }
    }

    /** Found by a random seed: stimuli so large that the batches alone fill the heap; the refusal must say px and batch. */
    @net.jqwik.api.Example
    void stimuliWhoseBatchesFillTheHeapAreRefusedNamingTheirSize() {
        everyDescriptionIsAcceptedOrRefusedNamingTheField(new Mutation("stimulus.size", "4007", List.of("px")));
        everyDescriptionIsAcceptedOrRefusedNamingTheField(new Mutation("batchSize", "4000", List.of("batch")));
    }

    @Property(tries = 300, seed = "20261128")
    void truncatedOrGarbledTextIsRefusedAsNotValidJson(@ForAll("garbled") String text) {
        try {
            upFront(new RunDescriptionJson().parse(text));
        } catch (UnitscopeException e) {
            Assertions.assertThat(e.getMessage()).isNotBlank().doesNotContain("http");
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("input " + text + " threw " + e, e);
        }
    }

    /** What the engine checks before any work, with the stimulus set above and one 64-unit layer per named layer. */
    private static void upFront(RunDescription d) {
        Parameters p = Parameters.resolve(NOISE, d.stimulus().parameters());
        int layers = Math.max(1, d.layers().size());
        List<RunSize.Layer> sized = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            sized.add(new RunSize.Layer("layer" + i, 64));
        }
        int batch = d.batchSize() == RunDescription.AUTO_BATCH ? 64 : d.batchSize();
        long rf = d.estimators().isEmpty() ? 0 : d.rf().maxMemoryBytes();
        RunSize size = RunSize.of(sized, p.getInt("count"), p.getInt("size"), 3, batch, rf);
        MemoryFit.problem(size, HEAP, rf).ifPresent(problem -> {
            throw new UnitscopeException(problem);
        });
    }

    private static Map<String, Object> valid() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", "fuzz");
        d.put("model", new LinkedHashMap<>(Map.of("id", "vgg16")));
        d.put("layers", List.of("block1_conv1"));
        d.put("readout", "centre");
        d.put("stimulus", new LinkedHashMap<>(Map.of("id", "noise", "count", 1000, "size", 32)));
        d.put("metrics", List.of());
        d.put("estimators", List.of("awa"));
        d.put("receptiveField", new LinkedHashMap<>(Map.of("grid", 4, "channels", "mean", "maxMemory", "64m")));
        d.put("seed", 1);
        d.put("batchSize", 16);
        return d;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mutate(Map<String, Object> d, Mutation m) {
        String[] path = m.path().split("\\.");
        Map<String, Object> at = d;
        for (int i = 0; i < path.length - 1; i++) {
            at = (Map<String, Object>) at.get(path[i]);
        }
        String leaf = path[path.length - 1];
        if (m.json() == null) {
            at.remove(leaf);
        } else {
            at.put(leaf, GSON.fromJson(m.json(), com.google.gson.JsonElement.class));
        }
        return d;
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<Tuple.Tuple2<String, List<String>>> fields = Arbitraries.of(
                Tuple.of("name", List.of("name")), Tuple.of("model", List.of("model")), Tuple.of("layers", List.of("layer")),
                Tuple.of("readout", List.of("readout")), Tuple.of("stimulus", List.of("stimulus", "noise")),
                Tuple.of("metrics", List.of("metrics")), Tuple.of("estimators", List.of("estimators", "prediction")),
                Tuple.of("receptiveField", List.of("receptiveField")), Tuple.of("receptiveField.grid", List.of("grid")),
                Tuple.of("receptiveField.channels", List.of("channels")),
                Tuple.of("receptiveField.maxMemory", List.of("maxMemory", "max-memory")), Tuple.of("seed", List.of("seed")),
                Tuple.of("batchSize", List.of("batchSize", "batch")), Tuple.of("stimulus.count", List.of("count", "stimuli")),
                Tuple.of("stimulus.size", List.of("size", "stimulus", "px")), Tuple.of("stimulus.id", List.of("stimulus.id", "'stimulus' must be an id or an object with an \"id\"")),
                Tuple.of("model.id", List.of("model.id", "'model' must be an id or an object with an \"id\"")), Tuple.of("prediction", List.of("prediction")));
        Arbitrary<Mutation> changed = Combinators.combine(fields, values())
                .as((f, v) -> new Mutation(f.get1(), v, f.get2()));
        Arbitrary<Mutation> unknown = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)
                .filter(k -> !List.of("name", "model", "layers", "readout", "stimulus", "metrics", "estimators", "receptiveField",
                        "prediction", "seed", "batchSize").contains(k))
                .flatMap(k -> values().map(v -> new Mutation(k, v, List.of(k))));
        Arbitrary<Mutation> unknownRf = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8)
                .filter(k -> !List.of("grid", "channels", "maxMemory").contains(k))
                .map(k -> new Mutation("receptiveField." + k, "1", List.of(k)));
        Arbitrary<Mutation> removed = Arbitraries.of("model", "stimulus").map(k -> new Mutation(k, null, List.of(k)));
        Arbitrary<Mutation> twice = Arbitraries.just(new Mutation("layers", "[\"a\", \"a\"]", List.of("layers")));
        return Arbitraries.frequencyOf(Tuple.of(10, changed), Tuple.of(2, unknown), Tuple.of(1, unknownRf), Tuple.of(1, removed),
                Tuple.of(1, twice));
    }

    /** JSON values of every kind, weighted towards the edges of int, long and double. */
    private static Arbitrary<String> values() {
        Arbitrary<String> edges = Arbitraries.of("0", "-1", "1", "2147483647", "2147483648", "-2147483648", "1082128", "1e9",
                "1000000000", "2000000", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "1e400", "-1e400",
                "1.5", "0.0", "-0.0", "1e-400", "4294967360", "99999999999999999999999999");
        Arbitrary<String> numbers = Arbitraries.longs().map(String::valueOf);
        Arbitrary<String> reals = Arbitraries.doubles().map(v -> Double.isFinite(v) ? String.valueOf(v) : "1e999");
        Arbitrary<String> texts = Arbitraries.strings().ofMaxLength(20).map(GSON::toJson);
        Arbitrary<String> named = Arbitraries.of("\"auto\"", "\"centre\"", "\"mean\"", "\"all\"", "\"3,4\"", "\"-1,-1\"", "\"1t\"",
                "\"512m\"", "\"0m\"", "\"-5g\"", "\"\"", "\"awa\"", "\"noise\"");
        Arbitrary<String> others = Arbitraries.of("null", "true", "false", "[]", "{}", "[1, 2]", "[\"x\", 1]", "{\"id\": 5}",
                "{\"id\": \"x\", \"parameters\": 5}", "[[[[[[[[[[1]]]]]]]]]]", "{\"id\": \"awa\", \"count\": 1e400}");
        return Arbitraries.frequencyOf(Tuple.of(4, edges), Tuple.of(2, numbers), Tuple.of(1, reals), Tuple.of(2, texts),
                Tuple.of(2, named), Tuple.of(3, others));
    }

    @Provide
    Arbitrary<String> garbled() {
        String text = GSON.toJson(valid());
        Arbitrary<String> cut = Arbitraries.integers().between(0, text.length() - 1).map(n -> text.substring(0, n));
        Arbitrary<String> swapped = Combinators.combine(Arbitraries.integers().between(0, text.length() - 1),
                Arbitraries.chars().ascii()).as((i, c) -> text.substring(0, i) + c + text.substring(i + 1));
        Arbitrary<String> nested = Arbitraries.integers().between(1, 5000).map(n -> "[".repeat(n) + "]".repeat(n));
        return Arbitraries.oneOf(cut, swapped, nested, Arbitraries.strings().ofMaxLength(40));
    }
}
