package org.rectification.plan;

import org.rectification.support.PostgresTest;

@PostgresTest
class PlanRoundPostgresTest extends PlanRoundScenarios {
}
