package org.rectification.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo logins the start page lists. Public on purpose, and only where the demo runs: without the demo the
 * path does not exist.
 */
@RestController
@ConditionalOnProperty(name = "rectification.demo.enabled", havingValue = "true")
class DemoLogins {

	private final DemoRound demo;

	private final String password;

	private final List<Login> logins;

	DemoLogins(DemoRound demo, @Value("${rectification.org.initial-password:}") String initialPassword) {
		this.demo = demo;
		this.password = initialPassword.isBlank() ? null : initialPassword;
		try (InputStream in = new ClassPathResource("demo/logins.yml").getInputStream()) {
			this.logins = new YAMLMapper().readValue(in, new TypeReference<>() {
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException("demo/logins.yml is unreadable", e);
		}
	}

	@GetMapping("/demo/logins")
	Listing logins() {
		return new Listing(demo.status(), password, logins);
	}

	/** @param status BUILDING while the first start still plays the demo (about a minute) */
	record Listing(DemoRound.Status status, String password, List<Login> logins) {
	}

	record Login(List<String> logins, String who, String sees) {
	}

}
