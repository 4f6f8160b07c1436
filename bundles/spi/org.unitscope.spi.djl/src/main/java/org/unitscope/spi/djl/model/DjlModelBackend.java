package org.unitscope.spi.djl.model;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import org.osgi.annotation.versioning.ConsumerType;
import org.unitscope.api.Parameters;
import org.unitscope.api.model.LoadedModel;
import org.unitscope.api.model.ModelBackend;
import org.unitscope.djl.DjlRuntime;

/**
 * A model backend whose network is a DJL block on the PyTorch engine. A plugin declares its id, version and parameters
 * with {@code @UnitscopeService} and a configuration type (see {@link org.unitscope.api.UnitscopeService}) and implements
 * {@link #build}: it builds (or loads) its block in the given manager and describes the maps the block returns.
 * The base class starts the engine offline, runs {@code build} with DJL's class loader as the thread's context
 * class loader (DJL finds its engine through it), closes the manager when building fails, and turns the network
 * into a {@link LoadedModel} whose probes read the maps out.
 */
@ConsumerType
public abstract class DjlModelBackend implements ModelBackend {

    @Override
    public LoadedModel load(Parameters p) {
        NDManager manager = DjlRuntime.engine().newBaseManager();
        try {
            DjlNetwork network = DjlRuntime.call(() -> build(p, manager));
            return new DjlModel(network, manager);
        } catch (RuntimeException | Error e) {
            DjlRuntime.call(() -> {
                manager.close();
                return null;
            });
            throw e;
        }
    }

    /**
     * Builds the network for parameters {@code p} in {@code manager} (closed with the model). Its block's
     * {@code forward} takes a batch (n, channels, size, size) after the preprocessing and returns one feature map
     * (n, C, H, W) per layer of the description, in that order.
     */
    protected abstract DjlNetwork build(Parameters p, NDManager manager) throws Exception;

    /** A description of {@code block} under this backend's id. */
    protected final DjlNetwork.Builder network(Block block) {
        return DjlNetwork.builder(info().id(), block);
    }
}
