package org.rectification.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The ladder on the calendar files the app ships (2018 to 2026) and the provisional years after them. */
class DeadlineLadderTest {

	final DeadlineLadder ladder = new DeadlineLadder(
			new WorkingDayCalendar("classpath:calendar/", new PathMatchingResourcePatternResolver()),
			new DeadlineProperties(null, null, null, null));

	@Test
	void shouldCountThresholdsIntoTheProvisionalNextYear() {
		// 2027 is not published: its 元旦 (a Friday) is off by statute, its weekends too, and no 调休 is guessed.
		assertThat(ladder.datesFor(LocalDate.of(2026, 12, 28)).severeFrom()).isEqualTo(LocalDate.of(2027, 1, 12));
		assertThat(ladder.datesFor(LocalDate.of(2026, 12, 31)).overdueFrom()).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(ladder.datesFor(LocalDate.of(2026, 11, 30)).severeFrom()).isEqualTo(LocalDate.of(2026, 12, 14));
	}

}
