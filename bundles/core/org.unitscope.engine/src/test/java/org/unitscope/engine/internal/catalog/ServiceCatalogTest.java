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
import org.unitscope.api.metric.MetricResult;
import org.unitscope.api.metric.ResponseTable;
import org.unitscope.api.metric.TuningMetric;

class ServiceCatalogTest {

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

    @Test
    void requireFindsByKindAndId() {
        ServiceCatalog c = new ServiceCatalog();
        TuningMetric m1 = metric("m1");
        c.add(new Provided<>(ServiceKind.METRIC, m1, "bundle.a"));
        Provided<TuningMetric> p = c.require(ServiceKind.METRIC, "m1");
        assertThat(p.service()).isSameAs(m1);
        assertThat(p.provider()).isEqualTo("bundle.a");
        assertThat(p.describe()).isEqualTo("tuning metric 'm1' 1.0.0 (bundle bundle.a)");
    }

    @Test
    void requireOfAMissingIdListsWhatIsPresent() {
        ServiceCatalog c = new ServiceCatalog();
        c.add(new Provided<>(ServiceKind.METRIC, metric("zeta"), "b"));
        c.add(new Provided<>(ServiceKind.METRIC, metric("alpha"), "b"));
        c.add(new Provided<>(ServiceKind.MODEL, metric("not-a-metric-kind"), "b"));
        assertThatThrownBy(() -> c.require(ServiceKind.METRIC, "beta"))
                .isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("'beta'")
                .hasMessageContaining("tuning metric")
                .hasMessageContaining("[alpha, zeta]")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-a-metric-kind"));
        // the same id under another kind is not found
        assertThatThrownBy(() -> c.require(ServiceKind.STIMULUS, "alpha")).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("[]");
    }

    @Test
    void removalListenerHearsTheRemovedEntryOnce() {
        ServiceCatalog c = new ServiceCatalog();
        TuningMetric m1 = metric("m1");
        TuningMetric m2 = metric("m2");
        c.add(new Provided<>(ServiceKind.METRIC, m1, "bundle.a"));
        c.add(new Provided<>(ServiceKind.METRIC, m2, "bundle.b"));
        List<Provided<?>> heard = new ArrayList<>();
        c.onRemoval(heard::add);

        c.remove(ServiceKind.METRIC, m1);
        assertThat(heard).hasSize(1);
        assertThat(heard.get(0).service()).isSameAs(m1);
        assertThat(heard.get(0).provider()).isEqualTo("bundle.a");
        assertThat(c.ids(ServiceKind.METRIC)).containsExactly("m2");

        // removing it again is a no-op: nothing more is heard
        c.remove(ServiceKind.METRIC, m1);
        assertThat(heard).hasSize(1);
    }

    @Test
    void removingAnUnknownServiceCallsNoListener() {
        ServiceCatalog c = new ServiceCatalog();
        TuningMetric m1 = metric("m1");
        c.add(new Provided<>(ServiceKind.METRIC, m1, "b"));
        List<Provided<?>> heard = new ArrayList<>();
        c.onRemoval(heard::add);

        c.remove(ServiceKind.METRIC, metric("m1")); // equal id, different instance
        c.remove(ServiceKind.MODEL, m1); // right instance, wrong kind
        assertThat(heard).isEmpty();
        assertThat(c.ids(ServiceKind.METRIC)).containsExactly("m1");
    }

    @Test
    void removedListenerIsNotCalled() {
        ServiceCatalog c = new ServiceCatalog();
        TuningMetric m1 = metric("m1");
        c.add(new Provided<>(ServiceKind.METRIC, m1, "b"));
        List<Provided<?>> heard = new ArrayList<>();
        Consumer<Provided<?>> l = heard::add;
        c.onRemoval(l);
        c.removeListener(l);
        c.remove(ServiceKind.METRIC, m1);
        assertThat(heard).isEmpty();
        assertThat(c.list(ServiceKind.METRIC)).isEmpty();
    }

    @Test
    void everyListenerHearsEachRemoval() {
        ServiceCatalog c = new ServiceCatalog();
        TuningMetric m1 = metric("m1");
        c.add(new Provided<>(ServiceKind.METRIC, m1, "b"));
        List<String> heard = new ArrayList<>();
        c.onRemoval(p -> heard.add("first:" + p.id()));
        c.onRemoval(p -> heard.add("second:" + p.id()));
        c.remove(ServiceKind.METRIC, m1);
        assertThat(heard).containsExactly("first:m1", "second:m1");
    }

    @Test
    void idsAreSortedAndListIsACopy() {
        ServiceCatalog c = new ServiceCatalog();
        c.add(new Provided<>(ServiceKind.METRIC, metric("b"), "x"));
        c.add(new Provided<>(ServiceKind.METRIC, metric("a"), "x"));
        assertThat(c.ids(ServiceKind.METRIC)).containsExactly("a", "b");
        List<Provided<?>> l = c.list(ServiceKind.METRIC);
        assertThatThrownBy(() -> l.clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
