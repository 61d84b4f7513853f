package org.rectification.plan;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.rectification.ledger.InspectionRound;
import org.rectification.ledger.MeasureDeadline;
import org.rectification.ledger.MeasureType;
import org.rectification.ledger.Milestones;
import org.rectification.ledger.Plans;
import org.rectification.ledger.Plans.PlannedMeasure;
import org.rectification.ledger.RoundStatus;
import org.rectification.ledger.Rounds;
import org.rectification.orgchart.People;
import org.rectification.orgchart.Roles;
import org.rectification.orgchart.UnitSets;
import org.rectification.orgchart.Units;
import org.rectification.plan.process.ImportPlanTask;
import org.rectification.plan.workbook.PlanDirectory;
import org.rectification.plan.workbook.PlanDraft;
import org.rectification.plan.workbook.PlanProblem;
import org.rectification.plan.workbook.PlanRejected;
import org.rectification.plan.workbook.PlanWorkbookReader;
import org.rectification.system.ApiException;
import org.rectification.system.BusinessClock;
import org.rectification.system.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a plan workbook into a round: all or nothing, matched by measure code so a corrected or extended
 * file updates in place. While the plan is being written the file is the plan (what it no longer lists is
 * removed); once it is with the leading group or approved, an import only compares, and any difference is
 * reported as a conflict instead of silently changing an item that has moved on.
 */
@Service
public class PlanImportService {

	private final Rounds rounds;

	private final Plans plans;

	private final Milestones milestones;

	private final Units units;

	private final UnitSets unitSets;

	private final IdentityService identityService;

	private final People people;

	private final PlanCoverage coverage;

	private final ImportPlanTask importPlanTask;

	private final BusinessClock clock;

	PlanImportService(Rounds rounds, Plans plans, Milestones milestones, Units units, UnitSets unitSets,
			IdentityService identityService, People people, PlanCoverage coverage, ImportPlanTask importPlanTask,
			BusinessClock clock) {
		this.rounds = rounds;
		this.plans = plans;
		this.milestones = milestones;
		this.units = units;
		this.unitSets = unitSets;
		this.identityService = identityService;
		this.people = people;
		this.coverage = coverage;
		this.importPlanTask = importPlanTask;
		this.clock = clock;
	}

	public PlanDirectory directory() {
		return new OrgPlanDirectory(units, unitSets, identityService, people);
	}

