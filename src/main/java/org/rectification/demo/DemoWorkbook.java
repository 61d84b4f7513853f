package org.rectification.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
			write(sheet.createRow(0), Arrays.stream(PlanColumn.values()).map(PlanColumn::header).toList());
			int r = 1;
			for (AspectPlan aspect : round.aspects()) {
				for (ProblemPlan problem : aspect.problems()) {
					for (MeasurePlan m : problem.measures()) {
						List<String> cells = new ArrayList<>();
						cells.add(m.code());
						cells.add(aspect.title());
						cells.add(problem.title());
						cells.add(problem.manifestations().get(m.manifestation() - 1));
						cells.add(m.text());
						cells.add(m.type());
						cells.add(m.leader());
						cells.add(m.leadUnit());
						cells.add(m.cooperatingUnits());
						cells.add(m.units());
						cells.add(m.person());
						cells.add(deadlines.apply(m.due()).toString());
						cells.add(null);
						cells.add(Boolean.FALSE.equals(m.publicReport()) ? "否" : null);
						cells.add(String.join("\n", milestones.getOrDefault(m.code(), List.of())));
						cells.add(m.lookBackMonths() == null ? null : m.lookBackMonths().toString());
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

	private static void write(Row row, List<String> cells) {
		for (int c = 0; c < cells.size(); c++) {
			if (cells.get(c) != null && !cells.get(c).isEmpty()) {
				row.createCell(c).setCellValue(cells.get(c));
			}
		}
	}

}
