package org.unitscope.plot;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart written as PNG (pixels), SVG (JFreeSVG) or PDF (JFreePDF) at a size in pixels (PDF points), to a stream, so
 * that callers choose how the file is written (e.g. atomically). The workbench's export and the HTML report share it.
 */
public final class ChartFiles {

    /** The formats, each with its file extension. */
    public enum Format {
        PNG, SVG, PDF;

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The format a file name's extension names. */
        public static Format of(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (lower.endsWith("." + f.extension())) {
                    return f;
                }
            }
            throw new IllegalArgumentException("not a .png, .svg or .pdf file: " + fileName);
        }
    }

    private ChartFiles() {
    }

    public static void write(OutputStream out, Format format, JFreeChart chart, int width, int height) throws IOException {
        Objects.requireNonNull(chart, "chart");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("size must be positive, got " + width + " x " + height);
        }
        switch (format) {
            case PNG -> ChartUtils.writeChartAsPNG(out, chart, width, height);
            case SVG -> out.write(svg(chart, width, height).getBytes(StandardCharsets.UTF_8));
            case PDF -> out.write(pdf(chart, width, height));
        }
    }

    /** The chart as a standalone SVG document. */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGDocument();
    }

    /** The chart as a one-page PDF (vector graphics), titled with the chart's title. */
    public static byte[] pdf(JFreeChart chart, int width, int height) {
        PDFDocument doc = new PDFDocument();
        if (chart.getTitle() != null) {
            doc.setTitle(chart.getTitle().getText());
        }
        Page page = doc.createPage(new Rectangle(0, 0, width, height));
        PDFGraphics2D g = page.getGraphics2D();
        chart.draw(g, new Rectangle(0, 0, width, height));
        return doc.getPDFBytes();
    }
}