	@Transactional
	public ImportResult importWorkbook(long roundId, InputStream file, String fileName, CurrentUser user) {
		if (!user.memberOf(Roles.OFFICE)) {
			throw ApiException.forbidden("只有整改办可以导入整改方案");
		}
		InspectionRound round = rounds.findRound(roundId)
			.orElseThrow(() -> ApiException.notFound("巡察轮次 " + roundId + " 不存在"));
		PlanDraft draft = PlanWorkbookReader.read(file, round.feedbackDate(), directory());
		RoundStatus status = plans.lockStatus(roundId).orElseThrow();
		Map<String, PlannedMeasure> existing = plans.plannedMeasures(roundId);

		List<PlanProblem> kept = keptMilestones(draft, existing);
		if (!kept.isEmpty()) {
			throw PlanRejected.invalid(kept);
		}
		Diff diff = diff(draft, existing);
		Set<PlanDraft.Finding> existingFindings = existingFindings(roundId, existing.values());
		Set<PlanDraft.Finding> fileFindings = listed(new HashSet<>(draft.findings()),
				draft.measures().stream().map(PlanDraft.Measure::finding).toList());
		boolean findingsChanged = !existingFindings.equals(fileFindings);
		if (status != RoundStatus.PLANNING) {
			if (diff.changed() || findingsChanged) {
				List<PlanProblem> conflicts = new ArrayList<>(diff.describe(status));
				fileFindings.stream().filter(f -> !existingFindings.contains(f)).forEach(f -> conflicts.add(
						new PlanProblem(0, "", "", "文件中的“" + describe(f) + "”在台账中没有")));
				existingFindings.stream().filter(f -> !fileFindings.contains(f)).forEach(f -> conflicts.add(
						new PlanProblem(0, "", "", "台账中的“" + describe(f) + "”在文件中没有")));
				throw new PlanRejected(HttpStatus.CONFLICT, "PLAN_CONFLICT", frozenMessage(status), conflicts);
			}
			PlanCoverage.Report plan = coverage.check(roundId);
			return new ImportResult(roundId, fileName, 0, 0, 0, diff.unchanged.size(), List.of(), List.of(), List.of(),
					plan.summary(), plan.gaps(), "文件与台账一致，没有需要更新的内容");
		}
		List<PlanProblem> conflicts = diff.activityConflicts();
		if (!conflicts.isEmpty()) {
			throw new PlanRejected(HttpStatus.CONFLICT, "PLAN_CONFLICT",
					"以下 " + conflicts.size() + " 条措施已经下达并有整改进展，不能通过导入修改或删除；未导入任何内容。", conflicts);
		}
		apply(roundId, draft, existing, diff);
		plans.recordImport(roundId, fileName, user.userId(), clock.now(), diff.created.size(), diff.updated.size(),
				diff.removed.size(), diff.unchanged.size());
		PlanCoverage.Report plan = coverage.check(roundId);
		importPlanTask.refresh(round, plan.summary(), plan.gaps());
		return new ImportResult(roundId, fileName, diff.created.size(), diff.updated.size(), diff.removed.size(),
				diff.unchanged.size(), codes(diff.created), diff.updated.keySet().stream().toList(),
				diff.removed.stream().map(PlannedMeasure::code).toList(), plan.summary(), plan.gaps(),
				diff.changed() || findingsChanged ? "整改方案已导入" : "文件与台账一致，没有需要更新的内容");
	}

	private static String frozenMessage(RoundStatus status) {
		return status == RoundStatus.AWAITING_APPROVAL
				? "整改方案正在领导小组审批中，不能修改；如需修改，请领导小组退回后重新导入。未导入任何内容。"
				: "整改方案已经批准并下达，导入的文件与台账有以下不一致，不能通过导入修改已下达的事项；未导入任何内容。";
	}

	private Set<PlanDraft.Finding> existingFindings(long roundId, java.util.Collection<PlannedMeasure> measures) {
		Set<PlanDraft.Finding> findings = new HashSet<>();
		plans.aspects(roundId).values().forEach(a -> plans.problems(a.id()).values().forEach(p -> {
			findings.add(new PlanDraft.Finding(a.text(), p.text(), null));
			plans.manifestations(p.id()).values().forEach(m -> findings.add(new PlanDraft.Finding(a.text(), p.text(), m.text())));
		}));
		return listed(findings, measures.stream()
			.map(m -> new PlanDraft.Finding(m.aspect(), m.problem(), m.manifestation()))
			.toList());
	}

	/**
	 * The findings as compared between a file and the ledger: a problem that has manifestations counts on its
	 * own only when a measure answers it as a whole (a heading row for the problem adds nothing).
	 */
	private static Set<PlanDraft.Finding> listed(Set<PlanDraft.Finding> findings, List<PlanDraft.Finding> answered) {
		Set<PlanDraft.Finding> whole = new HashSet<>(answered);
		Set<PlanDraft.Finding> result = new HashSet<>(findings);
		result.removeIf(f -> f.manifestation() == null && !whole.contains(f)
				&& findings.stream().anyMatch(o -> o.manifestation() != null && o.aspect().equals(f.aspect())
						&& o.problem().equals(f.problem())));
		return result;
	}

	private static String describe(PlanDraft.Finding finding) {
		String text = finding.problem() + (finding.manifestation() == null ? "" : " / " + finding.manifestation());
		return text.length() <= 40 ? text : text.substring(0, 40) + "…";
	}

