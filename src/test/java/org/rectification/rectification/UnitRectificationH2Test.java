package org.rectification.rectification;

import org.rectification.support.H2Test;

@H2Test
class UnitRectificationH2Test extends UnitRectificationScenarios {
}
