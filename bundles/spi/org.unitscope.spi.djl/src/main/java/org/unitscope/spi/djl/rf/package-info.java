/**
 * Receptive-field accumulators whose significance comes from shuffles of the activations:
 * {@link org.unitscope.spi.djl.rf.ShuffledAccumulator} keeps a group of units and their R shuffles as one set of
 * activation-weighted sums (float64 matrix products in PyTorch) and gives the AWA, its shuffle test and the AWC; a
 * plugin says what they mean. Signatures use only the API and the JDK.
 */
@Export
@Version("1.1.0")
package org.unitscope.spi.djl.rf;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
