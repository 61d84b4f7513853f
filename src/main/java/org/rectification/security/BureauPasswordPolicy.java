package org.rectification.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

/**
 * The password policy of every profile, enforced by the engine whenever a password is set (Admin, the welcome
 * page's profile, /engine-rest): at least {@value #MIN_LENGTH} characters, none of the user's id, names or email,
 * and not one of the common passwords that guessing scripts try first. Length beats composition rules: staff
 * may use a Chinese phrase or four words, which is easier to remember and harder to guess than "Passw0rd!".
 */
public final class BureauPasswordPolicy implements PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	private static final BureauPasswordPolicy INSTANCE = new BureauPasswordPolicy();

	private final List<PasswordPolicyRule> rules = List.of(new PasswordPolicyLengthRuleImpl(MIN_LENGTH),
			new PasswordPolicyUserDataRuleImpl(), new CommonPasswordRule(CommonPasswordRule.load()));

	private BureauPasswordPolicy() {
	}

	public static BureauPasswordPolicy get() {
		return INSTANCE;
	}

	@Override
	public List<PasswordPolicyRule> getRules() {
		return rules;
	}

	/** Whether a password configured for a seeded account (the administrator in production) passes the policy. */
	public boolean accepts(String password, User user) {
		return rules.stream().allMatch(rule -> rule.execute(password, user));
	}

	/** Not a password from the list of the most common ones (and the app's and Camunda's own defaults). */
	static final class CommonPasswordRule implements PasswordPolicyRule {

		/** Shown in Admin and on the welcome page through this key of their translations. */
		static final String PLACEHOLDER = "PASSWORD_POLICY_COMMON";

		private final Set<String> common;

		CommonPasswordRule(Set<String> common) {
			this.common = common;
		}

		@Override
		public String getPlaceholder() {
			return PLACEHOLDER;
		}

		@Override
		public Map<String, String> getParameters() {
			return null;
		}

		@Override
		public boolean execute(String candidatePassword) {
			return candidatePassword != null && !common.contains(candidatePassword.toLowerCase(Locale.ROOT).strip());
		}

		static Set<String> load() {
			Set<String> passwords = new HashSet<>();
			try (InputStream in = BureauPasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
				if (in == null) {
					throw new IllegalStateException("security/common-passwords.txt is missing");
				}
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					String password = line.strip();
					if (!password.isEmpty() && !password.startsWith("#")) {
						passwords.add(password.toLowerCase(Locale.ROOT));
					}
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return Set.copyOf(passwords);
		}

	}

}
