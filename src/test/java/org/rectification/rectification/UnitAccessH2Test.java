package org.rectification.rectification;

import org.rectification.support.H2Test;

@H2Test
class UnitAccessH2Test extends UnitAccessScenarios {
}
