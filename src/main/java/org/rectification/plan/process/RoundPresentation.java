package org.rectification.plan.process;

import java.util.List;
import java.util.stream.Collectors;

import org.rectification.ledger.InspectionRound;
import org.rectification.ledger.PlanDecision;
import org.rectification.ledger.Plans;
import org.rectification.orgchart.People;
import org.rectification.system.BusinessClock;
import org.springframework.stereotype.Component;

/** The read-only context the round's tasks show, taken from the ledger. */
@Component
class RoundPresentation {

	private final Plans plans;

	private final People people;

	private final BusinessClock clock;

	RoundPresentation(Plans plans, People people, BusinessClock clock) {
		this.plans = plans;
		this.people = people;
		this.clock = clock;
	}

	String header(InspectionRound round) {
		return round.name() + "\n巡察组：" + round.inspectionGroup() + "；被巡察单位：" + round.inspectedBody()
				+ "\n反馈日期：" + round.feedbackDate() + (round.documentNo() == null ? "" : "；文号：" + round.documentNo())
				+ "；整改总时限：" + round.deadline();
	}

	String returnHistory(long roundId) {
		String history = plans.decisions(roundId).stream()
			.filter(d -> d.outcome() == PlanDecision.Outcome.RETURNED)
			.map(d -> d.decidedAt().atZoneSameInstant(clock.zone()).toLocalDate() + " " + people.name(d.decidedBy())
					+ "：" + d.reason())
			.collect(Collectors.joining("\n"));
		return history.isEmpty() ? "（无）" : history;
	}

	String imports(long roundId) {
		List<Plans.ImportRecord> records = plans.imports(roundId);
		if (records.isEmpty()) {
			return "（无）";
		}
		return records.stream()
			.map(r -> r.importedAt().atZoneSameInstant(clock.zone()).toLocalDateTime().withNano(0).toString().replace('T', ' ')
					+ " " + people.name(r.importedBy()) + " 导入“" + r.fileName() + "”：新增 " + r.created() + "，更新 "
					+ r.updated() + "，删除 " + r.removed() + "，未变 " + r.unchanged())
			.collect(Collectors.joining("\n"));
	}

}
