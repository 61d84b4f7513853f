package org.rectification.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rectification.ledger.UnitTaskState;
import org.rectification.system.RuleViolation;

/** The report's text: pre-filled one line per item, read back by the leading number. */
class ProgressTextTest {

	static final List<ReportEntry> ENTRIES = List.of(entry(1, 101L, "3-1", "开展师德师风专项整治"),
			entry(2, 102L, "5-1", "规范教辅资料征订，严禁强制或变相强制学生购买教辅资料，建立征订台账并公示"));

	@Test
	void shouldPrefillOneNumberedLinePerItemWithLongMeasuresCut() {
		assertThat(ProgressText.compose(ENTRIES)).isEqualTo("1. 【3-1】开展师德师风专项整治：\n"
				+ "2. 【5-1】规范教辅资料征订，严禁强制或变相强制学生购买教辅资料，建立征…：");
	}

	@Test
	void shouldReadEachItemAfterItsColonWithContinuationLines() {
		String text = ProgressText.compose(ENTRIES).replace("专项整治：", "专项整治：召开全体教师大会。\n签订承诺书120份。")
				+ "已清理征订目录。";

		Map<Long, String> progress = ProgressText.parse(text, ENTRIES);

		assertThat(progress).containsEntry(1L, "召开全体教师大会。\n签订承诺书120份。").containsEntry(2L, "已清理征订目录。");
	}

	@Test
	void shouldAcceptAnEditedHeaderOrNoneAtAll() {
		Map<Long, String> progress = ProgressText.parse("1、【3-1】师德整治: 已部署\n2. 已清理征订目录", ENTRIES);

		assertThat(progress).containsEntry(1L, "已部署").containsEntry(2L, "已清理征订目录");
	}

	@Test
	void shouldNameTheItemWithoutProgress() {
		assertThatThrownBy(() -> ProgressText.parse(ProgressText.compose(ENTRIES).replaceFirst("：\n", "：已部署\n"), ENTRIES))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("第2项【5-1】请填写本期进展");
		assertThatThrownBy(() -> ProgressText.parse("1. 【3-1】开展师德师风专项整治：已部署", ENTRIES))
			.hasMessage("第2项【5-1】请填写本期进展");
	}

	@Test
	void shouldRefuseUnknownRepeatedStrayAndOverlongText() {
		assertThatThrownBy(() -> ProgressText.parse("1. 甲\n2. 乙\n3. 丙", ENTRIES)).hasMessage("第3项不存在：本期报告共2项");
		assertThatThrownBy(() -> ProgressText.parse("1. 甲\n1. 乙\n2. 丙", ENTRIES)).hasMessage("第1项出现了两次，请把它的进展写在一处");
		assertThatThrownBy(() -> ProgressText.parse("本周情况如下\n1. 甲\n2. 乙", ENTRIES))
			.hasMessage("进展须写在各项的编号之后，如“1. 【3-1】……：本期完成……”");
		assertThatThrownBy(() -> ProgressText.parse("1. " + "甲".repeat(1001) + "\n2. 乙", ENTRIES))
			.hasMessage("第1项【3-1】的进展不能超过1000字");
	}

	@Test
	void shouldTakeTheApisEntriesByUnitTaskUnderTheSameRules() {
		assertThat(ProgressText.fromEntries(Map.of(101L, " 甲 ", 102L, "乙"), ENTRIES)).containsEntry(1L, "甲").containsEntry(2L, "乙");
		assertThatThrownBy(() -> ProgressText.fromEntries(Map.of(101L, "甲"), ENTRIES)).hasMessage("第2项【5-1】请填写本期进展");
		assertThatThrownBy(() -> ProgressText.fromEntries(Map.of(101L, "甲", 102L, "乙", 999L, "丙"), ENTRIES))
			.hasMessage("整改任务 999 不在本期报告中");
	}

	private static ReportEntry entry(int no, long unitTaskId, String code, String measure) {
		return new ReportEntry((long) no, 9L, no, unitTaskId, UnitTaskState.IN_PROGRESS, LocalDate.of(2026, 10, 16), null,
				code, measure, "leader2");
	}

}
