package org.rectification.plan.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rectification.ledger.MeasureType;

/**
 * The empty plan workbook offered for download: the headers, one example row (skipped on import while its
 * 编号 starts with 示例), a drop-down for 类型, and a sheet of instructions listing the names the org chart knows.
 */
public final class PlanTemplate {

	/** Column widths in characters, one per {@link PlanColumn}. */
	private static final int[] WIDTHS = { 10, 24, 30, 36, 44, 12, 10, 14, 20, 24, 12, 14, 20, 10, 36, 10 };

	private PlanTemplate() {
	}

	public static void write(PlanDirectory directory, LocalDate today, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Cells cells = new Cells(workbook);
			Sheet plan = workbook.createSheet("整改方案");
			Row header = plan.createRow(0);
			PlanColumn[] columns = PlanColumn.values();
			for (int c = 0; c < columns.length; c++) {
				cells.header(header, c, columns[c].header());
				plan.setColumnWidth(c, WIDTHS[c] * 256);
			}
			plan.createFreezePane(0, 1);
			List<String> leaders = directory.leaderNames();
			List<String> units = directory.unitNames();
			Row example = plan.createRow(1);
			cells.text(example, PlanColumn.CODE.ordinal(), "示例1.1.1");
			cells.text(example, PlanColumn.ASPECT.ordinal(), "一、落实全面从严治党主体责任方面");
			cells.text(example, PlanColumn.PROBLEM.ordinal(), "（一）师德师风建设抓得不实");
			cells.text(example, PlanColumn.MANIFESTATION.ordinal(), "1. 个别教师违规有偿补课");
			cells.text(example, PlanColumn.MEASURE.ordinal(), "开展违规有偿补课专项治理，签订师德承诺书，建立问题线索台账");
			cells.text(example, PlanColumn.TYPE.ordinal(), MeasureType.LONG_TERM.label());
			cells.text(example, PlanColumn.LEADER.ordinal(), leaders.isEmpty() ? "" : leaders.get(0));
			cells.text(example, PlanColumn.LEAD_UNIT.ordinal(), units.isEmpty() ? "" : units.get(0));
			cells.text(example, PlanColumn.COOPERATING_UNITS.ordinal(), "");
			cells.text(example, PlanColumn.RESPONSIBLE_UNITS.ordinal(), "全体学校");
			cells.text(example, PlanColumn.RESPONSIBLE_PERSON.ordinal(), "各校校长");
			LocalDate deadline = today.plusMonths(3).withDayOfMonth(1).minusDays(1);
			cells.date(example, PlanColumn.DEADLINE.ordinal(), deadline);
			cells.text(example, PlanColumn.PUBLIC_REPORT.ordinal(), "是");
			LocalDate second = deadline.plusMonths(6);
			LocalDate third = deadline.plusMonths(12);
			cells.text(example, PlanColumn.MILESTONES.ordinal(), second + " 建立师德师风长效机制\n" + third.getYear() + "年"
					+ third.getMonthValue() + "月底前：开展专项治理回头看");
			cells.text(example, PlanColumn.LOOK_BACK_MONTHS.ordinal(), "6");

			DataValidationHelper helper = plan.getDataValidationHelper();
			DataValidation types = helper.createValidation(
					helper.createExplicitListConstraint(new String[] { MeasureType.IMMEDIATE.label(),
							MeasureType.DEADLINE.label(), MeasureType.LONG_TERM.label() }),
					new CellRangeAddressList(1, 5000, PlanColumn.TYPE.ordinal(), PlanColumn.TYPE.ordinal()));
			types.setShowErrorBox(true);
			types.createErrorBox("类型", "请选择 立行立改、限期整改 或 长期坚持");
			plan.addValidationData(types);

			Sheet help = workbook.createSheet("填写说明");
			help.setColumnWidth(0, 14 * 256);
			help.setColumnWidth(1, 90 * 256);
			int r = 0;
			Row title = help.createRow(r++);
			title.createCell(0).setCellValue("整改方案填写说明");
			title.getCell(0).setCellStyle(cells.title);
			for (String line : List.of("每条整改措施一行（或每个责任单位一行）；“方面”“问题”“具体表现”与上一行相同时可留空或合并单元格。",
					"编号以“示例”开头的行不会导入，填写前可直接删除示例行。",
					"导入时一次列出文件中的全部错误（行号、列名），任何一处有误都不会导入；改正后重新上传即可。",
					"再次导入时按编号更新已有措施，不会重复；文件中没有的措施会从方案中删除，因此每次请上传完整的方案。",
					"方案导入后，每个具体表现都要有整改措施，每条措施都要有责任领导、责任单位和完成时限，才能提交领导小组审批。",
					"长期坚持的措施可在“阶段性目标”中写完成时限之后的各阶段（单元格内每行一条，Alt+Enter 换行），每个阶段同样提交、审核、销号；“回头看（月）”为最终销号后几个月回头看。")) {
				Row row = help.createRow(r++);
				row.createCell(1).setCellValue(line);
			}
			r++;
			Row head = help.createRow(r++);
			cells.header(head, 0, "列名");
			cells.header(head, 1, "填写要求");
			for (PlanColumn column : columns) {
				Row row = help.createRow(r++);
				cells.text(row, 0, column.header());
				cells.text(row, 1, column.help());
			}
			r++;
			r = list(help, cells, r, "责任领导", String.join("、", leaders));
			r = list(help, cells, r, "单位集合", String.join("、", directory.unitSetNames()));
			list(help, cells, r, "单位名称", String.join("、", units));
			workbook.write(out);
		}
	}

	private static int list(Sheet sheet, Cells cells, int r, String label, String values) {
		Row row = sheet.createRow(r);
		cells.header(row, 0, label);
		cells.text(row, 1, values);
		return r + 1;
	}

}
