package org.unitscope.djl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a TorchScript archive for a module without parameters whose code is given as TorchScript source, so that
 * libtorch functions that DJL's NDArray does not expose (such as {@code torch.linalg.eigh}) can be called through DJL
 * without Python: the archive holds {@code data.pkl} (the module object, pickle protocol 2: an instance of
 * {@code __torch__.NAME} with {@code training = False}), {@code code/__torch__.py} (the source), an empty
 * {@code constants.pkl} and the format {@code version} 3, stored uncompressed, as {@code torch.jit.save} writes them.
 */
final class TorchScriptArchive {

    private TorchScriptArchive() {
    }

    /**
     * @param file      the archive to write
     * @param className the module's class, a Python identifier
     * @param code      TorchScript source of {@code class NAME(Module): ...} as serialised code (types spelled out)
     */
    static void write(Path file, String className, String code) throws IOException {
        if (!className.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a class name: " + className);
        }
        String root = "archive/";
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, root + "data.pkl", modulePickle(className));
            put(zip, root + "code/__torch__.py", code.getBytes(StandardCharsets.UTF_8));
            put(zip, root + "constants.pkl", new byte[] {(byte) 0x80, 2, ')', '.'});
            put(zip, root + "version", "3\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** PROTO 2, GLOBAL '__torch__ NAME', NEWOBJ of (), BUILD with {'training': False}, STOP. */
    private static byte[] modulePickle(String className) throws IOException {
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        p.write(new byte[] {(byte) 0x80, 2});
        p.write(("c__torch__\n" + className + "\nq\0)").getBytes(StandardCharsets.US_ASCII));
        p.write(0x81);
        p.write("}(X".getBytes(StandardCharsets.US_ASCII));
        p.write(new byte[] {8, 0, 0, 0});
        p.write("training".getBytes(StandardCharsets.US_ASCII));
        p.write(0x89);
        p.write("ub.".getBytes(StandardCharsets.US_ASCII));
        return p.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(data.length);
        e.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }
}
