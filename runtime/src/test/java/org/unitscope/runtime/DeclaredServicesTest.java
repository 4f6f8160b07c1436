package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclaredServicesTest {

    @TempDir
    Path dir;

    @Test
    void countsEnabledComponentsPerProvidedInterface() throws Exception {
        Path xml = dir.resolve("c.xml");
        Files.writeString(xml, """
                <components xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0">
                  <scr:component name="a"><service><provide interface="x.Metric"/><provide interface="x.Named"/></service>
                    <implementation class="A"/></scr:component>
                  <scr:component name="b" enabled="false"><service><provide interface="x.Metric"/></service>
                    <implementation class="B"/></scr:component>
                  <scr:component name="c" factory="f"><service><provide interface="x.Metric"/></service>
                    <implementation class="C"/></scr:component>
                  <scr:component name="d"><implementation class="D"/></scr:component>
                </components>
                """);
        assertThat(DeclaredServices.provided(xml.toUri().toURL())).containsExactly("x.Metric", "x.Named");
    }
}
