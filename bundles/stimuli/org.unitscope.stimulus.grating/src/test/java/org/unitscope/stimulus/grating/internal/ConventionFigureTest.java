package org.unitscope.stimulus.grating.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.unitscope.api.Parameters;
import org.unitscope.api.stimulus.StimulusFormat;
import org.unitscope.api.stimulus.StimulusSequence;

/**
 * Draws docs/figures/grating-convention.png from the real stimulus set (gratings at 0, 45, 90 and 135 degrees with
 * their wave vectors) and checks that each arrow points up the luminance gradient at the centre of its panel.
 */
class ConventionFigureTest {
    private static final int SIDE = 161;
    private static final double[] ORIENTATIONS = {0, 45, 90, 135};

    @Test
    void theFigureShowsEachWaveVectorPointingUpItsGratingsGradient() throws Exception {
        GratingStimulusSet set = new GratingStimulusSet();
        StimulusSequence s = set.open(Parameters.resolve(set.info(), Map.of("orientations", List.of(0.0, 45.0, 90.0, 135.0),
                "sfs", List.of(0.025), "phaseCount", 1, "blank", false)), new StimulusFormat(SIDE, 1, SIDE), 1);
        int margin = 30;
        BufferedImage figure = new BufferedImage(ORIENTATIONS.length * (SIDE + margin) + margin, SIDE + 2 * margin + 20,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = figure.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, figure.getWidth(), figure.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int k = 0; k < ORIENTATIONS.length; k++) {
            float[] pixels = new float[SIDE * SIDE];
            s.render(k, 1, pixels, 0);
            int left = margin + k * (SIDE + margin);
            for (int i = 0; i < SIDE; i++) {
                for (int j = 0; j < SIDE; j++) {
                    int v = Math.round(255 * pixels[i * SIDE + j]);
                    figure.setRGB(left + j, margin + i, new Color(v, v, v).getRGB());
                }
            }
            double t = Math.toRadians(ORIENTATIONS[k]);
            int cx = left + SIDE / 2;
            int cy = margin + SIDE / 2;
            // on screen y grows downwards, so the wave vector (cos t, sin t) with y up is drawn as (cos t, -sin t)
            int tipX = (int) Math.round(cx + 55 * Math.cos(t));
            int tipY = (int) Math.round(cy - 55 * Math.sin(t));
            arrow(g, cx, cy, tipX, tipY);
            g.setColor(Color.BLACK);
            g.drawString("t = " + (int) ORIENTATIONS[k] + " deg", left + SIDE / 2 - 30, margin + SIDE + 18);
            int c = SIDE / 2;
            int ahead = (int) Math.signum(Math.round(3 * Math.cos(t)));
            int up = (int) Math.signum(Math.round(3 * Math.sin(t)));
            // a step along the arrow (one pixel right for cos t > 0, one row up for sin t > 0) brightens the grating
            assertThat(pixels[(c - up) * SIDE + c + ahead]).isGreaterThan(pixels[c * SIDE + c]);
        }
        g.drawString("x to the right, y up, origin at the centre; t = direction of the wave vector (red), phase 0 at the centre",
                margin, figure.getHeight() - 8);
        g.dispose();
        Path out = Path.of("target", "figures", "grating-convention.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(figure, "png", out.toFile());
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(figure.getWidth());
    }

    private static void arrow(Graphics2D g, int x0, int y0, int x1, int y1) {
        g.setColor(new Color(220, 30, 30));
        g.setStroke(new BasicStroke(3f));
        g.drawLine(x0, y0, x1, y1);
        double a = Math.atan2(y1 - y0, x1 - x0);
        for (double side : new double[] {-0.5, 0.5}) {
            g.drawLine(x1, y1, (int) Math.round(x1 - 12 * Math.cos(a + side)), (int) Math.round(y1 - 12 * Math.sin(a + side)));
        }
    }
}
