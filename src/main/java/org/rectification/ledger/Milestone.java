package org.rectification.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A later phase (阶段性目标) of a long-term measure: phase 1 is the measure's own deadline, milestones are phases 2,
 * 3 … with their own target and date.
 */
public record Milestone(int phaseNo, String title, LocalDate dueDate) {

	public static final int MAX_PER_MEASURE = 12;

	public static final int MAX_TITLE = 1000;

	/** Months from the final sign-off to the look-back (回头看) a plan may set. */
	public static final int MIN_LOOK_BACK_MONTHS = 1;

	public static final int MAX_LOOK_BACK_MONTHS = 36;

	/**
	 * What is wrong with a measure's milestones as a plan gives them (each with a title and a date already), in
	 * Chinese, one message each. The plan workbook and the round API apply the same rules.
	 *
	 * @param type the measure's type, or null when it is invalid (reported elsewhere)
	 */
	public static List<String> problems(MeasureType type, MeasureDeadline deadline, List<Milestone> milestones) {
		List<String> problems = new ArrayList<>();
		if (milestones.isEmpty()) {
			return problems;
		}
		if (type != null && type != MeasureType.LONG_TERM) {
			problems.add("只有“长期坚持”的措施才能设阶段性目标，这条措施是“" + type.label() + "”");
		}
		if (milestones.size() > MAX_PER_MEASURE) {
			problems.add("阶段性目标最多" + MAX_PER_MEASURE + "条，这里有" + milestones.size() + "条");
		}
		LocalDate previous = deadline == null ? null : deadline.date();
		for (int i = 0; i < milestones.size(); i++) {
			Milestone m = milestones.get(i);
			if (m.title().length() > MAX_TITLE) {
				problems.add("第" + (i + 1) + "条阶段性目标不能超过" + MAX_TITLE + "个字");
			}
			if (previous != null && !m.dueDate().isAfter(previous)) {
				problems.add("第" + (i + 1) + "条阶段性目标的日期 " + m.dueDate() + " 应晚于"
						+ (i == 0 ? "完成时限 " : "第" + i + "条的日期 ") + previous);
			}
			previous = m.dueDate();
		}
		return problems;
	}

	public static boolean validLookBackMonths(int months) {
		return months >= MIN_LOOK_BACK_MONTHS && months <= MAX_LOOK_BACK_MONTHS;
	}

}
