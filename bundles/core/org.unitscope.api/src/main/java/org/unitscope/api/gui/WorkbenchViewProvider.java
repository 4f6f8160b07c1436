package org.unitscope.api.gui;

import javax.swing.JComponent;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A view a plugin contributes to the workbench window. The window tracks these services: a provider that appears is
 * docked at once (into {@link #perspective()} when that perspective is in front, else into the one in front), and one
 * that goes away leaves a placeholder naming it, which its view replaces when it comes back. Saved layouts name the
 * view by {@link #id()}.
 */
@ConsumerType
public interface WorkbenchViewProvider {

    /** The view's persistent id, unique in the workbench and stable across versions, e.g. {@code bars.about}. */
    String id();

    /** The title of the view's tab. */
    String title();

    /**
     * The perspective the view belongs to ({@code runs}, {@code units} or {@code receptive-fields}), or {@code null} for
     * whichever is in front when the view appears.
     */
    default String perspective() {
        return null;
    }

    /**
     * Creates the view's component. Called on the event thread, once per window; the component is dropped when the
     * window closes or the service goes away, so it must not hold resources that need closing.
     */
    JComponent createView();
}