	private Diff diff(PlanDraft draft, Map<String, PlannedMeasure> existing) {
		Diff diff = new Diff();
		Set<String> seen = new HashSet<>();
		for (PlanDraft.Measure measure : draft.measures()) {
			seen.add(measure.code());
			PlannedMeasure current = existing.get(measure.code());
			if (current == null) {
				diff.created.add(measure);
				continue;
			}
			List<String> changes = changes(current, measure);
			if (changes.isEmpty()) {
				diff.unchanged.add(measure.code());
			}
			else {
				diff.updated.put(measure.code(), new Change(measure, current, changes));
			}
		}
		existing.values().stream().filter(m -> !seen.contains(m.code())).forEach(diff.removed::add);
		return diff;
	}

	private List<String> changes(PlannedMeasure current, PlanDraft.Measure measure) {
		List<String> changes = new ArrayList<>();
		if (!current.text().equals(measure.text())) {
			changes.add("整改措施内容");
		}
		PlanDraft.Finding finding = measure.finding();
		if (!current.aspect().equals(finding.aspect()) || !current.problem().equals(finding.problem())
				|| !Objects.equals(current.manifestation(), finding.manifestation())) {
			changes.add("所属方面、问题或具体表现");
		}
		if (current.type() != measure.type()) {
			changes.add("类型 " + current.type().label() + " → " + measure.type().label());
		}
		if (!Objects.equals(current.leader(), measure.leader())) {
			changes.add("责任领导 " + people.name(current.leader()) + " → " + people.name(measure.leader()));
		}
		if (!Objects.equals(current.leadUnit(), measure.leadUnit())) {
			changes.add("牵头单位");
		}
		if (!Objects.equals(current.responsiblePerson(), measure.responsiblePerson())) {
			changes.add("责任人");
		}
		if (!Objects.equals(current.deadline(), measure.deadline())) {
			changes.add("完成时限 " + shown(current.deadline()) + " → " + shown(measure.deadline()));
		}
		if (!new HashSet<>(current.responsibleUnits()).equals(new HashSet<>(measure.responsibleUnits()))) {
			Set<String> added = new LinkedHashSet<>(measure.responsibleUnits());
			current.responsibleUnits().forEach(added::remove);
			Set<String> dropped = new LinkedHashSet<>(current.responsibleUnits());
			measure.responsibleUnits().forEach(dropped::remove);
			changes.add("责任单位" + (added.isEmpty() ? "" : "（增加 " + added.size() + " 个）")
					+ (dropped.isEmpty() ? "" : "（减少 " + dropped.size() + " 个）"));
		}
		if (!new HashSet<>(current.cooperatingUnits()).equals(new HashSet<>(measure.cooperatingUnits()))) {
			changes.add("配合单位");
		}
		if (measure.requiredEvidence() != null
				&& !new HashSet<>(current.requiredEvidence()).equals(new HashSet<>(measure.requiredEvidence()))) {
			changes.add("佐证材料要求");
		}
		if (measure.publicReport() != null && measure.publicReport() != current.publicReport()) {
			changes.add(measure.publicReport() ? "改为公开" : "改为不公开");
		}
		if (measure.milestones() != null && !current.milestones().equals(measure.milestones())) {
			changes.add("阶段性目标");
		}
		if (measure.lookBackListed() && !Objects.equals(current.lookBackMonths(), measure.lookBackMonths())) {
			changes.add("回头看月数 " + months(current.lookBackMonths()) + " → " + months(measure.lookBackMonths()));
		}
		return changes;
	}

	private static String months(Integer months) {
		return months == null ? "（默认）" : String.valueOf(months);
	}

	/**
	 * A file without the 阶段性目标 column keeps the ledger's milestones; they may not stay on a measure the file
	 * makes other than long-term.
	 */
	private static List<PlanProblem> keptMilestones(PlanDraft draft, Map<String, PlannedMeasure> existing) {
		List<PlanProblem> problems = new ArrayList<>();
		for (PlanDraft.Measure measure : draft.measures()) {
			PlannedMeasure current = existing.get(measure.code());
			if (measure.milestones() == null && current != null && !current.milestones().isEmpty()
					&& measure.type() != MeasureType.LONG_TERM) {
				problems.add(new PlanProblem(measure.row(), "", "类型", "措施 " + measure.code() + " 在台账中有"
						+ current.milestones().size() + "条阶段性目标，只有“长期坚持”的措施才能有；请在文件中加上“阶段性目标”列并清空这些目标，或保留长期坚持"));
			}
		}
		return problems;
	}

