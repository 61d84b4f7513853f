package org.rectification.rectification;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.rectification.deadline.DeadlineLadder;
import org.rectification.deadline.ExtensionService;
import org.rectification.evidence.EvidenceFile;
import org.rectification.evidence.EvidenceFiles;
import org.rectification.ledger.EvidenceKind;
import org.rectification.evidence.EvidenceResults;
import org.rectification.evidence.EvidenceResultsLedger;
import org.rectification.evidence.EvidenceWarnings;
import org.rectification.evidence.ReviewCheck;
import org.rectification.ledger.DeadlineDates;
import org.rectification.ledger.Decision;
import org.rectification.ledger.Evidence;
import org.rectification.ledger.InspectionRound;
import org.rectification.ledger.MeasureDeadline;
import org.rectification.ledger.MeasureType;
import org.rectification.ledger.Milestone;
import org.rectification.ledger.Milestones;
import org.rectification.ledger.RoundStatus;
import org.rectification.ledger.Rounds;
import org.rectification.ledger.UnitTask;
import org.rectification.ledger.UnitTaskState;
import org.rectification.ledger.UnitTasks;
import org.rectification.lookback.LookBackService;
import org.rectification.orgchart.People;
import org.rectification.orgchart.Roles;
import org.rectification.orgchart.Unit;
import org.rectification.orgchart.Units;
import org.rectification.rectification.process.UnitRectificationProcess;
import org.rectification.system.AsSystem;
import org.rectification.system.BusinessClock;
import org.rectification.system.CurrentUser;
import org.rectification.system.RuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of one unit's rectification of one measure: who may do what, and what it writes to the ledger.
 * Called by the process's task listeners inside the engine's transaction, so a rule broken here rolls back
 * both the ledger and the process step.
 */
@Service
public class UnitTaskService {

	static final int MAX_TEXT = 10000;

	static final int MAX_REASON = 4000;

	/** The column that keeps the warnings a review showed. */
	static final int MAX_WARNINGS = 4000;

	private final UnitTasks unitTasks;

	private final Rounds rounds;

	private final Units units;

	private final People people;

	private final RuntimeService runtimeService;

	private final BusinessClock clock;

	private final AsSystem asSystem;

	private final DeadlineLadder ladder;

	private final ExtensionService extensionService;

	private final EvidenceFiles evidenceFiles;

	private final EvidenceResultsLedger resultsLedger;

	private final EvidenceWarnings evidenceWarnings;

	private final Milestones milestones;

	private final LookBackService lookBackService;

	UnitTaskService(UnitTasks unitTasks, Rounds rounds, Units units, People people, RuntimeService runtimeService,
			AsSystem asSystem, DeadlineLadder ladder, ExtensionService extensionService, EvidenceFiles evidenceFiles,
			EvidenceResultsLedger resultsLedger, EvidenceWarnings evidenceWarnings, Milestones milestones,
			LookBackService lookBackService, BusinessClock clock) {
		this.milestones = milestones;
		this.lookBackService = lookBackService;
		this.resultsLedger = resultsLedger;
		this.evidenceWarnings = evidenceWarnings;
		this.extensionService = extensionService;
		this.evidenceFiles = evidenceFiles;
		this.asSystem = asSystem;
		this.ladder = ladder;
		this.unitTasks = unitTasks;
		this.rounds = rounds;
		this.units = units;
		this.people = people;
		this.runtimeService = runtimeService;
		this.clock = clock;
	}

	/** Creates the unit's task for a measure and starts its process, in one transaction. */
	@Transactional
	public UnitTask dispatch(long measureId, String unitId, String actor) {
		rounds.findMeasure(measureId)
			.flatMap(m -> rounds.findRound(m.roundId()))
			.filter(r -> r.processInstanceId() != null)
			.ifPresent(r -> {
				// Its process waits for exactly the tasks it fanned out; a task added beside it would be forgotten.
				throw RuleViolation.conflict("ROUND_MANAGED_BY_PROCESS",
						"轮次“" + r.name() + "”的整改任务在方案批准后由系统按方案下达；如需增加责任单位，请修改方案");
			});
		long id = createUnitTask(measureId, unitId, actor);
		// Nobody holds CREATE_INSTANCE on this process: the ledger is its only door, so it starts as the system.
		// Its start listener links the instance to the unit task.
		asSystem.run(() -> runtimeService.startProcessInstanceByKey(UnitRectificationProcess.KEY, String.valueOf(id)));
		return unitTasks.find(id).orElseThrow();
	}

