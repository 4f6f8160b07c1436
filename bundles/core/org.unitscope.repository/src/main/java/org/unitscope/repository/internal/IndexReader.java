package org.unitscope.repository.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLStreamException;
import org.apache.felix.utils.repository.StaxParser;
import org.osgi.resource.Resource;
import org.unitscope.api.UnitscopeException;

/**
 * Reads an R5 repository index ({@code index.xml}, gzip'd or not: told by its first bytes) with Felix's parser.
 * Relative content URLs are resolved against the index's own URL. Only this one index is read: referrals to other
 * indexes are not followed.
 */
final class IndexReader {
    private IndexReader() {
    }

    static List<Resource> read(URI index) {
        try (InputStream in = open(index)) {
            return StaxParser.parse(index, in).resources.stream().map(r -> (Resource) r).toList();
        } catch (IOException e) {
            throw new UnitscopeException("cannot read repository index " + index + ": " + e, e);
        } catch (XMLStreamException | IllegalStateException e) {
            throw new UnitscopeException("not an OSGi repository index (R5 index.xml): " + index + ": " + message(e), e);
        }
    }

    private static InputStream open(URI uri) throws IOException {
        InputStream in = new BufferedInputStream(UrlContent.open(uri));
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in) : in;
    }

    private static String message(Exception e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            sb.append(": ").append(t.getMessage());
        }
        return sb.toString();
    }
}
