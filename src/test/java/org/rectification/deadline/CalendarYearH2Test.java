package org.rectification.deadline;

import org.rectification.support.H2Test;
import org.springframework.test.context.TestPropertySource;

/** On a database of its own: the uploaded year must not reach other contexts. */
@H2Test
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:calendar-years;DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false" })
class CalendarYearH2Test extends CalendarYearScenarios {
}
