package org.rectification.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rectification.ledger.EvidenceKind;
import org.rectification.ledger.MeasureDeadline;
import org.rectification.ledger.Plans;
import org.rectification.ledger.MeasureType;
import org.rectification.ledger.Milestone;
import org.rectification.ledger.Milestones;
import org.rectification.ledger.RoundStatus;
import org.rectification.ledger.Rounds;
import org.rectification.ledger.Rounds.MeasureUnitRole;
import org.rectification.orgchart.People;
import org.rectification.orgchart.Roles;
import org.rectification.orgchart.Unit;
import org.rectification.orgchart.Units;
import org.rectification.rectification.UnitTaskService;
import org.rectification.system.BusinessClock;
import org.rectification.system.RuleViolation;
import org.rectification.system.ValidationFailed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers a round with its findings and measures, and sends each measure to its responsible units. */
@Service
public class PlanService {

	private final Plans plans;

	private final Rounds rounds;

	private final Milestones milestones;

	private final Units units;

	private final People people;

	private final UnitTaskService unitTaskService;

	private final BusinessClock clock;

	PlanService(Rounds rounds, Plans plans, Milestones milestones, Units units, People people,
			UnitTaskService unitTaskService, BusinessClock clock) {
		this.rounds = rounds;
		this.plans = plans;
		this.milestones = milestones;
		this.units = units;
		this.people = people;
		this.unitTaskService = unitTaskService;
		this.clock = clock;
	}

	/** All or nothing: every problem of the input is reported at once and nothing is stored unless it is valid. */
	@Transactional
	public long create(NewRound round, String actor) {
		List<String> problems = validate(round);
		if (!problems.isEmpty()) {
			throw new ValidationFailed("巡察轮次有 " + problems.size() + " 处问题，未保存", problems);
		}
		long roundId = rounds.insertRound(round.name().strip(), round.inspectionGroup().strip(),
				round.inspectedBody().strip(), round.periodStart(), round.periodEnd(), round.feedbackDate(),
				round.documentNo(), round.deadline(), RoundStatus.IN_RECTIFICATION, actor, clock.now());
		for (NewRound.NewAspect aspect : round.aspectList()) {
			long aspectId = rounds.insertAspect(roundId, aspect.code().strip(), aspect.title().strip());
			for (NewRound.NewProblem problem : aspect.problemList()) {
				long problemId = rounds.insertProblem(aspectId, problem.code().strip(), problem.title().strip());
				Map<String, Long> manifestationIds = new HashMap<>();
				for (NewRound.NewManifestation m : problem.manifestationList()) {
					manifestationIds.put(m.code().strip(), rounds.insertManifestation(problemId, m.code().strip(), m.text().strip()));
				}
				for (NewRound.NewMeasure measure : problem.measureList()) {
					long measureId = rounds.insertMeasure(roundId, problemId,
							blank(measure.manifestation()) ? null : manifestationIds.get(measure.manifestation().strip()),
							measure.code().strip(), measure.text().strip(), MeasureType.fromLabel(measure.type()).orElseThrow(),
							measure.responsibleLeader(), measure.leadUnit(), measure.responsiblePerson(), measure.plannedDeadline());
					plans.replaceRequiredEvidence(measureId, measure.requiredEvidenceList().stream()
						.map(k -> EvidenceKind.parse(k).orElseThrow())
						.distinct()
						.sorted()
						.toList());
					if (Boolean.FALSE.equals(measure.publicReport())) {
						plans.setPublicReport(measureId, false);
					}
					milestones.replace(measureId, milestones(measure));
					if (measure.lookBackMonths() != null) {
						milestones.setLookBackMonths(measureId, measure.lookBackMonths());
					}
					for (String unit : measure.cooperatingUnitList()) {
						rounds.addMeasureUnit(measureId, unit, MeasureUnitRole.COOPERATING);
					}
					for (String unit : measure.responsibleUnitList()) {
						rounds.addMeasureUnit(measureId, unit, MeasureUnitRole.RESPONSIBLE);
						if (Boolean.TRUE.equals(round.dispatch())) {
							unitTaskService.dispatch(measureId, unit, actor);
						}
					}
				}
			}
		}
		return roundId;
	}

