package org.rectification.progress;

import org.rectification.support.PostgresTest;

@PostgresTest
class ProgressPostgresTest extends ProgressScenarios {
}
