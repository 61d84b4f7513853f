package org.rectification.rectification.process;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.rectification.deadline.DeadlineStatus;
import org.rectification.evidence.EvidenceFile;
import org.rectification.evidence.EvidenceFiles;
import org.rectification.evidence.EvidenceResults;
import org.rectification.evidence.EvidenceResultsLedger;
import org.rectification.evidence.EvidenceWarnings;
import org.rectification.evidence.ReviewCheck;
import org.rectification.ledger.Decision;
import org.rectification.ledger.Evidence;
import org.rectification.ledger.EvidenceKind;
import org.rectification.ledger.LookBack;
import org.rectification.ledger.LookBackStatus;
import org.rectification.ledger.LookBacks;
import org.rectification.ledger.Milestone;
import org.rectification.ledger.Milestones;
import org.rectification.ledger.UnitTask;
import org.rectification.ledger.UnitTasks;
import org.rectification.orgchart.People;
import org.rectification.rectification.process.UnitRectificationProcess.FormFields;
import org.rectification.system.BusinessClock;
import org.springframework.stereotype.Component;

/**
 * What Tasklist shows on a task of the unit-rectification process: a name that says what and for whom, the
 * due date, and the read-only context of the item, copied from the ledger into task-local variables (they
 * vanish with the task). The fields a form submits are created task-local too, so values submitted through
 * the form stay on the task and reach the ledger only through the completion listener.
 */
@Component
class TaskPresentation {

	private final UnitTasks unitTasks;

	private final UnitTaskRouting routing;

	private final People people;

	private final BusinessClock clock;

	private final DeadlineStatus deadlineStatus;

	private final EvidenceFiles evidenceFiles;

	private final EvidenceResultsLedger resultsLedger;

	private final EvidenceWarnings evidenceWarnings;

	private final Milestones milestones;

	private final LookBacks lookBacks;

	TaskPresentation(UnitTasks unitTasks, UnitTaskRouting routing, People people, DeadlineStatus deadlineStatus,
			EvidenceFiles evidenceFiles, EvidenceResultsLedger resultsLedger, EvidenceWarnings evidenceWarnings,
			Milestones milestones, LookBacks lookBacks, BusinessClock clock) {
		this.milestones = milestones;
		this.lookBacks = lookBacks;
		this.deadlineStatus = deadlineStatus;
		this.evidenceFiles = evidenceFiles;
		this.resultsLedger = resultsLedger;
		this.evidenceWarnings = evidenceWarnings;
		this.unitTasks = unitTasks;
		this.routing = routing;
		this.people = people;
		this.clock = clock;
	}

