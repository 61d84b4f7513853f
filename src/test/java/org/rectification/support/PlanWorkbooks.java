package org.rectification.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Plan workbooks as people fill them in, for tests: the template's headers, rows of text or dates, merged
 * cells, and title rows above the table.
 */
public final class PlanWorkbooks {

	public static final List<String> HEADERS = List.of("编号", "方面", "问题", "具体表现", "整改措施", "类型", "责任领导", "牵头单位",
			"配合单位", "责任单位", "责任人", "完成时限");

	private final List<Object[]> rows = new ArrayList<>();

	private final List<String> merges = new ArrayList<>();

	private List<String> headers = HEADERS;

	private int titleRows;

	public static PlanWorkbooks plan() {
		return new PlanWorkbooks();
	}

	public PlanWorkbooks headers(List<String> headers) {
		this.headers = headers;
		return this;
	}

	/** Rows of titles above the header, as office files have. */
	public PlanWorkbooks titleRows(int count) {
		this.titleRows = count;
		return this;
	}

	/** One row; a {@link LocalDate} becomes a date cell, {@code null} or "" an empty cell. */
	public PlanWorkbooks row(Object... values) {
		rows.add(values);
		return this;
	}

	/** Merges a region given as in Excel, e.g. "B2:B4". */
	public PlanWorkbooks merge(String region) {
		merges.add(region);
		return this;
	}

	public byte[] bytes() {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("整改方案");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
			for (int t = 0; t < titleRows; t++) {
				sheet.createRow(t).createCell(0).setCellValue("2025年巡察反馈问题整改方案（第" + (t + 1) + "行标题）");
			}
			Row header = sheet.createRow(titleRows);
			for (int c = 0; c < headers.size(); c++) {
				header.createCell(c).setCellValue(headers.get(c));
			}
			int r = titleRows + 1;
			for (Object[] values : rows) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < values.length; c++) {
					Object value = values[c];
					if (value == null || "".equals(value)) {
						continue;
					}
					Cell cell = row.createCell(c);
					if (value instanceof LocalDate d) {
						cell.setCellValue(d);
						cell.setCellStyle(date);
					}
					else if (value instanceof Number n) {
						cell.setCellValue(n.doubleValue());
					}
					else {
						cell.setCellValue(value.toString());
					}
				}
			}
			for (String region : merges) {
				sheet.addMergedRegion(CellRangeAddress.valueOf(region));
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The first sheet's rows as text, for checking an exported workbook. */
	public static List<List<String>> read(byte[] xlsx) {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
			org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
			List<List<String>> lines = new ArrayList<>();
			for (Row row : workbook.getSheetAt(0)) {
				List<String> line = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					Cell cell = row.getCell(c);
					line.add(cell == null ? "" : formatter.formatCellValue(cell));
				}
				lines.add(line);
			}
			return lines;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
