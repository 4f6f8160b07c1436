package org.unitscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportedPackagesTest {

    @Test
    void namesComeFromEveryClauseIgnoringAttributesAndQuotedLists() {
        String header = "org.unitscope.api;version=\"1.1.0\",org.unitscope.api.metric;version=\"1.2.0\";"
                + "uses:=\"org.unitscope.api,org.unitscope.api.stimulus\",a.b;c.d;version=1";
        assertThat(ExportedPackages.of(header)).containsExactly("org.unitscope.api", "org.unitscope.api.metric", "a.b", "c.d");
    }

    @Test
    void noHeaderExportsNothing() {
        assertThat(ExportedPackages.of(null)).isEmpty();
    }
}
