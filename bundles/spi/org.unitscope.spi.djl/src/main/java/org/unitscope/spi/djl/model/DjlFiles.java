package org.unitscope.spi.djl.model;

import ai.djl.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;
import org.unitscope.api.UnitscopeException;
import org.unitscope.djl.DjlRuntime;

/** Loads networks from files with the PyTorch engine, offline (nothing is ever fetched from a model hub). */
@ProviderType
public final class DjlFiles {
    private DjlFiles() {
    }

    /**
     * A TorchScript file as a DJL {@link Model}: its {@code getBlock()} runs the module's {@code forward}. Hand it to
     * {@link DjlNetwork.Builder#closing} so that it is freed with the network.
     */
    public static Model loadTorchScript(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UnitscopeException("TorchScript file not found: " + file.toAbsolutePath());
        }
        DjlRuntime.engine();
        return DjlRuntime.call(() -> {
            Model model = Model.newInstance("torchscript-" + file.getFileName(), DjlRuntime.ENGINE);
            try {
                model.load(file);
            } catch (Exception e) {
                model.close();
                throw new UnitscopeException(file + ": not a loadable TorchScript file: " + e.getMessage(), e);
            }
            return model;
        });
    }
}
