package org.unitscope.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

class FilterMontageTest {

    private static final List<String> COLUMNS = List.of("AWA", "exc 1", "exc 2", "sup 1");
    private static final int SIDE = 8;

    /** Screen position of the centre of image pixel (i, j) of tile (r, c), computed from the data area alone. */
    private static double[] pixel(Rendered rendered, int rows, int columns, int r, int c, int i, int j) {
        Rectangle2D area = rendered.dataArea();
        double tileW = area.getWidth() / columns;
        double tileH = area.getHeight() / rows;
        double inTile = FilterMontage.GAP / 2;
        double step = (1 - FilterMontage.GAP) / SIDE;
        return new double[] {
            area.getMinX() + tileW * (c + inTile + (j + 0.5) * step),
            area.getMinY() + tileH * (r + inTile + (i + 0.5) * step)
        };
    }

    private static Color colour(Rendered rendered, int rows, int columns, int r, int c, int i, int j) {
        double[] p = pixel(rendered, rows, columns, r, c, i, j);
        return rendered.at(p[0], p[1]);
    }

    private static double[] zeros() {
        return new double[SIDE * SIDE];
    }

    @Test
    void signsAreRedAndBlueZeroIsWhiteAndImageRowZeroIsAtTheTop() throws IOException {
        double[] corners = zeros();
        corners[0] = 1; // top-left
        corners[SIDE * SIDE - 1] = -1; // bottom-right
        double[] allNaN = zeros();
        Arrays.fill(allNaN, Double.NaN);
        double[] tiny = zeros();
        tiny[SIDE + 1] = 0.004; // pixel (1, 1): scaled to its own tile's max, so as red as the +1 above
        tiny[2 * SIDE + 2] = -0.002; // half as strong: a paler blue
        tiny[3 * SIDE + 3] = Double.NaN; // a missing pixel
        FilterMontage montage = new FilterMontage("signs", COLUMNS, SIDE)
                .addRow("unit 0", Arrays.asList(corners, null, allNaN, tiny));
        Rendered png = Rendered.of(montage::writePng);

        Color topLeft = colour(png, 1, 4, 0, 0, 0, 0);
        Color bottomRight = colour(png, 1, 4, 0, 0, SIDE - 1, SIDE - 1);
        assertThat(topLeft.getRed()).as("top-left red-ish: %s", topLeft).isGreaterThan(topLeft.getBlue() + 100);
        assertThat(bottomRight.getBlue()).as("bottom-right blue-ish: %s", bottomRight)
                .isGreaterThan(bottomRight.getRed() + 100);
        assertThat(Rendered.distance(topLeft, DivergingPaintScale.POSITIVE)).isLessThanOrEqualTo(2);
        assertThat(Rendered.distance(bottomRight, DivergingPaintScale.NEGATIVE)).isLessThanOrEqualTo(2);
        // neither flipped nor transposed: the other two corners and the centre are zero, white
        for (int[] ij : new int[][] {{0, SIDE - 1}, {SIDE - 1, 0}, {SIDE / 2, SIDE / 2}}) {
            Color c = colour(png, 1, 4, 0, 0, ij[0], ij[1]);
            assertThat(Rendered.distance(c, Color.WHITE)).as("pixel %s: %s", Arrays.toString(ij), c)
                    .isLessThanOrEqualTo(2);
        }
        // null and all-NaN panels: empty tiles, the plot's background
        assertThat(Rendered.distance(colour(png, 1, 4, 0, 1, SIDE / 2, SIDE / 2), FilterMontage.EMPTY)).isZero();
        assertThat(Rendered.distance(colour(png, 1, 4, 0, 2, SIDE / 2, SIDE / 2), FilterMontage.EMPTY)).isZero();
        // each tile on its own scale
        assertThat(Rendered.distance(colour(png, 1, 4, 0, 3, 1, 1), DivergingPaintScale.POSITIVE))
                .isLessThanOrEqualTo(2);
        Color half = colour(png, 1, 4, 0, 3, 2, 2);
        assertThat(half.getBlue()).isGreaterThan(half.getRed());
        assertThat(half.getRed()).as("half strength is paler than full: %s", half)
                .isGreaterThan(DivergingPaintScale.NEGATIVE.getRed() + 60);
        assertThat(Rendered.distance(colour(png, 1, 4, 0, 3, 3, 3), FilterMontage.EMPTY)).as("NaN pixel").isZero();
        assertThat(Rendered.distance(colour(png, 1, 4, 0, 3, 4, 4), Color.WHITE)).isLessThanOrEqualTo(2);
    }

