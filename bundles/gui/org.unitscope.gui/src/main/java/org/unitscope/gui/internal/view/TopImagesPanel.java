package org.unitscope.gui.internal.view;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.BorderFactory;
import javax.swing.ImageIcon;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import org.unitscope.gui.internal.model.CategoryResponses;

/**
 * A unit's top images (highest responses first) as thumbnails decoded by the JDK's ImageIO, each captioned with its id
 * from {@code cat_top_images}; where the ids are not files (IDX images are recorded by index) or a file cannot be
 * decoded, the ids are listed and the panel says why.
 */
final class TopImagesPanel extends JPanel {
    static final int THUMB = 72;
    private final JPanel images = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
    private final JLabel note = new JLabel(" ");

    TopImagesPanel() {
        super(new BorderLayout());
        setName("results.topImages");
        images.setName("results.topImages.thumbnails");
        note.setName("results.topImages.note");
        add(note, BorderLayout.NORTH);
        add(images, BorderLayout.CENTER);
        setBorder(BorderFactory.createTitledBorder("top images (highest response first)"));
    }

    void show(CategoryResponses c) {
        images.removeAll();
        if (!c.missing().isEmpty()) {
            note.setText(c.missing());
        } else if (c.topImages().isEmpty()) {
            note.setText("units.csv lists no top images for this unit (unresponsive, or topK = 0)");
        } else if (c.topImageFiles().isEmpty()) {
            note.setText("images recorded by id only (" + String.join(", ", c.topImages()) + "): no image files to show");
        } else {
            int shown = 0;
            for (Path p : c.topImageFiles()) {
                shown += add(p) ? 1 : 0;
            }
            note.setText(shown + " of " + c.topImages().size() + " top images shown" + (shown < c.topImages().size()
                    ? " (the others are missing or not decodable by ImageIO)" : ""));
        }
        revalidate();
        repaint();
    }

    private boolean add(Path file) {
        try {
            BufferedImage img = ImageIO.read(file.toFile());
            if (img == null) {
                return false;
            }
            double scale = (double) THUMB / Math.max(img.getWidth(), img.getHeight());
            Image thumb = img.getScaledInstance(Math.max(1, (int) (img.getWidth() * scale)), Math.max(1, (int) (img.getHeight() * scale)),
                    Image.SCALE_SMOOTH);
            JLabel l = new JLabel(file.getFileName().toString(), new ImageIcon(thumb), SwingConstants.CENTER);
            l.setVerticalTextPosition(SwingConstants.BOTTOM);
            l.setHorizontalTextPosition(SwingConstants.CENTER);
            l.setToolTipText(file.toString());
            images.add(l);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Thumbnails shown (for tests). */
    int thumbnails() {
        return images.getComponentCount();
    }
}
