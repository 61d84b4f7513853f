package org.rectification.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.rectification.deadline.DeadlineLadder;
import org.rectification.ledger.Rounds;
import org.rectification.ledger.UnitTask;
import org.rectification.ledger.UnitTasks;
import org.rectification.plan.NewRound;
import org.rectification.plan.NewRound.NewAspect;
import org.rectification.plan.NewRound.NewManifestation;
import org.rectification.plan.NewRound.NewMeasure;
import org.rectification.plan.NewRound.NewProblem;
import org.rectification.plan.PlanService;
import org.rectification.rectification.process.UnitRectificationProcess.FormFields;
import org.rectification.rectification.process.UnitRectificationProcess.Vars;
import org.rectification.system.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At the first start of the demo profile, registers a small round drawn from a real feedback and moves its
 * items into several states by acting as the demo users would (through the same tasks and rules).
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "rectification.demo.enabled", havingValue = "true")
class DemoRound implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRound.class);

	private final PlanService planService;

	private final Rounds rounds;

	private final UnitTasks unitTasks;

	private final IdentityService identityService;

	private final TaskService taskService;

	private final FormService formService;

	private final BusinessClock clock;

	private final DeadlineLadder ladder;

	DemoRound(PlanService planService, Rounds rounds, UnitTasks unitTasks, IdentityService identityService,
			TaskService taskService, FormService formService, DeadlineLadder ladder, BusinessClock clock) {
		this.ladder = ladder;
		this.planService = planService;
		this.rounds = rounds;
		this.unitTasks = unitTasks;
		this.identityService = identityService;
		this.taskService = taskService;
		this.formService = formService;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!rounds.findAllRounds().isEmpty()) {
			return;
		}
		LocalDate today = clock.today();
		// Late in a year the demo's deadlines may reach a year whose holidays are not on file yet.
		LocalDate soon = ladder.countableDeadline(today.plusDays(8));
		LocalDate later = ladder.countableDeadline(today.plusDays(40));
		if (!later.equals(today.plusDays(40))) {
			log.warn("Demo deadlines moved to {} and {}: the working-day calendar has no {} yet", soon, later,
					today.plusDays(40).getYear());
		}
		// A working day well past, so the demo opens with red items and their 督办单.
		LocalDate passed = ladder.countableDeadline(today.minusDays(12));
		long roundId = as("office1", () -> planService.create(round(today, passed, soon, later), "office1"));
		List<UnitTask> tasks = unitTasks.list(roundId, null, null);

		// 4-1 计划财务股: signed off.
		long assets = find(tasks, "4-1", "dept-jcg");
		submit(assets, "jcg1", "已清查2024年以来报废资产12项，处置收入2730元已缴入非税收入归集户，补办报批手续。", today.minusDays(20),
				Map.of(FormFields.INSTITUTIONS, "国有资产处置管理办法，龙教〔2026〕12号，" + today.minusDays(25),
						FormFields.FUNDS_RECOVERED, "2730"));
		review(assets, "office1", "ACCEPT", null);
		signOff(assets, "leader2", "SIGN_OFF", null);

		// 1-1 党建办: long-term measure, kept up after sign-off.
		long study = find(tasks, "1-1", "dept-djb");
		submit(study, "djb1", "制定党组理论学习中心组年度学习计划，已按月开展集中学习5次，建立学习台账。", today.minusDays(10),
				Map.of(FormFields.INSTITUTIONS, "党组理论学习中心组学习制度，龙教党〔2026〕3号，" + today.minusDays(30)));
		review(study, "office1", "ACCEPT", "学习记录完整");
		signOff(study, "leader3", "SIGN_OFF", null);

		// 3-1 at three schools: under review, sent back, still in progress.
		submit(find(tasks, "3-1", "school-yz"), "yz1", "开展财务专项自查，清理白条3张，补齐公务接待公函，修订报销审批流程。", today.minusDays(2));
		long returned = find(tasks, "3-1", "school-syzx");
		submit(returned, "syzx1", "已组织财务人员学习报销制度。", today.minusDays(5));
		review(returned, "office1", "RETURN", "只写了学习，未说明白条和无公函接待如何处理，请补充整改后的报销审批流程文件。");

		// 5-1 实验中学: accepted, waiting for the leader's sign-off.
		long ethics = find(tasks, "5-1", "school-syzx");
		submit(ethics, "syzx2", "全体教师签订拒绝有偿补课承诺书，设立举报电话，开展专项排查未发现新问题。", today.minusDays(3));
		review(ethics, "office1", "ACCEPT", null);

		// 7-1 基础教育股: a discipline case the plan keeps out of the public report.
		long gifts = find(tasks, "7-1", "dept-jjg");
		submit(gifts, "jjg1", "对违规收受礼品礼金问题立案调查，给予1人党纪处分、2人诫勉谈话，追缴违规所得5000元。",
				today.minusDays(6), Map.of(FormFields.ACCOUNTABILITY_PREFIX + "PARTY_DISCIPLINE", 1,
						FormFields.ACCOUNTABILITY_PREFIX + "ADMONITION", 2, FormFields.FUNDS_RECOVERED, "5000"));
		review(gifts, "office1", "ACCEPT", null);
		signOff(gifts, "leader2", "SIGN_OFF", null);

		log.info("Demo round {} created with {} unit tasks", roundId, tasks.size());
	}

	private static NewRound round(LocalDate today, LocalDate passed, LocalDate soon, LocalDate later) {
		LocalDate feedback = today.minusDays(75);
		LocalDate endOfPlan = today.plusDays(120);
		return new NewRound("区委第一巡察组常规巡察反馈问题整改", "区委第一巡察组", "区教育局", feedback.minusDays(100),
				feedback.minusDays(30), feedback, "龙巡〔2026〕28号", endOfPlan, List.of(
					new NewAspect("一", "政治建设重视不够，意识形态工作存在不足", List.of(
						new NewProblem("1", "学习贯彻党的教育方针政策不深入",
							List.of(new NewManifestation("1", "党组理论学习中心组学习流于形式，全年仅开展集中学习4次")),
							List.of(measure("1-1", "党组列出政治理论学习年度计划，坚持每月一次党组理论中心组学习", "长期坚持",
									"leader3", "dept-djb", List.of("dept-djb"), later, "1"))),
						new NewProblem("2", "意识形态工作责任制落实不到位",
							List.of(new NewManifestation("1", "未按要求每半年专题研判意识形态工作")),
							List.of(measure("2-1", "每半年召开一次意识形态工作专题研判会，建立阵地管理台账", "长期坚持",
									"leader3", "dept-djb", List.of("dept-djb"), later, "1"))))),
					new NewAspect("二", "落实全面从严治党责任有差距", List.of(
						new NewProblem("3", "财务管理不规范",
							List.of(new NewManifestation("1", "部分学校存在白条入账、公务接待无公函现象")),
							List.of(measure("3-1", "开展财务专项检查，清理白条，规范公务接待和报销审批流程", "限期整改",
									"leader2", "dept-jcg", List.of("school-yz", "school-syzx", "school-syxx"), soon, "1"))),
						new NewProblem("4", "国有资产管理不到位",
							List.of(new NewManifestation("1", "报废资产处置未按程序报批，处置收入未及时缴入非税收入归集户")),
							List.of(measure("4-1", "清查资产账目，补办报批手续，处置收入足额缴入非税收入归集户", "立行立改",
									"leader2", "dept-jcg", List.of("dept-jcg"), soon, "1"))),
						new NewProblem("7", "违反中央八项规定精神问题仍有发生",
							List.of(new NewManifestation("1", "个别股室负责人违规收受管理服务对象礼品礼金")),
							List.of(new NewMeasure("7-1", "对违规收受礼品礼金问题立案调查，依规依纪处理责任人，追缴违规所得", "限期整改",
									"leader2", "dept-jjg", List.of(), List.of("dept-jjg"), null, soon, "1", null, null,
									false, null, null))))),
					new NewAspect("三", "教师队伍管理存在薄弱环节", List.of(
						new NewProblem("5", "师德师风建设常态化机制不健全",
							List.of(new NewManifestation("1", "个别教师有偿补课问题屡禁不止")),
							List.of(measure("5-1", "开展有偿补课专项整治，全体教师签订师德承诺书", "长期坚持", "leader1",
									"dept-rsg", List.of("school-syzx", "school-yz", "school-ez", "school-syxx"), later, "1"))),
						new NewProblem("6", "教师资格管理不严格",
							List.of(new NewManifestation("1", "民办学校存在无教师资格证人员任教")),
							List.of(measure("6-1", "全面排查无资格证任教人员，依规清退并建立准入审查机制", "限期整改", "leader1",
									"dept-rsg", List.of("school-smzx", "dept-rsg"), passed, "1")))))),
				true);
	}

	private static NewMeasure measure(String code, String text, String type, String leader, String leadUnit,
			List<String> responsibleUnits, LocalDate deadline, String manifestation) {
		return new NewMeasure(code, text, type, leader, leadUnit, List.of(), responsibleUnits, null, deadline,
				manifestation, null, null, null, null, null);
	}

	private static long find(List<UnitTask> tasks, String measureCode, String unitId) {
		return tasks.stream()
			.filter(t -> t.measureCode().equals(measureCode) && t.unitId().equals(unitId))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private void submit(long unitTaskId, String user, String summary, LocalDate completionDate) {
		submit(unitTaskId, user, summary, completionDate, Map.of());
	}

	private void submit(long unitTaskId, String user, String summary, LocalDate completionDate, Map<String, Object> results) {
		Map<String, Object> fields = new java.util.HashMap<>(results);
		fields.put(FormFields.SUMMARY, summary);
		fields.put(FormFields.COMPLETION_DATE, completionDate.toString());
		complete(unitTaskId, user, fields);
	}

	private void review(long unitTaskId, String user, String decision, String reason) {
		complete(unitTaskId, user, Map.of(Vars.REVIEW_DECISION, decision, FormFields.RETURN_REASON, reason == null ? "" : reason));
	}

	private void signOff(long unitTaskId, String user, String decision, String reason) {
		complete(unitTaskId, user, Map.of(Vars.SIGN_OFF_DECISION, decision, FormFields.RETURN_REASON, reason == null ? "" : reason));
	}

	private void complete(long unitTaskId, String user, Map<String, Object> variables) {
		String processInstanceId = unitTasks.find(unitTaskId).orElseThrow().processInstanceId();
		as(user, () -> {
			Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
			formService.submitTaskForm(task.getId(), variables);
			return null;
		});
	}

	private <T> T as(String user, java.util.function.Supplier<T> action) {
		List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
		identityService.setAuthentication(user, groups);
		try {
			return action.get();
		}
		finally {
			identityService.clearAuthentication();
		}
	}

}