	/**
	 * Registers a round whose plan is still to be imported (the inspection-round process's start), after
	 * checking its header; the problems are reported all at once.
	 */
	@Transactional
	public long register(NewRound round, List<String> problems, String actor) {
		List<String> all = new ArrayList<>(problems);
		all.addAll(validateHeader(round));
		if (!all.isEmpty()) {
			throw new RuleViolation("ROUND_INVALID", String.join("；", all));
		}
		return rounds.insertRound(round.name().strip(), round.inspectionGroup().strip(), round.inspectedBody().strip(),
				round.periodStart(), round.periodEnd(), round.feedbackDate(), blankToNull(round.documentNo()),
				round.deadline(), RoundStatus.PLANNING, actor, clock.now());
	}

	private List<String> validate(NewRound round) {
		List<String> problems = validateHeader(round);
		validatePlan(round, problems);
		return problems;
	}

	private List<String> validateHeader(NewRound round) {
		List<String> problems = new ArrayList<>();
		required(problems, round.name(), "轮次名称");
		required(problems, round.inspectionGroup(), "巡察组");
		required(problems, round.inspectedBody(), "被巡察单位");
		if (round.feedbackDate() == null) {
			problems.add("反馈日期：必填");
		}
		if (round.deadline() == null) {
			problems.add("整改总时限：必填");
		}
		else if (round.feedbackDate() != null && round.deadline().isBefore(round.feedbackDate())) {
			problems.add("整改总时限：不能早于反馈日期");
		}
		if (round.periodStart() != null && round.periodEnd() != null && round.periodEnd().isBefore(round.periodStart())) {
			problems.add("巡察期间：结束日期不能早于开始日期");
		}
		if (round.periodEnd() != null && round.feedbackDate() != null && round.feedbackDate().isBefore(round.periodEnd())) {
			problems.add("反馈日期：不能早于巡察结束日期");
		}
		maxLength(problems, round.name(), 300, "轮次名称");
		maxLength(problems, round.inspectionGroup(), 200, "巡察组");
		maxLength(problems, round.inspectedBody(), 200, "被巡察单位");
		maxLength(problems, round.documentNo(), 100, "文号");
		return problems;
	}

	private void validatePlan(NewRound round, List<String> problems) {
		Set<String> measureCodes = new HashSet<>();
		Set<String> aspectCodes = new HashSet<>();
		for (NewRound.NewAspect aspect : round.aspectList()) {
			String where = "方面 " + Optional.ofNullable(aspect.code()).orElse("?");
			required(problems, aspect.code(), where + " 的编号");
			required(problems, aspect.title(), where + " 的标题");
			if (!blank(aspect.code()) && !aspectCodes.add(aspect.code().strip())) {
				problems.add(where + "：编号重复");
			}
			Set<String> problemCodes = new HashSet<>();
			for (NewRound.NewProblem problem : aspect.problemList()) {
				String pWhere = where + " 问题 " + Optional.ofNullable(problem.code()).orElse("?");
				required(problems, problem.code(), pWhere + " 的编号");
				required(problems, problem.title(), pWhere + " 的内容");
				if (!blank(problem.code()) && !problemCodes.add(problem.code().strip())) {
					problems.add(pWhere + "：编号重复");
				}
				Set<String> manifestationCodes = new HashSet<>();
				for (NewRound.NewManifestation m : problem.manifestationList()) {
					required(problems, m.code(), pWhere + " 具体表现的编号");
					required(problems, m.text(), pWhere + " 具体表现 " + m.code() + " 的内容");
					if (!blank(m.code()) && !manifestationCodes.add(m.code().strip())) {
						problems.add(pWhere + " 具体表现 " + m.code() + "：编号重复");
					}
				}
				for (NewRound.NewMeasure measure : problem.measureList()) {
					validateMeasure(problems, round, measure, pWhere, manifestationCodes, measureCodes);
				}
			}
		}
	}

