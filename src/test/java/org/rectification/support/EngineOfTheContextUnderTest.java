package org.rectification.support;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Camunda's REST layer and webapps find the engine in the static {@link ProcessEngines} registry, where each
 * cached test context (H2, PostgreSQL, demo) registers its own engine as "default". Before every test the
 * engine of the context under test is put back in that slot, so HTTP calls reach the database the test reads
 * (Cockpit's plugin API included).
 * The webapps keep their runtime delegates in static fields too, which every app context that stops clears
 * (a test that starts and stops its own app, such as TimersAcrossRestartPostgresTest, leaves the cached contexts'
 * Tasklist, Cockpit and Admin answering 500); missing ones are set again as a starting webapp sets them.
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
		ProcessEngine engine = testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).getIfAvailable();
		if (engine != null && ProcessEngines.getProcessEngines().get(engine.getName()) != engine) {
			ProcessEngines.registerProcessEngine(engine);
			// Cockpit's plugin queries keep a command executor per engine name, made from the first engine of that
			// name: a fresh delegate makes them read this context's database.
			Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
		}
		if (Tasklist.getRuntimeDelegate() == null) {
			Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
		}
		if (Cockpit.getRuntimeDelegate() == null) {
			Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
		}
		if (Admin.getRuntimeDelegate() == null) {
			Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
		}
		if (Welcome.getRuntimeDelegate() == null) {
			Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
		}
	}

}
