package org.unitscope.cluster;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The command line of unitscope-cluster. The distribution is {@code --unitscope}, else {@code UNITSCOPE_HOME}, else the
 * system property {@code unitscope.home} (bin/unitscope-cluster sets one of them).
 */
record SurveyOptions(Path survey, Path out, String master, Path home, boolean overwrite, boolean resume) {

    static SurveyOptions parse(String[] args) {
        Path survey = null;
        Path out = null;
        String master = "local[*]";
        String home = System.getenv("UNITSCOPE_HOME") != null ? System.getenv("UNITSCOPE_HOME") : System.getProperty("unitscope.home");
        boolean overwrite = false;
        boolean resume = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(value(args, ++i, "--out"));
                case "--master" -> master = value(args, ++i, "--master");
                case "--unitscope" -> home = value(args, ++i, "--unitscope");
                case "--overwrite" -> overwrite = true;
                case "--resume" -> resume = true;
                default -> {
                    if (args[i].startsWith("-") || survey != null) {
                        throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
                    }
                    survey = Path.of(args[i]);
                }
            }
        }
        if (survey == null || out == null) {
            throw new IllegalArgumentException("a survey description and --out DIR are required");
        }
        if (!Files.isRegularFile(survey)) {
            throw new IllegalArgumentException("no survey description " + survey);
        }
        if (home == null) {
            throw new IllegalArgumentException("where is the unitscope distribution? --unitscope DIR or UNITSCOPE_HOME");
        }
        Path dist = Path.of(home).toAbsolutePath().normalize();
        if (!Files.isDirectory(dist.resolve("bundle")) || !Files.isDirectory(dist.resolve("lib"))) {
            // checked here, on the driver, so a wrong path is a usage error rather than every task failing
            throw new IllegalArgumentException(dist + " is not a unitscope distribution (no bundle/ and lib/)");
        }
        return new SurveyOptions(survey, out.toAbsolutePath(), SurveyJob.master(master), dist, overwrite, resume);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
