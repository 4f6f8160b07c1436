package org.unitscope.api.train;

import org.osgi.annotation.versioning.ConsumerType;
import org.unitscope.api.Described;
import org.unitscope.api.Parameters;
import org.unitscope.api.model.ModelBackend;
import org.unitscope.api.run.RunListener;

/**
 * Trains a network of one kind on a categorised image set and writes its weights in a form the matching
 * {@link ModelBackend} loads. The id is the backend's id ("vgg16").
 * <p>
 * A package of its own: training reports progress through {@code api.run}, which itself uses {@code api.model};
 * keeping trainers out of {@code api.model} keeps the packages free of cycles.
 */
@ConsumerType
public interface ModelTrainer extends Described {

    /** Trains with the given (checked) parameters; progress and messages go to {@code listener}. */
    TrainingReport train(Parameters parameters, RunListener listener);
}
