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
						new OrgFile.UserEntry("lisi", "李四", "school-x", List.of("role-nowhere"), null)),
				List.of(new OrgFile.UnitSetEntry("全体学校", List.of("school-a")),
						new OrgFile.UnitSetEntry("全体中学", List.of("school-x")), new OrgFile.UnitSetEntry("空集合", null)));

		List<String> problems = file.problems();

		assertThat(problems).contains("unit set 全体学校: duplicate name (全体学校 and 全体股室 are built in)",
				"unit set 全体中学: unit school-x is not a department or school of the file",
				"unit set 空集合: name and at least one unit are required","unit null: id, name and kind are required",
				"unit school 1: id may contain only letters, digits, '-' and '_'",
				"unit school-a: id, name and kind are required", "role null: id and name are required",
				"role role-leader is missing", "user a b: id may contain only letters, digits, '-' and '_'",
				"user lisi: unit school-x is not in the file", "user lisi: role role-nowhere is not in the file");
	}

}
