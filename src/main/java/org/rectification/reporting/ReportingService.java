package org.rectification.reporting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rectification.deadline.CalendarYearMissing;
import org.rectification.deadline.DeadlineLadder;
import org.rectification.deadline.WorkingDayCalendar;
import org.rectification.notification.Notification;
import org.rectification.notification.Notifications;
import org.rectification.orgchart.People;
import org.rectification.orgchart.Roles;
import org.rectification.system.BusinessClock;
import org.rectification.system.CurrentUser;
import org.rectification.system.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Periodic progress reports: opening a cycle with one report per unit that holds open items, the unit's
 * submission, the slips for reports missing on the escalation day, closing what is still missing, and the
 * office's digest. Called by the processes' glue inside the engine's transaction.
 */
@Service
public class ReportingService {

	static final String REPORT_ESCALATION = "REPORT_ESCALATION";

	static final int MAX_NOTE = 4000;

	private static final Logger log = LoggerFactory.getLogger(ReportingService.class);

	private final ReportingLedger ledger;

	private final ReportingProperties properties;

	private final WorkingDayCalendar calendar;

	private final DeadlineLadder ladder;

	private final Notifications notifications;

	private final People people;

	private final BusinessClock clock;

	ReportingService(ReportingLedger ledger, ReportingProperties properties, WorkingDayCalendar calendar,
			DeadlineLadder ladder, Notifications notifications, People people, BusinessClock clock) {
		this.ledger = ledger;
		this.properties = properties;
		this.calendar = calendar;
		this.ladder = ladder;
		this.notifications = notifications;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * Opens today's cycle with its reports, if reporting is on and the cycle is due and not open yet. A day
	 * after the opening day still opens it (up to its due day), so a node that was down on the first working
	 * day does not skip a week.
	 *
	 * @return the new cycle's id, empty when there is nothing to open today
	 */
	public Optional<Long> openCycle() {
		if (!properties.enabled()) {
			return Optional.empty();
		}
		LocalDate today = clock.today();
		CyclePlan plan;
		try {
			plan = CyclePlan.of(today, properties.cycle(), properties.dueWorkingDays(), calendar, clock.zone())
				.filter(p -> !today.isBefore(p.opensOn()) && !today.isAfter(p.dueOn()) && calendar.isWorkingDay(today))
				.orElse(null);
		}
		catch (CalendarYearMissing e) {
			// Retried by tomorrow's run; a calendar file added meanwhile opens the cycle then.
			log.warn("No progress report cycle opened on {}: {}", today, e.getMessage());
			return Optional.empty();
		}
		if (plan == null || ledger.cycleOfPeriod(plan).isPresent()) {
			return Optional.empty();
		}
		long cycleId = ledger.insertCycle(plan, clock.now());
		for (String unitId : ledger.unitsWithOpenItems()) {
			ledger.insertReport(cycleId, unitId, clock.now());
		}
		return Optional.of(cycleId);
	}

	public ReportingCycle cycle(long cycleId) {
		return ledger.cycle(cycleId).orElseThrow(() -> new RuleViolation("NOT_FOUND", "报送周期 " + cycleId + " 不存在"));
	}

	public List<ReportingCycle> cycles() {
		return ledger.cycles();
	}

	public List<Long> reportIds(long cycleId) {
		return ledger.reports(cycleId, null).stream().map(UnitReport::id).toList();
	}

	public void linkCycle(long cycleId, String processInstanceId) {
		ledger.linkCycle(cycleId, processInstanceId);
	}

	public void linkReport(long reportId, String processInstanceId) {
		ledger.linkReport(reportId, processInstanceId);
	}

	public UnitReport report(long reportId) {
		return ledger.report(reportId)
			.orElseThrow(() -> new RuleViolation("NOT_FOUND", "整改进展报告 " + reportId + " 不存在"));
	}

	public List<UnitReport> reports(Long cycleId, List<String> unitIds) {
		return ledger.reports(cycleId, unitIds);
	}

	/** One page of the reports: at most {@code rows} from {@code offset}. */
	public List<UnitReport> reports(Long cycleId, List<String> unitIds, int rows, int offset) {
		return ledger.reports(cycleId, unitIds, rows, offset);
	}

	public List<ReportEntry> entries(long reportId) {
		return ledger.entries(reportId);
	}

	/** The form's text: one numbered line per item, with what was written before, if anything. */
	public String prefilledProgress(List<ReportEntry> entries) {
		return ProgressText.compose(entries);
	}

	public List<ReportSlip> slips(long reportId) {
		return ledger.slips(reportId);
	}

	/**
	 * The unit's report, from the form's text or the API's entries (by unit task id); all or nothing.
	 *
	 * @param byUnitTask the API's entries, or {@code null} when the text is given
	 */
	public UnitReport submit(long reportId, CurrentUser user, String text, Map<Long, String> byUnitTask) {
		ledger.lockReport(reportId);
		UnitReport report = report(reportId);
		if (!user.memberOf(report.unitId())) {
			throw RuleViolation.forbidden("NOT_UNIT_MEMBER", "只有" + report.unitName() + "的人员可以报送本单位的整改进展");
		}
		if (report.status() != UnitReport.Status.OPEN) {
			throw RuleViolation.conflict("REPORT_CLOSED", "本期整改进展报告为“" + report.status().label() + "”，不能再报送");
		}
		List<ReportEntry> entries = ledger.entries(reportId);
		Map<Long, String> progress = byUnitTask == null ? ProgressText.parse(text, entries)
				: ProgressText.fromEntries(byUnitTask, entries);
		ReportingCycle cycle = cycle(report.cycleId());
		UnitReport.Status status = clock.today().isAfter(cycle.dueOn()) ? UnitReport.Status.SUBMITTED_LATE
				: UnitReport.Status.SUBMITTED;
		if (!ledger.submit(reportId, status, user.userId(), clock.now())) {
			throw RuleViolation.conflict("REPORT_CLOSED", "本期整改进展报告已被报送或已关闭，请刷新后查看");
		}
		progress.forEach(ledger::writeProgress);
		return report(reportId);
	}

	/**
	 * The escalation day: one slip per report still open and responsible leader of its items, each told once.
	 *
	 * @return the new slips' ids
	 */
	public List<Long> escalate(long cycleId) {
		ReportingCycle cycle = cycle(cycleId);
		List<Long> raised = new ArrayList<>();
		for (UnitReport report : ledger.reports(cycleId, null)) {
			if (report.status() != UnitReport.Status.OPEN) {
				continue;
			}
			for (String leader : leaders(report.id())) {
				if (ledger.slip(report.id(), leader).isPresent()) {
					continue;
				}
				long slipId = ledger.insertSlip(report.id(), leader, clock.now());
				raised.add(slipId);
				notifications.record(new Notification(REPORT_ESCALATION + ":" + report.id() + ":" + leader,
						REPORT_ESCALATION, null, "【报送督办单】" + report.unitName() + "未报送整改进展（" + cycle.title() + "）",
						report.unitName() + "未在" + cycle.dueOn() + "前报送" + cycle.title() + "的整改进展，其中有您分管的整改事项。"
								+ "请在 Tasklist 中签收报送督办单，可写下督办意见。",
						List.of(leader)));
			}
		}
		ledger.markDigest(cycleId, clock.now());
		return raised;
	}

	/** The responsible leaders of the report's items, each once, in the items' order. */
	List<String> leaders(long reportId) {
		LinkedHashSet<String> leaders = new LinkedHashSet<>();
		ledger.entries(reportId).forEach(e -> {
			if (e.responsibleLeader() != null) {
				leaders.add(e.responsibleLeader());
			}
		});
		return List.copyOf(leaders);
	}

	/** The cycle has closed: a report still open is MISSED. */
	public boolean markMissed(long reportId) {
		ledger.lockReport(reportId);
		return ledger.markMissed(reportId, clock.now());
	}

	public void closeCycle(long cycleId) {
		ledger.closeCycle(cycleId, clock.now());
	}

	public ReportSlip slip(long slipId) {
		return ledger.slip(slipId).orElseThrow(() -> new RuleViolation("ESCALATION_NOT_FOUND", "报送督办单不存在"));
	}

	/** The addressee acknowledges the slip (签收), optionally with an instruction. */
	public ReportSlip acknowledge(long slipId, long cycleId, CurrentUser user, Object instructionValue) {
		ReportSlip slip = slip(slipId);
		if (!report(slip.reportId()).cycleId().equals(cycleId)) {
			throw new RuleViolation("ESCALATION_NOT_FOUND", "报送督办单不存在");
		}
		if (!user.userId().equals(slip.addressedTo())) {
			throw RuleViolation.forbidden("NOT_ADDRESSEE", "报送督办单只能由" + people.name(slip.addressedTo()) + "签收");
		}
		String instruction = text(instructionValue);
		if (instruction.length() > MAX_NOTE) {
			throw new RuleViolation("INSTRUCTION_TOO_LONG", "督办意见不能超过" + MAX_NOTE + "字");
		}
		if (!ledger.acknowledgeSlip(slipId, user.userId(), instruction.isEmpty() ? null : instruction, clock.now())) {
			throw RuleViolation.conflict("ALREADY_ACKNOWLEDGED", "该报送督办单已被签收");
		}
		return slip(slipId);
	}

	/** The office has read the digest, optionally with a note. */
	public void readDigest(long cycleId, CurrentUser user, Object noteValue) {
		if (!user.memberOf(Roles.OFFICE)) {
			throw RuleViolation.forbidden("NOT_OFFICE", "整改进展汇总只能由整改办查阅办结");
		}
		String note = text(noteValue);
		if (note.length() > MAX_NOTE) {
			throw new RuleViolation("NOTE_TOO_LONG", "备注不能超过" + MAX_NOTE + "字");
		}
		if (!ledger.readDigest(cycleId, user.userId(), note.isEmpty() ? null : note, clock.now())) {
			throw RuleViolation.conflict("ALREADY_READ", "本期整改进展汇总已由他人办结");
		}
	}

	/** The digest as of now: reports, their entries and slips, and the changes since the cycle opened. */
	public Digest digest(long cycleId) {
		ReportingCycle cycle = cycle(cycleId);
		List<Digest.Line> lines = ledger.reports(cycleId, null).stream()
			.map(r -> new Digest.Line(r, r.submittedBy() == null ? "" : people.name(r.submittedBy()), ledger.entries(r.id()),
					ledger.slips(r.id()).stream().map(s -> people.name(s.addressedTo())).toList()))
			.toList();
		OffsetDateTime now = clock.now();
		OffsetDateTime until = cycle.closedAt() == null || cycle.closedAt().isAfter(now) ? now : cycle.closedAt();
		return new Digest(cycle, lines, ledger.changes(cycle.openedAt(), until), now);
	}

	/** The time of day the cycle's timers fire. */
	public LocalTime remindAt() {
		return ladder.remindAt();
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString().strip();
	}

}
