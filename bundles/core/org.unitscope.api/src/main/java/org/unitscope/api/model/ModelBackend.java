package org.unitscope.api.model;

import org.osgi.annotation.versioning.ConsumerType;
import org.unitscope.api.Described;
import org.unitscope.api.Parameters;

/** A kind of network (VGG16, the synthetic V1 network, any TorchScript file...) that can be loaded. */
@ConsumerType
public interface ModelBackend extends Described {

    /**
     * Loads the network with the given (already checked) parameters, e.g. a weight file.
     *
     * @throws org.unitscope.api.UnitscopeException with a message naming the file or tensor at fault
     */
    LoadedModel load(Parameters parameters);
}
