package ${package};

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
public class ${className}AboutView implements WorkbenchViewProvider {

    @Override
    public String id() {
        return "${serviceId}.about";
    }

    @Override
    public String title() {
        return "About ${serviceId}";
    }

    @Override
    public String perspective() {
        return "runs";
    }

    @Override
    public JComponent createView() {
        JTextArea text = new JTextArea("${artifactId} adds the stimulus set '${serviceId}': light or dark bars on a mean-gray "
                + "field at every orientation, width and position, labelled with orientation, sf (1 / (2 width)) and phase "
                + "(position), so the orientation and spatial-frequency metrics apply to them unchanged.\n\n"
                + "Choose '${serviceId}' under Stimulus set in the run editor; its parameters appear as a form there.");
        text.setName("${serviceId}.about.text");
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        JPanel panel = new JPanel(new BorderLayout());
        panel.setName("${serviceId}.about");
        panel.add(text, BorderLayout.CENTER);
        return panel;
    }
}
