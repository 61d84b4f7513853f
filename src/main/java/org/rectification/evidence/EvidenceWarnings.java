package org.rectification.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.rectification.ledger.Evidence;
import org.rectification.ledger.UnitTask;
import org.springframework.stereotype.Component;

/**
 * What the review form warns about, against paper-only rectification (文字整改): no file at all, a file identical
 * to evidence of another item, and a completion date after the deadline.
 */
@Component
public class EvidenceWarnings {

	static final int SHOWN = 5;

	private final EvidenceFiles files;

	EvidenceWarnings(EvidenceFiles files) {
		this.files = files;
	}

	/** @param latest the submission under review */
	public List<String> of(UnitTask item, Evidence latest) {
		List<String> warnings = new ArrayList<>();
		List<EvidenceFile> submitted = files.forUnitTask(item.id()).stream().filter(EvidenceFile::submitted).toList();
		if (submitted.isEmpty()) {
			warnings.add("未上传任何佐证材料文件，请核实是否为“文字整改”");
		}
		Map<String, List<EvidenceFiles.Reuse>> reused = files
			.reusedElsewhere(item.id(), submitted.stream().map(EvidenceFile::sha256).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.groupingBy(EvidenceFiles.Reuse::sha256));
		for (EvidenceFile file : submitted) {
			List<String> elsewhere = reused.getOrDefault(file.sha256(), List.of())
				.stream()
				.map(r -> "【" + r.measureCode() + "】" + r.unitName())
				.distinct()
				.toList();
			if (!elsewhere.isEmpty()) {
				// A notice every school attached can be on hundreds of items: name a few, count the rest.
				String items = String.join("、", elsewhere.subList(0, Math.min(SHOWN, elsewhere.size())))
						+ (elsewhere.size() > SHOWN ? "等" + elsewhere.size() + "个事项" : "");
				warnings.add("文件“" + file.fileName() + "”与" + items + "的佐证材料完全相同（SHA-256 一致）");
			}
		}
		if (latest != null && latest.completionDate().isAfter(item.deadline())) {
			warnings.add("单位填写的完成日期 " + latest.completionDate() + " 晚于完成时限 " + item.deadline());
		}
		return warnings;
	}

	/** A numbered list for a form field, or "（无）". */
	public static String describe(List<String> warnings) {
		if (warnings.isEmpty()) {
			return "（无）";
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < warnings.size(); i++) {
			text.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(warnings.get(i));
		}
		return text.toString();
	}

}
