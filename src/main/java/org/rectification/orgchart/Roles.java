package org.rectification.orgchart;

import java.util.List;

import org.rectification.system.CurrentUser;

/** The role groups the processes and the access rules name. Their display names come from the org file. */
public final class Roles {

	/** 整改办: registers rounds, reviews evidence, chases units. */
	public static final String OFFICE = "role-office";

	/** 分管领导: signs items off, receives escalations. */
	public static final String LEADER = "role-leader";

	/** 领导小组: approves plans, watches progress. */
	public static final String LEADING_GROUP = "role-leading-group";

	/** 主要负责人: the Party secretary, receives severe escalations. */
	public static final String PRINCIPAL = "role-principal";

	public static final List<String> ALL = List.of(OFFICE, LEADER, LEADING_GROUP, PRINCIPAL);

	/** Roles that oversee the whole round rather than one unit's share of it. */
	public static final List<String> OVERSEERS = List.of(OFFICE, LEADER, LEADING_GROUP, PRINCIPAL,
			"camunda-admin");

	private Roles() {
	}

	/** Offices, leaders and the leading group oversee every unit; a unit's staff see only their own. */
	public static boolean overseesAll(CurrentUser user) {
		return user.memberOfAny(OVERSEERS);
	}

}
