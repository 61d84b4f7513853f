package org.rectification.system;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The time of the business: the engine's clock (so tests that move the engine clock move the ledger too)
 * in the bureau's time zone.
 */
@Component
public class BusinessClock {

	private final ZoneId zone;

	BusinessClock(@Value("${rectification.zone}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	public OffsetDateTime now() {
		return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
	}

	public LocalDate today() {
		return now().toLocalDate();
	}

	public ZoneId zone() {
		return zone;
	}

}
