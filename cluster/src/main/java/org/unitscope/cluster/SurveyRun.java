package org.unitscope.cluster;

import java.io.Serializable;

/**
 * One run of a survey, as shipped to a Spark task: its folder name under the survey's output and its run description,
 * resolved to JSON text on the driver (executors may not see the files a description referred to).
 *
 * @param name the run's folder name under {@code --out}
 * @param description the run description, exactly what {@code unitscope run --config} reads
 * @param seed the description's seed (recorded in survey.json), or null when it sets none
 */
public record SurveyRun(String name, String description, Long seed) implements Serializable {
}
