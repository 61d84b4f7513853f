package org.rectification.plan.workbook;

import java.util.List;
import java.util.Optional;

/** How the workbook's names of units and leaders map to the org chart. */
public interface PlanDirectory {

	/** The id of the active department or school with this name (or id). */
	Optional<String> unit(String nameOrId);

	/** The units of a named set such as 全体学校, or empty if no set has that name. */
	Optional<List<String>> unitSet(String name);

	/** The ids of the responsible leaders with this name (or id): none, one, or several namesakes. */
	List<String> leaders(String nameOrId);

	/** The display name of a user, for export. */
	String personName(String userId);

	/** The display name of a unit, for export. */
	String unitName(String unitId);

	/** Every department and school a plan may name, in org-chart order, for the template's instructions. */
	List<String> unitNames();

	/** Every unit set a plan may name. */
	List<String> unitSetNames();

	/** Every responsible leader's name. */
	List<String> leaderNames();

}
