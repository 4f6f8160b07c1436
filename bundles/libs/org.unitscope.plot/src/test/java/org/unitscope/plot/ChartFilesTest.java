package org.unitscope.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ChartFilesTest {
    private static final String TITLE = "block3_conv3: circular variance";

    private static JFreeChart chart() {
        return Histogram.chart(TITLE, "circular variance", Histogram.linearEdges(0, 1, 10),
                Map.of("units", new double[] {0.1, 0.2, 0.25, 0.9}), false);
    }

    private static byte[] bytes(ChartFiles.Format f, int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartFiles.write(out, f, chart(), w, h);
        return out.toByteArray();
    }

    @Test
    void svgIsXmlWithTheTitleText() throws Exception {
        byte[] svg = bytes(ChartFiles.Format.SVG, 500, 300);
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // offline: no DTD fetch
        Document doc = xml.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getTextContent()).contains(TITLE);
        assertThat(doc.getDocumentElement().getAttribute("width")).startsWith("500");
    }

    @Test
    void pdfIsAPdfWithContent() throws Exception {
        byte[] pdf = bytes(ChartFiles.Format.PDF, 500, 300);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.length).as("a drawn page, not an empty document").isGreaterThan(2_000);
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("%%EOF");
    }

    @Test
    void pngDecodesAtTheRequestedSize() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes(ChartFiles.Format.PNG, 420, 260)));
        assertThat(image.getWidth()).isEqualTo(420);
        assertThat(image.getHeight()).isEqualTo(260);
    }

    @Test
    void theFormatComesFromTheFileName() {
        assertThat(ChartFiles.Format.of("a/b.SVG")).isEqualTo(ChartFiles.Format.SVG);
        assertThat(ChartFiles.Format.of("x.pdf")).isEqualTo(ChartFiles.Format.PDF);
        assertThatThrownBy(() -> ChartFiles.Format.of("x.jpg")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bytes(ChartFiles.Format.PNG, 0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
