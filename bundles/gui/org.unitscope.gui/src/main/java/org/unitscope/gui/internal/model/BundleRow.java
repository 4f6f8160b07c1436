package org.unitscope.gui.internal.model;

/** One bundle of the running framework, as the plugins view lists it. */
public record BundleRow(long id, String symbolicName, String version, String state, String location) {
}