	void present(DelegateTask task, List<String> formFields) {
		UnitTask item = routing.item(task);
		long unitTaskId = item.id();
		task.setName(item.reference() + task.getName() + " · " + item.unitName());
		task.setDescription(item.measureText());
		if (UnitRectificationProcess.TASK_SUBMIT_EVIDENCE.equals(task.getTaskDefinitionKey())) {
			task.setName(SubmitTaskLight.name(item));
			task.setPriority(SubmitTaskLight.priority(item.warning()));
			task.setDueDate(Date.from(item.deadline().atTime(LocalTime.of(23, 59)).atZone(clock.zone()).toInstant()));
		}
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("ctxRound", item.roundName());
		context.put("ctxAspect", numbered(item.aspectCode(), item.aspectTitle()));
		context.put("ctxProblem", numbered(item.problemCode(), item.problemTitle()));
		context.put("ctxManifestation",
				item.manifestationText() == null ? "（针对问题整体）" : numbered(item.manifestationCode(), item.manifestationText()));
		context.put("ctxMeasure", item.reference() + " " + item.measureText());
		context.put("ctxMeasureType", item.measureType().label());
		context.put("ctxPhase", item.phased() ? phases(item) : "");
		context.put("ctxUnit", item.unitName());
		context.put("ctxLeader", people.name(item.responsibleLeader()));
		context.put("ctxDeadline", deadlineStatus.deadline(item));
		context.put("ctxWarning", deadlineStatus.warning(item));
		context.put("ctxEscalations", deadlineStatus.escalations(unitTaskId));
		context.put("ctxExtensions", deadlineStatus.extensions(unitTaskId));
		List<Decision> decisions = unitTasks.decisions(unitTaskId);
		List<LookBack> itsLookBacks = lookBacks.forUnitTask(unitTaskId);
		context.put("ctxReturnHistory", returnHistory(decisions, itsLookBacks));
		List<Evidence> evidence = unitTasks.evidence(unitTaskId);
		Evidence latest = evidence.isEmpty() ? null : evidence.get(evidence.size() - 1);
		context.put("ctxSummary", latest == null ? "" : latest.summary());
		context.put("ctxCompletionDate", latest == null ? "" : latest.completionDate().toString());
		context.put("ctxSubmittedBy", latest == null ? ""
				: people.name(latest.submittedBy()) + "，第" + latest.submissionNo() + "次提交，"
						+ latest.submittedAt().atZoneSameInstant(clock.zone()).toLocalDate());
		context.put("ctxReview", decisions.stream()
			.filter(d -> d.stage() == Decision.Stage.REVIEW && d.outcome() == Decision.Outcome.ACCEPTED && latest != null
					&& latest.id().equals(d.evidenceId()))
			.reduce((a, b) -> b)
			.map(d -> people.name(d.decidedBy()) + " 于 " + d.decidedAt().atZoneSameInstant(clock.zone()).toLocalDate()
					+ " 审核通过" + (d.reason() == null ? "" : "：" + d.reason()))
			.orElse(""));
		EvidenceResults results = latest == null ? EvidenceResults.NONE : resultsLedger.find(latest.id());
		context.put("ctxResults", latest == null ? "" : results.describe());
		// The unit's form names what the plan requires (its files are in the live tab); the reviewers' forms list
		// the submitted files. A round's fan-out creates many unit tasks: no file query for them.
		if (UnitRectificationProcess.TASK_SUBMIT_EVIDENCE.equals(task.getTaskDefinitionKey())) {
			context.put("ctxRequiredKinds", requiredKinds(item));
		}
		else {
			context.put("ctxFiles", submittedFiles(evidenceFiles.forUnitTask(unitTaskId)));
		}
		if (UnitRectificationProcess.TASK_SUBMIT_LOOK_BACK.equals(task.getTaskDefinitionKey())
				|| UnitRectificationProcess.TASK_REVIEW_LOOK_BACK.equals(task.getTaskDefinitionKey())) {
			context.put("ctxLookBack", lookBack(item, itsLookBacks));
		}
		if (UnitRectificationProcess.TASK_REVIEW_EVIDENCE.equals(task.getTaskDefinitionKey())) {
			context.put("ctxWarnings", EvidenceWarnings.describe(evidenceWarnings.of(item, latest)));
		}
		if (UnitRectificationProcess.TASK_SIGN_OFF.equals(task.getTaskDefinitionKey())) {
			Decision review = decisions.stream()
				.filter(d -> d.stage() == Decision.Stage.REVIEW && latest != null && latest.id().equals(d.evidenceId()))
				.reduce((a, b) -> b)
				.orElse(null);
			context.put("ctxChecklist", review == null ? "" : ReviewCheck.describe(ReviewCheck.parse(review.checklist())));
			context.put("ctxWarnings", review == null || review.warnings() == null ? "（无）"
					: EvidenceWarnings.describe(List.of(review.warnings().split("\n"))));
		}
		task.setVariablesLocal(context);
		for (String field : formFields) {
			task.setVariableLocal(field, null);
		}
		if (formFields.contains(FormFields.INSTITUTIONS)) {
			// A unit that was sent back finds what it reported last time.
			task.setVariableLocal(FormFields.INSTITUTIONS, results.institutions().stream()
				.map(i -> i.title() + (i.documentNo() == null ? "" : "，" + i.documentNo())
						+ (i.issuedOn() == null ? "" : "，" + i.issuedOn()))
				.collect(Collectors.joining("\n")));
			for (EvidenceResults.Accountability a : results.accountabilities()) {
				task.setVariableLocal(FormFields.ACCOUNTABILITY_PREFIX + a.kind().name(), a.persons());
			}
			if (results.fundsRecovered() != null) {
				task.setVariableLocal(FormFields.FUNDS_RECOVERED, results.fundsRecovered().doubleValue());
			}
		}
		if (formFields.contains(FormFields.REVIEW_CHECKLIST)) {
			// Typed as text: Tasklist sends the ticked items back as JSON text in a variable of this type.
			task.setVariableLocal(FormFields.REVIEW_CHECKLIST, "");
		}
		// A unit that was sent back edits its previous text instead of starting again.
		if (formFields.contains(FormFields.SUMMARY) && latest != null) {
			task.setVariableLocal(FormFields.SUMMARY, latest.summary());
		}
	}

