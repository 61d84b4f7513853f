package org.rectification.reporting.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The engine reads the daily cron in the JVM's zone; 08:30 in the bureau must stay 08:30 there. */
class ReportingScheduleTest {

	@Test
	void shouldFireAtTheBureausRemindAtWhateverTheJvmsZone() {
		ZoneId shanghai = ZoneId.of("Asia/Shanghai");
		assertThat(ReportingSchedule.dailyCron(LocalTime.of(8, 30), shanghai, shanghai)).isEqualTo("0 30 8 * * ?");
		assertThat(ReportingSchedule.dailyCron(LocalTime.of(8, 30), shanghai, ZoneId.of("UTC"))).isEqualTo("0 30 0 * * ?");
		assertThat(ReportingSchedule.dailyCron(LocalTime.of(8, 30), shanghai, ZoneId.of("Asia/Kolkata"))).isEqualTo("0 0 6 * * ?");
	}

}
