package org.rectification.orgchart;

/** What sort of unit a group of the org chart is. Departments and schools can be responsible for measures. */
public enum UnitKind {

	DEPARTMENT("股室"), SCHOOL("学校"), LEADERSHIP("局领导");

	private final String label;

	UnitKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean canBeResponsible() {
		return this != LEADERSHIP;
	}

}
