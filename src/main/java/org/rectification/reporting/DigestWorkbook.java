package org.rectification.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.rectification.plan.workbook.Cells;

/**
 * A cycle's digest as an .xlsx for the office: 报送情况 (one row per unit), 事项进展 (one row per item and
 * its progress), 本期变化 (state changes since the cycle opened). Text goes through {@link Cells}, so a unit's
 * progress that begins like a formula is shown, never run.
 */
final class DigestWorkbook {

	static final String REPORTS_SHEET = "报送情况";

	static final String ENTRIES_SHEET = "事项进展";

	static final String CHANGES_SHEET = "本期变化";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private DigestWorkbook() {
	}

	static void write(Digest digest, ZoneId zone, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Cells cells = new Cells(workbook);
			Sheet reports = sheet(workbook, cells, REPORTS_SHEET, digest,
					List.of("单位", "报送情况", "报送人", "报送时间", "督办领导"), new int[] { 20, 12, 12, 18, 24 });
			int r = 3;
			for (Digest.Line line : digest.reports()) {
				Row row = reports.createRow(r++);
				cells.text(row, 0, line.report().unitName());
				cells.text(row, 1, line.report().status().label());
				cells.text(row, 2, line.reporterName());
				cells.text(row, 3, time(line.report().submittedAt(), zone));
				cells.text(row, 4, String.join("、", line.escalatedTo()));
			}
			Sheet entries = sheet(workbook, cells, ENTRIES_SHEET, digest,
					List.of("单位", "序号", "编号", "整改措施", "期初状态", "完成时限", "本期进展"), new int[] { 20, 6, 10, 44, 14, 12, 60 });
			r = 3;
			for (Digest.Line line : digest.reports()) {
				for (ReportEntry entry : line.entries()) {
					Row row = entries.createRow(r++);
					cells.text(row, 0, line.report().unitName());
					cells.text(row, 1, String.valueOf(entry.itemNo()));
					cells.text(row, 2, entry.reference());
					cells.text(row, 3, entry.measureText());
					cells.text(row, 4, entry.state().label());
					cells.date(row, 5, entry.deadline());
					cells.text(row, 6, entry.progress() == null ? "（未报送）" : entry.progress());
				}
			}
			Sheet changes = sheet(workbook, cells, CHANGES_SHEET, digest,
					List.of("编号", "单位", "原状态", "新状态", "时间"), new int[] { 10, 20, 16, 16, 18 });
			r = 3;
			for (StateChange change : digest.changes()) {
				Row row = changes.createRow(r++);
				cells.text(row, 0, "【" + change.measureCode() + "】");
				cells.text(row, 1, change.unitName());
				cells.text(row, 2, change.fromState().label());
				cells.text(row, 3, change.toState().label());
				cells.text(row, 4, time(change.changedAt(), zone));
			}
			workbook.write(out);
			workbook.dispose();
		}
	}

	private static Sheet sheet(SXSSFWorkbook workbook, Cells cells, String name, Digest digest, List<String> headers,
			int[] widths) {
		Sheet sheet = workbook.createSheet(name);
		Row title = sheet.createRow(0);
		title.createCell(0).setCellValue(digest.cycle().title() + " 整改进展汇总 · " + name);
		title.getCell(0).setCellStyle(cells.title);
		sheet.createRow(1).createCell(0).setCellValue("应报送截止：" + digest.cycle().dueOn() + "    统计时间："
				+ digest.asOf().format(TIME));
		Row header = sheet.createRow(2);
		for (int c = 0; c < headers.size(); c++) {
			cells.header(header, c, headers.get(c));
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		sheet.createFreezePane(0, 3);
		return sheet;
	}

	static String time(OffsetDateTime time, ZoneId zone) {
		return time == null ? "" : time.atZoneSameInstant(zone).format(TIME);
	}

}
