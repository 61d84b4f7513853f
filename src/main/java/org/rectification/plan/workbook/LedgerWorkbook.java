package org.rectification.plan.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.rectification.ledger.EvidenceKind;
import org.rectification.ledger.InspectionRound;
import org.rectification.ledger.Milestone;
import org.rectification.ledger.Plans.LedgerRow;
import org.rectification.ledger.Plans.PlannedMeasure;
import org.rectification.ledger.UnitTask;

/**
 * The ledger (台账) as offices keep it: one row per measure and responsible unit with its progress and state.
 * Every value is repeated on every row (no merged cells) so Excel's filter and sort work, and the file can be
 * imported again as the round's plan: the plan columns come first, progress after, the rest at the end. The
 * plan's deadline (完成时限) stays apart from the item's current one, so an approved extension never reads as
 * a change of plan, and the light and 完成情况 (按期/经批准延期/逾期完成) are read for the day of the export.
 */
public final class LedgerWorkbook {

	static final List<String> HEADERS = List.of("编号", "方面", "问题", "具体表现", "整改措施", "责任领导", "责任单位", "责任人",
			"完成时限", "进展情况", "状态", "完成日期", "类型", "牵头单位", "配合单位", "预警", "当前完成时限", "延期", "完成情况",
			"佐证材料要求", "是否公开", "阶段性目标", "回头看（月）");

	static final String ROUND_SHEET = "整改台账";

	/** A unit's export holds only its own rows; the importer refuses it as a plan. */
	static final String UNIT_SHEET = "单位台账";

	private static final int[] WIDTHS = { 10, 24, 30, 36, 44, 10, 16, 12, 12, 44, 14, 12, 10, 14, 20, 8, 14, 10, 14, 20, 10, 36, 10 };

	private LedgerWorkbook() {
	}

	/**
	 * @param unitName the unit the export is limited to, or {@code null} for the whole round
	 * @param measures the round's measures by id, for their cooperating units and required evidence
	 */
	public static void write(InspectionRound round, String unitName, List<LedgerRow> rows,
			Map<Long, PlannedMeasure> measures, PlanDirectory directory, OffsetDateTime exportedAt, OutputStream out)
			throws IOException {
		write(round, unitName, rows, measures, directory, exportedAt, row -> false, out);
	}

	/**
	 * @param provisional whether a row's light and current deadline rest on a year whose holiday schedule is not
	 * yet published: both read 暂定
	 */
	public static void write(InspectionRound round, String unitName, List<LedgerRow> rows,
			Map<Long, PlannedMeasure> measures, PlanDirectory directory, OffsetDateTime exportedAt,
			Predicate<LedgerRow> provisional, OutputStream out) throws IOException {
		// Streaming keeps a few hundred rows in memory however large the round is.
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Cells cells = new Cells(workbook);
			Sheet sheet = workbook.createSheet(unitName == null ? ROUND_SHEET : UNIT_SHEET);
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue(round.name() + (unitName == null ? "" : "（" + unitName + "）") + " 整改台账");
			title.getCell(0).setCellStyle(cells.title);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
			sheet.createRow(1).createCell(0).setCellValue("巡察组：" + round.inspectionGroup() + "    导出时间："
					+ exportedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + "    共 " + rows.size() + " 行");
			Row header = sheet.createRow(2);
			for (int c = 0; c < HEADERS.size(); c++) {
				cells.header(header, c, HEADERS.get(c));
				sheet.setColumnWidth(c, WIDTHS[c] * 256);
			}
			sheet.createFreezePane(1, 3);
			sheet.setAutoFilter(new CellRangeAddress(2, 2, 0, HEADERS.size() - 1));
			int r = 3;
			for (LedgerRow line : rows) {
				Row row = sheet.createRow(r++);
				cells.text(row, 0, line.code());
				cells.text(row, 1, line.aspect());
				cells.text(row, 2, line.problem());
				cells.text(row, 3, line.manifestation());
				cells.text(row, 4, line.measure());
				cells.text(row, 5, leader(line.leader(), directory));
				cells.text(row, 6, line.unitId() == null ? null : directory.unitName(line.unitId()));
				cells.text(row, 7, line.responsiblePerson());
				if (line.deadlineWorkingDays() != null) {
					// As the plan wrote it, so a re-import finds the same deadline; the dates are in 当前完成时限.
					cells.text(row, 8, line.plannedDeadline().label());
				}
				else {
					cells.date(row, 8, line.deadline());
				}
				cells.text(row, 9, line.summary());
				cells.text(row, 10, state(line));
				cells.date(row, 11, line.state() != null && line.state().isClosed() ? line.completionDate() : null);
				cells.text(row, 12, line.type() == null ? null : line.type().label());
				cells.text(row, 13, line.leadUnit() == null ? null : directory.unitName(line.leadUnit()));
				PlannedMeasure measure = measures.get(line.measureId());
				cells.text(row, 14, measure == null ? null
						: String.join("、", measure.cooperatingUnits().stream().map(directory::unitName).toList()));
				boolean tentative = line.warning() != null && provisional.test(line);
				cells.text(row, 15, line.warning() == null ? null : line.warning().label() + (tentative ? "（暂定）" : ""));
				if (tentative && line.deadlineWorkingDays() != null) {
					// Counted in working days through a year not yet published: the date itself is 暂定.
					cells.text(row, 16, line.currentDeadline() + "（暂定）");
				}
				else {
					cells.date(row, 16, line.currentDeadline());
				}
				cells.text(row, 17, line.extensions() == 0 ? null : "经批准延期" + line.extensions() + "次");
				cells.text(row, 18, line.completion() == null ? null : line.completion().label());
				cells.text(row, 19, measure == null ? null
						: String.join("、", measure.requiredEvidence().stream().map(EvidenceKind::label).toList()));
				cells.text(row, 20, measure == null ? null : measure.publicReport() ? "是" : "否");
				cells.text(row, 21, measure == null ? null : milestones(measure.milestones()));
				cells.text(row, 22, measure == null || measure.lookBackMonths() == null ? null
						: String.valueOf(measure.lookBackMonths()));
			}
			workbook.write(out);
			workbook.dispose();
		}
	}

	/** The leader's name, or the login where two leaders share the name, so that a re-import finds the same person. */
	private static String leader(String userId, PlanDirectory directory) {
		if (userId == null) {
			return null;
		}
		String name = directory.personName(userId);
		return directory.leaders(name).size() == 1 ? name : userId;
	}

	/** One line per milestone, as the plan workbook writes them, so that a re-import reads the same. */
	static String milestones(List<Milestone> milestones) {
		return String.join("\n", milestones.stream().map(m -> m.dueDate() + " " + m.title()).toList());
	}

	private static String state(LedgerRow line) {
		if (line.measure() == null) {
			return "尚无整改措施";
		}
		if (line.unitId() == null) {
			return "缺少责任单位";
		}
		if (line.state() == null) {
			return "未下达";
		}
		return UnitTask.standing(line.state(), line.keptSince(), line.phaseNo() == null ? 1 : line.phaseNo());
	}

}
