package org.rectification.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.rectification.deadline.DeadlineLadder;
import org.rectification.ledger.InspectionRound;
import org.rectification.ledger.Rounds;
import org.rectification.ledger.UnitTaskState;
import org.rectification.ledger.WarningLevel;
import org.rectification.orgchart.People;
import org.rectification.orgchart.Unit;
import org.rectification.orgchart.Units;
import org.rectification.progress.ProgressLedger.FindingRow;
import org.rectification.progress.ProgressLedger.Lights;
import org.rectification.progress.ProgressLedger.MeasureRow;
import org.rectification.progress.ProgressLedger.Results;
import org.rectification.progress.ProgressLedger.TaskGroup;
import org.rectification.progress.ProgressLedger.WarningRow;
import org.rectification.progress.ProgressSnapshot.AccountabilityCount;
import org.rectification.progress.ProgressSnapshot.AspectProgress;
import org.rectification.progress.ProgressSnapshot.Headline;
import org.rectification.progress.ProgressSnapshot.ProblemProgress;
import org.rectification.progress.ProgressSnapshot.RoundFacts;
import org.rectification.progress.ProgressSnapshot.UnitProgress;
import org.rectification.progress.ProgressSnapshot.WarningItem;
import org.rectification.progress.ProgressSnapshot.Warnings;
import org.rectification.system.ApiException;
import org.rectification.system.BusinessClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** A round's progress read from the ledger, for the dashboard and the progress report. */
@Service
public class RoundProgress {

	/** The dashboard lists at most this many RED and YELLOW items; the counts cover all. */
	public static final int MAX_WARNINGS = 1000;

	private final ProgressLedger ledger;

	private final Rounds rounds;

	private final Units units;

	private final People people;

	private final DeadlineLadder ladder;

	private final BusinessClock clock;

	RoundProgress(ProgressLedger ledger, Rounds rounds, Units units, People people, DeadlineLadder ladder,
			BusinessClock clock) {
		this.ledger = ledger;
		this.rounds = rounds;
		this.units = units;
		this.people = people;
		this.ladder = ladder;
		this.clock = clock;
	}

	/** The snapshot of the round now; {@code warningLimit} caps the listed RED and YELLOW items. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ProgressSnapshot snapshot(long roundId, Scope scope, int warningLimit) {
		return read(roundId, scope, warningLimit).snapshot();
	}

	/** Everything one reading saw: the snapshot and the plan rows it was computed from. */
	record Reading(ProgressSnapshot snapshot, InspectionRound round, List<MeasureRow> measures,
			Map<String, Unit> unitsById) {
	}

