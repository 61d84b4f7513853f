package org.rectification.orgchart;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Names a plan may give instead of listing units one by one: 全体学校 (every school), 全体股室 (every department)
 * and the sets the org file defines (e.g. 全体中学). A set expands to its active units, in org-chart order.
 */
@Repository
public class UnitSets {

	public static final String ALL_SCHOOLS = "全体学校";

	public static final String ALL_DEPARTMENTS = "全体股室";

	static final Set<String> BUILT_IN = Set.of(ALL_SCHOOLS, ALL_DEPARTMENTS);

	private final JdbcClient jdbc;

	UnitSets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The active units of the named set, or empty when no set has that name. */
	public Optional<List<Unit>> expand(String name) {
		String kind = switch (name) {
			case ALL_SCHOOLS -> UnitKind.SCHOOL.name();
			case ALL_DEPARTMENTS -> UnitKind.DEPARTMENT.name();
			default -> null;
		};
		if (kind != null) {
			return Optional.of(jdbc.sql("""
					SELECT id, name, kind, sort_order, active FROM org_unit WHERE kind = ? AND active = TRUE
					ORDER BY sort_order, id""").param(kind).query(Unit.class).list());
		}
		boolean known = jdbc.sql("SELECT COUNT(*) FROM unit_set_member WHERE set_name = ?")
			.param(name)
			.query(Integer.class)
			.single() > 0;
		if (!known) {
			return Optional.empty();
		}
		return Optional.of(jdbc.sql("""
				SELECT u.id, u.name, u.kind, u.sort_order, u.active FROM unit_set_member s
				JOIN org_unit u ON u.id = s.unit_id WHERE s.set_name = ? AND u.active = TRUE
				ORDER BY u.sort_order, u.id""").param(name).query(Unit.class).list());
	}

	/** The built-in sets, then the org file's. */
	public List<String> names() {
		List<String> names = new java.util.ArrayList<>(List.of(ALL_SCHOOLS, ALL_DEPARTMENTS));
		names.addAll(jdbc.sql("SELECT DISTINCT set_name FROM unit_set_member ORDER BY set_name").query(String.class).list());
		return names;
	}

	/** Makes the org file's sets exactly the stored ones. */
	void replaceAll(Map<String, List<String>> sets) {
		jdbc.sql("DELETE FROM unit_set_member").update();
		sets.forEach((name, unitIds) -> unitIds.stream()
			.distinct()
			.forEach(unit -> jdbc.sql("INSERT INTO unit_set_member (set_name, unit_id) VALUES (?, ?)")
				.params(name, unit)
				.update()));
	}

}
