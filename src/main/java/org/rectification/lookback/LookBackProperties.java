package org.rectification.lookback;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a closed item is looked at again, unless its measure says otherwise.
 *
 * @param longTermMonths months from the final sign-off of a 长期坚持 item to its look-back
 * @param otherMonths the same for every other item
 */
@ConfigurationProperties("rectification.look-back")
public record LookBackProperties(Integer longTermMonths, Integer otherMonths) {

	public LookBackProperties {
		longTermMonths = months(longTermMonths, 3, "long-term-months");
		otherMonths = months(otherMonths, 6, "other-months");
	}

	private static int months(Integer value, int fallback, String name) {
		if (value == null) {
			return fallback;
		}
		if (value < 1 || value > 36) {
			throw new IllegalArgumentException("rectification.look-back." + name + " 必须是 1 到 36 的整数，当前为 " + value);
		}
		return value;
	}

}
