package org.unitscope.math.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A NumPy .npz archive: a zip of .npy files, one per named array ({@code numpy.load(f)[name]}). */
public final class NpzWriter {
    /** 2000-01-01T00:00:00Z, the entries' modification time. */
    private static final long FIXED_TIME = 946684800000L;
    private NpzWriter() {
    }

    public static void write(OutputStream out, Map<String, NpyArray> arrays) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, NpyArray> e : arrays.entrySet()) {
            ZipEntry entry = new ZipEntry(e.getKey() + ".npy");
            entry.setTime(FIXED_TIME); // same inputs, same bytes: results are reproducible to the byte
            zip.putNextEntry(entry);
            e.getValue().writeTo(zip);
            zip.closeEntry();
        }
        zip.finish();
    }
}
