package org.rectification.security;

import org.rectification.support.PostgresTest;

@PostgresTest
class SecurityHeadersPostgresTest extends SecurityHeadersScenarios {
}