	/** Callers that read more (the report) run this in their own repeatable-read transaction. */
	Reading read(long roundId, Scope scope, int warningLimit) {
		InspectionRound round = rounds.findRound(roundId)
			.orElseThrow(() -> ApiException.notFound("巡察轮次 " + roundId + " 不存在"));
		OffsetDateTime asOf = clock.now();
		LocalDate today = clock.today();
		Map<String, Unit> unitsById = units.findAll().stream().collect(Collectors.toMap(Unit::id, u -> u));

		List<FindingRow> findings = ledger.findings(roundId);
		List<MeasureRow> measures = ledger.measures(roundId, scope, today);
		List<TaskGroup> groups = ledger.taskGroups(roundId, scope, today);

		Map<Long, Tally> measuresByAspect = new HashMap<>();
		Tally measureTotal = Tally.NONE;
		for (MeasureRow m : measures) {
			Tally one = standingTally(m.tasks());
			measureTotal = measureTotal.plus(one);
			measuresByAspect.merge(m.aspectId(), one, Tally::plus);
		}
		Map<Long, Tally> tasksByAspect = new HashMap<>();
		Map<String, Tally> tasksByUnit = new HashMap<>();
		Tally taskTotal = Tally.NONE;
		Lights lights = Lights.NONE;
		for (TaskGroup g : groups) {
			taskTotal = taskTotal.plus(g.tally());
			lights = lights.plus(g.lights());
			tasksByAspect.merge(g.aspectId(), g.tally(), Tally::plus);
			tasksByUnit.merge(g.unitId(), g.tally(), Tally::plus);
		}

		// Findings and problems count when a measure (of this scope) answers them; internally every one counts.
		Map<Long, List<MeasureRow>> measuresByProblem = measures.stream()
			.collect(Collectors.groupingBy(MeasureRow::problemId, LinkedHashMap::new, Collectors.toList()));
		Map<Long, FindingRow> aspects = new LinkedHashMap<>();
		Map<Long, FindingRow> problems = new LinkedHashMap<>();
		Map<ItemStanding, Integer> findingStandings = new HashMap<>();
		int findingCount = 0;
		for (FindingRow f : findings) {
			List<MeasureRow> answering = measuresByProblem.getOrDefault(f.problemId(), List.of())
				.stream()
				.filter(m -> m.manifestationId() == null || m.manifestationId().equals(f.manifestationId()))
				.toList();
			if (answering.isEmpty() && scope == Scope.PUBLIC) {
				continue;
			}
			findingCount++;
			findingStandings.merge(worst(answering), 1, Integer::sum);
			aspects.putIfAbsent(f.aspectId(), f);
			problems.putIfAbsent(f.problemId(), f);
		}

		List<AspectProgress> byAspect = aspects.values()
			.stream()
			.map(a -> new AspectProgress(a.aspectId(), a.aspectCode(), a.aspectTitle(),
					measuresByAspect.getOrDefault(a.aspectId(), Tally.NONE),
					tasksByAspect.getOrDefault(a.aspectId(), Tally.NONE)))
			.toList();
		List<UnitProgress> byUnit = tasksByUnit.entrySet()
			.stream()
			.map(e -> {
				Unit unit = unitsById.get(e.getKey());
				return new UnitProgress(e.getKey(), unit == null ? e.getKey() : unit.name(),
						unit == null ? null : unit.kind().name(), e.getValue());
			})
			.sorted(Comparator.comparing((UnitProgress u) -> unitsById.containsKey(u.unitId())
					? unitsById.get(u.unitId()).sortOrder() : Integer.MAX_VALUE).thenComparing(UnitProgress::unitId))
			.toList();
		List<ProblemProgress> problemProgress = problems.values().stream().map(p -> {
			List<MeasureRow> answering = measuresByProblem.getOrDefault(p.problemId(), List.of());
			ItemStanding standing = worst(answering);
			return new ProblemProgress(p.problemId(), p.aspectCode(), p.problemCode(), p.problemTitle(), answering.size(),
					standing, standing.label(), standing.reportResult());
		}).toList();

		Results results = ledger.results(roundId, scope);
		Headline headline = headline(round, aspects.size(), problems.size(), findingCount, measures.size(),
				findingStandings, results, today);

		List<WarningItem> items = warnings(roundId, scope, today, warningLimit, unitsById);
		Warnings warnings = new Warnings(lights.red(), lights.yellow(), items);
		ProgressSnapshot snapshot = new ProgressSnapshot(RoundFacts.of(round), scope, scope.label(), asOf, today,
				headline, measureTotal, taskTotal, byAspect, byUnit, problemProgress, warnings);
		return new Reading(snapshot, round, measures, unitsById);
	}

	/**
	 * One measure counted in its standing; a 正在整改 measure with a YELLOW 正在整改 unit task counts as yellow.
	 */
	private static Tally standingTally(Tally tasks) {
		ItemStanding standing = ItemStanding.of(tasks);
		return new Tally(1, standing == ItemStanding.SIGNED_OFF ? 1 : 0, standing == ItemStanding.LONG_TERM_KEPT ? 1 : 0,
				standing == ItemStanding.IN_PROGRESS ? 1 : 0, standing == ItemStanding.OVERDUE ? 1 : 0,
				standing == ItemStanding.REOPENED ? 1 : 0,
				standing == ItemStanding.IN_PROGRESS && tasks.yellow() > 0 ? 1 : 0);
	}

	/**
	 * The standing of a group of measures: late before reopened before open before long-term before signed off;
	 * none is open.
	 */
	static ItemStanding worst(List<MeasureRow> measures) {
		if (measures.isEmpty()) {
			return ItemStanding.IN_PROGRESS;
		}
		Set<ItemStanding> standings = new LinkedHashSet<>();
		measures.forEach(m -> standings.add(ItemStanding.of(m.tasks())));
		for (ItemStanding s : List.of(ItemStanding.OVERDUE, ItemStanding.REOPENED, ItemStanding.IN_PROGRESS,
				ItemStanding.LONG_TERM_KEPT)) {
			if (standings.contains(s)) {
				return s;
			}
		}
		return ItemStanding.SIGNED_OFF;
	}

