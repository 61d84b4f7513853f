package org.rectification.security;

import java.util.List;

import org.rectification.system.ApiException;
import org.springframework.stereotype.Component;

/**
 * One page of an /api list, asked for as the engine's REST API does ({@code firstResult}, {@code maxResults}) and
 * held to the same limit as the engine's queries ({@code rectification.security.query-max-results}): a caller who
 * gives no size gets the whole list only while it fits in one page, otherwise a 400 asking it to page.
 */
public record ListPage(int firstResult, int maxResults, boolean sized) {

	/** The rows to read: one more than the page when no size was given, to tell a list that does not fit. */
	public int rowsToRead() {
		return sized ? maxResults : maxResults + 1;
	}

	public <T> List<T> of(List<T> rows) {
		if (!sized && rows.size() > maxResults) {
			throw ApiException.badRequest("PAGE_REQUIRED",
					"结果超过" + maxResults + "条，请分页查询（firstResult、maxResults，每页最多" + maxResults + "条）");
		}
		return rows;
	}

	/** Makes pages within the configured limit. */
	@Component
	public static class Pages {

		private final int limit;

		Pages(SecurityProperties properties) {
			this.limit = properties.queryMaxResults();
		}

		public ListPage of(Integer firstResult, Integer maxResults) {
			if (firstResult != null && firstResult < 0) {
				throw ApiException.badRequest("PAGE_INVALID", "firstResult 不能小于0");
			}
			if (maxResults != null && (maxResults < 1 || maxResults > limit)) {
				throw ApiException.badRequest("PAGE_INVALID", "maxResults 须在1到" + limit + "之间");
			}
			return new ListPage(firstResult == null ? 0 : firstResult, maxResults == null ? limit : maxResults,
					maxResults != null);
		}

	}

}
