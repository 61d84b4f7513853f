package org.rectification.access;

import org.rectification.orgchart.OrgChartLoader;
import org.rectification.system.StartupLock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Grants the engine authorizations and shares the Tasklist filters once the org chart is loaded. */
@Component
@Order(AccessSetup.ORDER)
public class AccessSetup implements ApplicationRunner {

	static final int ORDER = OrgChartLoader.ORDER + 10;

	private final EngineAuthorizations authorizations;

	private final TasklistFilters filters;

	private final TransactionTemplate transaction;

	private final StartupLock startupLock;

	AccessSetup(EngineAuthorizations authorizations, TasklistFilters filters, TransactionTemplate transaction,
			StartupLock startupLock) {
		this.startupLock = startupLock;
		this.authorizations = authorizations;
		this.filters = filters;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> {
			startupLock.acquire();
			authorizations.grant();
			filters.sync();
		});
	}

}
