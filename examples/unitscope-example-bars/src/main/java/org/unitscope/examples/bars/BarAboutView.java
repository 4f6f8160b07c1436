package org.unitscope.examples.bars;

import java.awt.BorderLayout;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import org.osgi.service.component.annotations.Component;
import org.unitscope.api.gui.WorkbenchViewProvider;

/**
 * A view in the workbench window (Runs perspective) saying what this plugin adds: the window docks it while the plugin
 * is installed and shows a placeholder in its place while it is not. Delete this class if the plugin needs no view.
 */
@Component(service = WorkbenchViewProvider.class)
public class BarAboutView implements WorkbenchViewProvider {

    @Override
    public String id() {
        return "bars.about";
    }

    @Override
    public String title() {
        return "About bars";
    }

    @Override
    public String perspective() {
        return "runs";
    }

    @Override
    public JComponent createView() {
        JTextArea text = new JTextArea("unitscope-example-bars adds the stimulus set 'bars': light or dark bars on a mean-gray "
                + "field at every orientation, width and position, labelled with orientation, sf (1 / (2 width)) and phase "
                + "(position), so the orientation and spatial-frequency metrics apply to them unchanged.\n\n"
                + "Choose 'bars' under Stimulus set in the run editor; its parameters appear as a form there.");
        text.setName("bars.about.text");
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        JPanel panel = new JPanel(new BorderLayout());
        panel.setName("bars.about");
        panel.add(text, BorderLayout.CENTER);
        return panel;
    }
}