	/**
	 * The ledger's half of sending a measure to a unit: the unit task and the first line of its history. The
	 * caller starts the process (directly, or the round's fan-out through its call activity).
	 */
	@Transactional
	public long createUnitTask(long measureId, String unitId, String actor) {
		Rounds.Measure measure = rounds.findMeasure(measureId)
			.orElseThrow(() -> new RuleViolation("MEASURE_NOT_FOUND", "整改措施 " + measureId + " 不存在"));
		RoundStatus status = rounds.findRound(measure.roundId()).map(InspectionRound::status).orElseThrow();
		if (status != RoundStatus.IN_RECTIFICATION) {
			throw RuleViolation.conflict("PLAN_NOT_APPROVED",
					"巡察轮次当前状态为“" + status.label() + "”，整改方案经领导小组批准后才能下达整改任务");
		}
		MeasureDeadline planned = measure.plannedDeadline();
		if (!planned.isSet()) {
			throw new RuleViolation("DEADLINE_REQUIRED", "整改措施【" + measure.code() + "】没有完成时限，不能下达");
		}
		Unit unit = units.find(unitId)
			.filter(Unit::active)
			.orElseThrow(() -> new RuleViolation("UNKNOWN_UNIT", "责任单位 " + unitId + " 不存在"));
		if (!unit.kind().canBeResponsible()) {
			throw new RuleViolation("UNIT_NOT_RESPONSIBLE", unit.name() + " 不能作为责任单位");
		}
		long id;
		try {
			// A deadline in working days counts from the day the item is sent.
			LocalDate sentOn = clock.today();
			LocalDate deadline = planned.dateWhenSentOn(sentOn, ladder::inWorkingDays);
			id = unitTasks.insert(measureId, unitId, ladder.datesFor(deadline), planned.workingDays(), sentOn, clock.now());
		}
		catch (DuplicateKeyException e) {
			throw RuleViolation.conflict("DUPLICATE_UNIT_TASK", unit.name() + " 已有措施【" + measure.code() + "】的整改任务");
		}
		unitTasks.recordCreation(id, actor, clock.now());
		rounds.addMeasureUnit(measureId, unitId, Rounds.MeasureUnitRole.RESPONSIBLE);
		return id;
	}

	public UnitTask get(long unitTaskId) {
		return unitTasks.find(unitTaskId)
			.orElseThrow(() -> new RuleViolation("NOT_FOUND", "整改任务 " + unitTaskId + " 不存在"));
	}

	/** The unit submits what it did; the item goes to the office for review. */
	public Evidence recordSubmission(long unitTaskId, CurrentUser user, Object summaryValue, Object completionDateValue,
			Object institutions, Object accountabilities, Object fundsRecovered) {
		UnitTask task = get(unitTaskId);
		if (!user.memberOf(task.unitId())) {
			throw RuleViolation.forbidden("NOT_UNIT_MEMBER", "只有" + task.unitName() + "的人员可以提交本单位的整改材料");
		}
		String summary = text(summaryValue);
		if (summary.isEmpty()) {
			throw new RuleViolation("SUMMARY_REQUIRED", "请填写整改情况");
		}
		if (summary.length() > MAX_TEXT) {
			throw new RuleViolation("SUMMARY_TOO_LONG", "整改情况不能超过" + MAX_TEXT + "字");
		}
		LocalDate completionDate = date(completionDateValue);
		if (completionDate == null) {
			throw new RuleViolation("COMPLETION_DATE_REQUIRED", "请填写完成日期（格式 yyyy-MM-dd）");
		}
		if (completionDate.isAfter(clock.today())) {
			throw new RuleViolation("COMPLETION_DATE_IN_FUTURE", "完成日期不能晚于今天");
		}
		EvidenceResults results = EvidenceResults.parse(institutions, accountabilities, fundsRecovered, clock.today());
		// The state moves first: its guarded row update makes a concurrent second submission a conflict, and an
		// upload running at the same moment either is in before it or finds the item submitted.
		unitTasks.transition(unitTaskId, Set.of(UnitTaskState.IN_PROGRESS, UnitTaskState.RETURNED, UnitTaskState.REOPENED),
				UnitTaskState.UNDER_REVIEW, user.userId(), task.phased() ? "提交第" + task.phaseNo() + "阶段佐证材料" : "提交佐证材料",
				clock.now());
		checkRequiredKinds(task);
		extensionService.withdrawPending(unitTaskId, user.userId());
		Evidence evidence = unitTasks.insertEvidence(unitTaskId, summary, completionDate, user.userId(), clock.now());
		evidenceFiles.attachPending(unitTaskId, evidence.id());
		resultsLedger.save(evidence.id(), results);
		return evidence;
	}

