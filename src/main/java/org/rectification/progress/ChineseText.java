package org.rectification.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Dates, amounts and numbering as Chinese official documents write them. */
final class ChineseText {

	private static final String DIGITS = "零一二三四五六七八九";

	private ChineseText() {
	}

	/** 2026年11月22日. */
	static String date(LocalDate date) {
		return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/** 2730, 12000.5 → 12000.50: whole yuan without decimals, else two. */
	static String yuan(BigDecimal amount) {
		BigDecimal plain = amount.stripTrailingZeros();
		return plain.scale() <= 0 ? plain.setScale(0).toPlainString() : amount.setScale(2).toPlainString();
	}

	/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一; from 100 on in digits. */
	static String numeral(int n) {
		if (n >= 100) {
			return String.valueOf(n);
		}
		if (n < 10) {
			return String.valueOf(DIGITS.charAt(n));
		}
		int tens = n / 10;
		int ones = n % 10;
		return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
	}

	/** A heading without the numbering the plan typed before it: "（一）师德师风…" → "师德师风…". */
	static String withoutNumbering(String title) {
		return title == null ? "" : title.strip()
			.replaceFirst("^([（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+[、.．]|\\d+(\\.\\d+)*([、．]|\\.(?!\\d)|\\s+))\\s*", "")
			.strip();
	}

}
