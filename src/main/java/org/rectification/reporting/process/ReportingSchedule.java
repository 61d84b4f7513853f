package org.rectification.reporting.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.rectification.deadline.DeadlineLadder;
import org.rectification.system.BusinessClock;
import org.springframework.stereotype.Component;

/** When the timer start event of progress-reporting fires: daily at remind-at (08:30) in the bureau's zone. */
@Component("reportingSchedule")
public class ReportingSchedule {

	private final DeadlineLadder ladder;

	private final BusinessClock clock;

	ReportingSchedule(DeadlineLadder ladder, BusinessClock clock) {
		this.ladder = ladder;
		this.clock = clock;
	}

	/** The engine reads cron in the JVM's zone; the bureau's remind-at is turned into that zone's hour and minute. */
	public String getDailyCron() {
		return dailyCron(ladder.remindAt(), clock.zone(), ZoneId.systemDefault());
	}

	static String dailyCron(LocalTime remindAt, ZoneId bureau, ZoneId jvm) {
		ZonedDateTime local = ZonedDateTime.of(LocalDate.now(bureau), remindAt, bureau).withZoneSameInstant(jvm);
		return "0 " + local.getMinute() + " " + local.getHour() + " * * ?";
	}

}
