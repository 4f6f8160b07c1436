package org.unitscope.model.synthetic.internal;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.unitscope.api.ExclusiveMin;
import org.unitscope.api.Parameters;
import org.unitscope.api.UnitscopeService;
import org.unitscope.api.model.LayerStack;
import org.unitscope.api.model.ModelBackend;
import org.unitscope.api.model.Preprocessing;
import org.unitscope.spi.djl.model.DjlModelBackend;
import org.unitscope.spi.djl.model.DjlNetwork;

/** Template-matcher units with known preferred categories (ground truth for category selectivity). */
@Component(service = ModelBackend.class)
@UnitscopeService(id = SyntheticTemplatesBackend.ID, version = "1.0.0", config = SyntheticTemplatesBackend.Config.class)
public class SyntheticTemplatesBackend extends DjlModelBackend {
    static final String ID = "synthetic-templates";
    private static final String FASHION = "/usr/share/datasets/fashion-mnist/";

    @ObjectClassDefinition(name = "Ground truth for category selectivity: one Gaussian template matcher per category (mean"
            + " training image) and a constant unit")
    @interface Config {
        @AttributeDefinition(description = "IDX images the templates are averaged from")
        String images() default FASHION + "train-images-idx3-ubyte.gz";

        @AttributeDefinition(description = "IDX labels of those images")
        String labels() default FASHION + "train-labels-idx1-ubyte.gz";

        @AttributeDefinition(description = "input side (odd; images are centred in it)", min = "1")
        int size() default 29;

        @AttributeDefinition(description = "use only the first N images for the templates (0 = all)", min = "0")
        int limit() default 0;

        @AttributeDefinition(description = "tuning width: r = exp(-||x - mean||^2 / (2 sigma2)), pixels in [0, 1]", min = "0")
        @ExclusiveMin
        double sigma2() default 20.0;
    }

    @Override
    protected DjlNetwork build(Parameters p, NDManager manager) {
        Config c = p.as(Config.class);
        int size = c.size();
        if (size % 2 == 0) {
            throw new IllegalArgumentException("synthetic-templates: size must be odd, not " + size);
        }
        TemplateNetwork templates = TemplateNetwork.fromIdx(Path.of(c.images()), Path.of(c.labels()), size, c.limit(), c.sigma2());
        return network(templates.build(manager))
                .name("template matchers (" + templates.classes() + " categories + 1 constant unit)")
                .input(1, size).preprocessing(Preprocessing.NONE)
                .layer(LayerStack.input(size).then(templates.kernel()).layer(TemplateNetwork.LAYER, templates.units()))
                .weights("mean images of " + c.images())
                .groundTruth((layer, channel) -> channel < templates.classes() ? Map.of("category", (double) channel)
                        : Map.of("constant", 1.0))
                .build();
    }
}
