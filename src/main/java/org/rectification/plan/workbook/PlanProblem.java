package org.rectification.plan.workbook;

/**
 * One thing wrong with an imported workbook, where a user finds it in Excel.
 *
 * @param row the 1-based row as Excel numbers it, or 0 for the file as a whole
 * @param column the column letter, or empty
 * @param field the header of that column, or empty
 */
public record PlanProblem(int row, String column, String field, String message) {

	/** The problem as one line, e.g. "第7行 L列（完成时限）：无法识别的日期“6月30”". */
	@com.fasterxml.jackson.annotation.JsonProperty("text")
	public String text() {
		if (row == 0) {
			return message;
		}
		String where = "第" + row + "行" + (column.isEmpty() ? "" : " " + column + "列") + (field.isEmpty() ? "" : "（" + field + "）");
		return where + "：" + message;
	}

}
