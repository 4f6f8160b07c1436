package org.unitscope.math.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .npz files are read by researchers with numpy, so numpy itself is the reference. CI installs python3 with
 * numpy (Debian's python3-numpy); without it this test fails rather than skips.
 */
class NpzWriterNumpyTest {

    private static final List<String> PYTHONS = List.of("python3", "/usr/bin/python3");

    private record Result(int exit, String out) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Result(-1, e.toString());
        }
        p.getOutputStream().close();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-2, "timed out");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** The first python3 that can import numpy; fails the test (does not skip) when there is none. */
    private static String pythonWithNumpy() throws IOException, InterruptedException {
        StringBuilder why = new StringBuilder();
        for (String py : PYTHONS) {
            Result r = run(List.of(py, "-c", "import numpy"));
            if (r.exit == 0) {
                return py;
            }
            why.append("\n  ").append(py).append(": exit ").append(r.exit).append(' ').append(r.out.strip());
        }
        return fail("no python3 with numpy found (CI installs python3-numpy):" + why);
    }

    private static final String SCRIPT = String.join("\n",
            "import sys, numpy as np",
            "z = np.load(sys.argv[1])",
            "for k in sorted(z.files):",
            "    a = z[k]",
            "    vals = ' '.join(repr(float(v)) for v in a.ravel(order='C'))",
            "    print(k + '|' + a.dtype.str + '|' + ','.join(str(d) for d in a.shape) + '|'"
                    + " + str(a.flags['C_CONTIGUOUS']) + '|' + vals)",
            "");

    @Test
    void numpyLoadsTheArchive(@TempDir Path dir) throws Exception {
        String python = pythonWithNumpy();
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put("conv1", NpyArray.of(new float[] {0.5f, -1.25f, 2f, 3.75f, -4f, 5.5f, 99f}, 2, 3));
        arrays.put("conv1.orientation.axis", NpyArray.of(new double[] {0, 22.5, 45, 67.5}, 4));
        arrays.put("label.sf", NpyArray.of(new double[] {0.1, 0.2, 1.0 / 3}, 3));
        float[] cube = new float[24];
        for (int i = 0; i < 24; i++) {
            cube[i] = i;
        }
        arrays.put("cube", NpyArray.of(cube, 2, 3, 4));
        Path file = dir.resolve("r.npz");
        try (OutputStream out = Files.newOutputStream(file)) {
            NpzWriter.write(out, arrays);
        }
        Path script = dir.resolve("load.py");
        Files.writeString(script, SCRIPT);

        Result r = run(List.of(python, script.toString(), file.toString()));
        assertThat(r.exit).as("python output:\n" + r.out).isZero();
        List<String> lines = r.out.lines().toList();

        StringBuilder cubeValues = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            cubeValues.append(i > 0 ? " " : "").append(i).append(".0");
        }
        assertThat(lines).containsExactly(
                "conv1|<f4|2,3|True|0.5 -1.25 2.0 3.75 -4.0 5.5",
                "conv1.orientation.axis|<f8|4|True|0.0 22.5 45.0 67.5",
                "cube|<f4|2,3,4|True|" + cubeValues,
                "label.sf|<f8|3|True|0.1 0.2 0.3333333333333333");
    }

    @Test
    void archiveHasOneNpyEntryPerArrayInOrder() throws IOException {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put("b", NpyArray.of(new float[] {1, 2}, 2));
        arrays.put("a", NpyArray.of(new double[] {3}, 1));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NpzWriter.write(bytes, arrays);
        List<String> names = new ArrayList<>();
        List<NpyTestReader> contents = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                names.add(e.getName());
                contents.add(NpyTestReader.read(zip.readAllBytes()));
            }
        }
        assertThat(names).containsExactly("b.npy", "a.npy");
        assertThat(contents.get(0).values).containsExactly(1, 2);
        assertThat(contents.get(1).descr).isEqualTo("<f8");
        assertThat(contents.get(1).values).containsExactly(3);
    }
}
