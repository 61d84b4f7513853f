package org.rectification.notification;

import org.rectification.support.H2Test;

@H2Test
class NotificationsOffByDefaultH2Test extends NotificationsOffByDefaultScenarios {
}
