package org.unitscope.shell.internal.study;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.unitscope.api.run.ComponentRef;
import org.unitscope.api.run.RunDescription;

/**
 * What {@code reproduce}'s options change in a study's run descriptions: another model (its default parameters), a
 * weight file (the model's {@code weights} parameter), and a folder of natural images (one sub-folder per category)
 * in place of the category part's stimulus set. Null = as the study says.
 */
public record StudyOptions(String model, Path weights, Path images) {

    /** The part's run description with the options applied. */
    public RunDescription apply(Study.Part part, RunDescription d) {
        RunDescription.Builder b = d.toBuilder().model(model(d.model()));
        if (images != null && part.role() == Study.Role.CATEGORIES) {
            b.stimulus(new ComponentRef("image-folder", Map.of("root", images.toAbsolutePath().toString())));
        }
        return b.build();
    }

    private ComponentRef model(ComponentRef given) {
        boolean other = model != null && !model.equals(given.id());
        Map<String, Object> params = new LinkedHashMap<>(other ? Map.of() : given.parameters());
        if (weights != null) {
            params.put("weights", weights.toAbsolutePath().toString());
        }
        return new ComponentRef(other ? model : given.id(), params);
    }

    /** The options as the study record keeps them (null ones left out). */
    public Map<String, String> asMap() {
        Map<String, String> out = new LinkedHashMap<>();
        if (model != null) {
            out.put("model", model);
        }
        if (weights != null) {
            out.put("weights", weights.toAbsolutePath().toString());
        }
        if (images != null) {
            out.put("images", images.toAbsolutePath().toString());
        }
        return out;
    }
}