	private static String shown(MeasureDeadline deadline) {
		return deadline.isSet() ? deadline.label() : "（空）";
	}

	private void apply(long roundId, PlanDraft draft, Map<String, PlannedMeasure> existing, Diff diff) {
		Map<PlanDraft.Finding, long[]> ids = saveFindings(roundId, draft);
		int order = 0;
		for (PlanDraft.Measure measure : draft.measures()) {
			long[] finding = ids.get(measure.finding());
			Long manifestationId = finding[2] < 0 ? null : finding[2];
			PlannedMeasure current = existing.get(measure.code());
			if (current == null) {
				long id = plans.insertMeasure(roundId, finding[1], manifestationId, measure.code(), measure.text(),
						measure.type(), measure.leader(), measure.leadUnit(), measure.responsiblePerson(),
						measure.deadline(), order++);
				plans.replaceMeasureUnits(id, measure.responsibleUnits(), measure.cooperatingUnits());
				if (measure.requiredEvidence() != null) {
					plans.replaceRequiredEvidence(id, measure.requiredEvidence());
				}
				if (Boolean.FALSE.equals(measure.publicReport())) {
					plans.setPublicReport(id, false);
				}
				if (measure.milestones() != null) {
					milestones.replace(id, measure.milestones());
				}
				if (measure.lookBackMonths() != null) {
					milestones.setLookBackMonths(id, measure.lookBackMonths());
				}
			}
			else {
				plans.updateMeasure(current.id(), finding[1], manifestationId, measure.text(), measure.type(),
						measure.leader(), measure.leadUnit(), measure.responsiblePerson(), measure.deadline(), order++);
				if (diff.updated.containsKey(measure.code())) {
					plans.replaceMeasureUnits(current.id(), measure.responsibleUnits(), measure.cooperatingUnits());
					if (measure.requiredEvidence() != null) {
						plans.replaceRequiredEvidence(current.id(), measure.requiredEvidence());
					}
					if (measure.publicReport() != null) {
						plans.setPublicReport(current.id(), measure.publicReport());
					}
					if (measure.milestones() != null) {
						milestones.replace(current.id(), measure.milestones());
					}
					if (measure.lookBackListed()) {
						milestones.setLookBackMonths(current.id(), measure.lookBackMonths());
					}
				}
			}
		}
		diff.removed.forEach(m -> plans.deleteMeasure(m.id()));
		List<Long> manifestations = new ArrayList<>();
		List<Long> problems = new ArrayList<>();
		List<Long> aspects = new ArrayList<>();
		ids.values().forEach(f -> {
			aspects.add(f[0]);
			problems.add(f[1]);
			if (f[2] >= 0) {
				manifestations.add(f[2]);
			}
		});
		plans.removeUnusedFindings(roundId, manifestations, problems, aspects);
	}

	/** Finds or creates each finding of the file, in the file's order; ids are {aspect, problem, manifestation or -1}. */
	private Map<PlanDraft.Finding, long[]> saveFindings(long roundId, PlanDraft draft) {
		Map<PlanDraft.Finding, long[]> ids = new HashMap<>();
		Map<String, Plans.Node> aspects = plans.aspects(roundId);
		Map<Long, Map<String, Plans.Node>> problems = new HashMap<>();
		Map<Long, Map<String, Plans.Node>> manifestations = new HashMap<>();
		Map<Object, Integer> orders = new HashMap<>();
		Set<String> sorted = new HashSet<>();
		for (PlanDraft.Finding finding : draft.findings()) {
			long aspectId = node(aspects, finding.aspect(), "aspect", orders, "round", sorted,
					(code, order) -> plans.insertAspect(roundId, code, finding.aspect(), order));
			Map<String, Plans.Node> aspectProblems = problems.computeIfAbsent(aspectId, plans::problems);
			long problemId = node(aspectProblems, finding.problem(), "problem", orders, aspectId, sorted,
					(code, order) -> plans.insertProblem(aspectId, code, finding.problem(), order));
			long manifestationId = -1;
			if (finding.manifestation() != null) {
				Map<String, Plans.Node> problemManifestations = manifestations.computeIfAbsent(problemId,
						plans::manifestations);
				manifestationId = node(problemManifestations, finding.manifestation(), "manifestation", orders,
						"p" + problemId, sorted,
						(code, order) -> plans.insertManifestation(problemId, code, finding.manifestation(), order));
			}
			ids.put(finding, new long[] { aspectId, problemId, manifestationId });
		}
		return ids;
	}

