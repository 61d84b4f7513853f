package org.rectification.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.rectification.orgchart.People;
import org.rectification.orgchart.Roles;
import org.rectification.orgchart.Unit;
import org.rectification.orgchart.UnitSets;
import org.rectification.orgchart.Units;
import org.rectification.plan.workbook.PlanDirectory;

/** The org chart as one import or export sees it, read once rather than per cell. */
final class OrgPlanDirectory implements PlanDirectory {

	private final Map<String, Unit> unitsByName = new HashMap<>();

	private final Map<String, Unit> unitsById = new HashMap<>();

	private final Map<String, Optional<List<String>>> sets = new HashMap<>();

	private final List<User> leaders;

	private final UnitSets unitSets;

	private final People people;

	OrgPlanDirectory(Units units, UnitSets unitSets, IdentityService identityService, People people) {
		this.unitSets = unitSets;
		this.people = people;
		for (Unit unit : units.findAll()) {
			unitsById.put(unit.id(), unit);
			if (unit.active() && unit.kind().canBeResponsible()) {
				unitsByName.put(unit.name(), unit);
			}
		}
		this.leaders = identityService.createUserQuery().memberOfGroup(Roles.LEADER).unlimitedList();
	}

	@Override
	public Optional<String> unit(String nameOrId) {
		Unit unit = unitsByName.get(nameOrId);
		if (unit == null) {
			unit = unitsById.get(nameOrId);
		}
		return Optional.ofNullable(unit).filter(u -> u.active() && u.kind().canBeResponsible()).map(Unit::id);
	}

	@Override
	public Optional<List<String>> unitSet(String name) {
		return sets.computeIfAbsent(name, n -> unitSets.expand(n).map(list -> list.stream().map(Unit::id).toList()));
	}

	@Override
	public List<String> leaders(String nameOrId) {
		List<String> byId = leaders.stream().map(User::getId).filter(nameOrId::equals).toList();
		if (!byId.isEmpty()) {
			return byId;
		}
		return leaders.stream().filter(u -> nameOrId.equals(fullName(u))).map(User::getId).toList();
	}

	@Override
	public String personName(String userId) {
		return leaders.stream().filter(u -> u.getId().equals(userId)).findFirst().map(OrgPlanDirectory::fullName)
			.orElseGet(() -> people.name(userId));
	}

	@Override
	public String unitName(String unitId) {
		Unit unit = unitsById.get(unitId);
		return unit == null ? unitId : unit.name();
	}

	@Override
	public List<String> unitNames() {
		return unitsById.values().stream()
			.filter(u -> u.active() && u.kind().canBeResponsible())
			.sorted(java.util.Comparator.comparingInt(Unit::sortOrder).thenComparing(Unit::id))
			.map(Unit::name)
			.toList();
	}

	@Override
	public List<String> unitSetNames() {
		return unitSets.names();
	}

	@Override
	public List<String> leaderNames() {
		return leaders.stream().map(OrgPlanDirectory::fullName).toList();
	}

	private static String fullName(User user) {
		return ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
				+ (user.getLastName() == null ? "" : user.getLastName())).strip();
	}

}
