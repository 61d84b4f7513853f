package org.rectification.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.rectification.ledger.Rounds;
import org.rectification.ledger.UnitTask;
import org.rectification.ledger.UnitTaskState;
import org.rectification.ledger.UnitTasks;
import org.rectification.support.DemoTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The first start of the default profile gives a round with items in every state, once. */
@DemoTest
class DemoRoundTest {

	@Autowired
	DemoRound demoRound;

	@Autowired
	Rounds rounds;

	@Autowired
	UnitTasks unitTasks;

	@Test
	void shouldCreateOneRoundWithItemsInSeveralStates() {
		assertThat(demoRounds()).hasSize(1);
		List<UnitTask> tasks = unitTasks.list(demoRounds().get(0).id(), null, null);
		Set<UnitTaskState> states = tasks.stream().map(UnitTask::state).collect(Collectors.toSet());

		assertThat(states).contains(UnitTaskState.IN_PROGRESS, UnitTaskState.RETURNED, UnitTaskState.AWAITING_SIGN_OFF,
				UnitTaskState.SIGNED_OFF, UnitTaskState.LONG_TERM_KEPT);
		assertThat(tasks).allSatisfy(t -> assertThat(t.processInstanceId()).isNotNull());
	}

	@Test
	void shouldNotCreateTheDemoAgainOnRestart() {
		demoRound.run(null);

		assertThat(demoRounds()).hasSize(1);
	}

	/** The demo's round; browser tests in the same context register rounds of their own. */
	private List<org.rectification.ledger.InspectionRound> demoRounds() {
		return rounds.findAllRounds().stream().filter(r -> r.name().equals("区委第一巡察组常规巡察反馈问题整改")).toList();
	}

}
