package org.rectification.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

/** The start page's listing says whether the demo is still being played, and what to log in with. */
class DemoLoginsTest {

	@Test
	void shouldSayWhetherTheDemoIsBeingPlayedCompleteOrInterrupted() {
		DemoRound demo = mock(DemoRound.class);
		DemoLogins logins = new DemoLogins(demo, "demo");

		for (DemoRound.Status status : DemoRound.Status.values()) {
			when(demo.status()).thenReturn(status);
			assertThat(logins.logins().status()).isEqualTo(status);
		}
		assertThat(logins.logins().logins()).extracting(DemoLogins.Login::logins).contains(java.util.List.of("office1", "office2"));
	}

	@Test
	void shouldNotShowAPasswordWhenUsersGetRandomOnes() {
		assertThat(new DemoLogins(mock(DemoRound.class), "").logins().password()).isNull();
	}

}
