package org.unitscope.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -Xmx1g -cp CLASSPATH org.apache.spark.deploy.SparkSubmit --master URL [OPTIONS] --class
 * org.unitscope.cluster.SurveyCommand --conf ... JAR ARGS}, run in the unitscope-cluster folder as a user would (what a
 * Spark installation's spark-submit script runs), with the executors' DJL settings; stdout and stderr to
 * {@code at/out.txt} and {@code at/err.txt}. The distribution comes from {@code --unitscope} in ARGS only.
 */
final class SparkSubmitLaunch {
    private SparkSubmitLaunch() {
    }

    static Process start(Path at, String classPath, String master, List<String> options, String jar, List<String> args) throws IOException {
        String djlCache = LaunchFixtures.djlCache();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", classPath, "org.apache.spark.deploy.SparkSubmit", "--master", master));
        command.addAll(options);
        command.addAll(List.of("--class", "org.unitscope.cluster.SurveyCommand", "--conf", "spark.executor.memory=1g",
                "--conf", "spark.executorEnv.OPT_OUT_TRACKING=true", "--conf", "spark.executorEnv.DJL_CACHE_DIR=" + djlCache,
                "--conf", "spark.executorEnv.ENGINE_CACHE_DIR=" + djlCache, jar));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(LaunchFixtures.CLUSTER.toFile())
                .redirectOutput(at.resolve("out.txt").toFile()).redirectError(at.resolve("err.txt").toFile());
        pb.environment().remove("UNITSCOPE_HOME");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return pb.start();
    }
}
