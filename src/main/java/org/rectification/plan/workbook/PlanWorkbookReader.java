package org.rectification.plan.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rectification.ledger.EvidenceKind;
import org.rectification.ledger.MeasureDeadline;
import org.rectification.ledger.MeasureType;
import org.rectification.ledger.Milestone;

/**
 * Reads a plan workbook the way people write them: headers found by name wherever the table starts, merged
 * cells and blank cells meaning "same as above", one row per measure or several rows of one measure (one per
 * responsible unit, as the ledger export lays them out). Every problem of the file is collected; a file with
 * any problem yields none of its content.
 */
public final class PlanWorkbookReader {

	static final int HEADER_SEARCH_ROWS = 10;

	static final int MAX_CODE = 20;

	static final int MAX_ROWS = 20_000;

	private static final Pattern UNIT_SEPARATORS = Pattern.compile("[、，,；;/\\s\u3000]+");

	private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

	private static final Pattern MONTH_END = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?\\s*(底|末)?");

	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private static final String EXAMPLE_PREFIX = "示例";

	private final PlanDirectory directory;

	private final LocalDate feedbackDate;

	private final DataFormatter formatter = new DataFormatter(Locale.CHINA);

	private final List<PlanProblem> problems = new ArrayList<>();

	static {
		// A 10MB upload may not inflate into sheets of gigabytes (POI also refuses suspicious inflation ratios).
		org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
	}

	private PlanWorkbookReader(PlanDirectory directory, LocalDate feedbackDate) {
		this.directory = directory;
		this.feedbackDate = feedbackDate;
		this.formatter.setUseCachedValuesForFormulaCells(true);
	}

	/**
	 * @throws PlanRejected when the file is no readable xlsx or its content has any problem
	 */
	public static PlanDraft read(InputStream input, LocalDate feedbackDate, PlanDirectory directory) {
		return new PlanWorkbookReader(directory, feedbackDate).read(input);
	}

