package org.unitscope.djl;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over a block's parameter names, shapes and values: the "model hash" of a run manifest. */
public final class ParameterDigest {
    private ParameterDigest() {
    }

    public static String sha256(Block block) {
        return DjlRuntime.call(() -> {
            MessageDigest md = sha();
            for (Pair<String, Parameter> p : block.getParameters()) {
                md.update(p.getKey().getBytes(StandardCharsets.UTF_8));
                md.update(p.getValue().getArray().getShape().toString().getBytes(StandardCharsets.UTF_8));
                md.update(p.getValue().getArray().toByteArray());
            }
            return HexFormat.of().formatHex(md.digest());
        });
    }

    static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
