package org.rectification.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rectification.system.RuleViolation;

class EvidenceResultsTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@Test
	void shouldReadInstitutionsOnePerLineAsUnitsWriteThem() {
		EvidenceResults results = EvidenceResults.parse("""
				《公务接待管理办法》，龙山教〔2026〕5号，2026-11-20

				财务报销审批流程, 2026-11-01
				食堂管理制度""", null, "", TODAY);

		assertThat(results.institutions()).containsExactly(
				new EvidenceResults.Institution("公务接待管理办法", "龙山教〔2026〕5号", LocalDate.of(2026, 11, 20)),
				new EvidenceResults.Institution("财务报销审批流程", null, LocalDate.of(2026, 11, 1)),
				new EvidenceResults.Institution("食堂管理制度", null, null));
		assertThat(results.fundsRecovered()).isNull();
		assertThat(results.describe()).startsWith("建立健全制度3项（《公务接待管理办法》龙山教〔2026〕5号、");
	}

	@Test
	void shouldReadDatesAsPeopleWriteThemAndTitlesHoldingCommas() {
		EvidenceResults results = EvidenceResults.parse("""
				《关于规范校外培训、有偿补课的规定》，2026年3月1日
				公务用车管理办法，教办〔2026〕8号，2026/4/2""", null, null, TODAY);

		assertThat(results.institutions()).containsExactly(
				new EvidenceResults.Institution("关于规范校外培训、有偿补课的规定", null, LocalDate.of(2026, 3, 1)),
				new EvidenceResults.Institution("公务用车管理办法", "教办〔2026〕8号", LocalDate.of(2026, 4, 2)));
		assertThatThrownBy(() -> EvidenceResults.parse("{\"title\":\"制度\"}", null, null, TODAY))
			.hasMessage("建立健全制度应为列表");
	}

	@Test
	void shouldReadTheApisListsAndAmounts() {
		EvidenceResults results = EvidenceResults.parse("[{\"title\":\"制度\",\"documentNo\":\"\",\"issuedOn\":\"\"}]",
				"[{\"kind\":\"ADMONITION\",\"persons\":\"2\"},{\"kind\":\"党纪处分\",\"persons\":1}]", "12000.5", TODAY);

		assertThat(results.institutions()).singleElement().satisfies(i -> assertThat(i.documentNo()).isNull());
		assertThat(results.accountabilities()).extracting(EvidenceResults.Accountability::kindLabel)
			.containsExactly("诫勉谈话", "党纪处分");
		assertThat(results.fundsRecovered()).isEqualByComparingTo("12000.50");
		assertThat(results.describe()).endsWith("问责：诫勉谈话2人、党纪处分1人；退缴/追回资金12,000.50元");
	}

	@Test
	void shouldSayWhatIsWrongInWhichLine() {
		assertThatThrownBy(() -> EvidenceResults.parse("制度一\n，文号", null, null, TODAY)).isInstanceOf(RuleViolation.class)
			.hasMessage("建立健全制度第2行：请填写制度名称");
		assertThatThrownBy(() -> EvidenceResults.parse("制度一，文号，11月20日", null, null, TODAY))
			.hasMessage("建立健全制度第1行：印发日期“11月20日”无法识别，请使用 yyyy-MM-dd 格式");
		assertThatThrownBy(() -> EvidenceResults.parse("制度一，2026-12-01", null, null, TODAY))
			.hasMessage("建立健全制度第1行：印发日期不能晚于今天");
		assertThatThrownBy(() -> EvidenceResults.parse(null, "[{\"kind\":\"罚款\",\"persons\":1}]", null, TODAY))
			.hasMessageStartingWith("问责情况第1行：请选择问责方式（批评教育、诫勉谈话");
		assertThatThrownBy(() -> EvidenceResults.parse(null, null, "12.345", TODAY))
			.hasMessage("退缴/追回资金应为不小于0的金额（元），最多两位小数");
		assertThatThrownBy(() -> EvidenceResults.parse(null, null, "一万", TODAY)).hasMessage("退缴/追回资金应为金额（元），如 12000.50");
	}

}
