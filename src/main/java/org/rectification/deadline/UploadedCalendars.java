package org.rectification.deadline;

import java.time.OffsetDateTime;
import java.util.List;

/** Where the calendar finds the years uploaded after start-up. */
interface UploadedCalendars {

	/** None: the shipped files alone. */
	UploadedCalendars NONE = new UploadedCalendars() {

		@Override
		public long revision() {
			return 0;
		}

		@Override
		public List<Stored> current() {
			return List.of();
		}

	};

	long revision();

	List<Stored> current();

	record Stored(CalendarFile file, int version, String uploadedBy, OffsetDateTime uploadedAt) {
	}

}
