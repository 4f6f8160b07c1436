package org.unitscope.model.synthetic.internal;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.unitscope.api.ParameterSpec;
import org.unitscope.api.Parameters;
import org.unitscope.api.ServiceInfo;
import org.unitscope.api.model.ModelBackend;
import org.unitscope.api.model.RfGeometry;
import org.unitscope.spi.djl.model.DjlModelBackend;
import org.unitscope.spi.djl.model.DjlNetwork;

/** Template-matcher units with known preferred categories (ground truth for category selectivity). */
@Component(service = ModelBackend.class)
public class SyntheticTemplatesBackend extends DjlModelBackend {
    static final String ID = "synthetic-templates";
    private static final String FASHION = "/usr/share/datasets/fashion-mnist/";

    static final ServiceInfo INFO = new ServiceInfo(ID, "1.0.0",
            "Ground truth for category selectivity: one Gaussian template matcher per category (mean training image) and a constant unit",
            List.of(ParameterSpec.text("images", FASHION + "train-images-idx3-ubyte.gz", "IDX images the templates are averaged from"),
                    ParameterSpec.text("labels", FASHION + "train-labels-idx1-ubyte.gz", "IDX labels of those images"),
                    ParameterSpec.integer("size", 29, "input side (odd; images are centred in it)").atLeast(1),
                    ParameterSpec.integer("limit", 0, "use only the first N images for the templates (0 = all)").atLeast(0),
                    ParameterSpec.real("sigma2", 20.0, "tuning width: r = exp(-||x - mean||^2 / (2 sigma2)), pixels in [0, 1]")
                            .within(ParameterSpec.Range.above(0))));

    @Override
    public ServiceInfo info() {
        return INFO;
    }

    @Override
    protected DjlNetwork build(Parameters p, NDManager manager) {
        int size = p.getPositiveInt("size");
        if (size % 2 == 0) {
            throw new IllegalArgumentException("synthetic-templates: size must be odd, not " + size);
        }
        TemplateNetwork templates = TemplateNetwork.fromIdx(Path.of(p.getString("images")), Path.of(p.getString("labels")), size,
                p.getInt("limit"), p.getDouble("sigma2"));
        return network(templates.build(manager))
                .name("template matchers (" + templates.classes() + " categories + 1 constant unit)")
                .input(1, size).preprocessing("none")
                .layer(TemplateNetwork.LAYER, templates.units(), size, RfGeometry.input().then(size, 1, size / 2))
                .weights("mean images of " + p.getString("images"))
                .groundTruth((layer, channel) -> channel < templates.classes() ? Map.of("category", (double) channel)
                        : Map.of("constant", 1.0))
                .build();
    }
}
