package org.rectification.rectification;

import org.rectification.support.H2Test;

@H2Test
class LedgerTransactionH2Test extends LedgerTransactionScenarios {
}