	/** Every phase of a phased item, the current one marked, e.g. "第2阶段（共3阶段）：…". */
	private String phases(UnitTask item) {
		List<Milestone> later = milestones.forMeasure(item.measureId());
		StringBuilder text = new StringBuilder("当前第" + item.phaseNo() + "阶段（共" + item.phaseCount() + "阶段）"
				+ (item.keptSince() == null ? "" : "，第1阶段已于"
						+ item.keptSince().atZoneSameInstant(clock.zone()).toLocalDate() + "销号，事项为“已整改，长期坚持”"));
		text.append("\n").append(mark(item, 1)).append("第1阶段：完成整改措施");
		for (Milestone m : later) {
			text.append("\n").append(mark(item, m.phaseNo())).append("第").append(m.phaseNo()).append("阶段：")
				.append(m.title()).append("（完成时限").append(m.dueDate()).append("）");
		}
		return text.toString();
	}

	private static String mark(UnitTask item, int phase) {
		return phase < item.phaseNo() ? "✓ " : phase == item.phaseNo() ? "▶ " : "  ";
	}

	/** When the item was closed and looked at again, and what earlier look-backs found. */
	private String lookBack(UnitTask item, List<LookBack> itsLookBacks) {
		StringBuilder text = new StringBuilder();
		if (item.closedAt() != null) {
			text.append("销号日期：").append(item.closedAt().atZoneSameInstant(clock.zone()).toLocalDate());
		}
		for (LookBack l : itsLookBacks) {
			text.append(text.isEmpty() ? "" : "\n").append("回头看 ").append(l.dueOn()).append("：").append(l.status().label());
			if (l.reason() != null) {
				text.append("（").append(l.reason()).append("）");
			}
		}
		return text.toString();
	}

	/** The submitted files for the review and sign-off forms (locked: they cannot change while the form is open). */
	private static String submittedFiles(List<EvidenceFile> files) {
		List<EvidenceFile> shown = files.stream().filter(EvidenceFile::submitted).toList();
		if (shown.isEmpty()) {
			return "（未上传文件）";
		}
		StringBuilder text = new StringBuilder("共 " + shown.size() + " 个文件，详见“佐证材料”标签页：");
		int n = 1;
		for (EvidenceFile f : shown) {
			text.append("\n").append(n++).append(". ").append(f.fileName()).append("（").append(f.kind().label())
				.append("，第").append(f.submissionNo()).append("次提交）");
		}
		return text.toString();
	}

	/** What the plan requires; whether it is there yet the 佐证材料 tab shows as files arrive. */
	private String requiredKinds(UnitTask item) {
		List<EvidenceKind> required = evidenceFiles.requiredKinds(item.measureId());
		return required.isEmpty() ? "无特别要求"
				: String.join("、", required.stream().map(EvidenceKind::label).toList()) + "（每类至少一个文件）";
	}

	/** Titles from a plan workbook carry their own numbering (一、（一）1.); others get their code in front. */
	private static String numbered(String code, String title) {
		return NUMBERED.matcher(title).lookingAt() ? title : code + " " + title;
	}

	private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern
		.compile("[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百0-9]+[）)]|[0-9]+[、.．]");

	/** Every time the item was sent back, by review, sign-off or a look-back that found it rebounded, oldest first. */
	private String returnHistory(List<Decision> decisions, List<LookBack> itsLookBacks) {
		record Line(OffsetDateTime at, String text) {
		}
		List<Line> lines = new ArrayList<>();
		decisions.stream()
			.filter(d -> d.outcome() == Decision.Outcome.RETURNED)
			.forEach(d -> lines.add(new Line(d.decidedAt(), d.decidedAt().atZoneSameInstant(clock.zone()).toLocalDate() + " "
					+ d.stage().label() + "退回（" + people.name(d.decidedBy()) + "）：" + d.reason())));
		itsLookBacks.stream()
			.filter(l -> l.status() == LookBackStatus.REBOUNDED)
			.forEach(l -> lines.add(new Line(l.verdictAt(), l.verdictAt().atZoneSameInstant(clock.zone()).toLocalDate()
					+ " 回头看发现反弹（" + people.name(l.verdictBy()) + "）：" + l.reason() + "，重新整改时限" + l.newDeadline())));
		lines.sort(Comparator.comparing(Line::at));
		return lines.isEmpty() ? "（无）" : lines.stream().map(Line::text).collect(Collectors.joining("\n"));
	}

}
