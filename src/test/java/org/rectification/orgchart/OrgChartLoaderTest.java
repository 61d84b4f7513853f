package org.rectification.orgchart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectification.support.H2Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Loading the org file is idempotent, applies changes, and refuses a broken file as a whole. */
@H2Test
class OrgChartLoaderTest {

	static final String DEMO = "classpath:org/demo-org.yml";

	@Autowired
	OrgChartLoader loader;

	@Autowired
	IdentityService identityService;

	@Autowired
	Units units;

	@Autowired
	UnitSets unitSets;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@AfterEach
	void restoreDemoOrg() throws IOException {
		loader.load(DEMO);
	}

	@Test
	void shouldNotDuplicateAnythingWhenLoadedAgain() throws IOException {
		long users = identityService.createUserQuery().count();
		long groups = identityService.createGroupQuery().count();
		long memberships = memberships();
		int unitRows = units.findAll().size();

		loader.load(DEMO);
		loader.load(DEMO);

		assertThat(identityService.createUserQuery().count()).isEqualTo(users);
		assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
		assertThat(memberships()).isEqualTo(memberships);
		assertThat(units.findAll()).hasSize(unitRows);
		assertThat(units.findAll()).filteredOn(u -> u.kind() == UnitKind.DEPARTMENT).hasSizeGreaterThanOrEqualTo(8);
		assertThat(units.findAll()).filteredOn(u -> u.kind() == UnitKind.SCHOOL).hasSizeGreaterThanOrEqualTo(20);
		for (String role : Roles.ALL) {
			assertThat(identityService.createUserQuery().memberOfGroup(role).count()).as(role).isPositive();
		}
	}

	@Test
	void shouldEveryUserBelongToExactlyOneUnit() {
		for (var user : identityService.createUserQuery().list()) {
			if (user.getId().equals("admin")) {
				continue;
			}
			long unitGroups = identityService.createGroupQuery().groupMember(user.getId()).list().stream()
				.filter(g -> units.find(g.getId()).isPresent())
				.count();
			assertThat(unitGroups).as(user.getId()).isEqualTo(1);
		}
	}

	@Test
	void shouldApplyRenamesNewUsersRoleChangesAndRemovedUnits() throws IOException {
		String changed = demo()
			.replace("name: 实验中学", "name: 市实验中学")
			.replace("roles: [role-leader, role-leading-group]\n    email: leader3@", "roles: [role-leader]\n    email: leader3@")
			.replace("  - id: school-yey2\n    name: 第二幼儿园\n    kind: SCHOOL\n", "")
			.replace("  - id: yey21\n", "  - id: yey21-moved\n")
			.replace("unit: school-yey2", "unit: school-yey1")
			.replace("units: [school-yey1, school-yey2]", "units: [school-yey1]")
			+ "  - id: newcomer1\n    name: 新同事\n    unit: school-syzx\n";

		loader.load(write(changed));

		assertThat(units.find("school-syzx").orElseThrow().name()).isEqualTo("市实验中学");
		assertThat(identityService.createGroupQuery().groupId("school-syzx").singleResult().getName()).isEqualTo("市实验中学");
		assertThat(identityService.createUserQuery().userId("newcomer1").memberOfGroup("school-syzx").count()).isEqualTo(1);
		assertThat(identityService.createUserQuery().userId("leader3").memberOfGroup("role-leading-group").count()).isZero();
		assertThat(identityService.createUserQuery().userId("leader3").memberOfGroup("role-leader").count()).isEqualTo(1);
		assertThat(units.find("school-yey2").orElseThrow().active()).isFalse();
		assertThat(unitSets.expand("全体幼儿园").orElseThrow()).extracting(Unit::id).containsExactly("school-yey1");
		assertThat(unitSets.expand("全体学校").orElseThrow()).extracting(Unit::id).doesNotContain("school-yey2");
	}

	@Test
	void shouldRefuseABrokenFileListingEveryProblemAndChangeNothing() throws IOException {
		String broken = demo()
			.replace("version: 1", "version: 2")
			.replace("unit: school-syzx", "unit: school-nowhere")
			.replace("name: 实验小学", "name: 改名不应生效");

		assertThatThrownBy(() -> loader.load(write(broken)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("version must be 1")
			.hasMessageContaining("unit school-nowhere is not in the file");
		assertThat(units.find("school-syxx").orElseThrow().name()).isEqualTo("实验小学");
	}

	private long memberships() {
		return jdbc.sql("SELECT COUNT(*) FROM ACT_ID_MEMBERSHIP").query(Long.class).single();
	}

	private String demo() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/org/demo-org.yml")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private String write(String content) throws IOException {
		Path file = dir.resolve("org.yml");
		Files.writeString(file, content);
		return file.toUri().toString();
	}

}
