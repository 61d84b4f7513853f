package org.rectification.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ChineseTextTest {

	@Test
	void shouldWriteNumbersDatesAndAmountsAsOfficialDocumentsDo() {
		assertThat(ChineseText.numeral(1)).isEqualTo("一");
		assertThat(ChineseText.numeral(10)).isEqualTo("十");
		assertThat(ChineseText.numeral(12)).isEqualTo("十二");
		assertThat(ChineseText.numeral(20)).isEqualTo("二十");
		assertThat(ChineseText.numeral(31)).isEqualTo("三十一");
		assertThat(ChineseText.numeral(120)).isEqualTo("120");
		assertThat(ChineseText.date(LocalDate.of(2023, 8, 31))).isEqualTo("2023年8月31日");
		assertThat(ChineseText.yuan(new BigDecimal("2730.00"))).isEqualTo("2730");
		assertThat(ChineseText.yuan(new BigDecimal("12000.5"))).isEqualTo("12000.50");
	}

	@Test
	void shouldDropTheNumberingAPlanTypedBeforeATitle() {
		assertThat(ChineseText.withoutNumbering("一、落实全面从严治党主体责任方面")).isEqualTo("落实全面从严治党主体责任方面");
		assertThat(ChineseText.withoutNumbering("（一）师德师风建设抓得不实")).isEqualTo("师德师风建设抓得不实");
		assertThat(ChineseText.withoutNumbering("(3) 食堂运行监管缺位")).isEqualTo("食堂运行监管缺位");
		assertThat(ChineseText.withoutNumbering("1. 个别教师违规有偿补课")).isEqualTo("个别教师违规有偿补课");
		assertThat(ChineseText.withoutNumbering("2.1 校园安全")).isEqualTo("校园安全");
		assertThat(ChineseText.withoutNumbering("3.5万元经费未入账")).as("a decimal is no numbering").isEqualTo("3.5万元经费未入账");
		assertThat(ChineseText.withoutNumbering("2023年度考核不严")).as("a year is no numbering").isEqualTo("2023年度考核不严");
	}

}
