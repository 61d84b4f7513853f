package org.rectification.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for POST /api/rounds: a round of one aspect and one problem, with the given measures. */
public final class Plans {

	private Plans() {
	}

	public static Map<String, Object> round(String name, List<Map<String, Object>> measures) {
		LocalDate today = LocalDate.now();
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("code", "1");
		problem.put("title", "财务管理不规范");
		problem.put("manifestations", List.of(Map.of("code", "1", "text", "部分学校存在白条入账现象")));
		problem.put("measures", measures);
		Map<String, Object> round = new LinkedHashMap<>();
		round.put("name", name);
		round.put("inspectionGroup", "区委第一巡察组");
		round.put("inspectedBody", "区教育局");
		round.put("feedbackDate", today.minusDays(30).toString());
		round.put("documentNo", "龙巡〔2026〕1号");
		round.put("deadline", today.plusDays(90).toString());
		round.put("aspects", List.of(Map.of("code", "一", "title", "落实全面从严治党责任有差距", "problems", List.of(problem))));
		round.put("dispatch", true);
		return round;
	}

	public static Map<String, Object> measure(String code, String type, String leader, String... units) {
		Map<String, Object> measure = new LinkedHashMap<>();
		measure.put("code", code);
		measure.put("text", "开展财务专项检查，清理白条，规范报销审批流程");
		measure.put("type", type);
		measure.put("responsibleLeader", leader);
		measure.put("leadUnit", "dept-jcg");
		measure.put("responsibleUnits", new ArrayList<>(List.of(units)));
		measure.put("deadline", LocalDate.now().plusDays(30).toString());
		measure.put("manifestation", "1");
		return measure;
	}

}
