package org.rectification.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tasklist, Cockpit, Admin and the welcome page speak Chinese: our locales/zh.json of each app translates every
 * text of the webjar's en.json (the keys the app uses) with the same placeholders and markup, and our config.js
 * makes zh both an available locale and the fallback. A failure lists every key at fault.
 */
class WebappTranslationsTest {

	private static final String APP = "META-INF/resources/webjars/camunda/app/";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

	/** {{ placeholders }}, HTML tags (and Camunda's <null>), printf and {name} placeholders. */
	private static final Pattern MARKUP = Pattern.compile("\\{\\{[^}]*}}|<[^>]+>|%[sd]|\\{[a-zA-Z0-9_]+}");

	/** What English text may keep untranslated: product names and acronyms, HTML entities, addresses. */
	private static final Pattern KEPT = Pattern.compile(
			"\\b(Camunda|Cockpit|Tasklist|Admin|Optimize|BPMN|DMN|CMMN|DRD|JSON|XML|HTML|URL|ID|Java|REST)\\b|&[a-z]+;|https?://\\S+");

	/**
	 * Texts the webjar does not have: the rule of the app's own password policy (security/BureauPasswordPolicy),
	 * shown by Admin and the welcome page next to Camunda's rules.
	 */
	private static final Set<String> OWN_KEYS = Set.of("labels.PASSWORD_POLICY_COMMON");

	/** English appends it after a count ("instance" + "s"); Chinese has no plural, so its text is empty. */
	private static final String PLURAL_ENDING = "s";

	/** A word of prose: three or more letters, one of them lower case (not a format like YYYY or an acronym). */
	private static final Pattern PROSE = Pattern.compile("\\b(?=[A-Za-z]*[a-z])[A-Za-z]{3,}\\b");

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void everyEnglishTextHasAChineseTranslationWithTheSameMarkup(String app) throws IOException {
		Map<String, Object> english = flatten(read(resource(APP + app + "/locales/en.json", true)));
		Map<String, Object> chinese = flatten(read(resource(APP + app + "/locales/zh.json", false)));

		List<String> problems = new ArrayList<>();
		english.forEach((key, en) -> {
			Object zh = chinese.get(key);
			if (zh == null) {
				problems.add(key + ": missing");
			}
			else if (en instanceof String enText) {
				if (!(zh instanceof String zhText)) {
					problems.add(key + ": not a text");
				}
				else if (!enText.isBlank() && zhText.isBlank() && !PLURAL_ENDING.equals(enText)) {
					problems.add(key + ": empty");
				}
				else {
					if (isProse(enText) && !CHINESE.matcher(zhText).find()) {
						problems.add(key + ": no Chinese text: " + zhText);
					}
					if (!markup(enText).equals(markup(zhText))) {
						problems.add(key + ": placeholders or markup " + markup(zhText) + " instead of " + markup(enText));
					}
				}
			}
			else if (!(zh instanceof Number)) {
				problems.add(key + ": not a number");
			}
		});
		chinese.keySet().stream()
			.filter(key -> !english.containsKey(key) && !OWN_KEYS.contains(key))
			.forEach(key -> problems.add(key + ": not in en.json"));

		assertThat(problems).as("%s/locales/zh.json against the webjar's en.json", app).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void configurationMakesChineseAvailableAndTheFallback(String app) throws IOException {
		String config = text(resource(APP + app + "/scripts/config.js", false));

		Matcher available = Pattern.compile("availableLocales:\\s*\\[([^\\]]*)]").matcher(config);
		assertThat(available.find()).as("%s config.js sets availableLocales", app).isTrue();
		List<String> locales = quoted(available.group(1));
		assertThat(locales).as("%s availableLocales", app).contains("zh", "en");
		for (String locale : locales) {
			// The app shows an error for a declared locale without its file.
			assertThat(getClass().getClassLoader().getResource(APP + app + "/locales/" + locale + ".json"))
				.as("%s/locales/%s.json", app, locale).isNotNull();
		}
		Matcher fallback = Pattern.compile("fallbackLocale:\\s*'([^']*)'").matcher(config);
		assertThat(fallback.find()).as("%s config.js sets fallbackLocale", app).isTrue();
		assertThat(fallback.group(1)).as("%s fallbackLocale", app).isEqualTo("zh");
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist" })
	void shortcutDescriptionsAreChinese(String app) throws IOException {
		// Tasklist's shortcut help shows these descriptions untranslated.
		String config = text(resource(APP + app + "/scripts/config.js", false));
		Matcher description = Pattern.compile("description:\\s*'([^']*)'").matcher(config);
		List<String> descriptions = new ArrayList<>();
		while (description.find()) {
			descriptions.add(description.group(1));
		}
		assertThat(descriptions).isNotEmpty().allMatch(d -> CHINESE.matcher(d).find());
	}

	private static boolean isProse(String english) {
		String rest = KEPT.matcher(MARKUP.matcher(english).replaceAll(" ")).replaceAll(" ");
		return PROSE.matcher(rest).find();
	}

	private static List<String> markup(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher m = MARKUP.matcher(text);
		while (m.find()) {
			tokens.add(m.group().replaceAll("\\s+", ""));
		}
		Collections.sort(tokens);
		return tokens;
	}

	private static List<String> quoted(String list) {
		List<String> values = new ArrayList<>();
		Matcher m = Pattern.compile("'([^']*)'|\"([^\"]*)\"").matcher(list);
		while (m.find()) {
			values.add(m.group(1) != null ? m.group(1) : m.group(2));
		}
		return values;
	}

	/** Labels and date locales as "labels.KEY", "dateLocales.months.0" → text or number. */
	private static Map<String, Object> flatten(JsonNode node) {
		Map<String, Object> flat = new LinkedHashMap<>();
		flatten("", node, flat);
		return flat;
	}

	private static void flatten(String prefix, JsonNode node, Map<String, Object> flat) {
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> field = it.next();
				flatten(prefix + field.getKey() + ".", field.getValue(), flat);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				flatten(prefix + i + ".", node.get(i), flat);
			}
		}
		else {
			String key = prefix.substring(0, prefix.length() - 1);
			flat.put(key, node.isNumber() ? node.numberValue() : node.asText());
		}
	}

	/** The webjar's copy (in a jar) or ours (in the build's classes), never the one the other shadows. */
	private static URL resource(String path, boolean inWebjar) throws IOException {
		for (URL url : Collections.list(WebappTranslationsTest.class.getClassLoader().getResources(path))) {
			if ("jar".equals(url.getProtocol()) == inWebjar) {
				return url;
			}
		}
		throw new AssertionError(path + " is not on the classpath" + (inWebjar ? " in the webjar" : " outside the webjar"));
	}

	private static JsonNode read(URL url) throws IOException {
		// The webjar's files start with a byte order mark, which Jackson does not skip.
		return JSON.readTree(text(url).replaceFirst("^\uFEFF", ""));
	}

	private static String text(URL url) throws IOException {
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
