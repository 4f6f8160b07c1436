package org.unitscope.engine.internal;

/** Who is running: the unitscope version (the engine bundle's) recorded in every manifest. */
public record EngineInfo(String unitscopeVersion) {
}
