package org.unitscope.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packages of the stable-layer jars (DJL, its PyTorch engine, Gson) that the system bundle exports to
 * bundles, read from the jars themselves so a DJL upgrade needs no hand-kept list. Jars that are already
 * bundles keep their own export versions; the others get the version in their file name.
 */
final class SystemPackages {
    private static final Pattern VERSION = Pattern.compile("-(\\d+(\\.\\d+){0,2})[.-]");
    /** Framework and launcher: not exported as libraries. */
    private static final Set<String> SKIP = Set.of("org.apache.felix.framework", "unitscope-launcher");

    private SystemPackages() {
    }

    static String exports(List<Path> jars) throws IOException {
        TreeMap<String, String> packages = new TreeMap<>();
        for (Path jar : jars) {
            String name = jar.getFileName().toString();
            if (SKIP.stream().anyMatch(name::startsWith)) {
                continue;
            }
            String version = versionOf(name);
            try (JarFile f = new JarFile(jar.toFile())) {
                Attributes main = f.getManifest() == null ? null : f.getManifest().getMainAttributes();
                String bundleVersion = main == null ? null : main.getValue("Bundle-Version");
                if (bundleVersion != null) {
                    version = osgiVersion(bundleVersion);
                }
                for (String pkg : classPackages(f)) {
                    packages.putIfAbsent(pkg, version);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        packages.forEach((p, v) -> sb.append(sb.length() == 0 ? "" : ",").append(p).append(";version=").append(v));
        return sb.toString();
    }

    private static Set<String> classPackages(JarFile f) {
        Set<String> out = new TreeSet<>();
        for (Enumeration<JarEntry> e = f.entries(); e.hasMoreElements();) {
            String n = e.nextElement().getName();
            if (n.endsWith(".class") && n.indexOf('/') > 0 && !n.startsWith("META-INF/")) {
                out.add(n.substring(0, n.lastIndexOf('/')).replace('/', '.'));
            }
        }
        return out;
    }

    static String versionOf(String fileName) {
        Matcher m = VERSION.matcher(fileName);
        String v = "0.0.0";
        while (m.find()) {
            v = m.group(1);
        }
        return osgiVersion(v);
    }

    private static String osgiVersion(String v) {
        String[] p = v.split("\\.");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            String part = i < p.length ? p[i].replaceAll("[^0-9].*", "") : "0";
            sb.append(i > 0 ? "." : "").append(part.isEmpty() ? "0" : part);
        }
        return sb.toString();
    }
}
