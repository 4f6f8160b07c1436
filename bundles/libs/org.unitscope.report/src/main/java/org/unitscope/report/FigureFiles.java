package org.unitscope.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.unitscope.plot.ChartFiles;

/** The report's figures/ folder: each figure written as PNG and SVG at the report's size, in the order added. */
final class FigureFiles {
    static final int WIDTH = 480;
    static final int HEIGHT = 320;

    private final Path dir;
    private final List<Figure> figures = new ArrayList<>();

    FigureFiles(Path reportDir) throws IOException {
        this.dir = Files.createDirectories(reportDir.resolve("figures"));
    }

    void add(Figure f, JFreeChart chart) throws IOException {
        for (ChartFiles.Format format : List.of(ChartFiles.Format.PNG, ChartFiles.Format.SVG)) {
            try (OutputStream out = Files.newOutputStream(dir.resolve(f.id() + "." + format.extension()))) {
                ChartFiles.write(out, format, chart, WIDTH, HEIGHT);
            }
        }
        figures.add(f);
    }

    /** A picture that is not a chart (e.g. a strip of stimulus images): PNG, and SVG embedding the same pixels. */
    void addImage(Figure f, java.awt.image.BufferedImage image) throws IOException {
        javax.imageio.ImageIO.write(image, "png", dir.resolve(f.id() + ".png").toFile());
        org.jfree.svg.SVGGraphics2D g = new org.jfree.svg.SVGGraphics2D(image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        Files.writeString(dir.resolve(f.id() + ".svg"), g.getSVGDocument());
        figures.add(f);
    }

    List<Figure> figures() {
        return List.copyOf(figures);
    }
}
