package org.unitscope.api.directory;

import org.unitscope.api.Described;
import org.unitscope.api.metric.TuningMetric;
import org.unitscope.api.model.ModelBackend;
import org.unitscope.api.rf.ReceptiveFieldEstimator;
import org.unitscope.api.stimulus.StimulusSet;
import org.unitscope.api.train.ModelTrainer;

/** The kinds of described service, each with the interface it is registered under and the words messages use. */
public enum ServiceKind {
    MODEL("model backend", ModelBackend.class),
    STIMULUS("stimulus set", StimulusSet.class),
    METRIC("tuning metric", TuningMetric.class),
    ESTIMATOR("receptive-field estimator", ReceptiveFieldEstimator.class),
    TRAINER("model trainer", ModelTrainer.class);

    private final String words;
    private final Class<? extends Described> type;

    ServiceKind(String words, Class<? extends Described> type) {
        this.words = words;
        this.type = type;
    }

    /** "tuning metric", as messages name one service of the kind. */
    public String words() {
        return words;
    }

    /** The service interface. */
    public Class<? extends Described> type() {
        return type;
    }
}
