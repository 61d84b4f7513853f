package org.rectification.rectification;

import org.rectification.support.PostgresTest;

@PostgresTest
class LedgerTransactionPostgresTest extends LedgerTransactionScenarios {
}
