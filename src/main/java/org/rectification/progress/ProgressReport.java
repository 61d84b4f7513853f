package org.rectification.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deepoove.poi.XWPFTemplate;
import org.rectification.evidence.AccountabilityKind;
import org.rectification.ledger.InspectionRound;
import org.rectification.ledger.UnitTaskState;
import org.rectification.orgchart.Unit;
import org.rectification.progress.ProgressLedger.MeasureRow;
import org.rectification.progress.ProgressLedger.ProblemAccountability;
import org.rectification.progress.ProgressLedger.ProblemInstitution;
import org.rectification.progress.ProgressLedger.ReportTask;
import org.rectification.progress.ProgressSnapshot.AspectProgress;
import org.rectification.progress.ProgressSnapshot.ProblemProgress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress report (整改进展情况通报) as a Word document: the round's facts, the statistics sentence and a
 * paragraph per problem with its measures, what the units did and its 整改结果, filled into a template users
 * edit in Word (docs/progress-report.md lists its placeholders). The public version leaves out the measures
 * the plan keeps from publication, in text and in numbers.
 */
@Service
public class ProgressReport {

	private final RoundProgress progress;

	private final ProgressLedger ledger;

	private final Resource template;

	ProgressReport(RoundProgress progress, ProgressLedger ledger,
			@Value("${rectification.report.template:classpath:report/progress-report.docx}") Resource template) {
		this.progress = progress;
		this.ledger = ledger;
		this.template = template;
	}

