package org.unitscope.gui.internal;

import com.formdev.flatlaf.FlatLightLaf;
import javax.swing.UIManager;

/**
 * FlatLaf, set once per JVM (the look and feel is global, which is why FlatLaf sits in the stable layer, lib/). Its
 * classes are loaded through the framework class path, so Swing's UI delegates resolve them from there.
 */
final class LookAndFeel {
    private LookAndFeel() {
    }

    static void install() {
        if (UIManager.getLookAndFeel() instanceof FlatLightLaf) {
            return;
        }
        UIManager.put("ClassLoader", FlatLightLaf.class.getClassLoader());
        FlatLightLaf.setup();
    }
}
