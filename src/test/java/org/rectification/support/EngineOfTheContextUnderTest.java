package org.rectification.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Camunda's REST layer and webapps find the engine in the static {@link ProcessEngines} registry, where each
 * cached test context (H2, PostgreSQL, demo) registers its own engine as "default". Before every test the
 * engine of the context under test is put back in that slot, so HTTP calls reach the database the test reads.
 */
public class EngineOfTheContextUnderTest implements TestExecutionListener {

	@Override
	public void beforeTestClass(TestContext testContext) {
		register(testContext);
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		register(testContext);
	}

	private static void register(TestContext testContext) {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
			.ifAvailable(ProcessEngines::registerProcessEngine);
	}

}
