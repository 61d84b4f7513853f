package org.rectification.demo;

import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.rectification.deadline.CalendarYearMissing;
import org.rectification.deadline.DeadlineExtension;
import org.rectification.deadline.DeadlineLadder;
import org.rectification.deadline.ExtensionService;
import org.rectification.deadline.WorkingDayCalendar;
import org.rectification.deadline.process.DeadlineExtensionProcess;
import org.rectification.demo.DemoPlan.MeasurePlan;
import org.rectification.demo.DemoPlan.MilestonePlan;
import org.rectification.demo.DemoPlan.RoundPlan;
import org.rectification.ledger.InspectionRound;
import org.rectification.ledger.Rounds;
import org.rectification.ledger.UnitTask;
import org.rectification.ledger.UnitTasks;
import org.rectification.plan.PlanImportService;
import org.rectification.plan.process.InspectionRoundProcess.StartFields;
import org.rectification.plan.process.InspectionRoundProcess;
import org.rectification.rectification.process.UnitRectificationProcess.FormFields;
import org.rectification.rectification.process.UnitRectificationProcess.Vars;
import org.rectification.rectification.process.UnitRectificationProcess;
import org.rectification.reporting.ReportEntry;
import org.rectification.reporting.ReportingCycle;
import org.rectification.reporting.ReportingProperties;
import org.rectification.reporting.ReportingService;
import org.rectification.reporting.UnitReport;
import org.rectification.reporting.process.ProgressReportingProcess;
import org.rectification.reporting.process.UnitProgressReportProcess;
import org.rectification.system.BusinessClock;
import org.rectification.system.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At the first start of the demo profile, plays the rounds of {@code demo/demo-rounds.yml} as their users would
 * have, over the weeks since the feedback: the office registers the round and imports its plan, the leading group
 * approves it, units submit, the office reviews and sends back, leaders sign off, acknowledge slips and approve
 * extensions, look-backs come due. Every step goes through the same tasks and rules as in Tasklist; the engine
 * clock is set back to each step's moment ({@link DemoTimeline}), so history and statistics show the past.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "rectification.demo.enabled", havingValue = "true")
class DemoRound implements ApplicationRunner {

	static final String MAIN_ROUND = "区委第一巡察组常规巡察反馈问题整改";

	private static final List<String> PROGRESS_PHRASES = List.of("本周已完成自查，正在整理佐证材料。", "已召开专题会议部署，按计划推进。",
			"已完成阶段性工作，下周报送佐证材料。", "正在对照措施逐项落实，暂无困难。");

	private static final Logger log = LoggerFactory.getLogger(DemoRound.class);

	private final Rounds rounds;

	private final UnitTasks unitTasks;

	private final PlanImportService planImport;

	private final ExtensionService extensions;

	private final ProcessEngine engine;

	private final IdentityService identityService;

	private final TaskService taskService;

	private final FormService formService;

	private final RepositoryService repositoryService;

	private final DeadlineLadder ladder;

	private final WorkingDayCalendar calendar;

	private final BusinessClock clock;

	private final ReportingService reporting;

	private final boolean reportingEnabled;

	/** Set in the engine's properties once the whole demo has been played. */
	static final String COMPLETE_PROPERTY = "rectification.demo.complete";

	/** The start page warns while the demo is being played, and when a first start was stopped half-way. */
	enum Status {

		BUILDING, READY, INTERRUPTED

	}

	private volatile Status status = Status.BUILDING;

