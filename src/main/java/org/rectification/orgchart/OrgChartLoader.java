package org.rectification.orgchart;

import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.rectification.system.StartupLock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the org file into Camunda's users and groups and the ledger's unit table at every start. Loading is
 * idempotent: a second start adds what is new and updates what changed, never duplicates. Users are not
 * deleted (their history stays); units missing from the file are marked inactive.
 */
@Component
@Order(OrgChartLoader.ORDER)
public class OrgChartLoader implements ApplicationRunner {

	public static final int ORDER = 10;

	static final String ROLE_GROUP_TYPE = "ROLE";

	private static final Logger log = LoggerFactory.getLogger(OrgChartLoader.class);

	private final OrgChartProperties properties;

	private final ResourceLoader resourceLoader;

	private final IdentityService identityService;

	private final Units units;

	private final TransactionTemplate transaction;

	private final StartupLock startupLock;

	private final UnitSets unitSets;

	OrgChartLoader(OrgChartProperties properties, ResourceLoader resourceLoader, IdentityService identityService,
			Units units, UnitSets unitSets, TransactionTemplate transaction, StartupLock startupLock) {
		this.unitSets = unitSets;
		this.startupLock = startupLock;
		this.properties = properties;
		this.resourceLoader = resourceLoader;
		this.identityService = identityService;
		this.units = units;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (properties.file() == null || properties.file().isBlank()) {
			throw new IllegalStateException(
					"rectification.org.file is not set: name the org file (RECTIFICATION_ORG_FILE in the prod profile)");
		}
		load(properties.file());
	}

	/** Loads the file in one transaction: an invalid file changes nothing. */
	public void load(String location) throws IOException {
		Resource resource = resourceLoader.getResource(location);
		if (!resource.exists()) {
			throw new IllegalStateException("Org file " + location + " does not exist");
		}
		OrgFile file;
		try (InputStream in = resource.getInputStream()) {
			file = new ObjectMapper(new YAMLFactory())
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(in, OrgFile.class);
		}
		List<String> problems = file.problems();
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Org file " + location + " is invalid:\n- " + String.join("\n- ", problems));
		}
		transaction.executeWithoutResult(status -> {
			startupLock.acquire();
			apply(file);
		});
		log.info("Org chart loaded from {}: {} units, {} roles, {} users", location, file.unitList().size(),
				file.roleList().size(), file.userList().size());
	}

	private void apply(OrgFile file) {
		List<String> managedGroups = new ArrayList<>();
		int order = 0;
		for (OrgFile.UnitEntry entry : file.unitList()) {
			units.save(new Unit(entry.id(), entry.name(), entry.kind(), order++, true));
			saveGroup(entry.id(), entry.name(), entry.kind().name());
			managedGroups.add(entry.id());
		}
		units.deactivateAllExcept(managedGroups);
		unitSets.replaceAll(file.unitSetList().stream()
			.collect(java.util.stream.Collectors.toMap(set -> set.name().strip(), OrgFile.UnitSetEntry::unitIds)));
		managedGroups.addAll(units.findAll().stream().map(Unit::id).filter(id -> !managedGroups.contains(id)).toList());
		for (OrgFile.RoleEntry entry : file.roleList()) {
			saveGroup(entry.id(), entry.name(), ROLE_GROUP_TYPE);
			managedGroups.add(entry.id());
		}
		for (OrgFile.UserEntry entry : file.userList()) {
			saveUser(entry);
			Set<String> wanted = new HashSet<>(entry.roleIds());
			wanted.add(entry.unit());
			syncMemberships(entry.id(), wanted, managedGroups);
		}
	}

	private void saveGroup(String id, String name, String type) {
		Group group = identityService.createGroupQuery().groupId(id).singleResult();
		if (group == null) {
			group = identityService.newGroup(id);
		}
		else if (name.equals(group.getName()) && type.equals(group.getType())) {
			return;
		}
		group.setName(name);
		group.setType(type);
		identityService.saveGroup(group);
	}

	private void saveUser(OrgFile.UserEntry entry) {
		User user = identityService.createUserQuery().userId(entry.id()).singleResult();
		boolean created = user == null;
		if (created) {
			user = identityService.newUser(entry.id());
			user.setPassword(initialPassword());
		}
		else if (entry.name().equals(user.getFirstName()) && equalsNullable(entry.email(), user.getEmail())) {
			return;
		}
		// Chinese names are written whole; Camunda shows "first last", so the full name goes first.
		user.setFirstName(entry.name());
		user.setLastName("");
		user.setEmail(entry.email());
		if (created && hasConfiguredInitialPassword()) {
			// The demo's shared password is configuration, not a user's choice; every password a user sets
			// meets the policy, and without a configured one (prod) seeded users get a long random one.
			((IdentityServiceImpl) identityService).saveUser(user, true);
		}
		else {
			identityService.saveUser(user);
		}
	}

	private boolean hasConfiguredInitialPassword() {
		return properties.initialPassword() != null && !properties.initialPassword().isBlank();
	}

	private void syncMemberships(String userId, Set<String> wanted, List<String> managedGroups) {
		Set<String> current = new HashSet<>();
		identityService.createGroupQuery().groupMember(userId).list().forEach(g -> current.add(g.getId()));
		for (String group : wanted) {
			if (!current.contains(group)) {
				identityService.createMembership(userId, group);
			}
		}
		for (String group : current) {
			if (managedGroups.contains(group) && !wanted.contains(group)) {
				identityService.deleteMembership(userId, group);
			}
		}
	}

	private String initialPassword() {
		if (hasConfiguredInitialPassword()) {
			return properties.initialPassword();
		}
		byte[] random = new byte[18];
		new SecureRandom().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

	private static boolean equalsNullable(String a, String b) {
		return a == null ? b == null || b.isEmpty() : a.equals(b);
	}

}
