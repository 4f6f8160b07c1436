/**
 * Model backends over a DJL block: a plugin extends {@link org.unitscope.spi.djl.model.DjlModelBackend}, builds its
 * network in {@code build} and describes it with {@link org.unitscope.spi.djl.model.DjlNetwork}; the base class starts
 * the PyTorch engine offline, runs DJL calls with DJL's context class loader, hashes the weights, opens probes and
 * frees native memory. {@link org.unitscope.spi.djl.model.DjlFiles} loads a TorchScript file offline.
 */
@Export
@Version("1.0.0")
package org.unitscope.spi.djl.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