	DemoRound(Rounds rounds, UnitTasks unitTasks, PlanImportService planImport, ExtensionService extensions,
			ProcessEngine engine, DeadlineLadder ladder, WorkingDayCalendar calendar, BusinessClock clock,
			ReportingService reporting, ReportingProperties reportingProperties) {
		this.reporting = reporting;
		this.reportingEnabled = reportingProperties.enabled();
		this.rounds = rounds;
		this.unitTasks = unitTasks;
		this.planImport = planImport;
		this.extensions = extensions;
		this.engine = engine;
		this.identityService = engine.getIdentityService();
		this.taskService = engine.getTaskService();
		this.formService = engine.getFormService();
		this.repositoryService = engine.getRepositoryService();
		this.ladder = ladder;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!rounds.findAllRounds().isEmpty()) {
			if (engine.getManagementService().getProperties().containsKey(COMPLETE_PROPERTY)) {
				status = Status.READY;
			}
			else {
				status = Status.INTERRUPTED;
				log.warn("The demo is incomplete: its first start was stopped while playing it. Stop the app, delete ./data "
						+ "and start again to play it anew.");
			}
			return;
		}
		long started = System.nanoTime();
		DemoPlan plan = DemoPlan.load();
		Story story = new Story(clock.today());
		try (DemoTimeline timeline = new DemoTimeline(engine, clock.zone())) {
			story.timeline = timeline;
			for (RoundPlan round : plan.rounds()) {
				story.play(round);
			}
			log.info("Demo rounds created in {} ms ({} jobs run in the past)", (System.nanoTime() - started) / 1_000_000,
					timeline.executedJobs());
		}
		engine.getManagementService().setProperty(COMPLETE_PROPERTY, clock.now().toString());
		status = Status.READY;
	}

	Status status() {
		return status;
	}

	/** What happens when: the steps of one item, each at its moment. */
	private record Step(LocalDateTime at, int order, String what, Runnable action) {
	}

	private final class Story {

		private final LocalDate today;

		private DemoTimeline timeline;

		private final List<Step> steps = new ArrayList<>();

		private final Map<String, String> unitUsers = new HashMap<>();

		Story(LocalDate today) {
			this.today = today;
		}

		void play(RoundPlan round) {
			LocalDate feedback = day(round.feedback());
			// The round's process and plan, in the order and at the pace of a real office.
			LocalDate registered = next(feedback, 2);
			LocalDate imported = next(registered, 2);
			LocalDate returned = next(imported, 1);
			LocalDate approved = next(returned, 1);
			if (round.awaitingApproval()) {
				registered = back(8);
				imported = back(3);
			}
			timeline.startAt(LocalDateTime.of(registered, LocalTime.of(9, 0)).minusMinutes(1));
			long roundId = register(round, registered, feedback);
			timeline.at(LocalDateTime.of(imported, LocalTime.of(10, 0)));
			Map<String, List<String>> milestones = milestones(round);
			as("office1", () -> planImport.importWorkbook(roundId,
					new ByteArrayInputStream(DemoWorkbook.of(round, this::deadline, milestones)), round.name() + "整改方案.xlsx",
					user("office1")));
			completeRoundTask(roundId, InspectionRoundProcess.TASK_IMPORT_PLAN, "office1", Map.of());
			if (round.awaitingApproval()) {
				return;
			}
			// 党组会 first sends the plan back once, then approves it the next day; the approval fans out.
			timeline.at(LocalDateTime.of(returned, LocalTime.of(16, 0)));
			completeRoundTask(roundId, InspectionRoundProcess.TASK_APPROVE_PLAN, "leader1",
					Map.of(InspectionRoundProcess.Vars.PLAN_DECISION, InspectionRoundProcess.DECISION_RETURN,
							InspectionRoundProcess.RETURN_REASON, "措施9-1私立明德中学清退无证人员的时限偏长，请责任单位明确清退时间表后再报。"));
			timeline.at(LocalDateTime.of(returned, LocalTime.of(17, 30)));
			completeRoundTask(roundId, InspectionRoundProcess.TASK_IMPORT_PLAN, "office2", Map.of());
			timeline.at(LocalDateTime.of(approved, LocalTime.of(15, 0)));
			completeRoundTask(roundId, InspectionRoundProcess.TASK_APPROVE_PLAN, "secretary",
					Map.of(InspectionRoundProcess.Vars.PLAN_DECISION, InspectionRoundProcess.DECISION_APPROVE,
							InspectionRoundProcess.RETURN_REASON, "经党组会研究，同意整改方案，请各责任单位对照措施抓好落实。"));
			timeline.at(LocalDateTime.of(approved, LocalTime.of(15, 30)));

			List<UnitTask> items = unitTasks.list(roundId, null, null);
			Set<String> special = new HashSet<>();
			specialItems(items, approved, special);
			progressReports();
			for (MeasurePlan measure : round.measures()) {
				List<UnitTask> ofMeasure = items.stream()
					.filter(t -> t.measureCode().equals(measure.code()) && !special.contains(key(t)))
					.sorted(Comparator.comparing(UnitTask::unitId))
					.toList();
				for (int i = 0; i < ofMeasure.size(); i++) {
					progress(measure, ofMeasure.get(i), i, ofMeasure.size(), approved);
				}
			}
			steps.sort(Comparator.comparing(Step::at).thenComparing(Step::order));
			for (Step step : steps) {
				timeline.at(step.at());
				try {
					step.action().run();
				}
				catch (RuntimeException e) {
					throw new IllegalStateException("Demo step failed: " + step.what() + " at " + step.at(), e);
				}
			}
			steps.clear();
			log.info("Demo round “{}”: {} unit tasks", round.name(), items.size());
		}

		// --- the round ---

		private long register(RoundPlan round, LocalDate registered, LocalDate feedback) {
			String definitionId = repositoryService.createProcessDefinitionQuery()
				.processDefinitionKey(InspectionRoundProcess.KEY)
				.latestVersion()
				.singleResult()
				.getId();
			Map<String, Object> fields = new HashMap<>();
			fields.put(StartFields.NAME, round.name());
			fields.put(StartFields.INSPECTION_GROUP, round.inspectionGroup());
			fields.put(StartFields.INSPECTED_BODY, round.inspectedBody());
			fields.put(StartFields.PERIOD_START, day(round.periodStart()).toString());
			fields.put(StartFields.PERIOD_END, day(round.periodEnd()).toString());
			fields.put(StartFields.FEEDBACK_DATE, feedback.toString());
			fields.put(StartFields.DOCUMENT_NO, round.documentNo());
			fields.put(StartFields.DEADLINE, deadline(round.deadline()).toString());
			timeline.at(LocalDateTime.of(registered, LocalTime.of(9, 0)));
			as("office1", () -> formService.submitStartForm(definitionId, fields));
			return rounds.findAllRounds()
				.stream()
				.filter(r -> r.name().equals(round.name()))
				.mapToLong(InspectionRound::id)
				.findFirst()
				.orElseThrow();
		}

		/** Milestones as the workbook writes them; one that the calendar cannot place after its phase is left out. */
		private Map<String, List<String>> milestones(RoundPlan round) {
			Map<String, List<String>> lines = new HashMap<>();
			for (MeasurePlan m : round.measures()) {
				LocalDate previous = deadline(m.due());
				for (MilestonePlan milestone : m.milestones() == null ? List.<MilestonePlan>of() : m.milestones()) {
					LocalDate date = deadline(milestone.due());
					if (!date.isAfter(previous)) {
						log.warn("Demo milestone of {} left out: the working-day calendar ends before {}", m.code(),
								today.plusDays(milestone.due()));
						break;
					}
					lines.computeIfAbsent(m.code(), c -> new ArrayList<>()).add(date + " " + milestone.title());
					previous = date;
				}
			}
			return lines;
		}

		private void completeRoundTask(long roundId, String taskKey, String user, Map<String, Object> fields) {
			String processInstanceId = rounds.findRound(roundId).orElseThrow().processInstanceId();
			complete(processInstanceId, taskKey, user, fields);
		}

		// --- the items ---

		/** Items with a story of their own, told here; the measure's story skips them. */
		private void specialItems(List<UnitTask> items, LocalDate approved, Set<String> special) {
			Map<String, UnitTask> byKey = new LinkedHashMap<>();
			items.forEach(t -> byKey.put(key(t), t));
			java.util.function.Function<String, UnitTask> item = k -> {
				special.add(k);
				UnitTask t = byKey.get(k);
				if (t == null) {
					throw new IllegalStateException("Demo item " + k + " not in the plan");
				}
				return t;
			};

			// 3-1: 实验小学 untouched; 实验中学 sent back by the office; 第一中学 under review; 第二中学 sent back by its leader.
			item.apply("3-1/school-syxx");
			UnitTask syzx = item.apply("3-1/school-syzx");
			submit(syzx, back(6), "syzx1", "已组织财务人员学习报销制度。", null);
			review(syzx, back(5), "office1", false, "只写了学习，未说明白条和无公函接待如何处理，请补充整改后的报销审批流程文件。");
			UnitTask yz = item.apply("3-1/school-yz");
			submit(yz, back(2), "yz1", "开展财务专项自查，清理白条3张，补齐公务接待公函，修订报销审批流程。", null);
			UnitTask ez = item.apply("3-1/school-ez");
			submit(ez, back(9), "ez1", "清理白条2张，补办公务接待公函4份，报销审批改为三级审批。", null);
			review(ez, back(8), "office2", true, null);
			signOff(ez, back(7), false, "白条涉及的1.2万元支出尚未查清用途，请查清后补充说明再报销号。");

			// 3-2 and 12-2: signed off soon after the approval; their one-month look-backs have come due.
			UnitTask rules = item.apply("3-2/dept-jcg");
			LocalDate rulesSubmitted = next(approved, 3);
			submit(rules, rulesSubmitted, "jcg1", "修订机关和学校财务报销管理办法，实行经办人、负责人、分管领导三级审批，已印发执行。",
					"财务报销管理办法（修订），龙教财〔2026〕6号");
			review(rules, next(rulesSubmitted, 1), "office1", true, null);
			signOff(rules, next(rulesSubmitted, 2), true, null);
			UnitTask ledger = item.apply("12-2/dept-bgs");
			LocalDate ledgerSubmitted = next(approved, 2);
			submit(ledger, ledgerSubmitted, "bgs1", "建立巡察整改工作台账，逐条明确责任领导、责任单位和完成时限，每周更新，对账销号。", null);
			review(ledger, next(ledgerSubmitted, 1), "office2", true, null);
			signOff(ledger, next(ledgerSubmitted, 2), true, null);
			submitLookBack(ledger, back(4), "bgs1", "整改台账每周更新，已对账销号31项，未发现台账与实际不符。");

			// 9-1: overdue. 私立明德中学 has done nothing (督办单 and 严重逾期督办单 open); 人事股 was chased and submitted late.
			item.apply("9-1/school-smzx");
			UnitTask rsg = item.apply("9-1/dept-rsg");
			acknowledgeSlip(rsg, next(day(-30), 2), "请人事股三日内报送清退方案，明德中学一并督促。");
			submit(rsg, back(3), "rsg1", "排查全区无资格证任教人员8人，已全部辞退；建立新进人员资格准入审查机制。",
					"教职工准入资格审查办法，龙教人〔2026〕19号");

			// 8-2: overdue, its slip waiting for the leader.
			item.apply("8-2/dept-rsg");

			// 11-1: an extension approved; 7-2: an extension waiting for the leader.
			UnitTask secondment = item.apply("11-1/dept-rsg");
			requestExtension(secondment, back(20), "rsg1", 25, "借调人员中3人需办理调动手续，须经区编办审批，预计需延后20天。", "leader1");
			UnitTask canteen = item.apply("7-2/dept-twy");
			requestExtension(canteen, back(1), "twy1", 30, "大宗食材公开招标须经区公共资源交易中心排期，开标时间在原时限之后。", null);

			// 13-1: a look-back a month after sign-off at every school: most held, 第三中学 rebounded, some still open.
			List<UnitTask> safety = items.stream()
				.filter(t -> t.measureCode().equals("13-1"))
				.sorted(Comparator.comparing(UnitTask::unitId))
				.toList();
			for (int i = 0; i < safety.size(); i++) {
				UnitTask t = item.apply(key(safety.get(i)));
				LocalDate submitted = next(approved, 2 + i % 4);
				String unitUser = unitUser(t.unitId());
				submit(t, submitted, unitUser, "开展校园安全隐患排查，更换过期灭火器，疏通消防通道，建立隐患整改台账并逐项销号。", null);
				review(t, next(submitted, 1), i % 2 == 0 ? "office1" : "office2", true, null);
				signOff(t, next(submitted, 2), true, null);
				if (t.unitId().equals("school-sz")) {
					submitLookBack(t, back(16), unitUser, "已按要求更换灭火器，消防通道保持畅通。");
					rebound(t, back(14), "复查发现教学楼二楼消防通道再次堆放杂物，部分灭火器压力不足，整改成效未巩固。", 15);
				}
				else if (i < safety.size() - 5) {
					submitLookBack(t, back(18 - i % 6), unitUser, "对照隐患整改台账逐项复查，消防器材在有效期内，消防通道畅通，未发现反弹。");
					holdLookBack(t, back(10 - i % 6), i % 2 == 0 ? "office2" : "office1");
				}
				else if (i < safety.size() - 3) {
					submitLookBack(t, back(2), unitUser, "复查消防器材和疏散通道，均符合要求，隐患整改台账已更新。");
				}
			}

			// 1-1: its first phase signed off (measure story), the second phase submitted and under review.
			UnitTask study = byKey.get("1-1/dept-djb");
			submit(study, back(2), "djb1", "第二阶段：已开展集中学习8次、专题研讨4次，完成学习成效自评，形成评估报告。", null);
		}

		/** The measure's story for one of its units (the i-th of n, by unit id). */
		private void progress(MeasurePlan m, UnitTask t, int i, int n, LocalDate approved) {
			String story = m.story() == null ? "" : m.story();
			String stage = switch (story) {
				case "signedOff" -> "signedOff";
				case "reviewing" -> "reviewing";
				case "partly" -> i < Math.ceil(n * 0.55) ? "signedOff"
						: i < Math.ceil(n * 0.7) ? "awaitingSignOff" : i < Math.ceil(n * 0.8) ? "reviewing" : "";
				default -> "";
			};
			String user = unitUser(t.unitId());
			String office = i % 3 == 2 ? "office2" : "office1";
			switch (stage) {
				case "signedOff" -> {
					// Between a few days after the approval and a few days before the deadline (or today).
					LocalDate first = next(approved, 3);
					LocalDate last = back(4);
					LocalDate due = t.deadline().minusDays(2);
					if (due.isBefore(last)) {
						last = due;
					}
					int span = Math.max(1, workingDaysBetween(first, last));
					LocalDate submitted = next(first, (i * 7 + m.code().length()) % span);
					submit(t, submitted, user, m.summary(), m.institution(), m);
					review(t, next(submitted, 1), office, true, null);
					signOff(t, next(submitted, 2 + i % 2), true, null);
				}
				case "awaitingSignOff" -> {
					LocalDate submitted = back(6 + i % 3);
					submit(t, submitted, user, m.summary(), m.institution(), m);
					review(t, back(3 + i % 2), office, true, null);
				}
				case "reviewing" -> submit(t, back(1 + i % 4), user, m.summary(), m.institution(), m);
				default -> {
				}
			}
		}

		// --- the steps, as each user takes them ---

		private void submit(UnitTask t, LocalDate on, String user, String summary, String institution) {
			submit(t, on, user, summary, institution, null);
		}

		private void submit(UnitTask t, LocalDate on, String user, String summary, String institution, MeasurePlan m) {
			Map<String, Object> fields = new HashMap<>();
			fields.put(FormFields.SUMMARY, summary);
			LocalDate done = on.minusDays(1);
			fields.put(FormFields.COMPLETION_DATE, done.toString());
			if (institution != null) {
				fields.put(FormFields.INSTITUTIONS, institution + "，" + done);
			}
			if (m != null && m.funds() != null) {
				fields.put(FormFields.FUNDS_RECOVERED, m.funds().toPlainString());
			}
			if (m != null && m.accountability() != null) {
				m.accountability().forEach((kind, persons) -> fields.put(FormFields.ACCOUNTABILITY_PREFIX + kind, persons));
			}
			step(on, 10, "submit " + key(t), () -> complete(t, UnitRectificationProcess.TASK_SUBMIT_EVIDENCE, user, fields));
		}

		private void review(UnitTask t, LocalDate on, String office, boolean accept, String reason) {
			step(on, 14, "review " + key(t), () -> complete(t, UnitRectificationProcess.TASK_REVIEW_EVIDENCE, office,
					Map.of(Vars.REVIEW_DECISION, accept ? UnitRectificationProcess.DECISION_ACCEPT
							: UnitRectificationProcess.DECISION_RETURN, FormFields.RETURN_REASON, reason == null ? "" : reason)));
		}

		private void signOff(UnitTask t, LocalDate on, boolean signOff, String reason) {
			step(on, 16, "sign off " + key(t), () -> complete(t, UnitRectificationProcess.TASK_SIGN_OFF, t.responsibleLeader(),
					Map.of(Vars.SIGN_OFF_DECISION, signOff ? UnitRectificationProcess.DECISION_SIGN_OFF
							: UnitRectificationProcess.DECISION_RETURN, FormFields.RETURN_REASON, reason == null ? "" : reason)));
		}

		private void acknowledgeSlip(UnitTask t, LocalDate on, String instruction) {
			step(on, 11, "acknowledge slip " + key(t), () -> complete(t, UnitRectificationProcess.TASK_ACKNOWLEDGE_ESCALATION,
					t.responsibleLeader(), Map.of(FormFields.INSTRUCTION, instruction)));
		}

		private void submitLookBack(UnitTask t, LocalDate on, String user, String summary) {
			step(on, 10, "look-back " + key(t), () -> complete(t, UnitRectificationProcess.TASK_SUBMIT_LOOK_BACK, user,
					Map.of(FormFields.SUMMARY, summary)));
		}

		private void holdLookBack(UnitTask t, LocalDate on, String office) {
			step(on, 15, "look-back held " + key(t), () -> complete(t, UnitRectificationProcess.TASK_REVIEW_LOOK_BACK, office,
					Map.of(Vars.LOOK_BACK_VERDICT, "HELD", FormFields.LOOK_BACK_NOTE, "现场复查，整改成效巩固。",
							FormFields.REBOUND_REASON, "", FormFields.NEW_DEADLINE, "")));
		}

		private void rebound(UnitTask t, LocalDate on, String reason, int newDeadlineDays) {
			LocalDate newDeadline = deadline(newDeadlineDays);
			step(on, 15, "rebound " + key(t), () -> complete(t, UnitRectificationProcess.TASK_REVIEW_LOOK_BACK, "office2",
					Map.of(Vars.LOOK_BACK_VERDICT, "REBOUNDED", FormFields.REBOUND_REASON, reason, FormFields.NEW_DEADLINE,
							newDeadline.toString(), FormFields.LOOK_BACK_NOTE, "")));
		}

		/** The unit asks for more time; the leader, if given, approves it the next working day. */
		private void requestExtension(UnitTask t, LocalDate on, String user, int toDays, String reason, String approver) {
			LocalDate requested = deadline(toDays);
			if (!requested.isAfter(t.deadline())) {
				log.warn("Demo extension of {} left out: the working-day calendar ends before {}", key(t), today.plusDays(toDays));
				return;
			}
			long[] id = new long[1];
			step(on, 11, "extension " + key(t), () -> id[0] = as(user,
					() -> extensions.request(t.id(), user(user), requested.toString(), reason)).id());
			if (approver != null) {
				step(next(on, 1), 9, "extension approved " + key(t), () -> {
					Task task = as(approver, () -> taskService.createTaskQuery()
						.processDefinitionKey(DeadlineExtensionProcess.KEY)
						.processInstanceBusinessKey(String.valueOf(id[0]))
						.singleResult());
					as(approver, () -> {
						formService.submitTaskForm(task.getId(), Map.of(DeadlineExtensionProcess.Vars.EXTENSION_DECISION,
								DeadlineExtensionProcess.DECISION_APPROVE, DeadlineExtensionProcess.FormFields.APPROVED_DEADLINE,
								requested.toString(), DeadlineExtensionProcess.FormFields.DECISION_COMMENT, "同意延期，请抓紧办理调动手续。"));
						return null;
					});
				});
			}
		}

		// --- periodic progress reports (周报) ---

		/**
		 * Last week's and this week's cycles, opened as the daily timer opens them: units report on the first two
		 * working days, 私立明德中学 never does (escalated, then missed) and 体卫艺股 not yet this week. Cycles
		 * still to come by the real clock are left to the timer.
		 */
		private void progressReports() {
			if (!reportingEnabled) {
				return;
			}
			LocalDateTime now = LocalDateTime.now(clock.zone());
			LocalDate thisMonday = today.with(DayOfWeek.MONDAY);
			for (LocalDate monday : List.of(thisMonday.minusWeeks(1), thisMonday)) {
				LocalDate opens = monday;
				while (!working(opens)) {
					opens = opens.plusDays(1);
				}
				if (!LocalDateTime.of(opens, LocalTime.of(9, 0)).isBefore(now)) {
					continue;
				}
				Set<String> silent = monday.equals(thisMonday) ? Set.of("school-smzx", "dept-twy") : Set.of("school-smzx");
				step(opens, 9, "open the progress report cycle of " + monday,
						() -> engine.getRuntimeService().startProcessInstanceByKey(ProgressReportingProcess.KEY));
				// Half the units report in the afternoon of the first day, the rest the next morning.
				reportStep(monday, silent, opens, 16, true, now);
				reportStep(monday, silent, next(opens, 1), 11, false, now);
			}
		}

		private void reportStep(LocalDate monday, Set<String> silent, LocalDate on, int hour, boolean firstDay,
				LocalDateTime now) {
			if (LocalDateTime.of(on, LocalTime.of(hour, 0)).isBefore(now)) {
				step(on, hour, "units report for the week of " + monday, () -> reportFor(monday, silent, firstDay));
			}
		}

		/** The week's open reports: every other one (by unit) on the first day, all that are left on the second. */
		private void reportFor(LocalDate monday, Set<String> silent, boolean firstDay) {
			ReportingCycle cycle = reporting.cycles()
				.stream()
				.filter(c -> c.periodStart().equals(monday))
				.findFirst()
				.orElse(null);
			if (cycle == null) {
				return;
			}
			List<UnitReport> open = reporting.reports(cycle.id(), null)
				.stream()
				.filter(r -> r.status() == UnitReport.Status.OPEN && !silent.contains(r.unitId()))
				.sorted(Comparator.comparing(UnitReport::unitId))
				.toList();
			for (int i = 0; i < open.size(); i++) {
				if (firstDay && i % 2 == 1) {
					continue;
				}
				UnitReport report = open.get(i);
				StringBuilder text = new StringBuilder();
				for (ReportEntry entry : reporting.entries(report.id())) {
					text.append(entry.itemNo()).append(". ").append(entry.reference()).append("：")
						.append(PROGRESS_PHRASES.get((entry.itemNo() + i) % PROGRESS_PHRASES.size())).append('\n');
				}
				complete(report.processInstanceId(), UnitProgressReportProcess.TASK_SUBMIT_PROGRESS_REPORT,
						unitUser(report.unitId()), Map.of(UnitProgressReportProcess.FormFields.PROGRESS, text.toString()));
			}
		}

		private void step(LocalDate on, int hour, String what, Runnable action) {
			steps.add(new Step(LocalDateTime.of(on, LocalTime.of(hour, 0)), steps.size(), what, action));
		}

		private void complete(UnitTask t, String taskKey, String user, Map<String, Object> fields) {
			complete(unitTasks.find(t.id()).orElseThrow().processInstanceId(), taskKey, user, fields);
		}

		private void complete(String processInstanceId, String taskKey, String user, Map<String, Object> fields) {
			as(user, () -> {
				Task task = taskService.createTaskQuery()
					.processInstanceId(processInstanceId)
					.taskDefinitionKey(taskKey)
					.singleResult();
				if (task == null) {
					throw new IllegalStateException(user + " finds no " + taskKey + " in " + processInstanceId);
				}
				formService.submitTaskForm(task.getId(), fields);
				return null;
			});
		}

		private String unitUser(String unitId) {
			return unitUsers.computeIfAbsent(unitId, u -> identityService.createUserQuery()
				.memberOfGroup(u)
				.orderByUserId()
				.asc()
				.listPage(0, 1)
				.stream()
				.map(User::getId)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("Demo unit " + u + " has no user")));
		}

		// --- days ---

		/** The working day on or before the day so many days from today. */
		private LocalDate day(int days) {
			return onOrBefore(today.plusDays(days));
		}

		/** A deadline so many days from today, on a working day (next year's days are counted provisionally). */
		private LocalDate deadline(int days) {
			return day(days);
		}

		/** So many working days before today. */
		private LocalDate back(int workingDays) {
			LocalDate d = today;
			for (int k = 0; k < workingDays; d = d.minusDays(1)) {
				if (working(d.minusDays(1))) {
					k++;
				}
			}
			return d;
		}

		/** So many working days after the day (0: the day itself). */
		private LocalDate next(LocalDate from, int workingDays) {
			LocalDate d = from;
			for (int k = 0; k < workingDays;) {
				d = d.plusDays(1);
				if (working(d)) {
					k++;
				}
			}
			return d;
		}

		private int workingDaysBetween(LocalDate from, LocalDate to) {
			int n = 0;
			for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
				if (working(d.plusDays(1))) {
					n++;
				}
			}
			return n;
		}

		private LocalDate onOrBefore(LocalDate date) {
			LocalDate d = date;
			while (!working(d)) {
				d = d.minusDays(1);
			}
			return d;
		}

		/** A year without its calendar file counts weekdays. */
		private boolean working(LocalDate date) {
			try {
				return calendar.isWorkingDay(date);
			}
			catch (CalendarYearMissing e) {
				return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
			}
		}

	}

	private static String key(UnitTask t) {
		return t.measureCode() + "/" + t.unitId();
	}

	private CurrentUser user(String userId) {
		return new CurrentUser(userId, groups(userId));
	}

	private List<String> groups(String userId) {
		return identityService.createGroupQuery().groupMember(userId).unlimitedList().stream().map(Group::getId).toList();
	}

	private <T> T as(String user, Supplier<T> action) {
		identityService.setAuthentication(user, groups(user));
		try {
			return action.get();
		}
		finally {
			identityService.clearAuthentication();
		}
	}

}
