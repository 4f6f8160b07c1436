package org.unitscope.repository.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.osgi.resource.Resource;
import org.unitscope.api.UnitscopeException;

/**
 * Copies a resource's bundle from the URL its index gives into a staging folder, as {@code NAME-VERSION.jar}, and
 * checks it against the index: same SHA-256, same size. A mismatch is an error (a stale or tampered index).
 */
final class BundleDownload {
    private BundleDownload() {
    }

    static Path fetch(Resource r, Path staging) {
        ResourceIdentity id = ResourceIdentity.of(r);
        ResourceContent content = ResourceContent.of(r);
        Path file = staging.resolve(fileName(id));
        MessageDigest sha = sha256();
        try (InputStream in = UrlContent.open(content.url());
                OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UnitscopeException("cannot read " + id + " from " + content.url() + ": " + e, e);
        }
        String actual = HexFormat.of().formatHex(sha.digest());
        if (!actual.equals(content.sha256())) {
            throw new UnitscopeException(id + " at " + content.url() + " has SHA-256 " + actual + ", the index says "
                    + content.sha256() + ": the index is out of date or the file was changed");
        }
        try {
            long size = Files.size(file);
            if (content.size() >= 0 && size != content.size()) {
                throw new UnitscopeException(id + " at " + content.url() + " has " + size + " bytes, the index says " + content.size());
            }
        } catch (IOException e) {
            throw new UnitscopeException("cannot read the staged copy of " + id + ": " + e, e);
        }
        return file;
    }

    static String fileName(ResourceIdentity id) {
        return id.name().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + id.version() + ".jar";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
