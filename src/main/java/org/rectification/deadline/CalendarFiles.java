package org.rectification.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads every {@code *.yml} under one or more comma-separated locations; any problem in any file fails the
 * whole load, listing them all.
 */
final class CalendarFiles {

	private CalendarFiles() {
	}

	static Map<Integer, CalendarFile> read(String location, ResourcePatternResolver resolver) {
		List<Resource> found = new ArrayList<>();
		List<String> patterns = new ArrayList<>();
		for (String one : location.split(",")) {
			String trimmed = one.strip();
			String pattern = (trimmed.endsWith("/") ? trimmed : trimmed + "/") + "*.yml";
			patterns.add(pattern);
			try {
				found.addAll(Arrays.asList(resolver.getResources(pattern)));
			}
			catch (IOException e) {
				throw new IllegalStateException("无法读取工作日历文件 " + pattern + "：" + e.getMessage(), e);
			}
		}
		String pattern = String.join("，", patterns);
		Resource[] resources = found.toArray(Resource[]::new);
		if (resources.length == 0) {
			throw new IllegalStateException("rectification.calendar.location 下没有工作日历文件（" + pattern
					+ "），见 docs/working-days.md");
		}
		Arrays.sort(resources, Comparator.comparing(r -> String.valueOf(r.getFilename())));
		List<String> problems = new ArrayList<>();
		Map<Integer, CalendarFile> years = new TreeMap<>();
		Map<Integer, List<String>> filesOfYear = new LinkedHashMap<>();
		for (Resource resource : resources) {
			String name = resource.getFilename();
			CalendarFile file;
			try (InputStream in = resource.getInputStream()) {
				file = read(in, name, problems);
			}
			catch (IOException e) {
				problems.add(name + "：无法读取：" + e.getMessage());
				continue;
			}
			if (file == null) {
				continue;
			}
			file.problems(name).forEach(p -> problems.add(name + "：" + p));
			if (file.year() != null) {
				years.putIfAbsent(file.year(), file);
				filesOfYear.computeIfAbsent(file.year(), y -> new ArrayList<>()).add(resource.getDescription());
			}
		}
		filesOfYear.forEach((year, files) -> {
			if (files.size() > 1) {
				problems.add(year + " 年有 " + files.size() + " 个文件：" + String.join("、", files));
			}
		});
		if (!problems.isEmpty()) {
			throw new IllegalStateException("工作日历文件有误（" + pattern + "），请按 docs/working-days.md 修正：\n- "
					+ String.join("\n- ", problems));
		}
		return years;
	}

	/**
	 * One file's content, checked as at start-up: the file, or null with every problem added to {@code problems}
	 * (each prefixed with {@code name}).
	 *
	 * @param checkName whether the name must be {@code <year>.yml}
	 */
	static CalendarFile parse(String name, boolean checkName, InputStream content, List<String> problems) {
		int before = problems.size();
		CalendarFile file;
		try {
			file = read(content, name, problems);
		}
		catch (IOException e) {
			problems.add(name + "：无法读取：" + e.getMessage());
			return null;
		}
		if (file != null) {
			file.problems(checkName ? name : null).forEach(p -> problems.add(name + "：" + p));
		}
		return problems.size() == before ? file : null;
	}

	private static CalendarFile read(InputStream in, String name, List<String> problems) throws IOException {
		List<String> unknownKeys = new ArrayList<>();
		ObjectMapper yaml = YAMLMapper.builder()
			.addModule(new JavaTimeModule())
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.addHandler(new DeserializationProblemHandler() {
				// Collected rather than thrown, so one start reports every misspelt key.
				@Override
				public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
						JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
					// Keys of a record are reported once it is read whole, when the parser stands elsewhere.
					String pointer = parser.getParsingContext().pathAsPointer().toString();
					boolean root = beanOrClass == CalendarFile.class || beanOrClass instanceof CalendarFile;
					unknownKeys.add(pointer.endsWith("/" + propertyName) ? pointer : root ? "/" + propertyName : propertyName);
					parser.skipChildren();
					return true;
				}
			})
			.build();
		CalendarFile file;
		try {
			file = yaml.readValue(in, CalendarFile.class);
		}
		catch (JsonProcessingException e) {
			String line = e.getLocation() == null ? "" : "（第 " + e.getLocation().getLineNr() + " 行）";
			problems.add(name + "：无法解析" + line + "：" + e.getOriginalMessage());
			return null;
		}
		unknownKeys.forEach(key -> problems.add(name + "：未知的键 " + key));
		if (file == null) {
			problems.add(name + "：文件为空");
		}
		return file;
	}

}
