package org.rectification.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.rectification.deadline.CalendarYearMissing;
import org.rectification.deadline.DeadlineLadder;
import org.rectification.ledger.MeasureDeadline;
import org.rectification.ledger.Plans;
import org.rectification.orgchart.People;
import org.rectification.orgchart.Roles;
import org.rectification.orgchart.Unit;
import org.rectification.orgchart.Units;
import org.rectification.system.BusinessClock;
import org.springframework.stereotype.Component;

/**
 * The coverage check of a round's plan: every manifestation (or problem without manifestations) has a measure,
 * and every measure has a responsible leader (still a leader), a responsible unit (all still active) and a
 * deadline whose working days the calendar can count. Gaps are phrased for the office.
 */
@Component
public class PlanCoverage {

	private static final int SHOWN = 24;

	private final Plans plans;

	private final Units units;

	private final IdentityService identityService;

	private final People people;

	private final DeadlineLadder ladder;

	private final BusinessClock clock;

	PlanCoverage(Plans plans, Units units, IdentityService identityService, People people, DeadlineLadder ladder,
			BusinessClock clock) {
		this.plans = plans;
		this.units = units;
		this.identityService = identityService;
		this.people = people;
		this.ladder = ladder;
		this.clock = clock;
	}

	/** The plan's summary and its gaps, from one reading of the ledger. */
	public Report check(long roundId) {
		var findings = plans.coverage(roundId);
		var measures = plans.plannedMeasures(roundId).values();
		return new Report(summary(plans.aspects(roundId).size(), findings, measures), gaps(findings, measures));
	}

	public List<String> gaps(long roundId) {
		return check(roundId).gaps();
	}

	public String summary(long roundId) {
		return check(roundId).summary();
	}

	private List<String> gaps(List<Plans.FindingCoverage> findings, Collection<Plans.PlannedMeasure> measures) {
		List<String> gaps = new ArrayList<>();
		if (findings.isEmpty() && measures.isEmpty()) {
			gaps.add("尚未导入整改方案：请在本任务的“整改方案”标签页上传方案工作簿");
			return gaps;
		}
		for (Plans.FindingCoverage finding : findings) {
			if (finding.measures() == 0) {
				gaps.add(finding.manifestation() == null ? "问题“" + shorten(finding.problem()) + "”还没有整改措施"
						: "问题“" + shorten(finding.problem()) + "”的具体表现“" + shorten(finding.manifestation()) + "”还没有整改措施");
			}
		}
		// The org chart may have changed since the import: a unit closed, a leader moved on.
		Map<String, Unit> unitsById = units.findAll().stream().collect(Collectors.toMap(Unit::id, u -> u));
		Map<Integer, List<String>> uncountable = new TreeMap<>();
		Set<String> leaders = identityService.createUserQuery().memberOfGroup(Roles.LEADER).unlimitedList().stream()
			.map(User::getId)
			.collect(Collectors.toSet());
		for (Plans.PlannedMeasure measure : measures) {
			List<String> missing = new ArrayList<>();
			if (measure.leader() == null) {
				missing.add("责任领导");
			}
			else if (!leaders.contains(measure.leader())) {
				gaps.add("措施 " + measure.code() + " 的责任领导 " + people.name(measure.leader()) + " 已不是分管领导");
			}
			measure.responsibleUnits().stream()
				.map(unitsById::get)
				.filter(u -> u == null || !u.active())
				.forEach(u -> gaps.add("措施 " + measure.code() + " 的责任单位 " + (u == null ? "?" : u.name()) + " 已撤销"));
			if (measure.responsibleUnits().isEmpty()) {
				missing.add("责任单位");
			}
			if (!measure.deadline().isSet()) {
				missing.add("完成时限");
			}
			else {
				missingCalendarYear(measure.deadline())
					.ifPresent(year -> uncountable.computeIfAbsent(year, y -> new ArrayList<>()).add(measure.code()));
			}
			if (!missing.isEmpty()) {
				gaps.add("措施 " + measure.code() + " 缺少" + String.join("、", missing));
			}
		}
		uncountable.forEach((year, codes) -> gaps.add("措施 " + String.join("、", codes.subList(0, Math.min(codes.size(), 10)))
				+ (codes.size() > 10 ? " 等 " + codes.size() + " 条" : "") + " 的完成时限及其预警、督办日期要按" + year
				+ "年的工作日计算，但工作日历中还没有" + year + "年的节假日安排，请整改办在“工作日历”页上传该年的安排"));
		return gaps;
	}

	/**
	 * The first year the deadline's thresholds need that the calendar lacks. A deadline in working days is counted
	 * as if sent today; its fan-out checks again on the day it is sent.
	 */
	private Optional<Integer> missingCalendarYear(MeasureDeadline deadline) {
		try {
			LocalDate date = deadline.dateWhenSentOn(clock.today(), ladder::inWorkingDays);
			ladder.datesFor(date);
			return Optional.empty();
		}
		catch (CalendarYearMissing e) {
			return Optional.of(e.year());
		}
	}

	/** The gaps as the import task shows them: numbered, the first ones only when there are many. */
	public static String describe(List<String> gaps) {
		if (gaps.isEmpty()) {
			return "无：方案完整，可以提交领导小组审批";
		}
		StringBuilder text = new StringBuilder("共 " + gaps.size() + " 处：");
		for (int i = 0; i < Math.min(gaps.size(), SHOWN); i++) {
			text.append("\n").append(i + 1).append(". ").append(gaps.get(i));
		}
		if (gaps.size() > SHOWN) {
			text.append("\n……另有 ").append(gaps.size() - SHOWN).append(" 处，请在“整改方案”标签页查看全部");
		}
		return text.toString();
	}

	/** A one-line account of the plan, e.g. "4 个方面、11 个问题、27 条具体表现；69 条措施，需下达 312 项单位任务". */
	private static String summary(long aspects, List<Plans.FindingCoverage> findings,
			Collection<Plans.PlannedMeasure> measures) {
		long problems = findings.stream().map(Plans.FindingCoverage::problem).distinct().count();
		long manifestations = findings.stream().filter(f -> f.manifestation() != null).count();
		long unitTasks = measures.stream().mapToLong(m -> m.responsibleUnits().size()).sum();
		if (aspects == 0 && measures.isEmpty()) {
			return "尚未导入";
		}
		return aspects + " 个方面、" + problems + " 个问题、" + manifestations + " 条具体表现；" + measures.size()
				+ " 条整改措施，需下达 " + unitTasks + " 项单位整改任务";
	}

	/** @param gaps what the plan lacks before it can go to the leading group; empty when it is complete */
	public record Report(String summary, List<String> gaps) {
	}

	private static String shorten(String text) {
		return text.length() <= 30 ? text : text.substring(0, 30) + "…";
	}

}
