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

	private final Listing listing;

	DemoLogins(@Value("${rectification.org.initial-password:}") String initialPassword) {
		try (InputStream in = new ClassPathResource("demo/logins.yml").getInputStream()) {
			List<Login> logins = new YAMLMapper().readValue(in, new TypeReference<>() {
			});
			this.listing = new Listing(initialPassword.isBlank() ? null : initialPassword, logins);
		}
		catch (IOException e) {
			throw new UncheckedIOException("demo/logins.yml is unreadable", e);
		}
	}

	@GetMapping("/demo/logins")
	Listing logins() {
		return listing;
	}

	record Listing(String password, List<Login> logins) {
	}

	record Login(List<String> logins, String who, String sees) {
	}

}