	/** Every kind of evidence the plan requires for the measure has a file among the item's files. */
	private void checkRequiredKinds(UnitTask task) {
		Set<EvidenceKind> present = evidenceFiles.forUnitTask(task.id())
			.stream()
			.map(EvidenceFile::kind)
			.collect(Collectors.toSet());
		List<String> missing = evidenceFiles.requiredKinds(task.measureId())
			.stream()
			.filter(k -> !present.contains(k))
			.map(EvidenceKind::label)
			.toList();
		if (!missing.isEmpty()) {
			throw new RuleViolation("EVIDENCE_KIND_MISSING",
					"整改方案要求本措施提供" + String.join("、", missing) + "，请先在“佐证材料”标签页上传后再提交");
		}
	}

	/** The office accepts the evidence or sends it back with a reason. */
	public void recordReview(long unitTaskId, CurrentUser user, Object decisionValue, Object reasonValue,
			Object checklistValue) {
		UnitTask task = get(unitTaskId);
		if (!user.memberOf(Roles.OFFICE)) {
			throw RuleViolation.forbidden("NOT_OFFICE", "只有整改办可以审核佐证材料");
		}
		Evidence evidence = checkSegregation(task, user);
		String decision = text(decisionValue);
		String reason = text(reasonValue);
		Set<ReviewCheck> checklist = ReviewCheck.parse(checklistValue);
		// What the reviewer was shown, kept with the decision.
		String warnings = String.join("\n", evidenceWarnings.of(task, evidence));
		if (warnings.length() > MAX_WARNINGS) {
			warnings = warnings.substring(0, MAX_WARNINGS - 1) + "…";
		}
		switch (decision) {
			case UnitRectificationProcess.DECISION_ACCEPT -> {
				checkLength(reason);
				unitTasks.insertDecision(unitTaskId, evidence.id(), Decision.Stage.REVIEW, Decision.Outcome.ACCEPTED,
						blankToNull(reason), user.userId(), clock.now());
				unitTasks.transition(unitTaskId, Set.of(UnitTaskState.UNDER_REVIEW), UnitTaskState.AWAITING_SIGN_OFF,
						user.userId(), "审核通过", clock.now());
			}
			case UnitRectificationProcess.DECISION_RETURN ->
				sendBack(unitTaskId, evidence, Decision.Stage.REVIEW, UnitTaskState.UNDER_REVIEW, reason, user);
			default -> throw new RuleViolation("DECISION_REQUIRED", "请选择审核结论：通过或退回");
		}
		unitTasks.recordReviewChecks(unitTaskId, evidence.id(),
				checklist.isEmpty() ? null : String.join(",", checklist.stream().map(Enum::name).toList()),
				warnings.isEmpty() ? null : warnings);
	}

