package org.unitscope.gui.internal.view;

import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.unitscope.api.directory.ServiceEntry;
import org.unitscope.api.directory.ServiceKind;
import org.unitscope.gui.internal.model.ServiceForm;

/**
 * The services of one kind that a run uses, as check boxes over what is installed now (one only for models and
 * stimulus sets), each chosen one with its form. A service that leaves disappears with its form; one that comes back
 * starts from its defaults.
 */
final class ServiceChooser extends JPanel {
    private final ServiceKind kind;
    private final boolean single;
    private final Runnable changed;
    private final Map<String, ServiceForm> chosen = new LinkedHashMap<>();
    private List<ServiceEntry> present = List.of();

    ServiceChooser(String title, ServiceKind kind, boolean single, Runnable changed) {
        super(new GridLayout(0, 1));
        this.kind = kind;
        this.single = single;
        this.changed = changed;
        setName("chooser." + kind.name().toLowerCase(java.util.Locale.ROOT));
        setBorder(BorderFactory.createTitledBorder(title));
    }

    /** Shows what is installed now; chosen services that went away are dropped. */
    void refresh(List<ServiceEntry> entries) {
        present = entries;
        Set<String> ids = new LinkedHashSet<>();
        entries.forEach(e -> ids.add(e.id()));
        chosen.keySet().retainAll(ids);
        for (ServiceEntry e : entries) {
            ServiceForm f = chosen.get(e.id());
            if (f != null && f.entry().serviceId() != e.serviceId()) {
                chosen.put(e.id(), new ServiceForm(e));
            }
        }
        rebuild();
    }

    private void rebuild() {
        removeAll();
        for (ServiceEntry e : present) {
            JCheckBox box = new JCheckBox(e.id() + " " + e.version(), chosen.containsKey(e.id()));
            box.setName(getName() + "." + e.id());
            box.setToolTipText(e.title() + " (" + e.provider() + ")");
            box.addActionListener(a -> choose(e, box.isSelected()));
            add(box);
        }
        if (present.isEmpty()) {
            add(new JLabel("none installed"));
        }
        revalidate();
        repaint();
    }

    private void choose(ServiceEntry e, boolean on) {
        if (on && single) {
            chosen.clear();
        }
        if (on) {
            chosen.put(e.id(), new ServiceForm(e));
        } else {
            chosen.remove(e.id());
        }
        rebuild();
        changed.run();
    }

    /** Chooses a service with the given form (a loaded run description); false when it is not installed. */
    boolean choose(ServiceForm form) {
        if (present.stream().noneMatch(e -> e.id().equals(form.entry().id()))) {
            return false;
        }
        if (single) {
            chosen.clear();
        }
        chosen.put(form.entry().id(), form);
        rebuild();
        return true;
    }

    void clear() {
        chosen.clear();
        rebuild();
    }

    List<ServiceForm> forms() {
        return new ArrayList<>(chosen.values());
    }

    ServiceForm form() {
        return chosen.isEmpty() ? null : chosen.values().iterator().next();
    }

    ServiceEntry present(String id) {
        return present.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    ServiceKind kind() {
        return kind;
    }
}
