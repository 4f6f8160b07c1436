package org.unitscope.engine.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.unitscope.api.Parameters;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.UnitscopeException;
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.api.directory.ServiceKind;
import org.unitscope.api.metric.MetricResult;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.api.metric.TuningMetric;

/** The engine's view of the directory: services by kind and id, with their objects, and removals. */
class ServiceCatalogTest {
    private final DirectoryEntries directory = new DirectoryEntries();
    private final ServiceCatalog catalog = new ServiceCatalog(directory);

    private static TuningMetric metric(String id) {
        return new TuningMetric() {
            @Override
            public ServiceInfo info() {
                return new ServiceInfo(id, "1.0.0", "t", List.of());
            }

            @Override
            public List<String> requiredLabels() {
                return List.of();
            }

            @Override
            public MetricResult compute(ResponseTable responses, Parameters parameters) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private ServiceEntry list(ServiceKind kind, TuningMetric m, String bundle, long serviceId) {
        ServiceEntry e = ServiceEntry.of(kind, m.info(), bundle, "1.0.0", serviceId);
        directory.put(e, ServiceSource.of(m));
        return e;
    }

    @Test
    void requireFindsByKindAndIdWithTheObjectAndWhereItComesFrom() {
        TuningMetric m1 = metric("m1");
        list(ServiceKind.METRIC, m1, "bundle.a", 1);
        Provided<TuningMetric> p = catalog.require(ServiceKind.METRIC, "m1");
        assertThat(p.service()).isSameAs(m1);
        assertThat(p.provider()).isEqualTo("bundle.a 1.0.0");
        assertThat(p.describe()).isEqualTo("tuning metric 'm1' 1.0.0 (bundle bundle.a 1.0.0)");
    }

    @Test
    void requireOfAMissingIdListsWhatIsPresentOfThatKind() {
        list(ServiceKind.METRIC, metric("zeta"), "b", 1);
        list(ServiceKind.METRIC, metric("alpha"), "b", 2);
        list(ServiceKind.MODEL, metric("not-a-metric-kind"), "b", 3);
        assertThatThrownBy(() -> catalog.require(ServiceKind.METRIC, "beta")).isInstanceOf(UnitscopeException.class)
                .hasMessage("no tuning metric 'beta' is installed; present: [alpha, zeta] (see 'unitscope plugins' and the plugins/ folder)");
        assertThatThrownBy(() -> catalog.require(ServiceKind.STIMULUS, "alpha")).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("present: []");
    }

    @Test
    void aServiceThatCannotBeObtainedAnyMoreIsMissing() {
        directory.put(ServiceEntry.of(ServiceKind.METRIC, metric("gone").info(), "b", "1", 1), () -> null);
        assertThatThrownBy(() -> catalog.require(ServiceKind.METRIC, "gone")).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("no tuning metric 'gone' is installed");
    }

    @Test
    void removalListenersHearEachRemovedEntryOnceUntilRemoved() {
        ServiceEntry e1 = list(ServiceKind.METRIC, metric("m1"), "bundle.a", 1);
        list(ServiceKind.METRIC, metric("m2"), "bundle.b", 2);
        List<ServiceEntry> heard = new ArrayList<>();
        Consumer<ServiceEntry> listener = heard::add;
        catalog.onRemoval(listener);
        assertThat(heard).as("entries present are not removals").isEmpty();

        directory.remove(1);
        directory.remove(1);
        assertThat(heard).containsExactly(e1);
        assertThat(catalog.ids(ServiceKind.METRIC)).containsExactly("m2");

        catalog.removeListener(listener);
        directory.remove(2);
        assertThat(heard).containsExactly(e1);
    }

    @Test
    void aProvidedServiceIsTheOneOfItsRegistration() {
        ServiceEntry e = list(ServiceKind.METRIC, metric("m"), "b", 7);
        Provided<TuningMetric> p = catalog.require(ServiceKind.METRIC, "m");
        assertThat(p.is(e)).isTrue();
        assertThat(p.is(ServiceEntry.of(ServiceKind.METRIC, metric("m").info(), "b", "1.0.0", 8))).isFalse();
    }
}
