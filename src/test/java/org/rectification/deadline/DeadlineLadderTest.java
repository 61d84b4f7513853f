package org.rectification.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The ladder on the calendar files the app ships (2018 to 2026), without the tests' extra years. */
class DeadlineLadderTest {

	final DeadlineLadder ladder = new DeadlineLadder(
			new WorkingDayCalendar("classpath:calendar/", new PathMatchingResourcePatternResolver()),
			new DeadlineProperties(null, null, null, null));

	@Test
	void shouldMoveAMadeUpDeadlineBackUntilItsSevereThresholdIsOnFile() {
		// Ten working days after 12/17 is 12/31; after 12/18 it would be in 2027, which is not on file.
		assertThat(ladder.countableDeadline(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2026, 12, 17));
		assertThat(ladder.countableDeadline(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(ladder.datesFor(LocalDate.of(2026, 12, 17)).severeFrom()).isEqualTo(LocalDate.of(2026, 12, 31));
	}

}
