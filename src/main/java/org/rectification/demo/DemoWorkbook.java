package org.rectification.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rectification.demo.DemoPlan.AspectPlan;
import org.rectification.demo.DemoPlan.MeasurePlan;
import org.rectification.demo.DemoPlan.ProblemPlan;
import org.rectification.demo.DemoPlan.RoundPlan;
import org.rectification.plan.workbook.PlanColumn;

/** A demo round's plan as the office would fill in the plan workbook, one row per measure. */
final class DemoWorkbook {

	private DemoWorkbook() {
	}

	/**
	 * @param deadlines a measure's deadline for its days from the first start
	 * @param milestones the milestones that fit on the calendar, per measure code
	 */
	static byte[] of(RoundPlan round, IntFunction<LocalDate> deadlines, Map<String, List<String>> milestones) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("整改方案");
			Row header = sheet.createRow(0);
			for (PlanColumn column : PlanColumn.values()) {
				header.createCell(column.ordinal()).setCellValue(column.header());
			}
			int r = 1;
			for (AspectPlan aspect : round.aspects()) {
				for (ProblemPlan problem : aspect.problems()) {
					for (MeasurePlan m : problem.measures()) {
						Map<PlanColumn, String> cells = new EnumMap<>(PlanColumn.class);
						cells.put(PlanColumn.CODE, m.code());
						cells.put(PlanColumn.ASPECT, aspect.title());
						cells.put(PlanColumn.PROBLEM, problem.title());
						cells.put(PlanColumn.MANIFESTATION, problem.manifestations().get(m.manifestation() - 1));
						cells.put(PlanColumn.MEASURE, m.text());
						cells.put(PlanColumn.TYPE, m.type());
						cells.put(PlanColumn.LEADER, m.leader());
						cells.put(PlanColumn.LEAD_UNIT, m.leadUnit());
						cells.put(PlanColumn.COOPERATING_UNITS, m.cooperatingUnits());
						cells.put(PlanColumn.RESPONSIBLE_UNITS, m.units());
						cells.put(PlanColumn.RESPONSIBLE_PERSON, m.person());
						cells.put(PlanColumn.DEADLINE, deadlines.apply(m.due()).toString());
						cells.put(PlanColumn.PUBLIC_REPORT, Boolean.FALSE.equals(m.publicReport()) ? "否" : null);
						cells.put(PlanColumn.MILESTONES, String.join("\n", milestones.getOrDefault(m.code(), List.of())));
						cells.put(PlanColumn.LOOK_BACK_MONTHS, m.lookBackMonths() == null ? null : m.lookBackMonths().toString());
						write(sheet.createRow(r++), cells);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Each value in its column's place, as the reader finds it by header. */
	private static void write(Row row, Map<PlanColumn, String> cells) {
		cells.forEach((column, value) -> {
			if (value != null && !value.isEmpty()) {
				row.createCell(column.ordinal()).setCellValue(value);
			}
		});
	}

}
