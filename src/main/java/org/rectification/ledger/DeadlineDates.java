package org.rectification.ledger;

import java.time.LocalDate;

/**
 * A deadline with the days its traffic light changes, counted on the working-day calendar once, when the
 * deadline is set: the ledger's light and the process's timers read the same dates.
 *
 * @param warnFrom the first day of YELLOW
 * @param overdueFrom the first day of RED: the first working day after the deadline
 * @param severeFrom the day the item is overdue by the severe threshold
 */
public record DeadlineDates(LocalDate deadline, LocalDate warnFrom, LocalDate overdueFrom, LocalDate severeFrom) {
}
