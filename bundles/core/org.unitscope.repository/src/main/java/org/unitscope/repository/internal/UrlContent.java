package org.unitscope.repository.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;
import java.util.Locale;

/** Opens what a repository points at: {@code file:} URLs, or {@code http(s):} ones with time limits. */
final class UrlContent {
    static final int TIMEOUT_MS = 30_000;

    private UrlContent() {
    }

    static InputStream open(URI uri) throws IOException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("file") && !scheme.equals("http") && !scheme.equals("https")) {
            throw new IOException("only file:, http: and https: URLs are read, not " + uri);
        }
        URLConnection c = uri.toURL().openConnection();
        c.setConnectTimeout(TIMEOUT_MS);
        c.setReadTimeout(TIMEOUT_MS);
        return c.getInputStream();
    }
}
