package org.unitscope.runtime;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.imageio.ImageIO;

/**
 * Drives real Swing windows from a test: finds components by name, acts on the event thread (as a click does),
 * saves screenshots, and times every event the event thread dispatches.
 */
final class Windows {
    private Windows() {
    }

    /** Runs {@code action} on the event thread and returns its value. */
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

    /** The showing frame named {@code name}, if any. */
    static Optional<Frame> frame(String name) {
        return onEdt(() -> {
            for (Frame f : Frame.getFrames()) {
                if (name.equals(f.getName()) && f.isShowing()) {
                    return Optional.of(f);
                }
            }
            return Optional.<Frame>empty();
        });
    }

    /** The component named {@code name} under {@code root} (event thread only). */
    static <T extends Component> T find(Container root, String name, Class<T> type) {
        T found = search(root, name, type);
        if (found == null) {
            throw new AssertionError("no " + type.getSimpleName() + " named '" + name + "' in " + root.getName());
        }
        return found;
    }

    static <T extends Component> boolean has(Container root, String name, Class<T> type) {
        return onEdt(() -> search(root, name, type) != null);
    }

    private static <T extends Component> T search(Container root, String name, Class<T> type) {
        for (Component c : root.getComponents()) {
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

    /** The menu item named {@code name} in the frame's menu bar, at any depth (event thread only). */
    static javax.swing.JMenuItem menuItem(Frame frame, String name) {
        javax.swing.JMenuBar bar = ((javax.swing.JFrame) frame).getJMenuBar();
        for (int i = 0; i < bar.getMenuCount(); i++) {
            javax.swing.JMenuItem found = menuItem(bar.getMenu(i), name);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no menu item named '" + name + "' in " + frame.getName());
    }

    private static javax.swing.JMenuItem menuItem(javax.swing.JMenuItem item, String name) {
        if (name.equals(item.getName())) {
            return item;
        }
        if (item instanceof javax.swing.JMenu m) {
            for (Component c : m.getMenuComponents()) {
                if (c instanceof javax.swing.JMenuItem child && menuItem(child, name) != null) {
                    return menuItem(child, name);
                }
            }
        }
        return null;
    }

    /**
     * Brings a view to front as the View menu does (docking it beside the perspective's first view if it is not docked):
     * the item's action on the event thread.
     */
    static void showView(Frame frame, String viewId) {
        edt(() -> menuItem(frame, "menu.view." + viewId).doClick(0));
    }

    /** Whether the view (by the name of its component) is on the screen: docked and its tab in front. */
    static boolean showing(Frame frame, String viewName) {
        return onEdt(() -> {
            Component c = search(frame, viewName, Component.class);
            return c != null && c.isShowing();
        });
    }

    /** Paints the frame into a PNG (what is on the screen, without window decorations). */
    static Path screenshot(Frame frame, String name) throws IOException {
        Path dir = Path.of(System.getProperty("unitscope.gui.screenshots", "target/gui-screenshots"));
        Files.createDirectories(dir);
        BufferedImage img = onEdt(() -> {
            BufferedImage i = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_INT_RGB);
            frame.paint(i.getGraphics());
            return i;
        });
        Path file = dir.resolve(name + ".png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    /** An event queue that times every event it dispatches; {@link #reset()} starts a new measurement. */
    static final class TimedEventQueue extends EventQueue {
        private volatile long longestNanos;
        private volatile String longest = "";
        private volatile long events;

        static TimedEventQueue install() {
            TimedEventQueue q = new TimedEventQueue();
            Toolkit.getDefaultToolkit().getSystemEventQueue().push(q);
            return q;
        }

        @Override
        protected void dispatchEvent(AWTEvent event) {
            long t0 = System.nanoTime();
            try {
                super.dispatchEvent(event);
            } finally {
                long t = System.nanoTime() - t0;
                events++;
                if (t > longestNanos) {
                    longestNanos = t;
                    longest = event.toString();
                }
            }
        }

        void reset() {
            longestNanos = 0;
            longest = "";
            events = 0;
        }

        double longestMillis() {
            return longestNanos / 1e6;
        }

        String longestEvent() {
            return longest;
        }

        long events() {
            return events;
        }
    }
}
