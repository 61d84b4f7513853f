package org.rectification.plan;

import org.rectification.support.H2Test;

@H2Test
class PlanRoundH2Test extends PlanRoundScenarios {
}
