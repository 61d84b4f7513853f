package org.rectification.support;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine clock as the scenarios move it: a day and a time in the bureau's zone. The clock is shared by every
 * app context in the JVM; reset it after each test ({@code ClockUtil.reset()}).
 */
public final class EngineClock {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private EngineClock() {
	}

	public static void at(LocalDate day, int hour, int minute) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant()));
	}

	/** The engine's today in the bureau's zone. */
	public static LocalDate today() {
		return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
	}

	/** Gives the job executor time to do what it should not, before asserting that it did not. */
	public static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
