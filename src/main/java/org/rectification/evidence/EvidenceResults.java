package org.rectification.evidence;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.rectification.system.RuleViolation;

/**
 * What a submission reports besides its summary, as the ledger keeps it: institutions created (建章立制),
 * accountability actions (问责) and funds recovered (退缴/追回). Institutions come one per line from the submit
 * form ("名称，文号，日期") or as the API's JSON list; accountability as the API's JSON list (the form's numbers
 * per kind are turned into one). A row left completely blank is no row.
 */
public record EvidenceResults(List<Institution> institutions, List<Accountability> accountabilities,
		BigDecimal fundsRecovered) {

	static final int MAX_ROWS = 50;

	static final BigDecimal MAX_FUNDS = new BigDecimal("1000000000000");

	private static final ObjectMapper JSON = new ObjectMapper();

	public static final EvidenceResults NONE = new EvidenceResults(List.of(), List.of(), null);

	public record Institution(String title, String documentNo, LocalDate issuedOn) {
	}

	public record Accountability(AccountabilityKind kind, String kindLabel, int persons) {
	}

	public boolean isEmpty() {
		return institutions.isEmpty() && accountabilities.isEmpty() && fundsRecovered == null;
	}

	/** One line for the forms and the report, e.g. "建立健全制度2项；诫勉谈话1人、通报批评2人；追回资金12,000.00元". */
	public String describe() {
		List<String> parts = new ArrayList<>();
		if (!institutions.isEmpty()) {
			parts.add("建立健全制度" + institutions.size() + "项（" + institutions.stream()
				.map(i -> "《" + i.title() + "》" + (i.documentNo() == null ? "" : i.documentNo()))
				.collect(Collectors.joining("、")) + "）");
		}
		if (!accountabilities.isEmpty()) {
			parts.add("问责：" + accountabilities.stream()
				.map(a -> a.kindLabel() + a.persons() + "人")
				.collect(Collectors.joining("、")));
		}
		if (fundsRecovered != null) {
			parts.add("退缴/追回资金" + String.format(Locale.ROOT, "%,.2f", fundsRecovered) + "元");
		}
		return parts.isEmpty() ? "（无）" : String.join("；", parts);
	}

	/**
	 * Reads and checks the submitted values; every problem is a rule violation with its Chinese message.
	 *
	 * @param today no institution is issued after it
	 */
	public static EvidenceResults parse(Object institutionsValue, Object accountabilitiesValue, Object fundsValue,
			LocalDate today) {
		List<Institution> institutions = new ArrayList<>();
		int row = 0;
		for (String[] fields : institutionRows(institutionsValue)) {
			row++;
			String title = fields[0];
			String documentNo = fields[1];
			String issued = fields[2];
			if (title.isEmpty() && documentNo.isEmpty() && issued.isEmpty()) {
				continue;
			}
			String where = "建立健全制度第" + row + "行";
			if (title.isEmpty()) {
				throw new RuleViolation("INSTITUTION_TITLE_REQUIRED", where + "：请填写制度名称");
			}
			if (title.length() > 300 || documentNo.length() > 100) {
				throw new RuleViolation("INSTITUTION_TOO_LONG", where + "：制度名称不超过300字，文号不超过100字");
			}
			LocalDate issuedOn = issued.isEmpty() ? null : date(issued, where);
			if (issuedOn != null && issuedOn.isAfter(today)) {
				throw new RuleViolation("INSTITUTION_DATE_IN_FUTURE", where + "：印发日期不能晚于今天");
			}
			institutions.add(new Institution(title, documentNo.isEmpty() ? null : documentNo, issuedOn));
		}
		List<Accountability> accountabilities = new ArrayList<>();
		row = 0;
		for (JsonNode node : rows(accountabilitiesValue, "问责情况")) {
			row++;
			String kindText = text(node, "kind");
			String personsText = text(node, "persons");
			if (kindText.isEmpty() && personsText.isEmpty()) {
				continue;
			}
			String where = "问责情况第" + row + "行";
			AccountabilityKind kind = AccountabilityKind.parse(kindText)
				.orElseThrow(() -> new RuleViolation("ACCOUNTABILITY_KIND_INVALID", where + "：请选择问责方式（"
						+ Arrays.stream(AccountabilityKind.values()).map(AccountabilityKind::label).collect(Collectors.joining("、"))
						+ "）"));
			int persons;
			try {
				persons = new BigDecimal(personsText).intValueExact();
			}
			catch (NumberFormatException | ArithmeticException e) {
				throw new RuleViolation("ACCOUNTABILITY_PERSONS_INVALID", where + "：人数应为正整数");
			}
			if (persons < 1 || persons > 10000) {
				throw new RuleViolation("ACCOUNTABILITY_PERSONS_INVALID", where + "：人数应为正整数");
			}
			accountabilities.add(new Accountability(kind, kind.label(), persons));
		}
		return new EvidenceResults(List.copyOf(institutions), List.copyOf(accountabilities), funds(fundsValue));
	}

	private static BigDecimal funds(Object value) {
		String text = value == null ? "" : value.toString().strip().replace(",", "");
		if (text.isEmpty()) {
			return null;
		}
		BigDecimal amount;
		try {
			amount = new BigDecimal(text);
		}
		catch (NumberFormatException e) {
			throw new RuleViolation("FUNDS_INVALID", "退缴/追回资金应为金额（元），如 12000.50");
		}
		if (amount.signum() < 0 || amount.compareTo(MAX_FUNDS) >= 0 || amount.stripTrailingZeros().scale() > 2) {
			throw new RuleViolation("FUNDS_INVALID", "退缴/追回资金应为不小于0的金额（元），最多两位小数");
		}
		return amount.setScale(2);
	}

	/** 2026-11-20, 2026/11/20, 2026.11.20 or 2026年11月20日. */
	private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");

	/** {title, documentNo, issuedOn} per row, from the API's JSON list or the form's lines. */
	private static List<String[]> institutionRows(Object value) {
		String text = value == null ? "" : value.toString().strip();
		List<String[]> rows = new ArrayList<>();
		if (text.startsWith("{")) {
			throw new RuleViolation("RESULTS_INVALID", "建立健全制度应为列表");
		}
		if (text.startsWith("[")) {
			for (JsonNode node : rows(text, "建立健全制度")) {
				rows.add(new String[] { text(node, "title"), text(node, "documentNo"), text(node, "issuedOn") });
			}
			return rows;
		}
		String[] lines = text.split("\\R");
		if (lines.length > MAX_ROWS) {
			throw new RuleViolation("RESULTS_TOO_MANY", "建立健全制度最多填写" + MAX_ROWS + "行");
		}
		for (String raw : lines) {
			String line = raw.strip();
			// A title in 《》 may itself hold commas.
			String title;
			String rest;
			int close = line.indexOf('》');
			if (line.startsWith("《") && close > 0) {
				title = line.substring(1, close).strip();
				rest = line.substring(close + 1).replaceFirst("^\\s*[，,|｜\\t]?\\s*", "");
			}
			else {
				String[] split = line.split("\\s*[，,|｜\\t]\\s*", 2);
				title = split[0].strip();
				rest = split.length > 1 ? split[1] : "";
			}
			String[] parts = rest.isEmpty() ? new String[0] : rest.split("\\s*[，,|｜\\t]\\s*", 2);
			String second = parts.length > 0 ? parts[0].strip() : "";
			String third = parts.length > 1 ? parts[1].strip() : "";
			// "名称，日期" without a document number
			if (third.isEmpty() && DATE.matcher(second).matches()) {
				rows.add(new String[] { title, "", second });
			}
			else {
				rows.add(new String[] { title, second, third });
			}
		}
		return rows;
	}

	/** The list's rows: from a JSON text, or nothing. */
	private static List<JsonNode> rows(Object value, String field) {
		if (value == null) {
			return List.of();
		}
		String text = value.toString().strip();
		if (text.isEmpty() || text.equals("null")) {
			return List.of();
		}
		JsonNode node;
		try {
			node = JSON.readTree(text);
		}
		catch (JsonProcessingException e) {
			throw new RuleViolation("RESULTS_INVALID", field + "的内容无法识别");
		}
		if (!(node instanceof ArrayNode array)) {
			throw new RuleViolation("RESULTS_INVALID", field + "应为列表");
		}
		if (array.size() > MAX_ROWS) {
			throw new RuleViolation("RESULTS_TOO_MANY", field + "最多填写" + MAX_ROWS + "行");
		}
		List<JsonNode> rows = new ArrayList<>();
		array.forEach(rows::add);
		return rows;
	}

	private static String text(JsonNode row, String field) {
		JsonNode value = row.get(field);
		return value == null || value.isNull() ? "" : value.asText().strip();
	}

	private static LocalDate date(String text, String where) {
		Matcher written = DATE.matcher(text);
		try {
			if (written.matches()) {
				return LocalDate.of(Integer.parseInt(written.group(1)), Integer.parseInt(written.group(2)),
						Integer.parseInt(written.group(3)));
			}
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeException e) {
			throw new RuleViolation("INSTITUTION_DATE_INVALID", where + "：印发日期“" + text + "”无法识别，请使用 yyyy-MM-dd 格式");
		}
	}

}
