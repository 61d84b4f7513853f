package org.rectification.progress;

import org.rectification.support.H2Test;

@H2Test
class ProgressH2Test extends ProgressScenarios {
}
