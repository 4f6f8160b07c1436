package org.unitscope.gui.internal.model;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.unitscope.api.model.ModelDescription;
import org.unitscope.api.run.ComponentRef;

/**
 * The layers that a model, with the parameters in its form, offers to the run editor's layer list. Knowing them means
 * loading the model (seconds for VGG16), so each model and parameter set is loaded once per window, off the event
 * thread; a load that fails is not kept, so a corrected weight file is read on the next try.
 */
public final class ModelLayers {
    private final Function<ComponentRef, List<Layer>> loader;
    private final Map<ComponentRef, List<Layer>> loaded = new ConcurrentHashMap<>();

    /** One layer as the list shows it. */
    public record Layer(String name, int channels, int mapSize) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s  (%d channels, %dx%d map)", name, channels, mapSize, mapSize);
        }
    }

    /** @param loader loads the model that {@code ref} names with its parameters and lists its layers (may throw) */
    public ModelLayers(Function<ComponentRef, List<Layer>> loader) {
        this.loader = loader;
    }

    /** The layers of the model {@code ref}, loaded on the first call for these parameters (blocks: not on the event thread). */
    public List<Layer> of(ComponentRef ref) {
        return loaded.computeIfAbsent(ref, loader);
    }

    /** The layers a loaded model declares, in the network's order. */
    public static List<Layer> of(ModelDescription description) {
        return description.layers().stream().map(l -> new Layer(l.name(), l.channels(), l.mapSize())).toList();
    }

    /**
     * The layers field's text for a choice: the chosen names in the network's order, comma-separated; names typed in
     * the field that the model does not offer are kept at the end, so the command line's check still names them.
     */
    public static String text(List<Layer> offered, Collection<String> chosen, Collection<String> typed) {
        Set<String> out = new LinkedHashSet<>();
        offered.stream().map(Layer::name).filter(chosen::contains).forEach(out::add);
        Set<String> known = new LinkedHashSet<>(offered.stream().map(Layer::name).toList());
        typed.stream().filter(t -> !known.contains(t)).forEach(out::add);
        return String.join(", ", out);
    }
}
