package org.rectification.orgchart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The org chart as written in the versioned org file (docs/org-chart.md describes the format).
 * {@link #problems()} lists everything wrong with it at once.
 */
record OrgFile(Integer version, List<UnitEntry> units, List<RoleEntry> roles, List<UserEntry> users,
		List<UnitSetEntry> unitSets) {

	static final int CURRENT_VERSION = 1;

	/** Ids become Camunda group and user ids. */
	static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_-]*");

	record UnitEntry(String id, String name, UnitKind kind) {
	}

	record RoleEntry(String id, String name) {
	}

	/** A named set of units a plan may name as responsible, e.g. 全体中学. */
	record UnitSetEntry(String name, List<String> units) {

		List<String> unitIds() {
			return units == null ? List.of() : units;
		}

	}

	record UserEntry(String id, String name, String unit, List<String> roles, String email) {

		List<String> roleIds() {
			return roles == null ? List.of() : roles;
		}

	}

	List<UnitEntry> unitList() {
		return units == null ? List.of() : units;
	}

	List<RoleEntry> roleList() {
		return roles == null ? List.of() : roles;
	}

	List<UserEntry> userList() {
		return users == null ? List.of() : users;
	}

	List<UnitSetEntry> unitSetList() {
		return unitSets == null ? List.of() : unitSets;
	}

	List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (version == null || version != CURRENT_VERSION) {
			problems.add("version must be " + CURRENT_VERSION + " (found " + version + ")");
		}
		Set<String> groupIds = new HashSet<>();
		for (UnitEntry unit : unitList()) {
			if (blank(unit.id()) || blank(unit.name()) || unit.kind() == null) {
				problems.add("unit " + unit.id() + ": id, name and kind are required");
			}
			else if (!ID.matcher(unit.id()).matches()) {
				problems.add("unit " + unit.id() + ": id may contain only letters, digits, '-' and '_'");
			}
			else if (!groupIds.add(unit.id())) {
				problems.add("unit " + unit.id() + ": duplicate id");
			}
		}
		for (RoleEntry role : roleList()) {
			if (blank(role.id()) || blank(role.name())) {
				problems.add("role " + role.id() + ": id and name are required");
			}
			else if (!Roles.ALL.contains(role.id())) {
				problems.add("role " + role.id() + ": unknown role, expected one of " + Roles.ALL);
			}
			else if (!groupIds.add(role.id())) {
				problems.add("role " + role.id() + ": duplicate id");
			}
		}
		for (String required : Roles.ALL) {
			if (roleList().stream().noneMatch(r -> required.equals(r.id()))) {
				problems.add("role " + required + " is missing");
			}
		}
		Set<String> userIds = new HashSet<>();
		for (UserEntry user : userList()) {
			if (blank(user.id()) || blank(user.name())) {
				problems.add("user " + user.id() + ": id and name are required");
				continue;
			}
			if (!ID.matcher(user.id()).matches()) {
				problems.add("user " + user.id() + ": id may contain only letters, digits, '-' and '_'");
			}
			if (!userIds.add(user.id())) {
				problems.add("user " + user.id() + ": duplicate id");
			}
			if (unitList().stream().noneMatch(u -> u.id() != null && u.id().equals(user.unit()))) {
				problems.add("user " + user.id() + ": unit " + user.unit() + " is not in the file");
			}
			for (String role : user.roleIds()) {
				if (roleList().stream().noneMatch(r -> r.id() != null && r.id().equals(role))) {
					problems.add("user " + user.id() + ": role " + role + " is not in the file");
				}
			}
		}
		Set<String> setNames = new HashSet<>();
		for (UnitSetEntry set : unitSetList()) {
			if (blank(set.name()) || set.unitIds().isEmpty()) {
				problems.add("unit set " + set.name() + ": name and at least one unit are required");
				continue;
			}
			if (!setNames.add(set.name().strip()) || UnitSets.BUILT_IN.contains(set.name().strip())) {
				problems.add("unit set " + set.name() + ": duplicate name (全体学校 and 全体股室 are built in)");
			}
			if (unitList().stream().anyMatch(u -> set.name().strip().equals(u.name()))) {
				problems.add("unit set " + set.name() + ": a unit has the same name");
			}
			for (String unit : set.unitIds()) {
				if (unitList().stream().noneMatch(u -> unit.equals(u.id()) && u.kind() != null && u.kind().canBeResponsible())) {
					problems.add("unit set " + set.name() + ": unit " + unit + " is not a department or school of the file");
				}
			}
		}
		return problems;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