	private List<WarningItem> warnings(long roundId, Scope scope, LocalDate today, int limit, Map<String, Unit> unitsById) {
		if (limit <= 0) {
			return List.of();
		}
		Map<String, String> leaderNames = new HashMap<>();
		List<WarningItem> items = new ArrayList<>();
		for (WarningRow w : ledger.warnings(roundId, scope, today, Math.min(limit, MAX_WARNINGS))) {
			Unit unit = unitsById.get(w.unitId());
			String leaderName = w.leader() == null ? "" : leaderNames.computeIfAbsent(w.leader(), people::name);
			boolean red = w.level() == WarningLevel.RED;
			ItemStanding standing = ItemStanding.of(w.state(), w.keptSince(), w.reopened(), red);
			items.add(new WarningItem(w.unitTaskId(), w.level(), w.level().label(), w.measureCode(), w.measureText(),
					w.unitId(), unit == null ? w.unitId() : unit.name(), w.leader(), leaderName, w.deadline(),
					w.originalDeadline(), red ? ladder.workingDaysOverdue(w.deadline(), today) : 0,
					red ? 0 : ladder.workingDaysLeft(w.deadline(), today), w.state(), stateLabel(w, standing),
					standing, w.phaseNo(), w.processInstanceId(),
					w.processInstanceId() == null ? null : "#/process-instance/" + w.processInstanceId() + "/runtime",
					ladder.provisional(today, w.deadline())));
		}
		return items;
	}

	/**
	 * The state as the ledger shows it: 已整改·长期坚持（第2阶段：正在整改） for a living long-term item's open phase,
	 * 反弹·重新整改（待审核） for a reopened item on its way back to sign-off.
	 */
	private static String stateLabel(WarningRow w, ItemStanding standing) {
		if (standing == ItemStanding.REOPENED) {
			return w.state() == UnitTaskState.REOPENED ? standing.label() : standing.label() + "（" + w.state().label() + "）";
		}
		if (standing == ItemStanding.LONG_TERM_KEPT) {
			return standing.label() + "（第" + w.phaseNo() + "阶段：" + w.state().label() + "）";
		}
		return w.state().label();
	}

	private static Headline headline(InspectionRound round, int aspects, int problems, int findings, int measures,
			Map<ItemStanding, Integer> standings, Results results, LocalDate today) {
		int done = standings.getOrDefault(ItemStanding.SIGNED_OFF, 0);
		int longTerm = standings.getOrDefault(ItemStanding.LONG_TERM_KEPT, 0);
		int open = standings.getOrDefault(ItemStanding.IN_PROGRESS, 0) + standings.getOrDefault(ItemStanding.OVERDUE, 0);
		int reopened = standings.getOrDefault(ItemStanding.REOPENED, 0);
		List<AccountabilityCount> accountability = results.accountability()
			.entrySet()
			.stream()
			.map(e -> new AccountabilityCount(e.getKey().name(), e.getKey().label(), e.getValue()))
			.toList();
		long persons = accountability.stream().mapToLong(AccountabilityCount::persons).sum();

		// In the manner of the published reports: "针对…反馈意见的4个方面、11项、27条问题，制定整改措施69条；截至…".
		boolean manifestations = findings != problems;
		String unit = manifestations ? "条" : "项";
		StringBuilder s = new StringBuilder("针对").append(round.inspectionGroup()).append("反馈意见的").append(aspects)
			.append("个方面、").append(problems).append("项");
		if (manifestations) {
			s.append("、").append(findings).append("条");
		}
		s.append("问题，制定整改措施").append(measures).append("条；截至").append(ChineseText.date(today)).append("，");
		List<String> state = new ArrayList<>();
		if (done > 0) {
			state.add(done + unit + "问题已整改完成");
		}
		if (longTerm > 0) {
			state.add(longTerm + unit + "问题已整改、需长期坚持");
		}
		if (open > 0 || (state.isEmpty() && reopened == 0)) {
			state.add(open + unit + "问题正在整改");
		}
		// Only when there are any, so a round without rebounds reads as before.
		if (reopened > 0) {
			state.add(reopened + unit + "问题回头看发现反弹、正在重新整改");
		}
		s.append(String.join("，", state));
		if (results.institutions() > 0) {
			s.append("；建立健全制度").append(results.institutions()).append("项");
		}
		if (persons > 0) {
			s.append("；问责").append(persons).append("人（")
				.append(accountability.stream().map(a -> a.label() + a.persons() + "人").collect(Collectors.joining("、")))
				.append("）");
		}
		BigDecimal funds = results.fundsRecovered();
		if (funds.signum() > 0) {
			s.append("；退缴、追回资金").append(ChineseText.yuan(funds)).append("元");
		}
		s.append("。");
		return new Headline(aspects, problems, findings, measures, done, longTerm, open, reopened, results.institutions(),
				accountability, persons, funds, s.toString());
	}

}
