package org.unitscope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a sharded run's logs/patches.log says about the regenerations of its matrix-free layers' patch shards. */
final class PatchesLog {
    private static final Pattern ROWS = Pattern.compile("rows (\\d+)\\.\\.(\\d+)");

    private PatchesLog() {
    }

    /**
     * One line per regeneration of the layer: one per shard, whose row ranges tile the {@code rows} rows; each
     * regeneration rendered and wrote that layer's rows only (its rf-patches log names the layers written). Returns
     * the layer's lines.
     */
    static List<String> assertEachShardRegeneratedOnce(Path out, int shards, String layer, int rows) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("logs/patches.log")).stream()
                .filter(l -> l.startsWith("layer " + layer + " ")).toList();
        assertThat(lines).as("regenerations of %d shards of layer %s", shards, layer).hasSize(shards).doesNotHaveDuplicates();
        int covered = 0;
        for (String line : lines) {
            Matcher r = ROWS.matcher(line);
            assertThat(r.find()).as(line).isTrue();
            int first = Integer.parseInt(r.group(1));
            int last = Integer.parseInt(r.group(2));
            covered += last - first + 1;
            assertThat(Files.readString(out.resolve("logs/patches-" + layer + "-" + first + "-" + (last + 1) + ".log")))
                    .as("what the regeneration of %s rows %d..%d wrote", layer, first, last).contains("of layers [" + layer + "] -> ");
        }
        assertThat(covered).as("rows regenerated of layer %s", layer).isEqualTo(rows);
        return lines;
    }
}
