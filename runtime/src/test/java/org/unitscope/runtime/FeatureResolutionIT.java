package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.unitscope.launcher.Workbench;

/**
 * Each feature, with the features before it, resolves on the real framework: every bundle starts, and the
 * services the feature promises are registered. A missing requirement fails the build here.
 */
class FeatureResolutionIT {

    @ParameterizedTest
    @ValueSource(strings = {"core", "core,djl"})
    void featureResolvesAndRegistersItsServices(String features) throws Exception {
        List<String> list = Arrays.asList(features.split(","));
        try (Workbench wb = Workbench.start(Dist.get(), list, false, Map.of())) {
            for (Bundle b : wb.context().getBundles()) {
                boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
                boolean shell = "org.apache.felix.gogo.shell".equals(b.getSymbolicName()); // started only for interactive sessions
                assertThat(b.getState()).as(b.getSymbolicName()).isEqualTo(fragment || shell ? Bundle.RESOLVED : Bundle.ACTIVE);
            }
            wb.commands(30_000);
            assertThat(Dist.waitFor(() -> count(wb, "org.unitscope.api.run.AnalysisRunner") == 1, 10_000)).isTrue();
            assertThat(count(wb, "org.unitscope.api.stimulus.StimulusSet")).isEqualTo(4);
            assertThat(count(wb, "org.unitscope.api.metric.TuningMetric")).isEqualTo(4);
            assertThat(count(wb, "org.unitscope.api.model.ModelBackend")).isEqualTo(list.contains("djl") ? 4 : 0);
            assertThat(count(wb, "org.unitscope.api.train.ModelTrainer")).isEqualTo(list.contains("djl") ? 1 : 0);
        }
    }

    private static int count(Workbench wb, String clazz) {
        try {
            var refs = wb.context().getAllServiceReferences(clazz, null);
            return refs == null ? 0 : refs.length;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
