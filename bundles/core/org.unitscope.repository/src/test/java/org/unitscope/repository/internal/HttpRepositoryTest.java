package org.unitscope.repository.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.resource.Resource;
import org.unitscope.api.UnitscopeException;

/** A repository served over HTTP (a server on the loopback address): the index, gzip'd, and a bundle it points at. */
class HttpRepositoryTest {
    private static final byte[] JAR = "not the bytes the index hashed".getBytes();
    private HttpServer server;
    private URI base;

    @BeforeEach
    void serveTheFixture() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/repo/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = path.endsWith("index.xml.gz") ? Files.readAllBytes(Fixture.folder().resolve("index.xml.gz"))
                    : path.endsWith("lib.math-1.0.0.jar") ? JAR : null;
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        base = URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/repo/");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void anIndexAndItsBundlesAreReadFromAWebAddressWithRelativeUrlsResolvedAgainstIt() throws Exception {
        List<Resource> resources = IndexReader.read(IndexLocation.of(base.resolve("index.xml.gz").toString(), Path.of("/")));
        IndexRepository repo = new IndexRepository(resources);
        Resource math = Fixture.named(repo, "lib.math", "1.0.0");
        assertThat(ResourceContent.of(math).url()).isEqualTo(base.resolve("jars/lib.math-1.0.0.jar"));
        String served = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(JAR));
        // the fixture's index holds a made-up hash, so the bytes that did arrive over HTTP are refused by theirs
        assertThatThrownBy(() -> BundleDownload.fetch(math, Files.createTempDirectory("staging")))
                .isInstanceOf(UnitscopeException.class).hasMessageContaining("has SHA-256 " + served);
    }

    @Test
    void aMissingWebIndexIsNamed() {
        URI missing = base.resolve("nothing/index.xml");
        assertThatThrownBy(() -> IndexReader.read(missing)).isInstanceOf(UnitscopeException.class)
                .hasMessageContaining("cannot read repository index " + missing);
    }
}
