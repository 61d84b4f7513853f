package org.rectification.orgchart;

/** A department or school (or the bureau's leadership), mirrored as a Camunda group with the same id. */
public record Unit(String id, String name, UnitKind kind, int sortOrder, boolean active) {
}
