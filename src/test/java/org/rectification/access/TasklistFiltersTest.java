package org.rectification.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;
import org.rectification.support.H2Test;
import org.rectification.support.Http;
import org.rectification.support.Plans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each role finds its own Tasklist filters, and only those; a unit's filter lists only its unit's work. */
@H2Test
class TasklistFiltersTest {

	@LocalServerPort
	int port;

	@Autowired
	AccessSetup accessSetup;

	@Autowired
	FilterService filterService;

	@Autowired
	TaskService taskService;

	@Test
	void shouldShareEachFilterOnlyWithTheGroupsThatNeedIt() {
		assertThat(filters("syzx1")).containsExactlyInAnyOrder(TasklistFilters.MY_TASKS, TasklistFilters.UNIT_TASKS,
				TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE, TasklistFilters.PROGRESS_REPORTS);
		assertThat(filters("office1")).contains(TasklistFilters.MY_TASKS, TasklistFilters.TO_REVIEW,
				TasklistFilters.IMPORT_PLAN, TasklistFilters.PROGRESS_DIGEST).doesNotContain(TasklistFilters.TO_SIGN_OFF, TasklistFilters.APPROVE_PLAN,
						TasklistFilters.ESCALATIONS, TasklistFilters.DECIDE_EXTENSION);
		assertThat(filters("leader2")).containsExactlyInAnyOrder(TasklistFilters.MY_TASKS, TasklistFilters.TO_SIGN_OFF,
				TasklistFilters.APPROVE_PLAN, TasklistFilters.ESCALATIONS, TasklistFilters.DECIDE_EXTENSION);
		assertThat(filters("secretary")).containsExactlyInAnyOrder(TasklistFilters.MY_TASKS, TasklistFilters.APPROVE_PLAN,
				TasklistFilters.ESCALATIONS);
	}

	@Test
	void shouldNotDuplicateFiltersOnRestart() {
		accessSetup.run(null);
		accessSetup.run(null);

		assertThat(filters("admin")).filteredOn(TasklistFilters.UNIT_TASKS::equals).hasSize(1);
	}

	@Test
	void shouldLeaveAPersonalFilterOfTheSameNameAlone() {
		Filter personal = filterService.newTaskFilter(TasklistFilters.TO_REVIEW);
		personal.setOwner("admin");
		personal.setQuery(taskService.createTaskQuery().taskAssignee("admin"));
		personal = filterService.saveFilter(personal);
		try {
			accessSetup.run(null);

			Filter after = filterService.getFilter(personal.getId());
			assertThat(((TaskQueryImpl) after.getQuery()).getAssignee()).isEqualTo("admin");
			assertThat(after.getProperties() == null ? Map.of() : after.getProperties()).doesNotContainKey("managedBy");
			assertThat(filters("office1")).filteredOn(TasklistFilters.TO_REVIEW::equals).hasSize(1);
		}
		finally {
			filterService.deleteFilter(personal.getId());
		}
	}

	@Test
	void shouldListOnlyTheUnitsOwnTasksInItsUnitFilter() {
		Http.basic(port, "admin").post("/api/rounds", Plans.round("过滤器测试 " + UUID.randomUUID(),
				List.of(Plans.measure("1-1", "限期整改", "leader2", "school-hql", "school-hxz"))));
		Http tasklist = Http.tasklistSession(port, "hql1");
		String filterId = filterId(tasklist, TasklistFilters.UNIT_TASKS);

		JsonNode tasks = tasklist.post("/camunda/api/engine/engine/default/filter/" + filterId + "/list?maxResults=100",
				Map.of()).json();

		assertThat(tasks).isNotEmpty();
		tasks.forEach(t -> assertThat(t.get("name").asText()).endsWith("· 红旗路小学"));
	}

	private List<String> filters(String user) {
		Http http = user.equals("admin") ? Http.basic(port, "admin") : Http.tasklistSession(port, user);
		String path = user.equals("admin") ? "/engine-rest/filter?maxResults=100" : "/camunda/api/engine/engine/default/filter?maxResults=100";
		List<String> names = new ArrayList<>();
		http.get(path).json().forEach(f -> names.add(f.get("name").asText()));
		return names;
	}

	private static String filterId(Http http, String name) {
		for (JsonNode filter : http.get("/camunda/api/engine/engine/default/filter?maxResults=100").json()) {
			if (filter.get("name").asText().equals(name)) {
				return filter.get("id").asText();
			}
		}
		throw new AssertionError("No filter " + name);
	}

}
