package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.unitscope.launcher.Workbench;

/**
 * Each feature, with the features before it, resolves on the real framework: every bundle starts, exports no
 * internal package, and every service its bundles declare (Declarative Services descriptors) is registered and
 * activates. A missing requirement or a component that fails fails the build here.
 */
class FeatureResolutionIT {

    private static final String API = "org.unitscope.api.";

    @ParameterizedTest
    @ValueSource(strings = {"core", "core,djl", "core,gui"})
    void featureResolvesAndRegistersItsServices(String features) throws Exception {
        List<String> list = Arrays.asList(features.split(","));
        try (Workbench wb = Workbench.start(Dist.get(), list, false, Map.of())) {
            for (Bundle b : wb.context().getBundles()) {
                boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
                boolean shell = "org.apache.felix.gogo.shell".equals(b.getSymbolicName()); // started only for interactive sessions
                assertThat(b.getState()).as(b.getSymbolicName()).isEqualTo(fragment || shell ? Bundle.RESOLVED : Bundle.ACTIVE);
                if (b.getSymbolicName().startsWith("org.unitscope")) { // third parties (Guice, Gson via lib/) export theirs by design
                    assertThat(ExportedPackages.of(b.getHeaders().get(Constants.EXPORT_PACKAGE)))
                            .as("packages exported by " + b.getSymbolicName()).noneMatch(p -> p.contains(".internal"));
                }
            }
            wb.commands(30_000);
            Map<String, Integer> declared = new TreeMap<>(DeclaredServices.of(wb.context().getBundles()));
            declared.keySet().removeIf(service -> !service.startsWith(API));
            // the derivation itself must see the services each feature is for
            assertThat(declared).containsKeys(API + "run.AnalysisRunner", API + "stimulus.StimulusSet", API + "metric.TuningMetric",
                    API + "stage.RunStage");
            if (list.contains("djl")) {
                assertThat(declared).containsKeys(API + "model.ModelBackend", API + "train.ModelTrainer", API + "rf.ReceptiveFieldEstimator");
            }
            assertThat(Dist.waitFor(() -> registered(wb, declared.keySet()).equals(declared), 10_000))
                    .as("registered services %s, declared %s", registered(wb, declared.keySet()), declared).isTrue();
            for (String service : declared.keySet()) {
                for (ServiceReference<?> ref : references(wb, service)) {
                    assertThat(wb.context().getService(ref)).as("%s from %s activates", service, ref.getBundle().getSymbolicName())
                            .isNotNull();
                    wb.context().ungetService(ref);
                }
            }
        }
    }

    private static Map<String, Integer> registered(Workbench wb, Set<String> services) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String service : services) {
            counts.put(service, references(wb, service).length);
        }
        return counts;
    }

    private static ServiceReference<?>[] references(Workbench wb, String clazz) {
        try {
            var refs = wb.context().getAllServiceReferences(clazz, null);
            return refs == null ? new ServiceReference<?>[0] : refs;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
