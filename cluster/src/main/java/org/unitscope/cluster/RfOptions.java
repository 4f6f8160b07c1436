package org.unitscope.cluster;

import java.nio.file.Files;
import java.nio.file.Path;

/** The command line of {@code unitscope-cluster rf} (a sharded reverse correlation). */
record RfOptions(Path config, int shards, Path out, String master, Path home, String maxMemory, boolean resume) {
    static final String USAGE = "unitscope-cluster rf --config RUN.json --shards K --out DIR [--master local[*] | local[N]"
            + " | spark://HOST:PORT] [--unitscope DISTRIBUTION] [--max-memory SIZE] [--resume]";

    RfOptions(Path config, int shards, Path out, String master, Path home, String maxMemory) {
        this(config, shards, out, master, home, maxMemory, false);
    }

    RfOptions withMaxMemory(String memory) {
        return new RfOptions(config, shards, out, master, home, memory, resume);
    }

    static RfOptions parse(String[] args) {
        Path config = null;
        Path out = null;
        int shards = 0;
        String master = "local[*]";
        String home = System.getenv("UNITSCOPE_HOME") != null ? System.getenv("UNITSCOPE_HOME") : System.getProperty("unitscope.home");
        String memory = null;
        boolean resume = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--config" -> config = Path.of(value(args, ++i, "--config"));
                case "--shards" -> shards = shards(value(args, ++i, "--shards"));
                case "--out" -> out = Path.of(value(args, ++i, "--out"));
                case "--master" -> master = value(args, ++i, "--master");
                case "--unitscope" -> home = value(args, ++i, "--unitscope");
                case "--max-memory" -> memory = value(args, ++i, "--max-memory");
                case "--resume" -> resume = true;
                default -> throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
            }
        }
        if (config == null || out == null || shards == 0) {
            throw new IllegalArgumentException("rf needs --config RUN.json, --shards K and --out DIR");
        }
        if (!Files.isRegularFile(config)) {
            throw new IllegalArgumentException("no run description " + config);
        }
        if (home == null) {
            throw new IllegalArgumentException("where is the unitscope distribution? --unitscope DIR or UNITSCOPE_HOME");
        }
        Path dist = Path.of(home).toAbsolutePath().normalize();
        if (!Files.isDirectory(dist.resolve("bundle")) || !Files.isDirectory(dist.resolve("lib"))) {
            throw new IllegalArgumentException(dist + " is not a unitscope distribution (no bundle/ and lib/)");
        }
        return new RfOptions(config.toAbsolutePath(), shards, out.toAbsolutePath(), SurveyJob.master(master), dist, memory, resume);
    }

    private static int shards(String text) {
        try {
            int k = Integer.parseInt(text);
            if (k >= 1) {
                return k;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new IllegalArgumentException("--shards must be a whole number >= 1, not '" + text + "'");
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
