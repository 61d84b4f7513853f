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
		assertThat(rounds.findAllRounds()).hasSize(1);
		List<UnitTask> tasks = unitTasks.list(rounds.findAllRounds().get(0).id(), null, null);
		Set<UnitTaskState> states = tasks.stream().map(UnitTask::state).collect(Collectors.toSet());

		assertThat(states).contains(UnitTaskState.IN_PROGRESS, UnitTaskState.RETURNED, UnitTaskState.AWAITING_SIGN_OFF,
				UnitTaskState.SIGNED_OFF, UnitTaskState.LONG_TERM_KEPT);
		assertThat(tasks).allSatisfy(t -> assertThat(t.processInstanceId()).isNotNull());
	}

	@Test
	void shouldNotCreateTheDemoAgainOnRestart() {
		demoRound.run(null);

		assertThat(rounds.findAllRounds()).hasSize(1);
	}

}
