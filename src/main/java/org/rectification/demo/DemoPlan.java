package org.rectification.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The demo's rounds as written in {@code demo/demo-rounds.yml}: feedback and plan in the words of the plan
 * workbook, dates as days from the first start, and how far each measure has got.
 */
record DemoPlan(List<RoundPlan> rounds) {

	static final String RESOURCE = "demo/demo-rounds.yml";

	static DemoPlan load() {
		try (InputStream in = DemoPlan.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			return new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
				.readValue(in, DemoPlan.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Demo data " + RESOURCE + " unreadable", e);
		}
	}

	record RoundPlan(String name, String inspectionGroup, String inspectedBody, String documentNo, int periodStart,
			int periodEnd, int feedback, int deadline, boolean awaitingApproval, List<AspectPlan> aspects) {

		List<MeasurePlan> measures() {
			return aspects.stream().flatMap(a -> a.problems().stream()).flatMap(p -> p.measures().stream()).toList();
		}

	}

	record AspectPlan(String title, List<ProblemPlan> problems) {
	}

	record ProblemPlan(String title, List<String> manifestations, List<MeasurePlan> measures) {
	}

	/**
	 * @param manifestation which of the problem's manifestations it answers, from 1
	 * @param units 责任单位 as the workbook writes them: names or sets such as 全体学校, separated by 、
	 * @param due the deadline in days from the first start
	 * @param story how far its units have got (signedOff, partly, reviewing); null: not submitted yet
	 */
	record MeasurePlan(String code, int manifestation, String text, String type, String leader, String leadUnit,
			String cooperatingUnits, String units, String person, int due, List<MilestonePlan> milestones,
			Integer lookBackMonths, @JsonProperty("public") Boolean publicReport, String story, String summary,
			String institution, BigDecimal funds, Map<String, Integer> accountability) {
	}

	record MilestonePlan(int due, String title) {
	}

}
