package org.rectification.orgchart;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The units of the org chart as the ledger knows them (table org_unit). */
@Repository
public class Units {

	private final JdbcClient jdbc;

	Units(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Unit> find(String id) {
		return jdbc.sql("SELECT id, name, kind, sort_order, active FROM org_unit WHERE id = ?")
			.param(id)
			.query(Unit.class)
			.optional();
	}

	public List<Unit> findAll() {
		return jdbc.sql("SELECT id, name, kind, sort_order, active FROM org_unit ORDER BY sort_order, id")
			.query(Unit.class)
			.list();
	}

	void save(Unit unit) {
		int updated = jdbc.sql("UPDATE org_unit SET name = ?, kind = ?, sort_order = ?, active = ? WHERE id = ?")
			.params(unit.name(), unit.kind().name(), unit.sortOrder(), unit.active(), unit.id())
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO org_unit (id, name, kind, sort_order, active) VALUES (?, ?, ?, ?, ?)")
				.params(unit.id(), unit.name(), unit.kind().name(), unit.sortOrder(), unit.active())
				.update();
		}
	}

	void deactivateAllExcept(List<String> ids) {
		jdbc.sql("SELECT id FROM org_unit WHERE active = TRUE").query(String.class).list().stream()
			.filter(id -> !ids.contains(id))
			.forEach(id -> jdbc.sql("UPDATE org_unit SET active = FALSE WHERE id = ?").param(id).update());
	}

}
