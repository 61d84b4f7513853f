package org.rectification.lookback;

import org.rectification.support.H2Test;
import org.springframework.test.context.TestPropertySource;

/** On a database of its own: only this context may execute its timers while the clock is moved. */
@H2Test
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:long-term;DB_CLOSE_DELAY=-1")
class LongTermH2Test extends LongTermScenarios {
}