	private PlanDraft read(InputStream input) {
		try (Workbook workbook = open(input)) {
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				Sheet sheet = workbook.getSheetAt(i);
				Optional<Integer> headerRow = findHeaderRow(sheet);
				if (headerRow.isPresent() && sheet.getSheetName().equals(LedgerWorkbook.UNIT_SHEET)) {
					throw PlanRejected.file("UNIT_LEDGER", "这是某一单位的台账，只含该单位的事项，不能作为整改方案导入；请上传完整的方案或全轮次台账");
				}
				if (headerRow.isPresent()) {
					PlanDraft draft = readSheet(sheet, headerRow.get());
					if (!problems.isEmpty()) {
						throw PlanRejected.invalid(problems);
					}
					return draft;
				}
			}
		}
		catch (IOException e) {
			throw PlanRejected.file("FILE_CORRUPTED", "文件已损坏，无法读取。请在 Excel 中打开并另存为 .xlsx 后重新上传。");
		}
		throw PlanRejected.file("HEADER_NOT_FOUND", "找不到整改方案的表头：工作表前" + HEADER_SEARCH_ROWS
				+ "行中应有“编号”“整改措施”等列名。请下载模板，按模板的列填写。");
	}

	private static Workbook open(InputStream input) {
		InputStream in = new BufferedInputStream(input);
		FileMagic magic;
		try {
			magic = FileMagic.valueOf(in);
		}
		catch (IOException e) {
			throw PlanRejected.file("FILE_CORRUPTED", "文件无法读取，请重新上传。");
		}
		if (magic == FileMagic.OLE2) {
			throw PlanRejected.file("NOT_XLSX", "这是旧版 Excel（.xls）文件或加密的文件。请在 Excel 中“另存为”不加密的 .xlsx 格式后重新上传。");
		}
		if (magic != FileMagic.OOXML) {
			throw PlanRejected.file("NOT_XLSX", "只能上传 Excel 工作簿（.xlsx）。请下载模板，填写后上传。");
		}
		try {
			return new XSSFWorkbook(in);
		}
		catch (IOException | RuntimeException e) {
			// POI reports a broken or hostile archive (zip bomb, missing parts) as one of many runtime exceptions.
			throw PlanRejected.file("FILE_CORRUPTED", "文件已损坏或不是有效的 .xlsx 工作簿。请在 Excel 中打开并另存为 .xlsx 后重新上传。");
		}
	}

	private Optional<Integer> findHeaderRow(Sheet sheet) {
		for (int r = sheet.getFirstRowNum(); r >= 0 && r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS - 1); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Set<PlanColumn> found = headers(row).keySet();
			if (found.contains(PlanColumn.CODE) && found.contains(PlanColumn.MEASURE)) {
				return Optional.of(r);
			}
		}
		return Optional.empty();
	}

	private Map<PlanColumn, Integer> headers(Row row) {
		Map<PlanColumn, Integer> columns = new EnumMap<>(PlanColumn.class);
		for (Cell cell : row) {
			PlanColumn.ofHeader(formatter.formatCellValue(cell)).ifPresent(c -> columns.putIfAbsent(c, cell.getColumnIndex()));
		}
		return columns;
	}

	private PlanDraft readSheet(Sheet sheet, int headerRow) {
		Map<PlanColumn, Integer> columns = headers(sheet.getRow(headerRow));
		for (PlanColumn column : PlanColumn.values()) {
			if (!columns.containsKey(column) && !column.optional()) {
				problems.add(new PlanProblem(headerRow + 1, "", "", "缺少“" + column.header() + "”列（请使用模板的表头）"));
			}
		}
		if (!problems.isEmpty()) {
			return null;
		}
		if (sheet.getLastRowNum() - headerRow > MAX_ROWS) {
			problems.add(new PlanProblem(0, "", "", "表格超过 " + MAX_ROWS + " 行，不像是一份整改方案；请检查是否选错了文件"));
			return null;
		}
		// Only the plan's columns and the sheet's real rows: a merge may claim a million empty rows.
		Map<String, CellRangeAddress> merged = new HashMap<>();
		Map<Integer, String> headings = new HashMap<>();
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			long spanned = columns.values().stream()
				.filter(c -> c >= region.getFirstColumn() && c <= region.getLastColumn())
				.count();
			if (spanned >= 4 && region.getFirstRow() > headerRow) {
				Row row = sheet.getRow(region.getFirstRow());
				Cell cell = row == null ? null : row.getCell(region.getFirstColumn());
				String text = cell == null ? "" : formatter.formatCellValue(cell).strip();
				if (!text.isEmpty()) {
					headings.put(region.getFirstRow(), text);
				}
			}
			int lastRow = Math.min(region.getLastRow(), sheet.getLastRowNum());
			for (int c : columns.values()) {
				if (c < region.getFirstColumn() || c > region.getLastColumn()) {
					continue;
				}
				for (int r = Math.max(region.getFirstRow(), headerRow + 1); r <= lastRow; r++) {
					merged.put(r + ":" + c, region);
				}
			}
		}
		Sheets state = new Sheets();
		for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
			Line line = new Line(sheet, r, columns, merged);
			String heading = headings.get(r);
			if (heading != null) {
				// A row merged across the table, as "一、党的政治建设方面" often is: the aspect of the rows below.
				state.aspect = heading;
				state.problem = null;
				state.manifestation = null;
				state.current = null;
				state.headingAspect = true;
				continue;
			}
			if (!line.hasOwnContent() || line.text(PlanColumn.CODE).startsWith(EXAMPLE_PREFIX)) {
				continue;
			}
			readLine(line, state);
		}
		if (state.measures.isEmpty() && state.findings.isEmpty()) {
			problems.add(new PlanProblem(0, "", "", "文件中没有整改方案的内容（表头下面是空的）"));
		}
		List<PlanDraft.Measure> measures = state.measures.stream().map(MeasureBuilder::build).toList();
		return new PlanDraft(List.copyOf(state.findings), measures);
	}

	/** What the rows above say, for cells left blank to mean "same as above". */
	private static final class Sheets {

		final Set<PlanDraft.Finding> findings = new LinkedHashSet<>();

		final List<MeasureBuilder> measures = new ArrayList<>();

		final Map<String, Integer> codeRows = new HashMap<>();

		String aspect;

		String problem;

		String manifestation;

		MeasureBuilder current;

		/** The aspect came from a heading row, so the next row starts a new aspect though its cell is blank. */
		boolean headingAspect;

	}

	private void readLine(Line line, Sheets state) {
		String aspect = line.text(PlanColumn.ASPECT);
		boolean newAspect = (!aspect.isEmpty() && !aspect.equals(state.aspect)) || (aspect.isEmpty() && state.headingAspect);
		state.headingAspect = false;
		if (aspect.isEmpty()) {
			aspect = state.aspect;
		}
		String problem = line.text(PlanColumn.PROBLEM);
		boolean newProblem = newAspect || (!problem.isEmpty() && !problem.equals(state.problem));
		if (problem.isEmpty() && !newAspect) {
			problem = state.problem;
		}
		String manifestation = line.text(PlanColumn.MANIFESTATION);
		if (manifestation.isEmpty()) {
			manifestation = newProblem ? null : state.manifestation;
		}
		if (aspect == null) {
			problems.add(line.problem(PlanColumn.ASPECT, "必填（表格第一行数据的方面不能留空）"));
			return;
		}
		if (problem == null || problem.isEmpty()) {
			problems.add(line.problem(PlanColumn.PROBLEM, "必填（新的方面下第一行的问题不能留空）"));
			return;
		}
		checkLength(line, PlanColumn.ASPECT, aspect, 1000);
		checkLength(line, PlanColumn.PROBLEM, problem, 2000);
		if (manifestation != null) {
			checkLength(line, PlanColumn.MANIFESTATION, manifestation, 4000);
		}
		state.aspect = aspect;
		state.problem = problem;
		state.manifestation = manifestation;
		PlanDraft.Finding finding = new PlanDraft.Finding(aspect, problem, manifestation);
		state.findings.add(finding);

		String code = line.text(PlanColumn.CODE);
		String text = line.text(PlanColumn.MEASURE);
		MeasureBuilder current = state.current;
		boolean sameFinding = current != null && current.finding.equals(finding);
		if (code.isEmpty() && text.isEmpty()) {
			if (!line.hasMeasureContent()) {
				state.current = null;
				return;
			}
			if (!sameFinding) {
				problems.add(line.problem(PlanColumn.CODE, "必填：这一行填了责任单位等内容，但没有编号和整改措施"));
				return;
			}
			continueMeasure(line, current);
			return;
		}
		if (sameFinding && code.equals(current.code) && (text.isEmpty() || text.equals(current.text))) {
			continueMeasure(line, current);
			return;
		}
		if (current != null && !sameFinding && code.equals(current.code) && text.equals(current.text)) {
			problems.add(line.problem(PlanColumn.CODE, "措施 " + code + " 跨越了多个具体表现；一条措施只能对应一个具体表现（或整个问题），请拆成不同编号的措施"));
			state.current = new MeasureBuilder(line.excelRow(), code, text, finding);
			return;
		}
		if (code.isEmpty()) {
			problems.add(line.problem(PlanColumn.CODE, "必填：每条整改措施都要有编号"));
			return;
		}
		if (text.isEmpty()) {
			problems.add(line.problem(PlanColumn.MEASURE, "必填：编号 " + code + " 没有整改措施内容"));
			return;
		}
		if (code.length() > MAX_CODE) {
			problems.add(line.problem(PlanColumn.CODE, "编号不能超过" + MAX_CODE + "个字符"));
		}
		checkLength(line, PlanColumn.MEASURE, text, 4000);
		Integer earlier = state.codeRows.putIfAbsent(code, line.excelRow());
		if (earlier != null) {
			problems.add(line.problem(PlanColumn.CODE, "编号 " + code + " 与第" + earlier + "行重复"));
			// Rows continuing the duplicate belong to it and need no errors of their own.
			state.current = new MeasureBuilder(line.excelRow(), code, text, finding);
			return;
		}
		MeasureBuilder measure = new MeasureBuilder(line.excelRow(), code, text, finding);
		// In column order, so the problems are listed as the user reads the row.
		measure.type = type(line);
		measure.leader = leader(line);
		measure.leadUnit = leadUnit(line);
		measure.cooperating.addAll(units(line, PlanColumn.COOPERATING_UNITS, false));
		measure.responsible.addAll(units(line, PlanColumn.RESPONSIBLE_UNITS, true));
		addPerson(line, measure);
		measure.deadline = deadline(line);
		measure.requiredEvidence = line.has(PlanColumn.REQUIRED_EVIDENCE) ? requiredEvidence(line) : null;
		measure.publicReport = line.has(PlanColumn.PUBLIC_REPORT) ? publicReport(line) : null;
		measure.milestones = line.has(PlanColumn.MILESTONES) ? milestones(line, measure.type, measure.deadline) : null;
		measure.lookBackMonths = lookBackMonths(line);
		measure.lookBackListed = line.has(PlanColumn.LOOK_BACK_MONTHS);
		state.measures.add(measure);
		state.current = measure;
	}

	/** A further row of the measure above: more responsible units; its other cells must agree or be blank. */
	private void continueMeasure(Line line, MeasureBuilder measure) {
		String where = "与本措施第" + measure.row + "行不一致（同一措施的各行只能追加责任单位）";
		if (!line.ownText(PlanColumn.TYPE).isEmpty() && !Objects.equals(type(line), measure.type)) {
			problems.add(line.problem(PlanColumn.TYPE, where));
		}
		if (!line.ownText(PlanColumn.LEADER).isEmpty() && !Objects.equals(leader(line), measure.leader)) {
			problems.add(line.problem(PlanColumn.LEADER, where));
		}
		if (!line.ownText(PlanColumn.LEAD_UNIT).isEmpty() && !Objects.equals(leadUnit(line), measure.leadUnit)) {
			problems.add(line.problem(PlanColumn.LEAD_UNIT, where));
		}
		if (!line.ownText(PlanColumn.DEADLINE).isEmpty() && !Objects.equals(deadline(line), measure.deadline)) {
			problems.add(line.problem(PlanColumn.DEADLINE, where));
		}
		if (!line.ownText(PlanColumn.REQUIRED_EVIDENCE).isEmpty()
				&& !Objects.equals(requiredEvidence(line), measure.requiredEvidence)) {
			problems.add(line.problem(PlanColumn.REQUIRED_EVIDENCE, where));
		}
		if (!line.ownText(PlanColumn.PUBLIC_REPORT).isEmpty() && !Objects.equals(publicReport(line), measure.publicReport)) {
			problems.add(line.problem(PlanColumn.PUBLIC_REPORT, where));
		}
		if (!line.ownText(PlanColumn.MILESTONES).isEmpty()
				&& !Objects.equals(milestones(line, measure.type, measure.deadline), measure.milestones)) {
			problems.add(line.problem(PlanColumn.MILESTONES, where));
		}
		if (!line.ownText(PlanColumn.LOOK_BACK_MONTHS).isEmpty()
				&& !Objects.equals(lookBackMonths(line), measure.lookBackMonths)) {
			problems.add(line.problem(PlanColumn.LOOK_BACK_MONTHS, where));
		}
		measure.cooperating.addAll(units(line, PlanColumn.COOPERATING_UNITS, false));
		measure.responsible.addAll(units(line, PlanColumn.RESPONSIBLE_UNITS, true));
		addPerson(line, measure);
	}

	private MeasureType type(Line line) {
		String text = line.text(PlanColumn.TYPE);
		if (text.isEmpty()) {
			problems.add(line.problem(PlanColumn.TYPE, "必填：立行立改、限期整改 或 长期坚持"));
			return null;
		}
		Optional<MeasureType> type = MeasureType.fromLabel(text);
		if (type.isEmpty()) {
			problems.add(line.problem(PlanColumn.TYPE, "“" + text + "”不是有效的类型，应为 立行立改、限期整改 或 长期坚持"));
		}
		return type.orElse(null);
	}

	private String leader(Line line) {
		String text = line.text(PlanColumn.LEADER);
		if (text.isEmpty()) {
			return null;
		}
		List<String> ids = directory.leaders(text);
		if (ids.isEmpty()) {
			problems.add(line.problem(PlanColumn.LEADER, "“" + text + "”不是系统中的分管领导"));
			return null;
		}
		if (ids.size() > 1) {
			problems.add(line.problem(PlanColumn.LEADER, "有" + ids.size() + "位分管领导都叫“" + text + "”，请改填登录名（" + String.join("、", ids) + "）"));
			return null;
		}
		return ids.get(0);
	}

	private String leadUnit(Line line) {
		String text = line.text(PlanColumn.LEAD_UNIT);
		if (text.isEmpty()) {
			return null;
		}
		Optional<String> unit = directory.unit(text);
		if (unit.isEmpty()) {
			problems.add(line.problem(PlanColumn.LEAD_UNIT, "单位“" + text + "”不存在（牵头单位只填一个股室或学校的全称）"));
		}
		return unit.orElse(null);
	}

	private List<String> units(Line line, PlanColumn column, boolean setsAllowed) {
		String text = line.text(column);
		List<String> ids = new ArrayList<>();
		if (text.isEmpty()) {
			return ids;
		}
		for (String name : UNIT_SEPARATORS.split(text)) {
			if (name.isEmpty()) {
				continue;
			}
			Optional<String> unit = directory.unit(name);
			if (unit.isPresent()) {
				ids.add(unit.get());
				continue;
			}
			Optional<List<String>> set = setsAllowed ? directory.unitSet(name) : Optional.empty();
			if (set.isPresent()) {
				ids.addAll(set.get());
			}
			else {
				problems.add(line.problem(column, "单位“" + name + "”不存在（请填写系统中的单位全称"
						+ (setsAllowed ? "，或 全体学校、全体股室 等单位集合" : "") + "）"));
			}
		}
		return ids;
	}

	private void addPerson(Line line, MeasureBuilder measure) {
		String text = line.text(PlanColumn.RESPONSIBLE_PERSON);
		if (!text.isEmpty()) {
			measure.persons.add(text);
			if (String.join("、", measure.persons).length() > 100) {
				problems.add(line.problem(PlanColumn.RESPONSIBLE_PERSON, "责任人合计不能超过100个字"));
			}
		}
	}

	private MeasureDeadline deadline(Line line) {
		Cell cell = line.cell(PlanColumn.DEADLINE);
		String text = line.text(PlanColumn.DEADLINE);
		if (text.isEmpty()) {
			return MeasureDeadline.NONE;
		}
		if (!numeric(cell)) {
			OptionalInt workingDays = MeasureDeadline.parseWorkingDays(text);
			if (workingDays.isPresent()) {
				int days = workingDays.getAsInt();
				if (days < 1 || days > MeasureDeadline.MAX_WORKING_DAYS) {
					problems.add(line.problem(PlanColumn.DEADLINE,
							"工作日数应在 1 到 " + MeasureDeadline.MAX_WORKING_DAYS + " 之间，“" + text + "”不在此范围"));
					return MeasureDeadline.NONE;
				}
				return MeasureDeadline.inWorkingDays(days);
			}
		}
		LocalDate date = numeric(cell) ? excelDate(cell) : parseDate(text);
		if (date == null) {
			problems.add(line.problem(PlanColumn.DEADLINE,
					"无法识别的完成时限“" + text + "”，请写成 2025-06-30、2025年6月30日、2025年6月底 或 30个工作日"));
			return MeasureDeadline.NONE;
		}
		if (feedbackDate != null && date.isBefore(feedbackDate)) {
			problems.add(line.problem(PlanColumn.DEADLINE, "完成时限 " + date + " 早于反馈日期 " + feedbackDate));
		}
		return MeasureDeadline.on(date);
	}

	private List<EvidenceKind> requiredEvidence(Line line) {
		String text = line.text(PlanColumn.REQUIRED_EVIDENCE);
		Set<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
		for (String part : text.split("[、,，;；/\\s]+")) {
			if (part.isEmpty() || part.equals("无")) {
				continue;
			}
			EvidenceKind.parse(part).ifPresentOrElse(kinds::add, () -> problems.add(line.problem(PlanColumn.REQUIRED_EVIDENCE,
					"“" + part + "”不是材料类别，应为 制度文件、会议纪要、照片、台账或截图、其他")));
		}
		return List.copyOf(kinds);
	}

	/** 是/否; blank is 是: a plan has to say so to keep a measure out of the public report. */
	private Boolean publicReport(Line line) {
		String text = line.text(PlanColumn.PUBLIC_REPORT).strip();
		return switch (text) {
			case "", "是", "公开" -> true;
			case "否", "不公开" -> false;
			default -> {
				problems.add(line.problem(PlanColumn.PUBLIC_REPORT, "应填“是”或“否”，不能是“" + text + "”"));
				yield true;
			}
		};
	}

	/**
	 * One milestone a line, "日期 目标" or "日期：目标", the date in any form 完成时限 accepts. The date is the longest
	 * start of the line that reads as one, so "2027 年 6 月 30 日 目标" is not taken for the month's end.
	 */
	private List<Milestone> milestones(Line line, MeasureType type, MeasureDeadline deadline) {
		List<Milestone> milestones = new ArrayList<>();
		boolean complete = true;
		int n = 0;
		for (String raw : line.text(PlanColumn.MILESTONES).split("\\R")) {
			String text = raw.strip();
			if (text.isEmpty()) {
				continue;
			}
			n++;
			if (parseDate(text) != null) {
				problems.add(line.problem(PlanColumn.MILESTONES, "第" + n + "条“" + text + "”只有日期，缺少目标"));
				complete = false;
				continue;
			}
			LocalDate date = null;
			String title = "";
			for (int i = text.length() - 1; i > 0 && date == null; i--) {
				if (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '：' || text.charAt(i) == ':') {
					date = parseDate(text.substring(0, i));
					title = text.substring(i + 1).replaceFirst("^[\\s\u3000：:]+", "").strip();
				}
			}
			if (date == null) {
				problems.add(line.problem(PlanColumn.MILESTONES, "第" + n + "条“" + text
						+ "”缺少日期或日期无法识别，应写成“2027-06-30 目标”或“2027年6月底前：目标”"));
				complete = false;
			}
			else if (title.isEmpty()) {
				problems.add(line.problem(PlanColumn.MILESTONES, "第" + n + "条“" + text + "”只有日期，缺少目标"));
				complete = false;
			}
			else {
				milestones.add(new Milestone(n + 1, title, date));
			}
		}
		if (complete) {
			Milestone.problems(type, deadline, milestones)
				.forEach(message -> problems.add(line.problem(PlanColumn.MILESTONES, message)));
		}
		return List.copyOf(milestones);
	}

	/** 1 to 36, "6个月" too; blank is null (the type's default). */
	private Integer lookBackMonths(Line line) {
		String text = line.text(PlanColumn.LOOK_BACK_MONTHS);
		if (text.isEmpty()) {
			return null;
		}
		String number = text.replaceFirst("个?月$", "").strip();
		if (number.matches("\\d{1,3}") && Milestone.validLookBackMonths(Integer.parseInt(number))) {
			return Integer.parseInt(number);
		}
		problems.add(line.problem(PlanColumn.LOOK_BACK_MONTHS, "应填 " + Milestone.MIN_LOOK_BACK_MONTHS + " 到 "
				+ Milestone.MAX_LOOK_BACK_MONTHS + " 之间的整数（最终销号后几个月回头看），不能是“" + text + "”"));
		return null;
	}

	/** A number cell, or a formula whose last result was a number (Excel keeps it in the file). */
	private static boolean numeric(Cell cell) {
		return cell != null && (cell.getCellType() == CellType.NUMERIC
				|| (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC));
	}

	private static LocalDate excelDate(Cell cell) {
		double value = cell.getNumericCellValue();
		if (value >= 19000101 && value <= 20991231 && value == Math.rint(value)) {
			// 20250630 typed as a number
			return parseDate(String.valueOf((long) value));
		}
		// Serial numbers of the years 1990 to 2099, whatever the cell's number format says.
		if (!DateUtil.isValidExcelDate(value) || value < 32874 || value > 73415) {
			return null;
		}
		return DateUtil.getLocalDateTime(value).toLocalDate();
	}

	static LocalDate parseDate(String raw) {
		String text = raw.strip().replaceAll("(之前|以前|前)$", "").strip();
		try {
			var full = FULL_DATE.matcher(text);
			if (full.matches()) {
				return LocalDate.of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
						Integer.parseInt(full.group(3)));
			}
			var compact = COMPACT_DATE.matcher(text);
			if (compact.matches()) {
				return LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
						Integer.parseInt(compact.group(3)));
			}
			var month = MONTH_END.matcher(text);
			if (month.matches()) {
				LocalDate first = LocalDate.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), 1);
				return first.withDayOfMonth(first.lengthOfMonth());
			}
		}
		catch (java.time.DateTimeException e) {
			return null;
		}
		return null;
	}

	private void checkLength(Line line, PlanColumn column, String value, int max) {
		if (value.length() > max) {
			problems.add(line.problem(column, "不能超过" + max + "个字"));
		}
	}

	private static final class MeasureBuilder {

		final int row;

		final String code;

		final String text;

		final PlanDraft.Finding finding;

		MeasureType type;

		String leader;

		String leadUnit;

		MeasureDeadline deadline = MeasureDeadline.NONE;

		/** Null when the workbook has no such column: the file says nothing about it. */
		List<EvidenceKind> requiredEvidence;

		/** Null when the workbook has no such column. */
		Boolean publicReport;

		/** Null when the workbook has no such column. */
		List<Milestone> milestones;

		Integer lookBackMonths;

		final Set<String> cooperating = new LinkedHashSet<>();

		final Set<String> responsible = new LinkedHashSet<>();

		final Set<String> persons = new LinkedHashSet<>();

		boolean lookBackListed;

		MeasureBuilder(int row, String code, String text, PlanDraft.Finding finding) {
			this.row = row;
			this.code = code;
			this.text = text;
			this.finding = finding;
		}

		PlanDraft.Measure build() {
			return new PlanDraft.Measure(row, code, text, finding, type, leader, leadUnit, List.copyOf(cooperating),
					List.copyOf(responsible), persons.isEmpty() ? null : String.join("、", persons), deadline,
					requiredEvidence, publicReport, milestones, lookBackMonths, lookBackListed);
		}

	}

	/** One data row, its cells resolved through merged regions. */
	private final class Line {

		private final Sheet sheet;

		private final int rowIndex;

		private final Map<PlanColumn, Integer> columns;

		private final Map<String, CellRangeAddress> merged;

		Line(Sheet sheet, int rowIndex, Map<PlanColumn, Integer> columns, Map<String, CellRangeAddress> merged) {
			this.sheet = sheet;
			this.rowIndex = rowIndex;
			this.columns = columns;
			this.merged = merged;
		}

		int excelRow() {
			return rowIndex + 1;
		}

		/** The cell that holds the column's value for this row: the first cell of a merged region. */
		boolean has(PlanColumn column) {
			return columns.containsKey(column);
		}

		Cell cell(PlanColumn column) {
			if (!columns.containsKey(column)) {
				return null;
			}
			int c = columns.get(column);
			CellRangeAddress region = merged.get(rowIndex + ":" + c);
			if (region != null && region.getFirstColumn() != c) {
				// Merged in from the left: the value belongs to another column.
				return null;
			}
			Row row = sheet.getRow(region == null ? rowIndex : region.getFirstRow());
			return row == null ? null : row.getCell(c);
		}

		String text(PlanColumn column) {
			Cell cell = cell(column);
			return cell == null ? "" : formatter.formatCellValue(cell).strip();
		}

		/** The row's own value, not one merged down from above. */
		String ownText(PlanColumn column) {
			if (!columns.containsKey(column)) {
				return "";
			}
			CellRangeAddress region = merged.get(rowIndex + ":" + columns.get(column));
			if (region != null && region.getFirstRow() != rowIndex) {
				return "";
			}
			return text(column);
		}

		boolean hasOwnContent() {
			for (PlanColumn column : PlanColumn.values()) {
				if (!ownText(column).isEmpty()) {
					return true;
				}
			}
			return false;
		}

		boolean hasMeasureContent() {
			for (PlanColumn column : List.of(PlanColumn.TYPE, PlanColumn.LEADER, PlanColumn.LEAD_UNIT,
					PlanColumn.COOPERATING_UNITS, PlanColumn.RESPONSIBLE_UNITS, PlanColumn.RESPONSIBLE_PERSON,
					PlanColumn.DEADLINE, PlanColumn.REQUIRED_EVIDENCE, PlanColumn.PUBLIC_REPORT, PlanColumn.MILESTONES,
					PlanColumn.LOOK_BACK_MONTHS)) {
				if (!ownText(column).isEmpty()) {
					return true;
				}
			}
			return false;
		}

		PlanProblem problem(PlanColumn column, String message) {
			return new PlanProblem(excelRow(), CellReference.convertNumToColString(columns.get(column)), column.header(),
					message);
		}

	}

}
