package org.rectification.ledger;

import java.time.LocalDate;

/**
 * A later phase (阶段性目标) of a long-term measure: phase 1 is the measure's own deadline, milestones are phases 2,
 * 3 … with their own target and date.
 */
public record Milestone(int phaseNo, String title, LocalDate dueDate) {
}
