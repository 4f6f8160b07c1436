package ${package};

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.unitscope.api.stage.LayerActivations;
import org.unitscope.api.stage.ResponseStore;
import org.unitscope.api.stimulus.LabelTable;

/** The table the stage writes: per unit its strongest stimuli with their labels (plain Java, tested on its own). */
final class TopStimuli {
    private final LabelTable labels;
    private final StringBuilder csv = new StringBuilder();

    TopStimuli(LabelTable labels) {
        this.labels = labels;
        csv.append("layer,channel,rank,stimulus,response");
        labels.names().forEach(name -> csv.append(',').append(name));
        csv.append('\n');
    }

    /** Adds the {@code top} largest responses of every unit of {@code layer}, failed stimuli left out; ties by index. */
    void add(LayerActivations layer, int stimuli, int top, Set<Integer> failed) {
        ResponseStore v = layer.responses(); // on the heap, or memory-mapped for a large run: read through it
        int units = layer.units();
        for (int u = 0; u < units; u++) {
            int unit = u;
            int[] best = IntStream.range(0, stimuli).filter(i -> !failed.contains(i)).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> -v.get(i, unit)).thenComparingInt(i -> i))
                    .limit(top).mapToInt(Integer::intValue).toArray();
            for (int rank = 0; rank < best.length; rank++) {
                int i = best[rank];
                csv.append(layer.layer()).append(',').append(u).append(',').append(rank + 1).append(',').append(i).append(',')
                        .append(String.format(Locale.ROOT, "%.6g", v.get(i, u)));
                for (String name : labels.names()) {
                    csv.append(',').append(String.format(Locale.ROOT, "%.6g", labels.column(name)[i]));
                }
                csv.append('\n');
            }
        }
    }

    String csv() {
        return csv.toString();
    }
}
