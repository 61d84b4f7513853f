package org.rectification.plan.workbook;

import java.util.List;

import org.rectification.system.ApiException;
import org.springframework.http.HttpStatus;

/** A workbook that was not imported, with everything wrong with it. Nothing was stored. */
public class PlanRejected extends ApiException {

	private final List<PlanProblem> problems;

	public PlanRejected(HttpStatus status, String code, String message, List<PlanProblem> problems) {
		super(status, code, message);
		this.problems = List.copyOf(problems);
	}

	public static PlanRejected invalid(List<PlanProblem> problems) {
		return new PlanRejected(HttpStatus.BAD_REQUEST, "PLAN_INVALID",
				"整改方案有 " + problems.size() + " 处问题，未导入任何内容。请改正后重新上传。", problems);
	}

	public static PlanRejected file(String code, String message) {
		return new PlanRejected(HttpStatus.BAD_REQUEST, code, message, List.of());
	}

	public List<PlanProblem> problems() {
		return problems;
	}

	@Override
	public List<?> details() {
		return problems;
	}

}
