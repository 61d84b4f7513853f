package org.rectification.security;

import org.rectification.support.PostgresTest;

@PostgresTest
class CrossUnitAccessPostgresTest extends CrossUnitAccessScenarios {
}