    @Test
    void firstRowIsAtTheTop() throws IOException {
        double[] up = zeros();
        Arrays.fill(up, 2.5);
        double[] down = zeros();
        Arrays.fill(down, -0.1);
        FilterMontage montage = new FilterMontage("rows", List.of("AWA"), SIDE)
                .addRow("first", List.of(up))
                .addRow("second", List.of(down));
        Rendered png = Rendered.of(montage::writePng);
        Rectangle2D area = png.dataArea();
        Color top = png.at(area.getCenterX(), area.getMinY() + area.getHeight() * 0.25);
        Color bottom = png.at(area.getCenterX(), area.getMinY() + area.getHeight() * 0.75);
        assertThat(Rendered.distance(top, DivergingPaintScale.POSITIVE)).as("top: %s", top).isLessThanOrEqualTo(2);
        assertThat(Rendered.distance(bottom, DivergingPaintScale.NEGATIVE)).as("bottom: %s", bottom)
                .isLessThanOrEqualTo(2);
    }

    @Test
    void eachTileGetsFortyEightPixelsAndThePngHasTheAnnouncedSize() throws IOException {
        FilterMontage two = montage(2, List.of("AWA", "exc 1", "sup 1"));
        Rendered png = Rendered.of(two::writePng);
        assertThat(png.image().getWidth()).isEqualTo(two.width());
        assertThat(png.image().getHeight()).isEqualTo(two.height());
        assertThat(png.dataArea().getWidth()).isCloseTo(3 * 48.0, within(1.0));
        assertThat(png.dataArea().getHeight()).isCloseTo(2 * 48.0, within(1.0));
        assertThat(montage(3, List.of("AWA", "exc 1", "sup 1")).height() - two.height()).isEqualTo(48);

        // the public writer gives the same picture size
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        two.writePng(bytes);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(image.getWidth()).isEqualTo(two.width());
        assertThat(image.getHeight()).isEqualTo(two.height());
    }

    @Test
    void wideColumnTitlesWidenTheTilesWhichStaySquare() throws IOException {
        FilterMontage montage = montage(2, List.of("excitatory axis 1", "suppressive axis 1"));
        Rendered png = Rendered.of(montage::writePng);
        double tileW = png.dataArea().getWidth() / 2;
        double tileH = png.dataArea().getHeight() / 2;
        assertThat(tileW).isGreaterThan(60);
        assertThat(tileW).isCloseTo(tileH, within(1.0));
    }

    @Test
    void rowsBeyondFourThousandPixelsAreLeftOutAndSaidSo() throws IOException {
        FilterMontage montage = montage(200, COLUMNS);
        assertThat(montage.rowCount()).isEqualTo(200);
        int shown = montage.shownRows();
        assertThat(shown).isBetween(50, 82);
        assertThat(montage.height()).isLessThanOrEqualTo(FilterMontage.MAX_HEIGHT);
        assertThat(montage.height() + 48).as("one more row would not fit").isGreaterThan(FilterMontage.MAX_HEIGHT);
        assertThat(subtitles(montage)).anySatisfy(t -> assertThat(t).startsWith("first " + shown + " of 200 units"));
        Rendered png = Rendered.of(montage::writePng);
        assertThat(png.image().getHeight()).isEqualTo(montage.height());
        assertThat(png.dataArea().getHeight() / shown).isCloseTo(48.0, within(0.1));

        FilterMontage small = montage(10, COLUMNS);
        assertThat(small.shownRows()).isEqualTo(10);
        assertThat(subtitles(small)).noneSatisfy(t -> assertThat(t).contains("first"));
    }

    @Test
    void aMontageWithoutRowsStillRenders() throws IOException {
        FilterMontage empty = new FilterMontage("nothing significant", COLUMNS, SIDE);
        Rendered png = Rendered.of(empty::writePng);
        assertThat(png.image().getHeight()).isEqualTo(empty.height());
        assertThat(subtitles(empty)).contains("no units");
    }

    @Test
    void invalidInputIsRefusedWithTheReason() {
        FilterMontage montage = new FilterMontage("m", COLUMNS, SIDE);
        assertThatThrownBy(() -> montage.addRow("u1", Arrays.asList(zeros(), new double[63], null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 'u1', panel 'exc 1'").hasMessageContaining("63 values, expected 8 x 8 = 64");
        assertThatThrownBy(() -> montage.addRow("u2", List.of(zeros(), zeros())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 panels but the montage has 4 columns");
        double[] infinite = zeros();
        infinite[5] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> montage.addRow("u3", Arrays.asList(infinite, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("infinite");
        assertThat(montage.rowCount()).as("refused rows are not kept").isZero();
        assertThatThrownBy(() -> new FilterMontage("m", List.of(), SIDE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FilterMontage("m", COLUMNS, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static FilterMontage montage(int rows, List<String> columns) {
        FilterMontage montage = new FilterMontage("montage", columns, SIDE);
        for (int r = 0; r < rows; r++) {
            List<double[]> panels = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                double[] p = zeros();
                p[(r + c) % p.length] = r % 2 == 0 ? 1 : -1;
                panels.add(p);
            }
            montage.addRow("unit " + r, panels);
        }
        return montage;
    }

    private static List<String> subtitles(FilterMontage montage) {
        List<String> texts = new ArrayList<>();
        for (Object t : montage.chart().getSubtitles()) {
            if (t instanceof TextTitle text) {
                texts.add(text.getText());
            }
        }
        return texts;
    }
}
