package org.rectification.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
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

	/**
	 * A date a form or client submitted: form-js date pickers send yyyy-MM-dd; a timestamp means that instant
	 * in the bureau. {@code null} for an empty value.
	 *
	 * @throws DateTimeParseException when the text is no date
	 */
	public LocalDate date(Object value) {
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof Date date) {
			return date.toInstant().atZone(zone).toLocalDate();
		}
		String text = value == null ? "" : value.toString().strip();
		if (text.isEmpty()) {
			return null;
		}
		return text.length() == 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDate();
	}

}
