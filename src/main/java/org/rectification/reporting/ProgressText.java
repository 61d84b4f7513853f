package org.rectification.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rectification.system.RuleViolation;

/**
 * The report's one text field: one numbered line per item, pre-filled as {@code 1. 【3-1】开展师德师风专项整治：},
 * the unit writing after the colon, continuation lines allowed. A plain textarea instead of a dynamic list,
 * which Tasklist's form-js breaks. Read back by the leading number, whatever the unit did to the header.
 */
final class ProgressText {

	static final int MAX_PROGRESS = 1000;

	private static final int HEADER_MEASURE_LENGTH = 30;

	private static final Pattern ITEM_START = Pattern.compile("^\\s*(\\d{1,4})\\s*[.．、]\\s*(.*)$");

	private ProgressText() {
	}

	/** The pre-filled text, with what the unit wrote last, if anything. */
	static String compose(List<ReportEntry> entries) {
		StringBuilder text = new StringBuilder();
		for (ReportEntry entry : entries) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(entry.itemNo()).append(". ").append(header(entry));
			if (entry.progress() != null) {
				text.append(entry.progress());
			}
		}
		return text.toString();
	}

	/** e.g. 【3-1】开展师德师风专项整治： (the measure cut to 30 characters) */
	static String header(ReportEntry entry) {
		String measure = entry.measureText() == null ? "" : entry.measureText().strip();
		if (measure.length() > HEADER_MEASURE_LENGTH) {
			measure = measure.substring(0, HEADER_MEASURE_LENGTH) + "…";
		}
		return entry.reference() + measure + "：";
	}

	/**
	 * The progress per entry id, every entry present, non-blank and within the limit.
	 *
	 * @throws RuleViolation naming the first item that is wrong
	 */
	static Map<Long, String> parse(String text, List<ReportEntry> entries) {
		Map<Integer, StringBuilder> written = new LinkedHashMap<>();
		Integer current = null;
		for (String line : (text == null ? "" : text).split("\\R", -1)) {
			Matcher start = ITEM_START.matcher(line);
			if (start.matches()) {
				int no = Integer.parseInt(start.group(1));
				if (no < 1 || no > entries.size()) {
					throw new RuleViolation("ITEM_UNKNOWN", "第" + no + "项不存在：本期报告共" + entries.size() + "项");
				}
				if (written.containsKey(no)) {
					throw new RuleViolation("ITEM_REPEATED", "第" + no + "项出现了两次，请把它的进展写在一处");
				}
				current = no;
				written.put(no, new StringBuilder(withoutHeader(start.group(2), entries.get(no - 1))));
			}
			else if (current != null) {
				written.get(current).append('\n').append(line);
			}
			else if (!line.isBlank()) {
				throw new RuleViolation("TEXT_BEFORE_FIRST_ITEM", "进展须写在各项的编号之后，如“1. 【3-1】……：本期完成……”");
			}
		}
		Map<Long, String> progress = new LinkedHashMap<>();
		for (ReportEntry entry : entries) {
			StringBuilder item = written.get(entry.itemNo());
			progress.put(entry.id(), item == null ? "" : item.toString());
		}
		return checked(progress, entries);
	}

	/** The API's entries, by unit task id, under the same rules as the text. */
	static Map<Long, String> fromEntries(Map<Long, String> byUnitTask, List<ReportEntry> entries) {
		for (Long unitTaskId : byUnitTask.keySet()) {
			if (entries.stream().noneMatch(e -> e.unitTaskId().equals(unitTaskId))) {
				throw new RuleViolation("ITEM_UNKNOWN", "整改任务 " + unitTaskId + " 不在本期报告中");
			}
		}
		Map<Long, String> progress = new LinkedHashMap<>();
		for (ReportEntry entry : entries) {
			String text = byUnitTask.get(entry.unitTaskId());
			progress.put(entry.id(), text == null ? "" : text);
		}
		return checked(progress, entries);
	}

	private static Map<Long, String> checked(Map<Long, String> progress, List<ReportEntry> entries) {
		for (ReportEntry entry : entries) {
			String text = progress.get(entry.id()).strip();
			String item = "第" + entry.itemNo() + "项" + entry.reference();
			if (text.isEmpty()) {
				throw new RuleViolation("PROGRESS_REQUIRED", item + "请填写本期进展");
			}
			if (text.length() > MAX_PROGRESS) {
				throw new RuleViolation("PROGRESS_TOO_LONG", item + "的进展不能超过" + MAX_PROGRESS + "字");
			}
			progress.put(entry.id(), text);
		}
		return progress;
	}

	private static String withoutHeader(String rest, ReportEntry entry) {
		String header = header(entry);
		if (rest.startsWith(header)) {
			return rest.substring(header.length());
		}
		if (rest.startsWith(entry.reference())) {
			String after = rest.substring(entry.reference().length());
			int colon = firstColon(after);
			return colon < 0 ? after : after.substring(colon + 1);
		}
		return rest;
	}

	private static int firstColon(String text) {
		int full = text.indexOf('：');
		int half = text.indexOf(':');
		if (full < 0) {
			return half;
		}
		return half < 0 ? full : Math.min(full, half);
	}

}