	/**
	 * The measure's responsible leader signs the item off (销号) or sends it back to the unit. Signing off a phase
	 * of a long-term item that has more starts the next one; the final sign-off closes the item and schedules
	 * its look-back.
	 *
	 * @return whether the item goes on to a next phase
	 */
	public boolean recordSignOff(long unitTaskId, CurrentUser user, Object decisionValue, Object reasonValue) {
		UnitTask task = get(unitTaskId);
		if (!user.userId().equals(task.responsibleLeader())) {
			throw RuleViolation.forbidden("NOT_RESPONSIBLE_LEADER",
					"只有责任领导" + people.name(task.responsibleLeader()) + "可以销号");
		}
		Evidence evidence = checkSegregation(task, user);
		String decision = text(decisionValue);
		String reason = text(reasonValue);
		switch (decision) {
			case UnitRectificationProcess.DECISION_SIGN_OFF -> {
				checkLength(reason);
				unitTasks.insertDecision(unitTaskId, evidence.id(), Decision.Stage.SIGN_OFF,
						Decision.Outcome.SIGNED_OFF, blankToNull(reason), user.userId(), clock.now());
				if (task.phaseNo() < task.phaseCount()) {
					startNextPhase(task, user);
					return true;
				}
				UnitTaskState closed = task.measureType() == MeasureType.LONG_TERM ? UnitTaskState.LONG_TERM_KEPT
						: UnitTaskState.SIGNED_OFF;
				unitTasks.transition(unitTaskId, Set.of(UnitTaskState.AWAITING_SIGN_OFF), closed, user.userId(),
						task.phased() ? "第" + task.phaseNo() + "阶段（最后阶段）销号" : "销号", clock.now());
				// Met or missed by the day the accepted evidence reached the bureau, not by the date the unit typed.
				unitTasks.recordCompletion(unitTaskId, evidence.submittedAt().atZoneSameInstant(clock.zone()).toLocalDate());
				lookBackService.schedule(task, user.userId());
				return false;
			}
			case UnitRectificationProcess.DECISION_RETURN -> {
				sendBack(unitTaskId, evidence, Decision.Stage.SIGN_OFF, UnitTaskState.AWAITING_SIGN_OFF, reason, user);
				return false;
			}
			default -> throw new RuleViolation("DECISION_REQUIRED", "请选择销号结论：同意销号或退回整改");
		}
	}

	/** The phase is signed off; the item stays with its unit for the next milestone, as 已整改·长期坚持. */
	private void startNextPhase(UnitTask task, CurrentUser user) {
		int next = task.phaseNo() + 1;
		Milestone milestone = milestones.phase(task.measureId(), next)
			.orElseThrow(() -> new IllegalStateException("measure " + task.measureId() + " has no phase " + next));
		// Counted before anything moves: a milestone in a year the calendar lacks refuses the sign-off whole.
		DeadlineDates dates = ladder.datesFor(milestone.dueDate());
		unitTasks.transition(task.id(), Set.of(UnitTaskState.AWAITING_SIGN_OFF), UnitTaskState.IN_PROGRESS,
				user.userId(), "第" + task.phaseNo() + "阶段销号，进入第" + next + "阶段：" + milestone.title() + "（完成时限"
						+ milestone.dueDate() + "）",
				clock.now());
		unitTasks.startPhase(task.id(), next, dates, clock.now());
	}

	/** Sends the item back to the unit; the reason is mandatory and shown on the unit's next form. */
	private void sendBack(long unitTaskId, Evidence evidence, Decision.Stage stage, UnitTaskState from, String reason,
			CurrentUser user) {
		checkReason(reason);
		unitTasks.insertDecision(unitTaskId, evidence.id(), stage, Decision.Outcome.RETURNED, reason, user.userId(),
				clock.now());
		unitTasks.transition(unitTaskId, Set.of(from), UnitTaskState.RETURNED, user.userId(),
				stage.label() + "退回：" + reason, clock.now());
	}

	/** Whoever submitted evidence for an item may neither review nor sign it off. */
	private Evidence checkSegregation(UnitTask task, CurrentUser user) {
		List<Evidence> submissions = unitTasks.evidence(task.id());
		if (submissions.isEmpty()) {
			throw RuleViolation.conflict("NO_EVIDENCE", "该整改任务尚未提交佐证材料");
		}
		if (submissions.stream().anyMatch(e -> e.submittedBy().equals(user.userId()))) {
			throw RuleViolation.forbidden("SEGREGATION_OF_DUTIES", "您提交过该事项的佐证材料，不能再审核或销号同一事项");
		}
		return submissions.get(submissions.size() - 1);
	}

	private static void checkReason(String reason) {
		if (reason.isEmpty()) {
			throw new RuleViolation("REASON_REQUIRED", "退回时必须填写退回理由");
		}
		checkLength(reason);
	}

	private static void checkLength(String reason) {
		if (reason.length() > MAX_REASON) {
			throw new RuleViolation("REASON_TOO_LONG", "意见或理由不能超过" + MAX_REASON + "字");
		}
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString().strip();
	}

	private static String blankToNull(String s) {
		return s.isEmpty() ? null : s;
	}

	private LocalDate date(Object value) {
		try {
			return clock.date(value);
		}
		catch (DateTimeParseException e) {
			throw new RuleViolation("COMPLETION_DATE_INVALID", "完成日期“" + text(value) + "”无法识别，请使用 yyyy-MM-dd 格式");
		}
	}

}
