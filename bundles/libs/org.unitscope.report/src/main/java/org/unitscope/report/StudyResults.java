package org.unitscope.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a report is drawn from: a study folder ({@code study.json} and one results folder per part) or one run's
 * results folder (a study of one part).
 */
public record StudyResults(String title, Path folder, List<ResultsFolder> parts) {

    public static StudyResults read(Path folder) throws IOException {
        Path record = folder.resolve("study.json");
        if (!Files.isRegularFile(record)) {
            ResultsFolder run = ResultsFolder.read(folder.getFileName().toString(), folder);
            return new StudyResults(ResultsFolder.text(run.manifest().getAsJsonObject("run"), "name"), folder, List.of(run));
        }
        JsonObject study = JsonParser.parseString(Files.readString(record)).getAsJsonObject();
        List<ResultsFolder> parts = new ArrayList<>();
        for (JsonElement e : study.getAsJsonArray("parts")) {
            String name = e.getAsJsonObject().get("name").getAsString();
            if (Files.isRegularFile(folder.resolve(name).resolve("manifest.json"))) {
                parts.add(ResultsFolder.read(name, folder.resolve(name)));
            }
        }
        if (parts.isEmpty()) {
            throw new IOException("the study in " + folder + " has no part with results yet");
        }
        return new StudyResults(study.get("study").getAsString(), folder, parts);
    }

    /** The first part whose units were measured with {@code metric} (e.g. "orientation", "category"). */
    public Optional<ResultsFolder> withMetric(String metric) {
        return parts.stream().filter(p -> p.manifest().has("metrics") && p.manifest().getAsJsonArray("metrics").asList().stream()
                .anyMatch(m -> metric.equals(ResultsFolder.text(m.getAsJsonObject(), "id")))).findFirst();
    }

    /** The first part with a prediction of tuning from receptive fields. */
    public Optional<ResultsFolder> withPrediction() {
        return parts.stream().filter(p -> !p.predictionSummary().isEmpty()).findFirst();
    }

    /** Every layer any part probed, in the order the parts list them. */
    public List<String> layers() {
        List<String> out = new ArrayList<>();
        parts.forEach(p -> p.layers().stream().filter(l -> !out.contains(l)).forEach(out::add));
        return out;
    }
}
