package org.unitscope.model.vgg16.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.unitscope.api.UnitscopeException;

/** Recognises a weight file by its content (not its name) and hands it to the right reader. */
final class WeightFiles {
    private static final byte[] HDF5 = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private WeightFiles() {
    }

    static Vgg16Weights load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UnitscopeException("weight file not found: " + file.toAbsolutePath());
        }
        String sha = sha256(file);
        byte[] head = head(file, 8);
        if (startsWith(head, HDF5)) {
            return KerasH5Reader.read(file, sha);
        }
        if (startsWith(head, ZIP)) {
            return TorchScriptReader.read(file, sha);
        }
        if (file.getFileName().toString().endsWith(".params")) {
            return DjlParamsFormat.read(file, sha);
        }
        throw new UnitscopeException(file + ": not a recognised weight file (Keras HDF5 .h5 / .weights.h5, TorchScript .pt, "
                + "or DJL .params with its .params.json)");
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                // reading feeds the digest
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UnitscopeException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] head(Path file, int n) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        } catch (IOException e) {
            throw new UnitscopeException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(Arrays.copyOf(data, prefix.length), prefix);
    }
}
