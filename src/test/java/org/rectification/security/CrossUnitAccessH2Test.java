package org.rectification.security;

import org.rectification.support.H2Test;

@H2Test
class CrossUnitAccessH2Test extends CrossUnitAccessScenarios {
}