	/** Writes the report of the round now and returns the snapshot its figures come from. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ProgressSnapshot write(long roundId, Scope scope, OutputStream out) throws IOException {
		RoundProgress.Reading reading = progress.read(roundId, scope, 0);
		Map<String, Object> data = data(reading, scope);
		try (InputStream in = template.getInputStream(); XWPFTemplate document = XWPFTemplate.compile(in).render(data)) {
			document.write(out);
		}
		return reading.snapshot();
	}

	private Map<String, Object> data(RoundProgress.Reading reading, Scope scope) {
		ProgressSnapshot snapshot = reading.snapshot();
		InspectionRound round = reading.round();
		long roundId = round.id();
		Map<String, String> unitNames = reading.unitsById()
			.values()
			.stream()
			.collect(Collectors.toMap(Unit::id, Unit::name));

		Map<Long, List<MeasureRow>> measuresByProblem = reading.measures()
			.stream()
			.collect(Collectors.groupingBy(MeasureRow::problemId, LinkedHashMap::new, Collectors.toList()));
		Map<Long, List<ReportTask>> tasksByMeasure = ledger.reportTasks(roundId, scope)
			.stream()
			.collect(Collectors.groupingBy(ReportTask::measureId, LinkedHashMap::new, Collectors.toList()));
		Map<Long, List<ProblemInstitution>> institutions = ledger.institutionsByProblem(roundId, scope)
			.stream()
			.collect(Collectors.groupingBy(ProblemInstitution::problemId));
		Map<Long, Map<AccountabilityKind, Long>> accountability = new HashMap<>();
		for (ProblemAccountability a : ledger.accountabilityByProblem(roundId, scope)) {
			accountability.computeIfAbsent(a.problemId(), k -> new EnumMap<>(AccountabilityKind.class))
				.merge(a.kind(), a.persons(), Long::sum);
		}
		Map<Long, java.math.BigDecimal> funds = ledger.fundsByProblem(roundId, scope);

		Map<String, List<ProblemProgress>> problemsByAspect = snapshot.problems()
			.stream()
			.collect(Collectors.groupingBy(ProblemProgress::aspectCode, LinkedHashMap::new, Collectors.toList()));
		List<Map<String, Object>> aspects = new ArrayList<>();
		int aspectNo = 0;
		for (AspectProgress aspect : snapshot.byAspect()) {
			List<Map<String, Object>> problems = new ArrayList<>();
			int problemNo = 0;
			for (ProblemProgress problem : problemsByAspect.getOrDefault(aspect.code(), List.of())) {
				List<MeasureRow> measures = measuresByProblem.getOrDefault(problem.id(), List.of());
				Map<String, Object> p = new LinkedHashMap<>();
				p.put("number", String.valueOf(++problemNo));
				p.put("title", ChineseText.withoutNumbering(problem.title()));
				p.put("measures", measuresText(measures));
				p.put("progress", progressText(measures, tasksByMeasure, unitNames,
						institutions.getOrDefault(problem.id(), List.of()),
						accountability.getOrDefault(problem.id(), Map.of()), funds.get(problem.id()), scope));
				p.put("result", problem.result());
				problems.add(p);
			}
			Map<String, Object> a = new LinkedHashMap<>();
			a.put("number", ChineseText.numeral(++aspectNo));
			a.put("title", ChineseText.withoutNumbering(aspect.title()));
			a.put("problems", problems);
			aspects.add(a);
		}

		Map<String, Object> data = new LinkedHashMap<>();
		// Sections of the template shown in one version only.
		data.put("internal", scope == Scope.INTERNAL);
		data.put("public", scope == Scope.PUBLIC);
		data.put("title", "关于" + round.inspectionGroup() + "反馈意见整改进展情况的通报");
		data.put("roundName", round.name());
		data.put("inspectionGroup", round.inspectionGroup());
		data.put("inspectedBody", round.inspectedBody());
		data.put("inspectionPeriod", round.periodStart() == null ? "前期"
				: ChineseText.date(round.periodStart()) + (round.periodEnd() == null ? "起" : "至" + ChineseText.date(round.periodEnd())));
		data.put("feedbackDate", ChineseText.date(round.feedbackDate()));
		data.put("feedbackDocument", round.documentNo() == null || round.documentNo().isBlank() ? "" : "（" + round.documentNo() + "）");
		data.put("asOf", ChineseText.date(snapshot.today()));
		data.put("headline", snapshot.headline().sentence());
		data.put("aspects", aspects);
		data.put("issuer", round.inspectedBody());
		data.put("issuedOn", ChineseText.date(snapshot.today()));
		data.put("version", scope.label());
		return data;
	}

	/** 一是……；二是……。 as the published reports list a problem's measures. */
	private static String measuresText(List<MeasureRow> measures) {
		if (measures.isEmpty()) {
			return "（暂无整改措施）";
		}
		if (measures.size() == 1) {
			return sentence(measures.get(0).text()) + "。";
		}
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < measures.size(); i++) {
			parts.add(ChineseText.numeral(i + 1) + "是" + sentence(measures.get(i).text()));
		}
		return String.join("；", parts) + "。";
	}

	/**
	 * What the units reported, the results their signed-off items gave, and the count. Units that wrote the same
	 * are named together. The public version quotes only what the office accepted; the internal one also what it
	 * is still reviewing, marked so. A submission sent back is never quoted.
	 */
	private static String progressText(List<MeasureRow> measures, Map<Long, List<ReportTask>> tasksByMeasure,
			Map<String, String> unitNames, List<ProblemInstitution> institutions,
			Map<AccountabilityKind, Long> accountability, java.math.BigDecimal funds, Scope scope) {
		Map<String, List<String>> unitsBySummary = new LinkedHashMap<>();
		int total = 0;
		int closed = 0;
		int unquoted = 0;
		for (MeasureRow measure : measures) {
			for (ReportTask task : tasksByMeasure.getOrDefault(measure.id(), List.of())) {
				total++;
				ItemStanding standing = task.standing();
				boolean done = standing == ItemStanding.SIGNED_OFF || standing == ItemStanding.LONG_TERM_KEPT;
				if (done) {
					closed++;
				}
				// A living long-term item back IN_PROGRESS has its last phase's signed-off submission as its latest.
				boolean accepted = task.state() == UnitTaskState.AWAITING_SIGN_OFF || task.state().isClosed()
						|| (done && task.state() == UnitTaskState.IN_PROGRESS);
				boolean reviewing = task.state() == UnitTaskState.UNDER_REVIEW && scope == Scope.INTERNAL;
				if (task.summary() == null || task.summary().isBlank() || !(accepted || reviewing)) {
					unquoted++;
				}
				else {
					unitsBySummary.computeIfAbsent(sentence(task.summary()) + (accepted ? "" : "（待审核）"), k -> new ArrayList<>())
						.add(unitNames.getOrDefault(task.unitId(), task.unitId()));
				}
			}
		}
		if (total == 0) {
			return "整改任务尚未下达。";
		}
		List<String> lines = new ArrayList<>();
		unitsBySummary.forEach((summary, names) -> lines.add(names(names) + "：" + summary + "。"));
		if (unquoted > 0) {
			lines.add(unquoted == total ? "各项整改任务正在推进。" : "另有" + unquoted + "项整改任务正在推进。");
		}
		List<String> results = new ArrayList<>();
		List<String> titles = institutions.stream()
			.map(i -> "《" + i.title().replaceAll("^《|》$", "") + "》" + (i.documentNo() == null ? "" : "（" + i.documentNo() + "）"))
			.distinct()
			.toList();
		if (!titles.isEmpty()) {
			results.add("建立健全制度" + titles.size() + "项：" + String.join("、", titles));
		}
		long persons = accountability.values().stream().mapToLong(Long::longValue).sum();
		if (persons > 0) {
			results.add("问责" + persons + "人（" + accountability.entrySet()
				.stream()
				.map(e -> e.getKey().label() + e.getValue() + "人")
				.collect(Collectors.joining("、")) + "）");
		}
		if (funds != null && funds.signum() > 0) {
			results.add("退缴、追回资金" + ChineseText.yuan(funds) + "元");
		}
		if (!results.isEmpty()) {
			lines.add(String.join("；", results) + "。");
		}
		lines.add("共" + total + "项整改任务，已完成" + closed + "项。");
		// Full-width spaces indent the lines after the first as the paragraph's first line is.
		return String.join("\n　　", lines);
	}

	/** 第一中学、第二中学; from four on: 第一中学、第二中学、第三中学等12个单位. */
	private static String names(List<String> names) {
		return names.size() <= 3 ? String.join("、", names)
				: String.join("、", names.subList(0, 3)) + "等" + names.size() + "个单位";
	}

	/** The text without its closing punctuation, so it can be joined into a sentence. */
	private static String sentence(String text) {
		return text.strip().replaceAll("[。；;，,.\\s]+$", "");
	}

}
