package org.unitscope.engine.internal.results;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A NumPy .npz archive: a zip of .npy files, one per named array ({@code numpy.load(f)[name]}). */
public final class NpzWriter {
    private NpzWriter() {
    }

    public static void write(OutputStream out, Map<String, NpyArray> arrays) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, NpyArray> e : arrays.entrySet()) {
            zip.putNextEntry(new ZipEntry(e.getKey() + ".npy"));
            e.getValue().writeTo(zip);
            zip.closeEntry();
        }
        zip.finish();
    }
}
