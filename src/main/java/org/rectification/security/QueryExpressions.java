package org.rectification.security;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;

/**
 * Which expressions a query may carry. Expressions in queries are evaluated by the engine with full method
 * invocation, so a query from outside may carry none, at any depth (its OR sub-queries included). A stored
 * filter may use only the harmless functions Tasklist's filters are made of: who is logged in, their groups,
 * and dates relative to now.
 */
final class QueryExpressions {

	private static final Pattern FILTER_EXPRESSION = Pattern.compile("\\$\\{\\s*(?:currentUser\\(\\)|currentUserGroups\\(\\)"
			+ "|now\\(\\)|dateTime\\(\\)(?:\\.(?:plus|minus)(?:Years|Months|Weeks|Days|Hours|Minutes)\\(\\d{1,4}\\)"
			+ "|\\.withTimeAtStartOfDay\\(\\))*)\\s*\\}");

	private QueryExpressions() {
	}

	/** Whether the query or any query nested in it carries an expression. */
	static boolean anyIn(Object query) {
		return find(query, expression -> true) != null;
	}

	/** The first expression in the query tree that a stored filter may not use, or null. */
	static String forbiddenInFilter(Object query) {
		return find(query, expression -> !FILTER_EXPRESSION.matcher(expression).matches());
	}

	private static String find(Object query, java.util.function.Predicate<String> forbidden) {
		return find(query, forbidden, Collections.newSetFromMap(new IdentityHashMap<>()));
	}

	private static String find(Object query, java.util.function.Predicate<String> forbidden, Set<Object> seen) {
		if (!(query instanceof AbstractQuery<?, ?> abstractQuery) || !seen.add(query)) {
			return null;
		}
		Map<String, String> expressions = abstractQuery.getExpressions();
		if (expressions != null) {
			for (String expression : expressions.values()) {
				if (expression == null || forbidden.test(expression)) {
					return String.valueOf(expression);
				}
			}
		}
		if (query instanceof TaskQueryImpl taskQuery && taskQuery.getQueries() != null) {
			for (TaskQueryImpl orQuery : taskQuery.getQueries()) {
				String found = find(orQuery, forbidden, seen);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
