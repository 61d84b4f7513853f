package org.rectification.orgchart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Every problem of an org file is listed at once, whatever is missing. */
class OrgFileTest {

	@Test
	void shouldListMissingIdsAndBadIdsWithoutFailing() {
		OrgFile file = new OrgFile(1,
				List.of(new OrgFile.UnitEntry(null, "无编号单位", UnitKind.SCHOOL),
						new OrgFile.UnitEntry("school 1", "带空格", UnitKind.SCHOOL),
						new OrgFile.UnitEntry("school-a", "甲校", null)),
				List.of(new OrgFile.RoleEntry(null, "无编号角色"), new OrgFile.RoleEntry("role-office", "整改办")),
				List.of(new OrgFile.UserEntry("a b", "张三", "school-a", List.of("role-office"), null),
						new OrgFile.UserEntry("lisi", "李四", "school-x", List.of("role-nowhere"), null)));

		List<String> problems = file.problems();

		assertThat(problems).contains("unit null: id, name and kind are required",
				"unit school 1: id may contain only letters, digits, '-' and '_'",
				"unit school-a: id, name and kind are required", "role null: id and name are required",
				"role role-leader is missing", "user a b: id may contain only letters, digits, '-' and '_'",
				"user lisi: unit school-x is not in the file", "user lisi: role role-nowhere is not in the file");
	}

}
