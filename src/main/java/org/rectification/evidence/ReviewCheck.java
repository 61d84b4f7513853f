package org.rectification.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rectification.system.RuleViolation;

/** The office's checklist against paper-only rectification (文字整改), as the review form lists it. */
public enum ReviewCheck {

	AUTHENTIC("佐证材料真实、完整"), MATCHES_MEASURE("材料与整改措施逐项对应"), EFFECTIVE("整改已见实效，不是文字整改"),
	WARNINGS_CHECKED("已核实系统提示（重复文件、无文件、超期）");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String label;

	ReviewCheck(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The ticked items: a checklist's JSON array (Camunda Forms, the API) or names separated by commas. */
	public static Set<ReviewCheck> parse(Object value) {
		Set<ReviewCheck> checks = EnumSet.noneOf(ReviewCheck.class);
		String text = value == null ? "" : value.toString().strip();
		if (text.isEmpty() || text.equals("null")) {
			return checks;
		}
		List<String> names = new ArrayList<>();
		if (text.startsWith("[")) {
			try {
				for (JsonNode n : JSON.readTree(text)) {
					names.add(n.asText());
				}
			}
			catch (JsonProcessingException e) {
				throw new RuleViolation("CHECKLIST_INVALID", "核查清单的内容无法识别");
			}
		}
		else {
			names.addAll(Arrays.asList(text.split(",")));
		}
		for (String name : names) {
			String n = name.strip();
			checks.add(Arrays.stream(values())
				.filter(c -> c.name().equals(n) || c.label.equals(n))
				.findFirst()
				.orElseThrow(() -> new RuleViolation("CHECKLIST_INVALID", "核查清单中没有“" + n + "”这一项")));
		}
		return checks;
	}

	/** "佐证材料真实、完整；材料与整改措施逐项对应（2/4 项）" for the sign-off form. */
	public static String describe(Set<ReviewCheck> checks) {
		if (checks.isEmpty()) {
			return "未勾选核查清单";
		}
		return String.join("；", checks.stream().map(ReviewCheck::label).toList()) + "（" + checks.size() + "/"
				+ values().length + " 项）";
	}

}
