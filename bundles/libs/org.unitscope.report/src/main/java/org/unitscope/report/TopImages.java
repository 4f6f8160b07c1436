package org.unitscope.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.imageio.ImageIO;

/**
 * The images a unit responded to most ({@code cat_top_images} of units.csv), read back from where the category
 * part's stimulus set took them: {@code idx:N} from its IDX file ({@code images}), other ids as files under its
 * {@code root}; side by side in one strip, highest response first. An id that cannot be read is left out and counted.
 */
final class TopImages {
    static final int THUMB = 96;

    record Strip(BufferedImage image, List<String> shown, int missing) {
    }

    private TopImages() {
    }

    static Strip read(ResultsFolder run, String cell) {
        List<String> ids = cell == null || cell.isBlank() ? List.of()
                : Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<BufferedImage> thumbs = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (String id : ids) {
            BufferedImage img = image(run, id);
            if (img != null) {
                thumbs.add(img);
                shown.add(id);
            }
        }
        return new Strip(strip(thumbs), shown, ids.size() - shown.size());
    }

    private static BufferedImage image(ResultsFolder run, String id) {
        var params = run.manifest().getAsJsonObject("stimulus").getAsJsonObject("parameters");
        try {
            if (id.startsWith("idx:") && params != null && params.has("images")) {
                return idxImage(Path.of(params.get("images").getAsString()), Integer.parseInt(id.substring(4)));
            }
            if (params != null && params.has("root")) {
                Path file = Path.of(params.get("root").getAsString()).resolve(id).normalize();
                return Files.isRegularFile(file) ? ImageIO.read(file.toFile()) : null;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** Image {@code index} of an IDX3 file of unsigned bytes (gzip-compressed or not), as gray. */
    static BufferedImage idxImage(Path file, int index) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw)) {
            if (in.readInt() != 0x00000803) {
                throw new IOException(file + " is not an IDX file of unsigned-byte images");
            }
            int count = in.readInt();
            int rows = in.readInt();
            int cols = in.readInt();
            if (index < 0 || index >= count) {
                throw new IOException("image " + index + " of " + count);
            }
            in.skipNBytes((long) index * rows * cols);
            byte[] pixels = in.readNBytes(rows * cols);
            BufferedImage img = new BufferedImage(cols, rows, BufferedImage.TYPE_BYTE_GRAY);
            img.getRaster().setDataElements(0, 0, cols, rows, pixels);
            return img;
        }
    }

    private static BufferedImage strip(List<BufferedImage> thumbs) {
        BufferedImage out = new BufferedImage(Math.max(1, thumbs.size()) * (THUMB + 4), THUMB, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        for (int i = 0; i < thumbs.size(); i++) {
            g.drawImage(thumbs.get(i), i * (THUMB + 4), 0, THUMB, THUMB, null);
        }
        g.dispose();
        return out;
    }
}
