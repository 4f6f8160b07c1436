package org.unitscope.engine.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.unitscope.api.ParameterSpec;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.directory.DirectoryEvent;
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.api.directory.ServiceKind;
import org.unitscope.api.metric.TuningMetric;
import org.unitscope.api.model.ModelBackend;

/** The directory's bookkeeping: order, lookup, events, and when service objects are obtained and released. */
class DirectoryEntriesTest {
    private final DirectoryEntries directory = new DirectoryEntries();

    private static ServiceEntry entry(ServiceKind kind, String id, String version, long serviceId) {
        return ServiceEntry.of(kind, new ServiceInfo(id, version, "title of " + id,
                List.of(ParameterSpec.integer("n", 1, "n"))), "bundle." + id, "1.0.0", serviceId);
    }

    /** A source that counts how often its object was obtained and released. */
    private static final class Counting implements ServiceSource {
        final AtomicInteger got = new AtomicInteger();
        final AtomicInteger released = new AtomicInteger();
        final Object service;

        Counting(Object service) {
            this.service = service;
        }

        @Override
        public Object get() {
            got.incrementAndGet();
            return service;
        }

        @Override
        public void release() {
            released.incrementAndGet();
        }
    }

    @Test
    void entriesAreOrderedByKindThenIdThenRegistration() {
        directory.put(entry(ServiceKind.METRIC, "zeta", "1", 1), ServiceSource.of(null));
        directory.put(entry(ServiceKind.MODEL, "vgg16", "1", 2), ServiceSource.of(null));
        directory.put(entry(ServiceKind.METRIC, "alpha", "2", 4), ServiceSource.of(null));
        directory.put(entry(ServiceKind.METRIC, "alpha", "1", 3), ServiceSource.of(null));
        assertThat(directory.entries()).extracting(e -> e.kind() + ":" + e.id() + ":" + e.serviceId())
                .containsExactly("MODEL:vgg16:2", "METRIC:alpha:3", "METRIC:alpha:4", "METRIC:zeta:1");
        assertThat(directory.entries(ServiceKind.METRIC)).extracting(ServiceEntry::id).containsExactly("alpha", "alpha", "zeta");
        assertThat(directory.find(ServiceKind.METRIC, "alpha")).get().extracting(ServiceEntry::version).isEqualTo("1");
        assertThat(directory.find(ServiceKind.STIMULUS, "alpha")).isEmpty();
    }

    @Test
    void listenersHearWhatIsPresentThenAddedModifiedAndRemovedInOrder() {
        directory.put(entry(ServiceKind.METRIC, "a", "1", 1), ServiceSource.of(null));
        List<String> heard = new ArrayList<>();
        directory.addListener(e -> heard.add(e.type() + " " + e.entry().id() + " " + e.entry().version()));
        directory.put(entry(ServiceKind.METRIC, "b", "1", 2), ServiceSource.of(null));
        directory.put(entry(ServiceKind.METRIC, "b", "1", 2), ServiceSource.of(null)); // unchanged: no event
        directory.put(entry(ServiceKind.METRIC, "b", "2", 2), ServiceSource.of(null));
        directory.remove(1);
        directory.remove(1);
        assertThat(heard).containsExactly("ADDED a 1", "ADDED b 1", "MODIFIED b 2", "REMOVED a 1");
    }

    @Test
    void aFailingListenerDoesNotKeepTheOthersFromHearing() {
        List<DirectoryEvent> heard = new ArrayList<>();
        directory.addListener(e -> {
            throw new IllegalStateException("broken listener");
        });
        directory.addListener(heard::add);
        directory.put(entry(ServiceKind.MODEL, "m", "1", 1), ServiceSource.of(null));
        assertThat(heard).hasSize(1);
    }

    @Test
    void listingObtainsNoServiceAndTheObjectIsObtainedOnUseAndReleasedWhenTheEntryGoes() {
        TuningMetric metric = new ListedMetric();
        Counting source = new Counting(metric);
        ServiceEntry e = entry(ServiceKind.METRIC, "m", "1", 1);
        directory.put(e, source);
        directory.entries();
        directory.find(ServiceKind.METRIC, "m");
        assertThat(source.got).hasValue(0);

        assertThat(directory.service(e, TuningMetric.class)).containsSame(metric);
        assertThat(source.got).hasValue(1);
        assertThatThrownBy(() -> directory.service(e, ModelBackend.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tuning metric 'm' 1").hasMessageContaining("not a org.unitscope.api.model.ModelBackend");

        directory.remove(1);
        assertThat(source.released).hasValue(1);
        assertThat(directory.service(e, TuningMetric.class)).isEmpty();
    }

    @Test
    void aModifiedEntryKeepsTheObjectInUseAndReleasesTheNewSource() {
        Counting first = new Counting(new ListedMetric());
        Counting second = new Counting(new ListedMetric());
        directory.put(entry(ServiceKind.METRIC, "m", "1", 1), first);
        ServiceEntry modified = entry(ServiceKind.METRIC, "m", "2", 1);
        directory.put(modified, second);
        assertThat(directory.service(modified, TuningMetric.class).orElseThrow()).isSameAs(first.service);
        assertThat(first.released).hasValue(0);
        assertThat(second.released).hasValue(1);
    }

    /** A metric that is only listed. */
    private static final class ListedMetric implements TuningMetric {
        @Override
        public ServiceInfo info() {
            return new ServiceInfo("m", "1", "t", List.of());
        }

        @Override
        public List<String> requiredLabels() {
            return List.of();
        }

        @Override
        public org.unitscope.api.metric.MetricResult compute(org.unitscope.api.metric.ResponseTable r, org.unitscope.api.Parameters p) {
            throw new UnsupportedOperationException();
        }
    }
}