	private void validateMeasure(List<String> problems, NewRound round, NewRound.NewMeasure measure, String pWhere,
			Set<String> manifestationCodes, Set<String> measureCodes) {
		String where = "整改措施 " + Optional.ofNullable(measure.code()).orElse("?") + "（" + pWhere + "）";
		required(problems, measure.code(), where + " 的编号");
		required(problems, measure.text(), where + " 的内容");
		if (!blank(measure.code()) && !measureCodes.add(measure.code().strip())) {
			problems.add(where + "：编号在本轮次中重复");
		}
		if (MeasureType.fromLabel(measure.type()).isEmpty()) {
			problems.add(where + "：类型须为 立行立改、限期整改 或 长期坚持");
		}
		if (blank(measure.responsibleLeader())) {
			problems.add(where + "：责任领导必填");
		}
		else if (!people.isMember(measure.responsibleLeader(), Roles.LEADER)) {
			problems.add(where + "：责任领导 " + measure.responsibleLeader() + " 不是分管领导");
		}
		if (blank(measure.leadUnit())) {
			problems.add(where + "：牵头单位必填");
		}
		else {
			checkUnit(problems, where + "：牵头单位", measure.leadUnit());
		}
		measure.cooperatingUnitList().forEach(u -> checkUnit(problems, where + "：配合单位", u));
		if (measure.responsibleUnitList().isEmpty()) {
			problems.add(where + "：至少需要一个责任单位");
		}
		Set<String> seen = new HashSet<>();
		for (String unit : measure.responsibleUnitList()) {
			checkUnit(problems, where + "：责任单位", unit);
			if (!seen.add(unit)) {
				problems.add(where + "：责任单位 " + unit + " 重复");
			}
		}
		if (measure.deadline() != null && measure.deadlineWorkingDays() != null) {
			problems.add(where + "：完成时限只能是日期或工作日数之一");
		}
		else if (measure.deadlineWorkingDays() != null) {
			if (measure.deadlineWorkingDays() < 1 || measure.deadlineWorkingDays() > MeasureDeadline.MAX_WORKING_DAYS) {
				problems.add(where + "：完成时限的工作日数应在 1 到 " + MeasureDeadline.MAX_WORKING_DAYS + " 之间");
			}
		}
		else if (measure.deadline() == null) {
			problems.add(where + "：完成时限必填");
		}
		else if (round.feedbackDate() != null && measure.deadline().isBefore(round.feedbackDate())) {
			problems.add(where + "：完成时限不能早于反馈日期");
		}
		for (String kind : measure.requiredEvidenceList()) {
			if (EvidenceKind.parse(kind).isEmpty()) {
				problems.add(where + "：佐证材料要求“" + kind + "”不是材料类别，应为 制度文件、会议纪要、照片、台账或截图、其他");
			}
		}
		if (!blank(measure.manifestation()) && !manifestationCodes.contains(measure.manifestation().strip())) {
			problems.add(where + "：具体表现 " + measure.manifestation() + " 不属于该问题");
		}
		validateMilestones(problems, measure, where);
		if (measure.lookBackMonths() != null && !Milestone.validLookBackMonths(measure.lookBackMonths())) {
			problems.add(where + "：回头看月数应在 " + Milestone.MIN_LOOK_BACK_MONTHS + " 到 " + Milestone.MAX_LOOK_BACK_MONTHS
					+ " 之间");
		}
	}

	private void validateMilestones(List<String> problems, NewRound.NewMeasure measure, String where) {
		boolean complete = true;
		for (int i = 0; i < measure.milestoneList().size(); i++) {
			NewRound.NewMilestone m = measure.milestoneList().get(i);
			if (m == null || blank(m.title()) || m.deadline() == null) {
				problems.add(where + "：第" + (i + 1) + "条阶段性目标须有目标（title）和日期（deadline）");
				complete = false;
			}
		}
		if (complete) {
			MeasureType type = MeasureType.fromLabel(measure.type()).orElse(null);
			// Both a date and working days is reported above and makes no deadline to compare with.
			MeasureDeadline deadline = measure.deadline() != null && measure.deadlineWorkingDays() != null ? null
					: measure.plannedDeadline();
			Milestone.problems(type, deadline, milestones(measure)).forEach(p -> problems.add(where + "：" + p));
		}
	}

	/** The measure's milestones as phases 2, 3 … in the order given. */
	private static List<Milestone> milestones(NewRound.NewMeasure measure) {
		List<Milestone> list = new ArrayList<>();
		for (NewRound.NewMilestone m : measure.milestoneList()) {
			list.add(new Milestone(list.size() + 2, m.title().strip(), m.deadline()));
		}
		return list;
	}

	private void checkUnit(List<String> problems, String where, String unitId) {
		Optional<Unit> unit = units.find(unitId).filter(Unit::active);
		if (unit.isEmpty()) {
			problems.add(where + " " + unitId + " 不存在");
		}
		else if (!unit.get().kind().canBeResponsible()) {
			problems.add(where + " " + unit.get().name() + " 不是股室或学校");
		}
	}

	private static void required(List<String> problems, String value, String field) {
		if (blank(value)) {
			problems.add(field + "：必填");
		}
	}

	private static void maxLength(List<String> problems, String value, int max, String field) {
		if (value != null && value.strip().length() > max) {
			problems.add(field + "：不能超过" + max + "个字");
		}
	}

	private static String blankToNull(String s) {
		return blank(s) ? null : s.strip();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
