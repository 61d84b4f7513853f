package org.rectification.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Which channels exist for which settings: none unless switched on, and none switched on half-configured. */
class NotificationChannelConfigurationTest {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(NotificationProperties.class)
	@Import({ EnabledChannels.class, MailChannel.class, RobotWebhookChannel.class })
	static class Channels {
	}

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class, RestClientAutoConfiguration.class,
				JacksonAutoConfiguration.class))
		.withUserConfiguration(Channels.class)
		.withBean(Recipients.class, () -> mock(Recipients.class));

	@Test
	void shouldEnableNoChannelWhenServersAreConfiguredButNotSwitchedOn() {
		runner.withPropertyValues("spring.mail.host=127.0.0.1", "rectification.notify.mail.from=noreply@edu.example.cn",
				"rectification.notify.webhook.url=http://127.0.0.1:9/robot/send")
			.run(context -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(NotificationChannel.class);
				assertThat(context.getBean(EnabledChannels.class).none()).isTrue();
			});
	}

	@Test
	void shouldEnableEachChannelSwitchedOn() {
		runner.withPropertyValues("spring.mail.host=127.0.0.1", "rectification.notify.mail.enabled=true",
				"rectification.notify.mail.from=巡察整改系统 <noreply@edu.example.cn>",
				"rectification.notify.webhook.enabled=true", "rectification.notify.webhook.url=http://127.0.0.1:9/robot/send",
				"rectification.notify.webhook.format=wecom")
			.run(context -> {
				assertThat(context.getBean(EnabledChannels.class).names()).containsExactlyInAnyOrder("mail", "webhook");
				assertThat(context.getBean(NotificationProperties.class).webhook().format()).isEqualTo(WebhookFormat.WECOM);
			});
	}

	@Test
	void shouldRefuseMailWithoutAServerOrASender() {
		runner.withPropertyValues("rectification.notify.mail.enabled=true", "rectification.notify.mail.from=noreply@edu.example.cn")
			.run(context -> assertThat(context).hasFailed().getFailure().rootCause()
				.hasMessageContaining("spring.mail.host"));
		runner.withPropertyValues("rectification.notify.mail.enabled=true", "spring.mail.host=127.0.0.1")
			.run(context -> assertThat(context).hasFailed().getFailure().rootCause()
				.hasMessageContaining("rectification.notify.mail.from"));
	}

	@Test
	void shouldRefuseAWebhookWithoutAnAddress() {
		runner.withPropertyValues("rectification.notify.webhook.enabled=true")
			.run(context -> assertThat(context).hasFailed().getFailure().rootCause()
				.hasMessageContaining("rectification.notify.webhook.url"));
	}

}
