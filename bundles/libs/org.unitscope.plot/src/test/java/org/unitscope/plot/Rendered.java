package org.unitscope.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;

/** A figure written to PNG bytes and decoded again, with the data area it was drawn in. */
record Rendered(BufferedImage image, Rectangle2D dataArea) {

    interface Writer {
        void write(OutputStream out, ChartRenderingInfo info) throws IOException;
    }

    static Rendered of(Writer writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ChartRenderingInfo info = new ChartRenderingInfo(null);
        writer.write(bytes, info);
        byte[] png = bytes.toByteArray();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("decoded PNG").isNotNull();
        return new Rendered(image, info.getPlotInfo().getDataArea());
    }

    Color at(double x, double y) {
        return new Color(image.getRGB((int) Math.floor(x), (int) Math.floor(y)));
    }

    /** The largest channel difference between the colour nearest to {@code want} within radius r and {@code want}. */
    int distanceNear(double x, double y, int r, Color want) {
        int best = Integer.MAX_VALUE;
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                int px = (int) Math.floor(x) + dx;
                int py = (int) Math.floor(y) + dy;
                if (px >= 0 && py >= 0 && px < image.getWidth() && py < image.getHeight()) {
                    best = Math.min(best, distance(new Color(image.getRGB(px, py)), want));
                }
            }
        }
        return best;
    }

    static int distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()),
                Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue())));
    }
}
