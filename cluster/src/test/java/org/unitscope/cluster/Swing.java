package org.unitscope.cluster;

import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.imageio.ImageIO;

/** The workbench's windows from the test: found by component name, read and driven on the event thread, painted to PNG. */
final class Swing {
    private Swing() {
    }

    static <T> T onEdt(Supplier<T> action) {
        AtomicReference<T> out = new AtomicReference<>();
        try {
            EventQueue.invokeAndWait(() -> out.set(action.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        return out.get();
    }

    static void edt(Runnable action) {
        onEdt(() -> {
            action.run();
            return null;
        });
    }

    /** The showing window (frame or dialog) named {@code name}, if any. */
    static Optional<Window> window(String name) {
        return onEdt(() -> {
            for (Window w : Window.getWindows()) {
                if (name.equals(w.getName()) && w.isShowing()) {
                    return Optional.of(w);
                }
            }
            return Optional.<Window>empty();
        });
    }

    /** The component named {@code name} under {@code root}, menus included (event thread only). */
    static <T extends Component> T find(Container root, String name, Class<T> type) {
        T found = search(root, name, type);
        if (found == null) {
            throw new AssertionError("no " + type.getSimpleName() + " named '" + name + "' in " + root.getName());
        }
        return found;
    }

    private static <T extends Component> T search(Container root, String name, Class<T> type) {
        Component[] children = root instanceof javax.swing.JMenu m ? m.getMenuComponents() : root.getComponents();
        for (Component c : children) {
            if (name.equals(c.getName()) && type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof Container k) {
                T t = search(k, name, type);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** Paints the window into {@code target/gui-screenshots/NAME.png} (its content, without decorations). */
    static Path screenshot(Window w, String name) throws IOException {
        Path dir = Path.of(System.getProperty("unitscope.gui.screenshots", "target/gui-screenshots"));
        Files.createDirectories(dir);
        BufferedImage img = onEdt(() -> {
            BufferedImage i = new BufferedImage(w.getWidth(), w.getHeight(), BufferedImage.TYPE_INT_RGB);
            w.paint(i.getGraphics());
            return i;
        });
        Path file = dir.resolve(name + ".png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    static boolean waitFor(java.util.function.BooleanSupplier condition, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }
}
