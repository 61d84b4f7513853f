package org.rectification.plan.workbook;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the workbooks the app writes, and the one way text gets into a cell: as a string, and
 * quote-prefixed when it starts like a formula, so that Excel shows it as typed and never evaluates it
 * (formula injection), while the text itself stays exactly as stored. Shared by every workbook the app writes.
 */
public final class Cells {

	final CellStyle header;

	final CellStyle text;

	final CellStyle formulaLike;

	final CellStyle date;

	public final CellStyle title;

	public Cells(Workbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		header = workbook.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setWrapText(true);
		header.setVerticalAlignment(VerticalAlignment.CENTER);
		borders(header);
		text = workbook.createCellStyle();
		text.setWrapText(true);
		text.setVerticalAlignment(VerticalAlignment.TOP);
		borders(text);
		formulaLike = workbook.createCellStyle();
		formulaLike.cloneStyleFrom(text);
		formulaLike.setQuotePrefixed(true);
		date = workbook.createCellStyle();
		date.cloneStyleFrom(text);
		date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		Font big = workbook.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 14);
		title = workbook.createCellStyle();
		title.setFont(big);
	}

	/** Whether Excel would read the text as a formula or a command if it were typed in. */
	static boolean looksLikeFormula(String value) {
		return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
	}

	public void text(Row row, int column, String value) {
		Cell cell = row.createCell(column);
		if (value == null || value.isEmpty()) {
			cell.setCellStyle(text);
			return;
		}
		cell.setCellValue(value);
		cell.setCellStyle(looksLikeFormula(value) ? formulaLike : text);
	}

	public void date(Row row, int column, LocalDate value) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value);
		}
		cell.setCellStyle(date);
	}

	public void header(Row row, int column, String value) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(header);
	}

	private static void borders(CellStyle style) {
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
	}

}