	private interface Inserter {

		long insert(String code, int sortOrder);

	}

	/** The node's id, created if new; its sort order becomes its position among its siblings in the file. */
	private long node(Map<String, Plans.Node> siblings, String text, String table, Map<Object, Integer> orders,
			Object parent, Set<String> sorted, Inserter inserter) {
		Plans.Node node = siblings.get(text);
		if (node != null && sorted.contains(table + ":" + node.id())) {
			return node.id();
		}
		int order = orders.merge(table + ":" + parent, 1, Integer::sum);
		if (node != null) {
			plans.sortFinding(table, node.id(), order);
			sorted.add(table + ":" + node.id());
			return node.id();
		}
		Set<String> codes = new HashSet<>();
		siblings.values().forEach(n -> codes.add(n.code()));
		int next = siblings.size() + 1;
		while (codes.contains(String.valueOf(next))) {
			next++;
		}
		long id = inserter.insert(String.valueOf(next), order);
		siblings.put(text, new Plans.Node(id, String.valueOf(next), text));
		sorted.add(table + ":" + id);
		return id;
	}

	private static List<String> codes(List<PlanDraft.Measure> measures) {
		return measures.stream().map(PlanDraft.Measure::code).toList();
	}

	private record Change(PlanDraft.Measure measure, PlannedMeasure current, List<String> changes) {
	}

	private static final class Diff {

		final List<PlanDraft.Measure> created = new ArrayList<>();

		final Map<String, Change> updated = new java.util.LinkedHashMap<>();

		final List<PlannedMeasure> removed = new ArrayList<>();

		final List<String> unchanged = new ArrayList<>();

		boolean changed() {
			return !created.isEmpty() || !updated.isEmpty() || !removed.isEmpty();
		}

		/** Changes to measures that already have unit tasks. */
		List<PlanProblem> activityConflicts() {
			List<PlanProblem> conflicts = new ArrayList<>();
			updated.values().stream().filter(c -> c.current().hasActivity()).forEach(c -> conflicts.add(
					new PlanProblem(c.measure().row(), "", "编号", "措施 " + c.measure().code() + " 已下达，不能修改："
							+ String.join("；", c.changes()))));
			removed.stream().filter(PlannedMeasure::hasActivity).forEach(m -> conflicts.add(
					new PlanProblem(0, "", "", "措施 " + m.code() + " 已下达，文件中却没有它；已下达的措施不能删除")));
			return conflicts;
		}

		/** Every difference, for a plan that may no longer change. */
		List<PlanProblem> describe(RoundStatus status) {
			List<PlanProblem> conflicts = new ArrayList<>();
			created.forEach(m -> conflicts.add(new PlanProblem(m.row(), "", "编号", "措施 " + m.code() + " 是新增的，台账中没有")));
			updated.values().forEach(c -> conflicts.add(new PlanProblem(c.measure().row(), "", "编号",
					"措施 " + c.measure().code() + " 与台账不一致：" + String.join("；", c.changes()))));
			removed.forEach(m -> conflicts.add(new PlanProblem(0, "", "", "台账中的措施 " + m.code() + " 在文件中没有")));
			return conflicts;
		}

	}

	/** What an import did, and what the plan still lacks before it can go to the leading group. */
	public record ImportResult(long roundId, String fileName, int created, int updated, int removed, int unchanged,
			List<String> createdCodes, List<String> updatedCodes, List<String> removedCodes, String plan,
			List<String> gaps, String message) {
	}

}
