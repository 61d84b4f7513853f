package org.rectification.system;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.stereotype.Component;

/** The ledger's migrations run before the engine starts, so listeners never meet a missing table. */
@Component
class FlywayBeforeEngine extends AbstractDependsOnBeanFactoryPostProcessor {

	FlywayBeforeEngine() {
		super(ProcessEngineConfigurationImpl.class, "flywayInitializer");
	}

}
