package org.unitscope.engine.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.unitscope.api.stage.RunStage;

/** The run stages other bundles register, as DS hands them over; a run takes a snapshot when it starts. */
final class StageRegistry {
    private final List<ProvidedStage> stages = new CopyOnWriteArrayList<>();
    private final List<Consumer<ProvidedStage>> removalListeners = new CopyOnWriteArrayList<>();

    public void add(RunStage stage, String provider) {
        stages.add(new ProvidedStage(stage, provider));
    }

    public void remove(RunStage stage) {
        for (ProvidedStage p : stages) {
            if (p.stage() == stage && stages.remove(p)) {
                removalListeners.forEach(l -> l.accept(p));
            }
        }
    }

    public List<ProvidedStage> snapshot() {
        return List.copyOf(stages);
    }

    public void onRemoval(Consumer<ProvidedStage> listener) {
        removalListeners.add(listener);
    }

    public void removeListener(Consumer<ProvidedStage> listener) {
        removalListeners.remove(listener);
    }
}
